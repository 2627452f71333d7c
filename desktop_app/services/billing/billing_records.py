"""What every billing change shares: finding its row, and ending with the case's icons, an audit event and a ChangeSet."""

from __future__ import annotations

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.services import audit
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.status_icons import icon_states


def get_row(model, row_id: int, what: str):
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "{what} {id} does not exist."), what=what, id=row_id)
    return row


def record_change(actor: Actor, case_id: int, action: str, entity: str, entity_id: int, **details) -> ChangeSet:
    moved = icon_states.refresh([case_id])
    audit.record(actor, action, entity, entity_id, case_id, **details)
    return ChangeSet(case_ids={case_id}, states_changed=bool(moved))
