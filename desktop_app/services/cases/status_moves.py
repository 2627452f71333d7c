"""Moving a case along its workflow (S2-C14): what the in-row drop-down offers, and the move itself.

`status_moves` lists exactly `allowed_statuses` for the case, each marked with whether this
actor may take it and, if not, why (a role-restricted close, a transition reserved to a role).
The move itself always goes through `change_status`, which checks everything again (rights,
requirements, reasons, the optimistic lock): the list only spares the user a refusal they
could foresee.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, PermissionDenied, UserError
from desktop_app.models import (
    CancellationReason,
    Case,
    Document,
    DocumentType,
    IndexField,
    IndexValue,
    RequiredDocument,
    RequiredField,
    Role,
    Status,
    Transition,
    User,
    Workflow,
)
from desktop_app.models.base import utcnow
from desktop_app.models.states import StatusKind
from desktop_app.services import audit
from desktop_app.services.cases import case_editing, completeness
from desktop_app.services.cases.case_editing import get_case, refuse_stale
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.people import notification_rows, notifications
from desktop_app.services.permissions import Action, allowed, can_see_case, require, require_case
from desktop_app.storage.database import write_transaction


@dataclass(frozen=True)
class StatusMove:
    code: str
    name: str
    kind: str  # StatusKind
    colour: str
    help_text: str = ""
    refusal: AppError | None = None  # why this actor may not take it; None when allowed
    reason_required: bool = False  # the workflow asks why for this move (Transition.requires_reason)

    @property
    def permitted(self) -> bool:
        return self.refusal is None

    @property
    def needs_reason(self) -> bool:
        """Cancelling asks for a reason from the work area's list."""
        return self.kind == StatusKind.CLOSED_CANCELLED

    @property
    def needs_free_reason(self) -> bool:
        """A move the workflow marks as needing a reason, other than a cancellation or a hold."""
        return self.reason_required and not self.needs_reason and not self.needs_hold

    @property
    def needs_hold(self) -> bool:
        """Putting on hold asks for a reason and a resume date."""
        return self.kind == StatusKind.ON_HOLD


@dataclass(frozen=True)
class StatusChoices:
    case_id: int
    version: int
    work_area_id: int
    current: StatusMove
    moves: list[StatusMove]


def _move(status: Status, refusal: AppError | None = None, transition: Transition | None = None) -> StatusMove:
    return StatusMove(status.code, status.name, status.kind, status.colour, status.help_text, refusal,
                      bool(transition and transition.requires_reason))


def _refusal(actor: Actor, case: Case, current: Status, target: Status,
             transition: Transition) -> AppError | None:
    system = system_move_refusal(case, current, target)
    if system is not None:
        return system
    if transition.required_role and actor.role != transition.required_role and not actor.is_admin:
        return PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only a {role} may move a case to {to_status}."),
                                role=transition.required_role, to_status=target.name)
    if target.kind == StatusKind.CLOSED_DONE and not allowed(actor, Action.CASE_CLOSE):
        return PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "User {login} may not close cases: closing {to_status} is for a "
                                        "sales manager or an administrator."),
            login=actor.login, to_status=target.name)
    return None


def status_moves(actor: Actor, case_id: int) -> StatusChoices:
    """The case's current status and every status its workflow lets it move to (in order)."""
    case = case_editing.get_case(actor, case_id)  # NotFound, or PermissionDenied without write access
    require_case(actor, Action.CASE_CHANGE_STATUS, case_id)
    current = Status.get_by_id(case.status_id)
    transitions = {t.to_status_id: t for t in Transition.select().where(Transition.from_status == case.status_id)}
    moves = [_move(target, _refusal(actor, case, current, target, transitions[target.id]), transitions[target.id])
             for target in allowed_statuses(case)]
    return StatusChoices(case.id, case.version, case.work_area_id, _move(current), moves)


def cancellation_reasons(actor: Actor, case_id: int) -> list[tuple[int, str]]:
    """(id, label) of the active cancellation reasons of the case's work area (and shared ones)."""
    require_case(actor, Action.CASE_CHANGE_STATUS, case_id, write=False)
    area = Case.select(Case.work_area).where(Case.id == case_id).scalar()
    query = (CancellationReason.select(CancellationReason.id, CancellationReason.label)
             .where(CancellationReason.active
                    & ((CancellationReason.work_area == area) | CancellationReason.work_area.is_null()))
             .order_by(CancellationReason.position, CancellationReason.id))
    return list(query.tuples())


def missing_documents(case: Case, target: Status) -> list[str]:
    """Names of the document types the target status requires that the case lacks."""
    required = (DocumentType.select(DocumentType.id, DocumentType.name)
                .join(RequiredDocument).where(RequiredDocument.status == target.id))
    present = {type_id for (type_id,) in Document.select(Document.document_type)
               .where((Document.case == case.id) & ~Document.trashed).tuples()}
    return [name for type_id, name in required.tuples() if type_id not in present]


def missing_fields(case: Case, target: Status) -> list[str]:
    """Labels of the case index fields the target status requires that the case has left empty."""
    filled = IndexValue.select(IndexValue.field).where((IndexValue.case == case.id) & (IndexValue.value != ""))
    query = (IndexField.select(IndexField.label).join(RequiredField, on=(RequiredField.field == IndexField.id))
             .where((RequiredField.status == target.id) & IndexField.id.not_in(filled))
             .order_by(IndexField.position, IndexField.id))
    return [label for (label,) in query.tuples()]


def missing_requirements(case: Case, target: Status) -> list[str]:
    """What the case lacks to enter the target status: missing documents, then empty fields."""
    return missing_documents(case, target) + missing_fields(case, target)


# Case dates a status may set on entry (Status.entry_date_field).
ENTRY_DATE_FIELDS = ("order_date", "reserved_date")


def _entry_notifications(actor: Actor, case: Case, target: Status) -> None:
    """One "status_entered" notification per active user of the status's notify role who may see
    the case (the acting user is not told about their own move)."""
    users = (User.select().join(Role, on=(User.role == Role.id))
             .where(User.active & (Role.code == target.notify_role)).order_by(User.id))
    recipients = [user.id for user in users
                  if user.id != actor.user_id and can_see_case(Actor.from_user(user), case.id)]
    notification_rows.notify_users(recipients, case.id, "status_entered", {
        "number": case.number, "status": target.name, "by": actor.name or actor.login})


def allowed_statuses(case: Case) -> list[Status]:
    """The statuses the workflow lets this case move to."""
    return list(Status.select().join(Transition, on=(Transition.to_status == Status.id))
                .where(Transition.from_status == case.status_id).order_by(Status.position))


def system_move_refusal(case: Case, current: Status, target: Status) -> UserError | None:
    """Why a person may not type this move: a ticket's status is set from its movements (S4-F21).

    Into or out of a system_only status is refused; only cancelling (a person's decision, with
    its reason) may leave one. `services/helpdesk/tickets.py` moves these statuses itself.
    """
    if target.system_only or (current.system_only and target.kind != StatusKind.CLOSED_CANCELLED):
        return UserError(
            QT_TRANSLATE_NOOP("errors", "Case {number} cannot be moved from {from_status} to {to_status} by hand: "
                                        "that status is set by the system from the ticket's movements."),
            number=case.number, from_status=current.name, to_status=target.name)
    return None


def change_status(actor: Actor, case_id: int, status_code: str, expected_version: int | None = None,
                  *, cancellation_reason_id: int | None = None, hold_reason: str = "",
                  resume_date: dt.date | None = None, reason: str = "") -> ChangeSet:
    """Moves a case along an allowed transition; closing and cancelling record who and why.

    `reason`: why, for a move the workflow marks as needing one (cancelling takes its reason
    from the list and a hold its own reason instead).
    """
    with write_transaction():
        case = get_case(actor, case_id)
        require_case(actor, Action.CASE_CHANGE_STATUS, case_id)
        if expected_version is not None and case.version != expected_version:
            # Changed since the clerk chose the move (maybe to that very status): say so first.
            refuse_stale(case, expected_version)
        target = (Status.select().join(Workflow)
                  .where((Workflow.work_area == case.work_area_id) & (Status.code == status_code)).first())
        if target is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown status {status}."), status=status_code)
        transition = Transition.get_or_none(
            (Transition.from_status == case.status_id) & (Transition.to_status == target.id))
        if transition is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Case {number} cannot go from {from_status} to {to_status}."),
                number=case.number, from_status=case.status.name, to_status=target.name)
        if transition.required_role and actor.role != transition.required_role and not actor.is_admin:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "Only a {role} may move a case to {to_status}."),
                role=transition.required_role, to_status=target.name)
        refusal = system_move_refusal(case, case.status, target)
        if refusal is not None:
            raise refusal
        if target.kind == StatusKind.CLOSED_DONE:
            require(actor, Action.CASE_CLOSE)
        missing = missing_requirements(case, target)
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Case {number} cannot go to {to_status}: missing {documents}."),
                number=case.number, to_status=target.name, documents=", ".join(missing))
        why = reason.strip()
        if transition.requires_reason and target.kind not in (StatusKind.CLOSED_CANCELLED, StatusKind.ON_HOLD) \
                and not why:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Moving case {number} to {to_status} needs a reason."),
                            number=case.number, to_status=target.name)
        values: dict[str, object] = {"status": target.id}
        if target.kind in (StatusKind.OPEN, StatusKind.ON_HOLD):
            # Reopening forgets how the case was closed; leaving a hold forgets the hold.
            values.update(closed_by=None, closed_at=None, cancellation_reason=None)
        if target.kind != StatusKind.ON_HOLD:
            values.update(hold_reason="", resume_date=None)
        if target.kind == StatusKind.CLOSED_DONE:
            values.update(closed_by=actor.user_id, closed_at=utcnow())
        elif target.kind == StatusKind.CLOSED_CANCELLED:
            chosen = CancellationReason.get_or_none(
                (CancellationReason.id == cancellation_reason_id) & CancellationReason.active
                & (CancellationReason.work_area.is_null() | (CancellationReason.work_area == case.work_area_id)))
            if chosen is None:  # none given, or one from another work area's list
                raise UserError(QT_TRANSLATE_NOOP("errors", "Cancelling case {number} needs a reason."),
                                number=case.number)
            values.update(cancellation_reason=chosen.id, closed_by=actor.user_id, closed_at=utcnow())
            why = chosen.label
        elif target.kind == StatusKind.ON_HOLD:
            if not hold_reason.strip() or resume_date is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "Putting case {number} on hold needs a reason and a resume date."),
                    number=case.number)
            values.update(hold_reason=hold_reason.strip(), resume_date=resume_date)
            why = f"{hold_reason.strip()} ({resume_date.isoformat()})"
        date_field = target.entry_date_field
        if date_field in ENTRY_DATE_FIELDS and getattr(case, date_field) is None:
            values[date_field] = dt.date.today()  # an automatic action on entry, only when empty
        version = case.version if expected_version is None else expected_version
        updated = (Case.update(version=Case.version + 1, updated_at=utcnow(), **values)
                   .where((Case.id == case_id) & (Case.version == version)).execute())
        if updated != 1:
            refuse_stale(case, version)
        completeness.refresh([case_id])  # the statuses ahead are others now
        if target.notify_role:
            _entry_notifications(actor, case, target)
        audit.record(actor, "case.status", "case", case_id, case_id,
                     from_status=case.status.code, to_status=target.code, **({"reason": why} if why else {}))
        notifications.status_changed(actor, case, case.status.name, target.name)  # S1-R2: the team's managers
    return ChangeSet(case_ids={case_id})
