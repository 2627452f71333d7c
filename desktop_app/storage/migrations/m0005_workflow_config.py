"""Workflow configuration (settings dialog): automatic actions on entering a status, and
required index fields per status.

- Status.entry_date_field: a case date ("order_date", "reserved_date") set to today on entry
  when it is empty; Status.notify_role: a role whose users get a notification on entry.
- RequiredField (status, field): a case-level index field that must be filled before a case
  may enter the status, beside the required documents.

A database made by this version already has both (m0001 creates from the current models):
columns are added only when missing and the table is created IF NOT EXISTS.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import RequiredField


def upgrade(database: pw.Database) -> None:
    columns = {column.name for column in database.get_columns("status")}
    for name in ("entry_date_field", "notify_role"):
        if name not in columns:
            database.execute_sql(f'ALTER TABLE "status" ADD COLUMN "{name}" VARCHAR(32)')
    with database.bind_ctx([RequiredField]):
        database.create_tables([RequiredField])  # IF NOT EXISTS, with its (status, field) unique index
