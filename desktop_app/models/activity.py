"""What happens around a case: communications, notes and alerts, notifications, audit."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, TimestampField, utcnow
from desktop_app.models.case import Case
from desktop_app.models.people import Contact, User


class Communication(BaseModel):
    case = pw.ForeignKeyField(Case, index=False, backref="communications", on_delete="CASCADE")
    direction = pw.CharField(max_length=8, default="in")  # in, out
    channel = pw.CharField(max_length=16, default="email")  # email, phone, letter, portal
    contact = pw.ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    subject = pw.CharField(max_length=300, default="")
    body = pw.TextField(default="")
    at = TimestampField(default=utcnow)
    by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    handled = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("case", "at"), False), (("handled",), False))


class Note(BaseModel):
    """A note, or an alert when it has a due time (S1-R1 'notas y avisos')."""

    case = pw.ForeignKeyField(Case, index=False, backref="notes", on_delete="CASCADE")
    author = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    text = pw.TextField()
    is_alert = pw.BooleanField(default=False)
    due_at = TimestampField(null=True)
    done = pw.BooleanField(default=False)
    created_at = TimestampField(default=utcnow)
    # Whom an alert is for (None: its author). Added by migration m0004.
    addressee = pw.ForeignKeyField(User, index=False, null=True, on_delete="SET NULL", backref="alerts_for")

    class Meta:
        indexes = ((("case", "created_at"), False), (("addressee", "done", "due_at"), False))


class Notification(BaseModel):
    user = pw.ForeignKeyField(User, index=False, backref="notifications", on_delete="CASCADE")
    case = pw.ForeignKeyField(Case, null=True, on_delete="CASCADE")
    kind = pw.CharField(max_length=32)
    text = pw.TextField()
    created_at = TimestampField(default=utcnow)
    read_at = TimestampField(null=True)
    # What a periodic scan notified ("idle:<case>:<since>"): unique per user, so a second scan, or a
    # scan from another PC at the same time, writes nothing twice. None for event notifications.
    # Added by migration m0006, which also creates the partial unique index (dedupe_key, user).
    dedupe_key = pw.CharField(max_length=120, null=True)

    class Meta:
        indexes = ((("user", "read_at"), False),)


class AuditEvent(BaseModel):
    """Who did what, when; written in the same transaction as the change."""

    at = TimestampField(default=utcnow)
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    action = pw.CharField(max_length=64)
    entity = pw.CharField(max_length=32)
    entity_id = pw.CharField(max_length=64, default="")
    case = pw.ForeignKeyField(Case, index=False, null=True, on_delete="SET NULL")
    details = pw.TextField(default="{}")  # JSON

    class Meta:
        # (at, case, user): the "changed since you last looked" filter reads the events after a
        # user's baseline as one covering range (services/cases/seen.py, migration m0007).
        indexes = ((("case", "at"), False), (("at", "case", "user"), False))


class CaseSeen(BaseModel):
    """When a user last looked at a case (selected it in the list): "since you last looked"."""

    user = pw.ForeignKeyField(User, index=False, on_delete="CASCADE")
    case = pw.ForeignKeyField(Case, on_delete="CASCADE")
    seen_at = TimestampField(default=utcnow)

    class Meta:
        table_name = "case_seen"
        indexes = ((("user", "case"), True),)
