"""What the in-row status drop-down offers (S2-C14): the workflow's moves, and who may take them.

`status_moves` lists exactly `cases.allowed_statuses` for the case, each marked with
whether this actor may take it and, if not, why (a role-restricted close, a transition
reserved to a role). The move itself always goes through `cases.change_status`, which
checks everything again: the list only spares the user a refusal they could foresee.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, PermissionDenied
from desktop_app.models import CancellationReason, Case, Status, Transition
from desktop_app.models.states import StatusKind
from desktop_app.services import cases
from desktop_app.services.context import Actor
from desktop_app.services.permissions import Action, allowed, require_case


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
    system = cases.system_move_refusal(case, current, target)
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
    case = cases.get_case(actor, case_id)  # NotFound, or PermissionDenied without write access
    require_case(actor, Action.CASE_CHANGE_STATUS, case_id)
    current = Status.get_by_id(case.status_id)
    transitions = {t.to_status_id: t for t in Transition.select().where(Transition.from_status == case.status_id)}
    moves = [_move(target, _refusal(actor, case, current, target, transitions[target.id]), transitions[target.id])
             for target in cases.allowed_statuses(case)]
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
