"""Cases: numbering, defaults from the seeds, optimistic locking, status moves, rights, audit."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_app.errors import PermissionDenied, StaleEdit, UserError
from desktop_app.models import (
    AuditEvent,
    CancellationReason,
    Case,
    Contact,
    Role,
    Status,
    Team,
    User,
    WorkArea,
)
from desktop_app.models.states import RoleCode, StatusKind
from desktop_app.services.cases import case_editing, status_moves
from desktop_app.services.context import Actor
from desktop_app.services.people import auth
from desktop_app.services.permissions import MATRIX, Action, can_see_case
from desktop_app.storage.database import write_transaction

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def diag(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


def make_user(login, role, team=None):
    user = User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                       role=Role.get(Role.code == role), team=team)
    return Actor.from_user(user)


def add_required_documents(actor, case, type_codes):
    import tempfile
    from pathlib import Path

    from fpdf import FPDF

    from desktop_app.models import DocumentType
    from desktop_app.services.context import Workspace
    from desktop_app.services.documents import document_import
    from desktop_app.storage.blobs import BlobStore

    folder = Path(tempfile.mkdtemp())
    workspace = Workspace(folder, None, "", BlobStore(folder / "blobs"))
    for code in type_codes:
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(0, 10, f"{code} of {case.number}")
        pdf.output(str(folder / f"{code}.pdf"))
        doc_type = DocumentType.get((DocumentType.work_area == case.work_area_id) & (DocumentType.code == code))
        document_import.add_document(workspace, actor, case.id, folder / f"{code}.pdf", document_type_id=doc_type.id)


def test_numbers_follow_the_series_and_defaults_follow_the_seeds(admin, diag):
    owner = Contact.create(first_name="Louis", last_name="Bernard")
    first, _ = case_editing.create_case(admin, diag.id, owner=owner.id)
    second, _ = case_editing.create_case(admin, diag.id)
    assert (first.number, second.number) == ("D25-000001", "D25-000002")
    assert first.internal_ref == "Bernard Louis"  # S2-C2: defaults to the owner's name
    assert first.prescriber_id == owner.id  # S2-C4: the owner is his own prescriber
    assert first.status.name == "A prospecter" and first.version == 1


def test_a_stale_edit_is_refused_and_nothing_is_overwritten(admin, diag):
    case, _ = case_editing.create_case(admin, diag.id, city="Nantes")
    case_editing.update_case(admin, case.id, expected_version=1, city="Rennes", amount=Decimal("180.00"))
    with pytest.raises(StaleEdit, match=r"changed by Administrator.*Nothing was saved"):
        case_editing.update_case(admin, case.id, expected_version=1, city="Brest")
    row = Case.get_by_id(case.id)
    assert (row.city, row.amount, row.version) == ("Rennes", Decimal("180.00"), 2)


def test_edits_write_an_audit_event_in_the_same_transaction(admin, diag):
    case, _ = case_editing.create_case(admin, diag.id)
    case_editing.update_case(admin, case.id, 1, subject="DPE + amiante")
    events = list(AuditEvent.select().where(AuditEvent.case == case.id).order_by(AuditEvent.id))
    assert [e.action for e in events] == ["case.create", "case.update"]
    assert json.loads(events[1].details)["fields"] == ["subject"]


def test_read_only_and_unknown_fields_are_refused(admin, diag):
    case, _ = case_editing.create_case(admin, diag.id)
    for field in ("version", "report_state", "number", "colour"):
        with pytest.raises(UserError, match=field):
            case_editing.update_case(admin, case.id, 1, **{field: 3})
    with pytest.raises(UserError, match="Decimal"):
        case_editing.update_case(admin, case.id, 1, amount=12.3)
    with pytest.raises(UserError, match="not an amount"):
        case_editing.update_case(admin, case.id, 1, amount="douze")
    assert Case.get_by_id(case.id).version == 1


def test_status_moves_only_along_allowed_transitions(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")  # linear dealership sales workflow
    case, _ = case_editing.create_case(admin, area.id)
    assert [s.code for s in status_moves.allowed_statuses(case)] == ["order", "closed", "cancelled"]
    with pytest.raises(UserError, match="cannot go from Oferta to Entrega"):
        status_moves.change_status(admin, case.id, "delivery")
    status_moves.change_status(admin, case.id, "order")
    assert Case.get_by_id(case.id).status.code == "order"


def test_cancelling_needs_a_reason_and_records_it(admin, diag):
    case, _ = case_editing.create_case(admin, diag.id)
    with pytest.raises(UserError, match="needs a reason"):
        status_moves.change_status(admin, case.id, "cancelled")
    reason = CancellationReason.get(CancellationReason.label == "Trop cher")
    status_moves.change_status(admin, case.id, "cancelled", cancellation_reason_id=reason.id)
    row = Case.get_by_id(case.id)
    assert row.cancellation_reason_id == reason.id and row.closed_at is not None


def test_on_hold_needs_a_reason_and_a_resume_date(admin, offices):
    area = WorkArea.get(WorkArea.code == "SIN")
    case, _ = case_editing.create_case(admin, area.id)
    with pytest.raises(UserError, match="resume date"):
        status_moves.change_status(admin, case.id, "on_hold", hold_reason="Esperando al perito")
    status_moves.change_status(admin, case.id, "on_hold", hold_reason="Esperando al perito",
                        resume_date=dt.date(2026, 12, 1))
    assert Case.get_by_id(case.id).resume_date == dt.date(2026, 12, 1)


def test_advisors_see_only_their_cases_and_cannot_close(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")
    team = Team.create(office=area.office, name="Equipo Norte")
    manager = make_user("manager", RoleCode.SALES_MANAGER, team)
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR, team)
    other = make_user("other", RoleCode.SALES_ADVISOR)
    mine, _ = case_editing.create_case(advisor, area.id)
    theirs, _ = case_editing.create_case(other, area.id)
    assert can_see_case(advisor, mine.id) and not can_see_case(advisor, theirs.id)
    assert can_see_case(manager, mine.id) and not can_see_case(manager, theirs.id)  # his team only
    with pytest.raises(PermissionDenied):
        case_editing.update_case(advisor, theirs.id, 1, city="Alicante")
    with pytest.raises(PermissionDenied):
        status_moves.change_status(advisor, mine.id, "closed")  # S1-R2: the sales manager closes
    add_required_documents(advisor, mine, ("order_form", "invoice"))
    status_moves.change_status(manager, mine.id, "closed")
    assert Case.get_by_id(mine.id).closed_by_id == manager.user_id


def test_find_by_number_does_not_reveal_hidden_cases(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR)
    hidden, _ = case_editing.create_case(admin, area.id)
    with pytest.raises(UserError, match=f"No case with number {hidden.number}"):
        case_editing.find_by_number(advisor, hidden.number)


def test_the_matrix_covers_every_action_with_known_roles():
    assert set(MATRIX) == set(Action)
    for roles in MATRIX.values():
        assert roles <= set(RoleCode)


def test_a_status_whose_documents_are_missing_is_refused_with_the_list(admin, diag):
    case, _ = case_editing.create_case(admin, diag.id)
    with pytest.raises(UserError, match="cannot go to Finalisé: missing Rapport, Facture"):
        status_moves.change_status(admin, case.id, "finalised")
    add_required_documents(admin, case, ("report",))
    with pytest.raises(UserError, match=r"missing Facture\.$"):
        status_moves.change_status(admin, case.id, "finalised")
    add_required_documents(admin, case, ("invoice",))
    status_moves.change_status(admin, case.id, "finalised")
    assert Case.get_by_id(case.id).status.code == "finalised"


def test_reopening_forgets_the_cancellation_and_leaving_a_hold_forgets_it(admin, diag):
    case, _ = case_editing.create_case(admin, diag.id)
    reason = CancellationReason.get(CancellationReason.label == "Trop cher")
    status_moves.change_status(admin, case.id, "cancelled", cancellation_reason_id=reason.id)
    status_moves.change_status(admin, case.id, "to_prospect")
    row = Case.get_by_id(case.id)
    assert (row.closed_at, row.closed_by_id, row.cancellation_reason_id) == (None, None, None)
    status_moves.change_status(admin, case.id, "analysis", hold_reason="Laboratoire", resume_date=dt.date(2026, 12, 5))
    status_moves.change_status(admin, case.id, "to_quote")
    row = Case.get_by_id(case.id)
    assert (row.hold_reason, row.resume_date) == ("", None)


def test_changing_or_removing_the_owner_keeps_name_and_links_in_step(admin, diag):
    from desktop_app.models import CaseContact

    first = Contact.create(first_name="Ana", last_name="Pérez")
    second = Contact.create(first_name="Luis", last_name="Soto")
    case, _ = case_editing.create_case(admin, diag.id, owner=first.id)
    case_editing.update_case(admin, case.id, 1, owner=second.id)
    owners = list(CaseContact.select().where((CaseContact.case == case.id) & (CaseContact.role == "owner")))
    assert [link.contact_id for link in owners] == [second.id]
    case_editing.update_case(admin, case.id, 2, owner=None)
    row = Case.get_by_id(case.id)
    assert (row.owner_id, row.owner_name) == (None, "")
    assert not CaseContact.select().where((CaseContact.case == case.id) & (CaseContact.role == "owner")).exists()


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-5", "1e15", "abc"])
def test_amounts_that_are_not_money_are_refused(admin, diag, value):
    case, _ = case_editing.create_case(admin, diag.id)
    with pytest.raises(UserError, match="amount"):
        case_editing.update_case(admin, case.id, 1, amount=value)
    assert Case.get_by_id(case.id).version == 1


def test_a_read_grant_shows_a_case_but_does_not_allow_changing_it(admin, offices):
    from desktop_app.models import AccessGrant

    area = WorkArea.get(WorkArea.code == "VN")
    owner = make_user("owner", RoleCode.SALES_ADVISOR)
    reader = make_user("reader", RoleCode.SALES_ADVISOR)
    case, _ = case_editing.create_case(owner, area.id)
    AccessGrant.create(case=case.id, user=reader.user_id, level="read")
    assert can_see_case(reader, case.id) and not can_see_case(reader, case.id, write=True)
    with pytest.raises(PermissionDenied):
        case_editing.update_case(reader, case.id, 1, subject="not mine")
    AccessGrant.update(level="write").execute()
    case_editing.update_case(reader, case.id, 1, subject="now I may")


def test_advisors_cannot_move_a_case_to_another_team(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")
    team = Team.create(office=area.office, name="Equipo Sur")
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR)
    case, _ = case_editing.create_case(advisor, area.id)
    with pytest.raises(PermissionDenied, match="reassign"):
        case_editing.update_case(advisor, case.id, 1, team=team.id)



def test_advisors_create_cases_only_for_themselves(admin, offices):
    area = WorkArea.get(WorkArea.code == "VN")
    team = Team.create(office=area.office, name="Equipo Sur")
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR)
    colleague = make_user("colleague", RoleCode.SALES_ADVISOR)
    before = Case.select().count()
    for fields in ({"assigned_user": colleague.user_id}, {"team": team.id}):
        with pytest.raises(PermissionDenied, match="reassign"):
            case_editing.create_case(advisor, area.id, **fields)
    assert Case.select().count() == before
    own, _ = case_editing.create_case(advisor, area.id, assigned_user=advisor.user_id)
    assert own.assigned_user_id == advisor.user_id
    for_colleague, _ = case_editing.create_case(admin, area.id, assigned_user=colleague.user_id, team=team.id)
    assert (for_colleague.assigned_user_id, for_colleague.team_id) == (colleague.user_id, team.id)

def test_a_cancellation_reason_from_another_work_area_is_refused(offices, admin):
    from desktop_app.models import CancellationReason, Case, WorkArea
    diag = WorkArea.get(WorkArea.code == "DIAG")
    other = CancellationReason.select().where(CancellationReason.work_area != diag.id).first()
    assert other is not None
    case, _ = case_editing.create_case(admin, diag.id, city="Nantes")
    cancelled = (Status.select().where((Status.workflow == Case.get_by_id(case.id).status.workflow)
                                       & (Status.kind == StatusKind.CLOSED_CANCELLED)).first())
    with pytest.raises(UserError):
        status_moves.change_status(admin, case.id, cancelled.code, cancellation_reason_id=other.id)
    assert Case.get_by_id(case.id).status_id == case.status_id


def test_changing_amounts_needs_billing_rights(offices, admin):
    diag = WorkArea.get(WorkArea.code == "DIAG")
    with write_transaction():
        tech = User.create(login="tech9", full_name="Tech Nine", initials="TN",
                           role=Role.get(Role.code == RoleCode.TECHNICIAN))
    case, _ = case_editing.create_case(admin, diag.id, city="Nantes", assigned_user=tech.id)
    actor = auth.actor_for_login("tech9")
    with pytest.raises(PermissionDenied):
        case_editing.update_case(actor, case.id, case.version, amount=Decimal("1.00"))
    assert Case.get_by_id(case.id).amount == case.amount


def test_a_move_marked_as_needing_a_reason_is_refused_without_one_and_the_reason_is_kept(admin, diag):
    from desktop_app.models import Transition
    from desktop_app.services.cases import status_moves, timeline

    case, _ = case_editing.create_case(admin, diag.id)
    target = Status.get((Status.workflow == case.status.workflow_id) & (Status.code == "to_quote"))
    with write_transaction():
        Transition.update(requires_reason=True).where(
            (Transition.from_status == case.status_id) & (Transition.to_status == target.id)).execute()
    move = next(m for m in status_moves.status_moves(admin, case.id).moves if m.code == "to_quote")
    assert move.needs_free_reason and not move.needs_reason and not move.needs_hold
    for blank in ("", "   "):
        with pytest.raises(UserError, match="needs a reason"):
            status_moves.change_status(admin, case.id, "to_quote", reason=blank)
    assert Case.get_by_id(case.id).status_id == case.status_id and Case.get_by_id(case.id).version == 1
    status_moves.change_status(admin, case.id, "to_quote", reason="  Owner called back  ")
    event = AuditEvent.select().where(AuditEvent.action == "case.status").order_by(AuditEvent.id.desc()).first()
    assert json.loads(event.details)["reason"] == "Owner called back"
    entry = next(e for e in timeline.case_timeline(admin, case.id) if e.action == "case.status")
    assert (entry.after, entry.text) == (target.name, "Owner called back")
    # a cancellation's reason and a hold's reason and date reach the history the same way
    reason = CancellationReason.select().where(CancellationReason.work_area == diag.id).first()
    status_moves.change_status(admin, case.id, "cancelled", cancellation_reason_id=reason.id)
    entry = next(e for e in timeline.case_timeline(admin, case.id) if e.action == "case.status")
    assert entry.text == reason.label
