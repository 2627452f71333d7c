"""Settings → Database → "Copy this office to the server…" on the real window: the ui office (real PDF,
PNG, text and zip documents) copied into an empty real PostgreSQL database, then opened there; a
damaged document, a server filled since the test and Cancel leave the server as it was and save nothing;
the action is offered only for a SQLite office after a test that found the server empty."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import psycopg
from PySide6.QtCore import QRunnable
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import AuditEvent, Case, Document, db
from desktop_app.services.office import connection_settings
from desktop_app.services.office.office_transfer import BASE_TABLES
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.storage.blobs import BlobStore
from desktop_app.views.settings import office_copy
from desktop_app.views.settings.office_copy import CopyProgressDialog
from tests.ui.helpers import answer_next_dialog, office_on, open_tab

SHOTS = Path(os.environ.get("CASEDESK_COPY_SHOTS", "/tmp"))


def on_server(url: str, tmp_path: Path, fn):
    """`fn(workspace)` with the server's office open (the window's database bound again after)."""
    previous = db.obj
    (tmp_path / "server-reader").mkdir(parents=True)
    workspace = open_workspace(tmp_path / "server-reader", url)
    try:
        return fn(workspace)
    finally:
        close_workspace(workspace)
        db.initialize(previous)


def server_tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        return [name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1").fetchall()]


def server_rows(url: str) -> int:
    """The rows of the office's tables on the server (aside from the schema and the base data a first
    opening writes, as the migrations leave them): 0 after a rollback."""
    tables = [name for name in server_tables(url) if name not in ("casedesk_schema", *BASE_TABLES)]
    with psycopg.connect(url) as connection:
        return sum(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables)


def probe_and_offer(qtbot, tab, url: str) -> None:
    tab.url.setText(url)
    assert tab.fill_from_url()
    tab.test.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert tab.last_result.kind == connection_settings.EMPTY, tab.result.text()
    assert tab.copy.isVisible() and tab.copy.isEnabled()


def start_copy(qtbot, tab, *, seen: list[str] | None = None, watch=None) -> list[bool]:
    """Clicks the action, answers Yes, and waits for `copy_finished` (its argument returned)."""
    seen = [] if seen is None else seen
    answer_next_dialog(QMessageBox.StandardButton.Yes, seen)
    with qtbot.waitSignal(tab.copy_finished, timeout=60_000) as blocker:
        tab.copy.click()
        if watch is not None:
            watch()
    assert seen and seen[0].startswith("Copy this office to ")
    assert not tab.copying and QApplication.activeModalWidget() is None
    return blocker.args


def repair_damaged_document(office, office_template) -> None:
    """The ui office's damaged.pdf got bad stored bytes on purpose: put the original ones back."""
    original = office_template.data_dir.parent / "files" / "damaged.pdf"
    sha = Document.get_by_id(office.documents["damaged.pdf"]).blob_id
    stored = BlobStore(office.data_dir / "blobs").path_for(sha)
    stored.chmod(0o644)
    shutil.copyfile(original, stored)


def test_copy_the_office_to_an_empty_server_then_this_pc_opens_it(qtbot, window, office, office_template,
                                                                    postgresql_url, tmp_path):
    dialog, tab = open_tab(qtbot, window)
    assert not tab.copy.isVisible()  # nothing tested yet
    probe_and_offer(qtbot, tab, postgresql_url)
    assert "choose \"Copy this office to the server…\" below" in tab.result.text()
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "copyserver-tab-offer.png"))
    assert window.intake.timer.isActive()

    # the ui office holds a document whose stored bytes were damaged: refused, the server left empty
    seen: list[str] = []
    assert start_copy(qtbot, tab, seen=seen) == [False]
    assert "Every case, document, user and the audit trail" in seen[0]
    assert "this computer opens the server from its next start" in seen[0]
    text = tab.result.text()
    assert text.startswith(f"The copy to {connection_settings.server_label(postgresql_url)} did not go through: Document content ")
    assert "is damaged" in text and "nothing was saved for this computer" in text
    assert "color: #c62828" in tab.result.styleSheet()
    assert not (office.data_dir / "database.ini").exists()
    assert "case" in server_tables(postgresql_url) and server_rows(postgresql_url) == 0  # rolled back
    assert not tab.copy.isVisible()  # the server is to be tested again
    assert window.intake.timer.isActive()  # the window's timers run again

    # the bytes repaired, tested again (CaseDesk's empty tables are left there): copied, the progress
    # shown in a modal dialog
    repair_damaged_document(office, office_template)
    tab.test.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert tab.last_result.kind == connection_settings.OFFICE and tab.copy.isVisible(), tab.result.text()
    assert tab.result.text().endswith("It holds no office yet: to move this office there, close CaseDesk on the "
                                      "other computers and choose \"Copy this office to the server…\" below.")
    progress: list[tuple[int, int, str]] = []
    states: dict[str, object] = {}

    def watch() -> None:
        box = window.findChild(CopyProgressDialog, "copyProgressDialog")
        assert box is not None and box.isVisible()
        states["modal"] = QApplication.activeModalWidget() is box
        states["paused"] = not window.intake.timer.isActive()
        tab._copy.sig_progress.connect(lambda *args: progress.append(args))
        box.grab().save(str(SHOTS / "copyserver-progress-start.png"))

    assert start_copy(qtbot, tab, watch=watch) == [True]
    assert states == {"modal": True, "paused": True}
    assert progress and progress[-1][0] == progress[-1][1] > 0  # (done, total) up to every row
    assert any(what == "case" for _done, _total, what in progress)
    cases = Case.select().count()
    server = connection_settings.server_label(postgresql_url)
    text = tab.result.text()
    assert text.startswith(f"Copied to {server}: {progress[-1][1]:,} rows ({cases} cases, "
                           f"{Document.select().count()} documents) in "), text
    assert text.endswith("checked (row counts, every document's SHA-256).\nSaved: from its next start, CaseDesk on "
                         f"this computer opens {server}. Restart CaseDesk to work there.\nPoint the other computers "
                         "at the server in their own Tools → Settings → Database."), text
    assert dialog.message.text() == (f"Saved: from its next start, CaseDesk on this computer opens {server}. "
                                     "Restart CaseDesk to work there.")
    assert connection_settings.saved_url(office.data_dir) == postgresql_url  # database.ini names the server
    assert AuditEvent.select().where(AuditEvent.action == "office.migrate_to").count() == 1
    assert window.intake.timer.isActive()
    qtbot.wait(50)
    dialog.grab().save(str(SHOTS / "copyserver-tab-done.png"))

    report = (office_template.data_dir.parent / "files" / "rapport_dpe.pdf").read_bytes()
    damaged = (office_template.data_dir.parent / "files" / "damaged.pdf").read_bytes()

    def check(workspace):
        assert Case.select().count() == cases
        document = Document.get_by_id(office.documents["rapport_dpe.pdf"])
        assert workspace.blobs.read_bytes(document.blob_id) == report
        assert workspace.blobs.read_bytes(Document.get_by_id(office.documents["damaged.pdf"]).blob_id) == damaged
        return True

    assert on_server(postgresql_url, tmp_path, check)


def test_a_server_filled_since_the_test_refuses_the_copy_and_nothing_is_saved(qtbot, window, office,
                                                                              postgresql_url, tmp_path):
    _dialog, tab = open_tab(qtbot, window)
    probe_and_offer(qtbot, tab, postgresql_url)
    office_on(postgresql_url, tmp_path, cases=2)  # another PC started an office there meanwhile
    assert start_copy(qtbot, tab) == [False]
    text = tab.result.text()
    assert "did not go through: Cannot copy into " in text and "it is not empty (table " in text, text
    assert not (office.data_dir / "database.ini").exists()
    assert on_server(postgresql_url, tmp_path / "check", lambda _w: Case.select().count()) == 2  # untouched
    assert not AuditEvent.select().where(AuditEvent.action == "office.migrate_to").exists()


def test_cancel_rolls_the_server_back(qtbot, window, office, office_template, postgresql_url, monkeypatch):
    _dialog, tab = open_tab(qtbot, window)
    repair_damaged_document(office, office_template)
    probe_and_offer(qtbot, tab, postgresql_url)
    reports: list[str] = []
    real_progress = office_copy.CopyJob.progress

    def progress(job, done, total, what):
        reports.append(what)
        if len(reports) == 3:  # Cancel pressed while the rows go in (set here: the click's effect, no race)
            job.control.cancel()
        real_progress(job, done, total, what)

    monkeypatch.setattr(office_copy.CopyJob, "progress", progress)
    assert start_copy(qtbot, tab) == [False]
    assert len(reports) == 3  # the first report after Cancel raised: the copy stopped there
    assert tab.result.text().startswith(f"The copy was cancelled: {connection_settings.server_label(postgresql_url)} was rolled "
                                        "back (left empty)")
    assert server_rows(postgresql_url) == 0
    assert not (office.data_dir / "database.ini").exists()


def test_the_cancel_button_before_the_copy_starts_and_closing_the_dialog(qtbot, window, office, postgresql_url):
    _dialog, tab = open_tab(qtbot, window)
    probe_and_offer(qtbot, tab, postgresql_url)
    release = threading.Event()

    class Busy(QRunnable):  # a job on the window's pool: the copy waits for it
        def run(self) -> None:
            release.wait(10)

    window.workers.quick.start(Busy())

    def cancel() -> None:
        box = window.findChild(CopyProgressDialog, "copyProgressDialog")
        assert box.text.text() == "Waiting for this window's background work to finish…"
        box.close()  # the title bar's close button: the same as Cancel, the dialog stays until stopped
        assert box.cancelling and not box.cancel_button.isEnabled() and box.isVisible()
        release.set()

    assert start_copy(qtbot, tab, watch=cancel) == [False]
    assert tab.result.text() == "The copy was cancelled before it started: nothing was copied or saved."
    assert server_tables(postgresql_url) == []
    assert not (office.data_dir / "database.ini").exists()


def test_the_copy_is_offered_only_for_a_local_office_after_an_empty_test(qtbot, window, office, postgresql_url,
                                                                         tmp_path):
    _dialog, tab = open_tab(qtbot, window)
    assert not tab.copy.isVisible()
    probe_and_offer(qtbot, tab, postgresql_url)
    tab.port.setText("1")  # the fields no longer are the tested server
    tab.port.textEdited.emit("1")
    assert not tab.copy.isVisible()
    assert not tab.copy_offered()
    probe_and_offer(qtbot, tab, postgresql_url)

    # a user who may not create tables there: not offered
    name = postgresql_url.rsplit("/", 1)[1]
    with psycopg.connect(postgresql_url, autocommit=True) as connection:
        connection.execute("DROP ROLE IF EXISTS casedesk_reader")
        connection.execute("CREATE ROLE casedesk_reader LOGIN")
        connection.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    try:
        tab.user.setText("casedesk_reader")
        tab.user.textEdited.emit("casedesk_reader")
        tab.test.click()
        qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
        assert tab.last_result.kind == connection_settings.EMPTY and not tab.last_result.may_create, tab.result.text()
        assert not tab.copy.isVisible()
    finally:
        with psycopg.connect(postgresql_url, autocommit=True) as connection:
            connection.execute(f"REVOKE ALL ON DATABASE {name} FROM casedesk_reader")
            connection.execute("DROP ROLE casedesk_reader")

    # a server holding an office: not offered
    office_on(postgresql_url, tmp_path, cases=1)
    tab.user.setText("")
    tab.url.setText(postgresql_url)
    assert tab.fill_from_url()
    tab.test.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    assert tab.last_result.kind == connection_settings.OFFICE and not tab.copy.isVisible()


def test_not_offered_when_the_office_open_is_on_postgresql(qtbot, office, postgresql_office_url, postgresql_url):
    connection_settings.save_url(office.data_dir, postgresql_office_url)  # this PC opens an office on the server
    window = create_main_window(office.data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        assert connection_settings.is_postgres(window.session.workspace.database_url)
        _dialog, tab = open_tab(qtbot, window)
        tab.url.setText(postgresql_url)
        assert tab.fill_from_url()
        tab.test.click()
        qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
        assert tab.last_result.kind == connection_settings.EMPTY and tab.last_result.may_create
        assert not tab.copy.isVisible() and not tab.copy_offered()
        assert "migrate-to" in tab.result.text() and "Copy this office" not in tab.result.text()
        tab.copy_to_server()  # called anyway: nothing happens
        assert not tab.copying and server_tables(postgresql_url) == []
    finally:
        window.close()
        close_workspace(window.session.workspace)
