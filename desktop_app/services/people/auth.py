"""Who is acting: logins, argon2 password hashes, lock-out after repeated failures."""

from __future__ import annotations

import datetime as dt

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, UserError
from desktop_app.models import Role, User
from desktop_app.models.base import utcnow
from desktop_app.models.states import RoleCode
from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.services.permissions import Action, allowed
from desktop_app.storage.database import is_sqlite, write_transaction

MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 8  # the message below says 8: change both together
LOCKED = QT_TRANSLATE_NOOP("errors", "Login {login} is locked until {until} after repeated failures.")
_hasher = None  # argon2's PasswordHasher, made at the first sign-in or password (argon2 is not loaded at start)


def password_hasher():
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def hash_password(password: str) -> str:
    return password_hasher().hash(password)


def actor_for_login(login: str) -> Actor:
    user = User.get_or_none(User.login == login)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No user with login {login}."), login=login)
    if not user.active:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "User {login} is disabled."), login=login)
    return Actor.from_user(user)


def default_actor() -> Actor:
    """The local admin a single-user install opens as (the first active admin)."""
    user = (User.select().join(Role).where((Role.code == RoleCode.ADMIN) & User.active)
            .order_by(User.id).first())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This office has no active administrator."))
    return Actor.from_user(user)


def single_user_actor() -> Actor | None:
    """The actor a single-user install opens as without asking, or None when someone must sign in.

    A SQLite office whose only active user has no password (the local admin of a new install)
    opens directly; once a second active user exists, or that user sets a password, or the
    office is on a PostgreSQL server, the window asks who is signing in.
    """
    if not is_sqlite():
        return None
    users = list(User.select().where(User.active == True).limit(2))  # noqa: E712
    if len(users) == 1 and not users[0].password_hash:
        return Actor.from_user(users[0])
    return None


def needs_password(login: str) -> bool:
    user = User.get_or_none(User.login == login)
    return bool(user and user.password_hash)


def authenticate(login: str, password: str) -> Actor:
    """Checks a password; five failures lock the login for five minutes.

    A failure is committed before it is reported, so the count survives the refusal.
    """
    refusal: PermissionDenied | None = None
    with write_transaction():
        user = User.get_or_none(User.login == login)
        if user is None or not user.active:
            raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Wrong login or password."))
        now = utcnow()
        if user.locked_until and user.locked_until > now:
            raise PermissionDenied(
                LOCKED, login=login, until=user.locked_until.astimezone().strftime("%H:%M"))
        if not user.password_hash:
            return Actor.from_user(user)
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            password_hasher().verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
            user.save()
            audit.record(Actor.from_user(user), "login.failed", "user", user.id)
            refusal = PermissionDenied(QT_TRANSLATE_NOOP("errors", "Wrong login or password."))
        else:
            if password_hasher().check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            user.save()
    if refusal is not None:
        raise refusal
    return Actor.from_user(user)


def validate_new_password(password: str) -> None:
    """The rule every new password follows (at least MIN_PASSWORD_LENGTH characters)."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A password needs at least 8 characters."))


def _check_current_password(user: User, current: str | None) -> None:
    """Someone changing their own password proves they know it (a wrong guess counts towards the lock)."""
    if not user.password_hash:
        return
    try:
        authenticate(user.login, current or "")
    except PermissionDenied as exc:
        if exc.template == LOCKED:
            raise
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Current password: it is not the right one.")) from None


def change_password(actor: Actor, user_id: int, new_password: str, current_password: str | None = None) -> None:
    """Sets a user's password. One's own needs the current one (if set); another's needs USER_MANAGE."""
    own = actor.user_id == user_id
    if not own and not allowed(actor, Action.USER_MANAGE):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only an administrator may change another user's password."))
    validate_new_password(new_password)
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "User {id} does not exist."), id=user_id)
    if own:
        _check_current_password(user, current_password)
    with write_transaction():
        User.update(password_hash=hash_password(new_password)).where(User.id == user_id).execute()
        audit.record(actor, "user.password_changed", "user", user_id)
