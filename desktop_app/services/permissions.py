"""The one permission matrix (role × action) and the case-visibility rule.

Every service calls `require` / `require_case`; hiding a button is never the check.
"""

from __future__ import annotations

from enum import StrEnum

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, PermissionDenied
from desktop_app.models import AccessGrant, Case, ServiceOrder
from desktop_app.models.states import RoleCode
from desktop_app.services.context import Actor

R = RoleCode


class Action(StrEnum):
    CASE_CREATE = "case.create"
    CASE_EDIT = "case.edit"
    CASE_ASSIGN = "case.assign"  # change a case's assigned user or team
    CASE_CHANGE_STATUS = "case.change_status"
    CASE_CLOSE = "case.close"
    CASE_ARCHIVE = "case.archive"
    CASE_TRASH = "case.trash"
    CASE_RESTORE = "case.restore"
    CASE_PURGE = "case.purge"
    DOCUMENT_ADD = "document.add"
    DOCUMENT_CHECK = "document.check"
    DOCUMENT_EDIT = "document.edit"
    REPORT_ACCESS = "report.access"
    BILLING_EDIT = "billing.edit"
    PAYMENT_RECORD = "payment.record"
    SERVICE_ORDER_EDIT = "service_order.edit"
    NOTE_ADD = "note.add"
    USER_MANAGE = "user.manage"
    SETTINGS_EDIT = "settings.edit"
    OFFICE_ADMIN = "office.admin"  # demo generation, backup, restore, repair
    EXPORT = "export"
    TICKET_ASSUME = "ticket.assume"  # take an open ticket before work starts (S4-H1)


ALL = frozenset(R)
MATRIX: dict[Action, frozenset[str]] = {
    Action.CASE_CREATE: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.SALES_MANAGER, R.SALES_ADVISOR}),
    Action.CASE_EDIT: ALL,
    Action.CASE_ASSIGN: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.SALES_MANAGER}),
    Action.CASE_CHANGE_STATUS: ALL,
    Action.CASE_CLOSE: frozenset({R.ADMIN, R.SALES_MANAGER}),  # S1-R2
    Action.CASE_ARCHIVE: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.SALES_MANAGER}),
    Action.CASE_TRASH: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.SALES_MANAGER}),
    Action.CASE_RESTORE: frozenset({R.ADMIN}),  # S2-A2: only an admin works the trash
    Action.CASE_PURGE: frozenset({R.ADMIN}),
    Action.DOCUMENT_ADD: ALL,
    Action.DOCUMENT_CHECK: frozenset({R.ADMIN, R.ADMINISTRATIVE}),  # S1-R1
    Action.DOCUMENT_EDIT: ALL,
    Action.REPORT_ACCESS: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.SALES_MANAGER, R.TECHNICIAN}),
    Action.BILLING_EDIT: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.SALES_MANAGER}),
    Action.PAYMENT_RECORD: frozenset({R.ADMIN, R.ADMINISTRATIVE}),  # S1-R1 payments control
    Action.SERVICE_ORDER_EDIT: frozenset({R.ADMIN, R.ADMINISTRATIVE, R.TECHNICIAN, R.SALES_MANAGER}),
    Action.NOTE_ADD: ALL,
    Action.USER_MANAGE: frozenset({R.ADMIN}),
    Action.SETTINGS_EDIT: frozenset({R.ADMIN}),
    Action.OFFICE_ADMIN: frozenset({R.ADMIN}),
    Action.EXPORT: ALL,
    Action.TICKET_ASSUME: frozenset({R.ADMIN, R.TECHNICIAN}),
}

# Roles that see every case of the office.
SEES_ALL = frozenset({R.ADMIN, R.ADMINISTRATIVE})


def allowed(actor: Actor, action: Action) -> bool:
    return actor.role in MATRIX[action]


def require(actor: Actor, action: Action) -> None:
    if not allowed(actor, action):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "User {login} ({role}) may not do {action}."),
            login=actor.login, role=actor.role, action=str(action))


def visible_cases(actor: Actor, *, write: bool = False) -> pw.Expression | None:
    """A WHERE clause on Case limiting it to what the actor may see (or, with `write`, change).

    None means every case. A read-level grant lets a user see a case, not change it.
    """
    if actor.role in SEES_ALL:
        return None
    grant_to = AccessGrant.user == actor.user_id
    if actor.team_id is not None:
        grant_to = grant_to | (AccessGrant.team == actor.team_id)
    if write:
        grant_to = grant_to & (AccessGrant.level == "write")
    granted = AccessGrant.select(AccessGrant.case).where(grant_to)
    own = (Case.assigned_user == actor.user_id) | (Case.created_by == actor.user_id)
    if actor.role == R.SALES_MANAGER and actor.team_id is not None:
        own = own | (Case.team == actor.team_id)
    if actor.role == R.TECHNICIAN:
        own = own | Case.id.in_(
            ServiceOrder.select(ServiceOrder.case).where(ServiceOrder.technician == actor.user_id))
    return own | Case.id.in_(granted)


def can_see_case(actor: Actor, case_id: int, *, write: bool = False) -> bool:
    clause = visible_cases(actor, write=write)
    query = Case.select(Case.id).where(Case.id == case_id)
    if clause is not None:
        query = query.where(clause)
    return query.exists()


def require_case(actor: Actor, action: Action, case_id: int, *, write: bool = True) -> None:
    """The action is in the actor's role, and the case is one the actor may change (or see)."""
    require(actor, action)
    if not can_see_case(actor, case_id, write=write):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "User {login} has no access to this case."),
            login=actor.login)


def can_edit_case(actor: Actor, case_id: int) -> bool:
    """Whether the actor may change this case's fields (what `require_case(write=True)` allows)."""
    return allowed(actor, Action.CASE_EDIT) and can_see_case(actor, case_id, write=True)
