"""What a killed backup leaves behind, and how a running one says it is still running.

A backup works in a snapshot folder `backups/.snapshot-XXXX` of the data dir and writes the
archive to `.OUT.XXXX.part` beside OUT (services/office/backup.py); a pre-migration copy is written
to `backups/.NAME.part` (storage/database.backup_sqlite). All are renamed or removed at the
end; a process killed meanwhile leaves them. While it runs, a backup holds an exclusive lock
on `backup.lock` in its snapshot folder (flock on POSIX, msvcrt on Windows; the OS drops it
when the process dies, however it dies) and records its part file in `part.txt`, so
`casedesk check` and the next backup can tell a dead backup's leftovers from a live one's.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path
from typing import TextIO

SNAPSHOT_PREFIX = ".snapshot-"
LOCK_NAME = "backup.lock"
PART_RECORD = "part.txt"
# A snapshot folder without its lock file is being set up, unless it is older than this.
UNLOCKED_GRACE_S = 600.0


def _try_lock(fh: TextIO) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class RunningBackup:
    """Held by a backup from the creation of its snapshot folder to its removal."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self._fh: TextIO | None = open(work / LOCK_NAME, "w", encoding="utf-8")  # noqa: SIM115
        _try_lock(self._fh)  # a new folder: nobody else holds it

    def record_part(self, part: Path) -> None:
        (self.work / PART_RECORD).write_text(str(part), encoding="utf-8")

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # drops the lock
            self._fh = None


def _still_running(work: Path) -> bool:
    lock = work / LOCK_NAME
    try:
        fh = open(lock, "r+", encoding="utf-8")  # noqa: SIM115 - never creates it
    except FileNotFoundError:
        try:
            return time.time() - work.stat().st_mtime < UNLOCKED_GRACE_S
        except OSError:
            return False
    except OSError:
        return True  # cannot tell: leave it alone
    with fh:
        return not _try_lock(fh)  # closing the file releases the lock we may have taken


def _recorded_part(work: Path) -> Path | None:
    """The archive part a snapshot folder names, if it looks like one of ours."""
    try:
        part = Path((work / PART_RECORD).read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if part.is_absolute() and part.name.startswith(".") and part.name.endswith(".part") and part.is_file():
        return part
    return None


def interrupted_backups(backups_dir: Path) -> list[Path]:
    """The leftovers of backups that no process is running any more (parts first, then folders)."""
    found: list[Path] = []
    if not backups_dir.is_dir():
        return found
    for entry in sorted(backups_dir.iterdir()):
        if entry.name.startswith(SNAPSHOT_PREFIX) and entry.is_dir():
            if _still_running(entry):
                continue
            part = _recorded_part(entry)
            if part is not None:
                found.append(part)
            found.append(entry)
        elif entry.name.startswith(".") and entry.name.endswith((".part", ".part-journal")) and entry.is_file():
            # A pre-migration copy: it is written while a process opens an older database,
            # and whoever looks here has opened (and so migrated) it already.
            found.append(entry)
    return found


def size_of(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    with contextlib.suppress(OSError):
        return path.stat().st_size
    return 0


def remove(path: Path) -> None:
    """Removes one leftover (OSError when it cannot)."""
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
