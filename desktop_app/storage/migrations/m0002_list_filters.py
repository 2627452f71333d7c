"""The indexes behind the case list's filters and search, and the saved-views table.

A database made by this version already has them (m0001 creates from the current models):
every statement is IF NOT EXISTS, and the names are the ones peewee gives the model's
indexes, so a fresh database and a migrated one end up with the same schema.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import SavedView

_VIEW = ("archived", "trashed", "created_at")
CASE_INDEXES = (
    _VIEW,
    ("trashed", "created_at"),
    *((column, *_VIEW) for column in ("status_id", "assigned_user_id", "nature", "origin", "trade",
                                      "invoice_state", "quote_state", "installments_state", "document_count")),
)
NOCASE_COLUMNS = ("protocol",)  # searched by prefix like owner, city, contract (m0001)


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx([SavedView]):
        database.create_tables([SavedView])  # IF NOT EXISTS, with its (user, name) unique index
    sqlite = isinstance(database, pw.SqliteDatabase)
    for columns in CASE_INDEXES:
        name = "case_" + "_".join(columns)
        listed = ", ".join(f'"{c}"' for c in columns)
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "case" ({listed})')
    for column in NOCASE_COLUMNS:
        expr = f'"{column}" COLLATE NOCASE' if sqlite else f'lower("{column}")'
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "case_{column}_nocase" ON "case" ({expr})')
