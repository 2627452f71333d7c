"""Intake: file-name rules, the watch folder's settle rule, journal, failures and duplicates."""

from __future__ import annotations

import json
import os
import time

import pytest

from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import AuditEvent, Case, Document, DocumentType, FileNameRule, Role, User, WorkArea
from desktop_app.models.states import DocumentSource, RoleCode
from desktop_app.services.cases import case_editing
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import, intake
from desktop_app.services.settings import intake_config
from desktop_app.services.settings.intake_config import RuleSpec
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture(autouse=True)
def _fresh_state():
    intake.forget()
    yield
    intake.forget()


@pytest.fixture
def area(offices):
    return WorkArea.get(WorkArea.code == "SIN")


@pytest.fixture
def claim(area, admin):
    case, _ = case_editing.create_case(admin, area.id, internal_ref="Flooded kitchen")
    return case


@pytest.fixture
def folder(tmp_path, area, admin):
    path = tmp_path / "inbox"
    path.mkdir()
    intake_config.set_watch_folder(admin, area.id, str(path), True)
    return path


def type_id(area, code: str) -> int:
    return DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == code)).id


def aged(path, seconds: float = 60):
    """The file's time moved into the past, as if written a while ago."""
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def settle_and_scan(workspace, actor, area):
    """Two scans: the first sees the files, the second takes the ones that did not change."""
    intake.scan_folder(workspace, actor, area.id)
    return intake.scan_folder(workspace, actor, area.id)


# -- rules -------------------------------------------------------------------------------------------

def test_default_rule_routes_number_and_type(area, claim):
    case_id, doc_type, reason = intake.route(area.id, f"{claim.number}_informe.pdf")
    assert (case_id, doc_type, reason) == (claim.id, type_id(area, "report"), "")
    assert intake.route(area.id, f"{claim.number}_FACTURA.PDF")[:2] == (claim.id, type_id(area, "invoice"))
    assert intake.route(area.id, f"{claim.number}_albaran.pdf")[1] == type_id(area, "delivery_note")  # accents


def test_unknown_case_type_or_name_gives_a_reason(area, claim):
    case_id, _type, reason = intake.route(area.id, "99999999_informe.pdf")
    assert case_id is None and "no case 99999999" in reason
    _case, doc_type, reason = intake.route(area.id, f"{claim.number}_selfie.pdf")
    assert doc_type is None and "selfie" in reason and "Informe pericial" in reason
    assert "matches no file-name rule" in intake.route(area.id, "scan.pdf")[2]
    other = WorkArea.get(WorkArea.code == "DIAG")  # a case of another work area is not found here
    assert "no case" in intake.route(other.id, f"{claim.number}_report.pdf")[2]


def test_rules_in_order_simple_and_regex_with_a_fixed_type(area, claim, admin):
    intake_config.set_rules(admin, area.id, [
        RuleSpec("FOTO-{number}-*.jpg", document_type_id=type_id(area, "photo")),
        RuleSpec(r"^exp(?P<number>\d{8})\s+(?P<type>\w+)", is_regex=True),
    ])
    assert intake.route(area.id, f"foto-{claim.number}-3.JPG") == (claim.id, type_id(area, "photo"), "")
    assert intake.route(area.id, f"EXP{claim.number} presupuesto final.pdf")[:2] == (
        claim.id, type_id(area, "budget"))
    assert intake.route(area.id, f"{claim.number}_informe.pdf")[0] is None  # the default rule is replaced
    config = intake_config.intake_of(admin, area.id)
    assert [r.pattern for r in config.rules] == ["FOTO-{number}-*.jpg", r"^exp(?P<number>\d{8})\s+(?P<type>\w+)"]
    assert config.rules[0].document_type_name == "Fotografía"


def test_an_invalid_rule_is_refused_naming_it(area, admin):
    intake_config.set_rules(admin, area.id, [RuleSpec("{number}.pdf")])
    events = AuditEvent.select().count()
    with pytest.raises(UserError, match=r"File-name rule 2 \(\(\?P<number>\[0-9\+\): not a valid regular"):
        intake_config.set_rules(admin, area.id, [RuleSpec("{number}_*"), RuleSpec("(?P<number>[0-9+", True)])
    with pytest.raises(UserError, match=r"rule 1 .*needs a group \(\?P<number>"):
        intake_config.set_rules(admin, area.id, [RuleSpec(r"\d+", True)])
    with pytest.raises(UserError, match=r"rule 1 \(\{case\}\.pdf\): unknown token \{case\}"):
        intake_config.set_rules(admin, area.id, [RuleSpec("{case}.pdf")])
    with pytest.raises(UserError, match=r"rule 1 .*exactly once"):
        intake_config.set_rules(admin, area.id, [RuleSpec("{type}.pdf")])
    diag_type = DocumentType.get(DocumentType.work_area == WorkArea.get(WorkArea.code == "DIAG").id).id
    with pytest.raises(UserError, match=r"rule 1 .*not one of this work area"):
        intake_config.set_rules(admin, area.id, [RuleSpec("{number}*", document_type_id=diag_type)])
    assert [r.pattern for r in FileNameRule.select()] == ["{number}.pdf"]  # nothing half-written
    assert AuditEvent.select().count() == events


def test_settings_need_the_settings_right(area, admin, tmp_path):
    clerk = Actor.from_user(User.create(login="clerk", full_name="Clerk", initials="CL",
                                        role=Role.get(Role.code == RoleCode.ADMINISTRATIVE)))
    for attempt in (lambda: intake_config.set_watch_folder(clerk, area.id, str(tmp_path), True),
                    lambda: intake_config.set_rules(clerk, area.id, [RuleSpec("{number}*")]),
                    lambda: intake_config.intake_of(clerk, area.id)):
        with pytest.raises(PermissionDenied):
            attempt()
    with pytest.raises(UserError, match=r"Watch folder: .* is not a folder"):
        intake_config.set_watch_folder(admin, area.id, str(tmp_path / "nowhere"), True)
    intake_config.set_watch_folder(admin, area.id, str(tmp_path / "nowhere"), False)  # off: kept as typed
    assert intake_config.intake_of(admin, area.id).path == str(tmp_path / "nowhere")
    assert AuditEvent.select().where(AuditEvent.action == "settings.watch_folder").count() == 1


# -- the watch folder ----------------------------------------------------------------------------------

def test_a_settled_file_is_taken_and_moved_to_processed(offices, admin, area, claim, folder):
    pdf = aged(make_pdf(folder / f"{claim.number}_informe.pdf", "Informe pericial"))
    first = intake.scan_folder(offices, admin, area.id)
    assert first.waiting == [pdf.name] and not first.taken  # seen once: not yet
    result = intake.scan_folder(offices, admin, area.id)
    assert [(name, number) for name, number, _id in result.taken] == [(pdf.name, claim.number)]
    document = Document.get_by_id(result.taken[0][2])
    assert (document.case_id, document.document_type_id, document.source) == (
        claim.id, type_id(area, "report"), DocumentSource.WATCH_FOLDER)
    assert not pdf.exists() and (folder / "processed" / pdf.name).is_file()
    assert json.loads((folder / intake.JOURNAL_NAME).read_text())["taken"] == {}
    assert Case.get_by_id(claim.id).document_count == 1


def test_the_files_of_one_scan_go_in_as_one_batch_per_case(offices, admin, area, claim, folder, monkeypatch):
    other, _ = case_editing.create_case(admin, area.id, internal_ref="Second claim")
    names = [f"{claim.number}_informe.pdf", f"{other.number}_factura.pdf", f"{claim.number}_factura.pdf",
             f"{claim.number}_albaran.pdf"]
    for position, name in enumerate(names):
        aged(make_pdf(folder / name, f"Pieza {position}"))
    bad = folder / f"{claim.number}_presupuesto.pdf"
    bad.write_bytes(b"")
    aged(bad)
    batches = []
    real = document_import.add_documents
    monkeypatch.setattr(document_import, "add_documents",
                        lambda ws, actor, case_id, files, **kw: batches.append((case_id, len(files)))
                        or real(ws, actor, case_id, files, **kw))
    result = settle_and_scan(offices, admin, area)
    assert sorted(batches) == sorted([(claim.id, 4), (other.id, 1)])
    assert sorted(name for name, _number, _id in result.taken) == sorted(names)
    assert [name for name, _reason in result.failed] == [bad.name]
    assert "the file is empty" in (folder / "failed" / f"{bad.name}.reason.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in (folder / "processed").iterdir()) == sorted(names)
    assert json.loads((folder / intake.JOURNAL_NAME).read_text())["taken"] == {}
    types = {d.original_name: d.document_type_id for d in Document.select()}
    assert types[f"{claim.number}_factura.pdf"] == type_id(area, "invoice")
    assert (Case.get_by_id(claim.id).document_count, Case.get_by_id(other.id).document_count) == (3, 1)


def test_a_file_still_being_written_is_not_taken(offices, admin, area, claim, folder):
    growing = folder / f"{claim.number}_informe.pdf"
    growing.write_bytes(b"%PDF-1.4\n")
    aged(growing)
    intake.scan_folder(offices, admin, area.id)
    make_pdf(growing, "Now complete")  # the writer goes on: size and time change
    aged(growing, 30)
    result = intake.scan_folder(offices, admin, area.id)
    assert result.waiting == [growing.name] and not result.taken and growing.exists()
    result = intake.scan_folder(offices, admin, area.id)  # unchanged since: taken
    assert [t[0] for t in result.taken] == [growing.name]


def test_a_fresh_file_waits_for_the_settle_time(offices, admin, area, claim, folder):
    fresh = make_pdf(folder / f"{claim.number}_informe.pdf", "Just written")
    now = fresh.stat().st_mtime
    intake.scan_folder(offices, admin, area.id, now=now)
    assert intake.scan_folder(offices, admin, area.id, now=now + 1).waiting == [fresh.name]
    assert intake.scan_folder(offices, admin, area.id, now=now + intake.SETTLE_SECONDS + 1).taken


def test_hidden_temp_and_partial_files_are_skipped(offices, admin, area, claim, folder):
    for name in (f"~${claim.number}_informe.pdf", f"{claim.number}_informe.pdf.part", "x.tmp", ".hidden.pdf"):
        aged(make_pdf(folder / name, "skip me"))
    result = settle_and_scan(offices, admin, area)
    assert not result.taken and not result.failed and not result.waiting
    assert Document.select().count() == 0


def test_an_unknown_case_goes_to_failed_with_a_reason(offices, admin, area, claim, folder):
    wrong = aged(make_pdf(folder / "99999999_informe.pdf", "Which case?"))
    result = settle_and_scan(offices, admin, area)
    assert [name for name, _reason in result.failed] == [wrong.name]
    moved = folder / "failed" / wrong.name
    assert moved.is_file() and not wrong.exists()
    assert "no case 99999999" in (folder / "failed" / f"{wrong.name}.reason.txt").read_text(encoding="utf-8")
    assert Document.select().count() == 0


def test_an_unreadable_file_goes_to_failed_and_the_rest_is_taken(offices, admin, area, claim, folder):
    bad = folder / f"{claim.number}_factura.pdf"
    bad.write_bytes(b"%PDF-1.7\n not really a PDF\n%%EOF\n")
    aged(bad)
    good = aged(make_pdf(folder / f"{claim.number}_informe.pdf", "Good"))
    result = settle_and_scan(offices, admin, area)
    assert [t[0] for t in result.taken] == [good.name]
    assert [f[0] for f in result.failed] == [bad.name]
    assert "not a readable PDF" in (folder / "failed" / f"{bad.name}.reason.txt").read_text(encoding="utf-8")


def test_a_failed_move_after_the_commit_does_not_duplicate(offices, admin, area, claim, folder, monkeypatch):
    pdf = aged(make_pdf(folder / f"{claim.number}_informe.pdf", "Informe"))
    real_move = intake.move_file

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(intake, "move_file", refuse)
    result = settle_and_scan(offices, admin, area)
    assert len(result.taken) == 1 and pdf.exists()  # committed, still in the folder
    journal = json.loads((folder / intake.JOURNAL_NAME).read_text())["taken"]
    assert journal[pdf.name]["sha256"] == Document.get().blob_id
    # Restarted, and the document trashed meanwhile: only the journal tells it was taken.
    intake.forget()
    document_editing.trash_document(admin, Document.get().id)
    monkeypatch.setattr(intake, "move_file", real_move)
    result = settle_and_scan(offices, admin, area)
    assert not result.taken and not result.failed
    assert Document.select().count() == 1 and not pdf.exists()
    assert (folder / "processed" / pdf.name).is_file()
    assert json.loads((folder / intake.JOURNAL_NAME).read_text())["taken"] == {}


def test_without_the_journal_the_content_check_still_refuses_a_second_copy(offices, admin, area, claim, folder,
                                                                          monkeypatch):
    pdf = aged(make_pdf(folder / f"{claim.number}_informe.pdf", "Informe"))
    real_move = intake.move_file
    monkeypatch.setattr(intake, "move_file", lambda s, t: (_ for _ in ()).throw(OSError(5, "I/O error")))
    settle_and_scan(offices, admin, area)
    (folder / intake.JOURNAL_NAME).unlink()  # the journal lost (another computer overwrote it, say)
    monkeypatch.setattr(intake, "move_file", real_move)
    result = intake.scan_folder(offices, admin, area.id)
    assert [name for name, _m in result.duplicates] == [pdf.name] and not result.taken
    assert Document.select().count() == 1
    note = (folder / "processed" / f"{pdf.name}.note.txt").read_text(encoding="utf-8")
    assert f"already in case {claim.number}" in note


def test_a_file_for_a_case_the_user_may_not_change_stays(offices, area, claim, folder):
    tech = Actor.from_user(User.create(login="tech", full_name="Tech", initials="TE",
                                       role=Role.get(Role.code == RoleCode.TECHNICIAN)))
    pdf = aged(make_pdf(folder / f"{claim.number}_informe.pdf", "Informe"))
    result = settle_and_scan(offices, tech, area)
    assert [name for name, _m in result.left] == [pdf.name] and pdf.exists()
    assert not (folder / "failed").exists() and Document.select().count() == 0


def test_an_unreachable_folder_is_reported(offices, admin, area, folder):
    folder.rename(folder.with_name("gone"))
    result = intake.scan_folder(offices, admin, area.id)
    assert "cannot be read" in result.error


def test_watched_work_areas(offices, admin, area, folder, tmp_path):
    assert intake.watched_work_areas(admin) == [area.id]
    intake_config.set_watch_folder(admin, area.id, str(folder), False)
    assert intake.watched_work_areas(admin) == []


# -- duplicates -------------------------------------------------------------------------------------

def test_a_duplicate_in_a_case_is_a_warning_and_shared_across_cases(offices, admin, area, claim, tmp_path):
    pdf = make_pdf(tmp_path / "informe.pdf", "Same content")
    first, _ = document_import.add_document(offices, admin, claim.id, pdf)
    result = document_import.import_files(offices, admin, claim.id, [pdf, make_pdf(tmp_path / "b.pdf", "Other")])
    assert [p.name for p, _m in result.duplicates] == ["informe.pdf"] and not result.failed
    assert f"already in case {claim.number} as “{first.title}”" in result.duplicates[0][1]
    assert len(result.added) == 1
    other, _ = case_editing.create_case(admin, area.id)
    again, _ = document_import.add_document(offices, admin, other.id, pdf)  # another case: fine, blob shared
    assert again.blob_id == first.blob_id
    with pytest.raises(document_import.DuplicateDocument) as refused:
        document_import.add_document(offices, admin, claim.id, pdf)
    assert refused.value.document_id == first.id and refused.value.case_id == claim.id


def test_a_new_case_from_a_file_is_all_or_nothing(offices, admin, area, tmp_path):
    pdf = make_pdf(tmp_path / "parte.pdf", "Parte de siniestro")
    case, document, changes = intake.new_case_with_file(offices, admin, area.id, pdf)
    assert (case.work_area_id, document.case_id, document.source) == (area.id, case.id, DocumentSource.DROP)
    assert case.id in changes.created_case_ids and Case.get_by_id(case.id).document_count == 1
    assert case.subject == "parte"
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n not a PDF\n%%EOF\n")
    with pytest.raises(UserError, match=r"broken\.pdf"):
        intake.new_case_with_file(offices, admin, area.id, bad)
    assert Case.select().count() == 1
