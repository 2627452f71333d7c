"""Partial sort indexes over the live cases (not archived, not trashed), one per sortable column.

The case list's default view is every live case of every work area in the order of one
column. Without these, SQLite walks a sort index over all cases and checks each id against
the hidden ones (about 600–800 ms at 1M cases); a partial index holds only the live rows
in sort order, so the id query reads one index and nothing else (about 200 ms). The created
order is served by the (archived, trashed, created_at) index of m0002.

Three older indexes go: m0002's (status | assigned user, archived, trashed, created_at) and
(work_area, archived, trashed, created_at) serve every query they served, and each index
costs every write and about a second of the 1M demo's index build.
"""

from __future__ import annotations

import peewee as pw

# column → case-insensitive?  (the keys of queries._SORT_COLUMNS other than "created")
LIVE_SORT_COLUMNS = {
    "number": False, "internal_ref": True, "owner_name": True, "prescriber_name": True, "city": True,
    "appointment_at": False, "assigned_user_id": False, "status_id": False, "contract": True,
    "order_date": False,
}


SUPERSEDED = ("case_work_area_id_status_id_created_at", "case_status_id_created_at",
              "case_assigned_user_id_created_at")


def upgrade(database: pw.Database) -> None:
    for name in SUPERSEDED:
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    sqlite = isinstance(database, pw.SqliteDatabase)
    live = "archived = 0 AND trashed = 0" if sqlite else "NOT archived AND NOT trashed"
    for column, nocase in LIVE_SORT_COLUMNS.items():
        expr = f'"{column}"'
        if nocase:
            expr = f'{expr} COLLATE NOCASE' if sqlite else f'lower({expr})'
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "case_live_{column}" ON "case" ({expr}) WHERE {live}')
