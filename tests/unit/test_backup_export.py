"""Backup archives (write, verify, restore, refuse) and case-list exports (CSV, XLSX)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import zipfile
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from desktop_app.errors import PermissionDenied, StorageError, UserError
from desktop_app.models import ALL_MODELS, AuditEvent, Blob, Case, Role, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.billing import invoices, quotes
from desktop_app.services.cases.case_editing import create_case, update_case
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.documents.document_import import add_document
from desktop_app.services.office import backup, restore
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.reporting import list_export
from desktop_app.services.settings import presets
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.database import write_transaction


@pytest.fixture
def office(workspace, admin, tmp_path):
    """A dealership office: three cases (one trashed), documents, an invoice with installments."""
    with write_transaction():
        presets.create_office("dealership")
    area = WorkArea.get(WorkArea.code == "VN")
    advisor_user = User.create(login="advisor", full_name="Sara Advisor", initials="SA",
                               role=Role.get(Role.code == RoleCode.SALES_ADVISOR))
    advisor = Actor.from_user(advisor_user)
    first, _ = create_case(admin, area.id, internal_ref="García Núñez", city="Córdoba",
                           tariff=Decimal("1234.50"), amount=Decimal("99.99"), assigned_user=advisor_user.id,
                           appointment_at=dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC))
    second, _ = create_case(advisor, area.id, internal_ref="Ölçer; \"quoted\"", city="Sevilla")
    trashed, _ = create_case(admin, area.id, internal_ref="Trashed", city="Madrid")
    Case.update(trashed=True).where(Case.id == trashed.id).execute()
    for index, text in enumerate(("pedido firmado", "contrato de venta")):
        path = tmp_path / f"doc{index}.txt"
        path.write_text(text * 50, encoding="utf-8")
        add_document(workspace, admin, first.id, path)
    invoice, _ = invoices.issue_invoice(admin, first.id, [("Coche", Decimal(1), Decimal("1000"), Decimal(21))],
                                       installments=3)
    invoices.record_payment(admin, invoice.id, installment_id=invoice.installments[0].id)
    quotes.send_quote(admin, second.id, Decimal("500"))
    update_case(admin, second.id, Case.get_by_id(second.id).version, city="Sevilla Este")
    return {"area": area, "cases": [first, second, trashed], "advisor": advisor}


def table_rows(db_file: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db_file)
    try:
        return {model._meta.table_name: con.execute(
            f'SELECT * FROM "{model._meta.table_name}" ORDER BY 1').fetchall() for model in ALL_MODELS}
    finally:
        con.close()


def office_rows(database: pw.Database) -> dict[str, list[tuple]]:
    """Every row of every table as Python values (engine-neutral), without Blob.data."""
    from desktop_app.services.office.table_copy import bound_to

    with bound_to(database):
        return {model._meta.table_name: list(
            model.select(*[f for f in model._meta.sorted_fields if f is not Blob.data])
            .order_by(*model._meta.get_primary_keys()).tuples()) for model in ALL_MODELS}


def blob_files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in root.rglob("*") if p.is_file() and p.parent.name != "tmp"}


def rewrite_archive(source: Path, target: Path, change) -> None:
    """Copies an archive member by member; `change(name, data)` returns new data, or None to drop it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)


# --- backup and restore -----------------------------------------------------------------------


@pytest.mark.both_engines
def test_backup_restore_round_trip(workspace, admin, office, tmp_path, engine):
    if engine == "postgresql":
        return _postgresql_round_trip(workspace, admin, tmp_path)
    before = table_rows(workspace.data_dir / "casedesk.db")
    files_before = blob_files(workspace.blobs.root)
    out = tmp_path / "office.zip"
    summary = backup.create_backup(workspace, admin, out)
    assert summary.startswith(f"backup {out}: 3 cases, 2 documents, 2 files")
    assert AuditEvent.select().where(AuditEvent.action == "office.backup").count() == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert list((workspace.backups_dir).iterdir()) == []  # the snapshot is gone

    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    assert manifest["format"] == "casedesk-backup" and manifest["format_version"] == 1
    assert manifest["schema_version"] >= 1 and manifest["counts"]["case"] == 3
    assert {f["name"] for f in manifest["files"]} == names - {"manifest.json"}
    assert manifest["integrity"] == "ok"
    close_workspace(workspace)

    target = tmp_path / "restored"
    summary = restore.restore_backup(out, target)
    assert summary.startswith("restored 3 cases, 2 documents and 2 files")
    assert table_rows(target / "casedesk.db") == before  # same rows, same audit trail
    assert blob_files(target / "blobs") == files_before
    assert sorted(p.name for p in target.iterdir()) == ["blobs", "casedesk.db"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def stored_contents(workspace: Workspace) -> dict[str, bytes]:
    """Every blob's bytes: Blob.data on PostgreSQL (the store's file for a row without data)."""
    return {sha: bytes(data) if data is not None else workspace.blobs.path_for(sha).read_bytes()
            for sha, data in Blob.select(Blob.sha256, Blob.data).tuples()}


def _postgresql_round_trip(workspace, admin, tmp_path):
    """A PostgreSQL office: backed up from one snapshot, restored into SQLite and into PostgreSQL."""
    from tests.unit.helpers import new_postgresql_database

    files_before = stored_contents(workspace)
    out = tmp_path / "office.zip"
    summary = backup.create_backup(workspace, admin, out)
    assert summary.startswith(f"backup {out}: 3 cases, 2 documents, 2 files")
    before = office_rows(workspace.database)  # the audit event of the backup comes after the snapshot
    before["audit_event"] = [row for row in before["audit_event"] if row[3] != "office.backup"]
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = set(archive.namelist())
    assert manifest["counts"]["case"] == 3 and manifest["integrity"] == "ok"
    assert {f["name"] for f in manifest["files"]} == names - {"manifest.json"}
    assert list(workspace.backups_dir.iterdir()) == []
    server_url = workspace.database_url
    close_workspace(workspace)

    into_sqlite = tmp_path / "restored"
    assert restore.restore_backup(out, into_sqlite).startswith("restored 3 cases, 2 documents and 2 files")
    restored = open_workspace(into_sqlite)
    try:
        assert office_rows(restored.database) == before
        assert blob_files(into_sqlite / "blobs") == files_before
    finally:
        close_workspace(restored)

    with new_postgresql_database(server_url) as url:
        summary = restore.restore_backup_to_database(out, url, tmp_path / "pgdata")
        assert summary.startswith("restored 3 cases, 2 documents and 2 files")
        with pytest.raises(UserError, match=r"not empty \(table office has 1 rows\)"):
            restore.restore_backup_to_database(out, url, tmp_path / "pgdata")
        on_server = open_workspace(tmp_path / "pgdata", url)
        try:
            assert office_rows(on_server.database) == before
            assert {sha: bytes(data) for sha, data in Blob.select(Blob.sha256, Blob.data).tuples()} == files_before
            assert [p.name for p in (tmp_path / "pgdata").iterdir() if p.name != "logs"] == []
            create_case(admin, WorkArea.get(WorkArea.code == "VN").id, city="After restore")  # sequences
        finally:
            close_workspace(on_server)


@pytest.mark.both_engines
def test_restore_into_folder_with_only_logs(workspace, admin, office, tmp_path):
    out = tmp_path / "b.zip"
    backup.create_backup(workspace, admin, out)
    close_workspace(workspace)
    target = tmp_path / "target"
    (target / "logs").mkdir(parents=True)
    (target / "logs" / "casedesk.log").write_text("hello")
    (target / "blobs" / "ab").mkdir(parents=True)  # empty folders hold no office
    restore.restore_backup(out, target)
    assert (target / "logs" / "casedesk.log").read_text() == "hello"
    assert len(blob_files(target / "blobs")) == 2


@pytest.mark.both_engines
def test_backup_refusals(workspace, admin, office, tmp_path):
    existing = tmp_path / "exists.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(UserError, match="already exists"):
        backup.create_backup(workspace, admin, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(UserError, match="does not exist"):
        backup.create_backup(workspace, admin, tmp_path / "nowhere" / "b.zip")
    with pytest.raises(PermissionDenied):
        backup.create_backup(workspace, office["advisor"], tmp_path / "b.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "doc0.txt", "doc1.txt", "exists.zip"]


@pytest.mark.both_engines
def test_failed_backup_leaves_nothing(workspace, admin, office, tmp_path, monkeypatch):
    real = backup._add_file
    calls = []

    def failing(archive, name, source, method):
        calls.append(name)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(archive, name, source, method)

    monkeypatch.setattr(backup, "_add_file", failing)
    out = tmp_path / "b.zip"
    with pytest.raises(StorageError, match="No space left on device"):
        backup.create_backup(workspace, admin, out)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "doc0.txt", "doc1.txt"]
    assert list(workspace.backups_dir.iterdir()) == []


def test_backup_of_damaged_and_missing_blobs_warns(workspace, admin, office, tmp_path):
    docs = list(office["cases"][0].documents)
    workspace.blobs.path_for(docs[0].blob_id).write_bytes(b"damaged")
    workspace.blobs.path_for(docs[1].blob_id).unlink()
    summary = backup.create_backup(workspace, admin, tmp_path / "b.zip")
    assert "WARNING" in summary and "1 document file(s) missing" in summary
    assert "1 document file(s) already damaged" in summary
    close_workspace(workspace)
    restored = restore.restore_backup(tmp_path / "b.zip", tmp_path / "r")
    assert "WARNING: the backup recorded 1 damaged and 1 missing" in restored


@pytest.mark.both_engines
def test_backup_of_a_server_office_with_bad_contents_warns(workspace, admin, office, tmp_path, engine):
    """PostgreSQL: a blob whose data is damaged or gone is backed up as it is, with a warning."""
    if engine == "sqlite":
        return
    docs = list(office["cases"][0].documents)
    with write_transaction():
        Blob.update(data=b"damaged").where(Blob.sha256 == docs[0].blob_id).execute()
        Blob.update(data=None).where(Blob.sha256 == docs[1].blob_id).execute()
    workspace.blobs.remove(docs[1].blob_id)  # an office stored before blobs moved into the database
    summary = backup.create_backup(workspace, admin, tmp_path / "b.zip")
    assert "1 document file(s) missing" in summary and "1 document file(s) already damaged" in summary
    close_workspace(workspace)
    restored = restore.restore_backup(tmp_path / "b.zip", tmp_path / "r")
    assert "WARNING: the backup recorded 1 damaged and 1 missing" in restored


@pytest.fixture
def archive(workspace, admin, office, tmp_path):
    out = tmp_path / "good.zip"
    backup.create_backup(workspace, admin, out)
    close_workspace(workspace)
    return out


def test_restore_refuses_an_office(archive, tmp_path):
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "casedesk.db").write_bytes(b"")
    with pytest.raises(UserError, match="already holds an office"):
        restore.restore_backup(archive, target)
    store = tmp_path / "with_blobs"
    (store / "blobs" / "ab" / "cd").mkdir(parents=True)
    (store / "blobs" / "ab" / "cd" / "x").write_bytes(b"x")
    with pytest.raises(UserError, match="already holds an office"):
        restore.restore_backup(archive, store)
    with pytest.raises(UserError, match="does not exist"):
        restore.restore_backup(tmp_path / "none.zip", tmp_path / "new")


def _blob_member(archive: Path) -> str:
    with zipfile.ZipFile(archive) as zf:
        return next(n for n in zf.namelist() if n.startswith("blobs/"))


@pytest.mark.parametrize("kind", ["tampered", "dropped", "extra", "unsafe", "absolute", "resized",
                                  "newer_schema", "no_manifest", "not_zip", "bad_manifest"])
def test_restore_refuses_bad_archives(archive, tmp_path, kind):
    member = _blob_member(archive)
    bad = tmp_path / f"{kind}.zip"
    expected = {
        "tampered": member, "dropped": member, "extra": "blobs/00/00/evil", "unsafe": "../evil.txt",
        "absolute": "/etc/evil", "resized": member, "newer_schema": "newer CaseDesk",
        "no_manifest": "no manifest.json", "not_zip": "not a readable zip",
        "bad_manifest": "manifest is unreadable",
    }[kind]

    def change(name, data):
        if kind == "tampered" and name == member:
            return data[:-1] + bytes([data[-1] ^ 1])
        if kind == "dropped" and name == member:
            return None
        if kind == "no_manifest" and name == "manifest.json":
            return None
        if kind == "bad_manifest" and name == "manifest.json":
            return b"{not json"
        if name == "manifest.json" and kind in ("resized", "newer_schema"):
            manifest = json.loads(data)
            if kind == "resized":
                next(f for f in manifest["files"] if f["name"] == member)["size"] += 1
            else:
                manifest["schema_version"] += 1
            return json.dumps(manifest).encode()
        return data

    if kind == "not_zip":
        bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    else:
        rewrite_archive(archive, bad, change)
        if kind in ("extra", "unsafe", "absolute"):
            with zipfile.ZipFile(bad, "a") as zf:
                zf.writestr(zipfile.ZipInfo(expected), b"payload")
    target = tmp_path / "target"
    with pytest.raises(UserError) as caught:
        restore.restore_backup(bad, target)
    assert expected in caught.value.message
    assert str(bad) in caught.value.message
    assert not target.exists()
    assert not (tmp_path / "evil.txt").exists()
    assert [p.name for p in tmp_path.iterdir() if ".restore-" in p.name] == []


def test_restore_refuses_damaged_compressed_data(archive, tmp_path):
    raw = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("casedesk.db")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 100
    raw[start:start + 8] = b"\x00" * 8
    bad = tmp_path / "damaged.zip"
    bad.write_bytes(bytes(raw))
    with pytest.raises(UserError, match=r"casedesk\.db"):
        restore.restore_backup(bad, tmp_path / "target")
    assert not (tmp_path / "target").exists()


def test_restore_refuses_a_zip_bomb_claim(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(restore, "MAX_RATIO", 1)
    with pytest.raises(UserError, match="impossible compression ratio"):
        restore.restore_backup(archive, tmp_path / "target")


def test_restore_refuses_without_room(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(restore, "DISK_MARGIN", 1 << 60)
    with pytest.raises(UserError, match=r"only .* is free"):
        restore.restore_backup(archive, tmp_path / "target")


@pytest.mark.both_engines
def test_restored_office_opens_and_checks(archive, tmp_path):
    from desktop_app.services.office import check
    from desktop_app.services.people import auth

    target = tmp_path / "restored"
    restore.restore_backup(archive, target)
    workspace = open_workspace(target)
    try:
        report = check.run_check(workspace, auth.default_actor())
        assert report.ok, report.lines()
        assert BlobStore(target / "blobs").verify(Case.get(Case.internal_ref == "García Núñez").documents[0].blob_id)
    finally:
        close_workspace(workspace)


# --- export -----------------------------------------------------------------------------------


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for accents
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


@pytest.mark.both_engines
def test_export_csv(workspace, admin, office, tmp_path):
    out = tmp_path / "cases.csv"
    assert list_export.export_cases(admin, "csv", out) == 2  # the trashed case is left out
    rows = read_csv(out)
    header = rows[0]
    assert header[:3] == ["Number", "Work area", "Status"] and len(header) == len(list_export.COLUMNS)
    first = dict(zip(header, rows[1], strict=True))
    assert first["Number"] == office["cases"][0].number
    assert first["Internal ref"] == "García Núñez" and first["City"] == "Córdoba"
    assert first["Tariff"] == "1234,50" and first["Amount"] == "99,99"
    assert first["Technician"] == "SA" and first["Documents"] == "2"
    assert first["Invoice"] == "unpaid" and first["Installments"] == "1/3 paid"
    assert first["Report"] == "none" and first["Quote"] == "none"
    local = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC).astimezone()
    assert first["Appointment"] == local.strftime("%Y-%m-%d %H:%M")
    second = dict(zip(header, rows[2], strict=True))
    assert second["Internal ref"] == "Ölçer; \"quoted\"" and second["Quote"] == "awaiting"
    assert second["City"] == "Sevilla Este" and second["Appointment"] == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    event = AuditEvent.select().where(AuditEvent.action == "cases.export").get()
    assert json.loads(event.details)["count"] == 2


@pytest.mark.both_engines
def test_export_xlsx_types(workspace, admin, office, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "cases.xlsx"
    assert list_export.export_cases(admin, "xlsx", out) == 2
    sheet = load_workbook(out, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Tariff"] == pytest.approx(1234.5) and isinstance(first["Tariff"], float | int)
    assert isinstance(first["Created"], dt.datetime)
    assert first["Appointment"] == dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert first["Internal ref"] == "García Núñez" and first["Documents"] == 2
    cells = next(iter(load_workbook(out).active.iter_rows(min_row=2, max_row=2)))
    assert cells[14].number_format == "#,##0.00"


@pytest.mark.both_engines
def test_export_only_what_the_user_sees(workspace, admin, office, tmp_path):
    out = tmp_path / "mine.csv"
    # The advisor created the second case and is assigned the first one.
    assert list_export.export_cases(office["advisor"], "csv", out) == 2
    other = create_case(admin, office["area"].id, internal_ref="Not his")[0]
    assert list_export.export_cases(office["advisor"], "csv", out) == 2  # overwrites the earlier export
    numbers = [row[0] for row in read_csv(out)[1:]]
    assert other.number not in numbers
    assert list_export.export_cases(admin, "csv", out) == 3


@pytest.mark.both_engines
def test_export_streams_in_blocks(workspace, admin, office, tmp_path, monkeypatch):
    monkeypatch.setattr(list_export, "BLOCK", 1)
    for index in range(3):
        create_case(admin, office["area"].id, internal_ref=f"Extra {index}")
    out = tmp_path / "cases.csv"
    assert list_export.export_cases(admin, "csv", out) == 5
    assert len(read_csv(out)) == 6


@pytest.mark.both_engines
def test_export_refusals(workspace, admin, office, tmp_path, monkeypatch):
    with pytest.raises(UserError, match="Unknown export format pdf"):
        list_export.export_cases(admin, "pdf", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="does not exist"):
        list_export.export_cases(admin, "csv", tmp_path / "nowhere" / "x.csv")
    with pytest.raises(UserError, match="it is a folder"):
        list_export.export_cases(admin, "csv", tmp_path)
    monkeypatch.setattr(list_export, "XLSX_MAX_ROWS", 1)
    with pytest.raises(UserError, match="export them as CSV"):
        list_export.export_cases(admin, "xlsx", tmp_path / "big.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "doc0.txt", "doc1.txt"]


def test_state_words():
    assert list_export.report_word(3, 2) == "delivered (2)"
    assert list_export.installments_word(2, 3, 3) == "all paid (3/3)"
    assert list_export.installments_word(0, 0, 0) == "none"


def test_export_disarms_spreadsheet_formulas():
    from desktop_app.services.reporting.list_export import inert_text

    assert inert_text('=HYPERLINK("http://evil/","x")') == '\'=HYPERLINK("http://evil/","x")'
    assert inert_text("@SUM(1+1)") == "'@SUM(1+1)"
    assert inert_text("-1") == "'-1" and inert_text("Dupont") == "Dupont" and inert_text("") == ""
