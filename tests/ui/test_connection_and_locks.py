"""The window when the database is locked or the office server goes away (issue 6).

The index pane's save meets the fault: the message (not a traceback) says who holds the
lock / which server cannot be reached, the form keeps the user's values, nothing is written,
and the same Save works once the fault is gone. The status bar's `connectionNotice` tells
the state of the line to the office server.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktop_app.app import wait_until_settled
from desktop_app.models import Case
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage import database, presence
from tests.pg_office import own_cluster, small_office
from tests.ui.helpers import click_save, select_case


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)


def _retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def test_a_locked_database_names_the_other_session_and_the_edit_is_kept(short_waits, qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    case = Case.get(Case.number == office.documents_case)
    city = pane.findChild(QLineEdit, "index_city")
    _retype(qtbot, city, "Saint-Nazaire")
    sale = pane.findChild(QComboBox, "index_field_sale_or_rent")  # required, still empty in this case
    sale.setCurrentIndex(sale.findText("Vente"))
    sale.activated.emit(sale.currentIndex())
    # Bob's CaseDesk on another PC has the office open and holds a write transaction.
    bobs = database.make_database(str(office.data_dir / "casedesk.db"))
    bobs.connect()
    presence.register(bobs, login="bob", program="casedesk")
    bobs.execute_sql('UPDATE "session_presence" SET "host" = ? WHERE "id" = ?', ("PC-BOB", bobs.presence_id))
    holder = sqlite3.connect(str(office.data_dir / "casedesk.db"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        click_save(qtbot, pane)
        assert pane.error_banner.isVisible()
        text = pane.error_banner.text()
        assert text.startswith("The database is locked: another CaseDesk session kept it for more than 0.3 s")
        assert "bob@PC-BOB (casedesk, pid " in text and "Traceback" not in text
        assert city.text() == "Saint-Nazaire" and pane.has_changes  # the edit is kept
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        presence.unregister(bobs)
        bobs.close()
    assert Case.get_by_id(case.id).city == case.city  # nothing written
    click_save(qtbot, pane)  # the same Save, once the lock is gone
    assert not pane.error_banner.isVisible(), pane.error_banner.text()
    assert not pane.has_changes
    assert Case.get_by_id(case.id).city == "Saint-Nazaire"


def test_an_unreachable_server_is_named_the_edit_kept_and_saved_once_it_is_back(qtbot, tmp_path):
    from desktop_app.app import build_main_window

    with own_cluster() as cluster:
        workspace = open_workspace(tmp_path / "data", cluster.create_database(), create=True)
        window = None
        try:
            workspace.database.reconnect_delays = (0.05, 0.1)
            admin = auth.default_actor()
            (case_id,) = small_office(admin, count=1)
            window = build_main_window(workspace, admin)
            wait_until_settled(window)  # the case list loads in the background
            qtbot.addWidget(window)
            window.persist_layout = False
            window.resize(1600, 900)
            window.show()
            qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
            select_case(qtbot, window, Case.get_by_id(case_id).number)
            pane = window.index
            city = pane.findChild(QLineEdit, "index_city")
            _retype(qtbot, city, "Saint-Nazaire")
            cluster.stop_server()
            click_save(qtbot, pane)
            server = f"127.0.0.1:{cluster.server.port}"
            assert pane.error_banner.isVisible()
            assert pane.error_banner.text().startswith(f"Cannot reach the office server {server}: ")
            assert city.text() == "Saint-Nazaire" and pane.has_changes
            notice = window.findChild(QLabel, "connectionNotice")
            qtbot.waitUntil(lambda: notice.isVisible() and notice.text().startswith(f"Cannot reach the office server {server}"))
            cluster.start_server()
            click_save(qtbot, pane)
            assert not pane.error_banner.isVisible(), pane.error_banner.text()
            assert not pane.has_changes
            assert Case.get_by_id(case_id).city == "Saint-Nazaire"
            qtbot.waitUntil(lambda: notice.text() == "The connection to the office server was lost; reconnected.")
            window.grab().save(str(tmp_path / "reconnected.png"))
        finally:
            if window is not None:
                window.close()
            close_workspace(workspace)
