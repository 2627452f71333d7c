"""Small checks and helpers shared by the settings services (workflow_config, catalog_config).

No permission checks here: the public services call `require(actor, Action.SETTINGS_EDIT)`
before they use any of these.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import AuditEvent, Case
from desktop_app.models.base import BaseModel
from desktop_app.services.context import Actor

NAME_LIMIT = 200
CASE_NUMBERS_SHOWN = 5  # a refusal names at most this many cases


def text(value: object, template: str, limit: int = NAME_LIMIT) -> str:
    """`value` stripped; UserError(template, max=limit) when it is empty or longer than `limit`."""
    cleaned = "" if value is None else " ".join(str(value).split())
    if not cleaned or len(cleaned) > limit:
        raise UserError(template, max=limit)
    return cleaned


def get(model: type[BaseModel], row_id: object, template: str) -> BaseModel:
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(template, id=row_id)
    return row


def new_code(model: type[BaseModel], scope: pw.Expression, name: str, fallback: str) -> str:
    """A code for a new row made from its name (ASCII, snake case), unique within `scope`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")[:40] or fallback
    taken = {code for (code,) in model.select(model.code).where(scope).tuples()}
    code, number = base, 2
    while code in taken:
        code, number = f"{base}_{number}", number + 1
    return code


def check_code(code: str, template: str) -> str:
    cleaned = (code or "").strip()
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,47}", cleaned):
        raise UserError(template, code=code)
    return cleaned


def reorder(model: type[BaseModel], current_ids: Iterable[int], ordered_ids: Sequence[int]) -> None:
    """Sets `position` 0..n-1 in the given order; the ids must be exactly the list's current ids."""
    current = set(current_ids)
    wanted = [int(i) for i in ordered_ids]
    if len(wanted) != len(set(wanted)) or set(wanted) != current:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The new order must list each entry of the list exactly once; nothing was moved."))
    for position, row_id in enumerate(wanted):
        model.update(position=position).where(model.id == row_id).execute()


def next_position(model: type[BaseModel], scope: pw.Expression) -> int:
    top = model.select(pw.fn.MAX(model.position)).where(scope).scalar()
    return 0 if top is None else int(top) + 1


def case_numbers(where: pw.Expression) -> tuple[int, str]:
    """(how many cases match, the first few numbers joined) — archived and trashed included."""
    count = Case.select().where(where).count()
    numbers = [n for (n,) in Case.select(Case.number).where(where).order_by(Case.number)
               .limit(CASE_NUMBERS_SHOWN).tuples()]
    shown = ", ".join(numbers) + (", …" if count > len(numbers) else "")
    return count, shown


def record_per_case(actor: Actor, action: str, case_ids: Sequence[int], **details: object) -> None:
    """One audit event per case (bulk insert, in the caller's transaction)."""
    text_details = json.dumps(details, default=str, ensure_ascii=False, sort_keys=True)
    rows = [{"user": actor.user_id, "action": action, "entity": "case", "entity_id": str(case_id),
             "case": case_id, "details": text_details} for case_id in case_ids]
    for chunk in pw.chunked(rows, 500):
        AuditEvent.insert_many(chunk).execute()
