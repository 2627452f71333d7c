"""Codes stored in the database for states and kinds. Labels live in the views."""

from enum import IntEnum, StrEnum


class ReportState(IntEnum):
    NONE = 0  # red cross: no report attached
    AVAILABLE = 1  # green check: attached and visible to all contacts
    BLOCKED = 2  # red padlock: blocked for at least one contact
    DELIVERED = 3  # green arrow + count: delivered/downloaded by contacts


class QuoteState(IntEnum):
    NONE = 0
    AWAITING = 1  # hourglass
    VALIDATED = 2  # green check, by the client or a collaborator
    REFUSED = 3  # red cross


class InvoiceState(IntEnum):
    NONE = 0  # red cross: no invoice
    PAID = 1  # green check: issued and paid
    UNPAID = 2  # euro sign: issued, not paid


class InstallmentsState(IntEnum):
    NONE = 0  # no invoice, so no installments
    PARTIAL = 1  # badge "k/n"
    ALL_PAID = 2


class StatusKind(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED_DONE = "closed_done"
    CLOSED_CANCELLED = "closed_cancelled"


class FieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    CHOICE = "choice"
    BOOL = "bool"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    AWAITING = "awaiting"
    ACCEPTED = "accepted"
    REFUSED = "refused"


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    CANCELLED = "cancelled"


class DeliveryNoteState(StrEnum):
    """Self-billing states of an albarán (seed 000)."""

    PENDING_CONFIRMATION = "pending_confirmation"
    CONFIRMED_PENDING = "confirmed_pending"
    REGISTERED = "registered"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class ServiceOrderStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    RESCHEDULE = "reschedule"
    CLOSED = "closed"


class PendingInteraction(StrEnum):
    NONE = "none"
    BOTH = "both"
    EXTERNAL = "external"
    INTERNAL = "internal"


class DocumentSource(StrEnum):
    MANUAL = "manual"
    DROP = "drop"
    WATCH_FOLDER = "watch_folder"
    TEMPLATE = "template"
    GENERATED = "generated"
    IMPORT = "import"


class RoleCode(StrEnum):
    ADMIN = "admin"
    ADMINISTRATIVE = "administrative"
    SALES_MANAGER = "sales_manager"
    SALES_ADVISOR = "sales_advisor"
    TECHNICIAN = "technician"


class MovementKind(StrEnum):
    """A ticket movement (S4-H1), stored as a Communication with channel "movement" and the kind
    in its `direction` (services/helpdesk/tickets.py). At most 8 characters: the column's width."""

    ASSUME = "assume"
    NOTE = "note"  # internal note
    REPLY = "reply"  # reply to the customer
    CUSTOMER = "customer"  # message from the customer
    SOLUTION = "solution"
    CLOSE = "close"
