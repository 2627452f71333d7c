"""The case table's context menu: archive, trash, restore and purge on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop_app.app import wait_until_settled
from desktop_app.models import Case
from desktop_app.services.case_list.case_filters import ViewMode
from tests.ui.helpers import answer_next_dialog, changes_published


def pane_of(window):
    return window.case_list


def show_view(qtbot, pane, view):
    pane.set_filter(pane.case_filter.with_(view=view))
    qtbot.waitUntil(lambda: pane.case_filter.view == view and not pane.busy)


def listed_numbers(pane):
    return {Case.get_by_id(pane.model.case_id(row)).number for row in range(pane.model.rowCount())}


def trigger(pane, name):
    menu = pane.case_actions.build_menu()
    action = menu.findChild(type(menu.actions()[0]), name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


# Every view offers them (tests/ui/test_seen_and_tickets.py, tests/ui/test_backups_and_case_export.py).
SEEN_ACTIONS = {"caseMarkSeenAction", "caseMarkAllSeenAction", "caseExportFilesAction"}


def enabled(pane):
    return {a.objectName() for a in pane.case_actions.build_menu().actions()
            if a.isEnabled() and not a.isSeparator() and a.objectName() not in SEEN_ACTIONS}


def test_archive_moves_case_to_archived_view(qtbot, window, office):
    pane = pane_of(window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    assert pane.select_case(pane.model.case_id(0))
    number = Case.get_by_id(pane.model.case_id(0)).number
    assert enabled(pane) == {"caseArchiveAction", "caseTrashAction", "caseShareAction", "caseMissingLetterAction"}
    trigger(pane, "caseArchiveAction")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5)
    assert number not in listed_numbers(pane)

    show_view(qtbot, pane, ViewMode.ARCHIVED)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert listed_numbers(pane) == {number}
    pane.select_row(0)
    assert enabled(pane) == {"caseUnarchiveAction", "caseTrashAction", "caseShareAction", "caseMissingLetterAction"}


def test_trash_and_restore_as_admin(qtbot, window, office):
    pane = pane_of(window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    pane.select_case(pane.model.case_id(1))
    number = Case.get_by_id(pane.model.case_id(1)).number
    trigger(pane, "caseTrashAction")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5)
    assert number not in listed_numbers(pane)

    show_view(qtbot, pane, ViewMode.TRASH)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    pane.select_row(0)
    assert enabled(pane) == {"caseRestoreAction", "casePurgeAction"}
    trigger(pane, "caseRestoreAction")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    show_view(qtbot, pane, ViewMode.ACTIVE)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    assert number in listed_numbers(pane)


def test_purge_asks_then_deletes(qtbot, window, office):
    pane = pane_of(window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    pane.select_case(pane.model.case_id(2))
    number = Case.get_by_id(pane.model.case_id(2)).number
    trigger(pane, "caseTrashAction")
    show_view(qtbot, pane, ViewMode.TRASH)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    pane.select_row(0)
    seen: list[str] = []
    answer_next_dialog(QMessageBox.StandardButton.Cancel, seen)
    trigger(pane, "casePurgeAction")
    assert "1 case" in seen[0] and "documents" in seen[0]
    assert Case.select().where(Case.number == number).exists()
    answer_next_dialog(QMessageBox.StandardButton.Yes, seen)
    trigger(pane, "casePurgeAction")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    assert not Case.select().where(Case.number == number).exists()


def test_right_click_on_a_row_opens_the_menu(qtbot, window):
    pane = pane_of(window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    table = pane.table
    pos = table.visualRect(pane.model.index(3, 1)).center()
    table.customContextMenuRequested.emit(pos)
    menu = pane.case_actions.menu
    assert isinstance(menu, QMenu) and menu.objectName() == "caseContextMenu"
    qtbot.waitUntil(menu.isVisible)
    assert table.selectionModel().isRowSelected(3, pane.model.index(3, 0).parent())
    menu.close()
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_share_a_case_with_a_user_then_take_it_back(qtbot, window, office):
    from desktop_app.services.people import auth
    from desktop_app.services.permissions import can_see_case
    from desktop_app.views.case_list.share_case import ShareCaseDialog

    pane = pane_of(window)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6)
    case = Case.get(Case.number == office.documents_case)  # not the technician's
    tech = auth.actor_for_login("tech")
    assert pane.select_case(case.id) and not can_see_case(tech, case.id)
    trigger(pane, "caseShareAction")
    dialog = window.findChild(ShareCaseDialog, "shareCaseDialog")
    assert dialog is not None and dialog.case_id == case.id and dialog.table.rowCount() == 0
    assert office.documents_case in dialog.windowTitle()
    dialog.who.setCurrentIndex(dialog.who.findText("Marie Lefèvre (tech)"))
    dialog.level.setCurrentIndex(dialog.level.findData("read"))
    with changes_published(qtbot, window.session, case_id=case.id, initiator=dialog):
        dialog.add_button.click()
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["Marie Lefèvre (tech)", "can see", "Administrator"]
    assert can_see_case(tech, case.id) and not can_see_case(tech, case.id, write=True)
    dialog.grab().save(str(office.data_dir / "share-dialog.png"))
    dialog.table.selectRow(0)
    with changes_published(qtbot, window.session, case_id=case.id, initiator=dialog):
        dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and not can_see_case(tech, case.id)
    dialog.close()


def test_share_is_not_offered_without_the_assign_right(qtbot, office):
    from desktop_app.app import create_main_window
    from desktop_app.services.office.workspace import close_workspace

    window = create_main_window(office.data_dir, user="tech")
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        pane = pane_of(window)
        qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
        pane.select_row(0)
        assert "caseShareAction" not in enabled(pane)
    finally:
        window.close()
        close_workspace(window.session.workspace)
