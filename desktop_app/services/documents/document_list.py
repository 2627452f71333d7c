"""The selected case's documents as the documents pane lists them: type, pages, size, who added and checked them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desktop_app.models import Document, DocumentType, User
from desktop_app.services.cases.case_details import require_visible_case
from desktop_app.services.context import Actor


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    type_name: str
    is_report: bool
    title: str
    original_name: str
    mime: str
    pages: int | None
    size: int
    added_at: dt.datetime | None
    added_by: str
    source: str
    checked_at: dt.datetime | None
    checked_by: str  # initials
    document_type_id: int | None = None
    version_count: int = 1
    added_by_name: str = ""
    checked_by_name: str = ""
    blob: str = ""  # the SHA-256 of the current content (names its cached thumbnail)


def documents_of_case(actor: Actor, case_id: int) -> list[DocumentRow]:
    """The case's documents that are not trashed, newest first, with who added and checked them."""
    require_visible_case(actor, case_id)
    adder, checker = User.alias(), User.alias()
    query = (Document.select(
        Document.id, DocumentType.name, DocumentType.is_report, Document.title, Document.original_name,
        Document.mime, Document.pages, Document.size, Document.added_at, adder.initials,
        Document.source, Document.checked_at, checker.initials, Document.document_type,
        Document.version_count, adder.full_name, checker.full_name, Document.blob)
        .join(DocumentType, pw.JOIN.LEFT_OUTER, on=(Document.document_type == DocumentType.id))
        .switch(Document).join(adder, pw.JOIN.LEFT_OUTER, on=(Document.added_by == adder.id))
        .switch(Document).join(checker, pw.JOIN.LEFT_OUTER, on=(Document.checked_by == checker.id))
        .where((Document.case == case_id) & ~Document.trashed)
        .order_by(Document.added_at.desc(), Document.id.desc()))
    return [DocumentRow(id_, type_name or "", bool(is_report), title, original, mime, pages, size,
                        added_at, added_by or "", source, checked_at, checked_by or "", type_id,
                        versions or 1, added_name or "", checked_name or "", blob)
            for (id_, type_name, is_report, title, original, mime, pages, size, added_at, added_by,
                 source, checked_at, checked_by, type_id, versions, added_name, checked_name, blob)
            in query.tuples()]
