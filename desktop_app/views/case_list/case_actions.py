"""The case table's context menu: archive, unarchive, trash, restore and purge the selected cases;
share one; mark them as seen; on an ISP ticket, assume it and add a movement (services/helpdesk/tickets.py).

What the menu offers follows the list's view (Active, Archived, Trash) and the acting user's
rights (`permissions.allowed`); the services check again. Every write runs on the window's
workers (a lock held by a colleague never freezes the window): the rows show an hourglass
cursor meanwhile, and the outcome is published on the ChangeSet broadcast (the list, the
index and the history follow) or said on the pane's error line.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QMessageBox, QTableView

from desktop_app.errors import AppError
from desktop_app.services.case_list.case_filters import ViewMode
from desktop_app.services.cases import case_lifecycle, seen
from desktop_app.services.context import ChangeSet
from desktop_app.services.helpdesk import tickets
from desktop_app.services.permissions import Action, allowed
from desktop_app.views.case_list.case_files_export import CaseFilesExport
from desktop_app.views.case_list.case_table_model import CaseTableModel
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.helpdesk.movement_dialog import MovementDialog


class CaseActions(QObject):
    """Installs the row context menu on the case table and runs what it offers in the background."""

    sig_letter_requested = Signal(int)
    """Missing-documents letter… on one case: the documents pane asks to whom and writes it."""
    sig_error = Signal(str)
    """A refusal or a failure, translated, for the pane's error line."""
    sig_message = Signal(str)
    """A confirmation for the status bar (e.g. "Ticket 26000012 assumed")."""
    sig_seen_marked = Signal()
    """Cases were marked as seen (their rows already lost the mark)."""
    sig_finished = Signal()
    """An action started from the menu ended (whatever its outcome)."""

    def __init__(self, session: Session, workers: Workers, table: QTableView, model: CaseTableModel,
                 view: Callable[[], ViewMode]) -> None:
        super().__init__(table)
        self._session = session
        self._table = table
        self._model = model
        self._view = view
        self.jobs = JobRunner(workers, self)
        self.jobs.sig_idle.connect(self._on_idle)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_menu_requested)
        self.menu: QMenu | None = None
        self.share_dialog: QDialog | None = None
        self.movement_dialog: MovementDialog | None = None
        self.exporter = CaseFilesExport(session, workers, table)
        self.exporter.sig_error.connect(self.sig_error)
        self.exporter.sig_message.connect(self.sig_message)

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        return [case_id for row in rows if (case_id := self._model.case_id(row)) is not None]

    def build_menu(self) -> QMenu:
        """The menu for the current selection and view (also what the tests trigger)."""
        actor = self._session.actor
        view = self._view()
        ids = self.selected_ids()
        menu = QMenu(self._table)
        menu.setObjectName("caseContextMenu")

        def add(name: str, text: str, icon: str, action: Action, views: set[ViewMode],
                run: Callable[[list[int]], None]) -> None:
            item = menu.addAction(icons.icon(icon), text)
            item.setObjectName(name)
            item.setEnabled(bool(ids) and view in views and allowed(actor, action))
            item.triggered.connect(lambda _checked=False: run(ids))

        def lifecycle(change: Callable[..., ChangeSet]) -> Callable[[list[int]], None]:
            return lambda chosen: self.run_change(functools.partial(change, actor, chosen))

        add("caseArchiveAction", self.tr("Archive"), "fa5s.archive", Action.CASE_ARCHIVE,
            {ViewMode.ACTIVE}, lifecycle(case_lifecycle.archive_cases))
        add("caseUnarchiveAction", self.tr("Unarchive"), "fa5s.box-open", Action.CASE_ARCHIVE,
            {ViewMode.ARCHIVED}, lifecycle(case_lifecycle.unarchive_cases))
        menu.addSeparator()
        add("caseTrashAction", self.tr("Move to trash"), "fa5s.trash-alt", Action.CASE_TRASH,
            {ViewMode.ACTIVE, ViewMode.ARCHIVED}, lifecycle(case_lifecycle.trash_cases))
        add("caseRestoreAction", self.tr("Restore"), "fa5s.trash-restore", Action.CASE_RESTORE,
            {ViewMode.TRASH}, lifecycle(case_lifecycle.restore_cases))
        add("casePurgeAction", self.tr("Purge…"), "fa5s.times-circle", Action.CASE_PURGE,
            {ViewMode.TRASH}, self._purge)
        menu.addSeparator()
        add("caseShareAction", self.tr("Share…"), "fa5s.share-alt", Action.CASE_ASSIGN,
            {ViewMode.ACTIVE, ViewMode.ARCHIVED}, self.share)
        menu.findChild(QAction, "caseShareAction").setEnabled(
            len(ids) == 1 and view != ViewMode.TRASH and allowed(actor, Action.CASE_ASSIGN))
        letter = menu.addAction(icons.icon("fa5s.envelope-open-text"), self.tr("Missing-documents letter…"))
        letter.setObjectName("caseMissingLetterAction")
        letter.setEnabled(len(ids) == 1 and view != ViewMode.TRASH and allowed(actor, Action.DOCUMENT_ADD))
        letter.triggered.connect(lambda _checked=False: self.sig_letter_requested.emit(ids[0]))
        export = menu.addAction(icons.icon("fa5s.file-export"), self.tr("Export case files…"))
        export.setObjectName("caseExportFilesAction")
        export.setEnabled(bool(ids) and allowed(actor, Action.EXPORT))
        export.triggered.connect(lambda _checked=False: self.export_files(ids))
        self._add_seen_items(menu, ids)
        self._add_ticket_items(menu, ids)
        return menu

    # -- running a change ------------------------------------------------------------------------
    def run_change(self, change: Callable[[], ChangeSet], done: str = "",
                   on_failed: Callable[[str], None] | None = None,
                   on_done: Callable[[], None] | None = None) -> None:
        """Runs a service change in the background; its ChangeSet goes on the broadcast, `done` (a
        confirmation) to the status bar; a refusal to `on_failed` (default: the pane's error line)."""
        self._table.viewport().setCursor(Qt.CursorShape.BusyCursor)

        def finished(changes: object) -> None:
            self._session.changes.publish(changes if isinstance(changes, ChangeSet) else None, self)
            if done:
                self.sig_message.emit(done)
            if on_done is not None:
                on_done()

        def failed(exc: BaseException) -> None:
            (on_failed or self.sig_error.emit)(formatting.error_text(exc))

        self.jobs.run(change, finished, failed)

    @Slot()
    def _on_idle(self) -> None:
        self._table.viewport().unsetCursor()
        self.sig_finished.emit()

    # -- since you last looked -------------------------------------------------------------------
    def _add_seen_items(self, menu: QMenu, ids: list[int]) -> None:
        item = menu.addAction(icons.icon("fa5s.eye"), self.tr("Mark as seen"))
        item.setObjectName("caseMarkSeenAction")
        item.setEnabled(bool(ids))
        item.triggered.connect(lambda _checked=False: self.mark_seen(ids))
        every = menu.addAction(self.tr("Mark every case as seen"))
        every.setObjectName("caseMarkAllSeenAction")
        every.triggered.connect(lambda _checked=False: self.mark_seen(None))

    def mark_seen(self, ids: list[int] | None) -> None:
        """These cases (None: every case) are seen now, recorded in the background. Chosen rows lose
        their mark at once; with every case, the rows are read again once it is written."""
        if ids is not None:
            self._model.mark_seen(ids)
            self.sig_seen_marked.emit()

        def written(_result: object) -> None:
            if ids is None:
                self._model.refresh_rows()
                self.sig_seen_marked.emit()

        def failed(exc: BaseException) -> None:
            self._model.refresh_rows()  # the marks as stored
            self.sig_error.emit(formatting.error_text(exc))

        self.jobs.run(functools.partial(seen.mark_all_seen, self._session.actor, ids), written, failed)

    # -- ISP tickets (S4-H1) ------------------------------------------------------------------------
    def _add_ticket_items(self, menu: QMenu, ids: list[int]) -> None:
        """Assume and Add movement…, for one selected ticket the actor may change."""
        if len(ids) != 1:
            return
        try:
            ticket = tickets.ticket_actions(self._session.actor, ids[0])
        except AppError:
            return
        if not ticket.is_ticket:
            return
        menu.addSeparator()
        assume = menu.addAction(icons.icon("fa5s.hand-paper"), self.tr("Assume"))
        assume.setObjectName("caseAssumeAction")
        assume.setEnabled(ticket.can_assume)
        assume.triggered.connect(lambda _checked=False: self.assume(ids[0], ticket.number))
        movement = menu.addAction(icons.icon("fa5s.exchange-alt"), self.tr("Add movement…"))
        movement.setObjectName("caseAddMovementAction")
        movement.setEnabled(bool(ticket.kinds))
        movement.triggered.connect(lambda _checked=False: self.add_movement(ids[0], ticket))

    def _version(self, case_id: int) -> int | None:
        row = self._model.row_of(case_id)
        line = self._model.case_row(row) if row is not None else None
        return line.version if line is not None else None

    def assume(self, case_id: int, number: str) -> None:
        """The technician or agent takes the ticket (in the background); the row follows."""
        actor, version = self._session.actor, self._version(case_id)

        def refused(text: str) -> None:
            self._model.refresh_case(case_id)  # what it is now, whoever changed it
            self.sig_error.emit(text)

        self.run_change(lambda: tickets.assume(actor, case_id, expected_version=version),
                        self.tr("Ticket {number} assumed").format(number=number), refused)

    def add_movement(self, case_id: int, ticket: tickets.TicketActions) -> MovementDialog:
        dialog = MovementDialog(ticket.number, ticket.kinds, self._table.window())
        version = self._version(case_id)
        dialog.sig_submit.connect(
            lambda kind, text: self._submit_movement(dialog, case_id, ticket.number, version, kind, text))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.movement_dialog = dialog
        dialog.open()
        return dialog

    def _submit_movement(self, dialog: MovementDialog, case_id: int, number: str, version: int | None,
                         kind: str, text: str) -> None:
        """Recorded in the background; the dialog stays open (busy) until it is, and shows a refusal."""
        actor = self._session.actor
        dialog.set_busy(True)

        def refused(message: str) -> None:
            dialog.set_busy(False)
            dialog.show_error(message)

        self.run_change(lambda: tickets.add_movement(actor, case_id, kind, text, expected_version=version),
                        self.tr("Movement recorded on ticket {number}").format(number=number), refused,
                        dialog.accept)

    # -- the menu, purge, export, share ------------------------------------------------------------
    @Slot(QPoint)
    def _on_menu_requested(self, pos: QPoint) -> None:
        index = self._table.indexAt(pos)
        if not index.isValid():
            return
        if not self._table.selectionModel().isRowSelected(index.row(), index.parent()):
            self._table.selectRow(index.row())
        self.menu = self.build_menu()
        self.menu.popup(self._table.viewport().mapToGlobal(pos))

    def _purge(self, ids: list[int]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Purge cases"),
            self.tr("Delete {count} case(s) for good? Their documents are deleted too; this cannot be "
                    "undone.").format(count=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._table.window())
        box.setObjectName("casePurgeDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        session = self._session
        self.run_change(functools.partial(case_lifecycle.purge_cases, session.workspace, session.actor, ids))

    def export_files(self, ids: list[int]) -> bool:
        """The selected cases' documents and a manifest into a zip, in the background (issue 6)."""
        numbers = [row.number for case_id in ids
                   if (index := self._model.row_of(case_id)) is not None
                   and (row := self._model.case_row(index)) is not None]
        return self.exporter.start(ids, numbers)

    def share(self, ids: list[int]) -> None:
        """Who else may see or change the one selected case (S2-G1); the service checks the right."""
        from desktop_app.views.case_list.share_case import ShareCaseDialog  # made when first used

        index = self._model.row_of(ids[0])
        row = self._model.case_row(index) if index is not None else None
        dialog = ShareCaseDialog(self._session, self.jobs, ids[0], row.number if row else str(ids[0]),
                                 self._table.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.share_dialog = dialog
        dialog.open()
