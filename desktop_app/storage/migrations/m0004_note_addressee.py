"""Alerts get an addressee (S1-R1 "notas y avisos"), and notes the indexes the timeline and
the due-alerts query read.

A database made by this version already has the column (m0001 creates from the current
models): the column is added only when missing, and the indexes carry peewee's names.
"""

from __future__ import annotations

import peewee as pw


def upgrade(database: pw.Database) -> None:
    columns = {column.name for column in database.get_columns("note")}
    if "addressee_id" not in columns:
        database.execute_sql('ALTER TABLE "note" ADD COLUMN "addressee_id" INTEGER '
                             'REFERENCES "user" ("id") ON DELETE SET NULL')
    database.execute_sql('CREATE INDEX IF NOT EXISTS "note_addressee_id" ON "note" ("addressee_id")')
    database.execute_sql('CREATE INDEX IF NOT EXISTS "note_case_id_created_at" ON "note" ("case_id", "created_at")')
    database.execute_sql('CREATE INDEX IF NOT EXISTS "note_addressee_id_done_due_at" '
                         'ON "note" ("addressee_id", "done", "due_at")')
