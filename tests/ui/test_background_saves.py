"""The index pane's save and the status change run off the GUI thread.

Another program holds the database's write lock (a second sqlite3 connection in BEGIN
IMMEDIATE): the save waits on a worker thread while the window keeps processing events (a
QTimer on the GUI thread counts its ticks), the pane shows its busy state, and the save
completes once the lock is released; a lock held past the timeout shows the message and keeps
what was typed; a change committed by the lock holder meanwhile shows the conflict; leaving
the case or closing the window waits for the save. Every outcome is read back from the database.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
)

from desktop_app.app import wait_until_settled
from desktop_app.models import Case
from desktop_app.storage import database
from desktop_app.views.case_list.case_table_model import STATUS_COLUMN
from tests.ui.helpers import (
    answer_next_dialog,
    choose,
    choose_status,
    editor,
    open_status_editor,
    retype,
    row_of_number,
    select_case,
    status_code,
)

SHOTS = os.environ.get("CASEDESK_SHOTS")


class Ticker:
    """A timer on the GUI thread: each tick proves the event loop ran; `probe` records what it saw."""

    def __init__(self, probe=lambda: None, interval_ms: int = 20) -> None:
        self.ticks = 0
        self.seen: list[object] = []
        self._probe = probe
        self.timer = QTimer(interval=interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        self.seen.append(self._probe())

    def stop(self) -> None:
        self.timer.stop()


class Holder:
    """Another program's connection holding the write lock of the office database."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(str(path), isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")
        self.open = True

    def release(self, commit: bool = False) -> None:
        if self.open:
            self.connection.execute("COMMIT" if commit else "ROLLBACK")
            self.open = False

    def close(self) -> None:
        self.release()
        self.connection.close()


@pytest.fixture
def holder(office):
    lock = Holder(office.data_dir / "casedesk.db")
    yield lock
    lock.close()


def shot(widget, tmp_path: Path, name: str) -> Path:
    target = Path(SHOTS) if SHOTS else tmp_path
    path = target / f"guisaves-{name}.png"
    assert widget.grab().save(str(path))
    return path


def edit_city(qtbot, window, office, city: str) -> tuple[object, QLineEdit, QComboBox]:
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    line = editor(pane, "index_city")
    retype(qtbot, line, city)
    sale = editor(pane, "index_field_sale_or_rent", QComboBox)  # required, still empty in this case
    choose(qtbot, sale, "Vente")
    assert pane.has_changes
    return pane, line, sale


def test_a_save_waits_for_the_lock_on_a_worker_and_the_window_keeps_running(qtbot, window, office, holder,
                                                                         tmp_path):
    pane, city, sale = edit_city(qtbot, window, office, "Saint-Nazaire")
    case = Case.get(Case.number == office.documents_case)
    changed: list[int] = []
    window.session.changes.sig_changes_applied.connect(lambda changes, _by: changed.extend(changes.case_ids))
    scrolled = pane.scroll.verticalScrollBar().value()
    ticker = Ticker(lambda: pane.saving)
    QTimer.singleShot(1000, holder.release)
    try:
        with qtbot.waitSignal(pane.sig_save_finished, timeout=15_000) as finished:
            assert pane.save()
            # Busy at once: the form read-only, Save disabled, no second save.
            assert pane.saving and not pane.save_button.isEnabled() and not pane.save_action.isEnabled()
            assert city.isReadOnly() and not sale.isEnabled()
            assert pane.scroll.verticalScrollBar().value() == scrolled  # the form did not jump
            assert not pane.save()
            qtbot.keyClicks(city, "x")
            assert city.text() == "Saint-Nazaire"
            qtbot.waitUntil(lambda: pane.saving_banner.isVisible())  # "Saving…", after a moment
            assert pane.saving_label.text() == "Saving…"
            busy_ticks = ticker.ticks
            window.case_list.table.verticalScrollBar().setValue(1)  # the list still scrolls
            shot(pane, tmp_path, "index-busy")
            assert pane.saving and holder.open  # still waiting for the lock
    finally:
        ticker.stop()
    assert finished.args == [True]
    assert busy_ticks >= 5 and ticker.seen.count(True) >= 20  # ~1 s of ticks while the save waited
    assert not pane.saving and not pane.saving_banner.isVisible() and not pane.error_banner.isVisible()
    sale = editor(pane, "index_field_sale_or_rent", QComboBox)  # the index fields were reloaded
    assert not city.isReadOnly() and sale.isEnabled() and sale.currentText() == "Vente" and not pane.has_changes
    assert changed == [case.id]
    row = Case.get_by_id(case.id)
    assert (row.city, row.version) == ("Saint-Nazaire", case.version + 1)
    assert pane.detail.version == row.version and city.text() == "Saint-Nazaire"


def test_a_lock_held_past_the_timeout_names_it_and_keeps_what_was_typed(monkeypatch, qtbot, office, tmp_path):
    from desktop_app.app import create_main_window
    from desktop_app.services.office.workspace import close_workspace

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.5)  # the timeout of the window's connections
    window = create_main_window(office.data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    lock = None
    try:
        pane, city, sale = edit_city(qtbot, window, office, "Saint-Nazaire")
        case = Case.get(Case.number == office.documents_case)
        lock = Holder(office.data_dir / "casedesk.db")
        qtbot.waitUntil(sale.hasFocus)  # the user just chose the sale
        ticker = Ticker()
        with qtbot.waitSignal(pane.sig_save_finished, timeout=15_000) as finished:
            assert pane.save()
        ticker.stop()
        assert finished.args == [False] and ticker.ticks >= 5
        text = pane.error_banner.text()
        assert pane.error_banner.isVisible()
        assert text.startswith("The database is locked by another program (for more than 0.5 s)."), text
        assert "Traceback" not in text
        shot(pane, tmp_path, "index-locked")
        # Nothing typed is lost, the form is editable again, and the same Save works later.
        assert city.text() == "Saint-Nazaire" and sale.currentText() == "Vente" and pane.has_changes
        assert not city.isReadOnly() and sale.isEnabled() and pane.save_button.isEnabled()
        assert sale.hasFocus()  # back where the user was
        assert Case.get_by_id(case.id).city == case.city
        lock.close()
        with qtbot.waitSignal(pane.sig_save_finished, timeout=15_000) as finished:
            assert pane.save()
        assert finished.args == [True] and not pane.error_banner.isVisible()
        assert Case.get_by_id(case.id).city == "Saint-Nazaire"
    finally:
        if lock is not None:
            lock.close()
        window.close()
        close_workspace(window.session.workspace)


def test_a_change_committed_while_the_save_waited_shows_the_conflict(qtbot, window, office, holder):
    pane, city, _sale = edit_city(qtbot, window, office, "Saint-Nazaire")
    case = Case.get(Case.number == office.documents_case)
    # The lock holder changes the case, then commits while our save waits for it.
    holder.connection.execute('UPDATE "case" SET "city" = ?, "version" = "version" + 1 WHERE "id" = ?',
                              ("Rennes", case.id))
    QTimer.singleShot(600, lambda: holder.release(commit=True))
    with qtbot.waitSignal(pane.sig_save_finished, timeout=15_000) as finished:
        assert pane.save()
        assert pane.saving
    assert finished.args == [False]
    assert pane.conflict_banner.isVisible() and pane.conflict_banner.isEnabled()
    assert editor(pane, "indexConflict_city_1", QLabel).text() == "Rennes"  # theirs
    assert editor(pane, "indexConflict_city_2", QLabel).text() == "Saint-Nazaire"  # yours
    assert city.text() == "Saint-Nazaire" and pane.has_changes
    assert Case.get_by_id(case.id).city == "Rennes"
    # Keeping mine saves in the background too, over their version.
    with qtbot.waitSignal(pane.sig_save_finished, timeout=15_000) as finished:
        pane.conflict_banner.sig_overwrite_requested.emit()
    assert finished.args == [True] and not pane.conflict_banner.isVisible()
    row = Case.get_by_id(case.id)
    assert (row.city, row.version) == ("Saint-Nazaire", case.version + 2)


def test_moving_to_another_case_waits_for_the_save(qtbot, window, office, holder):
    pane, _city, _sale = edit_city(qtbot, window, office, "Saint-Nazaire")
    case = Case.get(Case.number == office.documents_case)
    other = window.case_list.model.case_row(1)
    assert other.id != case.id
    ticker = Ticker(lambda: (pane.saving, pane.case_id))
    QTimer.singleShot(1000, holder.release)
    seen: list[str] = []
    answer_next_dialog(QMessageBox.StandardButton.Save, seen)
    window.case_list.select_row(1)  # asks, saves, waits for the save, then shows the other case
    qtbot.waitUntil(lambda: pane.case_id == other.id, timeout=15_000)
    ticker.stop()
    assert seen and office.documents_case in seen[0]
    while_saving = [case_id for saving, case_id in ticker.seen if saving]
    assert len(while_saving) >= 20  # the window kept running during the ~1 s wait…
    assert set(while_saving) == {case.id}  # …and showed the case being saved until it was saved
    assert Case.get_by_id(case.id).city == "Saint-Nazaire"
    assert not pane.has_changes and not pane.saving


def test_closing_the_window_waits_for_the_save(qtbot, window, office, holder):
    pane, _city, _sale = edit_city(qtbot, window, office, "Saint-Nazaire")
    case = Case.get(Case.number == office.documents_case)
    ticker = Ticker(lambda: pane.saving)
    QTimer.singleShot(800, holder.release)
    answer_next_dialog(QMessageBox.StandardButton.Save, [])
    assert window.close()  # returns once the save ended
    ticker.stop()
    assert ticker.seen.count(True) >= 10
    assert not window.isVisible() and not pane.saving
    assert Case.get_by_id(case.id).city == "Saint-Nazaire"


def test_a_status_change_waits_on_a_worker_and_its_row_shows_it(qtbot, window, office, holder, tmp_path):
    model = window.case_list.model
    controller = window.case_list.status_editing
    table = window.case_list.table
    row = row_of_number(window, office.quote_case)
    case_id = model.case_id(row)
    version = model.case_row(row).version
    editor_box = open_status_editor(qtbot, window, row)
    ticker = Ticker(lambda: controller.busy)
    QTimer.singleShot(1000, holder.release)
    with qtbot.waitSignal(controller.sig_move_finished, timeout=15_000) as moved:
        choose_status(editor_box, "to_quote")
        qtbot.waitUntil(lambda: controller.busy)
        # The row says what is under way, and its status cannot be edited again meanwhile.
        option = QStyleOptionViewItem()
        controller.delegate.initStyleOption(option, model.index(row, STATUS_COLUMN))
        assert option.text == "Changing to A deviser…" and option.font.italic()
        qtbot.waitUntil(lambda: controller.delegate.editor is None)
        table.edit(model.index(row, STATUS_COLUMN), QAbstractItemView.EditTrigger.EditKeyPressed, None)
        assert controller.delegate.editor is None  # createEditor refused while the move is written
        assert not controller.apply_move(case_id, version, "to_quote")  # one move at a time per case
        shot(table, tmp_path, "status-busy")
        assert controller.busy and holder.open
    ticker.stop()
    assert moved.args == [case_id, True]
    assert ticker.seen.count(True) >= 20
    assert status_code(case_id) == "to_quote" and model.case_row(row).version == version + 1
    assert model.index(row, STATUS_COLUMN).data() == "A deviser" and not controller.busy
    option = QStyleOptionViewItem()
    controller.delegate.initStyleOption(option, model.index(row, STATUS_COLUMN))
    assert option.text == "A deviser"


def test_closing_the_window_waits_for_a_queued_status_change(qtbot, window, office):
    controller = window.case_list.status_editing
    row = row_of_number(window, office.quote_case)
    case_id, version = window.case_list.model.case_id(row), window.case_list.model.case_row(row).version
    pool = window.workers.quick
    for _ in range(pool.maxThreadCount()):  # the window's workers are all busy: the move waits in the queue
        pool.start(QRunnable.create(lambda: time.sleep(0.8)))
    assert controller.apply_move(case_id, version, "to_quote", status_name="A deviser")
    assert controller.busy
    assert window.close()  # returns once the change was written (clearing the queue would drop it)
    assert not controller.busy and status_code(case_id) == "to_quote"
