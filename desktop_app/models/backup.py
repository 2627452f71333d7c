"""The office's automatic-backup schedule and the state of its last run (m0015).

One row (id 1) per database: every PC of the office reads the same schedule, and the PC that
runs a backup claims it here first (running_on, running_until), so only one PC backs up.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, TimestampField


class BackupSchedule(BaseModel):
    enabled = pw.BooleanField(default=True)
    every_hours = pw.IntegerField(default=24)
    keep = pw.IntegerField(default=7)  # automatic backups kept; older ones are deleted
    folder = pw.CharField(max_length=1000, default="")  # "" = the data dir's backups/ folder
    last_started_at = TimestampField(null=True)
    last_finished_at = TimestampField(null=True)
    last_ok = pw.BooleanField(null=True)
    last_message = pw.TextField(default="")
    last_file = pw.CharField(max_length=1000, default="")
    last_host = pw.CharField(max_length=200, default="")
    running_on = pw.CharField(max_length=200, default="")  # "host (pid N)" while a backup runs
    running_until = TimestampField(null=True)  # the claim lapses then (a PC that died mid-backup)
