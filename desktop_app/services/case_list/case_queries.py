"""The case list's read model: the ordered case ids of a filter and sort, and rows in blocks.

Pure peewee, no Qt. The case list never holds whole rows for every case: `case_ids`
returns the ordered ids of the current filter and sort (one indexed query), and the
list fetches `case_rows` for blocks of 64 ids as they scroll into view
(research/performance-anchors.md §3, §9). No OFFSET paging anywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from desktop_app.models import Case, Office, Status, User, WorkArea, db
from desktop_app.services.case_list.case_filters import CaseFilter, require_view
from desktop_app.services.case_list.filter_sql import apply_filter, prefix_match, scope_clause, search_clause
from desktop_app.services.context import Actor
from desktop_app.services.documents import search
from desktop_app.services.permissions import visible_cases
from desktop_app.storage.database import is_sqlite
from desktop_app.storage.migrations import m0022_search_lookup

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
SEARCH_LOOKUP_INDEX = m0022_search_lookup.INDEX


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
    required_present: int = 0  # completeness "k of n" (services/cases/completeness.py)
    required_total: int = 0


def _visible(query: pw.Query, actor: Actor) -> pw.Query:
    clause = visible_cases(actor)
    return query if clause is None else query.where(clause)


_prefix_like = prefix_match


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
        query = query.where(search_clause(term))
        if _search_reads_view_index(actor, case_filter, order_by, include_archived):
            query = query.from_(pw.NodeList((Case, pw.SQL(f'INDEXED BY "{SEARCH_LOOKUP_INDEX}"'))))
    return _visible(query, actor).order_by(*_order(order_by, descending))


def _search_reads_view_index(actor: Actor, case_filter: CaseFilter, order_by: str, include_archived: bool) -> bool:
    """A plain search in the default order by someone who sees every case: the matches need only the
    view, the creation date and the work area, all in m0022's narrow index (SQLite)."""
    return (is_sqlite() and order_by == DEFAULT_SORT and not include_archived and case_filter.active_count == 0
            and visible_cases(actor) is None)


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
            Case.select(Case.id).where(Case.id.in_(window_query) & search_clause(term, documents=False)))}
        hits.update(case_id for (case_id,) in db.execute(search.cases_matching_within(term, window_query)))
        found = [case_id for case_id in window if case_id in hits]
        if len(window) < size:  # the whole list was looked at
            return found[:limit], len(found) <= limit
        if len(found) >= limit:
            return found[:limit], False
    return found, False


def early_case_ids(actor: Actor, case_filter: CaseFilter, order_by: str = DEFAULT_SORT,
                   descending: bool = True) -> tuple[list[int], bool] | None:
    """`first_case_ids` when reading the first page first is faster than the whole list: a search
    word in more than FEW_MATCHES documents. None otherwise: the whole list comes as fast (a number
    prefix: 5 ms), and the page's `LIMIT` query would only have competed with it (20-36 ms at 1M)."""
    term = case_filter.search.strip()
    if not term or (search.matches_at_most(term, FEW_MATCHES + 1) or 0) <= FEW_MATCHES:
        return None
    return first_case_ids(actor, case_filter, order_by, descending)


def case_ids(actor: Actor, search: str | CaseFilter | None = None, order_by: str = DEFAULT_SORT,
             descending: bool = True, work_area: int | None = None,
             include_archived: bool = False) -> array:
    """Ordered ids of the cases the actor may see (an `array('q')`): not trashed, not archived by default.

    `search`: the search text (a prefix of the number, owner, prescriber, internal reference,
    city, protocol or contract) or a `CaseFilter` (filters, view, work area and search
    text). The trash view is refused (PermissionDenied) unless the actor is an administrator.
    """
    return id_array(case_ids_query(actor, search, order_by, descending, work_area, include_archived))


def id_array(query: pw.Query) -> array:
    """The ids a one-column query returns, in its order, as an array('q') (8 bytes an id).

    On SQLite the whole list comes back as one value: the ids as 16 hex digits each, concatenated
    in the query's order by one aggregate step that runs in C without the GIL (the window builds
    its widgets meanwhile); no Python object is made per id. 1M ids: 8 MB, not 38 as a list of ints.
    """
    ids = array("q")
    if is_sqlite():
        sql, params = query.sql()
        (packed,) = db.execute_sql(f"SELECT group_concat(printf('%016x', id), '') FROM ({sql})", params).fetchone()
        ids.frombytes(bytes.fromhex(packed or ""))
        if sys.byteorder == "little":
            ids.byteswap()  # the hex digits are big-endian
    else:
        ids.fromlist([case_id for (case_id,) in db.execute(query)])
    return ids


_TECH = User.alias("tech")
_ROW_COLUMNS = (
    Case.id, Case.number, Case.internal_ref, Case.owner_name, Case.prescriber_name, Case.city,
    Case.created_at, Case.appointment_at, _TECH.initials, _TECH.full_name,
    Case.report_state, Case.report_deliveries, Case.quote_state, Case.invoice_state,
    Case.installments_state, Case.installments_paid, Case.installments_total,
    Case.tariff, Case.amount, Status.name, Status.colour, Status.kind, Case.document_count,
    Office.currency, Case.version, Case.work_area, Status.code, Case.protocol, Case.subject,
    Case.nature, Case.origin, Case.priority, Case.contract, Case.trade, Case.order_date,
    Case.pending_interaction, Case.required_present, Case.required_total)
"""The CaseRow fields, in order."""


def rows_query(ids: Sequence[int]) -> pw.Query:
    """The query behind `case_rows` (exposed for tests; `case_rows` runs its SQL without peewee)."""
    return (Case.select(*_ROW_COLUMNS)
            .join(Status, on=(Case.status == Status.id))
            .switch(Case).join(_TECH, pw.JOIN.LEFT_OUTER, on=(Case.assigned_user == _TECH.id))
            .switch(Case).join(WorkArea, on=(Case.work_area == WorkArea.id))
            .join(Office, on=(WorkArea.office == Office.id))
            .where(Case.id.in_(list(ids))))


_rows_statements: dict[tuple[type, int], tuple[str, list]] = {}  # (engine, block size) → statement


def _rows_statement(count: int) -> tuple[str, list]:
    """The SQL of a block of `count` ids and each column's converter, built once per engine and size:
    peewee took longer to write the statement (1.8 ms) than SQLite to run it."""
    key = (type(db.obj), count)
    statement = _rows_statements.get(key)
    if statement is None:
        sql, _params = rows_query(range(count)).sql()
        converters = [None if _stored_as_read(column) else column.python_value for column in _ROW_COLUMNS]
        statement = _rows_statements[key] = (sql, converters)
    return statement


def _stored_as_read(field: pw.Field) -> bool:
    """Integers, texts and keys come back from either engine as the value itself (no conversion)."""
    plain = isinstance(field, pw.IntegerField | pw.CharField | pw.TextField)
    return isinstance(field, pw.ForeignKeyField) or (plain and type(field).python_value is pw.Field.python_value)


def case_rows(ids: Sequence[int]) -> dict[int, CaseRow]:
    """Full list rows for a block of ids (from `case_ids`, which applied the visibility rule)."""
    if not ids:
        return {}
    params = list(ids)
    size = 1 << (len(params) - 1).bit_length()  # a few statement sizes: the last id repeated up to a power of 2
    params += params[-1:] * (size - len(params))
    sql, converters = _rows_statement(size)
    rows = {}
    for raw in db.execute_sql(sql, params):
        values = [value if value is None or convert is None else convert(value)
                  for convert, value in zip(converters, raw, strict=True)]
        values[8] = values[8] or ""
        values[9] = values[9] or ""
        rows[values[0]] = CaseRow(*values)
    return rows


