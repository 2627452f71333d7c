"""Every state of the four status-icon columns (DESIGN §2), moved by the services and
stored on the case row in the same transaction, equal to the recomputation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.models import Case, CaseContact, Document, DocumentType, Installment
from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState
from desktop_app.services.billing import invoices, quotes
from desktop_app.services.documents import document_import, report_access
from desktop_app.services.status_icons import icon_states
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def stored(case_id):
    return Case.get_by_id(case_id)


def assert_no_drift(case_id):
    assert icon_states.drift([case_id]) == []


def add_report(offices, admin, case, tmp_path, name="rapport.pdf"):
    report_type = DocumentType.get((DocumentType.work_area == case.work_area_id) & DocumentType.is_report)
    doc, changes = document_import.add_document(offices, admin, case.id, make_pdf(tmp_path / name, "Rapport DPE"),
                                          document_type_id=report_type.id)
    return doc, changes


def test_new_case_shows_no_report_quote_invoice_or_installments(case):
    row = stored(case.id)
    assert (row.report_state, row.quote_state, row.invoice_state, row.installments_state) == (
        ReportState.NONE, QuoteState.NONE, InvoiceState.NONE, InstallmentsState.NONE)
    assert row.document_count == 0
    assert_no_drift(case.id)


def test_report_available_then_blocked_then_delivered(offices, admin, case, tmp_path):
    doc, changes = add_report(offices, admin, case, tmp_path)
    assert changes.states_changed
    row = stored(case.id)
    assert row.report_state == ReportState.AVAILABLE and row.document_count == 1

    agent_link = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "prescriber"))
    report_access.set_report_blocked(admin, agent_link.id, True)
    assert stored(case.id).report_state == ReportState.BLOCKED
    assert_no_drift(case.id)

    report_access.set_report_blocked(admin, agent_link.id, False)
    owner_link = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "owner"))
    report_access.record_delivery(admin, doc.id, owner_link.contact_id)
    report_access.record_delivery(admin, doc.id, agent_link.contact_id, channel="email")
    row = stored(case.id)
    assert row.report_state == ReportState.DELIVERED and row.report_deliveries == 2
    assert_no_drift(case.id)


def test_a_delivery_to_a_blocked_contact_is_refused(offices, admin, case, tmp_path):
    doc, _ = add_report(offices, admin, case, tmp_path)
    link = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "prescriber"))
    report_access.set_report_blocked(admin, link.id, True)
    with pytest.raises(Exception, match="blocked"):
        report_access.record_delivery(admin, doc.id, link.contact_id)
    assert stored(case.id).report_deliveries == 0


def test_a_document_that_is_not_a_report_leaves_the_report_icon_alone(offices, admin, case, tmp_path):
    plan = DocumentType.get((DocumentType.work_area == case.work_area_id) & (DocumentType.code == "plan"))
    document_import.add_document(offices, admin, case.id, make_pdf(tmp_path / "plan.pdf", "Plan"),
                           document_type_id=plan.id)
    row = stored(case.id)
    assert row.report_state == ReportState.NONE and row.document_count == 1


def test_trashing_the_only_report_returns_to_none(offices, admin, case, tmp_path):
    doc, _ = add_report(offices, admin, case, tmp_path)
    Document.update(trashed=True).where(Document.id == doc.id).execute()
    assert icon_states.refresh([case.id]) == {case.id}
    row = stored(case.id)
    assert row.report_state == ReportState.NONE and row.document_count == 0


@pytest.mark.parametrize("accepted, by_kind, expected", [
    (True, "client", QuoteState.VALIDATED),
    (True, "collaborator", QuoteState.VALIDATED),
    (False, "client", QuoteState.REFUSED),
])
def test_quote_awaiting_then_answered(admin, case, accepted, by_kind, expected):
    quote, _ = quotes.send_quote(admin, case.id, Decimal("350.00"))
    assert stored(case.id).quote_state == QuoteState.AWAITING
    quotes.answer_quote(admin, quote.id, accepted=accepted, by_kind=by_kind)
    assert stored(case.id).quote_state == expected
    assert_no_drift(case.id)


def test_a_new_quote_after_a_refusal_awaits_again(admin, case):
    quote, _ = quotes.send_quote(admin, case.id, Decimal("500"))
    quotes.answer_quote(admin, quote.id, accepted=False)
    quotes.send_quote(admin, case.id, Decimal("420"))
    assert stored(case.id).quote_state == QuoteState.AWAITING


def test_invoice_unpaid_then_paid_without_installments(admin, case):
    invoice, _ = invoices.issue_invoice(admin, case.id, [("DPE", Decimal(1), Decimal("100.00"), Decimal(20))])
    row = stored(case.id)
    assert invoice.total == Decimal("120.00")
    assert row.invoice_state == InvoiceState.UNPAID and row.installments_state == InstallmentsState.NONE
    invoices.record_payment(admin, invoice.id, Decimal("100.00"))
    assert stored(case.id).invoice_state == InvoiceState.UNPAID  # 20 € still due
    invoices.record_payment(admin, invoice.id, Decimal("20.00"))
    assert stored(case.id).invoice_state == InvoiceState.PAID
    assert_no_drift(case.id)


def test_installments_k_of_n_then_all_paid(admin, case):
    invoice, _ = invoices.issue_invoice(
        admin, case.id, [("Amiante", Decimal(1), Decimal("100.00"), Decimal(0))], installments=3)
    parts = [i.amount for i in invoice.installments]
    assert sum(parts) == Decimal("100.00") and len(parts) == 3
    row = stored(case.id)
    assert (row.installments_state, row.installments_paid, row.installments_total) == (
        InstallmentsState.PARTIAL, 0, 3)
    schedule = list(invoice.installments)
    invoices.record_payment(admin, invoice.id, installment_id=schedule[0].id)
    row = stored(case.id)
    assert (row.installments_paid, row.installments_total, row.invoice_state) == (1, 3, InvoiceState.UNPAID)
    for installment in schedule[1:]:
        invoices.record_payment(admin, invoice.id, installment_id=installment.id)
    row = stored(case.id)
    assert row.installments_state == InstallmentsState.ALL_PAID
    assert row.invoice_state == InvoiceState.PAID
    assert_no_drift(case.id)


def test_paying_an_installment_twice_is_refused(admin, case):
    invoice, _ = invoices.issue_invoice(admin, case.id, [("x", Decimal(1), Decimal("10"), Decimal(0))],
                                       installments=2)
    first = next(iter(invoice.installments))
    invoices.record_payment(admin, invoice.id, installment_id=first.id)
    with pytest.raises(Exception, match="already paid"):
        invoices.record_payment(admin, invoice.id, installment_id=first.id)


def test_money_refuses_float(admin, case):
    with pytest.raises(Exception, match="Decimal"):
        quotes.send_quote(admin, case.id, 12.5)


def test_drift_reports_a_tampered_state(admin, case):
    Case.update(quote_state=QuoteState.REFUSED).where(Case.id == case.id).execute()
    assert icon_states.drift([case.id]) == [(case.id, "quote_state", QuoteState.REFUSED, QuoteState.NONE)]


@pytest.mark.parametrize("total, parts", [("1000.00", 6), ("121.00", 6), ("89.90", 4), ("599.00", 12)])
def test_an_invoice_paid_in_installments_is_paid_whatever_the_float_sum(admin, case, total, parts):
    invoice, _ = invoices.issue_invoice(admin, case.id, [("x", Decimal(1), Decimal(total), Decimal(0))],
                                       installments=parts)
    for installment in list(invoice.installments):
        invoices.record_payment(admin, invoice.id, installment_id=installment.id)
    row = stored(case.id)
    assert (row.invoice_state, row.installments_state) == (InvoiceState.PAID, InstallmentsState.ALL_PAID)


def test_paying_the_whole_invoice_pays_every_installment(admin, case):
    invoice, _ = invoices.issue_invoice(admin, case.id, [("x", Decimal(1), Decimal("300"), Decimal(0))],
                                       installments=3)
    invoices.record_payment(admin, invoice.id, Decimal("150.00"))
    row = stored(case.id)
    assert (row.installments_paid, row.invoice_state) == (1, InvoiceState.UNPAID)  # 100 + 50 of the next
    invoices.record_payment(admin, invoice.id, Decimal("150.00"))
    row = stored(case.id)
    assert (row.installments_state, row.invoice_state) == (InstallmentsState.ALL_PAID, InvoiceState.PAID)


def test_a_cent_does_not_pay_an_installment(admin, case):
    invoice, _ = invoices.issue_invoice(admin, case.id, [("x", Decimal(1), Decimal("300"), Decimal(0))],
                                       installments=1)
    only = next(iter(invoice.installments))
    invoices.record_payment(admin, invoice.id, Decimal("0.01"), installment_id=only.id)
    row = stored(case.id)
    assert (row.installments_paid, row.invoice_state) == (0, InvoiceState.UNPAID)


def test_installments_fall_on_the_last_day_of_short_months(admin, case):
    import datetime as dt

    invoice, _ = invoices.issue_invoice(admin, case.id, [("x", Decimal(1), Decimal("90"), Decimal(0))],
                                       installments=3, first_due=dt.date(2025, 1, 31))
    assert [i.due_date for i in invoice.installments.order_by(Installment.sequence)] == [
        dt.date(2025, 1, 31), dt.date(2025, 2, 28), dt.date(2025, 3, 31)]


def test_unknown_rows_give_not_found_not_sql(admin):
    from desktop_app.errors import NotFound

    with pytest.raises(NotFound, match="Invoice 999 does not exist"):
        invoices.record_payment(admin, 999, Decimal("1"))
    with pytest.raises(NotFound, match="Quote 999 does not exist"):
        quotes.answer_quote(admin, 999, accepted=True)
