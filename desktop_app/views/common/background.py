"""Background work for the window: one module, one shape everywhere (DESIGN §1, nothing slow on the GUI thread).

`Workers` owns the window's two thread pools: quick work (reads and saves) and long work
(imports, exports, copies, backups, a server probe), so that a long job never holds up the
preview or a save. Three ways to run something on them:

- `LatestTask`, for reads (a preview, a list, details): each `run()` supersedes the previous
  request, and the results of superseded requests are dropped when they arrive (git-cola's
  stale-result guard).
- `JobRunner`, for writes and one-off actions: every job reports, in the order it ends, to
  its own callbacks; `busy` while any is pending. Every database write of the window goes
  through one, so a lock wait never freezes the window.
- `LongJob`, for long work with progress and Cancel: the function receives a `JobControl`
  (`progress(done, total, label)`, `cancelled()`); the job reports its progress, then its
  result or its exception.

A worker function never touches widgets: it returns plain values (a QImage included). It
runs on its own database connection, closed afterwards, unless told not to. A failure
reaches the caller's callback; it is logged at ERROR with its traceback unless it is an
AppError (a refusal or a known fault that the caller shows to the user).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.errors import AppError
from desktop_app.storage.database import worker_connection

log = logging.getLogger(__name__)

QUICK_THREADS = 2
LONG_THREADS = 2
_request_ids = itertools.count(1)


class Workers(QObject):
    """The window's thread pools: `quick` for reads and saves, `long` for imports, exports and copies."""

    def __init__(self, parent: QObject | None = None, *, quick_threads: int = QUICK_THREADS,
                 long_threads: int = LONG_THREADS) -> None:
        super().__init__(parent)
        self.quick = QThreadPool(self)
        self.quick.setMaxThreadCount(quick_threads)
        self.long = QThreadPool(self)
        self.long.setMaxThreadCount(long_threads)

    def pools(self) -> tuple[QThreadPool, QThreadPool]:
        return self.quick, self.long

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Waits for every started job to end; False if one was still running at the timeout."""
        return all(pool.waitForDone(timeout_ms) for pool in self.pools())

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Drops the jobs not started yet and waits for the running ones (the window closes)."""
        for pool in self.pools():
            pool.clear()
        self.wait(timeout_ms)


class JobControl:
    """What a long job's function gets: a way to report progress and to hear about Cancel."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._report(done, total, label)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Carrier(QObject):
    """Carries outcomes back to the GUI thread (a QRunnable has no signals). Made on the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int, str)


class _Runnable(QRunnable):
    def __init__(self, request_id: int, fn: Callable[[], object], carrier: _Carrier, uses_database: bool) -> None:
        super().__init__()  # autoDelete: the pool owns the runnable and deletes it after run()
        self._request_id = request_id
        self._fn = fn
        self._carrier = carrier
        self._uses_database = uses_database

    def run(self) -> None:
        try:
            with worker_connection() if self._uses_database else contextlib.nullcontext():
                result = self._fn()
        except Exception as exc:
            if isinstance(exc, AppError):
                log.info("background job refused: %s", exc.message)
            else:
                log.error("background job failed", exc_info=exc)
            _emit(self._carrier.failed, self._request_id, exc)
        else:
            _emit(self._carrier.finished, self._request_id, result)


def _emit(signal, *args) -> None:
    with contextlib.suppress(RuntimeError):  # the receiver went away while the job worked
        signal.emit(*args)


def _pool(workers: Workers, long: bool) -> QThreadPool:
    return workers.long if long else workers.quick


class _OneResult(QObject):
    """What LatestTask and LongJob share: a carrier from the workers, and one result that counts."""

    sig_finished = Signal(object)
    """The result that counts (on the GUI thread)."""
    sig_failed = Signal(object)
    """The exception of the request that counts (on the GUI thread)."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._carrier = _Carrier(self)
        self._carrier.finished.connect(self._on_finished)
        self._carrier.failed.connect(self._on_failed)

    def _settle(self, request_id: int) -> bool:
        """The request has reported: True when its result counts."""
        raise NotImplementedError

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: object) -> None:
        if self._settle(request_id):
            self.sig_finished.emit(result)

    @Slot(int, object)
    def _on_failed(self, request_id: int, exc: object) -> None:
        if self._settle(request_id):
            self.sig_failed.emit(exc)


class LatestTask(_OneResult):
    """Runs one function at a time in the background for a pane; only the latest result counts."""

    def __init__(self, workers: Workers, parent: QObject | None = None, *, uses_database: bool = True,
                 priority: int = 0, long: bool = False) -> None:
        super().__init__(parent)
        self._pool = _pool(workers, long)
        self._uses_database = uses_database
        self._priority = priority  # QThreadPool.start's: higher runs before the queued lower ones
        self._latest = 0
        self._pending: set[int] = set()

    @property
    def busy(self) -> bool:
        """True while the latest request has not reported."""
        return self._latest in self._pending

    def run(self, fn: Callable[[], object]) -> int:
        self._latest = next(_request_ids)
        self._pending.add(self._latest)
        self._pool.start(_Runnable(self._latest, fn, self._carrier, self._uses_database), self._priority)
        return self._latest

    def cancel(self) -> None:
        """Forgets the current request: its result, when it comes, is dropped."""
        self._latest = next(_request_ids)

    def _settle(self, request_id: int) -> bool:
        self._pending.discard(request_id)
        return request_id == self._latest


Done = Callable[[object], None]
Failed = Callable[[BaseException], None]


class JobRunner(QObject):
    """Runs service calls in the background; each job's own callback runs on the GUI thread."""

    sig_idle = Signal()
    """No job is pending any more."""

    def __init__(self, workers: Workers, parent: QObject | None = None, *, long: bool = False,
                 priority: int = 0) -> None:
        super().__init__(parent)
        self._pool = _pool(workers, long)
        self._priority = priority
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._carrier = _Carrier(self)
        self._carrier.finished.connect(self._on_finished)
        self._carrier.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable[[], object], on_done: Done, on_failed: Failed, *,
            uses_database: bool = True) -> None:
        request_id = next(_request_ids)
        self._callbacks[request_id] = (on_done, on_failed)
        self._pool.start(_Runnable(request_id, fn, self._carrier, uses_database), self._priority)

    @Slot(int, object)
    def _on_finished(self, request_id: int, result: object) -> None:
        on_done, _on_failed = self._callbacks.pop(request_id)
        try:
            on_done(result)
        finally:
            self._idle_check()

    @Slot(int, object)
    def _on_failed(self, request_id: int, exc: object) -> None:
        _on_done, on_failed = self._callbacks.pop(request_id)
        try:
            on_failed(exc)  # type: ignore[arg-type]
        finally:
            self._idle_check()

    def _idle_check(self) -> None:
        if not self._callbacks:
            self.sig_idle.emit()


class LongJob(_OneResult):
    """One long job at a time with progress and Cancel (an import, an export, a copy, a backup)."""

    sig_progress = Signal(int, int, str)
    """Done, total, what is being worked on ('' when nothing is named)."""

    def __init__(self, workers: Workers, parent: QObject | None = None, *, uses_database: bool = True) -> None:
        super().__init__(parent)
        self._pool = workers.long
        self._uses_database = uses_database
        self._current: tuple[int, JobControl] | None = None
        self._carrier.progress.connect(self._on_progress)

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(self, fn: Callable[[JobControl], object]) -> bool:
        """Starts `fn(control)`; False (nothing started) while another job of this one runs."""
        if self._current is not None:
            return False
        request_id = next(_request_ids)
        carrier = self._carrier
        control = JobControl(lambda done, total, label: _emit(carrier.progress, request_id, done, total, label))
        self._current = (request_id, control)
        self._pool.start(_Runnable(request_id, lambda: fn(control), carrier, self._uses_database))
        return True

    def cancel(self) -> None:
        """Asks the running function to stop at its next check (what is done so far is kept)."""
        if self._current is not None:
            self._current[1].cancel()

    def _settle(self, request_id: int) -> bool:
        if self._current is None or self._current[0] != request_id:
            return False
        self._current = None
        return True

    @Slot(int, int, int, str)
    def _on_progress(self, request_id: int, done: int, total: int, label: str) -> None:
        if self._current is not None and self._current[0] == request_id:
            self.sig_progress.emit(done, total, label)
