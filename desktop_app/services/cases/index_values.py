"""Saving what the index pane edits: a case's main fields and index values, a document's index values.

Values arrive typed (str, Decimal, date, bool or None) and are stored as canonical text
(IndexValue/DocumentIndexValue): Decimal as str, dates ISO, booleans "1"/"0", '' for unset
(the row is removed). Every bad field is reported at once in a ValidationError whose
`fields` name each field's label and reason; nothing is written unless all are good.
A case save goes through `cases.update_case` (optimistic locking on Case.version, StaleEdit
naming who changed it) in the same transaction as the index values and their audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from desktop_app.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    PermissionDenied,
    StaleEdit,
    UserError,
    ValidationError,
)
from desktop_app.models import Case, Document, DocumentIndexValue, IndexField, IndexValue
from desktop_app.models.states import FieldKind
from desktop_app.services import audit
from desktop_app.services.cases import case_details, case_editing, completeness
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.money import CENT, MONEY_LIMIT
from desktop_app.services.permissions import Action, allowed, require_case
from desktop_app.storage.database import write_transaction

IndexInput = str | Decimal | dt.date | bool | int | None

# The case's own fields the index pane edits, in form order: name → (kind, max length).
CASE_FORM_FIELDS: dict[str, tuple[str, int]] = {
    "internal_ref": (FieldKind.TEXT, 200),
    "subject": (FieldKind.TEXT, 300),
    "address": (FieldKind.TEXT, 300),
    "postal_code": (FieldKind.TEXT, 16),
    "city": (FieldKind.TEXT, 100),
    "appointment_at": ("datetime", 0),
    "amount": (FieldKind.MONEY, 0),
    "tariff": (FieldKind.MONEY, 0),
}
# English labels for messages outside the GUI (the pane names fields with its own translated labels).
CASE_FIELD_LABELS = {
    "internal_ref": QT_TRANSLATE_NOOP("index_values", "Internal reference"),
    "subject": QT_TRANSLATE_NOOP("index_values", "Subject"),
    "address": QT_TRANSLATE_NOOP("index_values", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("index_values", "Postal code"),
    "city": QT_TRANSLATE_NOOP("index_values", "City"),
    "appointment_at": QT_TRANSLATE_NOOP("index_values", "Appointment"),
    "amount": QT_TRANSLATE_NOOP("index_values", "Amount"),
    "tariff": QT_TRANSLATE_NOOP("index_values", "Tariff"),
}
BILLING_FIELDS = frozenset({"amount", "tariff"})  # changing what a case costs needs billing rights
TEXT_LIMIT = 2000
NUMBER_LIMIT = Decimal(10) ** 15
NUMBER_PLACES = 6
EARLIEST_DATE = dt.date(1900, 1, 2)


def _bad(template: str, **params: object) -> UserError:
    return UserError(template, **params)


def editable_case_fields(actor: Actor) -> frozenset[str]:
    """The case fields of the form this actor may change (on a case they may change at all)."""
    fields = frozenset(CASE_FORM_FIELDS)
    return fields if allowed(actor, Action.BILLING_EDIT) else fields - BILLING_FIELDS


def _decimal(value: object, label: str, template: str) -> Decimal:
    if isinstance(value, bool | float):
        raise _bad(template, label=label, value=value)  # never float (money is Decimal)
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise _bad(template, label=label, value=value) from None
    if not number.is_finite():
        raise _bad(template, label=label, value=value)
    return number


def canonical(kind: str, value: IndexInput, label: str, choices: tuple[str, ...] = ()) -> str:
    """The stored text of a typed value of an index field; UserError naming `label` when bad."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if kind == FieldKind.TEXT:
        text = str(value).strip()
        if len(text) > TEXT_LIMIT:
            raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: at most {max} characters."),
                       label=label, max=TEXT_LIMIT)
        return text
    if kind == FieldKind.NUMBER:
        number = _decimal(value, label, QT_TRANSLATE_NOOP("errors", "{label}: {value} is not a number."))
        if abs(number) >= NUMBER_LIMIT:
            raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is too large."), label=label, value=value)
        if number != number.quantize(Decimal(1).scaleb(-NUMBER_PLACES)):
            raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: at most {places} decimals."),
                       label=label, places=NUMBER_PLACES)
        text = format(number.normalize(), "f")
        return "0" if text in ("-0", "0") else text
    if kind == FieldKind.MONEY:
        amount = _decimal(value, label, QT_TRANSLATE_NOOP("errors", "{label}: {value} is not an amount."))
        return format(_money(amount, label, value), "f")
    if kind == FieldKind.DATE:
        return _date(value, label).isoformat()
    if kind == FieldKind.BOOL:
        if isinstance(value, bool | int) and value in (0, 1):
            return "1" if value else "0"
        text = str(value).strip().lower()
        if text in ("1", "true", "yes"):
            return "1"
        if text in ("0", "false", "no"):
            return "0"
        raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is not yes or no."), label=label, value=value)
    if kind == FieldKind.CHOICE:
        text = str(value).strip()
        if text not in choices:
            raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is not one of the list's values."),
                       label=label, value=text)
        return text
    raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: unknown field kind {kind}."), label=label, kind=kind)


def _money(amount: Decimal, label: str, shown: object) -> Decimal:
    if abs(amount) >= MONEY_LIMIT:
        raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is too large."), label=label, value=shown)
    if amount < 0:
        raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: an amount cannot be negative."), label=label)
    if amount != amount.quantize(CENT):
        raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: an amount has at most two decimals."), label=label)
    return amount.quantize(CENT)


def _date(value: object, label: str) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is not a date."),
                       label=label, value=value) from None
    if value < EARLIEST_DATE:
        raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is not a date."), label=label, value=value)
    return value


def _clean_case_fields(actor: Actor, changes: Mapping[str, object], problems: dict[str, UserError]) -> dict:
    unknown = set(changes) - set(CASE_FORM_FIELDS)
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown or read-only case field: {field}."),
                        field=", ".join(sorted(unknown)))
    if BILLING_FIELDS & set(changes) and not allowed(actor, Action.BILLING_EDIT):
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "User {login} may not change amounts."),
                               login=actor.login)
    cleaned: dict[str, object] = {}
    for name, value in changes.items():
        kind, limit = CASE_FORM_FIELDS[name]
        label = CASE_FIELD_LABELS[name]
        try:
            if kind == FieldKind.TEXT:
                text = "" if value is None else str(value).strip()
                if len(text) > limit:
                    raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: at most {max} characters."),
                               label=label, max=limit)
                cleaned[name] = text
            elif kind == FieldKind.MONEY:
                empty = value is None or (isinstance(value, str) and not value.strip())
                cleaned[name] = Decimal("0.00") if empty else _money(
                    _decimal(value, label, QT_TRANSLATE_NOOP("errors", "{label}: {value} is not an amount.")),
                    label, value)
            else:  # an instant
                if value is not None and (not isinstance(value, dt.datetime) or value.tzinfo is None):
                    raise _bad(QT_TRANSLATE_NOOP("errors", "{label}: {value} is not a date and time."),
                               label=label, value=value)
                cleaned[name] = value
        except UserError as error:
            problems[name] = error
    return cleaned


def _fields_by_code(work_area_id: int, document_type_id: int | None) -> dict[str, IndexField]:
    type_clause = (IndexField.document_type.is_null() if document_type_id is None
                   else IndexField.document_type == document_type_id)
    query = IndexField.select().where((IndexField.work_area == work_area_id) & type_clause)
    return {f.code: f for f in query}


def _validate(fields: dict[str, IndexField], stored: dict[int, str], values: Mapping[str, IndexInput],
              problems: dict[str, UserError]) -> dict[IndexField, str]:
    """The changed fields with their new canonical text; every problem goes into `problems`."""
    choices = case_details.choice_lists(list(fields.values()))
    changed: dict[IndexField, str] = {}
    for code, value in values.items():
        field = fields.get(code)
        if field is None:
            problems[code] = _bad(QT_TRANSLATE_NOOP("errors", "{label}: no such index field here."), label=code)
            continue
        try:
            text = canonical(field.kind, value, field.label, choices.get(field.id, ()))
        except UserError as error:
            problems[code] = error
            continue
        if text != stored.get(field.id, ""):
            changed[field] = text
    for code, field in fields.items():
        if not field.required or code in problems:
            continue
        final = changed.get(field, stored.get(field.id, ""))
        if final == "":
            problems[code] = _bad(QT_TRANSLATE_NOOP("errors", "{label} is required."), label=field.label)
    return changed


def save_case_index(actor: Actor, case_id: int, expected_version: int, values: Mapping[str, IndexInput],
                    case_fields: Mapping[str, object] | None = None) -> ChangeSet:
    """Saves a case's index values and main fields together, only over `expected_version`.

    Raises ValidationError listing every bad field, StaleEdit if someone saved the case in
    between, PermissionDenied without write access; nothing is written in any of these cases.
    """
    with write_transaction():
        case = Case.get_or_none(Case.id == case_id)
        if case is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
        require_case(actor, Action.CASE_EDIT, case_id, write=True)
        if case.version != expected_version:
            case_editing.update_case(actor, case_id, expected_version)  # raises StaleEdit (who, when) first
        problems: dict[str, UserError] = {}
        cleaned = _clean_case_fields(actor, case_fields or {}, problems)
        fields = _fields_by_code(case.work_area_id, None)
        stored = dict(IndexValue.select(IndexValue.field, IndexValue.value)
                      .where(IndexValue.case == case_id).tuples())
        changed = _validate(fields, stored, values, problems)
        if problems:
            raise ValidationError(problems)
        changes = case_editing.update_case(actor, case_id, expected_version, **cleaned)  # StaleEdit rolls all back
        for field, text in changed.items():
            row = (IndexValue.case == case_id) & (IndexValue.field == field.id)
            if text == "":
                IndexValue.delete().where(row).execute()
            elif not IndexValue.update(value=text).where(row).execute():
                IndexValue.create(case=case_id, field=field.id, value=text)
        if changed:
            completeness.refresh([case_id])
            audit.record(actor, "case.index", "case", case_id, case_id,
                         values={f.code: [stored.get(f.id, ""), text] for f, text in changed.items()})
    return changes


def save_document_index(actor: Actor, document_id: int, values: Mapping[str, IndexInput],
                        expected: Mapping[str, str] | None = None) -> ChangeSet:
    """Saves a document's index values (the fields of its document type).

    `expected`: the stored text of each field as the editor read it. If another user has
    changed one of the fields being saved since, nothing is written (StaleEdit).
    """
    with write_transaction():
        document = Document.get_or_none(Document.id == document_id)
        if document is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
        require_case(actor, Action.DOCUMENT_EDIT, document.case_id, write=True)
        problems: dict[str, UserError] = {}
        work_area_id = Case.select(Case.work_area).where(Case.id == document.case_id).scalar()
        fields = (_fields_by_code(work_area_id, document.document_type_id)
                  if document.document_type_id else {})
        stored = dict(DocumentIndexValue.select(DocumentIndexValue.field, DocumentIndexValue.value)
                      .where(DocumentIndexValue.document == document_id).tuples())
        if expected is not None:
            moved = sorted(code for code in values if code in fields
                           and stored.get(fields[code].id, "") != expected.get(code, ""))
            if moved:
                raise StaleEdit(QT_TRANSLATE_NOOP(
                    "errors", "The index of “{title}” was changed by someone else after you opened it "
                              "({fields}). Nothing was saved: revert to see their values."),
                    title=document.title, fields=", ".join(fields[c].label for c in moved))
        changed = _validate(fields, stored, values, problems)
        if problems:
            raise ValidationError(problems)
        for field, text in changed.items():
            row = (DocumentIndexValue.document == document_id) & (DocumentIndexValue.field == field.id)
            if text == "":
                DocumentIndexValue.delete().where(row).execute()
            elif not DocumentIndexValue.update(value=text).where(row).execute():
                DocumentIndexValue.create(document=document_id, field=field.id, value=text)
        if changed:
            audit.record(actor, "document.index", "document", document_id, document.case_id,
                         values={f.code: [stored.get(f.id, ""), text] for f, text in changed.items()})
    return ChangeSet(case_ids={document.case_id}, document_ids={document_id})
