"""Changing a case's status in its row (S2-C14): a drop-down of the workflow's moves.

`StatusEditorDelegate` opens a `StatusCombo` on the status cell (double-click, F2 or
typing) listing the current status and exactly the statuses the workflow allows next
(`services.status_moves`); moves the user's role may not take are shown disabled with
the reason. `StatusEditController` asks what a move needs (a cancellation reason; a hold
reason and resume date), calls `cases.change_status` with the row's `version` (a
`StaleEdit` is reported and the row re-read), repaints the row and announces the change.
The write runs on a worker thread of the window's pool (another clerk holding the database
makes it wait up to the lock timeout): meanwhile the row's status cell reads "Changing to …"
with an hourglass and cannot be edited again; the outcome comes back on the GUI thread
(`sig_move_finished`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.errors import AppError, StaleEdit
from desktop_app.services.cases import status_moves
from desktop_app.services.cases.status_moves import StatusChoices, StatusMove
from desktop_app.services.context import ChangeSet
from desktop_app.views.case_list.case_table_model import STATUS_COLUMN, CaseTableModel
from desktop_app.views.case_list.status_reason import CancelReasonDialog, HoldReasonDialog, MoveReasonDialog
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session

log = logging.getLogger(__name__)
CODE_ROLE = Qt.ItemDataRole.UserRole
MOVE_PRIORITY = 10  # ahead of the reads queued on the window's pool
BUSY_GLYPH, BUSY_COLOUR = "fa5s.hourglass-half", "#1565c0"


class StatusCombo(QComboBox):
    """Item 0 is the current status; the others are the moves, in workflow order."""

    def __init__(self, choices: StatusChoices, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statusEditor")
        self.choices = choices
        self.case_id = choices.case_id
        self.version = version  # the row's: what the user saw
        self._add(choices.current)  # highlighted when the list opens
        self.setItemData(0, self.tr("Current status"), Qt.ItemDataRole.ToolTipRole)
        for move in choices.moves:
            self._add(move)
        self.setMaxVisibleItems(max(12, len(choices.moves) + 1))
        # The list is as wide as its longest status, not as the (often narrower) cell.
        widest = max(self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count()))
        self.view().setMinimumWidth(widest + self.iconSize().width() + 40)

    def _add(self, move: StatusMove) -> None:
        self.addItem(icons.colour_dot(move.colour), move.name, move.code)
        row = self.count() - 1
        model = self.model()
        if move.refusal is not None and isinstance(model, QStandardItemModel):
            item = model.item(row)
            item.setEnabled(False)
            item.setToolTip(formatting.error_text(move.refusal))
        elif move.help_text:
            self.setItemData(row, move.help_text, Qt.ItemDataRole.ToolTipRole)

    def open_popup(self) -> None:
        if self.isVisible() and not self.view().isVisible():
            self.showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing or arrows on the closed box open the list; only a click or Enter in it chooses.

        (A closed QComboBox would take the first status starting with the letter typed.)
        """
        browse = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
                  Qt.Key.Key_End)
        if not self.view().isVisible() and (event.key() in browse or event.text().strip()):
            self.showPopup()
            if event.text().strip():
                self.view().keyboardSearch(event.text())
            return
        super().keyPressEvent(event)

    def move_codes(self) -> list[str]:
        return [self.itemData(row, CODE_ROLE) for row in range(1, self.count())]

    def is_enabled(self, code: str) -> bool:
        row = self.findData(code, CODE_ROLE)
        model = self.model()
        return row >= 0 and bool(model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEnabled)

    def chosen_move(self) -> StatusMove | None:
        row = self.currentIndex()
        return self.choices.moves[row - 1] if row >= 1 else None


class StatusEditorDelegate(QStyledItemDelegate):
    """The status cell's editor; paints like the default delegate."""

    sig_move_requested = Signal(int, int, object)
    """(case id, the row's version, the StatusMove chosen)."""
    sig_error = Signal(str)
    """The editor could not open (no right to change the case, case gone): the message."""

    def __init__(self, choices: Callable[[int], StatusChoices], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self.editor: StatusCombo | None = None
        self.pending: dict[int, str] = {}  # case id → the status it is being moved to (being written)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """A row whose move is being written reads "Changing to …", in italics, with an hourglass."""
        super().initStyleOption(option, index)
        if not self.pending:
            return
        model = index.model()
        case_id = model.case_id(index.row()) if isinstance(model, CaseTableModel) else None
        target = self.pending.get(case_id) if case_id is not None else None
        if target is not None:
            option.text = (self.tr("Changing to {status}…").format(status=target) if target
                           else self.tr("Changing the status…"))
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            option.icon = icons.icon(BUSY_GLYPH, "#ffffff" if selected else BUSY_COLOUR)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            font = QFont(option.font)
            font.setItalic(True)
            option.font = font

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget | None:
        model = index.model()
        row = model.case_row(index.row()) if isinstance(model, CaseTableModel) else None
        if row is None or row.id in self.pending:  # one move at a time per case
            return None
        try:
            choices = self._choices(row.id)
        except AppError as exc:
            self.sig_error.emit(formatting.error_text(exc))
            return None
        editor = StatusCombo(choices, row.version, parent)
        editor.setFrame(False)
        editor.activated.connect(functools.partial(self._on_activated, editor))
        self.editor = editor
        QTimer.singleShot(0, editor, editor.open_popup)  # a drop-down straight away
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, StatusCombo):
            editor.setCurrentIndex(0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        """Never writes the model: the move is asked of the service, then the row is re-read."""
        if isinstance(editor, StatusCombo):
            move = editor.chosen_move()
            if move is not None:
                self.sig_move_requested.emit(editor.case_id, editor.version, move)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        editor.setGeometry(option.rect)

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def _on_activated(self, editor: StatusCombo, _row: int) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class StatusEditController(QObject):
    """Puts the editor on the status column and carries a chosen move through to the service."""

    sig_move_finished = Signal(int, bool)
    """A move started by `apply_move` ended (the row repainted, any message shown): (case id, moved)."""

    def __init__(self, session: Session, table: QTableView, model: CaseTableModel, workers: Workers) -> None:
        super().__init__(table)
        self._session = session
        self._table = table
        self._model = model
        self._workers = workers
        self._moves: dict[int, LatestTask] = {}  # case id → its move being written
        self.dialog: CancelReasonDialog | HoldReasonDialog | None = None
        self.message: QMessageBox | None = None
        self.delegate = StatusEditorDelegate(functools.partial(status_moves.status_moves, session.actor), table)
        table.setItemDelegateForColumn(STATUS_COLUMN, self.delegate)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # Queued: dialogs must not open while the view is still closing the editor.
        self.delegate.sig_move_requested.connect(self.request_move, Qt.ConnectionType.QueuedConnection)
        self.delegate.sig_error.connect(self.show_message)

    def edit_current(self) -> bool:
        """Opens the editor on the current row's status cell (F2 from any column)."""
        current = self._table.currentIndex()
        if not current.isValid():
            return False
        index = self._model.index(current.row(), STATUS_COLUMN)
        self._table.setCurrentIndex(index)
        return self._table.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, None)

    @Slot(int, int, object)
    def request_move(self, case_id: int, version: int, move: StatusMove) -> None:
        """Asks what the move needs, then makes it."""
        row = self._model.row_of(case_id)
        line = self._model.case_row(row) if row is not None else None
        number = line.number if line is not None else str(case_id)
        if move.needs_reason:
            try:
                reasons = status_moves.cancellation_reasons(self._session.actor, case_id)
            except AppError as exc:
                self.show_message(formatting.error_text(exc))
                return
            dialog = CancelReasonDialog(number, move.name, reasons, self._table.window())
            dialog.accepted.connect(lambda: self.apply_move(
                case_id, version, move.code, status_name=move.name, cancellation_reason_id=dialog.reason_id()))
        elif move.needs_hold:
            dialog = HoldReasonDialog(number, move.name, parent=self._table.window())
            dialog.accepted.connect(lambda: self.apply_move(
                case_id, version, move.code, status_name=move.name, hold_reason=dialog.reason(),
                resume_date=dialog.resume_date()))
        elif move.needs_free_reason:
            dialog = MoveReasonDialog(number, move.name, self._table.window())
            dialog.accepted.connect(lambda: self.apply_move(case_id, version, move.code, status_name=move.name,
                                                            reason=dialog.reason()))
        else:
            self.apply_move(case_id, version, move.code, status_name=move.name)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        """True while a move is being written."""
        return bool(self._moves)

    def apply_move(self, case_id: int, version: int, code: str, *, status_name: str = "", **details: object) -> bool:
        """Starts `cases.change_status` with the row's version on a worker thread; the row shows
        the move under way (`status_name`: the target's name, for the row) and repaints when it
        ends (`sig_move_finished`). False when a move of this case is already being written
        (nothing started)."""
        if case_id in self._moves:
            return False
        task = LatestTask(self._workers, self, priority=MOVE_PRIORITY)
        task.sig_finished.connect(lambda changes: self._on_move_done(case_id, code, None, changes))
        task.sig_failed.connect(lambda exc: self._on_move_done(case_id, code, exc, None))
        self._moves[case_id] = task
        self.delegate.pending[case_id] = status_name
        self._repaint_status(case_id)
        actor = self._session.actor
        task.run(lambda: status_moves.change_status(actor, case_id, code, version, **details))  # type: ignore[arg-type]
        return True

    def wait_for_moves(self) -> None:
        """Returns once no move is being written (before the window closes and its pool is cleared).
        A local event loop keeps the window painting; user input waits until the moves have ended."""
        if not self._moves:
            return
        loop = QEventLoop()
        self.sig_move_finished.connect(loop.quit)
        try:
            while self._moves:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.sig_move_finished.disconnect(loop.quit)

    def _repaint_status(self, case_id: int) -> None:
        row = self._model.row_of(case_id)
        if row is not None:
            self._table.update(self._model.index(row, STATUS_COLUMN))

    def _on_move_done(self, case_id: int, code: str, exc: object, changes: object) -> None:
        """On the GUI thread: what changed goes on the broadcast (the row, the index, the history follow);
        a refusal is shown. A case someone else changed meanwhile is re-read everywhere too."""
        task = self._moves.pop(case_id, None)
        if task is not None:
            task.deleteLater()
        self.delegate.pending.pop(case_id, None)
        self._repaint_status(case_id)
        if isinstance(exc, StaleEdit):
            self._session.changes.publish(ChangeSet(case_ids={case_id}), self)
            self.show_message(formatting.error_text(exc))
            self.sig_move_finished.emit(case_id, False)
            return
        if exc is not None:
            if not isinstance(exc, AppError):
                log.error("changing the status of case %s failed", case_id, exc_info=exc)  # type: ignore[arg-type]
            self.show_message(formatting.error_text(exc))  # type: ignore[arg-type]
            self.sig_move_finished.emit(case_id, False)
            return
        log.info("case %s moved to %s", case_id, code)
        self._session.changes.publish(changes if isinstance(changes, ChangeSet) else ChangeSet(case_ids={case_id}),
                                      self)
        self.sig_move_finished.emit(case_id, True)

    @Slot(str)
    def show_message(self, text: str) -> None:
        """A window-modal warning that does not block the caller (tests read `self.message`)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Status not changed"), text,
                          QMessageBox.StandardButton.Ok, self._table.window())
        box.setObjectName("statusChangeMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "message", None))
        self.message = box
        box.open()
