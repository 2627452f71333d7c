"""Document contents on PostgreSQL live in the blob table (DESIGN §3), never under the data dir.

The contract other code relies on: on PostgreSQL every Blob row's `data` holds the full
bytes and nothing is written under the data dir's blobs/ folder; every path that reads a
content (preview, extraction, thumbnails, copies, check) works from those bytes. On SQLite
the same tests show the files in the folder and `data` empty. Real PDF, DOCX and PNG files
made here go through the real import.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest
from PIL import Image

from desktop_app.errors import StorageError, UserError
from desktop_app.models import Blob, Document, DocumentType, WorkArea
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.documents import (
    document_copies,
    document_editing,
    document_import,
    search,
    thumbnails,
)
from desktop_app.services.office import check
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.storage.blobs import BlobStore, DatabaseBlobStore
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import FailingStream, make_pdf


def docx_file(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    raw = io.BytesIO()
    document.save(raw)
    path.write_bytes(raw.getvalue())
    return path


def png_file(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (320, 200), colour).save(path, "PNG")
    return path


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def diag(offices, admin, tmp_path):
    area = WorkArea.get(WorkArea.code == "DIAG")
    case, _ = create_case(admin, area.id, internal_ref="Dupont", city="Nantes")
    folder = tmp_path / "incoming"
    folder.mkdir()
    made = {"rapport.pdf": make_pdf(folder / "rapport.pdf", "Rapport amiante toiture"),
            "mission.docx": docx_file(folder / "mission.docx", "Ordre de mission diagnostic gaz"),
            "facade.png": png_file(folder / "facade.png", (200, 120, 40))}
    return {"workspace": offices, "area": area, "case": case, "files": made, "folder": folder}


@pytest.mark.both_engines
def test_documents_are_stored_byte_identical_and_postgresql_leaves_the_folder_empty(diag, admin, engine):
    workspace, case = diag["workspace"], diag["case"]
    added = {name: document_import.add_document(workspace, admin, case.id, path)[0]
             for name, path in diag["files"].items()}
    version, _ = document_editing.add_version(workspace, admin, added["facade.png"].id,
                                       png_file(diag["folder"] / "facade-2.png", (10, 90, 200)))
    blob_dir = workspace.data_dir / "blobs"
    if engine == "postgresql":
        assert isinstance(workspace.blobs, DatabaseBlobStore)
        assert files_under(blob_dir) == []
        for blob in Blob.select():
            assert blob.data is not None and len(bytes(blob.data)) == blob.size
            assert hashlib.sha256(bytes(blob.data)).hexdigest() == blob.sha256
    else:
        assert isinstance(workspace.blobs, BlobStore)
        assert len(files_under(blob_dir)) == 4
        assert Blob.select().where(Blob.data.is_null(False)).count() == 0
    assert Blob.select().count() == 4
    assert {b.sha256: b.mime for b in Blob.select()}[added["facade.png"].blob_id] == "image/png"
    second = diag["folder"] / "facade-2.png"
    for name, document in added.items():
        original = diag["files"][name].read_bytes()
        current = second.read_bytes() if name == "facade.png" else original
        assert document_copies.read_content(workspace, admin, document.id) == current, name
        assert document_copies.read_content(workspace, admin, document.id, 4) == current[:4]
        copy = document_copies.export_copy(workspace, admin, document.id, diag["folder"] / f"copy-{name}",
                                     version=1)
        assert copy.read_bytes() == original, name
    assert version.number == 2 and workspace.blobs.read_bytes(version.blob_id) == second.read_bytes()
    assert document_copies.read_content(workspace, admin, added["facade.png"].id) == second.read_bytes()
    assert check.run_check(workspace, admin).lines() == [
        "check: 0 problems (1 cases, 3 documents, 4 blobs verified)"]


@pytest.mark.both_engines
def test_thumbnails_and_text_extraction_read_the_stored_bytes(diag, admin, engine):
    workspace, case = diag["workspace"], diag["case"]
    added = {name: document_import.add_document(workspace, admin, case.id, path)[0]
             for name, path in diag["files"].items()}
    made = thumbnails.make_thumbnails(workspace, admin, [d.id for d in added.values()])
    assert set(made) == {added["rapport.pdf"].id, added["facade.png"].id}  # Word has no picture
    with Image.open(made[added["facade.png"].id]) as image:
        assert image.size == (160, 100) and image.getpixel((80, 50))[:3] == (200, 120, 40)
    with write_transaction():  # as documents from before extraction: no text, queued
        Document.update(text="").execute()
        search.queue_extraction([d.id for d in added.values()])
    assert search.reindex_missing(workspace) == 3
    assert "amiante" in Document.get_by_id(added["rapport.pdf"].id).text.lower()
    assert "mission" in Document.get_by_id(added["mission.docx"].id).text.lower()
    if engine == "postgresql":
        assert files_under(workspace.data_dir / "blobs") == []


@pytest.mark.both_engines
def test_a_refused_document_leaves_no_content_behind_on_postgresql(diag, admin, engine):
    workspace, case = diag["workspace"], diag["case"]
    pdf = diag["files"]["rapport.pdf"]
    other_area = WorkArea.get(WorkArea.code != diag["area"].code)
    foreign_type = DocumentType.get(DocumentType.work_area == other_area.id)
    with pytest.raises(UserError, match="unknown document type"):
        document_import.add_document(workspace, admin, case.id, pdf, document_type_id=foreign_type.id)
    assert Blob.select().count() == 0  # the row was written in the refused transaction
    document_import.add_document(workspace, admin, case.id, pdf)
    with pytest.raises(document_import.DuplicateDocument):
        document_import.add_document(workspace, admin, case.id, pdf)
    assert Blob.select().count() == 1
    if engine == "postgresql":
        assert files_under(workspace.data_dir / "blobs") == []


@pytest.mark.both_engines
def test_a_reopened_postgresql_office_reads_its_documents_from_any_data_dir(diag, admin, engine, tmp_path):
    """Clerks on other machines have their own data dirs: the content travels with the database."""
    workspace, case = diag["workspace"], diag["case"]
    document, _ = document_import.add_document(workspace, admin, case.id, diag["files"]["mission.docx"])
    if engine == "sqlite":
        return  # a SQLite office's contents are files in its one data dir
    close_workspace(workspace)
    elsewhere = open_workspace(tmp_path / "other-clerk", workspace.database_url, create=True)
    try:
        data = document_copies.read_content(elsewhere, admin, document.id)
        assert data == diag["files"]["mission.docx"].read_bytes()
        assert files_under(tmp_path / "other-clerk") == []
    finally:
        close_workspace(elsewhere)
    open_workspace(workspace.data_dir, workspace.database_url)  # the fixture closes it again


# -- the database store itself (PostgreSQL) ------------------------------------------------------


@pytest.fixture
def pg_store(postgresql_url, tmp_path):
    workspace = open_workspace(tmp_path / "data", postgresql_url, create=True)
    yield workspace.blobs
    close_workspace(workspace)


def test_database_store_dedupes_names_by_content_and_reads_a_prefix(pg_store):
    sha1, size1 = pg_store.put_bytes(b"report v1", "text/plain")
    sha2, _ = pg_store.put_bytes(b"report v1")
    sha3, _ = pg_store.put_stream(io.BytesIO(b"report v2"))
    assert sha1 == sha2 != sha3 and size1 == 9
    assert sha1 == hashlib.sha256(b"report v1").hexdigest()
    assert list(pg_store.stored()) == sorted({sha1, sha3})
    assert Blob.get_by_id(sha1).mime == "text/plain"  # the first put's type is kept
    assert pg_store.read_bytes(sha1) == b"report v1" and pg_store.read_bytes(sha1, 6) == b"report"
    assert pg_store.exists(sha1) and pg_store.verify(sha1)
    with pg_store.as_file(sha3, ".txt") as path:
        assert path.suffix == ".txt" and path.read_bytes() == b"report v2"
    assert not path.exists()


def test_database_store_detects_damage_and_a_lost_content_comes_back(pg_store):
    sha, _ = pg_store.put_bytes(b"original content")
    Blob.update(data=b"tampered content").where(Blob.sha256 == sha).execute()
    assert not pg_store.verify(sha)
    Blob.update(data=None).where(Blob.sha256 == sha).execute()
    assert not pg_store.exists(sha) and not pg_store.verify(sha)
    with pytest.raises(StorageError, match="missing"):
        pg_store.read_bytes(sha)
    pg_store.put_bytes(b"original content")  # the same content stored again fills the row
    assert pg_store.verify(sha) and pg_store.read_bytes(sha) == b"original content"


def test_database_store_writes_in_the_callers_transaction(pg_store):
    with pytest.raises(RuntimeError), write_transaction():
        sha, _ = pg_store.put_bytes(b"rolled back with the caller")
        assert pg_store.exists(sha)
        raise RuntimeError("the caller fails")
    assert Blob.select().count() == 0 and list(pg_store.stored()) == []


def test_database_store_a_failing_source_stores_nothing(pg_store):
    with pytest.raises(StorageError, match="Input/output error"):
        pg_store.put_stream(FailingStream(5, "Input/output error"))
    assert Blob.select().count() == 0


def test_database_store_refuses_names_that_are_not_hashes(pg_store):
    for call in (pg_store.read_bytes, pg_store.exists, pg_store.verify, pg_store.remove):
        with pytest.raises(ValueError):
            call("../../etc/passwd")


@pytest.mark.both_engines
def test_database_store_remove_keeps_a_content_a_document_uses(diag, admin, engine):
    if engine == "sqlite":
        pytest.skip("the file store's callers check the rows before removing a file")
    workspace = diag["workspace"]
    unused, _ = workspace.blobs.put_bytes(b"nobody uses me")
    workspace.blobs.remove(unused)
    assert Blob.get_or_none(Blob.sha256 == unused) is None
    document, _ = document_import.add_document(workspace, admin, diag["case"].id, diag["files"]["rapport.pdf"])
    workspace.blobs.remove(document.blob_id)
    assert workspace.blobs.verify(document.blob_id)


@pytest.mark.both_engines
def test_a_batch_import_stores_every_file_and_refuses_one_changed_meanwhile(diag, admin, engine, monkeypatch):
    workspace, case = diag["workspace"], diag["case"]
    files = list(diag["files"].values())
    batch = document_import.add_documents(workspace, admin, case.id, files)
    assert [o.error for o in batch.outcomes] == [None, None, None]
    for outcome, path in zip(batch.outcomes, files, strict=True):
        assert document_copies.read_content(workspace, admin, outcome.document.id) == path.read_bytes()
    if engine == "postgresql":
        assert files_under(workspace.data_dir / "blobs") == []
        assert Blob.select().where(Blob.data.is_null()).count() == 0

    real = document_import._write_blob
    late = png_file(diag["folder"] / "late.png", (1, 2, 3))

    def hashed_before_a_change(workspace, path):
        sha, size, renamed = real(workspace, path)
        if path == late:  # as if the file was rewritten between its hashing and its batch's commit
            return "0" * 64, size, renamed
        return sha, size, renamed

    monkeypatch.setattr(document_import, "_write_blob", hashed_before_a_change)
    other = png_file(diag["folder"] / "other.png", (4, 5, 6))
    batch = document_import.add_documents(workspace, admin, case.id, [late, other])
    assert "late.png: changed while it was being imported" in batch.outcomes[0].error.message
    assert batch.outcomes[1].document is not None
    assert Blob.get_or_none(Blob.sha256 == "0" * 64) is None
    assert Document.select().count() == 4
    assert check.run_check(workspace, admin).ok
