"""Lost connections and locked databases, turned into clear errors (DESIGN §3, §6; issue 6).

PostgreSQL (`OfficeDatabase`): a connection the server dropped (restart, network cut, idle
connection killed) is noticed from psycopg's own state or the error's SQLSTATE, and the
policy is:
- outside a transaction, a statement that cannot have changed anything (BEGIN, SELECT, SET,
  SHOW) is sent again on a new connection; the new connection is opened with a bounded retry
  and a short back-off (`RECONNECT_DELAYS_S`). BEGIN is the first thing a write transaction
  sends, so a write whose connection died while idle is simply made on the new one;
- inside a transaction nothing is re-sent: the server rolled the transaction back with the
  connection, the service's `with write_transaction()` block is left with `ConnectionLost`,
  and the caller (the form) still has the user's values to save again. Re-running the
  Python block automatically would repeat its reads and checks on a new snapshot behind the
  user's back; the user re-saving does the same, knowingly, and meets the optimistic lock;
- a connection lost during COMMIT (or during an autocommitted write) leaves the outcome
  unknown: the error says so and asks to reload before saving again (a repeated save then
  meets the `version` check instead of writing twice).
Listeners (`add_listener`) hear "lost", "reconnected" and "unreachable", from any thread.

A lock wait beyond `lock_timeout` becomes `DatabaseBusy`, naming the sessions that hold a
lock on the table (from pg_stat_activity and pg_locks, read on a side connection; CaseDesk
sets application_name to "CaseDesk <login>@<PC>").

SQLite (`LocalDatabase`): "database is locked" after the busy timeout becomes
`DatabaseBusy`, naming the other live CaseDesk sessions from the presence table
(storage/presence.py), or "another program" when there is none.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, StorageError

log = logging.getLogger(__name__)

RECONNECT_DELAYS_S: tuple[float, ...] = (0.2, 0.5, 1.0)  # waits before the 2nd, 3rd and 4th attempt
# SQLSTATE classes of a dead connection: 08 connection exception; 57P01-03 admin/crash shutdown;
# 25P03 the server ended a session left idle inside a transaction (idle_in_transaction_session_timeout).
_LOST_STATES = ("57P01", "57P02", "57P03", "25P03")
_IDLE_TIMEOUT = "25P03"  # peewee raises it as an InternalError (class 25), not an OperationalError
_LOCK_TIMEOUT = "55P03"
_RESENDABLE = ("SELECT", "SHOW", "SET", "BEGIN", "EXPLAIN", "VALUES")


class ConnectionLost(StorageError, pw.OperationalError):
    """The connection to the database server broke; says whether anything may have been saved."""


class DatabaseBusy(StorageError, pw.OperationalError):
    """Another session held a lock longer than we wait; nothing was changed."""


LOST_IN_TRANSACTION = QT_TRANSLATE_NOOP(
    "errors",
    "The connection to the office server {server} was lost while saving ({reason}). Nothing was "
    "saved; your changes are kept: try again.")
LOST_OUTCOME_UNKNOWN = QT_TRANSLATE_NOOP(
    "errors",
    "The connection to the office server {server} was lost while the change was being confirmed "
    "({reason}); it may or may not have been saved. Your changes are kept: reload to check before "
    "saving again.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot reach the office server {server}: {reason}. Your changes are kept: try again when the "
    "server is back.")
BUSY_HELD_BY = QT_TRANSLATE_NOOP(
    "errors",
    "The database is busy: {holders} kept a lock on {table} for more than {seconds} s. Nothing was "
    "changed; your changes are kept: try again in a moment.")
BUSY_UNKNOWN = QT_TRANSLATE_NOOP(
    "errors",
    "The database is busy: another program kept a lock for more than {seconds} s. Nothing was "
    "changed; your changes are kept: try again in a moment.")
LOCKED_BY_SESSIONS = QT_TRANSLATE_NOOP(
    "errors",
    "The database is locked: another CaseDesk session kept it for more than {seconds} s (open "
    "sessions: {holders}). Nothing was changed; your changes are kept: try again in a moment.")
LOCKED_BY_PROGRAM = QT_TRANSLATE_NOOP(
    "errors",
    "The database is locked by another program (for more than {seconds} s). Nothing was changed; "
    "your changes are kept: try again in a moment.")


# -- listeners ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConnectionEvent:
    kind: str  # LOST, RECONNECTED or UNREACHABLE
    server: str
    reason: str = ""


LOST, RECONNECTED, UNREACHABLE_EVENT = "lost", "reconnected", "unreachable"
_listeners: list[Callable[[ConnectionEvent], None]] = []


def add_listener(listener: Callable[[ConnectionEvent], None]) -> None:
    """Calls `listener(event)` on connection events; it may be called from any thread."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_listener(listener: Callable[[ConnectionEvent], None]) -> None:
    with contextlib.suppress(ValueError):
        _listeners.remove(listener)


def _notify(event: ConnectionEvent) -> None:
    log.warning("database connection %s: %s %s", event.kind, event.server, event.reason)
    for listener in list(_listeners):
        try:
            listener(event)
        except Exception:  # a listener's bug must not turn into a database error
            log.exception("connection listener failed")


def first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def seconds_text(value: float) -> str:
    return f"{value:g}"


# -- PostgreSQL --------------------------------------------------------------------------------
class OfficeDatabase(pw.PostgresqlDatabase):
    """PostgreSQL with reconnection and lock-holder naming (see the module's docstring)."""

    def __init__(self, *args, lock_timeout_s: float = 10.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.lock_timeout_s = lock_timeout_s
        self.reconnect_delays: tuple[float, ...] = RECONNECT_DELAYS_S
        self.presence_id: int | None = None
        self._ever_connected = False
        self._lost = False

    @property
    def server(self) -> str:
        return f"{self.connect_params.get('host') or 'localhost'}:{self.connect_params.get('port') or 5432}"

    def set_application_name(self, name: str) -> None:
        """What pg_stat_activity shows for our sessions: new connections and this thread's one."""
        name = name[:63]
        self.connect_params["application_name"] = name
        if not self.is_closed() and not self._raw_closed():
            with contextlib.suppress(pw.DatabaseError, AppError):
                self.execute_sql("SELECT set_config('application_name', %s, false)", (name,))

    # -- connecting ----------------------------------------------------------------------------
    def connect(self, reuse_if_open: bool = False) -> bool:
        if not self._ever_connected:  # opening the office: fail at once, the caller names the URL
            opened = super().connect(reuse_if_open)
            self._ever_connected = True
            return opened
        last: Exception | None = None
        within = self._state.ctx  # a reconnection inside connection_context() keeps its place
        for delay in (0.0, *self.reconnect_delays):
            if delay:
                time.sleep(delay)
            try:
                opened = super().connect(reuse_if_open)
            except (pw.OperationalError, pw.InterfaceError) as exc:
                last = exc
                continue
            finally:
                self._state.ctx = within
            if self._lost:
                self._lost = False
                _notify(ConnectionEvent(RECONNECTED, self.server))
            return opened
        self._lost = True
        reason = first_line(last) if last else ""
        _notify(ConnectionEvent(UNREACHABLE_EVENT, self.server, reason))
        raise ConnectionLost(UNREACHABLE, server=self.server, reason=reason) from last

    def _raw_closed(self) -> bool:
        conn = self._state.conn
        return conn is None or bool(getattr(conn, "closed", False))

    def _forget_connection(self) -> None:
        """Drops this thread's dead connection (nothing is sent) so the next use opens a new one."""
        conn = self._state.conn
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        within = self._state.ctx  # an open connection_context() keeps its place
        self._state.reset()
        self._state.ctx = within

    def _mark_lost(self, exc: BaseException) -> None:
        if not self._lost:
            self._lost = True
            _notify(ConnectionEvent(LOST, self.server, first_line(exc)))

    def is_connection_lost(self, exc: BaseException) -> bool:
        if self._state.conn is not None and self._raw_closed():
            return True
        state = _sqlstate(exc)
        return state.startswith("08") or state in _LOST_STATES

    # -- statements ----------------------------------------------------------------------------
    def execute_sql(self, sql, params=None):
        return self._guarded(super().execute_sql, (sql, params),
                             resendable=sql.lstrip().upper().startswith(_RESENDABLE))

    def begin(self, *args, **kwargs):
        return self._guarded(super().begin, args, kwargs, resendable=True)

    def _guarded(self, run, args, kwargs=None, *, resendable: bool):
        kwargs = kwargs or {}
        outside = self.transaction_depth() == 0
        if outside and not self.is_closed() and self._raw_closed():
            self._mark_lost(ConnectionError("the connection is closed"))
            self._forget_connection()  # known dead: the next cursor() reconnects
        try:
            return run(*args, **kwargs)
        except (pw.OperationalError, pw.InterfaceError, pw.InternalError) as exc:
            if isinstance(exc, AppError):
                raise
            if not self.is_connection_lost(exc):
                if isinstance(exc, pw.InternalError):
                    raise
                raise self._busy_or(exc) from exc
            self._mark_lost(exc)
            if not outside:
                raise ConnectionLost(LOST_IN_TRANSACTION, server=self.server, reason=first_line(exc)) from exc
            if not resendable:
                raise ConnectionLost(LOST_OUTCOME_UNKNOWN, server=self.server, reason=first_line(exc)) from exc
            self._forget_connection()
        try:  # once more, on a new connection (cursor() connects, with the bounded retry)
            return run(*args, **kwargs)
        except (pw.OperationalError, pw.InterfaceError, pw.InternalError) as exc:
            if isinstance(exc, AppError) or (isinstance(exc, pw.InternalError) and not self.is_connection_lost(exc)):
                raise
            if self.is_connection_lost(exc):
                self._forget_connection()
                raise ConnectionLost(UNREACHABLE, server=self.server, reason=first_line(exc)) from exc
            raise self._busy_or(exc) from exc

    def commit(self):
        try:
            return super().commit()
        except (pw.OperationalError, pw.InterfaceError, pw.InternalError) as exc:
            if isinstance(exc, AppError) or not self.is_connection_lost(exc):
                raise
            self._mark_lost(exc)
            if _sqlstate(exc) == _IDLE_TIMEOUT:  # ended before the COMMIT arrived: rolled back
                raise ConnectionLost(LOST_IN_TRANSACTION, server=self.server, reason=first_line(exc)) from exc
            raise ConnectionLost(LOST_OUTCOME_UNKNOWN, server=self.server, reason=first_line(exc)) from exc

    def rollback(self):
        if self.is_closed() or self._raw_closed():
            return  # the server dropped the transaction together with the connection
        try:
            return super().rollback()
        except (pw.OperationalError, pw.InterfaceError) as exc:
            if not self.is_connection_lost(exc):
                raise
            self._mark_lost(exc)

    # -- locks ---------------------------------------------------------------------------------
    def _busy_or(self, exc: Exception) -> Exception:
        orig = getattr(exc, "orig", None)
        if getattr(orig, "sqlstate", None) != _LOCK_TIMEOUT:
            return exc
        context = getattr(getattr(orig, "diag", None), "context", None) or ""
        found = re.search(r'relation "([^"]+)"', context)
        table = found.group(1) if found else ""
        holders = self.lock_holders(table)
        seconds = seconds_text(self.lock_timeout_s)
        if not holders:
            return DatabaseBusy(BUSY_UNKNOWN, seconds=seconds)
        return DatabaseBusy(BUSY_HELD_BY, holders="; ".join(holders), table=table or "?", seconds=seconds)

    def lock_holders(self, table: str = "") -> list[str]:
        """The other sessions of this database with an open transaction (holding a lock on `table`
        when it is known), oldest first, as "bob@PC-2 (pid 4242, since 10:02:03)"."""
        try:
            import psycopg
        except ImportError:
            return []
        me = getattr(getattr(self._state.conn, "info", None), "backend_pid", 0) or 0
        params = {k: v for k, v in self.connect_params.items() if k not in ("options",)}
        params.update(dbname=self.database, autocommit=True, connect_timeout=3,
                      application_name="CaseDesk lock check")
        query = """
            SELECT a.pid, a.application_name, a.usename, host(a.client_addr), a.xact_start
            FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.pid NOT IN (%(me)s, pg_backend_pid())
              AND a.xact_start IS NOT NULL
              AND (%(table)s = '' OR EXISTS (
                  SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                  WHERE l.pid = a.pid AND l.granted AND c.relname = %(table)s))
            ORDER BY a.xact_start LIMIT 5"""
        try:
            with psycopg.connect(**params) as side:
                rows = side.execute(query, {"me": me, "table": table}).fetchall()
                if not rows and table:
                    rows = side.execute(query, {"me": me, "table": ""}).fetchall()
        except Exception:
            log.debug("cannot read the lock holders", exc_info=True)
            return []
        return [_describe_backend(*row) for row in rows]


def _sqlstate(exc: BaseException) -> str:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) or ""


def _describe_backend(pid: int, application: str, user: str, address: str | None,
                      since: dt.datetime | None) -> str:
    if application.startswith("CaseDesk "):
        who = application.removeprefix("CaseDesk ")
    else:
        who = f"{application or '?'} ({user}@{address or 'local'})"
    when = since.astimezone().strftime("%H:%M:%S") if since else "?"
    return f"{who} (pid {pid}, since {when})"


# -- SQLite ------------------------------------------------------------------------------------
class LocalDatabase(pw.SqliteDatabase):
    """SQLite whose "database is locked" names the other live CaseDesk sessions."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.presence_id: int | None = None
        self._naming = threading.local()

    def execute_sql(self, sql, params=None):
        return self._named(super().execute_sql, sql, params)

    def begin(self, *args, **kwargs):
        return self._named(super().begin, *args, **kwargs)

    def commit(self):
        return self._named(super().commit)

    def _named(self, run, *args, **kwargs):
        try:
            return run(*args, **kwargs)
        except pw.OperationalError as exc:
            text = str(exc).lower()
            if isinstance(exc, AppError) or getattr(self._naming, "active", False) or not (
                    "database is locked" in text or "database is busy" in text):
                raise
            raise self._locked() from exc

    def _locked(self) -> DatabaseBusy:
        from desktop_app.storage import presence

        self._naming.active = True  # reading the presence table must not come back here
        try:
            holders = [presence.describe(p) for p in presence.live_sessions(self, exclude=self.presence_id)]
        except (pw.DatabaseError, AppError):
            holders = []
        finally:
            self._naming.active = False
        seconds = seconds_text(self._timeout)
        if holders:
            return DatabaseBusy(LOCKED_BY_SESSIONS, holders="; ".join(holders), seconds=seconds)
        return DatabaseBusy(LOCKED_BY_PROGRAM, seconds=seconds)
