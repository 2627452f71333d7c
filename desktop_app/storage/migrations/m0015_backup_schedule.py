"""Automatic backups (issue 6): table backup_schedule, one row, daily, keeping the last 7.

A database made by this version has the table already (m0001 creates from the current
models): it is created IF NOT EXISTS and the row added only when missing.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import BackupSchedule


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx([BackupSchedule]):
        database.create_tables([BackupSchedule])
        if not BackupSchedule.select().where(BackupSchedule.id == 1).exists():
            BackupSchedule.insert(id=1).execute()
