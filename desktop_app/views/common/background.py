"""Background work for the panes: a latest-wins task runner on a QThreadPool.

A pane keeps one `LatestTask`; each `run()` supersedes the previous request, and results
of superseded requests are dropped when they arrive (git-cola's stale-result guard).
Worker functions must not touch widgets: they return plain values, QImage included.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.storage import database

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Carries a job's outcome back to the GUI thread (a QRunnable has no signals)."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, request_id: int, fn: Callable[[], object], carrier: _Carrier, uses_database: bool):
        super().__init__()
        self._request_id = request_id
        self._fn = fn
        self._carrier = carrier
        self._uses_database = uses_database

    def run(self) -> None:
        try:
            with database.worker_connection() if self._uses_database else contextlib.nullcontext():
                result = self._fn()
        except Exception as exc:
            log.debug("background job %s failed", self._request_id, exc_info=True)
            self._emit(self._carrier.failed, exc)
        else:
            self._emit(self._carrier.finished, result)

    def _emit(self, signal, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the pane went away while we worked
            signal.emit(self._request_id, value)


class LatestTask(QObject):
    """Runs one function at a time in the background for a pane; only the latest result counts."""

    sig_finished = Signal(object)
    """The latest request's result (on the GUI thread)."""
    sig_failed = Signal(object)
    """The latest request's exception (on the GUI thread)."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None, *, uses_database: bool = True,
                 priority: int = 0) -> None:
        super().__init__(parent)
        self._pool = pool
        self._uses_database = uses_database  # each job then runs on its own thread's connection
        self._priority = priority  # QThreadPool.start's: higher runs before the queued lower ones
        self._latest = 0
        self._pending: set[int] = set()
        self._carrier = _Carrier(self)
        self._carrier.finished.connect(self._on_finished)
        self._carrier.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        """True while the latest request has not reported."""
        return self._latest in self._pending

    def run(self, fn: Callable[[], object]) -> int:
        self._latest += 1
        # autoDelete (the default): the pool owns the runnable and deletes it after run().
        self._pending.add(self._latest)
        self._pool.start(_Job(self._latest, fn, self._carrier, self._uses_database), self._priority)
        return self._latest

    def cancel(self) -> None:
        """Forgets the current request: its result, when it comes, is dropped."""
        self._latest += 1

    def _settle(self, request_id: int) -> bool:
        self._pending.discard(request_id)
        return request_id == self._latest

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: object) -> None:
        if self._settle(request_id):
            self.sig_finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, request_id: int, exc: object) -> None:
        if self._settle(request_id):
            self.sig_failed.emit(exc)
