"""Notifications: scan deduplication, the work area's idle days, and the indexes the scan reads.

`services/notifications.scan` runs every minute on every open CaseDesk. Each of its four
questions reads one small index range instead of the case table:

- idle cases: cases by `updated_at` (the few archived ones are skipped while reading);
- cases on hold coming back: `resume_date` (partial: only rows that have one);
- overdue installments: unpaid ones by `due_date` (partial: `paid_at IS NULL`);
- due alerts: open alerts by `due_at` (partial: alerts not done).

`notification(dedupe_key, user_id)` is unique where a key is set, so a second scan (or two
PCs scanning at once) inserts nothing twice. The columns exist already in a database made by
this version (m0001 creates from the current models): they are added only when missing.
"""

from __future__ import annotations

import peewee as pw


def upgrade(database: pw.Database) -> None:
    sqlite = isinstance(database, pw.SqliteDatabase)
    if "dedupe_key" not in {column.name for column in database.get_columns("notification")}:
        database.execute_sql('ALTER TABLE "notification" ADD COLUMN "dedupe_key" VARCHAR(120)')
    if "idle_days" not in {column.name for column in database.get_columns("work_area")}:
        database.execute_sql('ALTER TABLE "work_area" ADD COLUMN "idle_days" INTEGER NOT NULL DEFAULT 7')
    open_alert = "is_alert = 1 AND done = 0" if sqlite else "is_alert AND NOT done"
    for sql in (
        'CREATE UNIQUE INDEX IF NOT EXISTS "notification_dedupe_key_user_id" ON "notification" '
        '("dedupe_key", "user_id") WHERE dedupe_key IS NOT NULL',
        'CREATE INDEX IF NOT EXISTS "notification_user_id_created_at" ON "notification" ("user_id", "created_at")',
        'CREATE INDEX IF NOT EXISTS "case_updated_at" ON "case" ("updated_at")',
        'CREATE INDEX IF NOT EXISTS "case_resume_date" ON "case" ("resume_date") WHERE resume_date IS NOT NULL',
        'CREATE INDEX IF NOT EXISTS "installment_unpaid_due_date" ON "installment" ("due_date") '
        'WHERE paid_at IS NULL',
        f'CREATE INDEX IF NOT EXISTS "note_open_alert_due_at" ON "note" ("due_at") WHERE {open_alert}',
    ):
        database.execute_sql(sql)
