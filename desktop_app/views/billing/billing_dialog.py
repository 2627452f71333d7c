"""One case's billing: quotes, invoices with their lines and payments, the payment schedule.

Opened by a click on the Quote, Invoice or Installments icon of the case list, on the
matching tab. Non-modal and read-only; the data is loaded in the background
(`billing_views.case_billing`) and shown when it arrives.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.states import InvoiceStatus, QuoteStatus
from desktop_app.services.billing import case_billing
from desktop_app.services.billing.case_billing import CaseBilling
from desktop_app.services.context import ChangeSet
from desktop_app.views.common import formatting
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.status_icons import icon_text

TABS = ("quotes", "invoices", "installments")
TAB_OF_ICON = {"quote": "quotes", "invoice": "invoices", "installments": "installments"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CTX = "BillingDialog"

QUOTE_STATUS = {
    QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("BillingDialog", "Draft"),
    QuoteStatus.AWAITING: QT_TRANSLATE_NOOP("BillingDialog", "Awaiting answer"),
    QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("BillingDialog", "Validated"),
    QuoteStatus.REFUSED: QT_TRANSLATE_NOOP("BillingDialog", "Refused"),
}
INVOICE_STATUS = {
    InvoiceStatus.DRAFT: QT_TRANSLATE_NOOP("BillingDialog", "Draft"),
    InvoiceStatus.ISSUED: QT_TRANSLATE_NOOP("BillingDialog", "Issued"),
    InvoiceStatus.CANCELLED: QT_TRANSLATE_NOOP("BillingDialog", "Cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent, objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, money: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if money:
        item.setTextAlignment(RIGHT)
    return item


def _by_at(who: str, when: dt.datetime | None) -> str:
    if when is None:
        return ""
    if who:
        return QCoreApplication.translate("BillingDialog", "{who}, {when}").format(  # literal: lupdate sees it
            who=who, when=formatting.date_time(when))
    return formatting.date_time(when)


class _Page(QStackedWidget):
    """A tab: its content, or a sentence explaining why there is nothing to show."""

    def __init__(self, content: QWidget, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.content = content
        self.empty = QLabel(self, objectName=f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.addWidget(self.empty)
        self.addWidget(content)

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)


class BillingDialog(QDialog):
    sig_loaded = Signal()
    """The case's billing arrived and is shown (or its error is)."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingDialog")
        self.setModal(False)
        self._session = session
        self.case_id: int | None = None
        self.billing: CaseBilling | None = None
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_loaded)
        self._task.sig_failed.connect(self._on_failed)
        self._build_ui()
        self.resize(860, 440)
        session.changes.sig_changes_applied.connect(self.on_changes_applied)

    def _build_ui(self) -> None:
        self.heading = QLabel(self, objectName="billingHeading")
        self.tabs = QTabWidget(self, objectName="billingTabs")
        self.quotes = _table(self, "quotesTable", [
            self.tr("Number"), self.tr("Sent"), self.tr("Amount"), self.tr("Status"), self.tr("Sent by, on"),
            self.tr("Answered by, on")])
        self.invoices = QTreeWidget(self, objectName="invoicesTree")
        self.invoices.setHeaderLabels([self.tr("Invoice / line / payment"), self.tr("Issued / paid on"),
                                       self.tr("Quantity"), self.tr("Unit price"), self.tr("VAT %"),
                                       self.tr("Amount"), self.tr("By")])
        self.invoices.setAlternatingRowColors(True)
        self.invoices.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.schedule = _table(self, "scheduleTable", [
            self.tr("Invoice"), self.tr("Installment"), self.tr("Due date"), self.tr("Amount"),
            self.tr("Paid"), self.tr("Payment dates")])
        self.pages = {
            "quotes": _Page(self.quotes, "quotesPage", self),
            "invoices": _Page(self.invoices, "invoicesPage", self),
            "installments": _Page(self.schedule, "schedulePage", self),
        }
        self.tabs.addTab(self.pages["quotes"], self.tr("Quotes"))
        self.tabs.addTab(self.pages["invoices"], self.tr("Invoices"))
        self.tabs.addTab(self.pages["installments"], self.tr("Payment schedule"))
        self.totals = QLabel(self, objectName="billingTotals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)

    # -- loading ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task.busy

    def show_case(self, case_id: int, tab: str = "quotes") -> None:
        """Shows the dialog for a case on a tab (quotes, invoices, installments) and loads its billing."""
        self.case_id = case_id
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
        if self.billing is None or self.billing.case_id != case_id:
            self.billing = None
            self.setWindowTitle(self.tr("Billing"))
            self.heading.setText(self.tr("Loading…"))
            for page in self.pages.values():
                page.show_empty(self.tr("Loading…"))
            self.totals.clear()
        self._task.run(functools.partial(case_billing.case_billing, self._session.actor, case_id))
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot(object, object)
    def on_changes_applied(self, changes: ChangeSet, _initiator: object) -> None:
        """The shown case's quotes, invoices or payments may have changed: read again (the dialog stays put)."""
        if self.isVisible() and self.case_id is not None and self.case_id in changes.case_ids:
            self._task.run(functools.partial(case_billing.case_billing, self._session.actor, self.case_id))

    @Slot(object)
    def _on_loaded(self, billing: CaseBilling) -> None:
        self.billing = billing
        self.setWindowTitle(self.tr("Billing of case {number}").format(number=billing.case_number))
        self.heading.setText(self.tr("<b>Case {number}</b>: quotes, invoices and payment schedule").format(
            number=billing.case_number))
        self._fill_quotes(billing)
        self._fill_invoices(billing)
        self._fill_schedule(billing)
        self._fill_totals(billing)
        self.sig_loaded.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.billing = None
        message = formatting.error_text(exc)
        self.heading.setText(message)
        for page in self.pages.values():
            page.show_empty(message)
        self.sig_loaded.emit()

    # -- filling -----------------------------------------------------------------------------
    def _money(self, value: Decimal | None) -> str:
        return formatting.money(value, self.billing.currency if self.billing else "EUR")

    def _fill_quotes(self, billing: CaseBilling) -> None:
        self.quotes.setRowCount(0)
        if not billing.quotes:
            self.pages["quotes"].show_empty(self.tr("No quote has been sent for this case yet."))
            return
        for quote in reversed(billing.quotes):  # newest first, as the icon reads it
            row = self.quotes.rowCount()
            self.quotes.insertRow(row)
            answered = ""
            if quote.answered_at is not None:
                who = (self.tr("the client") if quote.answered_by_kind == "client"
                       else self.tr("{name} (collaborator)").format(name=quote.answered_by or "?"))
                answered = _by_at(who, quote.answered_at)
            values = [quote.number, formatting.date(quote.issued_at), self._money(quote.amount),
                      _tr(QUOTE_STATUS.get(quote.status, quote.status)), _by_at(quote.sent_by, quote.issued_at),
                      answered]
            for column, text in enumerate(values):
                self.quotes.setItem(row, column, _cell(text, money=column == 2))
        self.pages["quotes"].show_content()

    def _fill_invoices(self, billing: CaseBilling) -> None:
        self.invoices.clear()
        if not billing.invoices:
            self.pages["invoices"].show_empty(self.tr("No invoice has been issued for this case yet."))
            return
        for invoice in reversed(billing.invoices):
            status = _tr(INVOICE_STATUS.get(invoice.status, invoice.status))
            top = QTreeWidgetItem(self.invoices, [
                self.tr("Invoice {number} ({status})").format(number=invoice.number, status=status),
                formatting.date(invoice.issued_at), "", "", "", self._money(invoice.total), invoice.issued_by])
            top.setData(0, Qt.ItemDataRole.UserRole, invoice.id)
            font = top.font(0)
            font.setBold(True)
            for column in range(self.invoices.columnCount()):
                top.setFont(column, font)
            for line in invoice.lines:
                QTreeWidgetItem(top, [line.description, "", formatting.index_value("number", str(line.quantity)),
                                      self._money(line.unit_price),
                                      formatting.index_value("number", str(line.vat_rate)),
                                      self._money(line.amount), ""])
            for payment in invoice.payments:
                label = self.tr("Payment ({method})").format(method=icon_text.method_label(payment.method))
                QTreeWidgetItem(top, [label, formatting.date(payment.paid_at), "", "", "",
                                      self._money(payment.amount), payment.recorded_by])
            if invoice.status == InvoiceStatus.ISSUED:
                text = (self.tr("Paid in full") if invoice.balance == 0
                        else self.tr("Still due: {amount}").format(amount=self._money(invoice.balance)))
                QTreeWidgetItem(top, [text])
            top.setExpanded(True)
        for column in (2, 3, 4, 5):
            for index in range(self.invoices.topLevelItemCount()):
                self._align_tree(self.invoices.topLevelItem(index), column)
        self.pages["invoices"].show_content()

    def _align_tree(self, item: QTreeWidgetItem, column: int) -> None:
        item.setTextAlignment(column, RIGHT)
        for child in range(item.childCount()):
            item.child(child).setTextAlignment(column, RIGHT)

    def _fill_schedule(self, billing: CaseBilling) -> None:
        self.schedule.setRowCount(0)
        if not billing.installments:
            text = (self.tr("The invoices of this case are paid in one go: there is no payment schedule.")
                    if billing.issued_invoices else
                    self.tr("No invoice has been issued yet, so there are no installments."))
            self.pages["installments"].show_empty(text)
            return
        counts: dict[int, int] = {}
        for installment in billing.installments:
            counts[installment.invoice_id] = counts.get(installment.invoice_id, 0) + 1
        today = dt.date.today()
        for installment in billing.installments:
            row = self.schedule.rowCount()
            self.schedule.insertRow(row)
            if installment.is_paid:
                paid = self.tr("Paid on {date}").format(date=formatting.date(installment.paid_at))
            elif installment.due_date < today:
                paid = self.tr("Overdue")
            else:
                paid = self.tr("Not yet")
            dates = ", ".join(formatting.date(p.paid_at) for p in installment.payments)
            values = [installment.invoice_number, f"{installment.sequence}/{counts[installment.invoice_id]}",
                      formatting.date(installment.due_date), self._money(installment.amount), paid, dates]
            for column, text in enumerate(values):
                self.schedule.setItem(row, column, _cell(text, money=column == 3))
        self.pages["installments"].show_content()

    def _fill_totals(self, billing: CaseBilling) -> None:
        parts = [self.tr("Invoiced: {amount}").format(amount=self._money(billing.invoiced_total)),
                 self.tr("Paid: {amount}").format(amount=self._money(billing.paid_total)),
                 self.tr("Still due: {amount}").format(amount=self._money(billing.balance))]
        if billing.installments:
            parts.append(self.tr("Installments paid: {paid} of {total}").format(
                paid=billing.installments_paid, total=len(billing.installments)))
        self.totals.setText("   ·   ".join(parts))
