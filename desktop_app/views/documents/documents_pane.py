"""The documents dock: the selected case's documents; the current one drives preview and index.

Files dropped on the pane (or picked with Add…) are added in the background, one
transaction per batch, with a progress bar and a cancel button; one file dropped on a
document may become its new version. The actions (toolbar, context menu, keys) live in
`document_actions.py`; the long jobs in `document_jobs.py`. Every change is published on
the window's ChangeSet broadcast; a change made elsewhere to the shown case lists its
documents again.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QCursor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.models.states import DocumentSource
from desktop_app.services.context import ChangeSet
from desktop_app.services.documents import document_list, search, thumbnails
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, LongJob, Workers
from desktop_app.views.common.list_table import list_table
from desktop_app.views.common.session import Session
from desktop_app.views.common.table_columns import content_width, fit_columns
from desktop_app.views.documents.document_actions import DocumentActions
from desktop_app.views.documents.document_generate import DocumentGenerator
from desktop_app.views.documents.document_jobs import (
    ImportOutcome,
    ImportRequest,
    make_thumbnails,
    run_import,
)
from desktop_app.views.documents.document_table_model import COLUMN_INDEX, COLUMNS, DocumentTableModel
from desktop_app.views.documents.document_widgets import ImportBar, MessagePanel

log = logging.getLogger(__name__)

DROP_STYLE = """
QFrame#documentsDropArea { border: 2px solid transparent; border-radius: 4px; }
QFrame#documentsDropArea[dropActive="true"] { border: 2px dashed palette(highlight);
                                              background: palette(alternate-base); }
"""


def _sample_text(sample: str) -> str:
    if sample == "date":
        return formatting.date(dt.date(2000, 12, 28))
    if sample == "size":
        return formatting.file_size(999_900)
    return sample


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def reason_text(file_name: str, exc: BaseException) -> str:
    """The reason of a failure, without the file name the service message starts with."""
    text = formatting.error_text(exc)
    prefix = f"{file_name}: "
    return text[len(prefix):] if text.startswith(prefix) else text


class DocumentsPane(QWidget):
    sig_document_selected = Signal(object)
    """The current document id, or None."""
    sig_send_report_requested = Signal(int)
    """"Send report…" on a report row: its document id (the window opens the dialog)."""
    sig_import_finished = Signal(object)
    """An ImportOutcome, once a batch of files is done (or cancelled)."""
    sig_thumbnails_ready = Signal(object)
    """{sha256: PNG path}: thumbnails made in the background (after an import) are on disk."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._case_id: int | None = None
        self._current_id: int | None = None
        self.import_job = LongJob(workers, self)  # one import at a time, with progress and Cancel
        self.import_job.sig_progress.connect(self._on_import_progress)
        self.import_job.sig_finished.connect(self._on_import_finished)
        self.import_job.sig_failed.connect(self._on_import_stopped)
        self.thumbnail_jobs = JobRunner(workers, self, long=True)
        self.jobs = JobRunner(workers, self)  # renames, checks, trash, versions, copies, generation
        self._match_task = LatestTask(workers, self)  # the documents matching the case list's search words
        self._match_task.sig_finished.connect(self._on_matches_found)
        self._build_ui()
        self.actions = DocumentActions(self)
        self.generator = DocumentGenerator(self)  # Generate… (templates) and the missing-documents letter
        self._build_toolbar()
        self.actions.update_enabled()
        session.changes.sig_changes_applied.connect(self.on_changes_applied)

    # -- building -----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.model = DocumentTableModel(self)
        self.model.editable = True
        self.model.thumbnail_dir = thumbnails.cache_dir(self.session.workspace.data_dir)
        self.table = list_table(self, "documentTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # Where a document came from matters less than what it is: shown on demand, not by default.
        header.setSectionHidden(COLUMN_INDEX["source"], True)
        self.table.viewport().installEventFilter(self)
        self.table.viewport().setAcceptDrops(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.setAcceptDrops(True)

        self.empty_page = QWidget(self, objectName="documentsEmptyPage")
        self.empty_page.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_page.customContextMenuRequested.connect(self._on_context_menu)
        self.empty_icon = QLabel(self.empty_page, objectName="documentsEmptyIcon")
        self.empty_icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.placeholder = QLabel(self.empty_page, objectName="documentsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        page = QVBoxLayout(self.empty_page)
        page.addStretch(1)
        page.addWidget(self.empty_icon)
        page.addWidget(self.placeholder)
        page.addStretch(1)

        self.drop_area = QFrame(self, objectName="documentsDropArea")
        self.drop_area.setStyleSheet(DROP_STYLE)
        self._stack = QStackedLayout(self.drop_area)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.empty_page)
        self._stack.addWidget(self.table)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 2, 4, 4)
        self.layout_.setSpacing(3)
        self.layout_.addWidget(self.drop_area, 1)
        self.import_bar = ImportBar(self)
        self.import_bar.sig_cancel_requested.connect(self.cancel_import)
        self.layout_.addWidget(self.import_bar)
        self.messages = MessagePanel(self)
        self.layout_.addWidget(self.messages)
        self._show_placeholder(self.tr("Select a case to see its documents."))

    def _build_toolbar(self) -> None:
        self.toolbar = self.actions.toolbar(self)
        self.toolbar.insertWidget(self.toolbar.actions()[1], self.generator.button)  # after Add…
        self.layout_.insertWidget(0, self.toolbar)

    # -- state ----------------------------------------------------------------------------------
    @property
    def current_document_id(self) -> int | None:
        return self._current_id

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def importing(self) -> bool:
        return self.import_job.busy

    @property
    def busy(self) -> bool:
        return self.importing or self.jobs.busy

    def selected_document_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.document_id(row) for row in rows]
        return [i for i in ids if i is not None]

    def selected_rows(self) -> list[document_list.DocumentRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_data(row) for row in rows) if r is not None]

    # -- loading ------------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        """Lists the case's documents and makes the newest one current (None clears)."""
        self._case_id = case_id
        self.messages.hide()
        self._load(select=None, keep_row=0)

    def show_matches(self, term: str) -> None:
        """Selects (and scrolls to) the shown case's first document holding the search words, found
        in the background; nothing changes when no document matches or there is no word."""
        case_id = self._case_id
        if case_id is None or not search.words(term):
            self._match_task.cancel()
            return
        actor = self.session.actor
        self._match_task.run(lambda: (case_id, search.matching_documents(actor, case_id, term)))

    @property
    def matching(self) -> bool:
        """The documents matching the search are still being looked for."""
        return self._match_task.busy

    @Slot(object)
    def _on_matches_found(self, result: tuple[int, list[int]]) -> None:
        case_id, ids = result
        if ids and case_id == self._case_id:
            self.select_document(ids[0])

    def reload(self, select: list[int] | None = None, refresh_current: bool = False) -> None:
        """Lists the documents again, keeping the selection (or selecting `select`)."""
        keep_row = max(self.table.currentIndex().row(), 0)
        wanted = select if select is not None else self.selected_document_ids()
        if self._current_id is not None and select is None:
            wanted = [self._current_id, *[i for i in wanted if i != self._current_id]]
        self._load(select=wanted, keep_row=keep_row, refresh_current=refresh_current)

    def _load(self, select: list[int] | None, keep_row: int, refresh_current: bool = False) -> None:
        case_id = self._case_id
        rows: list[document_list.DocumentRow] = []
        if case_id is not None:
            try:  # one indexed query over a case's documents: a few ms, fine on the GUI thread
                rows = document_list.documents_of_case(self.session.actor, case_id)
            except AppError as exc:
                self.model.set_rows([])
                self._show_placeholder(formatting.error_text(exc))
                self._set_current(None)
                self.actions.update_enabled()
                return
        self.model.set_rows(rows)
        if case_id is None:
            self._show_placeholder(self.tr("Select a case to see its documents."))
        elif not rows:
            self._show_placeholder(self.tr("This case has no documents yet.\n\nDrop files here or click Add…"),
                                   "fa5s.file-upload")
        else:
            self._stack.setCurrentWidget(self.table)
            self._fit_columns()
        self._select(select or [], keep_row, refresh_current)
        self.actions.update_enabled()

    def select_document(self, document_id: int) -> bool:
        """Makes a listed document current (the preview and index follow); False if it is not listed."""
        row = self.model.row_of(document_id)
        if row < 0:
            return False
        self._select([document_id], row, refresh_current=False)
        return True

    def _select(self, ids: list[int], fallback_row: int, refresh_current: bool) -> None:
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        if not rows and self.model.rowCount():
            rows = [min(fallback_row, self.model.rowCount() - 1)]
        selection_model = self.table.selectionModel()
        if not rows:
            selection_model.clear()
            self._set_current(None, force=refresh_current)
            return
        flags = QItemSelectionModel.SelectionFlag
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, len(COLUMNS) - 1))
        before = self._current_id
        current = self.model.document_id(rows[0])
        selection_model.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)  # may emit
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(self.model.index(rows[0], 0))
        # A changed document that stays current is announced again: preview and index show it anew.
        self._set_current(current, force=refresh_current and before == current)

    def _show_placeholder(self, text: str, glyph: str = "") -> None:
        self.placeholder.setText(text)
        if glyph:
            self.empty_icon.setPixmap(icons.pixmap(glyph, "#b0b0b0", 40))
        self.empty_icon.setVisible(bool(glyph))
        self._stack.setCurrentWidget(self.empty_page)

    def _set_current(self, document_id: int | None, force: bool = False) -> None:
        if document_id != self._current_id or force:
            self._current_id = document_id
            self.sig_document_selected.emit(document_id)
        elif document_id is None:
            self.sig_document_selected.emit(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.document_id(current.row()) if current.isValid() else None)

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        self.actions.update_enabled()

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.actions.open_externally()

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        sender = self.sender()
        if sender is self.table:
            index = self.table.indexAt(pos)
            if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
                self.table.selectRow(index.row())
            global_pos = self.table.viewport().mapToGlobal(pos)
        else:
            global_pos = self.empty_page.mapToGlobal(pos)
        self.actions.context_menu(self).popup(global_pos)

    # -- columns ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self._fit_columns()
            elif kind == QEvent.Type.DragEnter:
                self.dragEnterEvent(event)
                return True
            elif kind == QEvent.Type.DragMove:
                self._drag_move(event, self.table.indexAt(event.position().toPoint()).row())
                return True
            elif kind == QEvent.Type.DragLeave:
                self.dragLeaveEvent(event)
                return True
            elif kind == QEvent.Type.Drop:
                self._drop(event, self.table.indexAt(event.position().toPoint()).row())
                return True
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        fixed = {}
        for index, (_key, _title, weight, sample) in enumerate(COLUMNS):
            if not weight:
                title = self.model.headerData(index, Qt.Orientation.Horizontal)
                fixed[index] = content_width(header, title, _sample_text(sample), sortable=False)
        weights = {i: weight for i, (_key, _title, weight, _sample) in enumerate(COLUMNS) if weight}
        fit_columns(header, fixed, weights, self.table.viewport().width())

    # -- dropping files -----------------------------------------------------------------------
    def _can_drop(self, event) -> bool:
        return (self._case_id is not None and not self.importing and bool(local_files(event))
                and self.actions.can_add)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._can_drop(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self._set_drop_highlight(True, len(local_files(event)))

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drag_move(event, -1)

    def _drag_move(self, event: QDragMoveEvent, row: int) -> None:
        if not self._can_drop(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.model.set_drop_row(row if len(local_files(event)) == 1 else -1)

    def dragLeaveEvent(self, event) -> None:
        self._set_drop_highlight(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop(event, -1)

    def _drop(self, event: QDropEvent, row: int) -> None:
        self._set_drop_highlight(False)
        if not self._can_drop(event):
            event.ignore()
            return
        event.acceptProposedAction()
        paths = local_files(event)
        target = self.model.document_id(row) if len(paths) == 1 else None
        self.drop_files(paths, target)

    def _set_drop_highlight(self, on: bool, count: int = 0) -> None:
        self.drop_area.setProperty("dropActive", on)
        self.drop_area.style().unpolish(self.drop_area)
        self.drop_area.style().polish(self.drop_area)
        if not on:
            self.model.set_drop_row(-1)
            self.import_bar.end_hint()
            return
        self.import_bar.show_hint(
            self.tr("Release to add %n file(s) to this case.", "", count) if count != 1 or not self.model.rowCount()
            else self.tr("Release to add the file, or drop it on a document for a new version."))

    def drop_files(self, paths: list[Path], target_document_id: int | None = None) -> None:
        """Files dropped on the pane; one file dropped on a document may be its new version."""
        if target_document_id is not None and len(paths) == 1:
            row = self.model.row_data(self.model.row_of(target_document_id))
            choice = self.ask_drop_choice(paths[0], row.title if row else "")
            if choice is None:
                return
            if choice == "version":
                self.actions.add_version(target_document_id, paths[0])
                return
        self.import_files(paths, DocumentSource.DROP)

    def ask_drop_choice(self, path: Path, title: str) -> str | None:
        """'add', 'version' or None (cancelled): a file dropped on a document."""
        menu = QMenu(self)
        add = menu.addAction(icons.icon("fa5s.plus"), self.tr("Add “{file}” as a new document").format(
            file=path.name))
        version = menu.addAction(icons.icon("fa5s.history"), self.tr("Add as a new version of “{title}”").format(
            title=title))
        menu.addSeparator()
        menu.addAction(self.tr("Cancel"))
        chosen = menu.exec(QCursor.pos())
        return "add" if chosen is add else "version" if chosen is version else None

    # -- importing ------------------------------------------------------------------------------
    def import_files(self, paths: list[Path], source: str = DocumentSource.MANUAL,
                     case_id: int | None = None) -> bool:
        """Adds files to a case (the current one unless given) in the background; False when one
        import is already running."""
        case_id = self._case_id if case_id is None else case_id
        if case_id is None or self.importing or not paths:
            return False
        return self._start_import(ImportRequest(self.session.workspace, self.session.actor, [Path(p) for p in paths],
                                                source, case_id=case_id))

    def import_into_new_cases(self, work_area_id: int, paths: list[Path], one_case: bool) -> bool:
        """Files dropped on the case list: new cases of the work area (one per file, or one for all)."""
        if self.importing or not paths:
            return False
        return self._start_import(ImportRequest(self.session.workspace, self.session.actor, [Path(p) for p in paths],
                                                DocumentSource.DROP, work_area_id=work_area_id, one_case=one_case))

    def _start_import(self, request: ImportRequest) -> bool:
        self.messages.hide()
        self.import_bar.start(len(request.paths))
        self.import_job.start(functools.partial(run_import, request))
        self.actions.update_enabled()
        return True

    @Slot()
    def cancel_import(self) -> None:
        self.import_job.cancel()

    @Slot(int, int, str)
    def _on_import_progress(self, done: int, total: int, name: str) -> None:
        self.import_bar.set_progress(done, total, name)

    @Slot(object)
    def _on_import_stopped(self, exc: BaseException) -> None:
        """run_import names every failure itself: this is a bug in it, said as such."""
        self.import_bar.finish()
        self.show_message(formatting.error_text(exc))
        self.actions.update_enabled()

    @Slot(object)
    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        self.import_bar.finish()
        total = len(outcome.added) + len(outcome.failed) + len(outcome.skipped) + len(outcome.duplicates)
        problems = [(name, reason_text(name, exc)) for name, exc in outcome.failed]
        problems += [(name, self.tr("not added: the import was cancelled")) for name in outcome.skipped]
        duplicates = [(name, reason_text(name, exc)) for name, exc in outcome.duplicates]
        if problems:
            problems += duplicates
            if outcome.cancelled:
                text = self.tr("Import cancelled: {added} of {total} files added.").format(
                    added=len(outcome.added), total=total)
            else:
                text = self.tr("{added} of {total} files added; these could not be added:").format(
                    added=len(outcome.added), total=total)
            self.show_message(text, problems)
        elif outcome.duplicates:
            self.show_message(self.tr("Not stored twice: the case already has the same content."),
                              duplicates, error=False)
        if outcome.case_id == self._case_id:
            self.reload(select=outcome.added or None)
            self.make_thumbnails(outcome.added)
        else:
            self.actions.update_enabled()
        if outcome.added:
            self.session.changes.publish(outcome.changes, self)
        self.sig_import_finished.emit(outcome)

    def make_thumbnails(self, document_ids: list[int]) -> bool:
        """Renders the listed documents' missing thumbnails in the background; False if none can have one."""
        rows = [r for r in (self.model.row_data(self.model.row_of(i)) for i in document_ids) if r is not None]
        items = [(r.blob, r.mime) for r in rows if r.blob and r.mime in thumbnails.RENDERABLE]
        if not items:
            return False
        self.thumbnail_jobs.run(functools.partial(make_thumbnails, self.session.workspace, items),
                                self.sig_thumbnails_ready.emit, lambda exc: None, uses_database=False)
        return True

    # -- messages and jobs --------------------------------------------------------------------
    def show_message(self, text: str, problems: list[tuple[str, str]] | None = None, error: bool = True) -> None:
        """An inline message under the table; `problems` lists (file or document, reason)."""
        self.messages.show_message(text, problems, error)

    def run_change(self, fn: Callable[[], object], *, select: list[int] | None = None,
                   refresh_current: bool = False) -> None:
        """Runs a service change in the background, then reloads and says the case changed.

        `fn` returns a list of (name, exception) failures, a ChangeSet, or a (row, ChangeSet) pair.
        """
        case_id = self._case_id
        if case_id is None:
            return

        def done(result: object) -> None:
            failures = result if isinstance(result, list) else []
            if failures:
                self.show_message(self.tr("Some changes could not be made:"),
                                  [(name, reason_text(name, exc)) for name, exc in failures])
            else:
                self.messages.hide()
            self._after_change(case_id, _changes_of(result), select, refresh_current)

        def failed(exc: BaseException) -> None:
            self.show_message(formatting.error_text(exc))
            self._after_change(case_id, None, select, refresh_current)

        self.jobs.run(fn, done, failed)

    def _after_change(self, case_id: int, changes: object, select: list[int] | None,
                      refresh_current: bool) -> None:
        if case_id == self._case_id:
            self.reload(select=select, refresh_current=refresh_current)
        self.session.changes.publish(changes if isinstance(changes, ChangeSet) else ChangeSet(case_ids={case_id}),
                                     self)

    @Slot(object, object)
    def on_changes_applied(self, changes: ChangeSet, initiator: object) -> None:
        """A change made elsewhere to the shown case (a status move, the watch folder, a report sent):
        its documents are listed again, the selection kept."""
        if initiator is self or self.importing or self._case_id is None:
            return
        if self._case_id in changes.case_ids or changes.document_ids & set(self.model.document_ids()):
            self.reload()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes


def _changes_of(result: object) -> ChangeSet | None:
    """The ChangeSet a service returned, alone or beside what it made (a version, a document)."""
    if isinstance(result, ChangeSet):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], ChangeSet):
        return result[-1]
    return None
