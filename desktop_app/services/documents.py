"""Adding documents to cases: inspect, store the blob, record the version, move the icons."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
import stat
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, NotFound, StorageError, UserError
from desktop_app.models import (
    AuditEvent,
    Blob,
    Case,
    Document,
    DocumentType,
    DocumentVersion,
    PendingExtraction,
    User,
)
from desktop_app.models.base import db, utcnow
from desktop_app.models.states import DocumentSource
from desktop_app.services import audit, completeness, icon_states, notifications
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.extract import FileFacts, plain_name, preflight, shown_name
from desktop_app.services.permissions import Action, require, require_case
from desktop_app.services.sandbox import inspect_isolated
from desktop_app.storage.blobs import fsync_dir
from desktop_app.storage.database import is_disk_full, write_transaction

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


def _chunks(rows: list, size: int) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


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
    for chunk in _chunks(rows, 200):
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
        stored, _size = _store(workspace, path, mime)
        if stored != sha:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: changed while it was being imported; "
                                                        "import it again."), file=shown_name(path.name))


def _store_early(workspace: Workspace, path: Path, mime: str) -> tuple[str, int] | None:
    """Stores a file before the write transaction when the store is a folder (SQLite: the file is
    written outside the write lock). The database store writes inside the transaction instead, so
    a refused document leaves no blob row behind: None then."""
    return None if workspace.blobs.in_database else _store(workspace, path, mime)


def _open_source(path: Path):
    """The file to store, opened for reading; a file gone or unreadable since it was inspected is named."""
    try:
        return open(path, "rb")
    except OSError as exc:
        reason = "the file disappeared" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be read ({reason})."),
                        file=shown_name(path.name), reason=reason) from exc


def _store(workspace: Workspace, path: Path, mime: str) -> tuple[str, int]:
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


def read_content(workspace: Workspace, actor: Actor, document_id: int, limit: int | None = None) -> bytes:
    """A document's stored content (its first `limit` bytes if given); the case must be visible."""
    document = Document.get_or_none(Document.id == document_id)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    require_case(actor, Action.CASE_EDIT, document.case_id, write=False)
    return workspace.blobs.read_bytes(document.blob_id, limit)


# -- changing a document ------------------------------------------------------------------------

TITLE_MAX = 300


def _document(document_id: int) -> Document:
    """A live document (not in the trash), read inside the caller's transaction."""
    document = Document.get_or_none((Document.id == document_id) & ~Document.trashed)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    return document


def _writable(actor: Actor, document_id: int, action: Action) -> Document:
    document = _document(document_id)
    require_case(actor, action, document.case_id)
    return document


def rename_document(actor: Actor, document_id: int, title: str) -> ChangeSet:
    """Gives a document a new title (stripped, not empty, at most 300 characters)."""
    clean = " ".join((title or "").split())
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Title: a document needs a title."))
    if len(clean) > TITLE_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Title: at most {max} characters ({count} given)."),
                        max=TITLE_MAX, count=len(clean))
    with write_transaction():
        document = _writable(actor, document_id, Action.DOCUMENT_EDIT)
        if document.title == clean:
            return ChangeSet()
        Document.update(title=clean).where(Document.id == document_id).execute()
        audit.record(actor, "document.rename", "document", document_id, document.case_id,
                     old=document.title, new=clean)
    return ChangeSet(case_ids={document.case_id}, document_ids={document_id})


def document_types_for_case(actor: Actor, case_id: int) -> list[tuple[int, str, bool]]:
    """(id, name, is_report) of the document types of the case's work area, in their order."""
    require_case(actor, Action.CASE_EDIT, case_id, write=False)
    case = Case.get_by_id(case_id)
    query = (DocumentType.select(DocumentType.id, DocumentType.name, DocumentType.is_report)
             .where(DocumentType.work_area == case.work_area_id)
             .order_by(DocumentType.position, DocumentType.name))
    return [(type_id, name, bool(is_report)) for type_id, name, is_report in query.tuples()]


def set_document_type(actor: Actor, document_id: int, document_type_id: int | None) -> ChangeSet:
    """Changes a document's type (None: no type); a report type moves the case's Report icon."""
    with write_transaction():
        document = _writable(actor, document_id, Action.DOCUMENT_EDIT)
        name = ""
        if document_type_id is not None:
            case = Case.get_by_id(document.case_id)
            doc_type = DocumentType.get_or_none(
                (DocumentType.id == document_type_id) & (DocumentType.work_area == case.work_area_id))
            if doc_type is None:
                raise UserError(QT_TRANSLATE_NOOP(
                    "errors", "Type: document type {id} does not belong to the work area of case {number}."),
                    id=document_type_id, number=case.number)
            name = doc_type.name
        if document.document_type_id == document_type_id:
            return ChangeSet()
        Document.update(document_type=document_type_id).where(Document.id == document_id).execute()
        moved = icon_states.refresh([document.case_id]) | completeness.refresh([document.case_id])
        audit.record(actor, "document.set_type", "document", document_id, document.case_id,
                     old=document.document_type_id, new=document_type_id, type=name)
    return ChangeSet(case_ids={document.case_id}, document_ids={document_id}, states_changed=bool(moved))


def set_checked(actor: Actor, document_ids: list[int] | tuple[int, ...], checked: bool) -> ChangeSet:
    """Marks documents as checked by the actor now (S1-R1), or clears the check. All or nothing."""
    changes = ChangeSet()
    now = utcnow()
    with write_transaction():
        for document_id in document_ids:
            document = _writable(actor, document_id, Action.DOCUMENT_CHECK)
            if (document.checked_at is not None) == checked:
                continue
            Document.update(checked_by=actor.user_id if checked else None,
                            checked_at=now if checked else None).where(Document.id == document_id).execute()
            audit.record(actor, "document.check" if checked else "document.uncheck", "document",
                         document_id, document.case_id)
            changes.case_ids.add(document.case_id)
            changes.document_ids.add(document_id)
    return changes


def trash_document(actor: Actor, document_id: int) -> ChangeSet:
    """Moves a document to the trash; the case's document count and Report icon follow."""
    with write_transaction():
        document = _writable(actor, document_id, Action.DOCUMENT_EDIT)
        Document.update(trashed=True).where(Document.id == document_id).execute()
        moved = icon_states.refresh([document.case_id]) | completeness.refresh([document.case_id])
        audit.record(actor, "document.trash", "document", document_id, document.case_id,
                     title=document.title)
    return ChangeSet(case_ids={document.case_id}, document_ids={document_id}, states_changed=bool(moved))


def add_version(workspace: Workspace, actor: Actor, document_id: int,
                path: Path) -> tuple[DocumentVersion, ChangeSet]:
    """Stores a file as the document's new current version; earlier versions stay.

    The administrative check was about the previous content, so it is cleared.
    """
    path = Path(path)
    require_case(actor, Action.DOCUMENT_EDIT, _document(document_id).case_id)
    facts = inspect_isolated(path)  # raises UserError naming the file and the reason (parsers in a worker)
    staged = _store_early(workspace, path, facts.mime)
    with write_transaction():
        sha, size = staged or _store(workspace, path, facts.mime)
        document = _writable(actor, document_id, Action.DOCUMENT_EDIT)
        if document.blob_id == sha:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{file}: same content as the current version of “{title}”; nothing to add."),
                file=shown_name(path.name), title=document.title)
        Blob.insert(sha256=sha, size=size, mime=facts.mime, stored_at=utcnow()).on_conflict_ignore().execute()
        if not workspace.blobs.exists(sha):
            _store(workspace, path, facts.mime)
        number = (DocumentVersion.select(pw.fn.MAX(DocumentVersion.number))
                  .where(DocumentVersion.document == document_id).scalar() or 0) + 1
        now = utcnow()
        version = DocumentVersion.create(
            document=document_id, number=number, blob=sha, original_name=path.name[:300], size=size,
            mime=facts.mime, pages=facts.pages, created_by=actor.user_id, created_at=now)
        Document.update(blob=sha, original_name=path.name[:300], size=size, mime=facts.mime,
                        pages=facts.pages, text=facts.text, version_count=number,
                        checked_by=None, checked_at=None).where(Document.id == document_id).execute()
        moved = icon_states.refresh([document.case_id])
        audit.record(actor, "document.version", "document", document_id, document.case_id,
                     file=path.name, sha256=sha, size=size, number=number,
                     check_cleared=document.checked_at is not None)
    return version, ChangeSet(case_ids={document.case_id}, document_ids={document_id},
                              states_changed=bool(moved))


@dataclass(frozen=True)
class VersionRow:
    number: int
    original_name: str
    size: int
    mime: str
    pages: int | None
    created_at: object
    created_by: str
    current: bool


def versions_of(actor: Actor, document_id: int) -> list[VersionRow]:
    """The document's versions, newest first, with who added each and when."""
    document = _document(document_id)
    require_case(actor, Action.CASE_EDIT, document.case_id, write=False)
    query = (DocumentVersion.select(DocumentVersion.number, DocumentVersion.original_name, DocumentVersion.size,
                                    DocumentVersion.mime, DocumentVersion.pages, DocumentVersion.created_at,
                                    User.full_name, DocumentVersion.blob)
             .join(User, pw.JOIN.LEFT_OUTER, on=(DocumentVersion.created_by == User.id))
             .where(DocumentVersion.document == document_id)
             .order_by(DocumentVersion.number.desc()))
    newest = None
    rows = []
    for number, name, size, mime, pages, created_at, who, sha in query.tuples():
        newest = number if newest is None else newest
        rows.append(VersionRow(number, name, size, mime, pages, created_at, who or "",
                               number == newest and sha == document.blob_id))
    return rows


# -- copies outside the store -------------------------------------------------------------------

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_MIME_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif",
                "image/gif": ".gif", "text/plain": ".txt", "application/zip": ".zip",
                "message/rfc822": ".eml"}


def safe_file_name(name: str, mime: str = "", fallback: str = "document") -> str:
    """A file name that is safe on Windows, macOS and Linux, keeping the original extension.

    No folders (`../`), no reserved characters or device names, no trailing dots or spaces,
    at most 150 characters; a missing extension comes from the MIME type.
    """
    base = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip().strip(".").strip()
    stem, suffix = os.path.splitext(base)
    suffix = suffix if re.fullmatch(r"\.[\w-]{1,10}", suffix or "") else ""
    if not suffix:
        suffix = _MIME_SUFFIX.get(mime, "")
    stem = stem.strip(" .") or fallback
    if stem.upper().split(".")[0] in _RESERVED:
        stem = f"_{stem}"
    return stem[:150 - len(suffix)] + suffix


def export_copy(workspace: Workspace, actor: Actor, document_id: int, target: Path, *,
                version: int | None = None, read_only: bool = False) -> Path:
    """Writes the content of a document (or one of its versions) to `target`, atomically.

    The copy is the user's: it is written to a temporary file next to the target, then
    renamed; a failure names the target and the reason and leaves no partial file.
    """
    target = Path(target)
    document = Document.get_or_none(Document.id == document_id)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    require(actor, Action.EXPORT)
    require_case(actor, Action.CASE_EDIT, document.case_id, write=False)
    sha = document.blob_id
    if version is not None:
        row = DocumentVersion.get_or_none((DocumentVersion.document == document_id)
                                          & (DocumentVersion.number == version))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} has no version {number}."),
                           id=document_id, number=version)
        sha = row.blob_id
    data = workspace.blobs.read_bytes(sha)
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if read_only:
            tmp.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be written ({reason})."),
                        file=str(target), reason=exc.strerror or str(exc)) from exc
    with write_transaction():
        audit.record(actor, "document.export", "document", document_id, document.case_id,
                     version=version, sha256=sha, file=target.name)
    return target
