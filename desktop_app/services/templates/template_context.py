"""What a document template can print: the case, its contacts, index fields, billing, today.

Everything is pre-formatted for the office's language (money "1 234,56 €" in fr,
"R$ 1.234,56" in pt_BR, dates dd/mm/yyyy, long dates "7 mars 2026"), so a template
never formats anything itself; money also comes as Decimal under a `*_value` key for
templates that need to compare. Names a template can use (a missing contact or record is
a dict of empty strings, so templates need no guards):

  office.{name, code, country, currency}      work_area.{code, name}      lang, t.<text>
  case.{number, protocol, internal_ref, subject, nature, origin, status, complementary_status,
        contract, trade, address, postal_code, city, department, created, order_date,
        appointment, reserved_date, amount, tariff, assigned_user, hold_reason}
  owner, prescriber, recipient: {name, first_name, last_name, company, email, phone, address,
        postal_code, city, city_line, country, tax_id, role}      contacts: [same, with role]
  fields.<code> (formatted; "" when the work area has no such field), index: [{code, label, value}]
  quote, quotes: {number, status, issued, amount, lines: [{description, quantity, unit_price,
        vat_rate, amount}], total}          invoice, invoices: {number, status, issued, lines
        (+ net), net_total, vat_total, total, paid, balance}
  delivery_note, delivery_notes: {number, state, created, amount, lines: [{description, trade,
        technician, date}]}      service_orders: [{number, type, trade, description, technician}]
  missing: [text] (the missing-documents letter)      user.{name, email}      today, today_long
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import peewee as pw

from desktop_app.models import (
    Case,
    CaseContact,
    Contact,
    DeliveryNote,
    IndexField,
    IndexValue,
    Office,
    Quote,
    ServiceOrder,
    Status,
    User,
    WorkArea,
)
from desktop_app.models.states import FieldKind
from desktop_app.services.billing import case_billing
from desktop_app.services.templates.template_texts import MONTHS, document_language, texts

CENT = Decimal("0.01")
NBSP = "\u00a0"
SYMBOLS = {"EUR": "€", "BRL": "R$", "USD": "$", "GBP": "£"}
# language → (group separator, decimal separator)
_SEPARATORS = {"es": (".", ","), "fr": (NBSP, ","), "pt_BR": (".", ","), "en": (",", ".")}


class Formatter:
    """Money, numbers and dates the way the office's language writes them."""

    def __init__(self, language: str, currency: str = "EUR") -> None:
        self.language = language if language in _SEPARATORS else "en"
        self.currency = currency
        self.group, self.point = _SEPARATORS[self.language]

    def number(self, value: Decimal | int | None, places: int | None = None) -> str:
        if value is None:
            return ""
        value = Decimal(value)
        if places is None:  # as many places as it needs: 84.50 → 84,5; 2.000 → 2
            places = max(0, -int(value.normalize().as_tuple().exponent))
        quantum = Decimal(1).scaleb(-places)
        text = f"{abs(value.quantize(quantum, rounding=ROUND_HALF_UP)):f}"
        whole, _, fraction = text.partition(".")
        groups = []
        while len(whole) > 3:
            whole, groups = whole[:-3], [whole[-3:], *groups]
        grouped = self.group.join([whole, *groups])
        sign = "-" if value < 0 else ""
        return f"{sign}{grouped}{self.point}{fraction}" if fraction else f"{sign}{grouped}"

    def money(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
        digits = self.number(abs(amount), 2)
        symbol = SYMBOLS.get(self.currency, self.currency)
        sign = "-" if amount < 0 else ""
        if self.language in ("es", "fr"):
            return f"{sign}{digits}{NBSP}{symbol}"
        if self.language == "pt_BR" or (len(symbol) > 1 and symbol.isalpha()):
            return f"{sign}{symbol}{NBSP}{digits}"
        return f"{sign}{symbol}{digits}"

    def percent(self, value: Decimal | None) -> str:
        if value is None:
            return ""
        space = NBSP if self.language in ("es", "fr") else ""
        return f"{self.number(value)}{space}%"

    @staticmethod
    def _local(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.astimezone()
        return value

    def date(self, value: dt.date | dt.datetime | None) -> str:
        if value is None:
            return ""
        value = self._local(value)
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"

    def date_time(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        local = self._local(value)
        return f"{self.date(local)} {local.hour:02d}:{local.minute:02d}"

    def long_date(self, value: dt.date | dt.datetime | None) -> str:
        if value is None:
            return ""
        value = self._local(value)
        month = MONTHS[self.language][value.month - 1]
        if self.language == "en":
            return f"{value.day} {month} {value.year}"
        if self.language == "fr":
            return f"{'1er' if value.day == 1 else value.day} {month} {value.year}"
        return f"{value.day} de {month} de {value.year}"


class Fields(dict):
    """Index fields by code; a code the work area does not have reads as empty text."""

    def __missing__(self, key: str) -> str:
        return ""


_CONTACT_KEYS = ("name", "first_name", "last_name", "company", "email", "phone", "address", "postal_code",
                 "city", "city_line", "country", "tax_id", "role")


def contact_dict(contact: Contact | None, role: str = "") -> dict[str, str]:
    if contact is None:
        return dict.fromkeys(_CONTACT_KEYS, "") | {"role": role}
    return {"name": contact.display_name, "first_name": contact.first_name, "last_name": contact.last_name,
            "company": contact.company, "email": contact.email, "phone": contact.phone,
            "address": contact.address, "postal_code": contact.postal_code, "city": contact.city,
            "city_line": " ".join(p for p in (contact.postal_code, contact.city) if p),
            "country": contact.country, "tax_id": contact.tax_id, "role": role}


def _field_value(kind: str, raw: str, fmt: Formatter, words: dict[str, str]) -> str:
    if raw == "":
        return ""
    try:
        if kind == FieldKind.MONEY:
            return fmt.money(Decimal(raw))
        if kind == FieldKind.NUMBER:
            return fmt.number(Decimal(raw))
        if kind == FieldKind.DATE:
            return fmt.date(dt.date.fromisoformat(raw[:10]))
        if kind == FieldKind.BOOL:
            return words["yes"] if raw in ("1", "true", "True") else words["no"]
    except (InvalidOperation, ValueError):
        return raw
    return raw


def _index(case: Case, fmt: Formatter, words: dict[str, str]) -> tuple[Fields, list[dict[str, str]]]:
    fields = Fields()
    listed = []
    query = (IndexField.select(IndexField.code, IndexField.label, IndexField.kind, IndexValue.value)
             .join(IndexValue, pw.JOIN.LEFT_OUTER,
                   on=((IndexValue.field == IndexField.id) & (IndexValue.case == case.id)))
             .where((IndexField.work_area == case.work_area_id) & IndexField.document_type.is_null())
             .order_by(IndexField.position, IndexField.id))
    for code, label, kind, raw in query.tuples():
        value = _field_value(kind, raw or "", fmt, words)
        fields[code] = value
        if value:
            listed.append({"code": code, "label": label, "value": value})
    return fields, listed


def _quotes(case: Case, fmt: Formatter) -> list[dict]:
    """The case's quotes, oldest first. A quote has one amount and no lines of its own: its one
    line is the case's subject (or nature) for that amount."""
    rows = []
    for quote in Quote.select().where(Quote.case == case.id).order_by(Quote.id):
        line = {"description": case.subject or case.nature or quote.number, "quantity": fmt.number(1),
                "unit_price": fmt.money(quote.amount), "vat_rate": "", "amount": fmt.money(quote.amount),
                "amount_value": quote.amount}
        rows.append({"number": quote.number, "status": quote.status, "issued": fmt.date(quote.issued_at),
                     "amount": fmt.money(quote.amount), "amount_value": quote.amount, "lines": [line],
                     "total": fmt.money(quote.amount), "total_value": quote.amount})
    return rows


def _invoices(case: Case, fmt: Formatter) -> list[dict]:
    invoices, _schedule = case_billing.invoices_of(case.id)
    rows = []
    for invoice in invoices:
        lines, net_total = [], Decimal("0.00")
        for line in invoice.lines:
            net = (line.quantity * line.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
            net_total += net
            lines.append({"description": line.description, "quantity": fmt.number(line.quantity),
                          "unit_price": fmt.money(line.unit_price), "vat_rate": fmt.percent(line.vat_rate),
                          "net": fmt.money(net), "amount": fmt.money(line.amount),
                          "net_value": net, "amount_value": line.amount})
        rows.append({"number": invoice.number, "status": invoice.status, "issued": fmt.date(invoice.issued_at),
                     "lines": lines, "net_total": fmt.money(net_total), "net_total_value": net_total,
                     "vat_total": fmt.money(invoice.total - net_total),
                     "vat_total_value": invoice.total - net_total,
                     "total": fmt.money(invoice.total), "total_value": invoice.total,
                     "paid": fmt.money(invoice.paid), "paid_value": invoice.paid,
                     "balance": fmt.money(invoice.balance), "balance_value": invoice.balance})
    return rows


def _service_orders(case: Case, fmt: Formatter) -> list[dict[str, str]]:
    query = (ServiceOrder.select(ServiceOrder.number, ServiceOrder.order_type, ServiceOrder.trade,
                                 ServiceOrder.description, ServiceOrder.status, User.full_name,
                                 ServiceOrder.appointment_at, ServiceOrder.assigned_at, ServiceOrder.created_at)
             .join(User, pw.JOIN.LEFT_OUTER, on=(ServiceOrder.technician == User.id))
             .where(ServiceOrder.case == case.id).order_by(ServiceOrder.number))
    return [{"number": str(number), "type": order_type, "trade": trade,
             "description": description or order_type or trade, "status": status, "technician": technician or "",
             "date": fmt.date(appointment or assigned or created)}
            for number, order_type, trade, description, status, technician, appointment, assigned, created
            in query.tuples()]


def _delivery_notes(case: Case, fmt: Formatter, orders: list[dict[str, str]]) -> list[dict]:
    """Delivery notes, oldest first; their lines are the case's service orders (the work delivered),
    or the case's subject when it has none."""
    lines = _delivery_notes_lines(case, orders)
    return [{"number": note.number, "state": note.state, "created": fmt.date(note.created_at),
             "amount": fmt.money(note.amount), "amount_value": note.amount, "lines": lines}
            for note in DeliveryNote.select().where(DeliveryNote.case == case.id).order_by(DeliveryNote.id)]


def _empty(keys: tuple[str, ...], **extra) -> dict:
    return dict.fromkeys(keys, "") | extra


def build_context(case: Case, user_id: int | None, *, today: dt.date | None = None) -> dict:
    """The template context of a case (read inside the caller's connection)."""
    area = WorkArea.get_by_id(case.work_area_id)
    office = Office.get_by_id(area.office_id)
    language = document_language(office.language)
    fmt = Formatter(language, office.currency)
    words = texts(language)
    today = today or dt.date.today()
    links = (CaseContact.select(CaseContact.role, Contact).join(Contact)
             .where(CaseContact.case == case.id).order_by(CaseContact.id))
    contacts = [contact_dict(link.contact, link.role) for link in links]
    owner = Contact.get_or_none(Contact.id == case.owner_id) if case.owner_id else None
    prescriber = Contact.get_or_none(Contact.id == case.prescriber_id) if case.prescriber_id else None
    fields, listed = _index(case, fmt, words)
    quotes = _quotes(case, fmt)
    invoices = _invoices(case, fmt)
    orders = _service_orders(case, fmt)
    notes = _delivery_notes(case, fmt, orders)
    issued = [i for i in invoices if i["status"] == "issued"] or invoices
    user = User.get_or_none(User.id == user_id) if user_id is not None else None
    assigned = User.get_or_none(User.id == case.assigned_user_id) if case.assigned_user_id else None
    status = Status.get_or_none(Status.id == case.status_id)
    case_values = {
        "number": case.number, "protocol": case.protocol, "internal_ref": case.internal_ref,
        "subject": case.subject, "nature": case.nature, "origin": case.origin,
        "status": status.name if status else "", "complementary_status": case.complementary_status,
        "contract": case.contract, "trade": case.trade, "address": case.address,
        "postal_code": case.postal_code, "city": case.city, "department": case.department,
        "created": fmt.date(case.created_at), "order_date": fmt.date(case.order_date),
        "appointment": fmt.date_time(case.appointment_at), "reserved_date": fmt.date(case.reserved_date),
        "amount": fmt.money(case.amount), "amount_value": case.amount,
        "tariff": fmt.money(case.tariff), "tariff_value": case.tariff,
        "assigned_user": assigned.full_name if assigned else "", "hold_reason": case.hold_reason,
    }
    owner_dict = contact_dict(owner, "owner")
    return {
        "lang": language, "t": words,
        "office": {"name": office.name, "code": office.code, "country": office.country,
                   "currency": office.currency},
        "work_area": {"code": area.code, "name": area.name},
        "case": case_values,
        "owner": owner_dict, "prescriber": contact_dict(prescriber, "prescriber"),
        "recipient": owner_dict, "contacts": contacts,
        "fields": fields, "index": listed,
        "quotes": quotes,
        "quote": quotes[-1] if quotes else _empty(("number", "status", "issued", "amount", "total"), lines=[]),
        "invoices": invoices,
        "invoice": issued[-1] if issued else _empty(
            ("number", "status", "issued", "net_total", "vat_total", "total", "paid", "balance"), lines=[]),
        "delivery_notes": notes,
        "delivery_note": notes[-1] if notes else _empty(
            ("number", "state", "created", "amount"), lines=_delivery_notes_lines(case, orders)),
        "service_orders": orders,
        "missing": [],
        "user": {"name": user.full_name if user else "", "email": user.email if user else ""},
        "today": fmt.date(today), "today_long": fmt.long_date(today),
    }


def _delivery_notes_lines(case: Case, orders: list[dict[str, str]]) -> list[dict[str, str]]:
    return orders or [{"description": case.subject or case.nature, "trade": case.trade, "technician": "",
                       "date": ""}]
