"""A case's history: audit events, notes and alerts, documents, communications and
notifications merged into one list, newest first. The view turns each entry into text.

Documents and notes come from their own tables (demo and imported data has rows without an
audit event); their "document.add" / "note.add" / "alert.add" audit events are therefore not
listed a second time.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.models import AuditEvent, Communication, Document, Note, Notification, Status, User
from desktop_app.services.context import Actor
from desktop_app.services.permissions import can_see_case

# Each source gives at most this many of its newest rows: a history pane, not an export.
LIMIT_PER_SOURCE = 500
# A ticket's movement is listed from its Communication row (kind "movement"; its status move,
# if any, from its own "case.status" event).
SHOWN_ELSEWHERE = ("document.add", "note.add", "alert.add", "ticket.assume", "ticket.movement")
MOVEMENT_CHANNEL = "movement"  # = tickets.CHANNEL


@dataclass(frozen=True)
class TimelineEntry:
    when: dt.datetime
    who: str
    kind: str  # audit, note, alert, document, communication, movement, notification
    action: str = ""  # the audit action; the communication's direction and channel ("in/email"); the movement kind
    text: str = ""  # note text, document title, communication subject, notification text
    before: str = ""
    after: str = ""
    fields: tuple[str, ...] = ()  # the case fields a case.update changed
    due_at: dt.datetime | None = None
    done: bool = False
    addressee: str = ""
    ref_id: int | None = None  # note / document / communication / notification id


def _name(full_name: str | None, login: str | None) -> str:
    return full_name or login or ""


def _audit(case_id: int) -> list[TimelineEntry]:
    query = (AuditEvent.select(AuditEvent.at, User.full_name, User.login, AuditEvent.action, AuditEvent.details,
                               AuditEvent.entity_id)
             .join(User, pw.JOIN.LEFT_OUTER, on=(AuditEvent.user == User.id))
             .where((AuditEvent.case == case_id) & AuditEvent.action.not_in(SHOWN_ELSEWHERE))
             .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(LIMIT_PER_SOURCE))
    rows = []
    for at, full_name, login, action, details_json, entity_id in query.tuples():
        try:
            details = json.loads(details_json or "{}")
        except ValueError:
            details = {}
        if not isinstance(details, dict):
            details = {}
        before = details.get("from_status", details.get("old", ""))
        after = details.get("to_status", details.get("new", ""))
        text = details.get("title") or details.get("file") or details.get("type") or details.get("reason") or ""
        fields = details.get("fields") or ()
        rows.append(TimelineEntry(at, _name(full_name, login), "audit", action, str(text),
                                  "" if before is None else str(before), "" if after is None else str(after),
                                  tuple(str(f) for f in fields) if isinstance(fields, list) else (),
                                  ref_id=int(entity_id) if str(entity_id).isdigit() else None))
    _name_statuses(rows)
    return rows


def _name_statuses(rows: list[TimelineEntry]) -> None:
    """Status moves name the statuses, not their codes."""
    codes = {code for row in rows if row.action == "case.status" for code in (row.before, row.after) if code}
    if not codes:
        return
    names = dict(Status.select(Status.code, Status.name).where(Status.code.in_(codes)).tuples())
    for position, row in enumerate(rows):
        if row.action == "case.status":
            rows[position] = replace(row, before=names.get(row.before, row.before),
                                        after=names.get(row.after, row.after))


def _notes(case_id: int) -> list[TimelineEntry]:
    author, addressee = User.alias(), User.alias()
    query = (Note.select(Note.created_at, author.full_name, author.login, Note.is_alert, Note.text, Note.due_at,
                         Note.done, addressee.full_name, addressee.login, Note.id)
             .join(author, pw.JOIN.LEFT_OUTER, on=(Note.author == author.id))
             .switch(Note).join(addressee, pw.JOIN.LEFT_OUTER, on=(Note.addressee == addressee.id))
             .where(Note.case == case_id)
             .order_by(Note.created_at.desc(), Note.id.desc()).limit(LIMIT_PER_SOURCE))
    return [TimelineEntry(at, _name(name, login), "alert" if is_alert else "note", text=text, due_at=due,
                          done=bool(done), addressee=_name(to_name, to_login), ref_id=id_)
            for at, name, login, is_alert, text, due, done, to_name, to_login, id_ in query.tuples()]


def _documents(case_id: int) -> list[TimelineEntry]:
    query = (Document.select(Document.added_at, User.full_name, User.login, Document.title, Document.id)
             .join(User, pw.JOIN.LEFT_OUTER, on=(Document.added_by == User.id))
             .where(Document.case == case_id)
             .order_by(Document.added_at.desc(), Document.id.desc()).limit(LIMIT_PER_SOURCE))
    return [TimelineEntry(at, _name(name, login), "document", "document.add", title, ref_id=id_)
            for at, name, login, title, id_ in query.tuples()]


def _communications(case_id: int) -> list[TimelineEntry]:
    query = (Communication.select(Communication.at, User.full_name, User.login, Communication.direction,
                                  Communication.channel, Communication.subject, Communication.handled,
                                  Communication.id, Communication.body)
             .join(User, pw.JOIN.LEFT_OUTER, on=(Communication.by == User.id))
             .where(Communication.case == case_id)
             .order_by(Communication.at.desc(), Communication.id.desc()).limit(LIMIT_PER_SOURCE))
    return [TimelineEntry(at, _name(name, login), "movement", direction, body, done=True, ref_id=id_)
            if channel == MOVEMENT_CHANNEL else
            TimelineEntry(at, _name(name, login), "communication", f"{direction}/{channel}", subject,
                          done=bool(handled), ref_id=id_)
            for at, name, login, direction, channel, subject, handled, id_, body in query.tuples()]


def _notifications(case_id: int) -> list[TimelineEntry]:
    query = (Notification.select(Notification.created_at, User.full_name, User.login, Notification.kind,
                                 Notification.text, Notification.id)
             .join(User, on=(Notification.user == User.id))
             .where(Notification.case == case_id)
             .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(LIMIT_PER_SOURCE))
    return [TimelineEntry(at, "", "notification", kind, text, addressee=_name(name, login), ref_id=id_)
            for at, name, login, kind, text, id_ in query.tuples()]


_ORDER = {"audit": 0, "document": 1, "note": 2, "alert": 2, "communication": 3, "movement": 3, "notification": 4}


def case_timeline(actor: Actor, case_id: int) -> list[TimelineEntry]:
    """Everything that happened on a case the actor can see, newest first."""
    if not can_see_case(actor, case_id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    entries = [*_audit(case_id), *_notes(case_id), *_documents(case_id), *_communications(case_id),
               *_notifications(case_id)]
    entries.sort(key=lambda e: (e.when, _ORDER.get(e.kind, 9), e.ref_id or 0), reverse=True)
    return entries
