"""Files coming into the office through the window (issue 4): dropped on the case list, or left in a
work area's watch folder.

Dropped on a row, the files go to that case; dropped below the rows, they make new cases of the
work area shown (one per file or one for all, as the clerk chooses). The watch folders are
scanned every few seconds in the background; what a scan changed is published on the window's
ChangeSet broadcast like any other change, and said in the status bar.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QMessageBox, QStatusBar

from desktop_app.models.states import DocumentSource
from desktop_app.services.context import ChangeSet
from desktop_app.services.documents import intake
from desktop_app.services.people.work_areas import WorkAreaChoice
from desktop_app.services.permissions import Action, allowed
from desktop_app.views.case_list.case_list_pane import CaseListPane
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.documents.documents_pane import DocumentsPane

log = logging.getLogger(__name__)

WATCH_INTERVAL_MS = 10_000  # the watch folders are scanned this often (a file settles over two scans)


class IntakeHost(Protocol):
    """What intake needs of the main window (the window itself: no import of it here)."""

    session: Session
    case_list: CaseListPane
    documents: DocumentsPane
    documents_dock: QDockWidget
    areas: list[WorkAreaChoice]

    @property
    def work_area(self) -> int | None: ...

    def show_error(self, text: str) -> None: ...

    def show_message(self, text: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...


class WindowIntake(QObject):
    """The case list's drops and the watch-folder timer of one main window."""

    sig_watch_scanned = Signal(object)
    """A scan of the watch folders finished: the list of intake.ScanResult."""

    def __init__(self, window: IntakeHost, workers: Workers) -> None:
        super().__init__(window)  # type: ignore[arg-type]  (a QMainWindow)
        self._window = window
        self._session = window.session
        self._scan_task = LatestTask(workers, self)  # the watch-folder scans, off the GUI thread
        self._scan_task.sig_finished.connect(self._on_scanned)
        self._scan_task.sig_failed.connect(self._on_scan_failed)
        self.timer = QTimer(self, objectName="watchFolderTimer", interval=WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.scan_watch_folders)
        self._last_error = ""
        window.documents.sig_import_finished.connect(self._on_import_finished)

    def start(self) -> None:
        if allowed(self._session.actor, Action.DOCUMENT_ADD):
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._scan_task.cancel()

    # -- files dropped on the case list ------------------------------------------------------------
    @Slot(object, object)
    def on_files_dropped(self, case_id: int | None, paths: list[Path]) -> None:
        """Onto a row: added to that case. Elsewhere: new cases of the work area shown, in the background."""
        window = self._window
        documents = window.documents
        if documents.importing:
            window.show_error(self.tr("Files are being added already; drop again when that has finished."))
            return
        window.documents_dock.show()  # its bar shows the progress and the Cancel button
        if case_id is not None:
            if window.case_list.current_case_id != case_id:
                window.case_list.select_case(case_id)
            documents.import_files(paths, DocumentSource.DROP, case_id=case_id)
            return
        if not allowed(self._session.actor, Action.CASE_CREATE):
            window.show_error(self.tr("You may not create cases: drop the files on a case to add them to it."))
            return
        area = window.work_area if window.work_area is not None else (
            window.areas[0].work_area_id if len(window.areas) == 1 else None)
        if area is None:
            window.show_error(self.tr("Choose a work area first: new cases are made in the work area shown."))
            return
        one_case = False
        if len(paths) > 1:
            choice = self.ask_new_case_grouping(len(paths))
            if choice is None:
                return
            one_case = choice == "one"
        documents.import_into_new_cases(area, paths, one_case)

    @Slot(object)
    def _on_import_finished(self, outcome) -> None:
        """New cases from dropped files: said in the status bar (the list selects the first by itself)."""
        if outcome.created:
            self._window.show_message(self.tr("%n case(s) created from the dropped files.", "", len(outcome.created)))

    def ask_new_case_grouping(self, count: int) -> str | None:
        """'each' (one case per file), 'one' (one case for all) or None (cancelled)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New cases from files"), self.tr(
            "Make new cases from the {count} files dropped on the list:").format(count=count),
            QMessageBox.StandardButton.Cancel, self._window)  # type: ignore[arg-type]
        box.setObjectName("newCaseGroupingDialog")
        each = box.addButton(self.tr("One case per file"), QMessageBox.ButtonRole.AcceptRole)
        one = box.addButton(self.tr("One case for all"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(each)
        box.exec()
        clicked = box.clickedButton()
        return "each" if clicked is each else "one" if clicked is one else None

    # -- the watch folders ---------------------------------------------------------------------------
    @Slot()
    def scan_watch_folders(self) -> None:
        """One scan of the enabled watch folders in the background (the timer's tick)."""
        if self._scan_task.busy:
            return
        self._scan_task.run(functools.partial(intake.scan_all, self._session.workspace, self._session.actor))

    @Slot(object)
    def _on_scanned(self, results: list) -> None:
        changes = ChangeSet()
        for result in results:
            changes.merge(result.changes)
        self._session.changes.publish(changes, None)  # the program, not a clerk: nothing is selected for it
        taken = sum(len(r.taken) for r in results)
        failed = sum(len(r.failed) for r in results)
        duplicates = sum(len(r.duplicates) for r in results)
        parts = []
        if taken:
            parts.append(self.tr("%n file(s) taken from the watch folder", "", taken))
        if duplicates:
            parts.append(self.tr("%n already in their case, not stored twice", "", duplicates))
        if failed:
            parts.append(self.tr("%n could not be taken (see the failed folder)", "", failed))
        errors = [r.error for r in results if r.error]
        if parts:
            self._window.statusBar().showMessage("; ".join(parts) + ".", 10_000)
        elif errors and errors[0] != self._last_error:
            self._window.show_error(errors[0])  # said once, not at every scan
        self._last_error = errors[0] if errors else ""
        self.sig_watch_scanned.emit(results)

    @Slot(object)
    def _on_scan_failed(self, exc: BaseException) -> None:
        log.warning("watch folder scan failed: %s", exc)
