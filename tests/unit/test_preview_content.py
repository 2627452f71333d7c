"""The preview's Qt-free readers: text encodings and caps, e-mails, Word documents, hostile files."""

from __future__ import annotations

import io
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from desktop_app.errors import UserError
from desktop_app.services.documents import preview_content
from desktop_app.services.documents.extract import decode_text, inspect_file, sniff_mime, text_encoding
from desktop_app.services.documents.preview_content import (
    docx_preview,
    email_preview,
    html_to_text,
    text_preview,
)

# -- text ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "encoding"), [
    ("Clés à l'agence".encode(), "utf-8"),
    ("Clés à l'agence".encode("utf-8-sig"), "utf-8-sig"),
    ("Clés à l'agence".encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM here
    (b"\xfe\xff" + "Clés à l'agence".encode("utf-16-be"), "utf-16-be"),
    ("Clés à l'agence – 12 €".encode("cp1252"), "cp1252"),
])
def test_text_encodings_are_detected(data, encoding):
    preview = text_preview(data)
    assert preview.encoding == encoding
    assert preview.text == "Clés à l'agence" + (" – 12 €" if encoding == "cp1252" else "")
    assert not preview.truncated


def test_cp1252_keeps_the_euro_sign_and_dashes():
    assert text_preview("Devis – 1 250 € “TTC”".encode("cp1252")).text == "Devis – 1 250 € “TTC”"


def test_binary_is_not_text():
    assert text_encoding(b"\x00\x01\x02binary\x00") is None
    assert sniff_mime(Path("x.bin"), b"\x7fELF\x02\x01\x01\x00\x00") == "application/octet-stream"
    assert sniff_mime(Path("x.txt"), "Réf. ZX-12 – prêt".encode("cp1252")) == "text/plain"


def test_a_big_text_shows_its_first_bytes_and_says_so():
    data = ("é" * 1000 + "\n").encode() * 400  # 800 KB, two bytes per é
    preview = text_preview(data[:300_000], total_bytes=len(data), limit=100_002)  # cut inside an é
    assert preview.truncated and preview.shown_bytes == 100_002 and preview.total_bytes == len(data)
    assert "\ufffd" not in preview.text and preview.text.endswith("é")
    assert len(preview.text.encode()) == 100_001


def test_utf16_cut_in_the_middle_of_a_unit_still_decodes():
    data = "Ligne é\n".encode("utf-16") * 10
    assert "\ufffd" not in decode_text(data[:51], "utf-16-le")


def test_a_cp1252_file_is_stored_as_text_with_its_accents(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Clés laissées à l'accueil – merci".encode("cp1252"))
    facts = inspect_file(path)
    assert facts.mime == "text/plain" and facts.text == "Clés laissées à l'accueil – merci"



def test_a_cp1252_file_whose_accents_come_late_or_last_keeps_them(tmp_path):
    late = (b"Lot 12 ok\n" * 600
            + "Clés laissées à l'accueil".encode("cp1252"))  # the first accent after 4 KB
    assert text_preview(late).encoding == "cp1252"
    assert text_preview(late).text.endswith("Clés laissées à l'accueil")
    short = "Payé".encode("cp1252")  # a whole file ending on an accent: nothing is cut
    assert text_preview(short).text == "Payé"
    for name, data in (("late.txt", late), ("short.txt", short)):
        path = tmp_path / name
        path.write_bytes(data)
        assert inspect_file(path).text == data.decode("cp1252")
    cut = "Payé".encode()  # a UTF-8 sample cut inside its last character still drops only that
    assert text_preview(cut[:-1], total_bytes=len(cut) + 10).text == "Pay"

# -- e-mail ------------------------------------------------------------------------------------------


def make_email(html_body: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Agence Océane <agence@example.fr>"
    message["To"] = "diag@example.fr"
    message["Cc"] = "=?utf-8?q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.es>"
    message["Date"] = "Tue, 03 Mar 2026 09:15:00 +0100"
    message["Subject"] = "Clés du lot 12"
    if html_body is None:
        message.set_content("Bonjour,\nles clés sont à l'agence.\n")
    else:
        message.set_content("ignored plain part")
        message.make_alternative()
        message.get_payload()[0].set_content(html_body, subtype="html")
    message.add_attachment(b"%PDF-1.4 " + b"x" * 2000, maintype="application", subtype="pdf",
                           filename="plan_lot12.pdf")
    return message.as_bytes()


def test_email_headers_body_and_attachments():
    preview = email_preview(make_email())
    assert preview.sender == "Agence Océane <agence@example.fr>"
    assert preview.cc == "José García <jose@example.es>"
    assert preview.subject == "Clés du lot 12"
    assert preview.date is not None and preview.date.hour == 9
    assert "les clés sont à l'agence." in preview.body and not preview.body_was_html
    assert [(a.name, a.size, a.mime) for a in preview.attachments] == [
        ("plan_lot12.pdf", 2009, "application/pdf")]


def test_an_html_body_is_reduced_to_safe_text():
    markup = ("<html><head><title>T</title><style>p{color:red}</style>"
              "<script>alert('x')</script></head><body><p>Bonjour&nbsp;<b>Jean</b>,</p>"
              "<img src='https://tracker.example/pixel.gif' alt=''>"
              "<ul><li>un</li><li>deux</li></ul><p>Cordialement</p></body></html>")
    preview = email_preview(make_email(markup))
    assert preview.body_was_html
    assert "Bonjour\xa0Jean," in preview.body
    assert "• un" in preview.body and "• deux" in preview.body and "Cordialement" in preview.body
    for unwanted in ("alert", "color:red", "tracker", "<", "ignored plain part"):
        assert unwanted not in preview.body


def test_html_to_text_keeps_pre_and_drops_hidden_parts():
    assert html_to_text("<pre>a  b\n c</pre><noscript>x</noscript>") == "a  b\n c"


def test_a_garbage_email_is_still_shown_as_far_as_it_goes():
    preview = email_preview(b"\xff\xfe not really an e-mail \x00\x01")
    assert preview.subject == "" and preview.attachments == []


# -- Word --------------------------------------------------------------------------------------------


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Rapport de visite", level=1)
    paragraph = document.add_paragraph("Le bien est ")
    paragraph.add_run("conforme").bold = True
    paragraph.add_run(" sous ")
    paragraph.add_run("réserve").italic = True
    document.add_paragraph("Point un", style="List Bullet")
    document.add_paragraph("Point deux", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Pièce"
    table.rows[0].cells[1].text = "Surface <m²>"
    table.rows[1].cells[0].text = "Salon"
    table.rows[1].cells[1].text = "24,5"
    document.add_paragraph("Fin du rapport")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_becomes_simple_html_in_document_order():
    preview = docx_preview(make_docx())
    markup = preview.html
    assert "<h2>Rapport de visite</h2>" in markup
    assert "Le bien est <b>conforme</b> sous <i>réserve</i>" in markup
    assert "<ul><li>Point un</li><li>Point deux</li></ul>" in markup
    assert "<td><p>Surface &lt;m²&gt;</p></td>" in markup  # escaped, never markup
    assert markup.index("Point deux") < markup.index("Pièce") < markup.index("Fin du rapport")
    assert not preview.truncated


def test_docx_text_is_capped():
    preview = docx_preview(make_docx(), limit=30)
    assert preview.truncated and preview.chars == 30 and "Fin du rapport" not in preview.html


def test_a_docx_zip_bomb_is_refused_quickly():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(210):  # 210 MB of zeros, about 200 KB compressed
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < 1_000_000
    started = time.perf_counter()
    with pytest.raises(UserError, match="zip bomb"):
        docx_preview(data)
    assert time.perf_counter() - started < 1.0


def test_docx_xml_over_the_preview_cap_is_refused(monkeypatch):
    monkeypatch.setattr(preview_content, "MAX_DOCX_XML_BYTES", 1000)
    with pytest.raises(UserError, match="its text expands"):
        docx_preview(make_docx())


@pytest.mark.parametrize("data", [b"PK\x03\x04 not a zip at all", b"plain bytes"])
def test_a_damaged_docx_is_refused_with_the_reason(data):
    with pytest.raises(UserError, match="damaged"):
        docx_preview(data)


def test_a_zip_without_word_content_is_refused():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("plan.txt", "plan")
    with pytest.raises(UserError, match="not a Word document"):
        docx_preview(out.getvalue())
