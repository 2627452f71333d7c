"""Logging for the window and every command: one rotating file in the data dir's `logs/` folder.

Every module logs through `logging.getLogger(__name__)`. `setup_logging` points the root
logger at DATA_DIR/logs/casedesk.log (2 MB × 4 files); `install_excepthook` makes an
exception nobody caught (in a Qt slot, the GUI's main loop, a thread) a CRITICAL record with
its traceback, then hands a one-line summary and the log's path to the GUI's crash dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from desktop_app import paths
from desktop_app.errors import describe

LOG_FILE_NAME = "casedesk.log"
MAX_BYTES = 2_000_000
BACKUPS = 3
log = logging.getLogger(__name__)


class QuietFileHandler(RotatingFileHandler):
    """A log that cannot be written (a full disk) must not print tracebacks over the user's messages;
    the error itself reaches the user another way."""

    casedesk = True  # marks CaseDesk's own handler, replaced when another data dir is opened

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def setup_logging(data_dir: Path | None) -> Path | None:
    """Logs INFO and up to DATA_DIR/logs/casedesk.log; returns its path (None when there is no data dir)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in [h for h in root.handlers if getattr(h, "casedesk", False)]:
        root.removeHandler(old)
        old.close()
    if data_dir is None or not data_dir.is_dir():
        return None
    log_dir = paths.log_dir(data_dir)
    try:
        log_dir.mkdir(exist_ok=True)
        handler = QuietFileHandler(log_dir / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                   encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_dir / LOG_FILE_NAME


def log_file() -> Path | None:
    """The file the log goes to now, if any."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "casedesk", False):
            return Path(handler.baseFilename)
    return None


CrashReport = Callable[[str, Path | None], None]


def install_excepthook(report: CrashReport | None = None) -> None:
    """Uncaught exceptions are logged with their traceback; `report(summary, log path)` tells the user.

    A failure inside `report` is logged too and never loops. Threads' uncaught exceptions are
    logged at ERROR (a worker's failure is not the user's crash: its caller reports it).
    """
    reporting = threading.Lock()

    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, trace)
            return
        log.critical("uncaught exception", exc_info=(kind, exc, trace))
        if report is None or not reporting.acquire(blocking=False):
            return
        try:
            report(describe(exc), log_file())
        except Exception:
            log.exception("the crash report itself failed")
        finally:
            reporting.release()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
