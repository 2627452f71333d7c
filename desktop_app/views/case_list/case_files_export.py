"""Export case files… (the case list's context menu, issue 6): the selected cases' documents and a
manifest into a zip, as a long job on the window's workers, with a progress dialog and Cancel.

The service (services/reporting/case_export.py) checks the export right and every case against the
user's rights before it writes anything; a refusal or a failure is said on the pane's error line.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from desktop_app.services.reporting import case_export
from desktop_app.services.reporting.case_export import CaseExportResult, ExportCancelled
from desktop_app.views.common import formatting
from desktop_app.views.common.background import JobControl, LongJob, Workers
from desktop_app.views.common.session import Session

log = logging.getLogger(__name__)


class CaseFilesExport(QObject):
    """Asks where to, runs the export in the background, shows its progress and outcome."""

    sig_finished = Signal(object)
    """The CaseExportResult, or the exception that stopped the export."""
    sig_error = Signal(str)
    """A refusal or a failure, translated."""
    sig_message = Signal(str)
    """The outcome, for the status bar."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._parent = parent
        self.job = LongJob(workers, self)
        self.job.sig_progress.connect(self._on_progress)
        self.job.sig_finished.connect(self._on_finished)
        self.job.sig_failed.connect(self._on_finished)
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.job.busy

    def ask_target(self, numbers: list[str]) -> Path | None:
        """OUT.zip, chosen in a save dialog; None when the user cancels."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{numbers[0]}.zip" if len(numbers) == 1 else self.tr("{count} cases.zip").format(count=len(numbers))
        path, _filter = QFileDialog.getSaveFileName(
            self._parent.window(), self.tr("Export case files"), str(Path(folder) / name.replace("/", "-")),
            self.tr("Zip archives (*.zip)"))
        if not path:
            return None
        return Path(path) if path.lower().endswith(".zip") else Path(f"{path}.zip")

    def start(self, case_ids: list[int], numbers: list[str]) -> bool:
        """Asks for the zip, then exports the cases (their numbers name the file) in the background."""
        if self.busy or not case_ids:
            if self.busy:
                self.sig_error.emit(self.tr("An export is running already; wait until it has finished."))
            return False
        target = self.ask_target(numbers or [str(case_ids[0])])
        if target is None:
            return False
        workspace, actor, chosen = self._session.workspace, self._session.actor, list(case_ids)

        def export(control: JobControl) -> CaseExportResult:
            return case_export.export_case_files(workspace, actor, chosen, target, progress=control.progress,
                                                 cancelled=control.cancelled)

        self.progress = QProgressDialog(self.tr("Exporting {count} case(s)…").format(count=len(case_ids)),
                                        self.tr("Cancel"), 0, 0, self._parent.window())
        self.progress.setObjectName("caseExportProgress")
        self.progress.setWindowTitle(self.tr("Export case files"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.job.cancel)
        self.job.start(export)
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
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if isinstance(outcome, CaseExportResult):
            text = self.tr("%n case(s) exported to {path} ({size}).", "", outcome.cases).format(
                path=outcome.path, size=formatting.file_size(outcome.size))
            if outcome.warnings:
                text += " " + self.tr("Warning: {what}").format(what="; ".join(outcome.warnings))
            self.sig_message.emit(text)
        elif isinstance(outcome, ExportCancelled):
            self.sig_message.emit(self.tr("Export cancelled: nothing was written."))
        elif isinstance(outcome, BaseException):
            self.sig_error.emit(formatting.error_text(outcome))
        self.sig_finished.emit(outcome)
