"""Copies a whole office from one database to another: SQLite ⇄ PostgreSQL, in bulk, verified.

`copy_office(source, target)` reads every table of models.ALL_MODELS (in dependency order)
and the schema-version table from a consistent snapshot of the source (one read
transaction; REPEATABLE READ READ ONLY on PostgreSQL) and writes them, ids preserved, into
an empty target at the same schema inside ONE write transaction:
- PostgreSQL target: `COPY … FROM STDIN` through psycopg, then every id sequence is reset
  to the copied maximum; SQLite target: `executemany` in batches of thousands.
- blobs follow each engine's contract: on PostgreSQL every Blob row's `data` holds the
  bytes and nothing is written under blobs/; on SQLite `data` is NULL and the bytes are
  files named by SHA-256 under the data dir's blobs/ folder. A PostgreSQL row whose
  `data` is NULL (an office stored before the blobs moved into the database) is read from
  the source data dir's files.
- full-text search: SQLite's FTS5 index is filled by its triggers as the documents go in;
  PostgreSQL's tsvector is a generated column.
- before the commit the target is verified: the row count of every table equals the
  source's, and every blob hashes to its SHA-256 (PostgreSQL: `sha256(data)` on the
  server; SQLite: each file). Anything wrong rolls the whole copy back: the target is
  left as empty as it was.
A target that holds anything but the base data a first opening writes (the five roles and
the password-less local admin, the default backup schedule) is refused, naming the table.

No Qt here: the CLI (`casedesk migrate-to`), the backup of a PostgreSQL office, the restore
into one and the demo on PostgreSQL all call this module.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError, UserError, first_line
from desktop_app.models import ALL_MODELS, Blob
from desktop_app.services.context import LOCAL_ADMIN_LOGIN
from desktop_app.services.office.table_copy import (
    bound_to,
    column_converters,
    convert_row,
    quote_name,
    read_batches,
    read_snapshot,
)
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.database import is_sqlite, safe_url
from desktop_app.storage.files import fsync_dir
from desktop_app.storage.migrations import VERSION_TABLE, current_version, latest_version, migrate

log = logging.getLogger(__name__)

BATCH = 5000  # rows per fetch / executemany
BLOB_BATCH = 64  # blob rows per fetch (each may be megabytes)
# The rows a first opening of an empty database writes: the roles, the local admin and the default
# backup schedule (services/workspace.ensure_base_data), and the opening session's presence.
BASE_TABLES = ("role", "user", "backup_schedule", "session_presence")
# Not the office's data: the sessions open now (storage/presence.py). Never copied.
SESSION_TABLES = ("session_presence",)

Progress = Callable[[int, int, str], None]


@dataclass
class Endpoint:
    """One side of a copy: an open database and, for SQLite (or legacy PostgreSQL rows), its files."""

    database: pw.Database
    blobs: BlobStore | None = None
    name: str = ""


@dataclass
class TransferResult:
    counts: dict[str, int]
    blob_files: int
    blob_bytes: int
    seconds: float
    schema_version: int
    warnings: list[str] = field(default_factory=list)
    # SHA-256 of blobs the source lacks or holds damaged (only when bad blobs are tolerated).
    missing_blobs: list[str] = field(default_factory=list)
    damaged_blobs: list[str] = field(default_factory=list)
    table_seconds: dict[str, float] = field(default_factory=dict)  # the slowest tables of a big copy

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _engine(database: pw.Database) -> str:
    return "SQLite" if is_sqlite(database) else "PostgreSQL"


# --- the target: schema and emptiness ---------------------------------------------------------


def prepare_target(target: Endpoint, source_version: int) -> None:
    """Creates the schema in an empty target; refuses another schema version or a target with data."""
    database = target.database
    found = current_version(database)  # refuses a database with foreign tables
    if found == 0:
        with bound_to(database):
            migrate(database)
        found = current_version(database)
    if found != source_version:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Cannot copy into {name}: its schema is version {have}, the source's is {want}. "
                      "Open both with the same CaseDesk first."),
            name=target.name, have=found, want=source_version)
    counts = _table_counts(database)
    for table, count in counts.items():
        if count and table not in BASE_TABLES:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Cannot copy into {name}: it is not empty (table {table} has {count} rows). "
                          "Copy only into a new, empty database."),
                name=target.name, table=table, count=f"{count:,}")
    if counts.get("user"):
        mark = _mark(database)
        extra = database.execute_sql(
            f'SELECT count(*) FROM "user" WHERE login <> {mark} OR password_hash IS NOT NULL',
            (LOCAL_ADMIN_LOGIN,)).fetchone()[0]
        if extra:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Cannot copy into {name}: it is not empty (table {table} has {count} rows). "
                          "Copy only into a new, empty database."),
                name=target.name, table="user", count=f"{counts['user']:,}")


def _mark(database: pw.Database) -> str:
    return "?" if is_sqlite(database) else "%s"


def _table_counts(database: pw.Database) -> dict[str, int]:
    return {model._meta.table_name: database.execute_sql(
        f"SELECT count(*) FROM {quote_name(model._meta.table_name)}").fetchone()[0] for model in ALL_MODELS}


# --- the copy ---------------------------------------------------------------------------------


class _Copier:
    def __init__(self, source: Endpoint, target: Endpoint, progress: Progress | None, batch: int,
                 tolerate_bad_blobs: bool, durable_files: bool) -> None:
        self.source, self.target = source, target
        self.progress, self.batch = progress, batch
        self.tolerate, self.durable = tolerate_bad_blobs, durable_files
        self.to_sqlite = is_sqlite(target.database)
        self.done = self.total = 0
        self.files_written: list[Path] = []
        self.result = TransferResult({}, 0, 0, 0.0, 0)

    def report(self, table: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, table)

    def run(self) -> TransferResult:
        started = time.perf_counter()
        source, target = self.source, self.target
        if source.database is target.database:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot copy {name} into itself."), name=target.name)
        version = current_version(source.database)
        if version != latest_version():
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Cannot copy {name}: its schema is version {have}; open it with this CaseDesk "
                          "first to bring it to version {want}."),
                name=source.name, have=version, want=latest_version())
        prepare_target(target, version)
        self.result.schema_version = version
        with read_snapshot(source.database):
            counts = _table_counts(source.database) | dict.fromkeys(SESSION_TABLES, 0)
            self.total = sum(counts.values())
            try:
                with self._write_transaction():
                    self._clear_base_data()
                    self._copy_versions()
                    indexes = [] if self.to_sqlite else self._drop_secondary_indexes()
                    foreign_keys = [] if self.to_sqlite else self._drop_foreign_keys()
                    for model in ALL_MODELS:
                        if model._meta.table_name in SESSION_TABLES:
                            continue
                        began = time.perf_counter()
                        if model is Blob:
                            self._copy_blobs()
                        else:
                            self._copy_table(model)
                        self.result.table_seconds[model._meta.table_name] = time.perf_counter() - began
                    if not self.to_sqlite:
                        began = time.perf_counter()
                        self._rebuild_indexes(indexes)
                        self._restore_foreign_keys(foreign_keys)
                        self.result.table_seconds["(indexes)"] = time.perf_counter() - began
                        self._reset_sequences()
                    self._verify(counts)
            except BaseException:
                for path in self.files_written:  # files of rows that were rolled back
                    with contextlib.suppress(OSError):
                        path.unlink()
                raise
        self.result.counts = counts
        self.result.seconds = time.perf_counter() - started
        return self.result

    def _write_transaction(self):
        if self.to_sqlite:
            return self.target.database.atomic("IMMEDIATE")
        return self.target.database.atomic()

    def _clear_base_data(self) -> None:
        for table in reversed(BASE_TABLES):
            self.target.database.execute_sql(f"DELETE FROM {quote_name(table)}")

    def _copy_versions(self) -> None:
        rows = self.source.database.execute_sql(
            f"SELECT version, applied_at FROM {VERSION_TABLE} ORDER BY version").fetchall()
        self.target.database.execute_sql(f"DELETE FROM {VERSION_TABLE}")
        mark = _mark(self.target.database)
        self._insert(VERSION_TABLE, ["version", "applied_at"],
                     [(int(v), a if isinstance(a, str) else str(a)) for v, a in rows], mark)

    def _select(self, model: type[pw.Model]) -> tuple[list[str], str]:
        meta = model._meta
        columns = [f.column_name for f in meta.sorted_fields]
        order = ", ".join(quote_name(f.column_name) for f in meta.get_primary_keys())
        return columns, (f"SELECT {', '.join(quote_name(c) for c in columns)} FROM {quote_name(meta.table_name)} "
                         f"ORDER BY {order}")

    def _copy_table(self, model: type[pw.Model]) -> None:
        table = model._meta.table_name
        columns, sql = self._select(model)
        converters = column_converters(model, self.to_sqlite)
        for rows in read_batches(self.source.database, sql, self.batch):
            self._insert(table, columns, [convert_row(row, converters) for row in rows],
                         _mark(self.target.database))
            self.done += len(rows)
            self.report(table)

    def _insert(self, table: str, columns: list[str], rows: list[tuple], mark: str) -> None:
        if not rows:
            return
        names = ", ".join(quote_name(c) for c in columns)
        if self.to_sqlite:
            self.target.database.cursor().executemany(
                f"INSERT INTO {quote_name(table)} ({names}) VALUES ({', '.join([mark] * len(columns))})", rows)
            return
        cursor = self.target.database.connection().cursor()
        with cursor.copy(f"COPY {quote_name(table)} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    # blobs -------------------------------------------------------------------------------------

    def _copy_blobs(self) -> None:
        columns, sql = self._select(Blob)
        data_at = columns.index(Blob.data.column_name)
        sha_at = columns.index(Blob.sha256.column_name)
        converters = column_converters(Blob, self.to_sqlite)
        for rows in read_batches(self.source.database, sql, BLOB_BATCH):
            out = []
            for raw in rows:
                row = list(convert_row(raw, converters))
                sha = row[sha_at]
                content = self._source_bytes(sha, row[data_at])
                if content is not None:
                    self.result.blob_files += 1
                    self.result.blob_bytes += len(content)
                if self.to_sqlite:
                    row[data_at] = None
                    if content is not None:
                        self._write_file(sha, content)
                else:
                    row[data_at] = content
                out.append(tuple(row))
            self._insert("blob", columns, out, _mark(self.target.database))
            self.done += len(rows)
            self.report("blob")

    def _source_bytes(self, sha: str, data: bytes | None) -> bytes | None:
        """The source's bytes of one blob, checked against its name; None when it has none."""
        if data is None and self.source.blobs is not None:
            try:
                data = self.source.blobs.path_for(sha).read_bytes()
            except (FileNotFoundError, ValueError):
                data = None
            except OSError as exc:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "errors", "Cannot read document content {sha} from {path}: {reason}"),
                    sha=sha, path=str(self.source.blobs.root), reason=exc.strerror or str(exc)) from exc
        if data is None:
            if not self.tolerate:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "errors", "Document content {sha} is missing from {name}: nothing was copied. Run "
                              "casedesk check on the source first."), sha=sha, name=self.source.name)
            self.result.missing_blobs.append(sha)
            return None
        if hashlib.sha256(data).hexdigest() != sha:
            if not self.tolerate:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "errors", "Document content {sha} in {name} is damaged (its bytes no longer match "
                              "their SHA-256): nothing was copied. Run casedesk check on the source first."),
                    sha=sha, name=self.source.name)
            self.result.damaged_blobs.append(sha)
        return data

    def _write_file(self, sha: str, content: bytes) -> None:
        store = self.target.blobs
        if store is None:
            raise StorageError(QT_TRANSLATE_NOOP("errors", "No document store given for {name}."),
                               name=self.target.name)
        path = store.path_for(sha)
        if path.is_file() and path.stat().st_size == len(content):
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not self.durable:  # a throwaway snapshot (backup): written as is, damaged bytes too
                path.write_bytes(content)
                self.files_written.append(path)
                return
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(content)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            self.files_written.append(path)
            fsync_dir(path.parent)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Cannot write to the document store {path}: {reason}"),
                path=str(store.root), reason=exc.strerror or str(exc)) from exc

    # PostgreSQL sequences, verification ---------------------------------------------------------

    def _drop_secondary_indexes(self) -> list[tuple[str, str]]:
        """PostgreSQL: the indexes no constraint owns, dropped for the load (rebuilt once, in bulk, after).

        Maintaining a dozen indexes of `case` row by row made its COPY three times slower. The
        drop is part of the copy's transaction: a failed copy gets them back with its rollback.
        """
        database = self.target.database
        tables = [model._meta.table_name for model in ALL_MODELS]
        rows = database.execute_sql(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
            "AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = "
            "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass) ORDER BY 1",
            (tables,)).fetchall()
        for name, _ddl in rows:
            database.execute_sql(f"DROP INDEX {quote_name(name)}")
        return rows

    def _drop_foreign_keys(self) -> list[tuple[str, str, str]]:
        """PostgreSQL: the foreign keys, dropped for the load and added back (validated in bulk) after.

        Checked row by row, they cost one lookup per reference (ten for each case); added
        back, each is one join over the whole table, and a broken reference fails the copy.
        """
        database = self.target.database
        rows = database.execute_sql(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' "
            "AND t.relnamespace = current_schema()::regnamespace ORDER BY 1, 2").fetchall()
        for table, name, _ddl in rows:
            database.execute_sql(f"ALTER TABLE {table} DROP CONSTRAINT {quote_name(name)}")
        return rows

    def _restore_foreign_keys(self, foreign_keys: list[tuple[str, str, str]]) -> None:
        database = self.target.database
        for table, name, ddl in foreign_keys:
            database.execute_sql(f"ALTER TABLE {table} ADD CONSTRAINT {quote_name(name)} {ddl}")

    def _rebuild_indexes(self, indexes: list[tuple[str, str]]) -> None:
        database = self.target.database
        database.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
        for index, (_name, ddl) in enumerate(indexes):
            database.execute_sql(ddl)
            self.report(f"index {index + 1} of {len(indexes)}")

    def _reset_sequences(self) -> None:
        database = self.target.database
        for model in ALL_MODELS:
            pk = model._meta.primary_key
            if not isinstance(pk, pw.AutoField):
                continue
            table = quote_name(model._meta.table_name)
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence(%s, %s), COALESCE(max({quote_name(pk.column_name)}), 0) + 1, false) "
                f"FROM {table}", (table, pk.column_name))

    def _verify(self, counts: dict[str, int]) -> None:
        database = self.target.database
        copied = _table_counts(database)
        problems = [f"table {table}: {copied.get(table, 0):,} rows copied, the source has {count:,}"
                    for table, count in counts.items() if copied.get(table, 0) != count]
        tolerated = set(self.result.missing_blobs) | set(self.result.damaged_blobs)
        if self.to_sqlite:
            bad = [sha for (sha,) in database.execute_sql('SELECT sha256 FROM "blob" ORDER BY sha256')
                   if sha not in tolerated and not self.target.blobs.verify(sha)]
        else:
            bad = [sha for (sha,) in database.execute_sql(
                'SELECT sha256 FROM "blob" WHERE data IS NULL OR encode(sha256(data), \'hex\') <> sha256 '
                "ORDER BY sha256") if sha not in tolerated]
        problems += [f"document content {sha} does not match its SHA-256 after the copy" for sha in bad[:20]]
        if problems:
            raise StorageError(QT_TRANSLATE_NOOP(
                "errors", "The copy into {name} failed its verification, nothing was kept: {problems}"),
                name=self.target.name, problems="; ".join(problems))


def copy_office(source: Endpoint, target: Endpoint, *, progress: Progress | None = None,
                batch: int = BATCH, tolerate_bad_blobs: bool = False,
                durable_files: bool = True) -> TransferResult:
    """Copies every table and blob of `source` into the empty `target`; returns what was copied.

    `tolerate_bad_blobs` (backups): a missing or damaged blob is listed in the result instead
    of failing the copy. `durable_files`: fsync each file written on a SQLite target.
    """
    copier = _Copier(source, target, progress, batch, tolerate_bad_blobs, durable_files)
    result = copier.run()
    log.info("copied %s rows and %s files (%s bytes) from %s to %s in %.1f s", result.rows,
             result.blob_files, result.blob_bytes, source.name, target.name, result.seconds)
    return result


# --- the commands built on the copy ---------------------------------------------------------


def open_target(url: str) -> Endpoint:
    """Connects (without binding the model proxy) to the database a URL names, as a copy target.

    A SQLite target's documents go to the blobs/ folder beside its file.
    """
    from desktop_app import paths
    from desktop_app.storage.database import make_database, sqlite_path_from_url

    database = make_database(url)
    try:
        database.connect(reuse_if_open=True)
    except (pw.OperationalError, pw.DatabaseError) as exc:
        raise StorageError(QT_TRANSLATE_NOOP("errors", "Cannot open database {url}: {reason}"),
                           url=safe_url(url), reason=first_line(exc)) from exc
    path = sqlite_path_from_url(url)
    blobs = BlobStore(paths.blobs_dir(path.parent)) if path is not None else None
    return Endpoint(database, blobs, safe_url(url))


def files_of(workspace) -> BlobStore:
    """The file store a copy reads the content of a blob row without bytes from: the store itself
    on SQLite; on PostgreSQL (whose store is the blob table) the data dir's blobs/ folder, where an
    office stored before the bytes moved into the database kept them."""
    from desktop_app import paths

    if isinstance(workspace.blobs, BlobStore):
        return workspace.blobs
    return BlobStore(paths.blobs_dir(workspace.data_dir))


def summary_line(result: TransferResult, source: str, target: str) -> str:
    tables = sum(1 for count in result.counts.values() if count)
    line = (f"copied {result.rows:,} rows of {tables} tables ({result.counts.get('case', 0):,} cases, "
            f"{result.counts.get('document', 0):,} documents, {result.blob_files:,} document files, "
            f"{result.blob_bytes / (1024 * 1024):,.1f} MB) from {source} to {target} in {result.seconds:.1f} s; "
            f"verified: row counts of {len(result.counts)} tables and the SHA-256 of every document file")
    return line


def migrate_office(workspace, actor, target_url: str, progress: Progress | None = None) -> str:
    """`casedesk migrate-to`: copies the open office into the empty database at `target_url`.

    An administrator's action; recorded in the source office's audit trail. Returns the summary.
    """
    from desktop_app.services import audit
    from desktop_app.services.permissions import Action, require
    from desktop_app.storage.database import write_transaction

    require(actor, Action.OFFICE_ADMIN)
    if target_url.strip() == workspace.database_url.strip():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot copy {name} into itself."),
                        name=safe_url(target_url))
    source_name = safe_url(workspace.database_url)
    target = open_target(target_url)
    try:
        result = copy_office(Endpoint(workspace.database, files_of(workspace), source_name), target,
                             progress=progress)
    finally:
        with contextlib.suppress(Exception):
            target.database.close()
    with write_transaction():
        audit.record(actor, "office.migrate_to", "office", "", target=target.name, rows=result.rows,
                     files=result.blob_files, seconds=round(result.seconds, 1))
    return summary_line(result, source_name, target.name)
