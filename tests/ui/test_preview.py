"""The preview pane: PDF and image rendered off the GUI thread, text, and the friendly failures."""

from __future__ import annotations

import struct
import threading
import time
import zlib
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop_app.models import Case, Document
from desktop_app.services.documents import document_copies, document_import
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.views.common.session import Session
from desktop_app.views.preview import preview_pane
from desktop_app.views.preview.preview_render import render_preview


def preview(qtbot, window, office, file_name: str) -> tuple[object, str]:
    """Selects a document of the case with files and waits for its preview."""
    case_id = next(r.id for r in (window.case_list.model.case_row(i)
                                  for i in range(window.case_list.model.rowCount()))
                   if r.number == office.documents_case)
    window.case_list.select_case(case_id)
    document_id = office.documents[file_name]
    with qtbot.waitSignal(window.preview.sig_preview_finished, timeout=10_000,
                          check_params_cb=lambda doc, _kind: doc == document_id) as finished:
        row = next(r for r in range(window.documents.model.rowCount())
                   if window.documents.model.document_id(r) == document_id)
        window.documents.table.selectRow(row)
    return finished.args


def test_pdf_first_page_is_rendered_to_an_image(qtbot, window, office):
    _doc, kind = preview(qtbot, window, office, "rapport_dpe.pdf")
    assert kind == "image"
    assert window.preview.page_name == "previewImagePage"
    pixmap = window.preview.image_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 400
    assert "page 1 of 2" in window.preview.caption.text()


def test_image_is_decoded_at_the_pane_width(qtbot, window, office):
    _doc, kind = preview(qtbot, window, office, "photo_facade.png")
    assert kind == "image"
    pixmap = window.preview.image_label.pixmap()
    assert 400 < pixmap.width() < 1200  # scaled down to the pane, not decoded in full
    assert abs(pixmap.height() - pixmap.width() * 800 / 1200) <= 1


def test_plain_text_is_shown_as_text(qtbot, window, office):
    _doc, kind = preview(qtbot, window, office, "note.txt")
    assert kind == "text"
    assert window.preview.page_name == "previewText"
    assert "Clés à l'agence" in window.preview.text_page.toPlainText()


@pytest.mark.parametrize(("file_name", "why"), [("plans.zip", "application/zip"), ("damaged.pdf", "damaged")])
def test_unusable_files_get_the_friendly_panel(qtbot, window, office, file_name, why):
    _doc, kind = preview(qtbot, window, office, file_name)
    assert kind == "unavailable"
    assert window.preview.page_name == "previewUnavailable"
    assert why in window.preview.reason_label.text()


def test_a_missing_content_file_is_explained_not_crashed(qtbot, window, office):
    from desktop_app.models import Document

    blob = Document.get_by_id(office.documents["photo_facade.png"]).blob_id
    window.session.workspace.blobs.path_for(blob).unlink()
    _doc, kind = preview(qtbot, window, office, "photo_facade.png")
    assert kind == "unavailable"
    assert "missing from the store" in window.preview.reason_label.text()


def test_quick_moves_only_render_the_document_the_clerk_stops_on(qtbot, window, office):
    preview(qtbot, window, office, "note.txt")
    seen = []
    window.preview.sig_preview_finished.connect(lambda doc, kind: seen.append(doc))
    for name in ("photo_facade.png", "plans.zip", "rapport_dpe.pdf"):
        window.preview.show_document(office.documents[name])
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10_000)
    assert seen == [office.documents["rapport_dpe.pdf"]]
    assert window.preview.page_name == "previewImagePage"


def test_render_preview_runs_without_widgets_and_is_fast(qapp, office):
    workspace = open_workspace(office.data_dir)
    try:
        session = Session(workspace, auth.default_actor())
        started = time.perf_counter()
        result = render_preview(session, office.documents["rapport_dpe.pdf"], QSize(800, 1000))
        elapsed = time.perf_counter() - started
    finally:
        close_workspace(workspace)
    assert result.kind == "image" and result.image.width() == 800
    assert elapsed < 2.0  # the budget is 100 ms (DESIGN §5); this only catches a gross regression


def test_a_much_wider_pane_renders_the_page_again(qtbot, window, office):
    preview(qtbot, window, office, "rapport_dpe.pdf")
    narrow = window.preview.image_label.pixmap().width()
    with qtbot.waitSignal(window.preview.sig_preview_finished, timeout=10_000):
        window.preview_dock.setFloating(True)
        window.preview_dock.resize(1200, 800)
    assert window.preview.image_label.pixmap().width() > narrow * 1.5


# -- every kind of file, page navigation, zoom and fit, stale results (files made here) -----------------

def add_to_case(window, office, path: Path) -> int:
    """Stores a file as a document of the fixture office's case with files; returns its id."""
    case = Case.get(Case.number == office.documents_case)
    document, _changes = document_import.add_document(window.session.workspace, window.session.actor, case.id, path)
    return document.id


def replace_stored_content(window, document_id: int, data: bytes) -> None:
    """The stored file goes bad after it was added (disk fault, tampering, an older import)."""
    blob = window.session.workspace.blobs.path_for(Document.get_by_id(document_id).blob_id)
    blob.chmod(0o644)
    blob.write_bytes(data)


def show(qtbot, window, document_id: int) -> str:
    """Shows a document in the preview and waits for it; returns the kind shown."""
    with qtbot.waitSignal(window.preview.sig_preview_finished, timeout=10_000,
                          check_params_cb=lambda doc, _kind: doc == document_id) as finished:
        window.preview.show_document(document_id)
    return finished.args[1]


def rendered(qtbot, window, action) -> None:
    """Runs a page/zoom action and waits for the page it asked for."""
    with qtbot.waitSignal(window.preview.sig_preview_finished, timeout=10_000):
        action()


def numbered_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=40)
    for page in range(pages):
        pdf.add_page()
        pdf.set_y(20 + 18 * page)  # the text moves down page by page: each page draws differently
        pdf.cell(0, 20, f"Page {page + 1}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def image_of(window) -> QImage:
    return window.preview.image_label.pixmap().toImage()


def test_pdf_page_navigation_renders_only_the_new_page(qtbot, window, office, tmp_path, monkeypatch):
    document_id = add_to_case(window, office, numbered_pdf(tmp_path / "rapport_12.pdf", 12))
    pane = window.preview
    assert show(qtbot, window, document_id) == "image"
    assert pane.page_box.text() == "1 / 12" and pane.page_count == 12
    assert not pane.previous_action.isEnabled() and pane.next_action.isEnabled()
    first = image_of(window)
    reads, full_renders = [], []
    monkeypatch.setattr(document_copies, "read_content", lambda *args, **kw: reads.append(args))
    original_render = preview_pane.render_preview
    monkeypatch.setattr(preview_pane, "render_preview", lambda *a: full_renders.append(a) or original_render(*a))

    rendered(qtbot, window, lambda: pane.page_box.setValue(5))  # typed into the page box
    assert pane.current_page == 4 and pane.page_box.text() == "5 / 12"
    assert "page 5 of 12" in pane.caption.text()
    assert image_of(window) != first
    assert reads == [] and full_renders == []  # the bytes came with the first result

    pane.image_page.setFocus()
    rendered(qtbot, window, lambda: qtbot.keyClick(pane.image_page, Qt.Key.Key_PageDown))
    assert pane.page_box.text() == "6 / 12"
    rendered(qtbot, window, lambda: qtbot.keyClick(pane.image_page, Qt.Key.Key_PageUp))
    rendered(qtbot, window, pane.previous_action.trigger)
    assert pane.page_box.text() == "4 / 12"
    rendered(qtbot, window, lambda: pane.go_to_page(99))
    assert pane.page_box.text() == "12 / 12" and not pane.next_action.isEnabled()


def test_zoom_in_and_out_change_the_rendered_size(qtbot, window, office, tmp_path):
    document_id = add_to_case(window, office, numbered_pdf(tmp_path / "zoom.pdf", 2))
    pane = window.preview
    show(qtbot, window, document_id)
    width = pane.image_label.pixmap().width()
    zoom = pane.zoom
    rendered(qtbot, window, pane.zoom_in_action.trigger)
    assert pane.fit_mode == "zoom" and pane.zoom > zoom
    assert pane.image_label.pixmap().width() > width
    assert pane.zoom_box.currentText() == f"{round(pane.zoom * 100)}%"
    bigger = pane.image_label.pixmap().width()

    pane.image_page.setFocus()
    rendered(qtbot, window, lambda: qtbot.keyClick(pane.image_page, Qt.Key.Key_Minus,
                                                  Qt.KeyboardModifier.ControlModifier))
    assert pane.image_label.pixmap().width() < bigger

    viewport = pane.image_page.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    before = pane.image_label.pixmap().width()
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    rendered(qtbot, window, lambda: QApplication.sendEvent(viewport, wheel))
    assert pane.image_label.pixmap().width() > before

    pane.zoom_box.lineEdit().setText("200")
    rendered(qtbot, window, pane._on_zoom_typed)
    assert pane.zoom == pytest.approx(2.0)
    a4_width_at_200 = 210 / 25.4 * 96 * 2 * pane.devicePixelRatioF()
    assert pane.image_label.pixmap().width() == pytest.approx(a4_width_at_200, abs=2)


def test_fit_width_and_fit_page(qtbot, window, office, tmp_path):
    document_id = add_to_case(window, office, numbered_pdf(tmp_path / "fit.pdf", 3))
    pane = window.preview
    show(qtbot, window, document_id)
    rendered(qtbot, window, lambda: pane.set_zoom(3.0))
    qtbot.waitUntil(lambda: pane.image_page.horizontalScrollBar().maximum() > 0)  # after the layout pass

    rendered(qtbot, window, pane.fit_width_action.trigger)
    assert pane.fit_mode == "width" and pane.fit_width_action.isChecked()
    viewport = pane.image_page.viewport()
    ratio = pane.devicePixelRatioF()
    assert viewport.width() - 2 * pane.image_page.verticalScrollBar().sizeHint().width() \
        <= pane.image_label.pixmap().width() / ratio <= viewport.width()
    qtbot.waitUntil(lambda: pane.image_page.horizontalScrollBar().maximum() == 0)

    rendered(qtbot, window, pane.fit_page_action.trigger)
    assert pane.fit_page_action.isChecked() and not pane.fit_width_action.isChecked()
    pixmap = pane.image_label.pixmap()
    assert pixmap.height() / ratio <= pane.stack.height()
    qtbot.waitUntil(lambda: pane.image_page.verticalScrollBar().maximum() == 0)  # the whole page is in view


def test_multi_page_tiff_navigates_like_a_pdf(qtbot, window, office, tmp_path):
    greys = (250, 160, 70)
    frames = [Image.new("L", (600, 850), grey) for grey in greys]
    frames[0].save(tmp_path / "scan_3p.tiff", save_all=True, append_images=frames[1:])
    document_id = add_to_case(window, office, tmp_path / "scan_3p.tiff")
    pane = window.preview
    assert show(qtbot, window, document_id) == "image"
    assert pane.page_box.text() == "1 / 3" and pane.page_box_action.isVisible()
    seen = [QColor(image_of(window).pixel(10, 10)).red()]
    for expected in ("2 / 3", "3 / 3"):
        rendered(qtbot, window, pane.next_action.trigger)
        assert pane.page_box.text() == expected
        seen.append(QColor(image_of(window).pixel(10, 10)).red())
    assert seen == list(greys)
    assert not pane.next_action.isEnabled()


def test_a_single_image_has_zoom_but_no_page_tools(qtbot, window, office):
    pane = window.preview
    show(qtbot, window, office.documents["photo_facade.png"])
    assert pane.toolbar.isVisible() and pane.zoom_box_action.isVisible() and pane.fit_page_action.isVisible()
    assert not pane.page_box_action.isVisible() and not pane.next_action.isVisible()


def png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


def test_an_absurd_image_header_gets_the_refusal_panel(qtbot, window, office, tmp_path):
    """Import refuses such a file already (services/documents/extract.py); the preview is the second line of defence."""
    Image.new("RGB", (40, 30), (10, 20, 30)).save(tmp_path / "plan_facade.png")
    document_id = add_to_case(window, office, tmp_path / "plan_facade.png")
    replace_stored_content(window, document_id, png_header_only(30000, 30000))
    pane = window.preview
    assert show(qtbot, window, document_id) == "unavailable"
    assert pane.page_name == "previewUnavailable"
    reason = pane.reason_label.text()
    assert "30000 × 30000" in reason and "900 megapixels" in reason and "150 megapixels" in reason
    assert pane.open_button.isVisible() and not pane.toolbar.isVisible() and not pane.open_tool.isVisible()
    with qtbot.waitSignal(pane.sig_open_externally, check_params_cb=lambda doc: doc == document_id):
        qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)


def test_docx_is_shown_readably(qtbot, window, office, tmp_path):
    document = docx.Document()
    document.add_heading("Rapport de repérage amiante", level=1)
    paragraph = document.add_paragraph("Conclusion : ")
    paragraph.add_run("absence d'amiante").bold = True
    table = document.add_table(rows=2, cols=2)
    for row, (room, result) in enumerate((("Pièce", "Résultat"), ("Cuisine", "Négatif"))):
        table.rows[row].cells[0].text = room
        table.rows[row].cells[1].text = result
    document.save(tmp_path / "reperage.docx")
    document_id = add_to_case(window, office, tmp_path / "reperage.docx")
    pane = window.preview
    assert show(qtbot, window, document_id) == "rich"
    assert pane.page_name == "previewRich"
    text = pane.rich_page.toPlainText()
    for expected in ("Rapport de repérage amiante", "absence d'amiante", "Cuisine", "Négatif"):
        assert expected in text
    heading = pane.rich_page.document().firstBlock()
    assert heading.text() == "Rapport de repérage amiante" and heading.blockFormat().headingLevel() == 2
    assert not pane.toolbar.isVisible() and pane.open_tool.isVisible()  # no pages, no zoom: no toolbar


def test_an_email_shows_headers_body_and_attachments(qtbot, window, office, tmp_path):
    message = EmailMessage()
    message["From"] = "Agence Océane <agence@example.fr>"
    message["To"] = "diagnostics@example.fr"
    message["Cc"] = "notaire@example.fr"
    message["Date"] = "Tue, 03 Mar 2026 09:15:00 +0000"
    message["Subject"] = "Clés du lot 12"
    message.set_content("Bonjour,\nles clés sont à l'agence jusqu'à 18 h.\n")
    message.add_attachment(b"%PDF-1.4\n" + b"0" * 3000, maintype="application", subtype="pdf",
                           filename="plan_lot12.pdf")
    (tmp_path / "cles.eml").write_bytes(message.as_bytes())
    document_id = add_to_case(window, office, tmp_path / "cles.eml")
    pane = window.preview
    assert show(qtbot, window, document_id) == "rich"
    text = pane.rich_page.toPlainText()
    for expected in ("From:", "Agence Océane <agence@example.fr>", "Cc:", "notaire@example.fr",
                     "Subject:", "Clés du lot 12", "03/03/2026", "les clés sont à l'agence jusqu'à 18 h.",
                     "Attachments (1)", "plan_lot12.pdf"):
        assert expected in text, expected


def test_a_cp1252_text_file_is_read_with_its_accents(qtbot, window, office, tmp_path):
    (tmp_path / "consignes.txt").write_bytes("Clés à l'accueil – code 12 €\r\nRappeler Mme Lefèvre".encode("cp1252"))
    document_id = add_to_case(window, office, tmp_path / "consignes.txt")
    pane = window.preview
    assert show(qtbot, window, document_id) == "text"
    assert pane.text_page.toPlainText() == "Clés à l'accueil – code 12 €\nRappeler Mme Lefèvre"
    assert not pane.notice.isVisible()


def test_a_long_text_says_that_only_its_beginning_is_shown(qtbot, window, office, tmp_path):
    (tmp_path / "journal.txt").write_text("ligne de journal\n" * 40_000, encoding="utf-8")  # 680 KB
    document_id = add_to_case(window, office, tmp_path / "journal.txt")
    pane = window.preview
    assert show(qtbot, window, document_id) == "text"
    assert len(pane.text_page.toPlainText()) <= 256 * 1024
    assert pane.notice.isVisible() and "Showing the first 256" in pane.notice.text()


def test_a_zip_gets_the_cannot_show_panel_with_open_externally(qtbot, window, office):
    pane = window.preview
    assert show(qtbot, window, office.documents["plans.zip"]) == "unavailable"
    assert "application/zip" in pane.reason_label.text()
    assert pane.open_button.isVisible()
    with qtbot.waitSignal(pane.sig_open_externally,
                          check_params_cb=lambda doc: doc == office.documents["plans.zip"]):
        pane.open_button.click()


def test_a_truncated_pdf_gets_the_cannot_show_panel_naming_the_reason(qtbot, window, office, tmp_path):
    path = numbered_pdf(tmp_path / "tronque.pdf", 4)
    document_id = add_to_case(window, office, path)
    data = path.read_bytes()
    replace_stored_content(window, document_id, data[:len(data) // 2])
    pane = window.preview
    assert show(qtbot, window, document_id) == "unavailable"
    assert "damaged or incomplete" in pane.reason_label.text()
    assert pane.open_button.isVisible()


def test_a_slow_render_of_a_document_already_left_is_dropped(qtbot, window, office, monkeypatch):
    slow_id, quick_id = office.documents["rapport_dpe.pdf"], office.documents["note.txt"]
    started, release = threading.Event(), threading.Event()
    original_render = preview_pane.render_preview

    def render(session, document_id, *args):
        if document_id == slow_id:
            started.set()
            release.wait(10)
        return original_render(session, document_id, *args)

    monkeypatch.setattr(preview_pane, "render_preview", render)
    pane = window.preview
    seen = []
    pane.sig_preview_finished.connect(lambda doc, kind: seen.append((doc, kind)))
    pane.show_document(slow_id)
    qtbot.waitUntil(started.is_set, timeout=5_000)
    assert show(qtbot, window, quick_id) == "text"
    release.set()
    qtbot.waitUntil(lambda: not pane._task._pending, timeout=10_000)  # the slow result has arrived
    assert seen == [(quick_id, "text")]
    assert pane.document_id == quick_id and pane.page_name == "previewText"
    assert "Clés à l'agence" in pane.text_page.toPlainText()


def test_rapid_selection_of_five_documents_renders_once(qtbot, window, office, monkeypatch):
    calls = []
    original_render = preview_pane.render_preview
    monkeypatch.setattr(preview_pane, "render_preview",
                        lambda session, document_id, *a: calls.append(document_id)
                        or original_render(session, document_id, *a))
    preview(qtbot, window, office, "note.txt")  # the case is selected, its documents listed
    calls.clear()
    names = ("photo_facade.png", "plans.zip", "damaged.pdf", "note.txt", "rapport_dpe.pdf")
    table = window.documents.table
    rows = {window.documents.model.document_id(r): r for r in range(window.documents.model.rowCount())}
    with qtbot.waitSignal(window.preview.sig_preview_finished, timeout=10_000):
        for name in names:
            table.selectRow(rows[office.documents[name]])
    qtbot.waitUntil(lambda: not window.preview.busy, timeout=10_000)
    assert calls == [office.documents["rapport_dpe.pdf"]]
    assert window.preview.document_id == office.documents["rapport_dpe.pdf"]
