"""Content-addressed document store: files named by SHA-256, written atomically, never overwritten.

Storage paths come from the hash only, never from user file names. A write goes to a
temporary file in the store, is fsynced, then renamed into place; a file that is already
stored is not written twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError

CHUNK = 1 << 16


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _valid_sha(sha: str) -> bool:
    return len(sha) == 64 and all(c in "0123456789abcdef" for c in sha)


class BlobStore:
    """Blobs on the local disk next to a SQLite database."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha: str) -> Path:
        if not _valid_sha(sha):
            raise ValueError(f"not a SHA-256 hex digest: {sha!r}")
        return self.root / sha[:2] / sha[2:4] / sha

    def exists(self, sha: str) -> bool:
        return self.path_for(sha).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Stores a file's content; returns (sha256, size)."""
        with open(source, "rb") as fh:
            return self.put_stream(fh)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        import io

        return self.put_stream(io.BytesIO(data))

    def put_stream(self, stream: BinaryIO) -> tuple[str, int]:
        tmp_dir = self.root / "tmp"
        try:
            tmp_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="incoming-")
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Cannot write to the document store {path}: {reason}"),
                path=str(self.root), reason=exc.strerror or str(exc)) from exc
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
                return sha, size
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            fsync_dir(final.parent)
            return sha, size
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StorageError(
                QT_TRANSLATE_NOOP("errors", "Cannot write to the document store {path}: {reason}"),
                path=str(self.root), reason=exc.strerror or str(exc)) from exc
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


def fsync_dir(path: Path) -> None:
    """Makes a rename inside `path` durable (no-op on Windows, where NTFS journals it)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
