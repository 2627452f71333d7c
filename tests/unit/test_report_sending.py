"""Sending a report to the notary but not the seller: blocked contacts, deliveries, the icon, the
exported copy and the e-mail draft, rights and bad input."""

from __future__ import annotations

import email
import email.policy

import pytest

from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import (
    AuditEvent,
    Case,
    CaseContact,
    Contact,
    DocumentType,
    ReportDelivery,
    Role,
    User,
    WorkArea,
)
from desktop_app.models.states import ReportState, RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_import, report_access
from desktop_app.services.documents.report_sending import recipients, send_report
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf as pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def sale(offices, admin, tmp_path):
    """A diagnostics case with its report; the seller (owner) and a notary are its contacts."""
    area = WorkArea.get(WorkArea.code == "DIAG")
    with write_transaction():
        seller = Contact.create(first_name="Jean", last_name="Dupont", email="jean.dupont@example.fr")
        notary = Contact.create(kind="company", company="Étude Maître Leroy", email="office@leroy-notaires.fr")
        nomail = Contact.create(first_name="Paul", last_name="Sansmail")
    case, _ = create_case(admin, area.id, owner=seller.id)
    with write_transaction():
        CaseContact.create(case=case.id, contact=notary.id, role="notary")
        CaseContact.create(case=case.id, contact=nomail.id, role="agent")
    report_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "report"))
    source = pdf(tmp_path / "rapport_dpe.pdf", "Rapport DPE")
    report, _ = document_import.add_document(offices, admin, case.id, source, document_type_id=report_type.id)
    out = tmp_path / "out"
    out.mkdir()
    seller_link = CaseContact.get((CaseContact.case == case.id) & (CaseContact.contact == seller.id))
    return dict(ws=offices, admin=admin, case=case, seller=seller, notary=notary, nomail=nomail, report=report,
                source=source, out=out, seller_link=seller_link)


def test_recipients_list_contacts_with_email_and_blocked_flag(sale):
    s = sale
    report_access.set_report_blocked(s["admin"], s["seller_link"].id, True)
    rows = {r.contact_id: r for r in recipients(s["admin"], s["case"].id)}
    assert rows[s["seller"].id].blocked and rows[s["seller"].id].roles == ("owner",)
    assert rows[s["notary"].id].email == "office@leroy-notaires.fr" and not rows[s["notary"].id].blocked
    assert rows[s["notary"].id].name == "Étude Maître Leroy" and rows[s["notary"].id].roles == ("notary",)


def test_send_to_the_notary_but_not_the_seller_by_email(sale):
    s = sale
    case_id = s["case"].id
    report_access.set_report_blocked(s["admin"], s["seller_link"].id, True)
    assert Case.get_by_id(case_id).report_state == ReportState.BLOCKED
    with pytest.raises(UserError, match="blocked for Dupont Jean"):
        send_report(s["ws"], s["admin"], s["report"].id, [s["notary"].id, s["seller"].id], "email", s["out"])
    assert ReportDelivery.select().count() == 0 and list(s["out"].iterdir()) == []  # nothing half-done
    result = send_report(s["ws"], s["admin"], s["report"].id, [s["notary"].id], "email", s["out"])
    assert result.path.suffix == ".eml" and result.path.parent == s["out"]
    message = email.message_from_bytes(result.path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Étude Maître Leroy <office@leroy-notaires.fr>"
    assert "dupont" not in message["To"].lower()
    assert message["X-Unsent"] == "1" and s["case"].number in message["Subject"]
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "rapport_dpe.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == s["source"].read_bytes()
    deliveries = list(ReportDelivery.select().where(ReportDelivery.document == s["report"].id))
    assert [(d.contact_id, d.channel, d.delivered_by_id) for d in deliveries] == [
        (s["notary"].id, "email", s["admin"].user_id)]
    # The seller is still blocked: the padlock stays; once unblocked, the green arrow counts 1.
    case = Case.get_by_id(case_id)
    assert case.report_state == ReportState.BLOCKED and case.report_deliveries == 1
    report_access.set_report_blocked(s["admin"], s["seller_link"].id, False)
    case = Case.get_by_id(case_id)
    assert case.report_state == ReportState.DELIVERED and case.report_deliveries == 1
    assert icon_states.drift() == []
    event = AuditEvent.select().where(AuditEvent.action == "report.send").get()
    assert event.case_id == case_id


def test_send_to_a_folder_copies_the_report_and_counts_each_contact(sale):
    s = sale
    first = send_report(s["ws"], s["admin"], s["report"].id, [s["notary"].id, s["nomail"].id], "folder", s["out"])
    assert first.path == s["out"] / "rapport_dpe.pdf"
    assert first.path.read_bytes() == s["source"].read_bytes()
    again = send_report(s["ws"], s["admin"], s["report"].id, [s["seller"].id], "folder", s["out"])
    assert again.path == s["out"] / "rapport_dpe (2).pdf"  # never over an earlier copy
    case = Case.get_by_id(s["case"].id)
    assert case.report_state == ReportState.DELIVERED and case.report_deliveries == 3
    rows = {r.contact_id: r.deliveries for r in recipients(s["admin"], s["case"].id)}
    assert rows == {s["seller"].id: 1, s["notary"].id: 1, s["nomail"].id: 1}


def test_bad_requests_are_refused_by_name(sale, tmp_path):
    s = sale
    args = (s["ws"], s["admin"], s["report"].id)
    with pytest.raises(UserError, match="Sansmail Paul has no e-mail address"):
        send_report(*args, [s["nomail"].id], "email", s["out"])
    with pytest.raises(UserError, match="at least one contact"):
        send_report(*args, [], "folder", s["out"])
    with pytest.raises(UserError, match="is not on case"):
        send_report(*args, [999], "folder", s["out"])
    with pytest.raises(UserError, match="is not a folder"):
        send_report(*args, [s["notary"].id], "folder", tmp_path / "missing")
    with pytest.raises(UserError, match="not a way"):
        send_report(*args, [s["notary"].id], "fax", s["out"])
    photo = tmp_path / "photo.pdf"
    other, _ = document_import.add_document(s["ws"], s["admin"], s["case"].id, pdf(photo, "Photo"))
    with pytest.raises(UserError, match="is not a report"):
        send_report(s["ws"], s["admin"], other.id, [s["notary"].id], "folder", s["out"])
    assert ReportDelivery.select().count() == 0 and list(s["out"].iterdir()) == []


def test_rights_are_checked_in_the_service(sale):
    s = sale
    with write_transaction():
        advisor = Actor.from_user(User.create(login="adv", full_name="Ana Vidal", initials="AV",
                                              role=Role.get(Role.code == RoleCode.SALES_ADVISOR)))
        tech = Actor.from_user(User.create(login="tech", full_name="Marie Lefèvre", initials="ML",
                                           role=Role.get(Role.code == RoleCode.TECHNICIAN)))
    for actor in (advisor, tech):  # no report access at all / not the technician's case
        with pytest.raises(PermissionDenied):
            send_report(s["ws"], actor, s["report"].id, [s["notary"].id], "folder", s["out"])
        with pytest.raises(PermissionDenied):
            recipients(actor, s["case"].id)
    assert ReportDelivery.select().count() == 0
