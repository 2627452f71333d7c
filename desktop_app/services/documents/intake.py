"""Intake from a work area's watch folder (issue 4): route a file by its name, take it, move it away.

`scan_folder` lists the folder's files and takes the settled ones: a file is taken once its
size and modification time are the same as at the previous scan and it is at least
SETTLE_SECONDS old, so a file still being written (a scanner, a copy over the network) is
left alone. Hidden and temporary files (`.x`, `~$x`, `*.tmp`, `*.part`…) and sub-folders
are skipped. The scan is periodic (the window runs it every few seconds), so network shares,
which send no change notifications, work as well as local folders.

Each taken file is routed by the work area's file-name rules (`route`); the files of one scan
for one case are imported as a batch (documents.add_documents: one transaction, the managers
told once) and only after the commit moved to `processed/`. A file that cannot be taken
(no rule matches, no such case, unknown type, unreadable file) goes to `failed/` with a
`<name>.reason.txt` beside it. A file whose content the case already has is not stored twice:
it goes to `processed/` with a `<name>.note.txt`. A file that the signed-in user may not add
to its case, or that meets an unavailable document store, stays where it is for a later scan.

Nothing is lost or taken twice:
- a file is moved only after its document is committed (never deleted);
- the settle state lives in memory per folder, and `.casedesk-intake.json` in the folder
  records every committed file (name, size, mtime, SHA-256) until it has been moved away;
  a file the journal knows is moved, not imported again, also after a restart;
- and whatever the journal missed (a crash between the commit and its write, two computers
  scanning one share), a case never gets two documents with one content (documents.add_document).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, PermissionDenied, StorageError, UserError
from desktop_app.models import Case, DocumentType, FileNameRule, WatchFolder
from desktop_app.models.states import DocumentSource
from desktop_app.services.cases import case_editing
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents import document_import
from desktop_app.services.documents.sandbox import inspect_isolated
from desktop_app.services.people import work_areas
from desktop_app.services.permissions import Action, allowed, require
from desktop_app.services.settings.intake_config import DEFAULT_RULE, compile_pattern, read_config
from desktop_app.storage.blobs import sha256_of_file
from desktop_app.storage.database import write_transaction
from desktop_app.storage.files import atomic_output

log = logging.getLogger(__name__)

SETTLE_SECONDS = 3.0
"""A file is taken once unchanged between two scans and at least this old (tests lower it)."""
JOURNAL_NAME = ".casedesk-intake.json"
PROCESSED, FAILED = "processed", "failed"
SKIP_PREFIXES = (".", "~$", "~")
SKIP_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", ".lock")


def _message(template: str, **params: object) -> str:
    return UserError(template, **params).message


# -- routing ------------------------------------------------------------------------------------

def _folded(text: str) -> str:
    """Lower case, without accents, separators as spaces: "Informe_Pericial" → "informe pericial"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.split(r"[\s_\-.]+", plain)).strip()


def match_document_type(work_area_id: int, token: str) -> int | None:
    """The work area's type named by `token`: its code or name, else the first one it begins or holds."""
    wanted = _folded(token)
    if not wanted:
        return None
    types = list(DocumentType.select(DocumentType.id, DocumentType.code, DocumentType.name)
                 .where(DocumentType.work_area == work_area_id)
                 .order_by(DocumentType.position, DocumentType.id).tuples())
    folded = [(type_id, _folded(code), _folded(name)) for type_id, code, name in types]
    for type_id, code, name in folded:
        if wanted in (code, name):
            return type_id
    for type_id, _code, name in folded:
        if name.startswith(wanted + " ") or name.split(" ")[0] == wanted:
            return type_id
    for type_id, code, name in folded:
        if code in wanted or name in wanted:
            return type_id
    return None


def _find_case(number: str) -> Case | None:
    for candidate in dict.fromkeys((number, number.upper(), number.lower())):
        case = Case.get_or_none(Case.number == candidate)
        if case is not None:
            return case
    return None


def route(work_area_id: int, file_name: str) -> tuple[int | None, int | None, str]:
    """(case id, document type id, reason) for a file arriving in the work area's watch folder.

    `reason` is empty when the file can be taken; otherwise it says what is wrong (no rule
    matches, no such case in the work area, a case in the trash, an unknown document type)
    and the file is not taken. A type id of None with an empty reason: the rule names no type,
    the document's type is guessed from its name as for a manual import.
    """
    rules = [(r.pattern, r.is_regex, r.document_type_id) for r in FileNameRule.select()
             .where(FileNameRule.work_area == work_area_id).order_by(FileNameRule.position, FileNameRule.id)]
    if not rules:
        rules = [(DEFAULT_RULE, False, None)]
    for position, (pattern, is_regex, fixed_type) in enumerate(rules, start=1):
        try:
            compiled = compile_pattern(pattern, is_regex)
        except UserError:
            log.warning("file-name rule %s (%s) of work area %s is not valid", position, pattern, work_area_id)
            continue
        found = compiled.search(file_name)
        if found is None:
            continue
        number = (found.group("number") or "").strip()
        case = _find_case(number) if number else None
        if case is None or case.work_area_id != work_area_id:
            return None, None, _message(QT_TRANSLATE_NOOP(
                "errors", "{file}: there is no case {number} in this work area (file-name rule {position}: "
                "{pattern})."), file=file_name, number=number, position=position, pattern=pattern)
        if case.trashed:
            return None, None, _message(QT_TRANSLATE_NOOP("errors", "{file}: case {number} is in the trash."),
                                        file=file_name, number=case.number)
        if fixed_type is not None:
            return case.id, fixed_type, ""
        token = (found.groupdict().get("type") or "").strip()
        if not token:
            return case.id, None, ""
        type_id = match_document_type(work_area_id, token)
        if type_id is None:
            names = ", ".join(name for (name,) in DocumentType.select(DocumentType.name)
                              .where(DocumentType.work_area == work_area_id)
                              .order_by(DocumentType.position).tuples())
            return case.id, None, _message(QT_TRANSLATE_NOOP(
                "errors", "{file}: no document type “{type}” in this work area (its types: {names})."),
                file=file_name, type=token, names=names or "-")
        return case.id, type_id, ""
    patterns = ", ".join(pattern for pattern, _regex, _type in rules)
    return None, None, _message(QT_TRANSLATE_NOOP(
        "errors", "{file}: the name matches no file-name rule of this work area ({patterns})."),
        file=file_name, patterns=patterns)


# -- a new case from a file (a file dropped on the case list) ------------------------------------

def new_case_with_file(workspace: Workspace, actor: Actor, work_area_id: int, path: Path, *,
                       source: str = DocumentSource.DROP) -> tuple[Case, document_import.Document, ChangeSet]:
    """A new case of the work area holding the file as its first document; both or neither.

    The file's name (without its extension) is the case's subject until the clerk writes one.

    An unreadable file creates no case (the UserError names the file and the reason).
    """
    require(actor, Action.CASE_CREATE)
    path = Path(path)
    inspect_isolated(path)  # refuse a bad file before a case exists for it (parsed in a worker)
    with write_transaction():  # create_case and add_document nest as savepoints: all or nothing
        case, changes = case_editing.create_case(actor, work_area_id, subject=path.stem[:300])  # the clerk refines it
        document, added = document_import.add_document(workspace, actor, case.id, path, source=source)
    return case, document, changes.merge(added)


# -- the journal in the folder ------------------------------------------------------------------

class Journal:
    """`.casedesk-intake.json`: files committed but maybe not moved yet, by name."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_NAME
        self.entries: dict[str, dict] = {}
        self.dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            taken = data.get("taken", {}) if isinstance(data, dict) else {}
            self.entries = {k: v for k, v in taken.items() if isinstance(v, dict)}
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.warning("intake journal %s cannot be read (%s); the content check still guards", self.path, exc)

    def add(self, name: str, size: int, mtime_ns: int, sha: str, case_number: str, document_id: int, *,
            save: bool = True) -> None:
        """Records a committed file; saved at once unless `save` is False (the caller saves the batch
        before the moves that follow, which may fail)."""
        self.entries[name] = {"size": size, "mtime_ns": mtime_ns, "sha256": sha, "case": case_number,
                              "document": document_id, "at": dt.datetime.now(dt.UTC).isoformat()}
        self.dirty = True
        if save:
            self.save()

    def remove(self, name: str) -> None:
        if self.entries.pop(name, None) is not None:
            self.dirty = True

    def knows(self, path: Path, size: int, mtime_ns: int) -> dict | None:
        """The entry when this very file was taken before (same size and time, or same content)."""
        entry = self.entries.get(path.name)
        if entry is None:
            return None
        if entry.get("size") == size and entry.get("mtime_ns") == mtime_ns:
            return entry
        try:
            same = entry.get("size") == size and sha256_of_file(path) == entry.get("sha256")
        except OSError:
            same = False
        return entry if same else None

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            with atomic_output(self.path) as part:
                part.write_text(json.dumps({"version": 1, "taken": self.entries}, indent=1, sort_keys=True),
                                encoding="utf-8")
            self.dirty = False
        except OSError as exc:
            log.warning("intake journal %s cannot be written: %s", self.path, exc)


# -- scanning ---------------------------------------------------------------------------------------

@dataclass
class ScanResult:
    work_area_id: int
    folder: str
    taken: list[tuple[str, str, int]] = field(default_factory=list)  # file, case number, document id
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # file, message (moved to processed/)
    failed: list[tuple[str, str]] = field(default_factory=list)  # file, reason (moved to failed/)
    left: list[tuple[str, str]] = field(default_factory=list)  # file, why it stays for a later scan
    waiting: list[str] = field(default_factory=list)  # not settled yet
    error: str = ""  # the folder itself cannot be read
    changes: ChangeSet = field(default_factory=ChangeSet)


_seen: dict[str, dict[str, tuple[int, int]]] = {}  # folder → file name → (size, mtime_ns) at the last scan
_locks: dict[str, threading.Lock] = {}
_state_lock = threading.Lock()


def forget() -> None:
    """Drops the in-memory settle state, as a restart does (tests)."""
    with _state_lock:
        _seen.clear()


def _folder_lock(key: str) -> threading.Lock:
    with _state_lock:
        return _locks.setdefault(key, threading.Lock())


def ignored(name: str) -> bool:
    """Hidden, temporary and partial files are never taken."""
    lower = name.lower()
    return lower.startswith(SKIP_PREFIXES) or lower.endswith(SKIP_SUFFIXES)


def watched_work_areas(actor: Actor) -> list[int]:
    """Work areas with an enabled watch folder that the actor may open and add documents in."""
    if not allowed(actor, Action.DOCUMENT_ADD):
        return []
    enabled = [area for (area,) in WatchFolder.select(WatchFolder.work_area)
               .where(WatchFolder.enabled & (WatchFolder.path != "")).order_by(WatchFolder.work_area).tuples()]
    if not enabled:
        return []
    visible = {a.work_area_id for a in work_areas.visible_work_areas(actor, with_counts=False)}
    return [area for area in enabled if area in visible]


def scan_all(workspace: Workspace, actor: Actor, now: float | None = None) -> list[ScanResult]:
    """One scan of every watch folder the actor's window looks after (the window's timer)."""
    return [scan_folder(workspace, actor, area, now) for area in watched_work_areas(actor)]


def scan_folder(workspace: Workspace, actor: Actor, work_area_id: int, now: float | None = None) -> ScanResult:
    """Takes the settled files of the work area's watch folder; see the module docstring."""
    require(actor, Action.DOCUMENT_ADD)
    now = time.time() if now is None else now
    config = read_config(work_area_id)
    result = ScanResult(work_area_id, config.path)
    if not config.path:
        return result
    folder = Path(config.path)
    key = os.path.normcase(os.path.abspath(folder))
    lock = _folder_lock(key)
    if not lock.acquire(blocking=False):
        return result  # a scan of this folder is running already
    try:
        _scan(workspace, actor, work_area_id, folder, key, now, result)
    finally:
        lock.release()
    return result


def _scan(workspace: Workspace, actor: Actor, work_area_id: int, folder: Path, key: str, now: float,
          result: ScanResult) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        result.error = _message(QT_TRANSLATE_NOOP("errors", "Watch folder {path} cannot be read ({reason})."),
                                path=str(folder), reason=exc.strerror or str(exc))
        return
    journal = Journal(folder)
    previous = _seen.get(key, {})
    current: dict[str, tuple[int, int]] = {}
    ready: list[tuple[Path, tuple[int, int]]] = []
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False) or ignored(entry.name):
                continue
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue  # gone between the listing and now
        signature = (info.st_size, info.st_mtime_ns)
        current[entry.name] = signature
        if previous.get(entry.name) != signature or now - info.st_mtime < SETTLE_SECONDS:
            result.waiting.append(entry.name)
        else:
            ready.append((Path(entry.path), signature))
    with _state_lock:
        _seen[key] = current
    by_case: dict[int, list[tuple[Path, tuple[int, int], int | None]]] = {}
    for path, signature in ready:
        if journal.knows(path, *signature) is not None:
            # Committed at an earlier scan, the move failed (or the program stopped): move it now.
            if _move(folder, path, PROCESSED) is not None:
                journal.remove(path.name)
            continue
        case_id, type_id, reason = route(work_area_id, path.name)
        if reason:
            _fail(folder, path, reason, result)
            continue
        by_case.setdefault(case_id, []).append((path, signature, type_id))
    for case_id, files in by_case.items():
        if not _take(workspace, actor, folder, case_id, files, journal, result):
            break
    for name in [n for n in journal.entries if n not in current]:
        journal.remove(name)  # moved away since (or by another computer)
    journal.save()


def _take(workspace: Workspace, actor: Actor, folder: Path, case_id: int,
          files: list[tuple[Path, tuple[int, int], int | None]], journal: Journal, result: ScanResult) -> bool:
    """Takes the settled files routed to one case as one batch; False when the scan should stop
    (the document store is unavailable)."""
    try:
        batch = document_import.add_documents(
            workspace, actor, case_id, [document_import.Incoming(path, type_id) for path, _sig, type_id in files],
            source=DocumentSource.WATCH_FOLDER)
    except PermissionDenied as exc:  # someone who may add to that case will take them
        result.left += [(path.name, exc.message) for path, _sig, _type in files]
        return True
    except AppError as exc:
        for path, _sig, _type in files:
            _fail(folder, path, exc.message, result)
        return True
    number = Case.select(Case.number).where(Case.id == case_id).scalar()
    for outcome, (_path, signature, _type) in zip(batch.outcomes, files, strict=True):
        if outcome.document is not None:
            journal.add(outcome.path.name, signature[0], signature[1], outcome.document.blob_id, number,
                        outcome.document.id, save=False)
    journal.save()  # before the moves, which may fail
    result.changes.merge(batch.changes)
    go_on = True
    for outcome in batch.outcomes:
        path, name, error = outcome.path, outcome.path.name, outcome.error
        if outcome.document is not None:
            result.taken.append((name, number, outcome.document.id))
            if _move(folder, path, PROCESSED) is not None:
                journal.remove(name)
        elif isinstance(error, document_import.DuplicateDocument):
            if _move(folder, path, PROCESSED, note=error.message, suffix=".note.txt") is not None:
                result.duplicates.append((name, error.message))
            else:
                result.left.append((name, error.message))
        elif isinstance(error, PermissionDenied):
            result.left.append((name, error.message))
        elif isinstance(error, StorageError):  # not the file's fault: it waits for the store
            result.left.append((name, error.message))
            go_on = False
        elif isinstance(error, AppError):
            _fail(folder, path, error.message, result)
        elif error is not None:  # an odd file must not stop the folder (add_documents logged it)
            _fail(folder, path, _message(QT_TRANSLATE_NOOP("errors", "{file}: cannot be imported ({reason})."),
                                         file=name, reason=f"{type(error).__name__}: {error}"), result)
    return go_on


def _fail(folder: Path, path: Path, reason: str, result: ScanResult) -> None:
    if _move(folder, path, FAILED, note=reason, suffix=".reason.txt") is not None:
        result.failed.append((path.name, reason))
    else:
        result.left.append((path.name, reason))


def _free_name(target_dir: Path, name: str) -> Path:
    target = target_dir / name
    stem, suffix = os.path.splitext(name)
    counter = 2
    while target.exists():
        target = target_dir / f"{stem} ({counter}){suffix}"
        counter += 1
    return target


def move_file(source: Path, target: Path) -> None:
    """A rename within the folder (a module function so tests can make it fail)."""
    os.rename(source, target)


def _move(folder: Path, path: Path, sub: str, note: str = "", suffix: str = "") -> Path | None:
    """Moves the file into `folder/sub/` under a free name, with an optional note beside it."""
    try:
        target_dir = folder / sub
        target_dir.mkdir(exist_ok=True)
        target = _free_name(target_dir, path.name)
        move_file(path, target)
    except OSError as exc:
        log.warning("watch folder: %s cannot be moved to %s/: %s", path, sub, exc)
        return None
    if note:
        with contextlib.suppress(OSError):
            target.with_name(target.name + suffix).write_text(
                f"{path.name}\n{note}\n{dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n",
                encoding="utf-8")
    return target
