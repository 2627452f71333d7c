"""Export of case files: documents and manifest, the user's rights, trashed documents, bad targets."""

from __future__ import annotations

import hashlib
import json
import zipfile
from decimal import Decimal

import pytest

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import AuditEvent, Case, DocumentType, IndexField, IndexValue, Role, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import
from desktop_app.services.reporting import case_export
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf


@pytest.fixture
def cases_with_files(offices, admin, tmp_path):
    """Two diagnostics cases with files (a report, two files of one name, a trashed one) and an advisor's case."""
    area = WorkArea.get(WorkArea.code == "DIAG")
    advisor_user = User.create(login="advisor", full_name="Sara Advisor", initials="SA",
                               role=Role.get(Role.code == RoleCode.SALES_ADVISOR))
    advisor = Actor.from_user(advisor_user)
    first, _ = create_case(admin, area.id, city="Nantes", amount=Decimal("420.50"), assigned_user=advisor_user.id)
    second, _ = create_case(admin, area.id, city="Brest")
    files = tmp_path / "files"
    files.mkdir()
    report_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "report"))
    report, _ = document_import.add_document(offices, admin, first.id, make_pdf(files / "rapport.pdf", "rapport DPE"),
                                       document_type_id=report_type.id)
    (files / "a").mkdir()
    plan_a, _ = document_import.add_document(offices, admin, first.id, make_pdf(files / "plan.pdf", "plan A"))
    plan_b, _ = document_import.add_document(offices, admin, first.id, make_pdf(files / "a" / "plan.pdf", "plan B"))
    gone, _ = document_import.add_document(offices, admin, first.id, make_pdf(files / "old.pdf", "old"))
    document_editing.trash_document(admin, gone.id)
    other, _ = document_import.add_document(offices, admin, second.id, make_pdf(files / "facture.pdf", "facture"))
    field = IndexField.get((IndexField.work_area == area.id) & (IndexField.code == "mission")
                           & IndexField.document_type.is_null())
    with write_transaction():
        IndexValue.create(case=first.id, field=field.id, value="DPE")
    out = tmp_path / "out"
    out.mkdir()
    return {"first": first, "second": second, "advisor": advisor, "files": files, "out": out,
            "docs": {"report": report, "plan_a": plan_a, "plan_b": plan_b, "gone": gone, "other": other}}


def test_zip_holds_the_documents_and_a_manifest(offices, admin, cases_with_files):
    c = cases_with_files
    target = c["out"] / "cases.zip"
    result = case_export.export_case_files(offices, admin, [c["first"].id, c["second"].id], target)
    assert (result.cases, result.documents, result.warnings) == (2, 4, [])
    with zipfile.ZipFile(target) as zf:
        names = sorted(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        first, second = c["first"].number, c["second"].number
        assert names == sorted([f"{first}/rapport.pdf", f"{first}/plan.pdf", f"{first}/plan (2).pdf",
                                f"{second}/facture.pdf", "manifest.json"])
        assert zf.read(f"{first}/rapport.pdf") == (c["files"] / "rapport.pdf").read_bytes()
        assert zf.read(f"{first}/plan (2).pdf") == (c["files"] / "a" / "plan.pdf").read_bytes()
        for case in manifest["cases"]:
            for doc in case["documents"]:
                data = zf.read(doc["file"])
                assert doc["sha256"] == hashlib.sha256(data).hexdigest() and doc["size"] == len(data)
    assert manifest["format"] == "casedesk-case-export" and manifest["created_by"] == admin.login
    one = manifest["cases"][0]
    assert one["number"] == first and one["fields"]["city"] == "Nantes" and one["fields"]["amount"] == "420.50"
    assert one["fields"]["status_name"] and one["fields"]["assigned_login"] == "advisor"
    assert one["index"] == {"mission": "DPE"}
    report = next(d for d in one["documents"] if d["file"].endswith("rapport.pdf"))
    assert report["type_code"] == "report" and report["type"]
    assert "old.pdf" not in json.dumps(manifest)  # the trashed document is left out
    events = AuditEvent.select().where(AuditEvent.action == "case.export_files")
    assert sorted(e.case_id for e in events) == sorted([c["first"].id, c["second"].id])
    assert [p.name for p in c["out"].iterdir()] == ["cases.zip"]  # no leftover .part


def test_folder_export(offices, admin, cases_with_files):
    c = cases_with_files
    target = c["out"] / "for-the-lawyer"
    case_export.export_case_files(offices, admin, [c["second"].id], target)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == [
        f"{c['second'].number}/facture.pdf", "manifest.json"]
    with pytest.raises(UserError, match="new or empty folder"):
        case_export.export_case_files(offices, admin, [c["second"].id], target)


def test_a_case_the_user_may_not_read_is_refused_by_number(offices, admin, cases_with_files):
    c = cases_with_files
    advisor = c["advisor"]
    target = c["out"] / "mine.zip"
    with pytest.raises(PermissionDenied, match=f"may not read case {c['second'].number}"):
        case_export.export_case_files(offices, advisor, [c["first"].id, c["second"].id], target)
    assert list(c["out"].iterdir()) == []
    assert not AuditEvent.select().where(AuditEvent.action == "case.export_files").exists()
    with pytest.raises(NotFound, match=f"No case with number {c['second'].number}"):
        case_export.case_ids_for_numbers(advisor, [c["first"].number, c["second"].number])
    ids = case_export.case_ids_for_numbers(advisor, [c["first"].number])
    assert case_export.export_case_files(offices, advisor, ids, target).cases == 1


def test_bad_targets_are_named(offices, admin, cases_with_files):
    c = cases_with_files
    ids = [c["first"].id]
    with pytest.raises(UserError, match=r"nowhere.*does not exist"):
        case_export.export_case_files(offices, admin, ids, c["out"] / "nowhere" / "x.zip")
    (c["out"] / "taken.txt").write_text("mine")
    with pytest.raises(UserError, match=r"taken\.txt: give a \.zip file or a new or empty folder"):
        case_export.export_case_files(offices, admin, ids, c["out"] / "taken.txt")
    (c["out"] / "dir.zip").mkdir()
    with pytest.raises(UserError, match=r"dir\.zip: it is a folder"):
        case_export.export_case_files(offices, admin, ids, c["out"] / "dir.zip")
    with pytest.raises(UserError, match="at least one case"):
        case_export.export_case_files(offices, admin, [], c["out"] / "x.zip")
    with pytest.raises(NotFound):
        case_export.export_case_files(offices, admin, [987654], c["out"] / "x.zip")
    assert sorted(p.name for p in c["out"].iterdir()) == ["dir.zip", "taken.txt"]


def test_cancel_and_missing_content(offices, admin, cases_with_files):
    c = cases_with_files
    seen = []
    with pytest.raises(UserError, match="cancelled"):
        case_export.export_case_files(offices, admin, [c["first"].id], c["out"] / "x.zip",
                                      progress=lambda done, total, name: seen.append((done, total)),
                                      cancelled=lambda: len(seen) >= 2)
    assert list(c["out"].iterdir()) == [] and seen == [(0, 3), (1, 3)]
    offices.blobs.path_for(c["docs"]["other"].blob_id).unlink()
    result = case_export.export_case_files(offices, admin, [c["second"].id], c["out"] / "y.zip")
    assert result.documents == 0 and "missing" in result.warnings[0]
    with zipfile.ZipFile(c["out"] / "y.zip") as zf:
        entry = json.loads(zf.read("manifest.json"))["cases"][0]["documents"][0]
    assert entry["missing"] is True and entry["file"] == ""


def test_export_needs_the_export_right(offices, admin, cases_with_files, monkeypatch):
    from desktop_app.services.permissions import MATRIX, Action

    monkeypatch.setitem(MATRIX, Action.EXPORT, frozenset({RoleCode.ADMIN}))
    with pytest.raises(PermissionDenied):
        case_export.export_case_files(offices, cases_with_files["advisor"], [cases_with_files["first"].id],
                                      cases_with_files["out"] / "x.zip")
    assert list(cases_with_files["out"].iterdir()) == []
    assert Case.select().count() == 2
