"""What a file is and what it says: MIME type by content, page count, text.

Refuses what it cannot read with a message naming the file and the reason; never
trusts the file name's extension alone, and bounds what a hostile file can cost.
"""

from __future__ import annotations

import email
import email.policy
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_IMAGE_PIXELS = 200_000_000

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class FileFacts:
    mime: str
    pages: int | None
    text: str


def _bad(path: Path, reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "{file}: {reason}"), file=path.name, reason=reason)


def sniff_mime(path: Path, head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head.startswith(b"PK\x03\x04"):
        suffix = path.suffix.lower()
        return {".docx": DOCX_MIME, ".xlsx": XLSX_MIME}.get(suffix, "application/zip")
    if path.suffix.lower() == ".eml":
        return "message/rfc822"
    try:
        head.decode("utf-8")
        return "text/plain"
    except UnicodeDecodeError:
        # A cut in the middle of a multi-byte character at the end of the sample is fine.
        try:
            head[:-3].decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError:
            return "application/octet-stream"


def inspect_file(path: Path) -> FileFacts:
    """The facts of a file about to be stored; raises UserError if it is unusable."""
    path = Path(path)
    if not path.exists():
        raise _bad(path, "the file does not exist")
    if not path.is_file():
        raise _bad(path, "not a regular file")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise _bad(path, f"cannot be read ({exc.strerror or exc})") from exc
    if size == 0:
        raise _bad(path, "the file is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise _bad(path, f"the file is too large ({size // (1024 * 1024)} MB; the limit is 512 MB)")
    mime = sniff_mime(path, head)
    if mime == "application/pdf":
        return _pdf(path)
    if mime == DOCX_MIME:
        return _docx(path)
    if mime.startswith("image/"):
        return _image(path, mime)
    if mime == "message/rfc822":
        return _eml(path)
    if mime == "text/plain":
        return FileFacts(mime, 1, path.read_text("utf-8", errors="replace")[:MAX_TEXT_CHARS])
    return FileFacts(mime, None, "")


def _pdf(path: Path) -> FileFacts:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _bad(path, f"not a readable PDF ({exc})") from exc
    try:
        pages = len(pdf)
        parts: list[str] = []
        total = 0
        for index in range(pages):
            page = pdf[index]
            textpage = page.get_textpage()
            chunk = textpage.get_text_bounded()
            textpage.close()
            page.close()
            parts.append(chunk)
            total += len(chunk)
            if total > MAX_TEXT_CHARS:
                break
        return FileFacts("application/pdf", pages, "\n".join(parts)[:MAX_TEXT_CHARS])
    finally:
        pdf.close()


def _docx(path: Path) -> FileFacts:
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_DOCX_UNCOMPRESSED:
                raise _bad(path, "the DOCX expands to more than 200 MB (a zip bomb?)")
            if "word/document.xml" not in archive.namelist():
                raise _bad(path, "not a Word document (no word/document.xml)")
    except zipfile.BadZipFile as exc:
        raise _bad(path, "not a readable DOCX (damaged zip)") from exc
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise _bad(path, f"not a readable DOCX ({type(exc).__name__})") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return FileFacts(DOCX_MIME, None, "\n".join(lines)[:MAX_TEXT_CHARS])


def _image(path: Path, mime: str) -> FileFacts:
    from PIL import Image

    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise _bad(path, f"the image is too large ({width}×{height} pixels)")
            frames = getattr(image, "n_frames", 1)
            image.verify()
    except UserError:
        raise
    except Image.DecompressionBombError as exc:
        raise _bad(path, f"the image is too large (over {MAX_IMAGE_PIXELS // 1_000_000} megapixels)") from exc
    except Exception as exc:
        raise _bad(path, f"not a readable image ({type(exc).__name__})") from exc
    return FileFacts(mime, frames, "")


def _eml(path: Path) -> FileFacts:
    try:
        with open(path, "rb") as fh:
            message = email.message_from_binary_file(fh, policy=email.policy.default)
        header = "\n".join(f"{name}: {message.get(name, '')}" for name in ("From", "To", "Date", "Subject"))
        body = message.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
    except (LookupError, ValueError, UnicodeError) as exc:
        raise _bad(path, f"not a readable e-mail ({exc})") from exc
    return FileFacts("message/rfc822", 1, f"{header}\n\n{text}"[:MAX_TEXT_CHARS])
