"""PostgreSQL: prefix-search indexes for the case list's search box (SQLite: nothing to do).

The search matches a prefix of the number (as typed, upper-cased) and of six name-like
columns in any case (services/case_list/case_queries.py `_search_clause`). On SQLite each branch reads
the column's NOCASE index; on PostgreSQL a `LIKE 'term%'` can use a b-tree only under the
"C" collation or with the `text_pattern_ops` operator class, so with the ordinary indexes
every search read the whole table (about 400 ms at 100k cases, tests/benchmarks/
bench_engines.py). These indexes give each branch its own index range, as on SQLite:
the number as it is, the others lower-cased (the expression the search compares).
"""

from __future__ import annotations

import peewee as pw

NAME_COLUMNS = ("owner_name", "prescriber_name", "internal_ref", "city", "protocol", "contract")


def upgrade(database: pw.Database) -> None:
    if isinstance(database, pw.SqliteDatabase):
        return
    database.execute_sql('CREATE INDEX IF NOT EXISTS "case_prefix_number" ON "case" ("number" text_pattern_ops)')
    for column in NAME_COLUMNS:
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "case_prefix_{column}" ON "case" '
                             f'(lower("{column}") text_pattern_ops)')
