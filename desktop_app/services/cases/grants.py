"""Per-case access grants (S2-G1): one case shared with a user or a team, to read or to change.

`permissions.visible_cases` reads the grants; this module writes them. Whoever may assign
cases (CASE_ASSIGN) and may change this case may share it or take a share back; anyone who
can see the case may list who it is shared with. A user or team has at most one grant per
case: granting again changes its level.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import AccessGrant, Team, User
from desktop_app.services import audit
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, can_see_case, require, require_case
from desktop_app.storage.database import write_transaction

LEVELS = ("read", "write")


@dataclass(frozen=True, slots=True)
class GrantRow:
    id: int
    user_id: int | None
    team_id: int | None
    name: str  # the user's full name (login) or the team's name
    level: str  # read, write
    granted_by: str
    granted_at: dt.datetime | None


def _require_case_exists(actor: Actor, case_id: int) -> None:
    if not can_see_case(actor, case_id):  # never say whether an invisible case exists
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)


def grants_of_case(actor: Actor, case_id: int) -> list[GrantRow]:
    """Who the case is shared with (users first, then teams, by name)."""
    _require_case_exists(actor, case_id)
    grantee, granter = User.alias(), User.alias()
    query = (AccessGrant.select(AccessGrant.id, AccessGrant.user, AccessGrant.team, grantee.full_name,
                                grantee.login, Team.name, AccessGrant.level, granter.full_name,
                                AccessGrant.granted_at)
             .join(grantee, pw.JOIN.LEFT_OUTER, on=(AccessGrant.user == grantee.id))
             .switch(AccessGrant).join(Team, pw.JOIN.LEFT_OUTER, on=(AccessGrant.team == Team.id))
             .switch(AccessGrant).join(granter, pw.JOIN.LEFT_OUTER, on=(AccessGrant.granted_by == granter.id))
             .where(AccessGrant.case == case_id))
    rows = []
    for id_, user_id, team_id, full_name, login, team, level, by, at in query.tuples():
        name = f"{full_name} ({login})" if user_id is not None else (team or "")
        rows.append(GrantRow(id_, user_id, team_id, name, level, by or "", at))
    return sorted(rows, key=lambda r: (r.user_id is None, r.name.lower()))


def grant_access(actor: Actor, case_id: int, *, user_id: int | None = None, team_id: int | None = None,
                 level: str = "read") -> ChangeSet:
    """Shares the case with one user or one team (exactly one), at `level` read or write."""
    _require_case_exists(actor, case_id)
    require_case(actor, Action.CASE_ASSIGN, case_id, write=True)
    if level not in LEVELS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Access level {level}: use read or write."), level=level)
    if (user_id is None) == (team_id is None):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Share with: choose one user or one team."))
    with write_transaction():
        if user_id is not None:
            user = User.get_or_none(User.id == user_id)
            if user is None or not user.active:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Share with: user {id} does not exist or is "
                                                            "disabled."), id=user_id)
            who = AccessGrant.user == user_id
        else:
            if not Team.select().where(Team.id == team_id).exists():
                raise UserError(QT_TRANSLATE_NOOP("errors", "Share with: team {id} does not exist."), id=team_id)
            who = AccessGrant.team == team_id
        existing = AccessGrant.get_or_none((AccessGrant.case == case_id) & who)
        if existing is not None:
            if existing.level == level:
                return ChangeSet()
            AccessGrant.update(level=level, granted_by=actor.user_id).where(
                AccessGrant.id == existing.id).execute()
            grant_id = existing.id
        else:
            grant_id = AccessGrant.create(case=case_id, user=user_id, team=team_id, level=level,
                                          granted_by=actor.user_id).id
        audit.record(actor, "case.grant", "access_grant", grant_id, case_id, user=user_id, team=team_id,
                     level=level)
    return ChangeSet(case_ids={case_id})


def revoke_access(actor: Actor, grant_id: int) -> ChangeSet:
    """Takes a share back (the user or team then sees the case only if their role lets them)."""
    grant = AccessGrant.get_or_none(AccessGrant.id == grant_id)
    if grant is None or not can_see_case(actor, grant.case_id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Access grant {id} does not exist."), id=grant_id)
    require_case(actor, Action.CASE_ASSIGN, grant.case_id, write=True)
    with write_transaction():
        AccessGrant.delete().where(AccessGrant.id == grant_id).execute()
        audit.record(actor, "case.revoke", "access_grant", grant_id, grant.case_id, user=grant.user_id,
                     team=grant.team_id, level=grant.level)
    return ChangeSet(case_ids={grant.case_id})



def grantees(actor: Actor) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(active users, teams) a case can be shared with, as (id, name) by name: what "Share…" offers."""
    require(actor, Action.CASE_ASSIGN)
    people = [(id_, f"{name} ({login})") for id_, name, login in
              User.select(User.id, User.full_name, User.login).where(User.active == True)  # noqa: E712
              .order_by(User.full_name, User.login).tuples()]
    teams = list(Team.select(Team.id, Team.name).order_by(Team.name, Team.id).tuples())
    return people, teams
