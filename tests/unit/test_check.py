"""`casedesk check` internals: what it finds, what --repair fixes, what it never touches."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop_app.errors import PermissionDenied
from desktop_app.models import (
    AuditEvent,
    Blob,
    Case,
    Document,
    Note,
    NumberingSeries,
    Role,
    User,
    WorkArea,
    db,
)
from desktop_app.models.base import utcnow
from desktop_app.models.states import RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.context import Actor
from desktop_app.services.documents.document_import import add_document
from desktop_app.services.office import check
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction

OLD = time.time() - 2 * check.ORPHAN_GRACE_S

pytestmark = pytest.mark.both_engines


@pytest.fixture
def office(workspace, admin, tmp_path):
    """A diagnostics office with two cases; the first holds two text documents."""
    with write_transaction():
        presets.create_office("diagnostics")
    area = WorkArea.get()
    first, _ = create_case(admin, area.id, internal_ref="Dupont", city="Nantes")
    second, _ = create_case(admin, area.id, internal_ref="Martin", city="Brest")
    docs = []
    for index, text in enumerate(("rapport de visite", "facture énergie")):
        path = tmp_path / f"note{index}.txt"
        path.write_text(f"{text}\n", encoding="utf-8")
        document, _ = add_document(workspace, admin, first.id, path, title=f"Note {index}")
        docs.append(document)
    return {"area": area, "cases": [first, second], "docs": docs}


def make_user(login: str, role: str) -> Actor:
    user = User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                       role=Role.get(Role.code == role))
    return Actor.from_user(user)


def lines_of(report: check.CheckReport) -> str:
    return "\n".join(report.lines())


def test_healthy_office_has_no_problem(workspace, admin, office):
    report = check.run_check(workspace, admin)
    assert report.ok
    assert report.lines() == ["check: 0 problems (2 cases, 2 documents, 2 blobs verified)"]


def tamper(workspace, sha: str, content: bytes | None) -> None:
    """Replaces (None: removes) a blob's stored bytes behind the store's back."""
    if workspace.blobs.in_database:
        Blob.update(data=content).where(Blob.sha256 == sha).execute()
    elif content is None:
        workspace.blobs.path_for(sha).unlink()
    else:
        workspace.blobs.path_for(sha).write_bytes(content)


def test_damaged_blob_is_named_with_its_document_and_never_deleted(workspace, admin, office):
    document = office["docs"][0]
    tamper(workspace, document.blob_id, b"tampered")
    report = check.run_check(workspace, admin, repair=True)
    assert not report.ok
    text = lines_of(report)
    assert f"blob {document.blob_id}: the content is damaged" in text
    assert "“Note 0”" in text and office["cases"][0].number in text
    assert Blob.get_or_none(Blob.sha256 == document.blob_id) is not None
    assert workspace.blobs.read_bytes(document.blob_id) == b"tampered"  # never deleted
    assert report.lines()[-1].startswith("check: 1 problem, 0 repaired")


def test_missing_blob_file_is_reported_and_its_row_kept(workspace, admin, office):
    document = office["docs"][1]
    tamper(workspace, document.blob_id, None)
    report = check.run_check(workspace, admin, repair=True)
    assert not report.ok
    missing = ("the content is missing from the database" if workspace.blobs.in_database
               else "the file is missing")
    assert f"blob {document.blob_id}: {missing}" in lines_of(report)
    assert Blob.get_or_none(Blob.sha256 == document.blob_id) is not None


def test_a_wrong_size_is_reported(workspace, admin, office):
    document = office["docs"][0]
    Blob.update(size=Blob.size + 5).where(Blob.sha256 == document.blob_id).execute()
    text = lines_of(check.run_check(workspace, admin))
    assert f"blob {document.blob_id}: the blob row says" in text


def test_state_drift_is_found_and_repaired(workspace, admin, office):
    case = office["cases"][0]
    Case.update(document_count=7, quote_state=2).where(Case.id == case.id).execute()
    report = check.run_check(workspace, admin)
    assert not report.ok
    text = lines_of(report)
    assert f"case {case.number}: stored states differ" in text
    assert "quote_state 2→0" in text and "document_count 7→2" in text

    repaired = check.run_check(workspace, admin, repair=True)
    assert repaired.ok
    assert any(line.startswith(f"fixed: case {case.number}") for line in repaired.lines())
    assert Case.get_by_id(case.id).document_count == 2
    assert AuditEvent.select().where(AuditEvent.action == "office.repair").count() == 1
    assert check.run_check(workspace, admin).ok


def test_many_drifted_cases_are_summarised(workspace, admin, office, monkeypatch):
    monkeypatch.setattr(check, "DETAIL_LIMIT", 2)
    for index in range(4):
        create_case(admin, office["area"].id, internal_ref=f"Extra {index}")
    db.execute_sql('UPDATE "case" SET installments_total = 9')
    report = check.run_check(workspace, admin)
    lines = report.lines()
    assert report.total == 6
    assert sum(line.startswith("case D25-") for line in lines) == 2
    assert "… and 4 more cases whose stored states differ from the source rows" in lines
    assert lines[-1].startswith("check: 6 problems (6 cases")
    assert check.run_check(workspace, admin, repair=True).ok
    assert check.run_check(workspace, admin).ok


def test_repair_and_check_need_rights(workspace, admin, office):
    advisor = make_user("advisor", RoleCode.SALES_ADVISOR)
    clerk = make_user("clerk", RoleCode.ADMINISTRATIVE)
    with pytest.raises(PermissionDenied):
        check.run_check(workspace, advisor)
    with pytest.raises(PermissionDenied):
        check.run_check(workspace, clerk, repair=True)
    assert check.run_check(workspace, clerk).ok  # a clerk sees the whole office: may check it


@pytest.mark.sqlite_only
def test_orphan_file_is_removed_only_when_old(workspace, admin, office):
    sha, _size = workspace.blobs.put_bytes(b"nobody refers to me")
    path = workspace.blobs.path_for(sha)
    young = check.run_check(workspace, admin, repair=True)
    assert young.ok and path.exists()  # may be an import in progress
    assert any("an import may be running" in line for line in young.lines())

    os.utime(path, (OLD, OLD))
    report = check.run_check(workspace, admin)
    assert not report.ok and f"orphan file in the document store: {sha}" in lines_of(report)
    repaired = check.run_check(workspace, admin, repair=True)
    assert repaired.ok and not path.exists()
    assert all(workspace.blobs.verify(d.blob_id) for d in office["docs"])


def test_unused_blob_row_is_removed_but_used_ones_never(workspace, admin, office):
    sha, size = workspace.blobs.put_bytes(b"an unused blob", "text/plain")
    Blob.insert(sha256=sha, size=size, mime="text/plain", stored_at=utcnow()).on_conflict_ignore().execute()
    report = check.run_check(workspace, admin)
    assert f"orphan blob {sha}: no document uses it" in lines_of(report)
    assert check.run_check(workspace, admin, repair=True).ok
    assert Blob.get_or_none(Blob.sha256 == sha) is None
    assert not workspace.blobs.exists(sha)
    for document in office["docs"]:
        assert Blob.get_or_none(Blob.sha256 == document.blob_id) is not None
        assert workspace.blobs.verify(document.blob_id)


def test_series_head_behind_is_bumped(workspace, admin, office):
    series = NumberingSeries.get(NumberingSeries.work_area == office["area"].id)
    NumberingSeries.update(next_value=2).where(NumberingSeries.id == series.id).execute()
    report = check.run_check(workspace, admin)
    assert "the next number D25-000002 was already drawn (highest is D25-000002)" in lines_of(report)
    assert check.run_check(workspace, admin, repair=True).ok
    assert NumberingSeries.get_by_id(series.id).next_value == 3
    case, _ = create_case(admin, office["area"].id)
    assert case.number == "D25-000003"


def test_duplicate_and_malformed_numbers(workspace, admin, office):
    first = office["cases"][0]
    Case.update(number="D25-0000002").where(Case.id == first.id).execute()  # same value as case 2
    create_case(admin, office["area"].id)
    Case.update(number="D25-12AB").where(Case.number == "D25-000003").execute()
    text = lines_of(check.run_check(workspace, admin, repair=True))
    assert "cases D25-000002 and D25-0000002 carry the same number" in text
    assert "case D25-12AB does not have the series' form D25-999999" in text


def test_document_without_blob_row_and_foreign_keys(workspace, admin, office, engine):
    document = office["docs"][0]
    # Foreign keys off, as a careless bulk load or a hand edit would have them.
    off, on = (("PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON") if engine == "sqlite"
               else ("SET session_replication_role = replica", "SET session_replication_role = DEFAULT"))
    db.execute_sql(off)
    try:
        with db.atomic():
            Note.insert(case=999, text="lost", is_alert=False, done=False, created_at=utcnow()).execute()
            Blob.delete().where(Blob.sha256 == office["docs"][1].blob_id).execute()
    finally:
        db.execute_sql(on)
    text = lines_of(check.run_check(workspace, admin))
    assert "of table note refers to a missing row of table case" in text
    assert f"“Note 1” (case {office['cases'][0].number}): its content" in text
    assert "has no row in the blob table" in text
    assert "of table document refers" not in text  # said once, with names
    assert document.blob_id not in text


@pytest.mark.sqlite_only
def test_strays_and_leftover_temp_files(workspace, admin, office):
    stray = workspace.blobs.root / "ab" / "readme.txt"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("hello")
    leftover = workspace.blobs.root / "tmp" / "incoming-xyz"
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_bytes(b"half a file")
    os.utime(leftover, (OLD, OLD))
    report = check.run_check(workspace, admin, repair=True)
    text = lines_of(report)
    assert f"unexpected file in the document store: {stray}" in text
    assert f"fixed: leftover temporary file in the document store: {leftover}" in text
    assert stray.exists() and not leftover.exists()
    assert not report.ok  # the stray is the user's to look at


@pytest.mark.sqlite_only
def test_walk_store_yields_sha_order(workspace, admin, office):
    shas = [entry.sha for entry in check._walk_store(workspace.blobs.root)]
    assert shas == sorted(d.blob_id for d in office["docs"])
    assert list(check._walk_store(Path(workspace.data_dir / "nowhere"))) == []


def test_counts_in_summary_use_thousands(workspace, admin, office):
    report = check.CheckReport(cases=1234, documents=56, blobs_verified=56)
    assert report.lines() == ["check: 0 problems (1,234 cases, 56 documents, 56 blobs verified)"]
    assert Document.select().count() == 2


@pytest.mark.sqlite_only
def test_damaged_database_is_reported_and_not_repaired(workspace, admin, office):
    from desktop_app.services.office.workspace import close_workspace, open_workspace

    db.execute_sql('UPDATE "case" SET document_count = 9')  # drift a repair would otherwise fix
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute_sql("PRAGMA page_size").fetchone()[0]
    root = db.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'case_created_at'").fetchone()[0]
    close_workspace(workspace)
    with open(workspace.data_dir / "casedesk.db", "r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)
    damaged = open_workspace(workspace.data_dir)
    try:
        report = check.run_check(damaged, admin, repair=True)
    finally:
        close_workspace(damaged)
    assert not report.ok
    lines = report.lines()
    assert lines[0].startswith("database: ")
    assert any(line.startswith("note: nothing was repaired") for line in lines)
    assert not any(line.startswith("fixed:") for line in lines)


def test_postgresql_invalid_index_is_reported_and_nothing_repaired(workspace, admin, office, engine):
    """The PostgreSQL counterpart of a damaged file: an index the server marks invalid."""
    if engine != "postgresql":
        pytest.skip("a PostgreSQL catalog state")
    db.execute_sql('UPDATE "case" SET document_count = 9')  # drift a repair would otherwise fix
    db.execute_sql("UPDATE pg_index SET indisvalid = false "
                   "WHERE indexrelid = 'case_created_at'::regclass")  # the test cluster's superuser
    report = check.run_check(workspace, admin, repair=True)
    lines = report.lines()
    assert lines[0].startswith("database: index case_created_at of table case is not valid")
    assert any(line.startswith("note: nothing was repaired") for line in lines)
    assert not any(line.startswith("fixed:") for line in lines)


def test_postgresql_btree_indexes_are_verified_with_amcheck(workspace, admin, office, engine):
    if engine != "postgresql":
        pytest.skip("amcheck is a PostgreSQL extension")
    db.execute_sql("CREATE EXTENSION IF NOT EXISTS amcheck")
    assert check.run_check(workspace, admin).ok
    db.execute_sql("DROP EXTENSION amcheck")
