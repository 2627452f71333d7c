"""Creating and editing cases: numbering, defaults, contacts, optimistic locking (status moves: status_moves.py)."""

from __future__ import annotations

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, StaleEdit, UserError
from desktop_app.models import Case, CaseContact, Contact, NumberingSeries, Status, User, Workflow
from desktop_app.models.base import utcnow
from desktop_app.services import audit
from desktop_app.services.case_list import filter_choices
from desktop_app.services.cases import completeness
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.money import to_money
from desktop_app.services.permissions import MATRIX, Action, allowed, require, require_case
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import is_sqlite, write_transaction

# Fields a user may set on create or edit; status, states, version and numbers are the system's.
EDITABLE_FIELDS = frozenset({
    "protocol", "internal_ref", "subject", "nature", "origin", "complementary_status", "priority",
    "contract", "trade", "address", "address_source", "latitude", "longitude", "city",
    "postal_code", "order_date", "appointment_at", "assigned_user", "team", "department",
    "pending_interaction", "reserved_date", "reserved_time", "amount", "tariff",
    "hold_reason", "resume_date", "owner", "prescriber",
})
MONEY_FIELDS = frozenset({"amount", "tariff"})
CHOICE_FIELDS = frozenset({"nature", "origin", "trade"})  # the filter bar offers their distinct values
REASSIGNING_ROLES = MATRIX[Action.CASE_ASSIGN]  # kept for callers; the rule is the matrix's


def get_case(actor: Actor, case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    require_case(actor, Action.CASE_EDIT, case_id)
    return case


def find_by_number(actor: Actor, number: str) -> Case:
    case = Case.get_or_none(Case.number == number.strip())
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No case with number {number}."), number=number)
    try:
        require_case(actor, Action.CASE_EDIT, case.id, write=False)
    except PermissionDenied:
        # Do not reveal that a case the user may not see exists.
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No case with number {number}."),
                       number=number) from None
    return case


def draw_number(series: NumberingSeries) -> str:
    """The next number of a series; the head row is locked on PostgreSQL (SQLite: IMMEDIATE)."""
    query = NumberingSeries.select().where(NumberingSeries.id == series.id)
    if not is_sqlite():
        query = query.for_update()
    head = query.get()
    value = head.next_value
    NumberingSeries.update(next_value=value + 1).where(NumberingSeries.id == head.id).execute()
    return f"{head.prefix}{value:0{head.width}d}"


def _clean(changes: dict[str, object]) -> dict[str, object]:
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown or read-only case field: {field}."),
                        field=", ".join(sorted(unknown)))
    cleaned = dict(changes)
    for name in MONEY_FIELDS & set(cleaned):
        cleaned[name] = to_money(cleaned[name], name)
    if "priority" in cleaned and cleaned["priority"] not in (0, 1, 2, 3):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: {value} is not an amount."),
                        field="priority", value=cleaned["priority"])
    for name in ("owner", "prescriber"):
        if name in cleaned and cleaned[name] is None:
            cleaned[f"{name}_name"] = ""
        elif cleaned.get(name) is not None:
            contact = Contact.get_or_none(Contact.id == _id(cleaned[name]))
            if contact is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: no such contact."),
                                field=name)
            cleaned[f"{name}_name"] = contact.display_name
    if "assigned_user" in cleaned and cleaned["assigned_user"] is not None and \
            not User.select().where(User.id == _id(cleaned["assigned_user"])).exists():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: no such user."), field="assigned_user")
    return cleaned


def _id(value: object) -> int:
    return value.id if hasattr(value, "id") else int(value)  # type: ignore[arg-type]


def _link_contact(case_id: int, contact_id: int | None, role: str) -> None:
    """Makes `contact_id` the case's one contact in an owner/prescriber role."""
    stale = (CaseContact.case == case_id) & (CaseContact.role == role)
    if contact_id is not None:
        stale &= CaseContact.contact != contact_id
    CaseContact.delete().where(stale).execute()
    if contact_id is not None:
        CaseContact.get_or_create(case=case_id, contact=contact_id, role=role)


def create_case(actor: Actor, work_area_id: int, **fields: object) -> tuple[Case, ChangeSet]:
    """A new case in the work area's initial status with the next number of its series."""
    require(actor, Action.CASE_CREATE)
    cleaned = _clean(fields)
    assigned, team = cleaned.get("assigned_user"), cleaned.get("team")
    if ((assigned is not None and _id(assigned) != actor.user_id)
            or (team is not None and _id(team) != actor.team_id)) and not allowed(actor, Action.CASE_ASSIGN):
        # Creating a case for someone else is assigning it (an advisor creates his own cases).
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "User {login} may not reassign cases."), login=actor.login)
    with write_transaction():
        workflow = Workflow.get_or_none(Workflow.work_area == work_area_id)
        if workflow is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Work area {id} has no workflow."), id=work_area_id)
        status = (Status.select().where((Status.workflow == workflow) & Status.is_initial).first()
                  or Status.select().where(Status.workflow == workflow).order_by(Status.position).first())
        series = NumberingSeries.select().where(NumberingSeries.work_area == work_area_id).first()
        if series is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Work area {id} has no numbering series."),
                            id=work_area_id)
        if cleaned.get("owner") is not None and cleaned.get("prescriber") is None:
            # The owner is his own prescriber when none is given (S2-C4).
            cleaned["prescriber"] = cleaned["owner"]
            cleaned["prescriber_name"] = cleaned["owner_name"]
        if not cleaned.get("internal_ref"):
            cleaned["internal_ref"] = cleaned.get("owner_name", "")  # S2-C2
        now = utcnow()
        cleaned.setdefault("team", actor.team_id)  # the creator's team unless one is given
        case = Case.create(
            work_area=work_area_id, series=series, number=draw_number(series), status=status,
            created_by=actor.user_id, created_at=now, updated_at=now, **cleaned)
        _link_contact(case.id, case.owner_id, "owner")
        if case.prescriber_id and case.prescriber_id != case.owner_id:
            _link_contact(case.id, case.prescriber_id, "prescriber")
        completeness.refresh([case.id])
        audit.record(actor, "case.create", "case", case.id, case.id, number=case.number)
    if CHOICE_FIELDS & set(cleaned):
        filter_choices.clear_choice_cache()  # after the commit: a new value is offered at once
    return case, ChangeSet(case_ids={case.id}, created_case_ids={case.id}, listing_changed=True)


def refuse_stale(case: Case, expected_version: int) -> None:
    last = audit.last_case_change(case.id)
    who = (last[1] or "?") if last else "?"
    when = last[0].astimezone().strftime("%Y-%m-%d %H:%M") if last else "?"
    raise StaleEdit(
        QT_TRANSLATE_NOOP(
            "errors",
            "Case {number} was changed by {who} at {when} after you opened it (version {have}, "
            "yours {yours}). Nothing was saved: reload the case to see their change."),
        number=case.number, who=who, when=when, have=case.version, yours=expected_version)


def update_case(actor: Actor, case_id: int, expected_version: int, **changes: object) -> ChangeSet:
    """Saves an edit only if nobody changed the case since `expected_version` was read."""
    cleaned = _clean(changes)
    with write_transaction():
        case = get_case(actor, case_id)
        if "pending_interaction" in cleaned and case.status.system_only:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Case {number}: the pending interaction of a ticket is set by the system from its "
                          "movements."), number=case.number)
        if ({"assigned_user", "team"} & set(cleaned)) and not allowed(actor, Action.CASE_ASSIGN):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "User {login} may not reassign cases."), login=actor.login)
        if ({"amount", "tariff"} & set(cleaned)) and not allowed(actor, Action.BILLING_EDIT):
            raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "User {login} may not change amounts."),
                                   login=actor.login)
        updated = (Case.update(version=Case.version + 1, updated_at=utcnow(), **cleaned)
                   .where((Case.id == case_id) & (Case.version == expected_version)).execute())
        if updated != 1:
            refuse_stale(case, expected_version)
        for role in ("owner", "prescriber"):
            if role in cleaned:
                value = cleaned[role]
                _link_contact(case_id, None if value is None else _id(value), role)
        icon_states.refresh([case_id])  # a blocked contact may have left the case
        audit.record(actor, "case.update", "case", case_id, case_id,
                     fields=sorted(changes), version=expected_version + 1)
    if CHOICE_FIELDS & set(cleaned):
        filter_choices.clear_choice_cache()
    return ChangeSet(case_ids={case_id})


