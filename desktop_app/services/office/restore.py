"""Restoring a backup archive: verified member by member, into an empty data dir or an empty server."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError, UserError
from desktop_app.services.office.backup_format import (
    BLOB_MEMBER,
    COPY_CHUNK,
    COUNTED_TABLES,
    DB_MEMBER,
    DISK_MARGIN,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    megabytes,
)
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.files import fsync_dir
from desktop_app.storage.migrations import latest_version

log = logging.getLogger(__name__)


def _refuse(archive: Path, reason: str, **params: object) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "Cannot restore {archive}: {reason}"),
                     archive=str(archive), reason=reason.format(**params) if params else reason)


def holds_office(data_dir: Path) -> bool:
    """True when a data dir already has a database or stored documents."""
    database = paths.database_file(data_dir)
    if any(Path(f"{database}{suffix}").exists() for suffix in ("", "-wal", "-journal")):
        return True
    blobs = paths.blobs_dir(data_dir)
    return blobs.is_dir() and any(p.is_file() for p in blobs.rglob("*"))


def _restore_paths(archive: Path, data_dir: Path) -> tuple[Path, Path]:
    """The archive to restore (an existing file) and the data dir (a folder, or not there yet)."""
    archive, data_dir = Path(archive), Path(data_dir)
    if not archive.is_file():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Backup archive {path} does not exist or is not a file."),
                        path=str(archive))
    if data_dir.exists() and not data_dir.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Data dir {path} is not a folder."), path=str(data_dir))
    return archive, data_dir


def restore_backup(archive: Path, data_dir: Path) -> str:
    """Restores a backup archive into a new or empty data dir; returns a summary line."""
    archive, data_dir = _restore_paths(archive, data_dir)
    if data_dir.is_dir() and holds_office(data_dir):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Data dir {path} already holds an office (a database or documents): restore only "
                      "into a new or empty folder."), path=str(data_dir))
    started = time.perf_counter()
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(archive, "it is not a CaseDesk backup (not a readable zip archive: {why})",
                      why=exc) from exc
    with zf:
        manifest = _verify_archive(zf, archive)
        _check_space(manifest, data_dir, archive)
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        work = data_dir.parent / f".{data_dir.name}.restore-{secrets.token_hex(6)}"
        work.mkdir()  # not mkdtemp: the restored data dir keeps the usual permissions
        try:
            _extract(zf, archive, manifest, work)
            _open_and_close(work)  # migrates an older schema, in the temporary folder
            _move_into_place(work, data_dir)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    counts = _open_and_close(data_dir)
    elapsed = time.perf_counter() - started
    summary = (f"restored {counts['case']:,} cases, {counts['document']:,} documents and "
               f"{len(manifest['files']) - 1:,} files from {archive} (backup of "
               f"{manifest.get('created_at', '?')}) into {data_dir} in {elapsed:.1f} s")
    damaged = sum(1 for f in manifest["files"]
                  if (m := BLOB_MEMBER.match(str(f["name"]))) and m.group(3) != f["sha256"])
    if damaged or manifest.get("missing_blobs"):
        summary += (f"; WARNING: the backup recorded {damaged:,} damaged and "
                    f"{len(manifest.get('missing_blobs') or ()):,} missing document file(s) (run casedesk check)")
    log.info("%s", summary)
    return summary


def _verify_archive(zf: zipfile.ZipFile, archive: Path) -> dict:
    """Checks names, sizes, compression and every SHA-256 against the manifest; writes nothing."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _refuse(archive, "it has {n:,} members, more than a backup can have", n=len(infos))
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or ":" in name:
            raise _refuse(archive, "unsafe member name {name}", name=name)
        if name not in (MANIFEST, DB_MEMBER) and not _valid_blob_member(name):
            raise _refuse(archive, "unexpected member {name} (not part of a CaseDesk backup)", name=name)
        if name in members:
            raise _refuse(archive, "member {name} appears twice", name=name)
        if info.flag_bits & 0x1:
            raise _refuse(archive, "member {name} is encrypted", name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(archive, "member {name} uses an unsupported compression", name=name)
        if info.compress_type == zipfile.ZIP_DEFLATED and info.file_size > MAX_RATIO * max(
                info.compress_size, 1) + 1024:
            raise _refuse(archive, "member {name} claims an impossible compression ratio (a zip bomb?)",
                          name=name)
        if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
            raise _refuse(archive, "member {name} has inconsistent sizes", name=name)
        members[name] = info
    manifest = _read_manifest(zf, archive, members)
    listed: dict[str, dict] = {}
    for entry in manifest["files"]:
        if not isinstance(entry, dict) or not {"name", "size", "sha256"} <= set(entry):
            raise _refuse(archive, "the manifest has a malformed file entry")
        name = str(entry["name"])
        if name == MANIFEST or name in listed:
            raise _refuse(archive, "the manifest lists {name} wrongly", name=name)
        listed[name] = entry
        info = members.get(name)
        if info is None:
            raise _refuse(archive, "{name} is listed in the manifest but missing from the archive", name=name)
        if info.file_size != entry["size"]:
            raise _refuse(archive, "{name} has {have:,} bytes but the manifest says {want:,}",
                          name=name, have=info.file_size, want=entry["size"])
    for name in members:
        if name != MANIFEST and name not in listed:
            raise _refuse(archive, "{name} is in the archive but not in its manifest", name=name)
    if DB_MEMBER not in listed:
        raise _refuse(archive, "the archive has no database ({name})", name=DB_MEMBER)
    for name, entry in listed.items():
        sha, size = _hash_member(zf, members[name], archive)
        if size != entry["size"] or sha != entry["sha256"]:
            raise _refuse(archive, "{name} does not match its SHA-256 in the manifest (the archive was "
                                   "altered or damaged); nothing was restored", name=name)
    return manifest


def _valid_blob_member(name: str) -> bool:
    match = BLOB_MEMBER.match(name)
    return bool(match and match.group(3).startswith(match.group(1) + match.group(2)))


def _read_manifest(zf: zipfile.ZipFile, archive: Path, members: dict[str, zipfile.ZipInfo]) -> dict:
    info = members.get(MANIFEST)
    if info is None:
        raise _refuse(archive, "it is not a CaseDesk backup (no {name})", name=MANIFEST)
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _refuse(archive, "its manifest is too large ({size:,} bytes)", size=info.file_size)
    try:
        manifest = json.loads(zf.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
        raise _refuse(archive, "its manifest is unreadable ({why})", why=exc) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(archive, "it is not a CaseDesk backup (unknown manifest format)")
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > FORMAT_VERSION:
        raise _refuse(archive, "it was written by a newer CaseDesk (backup format {v}); install the newer "
                               "CaseDesk to restore it", v=manifest.get("format_version"))
    schema = manifest.get("schema_version")
    if not isinstance(schema, int) or schema > latest_version():
        raise _refuse(archive, "it was written by a newer CaseDesk (schema {v}; this program knows up "
                               "to {latest})", v=schema, latest=latest_version())
    if not isinstance(manifest.get("files"), list):
        raise _refuse(archive, "its manifest lists no files")
    return manifest


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, archive: Path,
                 target: Path | None = None) -> tuple[str, int]:
    """Reads one member (to `target` when given), returning its SHA-256 and size."""
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as src:
            out = open(target, "wb") if target is not None else None  # noqa: SIM115
            try:
                for chunk in iter(lambda: src.read(COPY_CHUNK), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    if size > info.file_size:
                        raise _refuse(archive, "{name} is larger than it claims", name=info.filename)
                    if out is not None:
                        out.write(chunk)
                if out is not None:
                    out.flush()
                    os.fsync(out.fileno())
            finally:
                if out is not None:
                    out.close()
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise _refuse(archive, "{name} is damaged ({why})", name=info.filename, why=exc) from exc
    return digest.hexdigest(), size


def _check_space(manifest: dict, data_dir: Path, archive: Path) -> None:
    needed = sum(int(entry["size"]) for entry in manifest["files"]) + DISK_MARGIN
    probe = data_dir
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if needed > free:
        raise _refuse(archive, "it needs {need} on {where} but only {free} is free",
                      need=megabytes(needed), where=str(probe), free=megabytes(free))


def _extract(zf: zipfile.ZipFile, archive: Path, manifest: dict, work: Path) -> None:
    """Writes every member under `work`, hashing again: the archive must not change meanwhile."""
    for entry in manifest["files"]:
        name = str(entry["name"])
        target = work.joinpath(*name.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            sha, size = _hash_member(zf, zf.getinfo(name), archive, target)
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("errors", "Cannot restore into {path}: {reason}"),
                               path=str(work.parent), reason=exc.strerror or str(exc)) from exc
        if sha != entry["sha256"] or size != entry["size"]:
            raise _refuse(archive, "{name} changed while it was being restored; nothing was restored",
                          name=name)


def _open_and_close(data_dir: Path) -> dict[str, int]:
    """Opens a restored data dir (migrating it), counts its rows, closes it."""
    from desktop_app.services.office.workspace import close_workspace, open_workspace

    workspace = open_workspace(data_dir)
    try:
        return {name: workspace.database.execute_sql(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                for name in COUNTED_TABLES}
    finally:
        close_workspace(workspace)


def _move_into_place(work: Path, data_dir: Path) -> None:
    if not data_dir.exists():
        os.rename(work, data_dir)
        return
    # An existing, office-free data dir (logs, settings): move the documents, then the database.
    for name in sorted(p.name for p in work.iterdir()):
        source, target = work / name, data_dir / name
        if name == paths.database_file(data_dir).name:
            continue
        if target.is_dir() and source.is_dir():
            if name == paths.blobs_dir(data_dir).name:
                shutil.rmtree(target)  # holds no file (checked above): only empty folders
                os.rename(source, target)
            else:
                for child in source.iterdir():
                    os.replace(child, target / child.name)
        else:
            os.replace(source, target)
    os.replace(work / paths.database_file(data_dir).name, paths.database_file(data_dir))
    with contextlib.suppress(OSError):
        fsync_dir(data_dir)


def restore_backup_to_database(archive: Path, database_url: str, data_dir: Path,
                               progress: Callable[[int, int, str], None] | None = None) -> str:
    """Restores a backup archive into an empty (e.g. PostgreSQL) database; returns a summary line.

    The archive is verified against its manifest first, extracted into a temporary folder in
    the data dir, opened there (migrating an older schema), then copied into the database in
    one verified transaction (services/office/office_transfer.py); the documents go where that
    engine keeps them. A database that already holds an office is refused before anything is
    written; a failed copy leaves it empty.
    """
    from desktop_app.services.office.office_transfer import Endpoint, copy_office, open_target, prepare_target
    from desktop_app.storage.database import make_database

    archive, data_dir = _restore_paths(archive, data_dir)
    started = time.perf_counter()
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(archive, "it is not a CaseDesk backup (not a readable zip archive: {why})",
                      why=exc) from exc
    target = open_target(database_url)
    try:
        with zf:
            manifest = _verify_archive(zf, archive)
            prepare_target(target, latest_version())  # refuses a database holding an office
            data_dir.mkdir(parents=True, exist_ok=True)
            _check_space(manifest, data_dir, archive)
            work = data_dir / f".restore-{secrets.token_hex(6)}"
            work.mkdir()
            try:
                _extract(zf, archive, manifest, work)
                _open_and_close(work)  # migrates an older schema, in the temporary folder
                source = make_database(str(work / DB_MEMBER))
                try:
                    source.connect()
                    result = copy_office(Endpoint(source, BlobStore(work / "blobs"), str(archive)), target,
                                         progress=progress, tolerate_bad_blobs=True)
                finally:
                    source.close()
            finally:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        with contextlib.suppress(Exception):
            target.database.close()
    elapsed = time.perf_counter() - started
    summary = (f"restored {result.counts['case']:,} cases, {result.counts['document']:,} documents and "
               f"{result.blob_files:,} files from {archive} (backup of {manifest.get('created_at', '?')}) "
               f"into {target.name} in {elapsed:.1f} s")
    if result.missing_blobs or result.damaged_blobs:
        summary += (f"; WARNING: the backup recorded {len(result.damaged_blobs):,} damaged and "
                    f"{len(result.missing_blobs):,} missing document file(s) (run casedesk check)")
    log.info("%s", summary)
    return summary
