"""What the index pane shows: a case's fields and index values, a document's facts and index values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.models import (
    Case,
    Document,
    DocumentIndexValue,
    DocumentType,
    IndexField,
    IndexValue,
    LookupValue,
    Office,
    Status,
    User,
    WorkArea,
)
from desktop_app.models.states import FieldKind
from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.services.permissions import visible_cases


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """An index field with the stored canonical text of its value ('' when unset)."""

    code: str
    label: str
    kind: str
    required: bool
    value: str
    choices: tuple[str, ...] = ()  # a choice field's lookup list, in order


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    protocol: str
    internal_ref: str
    subject: str
    status_name: str
    status_colour: str
    status_kind: str
    owner: str
    prescriber: str
    address: str
    postal_code: str
    city: str
    created_at: dt.datetime | None
    order_date: dt.date | None
    appointment_at: dt.datetime | None
    amount: Decimal
    tariff: Decimal
    currency: str
    assigned_user: str
    work_area: str
    office: str
    document_count: int
    index_values: list[IndexEntry] = field(default_factory=list)
    version: int = 1  # Case.version, for the optimistic lock of an edit
    work_area_id: int = 0
    updated_at: dt.datetime | None = None
    updated_by: str = ""  # who made the case's last recorded change


@dataclass(frozen=True)
class DocumentDetail:
    id: int
    case_id: int
    title: str
    type_name: str
    original_name: str
    mime: str
    pages: int | None
    size: int
    text: str
    index_values: list[IndexEntry] = field(default_factory=list)
    document_type_id: int | None = None


def require_visible_case(actor: Actor, case_id: int) -> None:
    """NotFound unless the actor may see the case (a case they may not see is never revealed)."""
    query = Case.select(Case.id).where(Case.id == case_id)
    clause = visible_cases(actor)
    if not (query if clause is None else query.where(clause)).exists():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)


def case_detail(actor: Actor, case_id: int) -> CaseDetail:
    """Everything the index pane shows about a case, with its work area's index fields."""
    require_visible_case(actor, case_id)
    case = (Case.select(Case, Status, WorkArea, Office)
            .join(Status, on=(Case.status == Status.id))
            .switch(Case).join(WorkArea, on=(Case.work_area == WorkArea.id))
            .join(Office, on=(WorkArea.office == Office.id))
            .where(Case.id == case_id).get())
    assigned = User.get_or_none(User.id == case.assigned_user_id) if case.assigned_user_id else None
    values = dict(IndexValue.select(IndexValue.field, IndexValue.value)
                  .where(IndexValue.case == case_id).tuples())
    fields = (IndexField.select()
              .where((IndexField.work_area == case.work_area_id) & IndexField.document_type.is_null())
              .order_by(IndexField.position, IndexField.id))
    entries = _entries(list(fields), values)
    last = audit.last_case_change(case_id)
    return CaseDetail(
        id=case.id, number=case.number, protocol=case.protocol, internal_ref=case.internal_ref,
        subject=case.subject, status_name=case.status.name, status_colour=case.status.colour,
        status_kind=case.status.kind, owner=case.owner_name, prescriber=case.prescriber_name,
        address=case.address, postal_code=case.postal_code, city=case.city,
        created_at=case.created_at, order_date=case.order_date, appointment_at=case.appointment_at,
        amount=case.amount, tariff=case.tariff, currency=case.work_area.office.currency,
        assigned_user=assigned.full_name if assigned else "", work_area=case.work_area.name,
        office=case.work_area.office.name, document_count=case.document_count, index_values=entries,
        version=case.version, work_area_id=case.work_area_id, updated_at=case.updated_at,
        updated_by=last[1] if last else "")


def choice_lists(fields: list[IndexField]) -> dict[int, tuple[str, ...]]:
    """Each choice field's lookup list, in order (what the form offers and the save accepts)."""
    choice_ids = [f.id for f in fields if f.kind == FieldKind.CHOICE]
    lists: dict[int, list[str]] = {i: [] for i in choice_ids}
    if choice_ids:
        for field_id, value in (LookupValue.select(LookupValue.field, LookupValue.value)
                                .where(LookupValue.field.in_(choice_ids))
                                .order_by(LookupValue.position, LookupValue.id).tuples()):
            lists[field_id].append(value)
    return {i: tuple(values) for i, values in lists.items()}


def _entries(fields: list[IndexField], values: dict[int, str]) -> list[IndexEntry]:
    """Index entries with their current values and, for choice fields, their lookup lists."""
    choices = choice_lists(fields)
    return [IndexEntry(f.code, f.label, f.kind, f.required, values.get(f.id, ""), choices.get(f.id, ()))
            for f in fields]


def document_detail(actor: Actor, document_id: int) -> DocumentDetail:
    """A document's facts, extracted text and index values (its type's fields)."""
    document = Document.get_or_none(Document.id == document_id)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    require_visible_case(actor, document.case_id)
    doc_type = (DocumentType.get_or_none(DocumentType.id == document.document_type_id)
                if document.document_type_id else None)
    values = dict(DocumentIndexValue.select(DocumentIndexValue.field, DocumentIndexValue.value)
                  .where(DocumentIndexValue.document == document_id).tuples())
    entries: list[IndexEntry] = []
    if doc_type is not None or values:
        wanted = IndexField.id.in_(list(values)) if values else IndexField.id.is_null()
        if doc_type is not None:
            wanted |= IndexField.document_type == doc_type.id
        fields = IndexField.select().where(wanted).order_by(IndexField.position, IndexField.id)
        entries = _entries(list(fields), values)
    return DocumentDetail(
        id=document.id, case_id=document.case_id, title=document.title,
        type_name=doc_type.name if doc_type else "", original_name=document.original_name,
        mime=document.mime, pages=document.pages, size=document.size, text=document.text,
        index_values=entries, document_type_id=document.document_type_id)
