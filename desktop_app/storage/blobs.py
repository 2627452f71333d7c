"""Content-addressed document stores: the content of every document, named by its SHA-256.

`BlobStore` (SQLite offices): files named by SHA-256 under the data dir, written
atomically, never overwritten. Storage paths come from the hash only, never from user
file names. A write goes to a temporary file in the store, is fsynced, then renamed into
place; a file that is already stored is not written twice.

`DatabaseBlobStore` (PostgreSQL offices, DESIGN §3): the bytes live in `blob.data`, written
in the caller's transaction, so a shared office has no folder through which the
permissions could be bypassed. Nothing is written under the data dir's blobs/ folder.

Both have the same interface: put_file / put_bytes / put_stream → (sha256, size),
read_bytes, exists, verify, stored, remove, and `as_file` for code that needs a path.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError
from desktop_app.models import Blob, Document, DocumentVersion
from desktop_app.models.base import utcnow
from desktop_app.storage.database import write_transaction
from desktop_app.storage.files import fsync_dir

CHUNK = 1 << 16


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _valid_sha(sha: str) -> bool:
    return len(sha) == 64 and all(c in "0123456789abcdef" for c in sha)


DEFAULT_MIME = "application/octet-stream"


class BlobStore:
    """Blobs on the local disk next to a SQLite database."""

    in_database = False

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha: str) -> Path:
        if not _valid_sha(sha):
            raise ValueError(f"not a SHA-256 hex digest: {sha!r}")
        return self.root / sha[:2] / sha[2:4] / sha

    def exists(self, sha: str) -> bool:
        return self.path_for(sha).is_file()

    def put_file(self, source: Path, mime: str = DEFAULT_MIME) -> tuple[str, int]:
        """Stores a file's content; returns (sha256, size). `mime` is for the database store."""
        with open(source, "rb") as fh:
            return self.put_stream(fh, mime)

    def put_bytes(self, data: bytes, mime: str = DEFAULT_MIME) -> tuple[str, int]:
        return self.put_stream(io.BytesIO(data), mime)

    def put_stream(self, stream: BinaryIO, mime: str = DEFAULT_MIME) -> tuple[str, int]:
        try:
            sha, size, renamed_into = self.write_stream(stream)
            if renamed_into is not None:
                fsync_dir(renamed_into)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Cannot write to the document store {path}: {reason}"),
                path=str(self.root), reason=exc.strerror or str(exc)) from exc
        return sha, size

    def write_stream(self, stream: BinaryIO) -> tuple[str, int, Path | None]:
        """Copies a stream into the store: a temporary file, fsynced, renamed to its SHA-256, never
        overwritten. Returns (sha256, size, the folder renamed into, or None when the content was
        stored already); the caller fsyncs that folder (once per batch for an import). Raises
        OSError, the temporary file removed."""
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="incoming-")
        tmp = Path(tmp_name)
        digest = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in iter(lambda: stream.read(CHUNK), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.is_file() and final.stat().st_size == size:
                tmp.unlink()  # already stored: content-addressed, so identical
                return sha, size, None
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            return sha, size, final.parent
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def read_bytes(self, sha: str, limit: int | None = None) -> bytes:
        """The stored content, or only its first `limit` bytes."""
        try:
            with open(self.path_for(sha), "rb") as fh:
                return fh.read(-1 if limit is None else limit)
        except FileNotFoundError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Document content {sha} is missing from the store."),
                sha=sha) from exc

    def verify(self, sha: str) -> bool:
        """True when the stored file exists and still hashes to its name."""
        path = self.path_for(sha)
        return path.is_file() and sha256_of_file(path) == sha

    def stored(self) -> Iterator[str]:
        """Every SHA-256 that has a file in the store."""
        if not self.root.is_dir():
            return
        for first in sorted(self.root.iterdir()):
            if len(first.name) != 2 or not first.is_dir():
                continue
            for second in sorted(first.iterdir()):
                for entry in sorted(second.iterdir()):
                    if _valid_sha(entry.name):
                        yield entry.name

    def remove(self, sha: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(sha).unlink()

    def copy_to(self, sha: str, target: Path) -> None:
        """Writes the content to `target` (a scratch copy: not fsynced)."""
        try:
            shutil.copyfile(self.path_for(sha), target)
        except FileNotFoundError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Document content {sha} is missing from the store."),
                sha=sha) from exc

    @contextlib.contextmanager
    def as_file(self, sha: str, suffix: str = "") -> Iterator[Path]:
        """A path holding the content, for code that can only read files (read it, never write).

        The stored file itself here; `suffix` matters only for the database store's temp copy.
        """
        path = self.path_for(sha)
        if not path.is_file():
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Document content {sha} is missing from the store."), sha=sha)
        yield path


class DatabaseBlobStore:
    """Blobs in the `blob.data` column (PostgreSQL offices): one row per content, bytes and all.

    A put inserts the row (size, MIME type, bytes) inside a write transaction, a savepoint of
    the caller's when there is one: rolled back with it, nothing is left behind. The same
    content stored twice keeps one row; a row whose bytes were lost gets them back.
    """

    in_database = True

    def exists(self, sha: str) -> bool:
        _check_sha(sha)
        return Blob.select().where((Blob.sha256 == sha) & Blob.data.is_null(False)).exists()

    def put_file(self, source: Path, mime: str = DEFAULT_MIME) -> tuple[str, int]:
        with open(source, "rb") as fh:
            return self.put_stream(fh, mime)

    def put_bytes(self, data: bytes, mime: str = DEFAULT_MIME) -> tuple[str, int]:
        return self._put(bytes(data), hashlib.sha256(data).hexdigest(), mime)

    def put_stream(self, stream: BinaryIO, mime: str = DEFAULT_MIME) -> tuple[str, int]:
        digest = hashlib.sha256()
        buffer = bytearray()
        try:
            for chunk in iter(lambda: stream.read(CHUNK), b""):
                digest.update(chunk)
                buffer += chunk
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Cannot write to the document store {path}: {reason}"),
                path="database", reason=exc.strerror or str(exc)) from exc
        return self._put(bytes(buffer), digest.hexdigest(), mime)

    def _put(self, data: bytes, sha: str, mime: str) -> tuple[str, int]:
        with write_transaction():
            (Blob.insert(sha256=sha, size=len(data), mime=(mime or DEFAULT_MIME)[:100], stored_at=utcnow(),
                         data=data)
             .on_conflict(conflict_target=[Blob.sha256], update={Blob.data: pw.EXCLUDED.data},
                          where=Blob.data.is_null())
             .execute())
        return sha, len(data)

    def read_bytes(self, sha: str, limit: int | None = None) -> bytes:
        _check_sha(sha)
        column = Blob.data if limit is None else pw.fn.SUBSTRING(Blob.data, 1, max(0, limit))
        row = Blob.select(column.alias("data")).where(Blob.sha256 == sha).tuples().first()
        if row is None or row[0] is None:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Document content {sha} is missing from the store."), sha=sha)
        return bytes(row[0])

    def verify(self, sha: str) -> bool:
        """True when the row's bytes still hash to its name (hashed by the server)."""
        _check_sha(sha)
        return Blob.select().where((Blob.sha256 == sha) & (digest_of(Blob.data) == sha)).exists()

    def stored(self) -> Iterator[str]:
        query = Blob.select(Blob.sha256).where(Blob.data.is_null(False)).order_by(Blob.sha256)
        for (sha,) in query.tuples().iterator():
            yield sha

    def remove(self, sha: str) -> None:
        """Deletes the row with its bytes, unless a document or a document version uses it."""
        _check_sha(sha)
        with write_transaction():
            used = (pw.fn.EXISTS(Document.select(Document.id).where(Document.blob == sha))
                    | pw.fn.EXISTS(DocumentVersion.select(DocumentVersion.id).where(DocumentVersion.blob == sha)))
            Blob.delete().where((Blob.sha256 == sha) & ~used).execute()

    def copy_to(self, sha: str, target: Path) -> None:
        """Writes the content to `target` (a scratch copy: not fsynced)."""
        Path(target).write_bytes(self.read_bytes(sha))

    @contextlib.contextmanager
    def as_file(self, sha: str, suffix: str = "") -> Iterator[Path]:
        """A private temporary file holding the content, removed afterwards."""
        data = self.read_bytes(sha)
        fd, name = tempfile.mkstemp(prefix="casedesk-blob-", suffix=suffix)
        path = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            yield path
        finally:
            with contextlib.suppress(OSError):
                path.unlink()


def digest_of(column: pw.Node) -> pw.Node:
    """The SHA-256 hex digest of a bytea column, computed by PostgreSQL (11+, no extension)."""
    return pw.fn.ENCODE(pw.fn.SHA256(column), "hex")


def _check_sha(sha: str) -> None:
    if not _valid_sha(sha):
        raise ValueError(f"not a SHA-256 hex digest: {sha!r}")


AnyBlobStore = BlobStore | DatabaseBlobStore
