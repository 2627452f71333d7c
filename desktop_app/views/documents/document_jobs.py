"""Background work of the documents pane: a file import with progress and cancel, and one-off jobs.

Both run on the window's QThreadPool with their own database connection and report back
on the GUI thread through a QObject carrier (a QRunnable has no signals). Unlike
`LatestTask`, every outcome here counts: a rename and a trash fired in a row both report.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.errors import AppError
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents import document_import, intake, thumbnails
from desktop_app.services.documents.extract import shown_name
from desktop_app.storage import database

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    case_id: int
    added: list[int] = field(default_factory=list)  # document ids
    failed: list[tuple[str, BaseException]] = field(default_factory=list)  # file name, why
    skipped: list[str] = field(default_factory=list)  # file names not tried: cancelled
    changes: ChangeSet = field(default_factory=ChangeSet)
    duplicates: list[tuple[str, BaseException]] = field(default_factory=list)  # file name, "already in case N…"
    created: list[int] = field(default_factory=list)  # cases made from the files (a drop on the case list)

    @property
    def cancelled(self) -> bool:
        return bool(self.skipped)


class ImportCarrier(QObject):
    sig_progress = Signal(int, int, str)
    """Files done, files in all, the name of the file being added ('' at the end)."""
    sig_finished = Signal(object)
    """The ImportOutcome."""


class ImportJob(QRunnable):
    """Adds files to a case in batches (documents.add_documents: one transaction per batch, the
    managers told once); stops between files on cancel, keeping the files read so far."""

    def __init__(self, workspace: Workspace, actor: Actor, case_id: int, paths: list[Path], source: str):
        super().__init__()
        self.carrier = ImportCarrier()  # created on the GUI thread: its signals arrive there
        self.case_id = case_id
        self.paths = [Path(p) for p in paths]
        self._workspace = workspace
        self._actor = actor
        self._source = source
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        outcome = ImportOutcome(self.case_id)
        total = len(self.paths)
        try:
            with database.worker_connection():
                self._import(outcome)
        except Exception as exc:  # no database connection, or the case refused: every file not added is named
            if not isinstance(exc, AppError):
                log.exception("the import stopped")
            done = {name for name, _exc in outcome.failed} | {name for name, _exc in outcome.duplicates}
            outcome.failed += [(shown_name(p.name), exc) for p in self.paths[len(outcome.added):]
                               if shown_name(p.name) not in done]
        self._emit(self.carrier.sig_progress, total, total, "")
        self._emit(self.carrier.sig_finished, outcome)

    def _import(self, outcome: ImportOutcome, start: int = 0) -> None:
        """Adds the files from `start` on to the case."""
        total = len(self.paths)
        batch = document_import.add_documents(
            self._workspace, self._actor, self.case_id, self.paths[start:], source=self._source,
            progress=lambda done, _count, name: self._emit(self.carrier.sig_progress, start + done, total, name),
            cancelled=self._cancel.is_set)
        for item in batch.outcomes:
            name = shown_name(item.path.name)
            if item.document is not None:
                outcome.added.append(item.document.id)
            elif isinstance(item.error, document_import.DuplicateDocument):  # a warning: the case has the content
                outcome.duplicates.append((item.path.name, item.error))
            elif item.error is not None:  # a bad file is reported; the rest of the batch went on
                outcome.failed.append((name, item.error))
            else:
                outcome.skipped.append(name)
        outcome.changes.merge(batch.changes)

    @staticmethod
    def _emit(signal, *args) -> None:
        with contextlib.suppress(RuntimeError):  # the pane went away while we worked
            signal.emit(*args)


class NewCasesImportJob(ImportJob):
    """Files dropped on the case list: a new case of the work area per file, or one for them all.

    Each new case is made together with its first document (intake.new_case_with_file), so
    a file that cannot be read leaves no empty case; with one case for all, the first good
    file makes the case and the others are added to it as one batch.
    """

    def __init__(self, workspace: Workspace, actor: Actor, work_area_id: int, paths: list[Path],
                 one_case: bool, source: str):
        super().__init__(workspace, actor, 0, paths, source)
        self.work_area_id = work_area_id
        self.one_case = one_case

    def _import(self, outcome: ImportOutcome, start: int = 0) -> None:
        total = len(self.paths)
        for position, path in enumerate(self.paths[start:], start=start):
            if self._cancel.is_set():
                outcome.skipped = [shown_name(p.name) for p in self.paths[position:]]
                return
            if self.one_case and outcome.created:  # the others go to the new case as one batch
                super()._import(outcome, position)
                return
            self._emit(self.carrier.sig_progress, position, total, path.name)
            try:
                case, document, changes = intake.new_case_with_file(self._workspace, self._actor,
                                                                    self.work_area_id, path, source=self._source)
            except document_import.DuplicateDocument as exc:
                outcome.duplicates.append((path.name, exc))
                continue
            except Exception as exc:  # a bad file is reported; the rest of the batch goes on
                if not isinstance(exc, AppError):
                    log.exception("adding %s failed", path)
                outcome.failed.append((shown_name(path.name), exc))
                continue
            outcome.created.append(case.id)
            outcome.case_id = self.case_id = case.id
            outcome.added.append(document.id)
            outcome.changes.merge(changes)


class ThumbnailCarrier(QObject):
    sig_ready = Signal(object)
    """{sha256: PNG path} of the thumbnails that exist now (made or already cached)."""


class ThumbnailJob(QRunnable):
    """Makes the missing thumbnails of stored contents (rendered in a parser worker process)."""

    def __init__(self, workspace: Workspace, items: list[tuple[str, str]]):
        super().__init__()
        self.carrier = ThumbnailCarrier()  # created on the GUI thread: its signal arrives there
        self.items = list(items)  # (sha256, mime)
        self._workspace = workspace

    def run(self) -> None:
        made = {}
        for sha, mime in self.items:
            try:
                path = thumbnails.make_thumbnail(self._workspace, sha, mime)
            except Exception:  # a thumbnail is a nicety: never let it stop the others
                log.exception("thumbnail of %s failed", sha)
                continue
            if path is not None:
                made[sha] = path
        with contextlib.suppress(RuntimeError):
            self.carrier.sig_ready.emit(made)


class _JobCarrier(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], object], carrier: _JobCarrier):
        super().__init__()
        self._job_id = job_id
        self._fn = fn
        self._carrier = carrier

    def run(self) -> None:
        try:
            with database.worker_connection():
                result = self._fn()
        except Exception as exc:
            log.debug("documents job %s failed", self._job_id, exc_info=True)
            outcome = (self._carrier.failed, exc)
        else:
            outcome = (self._carrier.finished, result)
        with contextlib.suppress(RuntimeError):
            outcome[0].emit(self._job_id, outcome[1])


class JobRunner(QObject):
    """Runs service calls on the pool; each one's callback runs on the GUI thread."""

    sig_idle = Signal()
    """No job is pending any more."""

    def __init__(self, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._next = 0
        self._callbacks: dict[int, tuple[Callable[[object], None], Callable[[BaseException], None]]] = {}
        self._carrier = _JobCarrier(self)
        self._carrier.finished.connect(self._on_finished)
        self._carrier.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, fn: Callable[[], object], on_done: Callable[[object], None],
            on_failed: Callable[[BaseException], None]) -> None:
        self._next += 1
        self._callbacks[self._next] = (on_done, on_failed)
        self._pool.start(_Job(self._next, fn, self._carrier))

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        on_done, _on_failed = self._callbacks.pop(job_id)
        try:
            on_done(result)
        finally:
            self._idle_check()

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: object) -> None:
        _on_done, on_failed = self._callbacks.pop(job_id)
        try:
            on_failed(exc)
        finally:
            self._idle_check()

    def _idle_check(self) -> None:
        if not self._callbacks:
            self.sig_idle.emit()
