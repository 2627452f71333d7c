"""Automatic backups (issue 6): the office's schedule, the claim that lets one PC run it, pruning.

The schedule is one database row (models.BackupSchedule): on or off, every N hours, keep the
last N automatic backups, and the folder (empty: the data dir's backups/ folder of the PC that
runs it). Every open CaseDesk checks now and then whether a backup is due (`run_due`, on a
background thread); the first PC to claim the slot in a write transaction runs it, the others
see the claim (`running_on`, until `running_until`) or that the last start is recent and do
nothing. A PC that dies mid-backup leaves a claim that lapses after CLAIM_HOURS.

Automatic backups are named `casedesk-backup-YYYYMMDD-HHMMSSZ.zip` (UTC); pruning deletes only
files of that name, oldest first, beyond `keep` - never a backup someone named by hand, nor the
backups taken before a schema update (`casedesk-before-schema-*.db` on SQLite, `.zip` on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, UserError
from desktop_app.models import BackupSchedule
from desktop_app.models.base import utcnow
from desktop_app.services import audit
from desktop_app.services.context import SYSTEM, Actor, ChangeSet, Workspace
from desktop_app.services.office.backup import create_backup
from desktop_app.services.permissions import Action, require
from desktop_app.storage.database import is_sqlite, write_transaction

log = logging.getLogger(__name__)

EVERY_HOURS_MAX = 24 * 7
KEEP_MAX = 1000
PATH_MAX = 1000
CLAIM_HOURS = 6  # a claim older than this belongs to a PC that stopped mid-backup
RETRY_HOURS = 1  # after a failed backup, the next try comes this soon (or at the usual time)
AUTO_NAME = re.compile(r"^casedesk-backup-(\d{8}-\d{6})Z(?:-(\d+))?\.zip$")
PART_NAME = re.compile(r"^\.casedesk-backup-\d{8}-\d{6}Z(?:-\d+)?\.zip\..*\.part$")
BEFORE_SCHEMA_NAME = re.compile(r"^casedesk-before-schema-\d+-\d{8}-\d{6}\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size: int
    modified: dt.datetime  # aware, UTC
    automatic: bool  # an automatic (or "Back up now") archive, pruned beyond `keep`

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class ScheduleInfo:
    """What the Backups tab shows."""

    enabled: bool
    every_hours: int
    keep: int
    folder: str  # as stored ("" = default)
    default_folder: Path  # this PC's data dir's backups/
    effective_folder: Path
    last_started_at: dt.datetime | None
    last_finished_at: dt.datetime | None
    last_ok: bool | None
    last_message: str
    last_file: str
    last_host: str
    running_on: str  # "" when no backup runs now
    next_due: dt.datetime | None  # None when off
    backups: list[BackupFile] = field(default_factory=list)  # newest first


@dataclass(frozen=True)
class Claim:
    host: str
    started_at: dt.datetime


@dataclass(frozen=True)
class BackupRun:
    ok: bool
    path: Path | None
    size: int
    message: str  # the summary, or why it failed
    deleted: list[Path] = field(default_factory=list)  # old automatic backups removed


def host_tag() -> str:
    """This PC and process, as other PCs see it in the claim."""
    return f"{socket.gethostname()[:150]} (pid {os.getpid()})"


# --- reading ------------------------------------------------------------------------------------


def _row(lock: bool = False) -> BackupSchedule:
    """The schedule row, created with the defaults when missing (inside a write transaction)."""
    query = BackupSchedule.select().where(BackupSchedule.id == 1)
    if lock and not is_sqlite():
        query = query.for_update()
    row = query.get_or_none()
    if row is None:
        BackupSchedule.insert(id=1).execute()
        row = query.get()
    return row


def _stored() -> BackupSchedule:
    """The schedule as stored, or the defaults (a read: no row is written)."""
    return BackupSchedule.get_or_none(BackupSchedule.id == 1) or BackupSchedule(id=1)


def folder_of(workspace: Workspace, folder: str) -> Path:
    return Path(folder) if folder else workspace.backups_dir


def next_due(row: BackupSchedule) -> dt.datetime | None:
    """When the next automatic backup is due (now or in the past: due); None when off."""
    if not row.enabled:
        return None
    if row.last_started_at is None:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    hours = row.every_hours
    if row.last_ok is False and row.last_finished_at is not None:
        hours = min(hours, RETRY_HOURS)
    return row.last_started_at + dt.timedelta(hours=hours)


def _running(row: BackupSchedule, now: dt.datetime) -> bool:
    return bool(row.running_on) and row.running_until is not None and row.running_until > now


def is_due(row: BackupSchedule, now: dt.datetime) -> bool:
    due = next_due(row)
    return due is not None and due <= now and not _running(row, now)


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first: archives (automatic or named by hand) and pre-update copies."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        automatic = bool(AUTO_NAME.match(entry.name))
        if not automatic and not (BEFORE_SCHEMA_NAME.match(entry.name)
                                  or (entry.name.lower().endswith(".zip") and not entry.name.startswith("."))):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            info = entry.stat()
        except OSError:
            continue
        found.append(BackupFile(Path(entry.path), info.st_size,
                                dt.datetime.fromtimestamp(info.st_mtime, dt.UTC), automatic))
    return sorted(found, key=lambda b: (b.modified, b.name), reverse=True)


def schedule_of(workspace: Workspace, actor: Actor) -> ScheduleInfo:
    """The schedule, the last run and the backups in the folder (a read: run it in the background)."""
    require(actor, Action.OFFICE_ADMIN)
    row = _stored()
    now = utcnow()
    folder = folder_of(workspace, row.folder)
    return ScheduleInfo(
        bool(row.enabled), row.every_hours, row.keep, row.folder, workspace.backups_dir, folder,
        row.last_started_at, row.last_finished_at, row.last_ok, row.last_message, row.last_file,
        row.last_host, row.running_on if _running(row, now) else "", next_due(row), list_backups(folder))


# --- the administrator's settings ---------------------------------------------------------------


def set_schedule(actor: Actor, *, enabled: bool, every_hours: int, keep: int, folder: str) -> ChangeSet:
    """Saves the schedule; refused whole, naming the field, when a value is not usable."""
    require(actor, Action.OFFICE_ADMIN)
    if not 1 <= int(every_hours) <= EVERY_HOURS_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Backups: the interval must be between 1 and {max} hours "
                                                    "({value} given)."), max=EVERY_HOURS_MAX, value=every_hours)
    if not 1 <= int(keep) <= KEEP_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Backups: keep between 1 and {max} backups ({value} given)."),
                        max=KEEP_MAX, value=keep)
    clean = (folder or "").strip()
    if len(clean) > PATH_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Backup folder: at most {max} characters ({count} given)."),
                        max=PATH_MAX, count=len(clean))
    if clean and not Path(clean).is_absolute():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Backup folder: {path} is not a full path."), path=clean)
    if clean and not Path(clean).is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Backup folder: {path} is not a folder this computer "
                                                    "reaches."), path=clean)
    with write_transaction():
        row = _row(lock=True)
        before = {"enabled": bool(row.enabled), "every_hours": row.every_hours, "keep": row.keep,
                  "folder": row.folder}
        after = {"enabled": bool(enabled), "every_hours": int(every_hours), "keep": int(keep), "folder": clean}
        if before == after:
            return ChangeSet()
        BackupSchedule.update(**after).where(BackupSchedule.id == row.id).execute()
        audit.record(actor, "settings.backup_schedule", "office", "", old=before, new=after)
    return ChangeSet(configuration_changed=True)


# --- claiming and running ----------------------------------------------------------------------


def claim(host: str, now: dt.datetime | None = None, *, force: bool = False) -> Claim | None:
    """Takes the backup slot for `host` when a backup is due (or `force`: Back up now).

    None when not due or when another PC holds the slot; one write transaction, so of two
    PCs asking at the same moment exactly one gets it.
    """
    now = now or utcnow()
    with write_transaction():
        row = _row(lock=True)
        if _running(row, now) or not (force or is_due(row, now)):
            return None
        BackupSchedule.update(running_on=host[:200], running_until=now + dt.timedelta(hours=CLAIM_HOURS),
                              last_started_at=now, last_host=host[:200]).where(
            BackupSchedule.id == row.id).execute()
    return Claim(host, now)


def finish(done: Claim, ok: bool, message: str, file: str = "", now: dt.datetime | None = None) -> None:
    """Records the outcome and gives the slot back (if this PC still holds it)."""
    with write_transaction():
        row = _row(lock=True)
        values: dict[str, object] = {"last_finished_at": now or utcnow(), "last_ok": ok,
                                     "last_message": message[:4000], "last_file": file[:1000]}
        if row.running_on == done.host[:200]:
            values.update(running_on="", running_until=None)
        BackupSchedule.update(**values).where(BackupSchedule.id == row.id).execute()


def run_due(workspace: Workspace, host: str | None = None, now: dt.datetime | None = None) -> BackupRun | None:
    """The timer's tick: backs the office up when due and this PC wins the slot; else None.

    Runs as the program (SYSTEM) whoever is signed in: a clerk's PC backs up the office too.
    """
    row = _stored()
    now = now or utcnow()
    if not is_due(row, now):
        return None
    taken = claim(host or host_tag(), now)
    if taken is None:
        return None
    return _run(workspace, SYSTEM, taken)


def back_up_now(workspace: Workspace, actor: Actor, host: str | None = None) -> BackupRun:
    """An automatic backup at once (the Backups tab's button); refused while another one runs."""
    require(actor, Action.OFFICE_ADMIN)
    taken = claim(host or host_tag(), force=True)
    if taken is None:
        row = _stored()
        raise UserError(QT_TRANSLATE_NOOP("errors", "A backup is running already on {host}; try again when it "
                                                    "has finished."), host=row.running_on)
    result = _run(workspace, actor, taken)
    if not result.ok:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The backup failed: {reason}"), reason=result.message)
    return result


def backup_name(folder: Path, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"casedesk-backup-{stamp}Z.zip"
    sequence = 2
    while path.exists():
        path = folder / f"casedesk-backup-{stamp}Z-{sequence}.zip"
        sequence += 1
    return path


def _run(workspace: Workspace, actor: Actor, taken: Claim) -> BackupRun:
    row = _stored()
    folder = folder_of(workspace, row.folder)
    path: Path | None = None
    try:
        if not row.folder:
            folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Backup folder: {path} is not a folder this computer "
                                                        "reaches."), path=str(folder))
        path = backup_name(folder, taken.started_at)
        summary = create_backup(workspace, actor, path)
        deleted = prune(folder, row.keep, keep_path=path)
    except Exception as exc:  # recorded for the Backups tab, and the slot is given back
        message = exc.message if isinstance(exc, AppError) else f"{type(exc).__name__}: {exc}"
        if not isinstance(exc, AppError):
            log.exception("automatic backup failed")
        else:
            log.warning("automatic backup failed: %s", message)
        finish(taken, False, message, "")
        return BackupRun(False, None, 0, message)
    size = path.stat().st_size
    if deleted:
        summary += f"; {len(deleted)} older backup(s) deleted"
    finish(taken, True, summary, str(path))
    return BackupRun(True, path, size, summary, deleted)


def prune(folder: Path, keep: int, keep_path: Path | None = None) -> list[Path]:
    """Deletes the automatic backups beyond the newest `keep` (and their leftovers); returns them."""
    automatic = []
    leftovers = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    now = utcnow().timestamp()
    for entry in entries:
        match = AUTO_NAME.match(entry.name)
        if match and entry.is_file(follow_symlinks=False):
            automatic.append((match.group(1), int(match.group(2) or 1), Path(entry.path)))
        elif (PART_NAME.match(entry.name) and entry.is_file(follow_symlinks=False)
              and now - entry.stat().st_mtime > CLAIM_HOURS * 3600):
            leftovers.append(Path(entry.path))  # a backup killed before it finished, its claim lapsed
    automatic.sort(reverse=True)
    doomed = [path for _stamp, _seq, path in automatic[max(keep, 1):] if path != keep_path] + leftovers
    deleted = []
    for path in doomed:
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", path, exc)
            continue
        deleted.append(path)
    return deleted
