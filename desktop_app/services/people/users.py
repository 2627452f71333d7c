"""Managing logins and teams: who exists, with which role and team, active or locked.

Every function here needs USER_MANAGE (the administrator) and writes one audited
transaction. Passwords go through services/people/auth.py (one hashing and length rule). A user
is never deleted (the audit trail names them): they are deactivated instead, and the last
active administrator can be neither deactivated nor given another role, so that an office
never locks itself out of its own user management.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import Office, Role, Team, User
from desktop_app.models.base import utcnow
from desktop_app.models.states import RoleCode
from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.services.people import auth
from desktop_app.services.permissions import Action, require
from desktop_app.storage.database import write_transaction

LOGIN_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
NAME_MAX = 200
TEAM_NAME_MAX = 100
ROLES = tuple(RoleCode)


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: object = _Unchanged()
"""The default of update_user's arguments: leave that field as it is."""


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    login: str
    full_name: str
    email: str
    role: str  # RoleCode
    team_id: int | None
    team_name: str
    active: bool
    locked: bool
    has_password: bool
    office_name: str = ""


@dataclass(frozen=True, slots=True)
class TeamRow:
    id: int
    name: str
    office_id: int
    office_name: str
    members: int  # active users in the team


# -- reading --------------------------------------------------------------------------------

def _user_query() -> pw.Query:
    return (User.select(User.id, User.login, User.full_name, User.email, Role.code, User.team, Team.name,
                        User.active, User.locked_until, User.password_hash, Office.name)
            .join(Role, on=(User.role == Role.id))
            .switch(User).join(Team, pw.JOIN.LEFT_OUTER, on=(User.team == Team.id))
            .switch(User).join(Office, pw.JOIN.LEFT_OUTER, on=(User.office == Office.id)))


def _rows(query: pw.Query) -> list[UserRow]:
    now = utcnow()
    return [UserRow(id_, login, name, email, role, team_id, team or "", bool(active),
                    locked_until is not None and locked_until > now, bool(password), office or "")
            for id_, login, name, email, role, team_id, team, active, locked_until, password, office
            in query.tuples()]


def list_users(actor: Actor) -> list[UserRow]:
    """Every login, active ones first, by role then login."""
    require(actor, Action.USER_MANAGE)
    order = {code: i for i, code in enumerate(ROLES)}
    rows = _rows(_user_query())
    return sorted(rows, key=lambda r: (not r.active, order.get(r.role, 9), r.login.lower()))


def get_user(actor: Actor, user_id: int) -> UserRow:
    require(actor, Action.USER_MANAGE)
    rows = _rows(_user_query().where(User.id == user_id))
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "User {id} does not exist."), id=user_id)
    return rows[0]


def list_teams(actor: Actor) -> list[TeamRow]:
    require(actor, Action.USER_MANAGE)
    members = (User.select(User.team, pw.fn.COUNT(User.id).alias("n"))
               .where(User.active == True).group_by(User.team))  # noqa: E712
    counts = {team_id: n for team_id, n in members.tuples() if team_id is not None}
    query = (Team.select(Team.id, Team.name, Office.id, Office.name)
             .join(Office, on=(Team.office == Office.id)).order_by(Office.name, Team.name, Team.id))
    return [TeamRow(id_, name, office_id, office, counts.get(id_, 0))
            for id_, name, office_id, office in query.tuples()]


# -- checking input -------------------------------------------------------------------------

def _login(login: str) -> str:
    login = (login or "").strip()
    if not login:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Login: it is required."))
    if not LOGIN_PATTERN.fullmatch(login):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Login {login}: use at most 64 letters, digits, dots, dashes, underscores or @, "
                      "starting with a letter or digit."), login=login)
    if User.select().where(pw.fn.lower(User.login) == login.lower()).exists():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Login {login}: another user already has it."), login=login)
    return login


def _full_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Full name: it is required."))
    if len(name) > NAME_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Full name: at most {n} characters."), n=NAME_MAX)
    return name


def _email(email: str) -> str:
    email = (email or "").strip()
    if email and (len(email) > 200 or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email)):
        raise UserError(QT_TRANSLATE_NOOP("errors", "E-mail {email}: not an e-mail address."), email=email)
    return email


def _role(code: str) -> Role:
    role = Role.get_or_none(Role.code == code) if code in ROLES else None
    if role is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Role {role}: unknown (use one of {roles})."),
                        role=code, roles=", ".join(ROLES))
    return role


def _team(team_id: int | None) -> Team | None:
    if team_id is None:
        return None
    team = Team.get_or_none(Team.id == team_id)
    if team is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Team: team {id} does not exist."), id=team_id)
    return team


def _initials(full_name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", full_name) if w]
    letters = "".join(w[0] for w in words[:3]).upper()
    return letters[:8] or full_name[:2].upper()


def _user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "User {id} does not exist."), id=user_id)
    return user


def _refuse_last_admin(user: User, *, role: str, active: bool) -> None:
    """Refuses a change that would leave the office without an active administrator."""
    was_admin = user.active and user.role.code == RoleCode.ADMIN
    stays_admin = active and role == RoleCode.ADMIN
    if not was_admin or stays_admin:
        return
    others = (User.select().join(Role)
              .where((Role.code == RoleCode.ADMIN) & (User.active == True) & (User.id != user.id))  # noqa: E712
              .exists())
    if not others:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "User {login} is the last active administrator: make another user an administrator "
                      "first."), login=user.login)


# -- changing -------------------------------------------------------------------------------

def create_user(actor: Actor, login: str, full_name: str, role: str, team_id: int | None = None,
                password: str | None = None, email: str = "", office_id: int | None = None) -> UserRow:
    """A new active login. `password` may be None (none set: the user signs in without one)."""
    require(actor, Action.USER_MANAGE)
    if password is not None:
        auth.validate_new_password(password)
    password_hash = auth.hash_password(password) if password is not None else None  # slow: outside the lock
    with write_transaction():
        clean_login = _login(login)
        name = _full_name(full_name)
        role_row = _role(role)
        team = _team(team_id)
        if office_id is not None and not Office.select().where(Office.id == office_id).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Office: office {id} does not exist."), id=office_id)
        user = User.create(login=clean_login, full_name=name, initials=_initials(name), email=_email(email),
                           role=role_row, team=team, office=office_id if office_id is not None else
                           (team.office_id if team is not None else None), password_hash=password_hash)
        audit.record(actor, "user.create", "user", user.id, login=clean_login, role=role_row.code,
                     team=team.id if team else None)
    return get_user(actor, user.id)


def update_user(actor: Actor, user_id: int, *, full_name: str | object = UNCHANGED,
                role: str | object = UNCHANGED, team_id: int | object | None = UNCHANGED,
                email: str | object = UNCHANGED, active: bool | object = UNCHANGED) -> UserRow:
    """Changes the given fields (the others stay). Never leaves the office without an active admin."""
    require(actor, Action.USER_MANAGE)
    with write_transaction():
        user = _user(user_id)
        changes: dict[str, object] = {}
        if full_name is not UNCHANGED:
            changes["full_name"] = _full_name(str(full_name))
            changes["initials"] = _initials(changes["full_name"])
        if email is not UNCHANGED:
            changes["email"] = _email(str(email))
        new_role = user.role.code
        if role is not UNCHANGED:
            role_row = _role(str(role))
            new_role = role_row.code
            changes["role"] = role_row.id
        if team_id is not UNCHANGED:
            team = _team(team_id)  # type: ignore[arg-type]
            changes["team"] = team.id if team is not None else None
        new_active = user.active
        if active is not UNCHANGED:
            new_active = bool(active)
            changes["active"] = new_active
        _refuse_last_admin(user, role=new_role, active=new_active)
        changes = {k: v for k, v in changes.items() if v != getattr(user, k if k not in ("role", "team")
                                                                      else f"{k}_id")}
        if changes:
            User.update(**changes).where(User.id == user_id).execute()
            audit.record(actor, "user.update", "user", user_id,
                         **{k: v for k, v in changes.items() if k != "initials"})
    return get_user(actor, user_id)


def reset_password(actor: Actor, user_id: int, new_password: str) -> None:
    """An administrator sets another user's password (and lifts a lock-out)."""
    require(actor, Action.USER_MANAGE)
    auth.validate_new_password(new_password)
    password_hash = auth.hash_password(new_password)
    with write_transaction():
        _user(user_id)
        User.update(password_hash=password_hash, failed_logins=0, locked_until=None).where(
            User.id == user_id).execute()
        audit.record(actor, "user.password_reset", "user", user_id)


def unlock(actor: Actor, user_id: int) -> None:
    """Lifts a lock-out after repeated failures (the failure count starts again at zero)."""
    require(actor, Action.USER_MANAGE)
    with write_transaction():
        _user(user_id)
        User.update(failed_logins=0, locked_until=None).where(User.id == user_id).execute()
        audit.record(actor, "user.unlock", "user", user_id)


def _team_name(name: str, office_id: int, team_id: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Team name: it is required."))
    if len(name) > TEAM_NAME_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Team name: at most {n} characters."), n=TEAM_NAME_MAX)
    same = Team.select().where((Team.office == office_id) & (pw.fn.lower(Team.name) == name.lower()))
    if team_id is not None:
        same = same.where(Team.id != team_id)
    if same.exists():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Team name {name}: the office has a team of that name."),
                        name=name)
    return name


def create_team(actor: Actor, name: str, office_id: int | None = None) -> TeamRow:
    """A new team in an office (the only office when there is one and none is given)."""
    require(actor, Action.USER_MANAGE)
    with write_transaction():
        if office_id is None:
            offices = [o for (o,) in Office.select(Office.id).limit(2).tuples()]
            if len(offices) != 1:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Office: choose the office the team belongs to."))
            office_id = offices[0]
        elif not Office.select().where(Office.id == office_id).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Office: office {id} does not exist."), id=office_id)
        team = Team.create(office=office_id, name=_team_name(name, office_id))
        audit.record(actor, "team.create", "team", team.id, name=team.name)
    return next(t for t in list_teams(actor) if t.id == team.id)


def rename_team(actor: Actor, team_id: int, name: str) -> TeamRow:
    require(actor, Action.USER_MANAGE)
    with write_transaction():
        team = _team(team_id)
        assert team is not None
        clean = _team_name(name, team.office_id, team_id)
        Team.update(name=clean).where(Team.id == team_id).execute()
        audit.record(actor, "team.rename", "team", team_id, old=team.name, name=clean)
    return next(t for t in list_teams(actor) if t.id == team_id)
