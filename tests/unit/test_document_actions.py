"""Document actions: rename, type, check, trash, versions, copies; rights, audit, bad input."""

from __future__ import annotations

import json
import stat

import pytest
from fpdf import FPDF
from PIL import Image

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import AuditEvent, Case, Document, DocumentType, DocumentVersion, Role, User, WorkArea
from desktop_app.models.states import ReportState, RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_copies, document_editing, document_import, document_list
from desktop_app.services.office import check
from desktop_app.services.status_icons import icon_states

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def make_user(login: str, role: str) -> Actor:
    user = User.create(login=login, full_name=login.title() + " Person", initials=login[:2].upper(),
                       role=Role.get(Role.code == role))
    return Actor.from_user(user)


def pdf(path, text, pages=1):
    doc = FPDF()
    doc.set_font("helvetica", size=12)
    for page in range(pages):
        doc.add_page()
        doc.cell(0, 10, f"{text} {page + 1}")
    doc.output(str(path))
    return path


@pytest.fixture
def setup(offices, admin, tmp_path):
    area = WorkArea.get(WorkArea.code == "DIAG")
    tech = make_user("tech", RoleCode.TECHNICIAN)
    clerk = make_user("clerk", RoleCode.ADMINISTRATIVE)
    mine, _ = create_case(admin, area.id, internal_ref="Assigned to tech", assigned_user=tech.user_id)
    other, _ = create_case(admin, area.id, internal_ref="Not tech's")
    report_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "report"))
    photo_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "photo"))
    report, _ = document_import.add_document(offices, admin, other.id, pdf(tmp_path / "rapport.pdf", "Rapport"),
                                       document_type_id=report_type.id)
    photo_path = tmp_path / "facade.png"
    Image.new("RGB", (40, 30), (10, 200, 30)).save(photo_path)
    photo, _ = document_import.add_document(offices, admin, other.id, photo_path)
    return dict(workspace=offices, admin=admin, tech=tech, clerk=clerk, mine=mine, other=other,
                report=report, photo=photo, report_type=report_type, photo_type=photo_type, tmp=tmp_path)


def last_event(action):
    return AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id.desc()).first()


def test_rename_persists_audits_and_refuses_bad_titles(setup):
    s = setup
    changes = document_editing.rename_document(s["clerk"], s["photo"].id, "  Façade   nord ")
    assert Document.get_by_id(s["photo"].id).title == "Façade nord"
    assert changes.document_ids == {s["photo"].id}
    event = last_event("document.rename")
    assert event.user_id == s["clerk"].user_id and event.case_id == s["other"].id
    assert json.loads(event.details) == {"old": "facade", "new": "Façade nord"}
    with pytest.raises(UserError, match="Title: a document needs a title"):
        document_editing.rename_document(s["clerk"], s["photo"].id, "   ")
    with pytest.raises(UserError, match="Title: at most 300 characters"):
        document_editing.rename_document(s["clerk"], s["photo"].id, "x" * 301)
    with pytest.raises(PermissionDenied, match="tech has no access"):
        document_editing.rename_document(s["tech"], s["photo"].id, "Mine now")
    assert Document.get_by_id(s["photo"].id).title == "Façade nord"


def test_change_type_moves_the_report_icon_and_refuses_a_type_of_another_area(setup):
    s = setup
    case_id = s["other"].id
    assert Case.get_by_id(case_id).report_state == ReportState.AVAILABLE
    changes = document_editing.set_document_type(s["admin"], s["report"].id, s["photo_type"].id)
    assert changes.states_changed
    assert Case.get_by_id(case_id).report_state == ReportState.NONE  # no report document any more
    assert Document.get_by_id(s["report"].id).document_type_id == s["photo_type"].id
    assert json.loads(last_event("document.set_type").details)["type"] == "Photo"
    foreign = DocumentType.select().join(WorkArea).where(WorkArea.code != "DIAG").first()
    with pytest.raises(UserError, match=r"Type: document type \d+ does not belong to the work area"):
        document_editing.set_document_type(s["admin"], s["report"].id, foreign.id)
    document_editing.set_document_type(s["admin"], s["report"].id, None)
    assert Document.get_by_id(s["report"].id).document_type_id is None
    with pytest.raises(PermissionDenied):
        document_editing.set_document_type(s["tech"], s["report"].id, s["report_type"].id)
    assert icon_states.drift([case_id]) == []


def test_check_records_who_and_when_and_is_for_administrative_staff(setup):
    s = setup
    ids = [s["report"].id, s["photo"].id]
    changes = document_editing.set_checked(s["clerk"], ids, True)
    assert changes.document_ids == set(ids)
    rows = {row.id: row for row in document_list.documents_of_case(s["admin"], s["other"].id)}
    assert rows[s["photo"].id].checked_by_name == "Clerk Person"
    assert rows[s["photo"].id].checked_at is not None
    assert AuditEvent.select().where(AuditEvent.action == "document.check").count() == 2
    # An advisor may change documents but not check them (S1-R1); nothing half-written.
    advisor = make_user("adv", RoleCode.SALES_ADVISOR)
    with pytest.raises(PermissionDenied, match=r"adv \(sales_advisor\) may not do document.check"):
        document_editing.set_checked(advisor, ids, False)
    document_editing.set_checked(s["clerk"], [s["photo"].id], False)
    photo = Document.get_by_id(s["photo"].id)
    assert photo.checked_at is None and photo.checked_by_id is None
    assert Document.get_by_id(s["report"].id).checked_at is not None
    assert last_event("document.uncheck").entity_id == str(s["photo"].id)


def test_trash_recomputes_count_and_report_state(setup):
    s = setup
    case_id = s["other"].id
    assert Case.get_by_id(case_id).document_count == 2
    with pytest.raises(PermissionDenied):
        document_editing.trash_document(s["tech"], s["report"].id)
    changes = document_editing.trash_document(s["admin"], s["report"].id)
    case = Case.get_by_id(case_id)
    assert (case.document_count, case.report_state) == (1, ReportState.NONE)
    assert changes.states_changed and Document.get_by_id(s["report"].id).trashed
    assert last_event("document.trash").case_id == case_id
    assert [row.id for row in document_list.documents_of_case(s["admin"], case_id)] == [s["photo"].id]
    with pytest.raises(NotFound):  # it is in the trash now
        document_editing.rename_document(s["admin"], s["report"].id, "Back")
    assert icon_states.drift() == []


def test_a_new_version_keeps_the_old_one_and_the_store_stays_clean(setup):
    s = setup
    report = s["report"]
    document_editing.set_checked(s["clerk"], [report.id], True)
    old_sha = Document.get_by_id(report.id).blob_id
    new_file = pdf(s["tmp"] / "rapport_v2.pdf", "Rapport corrigé", pages=3)
    version, changes = document_editing.add_version(s["workspace"], s["admin"], report.id, new_file)
    assert version.number == 2 and changes.document_ids == {report.id}
    current = Document.get_by_id(report.id)
    assert current.blob_id != old_sha and current.pages == 3 and current.version_count == 2
    assert current.original_name == "rapport_v2.pdf"
    assert current.checked_at is None  # the check was about the old content
    assert DocumentVersion.get((DocumentVersion.document == report.id) & (DocumentVersion.number == 1)
                               ).blob_id == old_sha
    assert s["workspace"].blobs.exists(old_sha)
    listed = document_editing.versions_of(s["admin"], report.id)
    admin_name = User.get_by_id(s["admin"].user_id).full_name
    assert [(v.number, v.current, v.created_by) for v in listed] == [(2, True, admin_name), (1, False, admin_name)]
    assert listed[1].original_name == "rapport.pdf"
    assert json.loads(last_event("document.version").details)["check_cleared"] is True
    row = next(r for r in document_list.documents_of_case(s["admin"], s["other"].id) if r.id == report.id)
    assert row.version_count == 2
    # The old version can still be saved.
    out = document_copies.export_copy(s["workspace"], s["admin"], report.id, s["tmp"] / "old.pdf", version=1)
    assert out.read_bytes() == s["workspace"].blobs.read_bytes(old_sha)
    report_check = check.run_check(s["workspace"], s["admin"])
    assert report_check.ok, report_check.lines()
    assert report_check.problems == []


def test_a_new_version_refuses_bad_files_by_name_and_changes_nothing(setup):
    s = setup
    report = s["report"]
    empty = s["tmp"] / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match=r"vide\.pdf: the file is empty"):
        document_editing.add_version(s["workspace"], s["admin"], report.id, empty)
    with pytest.raises(UserError, match=r"absent\.pdf: the file does not exist"):
        document_editing.add_version(s["workspace"], s["admin"], report.id, s["tmp"] / "absent.pdf")
    with pytest.raises(UserError, match=r"rapport\.pdf: same content as the current version"):
        document_editing.add_version(s["workspace"], s["admin"], report.id, s["tmp"] / "rapport.pdf")
    with pytest.raises(PermissionDenied):
        document_editing.add_version(s["workspace"], s["tech"], report.id, s["tmp"] / "facade.png")
    assert DocumentVersion.select().where(DocumentVersion.document == report.id).count() == 1
    assert Document.get_by_id(report.id).version_count == 1


def test_tech_may_work_the_documents_of_an_assigned_case(setup, tmp_path):
    s = setup
    note = tmp_path / "releve.txt"
    note.write_text("relevé compteur 1234\n", encoding="utf-8")
    document, _ = document_import.add_document(s["workspace"], s["tech"], s["mine"].id, note)
    document_editing.rename_document(s["tech"], document.id, "Relevé compteur")
    document_editing.trash_document(s["tech"], document.id)
    assert Case.get_by_id(s["mine"].id).document_count == 0
    with pytest.raises(PermissionDenied):  # checking is administrative work, even on one's own case
        document_editing.set_checked(s["tech"], [s["photo"].id], True)


def test_export_copy_is_atomic_read_only_on_request_and_names_the_target(setup):
    s = setup
    target = s["tmp"] / "copie.png"
    document_copies.export_copy(s["workspace"], s["admin"], s["photo"].id, target, read_only=True)
    assert target.read_bytes() == (s["tmp"] / "facade.png").read_bytes()
    assert not target.stat().st_mode & stat.S_IWUSR
    assert last_event("document.export").entity_id == str(s["photo"].id)
    missing_dir = s["tmp"] / "nowhere" / "x.png"
    with pytest.raises(UserError, match=r"nowhere/x\.png: cannot be written"):
        document_copies.export_copy(s["workspace"], s["admin"], s["photo"].id, missing_dir)
    with pytest.raises(PermissionDenied):
        document_copies.export_copy(s["workspace"], s["tech"], s["photo"].id, s["tmp"] / "t.png")
    with pytest.raises(NotFound, match="has no version 7"):
        document_copies.export_copy(s["workspace"], s["admin"], s["photo"].id, s["tmp"] / "v.png", version=7)


@pytest.mark.parametrize(("name", "mime", "expected"), [
    ("rapport DPE.pdf", "application/pdf", "rapport DPE.pdf"),
    ("../../etc/passwd", "text/plain", "passwd.txt"),
    ('a<b>:c"d|e?f*.png', "image/png", "a_b__c_d_e_f_.png"),
    ("CON.txt", "text/plain", "_CON.txt"),
    ("scan", "image/jpeg", "scan.jpg"),
    ("  ...  ", "application/pdf", "document.pdf"),
    ("x" * 400 + ".pdf", "application/pdf", "x" * 146 + ".pdf"),
])
def test_safe_file_names(name, mime, expected):
    assert document_copies.safe_file_name(name, mime) == expected


def test_document_types_for_case_lists_the_case_area_only(setup):
    s = setup
    names = [name for _id, name, _report in document_editing.document_types_for_case(s["admin"], s["other"].id)]
    assert names[0] == "Rapport" and "Photo" in names and len(names) == 7
    with pytest.raises(PermissionDenied):
        document_editing.document_types_for_case(s["tech"], s["other"].id)
