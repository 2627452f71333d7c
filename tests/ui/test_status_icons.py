"""The four status icon columns in the real window: tooltips with why/who/when, a click that
opens what is behind the icon (report → preview, billing → BillingDialog), and the legend."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton

from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState
from desktop_app.views.billing.billing_dialog import BillingDialog
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX
from desktop_app.views.common import formatting
from desktop_app.views.status_icons.icon_legend import LEGEND, IconLegendDialog

TOOLTIP = Qt.ItemDataRole.ToolTipRole
SHOTS = os.environ.get("CASEDESK_SHOTS")  # a folder: the tests then save what they show


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def row_of(window, number: str) -> int:
    model = window.case_list.model
    return next(r for r in range(model.rowCount()) if model.case_row(r).number == number)


def tooltip(window, number: str, key: str) -> str:
    model = window.case_list.model
    return model.index(row_of(window, number), COLUMN_INDEX[key]).data(TOOLTIP)


def click_icon(qtbot, window, number: str, key: str) -> None:
    table = window.case_list.table
    index = window.case_list.model.index(row_of(window, number), COLUMN_INDEX[key])
    table.scrollTo(index)
    rect = table.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def today_text() -> str:
    return formatting.date(dt.datetime.now(dt.UTC))


def test_tooltips_say_why_who_and_when(window, office):
    who = window.session.actor.name  # the office's data was made by the local admin
    quote = tooltip(window, office.quote_case, "quote")
    assert "<b>Quote sent, awaiting the answer</b>" in quote
    assert f"for €390.50 sent by {who} on {today_text()}" in quote
    invoice = tooltip(window, office.billing_case, "invoice")
    assert "<b>Invoice issued, not paid yet</b>" in invoice
    assert f"issued by {who} on {today_text()}" in invoice
    assert f"€130.18 paid on {today_text()}" in invoice and f"recorded by {who}" in invoice
    assert "€260.32 still due" in invoice
    installments = tooltip(window, office.billing_case, "installments")
    assert "<b>1 of 3 installments paid</b>" in installments
    assert installments.count("not paid yet") == 2 and f"paid on {today_text()}" in installments
    report = tooltip(window, office.documents_case, "report")
    assert f"Report “rapport_dpe” added by {who} on {today_text()}" in report
    assert "<b>No quote sent</b>" in tooltip(window, office.billing_case, "quote")


def test_tooltips_are_cached_per_case_and_dropped_on_refresh(window, office):
    model = window.case_list.model
    calls = []
    explain = model._explain

    def counting(case_id, key):
        calls.append((case_id, key))
        return explain(case_id, key)

    model.set_icon_explainer(counting)
    for _ in range(3):
        tooltip(window, office.quote_case, "quote")
    assert len(calls) == 1
    model.refresh_rows()
    tooltip(window, office.quote_case, "quote")
    assert len(calls) == 2


def test_clicking_the_installments_icon_opens_the_schedule(qtbot, window, office):
    shot(window, "status-icons-window")
    click_icon(qtbot, window, office.billing_case, "installments")
    dialog = window.findChild(BillingDialog, "billingDialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.billing is not None, timeout=5000)
    assert dialog.tabs.currentWidget().objectName() == "schedulePage"
    assert dialog.schedule.rowCount() == 3
    assert [dialog.schedule.item(r, 1).text() for r in range(3)] == ["1/3", "2/3", "3/3"]
    assert dialog.schedule.item(0, 4).text() == f"Paid on {today_text()}"
    assert dialog.schedule.item(1, 4).text() == "Not yet"
    assert "Still due: €260.32" in dialog.totals.text()
    assert "Installments paid: 1 of 3" in dialog.totals.text()
    assert window.case_list.current_case_id == window.case_list.model.case_row(
        row_of(window, office.billing_case)).id
    dialog.resize(900, 420)
    shot(dialog, "billing-schedule")
    dialog.tabs.setCurrentWidget(dialog.pages["invoices"])
    invoice = dialog.invoices.topLevelItem(0)
    assert invoice.text(0).startswith("Invoice ") and invoice.text(5) == "€390.50"
    assert invoice.child(0).text(0) == "DPE" and invoice.child(0).text(5) == "€390.50"
    assert invoice.child(1).text(0) == "Payment (transfer)"
    shot(dialog, "billing-invoices")
    assert dialog.pages["quotes"].currentWidget() is dialog.pages["quotes"].empty
    assert "No quote" in dialog.pages["quotes"].empty.text()


def test_clicking_the_quote_icon_opens_the_quotes_tab(qtbot, window, office):
    click_icon(qtbot, window, office.quote_case, "quote")
    dialog = window.findChild(BillingDialog, "billingDialog")
    qtbot.waitUntil(lambda: dialog.billing is not None, timeout=5000)
    assert dialog.tabs.currentWidget().objectName() == "quotesPage"
    assert dialog.quotes.rowCount() == 1
    assert dialog.quotes.item(0, 3).text() == "Awaiting answer"
    assert dialog.quotes.item(0, 2).text() == "€390.50"
    assert "No invoice has been issued" in dialog.pages["installments"].empty.text()


def test_clicking_an_icon_in_state_none_opens_nothing(qtbot, window, office):
    click_icon(qtbot, window, office.billing_case, "quote")  # no quote on that case
    click_icon(qtbot, window, office.billing_case, "report")  # red cross: no report
    qtbot.wait(50)
    assert window.findChild(BillingDialog, "billingDialog") is None


def test_clicking_the_report_icon_shows_the_report_in_the_preview(qtbot, window, office):
    report_id = office.documents["rapport_dpe.pdf"]
    documents = window.documents
    window.case_list.select_row(row_of(window, office.documents_case))
    qtbot.waitUntil(lambda: documents.current_document_id is not None)
    assert documents.select_document(office.documents["photo_facade.png"])
    assert documents.current_document_id == office.documents["photo_facade.png"]
    with qtbot.waitSignal(window.preview.sig_preview_finished, timeout=10_000,
                          check_params_cb=lambda doc, _kind: doc == report_id):
        click_icon(qtbot, window, office.documents_case, "report")
    assert documents.current_document_id == report_id
    assert window.preview.document_id == report_id
    assert window.preview.page_name == "previewImagePage"
    assert "rapport_dpe" in window.preview.caption.text()


def test_the_legend_lists_every_state_with_its_icon(qtbot, window):
    assert window.findChild(QToolButton, "iconLegendButton").isVisible()
    window.findChild(QToolButton, "iconLegendButton").click()
    dialog = window.findChild(IconLegendDialog, "iconLegendDialog")
    assert dialog is not None and dialog.isVisible()
    expected = {(key, int(state)) for key, _title, states in LEGEND for state, _badge, _text in states}
    assert expected == (
        {("report", int(s)) for s in ReportState} | {("quote", int(s)) for s in QuoteState}
        | {("invoice", int(s)) for s in InvoiceState} | {("installments", int(s)) for s in InstallmentsState})
    assert {(key, state) for key, state, _text in dialog.entries} == expected
    assert all(text for _key, _state, text in dialog.entries)
    blank = {("quote", QuoteState.NONE), ("installments", InstallmentsState.NONE)}
    for key, state in expected:
        label = dialog.findChild(QLabel, f"legend_{key}_{state}")
        image = label.pixmap().toImage()
        painted = any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))
        assert painted == ((key, state) not in blank), (key, state)
    shot(dialog, "icon-legend")
    dialog.close()
    window.findChild(QAction, "actionIconLegend").trigger()
    assert dialog.isVisible()
    assert window.findChild(QAction, "actionIconLegend").shortcut().toString() == "F1"
