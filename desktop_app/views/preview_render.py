"""Turns a stored document into something the preview pane can show. Runs in a worker thread.

It returns plain values (a QImage, text, or a reason) and never touches a widget.
PDF pages are rendered with pypdfium2, which also draws signature and form widgets
that QtPdf leaves out (DESIGN §7); pdfium is not thread-safe, so calls are serialised.
Images are decoded at the target size under a deliberate allocation limit.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from desktop_app.errors import AppError
from desktop_app.services import documents, queries
from desktop_app.services.extract import DOCX_MIME
from desktop_app.views import formatting
from desktop_app.views.session import Session

IMAGE_ALLOCATION_LIMIT_MB = 1024  # Qt's default 256 MB refuses real A3 600-dpi scans
MAX_IMAGE_PIXELS = 150_000_000
MAX_PREVIEW_TEXT = 200_000
MAX_RENDER_SCALE = 4.0
TEXT_MIMES = (DOCX_MIME, "message/rfc822")
_PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True)
class PreviewResult:
    document_id: int
    kind: str  # "image", "text" or "unavailable"
    title: str = ""
    image: QImage | None = None
    text: str = ""
    reason: str = ""  # translated: why there is no preview
    page_count: int | None = None


def configure_image_reader() -> None:
    """Sets the process-wide decode limit once, deliberately (ecosystem-reliability B.8)."""
    QImageReader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)


def _unavailable(document_id: int, title: str, reason: str, **facts) -> PreviewResult:
    return PreviewResult(document_id, "unavailable", title, reason=reason, **facts)


def render_preview(session: Session, document_id: int, target: QSize) -> PreviewResult:
    """The preview of one document, `target` being the viewport size in device pixels."""
    translate = QCoreApplication.translate
    try:
        detail = queries.document_detail(session.actor, document_id)
    except AppError as exc:
        return _unavailable(document_id, "", formatting.error_text(exc))
    title = detail.title
    mime = detail.mime or ""
    if mime == "application/pdf" or mime.startswith("image/"):
        try:
            data = documents.read_content(session.workspace, session.actor, document_id)
        except AppError as exc:
            return _unavailable(document_id, title, formatting.error_text(exc))
        if mime == "application/pdf":
            return _pdf(document_id, title, data, target)
        return _image(document_id, title, data, target)
    if mime.startswith("text/") or mime in TEXT_MIMES:
        text = detail.text
        if not text.strip():
            return _unavailable(document_id, title,
                                translate("PreviewPane", "No text could be read from this file."))
        if len(text) > MAX_PREVIEW_TEXT:
            more = translate("PreviewPane", "[… the rest of the text is not shown here]")
            text = f"{text[:MAX_PREVIEW_TEXT]}\n\n{more}"
        return PreviewResult(document_id, "text", title, text=text)
    reason = translate("PreviewPane", "Files of this kind ({mime}) have no preview. "
                                      "Open the file with its own program.")
    return _unavailable(document_id, title, reason.format(mime=mime or "?"))


def _pdf(document_id: int, title: str, data: bytes, target: QSize) -> PreviewResult:
    import pypdfium2 as pdfium

    translate = QCoreApplication.translate
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            reason = translate("PreviewPane", "The PDF is damaged or is not a PDF ({detail}).")
            return _unavailable(document_id, title, reason.format(detail=exc))
        try:
            pages = len(pdf)
            if pages == 0:
                return _unavailable(document_id, title, translate("PreviewPane", "The PDF has no pages."),
                                    page_count=0)
            pdf.init_forms()  # before loading a page: draws form fields and signature widgets
            page = pdf[0]
            try:
                width_pt, _height_pt = page.get_size()
                scale = min(MAX_RENDER_SCALE, max(0.1, target.width() / max(width_pt, 1.0)))
                bitmap = page.render(scale=scale, may_draw_forms=True, prefer_bgrx=True)
                try:
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGB32).copy()  # own the pixels before closing
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            reason = translate("PreviewPane", "The PDF page cannot be drawn ({detail}).")
            return _unavailable(document_id, title, reason.format(detail=exc))
        finally:
            pdf.close()
    return PreviewResult(document_id, "image", title, image=image, page_count=pages)


def _image(document_id: int, title: str, data: bytes, target: QSize) -> PreviewResult:
    translate = QCoreApplication.translate
    unreadable = translate("PreviewPane", "The image cannot be read ({detail}).")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return _unavailable(document_id, title, unreadable.format(detail=reader.errorString()))
    if size.width() * size.height() > MAX_IMAGE_PIXELS:
        reason = translate("PreviewPane", "The image is too large to preview ({width} × {height} pixels).")
        return _unavailable(document_id, title, reason.format(width=size.width(), height=size.height()))
    if 0 < target.width() < size.width():
        reader.setScaledSize(size.scaled(QSize(target.width(), 1_000_000), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return _unavailable(document_id, title, unreadable.format(detail=reader.errorString()))
    return PreviewResult(document_id, "image", title, image=image, page_count=max(reader.imageCount(), 1))
