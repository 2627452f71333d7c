"""Notes and alerts on a case (S1-R1 "notas y avisos").

A note is free text on a case. An alert is a note with a due time, addressed to one user
(its author when nobody else is named); it shows in that user's due alerts until marked done.

Rights: adding a note or an alert needs Action.NOTE_ADD and SEEING the case, not changing
it: a note changes no case field, and a colleague with a read grant must be able to leave a
word on the case ("keys at the agency"). An alert may only be addressed to a user who can see
the case. Marking an alert done is for its addressee, its author or an administrator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, UserError
from desktop_app.models import Case, Note, User
from desktop_app.models.base import utcnow
from desktop_app.services import audit
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, can_see_case, require, require_case, visible_cases
from desktop_app.storage.database import write_transaction

MAX_TEXT = 10_000


@dataclass(frozen=True)
class DueAlert:
    note_id: int
    case_id: int
    case_number: str
    text: str
    due_at: dt.datetime
    author: str


def _clean_text(text: str | None) -> str:
    clean = (text or "").strip()
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The note text is empty: write what the note says."))
    if len(clean) > MAX_TEXT:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The note text is too long ({length} characters; at most "
                                                    "{limit})."), length=len(clean), limit=MAX_TEXT)
    return clean


def _aware(value: dt.datetime) -> dt.datetime:
    """A naive due time is taken as UTC (the GUI always passes an aware one)."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def add_note(actor: Actor, case_id: int, text: str) -> tuple[Note, ChangeSet]:
    require_case(actor, Action.NOTE_ADD, case_id, write=False)
    clean = _clean_text(text)
    with write_transaction():
        note = Note.create(case=case_id, author=actor.user_id, text=clean)
        audit.record(actor, "note.add", "note", note.id, case_id, length=len(clean))
    return note, ChangeSet(case_ids={case_id})


def add_alert(actor: Actor, case_id: int, text: str, due_at: dt.datetime | None, user_id: int | None = None,
              *, now: dt.datetime | None = None) -> tuple[Note, ChangeSet]:
    """An alert for `user_id` (default: the actor) due at `due_at`, which may not be in the past."""
    require_case(actor, Action.NOTE_ADD, case_id, write=False)
    clean = _clean_text(text)
    if due_at is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The alert has no due date: choose when it is due."))
    due = _aware(due_at)
    now = _aware(now) if now is not None else utcnow()
    if due < now - dt.timedelta(minutes=1):  # a minute of slack for the time spent in the dialog
        raise UserError(QT_TRANSLATE_NOOP("errors", "The alert's due date {due} is in the past: choose a "
                                                    "later date."), due=due.isoformat(timespec="minutes"))
    addressee = actor.user_id if user_id is None else user_id
    if addressee is not None and addressee != actor.user_id:
        user = User.get_or_none(User.id == addressee)
        if user is None or not user.active:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The alert's addressee (user {id}) does not exist."),
                           id=addressee)
        if not can_see_case(Actor.from_user(user), case_id):
            raise UserError(QT_TRANSLATE_NOOP("errors", "The alert's addressee {login} cannot see this case: "
                                                        "choose someone who can."), login=user.login)
    with write_transaction():
        note = Note.create(case=case_id, author=actor.user_id, text=clean, is_alert=True, due_at=due,
                           addressee=addressee)
        audit.record(actor, "alert.add", "note", note.id, case_id, due_at=due.isoformat(), addressee=addressee)
    return note, ChangeSet(case_ids={case_id})


def mark_alert_done(actor: Actor, note_id: int) -> ChangeSet:
    require(actor, Action.NOTE_ADD)
    note = Note.get_or_none((Note.id == note_id) & Note.is_alert)
    if note is None or not can_see_case(actor, note.case_id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Alert {id} does not exist."), id=note_id)
    if not actor.is_admin and actor.user_id not in (note.addressee_id, note.author_id):
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only the alert's addressee or author may mark "
                                                           "it done."))
    if note.done:
        return ChangeSet()
    with write_transaction():
        Note.update(done=True).where(Note.id == note_id).execute()
        audit.record(actor, "alert.done", "note", note_id, note.case_id)
    return ChangeSet(case_ids={note.case_id})


def due_alerts(actor: Actor, now: dt.datetime | None = None) -> list[DueAlert]:
    """The actor's open alerts due by `now`, oldest due first, on cases the actor can see."""
    now = _aware(now) if now is not None else utcnow()
    author = User.alias()
    mine = (Note.addressee == actor.user_id) | (Note.addressee.is_null() & (Note.author == actor.user_id))
    query = (Note.select(Note.id, Note.case, Case.number, Note.text, Note.due_at, author.full_name, author.login)
             .join(Case, on=(Note.case == Case.id))
             .switch(Note).join(author, pw.JOIN.LEFT_OUTER, on=(Note.author == author.id))
             .where(Note.is_alert & ~Note.done & (Note.due_at <= now) & mine)
             .order_by(Note.due_at, Note.id))
    clause = visible_cases(actor)
    if clause is not None:
        query = query.where(clause)
    return [DueAlert(id_, case_id, number, text, due, name or login or "")
            for id_, case_id, number, text, due, name, login in query.tuples()]


def possible_addressees(actor: Actor, case_id: int) -> list[tuple[int, str]]:
    """(user id, name) of the active users who can see the case, the actor first: whom an alert may be for."""
    require_case(actor, Action.NOTE_ADD, case_id, write=False)
    found = []
    for user in User.select().where(User.active).order_by(User.full_name, User.login):
        if user.id == actor.user_id or can_see_case(Actor.from_user(user), case_id):
            found.append((user.id, user.full_name or user.login))
    found.sort(key=lambda row: row[0] != actor.user_id)
    return found
