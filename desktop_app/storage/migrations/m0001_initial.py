"""The whole domain of DESIGN §2 and the indexes the list queries need."""

from __future__ import annotations

import peewee as pw

from desktop_app.models import ALL_MODELS


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx(ALL_MODELS):
        database.create_tables(ALL_MODELS)
    sqlite = isinstance(database, pw.SqliteDatabase)
    for table, column in (("case", "owner_name"), ("case", "prescriber_name"), ("case", "city"),
                          ("case", "internal_ref"), ("case", "contract")):
        expr = f'"{column}" COLLATE NOCASE' if sqlite else f'lower("{column}")'
        database.execute_sql(
            f'CREATE INDEX IF NOT EXISTS "{table}_{column}_nocase" ON "{table}" ({expr})')
