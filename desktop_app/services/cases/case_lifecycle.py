"""Archive, trash, restore and purge of cases (S2-A1, S2-A2).

An archived case leaves the active list but stays searchable (the Archived view) and counted
in statistics. A trashed case is hidden everywhere except the administrator's Trash view;
only an administrator restores it or purges it for good. Every call is all-or-nothing: one
write transaction, an audit event per changed case. A purge deletes the case rows and their
dependent rows in that transaction and removes the blob files no remaining document uses
only after the commit: a crash leaves at worst an orphan file (`casedesk check --repair`
removes it), never a document without its content.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import (
    AccessGrant,
    AuditEvent,
    Blob,
    Case,
    CaseContact,
    Communication,
    DeliveryNote,
    Document,
    DocumentIndexValue,
    DocumentVersion,
    IndexValue,
    Installment,
    Invoice,
    InvoiceLine,
    Note,
    Notification,
    Payment,
    Quote,
    ReportDelivery,
    ServiceOrder,
    ServiceOrderFollowUp,
)
from desktop_app.services import audit
from desktop_app.services.case_list import filter_choices
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.permissions import Action, require, require_case
from desktop_app.storage.database import chunked, write_transaction


def _cases(actor: Actor, action: Action, ids: Iterable[int]) -> list[Case]:
    """The cases, in id order, after checking the action and each case's write access."""
    require(actor, action)
    wanted = sorted({int(case_id) for case_id in ids})
    found: dict[int, Case] = {}
    for chunk in chunked(wanted):
        found.update((case.id, case) for case in Case.select().where(Case.id.in_(chunk)))
    for case_id in wanted:
        if case_id not in found:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
        require_case(actor, action, case_id)
    return [found[case_id] for case_id in wanted]


def _refuse_trashed(case: Case) -> None:
    if case.trashed:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Case {number} is in the trash: an administrator must restore it "
                                        "first."), number=case.number)


def _set_flag(actor: Actor, action: Action, ids: Iterable[int], field: str, value: bool,
              audit_action: str, *, live_only: bool) -> ChangeSet:
    changes = ChangeSet()
    with write_transaction():
        targets = _cases(actor, action, ids)
        if live_only:
            for case in targets:
                _refuse_trashed(case)
        changed = [case for case in targets if getattr(case, field) != value]
        for chunk in chunked([case.id for case in changed]):
            Case.update({getattr(Case, field): value}).where(Case.id.in_(chunk)).execute()
        for case in changed:
            audit.record(actor, audit_action, "case", case.id, case.id, number=case.number)
        changes.case_ids = {case.id for case in changed}
        changes.listing_changed = bool(changed)
    return changes


def archive_cases(actor: Actor, ids: Iterable[int]) -> ChangeSet:
    """Archives the cases: out of the active list, still searchable and counted (S2-A1)."""
    return _set_flag(actor, Action.CASE_ARCHIVE, ids, "archived", True, "case.archive", live_only=True)


def unarchive_cases(actor: Actor, ids: Iterable[int]) -> ChangeSet:
    """Brings archived cases back to the active list."""
    return _set_flag(actor, Action.CASE_ARCHIVE, ids, "archived", False, "case.unarchive", live_only=True)


def trash_cases(actor: Actor, ids: Iterable[int]) -> ChangeSet:
    """Moves the cases to the trash (nothing is deleted; an archived case keeps its flag)."""
    return _set_flag(actor, Action.CASE_TRASH, ids, "trashed", True, "case.trash", live_only=False)


def restore_cases(actor: Actor, ids: Iterable[int]) -> ChangeSet:
    """Takes cases out of the trash, back to the view they left (admin only, S2-A2)."""
    return _set_flag(actor, Action.CASE_RESTORE, ids, "trashed", False, "case.restore", live_only=False)


def purge_cases(workspace: Workspace, actor: Actor, ids: Iterable[int]) -> ChangeSet:
    """Deletes cases in the trash for good, with their documents (admin only, S2-A2).

    Audit events stay, with their case set to NULL. Blob files no remaining document or
    document version uses are removed after the commit.
    """
    changes = ChangeSet()
    with write_transaction():
        targets = _cases(actor, Action.CASE_PURGE, ids)
        for case in targets:
            if not case.trashed:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "Case {number} is not in the trash: only cases in the "
                                                "trash can be purged."), number=case.number)
        case_ids = [case.id for case in targets]
        shas: set[str] = set()
        for chunk in chunked(case_ids):
            docs = Document.select(Document.id).where(Document.case.in_(chunk))
            shas.update(sha for (sha,) in Document.select(Document.blob).where(Document.case.in_(chunk))
                        .tuples())
            shas.update(sha for (sha,) in DocumentVersion.select(DocumentVersion.blob)
                        .where(DocumentVersion.document.in_(docs)).tuples())
            documents = {case_id: 0 for case_id in chunk}
            for (case_id,) in Document.select(Document.case).where(Document.case.in_(chunk)).tuples():
                documents[case_id] += 1
            for case in targets:
                if case.id in documents:
                    audit.record(actor, "case.purge", "case", case.id, case.id, number=case.number,
                                 documents=documents[case.id])
            _delete_rows(chunk)
        orphans = sorted(sha for sha in shas if not _blob_in_use(sha))
        for sha_chunk in chunked(orphans):
            Blob.delete().where(Blob.sha256.in_(sha_chunk)).execute()
        changes.case_ids = set(case_ids)
        changes.listing_changed = bool(case_ids)
    if case_ids:
        filter_choices.clear_choice_cache()
    _remove_files(workspace, orphans)
    return changes


def _delete_rows(case_ids: list[int]) -> None:
    """Every row that hangs off the cases, leaves first (not relying on ON DELETE CASCADE)."""
    docs = Document.select(Document.id).where(Document.case.in_(case_ids))
    invoices = Invoice.select(Invoice.id).where(Invoice.case.in_(case_ids))
    orders = ServiceOrder.select(ServiceOrder.id).where(ServiceOrder.case.in_(case_ids))
    ReportDelivery.delete().where(ReportDelivery.document.in_(docs)).execute()
    DocumentIndexValue.delete().where(DocumentIndexValue.document.in_(docs)).execute()
    DocumentVersion.delete().where(DocumentVersion.document.in_(docs)).execute()
    Document.delete().where(Document.case.in_(case_ids)).execute()
    Payment.delete().where(Payment.invoice.in_(invoices)).execute()
    Installment.delete().where(Installment.invoice.in_(invoices)).execute()
    InvoiceLine.delete().where(InvoiceLine.invoice.in_(invoices)).execute()
    Invoice.delete().where(Invoice.case.in_(case_ids)).execute()
    Quote.delete().where(Quote.case.in_(case_ids)).execute()
    DeliveryNote.delete().where(DeliveryNote.case.in_(case_ids)).execute()
    ServiceOrderFollowUp.delete().where(ServiceOrderFollowUp.service_order.in_(orders)).execute()
    ServiceOrder.delete().where(ServiceOrder.case.in_(case_ids)).execute()
    for model in (CaseContact, IndexValue, AccessGrant, Note, Notification, Communication):
        model.delete().where(model.case.in_(case_ids)).execute()
    AuditEvent.update(case=None).where(AuditEvent.case.in_(case_ids)).execute()
    Case.delete().where(Case.id.in_(case_ids)).execute()


def _blob_in_use(sha: str) -> bool:
    return (Document.select().where(Document.blob == sha).exists()
            or DocumentVersion.select().where(DocumentVersion.blob == sha).exists())


def _remove_files(workspace: Workspace, shas: list[str]) -> None:
    """Removes the files of blobs whose rows are gone, under the write lock per block.

    An import writes its file first and then, in its transaction, inserts the row and puts
    the file back if it is missing: checking the row under the lock keeps the two apart.
    """
    for chunk in chunked(shas):
        with write_transaction():
            kept = {sha for (sha,) in Blob.select(Blob.sha256).where(Blob.sha256.in_(chunk)).tuples()}
            for sha in chunk:
                if sha not in kept:
                    # On failure the file stays an orphan: `casedesk check --repair` removes it.
                    with contextlib.suppress(OSError, ValueError):
                        workspace.blobs.remove(sha)
