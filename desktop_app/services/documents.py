"""Adding documents to cases: inspect, store the blob, record the version, move the icons."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, NotFound, StorageError, UserError
from desktop_app.models import Blob, Case, Document, DocumentType, DocumentVersion, User
from desktop_app.models.base import utcnow
from desktop_app.models.states import DocumentSource
from desktop_app.services import audit, completeness, icon_states, notifications
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.extract import plain_name, shown_name
from desktop_app.services.permissions import Action, require, require_case
from desktop_app.services.sandbox import inspect_isolated
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
    """
    path = Path(path)
    require_case(actor, Action.DOCUMENT_ADD, case_id)
    facts = inspect_isolated(path)  # raises UserError naming the file and the reason (parsers in a worker)
    sha, size = _store(workspace, path)
    with _full_disk_named(workspace, path), write_transaction():
        case = Case.get_by_id(case_id)
        duplicate = (Document.select().where((Document.case == case_id) & (Document.blob == sha)
                                             & ~Document.trashed).first())
        if duplicate is not None:
            raise DuplicateDocument(shown_name(path.name), case.id, case.number, duplicate.id, duplicate.title)
        if document_type_id is not None:
            doc_type = DocumentType.get_or_none(
                (DocumentType.id == document_type_id) & (DocumentType.work_area == case.work_area_id))
            if doc_type is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: unknown document type for this case."),
                                file=shown_name(path.name))
        else:
            doc_type = guess_document_type(case, path.name) if guess_type else None
        Blob.insert(sha256=sha, size=size, mime=facts.mime, stored_at=utcnow()).on_conflict_ignore().execute()
        if not workspace.blobs.exists(sha):
            # A repair removed the unreferenced file between our write and this transaction.
            _store(workspace, path)
        now = utcnow()
        document = Document.create(
            case=case_id, document_type=doc_type, title=(title or plain_name(path.stem).strip() or path.stem)[:300],
            blob=sha,
            original_name=path.name[:300], size=size, mime=facts.mime, pages=facts.pages,
            source=source, text=facts.text, added_by=actor.user_id, added_at=now)
        DocumentVersion.create(document=document, number=1, blob=sha, original_name=path.name[:300],
                               size=size, mime=facts.mime, pages=facts.pages,
                               created_by=actor.user_id, created_at=now)
        moved = icon_states.refresh([case_id]) | completeness.refresh([case_id])
        audit.record(actor, "document.add", "document", document.id, case_id,
                     file=path.name, sha256=sha, size=size)
        notifications.document_added(actor, case, document.title)  # S1-R2: the team's managers
    return document, ChangeSet(case_ids={case_id}, document_ids={document.id},
                               states_changed=bool(moved))


@contextlib.contextmanager
def _full_disk_named(workspace: Workspace, path: Path):
    """A database write that fails on a full disk (nothing of it is stored) says so, naming the file."""
    try:
        yield
    except (pw.DatabaseError, sqlite3.Error) as exc:
        if not is_disk_full(exc):
            raise
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "{file}: not stored. No space left on device (the disk of the database in {folder} "
                      "is full)."), file=shown_name(path.name), folder=str(workspace.data_dir)) from exc


def _store(workspace: Workspace, path: Path) -> tuple[str, int]:
    """Copies a file into the store; a file gone or unreadable since it was inspected, or a store
    that cannot be written, is named with the reason."""
    try:
        source = open(path, "rb")  # noqa: SIM115 - closed below; opening is what may fail
    except OSError as exc:
        reason = "the file disappeared" if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be read ({reason})."),
                        file=shown_name(path.name), reason=reason) from exc
    with source:
        try:
            return workspace.blobs.put_stream(source)
        except StorageError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("errors", "{file}: not stored. {reason}"),
                               file=shown_name(path.name), reason=exc.message) from exc


@dataclass
class ImportResult:
    added: list[Document] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)  # already in the case: a warning
    changes: ChangeSet = field(default_factory=ChangeSet)


def import_files(workspace: Workspace, actor: Actor, case_id: int, files: list[Path], *,
                 source: str = DocumentSource.IMPORT) -> ImportResult:
    """Adds several files; a bad file is reported and the rest of the batch goes on.

    A file whose content the case already has is listed in `duplicates`, not in `failed`.
    """
    require_case(actor, Action.DOCUMENT_ADD, case_id)  # one refusal for the batch, not one per file
    result = ImportResult()
    for path in files:
        try:
            document, changes = add_document(workspace, actor, case_id, Path(path), source=source)
        except DuplicateDocument as exc:
            result.duplicates.append((Path(path), exc.message))
            continue
        except AppError as exc:
            result.failed.append((Path(path), exc.message))
            continue
        except Exception as exc:  # a bug or an odd file must not stop the rest of the batch
            log.exception("importing %s failed", path)
            result.failed.append((Path(path), f"{shown_name(Path(path).name)}: cannot be imported ({type(exc).__name__}: {exc})"))
            continue
        result.added.append(document)
        result.changes.merge(changes)
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
    sha, size = _store(workspace, path)
    with write_transaction():
        document = _writable(actor, document_id, Action.DOCUMENT_EDIT)
        if document.blob_id == sha:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{file}: same content as the current version of “{title}”; nothing to add."),
                file=shown_name(path.name), title=document.title)
        Blob.insert(sha256=sha, size=size, mime=facts.mime, stored_at=utcnow()).on_conflict_ignore().execute()
        if not workspace.blobs.exists(sha):
            _store(workspace, path)
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
