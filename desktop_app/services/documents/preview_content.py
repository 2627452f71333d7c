"""What the preview pane shows of text, e-mail and Word files, as plain values (no Qt).

Each function takes the stored bytes and returns something bounded: the first
MAX_TEXT_BYTES of a text file, an e-mail's headers, body as plain text (an HTML body
is reduced to its text: no remote content, no scripts, no styles) and the list of its
attachments, a DOCX as simple HTML (headings, paragraphs with bold/italic/underline,
lists, tables) cut after MAX_DOCX_CHARS characters. A file that cannot be read raises
UserError with the reason; a zip bomb is refused before python-docx inflates it
(the limits of services/documents/extract.py, plus a cap on the size of the document's XML).
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.documents.extract import decode_text, docx_archive_problem, text_encoding

MAX_TEXT_BYTES = 256 * 1024
MAX_EMAIL_BODY_CHARS = 200_000
MAX_DOCX_CHARS = 300_000
MAX_DOCX_XML_BYTES = 32 * 1024 * 1024  # word/document.xml; the archive as a whole: extract's limit
MAX_ATTACHMENTS = 500
MAX_NESTING = 8


# -- plain text ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TextPreview:
    text: str
    encoding: str  # the Python codec name used: "utf-8", "utf-8-sig", "utf-16-le", "cp1252"…
    shown_bytes: int
    total_bytes: int

    @property
    def truncated(self) -> bool:
        return self.shown_bytes < self.total_bytes


def text_preview(head: bytes, total_bytes: int | None = None, limit: int = MAX_TEXT_BYTES) -> TextPreview:
    """The first `limit` bytes of a text file, decoded (BOM, else UTF-8, else cp1252).

    `head` may be the whole file or only its beginning; `total_bytes` is the file's size.
    """
    total = len(head) if total_bytes is None else max(total_bytes, len(head))
    shown = head[:limit]
    complete = len(shown) >= total
    encoding = text_encoding(shown, complete) or "cp1252"
    return TextPreview(decode_text(shown, encoding, complete), encoding, len(shown), total)


# -- e-mail --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attachment:
    name: str
    size: int
    mime: str


@dataclass(frozen=True)
class EmailPreview:
    sender: str
    to: str
    cc: str
    date: dt.datetime | None
    date_text: str  # the header as written, when it is not a valid date
    subject: str
    body: str
    body_was_html: bool
    body_truncated: bool
    attachments: list[Attachment] = field(default_factory=list)


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, LookupError, TypeError, IndexError):  # a malformed header is shown raw
        value = next((raw for key, raw in message.raw_items() if key.lower() == name.lower()), "")
    return " ".join(str(value or "").split())


def _content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", errors="replace")
    if isinstance(content, bytes):
        return decode_text(content)
    return content if isinstance(content, str) else ""


def _payload_size(part: EmailMessage) -> int:
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return len(payload)
    try:
        return len(part.as_bytes())
    except (ValueError, LookupError, UnicodeError):
        return 0


def _attachments(part: EmailMessage, body: EmailMessage | None, found: list[Attachment], depth: int) -> None:
    if len(found) >= MAX_ATTACHMENTS or part is body:
        return
    kind = part.get_content_type()
    name = part.get_filename() or ""
    if kind == "message/rfc822" and depth > 0:
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else None
        subject = _header(inner, "Subject") if inner is not None else ""
        found.append(Attachment(name or f"{subject or 'message'}.eml", len(part.as_bytes()), kind))
        return
    if part.is_multipart():
        if depth < MAX_NESTING:
            for child in part.iter_parts():
                _attachments(child, body, found, depth + 1)
        return
    if depth > 0 and (name or part.get_content_disposition() == "attachment"):
        found.append(Attachment(name or kind, _payload_size(part), kind))


def email_preview(data: bytes) -> EmailPreview:
    """An e-mail's headers, readable body and attachments (names and sizes)."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        body_part = message.get_body(preferencelist=("plain", "html"))
    except (LookupError, ValueError, TypeError, IndexError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The e-mail cannot be read ({reason})."),
                        reason=str(exc)) from exc
    body, was_html = "", False
    if body_part is not None:
        body = _content(body_part)
        if body_part.get_content_subtype() == "html":
            body, was_html = html_to_text(body), True
    body = body.replace("\r\n", "\n").strip("\n")
    truncated = len(body) > MAX_EMAIL_BODY_CHARS
    try:
        moment = getattr(message.get("Date"), "datetime", None)
    except (ValueError, TypeError, IndexError):
        moment = None
    attachments: list[Attachment] = []
    _attachments(message, body_part, attachments, 0)
    return EmailPreview(
        sender=_header(message, "From"), to=_header(message, "To"), cc=_header(message, "Cc"),
        date=moment, date_text=_header(message, "Date"), subject=_header(message, "Subject"),
        body=body[:MAX_EMAIL_BODY_CHARS], body_was_html=was_html, body_truncated=truncated,
        attachments=attachments)


class _TextOfHtml(HTMLParser):
    """Collects the visible text of HTML; scripts, styles and everything remote are dropped."""

    HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "object",
                        "iframe", "frame", "frameset", "embed", "applet", "audio", "video", "canvas"})
    BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "blockquote", "pre", "table",
                        "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "form", "address",
                        "dl", "dt", "dd", "center"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and not self.hidden:
                self.parts.append(f"[{alt}]")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n" if tag in ("p", "table", "h1", "h2", "h3", "blockquote") else "\n")
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if not self.pre:
            data = re.sub(r"[ \t\n\r\f]+", " ", data)  # HTML white space, not the no-break space
            if not self.parts or self.parts[-1].endswith("\n"):
                data = data.lstrip(" ")
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body: no tags, no scripts or styles, no remote images."""
    parser = _TextOfHtml()
    parser.feed(markup[:4 * MAX_EMAIL_BODY_CHARS])
    parser.close()
    lines = [line.rstrip(" ") for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- Word ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocxPreview:
    html: str
    chars: int
    truncated: bool


def _unreadable_docx(reason: str) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("errors", "The Word document cannot be shown: {reason}."), reason=reason)


class _DocxHtml:
    """Writes a python-docx document as simple HTML, counting characters against the cap."""

    def __init__(self, limit: int) -> None:
        self.out: list[str] = []
        self.chars = 0
        self.limit = limit
        self.full = False
        self.list_tag: str | None = None

    def text(self, value: str) -> str:
        room = self.limit - self.chars
        if len(value) > room:
            value, self.full = value[:max(0, room)], True
        self.chars += len(value)
        return html.escape(value).replace("\t", "&#160;&#160;&#160;&#160;").replace("\n", "<br>")

    def runs(self, paragraph) -> str:
        pieces = []
        for item in paragraph.iter_inner_content():
            for run in getattr(item, "runs", None) or [item]:
                text = self.text(run.text)
                if not text:
                    continue
                if run.bold:
                    text = f"<b>{text}</b>"
                if run.italic:
                    text = f"<i>{text}</i>"
                if run.underline:
                    text = f"<u>{text}</u>"
                pieces.append(text)
        return "".join(pieces)

    def close_list(self) -> None:
        if self.list_tag:
            self.out.append(f"</{self.list_tag}>")
            self.list_tag = None

    def paragraph(self, paragraph) -> None:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        body = self.runs(paragraph)
        tag = "p"
        if style == "Title":
            tag = "h1"
        elif style == "Subtitle":
            tag = "h2"
        elif style.startswith("Heading"):
            level = style.removeprefix("Heading").strip()
            tag = f"h{min(6, int(level) + 1) if level.isdigit() else 2}"
        if style.startswith("List"):
            wanted = "ol" if "Number" in style else "ul"
            if self.list_tag != wanted:
                self.close_list()
                self.out.append(f"<{wanted}>")
                self.list_tag = wanted
            self.out.append(f"<li>{body}</li>")
            return
        self.close_list()
        self.out.append(f"<{tag}>{body or '&#160;'}</{tag}>")

    def table(self, table, depth: int = 0) -> None:
        self.close_list()
        self.out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        for row in table.rows:
            if self.full:
                break
            self.out.append("<tr>")
            previous = None
            for cell in row.cells:
                if previous is not None and cell._tc is previous:  # a merged cell repeats itself
                    continue
                previous = cell._tc
                self.out.append("<td>")
                self.content(cell, depth + 1)
                self.close_list()
                self.out.append("</td>")
            self.out.append("</tr>")
        self.out.append("</table>")

    def content(self, container, depth: int = 0) -> None:
        from docx.table import Table

        for block in container.iter_inner_content():
            if self.full:
                return
            if isinstance(block, Table):
                if depth < MAX_NESTING:
                    self.table(block, depth)
            else:
                self.paragraph(block)


def docx_preview(data: bytes, limit: int = MAX_DOCX_CHARS) -> DocxPreview:
    """A Word document as simple HTML; refuses damaged files and zip bombs with the reason."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            problem = docx_archive_problem(archive)
            if problem is None:
                xml_size = archive.getinfo("word/document.xml").file_size
                if xml_size > MAX_DOCX_XML_BYTES:
                    problem = f"its text expands to {xml_size // (1024 * 1024)} MB (a zip bomb?)"
    except zipfile.BadZipFile as exc:
        raise _unreadable_docx("it is damaged (not a readable zip archive)") from exc
    if problem:
        raise _unreadable_docx(problem)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise _unreadable_docx(f"a part of it is damaged ({type(exc).__name__})") from exc
    writer = _DocxHtml(limit)
    writer.content(document)
    writer.close_list()
    return DocxPreview("".join(writer.out), writer.chars, writer.full)
