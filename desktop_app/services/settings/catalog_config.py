"""The administrator's lists of a work area: cancellation reasons, document types, index fields
and their lookup values (S1-W5, S2-S11, S1-P4).

Every mutation needs Action.SETTINGS_EDIT, runs in one write transaction with an audit event,
and refuses what would strand stored data: a reason used by a case is deactivated, never
removed; a document type that documents use, an index field with stored values, a lookup
value that values use cannot be removed, and a field's kind cannot change under its values.
The messages give the count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models import (
    CancellationReason,
    Case,
    Document,
    DocumentIndexValue,
    DocumentType,
    IndexField,
    IndexValue,
    LookupValue,
    WorkArea,
)
from desktop_app.models.states import FieldKind
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, require
from desktop_app.services.settings import config_checks
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import write_transaction

_NO_REASON = QT_TRANSLATE_NOOP("errors", "Cancellation reason {id} does not exist.")
_NO_TYPE = QT_TRANSLATE_NOOP("errors", "Document type {id} does not exist.")
_NO_FIELD = QT_TRANSLATE_NOOP("errors", "Index field {id} does not exist.")
_NO_VALUE = QT_TRANSLATE_NOOP("errors", "Lookup value {id} does not exist.")
_NO_AREA = QT_TRANSLATE_NOOP("errors", "Work area {id} does not exist.")
_REASON = QT_TRANSLATE_NOOP("errors", "Cancellation reason: enter 1 to {max} characters.")
_TYPE = QT_TRANSLATE_NOOP("errors", "Document type name: enter 1 to {max} characters.")
_LABEL = QT_TRANSLATE_NOOP("errors", "Field label: enter 1 to {max} characters.")
_VALUE = QT_TRANSLATE_NOOP("errors", "Lookup value: enter 1 to {max} characters.")


@dataclass(frozen=True)
class ReasonInfo:
    id: int
    label: str
    active: bool
    position: int
    shared: bool  # offered in every work area
    case_count: int


@dataclass(frozen=True)
class DocumentTypeInfo:
    id: int
    code: str
    name: str
    is_report: bool
    position: int
    document_count: int  # trashed documents included


@dataclass(frozen=True)
class IndexFieldInfo:
    id: int
    code: str
    label: str
    kind: str
    required: bool
    position: int
    document_type_id: int | None  # None: a field of the case
    lookup_values: tuple[tuple[int, str], ...]
    value_count: int  # stored non-empty values


# -- reads ------------------------------------------------------------------------------------------
def _reasons_scope(work_area_id: int) -> pw.Expression:
    return (CancellationReason.work_area == work_area_id) | CancellationReason.work_area.is_null()


def reasons_of(work_area_id: int) -> list[ReasonInfo]:
    rows = list(CancellationReason.select().where(_reasons_scope(work_area_id))
                .order_by(CancellationReason.position, CancellationReason.id))
    counts = dict(Case.select(Case.cancellation_reason, pw.fn.COUNT(Case.id))
                  .where(Case.cancellation_reason.in_([r.id for r in rows])).group_by(Case.cancellation_reason).tuples())
    return [ReasonInfo(r.id, r.label, r.active, r.position, r.work_area_id is None, counts.get(r.id, 0)) for r in rows]


def document_types_of(work_area_id: int) -> list[DocumentTypeInfo]:
    rows = list(DocumentType.select().where(DocumentType.work_area == work_area_id)
                .order_by(DocumentType.position, DocumentType.id))
    counts = dict(Document.select(Document.document_type, pw.fn.COUNT(Document.id))
                  .where(Document.document_type.in_([t.id for t in rows])).group_by(Document.document_type).tuples())
    return [DocumentTypeInfo(t.id, t.code, t.name, t.is_report, t.position, counts.get(t.id, 0)) for t in rows]


def _value_counts(field_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for model in (IndexValue, DocumentIndexValue):
        for field_id, count in (model.select(model.field, pw.fn.COUNT(model.id))
                                .where(model.field.in_(field_ids) & (model.value != ""))
                                .group_by(model.field).tuples()):
            counts[field_id] = counts.get(field_id, 0) + count
    return counts


def index_fields_of(work_area_id: int) -> list[IndexFieldInfo]:
    """Case fields first, then each document type's, each in their order."""
    rows = list(IndexField.select().where(IndexField.work_area == work_area_id)
                .order_by(IndexField.document_type.is_null(False), IndexField.document_type,
                          IndexField.position, IndexField.id))
    ids = [f.id for f in rows]
    lookups: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for value_id, field_id, value in (LookupValue.select(LookupValue.id, LookupValue.field, LookupValue.value)
                                      .where(LookupValue.field.in_(ids))
                                      .order_by(LookupValue.position, LookupValue.id).tuples()):
        lookups[field_id].append((value_id, value))
    counts = _value_counts(ids)
    return [IndexFieldInfo(f.id, f.code, f.label, f.kind, f.required, f.position, f.document_type_id,
                           tuple(lookups[f.id]), counts.get(f.id, 0)) for f in rows]


def _done(actor: Actor, action: str, entity: str, entity_id: object, **details: object) -> ChangeSet:
    audit.record(actor, action, entity, entity_id, **details)
    return ChangeSet(configuration_changed=True)


def _area(work_area_id: int) -> WorkArea:
    return config_checks.get(WorkArea, work_area_id, _NO_AREA)


# -- cancellation reasons ------------------------------------------------------------------------------
def add_reason(actor: Actor, work_area_id: int, label: str) -> tuple[int, ChangeSet]:
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(label, _REASON)
    with write_transaction():
        _area(work_area_id)
        scope = _reasons_scope(work_area_id)
        if CancellationReason.select().where(scope & (pw.fn.LOWER(CancellationReason.label) == cleaned.lower())) \
                .exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Cancellation reason: {label} is already in the list."),
                            label=cleaned)
        reason = CancellationReason.create(work_area=work_area_id, label=cleaned,
                                           position=config_checks.next_position(CancellationReason, scope))
        return reason.id, _done(actor, "settings.reason_add", "cancellation_reason", reason.id, label=cleaned)


def rename_reason(actor: Actor, reason_id: int, label: str) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(label, _REASON)
    with write_transaction():
        reason = config_checks.get(CancellationReason, reason_id, _NO_REASON)
        CancellationReason.update(label=cleaned).where(CancellationReason.id == reason.id).execute()
        return _done(actor, "settings.reason_rename", "cancellation_reason", reason.id, old=reason.label, new=cleaned)


def set_reason_active(actor: Actor, reason_id: int, active: bool) -> ChangeSet:
    """An inactive reason is no longer offered; the cases that have it keep it."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        reason = config_checks.get(CancellationReason, reason_id, _NO_REASON)
        CancellationReason.update(active=bool(active)).where(CancellationReason.id == reason.id).execute()
        return _done(actor, "settings.reason_active", "cancellation_reason", reason.id, active=bool(active))


def remove_reason(actor: Actor, reason_id: int) -> ChangeSet:
    """Only a reason no case uses; a used one can be deactivated instead."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        reason = config_checks.get(CancellationReason, reason_id, _NO_REASON)
        count, numbers = config_checks.case_numbers(Case.cancellation_reason == reason.id)
        if count:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Cancellation reason {label} cannot be removed: {count} case(s) were cancelled with it "
                          "({numbers}). Deactivate it instead."), label=reason.label, count=count, numbers=numbers)
        CancellationReason.delete().where(CancellationReason.id == reason.id).execute()
        return _done(actor, "settings.reason_remove", "cancellation_reason", reason.id, label=reason.label)


def reorder_reasons(actor: Actor, work_area_id: int, ordered_ids: Sequence[int]) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        current = [i for (i,) in CancellationReason.select(CancellationReason.id)
                   .where(_reasons_scope(work_area_id)).tuples()]
        config_checks.reorder(CancellationReason, current, ordered_ids)
        return _done(actor, "settings.reason_reorder", "work_area", work_area_id, order=list(ordered_ids))


# -- document types ------------------------------------------------------------------------------------
def add_document_type(actor: Actor, work_area_id: int, name: str, is_report: bool = False) -> tuple[int, ChangeSet]:
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(name, _TYPE)
    with write_transaction():
        _area(work_area_id)
        scope = DocumentType.work_area == work_area_id
        if DocumentType.select().where(scope & (pw.fn.LOWER(DocumentType.name) == cleaned.lower())).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Document type name: {name} is already a document type "
                                                        "here."), name=cleaned)
        row = DocumentType.create(work_area=work_area_id, name=cleaned, is_report=bool(is_report),
                                  code=config_checks.new_code(DocumentType, scope, cleaned, "type"),
                                  position=config_checks.next_position(DocumentType, scope))
        return row.id, _done(actor, "settings.document_type_add", "document_type", row.id, name=cleaned)


def rename_document_type(actor: Actor, type_id: int, name: str) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(name, _TYPE)
    with write_transaction():
        row = config_checks.get(DocumentType, type_id, _NO_TYPE)
        if DocumentType.select().where((DocumentType.work_area == row.work_area_id) & (DocumentType.id != row.id)
                                       & (pw.fn.LOWER(DocumentType.name) == cleaned.lower())).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Document type name: {name} is already a document type "
                                                        "here."), name=cleaned)
        DocumentType.update(name=cleaned).where(DocumentType.id == row.id).execute()
        return _done(actor, "settings.document_type_rename", "document_type", row.id, old=row.name, new=cleaned)


def set_document_type_report(actor: Actor, type_id: int, is_report: bool) -> ChangeSet:
    """Whether documents of this type are reports: the Report icon of their cases is recomputed."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        row = config_checks.get(DocumentType, type_id, _NO_TYPE)
        DocumentType.update(is_report=bool(is_report)).where(DocumentType.id == row.id).execute()
        case_ids = {i for (i,) in Document.select(Document.case).distinct()
                    .where(Document.document_type == row.id).tuples()}
        moved = icon_states.refresh(case_ids) if case_ids else set()
        changes = _done(actor, "settings.document_type_report", "document_type", row.id, is_report=bool(is_report),
                        cases=len(moved))
    changes.case_ids, changes.states_changed = moved, bool(moved)
    return changes


def reorder_document_types(actor: Actor, work_area_id: int, ordered_ids: Sequence[int]) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        current = [i for (i,) in DocumentType.select(DocumentType.id)
                   .where(DocumentType.work_area == work_area_id).tuples()]
        config_checks.reorder(DocumentType, current, ordered_ids)
        return _done(actor, "settings.document_type_reorder", "work_area", work_area_id, order=list(ordered_ids))


def remove_document_type(actor: Actor, type_id: int) -> ChangeSet:
    """Only a type no document has (trashed ones count); its fields and status requirements go with it."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        row = config_checks.get(DocumentType, type_id, _NO_TYPE)
        count = Document.select().where(Document.document_type == row.id).count()
        if count:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Document type {name} cannot be removed: {count} document(s) have it. Give them another "
                          "type first."), name=row.name, count=count)
        DocumentType.delete().where(DocumentType.id == row.id).execute()  # cascades to fields and requirements
        completeness.refresh_all(row.work_area_id)
        return _done(actor, "settings.document_type_remove", "document_type", row.id, code=row.code, name=row.name)


# -- index fields and lookup values -------------------------------------------------------------------
def _field_kind(value: str) -> FieldKind:
    try:
        return FieldKind(value)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field kind: {value} is not a field kind."),
                        value=value) from None


def _field_scope(work_area_id: int, document_type_id: int | None) -> pw.Expression:
    kind = IndexField.document_type.is_null() if document_type_id is None \
        else IndexField.document_type == document_type_id
    return (IndexField.work_area == work_area_id) & kind


def add_index_field(actor: Actor, work_area_id: int, label: str, kind: str = FieldKind.TEXT, *,
                    required: bool = False, code: str | None = None,
                    document_type_id: int | None = None) -> tuple[int, ChangeSet]:
    """A case field (document_type_id None) or a field of one document type, at the end of its list."""
    require(actor, Action.SETTINGS_EDIT)
    cleaned, kind = config_checks.text(label, _LABEL), _field_kind(kind)
    with write_transaction():
        _area(work_area_id)
        if document_type_id is not None:
            doc_type = config_checks.get(DocumentType, document_type_id, _NO_TYPE)
            if doc_type.work_area_id != work_area_id:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Field document type: {name} is not a document type "
                                                            "of this work area."), name=doc_type.name)
        scope = _field_scope(work_area_id, document_type_id)
        if code:
            code = config_checks.check_code(code, QT_TRANSLATE_NOOP(
                "errors", "Field code: {code} must start with a letter and use only a-z, 0-9 and _."))
            if IndexField.select().where(scope & (IndexField.code == code)).exists():
                raise UserError(QT_TRANSLATE_NOOP("errors", "Field code: {code} is already used here."), code=code)
        else:
            code = config_checks.new_code(IndexField, scope, cleaned, "field")
        row = IndexField.create(work_area=work_area_id, document_type=document_type_id, code=code, label=cleaned,
                                kind=kind, required=bool(required),
                                position=config_checks.next_position(IndexField, scope))
        return row.id, _done(actor, "settings.field_add", "index_field", row.id, code=code, kind=kind)


def rename_index_field(actor: Actor, field_id: int, label: str) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(label, _LABEL)
    with write_transaction():
        row = config_checks.get(IndexField, field_id, _NO_FIELD)
        IndexField.update(label=cleaned).where(IndexField.id == row.id).execute()
        return _done(actor, "settings.field_rename", "index_field", row.id, old=row.label, new=cleaned)


def set_index_field_required(actor: Actor, field_id: int, required: bool) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        row = config_checks.get(IndexField, field_id, _NO_FIELD)
        IndexField.update(required=bool(required)).where(IndexField.id == row.id).execute()
        return _done(actor, "settings.field_required", "index_field", row.id, required=bool(required))


def set_index_field_kind(actor: Actor, field_id: int, kind: str) -> ChangeSet:
    """Only while no value is stored (stored text would no longer read as the new kind)."""
    require(actor, Action.SETTINGS_EDIT)
    kind = _field_kind(kind)
    with write_transaction():
        row = config_checks.get(IndexField, field_id, _NO_FIELD)
        count = _value_counts([row.id]).get(row.id, 0)
        if count and kind != row.kind:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Field kind of {label} cannot change: {count} value(s) are stored in it."),
                label=row.label, count=count)
        IndexField.update(kind=kind).where(IndexField.id == row.id).execute()
        if kind != FieldKind.CHOICE:
            LookupValue.delete().where(LookupValue.field == row.id).execute()
        return _done(actor, "settings.field_kind", "index_field", row.id, old=row.kind, new=kind)


def reorder_index_fields(actor: Actor, work_area_id: int, document_type_id: int | None,
                         ordered_ids: Sequence[int]) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        current = [i for (i,) in IndexField.select(IndexField.id)
                   .where(_field_scope(work_area_id, document_type_id)).tuples()]
        config_checks.reorder(IndexField, current, ordered_ids)
        return _done(actor, "settings.field_reorder", "work_area", work_area_id, document_type=document_type_id,
                     order=list(ordered_ids))


def remove_index_field(actor: Actor, field_id: int) -> ChangeSet:
    """Only a field without stored values; its lookup list and status requirements go with it."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        row = config_checks.get(IndexField, field_id, _NO_FIELD)
        count = _value_counts([row.id]).get(row.id, 0)
        if count:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Index field {label} cannot be removed: {count} value(s) are stored in it."),
                label=row.label, count=count)
        for model in (IndexValue, DocumentIndexValue):  # empty leftovers only
            model.delete().where(model.field == row.id).execute()
        IndexField.delete().where(IndexField.id == row.id).execute()  # cascades to lookups and requirements
        completeness.refresh_all(row.work_area_id)
        return _done(actor, "settings.field_remove", "index_field", row.id, code=row.code, label=row.label)


def add_lookup_value(actor: Actor, field_id: int, value: str) -> tuple[int, ChangeSet]:
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(value, _VALUE)
    with write_transaction():
        row = config_checks.get(IndexField, field_id, _NO_FIELD)
        if row.kind != FieldKind.CHOICE:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Lookup value: {label} is not a choice field."),
                            label=row.label)
        scope = LookupValue.field == row.id
        if LookupValue.select().where(scope & (LookupValue.value == cleaned)).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Lookup value: {value} is already in the list."),
                            value=cleaned)
        entry = LookupValue.create(field=row.id, value=cleaned, position=config_checks.next_position(LookupValue, scope))
        return entry.id, _done(actor, "settings.lookup_add", "index_field", row.id, value=cleaned)


def remove_lookup_value(actor: Actor, value_id: int) -> ChangeSet:
    """Only a value nothing stores (a stored value would no longer be one of the list's)."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        entry = config_checks.get(LookupValue, value_id, _NO_VALUE)
        count = sum(model.select().where((model.field == entry.field_id) & (model.value == entry.value)).count()
                    for model in (IndexValue, DocumentIndexValue))
        if count:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Lookup value {value} cannot be removed: {count} value(s) use it."),
                value=entry.value, count=count)
        LookupValue.delete().where(LookupValue.id == entry.id).execute()
        return _done(actor, "settings.lookup_remove", "index_field", entry.field_id, value=entry.value)


def reorder_lookup_values(actor: Actor, field_id: int, ordered_ids: Sequence[int]) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        row = config_checks.get(IndexField, field_id, _NO_FIELD)
        current = [i for (i,) in LookupValue.select(LookupValue.id).where(LookupValue.field == row.id).tuples()]
        config_checks.reorder(LookupValue, current, ordered_ids)
        return _done(actor, "settings.lookup_reorder", "index_field", row.id, order=list(ordered_ids))
