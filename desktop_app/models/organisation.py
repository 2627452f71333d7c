"""Offices, work areas and everything a work area configures: workflow, types, fields."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel


class Office(BaseModel):
    """An entity: a work centre, a brand, an agency (S1-E1)."""

    code = pw.CharField(unique=True, max_length=32)
    name = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=32)  # dealership, diagnostics, repair, isp
    country = pw.CharField(max_length=2, default="ES")
    language = pw.CharField(max_length=8, default="es")
    currency = pw.CharField(max_length=3, default="EUR")


class WorkArea(BaseModel):
    """A model/work area: Sales, After-sales, Diagnostics, Claims, Support (S1-E1)."""

    office = pw.ForeignKeyField(Office, index=False, backref="work_areas", on_delete="CASCADE")
    code = pw.CharField(max_length=32)
    name = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=32)  # sales, after_sales, diagnostics, repair, support
    # An open case untouched this many days is "idle": its team's sales managers are told (m0006).
    idle_days = pw.IntegerField(default=7)

    class Meta:
        indexes = ((("office", "code"), True),)


class NumberingSeries(BaseModel):
    """The head of an auto-number series; locked FOR UPDATE on PostgreSQL when drawn."""

    work_area = pw.ForeignKeyField(WorkArea, index=False, backref="series", on_delete="CASCADE")
    code = pw.CharField(max_length=32)
    prefix = pw.CharField(max_length=16, default="")
    width = pw.IntegerField(default=6)
    next_value = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("work_area", "code"), True),)


class Workflow(BaseModel):
    work_area = pw.ForeignKeyField(WorkArea, backref="workflows", unique=True, on_delete="CASCADE")
    name = pw.CharField(max_length=200)


class Status(BaseModel):
    """One status of a workflow: ordered, coloured, of a kind (open, on hold, closed…)."""

    workflow = pw.ForeignKeyField(Workflow, index=False, backref="statuses", on_delete="CASCADE")
    code = pw.CharField(max_length=48)
    name = pw.CharField(max_length=200)
    help_text = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    kind = pw.CharField(max_length=24, default="open")  # StatusKind
    colour = pw.CharField(max_length=9, default="#607d8b")
    is_initial = pw.BooleanField(default=False)
    system_only = pw.BooleanField(default=False)  # set by the system, never typed (S4-F21)
    # Automatic actions on entry (m0005): a case date set to today when empty, a role notified.
    entry_date_field = pw.CharField(max_length=32, null=True)  # "order_date", "reserved_date"
    notify_role = pw.CharField(max_length=32, null=True)  # RoleCode

    class Meta:
        indexes = ((("workflow", "code"), True),)


class Transition(BaseModel):
    from_status = pw.ForeignKeyField(Status, index=False, backref="transitions_out", on_delete="CASCADE")
    to_status = pw.ForeignKeyField(Status, backref="transitions_in", on_delete="CASCADE")
    requires_reason = pw.BooleanField(default=False)
    required_role = pw.CharField(max_length=32, null=True)

    class Meta:
        indexes = ((("from_status", "to_status"), True),)


class DocumentType(BaseModel):
    work_area = pw.ForeignKeyField(WorkArea, index=False, backref="document_types", on_delete="CASCADE")
    code = pw.CharField(max_length=48)
    name = pw.CharField(max_length=200)
    is_report = pw.BooleanField(default=False)  # drives the Report icon (S2-C9)
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("work_area", "code"), True),)


class RequiredDocument(BaseModel):
    """A document type that must be on the case before it may enter a status."""

    status = pw.ForeignKeyField(Status, index=False, backref="required_documents", on_delete="CASCADE")
    document_type = pw.ForeignKeyField(DocumentType, on_delete="CASCADE")

    class Meta:
        indexes = ((("status", "document_type"), True),)


class IndexField(BaseModel):
    """A typed custom field of a work area's cases or documents (S1-P4)."""

    work_area = pw.ForeignKeyField(WorkArea, index=False, backref="index_fields", on_delete="CASCADE")
    document_type = pw.ForeignKeyField(DocumentType, null=True, on_delete="CASCADE")
    code = pw.CharField(max_length=48)
    label = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=16, default="text")  # FieldKind
    required = pw.BooleanField(default=False)
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("work_area", "document_type", "code"), True),)


class RequiredField(BaseModel):
    """A case-level index field that must have a value before a case may enter a status (m0005)."""

    status = pw.ForeignKeyField(Status, index=False, backref="required_fields", on_delete="CASCADE")
    field = pw.ForeignKeyField(IndexField, on_delete="CASCADE")

    class Meta:
        indexes = ((("status", "field"), True),)


class LookupValue(BaseModel):
    """One entry of a choice field's lookup list."""

    field = pw.ForeignKeyField(IndexField, backref="lookup_values", on_delete="CASCADE")
    value = pw.CharField(max_length=200)
    position = pw.IntegerField(default=0)


class CancellationReason(BaseModel):
    """Editable list of reasons asked for on cancellation (S2-S11)."""

    work_area = pw.ForeignKeyField(WorkArea, null=True, backref="cancellation_reasons")
    label = pw.CharField(max_length=200)
    active = pw.BooleanField(default=True)
    position = pw.IntegerField(default=0)
