"""Report access per contact and report deliveries: the Report icon (S2-C9)."""

from __future__ import annotations

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models import CaseContact, Document, DocumentType, ReportDelivery
from desktop_app.services import audit
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, require_case
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import write_transaction


def set_report_blocked(actor: Actor, case_contact_id: int, blocked: bool) -> ChangeSet:
    """Blocks (red padlock) or reopens the case's reports for one contact."""
    link = CaseContact.get_by_id(case_contact_id)
    require_case(actor, Action.REPORT_ACCESS, link.case_id)
    with write_transaction():
        CaseContact.update(report_blocked=blocked).where(CaseContact.id == case_contact_id).execute()
        moved = icon_states.refresh([link.case_id])
        audit.record(actor, "report.block" if blocked else "report.unblock", "case_contact",
                     case_contact_id, link.case_id, contact=link.contact_id)
    return ChangeSet(case_ids={link.case_id}, states_changed=bool(moved))


def record_delivery(actor: Actor, document_id: int, contact_id: int, channel: str = "download") -> ChangeSet:
    """A report delivered to (or downloaded by) a contact of its case: the green arrow counts it."""
    document = Document.get_by_id(document_id)
    require_case(actor, Action.REPORT_ACCESS, document.case_id)
    doc_type = DocumentType.get_or_none(DocumentType.id == document.document_type_id)
    if doc_type is None or not doc_type.is_report:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{title}” is not a report."), title=document.title)
    link = CaseContact.get_or_none((CaseContact.case == document.case_id) & (CaseContact.contact == contact_id))
    if link is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That contact is not on the case."))
    if link.report_blocked:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Reports are blocked for this contact."))
    with write_transaction():
        delivery = ReportDelivery.create(document=document_id, contact=contact_id, channel=channel,
                                         delivered_by=actor.user_id)
        moved = icon_states.refresh([document.case_id])
        audit.record(actor, "report.deliver", "document", document_id, document.case_id,
                     contact=contact_id, channel=channel, delivery=delivery.id)
    return ChangeSet(case_ids={document.case_id}, states_changed=bool(moved))
