"""Why each status icon shows its state, who moved it and when (icon_details.explain), and the
billing read model behind the billing dialog; both refuse cases the actor may not see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.errors import NotFound
from desktop_app.models import CaseContact, DocumentType, Role, User
from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState, RoleCode
from desktop_app.services.billing import case_billing, invoices, quotes
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_import, report_access
from desktop_app.services.status_icons.icon_details import FactKind, explain
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def clerk(offices):
    """A second, administrative user (sees every case), so 'who' is not always the admin."""
    with write_transaction():
        user = User.create(login="clerk", full_name="Sophie Clerc", initials="SC",
                           role=Role.get(Role.code == RoleCode.ADMINISTRATIVE))
    return Actor.from_user(user)


@pytest.fixture
def outsider(offices):
    with write_transaction():
        user = User.create(login="tech2", full_name="Hugo Tech", initials="HT",
                           role=Role.get(Role.code == RoleCode.TECHNICIAN))
    return Actor.from_user(user)


def add_report(workspace, actor, case, tmp_path, name="rapport.pdf"):
    report_type = DocumentType.get((DocumentType.work_area == case.work_area_id) & DocumentType.is_report)
    doc, _ = document_import.add_document(workspace, actor, case.id, make_pdf(tmp_path / name, "Rapport DPE"),
                                    document_type_id=report_type.id, title="Rapport DPE")
    return doc


def kinds(detail):
    return [fact.kind for fact in detail.facts]


def recent(moment):
    return moment is not None and abs(dt.datetime.now(dt.UTC) - moment) < dt.timedelta(minutes=5)


def test_no_report_no_quote_no_invoice_no_installments(admin, case):
    for key, state in (("report", ReportState.NONE), ("quote", QuoteState.NONE),
                       ("invoice", InvoiceState.NONE), ("installments", InstallmentsState.NONE)):
        detail = explain(admin, case.id, key)
        assert (detail.key, detail.state, detail.facts, detail.currency) == (key, state, (), "EUR")
    assert explain(admin, case.id, "report").target_id is None


def test_report_available_names_the_document_who_added_it_and_when(offices, clerk, case, tmp_path):
    doc = add_report(offices, clerk, case, tmp_path)
    detail = explain(clerk, case.id, "report")
    assert detail.state == ReportState.AVAILABLE
    assert detail.target_id == doc.id
    (fact,) = detail.facts
    assert (fact.kind, fact.subject, fact.who) == (FactKind.REPORT, "Rapport DPE", "Sophie Clerc")
    assert recent(fact.when) and fact.when.tzinfo is not None


def test_report_blocked_names_the_blocked_contact(offices, admin, clerk, case, tmp_path):
    add_report(offices, admin, case, tmp_path)
    link = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "prescriber"))
    report_access.set_report_blocked(clerk, link.id, True)
    detail = explain(admin, case.id, "report")
    assert detail.state == ReportState.BLOCKED
    assert kinds(detail) == [FactKind.REPORT, FactKind.BLOCKED]
    blocked = detail.facts[1]
    assert (blocked.subject, blocked.note) == ("Agence du Port", "prescriber")


def test_report_delivered_lists_each_contact_channel_sender_and_time(offices, admin, clerk, case, tmp_path):
    doc = add_report(offices, admin, case, tmp_path)
    owner = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "owner"))
    agent = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "prescriber"))
    report_access.record_delivery(admin, doc.id, owner.contact_id)
    report_access.record_delivery(clerk, doc.id, agent.contact_id, channel="email")
    detail = explain(admin, case.id, "report")
    assert detail.state == ReportState.DELIVERED and detail.deliveries == 2
    deliveries = [f for f in detail.facts if f.kind == FactKind.DELIVERY]
    assert [(f.subject, f.note, f.who, f.extra) for f in deliveries] == [
        ("Agence du Port", "email", "Sophie Clerc", "Rapport DPE"),  # newest first
        ("Martin Claire", "download", admin.name, "Rapport DPE")]
    assert all(recent(f.when) for f in deliveries)


def test_quote_awaiting_says_who_sent_it_when_and_for_how_much(clerk, case):
    quotes.send_quote(clerk, case.id, Decimal("350.00"), number="Q-77")
    detail = explain(clerk, case.id, "quote")
    assert detail.state == QuoteState.AWAITING
    (fact,) = detail.facts
    assert (fact.kind, fact.subject, fact.who, fact.amount, fact.note) == (
        FactKind.QUOTE, "Q-77", "Sophie Clerc", Decimal("350.00"), "awaiting")
    assert isinstance(fact.amount, Decimal) and recent(fact.when)


@pytest.mark.parametrize("accepted, by_kind, state, who", [
    (True, "client", QuoteState.VALIDATED, ""),
    (True, "collaborator", QuoteState.VALIDATED, "Sophie Clerc"),
    (False, "client", QuoteState.REFUSED, ""),
])
def test_quote_answered_says_by_client_or_which_collaborator(admin, clerk, case, accepted, by_kind, state, who):
    quote, _ = quotes.send_quote(admin, case.id, Decimal("350.00"))
    quotes.answer_quote(clerk, quote.id, accepted=accepted, by_kind=by_kind)
    detail = explain(admin, case.id, "quote")
    assert detail.state == state
    answer, sent = detail.facts
    assert (answer.kind, answer.note, answer.who, answer.extra) == (
        FactKind.QUOTE_ANSWER, by_kind, who, "accepted" if accepted else "refused")
    assert recent(answer.when)
    assert (sent.kind, sent.who) == (FactKind.QUOTE, admin.name)


def test_invoice_unpaid_shows_issuer_payments_and_balance_then_paid(admin, clerk, case):
    invoice, _ = invoices.issue_invoice(clerk, case.id, [("DPE", Decimal(1), Decimal("100.00"), Decimal(20))],
                                       number="F-1")
    invoices.record_payment(admin, invoice.id, Decimal("100.00"))
    detail = explain(admin, case.id, "invoice")
    assert detail.state == InvoiceState.UNPAID
    assert kinds(detail) == [FactKind.INVOICE, FactKind.PAYMENT, FactKind.BALANCE]
    issued, paid, balance = detail.facts
    assert (issued.subject, issued.who, issued.amount) == ("F-1", "Sophie Clerc", Decimal("120.00"))
    assert (paid.amount, paid.who, paid.note) == (Decimal("100.00"), admin.name, "transfer")
    assert recent(paid.when) and balance.amount == Decimal("20.00")
    invoices.record_payment(clerk, invoice.id, Decimal("20.00"), method="card")
    detail = explain(admin, case.id, "invoice")
    assert detail.state == InvoiceState.PAID
    assert kinds(detail) == [FactKind.INVOICE, FactKind.PAYMENT, FactKind.PAYMENT]
    assert (detail.facts[1].who, detail.facts[1].note) == ("Sophie Clerc", "card")


def test_installments_k_of_n_then_all_paid_with_due_dates(admin, case):
    invoice, _ = invoices.issue_invoice(admin, case.id, [("Amiante", Decimal(1), Decimal("100.00"), Decimal(0))],
                                       installments=3, first_due=dt.date(2025, 1, 31))
    schedule = sorted(invoice.installments, key=lambda i: i.sequence)
    invoices.record_payment(admin, invoice.id, installment_id=schedule[0].id)
    detail = explain(admin, case.id, "installments")
    assert (detail.state, detail.installments_paid, detail.installments_total) == (
        InstallmentsState.PARTIAL, 1, 3)
    assert [(f.subject, f.due, f.amount, f.when is not None) for f in detail.facts] == [
        ("1/3", dt.date(2025, 1, 31), Decimal("33.34"), True),
        ("2/3", dt.date(2025, 2, 28), Decimal("33.33"), False),
        ("3/3", dt.date(2025, 3, 31), Decimal("33.33"), False)]
    for installment in schedule[1:]:
        invoices.record_payment(admin, invoice.id, installment_id=installment.id)
    detail = explain(admin, case.id, "installments")
    assert detail.state == InstallmentsState.ALL_PAID and all(recent(f.when) for f in detail.facts)


def test_long_lists_are_cut_and_counted(offices, admin, case, tmp_path):
    doc = add_report(offices, admin, case, tmp_path)
    owner = CaseContact.get((CaseContact.case == case.id) & (CaseContact.role == "owner"))
    for _ in range(11):
        report_access.record_delivery(admin, doc.id, owner.contact_id)
    detail = explain(admin, case.id, "report")
    assert len(detail.facts) == 8 and detail.more == 4 and detail.deliveries == 11


def test_an_actor_who_cannot_see_the_case_learns_nothing(admin, outsider, case):
    quotes.send_quote(admin, case.id, Decimal("10"))
    for key in ("report", "quote", "invoice", "installments"):
        with pytest.raises(NotFound):
            explain(outsider, case.id, key)
    with pytest.raises(NotFound):
        case_billing.case_billing(outsider, case.id)
    with pytest.raises(NotFound):
        explain(admin, 987654, "quote")
    with pytest.raises(ValueError):
        explain(admin, case.id, "colour")


def test_case_billing_lists_quotes_invoices_lines_schedule_and_totals(admin, clerk, case):
    quote, _ = quotes.send_quote(clerk, case.id, Decimal("300.00"), number="Q-1")
    quotes.answer_quote(admin, quote.id, accepted=True, by_kind="collaborator")
    invoice, _ = invoices.issue_invoice(
        clerk, case.id, [("DPE", Decimal(1), Decimal("200.00"), Decimal(20)),
                         ("Amiante", Decimal(2), Decimal("30.00"), Decimal(0))],
        installments=2, first_due=dt.date(2026, 1, 15), number="F-9")
    first = min(invoice.installments, key=lambda i: i.sequence)
    invoices.record_payment(admin, invoice.id, installment_id=first.id, method="cheque")
    view = case_billing.case_billing(admin, case.id)
    assert (view.case_number, view.currency) == (case.number, "EUR")
    (q,) = view.quotes
    assert (q.number, q.status, q.amount, q.sent_by, q.answered_by_kind, q.answered_by) == (
        "Q-1", "accepted", Decimal("300.00"), "Sophie Clerc", "collaborator", admin.name)
    (inv,) = view.invoices
    assert (inv.number, inv.issued_by, inv.total, inv.paid, inv.balance) == (
        "F-9", "Sophie Clerc", Decimal("300.00"), Decimal("150.00"), Decimal("150.00"))
    assert [(line.description, line.quantity, line.amount) for line in inv.lines] == [
        ("DPE", Decimal(1), Decimal("240.00")), ("Amiante", Decimal(2), Decimal("60.00"))]
    assert [(p.amount, p.method, p.installment_sequence) for p in inv.payments] == [
        (Decimal("150.00"), "cheque", 1)]
    assert [(i.sequence, i.due_date, i.amount, i.is_paid, len(i.payments)) for i in view.installments] == [
        (1, dt.date(2026, 1, 15), Decimal("150.00"), True, 1),
        (2, dt.date(2026, 2, 15), Decimal("150.00"), False, 0)]
    assert (view.invoiced_total, view.paid_total, view.balance, view.installments_paid) == (
        Decimal("300.00"), Decimal("150.00"), Decimal("150.00"), 1)
