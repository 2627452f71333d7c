"""The index dock: the case's main fields, its work area's index fields, the document's fields.

Read-only for now; editing (with required flags and lookup lists) comes with the case editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.services import queries
from desktop_app.services.queries import CaseDetail, DocumentDetail, IndexEntry
from desktop_app.views import formatting
from desktop_app.views.session import Session


def _value_label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)


class IndexPane(QWidget):
    """Object name `indexForm`; value labels are named `index_<field>` for scripts and tests."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexForm")
        self._session = session
        self._detail: CaseDetail | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.placeholder = QLabel(self.tr("Select a case to see its index."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        content = QWidget()
        self.headline = QLabel(content, objectName="index_headline")
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        self.case_box = QGroupBox(self.tr("Case"), content)
        case_form = QFormLayout(self.case_box)
        case_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("number", self.tr("Number")), ("status", self.tr("Status")), ("owner", self.tr("Owner")),
            ("prescriber", self.tr("Prescriber")), ("address", self.tr("Address")), ("city", self.tr("City")),
            ("created", self.tr("Created")), ("order_date", self.tr("Order date")),
            ("appointment", self.tr("Appointment")), ("assigned_user", self.tr("Assigned to")),
            ("amount", self.tr("Amount")), ("tariff", self.tr("Tariff")),
        ):
            self.values[key] = _value_label(self.case_box, f"index_{key}")
            case_form.addRow(label, self.values[key])
        self.values["status"].setTextFormat(Qt.TextFormat.RichText)  # a coloured dot before the name

        self.fields_box = QGroupBox(self.tr("Index fields"), content)
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.document_box = QGroupBox(content)
        self.document_form = QFormLayout(self.document_box)
        self.document_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.document_box.hide()

        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.headline)
        column.addWidget(self.case_box)
        column.addWidget(self.fields_box)
        column.addWidget(self.document_box)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def show_case(self, case_id: int | None) -> None:
        self.show_document(None)
        if case_id is None:
            self._show_placeholder(self.tr("Select a case to see its index."))
            return
        try:
            detail = queries.case_detail(self._session.actor, case_id)
        except AppError as exc:
            self._show_placeholder(formatting.error_text(exc))
            return
        self._detail = detail
        self.headline.setText(f"{detail.number} · {detail.owner}" if detail.owner else detail.number)
        values = {
            "number": detail.number,
            "status": detail.status_name,
            "owner": detail.owner,
            "prescriber": detail.prescriber,
            "address": " ".join(part for part in (detail.address, detail.postal_code) if part),
            "city": detail.city,
            "created": formatting.date(detail.created_at),
            "order_date": formatting.date(detail.order_date),
            "appointment": formatting.date_time(detail.appointment_at),
            "assigned_user": detail.assigned_user,
            "amount": formatting.money(detail.amount, detail.currency),
            "tariff": formatting.money(detail.tariff, detail.currency),
        }
        for key, text in values.items():
            self.values[key].setText(text or "—")
        self.values["status"].setText(f'<span style="color:{detail.status_colour}">●</span> {_escape(detail.status_name)}')
        self.fields_box.setTitle(self.tr("Index fields · {area}").format(area=detail.work_area))
        self._fill(self.fields_form, detail.index_values, detail.currency,
                   self.tr("This work area has no index fields."))
        self._stack.setCurrentWidget(self.scroll)

    def show_document(self, document_id: int | None) -> None:
        """Adds the current document's own index values below the case's, if it has any."""
        if document_id is None or self._detail is None:
            self.document_box.hide()
            return
        try:
            document: DocumentDetail = queries.document_detail(self._session.actor, document_id)
        except AppError:
            self.document_box.hide()
            return
        if not document.index_values:
            self.document_box.hide()
            return
        self.document_box.setTitle(self.tr("Document · {title}").format(title=document.title))
        self._fill(self.document_form, document.index_values, self._detail.currency, "")
        self.document_box.show()

    def _fill(self, form: QFormLayout, entries: list[IndexEntry], currency: str, empty: str) -> None:
        _clear(form)
        if not entries and empty:
            note = _value_label(form.parentWidget())
            note.setText(empty)
            form.addRow(note)
            return
        for entry in entries:
            label = entry.label + (" *" if entry.required else "")
            value = _value_label(form.parentWidget(), f"index_field_{entry.code}")
            value.setText(formatting.index_value(entry.kind, entry.value, currency) or "—")
            form.addRow(label, value)

    def _show_placeholder(self, text: str) -> None:
        self._detail = None
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

