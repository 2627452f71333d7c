"""Adding documents to cases: inspect, store the blob, record the version, move the icons."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, StorageError, UserError
from desktop_app.models import (
    AuditEvent,
    Blob,
    Case,
    Document,
    DocumentType,
    DocumentVersion,
    PendingExtraction,
)
from desktop_app.models.base import db, utcnow
from desktop_app.models.states import DocumentSource
from desktop_app.services.cases import completeness
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents.extract import FileFacts, plain_name, preflight, shown_name
from desktop_app.services.documents.sandbox import inspect_isolated
from desktop_app.services.people import notifications
from desktop_app.services.permissions import Action, require_case
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import chunked, is_disk_full, write_transaction
from desktop_app.storage.files import fsync_dir

log = logging.getLogger(__name__)


def guess_document_type(case: Case, file_name: str) -> DocumentType | None:
    """The work area's type whose code or name appears in the file name, if any."""
    stem = Path(file_name).stem.lower()
    for doc_type in DocumentType.select().where(DocumentType.work_area == case.work_area_id):
        if doc_type.code.lower() in stem or doc_type.name.lower() in stem:
            return doc_type
    return None


class DuplicateDocument(UserError):
    """The file's content (same SHA-256) is already a document of the case: nothing was stored twice.

    A warning rather than a failure: the file is not lost, the case already has it.
    """

    def __init__(self, file: str, case_id: int, number: str, document_id: int, title: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "{file}: already in case {number} as “{title}”."),
                         file=file, number=number, title=title)
        self.case_id = case_id
        self.document_id = document_id


def add_document(workspace: Workspace, actor: Actor, case_id: int, path: Path, *,
                 document_type_id: int | None = None, title: str | None = None,
                 source: str = DocumentSource.MANUAL, guess_type: bool = True) -> tuple[Document, ChangeSet]:
    """Stores a file as a new document of a case. Refuses unreadable files and duplicates.

    Without `document_type_id` the type is guessed from the file name, unless `guess_type` is False.
    A batch of one of `add_documents`: the refusal is raised (DuplicateDocument, UserError, StorageError…).
    """
    batch = add_documents(workspace, actor, case_id, [Incoming(Path(path), document_type_id, title)],
                          source=source, guess_type=guess_type)
    outcome = batch.outcomes[0]
    if outcome.error is not None:
        raise outcome.error
    assert outcome.document is not None
    return outcome.document, batch.changes


# -- adding many files at once -------------------------------------------------------------------
#
# A batch goes in two steps (DESIGN §3, bulk writes):
# 1. each file is inspected (the parsers in a worker process, or only its first bytes when the
#    text is left to the background queue), then copied into the store, hashed and fsynced by a
#    few threads (the disk waits overlap); one folder fsync per batch makes the renames durable;
# 2. one write transaction records the whole batch with multi-row inserts: blobs, documents,
#    versions, audit events (and the extraction queue), then the case's icons, completeness and
#    the managers' notification once.
# A file that fails in step 1 is reported by name and the rest of the batch goes on; a crash
# leaves either the whole batch recorded or none of it (stored files without a row are orphans
# that `casedesk check --repair` removes after its grace time), and a re-run finds the recorded
# files as duplicates instead of storing them twice.
# On PostgreSQL (the database store) step 1 only hashes the files: their bytes go into
# `blob.data` in step 2's transaction, so a refused or interrupted batch leaves nothing behind.

BATCH_FILES = 500
"""Files per write transaction (and per notification to the managers)."""
STORE_THREADS = 4
"""Threads copying files into the store: fsync waits for the disk, so a few overlap well."""
_READ_CHUNK = 1 << 20
_IN_CHUNK = 400  # ids or hashes per IN (…) list


@dataclass(frozen=True)
class Incoming:
    """One file of a batch, with the document type and title it must get (None: guessed, from its name)."""

    path: Path
    document_type_id: int | None = None
    title: str | None = None


@dataclass
class FileOutcome:
    """What became of one file: a document, or the error that refused it (a DuplicateDocument is a
    warning: the case has the content), or neither when the batch was cancelled before it."""

    path: Path
    document: Document | None = None
    error: BaseException | None = None

    @property
    def skipped(self) -> bool:
        return self.document is None and self.error is None


@dataclass
class BatchResult:
    outcomes: list[FileOutcome]  # in the order of the files given
    changes: ChangeSet = field(default_factory=ChangeSet)


@dataclass
class _Staged:
    index: int
    item: Incoming
    facts: FileFacts
    sha: str
    size: int


def metadata_only(path: Path) -> FileFacts:
    """A file's facts from its first bytes alone (type by content, size checks): no parser runs.
    The text and page count come later from the background queue (search.reindex_missing)."""
    _size, _head, mime = preflight(path)
    return FileFacts(mime, None, "")


def add_documents(workspace: Workspace, actor: Actor, case_id: int, files: Sequence[Path | Incoming], *,
                  source: str = DocumentSource.IMPORT, extract: bool = True, guess_type: bool = True,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> BatchResult:
    """Adds files to a case in batches of BATCH_FILES (one transaction each); see the notes above.

    `extract`: read each file's text and pages now (parsers in a worker process); False stores
    the files as they are (type sniffed from the first bytes) and queues them for the background
    extraction. `progress(done, total, name)` is called before each file; `cancelled()` is asked
    between files: the files staged so far are recorded, the others are left (skipped).
    Raises PermissionDenied for the batch when the actor may not add to the case.
    """
    require_case(actor, Action.DOCUMENT_ADD, case_id)  # one refusal for the batch, not one per file
    items = [f if isinstance(f, Incoming) else Incoming(Path(f)) for f in files]
    result = BatchResult([FileOutcome(item.path) for item in items])
    inspect = inspect_isolated if extract else metadata_only  # looked up now: tests may swap either
    position = 0
    while position < len(items):
        staged, position, stopped = _stage(workspace, items, result.outcomes, position, inspect,
                                           progress, cancelled)
        if staged:
            try:
                result.changes.merge(_commit(workspace, actor, case_id, staged, result.outcomes, source,
                                             queue=not extract, guess_type=guess_type))
            except Exception as exc:  # nothing of this batch was recorded: each of its files says why
                full = isinstance(exc, (pw.DatabaseError, sqlite3.Error)) and is_disk_full(exc)
                if not isinstance(exc, AppError) and not full:
                    log.exception("recording a batch of %d files failed", len(staged))
                for entry in staged:
                    result.outcomes[entry.index].document = None
                    result.outcomes[entry.index].error = (
                        _disk_full_error(workspace, entry.item.path, exc) if full else exc)
        if stopped:
            break
    return result


def _stage(workspace: Workspace, items: list[Incoming], outcomes: list[FileOutcome], start: int, inspect,
           progress, cancelled) -> tuple[list[_Staged], int, bool]:
    """Step 1 for the files from `start`: inspected here (one parser at a time: a core), stored by
    the threads; with metadata only the threads also read the first bytes. Returns the stored files,
    where the next batch starts, and whether the import was cancelled."""
    pending: list[tuple[int, FileFacts | None, Future]] = []
    stopped = False
    position = start
    in_threads = inspect is metadata_only
    with ThreadPoolExecutor(STORE_THREADS, thread_name_prefix="casedesk-store") as pool:
        while position < len(items) and position - start < BATCH_FILES:
            if cancelled is not None and cancelled():
                stopped = True
                break
            index, item = position, items[position]
            position += 1
            if progress is not None:
                progress(index, len(items), item.path.name)
            if in_threads:
                pending.append((index, None, pool.submit(_inspect_and_write, inspect, workspace, item.path)))
                continue
            try:
                facts = inspect(item.path)  # raises UserError naming the file and the reason
            except Exception as exc:
                outcomes[index].error = _logged(item.path, exc)
                continue
            pending.append((index, facts, pool.submit(_write_blob, workspace, item.path)))
        staged: list[_Staged] = []
        last: tuple[int, Path] | None = None
        for index, facts, future in pending:
            try:
                if facts is None:
                    facts, (sha, size, renamed) = future.result()
                else:
                    sha, size, renamed = future.result()
            except Exception as exc:
                outcomes[index].error = _logged(items[index].path, exc)
                continue
            if renamed is not None and (last is None or renamed > last):
                last = renamed
            staged.append(_Staged(index, items[index], facts, sha, size))
    if last is not None:
        try:  # the renames made durable before the rows that name them are committed
            fsync_dir(last[1])
        except OSError as exc:
            error = _store_error(workspace, exc)
            for entry in staged:
                outcomes[entry.index].error = _not_stored(entry.item.path, error)
            staged = []
    return staged, position, stopped


def _inspect_and_write(inspect, workspace: Workspace,
                       path: Path) -> tuple[FileFacts, tuple[str, int, tuple[int, Path] | None]]:
    facts = inspect(path)  # raises UserError naming the file and the reason
    return facts, _write_blob(workspace, path)


def _logged(path: Path, exc: Exception) -> Exception:
    if not isinstance(exc, AppError):
        log.error("importing %s failed", path, exc_info=exc)
    return exc


def _store_error(workspace: Workspace, exc: OSError) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP("errors", "Cannot write to the document store {path}: {reason}"),
                        path=str(workspace.blobs.root), reason=exc.strerror or str(exc))


def _not_stored(path: Path, error: StorageError) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP("errors", "{file}: not stored. {reason}"),
                        file=shown_name(path.name), reason=error.message)


def _write_blob(workspace: Workspace, path: Path) -> tuple[str, int, tuple[int, Path] | None]:
    """Copies a file into the store (blobs.BlobStore.write_stream) and leaves the folder's fsync to
    the batch. Returns (sha256, size, and when a new
    file was renamed into place: (the rename's monotonic time, its folder)). Runs on the store
    threads: no database here.

    One folder fsync per batch, of the folder renamed into last: a journaling file system (ext4,
    XFS) commits its metadata in order, so forcing the transaction of the last rename (and folder
    made) commits every earlier one of the batch; each file's content was fsynced before its rename.
    """
    source = _open_source(path)
    store = workspace.blobs
    if store.in_database:
        with source:
            return _hash_only(source, path)
    with source:
        try:
            sha, size, renamed_into = store.write_stream(source)
        except OSError as exc:
            raise _not_stored(path, _store_error(workspace, exc)) from exc
    return sha, size, None if renamed_into is None else (time.monotonic_ns(), renamed_into)


def _hash_only(source, path: Path) -> tuple[str, int, None]:
    """The database store (PostgreSQL): the file is only hashed here; its bytes are written with
    its rows, in the batch's transaction (_commit), so a refused file leaves nothing behind."""
    digest = hashlib.sha256()
    size = 0
    try:
        while chunk := source.read(_READ_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be read ({reason})."),
                        file=shown_name(path.name), reason=exc.strerror or str(exc)) from exc
    return digest.hexdigest(), size, None


def _guess_type(types: list[tuple[int, str, str]], file_name: str) -> int | None:
    """guess_document_type over the work area's (id, code, name) read once for the batch."""
    stem = Path(file_name).stem.lower()
    for type_id, code, name in types:
        if code.lower() in stem or name.lower() in stem:
            return type_id
    return None


def _commit(workspace: Workspace, actor: Actor, case_id: int, staged: list[_Staged],
            outcomes: list[FileOutcome], source: str, *, queue: bool, guess_type: bool) -> ChangeSet:
    """Step 2: the batch's rows in one write transaction; duplicates and bad types are refused by file."""
    with write_transaction():
        case = Case.get_by_id(case_id)
        types = list(DocumentType.select(DocumentType.id, DocumentType.code, DocumentType.name)
                     .where(DocumentType.work_area == case.work_area_id).order_by(DocumentType.id).tuples())
        known_types = {type_id for type_id, _code, _name in types}
        shas = sorted({entry.sha for entry in staged})
        existing: dict[str, tuple[int, str]] = {}
        for start in range(0, len(shas), _IN_CHUNK):
            for document_id, sha, title in (Document.select(Document.id, Document.blob, Document.title)
                                            .where((Document.case == case_id) & ~Document.trashed
                                                   & Document.blob.in_(shas[start:start + _IN_CHUNK]))
                                            .order_by(Document.id).tuples()):
                existing.setdefault(sha, (document_id, title))
        now = utcnow()
        rows: dict[str, dict] = {}  # sha → the document row, in the files' order
        entries: dict[str, _Staged] = {}
        repeats: list[_Staged] = []  # same content as an earlier file of this batch
        for entry in staged:
            path = entry.item.path
            if entry.sha in existing:
                document_id, title = existing[entry.sha]
                outcomes[entry.index].error = DuplicateDocument(shown_name(path.name), case.id, case.number,
                                                                document_id, title)
                continue
            if entry.sha in rows:
                repeats.append(entry)
                continue
            type_id = entry.item.document_type_id
            if type_id is not None and type_id not in known_types:
                outcomes[entry.index].error = UserError(QT_TRANSLATE_NOOP(
                    "errors", "{file}: unknown document type for this case."), file=shown_name(path.name))
                continue
            if type_id is None and guess_type:
                type_id = _guess_type(types, path.name)
            if not workspace.blobs.exists(entry.sha):
                # The database store writes the bytes here, with the rows; in the file store a repair
                # removed the unreferenced file between our write and this transaction.
                try:
                    _store_as(workspace, path, entry.facts.mime, entry.sha)
                except AppError as exc:
                    outcomes[entry.index].error = exc
                    continue
            title = (entry.item.title or plain_name(path.stem).strip() or path.stem)[:300]
            rows[entry.sha] = {
                "case": case_id, "document_type": type_id, "title": title, "blob": entry.sha,
                "original_name": path.name[:300], "size": entry.size, "mime": entry.facts.mime,
                "pages": entry.facts.pages, "source": source, "text": entry.facts.text or "",
                "added_by": actor.user_id, "added_at": now}
            entries[entry.sha] = entry
        if not rows:
            return ChangeSet()
        _insert(Blob, [{"sha256": sha, "size": row["size"], "mime": row["mime"], "stored_at": now}
                       for sha, row in rows.items()], ignore=True)
        ids = {sha: document_id for document_id, sha in _insert(
            Document, list(rows.values()), returning=(Document.id, Document.blob))}
        _insert(DocumentVersion, [
            {"document": ids[sha], "number": 1, "blob": sha, "original_name": row["original_name"],
             "size": row["size"], "mime": row["mime"], "pages": row["pages"], "created_by": actor.user_id,
             "created_at": now} for sha, row in rows.items()])
        _insert(AuditEvent, [
            {"at": now, "user": actor.user_id, "action": "document.add", "entity": "document",
             "entity_id": str(ids[sha]), "case": case_id,
             "details": json.dumps({"file": row["original_name"], "sha256": sha, "size": row["size"]},
                                   default=str, ensure_ascii=False, sort_keys=True)}
            for sha, row in rows.items()])
        if queue:  # the text and pages come from the background extraction (search.reindex_missing)
            _insert(PendingExtraction, [{"document": ids[sha], "queued_at": now} for sha in rows], ignore=True)
        moved = icon_states.refresh([case_id]) | completeness.refresh([case_id])
        # S1-R2: the team's managers hear of the batch once, with its count.
        notifications.documents_added(actor, case, [row["title"] for row in rows.values()])
    for sha, row in rows.items():
        outcomes[entries[sha].index].document = Document(id=ids[sha], **row)
    for entry in repeats:
        first = outcomes[entries[entry.sha].index].document
        outcomes[entry.index].error = DuplicateDocument(shown_name(entry.item.path.name), case.id, case.number,
                                                        first.id, first.title)
    return ChangeSet(case_ids={case_id}, document_ids=set(ids.values()), states_changed=bool(moved))


def _insert(model: type[pw.Model], rows: list[dict], *, ignore: bool = False,
            returning: tuple[pw.Field, ...] = ()) -> list[tuple]:
    """Multi-row INSERTs (200 rows each: under every engine's limit of bound parameters) written
    directly: the ORM's query builder costs more than the database for a batch. Each row names the
    same fields (the others get their model defaults); `ignore` skips rows whose key exists;
    returns the `returning` columns' rows."""
    if not rows:
        return []
    fields = [f for f in model._meta.sorted_fields if f.name in rows[0] or f.default is not None]
    defaults = {f.name: f.default() if callable(f.default) else f.default
                for f in fields if f.name not in rows[0]}
    if defaults:
        rows = [{**defaults, **row} for row in rows]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    one = "(" + ", ".join([db.param] * len(fields)) + ")"
    tail = " ON CONFLICT DO NOTHING" if ignore else ""
    if returning:
        tail += " RETURNING " + ", ".join(f'"{f.column_name}"' for f in returning)
    found: list[tuple] = []
    for chunk in chunked(rows, 200):
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES {", ".join([one] * len(chunk))}{tail}'
        cursor = db.execute_sql(sql, [f.db_value(row[f.name]) for row in chunk for f in fields])
        if returning:
            found.extend(tuple(r) for r in cursor.fetchall())
    return found


def _disk_full_error(workspace: Workspace, path: Path, exc: Exception) -> StorageError:
    """A database write that failed on a full disk (nothing of it is stored), naming the file."""
    error = StorageError(QT_TRANSLATE_NOOP(
        "errors", "{file}: not stored. No space left on device (the disk of the database in {folder} "
                  "is full)."), file=shown_name(path.name), folder=str(workspace.data_dir))
    error.__cause__ = exc
    return error


def _store_as(workspace: Workspace, path: Path, mime: str, sha: str) -> None:
    """Stores a file whose content was hashed earlier, inside the caller's transaction (a savepoint:
    a file that changed since is refused and leaves nothing)."""
    with db.atomic():
        stored, _size = store_file(workspace, path, mime)
        if stored != sha:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: changed while it was being imported; "
                                                        "import it again."), file=shown_name(path.name))


def store_before_transaction(workspace: Workspace, path: Path, mime: str) -> tuple[str, int] | None:
    """Stores a file before the write transaction when the store is a folder (SQLite: the file is
    written outside the write lock). The database store writes inside the transaction instead, so
    a refused document leaves no blob row behind: None then."""
    return None if workspace.blobs.in_database else store_file(workspace, path, mime)


def _open_source(path: Path):
    """The file to store, opened for reading; a file gone or unreadable since it was inspected is named."""
    try:
        return open(path, "rb")
    except OSError as exc:
        reason = "the file disappeared" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be read ({reason})."),
                        file=shown_name(path.name), reason=reason) from exc


def store_file(workspace: Workspace, path: Path, mime: str) -> tuple[str, int]:
    """Copies a file into the store; a file gone or unreadable since it was inspected, or a store
    that cannot be written, is named with the reason."""
    source = _open_source(path)
    with source:
        try:
            return workspace.blobs.put_stream(source, mime)
        except StorageError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("errors", "{file}: not stored. {reason}"),
                               file=shown_name(path.name), reason=exc.message) from exc


@dataclass
class ImportResult:
    added: list[Document] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)  # already in the case: a warning
    changes: ChangeSet = field(default_factory=ChangeSet)


def error_message(path: Path, exc: BaseException) -> str:
    """The one-line reason a file was refused, naming it (an unexpected error included)."""
    if isinstance(exc, AppError):
        return exc.message
    return f"{shown_name(Path(path).name)}: cannot be imported ({type(exc).__name__}: {exc})"


def import_files(workspace: Workspace, actor: Actor, case_id: int, files: list[Path], *,
                 source: str = DocumentSource.IMPORT, extract: bool = True) -> ImportResult:
    """Adds several files in batches (`add_documents`); a bad file is reported and the rest goes on.

    A file whose content the case already has is listed in `duplicates`, not in `failed`.
    `extract=False`: metadata only, the text is extracted later in the background.
    """
    batch = add_documents(workspace, actor, case_id, [Path(p) for p in files], source=source, extract=extract)
    result = ImportResult(changes=batch.changes)
    for outcome in batch.outcomes:
        if outcome.document is not None:
            result.added.append(outcome.document)
        elif isinstance(outcome.error, DuplicateDocument):
            result.duplicates.append((outcome.path, outcome.error.message))
        elif outcome.error is not None:
            result.failed.append((outcome.path, error_message(outcome.path, outcome.error)))
    return result
