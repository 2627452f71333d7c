"""What the filter bar offers: the statuses, natures, origins, trades, users and work areas to choose from."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import peewee as pw

from desktop_app.models import Case, Status, User, WorkArea, Workflow
from desktop_app.models.states import RoleCode
from desktop_app.services.context import Actor

MAX_CHOICES = 500  # distinct values offered per drop-down; beyond that the bar's search is the tool


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
