"""Small pictures of documents (the first page of a PDF, an image), cached on disk.

A thumbnail is a PNG at most THUMBNAIL_PX pixels on its longer side, rendered in a
parser worker (services/documents/sandbox.py: a hostile file that crashes the renderer costs a
worker, not the app), and kept under the data dir as cache/thumbnails/<sha256>.png:
named by the content, so every document and version with the same content shares it
and it never goes stale. A file that cannot be rendered leaves <sha256>.none with the
reason, so it is not tried again and again. The cache can be deleted at any time.

The GUI calls `make_thumbnails` from a background job after an import (and for the
listed documents that have none yet); nothing here runs on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

from desktop_app.errors import AppError
from desktop_app.models import Document
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.documents import extract, sandbox
from desktop_app.services.permissions import Action, require_case

log = logging.getLogger(__name__)

THUMBNAIL_PX = 160
RENDERABLE = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "image/gif"}


def cache_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "cache" / "thumbnails"


def thumbnail_path(data_dir: Path, sha: str) -> Path:
    """Where the thumbnail of this content is (or would be) cached."""
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ValueError(f"not a SHA-256 hex digest: {sha!r}")
    return cache_dir(data_dir) / f"{sha}.png"


def cached(data_dir: Path, sha: str) -> Path | None:
    """The cached thumbnail of this content, if one was made."""
    try:
        path = thumbnail_path(data_dir, sha)
    except ValueError:
        return None
    return path if path.is_file() else None


def make_thumbnail(workspace: Workspace, sha: str, mime: str) -> Path | None:
    """The thumbnail of a stored content, rendering it in a worker if it is not cached yet.

    None when the kind has no picture (text, Word, e-mail) or the file could not be rendered.
    """
    final = thumbnail_path(workspace.data_dir, sha)
    if final.is_file():
        return final
    failed = final.with_suffix(".none")
    if mime not in RENDERABLE or failed.exists():
        return None
    if not workspace.blobs.exists(sha):
        return None
    final.parent.mkdir(parents=True, exist_ok=True)
    part = final.with_name(f".{sha}.{os.getpid()}.{threading.get_ident()}.part")
    try:
        # The stored file on SQLite; a private temporary copy of the bytes on PostgreSQL.
        with workspace.blobs.as_file(sha) as source:
            sandbox.pool().call(render_thumbnail, str(source), mime, str(part), THUMBNAIL_PX,
                                timeout=sandbox.THUMBNAIL_TIMEOUT_S)
        os.replace(part, final)
    except (sandbox.WorkerFailure, AppError, RuntimeError, OSError) as exc:
        log.info("no thumbnail for %s (%s): %s", sha, mime, exc)
        with contextlib.suppress(OSError):
            part.unlink()
        with contextlib.suppress(OSError):
            failed.write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")
        return None
    return final


def make_thumbnails(workspace: Workspace, actor: Actor, document_ids: list[int] | tuple[int, ...]
                    ) -> dict[int, Path]:
    """Thumbnails of documents the actor may see (made where missing): document id → PNG.

    Runs in a background thread with its own database connection; a document whose file
    cannot be rendered is left out.
    """
    rows = (Document.select(Document.id, Document.case, Document.blob, Document.mime)
            .where(Document.id.in_(list(document_ids))).tuples())
    made: dict[int, Path] = {}
    allowed: dict[int, bool] = {}
    for document_id, case_id, sha, mime in rows:
        if case_id not in allowed:
            try:
                require_case(actor, Action.CASE_EDIT, case_id, write=False)
                allowed[case_id] = True
            except AppError:
                allowed[case_id] = False
        if not allowed[case_id]:
            continue
        path = make_thumbnail(workspace, sha, mime)
        if path is not None:
            made[document_id] = path
    return made


# -- in the worker -----------------------------------------------------------------------------

def render_thumbnail(source: str, mime: str, out: str, size: int) -> None:
    """Writes a PNG of the first page or image of `source`, at most `size` pixels, to `out`.

    Runs in a parser worker: a crash here costs the worker, not the app.
    """
    image = _pdf_first_page(source, size) if mime == "application/pdf" else _first_image(source, size)
    if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        image = image.convert("RGB")
    image.save(out, "PNG", optimize=False)


def _pdf_first_page(source: str, size: int):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(source)
    try:
        page = pdf[0]
        width, height = page.get_size()
        scale = size / max(width, height, 1)
        bitmap = page.render(scale=scale)  # white background: pdfium fills it before drawing
        image = bitmap.to_pil()
        image.load()
        page.close()
        return image
    finally:
        pdf.close()


def _first_image(source: str, size: int):
    from PIL import Image

    with Image.open(source) as image:
        width, height = image.size
        if width * height > extract.MAX_IMAGE_PIXELS:
            raise ValueError(f"image too large to draw ({width}×{height})")
        image.seek(0)
        image.draft("RGB", (size, size))  # JPEG: decode at a reduced scale
        image.thumbnail((size, size))
        if image.mode == "P" and "transparency" in image.info:
            image = image.convert("RGBA")
        return image.copy()
