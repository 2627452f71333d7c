"""The database proxy, the base model and the field types every model shares."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw

db = pw.DatabaseProxy()

UTC = dt.UTC


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class MoneyField(pw.DecimalField):
    """Money is Decimal with two places, never float."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("auto_round", True)
        super().__init__(*args, **kwargs)

    def python_value(self, value):
        # SQLite returns REAL/TEXT for DECIMAL columns; go through str to stay exact.
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        return value.quantize(Decimal("0.01"))


def format_timestamp(value: dt.datetime) -> str:
    """Canonical storage text of an aware datetime: UTC, fixed width, sorts as text."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given where an aware one is required")
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f+00:00")


class TimestampField(pw.Field):
    """A timezone-aware instant: TEXT in UTC on SQLite, TIMESTAMPTZ on PostgreSQL."""

    field_type = "TIMESTAMPTZ"

    def db_value(self, value):
        if value is None or isinstance(value, str):
            return value
        return format_timestamp(value)

    def python_value(self, value):
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
