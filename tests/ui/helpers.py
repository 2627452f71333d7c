"""Helpers the UI tests share: waiting for a published change, selecting a case, editing a field, answering a dialog."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPushButton, QTableView

from desktop_app.models import Case, db
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.views.case_list.case_table_model import STATUS_COLUMN
from desktop_app.views.common.session import Session
from desktop_app.views.settings.database_tab import DatabaseTab
from desktop_app.views.settings.settings_dialog import SettingsDialog
from tests.pg_office import small_office


@contextlib.contextmanager
def changes_published(qtbot, session: Session, *, case_id: int | None = None, initiator: object = None,
                      timeout: int = 10_000) -> Iterator[object]:
    """Waits (around the block) for a ChangeSet on the window's broadcast: naming `case_id` if given,
    from `initiator` if given. The blocker's `args` are (changes, initiator)."""

    def matches(changes, by) -> bool:
        return (case_id is None or case_id in changes.case_ids) and (initiator is None or by is initiator)

    with qtbot.waitSignal(session.changes.sig_changes_applied, timeout=timeout, check_params_cb=matches) as blocker:
        yield blocker


def answer_next_dialog(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Clicks `button` on the next modal message box (the question runs its own event loop)."""
    expected_answers.append(button)

    def click(attempt: int = 0) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            expected_answers.remove(button)
            box.button(button).click()
        elif attempt < 500:
            QTimer.singleShot(10, lambda: click(attempt + 1))
    QTimer.singleShot(0, click)


expected_answers: list[QMessageBox.StandardButton] = []


def select_case(qtbot, window, number: str) -> None:
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.case_row(r).number == number)
    window.case_list.select_row(row)
    qtbot.waitUntil(lambda: window.index.detail is not None and window.index.detail.number == number)


def editor(pane, name, cls=QLineEdit):
    widget = pane.findChild(cls, name)
    assert widget is not None, name
    return widget


def retype(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def click_save(qtbot, pane, button: QPushButton | None = None) -> None:
    """Clicks Save (or `button`, which starts a save) and waits until the background save has ended."""
    qtbot.mouseClick(button or pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.saving, timeout=15_000)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Picks an entry with the keyboard, as a user would (emits `activated`)."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def row_of_number(window, number: str) -> int:
    model = window.case_list.model
    return next(r for r in range(model.rowCount()) if model.case_row(r).number == number)


def open_status_editor(qtbot, window, row: int):
    """Double-clicks the status cell, as a clerk does, and returns the drop-down."""
    table = window.findChild(QTableView, "caseTable")
    index = window.case_list.model.index(row, STATUS_COLUMN)
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # QTest's double-click lacks the press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    delegate = window.case_list.status_editing.delegate
    qtbot.waitUntil(lambda: delegate.editor is not None and delegate.editor.isVisible())
    return delegate.editor


def choose_status(editor, code: str) -> None:
    position = editor.findData(code)
    assert position > 0, code
    editor.setCurrentIndex(position)
    editor.activated.emit(position)


def status_code(case_id: int) -> str:
    return Case.get_by_id(case_id).status.code


def office_on(url: str, tmp_path: Path, cases: int = 2) -> None:
    """A CaseDesk office with `cases` cases on the server (the window's database bound again after)."""
    previous = db.obj
    workspace = open_workspace(tmp_path / "server-side", url, create=True)
    try:
        small_office(auth.default_actor(), count=cases)
    finally:
        close_workspace(workspace)
        db.initialize(previous)


def open_tab(qtbot, window) -> tuple[SettingsDialog, DatabaseTab]:
    window.findChild(QAction, "actionSettings").trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    tab = dialog.database_tab
    qtbot.waitUntil(lambda: tab.loaded and not dialog.busy, timeout=10_000)
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Database"
    return dialog, tab
