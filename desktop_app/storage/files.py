"""Files written whole or not at all: a temporary file beside the target, fsynced, then renamed over it.

Every file CaseDesk writes for keeps (exports, settings, copies, archives, the store) goes
through here or through the blob store, so that a killed process or a full disk never
leaves a half-written file under the real name (DESIGN §6).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Makes a rename inside `path` durable (no-op on Windows, where NTFS journals it)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_output(target: Path, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary file beside `target` to write; when the block succeeds it is fsynced, given
    `mode` (if any), renamed over `target`, and the folder is fsynced.

    On any failure `target` is untouched and the temporary file is removed; an OSError comes
    through for the caller to name the file in its own message.
    """
    fd, part_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    part = Path(part_name)
    try:
        yield part
        fsync_file(part)
        if mode is not None:
            with contextlib.suppress(OSError):  # Windows keeps only the read-only bit
                part.chmod(mode)
        os.replace(part, target)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    with contextlib.suppress(OSError):
        fsync_dir(target.parent)
