"""Cases: numbering, defaults from the seeds, optimistic locking, status moves, rights, audit."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_app.errors import PermissionDenied, StaleEdit, UserError
from desktop_app.models import AuditEvent, CancellationReason, Case, Contact, Role, Team, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services import cases
from desktop_app.services.context import Actor
from desktop_app.services.permissions import MATRIX, Action, can_see_case


@pytest.fixture
def diag(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


def make_user(login, role, team=None):
    user = User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                       role=Role.get(Role.code == role), team=team)
    return Actor.from_user(user)


def test_numbers_follow_the_series_and_defaults_follow_the_seeds(admin, diag):
    owner = Contact.create(first_name="Louis", last_name="Bernard")
    first, _ = cases.create_case(admin, diag.id, owner=owner.id)
    second, _ = cases.create_case(admin, diag.id)
    assert (first.number, second.number) == ("D25-000001", "D25-000002")
    assert first.internal_ref == "Bernard Louis"  # S2-C2: defaults to the owner's name
    assert first.prescriber_id == owner.id  # S2-C4: the owner is his own prescriber
    assert first.status.name == "A prospecter" and first.version == 1


def test_a_stale_edit_is_refused_and_nothing_is_overwritten(admin, diag):
    case, _ = cases.create_case(admin, diag.id, city="Nantes")
    cases.update_case(admin, case.id, expected_version=1, city="Rennes", amount=Decimal("180.00"))
    with pytest.raises(StaleEdit, match=r"changed by Administrator.*Nothing was saved"):
        cases.update_case(admin, case.id, expected_version=1, city="Brest")
    row = Case.get_by_id(case.id)
    assert (row.city, row.amount, row.version) == ("Rennes", Decimal("180.00"), 2)


def test_edits_write_an_audit_event_in_the_same_transaction(admin, diag):
    case, _ = cases.create_case(admin, diag.id)
    cases.update_case(admin, case.id, 1, subject="DPE + amiante")
    events = list(AuditEvent.select().where(AuditEvent.case == case.id).order_by(AuditEvent.id))
    assert [e.action for e in events] == ["case.create", "case.update"]
    assert json.loads(events[1].details)["fields"] == ["subject"]


def test_read_only_and_unknown_fields_are_refused(admin, diag):
    case, _ = cases.create_case(admin, diag.id)
    for field in ("version", "report_state", "number", "colour"):
        with pytest.raises(UserError, match=field):
            cases.update_case(admin, case.id, 1, **{field: 3})
    with pytest.raises(UserError, match="Decimal"):
        cases.update_case(admin, case.id, 1, amount=12.3)
    with pytest.raises(UserError, match="not an amount"):
        cases.update_case(admin, case.id, 1, amount="douze")
    assert Case.get_by_id(case.id).version == 1


def test_status_moves_only_along_allowed_transitions(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")  # linear dealership sales workflow
    case, _ = cases.create_case(admin, area.id)
    assert [s.code for s in cases.allowed_statuses(case)] == ["order", "closed", "cancelled"]
    with pytest.raises(UserError, match="cannot go from Oferta to Entrega"):
        cases.change_status(admin, case.id, "delivery")
    cases.change_status(admin, case.id, "order")
    assert Case.get_by_id(case.id).status.code == "order"


def test_cancelling_needs_a_reason_and_records_it(admin, diag):
    case, _ = cases.create_case(admin, diag.id)
    with pytest.raises(UserError, match="needs a reason"):
        cases.change_status(admin, case.id, "cancelled")
    reason = CancellationReason.get(CancellationReason.label == "Trop cher")
    cases.change_status(admin, case.id, "cancelled", cancellation_reason_id=reason.id)
    row = Case.get_by_id(case.id)
    assert row.cancellation_reason_id == reason.id and row.closed_at is not None


def test_on_hold_needs_a_reason_and_a_resume_date(admin, offices):
    area = WorkArea.get(WorkArea.code == "SIN")
    case, _ = cases.create_case(admin, area.id)
    with pytest.raises(UserError, match="resume date"):
        cases.change_status(admin, case.id, "on_hold", hold_reason="Esperando al perito")
    cases.change_status(admin, case.id, "on_hold", hold_reason="Esperando al perito",
                        resume_date=dt.date(2026, 12, 1))
    assert Case.get_by_id(case.id).resume_date == dt.date(2026, 12, 1)


def test_advisors_see_only_their_cases_and_cannot_close(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")
    team = Team.create(office=area.office, name="Equipo Norte")
    manager = make_user("manager", RoleCode.SALES_MANAGER, team)
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR, team)
    other = make_user("other", RoleCode.SALES_ADVISOR)
    mine, _ = cases.create_case(advisor, area.id)
    theirs, _ = cases.create_case(other, area.id)
    assert can_see_case(advisor, mine.id) and not can_see_case(advisor, theirs.id)
    assert can_see_case(manager, mine.id) and not can_see_case(manager, theirs.id)  # his team only
    with pytest.raises(PermissionDenied):
        cases.update_case(advisor, theirs.id, 1, city="Alicante")
    with pytest.raises(PermissionDenied):
        cases.change_status(advisor, mine.id, "closed")  # S1-R2: the sales manager closes
    cases.change_status(manager, mine.id, "closed")
    assert Case.get_by_id(mine.id).closed_by_id == manager.user_id


def test_find_by_number_does_not_reveal_hidden_cases(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR)
    hidden, _ = cases.create_case(admin, area.id)
    with pytest.raises(UserError, match=f"No case with number {hidden.number}"):
        cases.find_by_number(advisor, hidden.number)


def test_the_matrix_covers_every_action_with_known_roles():
    assert set(MATRIX) == set(Action)
    for roles in MATRIX.values():
        assert roles <= set(RoleCode)
