"""Which offices and work areas a user may open on entry (S1-E1), with their case counts.

The rule (permissions live here, not in the chooser):
- administrators and administrative clerks, who see every case (permissions.SEES_ALL),
  see every work area of every office;
- everyone else sees the work areas of their own office (`User.office`: where they create
  cases, even before they have one) plus every work area that holds a case they may see
  (assigned to them, created by them, their team's, a service order of theirs, a grant).
A count is the number of live cases (not archived, not trashed) of that work area the user
may see: one GROUP BY over the (work_area, archived, trashed, created_at) index.

"All work areas" is offered to the roles that oversee several areas: administrators,
administrative clerks and sales managers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import peewee as pw

from desktop_app.models import Case, Office, User, WorkArea, db
from desktop_app.models.states import RoleCode
from desktop_app.services.context import Actor
from desktop_app.services.permissions import SEES_ALL, visible_cases
from desktop_app.storage.database import unindexed

MAY_CHOOSE_ALL = frozenset({RoleCode.ADMIN, RoleCode.ADMINISTRATIVE, RoleCode.SALES_MANAGER})


@dataclass(frozen=True, slots=True)
class WorkAreaChoice:
    """One work area the user may open. `case_count` is None when counts were not asked for."""

    office_id: int
    office_name: str
    work_area_id: int
    work_area_name: str
    case_count: int | None = None


def may_choose_all(actor: Actor) -> bool:
    return actor.role in MAY_CHOOSE_ALL


def _live() -> pw.Expression:
    """Not archived, not trashed, worded so that SQLite walks the (work_area, archived, trashed…)
    index in work-area order rather than the (archived, trashed, created_at) one, which would
    read every row and sort them for the GROUP BY."""
    return (unindexed(Case.archived) == False) & (unindexed(Case.trashed) == False)  # noqa: E712


def case_counts_query(actor: Actor) -> pw.Query:
    """Live cases per work area that the actor may see (exposed for EXPLAIN QUERY PLAN tests)."""
    query = (Case.select(Case.work_area, pw.fn.COUNT(Case.id))
             .where(_live())
             .group_by(Case.work_area))
    clause = visible_cases(actor)
    return query if clause is None else query.where(clause)


def _visible_area_ids(actor: Actor) -> set[int]:
    clause = visible_cases(actor)
    query = Case.select(Case.work_area).distinct().where(_live())
    if clause is not None:
        query = query.where(clause)
    return {area_id for (area_id,) in db.execute(query)}


def visible_work_areas(actor: Actor, *, with_counts: bool = True) -> list[WorkAreaChoice]:
    """The work areas the actor may open, ordered by office then work area name.

    Without counts an administrator's list costs one query on the (small) work-area table.
    """
    counts: dict[int, int] = {}
    if with_counts:
        counts = dict(db.execute(case_counts_query(actor)))
    query = (WorkArea.select(Office.id, Office.name, WorkArea.id, WorkArea.name)
             .join(Office, on=(WorkArea.office == Office.id))
             .order_by(Office.name, Office.id, WorkArea.name, WorkArea.id))
    if actor.role not in SEES_ALL:
        area_ids = set(counts) if with_counts else _visible_area_ids(actor)
        home = (User.select(User.office).where(User.id == actor.user_id).scalar()
                if actor.user_id is not None else None)
        wanted = WorkArea.id.in_(sorted(area_ids))
        if home is not None:
            wanted = wanted | (WorkArea.office == home)
        query = query.where(wanted)
    return [WorkAreaChoice(office_id, office_name, area_id, area_name,
                           counts.get(area_id, 0) if with_counts else None)
            for office_id, office_name, area_id, area_name in query.tuples()]


def initial_choice(areas: Sequence[WorkAreaChoice], remembered: int | None, remembered_all: bool,
                   allow_all: bool) -> int | None:
    """The work area to open without asking: the remembered one if still allowed, else the first.

    None means every work area. The first entry is "All work areas" for those who may choose it;
    a single work area is always opened directly.
    """
    ids = [area.work_area_id for area in areas]
    if len(ids) == 1:
        return ids[0]
    if remembered is not None and remembered in ids:
        return remembered
    if remembered_all and allow_all:
        return None
    if allow_all or not ids:
        return None
    return ids[0]


def office_name() -> str:
    """The office's name for the window title ('' for an office not configured yet)."""
    names = [name for (name,) in Office.select(Office.name).order_by(Office.id).limit(2).tuples()]
    return names[0] if len(names) == 1 else ""
