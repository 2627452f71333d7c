"""Notifications (S1-R2): who is told what, the periodic scan, and the reader's own list.

Event notifications are written by the service making the change, in its transaction:
`status_changed` (cases.change_status) and `document_added` (documents.add_documents: once per
batch, with its count) go to the sales managers of the case's team, never to the actor himself.

`scan(now)` runs every minute on every open CaseDesk (views/notification_centre) and writes
what time alone makes true: a case idle in an open status for its work area's `idle_days`,
an unpaid installment past its due date, an alert that fell due, a case on hold whose resume
date came. It is idempotent and safe from several PCs at once: each of these rows carries a
`dedupe_key`, unique per user (migration m0006), and is inserted with ON CONFLICT IGNORE.
Each question reads one partial index over a band of the last `LOOKBACK_DAYS`, so the scan
costs the same at 1M cases as at 1k: a threshold crossed while no CaseDesk was running for
longer than that is not notified late (the list's "Needs attention today" filter still finds
held cases and due alerts; statistics show idle ones).

Reading (`unread_count`, `list_notifications`, `mark_read`, `mark_all_read`) only ever touches
the actor's own rows and lists only cases the actor may still see. Marking read is not audited:
it changes nothing of the office's data, `read_at` is itself the record of who read what and
when, and one audit event per click would bury the events that matter.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from desktop_app.models import (
    Case,
    Installment,
    Invoice,
    Note,
    Notification,
    Office,
    Role,
    Status,
    User,
    WorkArea,
    Workflow,
)
from desktop_app.models.base import format_timestamp, utcnow
from desktop_app.models.states import InvoiceStatus, RoleCode, StatusKind
from desktop_app.services.context import Actor
from desktop_app.services.people.notification_rows import encode, notify_users
from desktop_app.services.permissions import visible_cases
from desktop_app.storage.database import is_sqlite, unindexed, write_transaction

LOOKBACK_DAYS = 14  # how far back a scan looks for thresholds crossed while nobody ran CaseDesk
ALERT_TEXT_MAX = 200
KINDS = ("status_changed", "status_entered", "document_added", "idle", "payment_overdue", "alert_due",
         "hold_resume")
_CHUNK = 400


@dataclass(frozen=True)
class NotificationRow:
    id: int
    kind: str
    params: dict
    case_id: int | None
    case_number: str  # the case's number now (the params keep the one at the time)
    work_area_id: int | None
    archived: bool
    created_at: dt.datetime
    read: bool


# -- whom --------------------------------------------------------------------------------------

def _managers_by_team() -> dict[int, list[int]]:
    rows = (User.select(User.team, User.id).join(Role, on=(User.role == Role.id))
            .where((Role.code == RoleCode.SALES_MANAGER) & User.active & User.team.is_null(False))
            .order_by(User.id).tuples())
    found: dict[int, list[int]] = defaultdict(list)
    for team_id, user_id in rows:
        found[team_id].append(user_id)
    return dict(found)


def managers_of_case(case: Case, *, exclude: int | None = None) -> list[int]:
    """Ids of the active sales managers of the case's team, except `exclude` (the actor)."""
    if case.team_id is None:
        return []
    return [uid for uid in _managers_by_team().get(case.team_id, []) if uid != exclude]


def _by(actor: Actor) -> str:
    return actor.name or actor.login


def status_changed(actor: Actor, case: Case, from_status: str, to_status: str) -> int:
    """The managers hear of an advisor's status move (inside change_status's transaction)."""
    return notify_users(managers_of_case(case, exclude=actor.user_id), case.id, "status_changed",
                        {"number": case.number, "from_status": from_status, "to_status": to_status,
                         "by": _by(actor)})


def document_added(actor: Actor, case: Case, title: str) -> int:
    """The managers hear of a document added to a case of their team (inside add_document's transaction)."""
    return documents_added(actor, case, [title])


def documents_added(actor: Actor, case: Case, titles: Sequence[str]) -> int:
    """The managers hear once of a batch of documents added to a case of their team (inside the
    batch's transaction): the first title, and the count when there are several."""
    if not titles:
        return 0
    params: dict = {"number": case.number, "title": titles[0], "by": _by(actor)}
    if len(titles) > 1:
        params["count"] = len(titles)
    return notify_users(managers_of_case(case, exclude=actor.user_id), case.id, "document_added", params)


# -- the periodic scan ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Candidate:
    user_id: int
    case_id: int
    kind: str
    params: dict
    key: str


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _live_checked() -> pw.Node:
    """The same condition only checked, for queries another index drives."""
    return (unindexed(Case.archived) == False) & (unindexed(Case.trashed) == False)  # noqa: E712


def _open_alert() -> pw.Node:
    if is_sqlite():
        return (Note.is_alert == pw.SQL("1")) & (Note.done == pw.SQL("0"))
    return Note.is_alert & ~Note.done


def _status_ids(kind: str) -> dict[int, list[int]]:
    """Work area → ids of its statuses of `kind`."""
    found: dict[int, list[int]] = defaultdict(list)
    for status_id, area_id in (Status.select(Status.id, Workflow.work_area).join(Workflow)
                               .where(Status.kind == kind).tuples()):
        found[area_id].append(status_id)
    return dict(found)


def idle_query(work_area_id: int, status_ids: Sequence[int], team_ids: Sequence[int], since: dt.datetime,
               until: dt.datetime) -> pw.Query:
    """Live cases of the area in one of `status_ids`, of a managed team, last changed in [since, until)."""
    return (Case.select(Case.id, Case.number, Case.team, Case.updated_at, Status.name)
            .join(Status, on=(Case.status == Status.id))
            .where(_live_checked() & (Case.updated_at >= since) & (Case.updated_at < until)
                   & (unindexed(Case.work_area) == work_area_id) & unindexed(Case.status).in_(list(status_ids))
                   & unindexed(Case.team).in_(list(team_ids))))


def overdue_query(today: dt.date, since: dt.date) -> pw.Query:
    """Unpaid installments of issued invoices on live cases, due in [since, today)."""
    return (Installment.select(Installment.id, Installment.due_date, Installment.amount, Case.id, Case.number,
                               Case.team, Office.currency)
            .join(Invoice, on=(Installment.invoice == Invoice.id))
            .join(Case, on=(Invoice.case == Case.id))
            .join(WorkArea, on=(Case.work_area == WorkArea.id))
            .join(Office, on=(WorkArea.office == Office.id))
            .where(Installment.paid_at.is_null() & (Installment.due_date < today) & (Installment.due_date >= since)
                   & (Invoice.status == InvoiceStatus.ISSUED) & _live_checked()))


def due_alert_query(now: dt.datetime, since: dt.datetime) -> pw.Query:
    """Open alerts on live cases that fell due in [since, now]."""
    author = User.alias()
    return (Note.select(Note.id, Note.case, Note.text, Note.addressee, Note.author, Case.number,
                        author.full_name, author.login)
            .join(Case, on=(Note.case == Case.id))
            .switch(Note).join(author, pw.JOIN.LEFT_OUTER, on=(Note.author == author.id))
            .where(_open_alert() & (Note.due_at <= now) & (Note.due_at >= since) & _live_checked()))


def resume_query(today: dt.date, since: dt.date, on_hold: Sequence[int]) -> pw.Query:
    """Live cases on hold whose resume date is in [since, today]."""
    return (Case.select(Case.id, Case.number, Case.team, Case.assigned_user, Case.resume_date, Status.name)
            .join(Status, on=(Case.status == Status.id))
            .where((Case.resume_date <= today) & (Case.resume_date >= since)
                   & unindexed(Case.status).in_(list(on_hold)) & _live_checked()))


def _idle(now: dt.datetime, managers: dict[int, list[int]]) -> Iterable[_Candidate]:
    if not managers:
        return
    open_ids = _status_ids(StatusKind.OPEN)
    for area_id, idle_days in WorkArea.select(WorkArea.id, WorkArea.idle_days).tuples():
        if not idle_days or idle_days <= 0 or not open_ids.get(area_id):  # 0 turns the idle notice off
            continue
        until = now - dt.timedelta(days=idle_days)
        query = idle_query(area_id, open_ids[area_id], sorted(managers), until - dt.timedelta(days=LOOKBACK_DAYS),
                           until)
        for case_id, number, team_id, updated_at, status in query.tuples():
            days = (now - _aware(updated_at)).days
            key = f"idle:{case_id}:{format_timestamp(_aware(updated_at))}"
            for uid in managers.get(team_id, []):
                yield _Candidate(uid, case_id, "idle", {"number": number, "status": status, "days": days}, key)


def _overdue(today: dt.date, managers: dict[int, list[int]]) -> Iterable[_Candidate]:
    if not managers:
        return
    query = overdue_query(today, today - dt.timedelta(days=LOOKBACK_DAYS))
    for installment_id, due, amount, case_id, number, team_id, currency in query.tuples():
        for uid in managers.get(team_id, []):
            yield _Candidate(uid, case_id, "payment_overdue",
                             {"number": number, "due_date": due.isoformat(), "amount": str(amount),
                              "currency": currency}, f"overdue:{installment_id}")


def _alerts(now: dt.datetime) -> Iterable[_Candidate]:
    query = due_alert_query(now, now - dt.timedelta(days=LOOKBACK_DAYS))
    for note_id, case_id, text, addressee, author, number, name, login in query.tuples():
        uid = addressee if addressee is not None else author
        if uid is None:
            continue
        short = " ".join(text.split())
        if len(short) > ALERT_TEXT_MAX:
            short = short[:ALERT_TEXT_MAX - 1] + "\u2026"
        yield _Candidate(uid, case_id, "alert_due", {"number": number, "text": short, "by": name or login or ""},
                         f"alert:{note_id}")


def _resumes(today: dt.date, managers: dict[int, list[int]]) -> Iterable[_Candidate]:
    on_hold = [sid for ids in _status_ids(StatusKind.ON_HOLD).values() for sid in ids]
    if not on_hold:
        return
    query = resume_query(today, today - dt.timedelta(days=LOOKBACK_DAYS), on_hold)
    for case_id, number, team_id, assigned, resume, status in query.tuples():
        params = {"number": number, "status": status, "resume_date": resume.isoformat()}
        for uid in dict.fromkeys([assigned, *managers.get(team_id, [])]):
            if uid is not None:
                yield _Candidate(uid, case_id, "hold_resume", params, f"resume:{case_id}:{resume.isoformat()}")


def _active_users() -> set[int]:
    return {uid for (uid,) in User.select(User.id).where(User.active).tuples()}


def _already_sent(candidates: list[_Candidate]) -> set[tuple[str, int]]:
    keys = sorted({c.key for c in candidates})
    sent: set[tuple[str, int]] = set()
    for start in range(0, len(keys), _CHUNK):
        rows = (Notification.select(Notification.dedupe_key, Notification.user)
                .where(Notification.dedupe_key.in_(keys[start:start + _CHUNK])).tuples())
        sent.update((key, uid) for key, uid in rows)
    return sent


def scan(now: dt.datetime | None = None) -> dict[str, int]:
    """Writes the notifications time made due; returns how many new ones of each kind.

    Reads first and opens a write transaction only when something is new, so the minute-by-minute
    scan of an idle office takes no write lock.
    """
    now = _aware(now) if now is not None else utcnow()
    today = now.astimezone().date()
    managers = _managers_by_team()
    candidates = [*_idle(now, managers), *_overdue(today, managers), *_alerts(now), *_resumes(today, managers)]
    active = _active_users()
    candidates = [c for c in candidates if c.user_id in active]
    if not candidates:
        return {}
    sent = _already_sent(candidates)
    new = list({(c.key, c.user_id): c for c in candidates if (c.key, c.user_id) not in sent}.values())
    if not new:
        return {}
    stamp = utcnow()
    with write_transaction():
        for start in range(0, len(new), _CHUNK):
            (Notification.insert_many([
                {"user": c.user_id, "case": c.case_id, "kind": c.kind, "text": encode(c.params),
                 "created_at": stamp, "dedupe_key": c.key} for c in new[start:start + _CHUNK]])
             .on_conflict_ignore().execute())
    counts: dict[str, int] = defaultdict(int)
    for c in new:
        counts[c.kind] += 1
    return dict(counts)


# -- the reader's own notifications ----------------------------------------------------------------

def _own(actor: Actor, query: pw.Query) -> pw.Query:
    """The actor's rows whose case (if any) is live and still visible to the actor."""
    query = (query.join(Case, pw.JOIN.LEFT_OUTER, on=(Notification.case == Case.id))
             .where(Notification.user == (actor.user_id if actor.user_id is not None else -1)))
    seen = Case.trashed == False  # noqa: E712
    clause = visible_cases(actor)
    if clause is not None:
        seen = seen & clause
    return query.where(Notification.case.is_null() | seen)


def unread_count(actor: Actor) -> int:
    return _own(actor, Notification.select(pw.fn.COUNT(Notification.id))).where(
        Notification.read_at.is_null()).scalar() or 0


def _params(text: str) -> dict:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def list_notifications(actor: Actor, limit: int = 200, unread_only: bool = False) -> list[NotificationRow]:
    """The actor's notifications, newest first (at most `limit`)."""
    query = _own(actor, Notification.select(
        Notification.id, Notification.kind, Notification.text, Notification.case, Case.number, Case.work_area,
        Case.archived, Notification.created_at, Notification.read_at))
    if unread_only:
        query = query.where(Notification.read_at.is_null())
    query = query.order_by(Notification.created_at.desc(), Notification.id.desc()).limit(max(1, limit))
    return [NotificationRow(id_, kind, _params(text), case_id, number or "", area, bool(archived),
                            _aware(created), read_at is not None)
            for id_, kind, text, case_id, number, area, archived, created, read_at in query.tuples()]


def mark_read(actor: Actor, ids: Iterable[int]) -> int:
    """Marks the actor's own notifications among `ids` read; others' ids are ignored. Returns how many."""
    wanted = sorted({int(i) for i in ids})
    if not wanted or actor.user_id is None:
        return 0
    with write_transaction():
        return (Notification.update(read_at=utcnow())
                .where((Notification.user == actor.user_id) & Notification.id.in_(wanted)
                       & Notification.read_at.is_null()).execute())


def mark_all_read(actor: Actor) -> int:
    if actor.user_id is None:
        return 0
    with write_transaction():
        return (Notification.update(read_at=utcnow())
                .where((Notification.user == actor.user_id) & Notification.read_at.is_null()).execute())
