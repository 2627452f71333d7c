"""Read model of one case's billing: quotes, invoices with lines and payments, the schedule.

Feeds the billing dialog and the Quote/Invoice/Installments tooltips. Who sent a quote
or issued an invoice comes from the audit trail written in the same transaction; who
answered a quote and who recorded a payment are on their rows. Money stays Decimal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.models import (
    AuditEvent,
    Case,
    Installment,
    Invoice,
    InvoiceLine,
    Office,
    Payment,
    Quote,
    User,
    WorkArea,
)
from desktop_app.models.states import InvoiceStatus, QuoteStatus
from desktop_app.services.context import Actor
from desktop_app.services.permissions import can_see_case

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class QuoteRow:
    id: int
    number: str
    status: str  # QuoteStatus
    amount: Decimal
    issued_at: dt.datetime | None
    sent_by: str
    answered_at: dt.datetime | None
    answered_by_kind: str  # "client", "collaborator" or ""
    answered_by: str  # the collaborator's name when a collaborator answered


@dataclass(frozen=True)
class InvoiceLineRow:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PaymentRow:
    id: int
    invoice_id: int
    installment_sequence: int | None
    amount: Decimal
    paid_at: dt.datetime | None
    method: str
    recorded_by: str


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    status: str  # InvoiceStatus
    issued_at: dt.datetime | None
    issued_by: str
    total: Decimal
    paid: Decimal
    lines: tuple[InvoiceLineRow, ...] = ()
    payments: tuple[PaymentRow, ...] = ()

    @property
    def balance(self) -> Decimal:
        return max(self.total - self.paid, ZERO)

    @property
    def is_paid(self) -> bool:
        return self.status == InvoiceStatus.ISSUED and self.paid >= self.total


@dataclass(frozen=True)
class InstallmentRow:
    id: int
    invoice_id: int
    invoice_number: str
    sequence: int
    due_date: dt.date
    amount: Decimal
    paid_at: dt.datetime | None
    payments: tuple[PaymentRow, ...] = ()

    @property
    def is_paid(self) -> bool:
        return self.paid_at is not None


@dataclass(frozen=True)
class CaseBilling:
    case_id: int
    case_number: str
    currency: str
    quotes: tuple[QuoteRow, ...] = ()
    invoices: tuple[InvoiceRow, ...] = ()
    installments: tuple[InstallmentRow, ...] = ()

    @property
    def issued_invoices(self) -> tuple[InvoiceRow, ...]:
        return tuple(i for i in self.invoices if i.status == InvoiceStatus.ISSUED)

    @property
    def invoiced_total(self) -> Decimal:
        return sum((i.total for i in self.issued_invoices), ZERO)

    @property
    def paid_total(self) -> Decimal:
        return sum((i.paid for i in self.issued_invoices), ZERO)

    @property
    def balance(self) -> Decimal:
        return sum((i.balance for i in self.issued_invoices), ZERO)

    @property
    def installments_total(self) -> Decimal:
        return sum((i.amount for i in self.installments), ZERO)

    @property
    def installments_paid(self) -> int:
        return sum(1 for i in self.installments if i.is_paid)


def require_visible(actor: Actor, case_id: int) -> Case:
    """The case, if the actor may see it; NotFound otherwise (its existence is not disclosed)."""
    if not can_see_case(actor, case_id, write=False):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    return Case.get_by_id(case_id)


def case_currency(case: Case) -> str:
    row = (Office.select(Office.currency).join(WorkArea).where(WorkArea.id == case.work_area_id)
           .tuples().first())
    return row[0] if row else "EUR"


def _user_names(ids: set[int]) -> dict[int, str]:
    ids.discard(None)  # type: ignore[arg-type]
    if not ids:
        return {}
    return dict(User.select(User.id, User.full_name).where(User.id.in_(list(ids))).tuples())


def _audit_authors(case_id: int, action: str) -> dict[str, int | None]:
    """entity id → user id of the audit events of one kind on the case (indexed on case)."""
    events = (AuditEvent.select(AuditEvent.entity_id, AuditEvent.user)
              .where((AuditEvent.case == case_id) & (AuditEvent.action == action)).tuples())
    return dict(events)


def quotes_of(case_id: int) -> list[QuoteRow]:
    """The case's quotes that left the office (drafts excluded), oldest first: the last one speaks."""
    rows = list(Quote.select().where((Quote.case == case_id) & (Quote.status != QuoteStatus.DRAFT))
                .order_by(Quote.id))
    senders = _audit_authors(case_id, "quote.send")
    names = _user_names({q.answered_by_id for q in rows} | set(senders.values()))
    return [QuoteRow(q.id, q.number, q.status, q.amount, q.issued_at,
                     names.get(senders.get(str(q.id)), ""), q.answered_at, q.answered_by_kind,
                     names.get(q.answered_by_id, "")) for q in rows]


def _payments(invoice_ids: list[int]) -> list[PaymentRow]:
    if not invoice_ids:
        return []
    query = (Payment.select(Payment.id, Payment.invoice, Installment.sequence, Payment.amount, Payment.paid_at,
                            Payment.method, Payment.recorded_by)
             .join(Installment, pw.JOIN.LEFT_OUTER, on=(Payment.installment == Installment.id))
             .where(Payment.invoice.in_(invoice_ids)).order_by(Payment.paid_at, Payment.id))
    rows = list(query.tuples())
    names = _user_names({row[6] for row in rows})
    return [PaymentRow(pid, invoice_id, sequence, amount, paid_at, method, names.get(recorded_by, ""))
            for pid, invoice_id, sequence, amount, paid_at, method, recorded_by in rows]


def invoices_of(case_id: int, with_lines: bool = True) -> tuple[list[InvoiceRow], list[InstallmentRow]]:
    """The case's invoices (with lines and payments) and their installment schedule in due order."""
    invoices = list(Invoice.select().where(Invoice.case == case_id).order_by(Invoice.id))
    ids = [i.id for i in invoices]
    payments = _payments(ids)
    issuers = _audit_authors(case_id, "invoice.issue")
    names = _user_names(set(issuers.values()))
    lines: dict[int, list[InvoiceLineRow]] = {}
    if with_lines and ids:
        for line in (InvoiceLine.select().where(InvoiceLine.invoice.in_(ids))
                     .order_by(InvoiceLine.invoice, InvoiceLine.position, InvoiceLine.id)):
            lines.setdefault(line.invoice_id, []).append(InvoiceLineRow(
                line.description, Decimal(str(line.quantity)), line.unit_price, Decimal(str(line.vat_rate)),
                line.amount))
    invoice_rows = []
    for inv in invoices:
        own = tuple(p for p in payments if p.invoice_id == inv.id)
        invoice_rows.append(InvoiceRow(
            inv.id, inv.number, inv.status, inv.issued_at, names.get(issuers.get(str(inv.id)), ""),
            inv.total, sum((p.amount for p in own), ZERO), tuple(lines.get(inv.id, ())), own))
    numbers = {inv.id: inv.number for inv in invoices}
    schedule = []
    if ids:
        issued = [inv.id for inv in invoices if inv.status == InvoiceStatus.ISSUED]
        query = (Installment.select().where(Installment.invoice.in_(issued))
                 .order_by(Installment.invoice, Installment.sequence))
        for inst in query:
            own = tuple(p for p in payments if p.invoice_id == inst.invoice_id
                        and p.installment_sequence == inst.sequence)
            schedule.append(InstallmentRow(inst.id, inst.invoice_id, numbers[inst.invoice_id], inst.sequence,
                                           inst.due_date, inst.amount, inst.paid_at, own))
    return invoice_rows, schedule


def case_billing(actor: Actor, case_id: int) -> CaseBilling:
    """Everything the billing dialog shows for one case the actor may see."""
    case = require_visible(actor, case_id)
    invoices, schedule = invoices_of(case_id)
    return CaseBilling(case_id, case.number, case_currency(case), tuple(quotes_of(case_id)),
                       tuple(invoices), tuple(schedule))
