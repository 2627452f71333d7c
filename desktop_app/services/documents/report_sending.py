"""Sending a case's report to chosen contacts (the Report icon, S2-C9).

`recipients` lists the case's contacts with their e-mail and whether reports are blocked for
them (red padlock, `reports.set_report_blocked`). `send_report` refuses blocked contacts by
name, then either copies the report into a folder or writes an e-mail draft (.eml, the report
attached, To: the contacts) for the system's mail client, which the view opens. Each contact
gets one ReportDelivery (green arrow + count) and the Report icon state follows, all in one
transaction with one audit event. The file is written before the transaction and removed
again if the transaction fails, so nothing is left half-done.
"""

from __future__ import annotations

import contextlib
import mimetypes
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import Case, CaseContact, Contact, Document, DocumentType, ReportDelivery
from desktop_app.services import audit
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents import report_access
from desktop_app.services.documents.document_copies import safe_file_name
from desktop_app.services.permissions import Action, require_case
from desktop_app.services.reporting.list_export import export_file
from desktop_app.storage.database import write_transaction

MODES = ("folder", "email")


@dataclass(frozen=True)
class Recipient:
    contact_id: int
    name: str
    email: str
    roles: tuple[str, ...]  # the contact's roles on the case (owner, prescriber, notary…)
    blocked: bool  # reports blocked for this contact on this case (any of its roles)
    link_id: int  # the CaseContact row `reports.set_report_blocked` takes (the first role's)
    deliveries: int  # reports of the case already delivered to this contact


@dataclass(frozen=True)
class SendResult:
    path: Path  # the copy in the folder, or the .eml draft
    mode: str
    contact_ids: tuple[int, ...]
    changes: ChangeSet


@dataclass(frozen=True)
class SendInfo:
    """What the "Send report…" dialog shows: the report, its case and the case's contacts."""

    document_id: int
    title: str
    case_id: int
    case_number: str
    recipients: tuple[Recipient, ...]


def prepare(actor: Actor, document_id: int) -> SendInfo:
    """The report and its case's contacts (a read: run it in the background)."""
    document, case = _report(document_id)
    return SendInfo(document.id, document.title, case.id, case.number, tuple(recipients(actor, case.id)))


def recipients(actor: Actor, case_id: int) -> list[Recipient]:
    """The case's contacts, one line per contact, in the order they joined the case."""
    require_case(actor, Action.REPORT_ACCESS, case_id, write=False)
    rows = (CaseContact.select(CaseContact.id, CaseContact.role, CaseContact.report_blocked, Contact)
            .join(Contact).where(CaseContact.case == case_id).order_by(CaseContact.id))
    counts = dict(ReportDelivery.select(ReportDelivery.contact, pw.fn.COUNT(ReportDelivery.id))
                  .join(Document).join(DocumentType, on=(Document.document_type == DocumentType.id))
                  .where((Document.case == case_id) & DocumentType.is_report & ~Document.trashed)
                  .group_by(ReportDelivery.contact).tuples())
    merged: dict[int, dict] = {}
    for link in rows:
        contact = link.contact
        entry = merged.setdefault(contact.id, {"name": contact.display_name, "email": contact.email.strip(),
                                               "roles": [], "blocked": False, "link": link.id})
        entry["roles"].append(link.role)
        entry["blocked"] = entry["blocked"] or bool(link.report_blocked)
    return [Recipient(contact_id, e["name"], e["email"], tuple(e["roles"]), e["blocked"], e["link"],
                      int(counts.get(contact_id, 0))) for contact_id, e in merged.items()]


def _report(document_id: int) -> tuple[Document, Case]:
    document = Document.get_or_none(Document.id == document_id)
    if document is None or document.trashed:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    doc_type = DocumentType.get_or_none(DocumentType.id == document.document_type_id)
    if doc_type is None or not doc_type.is_report:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{title}” is not a report."), title=document.title)
    return document, Case.get_by_id(document.case_id)


def _check_recipients(actor: Actor, case: Case, contact_ids: list[int], mode: str) -> list[Recipient]:
    if not contact_ids:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Send the report: choose at least one contact."))
    known = {r.contact_id: r for r in recipients(actor, case.id)}
    strangers = [str(i) for i in contact_ids if i not in known]
    if strangers:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Send the report: contact {ids} is not on case {number}."),
                        ids=", ".join(strangers), number=case.number)
    chosen = [known[i] for i in contact_ids]
    blocked = [r.name for r in chosen if r.blocked]
    if blocked:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The report of case {number} is blocked for {names}: unblock it for them first, or leave "
                      "them out."), number=case.number, names=", ".join(blocked))
    if mode == "email":
        without = [r.name for r in chosen if "@" not in r.email]
        if without:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Send the report by e-mail: {names} has no e-mail address."), names=", ".join(without))
    return chosen


def _draft(document: Document, case: Case, chosen: list[Recipient], data: bytes, file_name: str) -> bytes:
    message = EmailMessage()
    message["To"] = ", ".join(formataddr((r.name, r.email)) for r in chosen)
    message["Subject"] = f"{case.number} — {document.title}"
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
    message.set_content(f"{document.title}\n{case.number}\n")
    maintype, _, subtype = (document.mime or mimetypes.guess_type(file_name)[0]
                            or "application/octet-stream").partition("/")
    message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=file_name)
    return bytes(message)


def _free_path(path: Path) -> Path:
    """`path`, or "name (2).ext", "name (3).ext"… when a file of that name is already there."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
    return candidate


def send_report(workspace: Workspace, actor: Actor, document_id: int, contact_ids: list[int] | tuple[int, ...],
                mode: str = "folder", target_dir: Path | str | None = None) -> SendResult:
    """Exports the report for the chosen contacts and records one delivery per contact.

    `mode` "folder": a copy of the report in `target_dir`; "email": an .eml draft in `target_dir`
    (To: the contacts, the report attached) that the view opens with the system's mail client.
    Refuses blocked contacts (naming them), contacts not on the case, and, by e-mail, contacts
    without an address; nothing is written or recorded then.
    """
    if mode not in MODES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Send the report: {mode} is not a way to send it."), mode=mode)
    if target_dir is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Send the report: choose a folder."))
    folder = Path(target_dir)
    document, case = _report(document_id)
    require_case(actor, Action.REPORT_ACCESS, case.id)
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    chosen = _check_recipients(actor, case, ids, mode)
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: is not a folder."), file=str(folder))
    data = workspace.blobs.read_bytes(document.blob_id)
    file_name = safe_file_name(document.original_name or document.title, document.mime, "report")
    if mode == "email":
        stem = safe_file_name(f"{case.number} {document.title}", "", "report")
        path = folder / f"{stem}.eml"
        content = _draft(document, case, chosen, data, file_name)
    else:
        path = folder / file_name
        content = data
    path = _free_path(path)
    with export_file(path) as part:
        part.write_bytes(content)
    try:
        with write_transaction():
            _check_recipients(actor, case, ids, mode)  # again under the write lock: someone may have blocked one
            moved = False
            for recipient in chosen:
                moved = report_access.record_delivery(actor, document.id, recipient.contact_id, mode).states_changed or moved
            audit.record(actor, "report.send", "document", document.id, case.id, mode=mode, file=path.name,
                         contacts=[r.contact_id for r in chosen])
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()  # ours: a free name was chosen above
        raise
    return SendResult(path, mode, tuple(r.contact_id for r in chosen),
                      ChangeSet(case_ids={case.id}, document_ids={document.id}, states_changed=bool(moved)))
