"""PostgreSQL: the case list's indexes end with the id, so the list is read in its order (SQLite: nothing).

The list is ordered by a column, then by id (services/case_list/case_queries.py `_order`). In SQLite every
index ends with the rowid, the case's id, so the (work_area, archived, trashed, created_at)
index gives the default list whole, in order. A PostgreSQL index has no such tail: the
planner read every live case through some partial index, kept the work area's and sorted
them (41 ms for the 13.5k cases of a work area at 100k, tests/benchmarks/bench_engines.py).
With `id` as the last key the same list is one backward index-only scan (2.8 ms), and
`work_area_id` carried in the filter and sort indexes (INCLUDE) is checked there too
instead of in the table.

The indexes keep their names (the models' and m0002/m0003/m0011's), so a fresh database and
a migrated one end up alike; each is dropped and built again in the migration's transaction.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.storage.migrations.m0003_live_sort_indexes import LIVE_SORT_COLUMNS

VIEW = ("archived", "trashed", "created_at")
FILTER_COLUMNS = ("status_id", "assigned_user_id", "nature", "origin", "trade", "invoice_state",
                  "quote_state", "installments_state", "document_count")
LIVE = "NOT archived AND NOT trashed"


def list_indexes() -> list[tuple[str, str, str]]:
    """(name, key expressions, WHERE clause or "") of every index the case list reads in order."""
    listed = lambda columns: ", ".join(f'"{c}"' for c in columns)  # noqa: E731
    indexes = [
        ("case_work_area_id_archived_trashed_created_at", listed(("work_area_id", *VIEW, "id")), ""),
        ("case_archived_trashed_created_at", listed((*VIEW, "id")) + ') INCLUDE ("work_area_id"', ""),
        ("case_trashed_created_at", listed(("trashed", "created_at", "id")) + ') INCLUDE ("work_area_id"', ""),
        ("case_incomplete", listed((*VIEW, "id")) + ') INCLUDE ("work_area_id"',
         "required_present < required_total"),
    ]
    indexes += [("case_" + "_".join((column, *VIEW)), listed((column, *VIEW, "id")) + ') INCLUDE ("work_area_id"', "")
                for column in FILTER_COLUMNS]
    for column, nocase in LIVE_SORT_COLUMNS.items():
        if nocase:  # the column itself too: the planner reads an index alone only when it holds the columns
            keys = f'lower("{column}"), "id") INCLUDE ("work_area_id", "{column}"'
        else:
            keys = f'"{column}", "id") INCLUDE ("work_area_id"'
        indexes.append((f"case_live_{column}", keys, LIVE))
    return indexes


def upgrade(database: pw.Database) -> None:
    if isinstance(database, pw.SqliteDatabase):
        return
    database.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
    for name, keys, where in list_indexes():
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
        database.execute_sql(f'CREATE INDEX "{name}" ON "case" ({keys})' + (f" WHERE {where}" if where else ""))
    database.execute_sql('ANALYZE "case"')
