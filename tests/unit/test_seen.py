"""'Since you last looked': own changes never count, others' do, after the last look or the baseline."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import NotFound
from desktop_app.models import AuditEvent, Case, CaseSeen, Role, Status, User, WorkArea, Workflow, db
from desktop_app.models.states import RoleCode
from desktop_app.services import audit
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter
from desktop_app.services.cases import case_editing, seen
from desktop_app.services.context import SYSTEM, Actor
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage.database import write_transaction
from desktop_app.storage.migrations import latest_version, migrate

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

HOUR = dt.timedelta(hours=1)


def _user(login: str, role: str = RoleCode.ADMINISTRATIVE) -> Actor:
    with write_transaction():
        user = User.create(login=login, full_name=f"{login.title()} Person", initials=login[:2].upper(),
                           role=Role.get(Role.code == role))
    return Actor.from_user(user)


@pytest.fixture
def people(offices, admin):
    """Ana and Bruno (administrative clerks: they see every case), both started an hour ago, and three cases."""
    ana, bruno = _user("ana"), _user("bruno")
    area = WorkArea.get(WorkArea.code == "DIAG")
    made = [case_editing.create_case(admin, area.id, city=city)[0].id for city in ("Nantes", "Brest", "Vannes")]
    for actor in (ana, bruno):
        seen.begin(actor)
    _shift_everything_back(HOUR)  # the cases' creation and the baselines are an hour old
    return ana, bruno, made


def _shift_everything_back(delta: dt.timedelta) -> None:
    """Moves every audit event, seen row and baseline back in time (tests need distinct instants)."""
    with write_transaction():
        for event in AuditEvent.select():
            AuditEvent.update(at=event.at - delta).where(AuditEvent.id == event.id).execute()
        for row in CaseSeen.select():
            CaseSeen.update(seen_at=row.seen_at - delta).where(CaseSeen.id == row.id).execute()
        for user in User.select().where(User.seen_baseline.is_null(False)):
            User.update(seen_baseline=user.seen_baseline - delta).where(User.id == user.id).execute()


def _edit(actor: Actor, case_id: int, **changes) -> None:
    case_editing.update_case(actor, case_id, Case.get_by_id(case_id).version, **(changes or {"subject": "Roof"}))


def test_changes_before_the_baseline_are_not_new(people):
    ana, _bruno, made = people
    assert seen.unseen_among(ana, made) == set()  # created by the admin before Ana started
    assert list(case_queries.case_ids(ana, CaseFilter(unseen=True))) == []


def test_a_change_by_someone_else_is_new_and_ones_own_is_not(people):
    ana, bruno, made = people
    _edit(bruno, made[0])
    _edit(ana, made[1])
    assert seen.unseen_among(ana, made) == {made[0]}
    assert seen.unseen_among(bruno, made) == {made[1]}
    change = seen.unseen_changes(ana, made)[made[0]]
    assert change.who == "Bruno Person" and change.case_id == made[0]
    assert list(case_queries.case_ids(ana, CaseFilter(unseen=True))) == [made[0]]
    assert list(case_queries.case_ids(bruno, CaseFilter(unseen=True))) == [made[1]]


def test_looking_clears_the_mark_until_someone_else_changes_it_again(people):
    ana, bruno, made = people
    _edit(bruno, made[0])
    _shift_everything_back(dt.timedelta(minutes=10))
    assert seen.mark_seen(ana, made[0]) is not None
    assert seen.unseen_among(ana, made) == set()
    assert list(case_queries.case_ids(ana, CaseFilter(unseen=True))) == []
    _edit(ana, made[0])  # her own change after looking: still seen
    assert seen.unseen_among(ana, made) == set()
    _edit(bruno, made[0], city="Lorient")
    assert seen.unseen_among(ana, made) == {made[0]}
    assert list(case_queries.case_ids(ana, CaseFilter(unseen=True))) == [made[0]]
    assert CaseSeen.select().where(CaseSeen.user == ana.user_id).count() == 1  # an upsert, not a new row each time
    seen.mark_seen(ana, made[0])
    assert CaseSeen.select().where(CaseSeen.user == ana.user_id).count() == 1


def test_the_program_counts_as_someone_else(people):
    ana, _bruno, made = people
    with write_transaction():
        audit.record(SYSTEM, "case.update", "case", made[2], made[2], fields=["city"])
    assert seen.unseen_changes(ana, made)[made[2]].who == ""
    assert list(case_queries.case_ids(ana, CaseFilter(unseen=True))) == [made[2]]


def test_a_user_who_never_opened_the_window_has_nothing_new(people):
    _ana, bruno, made = people
    carla = _user("carla")
    _edit(bruno, made[0])
    assert seen.baseline(carla) is None
    assert seen.unseen_among(carla, made) == set()
    assert list(case_queries.case_ids(carla, CaseFilter(unseen=True))) == []
    first = seen.begin(carla)
    assert first is not None and seen.begin(carla) == first  # set once, kept afterwards
    _edit(bruno, made[1])
    assert seen.unseen_among(carla, made) == {made[1]}


def test_mark_all_seen(people):
    ana, bruno, made = people
    for case_id in made:
        _edit(bruno, case_id)
    assert seen.unseen_among(ana, made) == set(made)
    _shift_everything_back(dt.timedelta(minutes=5))
    assert seen.mark_all_seen(ana, made[:2]) == 2
    assert seen.unseen_among(ana, made) == {made[2]}
    before = seen.baseline(ana)
    seen.mark_seen(ana, made[0])
    assert seen.mark_all_seen(ana) == -1
    assert seen.baseline(ana) > before
    assert CaseSeen.select().where(CaseSeen.user == ana.user_id).count() == 0  # the baseline says it all now
    assert seen.unseen_among(ana, made) == set()
    assert seen.unseen_among(bruno, made) == set()  # Bruno made the changes: never new for him


def test_marks_follow_visibility(people):
    _ana, bruno, made = people
    advisor = _user("dora", RoleCode.SALES_ADVISOR)
    seen.begin(advisor)
    with pytest.raises(NotFound):
        seen.mark_seen(advisor, made[0])  # a case she cannot see
    assert seen.mark_all_seen(advisor, made) == 0
    assert CaseSeen.select().where(CaseSeen.user == advisor.user_id).count() == 0
    area = WorkArea.get(WorkArea.code == "DIAG")
    own, _ = case_editing.create_case(advisor, area.id, city="Quimper")
    _shift_everything_back(dt.timedelta(minutes=1))
    _edit(bruno, own.id)
    _edit(bruno, made[0])
    assert list(case_queries.case_ids(advisor, CaseFilter(unseen=True))) == [own.id]  # never a case she may not see


def test_looking_writes_no_audit_event(people):
    ana, _bruno, made = people
    events = AuditEvent.select().count()
    seen.mark_seen(ana, made[0])
    seen.mark_all_seen(ana, made)
    seen.mark_all_seen(ana)
    assert AuditEvent.select().count() == events


def test_the_filter_round_trips_and_counts():
    f = CaseFilter(unseen=True)
    assert f.active_count == 1
    assert CaseFilter.from_dict(f.to_dict()) == f
    assert CaseFilter.from_dict({"unseen": "yes"}) == CaseFilter()


def _plan(query) -> list[str]:
    sql, params = query.sql()
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


@pytest.mark.sqlite_only
def test_the_filter_reads_the_events_after_the_baseline_through_indexes(people):
    ana, _bruno, _made = people
    for key in sorted(case_queries.SORT_KEYS):
        for work_area in (None, WorkArea.get(WorkArea.code == "DIAG").id):
            lines = _plan(case_queries.case_ids_query(ana, CaseFilter(unseen=True, work_area_id=work_area), order_by=key))
            text = "\n".join(lines)
            for line in lines:
                if line.startswith("SCAN "):
                    assert "INDEX" in line, text  # never a bare scan of a table
            assert "audit_event_at_case_id_user_id" in text, text  # the range after the baseline
            assert "case_seen_user_id_case_id" in text, text  # each event's look-up of the last look
            assert "SCAN case" not in text.replace("SCAN case_seen", ""), text  # the case table is not walked
    # The 64-row block of the list: each case's own events through the (case, at) index.
    lines = _plan(seen.changes_query(ana, list(range(1, 65)), seen.baseline(ana)))
    assert any(line.startswith("SEARCH e USING INDEX audit_event_case_id_at") for line in lines), lines
    assert not any(line.startswith("SCAN ") and "INDEX" not in line for line in lines), lines


def test_a_database_before_m0007_migrates(tmp_path):
    fresh = open_workspace(tmp_path / "fresh", create=True)
    expected_indexes = set(fresh.database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall())
    close_workspace(fresh)
    old = open_workspace(tmp_path / "old", create=True)
    database = old.database
    with write_transaction():
        from desktop_app.services.settings import presets

        presets.create_office("isp")
        presets.create_office("diagnostics")
        Status.update(system_only=False).execute()  # as an older CaseDesk made them
    database.execute_sql('DROP TABLE "case_seen"')
    database.execute_sql('DROP INDEX "audit_event_at_case_id_user_id"')
    database.execute_sql('ALTER TABLE "user" DROP COLUMN "seen_baseline"')
    database.execute_sql("DELETE FROM casedesk_schema WHERE version >= 7")
    assert migrate(database) == latest_version()
    assert set(database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()) == expected_indexes
    assert "seen_baseline" in {c.name for c in database.get_columns("user")}
    flagged = set(Status.select(WorkArea.code, Status.code).join(Workflow).join(WorkArea)
                  .where(Status.system_only).tuples())
    assert flagged == {("ATD", "open"), ("ATD", "assumed"), ("ATD", "resolved"), ("ATD", "closed")}
    actor = auth.default_actor()
    seen.begin(actor)  # the new column and table work
    assert seen.baseline(actor) is not None
    close_workspace(old)



def test_changes_older_than_the_horizon_are_not_new(people):
    ana, bruno, made = people
    _edit(bruno, made[0])
    _shift_everything_back(seen.HORIZON * 2)  # Ana started long ago; Bruno's change is older than the horizon
    _edit(bruno, made[1])
    assert seen.unseen_among(ana, made) == {made[1]}
    assert list(case_queries.case_ids(ana, CaseFilter(unseen=True))) == [made[1]]
