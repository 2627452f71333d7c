"""Fills the text of documents that came without it (older data), in the background, when idle.

`search.reindex_missing` takes a small batch off the extraction queue per call; the indexer
runs one batch at a time on the window's thread pool, only while the window has nothing
else pending, and stops when the queue is empty (or the window closes).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.services.documents import search
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session

log = logging.getLogger(__name__)

START_DELAY_MS = 3000  # after the first paint: the clerk's first clicks come first
NEXT_BATCH_MS = 200
BUSY_RETRY_MS = 1000


class TextIndexer(QObject):
    sig_batch_done = Signal(int)
    """How many queued documents the last batch took (0: the queue is empty, the indexer stops)."""

    def __init__(self, session: Session, workers: Workers, idle: Callable[[], bool],
                 parent: QObject | None = None, *, batch: int = search.REINDEX_BATCH) -> None:
        super().__init__(parent)
        self.setObjectName("textIndexer")
        self._session, self._idle, self._batch = session, idle, batch
        self._stopped = True
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_batch)
        self._task.sig_failed.connect(self._on_failed)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return not self._stopped

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        self._stopped = False
        self._timer.start(delay_ms)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._task.cancel()

    @Slot()
    def _step(self) -> None:
        if self._stopped or self._task.busy:
            return
        if not self._idle():
            self._timer.start(BUSY_RETRY_MS)
            return
        self._task.run(functools.partial(search.reindex_missing, self._session.workspace, self._batch))

    @Slot(object)
    def _on_batch(self, taken: int) -> None:
        self.sig_batch_done.emit(taken)
        if taken and not self._stopped:
            self._timer.start(NEXT_BATCH_MS)
        else:
            self._stopped = True

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        log.warning("filling missing document text failed: %s", exc)  # tried again at the next start
        self._stopped = True
