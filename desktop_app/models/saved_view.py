"""A user's saved view of the case list: filters, sort and columns under a name."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, TimestampField, utcnow
from desktop_app.models.people import User


class SavedView(BaseModel):
    user = pw.ForeignKeyField(User, index=False, backref="saved_views", on_delete="CASCADE")
    name = pw.CharField(max_length=80)
    payload = pw.TextField(default="{}")  # JSON: {"filter": CaseFilter.to_dict(), "sort": …, "columns": …}
    position = pw.IntegerField(default=0)
    created_at = TimestampField(default=utcnow)

    class Meta:
        indexes = ((("user", "name"), True),)
