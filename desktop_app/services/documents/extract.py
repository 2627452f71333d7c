"""What a file is and what it says: MIME type by content, page count, text.

Refuses what it cannot read with a message naming the file and the reason; never
trusts the file name's extension alone, and bounds what a hostile file can cost.
"""

from __future__ import annotations

import email
import email.policy
import re
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

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Control bytes that never occur in text (tab, newlines, form feed and escape do).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


@dataclass(frozen=True)
class FileFacts:
    mime: str
    pages: int | None
    text: str


# Characters that reorder or hide text when shown (bidi overrides and isolates, marks, the BOM):
# "photo\u202egnp.exe" displays as "photoexe.png". Messages show them as <U+202E>.
_DECEPTIVE = {c: f"<U+{c:04X}>" for c in (0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
                                          0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF)}


def shown_name(name: str) -> str:
    """A file name as messages show it: bidi controls made visible, so a name cannot pose as another."""
    return name.translate(_DECEPTIVE)


def plain_name(name: str) -> str:
    """A file name without its bidi controls (the title a document gets from it)."""
    return name.translate(dict.fromkeys(_DECEPTIVE))


def _bad(path: Path, reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "{file}: {reason}"), file=shown_name(path.name), reason=reason)


def is_executable(head: bytes) -> bool:
    """A Windows (PE), Linux (ELF) or macOS (Mach-O) program, by its first bytes."""
    if head[:4] == b"\x7fELF" or head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                                             b"\xcf\xfa\xed\xfe"):
        return True
    if head[:2] == b"MZ" and len(head) >= 64:
        offset = int.from_bytes(head[0x3C:0x40], "little")
        return offset + 4 <= len(head) and head[offset:offset + 4] == b"PE\0\0"
    return False


def text_encoding(head: bytes, complete: bool = False) -> str | None:
    """The encoding of text starting with `head`: a BOM's, else UTF-8, else cp1252; None if binary.

    cp1252 is the fallback because the clerks' old files come from Windows in Western
    Europe; it decodes every byte (the five it leaves undefined become U+FFFD). Pass all
    the bytes that will be decoded (the binary check reads the first 4 KB): a file whose
    first accent comes late is still cp1252. `complete`: `head` is the whole file, so its
    last bytes are not a character cut by the end of a sample.
    """
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    if any(byte in _BINARY_BYTES for byte in head[:4096]):
        return None
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # a multi-byte character cut by the end of the sample
    return "cp1252"


def decode_text(data: bytes, encoding: str | None = None, complete: bool = False) -> str:
    """Text of a file's bytes (or of its first bytes: a character cut at the end is dropped).

    `complete`: `data` is the whole file (nothing is cut at its end).
    """
    encoding = encoding or text_encoding(data, complete) or "cp1252"
    for bom, with_bom in _BOMS[1:]:  # utf-8-sig drops its BOM itself
        if with_bom == encoding and data.startswith(bom):
            data = data[len(bom):]
    if encoding.startswith(("utf-16", "utf-32")):
        unit = 2 if encoding.startswith("utf-16") else 4
        data = data[:len(data) - len(data) % unit]
    elif encoding.startswith("utf-8"):
        for cut in range(1 if complete else min(3, len(data)) + 1):
            try:
                return data[:len(data) - cut].decode(encoding)
            except UnicodeDecodeError as exc:
                if exc.reason != "unexpected end of data":
                    break
        if encoding == "utf-8":
            encoding = "cp1252"  # not UTF-8 after all (no BOM said so): text_encoding's fallback
    return data.decode(encoding, errors="replace")


def docx_archive_problem(archive: zipfile.ZipFile) -> str | None:
    """Why a DOCX archive must not be opened (zip bomb, not Word), or None: before python-docx reads it."""
    if sum(info.file_size for info in archive.infolist()) > MAX_DOCX_UNCOMPRESSED:
        return "the DOCX expands to more than 200 MB (a zip bomb?)"
    if "word/document.xml" not in archive.namelist():
        return "not a Word document (no word/document.xml)"
    return None


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
    return "text/plain" if text_encoding(head) else "application/octet-stream"


def preflight(path: Path) -> tuple[int, bytes, str]:
    """(size, first 4 KB, MIME type by content) of a file; raises UserError for a missing,
    unreadable, empty or too large one. Cheap: no parser runs."""
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
    if is_executable(head):
        raise _bad(path, "an executable program, not a document; programs are not accepted")
    return size, head, sniff_mime(path, head)


def inspect_file(path: Path) -> FileFacts:
    """The facts of a file about to be stored; raises UserError if it is unusable.

    Runs the parsers in this process: imports go through sandbox.inspect_isolated instead.
    """
    path = Path(path)
    size, _head, mime = preflight(path)
    if mime == "application/pdf":
        return _pdf(path)
    if mime == DOCX_MIME:
        return _docx(path)
    if mime.startswith("image/"):
        return _image(path, mime)
    if mime == "message/rfc822":
        return _eml(path)
    if mime == "text/plain":
        with open(path, "rb") as fh:
            data = fh.read(4 * MAX_TEXT_CHARS)
        complete = len(data) >= size
        text = decode_text(data, text_encoding(data, complete), complete)
        return FileFacts(mime, 1, text[:MAX_TEXT_CHARS])
    return FileFacts(mime, None, "")


def _pdf(path: Path) -> FileFacts:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise _bad(path, "the PDF is password-protected; save it without a password and add it again") from exc
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
            problem = docx_archive_problem(archive)
            if problem:
                raise _bad(path, problem)
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
    except Image.DecompressionBombError as exc:  # Pillow refuses before we see the size: it says the pixels
        found = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(found.group(1)) // 1_000_000} megapixels; " if found else ""
        raise _bad(path, f"the image is too large ({size}the limit is {MAX_IMAGE_PIXELS // 1_000_000} "
                         "megapixels)") from exc
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
