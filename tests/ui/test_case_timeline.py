"""The History dock: the selected case's timeline, and notes and alerts added from it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QListWidget

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import Case, Note
from desktop_app.services.office.workspace import close_workspace


def select_case(qtbot, window, number: str) -> None:
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.case_row(r).number == number)
    window.case_list.select_row(row)
    qtbot.waitUntil(lambda: window.timeline.case_id is not None and not window.timeline.busy
                    and window.timeline.entries != [])


def show_history(qtbot, window) -> QListWidget:
    dock = window.findChild(QDockWidget, "timelineDock")
    assert dock is not None
    dock.show()
    dock.raise_()
    listing = window.findChild(QListWidget, "timelineList")
    qtbot.waitUntil(window.timeline.isVisible)
    return listing


def texts(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


def test_selecting_a_case_shows_its_history_newest_first(qtbot, window, office, tmp_path):
    listing = show_history(qtbot, window)
    select_case(qtbot, window, office.documents_case)
    lines = texts(listing)
    # five documents added and the creation of the case, the creation last (it came first)
    assert sum("Document added: " in line for line in lines) == 5
    assert "Case created" in lines[-1]
    assert all(" · " in line.split("\n")[0] for line in lines)  # when · who
    whens = [entry.when for entry in window.timeline.entries]
    assert whens == sorted(whens, reverse=True)
    window.grab().save(str(tmp_path / "timeline.png"))

    select_case(qtbot, window, office.billing_case)
    qtbot.waitUntil(lambda: any("Invoice issued" in line for line in texts(listing)))
    assert not any("Document added" in line for line in texts(listing))


def test_adding_a_note_shows_it_at_the_top_and_it_persists(qtbot, window, office):
    listing = show_history(qtbot, window)
    select_case(qtbot, window, office.quote_case)
    before = listing.count()
    edit = window.timeline.note_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Keys at the agency")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: listing.count() == before + 1)
    assert listing.item(0).text().endswith("\nKeys at the agency")
    assert edit.toPlainText() == ""
    case = Case.get(Case.number == office.quote_case)
    assert [n.text for n in Note.select().where(Note.case == case.id)] == ["Keys at the agency"]

    # an empty note is refused with a message, nothing added
    window.timeline.add_button.click()
    qtbot.waitUntil(lambda: "empty" in window.statusBar().currentMessage())
    assert Note.select().count() == 1

    # The note is still there in a new window on the same data.
    window.close()
    close_workspace(window.session.workspace)
    again = create_main_window(office.data_dir)
    wait_until_settled(again)  # the case list loads in the background
    qtbot.addWidget(again)
    try:
        again.timeline_dock.show()
        again.timeline_dock.raise_()
        select_case(qtbot, again, office.quote_case)
        assert again.timeline.list.item(0).text().endswith("\nKeys at the agency")
    finally:
        again.close()
        close_workspace(again.session.workspace)


def test_an_alert_for_the_assigned_technician_is_added_from_its_dialog(qtbot, window, office):
    show_history(qtbot, window)
    number = min(window.case_list.model.case_row(r).number for r in range(window.case_list.model.rowCount()))
    select_case(qtbot, window, number)  # D25-000001, assigned to the technician
    window.timeline.alert_button.click()
    dialog = window.findChild(QDialog, "alertDialog")
    qtbot.waitUntil(dialog.isVisible)
    names = [dialog.user_combo.itemText(i) for i in range(dialog.user_combo.count())]
    assert "Marie Lefèvre" in names
    dialog.user_combo.setCurrentIndex(names.index("Marie Lefèvre"))
    dialog.text_edit.setPlainText("Call the owner")
    dialog._submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.timeline.list.count() > 0
                    and "Alert for Marie Lefèvre" in window.timeline.list.item(0).text())
    alert = Note.get(Note.is_alert)
    assert alert.due_at > dt.datetime.now(dt.UTC)

    # a due date in the past is refused inside the dialog, which stays open
    window.timeline.alert_button.click()
    dialog = window.timeline.alert_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.text_edit.setPlainText("Too late")
    dialog.due_edit.setMinimumDateTime(QDateTime.currentDateTime().addDays(-30))
    dialog.due_edit.setDateTime(QDateTime.currentDateTime().addDays(-2))
    dialog._submit()
    error = dialog.findChild(QLabel, "alertError")
    qtbot.waitUntil(lambda: "in the past" in error.text())  # refused by the service, in the background
    assert error.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.isVisible()
    dialog.reject()
    assert Note.select().where(Note.is_alert).count() == 1
