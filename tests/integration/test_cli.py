"""The real `casedesk` command: exit codes, one clear line on stderr, nothing half-written.

Bad usage runs in a subprocess (`python -m desktop_app`), as a user would meet it; the
rest calls desktop_app.cli.main in-process, which is the same code and much faster.
"""

from __future__ import annotations

import csv
import importlib.util
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from desktop_app.models import Role, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.context import Actor
from desktop_app.services.documents.document_import import add_document
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str | Path) -> tuple[int, str, str]:
    """The command in a subprocess: (exit code, stdout, stderr)."""
    done = subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True,
                          text=True, env=ENV, timeout=120)
    return done.returncode, done.stdout, done.stderr


def one_error_line(err: str, *names: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("casedesk: error: "), err
    assert "Traceback" not in err
    for name in names:
        assert name in lines[0], (name, err)
    return lines[0]


def make_pdf(path: Path, text: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, text)
    path.write_bytes(bytes(pdf.output()))
    return path


@pytest.fixture
def office_dir(tmp_path):
    """A closed data dir: a diagnostics office, an advisor, two cases, one PDF on the first."""
    data = tmp_path / "office"
    workspace = open_workspace(data, create=True)
    try:
        with write_transaction():
            presets.create_office("diagnostics")
        admin = auth.default_actor()
        area = WorkArea.get()
        advisor = Actor.from_user(User.create(login="advisor", full_name="Sam Advisor", initials="SA",
                                              role=Role.get(Role.code == RoleCode.SALES_ADVISOR)))
        first, _ = create_case(admin, area.id, internal_ref="Lefèvre", city="Nantes")
        create_case(advisor, area.id, internal_ref="Advisor's own", city="Rennes")
        add_document(workspace, admin, first.id, make_pdf(tmp_path / "rapport.pdf", "Rapport Lefevre"))
    finally:
        close_workspace(workspace)
    return data


def query(data: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(data / "casedesk.db")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def stored_files(data: Path) -> list[Path]:
    return sorted(p for p in (data / "blobs").rglob("*") if p.is_file())


# --- bad usage: exit 2 and one line -----------------------------------------------------------


def test_missing_data_dir(tmp_path):
    missing = tmp_path / "nonexistent"
    code, _out, err = run("--data-dir", missing, "check")
    assert code == 2
    one_error_line(err, str(missing), "does not exist")
    assert not missing.exists()


def test_unknown_case_number(office_dir, tmp_path):
    pdf = make_pdf(tmp_path / "f.pdf", "x")
    code, _out, err = run("--data-dir", office_dir, "import", "--case", "999", pdf)
    assert code == 2
    one_error_line(err, "999")


def test_bad_database_urls(office_dir, tmp_path):
    code, _out, err = run("--data-dir", office_dir, "--database", "mysql://x/y", "check")
    assert code == 2
    one_error_line(err, "mysql://x/y", "Unsupported database URL")
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_bytes(b"these are my notes, not a database\n" * 200)
    code, _out, err = run("--data-dir", office_dir, "--database", not_a_db, "check")
    assert code == 2
    one_error_line(err, str(not_a_db))
    assert not_a_db.read_bytes().startswith(b"these are my notes")


@pytest.mark.parametrize("args, name", [(["frobnicate"], "frobnicate"), (["--frob", "check"], "--frob"),
                                        (["check", "--fix"], "--fix"),
                                        (["export", "--format", "pdf", "x"], "pdf")])
def test_unknown_subcommand_or_option(office_dir, args, name):
    code, out, err = run("--data-dir", office_dir, *args)
    assert code == 2
    one_error_line(err, name)
    assert out == ""


# --- import: the good file goes in, each bad one gets its line --------------------------------


def test_import_batch_with_bad_files(office_dir, tmp_path, call):
    good = make_pdf(tmp_path / "good.pdf", "A good report")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n this is not really a PDF \n%%EOF\n")
    folder = tmp_path / "a_folder.pdf"
    folder.mkdir()
    missing = tmp_path / "missing.pdf"
    files_before = stored_files(office_dir)

    code, out, err = call("--data-dir", office_dir, "import", "--case", "D25-000001",
                          empty, corrupt, good, folder, missing)
    assert code == 1
    assert "added good.pdf to case D25-000001" in out
    lines = err.strip().splitlines()
    assert len(lines) == 4 and "Traceback" not in err
    for line, name, reason in zip(lines, ["empty.pdf", "corrupt.pdf", "a_folder.pdf", "missing.pdf"],
                                  ["empty", "not a readable PDF", "not a regular file", "does not exist"],
                                  strict=True):
        assert line.startswith(f"casedesk: error: {name}: ") and reason in line, line
    assert query(office_dir, "SELECT original_name FROM document ORDER BY id") == [("rapport.pdf",), ("good.pdf",)]
    assert query(office_dir, 'SELECT document_count FROM "case" WHERE number = ?', "D25-000001") == [(2,)]
    assert len(stored_files(office_dir)) == len(files_before) + 1  # no blob, no temp file for the bad ones


def test_import_of_a_duplicate_warns_and_adds_the_rest(office_dir, tmp_path, call):
    """A file the case already has is named on stderr as a warning; the others go in; exit 0."""
    again = tmp_path / "rapport.pdf"  # the very file office_dir added to the case
    new = make_pdf(tmp_path / "photos.pdf", "Photos")
    code, out, err = call("--data-dir", office_dir, "import", "--case", "D25-000001", again, new)
    assert code == 0, err
    assert "added photos.pdf to case D25-000001" in out and "rapport.pdf" not in out
    assert err.strip() == "casedesk: warning: rapport.pdf: already in case D25-000001 as “rapport”. Not stored twice."
    assert query(office_dir, "SELECT original_name FROM document ORDER BY id") == [("rapport.pdf",), ("photos.pdf",)]


# --- check -------------------------------------------------------------------------------------


def test_check_healthy_then_damaged_blob(office_dir, call):
    code, out, err = call("--data-dir", office_dir, "check")
    assert (code, err) == (0, "")
    assert out.strip() == "check: 0 problems (2 cases, 1 documents, 1 blobs verified)"

    (blob,) = stored_files(office_dir)
    data = bytearray(blob.read_bytes())
    data[200:210] = b"XXXXXXXXXX"
    blob.write_bytes(bytes(data))
    code, out, _err = call("--data-dir", office_dir, "check")
    assert code == 1
    assert f"blob {blob.name}: the content is damaged" in out
    assert "“rapport” of case D25-000001" in out


def test_check_state_drift_and_repair(office_dir, call):
    con = sqlite3.connect(office_dir / "casedesk.db")
    con.execute('UPDATE "case" SET report_state = 3, document_count = 5 WHERE number = ?', ("D25-000001",))
    con.commit()
    con.close()
    code, out, _err = call("--data-dir", office_dir, "check")
    assert code == 1
    assert "case D25-000001: stored states differ" in out and "document_count 5→1" in out

    code, out, err = call("--data-dir", office_dir, "--user", "advisor", "check", "--repair")
    assert code == 2
    one_error_line(err, "advisor")

    code, out, _err = call("--data-dir", office_dir, "check", "--repair")
    assert code == 0
    assert "fixed: case D25-000001" in out
    assert call("--data-dir", office_dir, "check")[0] == 0
    assert query(office_dir, 'SELECT document_count FROM "case" WHERE number = ?', "D25-000001") == [(1,)]


# --- backup and restore ------------------------------------------------------------------------


def all_rows(data: Path) -> dict[str, list[tuple]]:
    tables = [name for (name,) in query(data, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {table: query(data, f'SELECT * FROM "{table}" ORDER BY 1') for table in tables}


def test_backup_restore_and_refusals(office_dir, tmp_path, call):
    before = all_rows(office_dir)
    archive = tmp_path / "office-backup.zip"
    code, out, err = call("--data-dir", office_dir, "backup", archive)
    assert (code, err) == (0, "")
    assert out.startswith(f"backup {archive}: 2 cases, 1 documents, 1 files")

    code, _out, err = call("--data-dir", office_dir, "backup", archive)
    assert code == 2
    one_error_line(err, str(archive), "already exists")

    restored = tmp_path / "restored"
    code, out, err = call("--data-dir", restored, "restore", archive)
    assert (code, err) == (0, "")
    assert out.startswith("restored 2 cases, 1 documents and 1 files")
    after = all_rows(restored)
    assert after.pop("audit_event") == before.pop("audit_event")  # the backup's own event came after
    assert after == before
    assert [p.read_bytes() for p in stored_files(restored)] == [p.read_bytes() for p in stored_files(office_dir)]
    assert call("--data-dir", restored, "check")[0] == 0

    code, _out, err = call("--data-dir", office_dir, "restore", archive)
    assert code == 2
    one_error_line(err, str(office_dir), "already holds an office")

    (member,) = [n for n in zipfile.ZipFile(archive).namelist() if n.startswith("blobs/")]
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == member:
                data = data[:100] + bytes([data[100] ^ 0xFF]) + data[101:]  # one byte changed
            new.writestr(info, data)
    target = tmp_path / "from_tampered"
    code, _out, err = run("--data-dir", target, "restore", tampered)
    assert code == 2
    one_error_line(err, member, "does not match its SHA-256")
    assert not target.exists()


# --- export ------------------------------------------------------------------------------------


def test_export_csv_xlsx_and_visibility(office_dir, tmp_path, call):
    out = tmp_path / "cases.csv"
    code, stdout, err = call("--data-dir", office_dir, "export", "--format", "csv", out)
    assert (code, err) == (0, "")
    assert stdout.strip() == f"exported 2 cases to {out}"
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 3
    assert rows[1][0] == "D25-000001" and rows[1][3] == "Lefèvre" and rows[1][-1] == "1"

    mine = tmp_path / "mine.xlsx"
    code, stdout, err = call("--data-dir", office_dir, "--user", "advisor", "export", "--format", "xlsx", mine)
    assert (code, err) == (0, "")
    from openpyxl import load_workbook

    sheet_rows = list(load_workbook(mine, read_only=True).active.iter_rows(values_only=True))
    assert len(sheet_rows) == 2 and sheet_rows[1][0] == "D25-000002" and sheet_rows[1][3] == "Advisor's own"

    code, _out, err = call("--data-dir", office_dir, "--user", "nobody", "export", out)
    assert code == 2
    one_error_line(err, "nobody")


def test_export_case_files(office_dir, tmp_path, call):
    out = tmp_path / "two.zip"
    code, stdout, err = call("--data-dir", office_dir, "export", "--case", "D25-000001", "--case", "D25-000002", out)
    assert (code, err) == (0, "")
    assert stdout.startswith("exported 2 case(s) with 1 document(s)") and str(out) in stdout
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["D25-000001/rapport.pdf", "manifest.json"]
        assert zf.read("D25-000001/rapport.pdf") == (tmp_path / "rapport.pdf").read_bytes()

    # The advisor may not read the first case: refused by its number, nothing written.
    refused = tmp_path / "refused.zip"
    code, _out, err = call("--data-dir", office_dir, "--user", "advisor", "export", "--case", "D25-000002",
                           "--case", "D25-000001", refused)
    assert code == 2
    one_error_line(err, "D25-000001", "nothing was exported")
    assert not refused.exists()
    code, _out, err = call("--data-dir", office_dir, "export", "--case", "D25-000001", tmp_path / "no" / "x.zip")
    assert code == 2
    one_error_line(err, str(tmp_path / "no"), "does not exist")
    code, _out, err = call("--data-dir", office_dir, "export", "--format", "xlsx", "--case", "D25-000001",
                           tmp_path / "x.zip")
    assert code == 2
    one_error_line(err, "--format")


# --- selftest ----------------------------------------------------------------------------------


@pytest.mark.xdist_group("selftest")  # both count the selftest's folders in the temp dir: one worker
def test_selftest():
    if importlib.util.find_spec("desktop_app.app") is None:
        pytest.skip("desktop_app.app (the main window) is not written yet: the selftest grabs it")
    code, out, err = run("selftest")
    assert code == 0, err
    assert out.strip() == "selftest: ok"
    assert err == ""


def _selftest_dirs() -> set[str]:
    import tempfile

    return {p.name for p in Path(tempfile.gettempdir()).glob("casedesk-selftest-*")}


@pytest.mark.xdist_group("selftest")
def test_selftest_steps_with_a_stand_in_window(monkeypatch, qapp):
    """Every step but the real window (tested above once desktop_app.app exists)."""
    import types

    from PySide6.QtWidgets import QLabel

    from desktop_app.selftest import run_selftest

    opened = []

    def create_main_window(data_dir, user=None):
        opened.append(query(Path(data_dir), "SELECT count(*) FROM document")[0][0])
        return QLabel("CaseDesk")

    monkeypatch.setitem(sys.modules, "desktop_app.app",
                        types.SimpleNamespace(create_main_window=create_main_window))
    before = _selftest_dirs()
    assert run_selftest() == []
    assert opened == [2]  # the window saw the office with its PDF and DOCX
    assert _selftest_dirs() == before

    def broken(data_dir, user=None):
        raise RuntimeError("no window today")

    monkeypatch.setitem(sys.modules, "desktop_app.app", types.SimpleNamespace(create_main_window=broken))
    assert run_selftest() == ["main window: RuntimeError: no window today"]
    assert _selftest_dirs() == before


def test_users_lists_logins_with_role_and_team(tmp_path, capsys):
    from desktop_app.cli.main import main

    (tmp_path / "d").mkdir()
    assert main(["--data-dir", str(tmp_path / "d"), "users"]) == 0
    out = capsys.readouterr().out
    assert out.split()[:3] == ["admin", "admin", "-"]
