"""A small diagnostics office with real files, built once and copied into each test's data dir.

Case numbers (newest first in the list): D25-000006 has the documents (a PDF report, a
photo, a note, a zip archive, a PDF whose stored content was damaged afterwards);
D25-000005 has an invoice paid in 1 of 3 installments; D25-000004 a quote awaiting an
answer; the technician "tech" is assigned only D25-000001 and D25-000002.
"""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.models import Contact, IndexField, IndexValue, Role, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.billing import invoices, quotes
from desktop_app.services.cases import case_editing
from desktop_app.services.documents import document_import
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from tests.ui.helpers import expected_answers

OWNERS = [("Jean", "Dupont", "Nantes"), ("Claire", "Martin", "Rennes"), ("Luc", "Bernard", "Brest"),
          ("Anne", "Moreau", "Vannes"), ("Paul", "Girard", "Nantes"), ("Julie", "Faure", "Angers")]


@dataclass(frozen=True)
class Office:
    """What the tests need to know about the built office."""

    data_dir: Path
    documents_case: str  # number of the case with the files
    billing_case: str
    quote_case: str
    documents: dict[str, int]  # file name → document id


def _pdf(path: Path, title: str, pages: int = 2) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for page in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"{title} - page {page + 1}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _build(data_dir: Path, files: Path) -> Office:
    workspace = open_workspace(data_dir, create=True)
    try:
        with write_transaction():
            presets.create_office("diagnostics")
            User.create(login="tech", full_name="Marie Lefèvre", initials="ML",
                        role=Role.get(Role.code == RoleCode.TECHNICIAN))
        admin = auth.default_actor()
        tech = User.get(User.login == "tech")
        area = WorkArea.get()
        numbers = []
        for position, (first, last, city) in enumerate(OWNERS):
            with write_transaction():
                owner = Contact.create(first_name=first, last_name=last, city=city)
            case, _changes = case_editing.create_case(
                admin, area.id, owner=owner.id, city=city, amount=Decimal("1250.00") + position,
                tariff=Decimal("390.50"), assigned_user=tech.id if position < 2 else None,
                appointment_at=dt.datetime(2026, 3, 7, 9, 30, tzinfo=dt.UTC))
            numbers.append(case)
        with write_transaction():
            for field in IndexField.select().where(IndexField.work_area == area.id):
                value = {"mission": "DPE", "surface": "84.5", "keys_at_agency": "1"}.get(field.code)
                if value:
                    IndexValue.create(case=numbers[-1].id, field=field, value=value)
        with_files = numbers[-1]
        photo = files / "photo_facade.png"
        Image.new("RGB", (1200, 800), (200, 220, 240)).save(photo)
        note = files / "note.txt"
        note.write_text("Client joignable le matin.\nClés à l'agence.", encoding="utf-8")
        archive = files / "plans.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("plan.txt", "plan")
        damaged = _pdf(files / "damaged.pdf", "Damaged")
        ids = {}
        for path in (damaged, archive, note, photo, _pdf(files / "rapport_dpe.pdf", "Rapport DPE")):
            document, _changes = document_import.add_document(workspace, admin, with_files.id, path)
            ids[path.name] = document.id
        # The stored content of damaged.pdf goes bad after it was added (disk fault, tampering).
        blob = workspace.blobs.path_for(documents_blob(ids["damaged.pdf"]))
        blob.chmod(0o644)
        blob.write_bytes(b"%PDF-1.4\nthis is not a PDF any more")
        invoice, _changes = invoices.issue_invoice(
            admin, numbers[-2].id, [("DPE", Decimal(1), Decimal("325.42"), Decimal(20))], installments=3)
        invoices.record_payment(admin, invoice.id, installment_id=invoice.installments[0].id)
        quotes.send_quote(admin, numbers[-3].id, Decimal("390.50"))
        return Office(data_dir, with_files.number, numbers[-2].number, numbers[-3].number, ids)
    finally:
        close_workspace(workspace)


def documents_blob(document_id: int) -> str:
    from desktop_app.models import Document

    return Document.get_by_id(document_id).blob_id


@pytest.fixture(scope="session", autouse=True)
def english_locale():
    """Money and dates as a British-English clerk reads them, whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(scope="session")
def office_template(tmp_path_factory) -> Office:
    root = tmp_path_factory.mktemp("office")
    files = root / "files"
    files.mkdir()
    return _build(root / "data", files)


@pytest.fixture
def office(office_template: Office, tmp_path: Path) -> Office:
    """A private copy of the office for one test (tests may change data and settings)."""
    data_dir = tmp_path / "data"
    shutil.copytree(office_template.data_dir, data_dir)
    return Office(data_dir, office_template.documents_case, office_template.billing_case,
                  office_template.quote_case, office_template.documents)


@pytest.fixture
def window(qtbot, office: Office):
    from desktop_app.app import create_main_window, wait_until_settled

    main = create_main_window(office.data_dir)
    qtbot.addWidget(main)
    main.resize(1600, 900)
    main.show()
    qtbot.waitExposed(main)
    assert wait_until_settled(main)  # the list loads in the background
    yield main
    main.close()
    close_workspace(main.session.workspace)


@pytest.fixture(autouse=True)
def unexpected_questions_are_discarded(qtbot):
    """A failed test may leave edits behind, and closing the window then asks: answer Discard
    so the run goes on (a question a test did not announce with `answer_next_dialog`)."""
    def watch() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "indexUnsavedDialog" and not expected_answers:
            box.button(QMessageBox.StandardButton.Discard).click()
    timer = QTimer(interval=50)
    timer.timeout.connect(watch)
    timer.start()
    yield
    timer.stop()
    expected_answers.clear()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """A 400-case demo office (no files), built once per module and copied by each test."""
    from desktop_app.demo.generate import generate_demo
    data_dir = tmp_path_factory.mktemp("ui-demo") / "data"
    ws = open_workspace(data_dir, create=True)
    try:
        generate_demo(ws, cases=400, seed=11, documents=0)
    finally:
        close_workspace(ws)
    return data_dir
