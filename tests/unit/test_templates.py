"""Generated documents: every shipped template filled for a real case, the sandbox's refusals,
office templates replacing shipped ones, PDF with and without LibreOffice, the missing-documents
letter and its communication, and the permission check."""

from __future__ import annotations

import datetime as dt
import os
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import (
    AuditEvent,
    Communication,
    Contact,
    DeliveryNote,
    Document,
    DocumentType,
    IndexField,
    IndexValue,
    RequiredField,
    Role,
    ServiceOrder,
    Status,
    User,
    WorkArea,
    Workflow,
)
from desktop_app.models.states import DocumentSource, RoleCode
from desktop_app.services.billing import invoices, quotes
from desktop_app.services.cases import case_editing
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_import
from desktop_app.services.documents.extract import DOCX_MIME
from desktop_app.services.templates import document_templates, template_sandbox
from desktop_app.services.templates.template_context import NBSP, Formatter
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

FIELD_VALUES = {"mission": "DPE", "surface": "84.5", "model": "Seat León 1.5 TSI", "vin": "VSSZZZKLZPR012345",
                "price": "24990.00", "login": "claire.martin", "opa_protocol": "OPA-778812", "policy": "POL-99"}


def make_case(admin, area_code: str, *, prescriber: bool = True):
    """A case of the area with an owner (and an agency as prescriber), index values, a quote, an
    invoice with two lines, a service order and a delivery note."""
    area = WorkArea.get(WorkArea.code == area_code)
    with write_transaction():
        owner = Contact.create(first_name="Claire", last_name="Martin", address="12 rue des Lilas",
                               postal_code="44000", city="Nantes")
        agent = Contact.create(kind="company", company="Agence du Port") if prescriber else None
    case, _ = case_editing.create_case(admin, area.id, owner=owner.id, prescriber=agent.id if agent else None,
                                subject="Vente maison T4", city="Nantes", amount=Decimal("1234.56"))
    with write_transaction():
        for field in IndexField.select().where(IndexField.work_area == area.id):
            if field.code in FIELD_VALUES:
                IndexValue.create(case=case.id, field=field, value=FIELD_VALUES[field.code])
        ServiceOrder.create(case=case.id, number=1, trade="Fontanería", description="Cambio de llave de paso")
        DeliveryNote.create(case=case.id, number="ALB-0042", amount=Decimal("180.00"))
    quotes.send_quote(admin, case.id, Decimal("1234.56"), number="Q-77")
    invoices.issue_invoice(admin, case.id, [("Diagnostic DPE", Decimal(1), Decimal("325.42"), Decimal(20)),
                                           ("Repérage amiante", Decimal("2.5"), Decimal("1000"), Decimal(20))],
                          number="F-2026-9")
    return case


def docx_text(data: bytes, tmp_path: Path) -> str:
    """All the text of a DOCX: body paragraphs, tables (nested too), headers and footers."""
    path = tmp_path / "out.docx"
    path.write_bytes(data)
    document = docx.Document(str(path))
    parts: list[str] = []

    def tables(items):
        for table in items:
            for row in table.rows:
                for cell in row.cells:
                    parts.extend(p.text for p in cell.paragraphs)
                    tables(cell.tables)

    parts.extend(p.text for p in document.paragraphs)
    tables(document.tables)
    for section in document.sections:
        for part in (section.header, section.footer):
            parts.extend(p.text for p in part.paragraphs)
            tables(part.tables)
    return "\n".join(parts)


def stored_text(workspace, generated, tmp_path) -> str:
    return docx_text(workspace.blobs.read_bytes(generated.document.blob_id), tmp_path)


# (template, work area, texts the document must show: a formatted amount in the office's locale…)
SHIPPED_CASES = [
    ("quote", "DIAG", ["Devis Q-77", f"1{NBSP}234,56{NBSP}€", "Vente maison T4", "Total TTC"]),
    ("invoice", "ATD", ["Fatura F-2026-9", f"R${NBSP}3.390,50", f"R${NBSP}325,42", "Diagnostic DPE",
                        "Repérage amiante", "2,5", "Subtotal"]),
    ("delivery_note", "SIN", ["Albarán ALB-0042", f"180,00{NBSP}€", "Cambio de llave de paso", "Fontanería"]),
    ("diagnostic_report_cover", "DIAG", ["Rapport de diagnostic", "Surface (m²): 84,5", "Agence du Port"]),
    ("vehicle_order", "VN", ["Pedido de vehículo", f"24.990,00{NBSP}€", "VSSZZZKLZPR012345", "Seat León 1.5 TSI"]),
    ("discount_request", "ATD", ["Solicitação de desconto em fatura", "OPA-778812", "claire.martin",
                                 f"F-2026-9 R${NBSP}3.390,50"]),
]


@pytest.mark.parametrize(("key", "area_code", "expected"), SHIPPED_CASES, ids=[c[0] for c in SHIPPED_CASES])
def test_each_shipped_template_fills_in_for_a_real_case(offices, admin, tmp_path, key, area_code, expected):
    case = make_case(admin, area_code)
    choices = {c.key: c for c in document_templates.available_templates(offices, admin, case.id)}
    assert key in choices and not choices[key].from_data_dir
    generated = document_templates.render(offices, admin, case.id, key)
    text = stored_text(offices, generated, tmp_path)
    assert case.number in text
    assert "Martin Claire" in text  # the owner
    for item in expected:
        assert item in text, (item, text)
    assert "{{" not in text and "{%" not in text
    document = generated.document
    assert document.source == DocumentSource.GENERATED and document.mime == DOCX_MIME
    assert document.title.endswith(case.number) and generated.format == "docx" and generated.notice == ""
    expected_type = choices[key].document_type_id
    assert document.document_type_id == expected_type
    assert AuditEvent.select().where((AuditEvent.action == "document.generate")
                                     & (AuditEvent.entity_id == str(document.id))).exists()


def test_templates_offered_follow_the_work_area(offices, admin):
    offered = {}
    for code in ("DIAG", "VN", "PV", "SIN", "ATD"):
        case = make_case(admin, code)
        offered[code] = [c.key for c in document_templates.available_templates(offices, admin, case.id)]
    assert offered["DIAG"] == ["quote", "invoice", "diagnostic_report_cover", "missing_documents_letter"]
    assert offered["VN"] == ["invoice", "vehicle_order", "missing_documents_letter"]
    assert offered["PV"] == ["quote", "invoice", "delivery_note", "missing_documents_letter"]
    assert offered["SIN"] == ["quote", "invoice", "delivery_note", "missing_documents_letter"]
    assert offered["ATD"] == ["invoice", "missing_documents_letter", "discount_request"]
    quote_type = DocumentType.get(DocumentType.code == "estimate")  # after-sales calls its quotes estimates
    pv = make_case(admin, "PV")
    generated = document_templates.render(offices, admin, pv.id, "quote")
    assert generated.document.document_type_id == quote_type.id


def test_money_and_dates_in_each_office_language():
    amount = Decimal("1234.56")
    assert Formatter("fr", "EUR").money(amount) == f"1{NBSP}234,56{NBSP}€"
    assert Formatter("es", "EUR").money(amount) == f"1.234,56{NBSP}€"
    assert Formatter("pt_BR", "BRL").money(amount) == f"R${NBSP}1.234,56"
    assert Formatter("en", "EUR").money(amount) == "€1,234.56"
    assert Formatter("fr", "EUR").money(Decimal("-0.5")) == f"-0,50{NBSP}€"
    assert Formatter("es", "EUR").money(Decimal("1234567.005")) == f"1.234.567,01{NBSP}€"
    assert Formatter("fr").number(Decimal("84.50")) == "84,5" and Formatter("en").number(Decimal("2")) == "2"
    day = dt.date(2026, 3, 1)
    assert Formatter("fr").long_date(day) == "1er mars 2026"
    assert Formatter("es").long_date(day) == "1 de marzo de 2026"
    assert Formatter("pt_BR").long_date(day) == "1 de março de 2026"
    assert Formatter("en").long_date(day) == "1 March 2026"
    assert Formatter("pt_BR").date(day) == "01/03/2026"


# -- office templates and the sandbox ----------------------------------------------------------------

def office_template(workspace, area_code: str, name: str, *paragraphs: str) -> Path:
    folder = document_templates.office_templates_dir(workspace, area_code)
    folder.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = folder / name
    document.save(str(path))
    return path


def test_an_office_template_replaces_the_shipped_one(offices, admin, tmp_path):
    case = make_case(admin, "DIAG")
    office_template(offices, "DIAG", "quote.docx", "OUR OWN QUOTE {{ case.number }} for {{ owner.name }}",
                    "{% for line in quote.lines %}{{ line.description }} = {{ line.amount }}{% endfor %}")
    office_template(offices, "DIAG", "plan.docx", "Plan of {{ case.address }}{{ fields.nothing_here }}.")
    choices = {c.key: c for c in document_templates.available_templates(offices, admin, case.id)}
    assert choices["quote"].from_data_dir and choices["quote"].path.name == "quote.docx"
    assert choices["plan"].from_data_dir and choices["plan"].document_type_name == "Plan"
    text = stored_text(offices, document_templates.render(offices, admin, case.id, "quote"), tmp_path)
    assert f"OUR OWN QUOTE {case.number} for Martin Claire" in text
    assert f"Vente maison T4 = 1{NBSP}234,56{NBSP}€" in text
    assert "Devis" not in text  # not the shipped layout
    plan = document_templates.render(offices, admin, case.id, "plan")
    assert plan.document.document_type.code == "plan"
    assert stored_text(offices, plan, tmp_path).startswith("Plan of .")


HOSTILE = {
    "class.docx": ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    "bare_class.docx": ("{{ ''.__class__ }}", "unsafe"),
    "mutate.docx": ("{{ quotes.append(1) }}", "unsafe"),
    "loop.docx": ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
                  "took more than"),
    "listloop.docx": ("{% set x = range(100000)|list %}{% for a in x %}{% for b in x %}{% endfor %}{% endfor %}",
                      "took more than"),
    "repeat.docx": ("{{ 'x' * 100000000 }}", "too large"),
    "doubling.docx": ("{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
                      "{% endfor %}{{ ns.s|length }}", "too large"),
    "typo.docx": ("{{ case.numbre.upper() }}", "unknown name or field"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_office_templates_are_refused_naming_the_template(offices, admin, monkeypatch, name):
    monkeypatch.setattr(template_sandbox, "MAX_SECONDS", 1.0)
    case = make_case(admin, "DIAG")
    source, reason = HOSTILE[name]
    office_template(offices, "DIAG", name, "Before", source, "After")
    before = Document.select().count()
    with pytest.raises(UserError) as refused:
        document_templates.render(offices, admin, case.id, name.removesuffix(".docx"))
    message = refused.value.message
    assert message.startswith(f"Template templates/DIAG/{name}: ") and reason in message, message
    assert Document.select().count() == before  # nothing stored
    assert sys.gettrace() is None or "template_sandbox" not in repr(sys.gettrace())


def test_a_damaged_office_template_is_named(offices, admin):
    case = make_case(admin, "DIAG")
    folder = document_templates.office_templates_dir(offices, "DIAG")
    folder.mkdir(parents=True)
    (folder / "invoice.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    with pytest.raises(UserError, match=r"templates/DIAG/invoice.docx: not a .docx file"):
        document_templates.render(offices, admin, case.id, "invoice")


def test_a_template_not_offered_in_the_work_area_is_refused(offices, admin):
    case = make_case(admin, "DIAG")
    with pytest.raises(UserError, match="No template “vehicle_order”"):
        document_templates.render(offices, admin, case.id, "vehicle_order")
    with pytest.raises(UserError, match="No template"):
        document_templates.render(offices, admin, case.id, "../../etc/passwd")


# -- PDF -------------------------------------------------------------------------------------------

def test_without_libreoffice_a_pdf_request_stores_docx_and_says_so(offices, admin, tmp_path, monkeypatch):
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(document_templates.os, "name", "posix")  # no Windows install folders either
    monkeypatch.setattr(document_templates.sys, "platform", "linux")
    assert document_templates.libreoffice_path() is None
    case = make_case(admin, "DIAG")
    generated = document_templates.render(offices, admin, case.id, "quote", "pdf")
    assert generated.format == "docx" and generated.document.mime == DOCX_MIME
    assert generated.notice == "PDF needs LibreOffice; stored as DOCX."
    assert generated.document.original_name.endswith(".docx")


FAKE_SOFFICE = """\
#!{python}
import sys
from pathlib import Path
from fpdf import FPDF
args = sys.argv[1:]
Path({log!r}).write_text("\\n".join(args))
out = Path(args[args.index("--outdir") + 1])
source = Path(args[-1])
assert "--headless" in args and args[args.index("--convert-to") + 1] == "pdf"
pdf = FPDF()
pdf.add_page()
pdf.set_font("helvetica", size=12)
pdf.cell(0, 10, "converted " + source.name)
pdf.output(str(out / (source.stem + ".pdf")))
"""


@pytest.mark.skipif(os.name == "nt", reason="the stand-in soffice is a POSIX script")
def test_with_libreoffice_the_pdf_is_stored(offices, admin, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "soffice-args.txt"
    soffice = bin_dir / "soffice"
    soffice.write_text(textwrap.dedent(FAKE_SOFFICE).format(python=sys.executable, log=str(log)))
    soffice.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert document_templates.libreoffice_path() == soffice
    case = make_case(admin, "DIAG")
    generated = document_templates.render(offices, admin, case.id, "invoice", "pdf")
    assert generated.format == "pdf" and generated.notice == ""
    assert generated.document.mime == "application/pdf" and generated.document.pages == 1
    assert generated.document.original_name == f"Facture {case.number}.pdf"
    assert "converted Facture" in generated.document.text
    assert any(a.startswith("-env:UserInstallation=file://") for a in log.read_text().splitlines())


@pytest.mark.skipif(os.name == "nt", reason="the stand-in soffice is a POSIX script")
def test_a_failed_conversion_stores_docx_with_the_reason(offices, admin, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    soffice = bin_dir / "soffice"
    soffice.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    soffice.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    case = make_case(admin, "DIAG")
    generated = document_templates.render(offices, admin, case.id, "invoice", "pdf")
    assert generated.format == "docx"
    assert generated.notice == ("The PDF conversion failed (Error: source file could not be loaded); "
                                "stored as DOCX.")


# -- the missing-documents letter ------------------------------------------------------------------

def test_the_letter_lists_exactly_what_is_missing_and_is_logged(offices, admin, tmp_path):
    case = make_case(admin, "DIAG")
    area = WorkArea.get(WorkArea.code == "DIAG")
    finalised = Status.get((Status.workflow == Workflow.get(Workflow.work_area == area.id))
                           & (Status.code == "finalised"))
    with write_transaction():  # finalising also needs the year of construction (an empty field)
        RequiredField.create(status=finalised, field=IndexField.get(
            (IndexField.work_area == area.id) & (IndexField.code == "construction_year")))
    invoice_pdf = tmp_path / "facture.pdf"
    make_pdf(invoice_pdf, "Facture")
    invoice_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "invoice"))
    document_import.add_document(offices, admin, case.id, invoice_pdf, document_type_id=invoice_type.id)
    preview = document_templates.letter_preview(admin, case.id)
    assert preview.missing == ["Rapport", "Année de construction"]
    assert preview.recipients == {"owner": "Martin Claire", "prescriber": "Agence du Port"}

    generated = document_templates.missing_documents_letter(offices, admin, case.id, "prescriber")
    text = stored_text(offices, generated, tmp_path)
    body = text[text.index("éléments suivants"):text.index("Vous pouvez")]
    assert [line for line in body.splitlines()[1:] if line.strip()] == ["Rapport", "Année de construction"]
    assert "Facture" not in body
    assert "Agence du Port" in text and generated.document.title == f"Pièces manquantes {case.number}"
    letter = Communication.get(Communication.case == case.id)
    assert (letter.direction, letter.channel, letter.contact_id) == ("out", "letter", case.prescriber_id)
    assert letter.body == "Rapport\nAnnée de construction" and letter.subject == generated.document.title
    assert letter.by_id == admin.user_id
    assert AuditEvent.select().where(AuditEvent.action == "communication.letter").count() == 1
    # Through the generic entry point the letter goes to the owner, and is logged too.
    document_templates.render(offices, admin, case.id, "missing_documents_letter")
    assert Communication.select().where(Communication.contact == case.owner_id).count() == 1


def test_no_letter_without_a_recipient_or_anything_missing(offices, admin, tmp_path):
    case = make_case(admin, "VN", prescriber=False)  # the owner is his own prescriber
    with write_transaction():
        case.prescriber = None
        case.save()
    with pytest.raises(UserError, match="has no prescriber to write to"):
        document_templates.missing_documents_letter(offices, admin, case.id, "prescriber")
    with pytest.raises(UserError, match="owner or the prescriber"):
        document_templates.missing_documents_letter(offices, admin, case.id, "notary")
    sales_types = {t.code: t.id for t in DocumentType.select().where(DocumentType.work_area == case.work_area_id)}
    for code in ("order_form", "invoice"):
        pdf = tmp_path / f"{code}.pdf"
        make_pdf(pdf, code)
        document_import.add_document(offices, admin, case.id, pdf, document_type_id=sales_types[code])
    before = Document.select().count()
    with pytest.raises(UserError, match="lacks nothing for the statuses ahead"):
        document_templates.missing_documents_letter(offices, admin, case.id, "owner")
    assert Document.select().count() == before and Communication.select().count() == 0


# -- rights ------------------------------------------------------------------------------------------

def test_a_user_without_access_to_the_case_is_refused(offices, admin):
    case = make_case(admin, "DIAG")
    with write_transaction():
        user = User.create(login="tech2", full_name="Outsider", initials="OU",
                           role=Role.get(Role.code == RoleCode.TECHNICIAN))
    outsider = Actor.from_user(user)
    before = Document.select().count()
    with pytest.raises(PermissionDenied):
        document_templates.render(offices, outsider, case.id, "quote")
    with pytest.raises(PermissionDenied):
        document_templates.missing_documents_letter(offices, outsider, case.id)
    with pytest.raises(PermissionDenied):
        document_templates.available_templates(offices, outsider, case.id)
    assert Document.select().count() == before and Communication.select().count() == 0
