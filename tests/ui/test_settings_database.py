"""Tools → Settings → Database on the real window: where the office is, testing servers (a real
PostgreSQL: empty, holding an office, a closed port), saving the choice and the next start opening it."""

from __future__ import annotations

import argparse
import os
import socket
import stat
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from desktop_app import app as app_module
from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import AuditEvent
from desktop_app.services.office import connection_settings
from desktop_app.services.office.workspace import close_workspace
from desktop_app.views.settings.database_tab import DatabaseTab
from tests.ui.helpers import answer_next_dialog, office_on, open_tab

SHOT = Path(os.environ.get("CASEDESK_DATABASE_SHOT", "/tmp/dbsettings-en.png"))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def click_and_wait(qtbot, tab: DatabaseTab, name: str) -> str:
    button = tab.findChild(QPushButton, name)
    button.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    return tab.findChild(QLabel, "databaseResult").text()


def test_the_tab_shows_the_local_file_and_tests_servers(qtbot, window, office, postgresql_url, tmp_path):
    dialog, tab = open_tab(qtbot, window)
    assert tab.findChild(QLabel, "databaseEngine").text() == "SQLite: a file on this computer"
    assert tab.findChild(QLabel, "databaseWhere").text() == str(office.data_dir / "casedesk.db")
    assert tab.findChild(QLabel, "databaseOnStart").text() == f"the local file {office.data_dir / 'casedesk.db'}"
    assert tab.findChild(QLabel, "databaseSettingsFile").text() == str(office.data_dir / "database.ini")
    assert tab.findChild(QLineEdit, "databaseHost").text() == ""  # nothing to start the form from

    # a malformed URL, then a malformed field: named, and nothing is tried
    url_field = tab.findChild(QLineEdit, "databaseUrl")
    url_field.setText("postgresql://clerk@db.lan:port/office")
    tab.findChild(QPushButton, "databaseFillIn").click()
    assert tab.result.text().startswith("URL: the port of postgresql://clerk@db.lan:port/office is not a number")
    url_field.setText(postgresql_url)
    tab.findChild(QPushButton, "databaseFillIn").click()
    server, _, rest = postgresql_url.partition("@")[2].partition("/")
    host, port = server.split(":")
    assert (tab.host.text(), tab.port.text(), tab.name.text(), url_field.text()) == (host, port, rest, "")
    tab.port.setText("54x2")
    tab.test.click()
    assert not tab.busy and tab.result.text() == "Port: 54x2 is not a number from 1 to 65535."
    assert tab.port.hasFocus() or not window.isActiveWindow()

    # an empty database: it can hold a new office, and migrate-to copies this one there
    tab.port.setText(port)
    tab.password.setText("s3cret")
    tab.test.click()
    assert tab.busy and tab.progress.isVisible() and not tab.test.isEnabled()  # on a worker, the GUI goes on
    qtbot.waitUntil(lambda: not tab.busy, timeout=15_000)
    text = tab.result.text()
    assert text.startswith(f"{connection_settings.server_label(postgresql_url)} is reachable and empty: it can hold a new office."), text
    assert f'migrate-to --database "postgresql://{tab.user.text()}:***@{server}/{rest}"' in text
    assert "s3cret" not in text and text.endswith("In the command, *** stands for the password.")
    assert tab.test.isEnabled() and not tab.progress.isVisible()
    tab.password.clear()

    # "Use this database" on the empty one asks first; No saves nothing
    seen: list[str] = []
    answer_next_dialog(QMessageBox.StandardButton.No, seen)
    click_and_wait(qtbot, tab, "databaseUse")
    assert seen and "is empty" in seen[0] and not (office.data_dir / "database.ini").exists()

    # an office on the server: its schema and number of cases
    office_on(postgresql_url, tmp_path, cases=3)
    text = click_and_wait(qtbot, tab, "databaseTest")
    assert text.startswith(f"{connection_settings.server_label(postgresql_url)} holds a CaseDesk office (") and \
        text.endswith(f"schema {tab.last_result.latest}, 3 cases."), text
    assert tab.last_result.kind == connection_settings.OFFICE
    tab.findChild(QLineEdit, "databaseOptions").setText("connect_timeout=3")
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    qtbot.wait(50)  # the result label's new height is laid out
    assert dialog.grab().save(str(SHOT))

    # a closed port: cannot reach, with the server's reason
    tab.port.setText(str(closed_port()))
    text = click_and_wait(qtbot, tab, "databaseTest")
    assert text.startswith(f"Cannot reach {tab.user.text()}@{host}:{tab.port.text()}/{rest}: ") and \
        "refused" in text.lower(), text
    assert tab.last_result.kind == connection_settings.UNREACHABLE


def test_use_this_database_then_the_next_start_opens_it(qtbot, office, postgresql_url, tmp_path):
    office_on(postgresql_url, tmp_path, cases=2)
    window = create_main_window(office.data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        dialog, tab = open_tab(qtbot, window)
        tab.url.setText(postgresql_url.replace("@", ":s3cret@", 1))  # trust authentication ignores it
        assert tab.fill_from_url() and tab.password.text() == "s3cret"
        click_and_wait(qtbot, tab, "databaseUse")  # an office: saved without a question
        assert dialog.message.text() == (f"Saved: from its next start, CaseDesk on this computer opens "
                                         f"{connection_settings.server_label(postgresql_url)}. Restart CaseDesk to work there.")
        saved = connection_settings.saved_url(office.data_dir)
        assert saved == postgresql_url.replace("@", ":s3cret@", 1)
        if os.name == "posix":
            assert stat.S_IMODE((office.data_dir / "database.ini").stat().st_mode) == 0o600
        on_start = tab.findChild(QLabel, "databaseOnStart").text()
        assert on_start.startswith(f"the server {connection_settings.server_label(postgresql_url)}\nThis session was opened with")
        assert AuditEvent.select().where(AuditEvent.action == "pc.database").count() == 1  # in the office left
    finally:
        window.close()
        close_workspace(window.session.workspace)

    # the next start: the window opens the server
    window = create_main_window(office.data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        assert window.session.workspace.database_url == saved
        dialog, tab = open_tab(qtbot, window)
        assert tab.findChild(QLabel, "databaseEngine").text() == "PostgreSQL server"
        where = tab.findChild(QLabel, "databaseWhere").text()
        host_port = postgresql_url.partition("@")[2].partition("/")[0]
        assert where.startswith(f"server {host_port.split(':')[0]}, port {host_port.split(':')[1]}, database ")
        assert where.endswith("password saved (hidden)") and "s3cret" not in where
        assert tab.findChild(QLabel, "databaseOnStart").text() == f"the server {connection_settings.server_label(postgresql_url)}"
        assert tab.password.text() == "s3cret" and tab.password.echoMode() == QLineEdit.EchoMode.Password
        text = click_and_wait(qtbot, tab, "databaseTest")
        assert text.endswith("2 cases. CaseDesk has this office open now."), text

        # back to the local file: asked (the server's work is not in it), then the file is gone
        seen: list[str] = []
        answer_next_dialog(QMessageBox.StandardButton.Yes, seen)
        click_and_wait(qtbot, tab, "databaseUseLocal")
        assert seen and "instead of the server" in seen[0]
        assert not (office.data_dir / "database.ini").exists()
        assert dialog.message.text().startswith(
            f"Saved: from its next start, CaseDesk on this computer opens the local file {office.data_dir}")
    finally:
        window.close()
        close_workspace(window.session.workspace)
    window = create_main_window(office.data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        assert window.session.workspace.database_url == str(office.data_dir / "casedesk.db")
    finally:
        window.close()
        close_workspace(window.session.workspace)


def test_an_unreachable_saved_server_at_startup_says_which_and_how_to_change_it(qapp, office, monkeypatch):
    port = closed_port()
    connection_settings.save_url(office.data_dir, f"postgresql://clerk:TopSecret@127.0.0.1:{port}/office")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args)))
    args = argparse.Namespace(data_dir=office.data_dir, database=None, demo=False, lang="en", user=None,
                              screenshot=None)
    assert app_module.run_gui(args) == app_module.EXIT_USAGE
    assert len(shown) == 1 and shown[0][1] == "CaseDesk cannot open the data"
    message = shown[0][2]
    assert message.startswith(f"Cannot open the office server saved for this computer, clerk@127.0.0.1:{port}/office: ")
    assert "TopSecret" not in message and "refused" in message.lower()
    assert str(office.data_dir / "database.ini") in message
    assert f'--database "{office.data_dir / "casedesk.db"}"' in message
