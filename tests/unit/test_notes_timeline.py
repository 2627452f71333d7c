"""Notes and alerts (S1-R1 "notas y avisos") and the case history that merges every source."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import AuditEvent, Communication, Document, Note, Notification, Role, User
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import notes, status_moves, timeline
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_import
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def make_user(login, role=RoleCode.TECHNICIAN):
    with write_transaction():
        user = User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                           role=Role.get(Role.code == role))
    return Actor.from_user(user)


def assign(case, actor):
    with write_transaction():
        type(case).update(assigned_user=actor.user_id).where(type(case).id == case.id).execute()


def test_a_note_is_stored_with_its_author_and_audited(case, admin):
    note, changes = notes.add_note(admin, case.id, "  Client joignable le matin.  ")
    stored = Note.get_by_id(note.id)
    assert (stored.text, stored.author_id, stored.is_alert) == ("Client joignable le matin.", admin.user_id, False)
    assert changes.case_ids == {case.id}
    event = AuditEvent.get(AuditEvent.action == "note.add")
    assert (event.case_id, event.entity_id, event.user_id) == (case.id, str(note.id), admin.user_id)


@pytest.mark.parametrize("text", ["", "   \n  ", None])
def test_an_empty_note_is_refused_and_nothing_is_written(case, admin, text):
    with pytest.raises(UserError, match="note text is empty"):
        notes.add_note(admin, case.id, text)
    assert Note.select().count() == 0


def test_an_alert_due_in_the_past_or_without_a_date_is_refused(case, admin):
    with pytest.raises(UserError, match="in the past"):
        notes.add_alert(admin, case.id, "Call back", NOW - dt.timedelta(hours=2), now=NOW)
    with pytest.raises(UserError, match="no due date"):
        notes.add_alert(admin, case.id, "Call back", None, now=NOW)
    with pytest.raises(UserError, match="empty"):
        notes.add_alert(admin, case.id, " ", NOW + dt.timedelta(hours=2), now=NOW)
    assert Note.select().count() == 0


def test_a_user_who_cannot_see_the_case_may_not_add_a_note_nor_receive_an_alert(case, admin):
    outsider = make_user("outsider")
    with pytest.raises(PermissionDenied):
        notes.add_note(outsider, case.id, "Hello")
    with pytest.raises(UserError, match="cannot see this case"):
        notes.add_alert(admin, case.id, "Look at it", NOW + dt.timedelta(days=1), outsider.user_id, now=NOW)
    with pytest.raises(NotFound):
        timeline.case_timeline(outsider, case.id)
    # Once the case is assigned to the technician, the technician may write and be alerted.
    assign(case, outsider)
    notes.add_note(outsider, case.id, "Hello")
    alert, _ = notes.add_alert(admin, case.id, "Look at it", NOW + dt.timedelta(days=1), outsider.user_id, now=NOW)
    assert Note.get_by_id(alert.id).addressee_id == outsider.user_id


def test_due_alerts_are_the_users_own_open_ones_oldest_first(case, admin):
    tech = make_user("tech1")
    assign(case, tech)
    late, _ = notes.add_alert(admin, case.id, "Second", NOW + dt.timedelta(hours=3), tech.user_id, now=NOW)
    early, _ = notes.add_alert(admin, case.id, "First", NOW + dt.timedelta(hours=1), tech.user_id, now=NOW)
    notes.add_alert(admin, case.id, "Tomorrow", NOW + dt.timedelta(days=1), tech.user_id, now=NOW)
    notes.add_alert(admin, case.id, "For the admin", NOW + dt.timedelta(hours=1), now=NOW)
    later = NOW + dt.timedelta(hours=5)
    due = notes.due_alerts(tech, later)
    assert [(a.note_id, a.text, a.case_number) for a in due] == [
        (early.id, "First", case.number), (late.id, "Second", case.number)]
    assert [a.text for a in notes.due_alerts(admin, later)] == ["For the admin"]
    # Someone else may not close the technician's alert; the technician may.
    other = make_user("tech2")
    assign(case, other)
    with pytest.raises(PermissionDenied):
        notes.mark_alert_done(other, early.id)
    assign(case, tech)
    notes.mark_alert_done(tech, early.id)
    assert [a.text for a in notes.due_alerts(tech, later)] == ["Second"]
    assert AuditEvent.select().where(AuditEvent.action == "alert.done").count() == 1


def test_the_timeline_merges_every_source_newest_first_with_who_and_when(case, admin, workspace, tmp_path):
    tech = make_user("tech3")
    assign(case, tech)
    document_import.add_document(workspace, admin, case.id, make_pdf(tmp_path / "rapport.pdf", "Rapport"))
    target = status_moves.allowed_statuses(case)[0]
    status_moves.change_status(admin, case.id, target.code)
    notes.add_note(tech, case.id, "Keys at the agency")
    notes.add_alert(admin, case.id, "Call the owner", dt.datetime.now(dt.UTC) + dt.timedelta(days=1), tech.user_id)
    with write_transaction():
        Communication.create(case=case.id, direction="in", channel="phone", subject="Owner called", by=tech.user_id)
        Notification.create(user=tech.user_id, case=case.id, kind="alert", text="You have an alert")
    # Spread the rows over distinct instants, in the order they were made.
    base = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
    with write_transaction():
        events = AuditEvent.select().where(AuditEvent.case == case.id).order_by(AuditEvent.id)
        for step, event in enumerate(events):
            AuditEvent.update(at=base + dt.timedelta(minutes=step)).where(AuditEvent.id == event.id).execute()
        Document.update(added_at=base + dt.timedelta(minutes=1)).execute()
        for position, note in enumerate(Note.select().order_by(Note.id)):
            Note.update(created_at=base + dt.timedelta(minutes=10 + position)).where(Note.id == note.id).execute()
        Communication.update(at=base + dt.timedelta(minutes=20)).execute()
        Notification.update(created_at=base + dt.timedelta(minutes=21)).execute()

    entries = timeline.case_timeline(tech, case.id)
    kinds = [(e.kind, e.action) for e in entries]
    assert kinds == [("notification", "alert"), ("communication", "in/phone"), ("alert", ""), ("note", ""),
                     ("audit", "case.status"), ("document", "document.add"), ("audit", "case.create")]
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    by_kind = {e.kind: e for e in entries}
    assert (by_kind["note"].who, by_kind["note"].text) == ("Tech3", "Keys at the agency")
    assert (by_kind["alert"].addressee, by_kind["alert"].who) == ("Tech3", admin.name or admin.login)
    assert by_kind["document"].text.startswith("rapport")
    status = entries[4]
    assert (status.before, status.after) == (case.status.name, target.name)
    assert status.who == (admin.name or admin.login)
    assert by_kind["notification"].addressee == "Tech3"
    assert by_kind["communication"].text == "Owner called"
    # the document's and the note's own audit events are not listed twice
    assert AuditEvent.select().where(AuditEvent.action.in_(["document.add", "note.add"])).count() == 2


def test_the_timeline_reads_an_audit_event_with_unreadable_details(case, admin):
    with write_transaction():
        AuditEvent.create(user=admin.user_id, action="case.update", entity="case", entity_id=str(case.id),
                          case=case.id, details="not json")
        AuditEvent.create(user=None, action="document.rename", entity="document", entity_id="7", case=case.id,
                          details=json.dumps({"old": "a.pdf", "new": "b.pdf"}))
    entries = timeline.case_timeline(admin, case.id)
    rename = next(e for e in entries if e.action == "document.rename")
    assert (rename.before, rename.after, rename.who) == ("a.pdf", "b.pdf", "")
    assert any(e.action == "case.update" for e in entries)


def test_migration_0004_adds_the_addressee_to_an_older_note_table(tmp_path):
    import peewee as pw

    from desktop_app.storage.migrations import m0004_note_addressee

    database = pw.SqliteDatabase(str(tmp_path / "old.db"))
    database.execute_sql('CREATE TABLE "user" ("id" INTEGER PRIMARY KEY)')
    database.execute_sql('CREATE TABLE "note" ("id" INTEGER PRIMARY KEY, "case_id" INTEGER, "text" TEXT, '
                         '"created_at" TEXT)')
    m0004_note_addressee.upgrade(database)
    m0004_note_addressee.upgrade(database)  # again: nothing to do, no error
    assert "addressee_id" in {c.name for c in database.get_columns("note")}
    assert {"note_case_id_created_at", "note_addressee_id_done_due_at"} <= {i.name for i in database.get_indexes("note")}
