"""One URL selects the engine: a file path or sqlite:///… for SQLite, postgresql://… for an office.

SQLite runs in WAL with synchronous=FULL and every write transaction BEGIN IMMEDIATE
(DESIGN §3): without IMMEDIATE, concurrent read-modify-write transactions fail with
"database is locked" (research/ecosystem-reliability.md D.4).
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qsl, unquote, urlparse

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError, first_line
from desktop_app.models import db
from desktop_app.storage import presence
from desktop_app.storage.connections import LocalDatabase, OfficeDatabase
from desktop_app.storage.postgres_driver import load_postgres_driver

T = TypeVar("T")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "cache_size": -16384,  # 16 MiB a connection: the list's index pages stay warm on each of the few kept
    "temp_store": "memory",
}
BUSY_TIMEOUT_S = 10  # SQLite: how long a writer waits for another one's lock
LOCK_TIMEOUT_S = 10  # PostgreSQL: lock_timeout of every statement
CONNECT_TIMEOUT_S = 5  # PostgreSQL: per connection attempt, unless the URL says otherwise
# PostgreSQL: a client killed outright frees its locks at once (its OS closes the socket, the server
# rolls back within milliseconds: tests/integration/test_pg_crash_safety.py). A client that hangs
# inside a transaction, or whose PC vanishes (power cut, cable pulled), would keep its row locks
# until the server's TCP keepalive gave up (2 h 11 min with Linux defaults): the session is ended
# after this long idle inside a transaction (CaseDesk's transactions never wait for the user)…
IDLE_IN_TRANSACTION_TIMEOUT_S = 300
# …and the server probes a silent client after TCP_KEEPALIVE_IDLE_S, then every
# TCP_KEEPALIVE_INTERVAL_S (the probe count stays the OS's: Windows servers refuse to set it).
TCP_KEEPALIVE_IDLE_S = 60
TCP_KEEPALIVE_INTERVAL_S = 10

SQLITE_FIELD_TYPES = {"TIMESTAMPTZ": "TEXT"}
POSTGRES_FIELD_TYPES = {"TIMESTAMPTZ": "TIMESTAMPTZ"}


def sqlite_path_from_url(url: str) -> Path | None:
    """The file a SQLite URL or plain path names, or None for another engine."""
    if url.startswith("sqlite:///"):
        return Path(unquote(url[len("sqlite:///"):]))
    if "://" not in url:
        return Path(url)
    return None


IN_LIST_SIZE = 500
"""Values per IN (…) list or multi-row INSERT: well under every engine's parameter limit."""


def chunked(items: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """`items` in consecutive slices of at most `size`."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def safe_url(url: str) -> str:
    """A database URL fit for a message, a log or the audit trail: its password masked."""
    parsed = urlparse(url.strip())
    if "@" not in parsed.netloc or parsed.password is None:
        return url
    user = parsed.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    host = parsed.netloc.rsplit("@", 1)[1]
    return parsed._replace(netloc=f"{user}:***@{host}").geturl()


def make_database(url: str) -> pw.Database:
    """Builds (without connecting) the peewee database a URL names."""
    url = url.strip()
    if not url:
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The database URL is empty."))
    path = sqlite_path_from_url(url)
    if path is not None:
        if str(path) != ":memory:" and not path.parent.is_dir():
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Cannot open database {url}: folder {folder} does not exist."),
                url=url, folder=str(path.parent),
            )
        return LocalDatabase(
            str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_S,
            field_types=SQLITE_FIELD_TYPES,
            check_same_thread=False,  # a background job's connection goes to the next job's thread
        )
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres"):
        if not parsed.path.strip("/"):
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "The database URL {url} names no database."), url=url)
        if not load_postgres_driver():
            raise StorageError(QT_TRANSLATE_NOOP(
                "errors", "PostgreSQL support is not installed: pip install 'casedesk[postgres]'."))
        options = {"connect_timeout": str(CONNECT_TIMEOUT_S),
                   "application_name": session_name(getpass.getuser()),
                   "options": (f"-c lock_timeout={int(LOCK_TIMEOUT_S * 1000)} "
                               f"-c idle_in_transaction_session_timeout={int(IDLE_IN_TRANSACTION_TIMEOUT_S * 1000)} "
                               f"-c tcp_keepalives_idle={TCP_KEEPALIVE_IDLE_S} "
                               f"-c tcp_keepalives_interval={TCP_KEEPALIVE_INTERVAL_S}"),
                   **dict(parse_qsl(parsed.query))}  # the URL's sslmode, connect_timeout… win
        return OfficeDatabase(
            parsed.path.lstrip("/"),
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or None,
            port=parsed.port or None,
            field_types=POSTGRES_FIELD_TYPES,
            lock_timeout_s=LOCK_TIMEOUT_S,
            **options,
            autoconnect=True,
        )
    raise StorageError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Unsupported database URL {url}: use a file path, sqlite:///PATH or "
            "postgresql://USER@HOST/NAME."),
        url=url,
    )


def is_sqlite(database: pw.Database | None = None) -> bool:
    target = database if database is not None else db.obj
    return isinstance(target, pw.SqliteDatabase)


def unindexed(column: pw.Node) -> pw.Node:
    """`+column` on SQLite: the planner may check the term but not drive an index with it.

    A hint for queries where another index should drive (and give the sort order). Other
    engines get the column unchanged (PostgreSQL has no unary plus on booleans or text).
    """
    return pw.NodeList((pw.SQL("+"), column), glue="") if is_sqlite() else column


def write_transaction():
    """A write transaction: BEGIN IMMEDIATE on SQLite, an ordinary one on PostgreSQL.

    Nested calls become savepoints of the outer transaction.
    """
    if is_sqlite() and db.obj.transaction_depth() == 0:
        return db.atomic("IMMEDIATE")
    return db.atomic()


def lock_rows(model: type[pw.Model], ids: Iterable[int]) -> None:
    """PostgreSQL: locks these rows (FOR NO KEY UPDATE, in id order) until the transaction ends.

    For a state stored on a row but computed from other tables (a case's document count, its
    icons): two transactions adding documents to one case would each count without the other's
    document and the last to commit would store a count one short. Locked first, the second waits
    for the first to commit, and its count (a new snapshot per statement) sees both. SQLite: a
    write transaction already excludes every other writer.

    NO KEY UPDATE is the lock an UPDATE of the row takes: a transaction that updated the case
    already holds it, and a document's foreign-key check (KEY SHARE) does not conflict with it
    (FOR UPDATE would: two such transactions deadlocked).
    """
    if is_sqlite():
        return
    for chunk in chunked(sorted(set(ids))):
        list(model.select(model._meta.primary_key).where(model._meta.primary_key.in_(list(chunk)))
             .order_by(model._meta.primary_key).for_update("FOR NO KEY UPDATE").tuples())


SQLITE_FULL = 13  # sqlite3.Error.sqlite_errorcode: "database or disk is full"
POSTGRES_DISK_FULL = "53100"  # SQLSTATE disk_full


def is_disk_full(exc: BaseException) -> bool:
    """True when a database or file error (or one it was raised from or during) is a full disk.

    A COMMIT that fails on a full disk is rolled back by SQLite itself; peewee's own ROLLBACK
    then fails with "no transaction is active", the disk-full error only in its context.
    """
    seen: set[int] = set()
    pending: list[object] = [exc]
    while pending:
        error = pending.pop()
        if not isinstance(error, BaseException) or id(error) in seen:
            continue
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return True
        if getattr(error, "sqlite_errorcode", None) == SQLITE_FULL or \
                getattr(error, "sqlstate", None) == POSTGRES_DISK_FULL:
            return True
        if isinstance(error, (sqlite3.Error, pw.PeeweeException)) and "disk is full" in str(error):
            return True
        pending.extend((error.__cause__, error.__context__, *error.args[:1]))
    return False


def connect(url: str) -> pw.Database:
    """Builds the database for `url`, binds the model proxy to it and connects."""
    database = make_database(url)
    try:
        database.connect(reuse_if_open=True)
        if isinstance(database, pw.SqliteDatabase):
            # A file that is not SQLite only fails on first read; read now for a clear message.
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (pw.OperationalError, pw.DatabaseError, sqlite3.DatabaseError) as exc:
        with contextlib.suppress(Exception):
            database.close()
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot open database {url}: {reason}"),
            url=url, reason=first_line(exc),
        ) from exc
    db.initialize(database)
    return database


def session_name(login: str) -> str:
    """application_name of our PostgreSQL sessions: 'CaseDesk <login>@<PC>' (63 characters at most)."""
    return f"CaseDesk {login}@{presence.this_host()}"[:63]


def identify_session(database: pw.Database, login: str) -> None:
    """Names the session after the signed-in user: presence row and PostgreSQL application_name."""
    if isinstance(database, OfficeDatabase):
        database.set_application_name(session_name(login))
    presence.identify(database, login)


def close() -> None:
    if db.obj is not None:
        close_worker_connections(db.obj)
        if not db.obj.is_closed():
            db.obj.close()


def backup_sqlite(source: pw.SqliteDatabase, target: Path, *, pages: int = -1,
                  progress: Callable[[int, int, int], object] | None = None) -> None:
    """A consistent copy of a live SQLite database through the online backup API.

    The copy is written to `.NAME.part` beside `target`, fsynced and only then renamed, so a
    killed process or a full disk never leaves a partial copy under the target's name.
    `pages` and `progress` are those of sqlite3.Connection.backup. An OSError or a
    sqlite3.Error (such as "database or disk is full") comes through; the part is removed.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    with contextlib.suppress(FileNotFoundError):
        part.unlink()  # from a copy killed earlier
    try:
        dest = sqlite3.connect(str(part))
        try:
            dest.execute("PRAGMA journal_mode=OFF")  # a half copy is thrown away: no -journal beside it
            source.connection().backup(dest, pages=pages, progress=progress)
        finally:
            dest.close()
        with open(part, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


IDLE_WORKER_CONNECTIONS = 4
"""SQLite connections kept open between background jobs (the window runs at most four at once)."""
_idle_connections: weakref.WeakKeyDictionary[pw.Database, list] = weakref.WeakKeyDictionary()
_idle_lock = threading.Lock()


def worker_connection() -> contextlib.AbstractContextManager:
    """Gives a background thread a connection for one job (none if no database is open).

    SQLite: one an earlier job handed back when there is one. Its page cache is warm: a search
    that took 28 ms on a new connection, reading its index pages from the OS again, takes 7 ms on
    a used one at 1M. PostgreSQL: a new connection, closed after the job.
    """
    database = db.obj
    if database is None:
        return contextlib.nullcontext()
    if not isinstance(database, pw.SqliteDatabase):
        return database.connection_context()
    return _reused_connection(database)


@contextlib.contextmanager
def _reused_connection(database: pw.SqliteDatabase) -> Iterator[None]:
    if not database.is_closed():  # this thread has its own already (a script's main thread): used as is
        yield
        return
    with _idle_lock:
        idle = _idle_connections.setdefault(database, [])
        conn = idle.pop() if idle else None
    if conn is None:
        database.connect()
    else:
        database._state.set_connection(conn)  # as peewee's own pool hands a connection to a thread
    try:
        yield
    finally:
        conn = database._state.conn
        kept = False
        if conn is not None and not conn.in_transaction:
            with _idle_lock:
                if _idle_connections.get(database) is idle and len(idle) < IDLE_WORKER_CONNECTIONS:
                    idle.append(conn)
                    kept = True
        if kept:
            database._state.reset()  # this thread forgets it, open
        else:
            database.close()


def close_worker_connections(database: pw.Database) -> None:
    """Closes the connections background jobs handed back (before the office is closed)."""
    with _idle_lock:
        idle = _idle_connections.pop(database, [])
    for conn in idle:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
