"""A document's content outside the store: read for the preview, a safe file name, a copy the user keeps."""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import (
    Document,
    DocumentVersion,
)
from desktop_app.services import audit
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.permissions import Action, require, require_case
from desktop_app.storage.database import write_transaction
from desktop_app.storage.files import atomic_output


def read_content(workspace: Workspace, actor: Actor, document_id: int, limit: int | None = None) -> bytes:
    """A document's stored content (its first `limit` bytes if given); the case must be visible."""
    document = Document.get_or_none(Document.id == document_id)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    require_case(actor, Action.CASE_EDIT, document.case_id, write=False)
    return workspace.blobs.read_bytes(document.blob_id, limit)


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


_MIME_SUFFIX = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif",
                "image/gif": ".gif", "text/plain": ".txt", "application/zip": ".zip",
                "message/rfc822": ".eml"}


def safe_file_name(name: str, mime: str = "", fallback: str = "document") -> str:
    """A file name that is safe on Windows, macOS and Linux, keeping the original extension.

    No folders (`../`), no reserved characters or device names, no trailing dots or spaces,
    at most 150 characters; a missing extension comes from the MIME type.
    """
    base = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip().strip(".").strip()
    stem, suffix = os.path.splitext(base)
    suffix = suffix if re.fullmatch(r"\.[\w-]{1,10}", suffix or "") else ""
    if not suffix:
        suffix = _MIME_SUFFIX.get(mime, "")
    stem = stem.strip(" .") or fallback
    if stem.upper().split(".")[0] in _RESERVED:
        stem = f"_{stem}"
    return stem[:150 - len(suffix)] + suffix


READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def export_copy(workspace: Workspace, actor: Actor, document_id: int, target: Path, *,
                version: int | None = None, read_only: bool = False) -> Path:
    """Writes the content of a document (or one of its versions) to `target`, atomically.

    The copy is the user's: it is written to a temporary file next to the target, then
    renamed; a failure names the target and the reason and leaves no partial file.
    """
    target = Path(target)
    document = Document.get_or_none(Document.id == document_id)
    if document is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} does not exist."), id=document_id)
    require(actor, Action.EXPORT)
    require_case(actor, Action.CASE_EDIT, document.case_id, write=False)
    sha = document.blob_id
    if version is not None:
        row = DocumentVersion.get_or_none((DocumentVersion.document == document_id)
                                          & (DocumentVersion.number == version))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Document {id} has no version {number}."),
                           id=document_id, number=version)
        sha = row.blob_id
    data = workspace.blobs.read_bytes(sha)
    try:
        with atomic_output(target, mode=READ_ONLY if read_only else None) as part:
            part.write_bytes(data)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file}: cannot be written ({reason})."),
                        file=str(target), reason=exc.strerror or str(exc)) from exc
    with write_transaction():
        audit.record(actor, "document.export", "document", document_id, document.case_id,
                     version=version, sha256=sha, file=target.name)
    return target
