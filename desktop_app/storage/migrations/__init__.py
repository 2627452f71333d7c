"""Numbered schema migrations: back the database up first, refuse a newer schema.

Each migration is a module `mNNNN_name.py` with `upgrade(database)`. The migrations due run
in ONE transaction together with their version bumps and the caller's `finish` (work on the
existing rows that the services define, such as the counts a migration added columns for):
a process killed anywhere in between leaves the old schema, and the next opening runs them
all again. (One transaction per migration left, after a kill between two of them, a schema
that looked up to date to the next opening while the caller's work was never done.)
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import pkgutil
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError
from desktop_app.storage.database import backup_sqlite, is_sqlite

log = logging.getLogger(__name__)

VERSION_TABLE = "casedesk_schema"


def available() -> list[tuple[int, str, Callable[[pw.Database], None]]]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append((int(info.name[1:5]), info.name, module.upgrade))
    return sorted(found)


def latest_version() -> int:
    return available()[-1][0]


def current_version(database: pw.Database) -> int:
    """0 for an empty database; refuses a database that is not CaseDesk's."""
    tables = set(database.get_tables())
    if VERSION_TABLE not in tables:
        if tables:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "errors", "The database {name} is not a CaseDesk database (it has other tables)."),
                name=str(database.database))
        return 0
    row = database.execute_sql(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0] or 0)


def migrate(database: pw.Database, backup_dir: Path | None = None,
            finish: Callable[[int], None] | None = None) -> int:
    """Brings the schema up to date and returns the version it is now at.

    `finish(found)`, given the version the database was at, runs at the end of the migrations'
    transaction (not at all when there was nothing to apply).
    """
    found = current_version(database)
    latest = latest_version()
    if found > latest:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database {name} was written by a newer CaseDesk (schema {found}; this "
                "program knows up to {latest}). Install the newer CaseDesk to open it."),
            name=str(database.database), found=found, latest=latest)
    if found == latest:
        return found
    if found > 0 and backup_dir is not None and is_sqlite(database):
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"casedesk-before-schema-{latest}-{stamp}.db"
        log.info("backing up the database to %s before migrating", target)
        backup_sqlite(database, target)  # under its name only once complete
    if not database.table_exists(VERSION_TABLE):
        database.execute_sql(
            f"CREATE TABLE {VERSION_TABLE} (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    with _migration_transaction(database):
        for number, name, upgrade in available():
            if number <= found:
                continue
            log.info("applying migration %s", name)
            upgrade(database)
            database.execute_sql(
                f"INSERT INTO {VERSION_TABLE} (version, applied_at) VALUES (%s, %s)"
                if not is_sqlite(database) else
                f"INSERT INTO {VERSION_TABLE} (version, applied_at) VALUES (?, ?)",
                (number, dt.datetime.now(dt.UTC).isoformat()))
        if finish is not None:
            finish(found)
    return latest


def _migration_transaction(database: pw.Database):
    if is_sqlite(database):
        return database.atomic("IMMEDIATE")
    return database.atomic()
