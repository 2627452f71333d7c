"""What the case list shows: the filter (a frozen value), how it narrows the id query, the bar's choices.

No Qt. `CaseFilter` is what a saved view stores (`to_dict`/`from_dict`, JSON-safe and
tolerant of damaged or unknown keys) and what `queries.case_ids` takes. Every clause
here is a plain column predicate with an index behind it (migration m0002), so the id
query stays one indexed statement (DESIGN §5; tests/unit/test_case_filter_plans.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from desktop_app.errors import QT_TRANSLATE_NOOP, PermissionDenied
from desktop_app.models.states import RoleCode
from desktop_app.services.context import Actor


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
    unseen: bool = False  # changed by someone else since the acting user last looked (services/cases/seen.py)
    missing_documents: bool = False  # k < n in the completeness column (services/cases/completeness.py)

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


# -- choices for the filter bar -------------------------------------------------------------


