"""The rows behind the notification centre: one Notification per user, text = JSON parameters.

A row's `kind` says what happened ("status_entered", …) and its `text` holds the parameters as
JSON (e.g. {"number": …, "status": …, "by": …}); the views word and translate it per kind.
Call inside the transaction of the change that causes the notification.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from desktop_app.models import Notification
from desktop_app.models.base import utcnow


def notify_users(user_ids: Iterable[int], case_id: int | None, kind: str, params: Mapping[str, object]) -> int:
    """Inserts one unread notification per user (duplicates ignored); returns how many."""
    text = json.dumps(dict(params), ensure_ascii=False, default=str)
    now = utcnow()
    rows = [{"user": user_id, "case": case_id, "kind": kind, "text": text, "created_at": now}
            for user_id in dict.fromkeys(user_ids)]
    if rows:
        Notification.insert_many(rows).execute()
    return len(rows)
