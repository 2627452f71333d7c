"""Bad and hostile files (DESIGN §6): each refused with the file's name and the reason,
nothing stored; good files give their type, pages and text."""

from __future__ import annotations

import struct
import zipfile
import zlib

import docx
import pytest
from fpdf import FPDF
from PIL import Image

from desktop_app.errors import UserError
from desktop_app.models import Blob, Case, Document, WorkArea
from desktop_app.services.cases import case_editing
from desktop_app.services.documents import document_import
from desktop_app.services.documents.extract import DOCX_MIME, inspect_file

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def make_pdf(path, pages=2):
    pdf = FPDF()
    for number in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(0, 10, f"Diagnostic amiante page {number + 1}")
    pdf.output(str(path))
    return path


def png_header_only(path, width, height):
    """A PNG whose header claims a huge image: the decoder must never be asked to allocate it."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def test_pdf_pages_and_text(tmp_path):
    facts = inspect_file(make_pdf(tmp_path / "rapport.pdf", pages=3))
    assert (facts.mime, facts.pages) == ("application/pdf", 3)
    assert "Diagnostic amiante page 3" in facts.text


def test_docx_text_including_tables(tmp_path):
    document = docx.Document()
    document.add_paragraph("Pedido de vehículo")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Modelo"
    table.rows[0].cells[1].text = "Ibiza FR"
    document.save(tmp_path / "pedido.docx")
    facts = inspect_file(tmp_path / "pedido.docx")
    assert facts.mime == DOCX_MIME and "Pedido de vehículo" in facts.text and "Ibiza FR" in facts.text


def test_multipage_tiff_counts_frames(tmp_path):
    frames = [Image.new("L", (200, 300), color) for color in (255, 200, 150)]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    facts = inspect_file(tmp_path / "scan.tiff")
    assert (facts.mime, facts.pages) == ("image/tiff", 3)


def test_eml_headers_and_body(tmp_path):
    (tmp_path / "mail.eml").write_text(
        "From: cliente@example.com\nTo: suporte@example.com\nSubject: Sem sinal\n\nDesde ontem sem internet.\n")
    facts = inspect_file(tmp_path / "mail.eml")
    assert facts.mime == "message/rfc822" and "Sem sinal" in facts.text and "sem internet" in facts.text


@pytest.mark.parametrize("maker, reason", [
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n this is not really a pdf \x00\x01"), "not a readable PDF"),
    (lambda p: p.mkdir(), "not a regular file"),
    (lambda p: None, "does not exist"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n garbage"), "not a readable image"),
    (lambda p: p.write_bytes(b"PK\x03\x04 broken zip"), "damaged zip"),
])
def test_bad_files_are_refused_with_name_and_reason(tmp_path, maker, reason):
    target = tmp_path / "Expediente ñandú 24006604.docx"
    maker(target)
    with pytest.raises(UserError) as caught:
        inspect_file(target)
    assert target.name in caught.value.message and reason in caught.value.message


def test_a_zip_bomb_docx_is_refused_before_it_is_expanded(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w/>")
        archive.writestr("word/media/huge.bin", b"\0" * (210 * 1024 * 1024))
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(UserError, match="zip bomb"):
        inspect_file(bomb)


def test_a_20000_by_20000_image_is_refused_without_decoding(tmp_path):
    with pytest.raises(UserError, match="image is too large"):
        inspect_file(png_header_only(tmp_path / "huge.png", 20000, 20000))


def test_a_refused_file_stores_nothing_and_the_batch_goes_on(offices, admin, tmp_path):
    area = WorkArea.get(WorkArea.code == "SIN")
    case, _ = case_editing.create_case(admin, area.id)
    good = make_pdf(tmp_path / "informe.pdf")
    empty = tmp_path / "vacío.pdf"
    empty.write_bytes(b"")
    result = document_import.import_files(offices, admin, case.id, [empty, good, tmp_path / "missing.pdf"])
    assert [d.original_name for d in result.added] == ["informe.pdf"]
    assert [p.name for p, _ in result.failed] == ["vacío.pdf", "missing.pdf"]
    assert Document.select().count() == 1 and Blob.select().count() == 1
    assert Case.get_by_id(case.id).document_count == 1


def test_storage_paths_never_come_from_file_names(offices, admin, tmp_path):
    area = WorkArea.get(WorkArea.code == "SIN")
    case, _ = case_editing.create_case(admin, area.id)
    odd = tmp_path / "..%2F..%2Fetc passwd ‮fdp.exe"
    make_pdf(odd)
    document, _ = document_import.add_document(offices, admin, case.id, odd)
    if offices.blobs.in_database:  # PostgreSQL: no path at all, the row named by the hash
        assert offices.blobs.read_bytes(document.blob_id) == odd.read_bytes()
        assert not (offices.data_dir / "blobs").exists()
    else:
        stored = offices.blobs.path_for(document.blob_id)
        assert stored.is_relative_to(offices.blobs.root) and stored.name == document.blob_id
    assert document.original_name == odd.name


def test_the_same_file_twice_in_a_case_is_refused(offices, admin, tmp_path):
    area = WorkArea.get(WorkArea.code == "SIN")
    case, _ = case_editing.create_case(admin, area.id)
    pdf = make_pdf(tmp_path / "informe.pdf")
    document_import.add_document(offices, admin, case.id, pdf)
    with pytest.raises(UserError, match="already in case"):
        document_import.add_document(offices, admin, case.id, pdf)
    assert Document.select().count() == 1


def test_an_email_with_an_unknown_charset_is_refused_and_the_batch_goes_on(offices, admin, tmp_path):
    area = WorkArea.get(WorkArea.code == "ATD")
    case, _ = case_editing.create_case(admin, area.id)
    bad = tmp_path / "reclamação.eml"
    bad.write_bytes(b"From: a@b.c\nSubject: x\nContent-Type: text/plain; charset=x-nonexistent\n\nol\xe1\n")
    good = tmp_path / "nota.txt"
    good.write_text("Cliente sem sinal desde ontem.", encoding="utf-8")
    result = document_import.import_files(offices, admin, case.id, [bad, good])
    assert [d.original_name for d in result.added] == ["nota.txt"]
    assert "reclamação.eml" in result.failed[0][1] and "not a readable e-mail" in result.failed[0][1]
