"""Users and teams (services/people/users.py), per-case grants (services/cases/grants.py), the single-user rule."""

from __future__ import annotations

import pytest

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import AccessGrant, AuditEvent, Office, Team, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import case_editing, grants
from desktop_app.services.people import auth, users
from desktop_app.services.permissions import can_see_case
from desktop_app.storage.database import write_transaction

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def office_id(offices):
    return WorkArea.get(WorkArea.code == "DIAG").office_id


@pytest.fixture
def team(admin, office_id):
    return users.create_team(admin, "Nantes", office_id)


def _snapshot():
    return (sorted(User.select().dicts().iterator(), key=lambda r: r["id"]),
            sorted(Team.select().dicts().iterator(), key=lambda r: r["id"]), AuditEvent.select().count())


def test_create_user_lists_it_with_role_team_and_a_hashed_password(admin, team):
    row = users.create_user(admin, "lucia", "Lucía  Gómez", RoleCode.SALES_ADVISOR, team.id,
                            password="s3cret-pass", email="lucia@example.com")
    listed = {r.login: r for r in users.list_users(admin)}
    assert listed["lucia"] == row
    assert (row.full_name, row.role, row.team_name, row.active, row.locked, row.has_password) == (
        "Lucía Gómez", RoleCode.SALES_ADVISOR, "Nantes", True, False, True)
    stored = User.get(User.login == "lucia")
    assert stored.password_hash.startswith("$argon2id$") and stored.initials == "LG"
    assert stored.office_id == team.office_id
    assert auth.authenticate("lucia", "s3cret-pass").team_id == team.id
    assert AuditEvent.select().where(AuditEvent.action == "user.create").count() == 1
    nopass = users.create_user(admin, "tech9", "Tom Tech", RoleCode.TECHNICIAN)
    assert not nopass.has_password and not auth.needs_password("tech9")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"login": ""}, "Login: it is required"),
    ({"login": "bad login"}, "Login bad login: use at most"),
    ({"login": "ADMIN"}, "Login ADMIN: another user already has it"),
    ({"full_name": "  "}, "Full name: it is required"),
    ({"role": "boss"}, "Role boss: unknown"),
    ({"team_id": 999}, "Team: team 999 does not exist"),
    ({"password": "short"}, "at least 8 characters"),
    ({"email": "not-an-address"}, "E-mail not-an-address"),
])
def test_create_user_refuses_bad_input_naming_the_field_and_writes_nothing(admin, team, kwargs, message):
    args = {"login": "newbie", "full_name": "New Person", "role": RoleCode.SALES_ADVISOR, "team_id": team.id,
            "password": None, "email": ""} | kwargs
    before = _snapshot()
    with pytest.raises(UserError, match=message):
        users.create_user(admin, **args)
    assert _snapshot() == before


def test_only_an_administrator_manages_users(admin, team):
    advisor = auth.Actor.from_user(User.get_by_id(
        users.create_user(admin, "adv", "Ana Advisor", RoleCode.SALES_ADVISOR, team.id).id))
    before = _snapshot()
    for attempt in (lambda: users.list_users(advisor),
                    lambda: users.create_user(advisor, "x1", "X", RoleCode.ADMIN),
                    lambda: users.update_user(advisor, advisor.user_id, role=RoleCode.ADMIN),
                    lambda: users.unlock(advisor, advisor.user_id),
                    lambda: users.reset_password(advisor, admin.user_id, "taken-over-now"),
                    lambda: users.create_team(advisor, "Mine", team.office_id)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert _snapshot() == before


def test_update_user_changes_only_the_given_fields(admin, team):
    row = users.create_user(admin, "paul", "Paul Girard", RoleCode.SALES_ADVISOR, team.id, email="p@example.com")
    changed = users.update_user(admin, row.id, full_name="Paul Girardin", role=RoleCode.SALES_MANAGER)
    assert (changed.full_name, changed.role, changed.team_id, changed.email) == (
        "Paul Girardin", RoleCode.SALES_MANAGER, team.id, "p@example.com")
    assert User.get_by_id(row.id).initials == "PG"
    off = users.update_user(admin, row.id, team_id=None, active=False)
    assert (off.team_id, off.active) == (None, False)
    with pytest.raises(PermissionDenied, match="User paul is disabled"):
        auth.actor_for_login("paul")
    events = AuditEvent.select().where(AuditEvent.action == "user.update").count()
    users.update_user(admin, row.id, full_name="Paul Girardin")  # no change: no event
    assert AuditEvent.select().where(AuditEvent.action == "user.update").count() == events


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(admin, team):
    for change in ({"role": RoleCode.SALES_MANAGER}, {"active": False}):
        with pytest.raises(UserError, match="last active administrator"):
            users.update_user(admin, admin.user_id, **change)
    assert auth.default_actor().login == "admin"
    second = users.create_user(admin, "boss", "Second Admin", RoleCode.ADMIN)
    users.update_user(admin, second.id, active=False)  # an admin, but not the last one
    with pytest.raises(UserError, match="last active administrator"):
        users.update_user(admin, admin.user_id, active=False)  # the other one is inactive now
    users.update_user(admin, second.id, active=True)
    users.update_user(admin, admin.user_id, role=RoleCode.SALES_MANAGER)
    with pytest.raises(UserError, match="last active administrator"):
        users.update_user(admin, second.id, active=False)


def test_lock_out_then_unlock_and_reset(admin):
    row = users.create_user(admin, "clerk", "Clara Clerk", RoleCode.ADMINISTRATIVE, password="right-password")
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(PermissionDenied, match="Wrong login"):
            auth.authenticate("clerk", "wrong")
    assert users.get_user(admin, row.id).locked
    with pytest.raises(PermissionDenied, match="locked until"):
        auth.authenticate("clerk", "right-password")
    users.unlock(admin, row.id)
    assert not users.get_user(admin, row.id).locked
    assert auth.authenticate("clerk", "right-password").login == "clerk"
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            auth.authenticate("clerk", "wrong")
    users.reset_password(admin, row.id, "a-brand-new-one")  # also lifts the lock
    assert auth.authenticate("clerk", "a-brand-new-one").login == "clerk"
    with pytest.raises(UserError, match="at least 8"):
        users.reset_password(admin, row.id, "short")
    actions = [a for (a,) in AuditEvent.select(AuditEvent.action).tuples()]
    assert "user.unlock" in actions and "user.password_reset" in actions


def test_own_password_change_needs_the_current_one_and_counts_failures(admin):
    users.create_user(admin, "clerk", "Clara Clerk", RoleCode.ADMINISTRATIVE, password="right-password")
    me = auth.actor_for_login("clerk")
    with pytest.raises(PermissionDenied, match="Current password"):
        auth.change_password(me, me.user_id, "new-password-1", current_password="wrong")
    assert User.get_by_id(me.user_id).failed_logins == 1
    with pytest.raises(PermissionDenied, match="another user's password"):
        auth.change_password(me, admin.user_id, "new-password-1")
    auth.change_password(me, me.user_id, "new-password-1", current_password="right-password")
    assert auth.authenticate("clerk", "new-password-1").login == "clerk"
    # The administrator sets another's password without knowing it.
    auth.change_password(admin, me.user_id, "set-by-admin-1")
    assert auth.authenticate("clerk", "set-by-admin-1").login == "clerk"


def test_teams_create_and_rename(admin, office_id, team):
    assert [(t.name, t.members) for t in users.list_teams(admin)] == [("Nantes", 0)]
    users.create_user(admin, "adv", "Ana Advisor", RoleCode.SALES_ADVISOR, team.id)
    assert users.list_teams(admin)[0].members == 1
    renamed = users.rename_team(admin, team.id, "Nantes Nord")
    assert renamed.name == "Nantes Nord" and users.get_user(admin, User.get(User.login == "adv").id).team_name == \
        "Nantes Nord"
    users.create_team(admin, "Brest", office_id)
    with pytest.raises(UserError, match="Team name nantes nord: the office has a team"):
        users.create_team(admin, "nantes nord", office_id)
    with pytest.raises(UserError, match="Team name: it is required"):
        users.rename_team(admin, team.id, " ")
    assert Office.select().count() > 1
    with pytest.raises(UserError, match="Office: choose the office"):
        users.create_team(admin, "Nowhere")


# -- per-case grants ------------------------------------------------------------------------

@pytest.fixture
def shared(admin, offices, office_id):
    """Two teams; a case of team A assigned to advisor a1; b1 an advisor of team B, mb its manager."""
    team_a = users.create_team(admin, "A", office_id)
    team_b = users.create_team(admin, "B", office_id)
    ids = {login: users.create_user(admin, login, login.upper(), role, team).id for login, role, team in [
        ("a1", RoleCode.SALES_ADVISOR, team_a.id), ("ma", RoleCode.SALES_MANAGER, team_a.id),
        ("b1", RoleCode.SALES_ADVISOR, team_b.id), ("mb", RoleCode.SALES_MANAGER, team_b.id)]}
    area = WorkArea.get(WorkArea.code == "DIAG")
    case, _ = case_editing.create_case(admin, area.id, city="Nantes", assigned_user=ids["a1"], team=team_a.id)
    return case.id, team_b.id, {login: auth.actor_for_login(login) for login in ids}


def test_a_manager_shares_a_case_to_read_then_to_write_then_takes_it_back(admin, shared):
    case_id, _team_b, people = shared
    b1, ma = people["b1"], people["ma"]
    assert not can_see_case(b1, case_id)
    grants.grant_access(ma, case_id, user_id=b1.user_id, level="read")
    assert can_see_case(b1, case_id) and not can_see_case(b1, case_id, write=True)
    with pytest.raises(PermissionDenied):
        case_editing.update_case(b1, case_id, case_editing.get_case(admin, case_id).version, subject="Taken")
    grants.grant_access(ma, case_id, user_id=b1.user_id, level="write")
    assert can_see_case(b1, case_id, write=True)
    [row] = grants.grants_of_case(b1, case_id)
    assert (row.name, row.level, row.granted_by) == ("B1 (b1)", "write", "MA")
    grants.revoke_access(ma, row.id)
    assert not can_see_case(b1, case_id) and not AccessGrant.select().exists()
    with pytest.raises(NotFound):
        grants.grants_of_case(b1, case_id)
    assert {a for (a,) in AuditEvent.select(AuditEvent.action).where(AuditEvent.case == case_id).tuples()} >= {
        "case.grant", "case.revoke"}


def test_a_team_grant_opens_the_case_to_every_member(admin, shared):
    case_id, team_b, people = shared
    grants.grant_access(admin, case_id, team_id=team_b)
    assert can_see_case(people["b1"], case_id) and can_see_case(people["mb"], case_id)
    assert [g.name for g in grants.grants_of_case(admin, case_id)] == ["B"]


def test_who_may_share(admin, shared):
    case_id, _team_b, people = shared
    with pytest.raises(PermissionDenied):  # an advisor may not assign, even his own case
        grants.grant_access(people["a1"], case_id, user_id=people["b1"].user_id)
    with pytest.raises(NotFound, match="does not exist"):  # the other team's manager does not see it
        grants.grant_access(people["mb"], case_id, user_id=people["mb"].user_id)
    grants.grant_access(admin, case_id, user_id=people["mb"].user_id, level="read")
    with pytest.raises(PermissionDenied):  # seeing it is not enough: sharing needs write access
        grants.grant_access(people["mb"], case_id, user_id=people["b1"].user_id)
    for kwargs, message in (({}, "choose one user or one team"),
                            ({"user_id": people["b1"].user_id, "team_id": 1}, "choose one user or one team"),
                            ({"user_id": people["b1"].user_id, "level": "owner"}, "Access level owner"),
                            ({"user_id": 999}, "user 999 does not exist")):
        with pytest.raises(UserError, match=message):
            grants.grant_access(admin, case_id, **kwargs)
    assert AccessGrant.select().count() == 1


# -- the single-user rule ---------------------------------------------------------------------

def test_a_single_user_install_opens_as_its_admin_until_a_second_user_exists(workspace, admin, engine):
    if engine == "postgresql":
        assert auth.single_user_actor() is None  # a shared server office always asks who signs in
        return
    assert auth.single_user_actor() == admin
    second = users.create_user(admin, "clerk", "Clara Clerk", RoleCode.ADMINISTRATIVE)
    assert auth.single_user_actor() is None
    users.update_user(admin, second.id, active=False)
    assert auth.single_user_actor() == admin
    auth.change_password(admin, admin.user_id, "admin-password")
    assert auth.single_user_actor() is None  # a password set: it is asked
    with write_transaction():
        User.update(password_hash=None).execute()
    assert auth.single_user_actor() == admin
