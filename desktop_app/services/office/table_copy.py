"""Rows from one database to another, whatever the two engines: quoting, streamed reads, each column's conversion."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import peewee as pw

from desktop_app.models import db
from desktop_app.models.base import TimestampField, format_timestamp
from desktop_app.storage.database import is_sqlite


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextlib.contextmanager
def bound_to(database: pw.Database) -> Iterator[None]:
    """Binds the model proxy to `database` for the block, then back to what it was."""
    previous = db.obj
    db.initialize(database)
    try:
        yield
    finally:
        db.initialize(previous)


def column_converters(model: type[pw.Model], to_sqlite: bool) -> list[Callable[[object], object] | None]:
    """One function per column turning what the source driver returned into what the target takes."""
    out: list[Callable[[object], object] | None] = []
    for fld in model._meta.sorted_fields:
        target = fld.rel_field if isinstance(fld, pw.ForeignKeyField) else fld
        if isinstance(target, pw.BooleanField):
            out.append((lambda v: None if v is None else int(bool(v))) if to_sqlite
                       else (lambda v: None if v is None else bool(v)))
        elif isinstance(target, TimestampField):
            out.append(_timestamp_text if to_sqlite else None)
        elif isinstance(target, pw.DateField):
            out.append(_date_text if to_sqlite else None)
        elif isinstance(target, pw.DecimalField):
            out.append(_decimal_text if to_sqlite else _decimal)
        elif isinstance(target, pw.BlobField):
            out.append(lambda v: None if v is None else bytes(v))
        else:
            out.append(None)
    return out


def _timestamp_text(value: object) -> object:
    if isinstance(value, dt.datetime):
        return format_timestamp(value if value.tzinfo else value.replace(tzinfo=dt.UTC))
    return value


def _date_text(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def _decimal(value: object) -> object:
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))  # SQLite's REAL: its shortest text is the number that was stored


def _decimal_text(value: object) -> object:
    return None if value is None else str(_decimal(value))  # what peewee's adapter gives SQLite


def convert_row(row: tuple, converters: list) -> tuple:
    return tuple(value if fn is None else fn(value) for value, fn in zip(row, converters, strict=True))


def read_batches(database: pw.Database, sql: str, batch: int) -> Iterator[list[tuple]]:
    """The rows of a query in lists of `batch`, streamed (a server-side cursor on PostgreSQL)."""
    if is_sqlite(database):
        cursor = database.cursor()
        cursor.execute(sql)
    else:
        cursor = database.connection().cursor(name=f"casedesk_copy_{os.getpid()}_{time.monotonic_ns()}")
        cursor.itersize = batch
        cursor.execute(sql)
    try:
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        cursor.close()


@contextlib.contextmanager
def read_snapshot(database: pw.Database) -> Iterator[None]:
    """One consistent read of the whole database: REPEATABLE READ READ ONLY on PostgreSQL."""
    if is_sqlite(database):
        with database.atomic():  # a deferred transaction: a WAL snapshot from the first read on
            yield
    elif database.transaction_depth():
        yield  # the caller's transaction is the snapshot
    else:
        with database.atomic("REPEATABLE READ, READ ONLY"):
            yield
