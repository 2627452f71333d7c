"""Service orders, billing (quotes, invoices, installments, payments, delivery notes)."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, MoneyField, TimestampField, utcnow
from desktop_app.models.case import Case
from desktop_app.models.people import User


class ServiceOrder(BaseModel):
    """A trade line, intervention or orden de servicio of a case (seeds 000, 003)."""

    case = pw.ForeignKeyField(Case, index=False, backref="service_orders", on_delete="CASCADE")
    number = pw.IntegerField()  # 1, 2, 3… within the case
    order_type = pw.CharField(max_length=64, default="")
    trade = pw.CharField(max_length=100, default="")
    status = pw.CharField(max_length=16, default="open")  # ServiceOrderStatus
    technician = pw.ForeignKeyField(User, index=False, null=True, on_delete="SET NULL")
    assigned_at = pw.DateField(null=True)
    appointment_at = TimestampField(null=True)
    description = pw.TextField(default="")
    resolution = pw.TextField(default="")
    observation = pw.TextField(default="")
    external_ref = pw.CharField(max_length=64, default="")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = TimestampField(default=utcnow)
    closed_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    closed_at = TimestampField(null=True)

    class Meta:
        indexes = ((("case", "number"), True), (("technician", "status"), False))


class ServiceOrderFollowUp(BaseModel):
    service_order = pw.ForeignKeyField(ServiceOrder, backref="follow_ups", on_delete="CASCADE")
    author = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = TimestampField(default=utcnow)
    text = pw.TextField()


class Quote(BaseModel):
    case = pw.ForeignKeyField(Case, index=False, backref="quotes", on_delete="CASCADE")
    number = pw.CharField(max_length=32)
    status = pw.CharField(max_length=16, default="draft")  # QuoteStatus
    amount = MoneyField(default=0)
    issued_at = TimestampField(null=True)
    answered_at = TimestampField(null=True)
    answered_by_kind = pw.CharField(max_length=16, default="")  # client, collaborator
    answered_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = TimestampField(default=utcnow)

    class Meta:
        indexes = ((("case", "created_at"), False),)


class Invoice(BaseModel):
    case = pw.ForeignKeyField(Case, backref="invoices", on_delete="CASCADE")
    number = pw.CharField(max_length=32)
    status = pw.CharField(max_length=16, default="draft")  # InvoiceStatus
    issued_at = TimestampField(null=True)
    total = MoneyField(default=0)
    created_at = TimestampField(default=utcnow)

    class Meta:
        indexes = ((("case",), False),)


class InvoiceLine(BaseModel):
    invoice = pw.ForeignKeyField(Invoice, backref="lines", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    description = pw.CharField(max_length=300)
    quantity = pw.DecimalField(max_digits=12, decimal_places=3, default=1)
    unit_price = MoneyField(default=0)
    vat_rate = pw.DecimalField(max_digits=5, decimal_places=2, default=0)
    amount = MoneyField(default=0)  # quantity × unit price × (1 + VAT)


class Installment(BaseModel):
    """One échelon of an invoice's payment schedule (S2-C12)."""

    invoice = pw.ForeignKeyField(Invoice, index=False, backref="installments", on_delete="CASCADE")
    sequence = pw.IntegerField()
    due_date = pw.DateField()
    amount = MoneyField()
    paid_at = TimestampField(null=True)

    class Meta:
        indexes = ((("invoice", "sequence"), True),)


class Payment(BaseModel):
    invoice = pw.ForeignKeyField(Invoice, backref="payments", on_delete="CASCADE")
    installment = pw.ForeignKeyField(Installment, null=True, backref="payments",
                                     on_delete="SET NULL")
    amount = MoneyField()
    paid_at = TimestampField(default=utcnow)
    method = pw.CharField(max_length=24, default="transfer")
    recorded_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")


class DeliveryNote(BaseModel):
    """An albarán with its self-billing state (seed 000)."""

    case = pw.ForeignKeyField(Case, backref="delivery_notes", on_delete="CASCADE")
    service_order = pw.ForeignKeyField(ServiceOrder, null=True, on_delete="SET NULL")
    number = pw.CharField(max_length=32)
    amount = MoneyField(default=0)
    state = pw.CharField(max_length=24, default="pending_confirmation")  # DeliveryNoteState
    rejection_reason = pw.CharField(max_length=300, default="")
    created_at = TimestampField(default=utcnow)
