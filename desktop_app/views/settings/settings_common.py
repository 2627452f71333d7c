"""Pieces the settings dialog's tabs share: translated labels, tables, button rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.models.states import FieldKind, RoleCode, StatusKind
from desktop_app.services.context import Actor
from desktop_app.services.permissions import Action
from desktop_app.services.settings.workflow_config import WorkflowConfig
from desktop_app.views.common import icons
from desktop_app.views.common.session import Session

CTX = "SettingsDialog"


class SettingsHost(Protocol):
    """What a tab needs of the settings dialog (the dialog itself: the tabs never import it)."""

    session: Session
    actor: Actor
    config: WorkflowConfig | None
    message: QLabel

    @property
    def work_area_id(self) -> int | None: ...

    def apply(self, change: Callable[[], object], done: str = "") -> None: ...

    def show_error(self, exc: object) -> None: ...

    def confirm(self, text: str) -> bool: ...

    def parentWidget(self) -> QWidget | None: ...
ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter

KIND_LABELS = {
    StatusKind.OPEN: QT_TRANSLATE_NOOP("SettingsDialog", "Open"),
    StatusKind.ON_HOLD: QT_TRANSLATE_NOOP("SettingsDialog", "On hold"),
    StatusKind.CLOSED_DONE: QT_TRANSLATE_NOOP("SettingsDialog", "Closed — done"),
    StatusKind.CLOSED_CANCELLED: QT_TRANSLATE_NOOP("SettingsDialog", "Closed — cancelled"),
}
ROLE_LABELS = {
    RoleCode.ADMIN: QT_TRANSLATE_NOOP("SettingsDialog", "Administrator"),
    RoleCode.ADMINISTRATIVE: QT_TRANSLATE_NOOP("SettingsDialog", "Administrative clerk"),
    RoleCode.SALES_MANAGER: QT_TRANSLATE_NOOP("SettingsDialog", "Sales manager"),
    RoleCode.SALES_ADVISOR: QT_TRANSLATE_NOOP("SettingsDialog", "Sales advisor"),
    RoleCode.TECHNICIAN: QT_TRANSLATE_NOOP("SettingsDialog", "Technician"),
}
FIELD_KIND_LABELS = {
    FieldKind.TEXT: QT_TRANSLATE_NOOP("SettingsDialog", "Text"),
    FieldKind.NUMBER: QT_TRANSLATE_NOOP("SettingsDialog", "Number"),
    FieldKind.MONEY: QT_TRANSLATE_NOOP("SettingsDialog", "Amount"),
    FieldKind.DATE: QT_TRANSLATE_NOOP("SettingsDialog", "Date"),
    FieldKind.CHOICE: QT_TRANSLATE_NOOP("SettingsDialog", "Choice from a list"),
    FieldKind.BOOL: QT_TRANSLATE_NOOP("SettingsDialog", "Yes / no"),
}
DATE_FIELD_LABELS = {
    None: QT_TRANSLATE_NOOP("SettingsDialog", "No date"),
    "order_date": QT_TRANSLATE_NOOP("SettingsDialog", "Order date"),
    "reserved_date": QT_TRANSLATE_NOOP("SettingsDialog", "Reserved date"),
}
ACTION_LABELS = {
    Action.CASE_CREATE: QT_TRANSLATE_NOOP("SettingsDialog", "Create cases"),
    Action.CASE_EDIT: QT_TRANSLATE_NOOP("SettingsDialog", "Edit cases"),
    Action.CASE_ASSIGN: QT_TRANSLATE_NOOP("SettingsDialog", "Reassign cases"),
    Action.CASE_CHANGE_STATUS: QT_TRANSLATE_NOOP("SettingsDialog", "Change a case's status"),
    Action.CASE_CLOSE: QT_TRANSLATE_NOOP("SettingsDialog", "Close cases"),
    Action.CASE_ARCHIVE: QT_TRANSLATE_NOOP("SettingsDialog", "Archive cases"),
    Action.CASE_TRASH: QT_TRANSLATE_NOOP("SettingsDialog", "Move cases to the trash"),
    Action.CASE_RESTORE: QT_TRANSLATE_NOOP("SettingsDialog", "Restore cases from the trash"),
    Action.CASE_PURGE: QT_TRANSLATE_NOOP("SettingsDialog", "Purge cases for good"),
    Action.DOCUMENT_ADD: QT_TRANSLATE_NOOP("SettingsDialog", "Add documents"),
    Action.DOCUMENT_CHECK: QT_TRANSLATE_NOOP("SettingsDialog", "Mark documents as checked"),
    Action.DOCUMENT_EDIT: QT_TRANSLATE_NOOP("SettingsDialog", "Edit documents"),
    Action.REPORT_ACCESS: QT_TRANSLATE_NOOP("SettingsDialog", "Block and deliver reports"),
    Action.BILLING_EDIT: QT_TRANSLATE_NOOP("SettingsDialog", "Quotes, invoices and amounts"),
    Action.PAYMENT_RECORD: QT_TRANSLATE_NOOP("SettingsDialog", "Record payments"),
    Action.SERVICE_ORDER_EDIT: QT_TRANSLATE_NOOP("SettingsDialog", "Edit service orders"),
    Action.NOTE_ADD: QT_TRANSLATE_NOOP("SettingsDialog", "Add notes and alerts"),
    Action.USER_MANAGE: QT_TRANSLATE_NOOP("SettingsDialog", "Manage users"),
    Action.SETTINGS_EDIT: QT_TRANSLATE_NOOP("SettingsDialog", "Edit settings"),
    Action.OFFICE_ADMIN: QT_TRANSLATE_NOOP("SettingsDialog", "Back up, restore and repair"),
    Action.EXPORT: QT_TRANSLATE_NOOP("SettingsDialog", "Export"),
}


def tr(text: str | None) -> str:
    return QCoreApplication.translate(CTX, text or "")


def table(parent: QWidget, name: str, headers: list[str], stretch: int = 0) -> QTableWidget:
    view = QTableWidget(0, len(headers), parent, objectName=name)
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def cell(text: str, row_id: int | None = None, align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if row_id is not None:
        item.setData(ID_ROLE, row_id)
    if align is not None:
        item.setTextAlignment(align)
    return item


def check_cell(checked: bool, row_id: int, enabled: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(ID_ROLE, row_id)
    flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def selected_id(view: QTableWidget) -> int | None:
    row = view.currentRow()
    item = view.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(ID_ROLE)


def row_ids(view: QTableWidget) -> list[int]:
    return [view.item(row, 0).data(ID_ROLE) for row in range(view.rowCount())]


def select_id(view: QTableWidget, row_id: int | None) -> None:
    ids = row_ids(view)
    if row_id in ids:
        view.selectRow(ids.index(row_id))
    elif ids:
        view.selectRow(0)


def moved(ids: list[int], row_id: int | None, step: int) -> list[int] | None:
    """`ids` with `row_id` moved one place up (-1) or down (+1); None when it cannot move."""
    if row_id not in ids:
        return None
    index = ids.index(row_id)
    if not 0 <= index + step < len(ids):
        return None
    order = list(ids)
    order[index], order[index + step] = order[index + step], order[index]
    return order


class ButtonRow(QHBoxLayout):
    """A row of small buttons (add, edit, remove, up, down…) named `<prefix><Key>`."""

    GLYPHS = {"add": "fa5s.plus", "edit": "fa5s.pen", "remove": "fa5s.trash-alt", "up": "fa5s.arrow-up",
              "down": "fa5s.arrow-down", "move": "fa5s.exchange-alt", "kind": "fa5s.shapes"}

    def __init__(self, parent: QWidget, prefix: str, buttons: list[tuple[str, str, Callable[[], object]]]):
        super().__init__()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in buttons:
            button = QPushButton(icons.icon(self.GLYPHS.get(key, "fa5s.circle"), icons.BLUE), text, parent,
                                 objectName=f"{prefix}{key.capitalize()}")
            button.clicked.connect(lambda _checked=False, call=slot: call())  # never `checked` as an argument
            self.addWidget(button)
            self.buttons[key] = button
        self.addStretch(1)
