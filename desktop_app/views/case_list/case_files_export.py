"""Export case files… (the case list's context menu, issue 6): the selected cases' documents and a
manifest into a zip, on a background thread with a progress dialog and Cancel.

The service (services.case_export) checks the export right and every case against the user's
rights before it writes anything; a refusal or a failure is said on the pane's error line.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from desktop_app.services.context import Actor, Workspace
from desktop_app.services.reporting import case_export
from desktop_app.services.reporting.case_export import CaseExportResult, ExportCancelled
from desktop_app.storage import database
from desktop_app.views.common import formatting

if TYPE_CHECKING:
    from desktop_app.views.case_list.case_list_pane import CaseListPane

log = logging.getLogger(__name__)


class _Carrier(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # CaseExportResult or the exception


class _ExportJob(QRunnable):
    def __init__(self, workspace: Workspace, actor: Actor, case_ids: list[int], target: Path) -> None:
        super().__init__()
        self.carrier = _Carrier()  # made on the GUI thread: its signals arrive there
        self._args = (workspace, actor, case_ids, target)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        workspace, actor, case_ids, target = self._args
        try:
            with database.worker_connection():
                outcome: object = case_export.export_case_files(
                    workspace, actor, case_ids, target, progress=self._progress, cancelled=self._cancel.is_set)
        except Exception as exc:
            log.debug("case export failed", exc_info=True)
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.carrier.finished.emit(outcome)

    def _progress(self, done: int, total: int, name: str) -> None:
        with contextlib.suppress(RuntimeError):
            self.carrier.progress.emit(done, total, name)


class CaseFilesExport(QObject):
    """Asks where to, runs the export in the background, shows its progress and outcome."""

    sig_finished = Signal(object)
    """The CaseExportResult, or the exception that stopped the export."""

    def __init__(self, pane: CaseListPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: _ExportJob | None = None
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def ask_target(self, numbers: list[str]) -> Path | None:
        """OUT.zip, chosen in a save dialog; None when the user cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{numbers[0]}.zip" if len(numbers) == 1 else self.tr("{count} cases.zip").format(count=len(numbers))
        path, _filter = QFileDialog.getSaveFileName(
            self._pane.window(), self.tr("Export case files"), str(Path(folder) / name.replace("/", "-")),
            self.tr("Zip archives (*.zip)"))
        if not path:
            return None
        return Path(path) if path.lower().endswith(".zip") else Path(f"{path}.zip")

    def start(self, case_ids: list[int]) -> bool:
        if self.busy or not case_ids:
            if self.busy:
                self._pane.sig_error.emit(self.tr("An export is running already; wait until it has finished."))
            return False
        model = self._pane.model
        numbers = [row.number for case_id in case_ids
                   if (index := model.row_of(case_id)) is not None and (row := model.case_row(index)) is not None]
        target = self.ask_target(numbers or [str(case_ids[0])])
        if target is None:
            return False
        session = self._pane._session
        self.job = _ExportJob(session.workspace, session.actor, list(case_ids), target)
        self.job.carrier.progress.connect(self._on_progress)
        self.job.carrier.finished.connect(self._on_finished)
        self.progress = QProgressDialog(self.tr("Exporting {count} case(s)…").format(count=len(case_ids)),
                                        self.tr("Cancel"), 0, 0, self._pane.window())
        self.progress.setObjectName("caseExportProgress")
        self.progress.setWindowTitle(self.tr("Export case files"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.job.cancel)
        self.pool.start(self.job)
        return True

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.progress is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(self.tr("Exporting {file}…").format(file=name))

    @Slot(object)
    def _on_finished(self, outcome: object) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if isinstance(outcome, CaseExportResult):
            text = self.tr("%n case(s) exported to {path} ({size}).", "", outcome.cases).format(
                path=outcome.path, size=formatting.file_size(outcome.size))
            if outcome.warnings:
                text += " " + self.tr("Warning: {what}").format(what="; ".join(outcome.warnings))
            self._pane.sig_message.emit(text)
        elif isinstance(outcome, ExportCancelled):
            self._pane.sig_message.emit(self.tr("Export cancelled: nothing was written."))
        elif isinstance(outcome, BaseException):
            self._pane.sig_error.emit(formatting.error_text(outcome))
        self.sig_finished.emit(outcome)
