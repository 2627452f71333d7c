"""Changing a case's documents: title, type, the administrative check, the trash, new versions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import (
    Blob,
    Case,
    Document,
    DocumentType,
    DocumentVersion,
    User,
)
from desktop_app.models.base import utcnow
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents.document_import import (
    store_before_transaction,
    store_file,
)
from desktop_app.services.documents.extract import shown_name
from desktop_app.services.documents.sandbox import inspect_isolated
from desktop_app.services.permissions import Action, require_case
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import write_transaction

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
    staged = store_before_transaction(workspace, path, facts.mime)
    with write_transaction():
        sha, size = staged or store_file(workspace, path, facts.mime)
        document = _writable(actor, document_id, Action.DOCUMENT_EDIT)
        if document.blob_id == sha:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{file}: same content as the current version of “{title}”; nothing to add."),
                file=shown_name(path.name), title=document.title)
        Blob.insert(sha256=sha, size=size, mime=facts.mime, stored_at=utcnow()).on_conflict_ignore().execute()
        if not workspace.blobs.exists(sha):
            store_file(workspace, path, facts.mime)
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
