"""The bulk import path (documents.add_documents / import_files): one transaction per batch,
bad files named while the rest goes in, duplicates within the case and the batch, metadata-only
imports queued for the background extraction, and a kill in the middle that leaves all or nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.models import (
    AuditEvent,
    Blob,
    Case,
    Document,
    DocumentType,
    DocumentVersion,
    PendingExtraction,
    WorkArea,
)
from desktop_app.services.cases import case_editing
from desktop_app.services.documents import document_import, search
from desktop_app.services.office.workspace import close_workspace, open_workspace
from tests.unit.helpers import make_pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def area(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


@pytest.fixture
def claim(area, admin):
    case, _ = case_editing.create_case(admin, area.id, internal_ref="Bulk")
    return case


def pdfs(folder: Path, count: int, prefix: str = "piece") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make_pdf(folder / f"{prefix}_{n:02d}.pdf", f"Piece {n} du dossier {prefix}") for n in range(count)]


def sha_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.both_engines
def test_a_batch_is_recorded_in_one_transaction_with_everything_each_file_needs(offices, admin, claim,
                                                                                 tmp_path, monkeypatch):
    files = pdfs(tmp_path / "in", 12)
    transactions = []
    real = document_import.write_transaction
    monkeypatch.setattr(document_import, "write_transaction", lambda: transactions.append(1) or real())
    result = document_import.import_files(offices, admin, claim.id, files)
    assert not result.failed and not result.duplicates
    assert len(transactions) == 1
    assert [d.original_name for d in result.added] == [f.name for f in files]  # the files' order
    stored = {d.id: d for d in Document.select().where(Document.case == claim.id)}
    assert sorted(stored) == sorted(d.id for d in result.added)
    for document, path in zip(result.added, files, strict=True):
        row = stored[document.id]
        assert (row.blob_id, row.title, row.pages, row.mime) == (sha_of(path), path.stem, 1, "application/pdf")
        assert "Piece" in row.text  # extracted at import (parsers in the worker)
        assert offices.blobs.verify(row.blob_id)
        assert Blob.get_by_id(row.blob_id).size == path.stat().st_size
    versions = DocumentVersion.select().where(DocumentVersion.document.in_(list(stored)))
    assert sorted((v.document_id, v.number) for v in versions) == [(i, 1) for i in sorted(stored)]
    events = list(AuditEvent.select().where(AuditEvent.action == "document.add"))
    assert sorted(int(e.entity_id) for e in events) == sorted(stored)
    assert {json.loads(e.details)["file"] for e in events} == {f.name for f in files}
    assert Case.get_by_id(claim.id).document_count == len(files)
    assert PendingExtraction.select().count() == 0  # the text is there already
    assert result.changes.case_ids == {claim.id} and result.changes.document_ids == set(stored)


def test_bad_files_are_named_and_the_rest_of_the_batch_goes_in(offices, admin, claim, tmp_path):
    good = pdfs(tmp_path / "in", 3)
    empty = tmp_path / "in" / "vide.pdf"
    empty.write_bytes(b"")
    broken = tmp_path / "in" / "casse.pdf"
    broken.write_bytes(b"%PDF-1.7\n not a PDF\n%%EOF\n")
    program = tmp_path / "in" / "facture.exe"
    program.write_bytes(b"\x7fELF" + bytes(200))
    gone = tmp_path / "in" / "parti.pdf"
    files = [good[0], empty, broken, good[1], program, gone, good[2]]
    result = document_import.import_files(offices, admin, claim.id, files)
    assert [d.original_name for d in result.added] == [good[0].name, good[1].name, good[2].name]
    reasons = {path.name: message for path, message in result.failed}
    assert list(reasons) == ["vide.pdf", "casse.pdf", "facture.exe", "parti.pdf"]
    assert reasons["vide.pdf"].startswith("vide.pdf: the file is empty")
    assert reasons["casse.pdf"].startswith("casse.pdf: not a readable PDF")
    assert "executable program" in reasons["facture.exe"]
    assert reasons["parti.pdf"] == "parti.pdf: the file does not exist"
    assert Document.select().count() == 3 and Case.get_by_id(claim.id).document_count == 3


def test_duplicates_within_the_case_and_within_the_batch_are_warnings(offices, admin, claim, tmp_path):
    first, second = pdfs(tmp_path / "in", 2)
    earlier, _ = document_import.add_document(offices, admin, claim.id, first)
    copy = tmp_path / "in" / "copie.pdf"
    copy.write_bytes(second.read_bytes())
    result = document_import.import_files(offices, admin, claim.id, [first, second, copy, second])
    assert [d.original_name for d in result.added] == [second.name]
    assert [p.name for p, _m in result.duplicates] == [first.name, "copie.pdf", second.name]
    added = result.added[0]
    assert f"already in case {claim.number} as “{earlier.title}”" in result.duplicates[0][1]
    assert f"already in case {claim.number} as “{added.title}”" in result.duplicates[1][1]
    assert Document.select().where(Document.blob == sha_of(second)).count() == 1
    batch = document_import.add_documents(offices, admin, claim.id, [copy])
    [outcome] = batch.outcomes
    assert isinstance(outcome.error, document_import.DuplicateDocument) and outcome.error.document_id == added.id


def test_fixed_types_titles_and_the_guess(offices, admin, area, claim, tmp_path):
    report = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.is_report == True))  # noqa: E712
    folder = tmp_path / "in"
    folder.mkdir()
    named = make_pdf(folder / f"scan_{report.code}.pdf", "guessed")
    fixed = make_pdf(folder / "x.pdf", "fixed")
    foreign = make_pdf(folder / "y.pdf", "foreign")
    other_area = DocumentType.get(DocumentType.work_area != area.id)
    batch = document_import.add_documents(offices, admin, claim.id, [
        named, document_import.Incoming(fixed, report.id, "Rapport final"), document_import.Incoming(foreign, other_area.id)])
    guessed, chosen, refused = batch.outcomes
    assert guessed.document.document_type_id == report.id
    assert (chosen.document.document_type_id, chosen.document.title) == (report.id, "Rapport final")
    assert refused.document is None and "y.pdf: unknown document type" in refused.error.message
    assert Case.get_by_id(claim.id).report_state != 0


def test_metadata_only_runs_no_parser_and_queues_the_text(offices, admin, claim, tmp_path, monkeypatch):
    files = pdfs(tmp_path / "in", 3)
    picture = tmp_path / "in" / "facade.png"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(picture)
    files.append(picture)

    def no_parser(path):
        raise AssertionError(f"a parser ran on {path}")

    monkeypatch.setattr(document_import, "inspect_isolated", no_parser)
    result = document_import.import_files(offices, admin, claim.id, files, extract=False)
    monkeypatch.undo()
    assert not result.failed and len(result.added) == 4
    rows = {d.original_name: d for d in Document.select()}
    assert rows[picture.name].mime == "image/png" and rows[files[0].name].mime == "application/pdf"
    assert all(d.text == "" and d.pages is None for d in rows.values())
    assert search.pending_count() == 4
    while search.reindex_missing(offices, batch=3):
        pass
    rows = {d.original_name: d for d in Document.select()}
    assert "Piece 0" in rows[files[0].name].text and rows[files[0].name].pages == 1
    assert rows[picture.name].pages == 1 and rows[picture.name].text == ""
    assert DocumentVersion.get(DocumentVersion.document == rows[files[1].name].id).pages == 1
    assert search.pending_count() == 0


def test_each_file_is_fsynced_and_one_folder_per_batch_before_the_commit(offices, admin, claim, tmp_path,
                                                                          monkeypatch):
    files = pdfs(tmp_path / "in", 5)
    events = []
    real_fsync, real_transaction = os.fsync, document_import.write_transaction
    monkeypatch.setattr(os, "fsync", lambda fd: events.append("file") or real_fsync(fd))
    monkeypatch.setattr(document_import, "fsync_dir", lambda folder: events.append(Path(folder)))
    monkeypatch.setattr(document_import, "write_transaction", lambda: events.append("commit") or real_transaction())
    result = document_import.import_files(offices, admin, claim.id, files)
    assert len(result.added) == 5
    assert events.count("file") == 5 and events[-1] == "commit"
    [folder] = [e for e in events if isinstance(e, Path)]
    assert events.index(folder) == len(events) - 2  # after every file's fsync, before the transaction
    assert folder in {offices.blobs.path_for(d.blob_id).parent for d in result.added}
    events.clear()
    again = document_import.import_files(offices, admin, claim.id, files)  # all stored already: nothing renamed
    assert len(again.duplicates) == 5 and not [e for e in events if isinstance(e, Path)]


def test_a_failed_commit_records_nothing_of_the_batch_and_a_rerun_adds_it(offices, admin, claim, tmp_path,
                                                                          monkeypatch):
    files = pdfs(tmp_path / "in", 6)

    def broken(*args, **kwargs):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(document_import.notifications, "documents_added", broken)  # the last step in the transaction
    result = document_import.import_files(offices, admin, claim.id, files)
    assert not result.added and [p for p, _m in result.failed] == files
    assert "I/O error" in result.failed[0][1]
    assert Document.select().count() == Blob.select().count() == DocumentVersion.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.action == "document.add").count() == 0
    monkeypatch.undo()
    again = document_import.import_files(offices, admin, claim.id, files)
    assert len(again.added) == 6 and not again.duplicates and Case.get_by_id(claim.id).document_count == 6


def test_a_cancelled_batch_keeps_the_files_read_so_far(offices, admin, claim, tmp_path):
    files = pdfs(tmp_path / "in", 5)
    seen = []
    batch = document_import.add_documents(offices, admin, claim.id, files,
                                    progress=lambda done, total, name: seen.append((done, total, name)),
                                    cancelled=lambda: len(seen) >= 2)
    assert seen == [(0, 5, files[0].name), (1, 5, files[1].name)]
    assert [o.document is not None for o in batch.outcomes] == [True, True, False, False, False]
    assert [o.skipped for o in batch.outcomes] == [False, False, True, True, True]
    assert Document.select().count() == 2


def test_batches_of_batch_files(offices, admin, claim, tmp_path, monkeypatch):
    monkeypatch.setattr(document_import, "BATCH_FILES", 2)
    files = pdfs(tmp_path / "in", 5)
    transactions = []
    real = document_import.write_transaction
    monkeypatch.setattr(document_import, "write_transaction", lambda: transactions.append(1) or real())
    result = document_import.import_files(offices, admin, claim.id, files, extract=False)
    assert len(result.added) == 5 and len(transactions) == 3


KILLED_IMPORT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from desktop_app.services.documents import document_import
    from desktop_app.services.people import auth, notifications
    from desktop_app.services.office.workspace import open_workspace

    def die(*args, **kwargs):  # the rows are written, the transaction not committed
        os.kill(os.getpid(), signal.SIGKILL)

    notifications.documents_added = die
    workspace = open_workspace(Path({data!r}))
    document_import.import_files(workspace, auth.default_actor(), {case_id}, [Path(p) for p in {files!r}])
""")


def test_a_kill_in_the_middle_of_a_batch_leaves_no_half_batch_and_a_rerun_does_not_duplicate(
        offices, admin, claim, tmp_path):
    earlier, _ = document_import.add_document(offices, admin, claim.id, make_pdf(tmp_path / "avant.pdf", "Avant"))
    files = pdfs(tmp_path / "in", 8)
    data_dir = offices.data_dir
    case_id = claim.id
    close_workspace(offices)
    script = KILLED_IMPORT.format(root=str(ROOT), data=str(data_dir), case_id=case_id,
                                  files=[str(f) for f in files])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    workspace = open_workspace(data_dir)
    try:
        assert [d.id for d in Document.select()] == [earlier.id]
        assert Blob.select().count() == 1 and DocumentVersion.select().count() == 1
        assert Case.get_by_id(case_id).document_count == 1
        for document in Document.select():  # no document without its blob
            assert workspace.blobs.verify(document.blob_id)
    finally:
        close_workspace(workspace)
    check = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "check"],
                           capture_output=True, text=True, timeout=120, cwd=ROOT,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert check.returncode == 0 and "check: 0 problems" in check.stdout, check.stdout + check.stderr
    workspace = open_workspace(data_dir)
    try:
        result = document_import.import_files(workspace, admin, case_id, files)
        assert len(result.added) == 8 and not result.duplicates and not result.failed
        again = document_import.import_files(workspace, admin, case_id, files)
        assert not again.added and len(again.duplicates) == 8
        assert Document.select().count() == 9
    finally:
        close_workspace(workspace)
