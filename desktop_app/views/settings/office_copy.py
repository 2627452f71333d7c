"""Copying the open (SQLite) office into an empty PostgreSQL server from Settings → Database.

`CopyJob.run` is the worker's side (no widgets), run as a LongJob on the window's long-work
pool: services.office_transfer.migrate_office — the code of `casedesk migrate-to` — on the
worker's own connection (peewee keeps one connection per thread, and the source is read
through `workspace.database` on that thread's connection). Its progress callback forwards
(done, total, what) to the GUI and raises `CopyCancelled` once Cancel was pressed: the copy is
one transaction on the server, so raising there rolls the server back to empty (nothing else
was written yet).

`WindowPause` stops the window's timers (watch folders, automatic backups, text indexing,
presence, notifications) and waits until the window's thread pools are idle before the copy starts:
the copy reads one snapshot, so work saved meanwhile would not reach the server, and while it
creates the tables on the server the models are bound to the server for every thread
(office_transfer.bound_to, the migrations' bind_ctx) — a pane's query then would go there.

`CopyProgressDialog` is application-modal: the window repaints but cannot be used.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import QT_TRANSLATE_NOOP
from desktop_app.services.office import office_transfer
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobControl

CONTEXT = "CopyProgressDialog"
IDLE_POLL_MS = 50
INDEX_STEP = re.compile(r"index (\d+) of (\d+)")
# How the progress names the table being copied (office_transfer reports table names).
TABLE_LABELS = {
    "case": QT_TRANSLATE_NOOP("CopyProgressDialog", "cases"),
    "contact": QT_TRANSLATE_NOOP("CopyProgressDialog", "contacts"),
    "document": QT_TRANSLATE_NOOP("CopyProgressDialog", "documents"),
    "document_version": QT_TRANSLATE_NOOP("CopyProgressDialog", "document versions"),
    "blob": QT_TRANSLATE_NOOP("CopyProgressDialog", "document contents"),
    "audit_event": QT_TRANSLATE_NOOP("CopyProgressDialog", "the audit trail"),
    "note": QT_TRANSLATE_NOOP("CopyProgressDialog", "notes"),
    "user": QT_TRANSLATE_NOOP("CopyProgressDialog", "users"),
    "invoice": QT_TRANSLATE_NOOP("CopyProgressDialog", "invoices"),
    "payment": QT_TRANSLATE_NOOP("CopyProgressDialog", "payments"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CopyCancelled(Exception):
    """Raised from the progress callback after Cancel: the copy's transaction rolls back."""


@dataclass
class CopySummary:
    """What the copy did, for the tab (counted from the progress reports of one snapshot)."""

    rows: int
    cases: int
    documents: int
    seconds: float
    cancel_requested: bool  # Cancel came too late: the copy was already committed


@dataclass
class CopyJob:
    """One copy of the open office into `url` (the worker's side: no widgets here), run as a LongJob."""

    workspace: object
    actor: object
    url: str
    _rows_of: dict[str, int] = field(default_factory=dict)
    _last_done: int = 0
    _total: int = 0

    control: JobControl | None = None

    def progress(self, done: int, total: int, what: str) -> None:
        """migrate_office's progress: counted, forwarded, and the point where Cancel stops the copy."""
        assert self.control is not None
        if self.control.cancelled():
            raise CopyCancelled()  # from inside the copy: its transaction rolls back
        if not INDEX_STEP.fullmatch(what):  # done is cumulative: the rows of this report are the step
            self._rows_of[what] = self._rows_of.get(what, 0) + done - self._last_done
            self._last_done = done
        self._total = total
        self.control.progress(done, total, what)

    def run(self, control: JobControl) -> CopySummary:
        self.control = control
        started = time.perf_counter()
        office_transfer.migrate_office(self.workspace, self.actor, self.url, self.progress)
        return CopySummary(rows=self._total, cases=self._rows_of.get("case", 0),
                           documents=self._rows_of.get("document", 0),
                           seconds=time.perf_counter() - started, cancel_requested=control.cancelled())


class WindowPause:
    """Stops the window's timers and tells when its thread pools have no work left; `resume` restarts them."""

    def __init__(self, window: QWidget | None) -> None:
        self.window = window
        self.timers: list[QTimer] = []
        self.pools: list[QThreadPool] = []
        if window is None:
            return
        for timer in window.findChildren(QTimer):
            if timer.isActive():
                timer.stop()
                self.timers.append(timer)
        self.pools = window.findChildren(QThreadPool)

    def idle(self) -> bool:
        return all(pool.activeThreadCount() == 0 for pool in self.pools)

    def resume(self) -> None:
        for timer in self.timers:
            timer.start()  # a pending single-shot fires later: what it does is only delayed
        self.timers = []


class CopyProgressDialog(QDialog):
    """The copy's progress: a bar and what is being copied; Cancel until the copy is committed."""

    cancel_requested = Signal()

    def __init__(self, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="copyProgressDialog")
        self.setWindowTitle(self.tr("Copying the office to the server"))
        self.setWindowIcon(icons.icon("fa5s.server", icons.BLUE))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.cancelling = False
        intro = QLabel(self.tr("Copying this office to {server}. CaseDesk cannot be used until the copy is "
                               "finished; this office stays as it is.").format(server=server),
                       self, objectName="copyProgressIntro")
        intro.setWordWrap(True)
        self.bar = QProgressBar(self, objectName="copyProgressBar")
        self.bar.setRange(0, 0)
        self.bar.setMinimumWidth(420)
        self.text = QLabel(self.tr("Waiting for this window's background work to finish…"), self,
                           objectName="copyProgressText")
        self.text.setWordWrap(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 2)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self, objectName="copyCancel")
        self.cancel_button.setToolTip(self.tr("Stops the copy: the server is left empty, nothing is saved."))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, what: str) -> None:
        if self.cancelling:
            return
        step = INDEX_STEP.fullmatch(what)
        if step is not None or (total and done >= total):
            self.bar.setRange(0, 0)  # building indexes, then checking: no count to show
            text = self.tr("All {total} rows are copied. The server builds its indexes, then the copy is "
                           "checked (row counts, every document's SHA-256)…").format(total=formatting.number(total))
            if step is not None:
                text = self.tr("All {total} rows are copied. The server builds its indexes ({done} of {count}), "
                               "then the copy is checked (row counts, every document's SHA-256)…").format(
                    total=formatting.number(total), done=step.group(1), count=step.group(2))
            self.text.setText(text)
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        label = TABLE_LABELS.get(what)
        self.text.setText(self.tr("Copying {what}: {done} of {total} rows").format(
            what=tr(label) if label else what, done=formatting.number(done), total=formatting.number(total)))

    def show_starting(self) -> None:
        self.text.setText(self.tr("Creating the tables on the server…"))

    @Slot()
    def request_cancel(self) -> None:
        if self.cancelling:
            return
        self.cancelling = True
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.text.setText(self.tr("Stopping: the server is being rolled back…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Escape: Cancel (the dialog closes only when the copy has stopped)
        self.request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.request_cancel()

    def finish(self) -> None:
        """Closes the dialog (the copy has ended)."""
        QDialog.done(self, QDialog.DialogCode.Accepted)
