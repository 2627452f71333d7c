"""What a clerk can do with the documents of a case: the toolbar, the context menu and the keys.

Every change calls a service in the background (the service checks the rights); the
role matrix only decides which actions are offered. Multi-selection applies to check,
uncheck, type, trash and save copies.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QToolBar, QToolButton, QWidget

from desktop_app.errors import AppError
from desktop_app.models.states import DocumentSource
from desktop_app.services.documents import document_copies, document_editing
from desktop_app.services.permissions import Action, allowed
from desktop_app.views.common import formatting, icons
from desktop_app.views.documents.document_table_model import COLUMN_INDEX
from desktop_app.views.documents.documents_host import DocumentsHost

OPEN_COPIES_PREFIX = "casedesk-open-"
OPEN_COPIES_KEPT_S = 24 * 3600


def sweep_open_copies(temp_dir: Path | None = None, kept_s: float = OPEN_COPIES_KEPT_S) -> list[Path]:
    """Removes the read-only copies "Open externally" made more than a day ago; returns their folders.

    They cannot go when CaseDesk closes (the viewer may still show them), so each session clears
    its elders. A copy some program still holds open (Windows refuses to delete it) stays for later.
    """
    def writable_then_retry(function, path, _exc_info) -> None:
        try:
            os.chmod(path, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
            function(path)
        except OSError:
            pass

    removed, cutoff = [], time.time() - kept_s
    root = Path(temp_dir or tempfile.gettempdir())
    for folder in root.glob(OPEN_COPIES_PREFIX + "*"):
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_mtime > cutoff:
                continue
        except OSError:
            continue
        shutil.rmtree(folder, onerror=writable_then_retry)
        if not folder.exists():
            removed.append(folder)
    return removed


def unique_path(folder: Path, name: str, taken: set[str]) -> Path:
    """`name` in `folder`, or `name (2)`, `name (3)`… when a file of that name exists or is planned."""
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, number = name, 1
    while candidate.lower() in taken or (folder / candidate).exists():
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    taken.add(candidate.lower())
    return folder / candidate


def _each(titles: dict[int, str], change) -> list[tuple[str, BaseException]]:
    """Runs a change per document, each its own transaction (on a worker); failures named by title."""
    failures = []
    for document_id, title in titles.items():
        try:
            change(document_id)
        except AppError as exc:
            failures.append((title, exc))
    return failures


class DocumentActions(QObject):
    def __init__(self, pane: DocumentsHost) -> None:
        super().__init__(pane)
        self.pane = pane
        self.actor = pane.session.actor
        self.workspace = pane.session.workspace
        self.last_dir = str(Path.home())
        self._open_dir: Path | None = None

        def make(name: str, text: str, glyph: str, slot, shortcut=None) -> QAction:
            action = QAction(icons.icon(glyph), text, pane, objectName=name)
            tip = text.replace("…", "")
            if shortcut is not None:
                keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip} ({keys})"
            action.setToolTip(tip)
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            pane.addAction(action)
            return action

        self.add = make("actionDocumentAdd", self.tr("Add…"), "fa5s.plus", self.add_files)
        self.open = make("actionDocumentOpen", self.tr("Open externally"), "fa5s.external-link-alt",
                         self.open_externally, QKeySequence("Ctrl+O"))
        self.save_copy = make("actionDocumentSaveCopy", self.tr("Save a copy…"), "fa5s.download", self.save_copies)
        self.rename = make("actionDocumentRename", self.tr("Rename…"), "fa5s.i-cursor", self.start_rename,
                           QKeySequence(Qt.Key.Key_F2))
        self.check = make("actionDocumentCheck", self.tr("Mark as checked"), "fa5s.check-circle",
                          lambda: self.set_checked(True))
        self.uncheck = make("actionDocumentUncheck", self.tr("Mark as not checked"), "fa5s.undo",
                            lambda: self.set_checked(False))
        self.new_version = make("actionDocumentNewVersion", self.tr("New version…"), "fa5s.history",
                                self.pick_new_version)
        self.trash = make("actionDocumentTrash", self.tr("Move to the trash"), "fa5s.trash-alt", self.trash_selected,
                          QKeySequence(QKeySequence.StandardKey.Delete))
        self.send_report = make("actionDocumentSendReport", self.tr("Send report…"), "fa5s.paper-plane",
                                self.request_send_report)
        self.type_menu = QMenu(self.tr("Type"), pane, objectName="documentTypeMenu")
        self.type_menu.setIcon(icons.icon("fa5s.tag"))
        self.type_menu.aboutToShow.connect(self._fill_type_menu)
        self.versions_menu = QMenu(self.tr("Versions"), pane, objectName="documentVersionsMenu")
        self.versions_menu.setIcon(icons.icon("fa5s.layer-group"))
        self.versions_menu.aboutToShow.connect(self._fill_versions_menu)
        pane.model.sig_title_edited.connect(self.rename_to)

    # -- presentation -------------------------------------------------------------------------
    def toolbar(self, parent: QWidget) -> QToolBar:
        bar = QToolBar(parent, objectName="documentsToolBar")
        bar.setIconSize(bar.iconSize().scaled(icons.ICON_SIZE, icons.ICON_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addAction(self.add)
        button = bar.widgetForAction(self.add)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addSeparator()
        for action in (self.open, self.save_copy, self.new_version, self.check, self.trash):
            bar.addAction(action)
        return bar

    def context_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions([self.open, self.save_copy])
        if self.send_report.isEnabled():
            menu.addAction(self.send_report)
        menu.addSeparator()
        menu.addAction(self.rename)
        menu.addMenu(self.type_menu)
        menu.addActions([self.check, self.uncheck])
        menu.addSeparator()
        menu.addAction(self.new_version)
        menu.addMenu(self.versions_menu)
        menu.addSeparator()
        menu.addAction(self.add)
        menu.addSeparator()
        menu.addAction(self.trash)
        return menu

    @property
    def can_add(self) -> bool:
        return allowed(self.actor, Action.DOCUMENT_ADD)

    def update_enabled(self) -> None:
        pane = self.pane
        rows = pane.selected_rows()
        one, some = len(rows) == 1, bool(rows)
        may_edit = allowed(self.actor, Action.DOCUMENT_EDIT)
        may_check = allowed(self.actor, Action.DOCUMENT_CHECK)
        self.add.setEnabled(pane.case_id is not None and self.can_add and not pane.importing)
        self.open.setEnabled(one)
        self.save_copy.setEnabled(some)
        self.rename.setEnabled(one and may_edit)
        self.type_menu.setEnabled(some and may_edit)
        self.check.setEnabled(may_check and any(r.checked_at is None for r in rows))
        self.uncheck.setEnabled(may_check and any(r.checked_at is not None for r in rows))
        self.new_version.setEnabled(one and may_edit)
        self.versions_menu.setEnabled(one)
        self.trash.setEnabled(some and may_edit)
        self.send_report.setEnabled(one and rows[0].is_report and allowed(self.actor, Action.REPORT_ACCESS))
        if not may_check:
            why = self.tr("Only administrative staff check documents.")
            self.check.setToolTip(why)
            self.uncheck.setToolTip(why)
        generator = getattr(pane, "generator", None)
        if generator is not None:
            generator.update_enabled()

    @Slot()
    def request_send_report(self) -> None:
        rows = self.pane.selected_rows()
        if len(rows) == 1 and rows[0].is_report:
            self.pane.sig_send_report_requested.emit(rows[0].id)

    # -- adding -------------------------------------------------------------------------------
    @Slot()
    def add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self.pane, self.tr("Add documents"), self.last_dir)
        if names:
            self.last_dir = str(Path(names[0]).parent)
            self.pane.import_files([Path(n) for n in names], DocumentSource.MANUAL)

    @Slot()
    def pick_new_version(self) -> None:
        rows = self.pane.selected_rows()
        if len(rows) != 1:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self.pane, self.tr("New version of “{title}”").format(title=rows[0].title), self.last_dir)
        if name:
            self.last_dir = str(Path(name).parent)
            self.add_version(rows[0].id, Path(name))

    def add_version(self, document_id: int, path: Path) -> None:
        workspace, actor = self.workspace, self.actor
        self.pane.run_change(lambda: document_editing.add_version(workspace, actor, document_id, path),
                             select=[document_id], refresh_current=True)

    # -- changing -------------------------------------------------------------------------------
    @Slot()
    def start_rename(self) -> None:
        index = self.pane.table.currentIndex()
        if index.isValid() and self.rename.isEnabled():
            self.pane.table.edit(self.pane.model.index(index.row(), COLUMN_INDEX["title"]))

    @Slot(int, str)
    def rename_to(self, document_id: int, title: str) -> None:
        actor = self.actor
        self.pane.run_change(lambda: document_editing.rename_document(actor, document_id, title),
                             select=[document_id], refresh_current=True)

    def _fill_type_menu(self) -> None:
        menu, pane = self.type_menu, self.pane
        menu.clear()
        rows = pane.selected_rows()
        if pane.case_id is None or not rows:
            return
        try:
            types = document_editing.document_types_for_case(self.actor, pane.case_id)
        except AppError as exc:
            menu.addAction(formatting.error_text(exc)).setEnabled(False)
            return
        current = {r.document_type_id for r in rows}
        group = QActionGroup(menu)
        for type_id, name, _is_report in [(None, self.tr("No type"), False), *types]:
            action = menu.addAction(name)
            action.setObjectName(f"documentType_{type_id or 0}")
            action.setCheckable(True)
            action.setChecked(current == {type_id})
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, t=type_id: self.set_type(t))
            if type_id is None:
                menu.addSeparator()

    def set_type(self, type_id: int | None) -> None:
        titles, actor = {r.id: r.title for r in self.pane.selected_rows()}, self.actor
        self.pane.run_change(lambda: _each(titles, lambda i: document_editing.set_document_type(actor, i, type_id)),
                             select=list(titles), refresh_current=True)

    def set_checked(self, checked: bool) -> None:
        ids, actor = self.pane.selected_document_ids(), self.actor
        if ids:
            self.pane.run_change(lambda: document_editing.set_checked(actor, ids, checked), select=ids)

    @Slot()
    def trash_selected(self) -> None:
        rows = self.pane.selected_rows()
        if not rows or not self.trash.isEnabled():
            return
        if len(rows) == 1:
            text = self.tr("Move “{title}” to the trash? It leaves the case’s documents.").format(title=rows[0].title)
        else:
            text = self.tr("Move %n documents to the trash? They leave the case’s documents.", "", len(rows))
        if not self.pane.confirm(self.tr("Move to the trash"), text):
            return
        titles, actor = {r.id: r.title for r in rows}, self.actor
        self.pane.run_change(lambda: _each(titles, lambda i: document_editing.trash_document(actor, i)))

    # -- copies -----------------------------------------------------------------------------------
    @Slot()
    def open_externally(self) -> None:
        rows = self.pane.selected_rows()
        if len(rows) != 1:
            return
        row, workspace, actor = rows[0], self.workspace, self.actor
        first = self._open_dir is None
        if first:
            self._open_dir = Path(tempfile.mkdtemp(prefix=OPEN_COPIES_PREFIX))
        folder = Path(tempfile.mkdtemp(dir=self._open_dir))  # a fresh folder: the name stays the original's
        target = folder / document_copies.safe_file_name(row.original_name or row.title, row.mime)

        def work() -> Path:
            if first:
                sweep_open_copies()  # the elder sessions' copies (ours is new: it stays)
            return document_copies.export_copy(workspace, actor, row.id, target, read_only=True)

        def done(path: object) -> None:
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self.pane.show_message(self.tr("No application on this computer opens {file}.").format(
                    file=Path(str(path)).name))

        self.pane.jobs.run(work, done, lambda exc: self.pane.show_message(formatting.error_text(exc)))

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    @Slot()
    def save_copies(self) -> None:
        rows = self.pane.selected_rows()
        if not rows:
            return
        if len(rows) == 1:
            name = document_copies.safe_file_name(rows[0].original_name or rows[0].title, rows[0].mime)
            target, _filter = QFileDialog.getSaveFileName(
                self.pane, self.tr("Save a copy of “{title}”").format(title=rows[0].title), str(Path(self.last_dir) / name))
            if target:
                self.last_dir = str(Path(target).parent)
                self._export([(rows[0].id, rows[0].title, Path(target), None)])
            return
        folder = QFileDialog.getExistingDirectory(self.pane, self.tr("Save copies into a folder"), self.last_dir)
        if folder:
            self.last_dir = folder
            taken: set[str] = set()
            self._export([(r.id, r.title, unique_path(Path(folder), document_copies.safe_file_name(
                r.original_name or r.title, r.mime), taken), None) for r in rows])

    def _fill_versions_menu(self) -> None:
        menu = self.versions_menu
        menu.clear()
        rows = self.pane.selected_rows()
        if len(rows) != 1:
            return
        try:
            versions = document_editing.versions_of(self.actor, rows[0].id)  # a handful of rows, by index
        except AppError as exc:
            menu.addAction(formatting.error_text(exc)).setEnabled(False)
            return
        for version in versions:
            text = self.tr("Version {number}: {file} — {who}, {when}").format(
                number=version.number, file=version.original_name, who=version.created_by or "?",
                when=formatting.date_time(version.created_at))
            if version.current:
                text += " " + self.tr("(current)")
            action = menu.addAction(icons.mime_pixmap(version.mime), text)
            action.setObjectName(f"documentVersion_{version.number}")
            action.setToolTip(self.tr("Save a copy of this version"))
            action.triggered.connect(lambda _checked=False, v=version: self.save_version(rows[0], v))

    def save_version(self, row, version) -> None:
        name = document_copies.safe_file_name(version.original_name or row.title, version.mime)
        target, _filter = QFileDialog.getSaveFileName(
            self.pane, self.tr("Save version {number} of “{title}”").format(number=version.number, title=row.title),
            str(Path(self.last_dir) / name))
        if target:
            self.last_dir = str(Path(target).parent)
            self._export([(row.id, row.title, Path(target), version.number)])

    def _export(self, items: list[tuple[int, str, Path, int | None]]) -> None:
        workspace, actor = self.workspace, self.actor

        def work() -> list[tuple[str, BaseException]]:
            failures = []
            for document_id, title, target, version in items:
                try:
                    document_copies.export_copy(workspace, actor, document_id, target, version=version)
                except AppError as exc:
                    failures.append((title, exc))
            return failures

        def done(failures: object) -> None:
            if failures:
                self.pane.show_message(self.tr("Some copies could not be saved:"),
                                       [(t, formatting.error_text(e)) for t, e in failures])
            else:
                self.pane.show_message(self.tr("%n copy(ies) saved in {folder}.", "", len(items)).format(
                    folder=str(items[0][2].parent)), error=False)

        self.pane.jobs.run(work, done, lambda exc: self.pane.show_message(formatting.error_text(exc)))
