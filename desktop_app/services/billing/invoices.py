"""Invoices with their installment schedules, and payments (S2-C11…C13): the Invoice and Installments icons."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import ROUND_DOWN, Decimal

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models import Installment, Invoice, InvoiceLine, Payment
from desktop_app.models.base import utcnow
from desktop_app.models.states import InvoiceStatus
from desktop_app.services.billing.billing_records import get_row, record_change
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.money import CENT, to_decimal, to_money
from desktop_app.services.permissions import Action, require_case
from desktop_app.storage.database import write_transaction


def split_installments(total: Decimal, count: int) -> list[Decimal]:
    """Equal installments in cents; the first one takes the remainder."""
    if count < 1:
        raise UserError(QT_TRANSLATE_NOOP("errors", "An invoice needs at least one installment."))
    share = (total / count).quantize(CENT, rounding=ROUND_DOWN)
    parts = [share] * count
    parts[0] += total - share * count
    return parts


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan → 28 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def issue_invoice(actor: Actor, case_id: int, lines: list[tuple[str, Decimal, Decimal, Decimal]],
                  installments: int = 0, first_due: dt.date | None = None,
                  number: str = "") -> tuple[Invoice, ChangeSet]:
    """Issues an invoice from (description, quantity, unit price, VAT rate) lines.

    With `installments` ≥ 1 the total is split into a monthly schedule (échelons).
    """
    require_case(actor, Action.BILLING_EDIT, case_id)
    if not lines:
        raise UserError(QT_TRANSLATE_NOOP("errors", "An invoice needs at least one line."))
    with write_transaction():
        count = Invoice.select().where(Invoice.case == case_id).count()
        invoice = Invoice.create(case=case_id, number=number or f"F{case_id}-{count + 1}",
                                 status=InvoiceStatus.ISSUED, issued_at=utcnow())
        total = Decimal(0)
        for position, (description, quantity, unit_price, vat_rate) in enumerate(lines):
            quantity = to_decimal(quantity, "quantity", limit=Decimal(10**9))
            price = to_money(unit_price, "unit_price")
            vat = to_decimal(vat_rate, "vat_rate", limit=Decimal(100))
            amount = (quantity * price * (1 + vat / 100)).quantize(CENT)
            InvoiceLine.create(invoice=invoice, position=position, description=description,
                               quantity=quantity, unit_price=price, vat_rate=vat, amount=amount)
            total += amount
        invoice.total = total
        invoice.save()
        due = first_due or dt.date.today()
        for sequence, part in enumerate(split_installments(total, installments) if installments else [], 1):
            Installment.create(invoice=invoice, sequence=sequence, due_date=add_months(due, sequence - 1),
                               amount=part)
        return invoice, record_change(actor, case_id, "invoice.issue", "invoice", invoice.id, total=total)


def record_payment(actor: Actor, invoice_id: int, amount: Decimal | None = None,
                   installment_id: int | None = None, method: str = "transfer") -> ChangeSet:
    """A payment of an invoice, or of one installment (then its amount by default)."""
    invoice = get_row(Invoice, invoice_id, "Invoice")
    require_case(actor, Action.PAYMENT_RECORD, invoice.case_id)
    with write_transaction():
        installment = None
        if installment_id is not None:
            installment = Installment.get_or_none((Installment.id == installment_id)
                                                  & (Installment.invoice == invoice_id))
            if installment is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "That installment is not on invoice {number}."),
                                number=invoice.number)
            if installment.paid_at is not None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Installment {seq} of invoice {number} is already paid."),
                                seq=installment.sequence, number=invoice.number)
            amount = installment.amount if amount is None else amount
        if amount is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A payment needs an amount."))
        paid = to_money(amount, "amount")
        if paid == 0:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A payment cannot be zero."))
        now = utcnow()
        payment = Payment.create(invoice=invoice_id, installment=installment_id, amount=paid, paid_at=now,
                                 method=method, recorded_by=actor.user_id)
        allocate_payments(invoice_id)
        return record_change(actor, invoice.case_id, "payment.record", "payment", payment.id, amount=paid)


def allocate_payments(invoice_id: int) -> None:
    """Marks installments paid once payments cover them.

    A payment made for one installment goes to it first; what exceeds it, and payments of
    the whole invoice, cover the unpaid installments in due order. An installment is paid
    only when its whole amount is covered.
    """
    schedule = list(Installment.select().where(Installment.invoice == invoice_id).order_by(Installment.sequence))
    if not schedule:
        return
    amounts = {i.id: i.amount for i in schedule}
    covered = dict.fromkeys(amounts, Decimal(0))
    pool = Decimal(0)
    for target, amount in Payment.select(Payment.installment, Payment.amount).where(
            Payment.invoice == invoice_id).tuples():
        amount = Decimal(str(amount)).quantize(CENT)
        if target in covered:
            room = amounts[target] - covered[target]
            covered[target] += min(room, amount)
            pool += max(amount - room, Decimal(0))
        else:
            pool += amount
    now = utcnow()
    for installment in schedule:
        need = installment.amount - covered[installment.id]
        if need > 0 and pool >= need:
            pool -= need
            need = Decimal(0)
        paid = need <= 0
        if paid and installment.paid_at is None:
            Installment.update(paid_at=now).where(Installment.id == installment.id).execute()
        elif not paid and installment.paid_at is not None:
            Installment.update(paid_at=None).where(Installment.id == installment.id).execute()
