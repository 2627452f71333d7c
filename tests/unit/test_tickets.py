"""ISP tickets: assumed by a technician before work starts (S4-H1); status (S4-F21) and pending
interaction (S4-F20) derived from the movements, never typed."""

from __future__ import annotations

import threading

import pytest

from desktop_app.errors import PermissionDenied, StaleEdit, UserError
from desktop_app.models import (
    AccessGrant,
    AuditEvent,
    CancellationReason,
    Case,
    Communication,
    Role,
    Status,
    User,
    WorkArea,
    db,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import case_editing, status_moves, timeline
from desktop_app.services.context import Actor
from desktop_app.services.helpdesk import tickets
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def _user(login: str, role: str, name: str) -> Actor:
    with write_transaction():
        user = User.create(login=login, full_name=name, initials=login[:2].upper(), role=Role.get(Role.code == role))
    return Actor.from_user(user)


@pytest.fixture
def desk(offices, admin):
    """An ISP ticket, open, that two technicians, a clerk, a manager and an advisor may all change."""
    area = WorkArea.get(WorkArea.code == "ATD")
    ticket, _ = case_editing.create_case(admin, area.id, subject="Sem conexão")
    people = {
        "tech": _user("tech7", RoleCode.TECHNICIAN, "Rafael Souza"),
        "tech2": _user("tech8", RoleCode.TECHNICIAN, "Paula Lima"),
        "clerk": _user("clerk", RoleCode.ADMINISTRATIVE, "Clara Dias"),
        "manager": _user("manager", RoleCode.SALES_MANAGER, "Marcos Reis"),
        "advisor": _user("advisor", RoleCode.SALES_ADVISOR, "Ana Prado"),
    }
    with write_transaction():
        for actor in people.values():
            AccessGrant.create(case=ticket.id, user=actor.user_id, level="write")
    people["admin"] = admin
    return ticket.id, people


def _state(case_id: int) -> tuple[str, str]:
    case = Case.get_by_id(case_id)
    return Status.get_by_id(case.status_id).code, case.pending_interaction


def _written() -> tuple[int, int, int]:
    return AuditEvent.select().count(), Communication.select().count(), Case.select(Case.version).scalar()


def test_the_isp_preset_marks_the_ticket_statuses_system_only(offices):
    flags = {s.code: s.system_only for s in Status.select().join(Status.workflow.rel_model).join(WorkArea)
             .where(WorkArea.code == "ATD")}
    assert flags == {"open": True, "assumed": True, "resolved": True, "closed": True, "cancelled": False}
    assert not Status.select().join(Status.workflow.rel_model).join(WorkArea).where(
        (WorkArea.code != "ATD") & Status.system_only).exists()
    assert presets.ISP_SYSTEM_STATUSES == ("open", "assumed", "resolved", "closed")


def test_a_technician_assumes_an_open_ticket(desk):
    case_id, people = desk
    tech = people["tech"]
    version = Case.get_by_id(case_id).version
    tickets.assume(tech, case_id, expected_version=version)
    case = Case.get_by_id(case_id)
    assert _state(case_id) == ("assumed", "internal")
    assert case.assigned_user_id == tech.user_id and case.version == version + 1
    movement = Communication.get(Communication.case == case_id)
    assert (movement.channel, movement.direction, movement.by_id) == ("movement", "assume", tech.user_id)
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.case == case_id).order_by(AuditEvent.id)]
    assert actions[-2:] == ["case.status", "ticket.assume"]
    assert tickets.ticket_actions(tech, case_id).can_assume is False


def test_a_second_technician_is_told_who_has_it(desk):
    case_id, people = desk
    version = Case.get_by_id(case_id).version
    tickets.assume(people["tech"], case_id, expected_version=version)
    before = _written()
    with pytest.raises(UserError) as refused:
        tickets.assume(people["tech2"], case_id, expected_version=version)  # read before the first assume
    assert "Rafael Souza" in refused.value.message and "already assumed" in refused.value.message
    assert _written() == before
    assert Case.get_by_id(case_id).assigned_user_id == people["tech"].user_id


def test_two_technicians_assuming_at_once_one_wins(desk):
    case_id, people = desk
    version = Case.get_by_id(case_id).version
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def attempt(key: str) -> None:
        with db.connection_context():
            barrier.wait()
            try:
                tickets.assume(people[key], case_id, expected_version=version)
                outcomes[key] = "assumed"
            except UserError as exc:
                outcomes[key] = exc

    threads = [threading.Thread(target=attempt, args=(key,)) for key in ("tech", "tech2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(str(v) == "assumed" for v in outcomes.values()) == [False, True], outcomes
    winner = next(k for k, v in outcomes.items() if v == "assumed")
    assert Case.get_by_id(case_id).assigned_user_id == people[winner].user_id
    assert Communication.select().where(Communication.direction == "assume").count() == 1


@pytest.mark.parametrize("who", ["clerk", "manager", "advisor"])
def test_only_a_technician_or_an_admin_assumes(desk, who):
    case_id, people = desk
    before = _written()
    with pytest.raises(PermissionDenied):
        tickets.assume(people[who], case_id)
    assert _written() == before and _state(case_id) == ("open", "none")
    assert tickets.ticket_actions(people[who], case_id).can_assume is False


def test_an_admin_may_assume(desk):
    case_id, people = desk
    tickets.assume(people["admin"], case_id)
    assert _state(case_id)[0] == "assumed"


def test_without_access_to_the_ticket_nobody_assumes(desk):
    case_id, _people = desk
    stranger = _user("tech9", RoleCode.TECHNICIAN, "Sem Acesso")
    advisor = _user("advisor9", RoleCode.SALES_ADVISOR, "Sem Acesso Também")
    for actor in (stranger, advisor):
        with pytest.raises(PermissionDenied):
            tickets.assume(actor, case_id)
    assert _state(case_id) == ("open", "none")
    assert tickets.ticket_actions(stranger, case_id) == tickets.TicketActions(False, False, ())


def test_a_case_that_is_not_a_ticket_is_not_assumed(offices, admin):
    diag, _ = case_editing.create_case(admin, WorkArea.get(WorkArea.code == "DIAG").id)
    with pytest.raises(UserError, match="not a ticket"):
        tickets.assume(admin, diag.id)
    with pytest.raises(UserError, match="not a ticket"):
        tickets.add_movement(admin, diag.id, "note", "x")


def _bring_to(case_id: int, people: dict, role: str) -> None:
    if role in ("assumed", "resolved", "closed"):
        tickets.assume(people["tech"], case_id)
    if role in ("resolved", "closed"):
        tickets.add_movement(people["tech"], case_id, "solution", "ONU trocada")
    if role == "closed":
        tickets.add_movement(people["admin"], case_id, "close")


# (status before, movement) → (status after, pending interaction after); None: refused
TABLE = {
    ("open", "note"): ("open", "none"),
    ("open", "customer"): ("open", "internal"),
    ("open", "reply"): None,
    ("open", "solution"): None,
    ("open", "close"): None,
    ("assumed", "note"): ("assumed", "internal"),
    ("assumed", "reply"): ("assumed", "external"),
    ("assumed", "customer"): ("assumed", "internal"),
    ("assumed", "solution"): ("resolved", "external"),
    ("assumed", "close"): ("closed", "none"),
    ("resolved", "note"): ("resolved", "external"),
    ("resolved", "reply"): ("resolved", "external"),
    ("resolved", "customer"): ("assumed", "internal"),  # the customer answers a solution: back in progress
    ("resolved", "solution"): ("resolved", "external"),
    ("resolved", "close"): ("closed", "none"),
    ("closed", "note"): None,
    ("closed", "customer"): None,
    ("closed", "reply"): None,
}


@pytest.mark.parametrize(("start", "kind"), sorted(TABLE))
def test_each_movement_derives_the_status_and_the_pending_interaction(desk, start, kind):
    case_id, people = desk
    _bring_to(case_id, people, start)
    actor = people["admin"] if kind == "close" else people["tech2"]
    expected = TABLE[(start, kind)]
    before = _written()
    if expected is None:
        with pytest.raises(UserError):
            tickets.add_movement(actor, case_id, kind, "Texto do movimento")
        assert _written() == before
        assert kind not in tickets.ticket_actions(people["admin"], case_id).kinds
        return
    assert kind in tickets.ticket_actions(people["admin"], case_id).kinds
    tickets.add_movement(actor, case_id, kind, "Texto do movimento")
    assert _state(case_id) == expected
    movement = Communication.select().order_by(Communication.id.desc()).first()
    assert (movement.direction, movement.body, movement.by_id) == (kind, "Texto do movimento", actor.user_id)
    case = Case.get_by_id(case_id)
    assert case.version == before[2] + 1
    if expected[0] == "closed":
        assert case.closed_by_id == actor.user_id and case.closed_at is not None


def test_closing_needs_the_close_right(desk):
    case_id, people = desk
    _bring_to(case_id, people, "resolved")
    before = _written()
    with pytest.raises(PermissionDenied):
        tickets.add_movement(people["tech"], case_id, "close", "Fechando")
    assert _written() == before
    assert "close" not in tickets.ticket_actions(people["tech"], case_id).kinds
    tickets.add_movement(people["manager"], case_id, "close", "")
    assert _state(case_id) == ("closed", "none")


def test_bad_movements_are_refused_with_a_reason(desk):
    case_id, people = desk
    _bring_to(case_id, people, "assumed")
    with pytest.raises(UserError, match="Unknown movement kind"):
        tickets.add_movement(people["tech"], case_id, "shout", "x")
    with pytest.raises(UserError, match="empty"):
        tickets.add_movement(people["tech"], case_id, "reply", "   ")
    with pytest.raises(StaleEdit):
        tickets.add_movement(people["tech"], case_id, "reply", "Olá", expected_version=1)
    assert _state(case_id) == ("assumed", "internal")


def test_typing_a_move_into_or_out_of_a_system_status_is_refused(desk):
    case_id, people = desk
    admin = people["admin"]
    with pytest.raises(UserError, match="set by the system from the ticket's movements"):
        status_moves.change_status(admin, case_id, "assumed")
    moves = {m.code: m for m in status_moves.status_moves(admin, case_id).moves}
    assert not moves["assumed"].permitted and "set by the system" in moves["assumed"].refusal.message
    assert moves["cancelled"].permitted  # cancelling stays a person's decision, with its reason
    _bring_to(case_id, people, "assumed")
    with pytest.raises(UserError, match="set by the system"):
        status_moves.change_status(admin, case_id, "resolved")
    with pytest.raises(UserError, match="set by the system"):
        status_moves.change_status(admin, case_id, "open")
    with pytest.raises(UserError, match="pending interaction"):
        case_editing.update_case(admin, case_id, Case.get_by_id(case_id).version, pending_interaction="none")
    assert _state(case_id) == ("assumed", "internal")
    reason = CancellationReason.select().where(CancellationReason.work_area == Case.get_by_id(case_id).work_area_id)
    status_moves.change_status(admin, case_id, "cancelled", cancellation_reason_id=reason.first().id)
    assert _state(case_id)[0] == "cancelled"
    with pytest.raises(UserError, match="set by the system"):
        status_moves.change_status(admin, case_id, "open")  # reopening would type a system status
    with pytest.raises(UserError):
        tickets.add_movement(admin, case_id, "note", "depois de cancelado")


def test_other_work_areas_still_type_their_statuses(offices, admin):
    diag, _ = case_editing.create_case(admin, WorkArea.get(WorkArea.code == "DIAG").id)
    status_moves.change_status(admin, diag.id, "to_quote")
    assert Case.get_by_id(diag.id).status.code == "to_quote"


def test_the_timeline_shows_each_movement_with_who_when_and_what(desk):
    case_id, people = desk
    tickets.assume(people["tech"], case_id, "Vou verificar a OLT")
    tickets.add_movement(people["tech"], case_id, "solution", "Conector trocado")
    entries = timeline.case_timeline(people["admin"], case_id)
    movements = [e for e in entries if e.kind == "movement"]
    assert [(e.action, e.text, e.who) for e in movements] == [
        ("solution", "Conector trocado", "Rafael Souza"), ("assume", "Vou verificar a OLT", "Rafael Souza")]
    assert all(e.when is not None for e in movements)
    statuses = [(e.before, e.after) for e in entries if e.action == "case.status"]
    assert statuses == [("Em andamento", "Resolvido"), ("Aberto", "Em andamento")]
    assert not [e for e in entries if e.action.startswith("ticket.")]  # listed once, as movements
    shown = [(e.kind, e.action) for e in entries[:2]]
    assert shown == [("movement", "solution"), ("audit", "case.status")]  # the movement, then what it moved
