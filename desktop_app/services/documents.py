"""Adding documents to cases: inspect, store the blob, record the version, move the icons."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, NotFound, UserError
from desktop_app.models import Blob, Case, Document, DocumentType, DocumentVersion
from desktop_app.models.base import utcnow
from desktop_app.models.states import DocumentSource
from desktop_app.services import audit, icon_states
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.extract import inspect_file
from desktop_app.services.permissions import Action, require_case
from desktop_app.storage.database import write_transaction

log = logging.getLogger(__name__)


def guess_document_type(case: Case, file_name: str) -> DocumentType | None:
    """The work area's type whose code or name appears in the file name, if any."""
    stem = Path(file_name).stem.lower()
    for doc_type in DocumentType.select().where(DocumentType.work_area == case.work_area_id):
        if doc_type.code.lower() in stem or doc_type.name.lower() in stem:
            return doc_type
    return None


def add_document(workspace: Workspace, actor: Actor, case_id: int, path: Path, *,
                 document_type_id: int | None = None, title: str | None = None,
                 source: str = DocumentSource.MANUAL) -> tuple[Document, ChangeSet]:
    """Stores a file as a new document of a case. Refuses unreadable files and duplicates."""
    path = Path(path)
    require_case(actor, Action.DOCUMENT_ADD, case_id)
    facts = inspect_file(path)  # raises UserError naming the file and the reason
    sha, size = workspace.blobs.put_file(path)
    with write_transaction():
        case = Case.get_by_id(case_id)
        duplicate = (Document.select().where((Document.case == case_id) & (Document.blob == sha)
                                             & ~Document.trashed).first())
        if duplicate is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{file}: already in case {number} as “{title}”."),
                file=path.name, number=case.number, title=duplicate.title)
        if document_type_id is not None:
            doc_type = DocumentType.get_or_none(
                (DocumentType.id == document_type_id) & (DocumentType.work_area == case.work_area_id))
            if doc_type is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: unknown document type for this case."),
                                file=path.name)
        else:
            doc_type = guess_document_type(case, path.name)
        Blob.insert(sha256=sha, size=size, mime=facts.mime, stored_at=utcnow()).on_conflict_ignore().execute()
        if not workspace.blobs.exists(sha):
            # A repair removed the unreferenced file between our write and this transaction.
            workspace.blobs.put_file(path)
        now = utcnow()
        document = Document.create(
            case=case_id, document_type=doc_type, title=(title or path.stem)[:300], blob=sha,
            original_name=path.name[:300], size=size, mime=facts.mime, pages=facts.pages,
            source=source, text=facts.text, added_by=actor.user_id, added_at=now)
        DocumentVersion.create(document=document, number=1, blob=sha, original_name=path.name[:300],
                               size=size, mime=facts.mime, pages=facts.pages,
                               created_by=actor.user_id, created_at=now)
        moved = icon_states.refresh([case_id])
        audit.record(actor, "document.add", "document", document.id, case_id,
                     file=path.name, sha256=sha, size=size)
    return document, ChangeSet(case_ids={case_id}, document_ids={document.id},
                               states_changed=bool(moved))


@dataclass
class ImportResult:
    added: list[Document] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)


def import_files(workspace: Workspace, actor: Actor, case_id: int, files: list[Path], *,
                 source: str = DocumentSource.IMPORT) -> ImportResult:
    """Adds several files; a bad file is reported and the rest of the batch goes on."""
    result = ImportResult()
    for path in files:
        try:
            document, changes = add_document(workspace, actor, case_id, Path(path), source=source)
        except AppError as exc:
            result.failed.append((Path(path), exc.message))
            continue
        except Exception as exc:  # a bug or an odd file must not stop the rest of the batch
            log.exception("importing %s failed", path)
            result.failed.append((Path(path), f"{Path(path).name}: cannot be imported ({type(exc).__name__}: {exc})"))
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
