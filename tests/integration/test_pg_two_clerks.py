"""Two clerks on one case, on PostgreSQL (issue 6): two real connections to one database.

The other clerk works on their own connection (another thread, as another program would).
A save over a version the other clerk replaced is refused and names them; a save that
waits on the other clerk's row lock re-reads the version once the lock goes and is refused,
not written over it; the index pane shows both versions and "keep mine" writes the merge;
the status editor refuses a stale row. Nothing is silently overwritten.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from desktop_app.app import wait_until_settled
from desktop_app.errors import StaleEdit
from desktop_app.models import AuditEvent, Case, IndexField, IndexValue, db
from desktop_app.services.cases import case_editing, index_values, status_moves
from tests.pg_office import make_clerk, on_own_connection, side_connection, small_office

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)


def stored(case_id: int) -> dict[str, str]:
    return dict(IndexValue.select(IndexField.code, IndexValue.value).join(IndexField)
                .where(IndexValue.case == case_id).tuples())


def test_the_second_clerks_save_over_the_same_version_is_refused(workspace, admin):
    case_id, _other = small_office(admin)
    claire = make_clerk()
    version = Case.get_by_id(case_id).version
    on_own_connection(lambda: index_values.save_case_index(
        claire, case_id, version, {"surface": "84.5"}, {"city": "Rennes"}))
    with pytest.raises(StaleEdit) as raised:
        index_values.save_case_index(admin, case_id, version, {"sale_or_rent": "Vente"}, {"city": "Brest"})
    assert "Claire Martin" in raised.value.message or "claire" in raised.value.message
    row = Case.get_by_id(case_id)
    assert (row.city, row.version) == ("Rennes", version + 1)
    assert stored(case_id) == {"mission": "DPE", "sale_or_rent": "Location", "surface": "84.5"}  # hers, not mine


def test_a_save_waiting_on_the_other_clerks_lock_is_refused_once_they_commit(workspace, admin):
    """Both read version v; the other commits first while our UPDATE waits on the row: PostgreSQL
    re-checks `version = v` on the new row, finds none, and the save is refused whole."""
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    audits = AuditEvent.select().count()
    with side_connection(workspace.database_url, "CaseDesk claire@PC-2", autocommit=False) as other:
        other.execute('UPDATE "case" SET city = %s, version = version + 1 WHERE id = %s AND version = %s',
                      ("Rennes", case_id, version))
        outcome: dict[str, object] = {}

        def our_save() -> None:
            try:
                with db.connection_context():
                    case_editing.update_case(admin, case_id, version, city="Brest")
            except Exception as exc:
                outcome["error"] = exc

        ours = threading.Thread(target=our_save)
        ours.start()
        with side_connection(workspace.database_url) as watch:  # wait until our UPDATE waits on the row
            for _attempt in range(200):
                waiting = watch.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()").fetchone()[0]
                if waiting:
                    break
                watch.execute("SELECT pg_sleep(0.02)")
            assert waiting, "our save never waited on the other clerk's row lock"
        other.commit()
        ours.join(30)
    assert isinstance(outcome.get("error"), StaleEdit)
    row = Case.get_by_id(case_id)
    assert (row.city, row.version) == ("Rennes", version + 1)
    assert AuditEvent.select().count() == audits  # our audit event was rolled back with the save


def test_a_status_change_over_a_stale_version_is_refused(workspace, admin):
    case_id, _other = small_office(admin)
    claire = make_clerk()
    case = Case.get_by_id(case_id)
    target = status_moves.allowed_statuses(case)[0].code
    on_own_connection(lambda: case_editing.update_case(claire, case_id, case.version, city="Rennes"))
    with pytest.raises(StaleEdit):
        status_moves.change_status(admin, case_id, target, case.version)
    row = Case.get_by_id(case_id)
    assert (row.status_id, row.city, row.version) == (case.status_id, "Rennes", case.version + 1)


# -- the real window -------------------------------------------------------------------------------
@pytest.fixture
def pg_window(qtbot, workspace, admin):
    from desktop_app.app import build_main_window

    ids = small_office(admin)
    window = build_main_window(workspace, admin)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == len(ids))
    yield window, ids
    window.persist_layout = False
    window.index.revert()
    window.close()


def _select(qtbot, window, case_id: int) -> None:
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.case_id(r) == case_id)
    window.case_list.select_row(row)
    qtbot.waitUntil(lambda: window.index.detail is not None and window.index.detail.id == case_id)


def _retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def test_the_index_pane_shows_both_versions_and_keep_mine_writes_the_merge(qtbot, pg_window, admin):
    window, (case_id, _other) = pg_window
    claire = make_clerk()
    _select(qtbot, window, case_id)
    pane = window.index
    version = pane.detail.version
    _retype(qtbot, pane.findChild(QLineEdit, "index_city"), "Saint-Nazaire")
    combo = pane.findChild(QComboBox, "index_field_sale_or_rent")
    combo.setCurrentIndex(combo.findText("Vente"))
    combo.activated.emit(combo.currentIndex())
    assert pane.has_changes
    on_own_connection(lambda: case_editing.update_case(claire, case_id, version, city="Rennes", subject="Vente maison"))
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.saving, timeout=15_000)
    assert pane.conflict_banner.isVisible()
    assert pane.conflict_banner.text.text().startswith("Changed by Claire Martin at ")
    assert pane.findChild(QLabel, "indexConflict_city_1").text() == "Rennes"  # theirs
    assert pane.findChild(QLabel, "indexConflict_city_2").text() == "Saint-Nazaire"  # yours
    row = Case.get_by_id(case_id)
    assert (row.city, row.version) == ("Rennes", version + 1) and stored(case_id)["sale_or_rent"] == "Location"
    qtbot.mouseClick(pane.findChild(QPushButton, "indexSaveMineButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.saving, timeout=15_000)
    row = Case.get_by_id(case_id)
    assert (row.city, row.subject, row.version) == ("Saint-Nazaire", "Vente maison", version + 2)
    assert stored(case_id)["sale_or_rent"] == "Vente"
    assert not pane.conflict_banner.isVisible() and not pane.has_changes


def test_the_status_editor_refuses_a_row_another_clerk_changed(qtbot, pg_window):
    window, (case_id, _other) = pg_window
    claire = make_clerk()
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.case_id(r) == case_id)
    seen = model.case_row(row).version
    target = status_moves.allowed_statuses(Case.get_by_id(case_id))[0].code
    on_own_connection(lambda: case_editing.update_case(claire, case_id, seen, city="Rennes"))
    controller = window.case_list.status_editing
    with qtbot.waitSignal(controller.sig_move_finished, timeout=15_000) as refused:
        assert controller.apply_move(case_id, seen, target)
    assert refused.args == [case_id, False]
    qtbot.waitUntil(lambda: controller.message is not None)
    assert "was changed by Claire Martin" in controller.message.text()
    case = Case.get_by_id(case_id)
    assert (case.city, case.version) == ("Rennes", seen + 1)
    assert model.case_row(row).version == seen + 1  # the row was re-read
    controller.message.close()
