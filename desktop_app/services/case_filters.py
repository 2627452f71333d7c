"""What the case list shows: the filter (a frozen value), how it narrows the id query, the bar's choices.

No Qt. `CaseFilter` is what a saved view stores (`to_dict`/`from_dict`, JSON-safe and
tolerant of damaged or unknown keys) and what `queries.case_ids` takes. Every clause
here is a plain column predicate with an index behind it (migration m0002), so the id
query stays one indexed statement (DESIGN §5; tests/unit/test_case_filter_plans.py).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, PermissionDenied
from desktop_app.models import Case, ServiceOrder, Status, User, WorkArea, Workflow
from desktop_app.models.states import RoleCode
from desktop_app.services import seen
from desktop_app.services.context import Actor
from desktop_app.storage.database import is_sqlite, unindexed

MAX_CHOICES = 500  # distinct values offered per drop-down; beyond that the bar's search is the tool


class ViewMode(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    TRASH = "trash"


@dataclass(frozen=True)
class CaseFilter:
    """Every filter of the case list; the empty value (the default) shows the active cases."""

    work_area_id: int | None = None
    statuses: tuple[int, ...] = ()
    natures: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    trades: tuple[str, ...] = ()
    created_from: dt.date | None = None
    created_to: dt.date | None = None  # inclusive
    order_from: dt.date | None = None
    order_to: dt.date | None = None  # inclusive
    assigned_user_ids: tuple[int, ...] = ()
    technician_ids: tuple[int, ...] = ()  # technician of one of the case's service orders
    invoice_states: tuple[int, ...] = ()
    quote_states: tuple[int, ...] = ()
    installments_states: tuple[int, ...] = ()
    min_documents: int | None = None
    max_documents: int | None = None
    contract: str = ""  # prefix, any case
    view: ViewMode = ViewMode.ACTIVE
    search: str = ""
    mine: bool = False  # assigned to or created by the acting user
    resurfacing: bool = False  # "needs attention today": back from hold, or an alert of the user's due
    unseen: bool = False  # changed by someone else since the acting user last looked (services/seen.py)
    missing_documents: bool = False  # k < n in the completeness column (services/completeness.py)

    # Keys that narrow the list (the work area and the search box are counted apart).
    _COUNTED = ("statuses", "natures", "origins", "trades", "assigned_user_ids", "technician_ids",
                "invoice_states", "quote_states", "installments_states", "contract", "mine",
                "resurfacing", "unseen", "missing_documents")

    @property
    def active_count(self) -> int:
        """How many filters narrow the list (a date range or a document range counts once)."""
        count = sum(1 for name in self._COUNTED if getattr(self, name))
        count += self.created_from is not None or self.created_to is not None
        count += self.order_from is not None or self.order_to is not None
        count += self.min_documents is not None or self.max_documents is not None
        count += self.view != ViewMode.ACTIVE
        return count

    def cleared(self) -> CaseFilter:
        """The same work area with no filter and no search."""
        return CaseFilter(work_area_id=self.work_area_id)

    def with_(self, **changes: object) -> CaseFilter:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """JSON-safe: dates as ISO text, tuples as lists, the view as its code; defaults left out."""
        out: dict = {}
        default = _EMPTY
        for f in fields(self):
            value = getattr(self, f.name)
            if value == getattr(default, f.name):
                continue
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, ViewMode):
                value = value.value
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: object) -> CaseFilter:
        """Reads what `to_dict` wrote; unknown keys and damaged values fall back to the default."""
        if not isinstance(data, dict):
            return cls()
        values: dict = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            raw = data[f.name]
            parsed = _PARSERS[f.name](raw)
            if parsed is not _BAD:
                values[f.name] = parsed
        return cls(**values)


_BAD = object()


def _ints(raw: object) -> object:
    if not isinstance(raw, list | tuple):
        return _BAD
    out = []
    for item in raw:
        if isinstance(item, bool) or not isinstance(item, int):
            continue
        if item not in out:
            out.append(item)
    return tuple(out)


def _texts(raw: object) -> object:
    if not isinstance(raw, list | tuple):
        return _BAD
    out = []
    for item in raw:
        if isinstance(item, str) and len(item) <= 300 and item not in out:
            out.append(item)
    return tuple(out)


def _date(raw: object) -> object:
    if raw is None:
        return None
    if not isinstance(raw, str):
        return _BAD
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return _BAD


def _count(raw: object) -> object:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
        return _BAD
    return raw


def _optional_id(raw: object) -> object:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int):
        return _BAD
    return raw


def _text(raw: object) -> object:
    return raw.strip()[:200] if isinstance(raw, str) else _BAD


def _view(raw: object) -> object:
    try:
        return ViewMode(raw)
    except ValueError:
        return _BAD


def _flag(raw: object) -> object:
    return raw if isinstance(raw, bool) else _BAD


_PARSERS = {
    "work_area_id": _optional_id, "statuses": _ints, "natures": _texts, "origins": _texts,
    "trades": _texts, "created_from": _date, "created_to": _date, "order_from": _date,
    "order_to": _date, "assigned_user_ids": _ints, "technician_ids": _ints, "invoice_states": _ints,
    "quote_states": _ints, "installments_states": _ints, "min_documents": _count,
    "max_documents": _count, "contract": _text, "view": _view, "search": _text, "mine": _flag,
    "resurfacing": _flag,
    "unseen": _flag,
    "missing_documents": _flag,
}
_EMPTY = CaseFilter()


# -- applying a filter ----------------------------------------------------------------------

def require_view(actor: Actor, case_filter: CaseFilter) -> None:
    """Only an administrator opens the trash (S2-A2)."""
    if case_filter.view == ViewMode.TRASH and actor.role != RoleCode.ADMIN:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "User {login} may not open the trash: only an administrator can."),
            login=actor.login)


def _start_of(day: dt.date) -> dt.datetime:
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
    """Narrows a `Case` query by every filter except the search box (queries._search_clause)."""
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
        query = query.where(Case.created_at >= _start_of(f.created_from))
    if f.created_to is not None:
        query = query.where(Case.created_at < _start_of(f.created_to + dt.timedelta(days=1)))
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
        from desktop_app.services.queries import prefix_match  # queries imports this module

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
    from desktop_app.models import Note  # here: the filter is the only user
    from desktop_app.models.states import StatusKind

    today = today or dt.date.today()
    me = actor.user_id if actor.user_id is not None else -1
    held = Case.alias("held")
    on_hold = Status.select(Status.id).where(Status.kind == StatusKind.ON_HOLD)
    back = held.select(held.id).where((held.resume_date <= today) & unindexed(held.status).in_(on_hold))
    mine = (Note.addressee == me) | (Note.addressee.is_null() & (Note.author == me))
    due = Note.select(Note.case).where(Note.is_alert & ~Note.done & (Note.due_at < _start_of(today + dt.timedelta(days=1)))
                                       & mine)
    return Case.id.in_(back) | Case.id.in_(due)


# -- choices for the filter bar -------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    value: object
    label: str
    colour: str = ""


@dataclass(frozen=True)
class FilterChoices:
    statuses: list[Choice] = field(default_factory=list)
    natures: list[Choice] = field(default_factory=list)
    origins: list[Choice] = field(default_factory=list)
    trades: list[Choice] = field(default_factory=list)
    users: list[Choice] = field(default_factory=list)
    technicians: list[Choice] = field(default_factory=list)
    work_areas: list[Choice] = field(default_factory=list)


def _distinct(column: pw.Field) -> list[str]:
    """Distinct non-empty values by hopping along the column's index: one seek per value, no scan."""
    values: list[str] = []
    last = ""
    while len(values) < MAX_CHOICES:
        (value,) = Case.select(pw.fn.MIN(column)).where(column > last).tuples().get()
        if value is None:
            break
        values.append(value)
        last = value
    return values


_cache_lock = threading.Lock()
_distinct_cache: dict[tuple[str, str], list[str]] = {}


def clear_choice_cache() -> None:
    with _cache_lock:
        _distinct_cache.clear()


def filter_choices(actor: Actor, work_area_id: int | None) -> FilterChoices:
    """What the bar offers: statuses (of the work area), natures, origins, trades, users.

    Run it in the background (LatestTask): it is a few dozen index seeks, cached per database.
    """
    key_db = str(Case._meta.database.database)
    texts = {}
    for name, column in (("natures", Case.nature), ("origins", Case.origin), ("trades", Case.trade)):
        with _cache_lock:
            cached = _distinct_cache.get((key_db, name))
        if cached is None:
            cached = _distinct(column)
            with _cache_lock:
                _distinct_cache[(key_db, name)] = cached
        texts[name] = [Choice(v, v) for v in cached]
    statuses = (Status.select(Status.id, Status.name, Status.colour, WorkArea.name)
                .join(Workflow).join(WorkArea)
                .order_by(WorkArea.id, Status.position, Status.id))
    if work_area_id is not None:
        statuses = statuses.where(WorkArea.id == work_area_id)
    several = work_area_id is None and WorkArea.select().count() > 1
    status_choices = [Choice(sid, f"{area} · {name}" if several else name, colour)
                      for sid, name, colour, area in statuses.tuples()]
    users = (User.select(User.id, User.full_name, User.role)
             .where(User.active == True).order_by(User.full_name))  # noqa: E712
    from desktop_app.models import Role

    technician_role = Role.get_or_none(Role.code == RoleCode.TECHNICIAN)
    user_rows = list(users.tuples())
    return FilterChoices(
        statuses=status_choices, natures=texts["natures"], origins=texts["origins"], trades=texts["trades"],
        users=[Choice(uid, name) for uid, name, _role in user_rows],
        technicians=[Choice(uid, name) for uid, name, role in user_rows
                     if technician_role is not None and role == technician_role.id],
        work_areas=[Choice(wid, name) for wid, name in
                    WorkArea.select(WorkArea.id, WorkArea.name).order_by(WorkArea.id).tuples()])
