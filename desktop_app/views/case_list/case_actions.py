"""The case table's context menu: archive, unarchive, trash, restore and purge the selected cases;
mark them as seen; on an ISP ticket, assume it and add a movement (services/helpdesk/tickets.py).

What the menu offers follows the list's view (Active, Archived, Trash) and the acting user's
rights (`permissions.allowed`); the services check again. The actions run on the GUI thread:
each is one short write transaction, and a purge of up to a hundred cases with their files
takes well under a second (larger purges should move to the thread pool).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QMessageBox

from desktop_app.errors import AppError
from desktop_app.services.case_list.case_filters import ViewMode
from desktop_app.services.cases import case_lifecycle, seen
from desktop_app.services.helpdesk import tickets
from desktop_app.services.permissions import Action, allowed
from desktop_app.views.common import formatting, icons
from desktop_app.views.helpdesk.movement_dialog import MovementDialog

if TYPE_CHECKING:
    from desktop_app.views.case_list.case_list_pane import CaseListPane


class CaseActions(QObject):
    """Installs the row context menu on a case list pane and runs what it offers."""

    sig_letter_requested = Signal(int)
    """Missing-documents letter… on one case: the documents pane asks to whom and writes it."""

    def __init__(self, pane: CaseListPane) -> None:
        super().__init__(pane)
        self._pane = pane
        table = pane.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._on_menu_requested)
        self.menu: QMenu | None = None
        self.share_dialog: QDialog | None = None
        self.movement_dialog: MovementDialog | None = None
        self.exporter = None  # views.case_export.CaseFilesExport, made when first used

    def selected_ids(self) -> list[int]:
        model = self._pane.model
        rows = sorted({index.row() for index in self._pane.table.selectionModel().selectedRows()})
        return [case_id for row in rows if (case_id := model.case_id(row)) is not None]

    def build_menu(self) -> QMenu:
        """The menu for the current selection and view (also what the tests trigger)."""
        session = self._pane._session
        actor = session.actor
        view = self._pane.case_filter.view
        ids = self.selected_ids()
        menu = QMenu(self._pane.table)
        menu.setObjectName("caseContextMenu")

        def add(name: str, text: str, icon: str, action: Action, views: set[ViewMode],
                run: Callable[[list[int]], None]) -> None:
            item = menu.addAction(icons.icon(icon), text)
            item.setObjectName(name)
            item.setEnabled(bool(ids) and view in views and allowed(actor, action))
            item.triggered.connect(lambda _checked=False: self._run(run, ids))

        add("caseArchiveAction", self.tr("Archive"), "fa5s.archive", Action.CASE_ARCHIVE,
            {ViewMode.ACTIVE}, lambda ids: case_lifecycle.archive_cases(actor, ids))
        add("caseUnarchiveAction", self.tr("Unarchive"), "fa5s.box-open", Action.CASE_ARCHIVE,
            {ViewMode.ARCHIVED}, lambda ids: case_lifecycle.unarchive_cases(actor, ids))
        menu.addSeparator()
        add("caseTrashAction", self.tr("Move to trash"), "fa5s.trash-alt", Action.CASE_TRASH,
            {ViewMode.ACTIVE, ViewMode.ARCHIVED}, lambda ids: case_lifecycle.trash_cases(actor, ids))
        add("caseRestoreAction", self.tr("Restore"), "fa5s.trash-restore", Action.CASE_RESTORE,
            {ViewMode.TRASH}, lambda ids: case_lifecycle.restore_cases(actor, ids))
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
        """These cases (None: every case) are seen now: their marks go."""
        pane = self._pane
        try:
            seen.mark_all_seen(pane._session.actor, ids)
        except AppError as exc:
            pane.sig_error.emit(formatting.error_text(exc))
            return
        if ids is None:
            pane.model.refresh_rows()
        else:
            pane.model.mark_seen(ids)
        if pane.case_filter.unseen:
            pane.reload()

    # -- ISP tickets (S4-H1) ------------------------------------------------------------------------
    def _add_ticket_items(self, menu: QMenu, ids: list[int]) -> None:
        """Assume and Add movement…, for one selected ticket the actor may change."""
        if len(ids) != 1:
            return
        try:
            ticket = tickets.ticket_actions(self._pane._session.actor, ids[0])
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
        model = self._pane.model
        row = model.row_of(case_id)
        line = model.case_row(row) if row is not None else None
        return line.version if line is not None else None

    def _changed(self, case_id: int, message: str) -> None:
        self._pane.model.refresh_case(case_id)
        self._pane.sig_case_changed.emit(case_id)
        self._pane.sig_message.emit(message)

    def assume(self, case_id: int, number: str) -> bool:
        try:
            tickets.assume(self._pane._session.actor, case_id, expected_version=self._version(case_id))
        except AppError as exc:
            self._pane.model.refresh_case(case_id)
            self._pane.sig_error.emit(formatting.error_text(exc))
            return False
        self._changed(case_id, self.tr("Ticket {number} assumed").format(number=number))
        return True

    def add_movement(self, case_id: int, ticket: tickets.TicketActions) -> MovementDialog:
        dialog = MovementDialog(ticket.number, ticket.kinds, self._pane.window())
        version = self._version(case_id)
        dialog.sig_submit.connect(
            lambda kind, text: self._submit_movement(dialog, case_id, ticket.number, version, kind, text))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.movement_dialog = dialog
        dialog.open()
        return dialog

    def _submit_movement(self, dialog: MovementDialog, case_id: int, number: str, version: int | None,
                         kind: str, text: str) -> None:
        try:
            tickets.add_movement(self._pane._session.actor, case_id, kind, text, expected_version=version)
        except AppError as exc:
            dialog.show_error(formatting.error_text(exc))
            return
        dialog.accept()
        self._changed(case_id, self.tr("Movement recorded on ticket {number}").format(number=number))

    @Slot(QPoint)
    def _on_menu_requested(self, pos: QPoint) -> None:
        table = self._pane.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        if not table.selectionModel().isRowSelected(index.row(), index.parent()):
            self._pane.select_row(index.row())
        self.menu = self.build_menu()
        self.menu.popup(table.viewport().mapToGlobal(pos))

    def _purge(self, ids: list[int]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Purge cases"),
            self.tr("Delete {count} case(s) for good? Their documents are deleted too; this cannot be "
                    "undone.").format(count=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._pane.window())
        box.setObjectName("casePurgeDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        case_lifecycle.purge_cases(self._pane._session.workspace, self._pane._session.actor, ids)

    def export_files(self, ids: list[int]) -> bool:
        """The selected cases' documents and a manifest into a zip, in the background (issue 6)."""
        from desktop_app.views.case_list.case_files_export import CaseFilesExport

        if self.exporter is None:
            self.exporter = CaseFilesExport(self._pane)
        return self.exporter.start(ids)

    def share(self, ids: list[int]) -> None:
        """Who else may see or change the one selected case (S2-G1); the service checks the right."""
        from desktop_app.views.case_list.share_case import ShareCaseDialog

        index = self._pane.model.row_of(ids[0])
        row = self._pane.model.case_row(index) if index is not None else None
        dialog = ShareCaseDialog(self._pane._session, ids[0], row.number if row else str(ids[0]), self._pane.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_case_changed.connect(self._pane.sig_case_changed)
        self.share_dialog = dialog
        dialog.open()

    def _run(self, run: Callable[[list[int]], object], ids: list[int]) -> None:
        try:
            run(ids)
        except AppError as exc:
            self._pane.sig_error.emit(formatting.error_text(exc))
        self._pane.reload()
