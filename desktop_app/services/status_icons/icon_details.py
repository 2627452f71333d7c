"""Why a status icon shows what it shows, who did it and when (DESIGN §2, S2-C9…C12).

`explain(actor, case_id, key)` reads the source rows of one case (all indexed by case) and
returns structured facts; the views translate and format them (dates, money, names).
The state is the one stored on the case row, i.e. the icon the list draws.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from desktop_app.models import CaseContact, Contact, Document, DocumentType, ReportDelivery, User
from desktop_app.models.states import InvoiceStatus
from desktop_app.services.billing import case_billing
from desktop_app.services.context import Actor

KEYS = ("report", "quote", "invoice", "installments")
MAX_FACTS = 8  # a tooltip is not a report: the rest is counted in `more`


class FactKind:
    """Codes of the facts; each one has its own sentence in the view."""

    REPORT = "report"  # subject: document title; who/when: added by/at
    BLOCKED = "blocked"  # subject: contact name; note: the contact's role on the case
    DELIVERY = "delivery"  # subject: contact name; who: delivered by; when; note: channel; extra: title
    QUOTE = "quote"  # subject: number; amount; who/when: sent by/at; note: QuoteStatus
    QUOTE_ANSWER = "quote_answer"  # subject: number; who: collaborator; when; note: "client"/"collaborator"
    INVOICE = "invoice"  # subject: number; amount: total; who/when: issued by/at
    PAYMENT = "payment"  # subject: invoice number; amount; who: recorded by; when: paid at
    BALANCE = "balance"  # subject: invoice number; amount still due
    INSTALLMENT = "installment"  # subject: "k/n"; amount; due: due date; when: paid at (None: unpaid)


@dataclass(frozen=True)
class Fact:
    kind: str
    subject: str = ""
    who: str = ""
    when: dt.datetime | None = None
    amount: Decimal | None = None
    due: dt.date | None = None
    note: str = ""
    extra: str = ""


@dataclass(frozen=True)
class IconDetail:
    case_id: int
    key: str
    state: int
    currency: str
    facts: tuple[Fact, ...] = ()
    more: int = 0  # facts left out of a long list
    deliveries: int = 0
    installments_paid: int = 0
    installments_total: int = 0
    target_id: int | None = None  # what a click opens: the report document (report column)


def _limited(facts: list[Fact]) -> tuple[tuple[Fact, ...], int]:
    return tuple(facts[:MAX_FACTS]), max(0, len(facts) - MAX_FACTS)


_NAME_FIELDS = (Contact.kind, Contact.first_name, Contact.last_name, Contact.company)


def _contact_name(kind: str, first_name: str, last_name: str, company: str) -> str:
    return Contact(kind=kind, first_name=first_name, last_name=last_name, company=company).display_name


def _report_facts(case_id: int) -> tuple[list[Fact], int | None]:
    adder = User.alias()
    documents = (Document.select(Document.id, Document.title, adder.full_name, Document.added_at)
                 .join(DocumentType, on=(Document.document_type == DocumentType.id))
                 .switch(Document).join(adder, pw.JOIN.LEFT_OUTER, on=(Document.added_by == adder.id))
                 .where((Document.case == case_id) & DocumentType.is_report & ~Document.trashed)
                 .order_by(Document.added_at.desc(), Document.id.desc()).tuples())
    facts = []
    target = None
    for doc_id, title, who, when in documents:
        target = target or doc_id
        facts.append(Fact(FactKind.REPORT, subject=title, who=who or "", when=when))
    blocked = (CaseContact.select(CaseContact.role, *_NAME_FIELDS)
               .join(Contact).where((CaseContact.case == case_id) & CaseContact.report_blocked)
               .order_by(CaseContact.id).tuples())
    for role, *name in blocked:
        facts.append(Fact(FactKind.BLOCKED, subject=_contact_name(*name), note=role))
    sender = User.alias()
    deliveries = (ReportDelivery.select(ReportDelivery.channel, ReportDelivery.delivered_at, sender.full_name,
                                        Document.title, *_NAME_FIELDS)
                  .join(Document).join(DocumentType, on=(Document.document_type == DocumentType.id))
                  .switch(ReportDelivery).join(Contact)
                  .switch(ReportDelivery).join(sender, pw.JOIN.LEFT_OUTER,
                                               on=(ReportDelivery.delivered_by == sender.id))
                  .where((Document.case == case_id) & DocumentType.is_report & ~Document.trashed)
                  .order_by(ReportDelivery.delivered_at.desc(), ReportDelivery.id.desc()).tuples())
    for channel, when, who, title, *name in deliveries:
        facts.append(Fact(FactKind.DELIVERY, subject=_contact_name(*name), who=who or "", when=when,
                          note=channel, extra=title))
    return facts, target


def _quote_facts(case_id: int) -> list[Fact]:
    facts = []
    for quote in reversed(case_billing.quotes_of(case_id)):  # the newest first: it sets the icon
        if quote.answered_at is not None:
            facts.append(Fact(FactKind.QUOTE_ANSWER, subject=quote.number, who=quote.answered_by,
                              when=quote.answered_at, note=quote.answered_by_kind, extra=quote.status))
        facts.append(Fact(FactKind.QUOTE, subject=quote.number, who=quote.sent_by, when=quote.issued_at,
                          amount=quote.amount, note=quote.status))
    return facts


def _invoice_facts(invoices: list[case_billing.InvoiceRow]) -> list[Fact]:
    facts = []
    for invoice in reversed(invoices):
        if invoice.status != InvoiceStatus.ISSUED:
            continue
        facts.append(Fact(FactKind.INVOICE, subject=invoice.number, who=invoice.issued_by,
                          when=invoice.issued_at, amount=invoice.total))
        for payment in reversed(invoice.payments):
            facts.append(Fact(FactKind.PAYMENT, subject=invoice.number, who=payment.recorded_by,
                              when=payment.paid_at, amount=payment.amount, note=payment.method))
        if invoice.balance > 0:
            facts.append(Fact(FactKind.BALANCE, subject=invoice.number, amount=invoice.balance))
    return facts


def _installment_facts(schedule: list[case_billing.InstallmentRow]) -> list[Fact]:
    counts: dict[int, int] = {}
    for row in schedule:
        counts[row.invoice_id] = counts.get(row.invoice_id, 0) + 1
    return [Fact(FactKind.INSTALLMENT, subject=f"{row.sequence}/{counts[row.invoice_id]}",
                 when=row.paid_at, amount=row.amount, due=row.due_date, extra=row.invoice_number)
            for row in schedule]


def explain(actor: Actor, case_id: int, key: str) -> IconDetail:
    """The state of one icon column of a case and the facts behind it, newest first.

    Raises NotFound when the case does not exist or the actor may not see it.
    """
    if key not in KEYS:
        raise ValueError(f"unknown icon column {key!r}")
    case = case_billing.require_visible(actor, case_id)
    currency = case_billing.case_currency(case)
    state = int(getattr(case, f"{key}_state"))
    target = None
    if key == "report":
        facts, target = _report_facts(case_id)
    elif key == "quote":
        facts = _quote_facts(case_id)
    else:
        invoices, schedule = case_billing.invoices_of(case_id, with_lines=False)
        facts = _invoice_facts(invoices) if key == "invoice" else _installment_facts(schedule)
    shown, more = _limited(facts)
    return IconDetail(case_id, key, state, currency, shown, more, deliveries=case.report_deliveries,
                      installments_paid=case.installments_paid, installments_total=case.installments_total,
                      target_id=target)
