"""Audit events, written inside the transaction of the change they describe."""

from __future__ import annotations

import datetime as dt
import json

import peewee as pw

from desktop_app.models import AuditEvent, User
from desktop_app.services.context import Actor


def record(actor: Actor, action: str, entity: str, entity_id: object = "",
           case_id: int | None = None, **details: object) -> AuditEvent:
    return AuditEvent.create(
        user=actor.user_id, action=action, entity=entity, entity_id=str(entity_id),
        case=case_id, details=json.dumps(details, default=str, ensure_ascii=False, sort_keys=True))


# The actions that move Case.version: the last of them says who changed the case and when.
CASE_CHANGES = ("case.create", "case.update", "case.status", "ticket.assume", "ticket.movement")


def last_case_change(case_id: int) -> tuple[dt.datetime, str] | None:
    """(when, who) of the case's last edit or status move; document actions and exports do not count."""
    row = (AuditEvent.select(AuditEvent.at, User.full_name, User.login)
           .join(User, pw.JOIN.LEFT_OUTER, on=(AuditEvent.user == User.id))
           .where((AuditEvent.case == case_id) & AuditEvent.action.in_(CASE_CHANGES))
           .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(1).tuples().first())
    if row is None:
        return None
    at, name, login = row
    return at, name or login or ""
