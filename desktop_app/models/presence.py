"""Who has the office open: one row per running CaseDesk session (storage/presence.py keeps them)."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, TimestampField, utcnow


class SessionPresence(BaseModel):
    login = pw.CharField(max_length=80, default="")  # "" until a user is known (headless commands)
    host = pw.CharField(max_length=255)  # the PC's name
    pid = pw.IntegerField()
    program = pw.CharField(max_length=80, default="")  # "casedesk", "casedesk backup"…
    started_at = TimestampField(default=utcnow)
    last_seen_at = TimestampField(default=utcnow, index=True)
