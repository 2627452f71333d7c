"""On the real window: "since you last looked" marks and filter; assuming an ISP ticket and adding
movements from the case list's context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.app import wait_until_settled
from desktop_app.models import AccessGrant, Case, CaseSeen, Role, Status, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import case_editing, seen
from desktop_app.services.context import Actor
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX, NUMBER_COLUMN, STATE_ROLE, UNSEEN_ROLE
from tests.ui.helpers import changes_published


def _tech() -> Actor:
    return Actor.from_user(User.get(User.login == "tech"))


def _started(qtbot, window) -> Actor:
    """The window's user has a baseline (written in the background at the first load)."""
    actor = window.session.actor
    qtbot.waitUntil(lambda: seen.baseline(actor) is not None and not window.case_list.seen_busy)
    return actor


def _changed_by_tech(qtbot, window) -> int:
    """Marie (the technician) edits her first case after the admin opened the window; the list refreshes."""
    pane = window.case_list
    case_id = Case.select(Case.id).where(Case.assigned_user == User.get(User.login == "tech").id).first().id
    case_editing.update_case(_tech(), case_id, Case.get_by_id(case_id).version, subject="Toiture")
    with qtbot.waitSignal(pane.sig_cases_loaded, timeout=5000):
        window.refresh_action.trigger()
    return case_id


def test_a_case_changed_by_someone_else_is_marked_until_selected(qtbot, window):
    pane = window.case_list
    actor = _started(qtbot, window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    assert all(pane.model.index(r, 0).data(UNSEEN_ROLE) is None for r in range(6))  # older than the baseline
    case_id = _changed_by_tech(qtbot, window)
    row = pane.model.row_of(case_id)
    cell = pane.model.index(row, NUMBER_COLUMN)
    assert cell.data(UNSEEN_ROLE).who == "Marie Lefèvre"
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("Changed by Marie Lefèvre since you last looked")
    others = [r for r in range(6) if r != row]
    assert all(pane.model.index(r, NUMBER_COLUMN).data(UNSEEN_ROLE) is None for r in others)
    assert not pane.model.index(others[0], NUMBER_COLUMN).data(Qt.ItemDataRole.FontRole)

    pane.select_case(case_id)
    assert cell.data(UNSEEN_ROLE) is None  # at once, before the background write
    qtbot.waitUntil(lambda: CaseSeen.select().where((CaseSeen.user == actor.user_id)
                                                    & (CaseSeen.case == case_id)).exists())
    pane.model.refresh_rows()  # re-read from the database: still seen
    assert pane.model.index(row, NUMBER_COLUMN).data(UNSEEN_ROLE) is None
    assert seen.unseen_among(actor, [case_id]) == set()


def test_the_checkbox_narrows_the_list_to_changed_cases(qtbot, window):
    pane = window.case_list
    _started(qtbot, window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    case_id = _changed_by_tech(qtbot, window)
    box = pane.filter_bar.findChild(type(pane.filter_bar.unseen), "unseenFilter")
    assert box is not None and box.text() == "Changed since I last looked" and box.isVisible()
    with qtbot.waitSignal(pane.sig_cases_loaded, timeout=5000):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert pane.case_filter.unseen and pane.model.rowCount() == 1 and pane.model.case_id(0) == case_id
    assert pane.filter_bar.active_label.text() == "1 active"
    with qtbot.waitSignal(pane.sig_cases_loaded, timeout=5000):
        box.setChecked(False)
    assert pane.model.rowCount() == 6


def test_mark_as_seen_from_the_context_menu(qtbot, window):
    pane = window.case_list
    _started(qtbot, window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    case_id = _changed_by_tech(qtbot, window)
    pane.table.selectionModel().clearSelection()
    row = pane.model.row_of(case_id)
    pane.table.selectionModel().select(
        pane.model.index(row, 0), pane.table.selectionModel().SelectionFlag.Select
        | pane.table.selectionModel().SelectionFlag.Rows)
    menu = pane.case_actions.build_menu()
    action = menu.findChild(type(menu.actions()[0]), "caseMarkSeenAction")
    assert action.isEnabled() and action.text() == "Mark as seen"
    action.trigger()
    assert pane.model.index(row, NUMBER_COLUMN).data(UNSEEN_ROLE) is None  # the mark goes at once
    qtbot.waitUntil(lambda: not pane.case_actions.busy)  # recorded in the background
    assert seen.unseen_among(window.session.actor, [case_id]) == set()


def _isp_desk(data_dir):
    """An ISP desk: an open ticket the technician Rafael may change, and an unrelated clerk."""
    workspace = open_workspace(data_dir, create=True)
    try:
        with write_transaction():
            presets.create_office("isp")
            tech = User.create(login="tech7", full_name="Rafael Souza", initials="RS",
                               role=Role.get(Role.code == RoleCode.TECHNICIAN))
        ticket, _ = case_editing.create_case(auth.default_actor(), WorkArea.get(WorkArea.code == "ATD").id,
                                      subject="Sem conexão")
        with write_transaction():
            AccessGrant.create(case=ticket.id, user=tech.id, level="write")
        return ticket.id, ticket.number
    finally:
        close_workspace(workspace)


def _open_as(qtbot, data_dir, login):
    from desktop_app.app import create_main_window

    main = create_main_window(data_dir, user=login)
    wait_until_settled(main)  # the case list loads in the background
    qtbot.addWidget(main)
    main.resize(1600, 900)
    main.show()
    qtbot.waitExposed(main)
    return main


def _status(case_id: int) -> str:
    return Status.get_by_id(Case.get_by_id(case_id).status_id).code


def test_assume_from_the_context_menu_changes_the_row(qtbot, tmp_path):
    case_id, number = _isp_desk(tmp_path / "data")
    window = _open_as(qtbot, tmp_path / "data", "tech7")
    try:
        pane = window.case_list
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
        header = pane.table.horizontalHeader()
        assert not header.isSectionHidden(COLUMN_INDEX["pending"])  # the ISP desk shows who owes the next move
        assert pane.select_case(case_id)
        status_cell = pane.model.index(0, COLUMN_INDEX["status"])
        assert status_cell.data() == "Aberto"
        menu = pane.case_actions.build_menu()
        assume = menu.findChild(type(menu.actions()[0]), "caseAssumeAction")
        assert assume is not None and assume.isEnabled()
        with changes_published(qtbot, window.session, case_id=case_id, timeout=5000):
            assume.trigger()
        assert _status(case_id) == "assumed"
        assert pane.model.index(0, COLUMN_INDEX["status"]).data() == "Em andamento"
        assert pane.model.index(0, COLUMN_INDEX["technician"]).data() == "RS"
        assert pane.model.index(0, COLUMN_INDEX["pending"]).data(STATE_ROLE)[0] == 3  # internal
        assert window.statusBar().currentMessage() == f"Ticket {number} assumed"
        menu = pane.case_actions.build_menu()
        assert not menu.findChild(type(menu.actions()[0]), "caseAssumeAction").isEnabled()

        movement = menu.findChild(type(menu.actions()[0]), "caseAddMovementAction")
        assert movement.isEnabled()
        movement.trigger()
        dialog = pane.case_actions.movement_dialog
        qtbot.waitUntil(dialog.isVisible)
        kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
        assert kinds == ["note", "reply", "customer", "solution"]  # closing is for a manager or an admin
        dialog.select_kind("solution")
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no text yet
        qtbot.waitUntil(lambda: "empty" in dialog.error_label.text())  # refused by the service
        assert dialog.isVisible() and dialog.ok_button.isEnabled()
        dialog.text_edit.setPlainText("Conector da ONU trocado")
        with changes_published(qtbot, window.session, case_id=case_id, timeout=5000):
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert _status(case_id) == "resolved"
        assert pane.model.index(0, COLUMN_INDEX["status"]).data() == "Resolvido"
        assert pane.model.index(0, COLUMN_INDEX["pending"]).data(STATE_ROLE)[0] == 2  # external
        qtbot.waitUntil(lambda: any(e.kind == "movement" and e.action == "solution" for e in window.timeline.entries))
        texts = [window.timeline.entry_text(e) for e in window.timeline.entries if e.kind == "movement"]
        assert texts == ["Solution: Conector da ONU trocado", "Ticket assumed"]
    finally:
        window.close()
        close_workspace(window.session.workspace)


def test_a_clerk_sees_no_assume(qtbot, tmp_path):
    case_id, _number = _isp_desk(tmp_path / "data")
    window = _open_as(qtbot, tmp_path / "data", "admin")  # the admin may assume; typing the status may not
    try:
        pane = window.case_list
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
        pane.select_case(case_id)
        menu = pane.case_actions.build_menu()
        assert menu.findChild(type(menu.actions()[0]), "caseAssumeAction").isEnabled()
        with write_transaction():
            User.create(login="clara", full_name="Clara Dias", initials="CD",
                        role=Role.get(Role.code == RoleCode.ADMINISTRATIVE))
    finally:
        window.close()
        close_workspace(window.session.workspace)
    window = _open_as(qtbot, tmp_path / "data", "clara")
    try:
        pane = window.case_list
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
        pane.select_case(case_id)
        menu = pane.case_actions.build_menu()
        assert not menu.findChild(type(menu.actions()[0]), "caseAssumeAction").isEnabled()
    finally:
        window.close()
        close_workspace(window.session.workspace)
