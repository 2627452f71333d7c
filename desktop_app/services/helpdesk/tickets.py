"""ISP tickets (atendimentos, seed 004): assumed before work starts, status set by the system.

A technician assumes an open ticket before working on it (S4-H1); from then on every step is a
*movement*, and the ticket's status (S4-F21) and pending interaction (S4-F20) follow from its
movements — nobody types them (`cases.change_status` refuses system_only statuses; only
cancelling, a person's decision with its reason, stays in the status drop-down).

A ticket is a case whose workflow's initial status is system_only (the ISP preset). Its
statuses by role, in workflow order: the initial one (open), the next two open statuses (in
progress — the preset's "assumed" — and resolved) and the first closed-done status (closed).

| movement | allowed from | status after | pending interaction after |
|---|---|---|---|
| assume | open (technician or admin) | in progress; assigned to the actor | internal |
| note (internal note) | open, in progress, resolved | unchanged | unchanged |
| reply (to the customer) | in progress, resolved | unchanged | external |
| customer (message from the customer) | open, in progress, resolved | open stays open; else in progress | internal |
| solution | in progress, resolved | resolved | external |
| close (needs the close right) | in progress, resolved | closed (closed by/at) | none |

A closed or cancelled ticket takes no movement. Each movement is stored as a `Communication`
with channel "movement", the kind (`MovementKind`) in `direction`, the text in `body` (and its
first line in `subject`), `by` the actor: the timeline lists it with who, when and what. Each
is one transaction: the case row (status, pending interaction, version + 1, optimistic lock),
the movement, a "ticket.assume"/"ticket.movement" audit event and, when the status moved, the
same "case.status" audit event a typed move writes.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import Case, Communication, Status, User, Workflow
from desktop_app.models.base import utcnow
from desktop_app.models.states import MovementKind, PendingInteraction, StatusKind
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.cases.case_editing import refuse_stale
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, allowed, can_see_case, require, require_case
from desktop_app.storage.database import write_transaction

CHANNEL = "movement"
MAX_TEXT = 20_000
K, P = MovementKind, PendingInteraction


@dataclass(frozen=True)
class TicketStatuses:
    open: Status
    working: Status  # in progress (the ISP preset's "assumed")
    resolved: Status
    closed: Status

    def role_of(self, status_id: int) -> str:
        for role in ("open", "working", "resolved", "closed"):
            if getattr(self, role).id == status_id:
                return role
        return "other"  # cancelled, or a status outside the ticket's path


def ticket_statuses(workflow_id: int) -> TicketStatuses | None:
    """The ticket roles of a workflow's statuses, or None when its status is typed (not a ticket)."""
    statuses = list(Status.select().where(Status.workflow == workflow_id).order_by(Status.position, Status.id))
    initial = next((s for s in statuses if s.is_initial), statuses[0] if statuses else None)
    if initial is None or not initial.system_only:
        return None
    after = [s for s in statuses if s.kind == StatusKind.OPEN and s.position > initial.position and s.system_only]
    closed = next((s for s in statuses if s.kind == StatusKind.CLOSED_DONE and s.system_only), None)
    if len(after) < 2 or closed is None:
        return None
    return TicketStatuses(initial, after[0], after[1], closed)


# kind → (ticket roles it may start from, role after (None: unchanged, "working*": open stays open),
#         pending interaction after (None: unchanged))
_RULES: dict[str, tuple[frozenset[str], str | None, str | None]] = {
    K.ASSUME: (frozenset({"open"}), "working", P.INTERNAL),
    K.NOTE: (frozenset({"open", "working", "resolved"}), None, None),
    K.REPLY: (frozenset({"working", "resolved"}), None, P.EXTERNAL),
    K.CUSTOMER: (frozenset({"open", "working", "resolved"}), "working*", P.INTERNAL),
    K.SOLUTION: (frozenset({"working", "resolved"}), "resolved", P.EXTERNAL),
    K.CLOSE: (frozenset({"working", "resolved"}), "closed", P.NONE),
}
MOVEMENT_KINDS = (K.NOTE, K.REPLY, K.CUSTOMER, K.SOLUTION, K.CLOSE)  # what "Add movement…" offers
TEXT_OPTIONAL = frozenset({K.ASSUME, K.CLOSE})


def _load(case_id: int, actor: Actor | None = None, action: Action | None = None) -> tuple[Case, TicketStatuses]:
    """The case and its ticket statuses; with an action, after checking the actor may change the case."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    if actor is not None and action is not None:
        require_case(actor, action, case_id)
    workflow = Workflow.get_or_none(Workflow.work_area == case.work_area_id)
    roles = ticket_statuses(workflow.id) if workflow is not None else None
    if roles is None:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Case {number} is not a ticket: its status is chosen by hand, not set from movements."),
            number=case.number)
    return case, roles


def _assignee_name(case: Case) -> str:
    user = User.get_or_none(User.id == case.assigned_user_id) if case.assigned_user_id else None
    return (user.full_name or user.login) if user is not None else "?"


def _refuse_from(case: Case, roles: TicketStatuses, kind: str) -> None:
    role = roles.role_of(case.status_id)
    if role == "open":
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Ticket {number} must be assumed by a technician before work starts."), number=case.number)
    if kind == K.ASSUME and role in ("working", "resolved"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Ticket {number} was already assumed by {who}."),
                        number=case.number, who=_assignee_name(case))
    raise UserError(QT_TRANSLATE_NOOP("errors", "Ticket {number} is {status}: it takes no more movements."),
                    number=case.number, status=Status.get_by_id(case.status_id).name)


def _move(actor: Actor, case: Case, roles: TicketStatuses, kind: str, text: str,
          expected_version: int | None, **extra: object) -> ChangeSet:
    """Applies one allowed movement inside the caller's transaction."""
    _starts, after, pending = _RULES[kind]
    current = roles.role_of(case.status_id)
    if after == "working*":
        after = "open" if current == "open" else "working"
    target = getattr(roles, after) if after else None
    now = utcnow()
    values: dict[str, object] = {"updated_at": now, **extra}
    if pending is not None:
        values["pending_interaction"] = str(pending)
    moved = target is not None and target.id != case.status_id
    if moved:
        values["status"] = target.id
        if after == "closed":
            values.update(closed_by=actor.user_id, closed_at=now)
    version = case.version if expected_version is None else expected_version
    updated = (Case.update(version=Case.version + 1, **values)
               .where((Case.id == case.id) & (Case.version == version)).execute())
    if updated != 1:
        refuse_stale(case, version)
    from_code = Status.get_by_id(case.status_id).code
    if moved:
        completeness.refresh([case.id])
        audit.record(actor, "case.status", "case", case.id, case.id, from_status=from_code, to_status=target.code)
    # Written last, so the history lists the movement above the status move it caused.
    movement = Communication.create(case=case.id, direction=str(kind), channel=CHANNEL, by=actor.user_id,
                                    at=utcnow(), subject=text.splitlines()[0][:300] if text else "", body=text,
                                    handled=True)
    audit.record(actor, "ticket.assume" if kind == K.ASSUME else "ticket.movement", "communication", movement.id,
                 case.id, kind=str(kind), from_status=from_code, to_status=target.code if moved else from_code,
                 pending=values.get("pending_interaction", case.pending_interaction), version=version + 1)
    return ChangeSet(case_ids={case.id})


def _clean_text(kind: str, text: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned and kind not in TEXT_OPTIONAL:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The movement's text is empty: write what happened."))
    if len(cleaned) > MAX_TEXT:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The movement's text is too long ({length} characters, at "
                                                    "most {limit})."), length=len(cleaned), limit=MAX_TEXT)
    return cleaned


def assume(actor: Actor, case_id: int, text: str = "", expected_version: int | None = None) -> ChangeSet:
    """A technician (or an administrator) takes an open ticket: assigned to them, in progress (S4-H1).

    Refused to other roles, without write access to the case, for a ticket that is not open
    (already assumed: the refusal says by whom), and for a stale `expected_version`.
    """
    require(actor, Action.TICKET_ASSUME)
    cleaned = _clean_text(K.ASSUME, text)
    with write_transaction():
        case, roles = _load(case_id, actor, Action.TICKET_ASSUME)
        if roles.role_of(case.status_id) != "open":
            _refuse_from(case, roles, K.ASSUME)
        return _move(actor, case, roles, K.ASSUME, cleaned, expected_version, assigned_user=actor.user_id)


def add_movement(actor: Actor, case_id: int, kind: str, text: str = "",
                 expected_version: int | None = None) -> ChangeSet:
    """Records a movement on a ticket; the status and the pending interaction follow (see the table above)."""
    try:
        kind = MovementKind(kind)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown movement kind {kind}."), kind=str(kind)) from None
    if kind == K.ASSUME:
        return assume(actor, case_id, text, expected_version)
    require(actor, Action.CASE_CHANGE_STATUS)
    if kind == K.CLOSE:
        require(actor, Action.CASE_CLOSE)
    cleaned = _clean_text(kind, text)
    with write_transaction():
        case, roles = _load(case_id, actor, Action.CASE_CHANGE_STATUS)
        if roles.role_of(case.status_id) not in _RULES[kind][0]:
            _refuse_from(case, roles, kind)
        return _move(actor, case, roles, kind, cleaned, expected_version)


@dataclass(frozen=True)
class TicketActions:
    """What the actor may do with a ticket now (the GUI enables its actions from this)."""

    is_ticket: bool
    can_assume: bool
    kinds: tuple[str, ...]  # movement kinds allowed now (MOVEMENT_KINDS order)
    number: str = ""


def ticket_actions(actor: Actor, case_id: int) -> TicketActions:
    """Read-only: may the actor assume this case, and which movements may they add (a few small queries)."""
    if not can_see_case(actor, case_id, write=True):
        return TicketActions(False, False, ())
    try:
        case, roles = _load(case_id)
    except (NotFound, UserError):
        return TicketActions(False, False, ())
    role = roles.role_of(case.status_id)
    may_move = allowed(actor, Action.CASE_CHANGE_STATUS)
    kinds = tuple(str(k) for k in MOVEMENT_KINDS
                  if may_move and role in _RULES[k][0] and (k != K.CLOSE or allowed(actor, Action.CASE_CLOSE)))
    return TicketActions(True, role == "open" and allowed(actor, Action.TICKET_ASSUME), kinds, case.number)

