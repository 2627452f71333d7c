"""Parsers in a child process: a crash, a hang or a memory blow-up in one cannot take the app down.

PDF, Word, image and e-mail parsing (the text extraction of an import) and thumbnail
rendering run in a small pool of persistent worker processes (multiprocessing "spawn":
the same on Linux, macOS and Windows). Each call has a wall-clock timeout; a worker that
crashes (a segfault in pdfium, say), times out or runs out of memory is killed and
replaced, and the caller gets a WorkerFailure it turns into a message naming the file.
Workers are recycled after TASKS_PER_WORKER calls (bounded leaks) and leave by
themselves after IDLE_EXIT_S without work.

Memory: on Linux (and other POSIX systems with RLIMIT_AS) each worker limits its own
address space to its size after start-up plus MEMORY_LIMIT_MB, so an allocation beyond
that fails inside the worker (MemoryError, or a crash of the C library) instead of
swapping the clerk's PC to a halt. Windows has no such rlimit: there, if psutil is
installed, the parent polls the worker's resident memory while it waits and kills it
above the same limit; without psutil only the timeout bounds a worker on Windows.

Plain text, zero-byte and unknown binary files take an in-process fast path: reading
them is bounded by extract's own limits and runs no third-party parser.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, UserError
from desktop_app.services.documents import extract

log = logging.getLogger(__name__)

PARSE_TIMEOUT_S = 60.0
"""Wall-clock time one file's parsing may take (a 500-page text PDF takes about a second)."""
THUMBNAIL_TIMEOUT_S = 30.0
MEMORY_LIMIT_MB = 1024
"""Memory a worker may take beyond what it uses after start-up."""
TASKS_PER_WORKER = 500
IDLE_EXIT_S = 300.0
MAX_WORKERS = 2
WATCHDOG_POLL_S = 0.2

# The file kinds whose parsing runs in a worker (third-party C parsers, or Python parsers
# that a crafted file can keep busy); everything else is read in-process.
ISOLATED_MIMES = {"application/pdf", extract.DOCX_MIME, "image/png", "image/jpeg", "image/tiff",
                  "image/gif", "message/rfc822"}
_KIND = {"application/pdf": "PDF", extract.DOCX_MIME: "DOCX", "image/png": "PNG", "image/jpeg": "JPEG",
         "image/tiff": "TIFF", "image/gif": "GIF", "message/rfc822": "EML"}


class WorkerFailure(Exception):
    """A call in a worker did not return: `reason` is "crash", "timeout" or "memory"."""

    def __init__(self, reason: str, detail: str = "", seconds: float = 0.0) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.seconds = seconds


# -- the worker's side -------------------------------------------------------------------------

def _address_space_now() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def _limit_memory(extra_bytes: int) -> str:
    """Caps this process's address space at its present size plus `extra_bytes`; says how."""
    try:
        import resource
    except ImportError:  # Windows: the parent's psutil watchdog, if any, does it
        return "none"
    with contextlib.suppress(ValueError, OSError):  # a hostile file's crash leaves no core dump on the disk
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    baseline = _address_space_now()
    if baseline is None:  # macOS and the BSDs: no /proc; take the peak resident size as a floor
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if os.uname().sysname == "Darwin"
                                                                         else 1024)
    limit = baseline + extra_bytes
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError) as exc:
        return f"not set ({exc})"
    return f"{limit // (1024 * 1024)} MB address space"


def _serve(conn: multiprocessing.connection.Connection, extra_bytes: int, idle_exit_s: float) -> None:
    """The worker's loop: (fn, args) in, ("ok", value) / ("error", …) / ("memory",) out."""
    # Load the parsers before the limit is measured and set: their code is the baseline.
    for name in ("pypdfium2", "PIL.Image", "docx", "lxml.etree"):
        with contextlib.suppress(ImportError):
            __import__(name)
    limit = _limit_memory(extra_bytes)
    conn.send(("ready", os.getpid(), limit))
    while True:
        try:
            if not conn.poll(idle_exit_s):
                return  # idle: the parent starts a new worker when it needs one
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        fn, args = request
        try:
            reply: tuple = ("ok", fn(*args))
        except MemoryError:
            reply = ("memory",)
        except AppError as exc:
            reply = ("error", type(exc).__name__, exc.template, exc.params)
        except Exception as exc:
            reply = ("exception", type(exc).__name__, str(exc)[:500])
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("memory",))


# -- the parent's side -------------------------------------------------------------------------

def _psutil_process(pid: int):
    """A psutil handle on the worker when the OS cannot limit it itself (Windows); None otherwise."""
    if os.name != "nt":
        return None
    try:
        import psutil
    except ImportError:
        return None
    try:
        return psutil.Process(pid)
    except Exception:
        return None


class _Worker:
    def __init__(self, context, extra_bytes: int, idle_exit_s: float) -> None:
        parent_end, child_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(child_end, extra_bytes, idle_exit_s),
                                       name="casedesk-parser", daemon=True)
        self.process.start()
        child_end.close()
        self.conn = parent_end
        self.extra_bytes = extra_bytes
        self.tasks = 0
        self.last_used = time.monotonic()
        self.idle_exit_s = idle_exit_s
        # The first message says the parsers are loaded (a spawned interpreter takes ~0.3 s).
        ready = multiprocessing.connection.wait([self.conn, self.process.sentinel], timeout=60)
        try:
            if self.conn not in ready:
                raise EOFError
            _ready, self.pid, self.limit = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise OSError(f"the parser process did not start ({_exit_text(self.process.exitcode)})") from exc
        self.watchdog = _psutil_process(self.pid)

    @property
    def stale(self) -> bool:
        """Too old to trust with a new call: it may be about to leave (idle) or be recycled."""
        idle = time.monotonic() - self.last_used
        return (not self.process.is_alive() or self.tasks >= TASKS_PER_WORKER
                or idle > self.idle_exit_s * 0.8)

    def call(self, fn: Callable, args: tuple, timeout: float) -> Any:
        self.tasks += 1
        started = time.monotonic()
        try:
            self.conn.send((fn, args))
        except (OSError, ValueError) as exc:
            self.kill()
            raise WorkerFailure("crash", f"cannot reach the parser process ({exc})") from exc
        deadline = started + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise WorkerFailure("timeout", seconds=timeout)
            wait = min(remaining, WATCHDOG_POLL_S) if self.watchdog is not None else remaining
            ready = multiprocessing.connection.wait([self.conn, self.process.sentinel], timeout=wait)
            if self.conn in ready:
                try:
                    reply = self.conn.recv()
                except (EOFError, OSError):
                    reply = None
                if reply is not None:
                    break
            if ready:  # the process ended without answering: a crash
                self.process.join(1)
                code = self.process.exitcode
                self.kill()
                raise WorkerFailure("crash", _exit_text(code))
            if self.watchdog is not None and self._over_memory():
                self.kill()
                raise WorkerFailure("memory")
        self.last_used = time.monotonic()
        kind = reply[0]
        if kind == "ok":
            return reply[1]
        if kind == "memory":
            self.kill()  # its heap may be fragmented beyond use: start afresh
            raise WorkerFailure("memory")
        if kind == "error":
            _kind, class_name, template, params = reply
            error_class = _ERROR_CLASSES.get(class_name, UserError)
            raise error_class(template, **params)
        raise RuntimeError(f"{reply[1]} in the parser process: {reply[2]}")

    def _over_memory(self) -> bool:
        try:
            return self.watchdog.memory_info().rss > self.extra_bytes + 200 * 1024 * 1024
        except Exception:
            return False

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()


def _exit_text(code: int | None) -> str:
    if code is None:
        return "no exit code"
    if code < 0:
        import signal

        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def _error_classes() -> dict[str, type[AppError]]:
    from desktop_app import errors

    return {name: value for name, value in vars(errors).items()
            if isinstance(value, type) and issubclass(value, AppError) and name != "ValidationError"}


_ERROR_CLASSES = _error_classes()


class WorkerPool:
    """Up to `max_workers` parser processes shared by every thread of the app."""

    def __init__(self, max_workers: int = MAX_WORKERS, memory_limit_mb: int = MEMORY_LIMIT_MB,
                 idle_exit_s: float = IDLE_EXIT_S) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._max = max(1, max_workers)
        self._extra = memory_limit_mb * 1024 * 1024
        self._idle_exit_s = idle_exit_s
        self._idle: list[_Worker] = []
        self._busy = 0
        self._closed = False
        self.unavailable: str | None = None  # why no worker could be started (callers then parse in-process)
        self._retry_at = 0.0
        self._lock = threading.Condition()
        self.started = 0  # worker processes started so far (tests and the benchmark read it)

    def call(self, fn: Callable, *args: Any, timeout: float) -> Any:
        """`fn(*args)` in a worker; raises what fn raised (AppErrors keep their class) or WorkerFailure.

        `fn` must be a module-level function (it is sent by name), its arguments and result picklable.
        """
        worker = self._acquire()
        healthy = False
        try:
            result = worker.call(fn, args, timeout)
            healthy = True
            return result
        except WorkerFailure:
            raise
        except Exception:
            healthy = worker.process.is_alive()
            raise
        finally:
            self._release(worker, healthy)

    def _acquire(self) -> _Worker:
        with self._lock:
            while True:
                if self._closed:
                    raise RuntimeError("the parser pool is shut down")
                while self._idle:
                    worker = self._idle.pop()
                    if not worker.stale:
                        self._busy += 1
                        return worker
                    threading.Thread(target=worker.stop, daemon=True).start()
                if self._busy < self._max:
                    self._busy += 1
                    break
                self._lock.wait()
        try:
            if self.unavailable and time.monotonic() < self._retry_at:
                raise OSError(self.unavailable)
            worker = _Worker(self._context, self._extra, self._idle_exit_s)
        except BaseException as exc:
            with self._lock:
                self._busy -= 1
                if isinstance(exc, OSError):  # don't pay a failed start for every file: retry in a minute
                    self.unavailable, self._retry_at = str(exc), time.monotonic() + 60
                self._lock.notify()
            raise
        with self._lock:
            self.started += 1
            self.unavailable = None
        return worker

    def _release(self, worker: _Worker, healthy: bool) -> None:
        with self._lock:
            self._busy -= 1
            if healthy and not self._closed and worker.process.is_alive():
                self._idle.append(worker)
                worker = None
            self._lock.notify()
        if worker is not None:
            worker.kill()

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


_pool: WorkerPool | None = None
_pool_lock = threading.Lock()


def pool() -> WorkerPool:
    """The app's parser pool, started on first use and stopped at exit."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = WorkerPool()
            atexit.register(_pool.shutdown)
        return _pool


def reset_pool() -> None:
    """Stops the workers (tests use it to start from a known state)."""
    global _pool
    with _pool_lock:
        old, _pool = _pool, None
    if old is not None:
        old.shutdown()


# -- what runs there ---------------------------------------------------------------------------

def failure_error(path: Path, kind: str, failure: WorkerFailure) -> UserError:
    """The message for a parser that did not come back, naming the file and the reason."""
    if failure.reason == "timeout":
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "{file}: reading this {kind} file took longer than {seconds} s; it was stopped."),
            file=extract.shown_name(path.name), kind=kind, seconds=f"{failure.seconds:g}")
    if failure.reason == "memory":
        return UserError(QT_TRANSLATE_NOOP(
            "errors", "{file}: reading this {kind} file needs more than {megabytes} MB of memory; it was stopped."),
            file=extract.shown_name(path.name), kind=kind, megabytes=MEMORY_LIMIT_MB)
    return UserError(QT_TRANSLATE_NOOP(
        "errors", "{file}: the {kind} reader crashed on this file ({detail})."),
        file=extract.shown_name(path.name), kind=kind, detail=failure.detail)


def inspect_isolated(path: Path) -> extract.FileFacts:
    """extract.inspect_file, with the parsing of PDF, Word, image and e-mail files in a worker.

    Raises UserError naming the file and the reason, including when the parser crashed,
    took longer than PARSE_TIMEOUT_S or needed more than MEMORY_LIMIT_MB.
    """
    path = Path(path)
    _size, _head, mime = extract.preflight(path)
    if mime not in ISOLATED_MIMES:
        return extract.inspect_file(path)  # text, zip, unknown binary: no third-party parser
    kind = _KIND[mime]
    try:
        return pool().call(inspect_target, str(path), timeout=PARSE_TIMEOUT_S)
    except WorkerFailure as failure:
        log.warning("parsing %s failed in the worker: %s", path, failure)
        raise failure_error(path, kind, failure) from failure
    except OSError as exc:  # no worker could be started: parse here rather than refuse every file
        log.error("no parser process (%s); parsing %s in-process", exc, path)
        return extract.inspect_file(path)


def inspect_target(path: str) -> extract.FileFacts:
    """What a worker runs for inspect_isolated (looked up at each call, so a test can swap it)."""
    return extract.inspect_file(Path(path))


def kind_of(mime: str) -> str:
    return _KIND.get(mime, mime)
