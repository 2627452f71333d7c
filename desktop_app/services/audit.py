"""Audit events, written inside the transaction of the change they describe."""

from __future__ import annotations

import json

from desktop_app.models import AuditEvent
from desktop_app.services.context import Actor


def record(actor: Actor, action: str, entity: str, entity_id: object = "",
           case_id: int | None = None, **details: object) -> AuditEvent:
    return AuditEvent.create(
        user=actor.user_id, action=action, entity=entity, entity_id=str(entity_id),
        case=case_id, details=json.dumps(details, default=str, ensure_ascii=False, sort_keys=True))
