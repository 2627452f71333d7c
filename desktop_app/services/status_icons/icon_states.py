"""The four status-icon states and the document count, computed from source rows.

The services store them on the case row in the transaction of the change that moves
them (DESIGN §2); `drift` recomputes them for `casedesk check`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from decimal import Decimal

import peewee as pw

from desktop_app.models import (
    Case,
    CaseContact,
    Document,
    DocumentType,
    Installment,
    Invoice,
    Payment,
    Quote,
    ReportDelivery,
)
from desktop_app.models.states import (
    InstallmentsState,
    InvoiceState,
    InvoiceStatus,
    QuoteState,
    QuoteStatus,
    ReportState,
)
from desktop_app.storage.database import chunked, lock_rows

CENT = Decimal("0.01")
STATE_FIELDS = (
    "report_state", "report_deliveries", "quote_state", "invoice_state",
    "installments_state", "installments_paid", "installments_total", "document_count",
)


@dataclass(frozen=True)
class CaseStates:
    report_state: int = ReportState.NONE
    report_deliveries: int = 0
    quote_state: int = QuoteState.NONE
    invoice_state: int = InvoiceState.NONE
    installments_state: int = InstallmentsState.NONE
    installments_paid: int = 0
    installments_total: int = 0
    document_count: int = 0


def _chunks(ids: list[int] | None) -> Iterator[list[int] | None]:
    if ids is None:
        yield None
        return
    yield from chunked(ids)


IdSet = list[int] | tuple[int, int] | None  # ids, an inclusive (first, last) range, or all


def _where(query: pw.Query, column: pw.Field, ids: IdSet) -> pw.Query:
    if ids is None:
        return query
    if isinstance(ids, tuple):
        return query.where(column.between(*ids))
    return query.where(column.in_(ids))


def _gather(ids: IdSet) -> dict[int, dict[str, object]]:
    facts: dict[int, dict[str, object]] = {}

    def fact(case_id: int) -> dict[str, object]:
        return facts.setdefault(case_id, {})

    live_docs = _where(
        Document.select(Document.case, pw.fn.COUNT(Document.id)).where(~Document.trashed),
        Document.case, ids).group_by(Document.case)
    for case_id, count in live_docs.tuples():
        fact(case_id)["documents"] = count
    reports = _where(
        Document.select(Document.case, pw.fn.COUNT(Document.id))
        .join(DocumentType).where(DocumentType.is_report & ~Document.trashed),
        Document.case, ids).group_by(Document.case)
    for case_id, count in reports.tuples():
        fact(case_id)["reports"] = count
    blocked = _where(
        CaseContact.select(CaseContact.case).where(CaseContact.report_blocked).distinct(),
        CaseContact.case, ids)
    for (case_id,) in blocked.tuples():
        fact(case_id)["blocked"] = True
    deliveries = _where(
        ReportDelivery.select(Document.case, pw.fn.COUNT(ReportDelivery.id))
        .join(Document).join(DocumentType)
        .where(DocumentType.is_report & ~Document.trashed),
        Document.case, ids).group_by(Document.case)
    for case_id, count in deliveries.tuples():
        fact(case_id)["deliveries"] = count
    quotes = _where(
        Quote.select(Quote.case, Quote.status).where(Quote.status != QuoteStatus.DRAFT),
        Quote.case, ids).order_by(Quote.case, Quote.id)
    for case_id, status in quotes.tuples():
        fact(case_id)["quote"] = status  # the last one wins: the newest quote speaks
    paid = _where(Payment.select(Payment.invoice, pw.fn.SUM(Payment.amount).alias("paid"))
                  .join(Invoice), Invoice.case, ids).group_by(Payment.invoice)
    invoices = _where(
        Invoice.select(Invoice.case, Invoice.total, paid.c.paid)
        .join(paid, pw.JOIN.LEFT_OUTER, on=(paid.c.invoice_id == Invoice.id))
        .where(Invoice.status == InvoiceStatus.ISSUED),
        Invoice.case, ids)
    for case_id, total, paid_sum in invoices.tuples():
        entry = fact(case_id)
        entry["invoices"] = int(entry.get("invoices", 0)) + 1
        # SQLite sums DECIMAL columns as floats (999.9999999999999): compare in cents.
        total_dec = Decimal(str(total or 0)).quantize(CENT)
        paid_dec = Decimal(str(paid_sum or 0)).quantize(CENT)
        if paid_dec < total_dec:
            entry["unpaid"] = True
    installments = _where(
        Installment.select(Invoice.case, pw.fn.COUNT(Installment.id),
                           pw.fn.COUNT(Installment.paid_at))
        .join(Invoice).where(Invoice.status == InvoiceStatus.ISSUED),
        Invoice.case, ids).group_by(Invoice.case)
    for case_id, total, paid_count in installments.tuples():
        fact(case_id)["installments"] = (paid_count, total)
    return facts


def _states(entry: dict[str, object]) -> CaseStates:
    reports = int(entry.get("reports", 0))
    deliveries = int(entry.get("deliveries", 0)) if reports else 0
    if not reports:
        report = ReportState.NONE
    elif entry.get("blocked"):
        report = ReportState.BLOCKED
    elif deliveries:
        report = ReportState.DELIVERED
    else:
        report = ReportState.AVAILABLE
    quote = {
        None: QuoteState.NONE,
        QuoteStatus.AWAITING: QuoteState.AWAITING,
        QuoteStatus.ACCEPTED: QuoteState.VALIDATED,
        QuoteStatus.REFUSED: QuoteState.REFUSED,
    }[entry.get("quote")]
    if not entry.get("invoices"):
        invoice = InvoiceState.NONE
    else:
        invoice = InvoiceState.UNPAID if entry.get("unpaid") else InvoiceState.PAID
    paid_count, total = entry.get("installments", (0, 0))
    if not total:
        installments = InstallmentsState.NONE
    elif paid_count >= total:
        installments = InstallmentsState.ALL_PAID
    else:
        installments = InstallmentsState.PARTIAL
    return CaseStates(
        report_state=int(report), report_deliveries=deliveries, quote_state=int(quote),
        invoice_state=int(invoice), installments_state=int(installments),
        installments_paid=int(paid_count), installments_total=int(total),
        document_count=int(entry.get("documents", 0)),
    )


def compute(case_ids: Iterable[int] | None = None) -> dict[int, CaseStates]:
    """The states of the given cases (all cases when None), from the source rows."""
    ids = None if case_ids is None else sorted(set(case_ids))
    result: dict[int, CaseStates] = {}
    for chunk in _chunks(ids):
        facts = _gather(chunk)
        all_ids = chunk if chunk is not None else [c for (c,) in Case.select(Case.id).tuples()]
        for case_id in all_ids:
            result[case_id] = _states(facts.get(case_id, {}))
    return result


def compute_range(first_id: int, last_id: int) -> dict[int, CaseStates]:
    """The states of the cases whose ids lie in [first_id, last_id]: bounded memory for checks."""
    facts = _gather((first_id, last_id))
    ids = Case.select(Case.id).where(Case.id.between(first_id, last_id)).tuples()
    return {case_id: _states(facts.get(case_id, {})) for (case_id,) in ids}


def stored(case_ids: Iterable[int] | None = None) -> dict[int, CaseStates]:
    fields = [getattr(Case, name) for name in STATE_FIELDS]
    ids = None if case_ids is None else sorted(set(case_ids))
    result: dict[int, CaseStates] = {}
    for chunk in _chunks(ids):
        query = _where(Case.select(Case.id, *fields), Case.id, chunk)
        for row in query.tuples():
            result[row[0]] = CaseStates(*row[1:])
    return result


def refresh(case_ids: Iterable[int]) -> set[int]:
    """Stores the recomputed states on the case rows; returns the ids whose states moved.

    Call inside the transaction of the change that moved them.
    """
    ids = set(case_ids)
    lock_rows(Case, ids)  # PostgreSQL: what concurrent writers committed is counted too
    fresh = compute(ids)
    old = stored(ids)
    moved = set()
    for case_id, states in fresh.items():
        if old.get(case_id) != states:
            Case.update(**dict(zip(STATE_FIELDS, astuple(states), strict=True))).where(
                Case.id == case_id).execute()
            moved.add(case_id)
    return moved


def drift(case_ids: Iterable[int] | None = None) -> list[tuple[int, str, object, object]]:
    """(case id, field, stored, recomputed) for every stored state that is wrong."""
    fresh = compute(case_ids)
    old = stored(fresh.keys())
    problems = []
    for case_id, states in sorted(fresh.items()):
        current = old.get(case_id)
        for name in STATE_FIELDS:
            want, have = getattr(states, name), getattr(current, name)
            if want != have:
                problems.append((case_id, name, have, want))
    return problems
