"""How a CaseFilter narrows the case query, written so the right index drives (research/performance-anchors.md)."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from desktop_app.models import Case, Note, ServiceOrder, Status
from desktop_app.models.states import StatusKind
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases import seen
from desktop_app.services.context import Actor
from desktop_app.services.documents import search
from desktop_app.storage.database import is_sqlite, unindexed


def start_of_day(day: dt.date) -> dt.datetime:
    """Local midnight of `day` as an aware instant (created_at is stored in UTC)."""
    return dt.datetime.combine(day, dt.time()).astimezone()


def live_clause() -> pw.Node:
    """Not archived and not trashed, worded exactly as the partial indexes' WHERE (m0003).

    SQLite only uses a partial index when the query repeats its condition with the same
    literals (bound parameters do not match). `likely()` tells the planner that most cases
    are live, so it walks the sort column's partial index instead of the (archived, trashed,
    created_at) one plus a sort of every live row (170 ms against 800 ms at 1M cases).
    """
    if is_sqlite():
        return pw.fn.likely(Case.archived == pw.SQL("0")) & pw.fn.likely(Case.trashed == pw.SQL("0"))
    return (Case.archived == False) & (Case.trashed == False)  # noqa: E712


def scope_clause(case_filter: CaseFilter, query: pw.Query, order_by: str = "created") -> pw.Query:
    """Work area and Active/Archived/Trash view, written so the right index drives.

    A list filter set (status, nature, origin, billing state, documents…): its (column,
    archived, trashed, created_at) index drives and the work area is only checked. None:
    the work area's (work_area, archived, trashed, created_at) index, or, for all work
    areas, the sort index with the few hidden ids excluded.
    """
    f, view = case_filter, case_filter.view
    driven = _has_view_index(f) or f.resurfacing  # resurfacing: its few ids drive, the rest is checked
    if f.work_area_id is not None:
        query = query.where((unindexed(Case.work_area) if driven else Case.work_area) == f.work_area_id)
    if view == ViewMode.TRASH:
        return query.where(Case.trashed == True)  # noqa: E712  (few rows: the (trashed, created_at) index)
    own_index = bool(f.search or f.contract or f.technician_ids or f.mine or f.order_from or f.order_to
                     or f.unseen)
    by_created = order_by == "created" or f.created_from is not None or f.created_to is not None
    if view == ViewMode.ACTIVE and not driven and not own_index and not by_created and f.work_area_id is None:
        return query.where(live_clause())  # the column's partial sort index (m0003): nothing else is read
    archived, trashed = Case.archived, Case.trashed
    if (driven and not _single_value(f)) or (own_index and not driven):
        # Several values or a range: the filter's index cannot give the created order anyway, so
        # the view columns are checked inside it (unary +) instead of letting the planner walk
        # the (archived, trashed, created_at) index and read every row to avoid a sort. The search,
        # contract, technician, "mine" and order-date filters have their own indexes: same reason.
        archived, trashed = unindexed(archived), unindexed(trashed)
    return query.where((archived == (view == ViewMode.ARCHIVED)) & (trashed == False))  # noqa: E712


def _view_index_values(f: CaseFilter) -> list[tuple]:
    return [f.statuses, f.assigned_user_ids, f.natures, f.origins, f.trades, f.invoice_states, f.quote_states,
            f.installments_states]


def _has_view_index(f: CaseFilter) -> bool:
    """A filter whose index continues with (archived, trashed, created_at) is set."""
    return bool(any(_view_index_values(f)) or f.min_documents is not None or f.max_documents is not None
                or f.missing_documents)


def _single_value(f: CaseFilter) -> bool:
    """One of those filters is a single equality (its index range is already in created order)."""
    return (any(len(values) == 1 for values in _view_index_values(f))
            or (f.min_documents is not None and f.min_documents == f.max_documents)
            or (f.max_documents == 0 and not f.min_documents)
            or f.missing_documents)  # its partial index (m0011) is (archived, trashed, created_at)


def apply_filter(case_filter: CaseFilter, query: pw.Query, actor: Actor) -> pw.Query:
    """Narrows a `Case` query by every filter except the search box (search_clause)."""
    f = case_filter
    if f.statuses:
        query = query.where(Case.status.in_(list(f.statuses)))
    for column, values in ((Case.nature, f.natures), (Case.origin, f.origins), (Case.trade, f.trades),
                           (Case.assigned_user, f.assigned_user_ids), (Case.invoice_state, f.invoice_states),
                           (Case.quote_state, f.quote_states),
                           (Case.installments_state, f.installments_states)):
        if values:
            query = query.where(column == values[0] if len(values) == 1 else column.in_(list(values)))
    if f.created_from is not None:
        query = query.where(Case.created_at >= start_of_day(f.created_from))
    if f.created_to is not None:
        query = query.where(Case.created_at < start_of_day(f.created_to + dt.timedelta(days=1)))
    if f.order_from is not None:
        query = query.where(Case.order_date >= f.order_from)
    if f.order_to is not None:
        query = query.where(Case.order_date <= f.order_to)
    if f.max_documents == 0 and not f.min_documents:
        query = query.where(Case.document_count == 0)
    elif f.min_documents is not None and f.min_documents == f.max_documents:
        query = query.where(Case.document_count == f.min_documents)
    elif f.min_documents is not None or f.max_documents is not None:
        # Both bounds always: a two-sided range is what makes the planner take the documents index.
        low = f.min_documents if f.min_documents is not None else 0
        high = f.max_documents if f.max_documents is not None else 2**31 - 1
        query = query.where(Case.document_count.between(low, high))
    if f.contract:
        query = query.where(prefix_match(Case.contract, f.contract))
    if f.technician_ids:
        orders = ServiceOrder.select(ServiceOrder.case).where(ServiceOrder.technician.in_(list(f.technician_ids)))
        query = query.where(Case.id.in_(orders))
    if f.mine:
        me = actor.user_id if actor.user_id is not None else -1
        query = query.where((Case.assigned_user == me) | (Case.created_by == me))
    if f.resurfacing:
        query = query.where(resurfacing_clause(actor))
    if f.unseen:
        query = query.where(seen.unseen_clause(actor))
    if f.missing_documents:
        # Two columns compared, no parameter: the very condition of the partial index case_incomplete
        # (m0011), which holds only the incomplete cases, by view and in created order.
        query = query.where(Case.required_present < Case.required_total)
    return query


def resurfacing_clause(actor: Actor, today: dt.date | None = None) -> pw.Node:
    """Cases that come back today: on hold with a resume date by today, or with an open alert for
    the actor (addressed to him, or his own without an addressee) due by the end of today.

    Both halves are id sets read from small indexes (case_resume_date of m0006, the note's
    (addressee, done, due_at)), so the list query never walks the cases to find them.
    """
    today = today or dt.date.today()
    me = actor.user_id if actor.user_id is not None else -1
    held = Case.alias("held")
    on_hold = Status.select(Status.id).where(Status.kind == StatusKind.ON_HOLD)
    back = held.select(held.id).where((held.resume_date <= today) & unindexed(held.status).in_(on_hold))
    mine = (Note.addressee == me) | (Note.addressee.is_null() & (Note.author == me))
    due = Note.select(Note.case).where(Note.is_alert & ~Note.done & (Note.due_at < start_of_day(today + dt.timedelta(days=1)))
                                       & mine)
    return Case.id.in_(back) | Case.id.in_(due)


# Columns searched with a case-insensitive prefix match (each has a NOCASE index).
SEARCH_TEXT_COLUMNS = (Case.owner_name, Case.prescriber_name, Case.internal_ref, Case.city, Case.protocol,
                        Case.contract)


def prefix_match(column: pw.Field, term: str) -> pw.Node:
    """Case-insensitive prefix match that reads the column's NOCASE index (lower() index on PostgreSQL).

    SQLite: `column LIKE 'term%' ESCAPE '\\'` with a literal ESCAPE (a bound one disables the index).
    """
    pattern = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if not is_sqlite():
        return pw.NodeList((pw.fn.lower(column), pw.SQL("LIKE"), pw.Value(pattern.lower()), pw.SQL("ESCAPE '\\'")))
    return pw.NodeList((column, pw.SQL("LIKE"), pw.Value(pattern), pw.SQL("ESCAPE '\\'")))


def search_clause(term: str, documents: bool = True) -> pw.Expression:
    """Prefix match on the number (as typed, upper-cased) and the name-like columns (any case):
    owner, prescriber, internal reference, city, protocol and contract.

    On SQLite each branch is its own index range (number: BINARY index through GLOB; the
    others: NOCASE indexes through LIKE), joined with UNION ALL so the planner cannot
    fall back to scanning the whole table in sort order.

    Or a live document of the case holds every typed word (search.document_case_ids: the
    full-text index gives the documents, their rows the cases), one more branch of the union,
    unless `documents` is False.
    """
    documents = search.document_case_ids(term) if documents else None
    if is_sqlite():
        inner = Case.alias("search")
        glob = "".join(f"[{c}]" if c in "*?[]" else c for c in term.upper())
        branches = [inner.select(inner.id).where(pw.Expression(inner.number, "GLOB", f"{glob}*"))]
        for column in SEARCH_TEXT_COLUMNS:
            branches.append(inner.select(inner.id).where(prefix_match(getattr(inner, column.name), term)))
        union = branches[0]
        if documents is not None:
            branches.append(documents)
        for branch in branches[1:]:
            union = union + branch  # UNION ALL
        return Case.id.in_(union)
    # PostgreSQL: the same union, each branch a range of a text_pattern_ops index (migration m0017);
    # an OR of ILIKEs read the whole table.
    inner = Case.alias("search")
    number = term.upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    union = inner.select(inner.id).where(
        pw.NodeList((inner.number, pw.SQL("LIKE"), pw.Value(number), pw.SQL("ESCAPE '\\'"))))
    for column in SEARCH_TEXT_COLUMNS:
        union = union + inner.select(inner.id).where(prefix_match(getattr(inner, column.name), term))
    if documents is not None:
        union = union + documents
    return Case.id.in_(union)
