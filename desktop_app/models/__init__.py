"""peewee models only: no Qt, no business rules beyond field defaults."""

from desktop_app.models.activity import AuditEvent, CaseSeen, Communication, Note, Notification
from desktop_app.models.backup import BackupSchedule
from desktop_app.models.base import BaseModel, db
from desktop_app.models.case import AccessGrant, Case, CaseContact, IndexValue
from desktop_app.models.document import (
    Blob,
    Document,
    DocumentIndexValue,
    DocumentVersion,
    PendingExtraction,
    ReportDelivery,
)
from desktop_app.models.intake import FileNameRule, WatchFolder
from desktop_app.models.organisation import (
    CancellationReason,
    DocumentType,
    IndexField,
    LookupValue,
    NumberingSeries,
    Office,
    RequiredDocument,
    RequiredField,
    Status,
    Transition,
    WorkArea,
    Workflow,
)
from desktop_app.models.people import Contact, Role, Team, User
from desktop_app.models.presence import SessionPresence
from desktop_app.models.saved_view import SavedView
from desktop_app.models.work import (
    DeliveryNote,
    Installment,
    Invoice,
    InvoiceLine,
    Payment,
    Quote,
    ServiceOrder,
    ServiceOrderFollowUp,
)

# In dependency order: create_tables and bulk copies walk this list.
ALL_MODELS: list[type[BaseModel]] = [
    Office, WorkArea, NumberingSeries, Workflow, Status, Transition, DocumentType,
    RequiredDocument, IndexField, RequiredField, LookupValue, CancellationReason,
    Role, Team, User, Contact,
    Case, CaseContact, IndexValue, AccessGrant,
    Blob, Document, DocumentVersion, DocumentIndexValue, ReportDelivery, PendingExtraction,
    ServiceOrder, ServiceOrderFollowUp, Quote, Invoice, InvoiceLine, Installment, Payment,
    DeliveryNote, Communication, Note, Notification, AuditEvent, SavedView, CaseSeen,
    WatchFolder, FileNameRule, BackupSchedule, SessionPresence,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS", "BaseModel", "db"]
