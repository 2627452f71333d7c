"""`casedesk selftest`: proves an installation works end to end, in a throw-away office.

Builds a temporary office, makes a PDF (fpdf2) and a DOCX (python-docx) and adds them
to a case (which extracts their text), renders page 1 of the stored PDF with pypdfium2,
reads the stored DOCX back, and, when PySide6 is there, builds the main window and grabs
it. Each failing step gives one line naming the step and the reason; an empty list
means everything works. The temporary folder is removed at the end.
"""

from __future__ import annotations

import importlib.util
import io
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.errors import describe

log = logging.getLogger(__name__)

MARKER = "CaseDesk selftest Évora São Paulo"


class _Skip(Exception):
    """A step that cannot run because an earlier one failed."""


def run_selftest() -> list[str]:
    """Runs every step; returns one line per failed step (empty: all good)."""
    failures: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="casedesk-selftest-"))
    data_dir = root / "office"
    found: dict[str, Any] = {}

    def step(name: str, action: Callable[[], object]) -> None:
        try:
            action()
        except _Skip:
            pass
        except Exception as exc:
            log.info("selftest step %s failed", name, exc_info=True)  # the log file, not stderr
            failures.append(f"{name}: {describe(exc)}")

    def need(key: str) -> Any:
        if key not in found:
            raise _Skip
        return found[key]

    try:
        step("office", lambda: _make_office(data_dir, found))
        step("pdf import", lambda: _add_pdf(root, need("workspace"), need("actor"), need("case"), found))
        step("docx import", lambda: _add_docx(root, need("workspace"), need("actor"), need("case"), found))
        step("pdf render", lambda: _render_pdf(need("workspace"), need("pdf_sha")))
        step("docx read", lambda: _read_docx(need("workspace"), need("docx_sha")))
        _close(found)
        if importlib.util.find_spec("PySide6") is not None:
            step("main window", lambda: _grab_window(data_dir if "case" in found else None))
    finally:
        _close(found)
        _release_database()
        shutil.rmtree(root, ignore_errors=True)
    return failures


def _make_office(data_dir: Path, found: dict[str, Any]) -> None:
    from desktop_app.models import WorkArea
    from desktop_app.services.cases.case_editing import create_case
    from desktop_app.services.office.workspace import open_workspace
    from desktop_app.services.people import auth
    from desktop_app.services.settings import presets
    from desktop_app.storage.database import write_transaction

    workspace = open_workspace(data_dir, create=True)
    found["workspace"] = workspace
    with write_transaction():
        office = presets.create_office("diagnostics")
    actor = auth.default_actor()
    area = WorkArea.select().where(WorkArea.office == office.id).order_by(WorkArea.id).get()
    case, _changes = create_case(actor, area.id, internal_ref="Selftest", city="Nantes")
    found.update(actor=actor, case=case)


def _check_text(document: Any, what: str) -> None:
    if MARKER not in (document.text or ""):
        raise AssertionError(f"the text extracted from the {what} lacks “{MARKER}” "
                             f"(got {document.text[:80]!r})")


def _add_pdf(root: Path, workspace: Any, actor: Any, case: Any, found: dict[str, Any]) -> None:
    from fpdf import FPDF

    from desktop_app.services.documents.document_import import add_document

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.cell(0, 12, MARKER)
    pdf.set_fill_color(30, 90, 160)
    pdf.rect(20, 40, 120, 60, style="F")
    path = root / "selftest.pdf"
    path.write_bytes(bytes(pdf.output()))
    document, _changes = add_document(workspace, actor, case.id, path)
    if document.pages != 1:
        raise AssertionError(f"the PDF should have 1 page, the import counted {document.pages}")
    _check_text(document, "PDF")
    found["pdf_sha"] = document.blob_id


def _add_docx(root: Path, workspace: Any, actor: Any, case: Any, found: dict[str, Any]) -> None:
    import docx

    from desktop_app.services.documents.document_import import add_document

    document_file = docx.Document()
    document_file.add_heading("CaseDesk", level=1)
    document_file.add_paragraph(MARKER)
    path = root / "selftest.docx"
    document_file.save(str(path))
    document, _changes = add_document(workspace, actor, case.id, path)
    _check_text(document, "DOCX")
    found["docx_sha"] = document.blob_id


def _render_pdf(workspace: Any, sha: str) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(workspace.blobs.read_bytes(sha))
    try:
        page = pdf[0]
        try:
            image = page.render(scale=1).to_pil().convert("L")
        finally:
            page.close()
    finally:
        pdf.close()
    darkest, _lightest = image.getextrema()
    if image.width < 100 or image.height < 100:
        raise AssertionError(f"page 1 rendered to a {image.width}×{image.height} image")
    if darkest > 200:
        raise AssertionError("page 1 rendered blank")


def _read_docx(workspace: Any, sha: str) -> None:
    import docx

    document = docx.Document(io.BytesIO(workspace.blobs.read_bytes(sha)))
    text = "\n".join(p.text for p in document.paragraphs)
    if MARKER not in text:
        raise AssertionError(f"the stored DOCX does not read back (got {text[:80]!r})")


def _close(found: dict[str, Any]) -> None:
    workspace = found.pop("workspace", None)
    if workspace is not None:
        from desktop_app.services.office.workspace import close_workspace

        close_workspace(workspace)


def _release_database() -> None:
    try:
        from desktop_app.storage import database

        database.close()
    except Exception:  # the step that opened it has reported already
        log.debug("closing the selftest database failed", exc_info=True)


def _needs_offscreen() -> bool:
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _grab_window(data_dir: Path | None) -> None:
    if data_dir is None:
        raise _Skip
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "casedesk"])
    from desktop_app.app import create_main_window

    window = create_main_window(data_dir)
    try:
        window.resize(1200, 800)
        app.processEvents()
        pixmap = window.grab()
        if pixmap.isNull() or pixmap.width() < 10 or pixmap.height() < 10:
            raise AssertionError("grabbing the main window gave an empty picture")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
