"""'Since you last looked' and ISP tickets whose status the system sets (S4-F21).

- table case_seen (user, case, seen_at), unique (user, case): when a user last opened a case;
- column user.seen_baseline: when the user started using the feature (services/cases/seen.py);
- index audit_event (at, case_id, user_id): the "changed since I last looked" filter reads the
  events after a baseline as one covering range;
- the statuses of the ISP desks' ticket workflows (office kind "isp", work area kind "support")
  that the ticket's movements set become system_only: open, assumed, resolved, closed
  (presets.ISP_SYSTEM_STATUSES; "cancelled" stays a person's decision, with its reason).

A database made by this version has all of it already (m0001 creates from the current models):
the table and indexes are created IF NOT EXISTS under peewee's names, the column only when missing.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import AuditEvent, CaseSeen

ISP_SYSTEM_STATUSES = ("open", "assumed", "resolved", "closed")  # = presets.ISP_SYSTEM_STATUSES


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx([CaseSeen, AuditEvent]):
        database.create_tables([CaseSeen])  # IF NOT EXISTS, with its unique (user, case) index
        AuditEvent._schema.create_indexes(safe=True)  # (case, at) exists; adds (at, case, user)
    columns = {column.name for column in database.get_columns("user")}
    if "seen_baseline" not in columns:
        database.execute_sql(f'ALTER TABLE "user" ADD COLUMN "seen_baseline" {_timestamp(database)}')
    placeholders = ", ".join(["%s" if not isinstance(database, pw.SqliteDatabase) else "?"]
                             * len(ISP_SYSTEM_STATUSES))
    true = "1" if isinstance(database, pw.SqliteDatabase) else "TRUE"
    database.execute_sql(
        f'UPDATE "status" SET "system_only" = {true} WHERE "code" IN ({placeholders}) AND "workflow_id" IN ('
        'SELECT w."id" FROM "workflow" w JOIN "work_area" a ON a."id" = w."work_area_id" '
        'JOIN "office" o ON o."id" = a."office_id" WHERE o."kind" = \'isp\' AND a."kind" = \'support\')',
        ISP_SYSTEM_STATUSES)


def _timestamp(database: pw.Database) -> str:
    return "TEXT" if isinstance(database, pw.SqliteDatabase) else "TIMESTAMPTZ"
