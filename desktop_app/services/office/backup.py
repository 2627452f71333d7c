"""Backup to one self-contained zip archive, and restore from it into an empty data dir.

The archive holds `casedesk.db` (a consistent snapshot taken through SQLite's online
backup API), `blobs/ab/cd/<sha256>` for every blob row of that snapshot, and
`manifest.json` (format, app and schema versions, counts, and the SHA-256 and size of
every other member). It is written to a temporary file beside OUT and renamed at the end,
so a failed or killed backup never leaves a half archive under OUT's name.

A restore checks the whole archive against its manifest (safe member names, sizes, no
zip bomb, every SHA-256) before it writes anything, restores into a temporary folder
beside the target, opens it there (migrating an older schema), and only then moves it
into place. See research/ecosystem-reliability.md D.1, D.3, D.6, D.7.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app import __version__
from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, StorageError, UserError, first_line
from desktop_app.services import audit
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.office import backup_leftovers
from desktop_app.services.office.backup_format import (
    COPY_CHUNK,
    COUNTED_TABLES,
    DB_MEMBER,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    megabytes,
    member_for,
)
from desktop_app.services.permissions import Action, require
from desktop_app.storage import presence
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.database import backup_sqlite, is_disk_full, is_sqlite, write_transaction
from desktop_app.storage.files import fsync_dir, fsync_file
from desktop_app.storage.migrations import VERSION_TABLE, current_version, latest_version

log = logging.getLogger(__name__)

DEFLATE_LEVEL = 1
# Contents that are compressed already: stored as they are, deflating them only costs time.
_PACKED_MIMES = ("application/pdf", "image/jpeg", "image/png", "image/gif", "application/zip",
                 "application/vnd.openxmlformats-officedocument.")


# --- backup -----------------------------------------------------------------------------------


def create_backup(workspace: Workspace, actor: Actor, out: Path) -> str:
    """Writes a self-contained backup archive to OUT (which must not exist); returns a summary."""
    require(actor, Action.OFFICE_ADMIN)
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} already exists: a backup never overwrites a file; choose another name."),
            path=str(out))
    if not out.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Cannot write the backup {path}: folder {folder} does not exist."),
            path=str(out), folder=str(out.parent))
    started = time.perf_counter()
    result, cleaned = _write_backup(workspace, actor.login, out)
    with write_transaction():
        audit.record(actor, "office.backup", "office", "", file=out.name, size=result.size,
                     **{f"{name}_count": result.counts.get(name, 0) for name in ("case", "document")})
    elapsed = time.perf_counter() - started
    summary = (f"backup {out}: {result.counts.get('case', 0):,} cases, "
               f"{result.counts.get('document', 0):,} documents, {result.blob_files:,} files, "
               f"{megabytes(result.size)} in {elapsed:.1f} s")
    if cleaned:
        summary += f"; removed {len(cleaned):,} leftover(s) of an interrupted backup"
    if result.warnings:
        summary += "; WARNING: " + "; ".join(result.warnings) + " (run casedesk check)"
    log.info("%s", summary)
    return summary


BEFORE_SCHEMA_PREFIX = "casedesk-before-schema-"


def back_up_before_schema(workspace: Workspace, found: int, latest: int) -> Path:
    """The backup archive of a PostgreSQL office taken before its schema goes from `found` to `latest`.

    Written to the data dir's backups/ as `casedesk-before-schema-{latest}-{stamp}.zip` (under its
    name only once complete), restorable like any backup; the automatic backups' pruning never
    deletes it. Any failure (no space, a folder that cannot be written, a server error) is a
    StorageError naming the folder and the reason: the caller must not migrate then.
    (SQLite's copy before a migration is storage/migrations.migrate's, a plain .db file.)
    """
    folder = workspace.backups_dir
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    out = folder / f"{BEFORE_SCHEMA_PREFIX}{latest}-{stamp}.zip"
    for again in range(2, 100):  # an opening killed after its backup, then opened again within the second
        if not out.exists():
            break
        out = folder / f"{BEFORE_SCHEMA_PREFIX}{latest}-{stamp}-{again}.zip"
    log.info("backing up the office to %s before updating its schema from %s to %s", out, found, latest)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        result, _cleaned = _write_backup(workspace, "system", out)
    except Exception as exc:  # whatever failed, the schema must stay as it is
        log.warning("the backup before the schema update failed", exc_info=True)
        if isinstance(exc, FileExistsError | NotADirectoryError) and not folder.is_dir():
            reason = f"{folder} is a file, not a folder"
        elif isinstance(exc, AppError):
            reason = exc.message
        elif isinstance(exc, OSError):
            reason = f"{exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")
        else:
            reason = first_line(exc)
        raise StorageError(QT_TRANSLATE_NOOP(
            "errors", "The database was not updated to schema {latest}: the backup taken first, into "
                      "{folder}, failed: {reason}. Nothing was changed (the database stays at schema "
                      "{found}); free some space or fix that folder, then open the office again."),
            latest=latest, folder=str(folder), reason=reason, found=found) from exc
    log.info("backup %s before the schema update: %s cases, %s documents, %s", out,
             result.counts.get("case", 0), result.counts.get("document", 0), megabytes(result.size))
    return out


def _write_backup(workspace: Workspace, created_by: str, out: Path) -> tuple[_Written, list[Path]]:
    """Snapshot, archive, publish under OUT once complete; returns what was written and the leftovers
    of interrupted backups removed on the way. Writes nothing into the office's database."""
    cleaned = _remove_interrupted(workspace.backups_dir)
    try:
        workspace.backups_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=workspace.backups_dir, prefix=backup_leftovers.SNAPSHOT_PREFIX))
        running = backup_leftovers.RunningBackup(work)
    except OSError as exc:
        raise _write_error(out, exc, where=workspace.backups_dir) from exc
    part: Path | None = None
    try:
        snapshot = work / DB_MEMBER
        files_from = workspace
        try:
            if is_sqlite(workspace.database):
                backup_sqlite(workspace.database, snapshot)
            else:  # PostgreSQL: the same archive, from a snapshot copied into a temporary SQLite office
                files_from = _snapshot_from_server(workspace, snapshot)
        except (OSError, sqlite3.Error) as exc:
            raise _write_error(out, exc, where=work.parent) from exc
        try:
            fd, part_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
        except OSError as exc:
            raise _write_error(out, exc) from exc
        os.close(fd)
        part = Path(part_name)
        running.record_part(part)
        try:
            result = _write_archive(files_from, created_by, snapshot, part)
            fsync_file(part)
        except (OSError, sqlite3.Error) as exc:
            raise _write_error(out, exc) from exc
        _publish(part, out)
        part = None
    finally:
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink()
        running.release()
        shutil.rmtree(work, ignore_errors=True)
    return result, cleaned


def _snapshot_from_server(workspace: Workspace, snapshot: Path) -> Workspace:
    """A PostgreSQL office copied, from one REPEATABLE READ READ ONLY transaction, into `snapshot`.

    The documents go to files under blobs/ beside it, as in a SQLite data dir; a missing or
    damaged one is copied as it is (the archive's manifest then lists it, as for SQLite).
    Returns a workspace whose document store is those files, for the archive writer.
    """
    from desktop_app.services.office.office_transfer import Endpoint, copy_office, files_of
    from desktop_app.storage.database import make_database, safe_url

    files = BlobStore(snapshot.parent / "blobs")
    target = make_database(str(snapshot))
    try:
        target.connect()
        found = current_version(workspace.database)
        if found == latest_version():
            copy_office(Endpoint(workspace.database, files_of(workspace), safe_url(workspace.database_url)),
                        Endpoint(target, files, "the backup snapshot"),
                        tolerate_bad_blobs=True, durable_files=False)
        else:  # the backup taken before its schema is updated (backup_before_schema)
            _copy_older_schema(workspace, found, target, files)
        target.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
    return dataclasses.replace(workspace, blobs=files)


def _copy_older_schema(workspace: Workspace, found: int, target, files: BlobStore) -> None:
    """A PostgreSQL office at an older schema `found` copied into the empty SQLite `target`.

    The target gets the migrations up to `found` and the source's version rows: the archive says
    schema `found`, and opening a restore of it runs the later migrations (their data work too),
    as the update of the server would have. Every table of models.ALL_MODELS the source has is
    copied with the columns it has; a column a later migration added is left to its default, a
    table a later migration added stays empty. Blobs go to files under `files`, as they are:
    the archive writer lists a missing or damaged one.
    """
    from desktop_app.models import ALL_MODELS, Blob
    from desktop_app.services.office.office_transfer import BATCH, BLOB_BATCH, files_of
    from desktop_app.services.office.table_copy import (
        bound_to,
        column_converters,
        quote_name,
        read_batches,
        read_snapshot,
    )
    from desktop_app.storage.migrations import available

    source = workspace.database
    legacy_files = files_of(workspace)
    with bound_to(target), target.atomic("IMMEDIATE"):  # the schema `found`, as SQLite has it
        target.execute_sql(
            f"CREATE TABLE {VERSION_TABLE} (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        for number, _name, upgrade in available():
            if number <= found:
                upgrade(target)
        for model in reversed(ALL_MODELS):  # rows a migration wrote (the backup schedule's)
            target.execute_sql(f"DELETE FROM {quote_name(model._meta.table_name)}")
    with read_snapshot(source), target.atomic("IMMEDIATE"):
        versions = source.execute_sql(
            f"SELECT version, applied_at FROM {VERSION_TABLE} ORDER BY version").fetchall()
        target.cursor().executemany(f"INSERT INTO {VERSION_TABLE} (version, applied_at) VALUES (?, ?)",
                                    [(int(v), a if isinstance(a, str) else str(a)) for v, a in versions])
        tables = set(source.get_tables())
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table not in tables:
                log.info("table %s is not in schema %s: nothing to copy", table, found)
                continue
            present = {column.name for column in source.get_columns(table)}
            fields = model._meta.sorted_fields
            convert = column_converters(model, to_sqlite=True)
            taken = [i for i, fld in enumerate(fields) if fld.column_name in present]
            # A column added later: its default now, as the migration adding it would give.
            absent = [(fld.column_name, fld.db_value(fld.default() if callable(fld.default) else fld.default))
                      for fld in fields if fld.column_name not in present and fld.default is not None]
            columns = [fields[i].column_name for i in taken] + [name for name, _ in absent]
            defaults = tuple(value for _, value in absent)
            keys = [f.column_name for f in model._meta.get_primary_keys() if f.column_name in present]
            sql = (f"SELECT {', '.join(quote_name(fields[i].column_name) for i in taken)} FROM {quote_name(table)}"
                   + (f" ORDER BY {', '.join(quote_name(k) for k in keys)}" if keys else ""))
            insert = (f"INSERT INTO {quote_name(table)} ({', '.join(quote_name(c) for c in columns)}) "
                      f"VALUES ({', '.join('?' * len(columns))})")
            blob = model is Blob
            data_at = columns.index(Blob.data.column_name) if blob and Blob.data.column_name in present else None
            sha_at = columns.index(Blob.sha256.column_name) if blob else None
            for rows in read_batches(source, sql, BLOB_BATCH if blob else BATCH):
                out = []
                for raw in rows:
                    row = [value if convert[i] is None else convert[i](value)
                           for i, value in zip(taken, raw, strict=True)]
                    if blob:
                        _snapshot_blob(row, sha_at, data_at, legacy_files, files)
                    out.append((*row, *defaults))
                target.cursor().executemany(insert, out)
            copied = target.execute_sql(f"SELECT count(*) FROM {quote_name(table)}").fetchone()[0]
            stored = source.execute_sql(f"SELECT count(*) FROM {quote_name(table)}").fetchone()[0]
            if copied != stored:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "errors", "The copy into {name} failed its verification, nothing was kept: {problems}"),
                    name="the backup snapshot",
                    problems=f"table {table}: {copied:,} rows copied, the source has {stored:,}")


def _snapshot_blob(row: list, sha_at: int, data_at: int | None, legacy: BlobStore, files: BlobStore) -> None:
    """A blob row of the snapshot: its bytes (the row's, else the data dir's legacy file) to a file."""
    sha = row[sha_at]
    content = row[data_at] if data_at is not None else None
    if data_at is not None:
        row[data_at] = None
    if content is None:
        try:
            content = legacy.path_for(sha).read_bytes()
        except (FileNotFoundError, ValueError):
            return  # missing: the archive writer lists it
    try:
        path = files.path_for(sha)
    except ValueError:
        return  # not a SHA-256: listed as damaged by the archive writer
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


@dataclass
class _Written:
    counts: dict[str, int]
    blob_files: int
    size: int
    warnings: list[str]


def _write_error(path: Path, exc: OSError | sqlite3.Error, where: Path | None = None) -> StorageError:
    """Names the backup and why it could not be written; a full disk is said as such, with the
    folder whose disk is full (`where`, by default the backup's own folder)."""
    if is_disk_full(exc):
        return StorageError(QT_TRANSLATE_NOOP(
            "errors", "Cannot write the backup {path}: No space left on device (the disk of {folder} "
                      "is full)."), path=str(path), folder=str(where or path.parent))
    reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
    if where is not None:
        return StorageError(QT_TRANSLATE_NOOP(
            "errors", "Cannot write the backup {path}: the copy of the database in {folder} failed: "
                      "{reason}"), path=str(path), folder=str(where), reason=reason)
    return StorageError(QT_TRANSLATE_NOOP("errors", "Cannot write the backup {path}: {reason}"),
                        path=str(path), reason=reason)


def _remove_interrupted(backups_dir: Path) -> list[Path]:
    """Removes what killed backups left (their locks are free); a leftover that resists stays
    for `casedesk check` to report."""
    removed = []
    for path in backup_leftovers.interrupted_backups(backups_dir):
        try:
            backup_leftovers.remove(path)
        except OSError as exc:
            log.warning("cannot remove %s, left by an interrupted backup: %s", path, exc)
            continue
        log.info("removed %s, left by an interrupted backup", path)
        removed.append(path)
    return removed


def _snapshot_facts(snapshot: Path) -> tuple[int, dict[str, int], str]:
    """Schema version, row counts and the quick integrity check of the snapshot.

    The snapshot is switched to a rollback journal: one self-contained file, no -wal beside it.
    """
    con = sqlite3.connect(str(snapshot))
    try:
        con.execute("PRAGMA journal_mode=DELETE").fetchone()
        # The sessions open at backup time (this command's own among them) are not the office's:
        # a restored office starts with none.
        if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (presence.TABLE,)).fetchone():
            with con:
                con.execute(f'DELETE FROM "{presence.TABLE}"')
        version = con.execute(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()[0] or 0
        counts = {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                  for name in COUNTED_TABLES}
        integrity = "; ".join(row[0] for row in con.execute("PRAGMA quick_check(20)"))
    finally:
        con.close()
    return int(version), counts, integrity


def _write_archive(workspace: Workspace, created_by: str, snapshot: Path, part: Path) -> _Written:
    version, counts, integrity = _snapshot_facts(snapshot)
    warnings: list[str] = []
    if integrity != "ok":
        warnings.append(f"the database fails its integrity check ({integrity[:200]})")
    files: list[dict[str, object]] = []
    missing: list[str] = []
    damaged: list[str] = []
    with zipfile.ZipFile(part, "w", allowZip64=True) as archive:
        files.append(_add_file(archive, DB_MEMBER, snapshot, zipfile.ZIP_DEFLATED))
        con = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT sha256, mime FROM blob WHERE data IS NULL ORDER BY sha256")
            for sha, mime in rows:
                try:
                    source = workspace.blobs.path_for(sha)
                except ValueError:
                    damaged.append(sha)
                    continue
                if not source.is_file():
                    missing.append(sha)
                    continue
                packed = any(str(mime or "").startswith(prefix) for prefix in _PACKED_MIMES)
                entry = _add_file(archive, member_for(sha), source,
                                  zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED)
                if entry["sha256"] != sha:
                    damaged.append(sha)
                files.append(entry)
        finally:
            con.close()
        if missing:
            warnings.append(f"{len(missing):,} document file(s) missing from the store, not in the "
                            f"backup (first: {missing[0]})")
        if damaged:
            warnings.append(f"{len(damaged):,} document file(s) already damaged, backed up as they "
                            f"are (first: {damaged[0]})")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_version": version,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "created_by": created_by,
            "database": "sqlite",
            "integrity": integrity,
            "counts": counts,
            "missing_blobs": missing[:1000],
            "damaged_blobs": damaged[:1000],
            "files": files,
        }
        info = zipfile.ZipInfo(MANIFEST, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        archive.writestr(info, json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8"))
    return _Written(counts, len(files) - 1, part.stat().st_size, warnings)


def _add_file(archive: zipfile.ZipFile, name: str, source: Path, method: int) -> dict[str, object]:
    """Streams one file into the archive; returns its manifest entry (name, size, SHA-256)."""
    size = source.stat().st_size
    info = zipfile.ZipInfo(name, date_time=time.localtime(source.stat().st_mtime)[:6])
    info.compress_type = method
    # Deflate's fastest level: 3–4× faster than the default on a database, for a slightly larger archive.
    setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", DEFLATE_LEVEL)
    info.external_attr = 0o644 << 16
    info.file_size = size
    digest = hashlib.sha256()
    written = 0
    with open(source, "rb") as src, archive.open(info, "w", force_zip64=size > (1 << 31) - 1) as dst:
        for chunk in iter(lambda: src.read(COPY_CHUNK), b""):
            digest.update(chunk)
            dst.write(chunk)
            written += len(chunk)
    return {"name": name, "size": written, "sha256": digest.hexdigest()}


def _publish(part: Path, out: Path) -> None:
    """Gives the finished archive its name, never replacing a file that appeared meanwhile."""
    try:
        os.link(part, out)  # fails if OUT exists: no silent overwrite
    except FileExistsError:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "{path} already exists: a backup never overwrites a file; choose another name."),
            path=str(out)) from None
    except OSError:
        # A file system without hard links (FAT, some shares): rename, which on Windows
        # refuses an existing target and elsewhere is checked just before.
        if os.name != "nt" and out.exists():
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "{path} already exists: a backup never overwrites a file; choose another name."),
                path=str(out)) from None
        try:
            os.rename(part, out)
        except OSError as exc:
            raise _write_error(out, exc) from exc
    else:
        part.unlink()
    with contextlib.suppress(OSError):
        fsync_dir(out.parent)


# --- restore ----------------------------------------------------------------------------------


