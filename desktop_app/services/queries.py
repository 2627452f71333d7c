"""Read models for the panes: ordered case ids, row blocks, one case's documents and details.

Pure peewee, no Qt. The case list never holds whole rows for every case: `case_ids`
returns the ordered ids of the current filter and sort (one indexed query), and the
list fetches `case_rows` for blocks of 64 ids as they scroll into view
(research/performance-anchors.md §3, §9). No OFFSET paging anywhere.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.models import (
    Case,
    Document,
    DocumentIndexValue,
    DocumentType,
    IndexField,
    IndexValue,
    LookupValue,
    Office,
    Status,
    User,
    WorkArea,
    db,
)
from desktop_app.models.states import FieldKind
from desktop_app.services import audit, search
from desktop_app.services.case_filters import CaseFilter, apply_filter, require_view, scope_clause
from desktop_app.services.context import Actor
from desktop_app.services.permissions import visible_cases
from desktop_app.storage.database import is_sqlite

# Sort key → (column, collation or None). Only indexed columns sort in SQL (DESIGN §5).
_SORT_COLUMNS: dict[str, tuple[pw.Field, str | None]] = {
    "number": (Case.number, None),
    "internal_ref": (Case.internal_ref, "NOCASE"),
    "owner": (Case.owner_name, "NOCASE"),
    "prescriber": (Case.prescriber_name, "NOCASE"),
    "city": (Case.city, "NOCASE"),
    "created": (Case.created_at, None),
    "appointment": (Case.appointment_at, None),
    "technician": (Case.assigned_user, None),
    "status": (Case.status, None),
    "contract": (Case.contract, "NOCASE"), "order_date": (Case.order_date, None),
}
SORT_KEYS = frozenset(_SORT_COLUMNS)
DEFAULT_SORT = "created"
# Columns searched with a case-insensitive prefix match (each has a NOCASE index).
_SEARCH_TEXT_COLUMNS = (Case.owner_name, Case.prescriber_name, Case.internal_ref, Case.city, Case.protocol,
                        Case.contract)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list, with what its status and icon columns need."""

    id: int
    number: str
    internal_ref: str
    owner: str
    prescriber: str
    city: str
    created_at: dt.datetime | None
    appointment_at: dt.datetime | None
    technician_initials: str
    technician_name: str
    report_state: int
    report_deliveries: int
    quote_state: int
    invoice_state: int
    installments_state: int
    installments_paid: int
    installments_total: int
    tariff: Decimal
    amount: Decimal
    status_name: str
    status_colour: str
    status_kind: str
    document_count: int
    currency: str
    version: int  # optimistic locking: an in-row edit sends it back
    work_area_id: int
    status_code: str
    protocol: str
    subject: str
    nature: str
    origin: str
    priority: int  # 0 low, 1 normal, 2 high, 3 urgent
    contract: str
    trade: str
    order_date: dt.date | None
    pending_interaction: str  # PendingInteraction
    required_present: int = 0  # completeness "k of n" (services/completeness.py)
    required_total: int = 0


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    type_name: str
    is_report: bool
    title: str
    original_name: str
    mime: str
    pages: int | None
    size: int
    added_at: dt.datetime | None
    added_by: str
    source: str
    checked_at: dt.datetime | None
    checked_by: str  # initials
    document_type_id: int | None = None
    version_count: int = 1
    added_by_name: str = ""
    checked_by_name: str = ""
    blob: str = ""  # the SHA-256 of the current content (names its cached thumbnail)


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """An index field with the stored canonical text of its value ('' when unset)."""

    code: str
    label: str
    kind: str
    required: bool
    value: str
    choices: tuple[str, ...] = ()  # a choice field's lookup list, in order


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    protocol: str
    internal_ref: str
    subject: str
    status_name: str
    status_colour: str
    status_kind: str
    owner: str
    prescriber: str
    address: str
    postal_code: str
    city: str
    created_at: dt.datetime | None
    order_date: dt.date | None
    appointment_at: dt.datetime | None
    amount: Decimal
    tariff: Decimal
    currency: str
    assigned_user: str
    work_area: str
    office: str
    document_count: int
    index_values: list[IndexEntry] = field(default_factory=list)
    version: int = 1  # Case.version, for the optimistic lock of an edit
    work_area_id: int = 0
    updated_at: dt.datetime | None = None
    updated_by: str = ""  # who made the case's last recorded change


@dataclass(frozen=True)
class DocumentDetail:
    id: int
    case_id: int
    title: str
    type_name: str
    original_name: str
    mime: str
    pages: int | None
    size: int
    text: str
    index_values: list[IndexEntry] = field(default_factory=list)
    document_type_id: int | None = None


def worker_connection() -> contextlib.AbstractContextManager:
    """Gives a background thread its own connection, closed afterwards (none if no database is open)."""
    if db.obj is None:
        return contextlib.nullcontext()
    return db.connection_context()


def _visible(query: pw.Query, actor: Actor) -> pw.Query:
    clause = visible_cases(actor)
    return query if clause is None else query.where(clause)


def prefix_match(column: pw.Field, term: str) -> pw.Node:
    """Case-insensitive prefix match that reads the column's NOCASE index (lower() index on PostgreSQL).

    SQLite: `column LIKE 'term%' ESCAPE '\\'` with a literal ESCAPE (a bound one disables the index).
    """
    pattern = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if not is_sqlite():
        return pw.NodeList((pw.fn.lower(column), pw.SQL("LIKE"), pw.Value(pattern.lower()), pw.SQL("ESCAPE '\\'")))
    return pw.NodeList((column, pw.SQL("LIKE"), pw.Value(pattern), pw.SQL("ESCAPE '\\'")))


_prefix_like = prefix_match


def _search_clause(term: str, documents: bool = True) -> pw.Expression:
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
        for column in _SEARCH_TEXT_COLUMNS:
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
    for column in _SEARCH_TEXT_COLUMNS:
        union = union + inner.select(inner.id).where(prefix_match(getattr(inner, column.name), term))
    if documents is not None:
        union = union + documents
    return Case.id.in_(union)


def _order(order_by: str, descending: bool) -> list[pw.Node]:
    column, collation = _SORT_COLUMNS.get(order_by, _SORT_COLUMNS[DEFAULT_SORT])
    node: pw.Node = column
    if collation and is_sqlite():
        node = column.collate(collation)
    elif collation:
        node = pw.fn.lower(column)
    if descending:
        return [node.desc(), Case.id.desc()]
    return [node.asc(), Case.id.asc()]


def case_ids_query(actor: Actor, search: str | CaseFilter | None = None, order_by: str = DEFAULT_SORT,
                   descending: bool = True, work_area: int | None = None,
                   include_archived: bool = False) -> pw.Query:
    """The id query behind `case_ids` (exposed for EXPLAIN QUERY PLAN tests).

    `search` is either the search text (the older keyword form, with `work_area` and
    `include_archived`) or a whole `CaseFilter`, which then carries the work area, the view
    and the search text itself.
    """
    if isinstance(search, CaseFilter):
        case_filter = search
        require_view(actor, case_filter)
    else:
        case_filter = CaseFilter(work_area_id=work_area, search=(search or "").strip())
    query = Case.select(Case.id)
    if include_archived and not isinstance(search, CaseFilter):
        # Active and archived together (not trashed): the older keyword form only.
        if work_area is not None:
            query = query.where((Case.work_area == work_area) & (Case.trashed == False))  # noqa: E712
        else:
            hidden = Case.alias("hidden")
            query = query.where(Case.id.not_in(hidden.select(hidden.id).where(hidden.trashed == True)))  # noqa: E712
    else:
        query = scope_clause(case_filter, query, order_by if order_by in _SORT_COLUMNS else DEFAULT_SORT)
    query = apply_filter(case_filter, query, actor)
    term = case_filter.search.strip()
    if term:
        query = query.where(_search_clause(term))
    return _visible(query, actor).order_by(*_order(order_by, descending))


FIRST_PAGE = 50
FEW_MATCHES = 40_000
"""Up to this many matching documents, mapping them all to their cases is cheaper than a window."""
WINDOWS = (500, 2_000, 8_000)
"""Cases of the list looked at for the first page, growing while it is not full."""


def first_case_ids(actor: Actor, case_filter: CaseFilter, order_by: str = DEFAULT_SORT, descending: bool = True,
                   limit: int | None = None) -> tuple[list[int], bool]:
    """The first `limit` (FIRST_PAGE) ids of `case_ids(actor, case_filter, order_by, descending)`, fast also when
    the search text is a word in half of all documents; and whether that is the whole list.

    `case_ids` maps every matching document to its case before the list can start (463 ms for a
    word in 508k documents at 1M). Here, when the index says the words are common (more than
    FEW_MATCHES documents), the list without the search is read in order a window at a time (the
    sort's own index) and only the window's cases are tested: their names, numbers… and their
    documents, whose ids bound the range of the index read (search.cases_matching_within). The
    matches of a window are exactly the first matches of the whole list; when the last window
    holds fewer than `limit`, what it found is still the list's beginning and the caller loads
    the rest with `case_ids`. SQLite only (other engines: the LIMIT of the whole query).
    """
    limit = FIRST_PAGE if limit is None else limit
    require_view(actor, case_filter)
    term = case_filter.search.strip()
    whole = case_ids_query(actor, case_filter, order_by, descending)
    common = search.matches_at_most(term, FEW_MATCHES + 1) if term else None
    if common is None or common <= FEW_MATCHES:
        ids = [case_id for (case_id,) in db.execute(whole.limit(limit + 1))]
        return ids[:limit], len(ids) <= limit
    unsearched = case_ids_query(actor, dataclasses.replace(case_filter, search=""), order_by, descending)
    found: list[int] = []
    for size in WINDOWS:
        # The window goes into the queries as a subquery (bound id lists cost more to build than to run).
        window_query = unsearched.limit(size)
        window = [case_id for (case_id,) in db.execute(window_query)]
        hits = {case_id for (case_id,) in db.execute(
            Case.select(Case.id).where(Case.id.in_(window_query) & _search_clause(term, documents=False)))}
        hits.update(case_id for (case_id,) in db.execute(search.cases_matching_within(term, window_query)))
        found = [case_id for case_id in window if case_id in hits]
        if len(window) < size:  # the whole list was looked at
            return found[:limit], len(found) <= limit
        if len(found) >= limit:
            return found[:limit], False
    return found, False


def case_ids(actor: Actor, search: str | CaseFilter | None = None, order_by: str = DEFAULT_SORT,
             descending: bool = True, work_area: int | None = None,
             include_archived: bool = False) -> list[int]:
    """Ordered ids of the cases the actor may see: not trashed, not archived by default.

    `search`: the search text (a prefix of the number, owner, prescriber, internal reference,
    city, protocol or contract) or a `CaseFilter` (filters, view, work area and search
    text). The trash view is refused (PermissionDenied) unless the actor is an administrator.
    """
    query = case_ids_query(actor, search, order_by, descending, work_area, include_archived)
    return [case_id for (case_id,) in db.execute(query)]  # plain cursor: no per-row model work


def case_rows(ids: Sequence[int]) -> dict[int, CaseRow]:
    """Full list rows for a block of ids (from `case_ids`, which applied the visibility rule)."""
    if not ids:
        return {}
    tech = User.alias()
    query = (Case.select(
        Case.id, Case.number, Case.internal_ref, Case.owner_name, Case.prescriber_name, Case.city,
        Case.created_at, Case.appointment_at, tech.initials, tech.full_name,
        Case.report_state, Case.report_deliveries, Case.quote_state, Case.invoice_state,
        Case.installments_state, Case.installments_paid, Case.installments_total,
        Case.tariff, Case.amount, Status.name, Status.colour, Status.kind, Case.document_count,
        Office.currency, Case.version, Case.work_area, Status.code, Case.protocol, Case.subject,
        Case.nature, Case.origin, Case.priority, Case.contract, Case.trade, Case.order_date,
        Case.pending_interaction, Case.required_present, Case.required_total)
        .join(Status, on=(Case.status == Status.id))
        .switch(Case).join(tech, pw.JOIN.LEFT_OUTER, on=(Case.assigned_user == tech.id))
        .switch(Case).join(WorkArea, on=(Case.work_area == WorkArea.id))
        .join(Office, on=(WorkArea.office == Office.id))
        .where(Case.id.in_(list(ids))))
    rows = {}
    for values in query.tuples():
        values = list(values)
        values[8] = values[8] or ""
        values[9] = values[9] or ""
        rows[values[0]] = CaseRow(*values)
    return rows


def _require_visible_case(actor: Actor, case_id: int) -> None:
    if not _visible(Case.select(Case.id).where(Case.id == case_id), actor).exists():
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)


def documents_of_case(actor: Actor, case_id: int) -> list[DocumentRow]:
    """The case's documents that are not trashed, newest first, with who added and checked them."""
    _require_visible_case(actor, case_id)
    adder, checker = User.alias(), User.alias()
    query = (Document.select(
        Document.id, DocumentType.name, DocumentType.is_report, Document.title, Document.original_name,
        Document.mime, Document.pages, Document.size, Document.added_at, adder.initials,
        Document.source, Document.checked_at, checker.initials, Document.document_type,
        Document.version_count, adder.full_name, checker.full_name, Document.blob)
        .join(DocumentType, pw.JOIN.LEFT_OUTER, on=(Document.document_type == DocumentType.id))
        .switch(Document).join(adder, pw.JOIN.LEFT_OUTER, on=(Document.added_by == adder.id))
        .switch(Document).join(checker, pw.JOIN.LEFT_OUTER, on=(Document.checked_by == checker.id))
        .where((Document.case == case_id) & ~Document.trashed)
        .order_by(Document.added_at.desc(), Document.id.desc()))
    return [DocumentRow(id_, type_name or "", bool(is_report), title, original, mime, pages, size,
                        added_at, added_by or "", source, checked_at, checked_by or "", type_id,
                        versions or 1, added_name or "", checked_name or "", blob)
            for (id_, type_name, is_report, title, original, mime, pages, size, added_at, added_by,
                 source, checked_at, checked_by, type_id, versions, added_name, checked_name, blob)
            in query.tuples()]


def case_detail(actor: Actor, case_id: int) -> CaseDetail:
    """Everything the index pane shows about a case, with its work area's index fields."""
    _require_visible_case(actor, case_id)
    case = (Case.select(Case, Status, WorkArea, Office)
            .join(Status, on=(Case.status == Status.id))
            .switch(Case).join(WorkArea, on=(Case.work_area == WorkArea.id))
            .join(Office, on=(WorkArea.office == Office.id))
            .where(Case.id == case_id).get())
    assigned = User.get_or_none(User.id == case.assigned_user_id) if case.assigned_user_id else None
    values = dict(IndexValue.select(IndexValue.field, IndexValue.value)
                  .where(IndexValue.case == case_id).tuples())
    fields = (IndexField.select()
              .where((IndexField.work_area == case.work_area_id) & IndexField.document_type.is_null())
              .order_by(IndexField.position, IndexField.id))
    entries = _entries(list(fields), values)
    last = audit.last_case_change(case_id)
    return CaseDetail(
        id=case.id, number=case.number, protocol=case.protocol, internal_ref=case.internal_ref,
        subject=case.subject, status_name=case.status.name, status_colour=case.status.colour,
        status_kind=case.status.kind, owner=case.owner_name, prescriber=case.prescriber_name,
        address=case.address, postal_code=case.postal_code, city=case.city,
        created_at=case.created_at, order_date=case.order_date, appointment_at=case.appointment_at,
        amount=case.amount, tariff=case.tariff, currency=case.work_area.office.currency,
        assigned_user=assigned.full_name if assigned else "", work_area=case.work_area.name,
        office=case.work_area.office.name, document_count=case.document_count, index_values=entries,
        version=case.version, work_area_id=case.work_area_id, updated_at=case.updated_at,
        updated_by=last[1] if last else "")


def choice_lists(fields: list[IndexField]) -> dict[int, tuple[str, ...]]:
    """Each choice field's lookup list, in order (what the form offers and the save accepts)."""
    choice_ids = [f.id for f in fields if f.kind == FieldKind.CHOICE]
    lists: dict[int, list[str]] = {i: [] for i in choice_ids}
    if choice_ids:
        for field_id, value in (LookupValue.select(LookupValue.field, LookupValue.value)
                                .where(LookupValue.field.in_(choice_ids))
                                .order_by(LookupValue.position, LookupValue.id).tuples()):
            lists[field_id].append(value)
    return {i: tuple(values) for i, values in lists.items()}


def _entries(fields: list[IndexField], values: dict[int, str]) -> list[IndexEntry]:
    """Index entries with their current values and, for choice fields, their lookup lists."""
    choices = choice_lists(fields)
    return [IndexEntry(f.code, f.label, f.kind, f.required, values.get(f.id, ""), choices.get(f.id, ()))
            for f in fields]


def document_detail(actor: Actor, document_id: int) -> DocumentDetail:
    """A document's facts, extracted text and index values (its type's fields)."""
    document = Document.get_or_none(Document.id == document_id)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    _require_visible_case(actor, document.case_id)
    doc_type = (DocumentType.get_or_none(DocumentType.id == document.document_type_id)
                if document.document_type_id else None)
    values = dict(DocumentIndexValue.select(DocumentIndexValue.field, DocumentIndexValue.value)
                  .where(DocumentIndexValue.document == document_id).tuples())
    entries: list[IndexEntry] = []
    if doc_type is not None or values:
        wanted = IndexField.id.in_(list(values)) if values else IndexField.id.is_null()
        if doc_type is not None:
            wanted |= IndexField.document_type == doc_type.id
        fields = IndexField.select().where(wanted).order_by(IndexField.position, IndexField.id)
        entries = _entries(list(fields), values)
    return DocumentDetail(
        id=document.id, case_id=document.case_id, title=document.title,
        type_name=doc_type.name if doc_type else "", original_name=document.original_name,
        mime=document.mime, pages=document.pages, size=document.size, text=document.text,
        index_values=entries, document_type_id=document.document_type_id)


def office_name() -> str:
    """The office's name for the window title ('' for an office not configured yet)."""
    names = [name for (name,) in Office.select(Office.name).order_by(Office.id).limit(2).tuples()]
    return names[0] if len(names) == 1 else ""
