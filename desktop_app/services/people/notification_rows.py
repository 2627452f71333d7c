"""Writing notification rows: a short kind code and its parameters as JSON, never translated text.

The view renders each kind in the reader's language from the parameters (views/notification_centre).
Kinds: status_changed {number, from_status, to_status, by}, status_entered {number, status, by},
document_added {number, title, by, and count when a batch added several: title is the first one},
idle {number, status, days}, payment_overdue {number, due_date, amount}, alert_due {number, text, by},
hold_resume {number, status, resume_date}.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from desktop_app.models import Notification
from desktop_app.models.base import utcnow


def encode(params: dict) -> str:
    return json.dumps(params, default=str, ensure_ascii=False, sort_keys=True)


def notify_users(user_ids: Iterable[int | None], case_id: int | None, kind: str, params: dict) -> int:
    """One unread notification per user (None and repeats skipped); returns how many were written.

    Call it inside the transaction of the change it tells about: the notification exists exactly
    when the change does.
    """
    users = list(dict.fromkeys(uid for uid in user_ids if uid is not None))
    if not users:
        return 0
    now, text = utcnow(), encode(params)
    Notification.insert_many([{"user": uid, "case": case_id, "kind": kind, "text": text, "created_at": now}
                              for uid in users]).execute()
    return len(users)
