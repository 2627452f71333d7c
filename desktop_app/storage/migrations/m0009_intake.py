"""Intake (issue 4): a watch folder per work area and its ordered file-name rules.

- table watch_folder (work_area unique, path, enabled);
- table file_name_rule (work_area, position, pattern, is_regex, document_type).

A work area without rules routes with the default rule `{number}_{type}.*` (services/intake).
A database made by this version has both tables already (m0001 creates from the current
models): they are created IF NOT EXISTS.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import FileNameRule, WatchFolder


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx([WatchFolder, FileNameRule]):
        database.create_tables([WatchFolder, FileNameRule])  # IF NOT EXISTS, with their indexes
