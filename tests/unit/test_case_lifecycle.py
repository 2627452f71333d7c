"""Archive, trash, restore and purge of cases: states, rights per role, audit, rows and blob files."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import (
    AccessGrant,
    AuditEvent,
    Blob,
    Case,
    CaseContact,
    Contact,
    Document,
    DocumentVersion,
    IndexField,
    IndexValue,
    Installment,
    Invoice,
    Note,
    Notification,
    Payment,
    Quote,
    Role,
    Team,
    User,
    WorkArea,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.billing import invoices, quotes
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases import case_editing, case_lifecycle
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import
from desktop_app.services.office import check
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def make_user(login, role, team=None):
    with write_transaction():
        user = User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                           role=Role.get(Role.code == role), team=team)
    return Actor.from_user(user)


@pytest.fixture
def diag(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


@pytest.fixture
def people(diag):
    """One user per role; the sales people and the technician share a team."""
    with write_transaction():
        team = Team.create(office=diag.office, name="Ouest")
    return {
        "administrative": make_user("secretary", RoleCode.ADMINISTRATIVE),
        "manager": make_user("manager", RoleCode.SALES_MANAGER, team),
        "advisor": make_user("advisor", RoleCode.SALES_ADVISOR, team),
        "tech": make_user("tech", RoleCode.TECHNICIAN, team),
    }


def new_case(actor, diag, last_name="Martin", **fields):
    with write_transaction():
        owner = Contact.create(first_name="Claire", last_name=last_name)
    case, _ = case_editing.create_case(actor, diag.id, owner=owner.id, city="Nantes", **fields)
    return case


def view_ids(actor, view, search=""):
    return list(case_queries.case_ids(actor, CaseFilter(view=view, search=search)))


def test_archive_leaves_active_list_stays_searchable(admin, diag):
    kept, archived = new_case(admin, diag), new_case(admin, diag, "Lebrun")
    changes = case_lifecycle.archive_cases(admin, [archived.id])
    assert changes.case_ids == {archived.id}
    assert view_ids(admin, ViewMode.ACTIVE) == [kept.id]
    assert view_ids(admin, ViewMode.ARCHIVED) == [archived.id]
    assert view_ids(admin, ViewMode.ARCHIVED, "Lebrun") == [archived.id]
    assert view_ids(admin, ViewMode.ARCHIVED, archived.number) == [archived.id]
    # Still counted: the case row is there, only flagged.
    assert Case.select().count() == 2
    event = AuditEvent.get(AuditEvent.action == "case.archive")
    assert event.case_id == archived.id and json.loads(event.details)["number"] == archived.number

    case_lifecycle.unarchive_cases(admin, [archived.id])
    assert sorted(view_ids(admin, ViewMode.ACTIVE)) == sorted([kept.id, archived.id])
    assert AuditEvent.select().where(AuditEvent.action == "case.unarchive").count() == 1


def test_trash_and_restore(admin, diag):
    case = new_case(admin, diag)
    case_lifecycle.trash_cases(admin, [case.id])
    assert view_ids(admin, ViewMode.ACTIVE) == []
    assert view_ids(admin, ViewMode.ARCHIVED) == []
    assert view_ids(admin, ViewMode.TRASH) == [case.id]
    with pytest.raises(UserError, match="in the trash"):
        case_lifecycle.archive_cases(admin, [case.id])
    case_lifecycle.restore_cases(admin, [case.id])
    assert view_ids(admin, ViewMode.ACTIVE) == [case.id]
    assert [e.action for e in AuditEvent.select().where(AuditEvent.case == case.id)
            .order_by(AuditEvent.id)][-2:] == ["case.trash", "case.restore"]


def test_archived_case_in_trash_goes_back_to_archived(admin, diag):
    case = new_case(admin, diag)
    case_lifecycle.archive_cases(admin, [case.id])
    case_lifecycle.trash_cases(admin, [case.id])
    assert view_ids(admin, ViewMode.ARCHIVED) == []
    case_lifecycle.restore_cases(admin, [case.id])
    assert view_ids(admin, ViewMode.ARCHIVED) == [case.id]


def test_all_or_nothing(admin, diag):
    live, trashed = new_case(admin, diag), new_case(admin, diag)
    case_lifecycle.trash_cases(admin, [trashed.id])
    with pytest.raises(UserError):
        case_lifecycle.archive_cases(admin, [live.id, trashed.id])
    assert not Case.get_by_id(live.id).archived
    with pytest.raises(NotFound):
        case_lifecycle.trash_cases(admin, [live.id, 999_999])
    assert not Case.get_by_id(live.id).trashed
    assert AuditEvent.select().where(AuditEvent.action == "case.archive").count() == 0


@pytest.mark.parametrize(("who", "archive", "trash", "restore_purge"), [
    ("administrative", True, True, False),
    ("manager", True, True, False),
    ("advisor", False, False, False),
    ("tech", False, False, False),
])
def test_rights_per_role(admin, diag, people, who, archive, trash, restore_purge):
    actor = people[who]
    case = new_case(admin, diag, assigned_user=actor.user_id)  # the user can see and change it

    def attempt(call, *args):
        try:
            call(*args)
        except PermissionDenied:
            return False
        return True

    assert attempt(case_lifecycle.archive_cases, actor, [case.id]) is archive
    assert attempt(case_lifecycle.unarchive_cases, actor, [case.id]) is archive
    assert attempt(case_lifecycle.trash_cases, actor, [case.id]) is trash
    case_lifecycle.trash_cases(admin, [case.id])
    assert attempt(case_lifecycle.restore_cases, actor, [case.id]) is restore_purge


def test_admin_restores_and_purges(admin, diag, workspace):
    case = new_case(admin, diag)
    case_lifecycle.trash_cases(admin, [case.id])
    case_lifecycle.restore_cases(admin, [case.id])
    case_lifecycle.trash_cases(admin, [case.id])
    case_lifecycle.purge_cases(workspace, admin, [case.id])
    assert not Case.select().where(Case.id == case.id).exists()


def test_manager_cannot_change_a_case_of_another_team(admin, diag, people):
    case = new_case(admin, diag)  # no team, not assigned: the manager does not see it
    with pytest.raises(PermissionDenied):
        case_lifecycle.archive_cases(people["manager"], [case.id])
    assert not Case.get_by_id(case.id).archived


def test_non_admin_cannot_purge(admin, diag, people, workspace):
    case = new_case(admin, diag, assigned_user=people["administrative"].user_id)
    case_lifecycle.trash_cases(admin, [case.id])
    with pytest.raises(PermissionDenied):
        case_lifecycle.purge_cases(workspace, people["administrative"], [case.id])
    assert Case.select().where(Case.id == case.id).exists()


def test_purge_refused_outside_trash(admin, diag, workspace):
    trashed, live = new_case(admin, diag), new_case(admin, diag)
    case_lifecycle.trash_cases(admin, [trashed.id])
    with pytest.raises(UserError, match="not in the trash") as caught:
        case_lifecycle.purge_cases(workspace, admin, [trashed.id, live.id])
    assert live.number in caught.value.message
    assert Case.select().count() == 2  # nothing purged, not even the trashed one


def test_purge_removes_rows_and_only_unshared_blobs(admin, diag, people, workspace, tmp_path):
    doomed, kept = new_case(admin, diag), new_case(admin, diag, "Lebrun")
    own = make_pdf(tmp_path / "own.pdf", "only in the purged case")
    shared = make_pdf(tmp_path / "shared.pdf", "in both cases")
    newer = make_pdf(tmp_path / "own_v2.pdf", "second version, only in the purged case")
    own_doc, _ = document_import.add_document(workspace, admin, doomed.id, own)
    document_import.add_document(workspace, admin, doomed.id, shared)
    document_import.add_document(workspace, admin, kept.id, shared)
    document_editing.add_version(workspace, admin, own_doc.id, newer)
    shas = {v.number: v.blob_id for v in DocumentVersion.select().where(DocumentVersion.document == own_doc.id)}
    own_sha, v2_sha = shas[1], shas[2]
    shared_sha = Document.get(Document.case == kept.id).blob_id
    quotes.send_quote(admin, doomed.id, Decimal("390.50"))
    invoice, _ = invoices.issue_invoice(admin, doomed.id, [("DPE", Decimal(1), Decimal("325"), Decimal(20))],
                                       installments=2)
    invoices.record_payment(admin, invoice.id, installment_id=invoice.installments[0].id)
    with write_transaction():
        field = IndexField.select().where(IndexField.work_area == diag.id).first()
        IndexValue.create(case=doomed.id, field=field, value="x")
        AccessGrant.create(case=doomed.id, user=people["advisor"].user_id, level="read")
        Note.create(case=doomed.id, author=admin.user_id, text="call back")
        Notification.create(user=people["advisor"].user_id, case=doomed.id, kind="note", text="hi")
    assert CaseContact.select().where(CaseContact.case == doomed.id).exists()
    events_before = AuditEvent.select().where(AuditEvent.case == doomed.id).count()

    case_lifecycle.trash_cases(admin, [doomed.id])
    changes = case_lifecycle.purge_cases(workspace, admin, [doomed.id])

    assert changes.case_ids == {doomed.id}
    assert not Case.select().where(Case.id == doomed.id).exists()
    for model in (Document, Quote, Invoice, CaseContact, IndexValue, AccessGrant, Note, Notification):
        assert not model.select().where(model.case == doomed.id).exists(), model.__name__
    assert not Installment.select().where(Installment.invoice == invoice.id).exists()
    assert not Payment.select().where(Payment.invoice == invoice.id).exists()
    assert not DocumentVersion.select().where(DocumentVersion.document == own_doc.id).exists()
    # The audit trail stays, detached from the deleted case.
    purge = AuditEvent.get(AuditEvent.action == "case.purge")
    assert purge.case_id is None and purge.entity_id == str(doomed.id)
    assert json.loads(purge.details) == {"documents": 2, "number": doomed.number}
    assert AuditEvent.select().count() >= events_before + 2
    # Only the content no remaining document uses is gone, row and file.
    for sha in (own_sha, v2_sha):
        assert not Blob.select().where(Blob.sha256 == sha).exists()
        assert not workspace.blobs.exists(sha)
    assert Blob.select().where(Blob.sha256 == shared_sha).exists()
    assert workspace.blobs.verify(shared_sha)
    assert Case.get_by_id(kept.id).document_count == 1
    report = check.run_check(workspace, admin)
    assert report.problems == []
