"""The case file (expediente/dossier/atendimento), its contacts and its index values."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, MoneyField, TimestampField, utcnow
from desktop_app.models.organisation import CancellationReason, IndexField, NumberingSeries, Status, WorkArea
from desktop_app.models.people import Contact, Team, User


class Case(BaseModel):
    work_area = pw.ForeignKeyField(WorkArea, index=False, backref="cases")
    series = pw.ForeignKeyField(NumberingSeries, null=True)
    number = pw.CharField(unique=True, max_length=32)  # auto number, e.g. 24006604
    protocol = pw.CharField(max_length=32, default="")  # customer-facing (S4-F6)
    internal_ref = pw.CharField(max_length=200, default="")  # defaults to the owner (S2-C2)
    subject = pw.CharField(max_length=300, default="")  # nature / subject
    nature = pw.CharField(max_length=100, default="")
    origin = pw.CharField(max_length=64, default="")
    status = pw.ForeignKeyField(Status, index=False)
    complementary_status = pw.CharField(max_length=200, default="")
    priority = pw.SmallIntegerField(default=1)  # 0 low, 1 normal, 2 high, 3 urgent
    owner = pw.ForeignKeyField(Contact, null=True, backref="owned_cases", on_delete="SET NULL")
    prescriber = pw.ForeignKeyField(Contact, null=True, backref="prescribed_cases",
                                    on_delete="SET NULL")
    owner_name = pw.CharField(max_length=300, default="")  # denormalised for list sort/search
    prescriber_name = pw.CharField(max_length=300, default="")
    contract = pw.CharField(max_length=64, default="")
    trade = pw.CharField(max_length=100, default="")  # gremio
    address = pw.CharField(max_length=300, default="")
    address_source = pw.CharField(max_length=16, default="manual")
    latitude = pw.DecimalField(max_digits=9, decimal_places=6, null=True)
    longitude = pw.DecimalField(max_digits=9, decimal_places=6, null=True)
    city = pw.CharField(max_length=100, default="")
    postal_code = pw.CharField(max_length=16, default="")
    created_at = TimestampField(default=utcnow)
    updated_at = TimestampField(default=utcnow)
    order_date = pw.DateField(null=True)
    appointment_at = TimestampField(null=True)
    assigned_user = pw.ForeignKeyField(User, index=False, null=True, backref="assigned_cases",
                                       on_delete="SET NULL")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    team = pw.ForeignKeyField(Team, null=True, on_delete="SET NULL")
    department = pw.CharField(max_length=100, default="")
    pending_interaction = pw.CharField(max_length=16, default="none")  # S4-F20
    reserved_date = pw.DateField(null=True)  # S4-F15
    reserved_time = pw.CharField(max_length=16, default="")  # morning, afternoon, evening, any
    amount = MoneyField(default=0)  # the mission's amount
    tariff = MoneyField(default=0)  # the invoiced amount (S2-C13)
    hold_reason = pw.CharField(max_length=300, default="")
    resume_date = pw.DateField(null=True)
    cancellation_reason = pw.ForeignKeyField(CancellationReason, null=True,
                                             on_delete="SET NULL")
    archived = pw.BooleanField(default=False)
    trashed = pw.BooleanField(default=False)
    closed_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    closed_at = TimestampField(null=True)
    version = pw.IntegerField(default=1)  # optimistic locking
    # Stored icon states, kept in step by the services in the change's own transaction.
    report_state = pw.SmallIntegerField(default=0)
    report_deliveries = pw.IntegerField(default=0)
    quote_state = pw.SmallIntegerField(default=0)
    invoice_state = pw.SmallIntegerField(default=0)
    installments_state = pw.SmallIntegerField(default=0)
    installments_paid = pw.SmallIntegerField(default=0)
    installments_total = pw.SmallIntegerField(default=0)
    document_count = pw.IntegerField(default=0)
    # Completeness (m0011, services/cases/completeness.py): the required documents and fields of the
    # statuses ahead, and how many of them the case has; kept in step like the icon states.
    required_total = pw.SmallIntegerField(default=0)
    required_present = pw.SmallIntegerField(default=0)

    class Meta:
        indexes = (
            (("created_at",), False),
            (("order_date",), False),
            (("appointment_at",), False),
            (("work_area", "archived", "trashed", "created_at"), False),
            # The case list's filters (migration m0002 creates them in older databases): the
            # filtered column, then the view columns, then the default sort: one covering range.
            (("archived", "trashed", "created_at"), False),
            (("trashed", "created_at"), False),
            (("status", "archived", "trashed", "created_at"), False),
            (("assigned_user", "archived", "trashed", "created_at"), False),
            (("nature", "archived", "trashed", "created_at"), False),
            (("origin", "archived", "trashed", "created_at"), False),
            (("trade", "archived", "trashed", "created_at"), False),
            (("invoice_state", "archived", "trashed", "created_at"), False),
            (("quote_state", "archived", "trashed", "created_at"), False),
            (("installments_state", "archived", "trashed", "created_at"), False),
            (("document_count", "archived", "trashed", "created_at"), False),
        )


class CaseContact(BaseModel):
    """A contact's role on a case, and whether reports are blocked for them (S2-C9)."""

    case = pw.ForeignKeyField(Case, index=False, backref="case_contacts", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, backref="case_links", on_delete="CASCADE")
    role = pw.CharField(max_length=32)  # owner, prescriber, notary, agent, tenant…
    report_blocked = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("case", "contact", "role"), True),)


class IndexValue(BaseModel):
    """A case's value of an index field.

    Stored as canonical text: Decimal as str, dates ISO, booleans "1"/"0".
    """

    case = pw.ForeignKeyField(Case, index=False, backref="index_values", on_delete="CASCADE")
    field = pw.ForeignKeyField(IndexField, on_delete="CASCADE")
    value = pw.TextField(default="")

    class Meta:
        indexes = ((("case", "field"), True),)


class AccessGrant(BaseModel):
    """Access to one case given to a user or a team beyond their role (S2-G1)."""

    case = pw.ForeignKeyField(Case, backref="grants", on_delete="CASCADE")
    user = pw.ForeignKeyField(User, null=True, on_delete="CASCADE")
    team = pw.ForeignKeyField(Team, null=True, on_delete="CASCADE")
    level = pw.CharField(max_length=8, default="read")  # read, write
    granted_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    granted_at = TimestampField(default=utcnow)
