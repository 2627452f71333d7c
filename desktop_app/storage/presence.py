"""Presence records: which CaseDesk sessions have this office open (login, PC, pid, since, last seen).

`register` writes our row when a data dir is opened (and forgets rows whose session died
long ago), `identify` adds the login once a user signs in, the window calls `touch` every
`HEARTBEAT_S` in the background, `unregister` removes the row on close. A session is live
while its row was refreshed within `STALE_AFTER_S` (and, on this PC, its process runs).
The functions take the database explicitly (plain SQL, no model binding): the lock report
of storage/connections.py reads them on the very database that is locked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from desktop_app.errors import AppError
from desktop_app.models.base import TimestampField, format_timestamp, utcnow

TABLE = "session_presence"
HEARTBEAT_S = 60
STALE_AFTER_S = 3 * HEARTBEAT_S
FORGET_AFTER = dt.timedelta(days=1)
_instant = TimestampField()
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Presence:
    id: int
    login: str
    host: str
    pid: int
    program: str
    started_at: dt.datetime
    last_seen_at: dt.datetime


def this_host() -> str:
    return socket.gethostname() or "?"


def program_name() -> str:
    """'casedesk', 'casedesk backup'…: the program and its subcommand, if any."""
    name = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else "casedesk"
    if name in ("__main__", "-c", ""):
        name = "casedesk"
    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), "")
    return f"{name} {command}".strip()[:80] if command.isidentifier() else name[:80]


def _sql(database: pw.Database, text: str) -> str:
    return text.replace("?", database.param)


def _now() -> str:
    return format_timestamp(utcnow())


def _write(database: pw.Database):
    return database.atomic("IMMEDIATE") if isinstance(database, pw.SqliteDatabase) else database.atomic()


def register(database: pw.Database, login: str = "", program: str | None = None) -> int:
    """Writes this session's row and keeps its id on the database (`database.presence_id`)."""
    now = _now()
    with _write(database):
        database.execute_sql(_sql(database, f'DELETE FROM "{TABLE}" WHERE "last_seen_at" < ?'),
                             (format_timestamp(utcnow() - FORGET_AFTER),))
        cursor = database.execute_sql(_sql(
            database,
            f'INSERT INTO "{TABLE}" ("login", "host", "pid", "program", "started_at", "last_seen_at") '
            'VALUES (?, ?, ?, ?, ?, ?)' + ("" if isinstance(database, pw.SqliteDatabase) else ' RETURNING "id"')),
            (login[:80], this_host()[:255], os.getpid(), (program or program_name())[:80], now, now))
        row_id = cursor.lastrowid if isinstance(database, pw.SqliteDatabase) else cursor.fetchone()[0]
    database.presence_id = row_id
    return row_id


def identify(database: pw.Database, login: str) -> None:
    """The signed-in user's login on our row."""
    row_id = getattr(database, "presence_id", None)
    if row_id is None:
        return
    with _write(database):
        database.execute_sql(_sql(database, f'UPDATE "{TABLE}" SET "login" = ?, "last_seen_at" = ? WHERE "id" = ?'),
                             (login[:80], _now(), row_id))


def touch(database: pw.Database) -> None:
    """Still here (the window calls this every HEARTBEAT_S, off the GUI thread)."""
    row_id = getattr(database, "presence_id", None)
    if row_id is None:
        return
    with _write(database):
        database.execute_sql(_sql(database, f'UPDATE "{TABLE}" SET "last_seen_at" = ? WHERE "id" = ?'),
                             (_now(), row_id))


class Heartbeat(threading.Thread):
    """Keeps a headless session's row fresh (a command has no window timer): `touch` every
    `interval` seconds on the thread's own connection, until `stop`. A failed touch is logged and
    tried again at the next beat; the command itself never waits for it."""

    def __init__(self, database: pw.Database, interval: float | None = None) -> None:
        super().__init__(name="casedesk-presence", daemon=True)
        self.database, self.interval = database, HEARTBEAT_S if interval is None else interval
        self._stopped = threading.Event()

    def run(self) -> None:
        try:
            while not self._stopped.wait(self.interval):
                try:
                    touch(self.database)
                except (pw.DatabaseError, AppError) as exc:
                    log.info("presence heartbeat failed: %s", exc)
        finally:
            with contextlib.suppress(pw.DatabaseError):
                self.database.close()  # this thread's connection (peewee keeps one per thread)

    def stop(self) -> None:
        self._stopped.set()
        if self.is_alive() and self is not threading.current_thread():
            self.join(timeout=5)


def start_heartbeat(database: pw.Database, interval: float | None = None) -> Heartbeat:
    """Starts the headless heartbeat; `unregister` stops it."""
    beat = Heartbeat(database, interval)
    database.presence_heartbeat = beat
    beat.start()
    return beat


def unregister(database: pw.Database) -> None:
    """Removes our row (closing must not fail because of it: errors are ignored)."""
    beat = getattr(database, "presence_heartbeat", None)
    if beat is not None:
        database.presence_heartbeat = None
        beat.stop()
    row_id = getattr(database, "presence_id", None)
    database.presence_id = None
    if row_id is None:
        return
    with contextlib.suppress(pw.DatabaseError, AppError), _write(database):
        database.execute_sql(_sql(database, f'DELETE FROM "{TABLE}" WHERE "id" = ?'), (row_id,))


def _running_here(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def live_sessions(database: pw.Database, exclude: int | None = None) -> list[Presence]:
    """The sessions seen within STALE_AFTER_S, oldest first, without `exclude` (our own row)."""
    since = format_timestamp(utcnow() - dt.timedelta(seconds=STALE_AFTER_S))
    rows = database.execute_sql(_sql(
        database,
        f'SELECT "id", "login", "host", "pid", "program", "started_at", "last_seen_at" FROM "{TABLE}" '
        'WHERE "last_seen_at" >= ? ORDER BY "started_at", "id"'), (since,)).fetchall()
    here = this_host()
    found = []
    for row_id, login, host, pid, program, started, seen in rows:
        if row_id == exclude or (host == here and pid != os.getpid() and not _running_here(pid)):
            continue
        found.append(Presence(row_id, login, host, pid, program, _instant.python_value(started),
                              _instant.python_value(seen)))
    return found


def describe(presence: Presence) -> str:
    """'bob@PC-2 (casedesk, pid 4242, since 10:02)'."""
    who = f"{presence.login}@{presence.host}" if presence.login else presence.host
    since = presence.started_at.astimezone().strftime("%H:%M")
    return f"{who} ({presence.program}, pid {presence.pid}, since {since})"
