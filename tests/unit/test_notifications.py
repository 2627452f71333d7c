"""Notifications (S1-R2): who hears of what, the idempotent scan, the reader's own list, resurfacing.

One diagnostics office with two sales teams: team North (manager Nadia, advisor Arno, and a
manager who left, inactive) and team South (manager Sam). The case is Arno's, in team North.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw
import pytest

from desktop_app.errors import PermissionDenied
from desktop_app.models import Case, Installment, Note, Notification, Role, Team, User, WorkArea, db
from desktop_app.models.states import RoleCode
from desktop_app.services.billing import invoices
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter
from desktop_app.services.cases import case_editing, notes, status_moves
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_import
from desktop_app.services.people import notifications
from desktop_app.services.people.notification_rows import notify_users
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass
class Office:
    admin: Actor
    nadia: Actor  # manager, team North
    sam: Actor  # manager, team South
    arno: Actor  # advisor, team North
    gone: int  # an inactive manager of team North
    area: int
    case: int

    def rows(self, actor: Actor | int, kind: str | None = None) -> list[Notification]:
        uid = actor if isinstance(actor, int) else actor.user_id
        query = Notification.select().where(Notification.user == uid).order_by(Notification.id)
        if kind is not None:
            query = query.where(Notification.kind == kind)
        return list(query)


def _user(login: str, role: str, team: Team | None, *, active: bool = True) -> User:
    return User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                       role=Role.get(Role.code == role), team=team, active=active)


@pytest.fixture
def office(offices, admin) -> Office:
    area = WorkArea.get(WorkArea.code == "DIAG")
    with write_transaction():
        north = Team.create(office=area.office_id, name="North")
        south = Team.create(office=area.office_id, name="South")
        nadia = _user("nadia", RoleCode.SALES_MANAGER, north)
        sam = _user("sam", RoleCode.SALES_MANAGER, south)
        arno = _user("arno", RoleCode.SALES_ADVISOR, north)
        gone = _user("gone", RoleCode.SALES_MANAGER, north, active=False)
    case, _ = case_editing.create_case(admin, area.id, city="Nantes")
    case_editing.update_case(admin, case.id, case.version, assigned_user=arno.id, team=north.id)
    return Office(admin, Actor.from_user(nadia), Actor.from_user(sam), Actor.from_user(arno), gone.id,
                  area.id, case.id)


def _age(case_id: int, days: float) -> dt.datetime:
    """Makes the case last changed `days` ago; returns that instant."""
    when = NOW - dt.timedelta(days=days)
    Case.update(updated_at=when).where(Case.id == case_id).execute()
    return when


# -- event notifications ----------------------------------------------------------------------------

def test_a_status_change_by_an_advisor_tells_his_managers_only(office):
    status_moves.change_status(office.arno, office.case, "to_quote")
    [row] = office.rows(office.nadia)
    assert (row.kind, row.case_id, row.read_at) == ("status_changed", office.case, None)
    params = notifications._params(row.text)
    number = Case.get_by_id(office.case).number
    assert params == {"number": number, "from_status": "A prospecter", "to_status": "A deviser", "by": "Arno"}
    assert office.rows(office.sam) == []  # the other team's manager
    assert office.rows(office.arno) == []  # the actor himself
    assert office.rows(office.gone) == []  # a manager who is no longer active
    assert office.rows(office.admin) == []


def test_a_managers_own_change_does_not_notify_him(office):
    status_moves.change_status(office.nadia, office.case, "to_quote")
    assert Notification.select().count() == 0


def test_a_refused_status_change_writes_no_notification(office):
    with pytest.raises(PermissionDenied):  # an advisor may not close
        status_moves.change_status(office.arno, office.case, "finalised")
    assert Notification.select().count() == 0


def test_a_document_added_by_an_advisor_tells_his_managers(office, offices, tmp_path):
    document_import.add_document(offices, office.arno, office.case, make_pdf(tmp_path / "plan.pdf", "plan"),
                           title="Plan du RDC")
    [row] = office.rows(office.nadia, "document_added")
    assert notifications._params(row.text)["title"] == "Plan du RDC"
    assert notifications._params(row.text)["by"] == "Arno"
    assert office.rows(office.sam) == [] and office.rows(office.arno) == []


def test_a_batch_of_documents_tells_each_manager_once_with_the_count(office, offices, tmp_path):
    files = [make_pdf(tmp_path / f"piece_{n:02d}.pdf", f"piece {n}") for n in range(20)]
    result = document_import.import_files(offices, office.arno, office.case, files)
    assert len(result.added) == 20
    [row] = office.rows(office.nadia, "document_added")
    params = notifications._params(row.text)
    assert (params["count"], params["title"], params["by"]) == (20, "piece_00", "Arno")
    assert office.rows(office.sam) == [] and office.rows(office.arno) == [] and office.rows(office.gone) == []
    document_import.import_files(offices, office.arno, office.case, [make_pdf(tmp_path / "seul.pdf", "seul")])
    assert "count" not in notifications._params(office.rows(office.nadia, "document_added")[-1].text)


# -- the scan ---------------------------------------------------------------------------------------

def test_an_idle_case_is_notified_once_per_idle_episode(office):
    _age(office.case, 8)
    assert notifications.scan(NOW) == {"idle": 1}
    [row] = office.rows(office.nadia, "idle")
    assert notifications._params(row.text) == {"number": Case.get_by_id(office.case).number,
                                               "status": "A prospecter", "days": 8}
    assert office.rows(office.sam) == [] and office.rows(office.arno) == []
    assert notifications.scan(NOW) == {}  # nothing twice
    assert notifications.scan(NOW + dt.timedelta(hours=5)) == {}
    assert len(office.rows(office.nadia, "idle")) == 1
    _age(office.case, 10)  # changed, then idle again: a new episode
    assert notifications.scan(NOW) == {"idle": 1}
    assert len(office.rows(office.nadia, "idle")) == 2


def test_a_case_is_not_idle_before_its_work_areas_days_nor_when_closed_or_archived(office):
    _age(office.case, 6)
    assert notifications.scan(NOW) == {}
    WorkArea.update(idle_days=5).where(WorkArea.id == office.area).execute()
    assert notifications.scan(NOW) == {"idle": 1}
    other, _ = case_editing.create_case(office.admin, office.area)
    case_editing.update_case(office.admin, other.id, other.version, team=office.nadia.team_id)
    Case.update(archived=True).where(Case.id == other.id).execute()
    _age(other.id, 6)
    status_moves.change_status(office.admin, office.case, "cancelled", cancellation_reason_id=_reason(office.area))
    _age(office.case, 30)
    assert notifications.scan(NOW) == {}


def _reason(area_id: int) -> int:
    from desktop_app.models import CancellationReason

    return CancellationReason.get(CancellationReason.work_area == area_id).id


def test_an_overdue_installment_tells_the_managers(office):
    invoice, _ = invoices.issue_invoice(office.admin, office.case, [("DPE", Decimal(1), Decimal("300.00"),
                                                                    Decimal(20))],
                                       installments=2, first_due=NOW.astimezone().date() - dt.timedelta(days=3))
    first, second = invoice.installments.order_by(Installment.sequence)
    assert notifications.scan(NOW) == {"payment_overdue": 1}  # the second is due next month
    [row] = office.rows(office.nadia, "payment_overdue")
    params = notifications._params(row.text)
    assert (params["due_date"], params["amount"], params["currency"]) == (
        first.due_date.isoformat(), "180.00", "EUR")
    assert office.rows(office.sam) == [] and office.rows(office.arno) == []
    invoices.record_payment(office.admin, invoice.id, installment_id=second.id)
    Installment.update(due_date=NOW.date() - dt.timedelta(days=1)).where(Installment.id == second.id).execute()
    assert notifications.scan(NOW) == {}  # paid: not overdue; the first was told already


def test_a_due_alert_goes_to_its_addressee_or_its_author(office):
    mine, _ = notes.add_alert(office.arno, office.case, "Call the owner", NOW + dt.timedelta(hours=1), now=NOW)
    for_nadia, _ = notes.add_alert(office.arno, office.case, "Check the quote", NOW + dt.timedelta(hours=2),
                                   office.nadia.user_id, now=NOW)
    assert notifications.scan(NOW) == {}  # not due yet
    assert notifications.scan(NOW + dt.timedelta(minutes=90)) == {"alert_due": 1}
    [row] = office.rows(office.arno, "alert_due")
    assert notifications._params(row.text) == {"number": Case.get_by_id(office.case).number,
                                               "text": "Call the owner", "by": "Arno"}
    assert notifications.scan(NOW + dt.timedelta(hours=3)) == {"alert_due": 1}
    assert office.rows(office.nadia, "alert_due")[0].case_id == office.case
    assert len(office.rows(office.arno, "alert_due")) == 1 and office.rows(office.sam) == []
    done, _ = notes.add_alert(office.arno, office.case, "Done already", NOW + dt.timedelta(hours=1), now=NOW)
    notes.mark_alert_done(office.arno, done.id)
    assert notifications.scan(NOW + dt.timedelta(hours=4)) == {}
    assert {mine.id, for_nadia.id} == {n.id for n in Note.select().where(Note.id != done.id)}


def test_a_hold_coming_back_tells_the_assigned_user_and_the_managers(office):
    today = NOW.astimezone().date()
    status_moves.change_status(office.nadia, office.case, "analysis", hold_reason="Laboratoire",
                        resume_date=today + dt.timedelta(days=2))
    Notification.delete().execute()  # the status_changed ones are not what this test is about
    assert notifications.scan(NOW) == {}
    later = NOW + dt.timedelta(days=2)
    assert notifications.scan(later) == {"hold_resume": 2}
    for actor in (office.arno, office.nadia):
        [row] = office.rows(actor, "hold_resume")
        assert notifications._params(row.text) == {
            "number": Case.get_by_id(office.case).number, "status": "Analyse",
            "resume_date": (today + dt.timedelta(days=2)).isoformat()}
    assert office.rows(office.sam) == []
    assert notifications.scan(later) == {}


def test_the_scan_is_idempotent_and_the_database_refuses_a_duplicate(office):
    _age(office.case, 9)
    notes.add_alert(office.arno, office.case, "Call", NOW + dt.timedelta(minutes=5), now=NOW)
    first = notifications.scan(NOW + dt.timedelta(hours=1))
    assert first == {"idle": 1, "alert_due": 1}
    count = Notification.select().count()
    for _ in range(3):
        assert notifications.scan(NOW + dt.timedelta(hours=1)) == {}
    assert Notification.select().count() == count
    row = Notification.get(Notification.kind == "idle")
    with pytest.raises(pw.IntegrityError), write_transaction():  # a second PC racing this one
        Notification.create(user=row.user_id, case=row.case_id, kind="idle", text="{}", dedupe_key=row.dedupe_key)
    # What the race really does: the loser's insert is ignored, not an error.
    candidate = notifications._Candidate(row.user_id, row.case_id, "idle", {}, row.dedupe_key)
    with write_transaction():
        Notification.insert_many([{"user": candidate.user_id, "case": candidate.case_id, "kind": "idle",
                                   "text": "{}", "dedupe_key": candidate.key}]).on_conflict_ignore().execute()
    assert Notification.select().count() == count


def test_notify_users_skips_none_and_repeats(office):
    with write_transaction():
        assert notify_users([office.nadia.user_id, None, office.nadia.user_id, office.sam.user_id], office.case,
                            "status_entered", {"number": "X", "status": "Devis", "by": "Arno"}) == 2
    assert len(office.rows(office.nadia, "status_entered")) == 1


# -- reading ----------------------------------------------------------------------------------------

def _give(user: Actor, case_id: int, kind: str = "status_entered") -> int:
    with write_transaction():
        notify_users([user.user_id], case_id, kind, {"number": "N", "status": "S", "by": "B"})
    return Notification.select(pw.fn.MAX(Notification.id)).scalar()


def test_the_list_is_the_readers_own_newest_first(office):
    first = _give(office.arno, office.case)
    _give(office.nadia, office.case)
    second = _give(office.arno, office.case, "document_added")
    Notification.update(created_at=NOW - dt.timedelta(hours=1)).where(Notification.id == first).execute()
    rows = notifications.list_notifications(office.arno)
    assert [r.id for r in rows] == [second, first]
    assert rows[0].case_number == Case.get_by_id(office.case).number and rows[0].work_area_id == office.area
    assert notifications.unread_count(office.arno) == 2
    assert [r.id for r in notifications.list_notifications(office.arno, limit=1)] == [second]


def test_a_case_the_reader_lost_is_not_listed(office):
    _give(office.arno, office.case)
    assert notifications.unread_count(office.arno) == 1
    other = _user("other", RoleCode.SALES_ADVISOR, None)
    case = Case.get_by_id(office.case)
    case_editing.update_case(office.admin, office.case, case.version, assigned_user=other.id)  # no longer Arno's
    assert notifications.list_notifications(office.arno) == []
    assert notifications.unread_count(office.arno) == 0
    assert notifications.unread_count(office.nadia) == 0  # nothing of hers, and the team still sees it
    Case.update(trashed=True).where(Case.id == office.case).execute()
    _give(office.admin, office.case)
    assert notifications.list_notifications(office.admin) == []  # a trashed case: nothing to open


def test_marking_read_touches_only_the_readers_own(office):
    mine = _give(office.arno, office.case)
    hers = _give(office.nadia, office.case)
    assert notifications.mark_read(office.arno, [mine, hers]) == 1
    assert Notification.get_by_id(hers).read_at is None
    assert Notification.get_by_id(mine).read_at is not None
    assert notifications.mark_read(office.arno, [mine]) == 0  # already read
    assert notifications.list_notifications(office.arno, unread_only=True) == []
    _give(office.arno, office.case)
    _give(office.arno, office.case)
    assert notifications.mark_all_read(office.arno) == 2
    assert notifications.unread_count(office.arno) == 0 and notifications.unread_count(office.nadia) == 1


# -- resurfacing ------------------------------------------------------------------------------------

def test_needs_attention_today_finds_held_cases_coming_back_and_due_alerts(office):
    today = dt.date.today()
    back, _ = case_editing.create_case(office.admin, office.area)
    later, _ = case_editing.create_case(office.admin, office.area)
    alerted, _ = case_editing.create_case(office.admin, office.area)
    status_moves.change_status(office.admin, back.id, "analysis", hold_reason="Labo", resume_date=today)
    status_moves.change_status(office.admin, later.id, "analysis", hold_reason="Labo",
                        resume_date=today + dt.timedelta(days=3))
    notes.add_alert(office.admin, alerted.id, "Call back", dt.datetime.now(dt.UTC))  # due now: today even at 23:59
    notes.add_alert(office.admin, later.id, "Next week", dt.datetime.now(dt.UTC) + dt.timedelta(days=7))
    found = set(case_queries.case_ids(office.admin, CaseFilter(resurfacing=True)))
    assert found == {back.id, alerted.id}
    assert set(case_queries.case_ids(office.admin, CaseFilter(resurfacing=True, work_area_id=office.area))) == found
    assert CaseFilter(resurfacing=True).active_count == 1
    assert CaseFilter.from_dict(CaseFilter(resurfacing=True).to_dict()).resurfacing is True
    # Someone else's alert does not resurface the case for Nadia (she sees team North's cases only).
    case_editing.update_case(office.admin, alerted.id, Case.get_by_id(alerted.id).version, team=office.nadia.team_id)
    assert set(case_queries.case_ids(office.nadia, CaseFilter(resurfacing=True))) == set()
    notes.add_alert(office.admin, alerted.id, "Yours", dt.datetime.now(dt.UTC),
                    office.nadia.user_id)
    assert set(case_queries.case_ids(office.nadia, CaseFilter(resurfacing=True))) == {alerted.id}


# -- plans ------------------------------------------------------------------------------------------

def _plan(query) -> tuple[str, list[str]]:
    sql, params = query.sql()
    return sql, [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


def _case_aliases(sql: str) -> set[str]:
    return set(re.findall(r'"case" AS "(\w+)"', sql))


def _assert_no_case_scan(sql: str, lines: list[str]) -> None:
    for alias in _case_aliases(sql):
        for line in lines:
            assert not (line.startswith(f"SCAN {alias}") and "INDEX" not in line), "\n".join(lines)


SCAN_PLANS = {
    "idle": (lambda: notifications.idle_query(1, [1, 2], [1], NOW - dt.timedelta(days=21), NOW), "case_updated_at"),
    "overdue": (lambda: notifications.overdue_query(NOW.date(), NOW.date() - dt.timedelta(days=14)),
                "installment_unpaid_due_date"),
    "alerts": (lambda: notifications.due_alert_query(NOW, NOW - dt.timedelta(days=14)), "note_open_alert_due_at"),
    "resume": (lambda: notifications.resume_query(NOW.date(), NOW.date() - dt.timedelta(days=14), [8, 9]),
               "case_resume_date"),
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", sorted(SCAN_PLANS))
def test_each_scan_question_reads_its_partial_index(offices, name):
    build, index = SCAN_PLANS[name]
    sql, lines = _plan(build())
    assert index in lines[0] and lines[0].startswith("SEARCH"), "\n".join(lines)
    _assert_no_case_scan(sql, lines)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("role", [RoleCode.ADMIN, RoleCode.SALES_MANAGER, RoleCode.SALES_ADVISOR])
@pytest.mark.parametrize("extra", [{}, {"work_area_id": 1}, {"view": "archived"}])
def test_the_resurfacing_filter_never_walks_the_cases(offices, role, extra):
    actor = Actor(99, "x", role, 1)
    sql, lines = _plan(case_queries.case_ids_query(actor, CaseFilter.from_dict({"resurfacing": True, **extra})))
    _assert_no_case_scan(sql, lines)
    assert "case_resume_date" in "\n".join(lines)
    # No walk of the list's view indexes (a user's own cases may be looked up by the one led by the user).
    assert not any("archived_trashed_created_at" in line and "(assigned_user_id=?)" not in line
                   for line in lines), "\n".join(lines)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("role", [RoleCode.ADMIN, RoleCode.SALES_ADVISOR])
def test_reading_the_notifications_reads_the_users_index(offices, role):
    actor = Actor(99, "x", role, 1)
    for query in (notifications._own(actor, Notification.select(pw.fn.COUNT(Notification.id)))
                  .where(Notification.read_at.is_null()),
                  notifications._own(actor, Notification.select(Notification.id))
                  .order_by(Notification.created_at.desc()).limit(200)):
        sql, lines = _plan(query)
        assert "USING INDEX notification_user_id" in lines[0], "\n".join(lines)
        _assert_no_case_scan(sql, lines)
    sql, lines = _plan(Notification.select(Notification.dedupe_key, Notification.user)
                       .where(Notification.dedupe_key.in_(["idle:1:x"])))
    assert "notification_dedupe_key_user_id" in lines[0]
