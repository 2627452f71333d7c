"""Completeness per phase (services/cases/completeness.py): two counts on the case and the filter's index.

- columns case.required_total and case.required_present (small ints, default 0): how many
  document types and index fields the statuses ahead require, and how many the case has;
- index case_incomplete on (archived, trashed, created_at) WHERE required_present < required_total:
  the "Missing documents" filter reads the incomplete cases of the view in created order from it
  (SQLite uses a partial index when the query repeats its condition; a comparison of two columns
  has no parameter, so the filter's clause does). Not covering: each case it lists is one row
  read, and only those (with the two counts as index columns the planner prefers m0002's
  (archived, trashed, created_at) index and reads every case of the view instead);
- the counts of the cases already stored are computed right after, when the workspace opens
  (services/office/workspace.py: storage may not import the services that define them); until then,
  or if that is interrupted, they read 0 of 0 and `casedesk check --repair` stores them.

A database made by this version has the columns already (m0001 creates from the current
models): they are added only when missing, the index IF NOT EXISTS.
"""

from __future__ import annotations

import peewee as pw

VERSION = 11  # services/office/workspace.py recounts a database migrated from below this
INDEX = "case_incomplete"
INDEX_WHERE = '"required_present" < "required_total"'


def upgrade(database: pw.Database) -> None:
    columns = {column.name for column in database.get_columns("case")}
    for name in ("required_total", "required_present"):
        if name not in columns:
            database.execute_sql(f'ALTER TABLE "case" ADD COLUMN "{name}" SMALLINT NOT NULL DEFAULT 0')
    database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "case" ("archived", "trashed", "created_at") '
                         f'WHERE {INDEX_WHERE}')
