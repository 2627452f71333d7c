"""The automatic backup's timer (issue 6): every open CaseDesk asks now and then whether one is due.

The check and the backup run on the window's long-work pool, so a backup of a big office never
takes a thread from the panes; `services.backup_schedule.run_due` claims the slot in the
database first, so of all the PCs of an office only one makes each backup.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.services.office import backup_schedule
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 5 * 60_000  # a due backup starts within five minutes
FIRST_CHECK_MS = 2 * 60_000  # not in the first moments of a session, while the panes load


class BackupScheduler(QObject):
    sig_finished = Signal(object)
    """A backup this PC made finished: the services.backup_schedule.BackupRun (ok or not)."""

    def __init__(self, session: Session, workers: Workers, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupScheduler")
        self.session = session
        self._task = LatestTask(workers, self, long=True)
        self._task.sig_finished.connect(self._on_finished)
        self._task.sig_failed.connect(self._on_failed)
        self.timer = QTimer(self, objectName="backupTimer", interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.first_check = QTimer(self, objectName="backupFirstCheck", singleShot=True, interval=FIRST_CHECK_MS)
        self.first_check.timeout.connect(self.check)

    @property
    def busy(self) -> bool:
        return self._task.busy

    def start(self) -> None:
        self.first_check.start()
        self.timer.start()

    def stop(self) -> None:
        self.first_check.stop()
        self.timer.stop()
        self._task.cancel()

    @Slot()
    def check(self) -> None:
        """One look at the schedule in the background; a due backup runs there too."""
        if self._task.busy:
            return
        self._task.run(functools.partial(backup_schedule.run_due, self.session.workspace))

    @Slot(object)
    def _on_finished(self, run: object) -> None:
        if run is not None:
            self.sig_finished.emit(run)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        log.warning("automatic backup check failed: %s", exc)
