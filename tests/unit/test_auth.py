"""Logins: argon2 hashes, lock-out after repeated failures, the local admin of a new office."""

from __future__ import annotations

import pytest

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import AuditEvent, Role, User
from desktop_app.models.states import RoleCode
from desktop_app.services.people import auth

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def clerk(workspace):
    return User.create(login="clerk", full_name="Lucía Gómez", initials="LG",
                       role=Role.get(Role.code == RoleCode.ADMINISTRATIVE),
                       password_hash=auth.hash_password("s3cret-pass"))


def test_a_new_office_opens_as_its_local_admin_without_password(workspace):
    actor = auth.default_actor()
    assert (actor.login, actor.role) == ("admin", RoleCode.ADMIN)
    assert not auth.needs_password("admin")


def test_password_is_stored_as_an_argon2_hash(clerk):
    assert clerk.password_hash.startswith("$argon2id$") and "s3cret" not in clerk.password_hash
    assert auth.needs_password("clerk")
    assert auth.authenticate("clerk", "s3cret-pass").login == "clerk"


def test_five_failures_lock_the_login(clerk):
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(PermissionDenied, match="Wrong login or password"):
            auth.authenticate("clerk", "guess")
    with pytest.raises(PermissionDenied, match="locked until"):
        auth.authenticate("clerk", "s3cret-pass")  # even the right password waits
    assert AuditEvent.select().where(AuditEvent.action == "login.failed").count() == auth.MAX_FAILURES


def test_unknown_login_gives_the_same_message_as_a_wrong_password(workspace):
    with pytest.raises(PermissionDenied, match="Wrong login or password"):
        auth.authenticate("nobody", "x")
    with pytest.raises(NotFound, match="No user with login nobody"):
        auth.actor_for_login("nobody")


def test_password_change_rules(clerk):
    me = auth.actor_for_login("clerk")
    with pytest.raises(UserError, match="at least 8"):
        auth.change_password(me, clerk.id, "short")
    admin_id = User.get(User.login == "admin").id
    with pytest.raises(PermissionDenied):
        auth.change_password(me, admin_id, "another-long-one")
    with pytest.raises(PermissionDenied, match="Current password"):
        auth.change_password(me, clerk.id, "brand-new-pass", current_password="not-mine")
    assert auth.authenticate("clerk", "s3cret-pass").login == "clerk"  # unchanged
    auth.change_password(me, clerk.id, "brand-new-pass", current_password="s3cret-pass")
    assert auth.authenticate("clerk", "brand-new-pass").login == "clerk"
