"""'Since you last looked': which cases another person changed after this user last opened them.

A case is *unseen* for user U when an audit event on it by someone other than U (another user,
or the program itself) is later than U's last look at it: `CaseSeen.seen_at` when U has opened
the case, else U's baseline `User.seen_baseline`.

The baseline is the moment U first opened CaseDesk's window (`begin`), not `User.created_at`:
accounts are created (or imported, or migrated from an older CaseDesk) long before their owner
uses this feature, and measuring from the account's creation would flag every case anybody
ever touched as "new" and make the filter read the whole audit history. "Mark all as seen"
(`mark_all_seen(actor, None)`) moves the baseline to now and forgets the per-case rows, which
also keeps the filter's range short.

The list filter (`unseen_clause`) reads the audit events after the baseline through the
(at, case, user) index — one covering range — and looks each up in the user's `case_seen`
rows by their unique (user, case) index; the list's 64-row blocks ask `unseen_changes`,
which reads each case's own events through the (case, at) index. Opening a case
(`mark_seen`) is one upsert; the GUI runs it off its thread. Looking is not a change: none
of these writes records an audit event (one would make the case "changed" for everyone else).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.models import AuditEvent, Case, CaseSeen, User
from desktop_app.models.base import utcnow
from desktop_app.services.context import Actor
from desktop_app.services.permissions import can_see_case, visible_cases
from desktop_app.storage.database import chunked, write_transaction

# Changes older than this are not "new" any more, seen or not: the filter reads the events of at
# most this many days (1M cases and 1M events over a year: ~82k events, 150 ms; see
# tests/benchmarks/bench_unseen.py), however long ago the user started.
HORIZON = dt.timedelta(days=30)


@dataclass(frozen=True)
class UnseenChange:
    """The latest change to a case by someone else since the user last looked at it."""

    case_id: int
    at: dt.datetime
    who: str  # that person's name ("" for the program itself)


def baseline(actor: Actor) -> dt.datetime | None:
    """When the actor started using "since you last looked" (None: not yet)."""
    if actor.user_id is None:
        return None
    row = User.select(User.seen_baseline).where(User.id == actor.user_id).first()
    return row.seen_baseline if row is not None else None


def _since(actor: Actor) -> dt.datetime | None:
    """The earliest change that may count as new: the baseline, but no more than HORIZON ago."""
    start = baseline(actor)
    return None if start is None else max(start, utcnow() - HORIZON)


def begin(actor: Actor) -> dt.datetime | None:
    """Sets the actor's baseline to now the first time they open the window; returns the baseline."""
    if actor.user_id is None:
        return None
    with write_transaction():
        User.update(seen_baseline=utcnow()).where(
            (User.id == actor.user_id) & User.seen_baseline.is_null()).execute()
    return baseline(actor)


def _upsert(user_id: int, case_ids: Sequence[int], when: dt.datetime) -> None:
    rows = [{"user": user_id, "case": case_id, "seen_at": when} for case_id in case_ids]
    for block in chunked(rows):
        (CaseSeen.insert_many(block)
         .on_conflict(conflict_target=[CaseSeen.user, CaseSeen.case], update={CaseSeen.seen_at: when})
         .execute())


def mark_seen(actor: Actor, case_id: int) -> dt.datetime | None:
    """The actor looked at the case now (selected it in the list). Returns the time recorded.

    Only a case the actor may see; the program itself (no user) has nothing to remember.
    """
    if actor.user_id is None:
        return None
    if not can_see_case(actor, case_id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    now = utcnow()
    with write_transaction():
        User.update(seen_baseline=now).where(
            (User.id == actor.user_id) & User.seen_baseline.is_null()).execute()
        _upsert(actor.user_id, [case_id], now)
    return now


def mark_all_seen(actor: Actor, case_ids: Iterable[int] | None = None) -> int:
    """Marks these cases (the visible ones among them) as seen now; None: every case.

    Every case: the baseline moves to now and the per-case rows go (everything before now is
    seen). Returns how many cases were marked (-1 for every case).
    """
    if actor.user_id is None:
        return 0
    now = utcnow()
    if case_ids is None:
        with write_transaction():
            User.update(seen_baseline=now).where(User.id == actor.user_id).execute()
            CaseSeen.delete().where(CaseSeen.user == actor.user_id).execute()
        return -1
    wanted = list(dict.fromkeys(case_ids))
    clause = visible_cases(actor)
    marked = 0
    with write_transaction():
        User.update(seen_baseline=now).where(
            (User.id == actor.user_id) & User.seen_baseline.is_null()).execute()
        for block in chunked(wanted):
            query = Case.select(Case.id).where(Case.id.in_(block))
            if clause is not None:
                query = query.where(clause)
            ids = [case_id for (case_id,) in query.tuples()]
            _upsert(actor.user_id, ids, now)
            marked += len(ids)
    return marked


def _by_someone_else(event: type[AuditEvent], user_id: int) -> pw.Expression:
    return event.user.is_null() | (event.user != user_id)


def unseen_changes(actor: Actor, case_ids: Sequence[int]) -> dict[int, UnseenChange]:
    """Among these cases (a block of the list), those changed by someone else since the actor
    last looked, each with its latest such change."""
    since = _since(actor) if actor.user_id is not None and case_ids else None
    if since is None:
        return {}  # no case ids, the program itself, or a user who has not started yet
    found: dict[int, UnseenChange] = {}
    for case_id, at, full_name, login in changes_query(actor, case_ids, since).tuples():
        if case_id not in found:
            at = AuditEvent.at.python_value(at)
            found[case_id] = UnseenChange(case_id, at, full_name or login or "")
    return found


def changes_query(actor: Actor, case_ids: Sequence[int], since: dt.datetime) -> pw.Query:
    """Others' events on these cases after `since` and the actor's last look, newest first."""
    event, seen, author = AuditEvent.alias("e"), CaseSeen.alias("s"), User.alias("u")
    after_look = seen.seen_at.is_null() | (event.at > seen.seen_at)
    return (event.select(event.case, event.at, author.full_name, author.login)
            .join(seen, pw.JOIN.LEFT_OUTER, on=((seen.case == event.case) & (seen.user == actor.user_id)))
            .switch(event).join(author, pw.JOIN.LEFT_OUTER, on=(author.id == event.user))
            .where(event.case.in_(list(case_ids)) & _by_someone_else(event, actor.user_id)
                   & (event.at > since) & after_look)
            .order_by(event.at.desc(), event.id.desc()))


def unseen_among(actor: Actor, case_ids: Sequence[int]) -> set[int]:
    """The ids among `case_ids` changed by someone else since the actor last looked at them."""
    return set(unseen_changes(actor, case_ids))


def unseen_clause(actor: Actor) -> pw.Expression:
    """A WHERE clause on Case: changed by someone else since the actor last looked (the list filter).

    Reads the audit events after the actor's baseline (at most HORIZON ago) through the (at, case, user) index; each is
    checked against the actor's row for its case through the unique (user, case) index.
    """
    since = _since(actor)
    if actor.user_id is None or since is None:
        return Case.id.in_([])  # the program itself, or a user who has not started yet: nothing is new
    event, seen = AuditEvent.alias("e"), CaseSeen.alias("s")
    looked = (seen.select(pw.SQL("1"))
              .where((seen.user == actor.user_id) & (seen.case == event.case) & (seen.seen_at >= event.at)))
    changed = (event.select(event.case)
               .where((event.at > since) & _by_someone_else(event, actor.user_id) & ~pw.fn.EXISTS(looked)))
    return Case.id.in_(changed)
