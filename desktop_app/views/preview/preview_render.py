"""Turns a stored document into something the preview pane can show. Runs in a worker thread.

It returns plain values (a QImage, text, simple HTML, or a reason) and never touches a widget.

PDF pages are rendered with pypdfium2. PySide6-Essentials ships no QtPdf, and QtPdf would
not draw signature appearances anyway (DESIGN §7); pypdfium2 draws them, together with
form fields. pdfium is not thread-safe, so its calls are serialised under one lock. A page
is rendered at the size it is shown (fit width, fit page or a zoom), never larger than
MAX_RENDER_PIXELS.

Images (multi-page TIFF included) are decoded at the target size with
QImageReader.setScaledSize under a deliberate allocation limit (Qt refuses anything over
256 MB decoded by default, which a real A3 600-dpi scan exceeds); a header claiming more
than MAX_IMAGE_PIXELS is refused before anything is allocated.

Text, e-mail and Word files are read by services/documents/preview_content.py (no Qt here but the
labels): the first MAX_TEXT_BYTES of a text file, an e-mail's headers, body and
attachments, a DOCX as simple HTML.

A paged result carries a `PagedSource` (the document's bytes and page count) so that the
pane can render another page or zoom of the same document without reading the blob again.
"""

from __future__ import annotations

import html
import threading
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from desktop_app.errors import AppError
from desktop_app.services.cases import case_details
from desktop_app.services.documents import document_copies, preview_content
from desktop_app.services.documents.extract import DOCX_MIME
from desktop_app.views.common import formatting
from desktop_app.views.common.session import Session

IMAGE_ALLOCATION_LIMIT_MB = 1024  # Qt's default 256 MB refuses real A3 600-dpi scans
MAX_IMAGE_PIXELS = 150_000_000  # 600 MB decoded: an A0 300-dpi scan fits, a "30000 × 30000" header does not
MAX_RENDER_PIXELS = 24_000_000  # one rendered page or decoded image on screen (96 MB)
KEEP_SOURCE_BYTES = 64 * 1024 * 1024  # a bigger document is read again for each page
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
PDF_PIXELS_PER_POINT = 96 / 72  # 100 % shows a page at its printed size on a 96-dpi screen
FIT_WIDTH, FIT_PAGE, ZOOM = "width", "page", "zoom"
EMAIL_MIME = "message/rfc822"
_PDFIUM_LOCK = threading.Lock()


translate = QCoreApplication.translate  # lupdate reads the literal contexts of translate("PreviewPane", …)


@dataclass(frozen=True)
class View:
    """How the pane wants a paged document shown."""

    page: int = 0  # 0-based
    fit: str = FIT_WIDTH  # FIT_WIDTH, FIT_PAGE or ZOOM
    zoom: float = 1.0  # with ZOOM: 1.0 is 100 %
    ratio: float = 1.0  # the screen's device pixel ratio


@dataclass(frozen=True)
class PagedSource:
    """What re-rendering another page or zoom of the current document needs."""

    document_id: int
    title: str
    format: str  # "pdf" or "image"
    page_count: int
    data: bytes | None  # None when too big to keep: read again from the store


@dataclass(frozen=True)
class PreviewResult:
    document_id: int
    kind: str  # "image", "text", "rich" (simple HTML) or "unavailable"
    title: str = ""
    image: QImage | None = None
    text: str = ""
    html: str = ""
    reason: str = ""  # translated: why there is no preview
    page_count: int | None = None
    page: int = 0
    zoom: float = 1.0  # the zoom the image was rendered at (fit modes included)
    notice: str = ""  # translated: e.g. only the beginning is shown
    source: PagedSource | None = None


def configure_image_reader() -> None:
    """Sets the process-wide decode limit once, deliberately (ecosystem-reliability B.8)."""
    QImageReader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)


def _unavailable(document_id: int, title: str, reason: str, **facts) -> PreviewResult:
    return PreviewResult(document_id, "unavailable", title, reason=reason, **facts)


def _scale(width: float, height: float, target: QSize, view: View, unit: float) -> float:
    """Device pixels per source unit (PDF point or image pixel) for the requested fit or zoom."""
    if view.fit == FIT_WIDTH:
        scale = target.width() / width
    elif view.fit == FIT_PAGE:
        scale = min(target.width() / width, target.height() / height)
    else:
        scale = view.zoom * unit * view.ratio
    scale = max(MIN_ZOOM * unit * view.ratio, min(MAX_ZOOM * unit * view.ratio, scale))
    if width * height * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
    return max(scale, 1e-3)


def render_preview(session: Session, document_id: int, target: QSize, view: View | None = None) -> PreviewResult:
    """The preview of one document, `target` being the viewport size in device pixels."""
    view = view or View()
    try:
        detail = case_details.document_detail(session.actor, document_id)
    except AppError as exc:
        return _unavailable(document_id, "", formatting.error_text(exc))
    title = detail.title
    mime = detail.mime or ""
    paged = mime == "application/pdf" or mime.startswith("image/")
    if not (paged or mime.startswith("text/") or mime in (DOCX_MIME, EMAIL_MIME)):
        reason = translate("PreviewPane", "Files of this kind ({mime}) have no preview. Open the file with its own program.")
        return _unavailable(document_id, title, reason.format(mime=mime or "?"))
    limit = preview_content.MAX_TEXT_BYTES if mime.startswith("text/") else None
    try:
        data = document_copies.read_content(session.workspace, session.actor, document_id, limit)
        if paged:
            source = PagedSource(document_id, title, "pdf" if mime == "application/pdf" else "image", 0,
                                 data if len(data) <= KEEP_SOURCE_BYTES else None)
            return _render(source, data, target, view)
        if mime == DOCX_MIME:
            return _docx(document_id, title, data)
        if mime == EMAIL_MIME:
            return _email(document_id, title, data)
        return _text(document_id, title, data, detail.size or len(data))
    except AppError as exc:
        return _unavailable(document_id, title, formatting.error_text(exc))


def render_page(session: Session, source: PagedSource, target: QSize, view: View) -> PreviewResult:
    """Another page or zoom of a document already previewed (its bytes kept in `source`)."""
    data = source.data
    if data is None:
        try:
            data = document_copies.read_content(session.workspace, session.actor, source.document_id)
        except AppError as exc:
            return _unavailable(source.document_id, source.title, formatting.error_text(exc))
    return _render(source, data, target, view)


def _render(source: PagedSource, data: bytes, target: QSize, view: View) -> PreviewResult:
    render = _pdf if source.format == "pdf" else _image
    result = render(source, data, target, view)
    if result.kind == "image" or (result.page_count or 0) > 1:  # pages can still be turned
        if result.page_count != source.page_count:
            source = replace(source, page_count=result.page_count or 1)
        result = replace(result, source=source)
    return result


# -- PDF -----------------------------------------------------------------------------------------

def _pdf_reason(exc: Exception) -> str:
    code = getattr(exc, "err_code", None)
    if code == 4:  # FPDF_ERR_PASSWORD
        return translate("PreviewPane", "The PDF is protected by a password. Open it with a PDF reader that can ask for it.")
    if code == 5:  # FPDF_ERR_SECURITY
        return translate("PreviewPane", "The PDF uses an encryption this preview does not support.")
    if code in (2, 3):  # FPDF_ERR_FILE, FPDF_ERR_FORMAT
        return translate("PreviewPane", "The PDF is damaged or incomplete (it may have been cut short while being copied): {detail}"
                   ).format(detail=str(exc))
    return translate("PreviewPane", "The PDF is damaged or is not a PDF ({detail}).").format(detail=str(exc))


def _pdf(source: PagedSource, data: bytes, target: QSize, view: View) -> PreviewResult:
    import pypdfium2 as pdfium

    document_id, title = source.document_id, source.title
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            return _unavailable(document_id, title, _pdf_reason(exc))
        try:
            pages = len(pdf)
            if pages == 0:
                return _unavailable(document_id, title, translate("PreviewPane", "The PDF has no pages."), page_count=0)
            index = max(0, min(view.page, pages - 1))
            pdf.init_forms()  # before loading a page: draws form fields and signature widgets
            page = pdf[index]
            try:
                width_pt, height_pt = page.get_size()
                width_pt, height_pt = max(width_pt, 1.0), max(height_pt, 1.0)
                if page.get_rotation() in (90, 270):
                    width_pt, height_pt = height_pt, width_pt
                scale = _scale(width_pt, height_pt, target, view, PDF_PIXELS_PER_POINT)
                bitmap = page.render(scale=scale, may_draw_forms=True, prefer_bgrx=True)
                try:
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGB32).copy()  # own the pixels before closing
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            reason = translate("PreviewPane", "Page {page} of the PDF cannot be drawn ({detail}).")
            return _unavailable(document_id, title, reason.format(page=view.page + 1, detail=exc),
                                page_count=len(pdf))
        finally:
            pdf.close()
    return PreviewResult(document_id, "image", title, image=image, page_count=pages, page=index,
                         zoom=scale / (PDF_PIXELS_PER_POINT * view.ratio))


# -- images --------------------------------------------------------------------------------------

def _image(source: PagedSource, data: bytes, target: QSize, view: View) -> PreviewResult:
    document_id, title = source.document_id, source.title
    unreadable = translate("PreviewPane", "The image cannot be read ({detail}).")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    try:  # the reader must go before its buffer (its handler may still touch the device)
        reader.setAutoTransform(True)
        pages = max(reader.imageCount(), 1)
        index = max(0, min(view.page, pages - 1))
        if index and not reader.jumpToImage(index):
            return _unavailable(document_id, title, unreadable.format(detail=reader.errorString()),
                                page_count=pages)
        size = reader.size()
        if not size.isValid():
            return _unavailable(document_id, title, unreadable.format(detail=reader.errorString()),
                                page_count=pages)
        width, height = size.width(), size.height()
        if width * height > MAX_IMAGE_PIXELS:
            reason = translate("PreviewPane", "The image says it is {width} × {height} pixels ({megapixels} megapixels). "
                         "Previews stop at {limit} megapixels so that a damaged or hostile file cannot "
                         "exhaust the memory; open it with an image program if it is genuine.")
            return _unavailable(document_id, title, reason.format(
                width=width, height=height, megapixels=width * height // 1_000_000,
                limit=MAX_IMAGE_PIXELS // 1_000_000), page_count=pages)
        rotated = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
        shown_w, shown_h = (height, width) if rotated else (width, height)
        scale = _scale(shown_w, shown_h, target, view, 1.0)
        scaled = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
        if scaled != size:
            reader.setScaledSize(scaled)  # decoded at the size shown, not in full
        image = reader.read()
        if image.isNull():
            return _unavailable(document_id, title, unreadable.format(detail=reader.errorString()),
                                page_count=pages)
    finally:
        del reader
    return PreviewResult(document_id, "image", title, image=image, page_count=pages, page=index,
                         zoom=scale / view.ratio)


# -- text, Word, e-mail --------------------------------------------------------------------------

def _text(document_id: int, title: str, head: bytes, size: int) -> PreviewResult:
    text = preview_content.text_preview(head, size)
    if not text.text.strip():
        return _unavailable(document_id, title, translate("PreviewPane", "The file contains no text."))
    notice = ""
    if text.truncated:
        notice = translate("PreviewPane", "Showing the first {shown} of {total}. Open the file to read all of it.").format(
            shown=formatting.file_size(text.shown_bytes), total=formatting.file_size(text.total_bytes))
    return PreviewResult(document_id, "text", title, text=text.text, notice=notice)


def _docx(document_id: int, title: str, data: bytes) -> PreviewResult:
    content = preview_content.docx_preview(data)
    if not content.chars:
        return _unavailable(document_id, title, translate("PreviewPane", "The Word document contains no text."))
    notice = ""
    if content.truncated:
        notice = translate("PreviewPane", "Showing the beginning of the document ({chars} characters). "
                     "Open the file to read all of it.").format(chars=formatting.number(content.chars))
    return PreviewResult(document_id, "rich", title, html=content.html, notice=notice)


def _email(document_id: int, title: str, data: bytes) -> PreviewResult:
    mail = preview_content.email_preview(data)
    esc = html.escape
    rows = [(translate("PreviewPane", "From:"), mail.sender), (translate("PreviewPane", "To:"), mail.to), (translate("PreviewPane", "Cc:"), mail.cc),
            (translate("PreviewPane", "Date:"), formatting.date_time(mail.date) if mail.date else mail.date_text),
            (translate("PreviewPane", "Subject:"), mail.subject)]
    parts = ['<table cellspacing="0" cellpadding="2">']
    for label, value in rows:
        if value:
            parts.append(f'<tr><td style="color:#616161; padding-right:8px"><b>{esc(label)}</b></td>'
                         f"<td>{esc(value)}</td></tr>")
    parts.append("</table><hr>")
    if mail.body_was_html:
        note = translate("PreviewPane", "Text of the HTML message (pictures and links to the internet "
                                        "are not loaded).")
        parts.append(f'<p style="color:#616161"><i>{esc(note)}</i></p>')
    body = mail.body or translate("PreviewPane", "(no text)")
    parts.append(f'<p style="white-space: pre-wrap">{esc(body)}</p>')
    if mail.attachments:
        parts.append("<hr><p><b>{}</b></p><ul>".format(
            esc(translate("PreviewPane", "Attachments ({count})").format(count=len(mail.attachments)))))
        for attachment in mail.attachments:
            parts.append(f"<li>{esc(attachment.name)} — {esc(formatting.file_size(attachment.size))}</li>")
        parts.append("</ul>")
    notice = translate("PreviewPane", "The message is long; only its beginning is shown.") if mail.body_truncated else ""
    return PreviewResult(document_id, "rich", title, html="".join(parts), notice=notice)
