"""The list tabs of the settings dialog: cancellation reasons, document types, index fields."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.states import FieldKind
from desktop_app.services.settings import catalog_config
from desktop_app.services.settings.workflow_config import WorkflowConfig
from desktop_app.views.common import formatting
from desktop_app.views.settings.settings_common import (
    CENTRE,
    FIELD_KIND_LABELS,
    ID_ROLE,
    RIGHT,
    ButtonRow,
    SettingsHost,
    cell,
    check_cell,
    moved,
    row_ids,
    select_id,
    selected_id,
    table,
    tr,
)


class _ListTab(QWidget):
    """A table with its buttons; subclasses fill it and say what the buttons call."""

    def __init__(self, dialog: SettingsHost, name: str) -> None:
        super().__init__(dialog, objectName=name)
        self.dialog = dialog
        self.config: WorkflowConfig | None = None
        self._filling = False

    def _apply(self, function, *args, **kwargs) -> None:
        self.dialog.apply(functools.partial(function, self.dialog.actor, *args, **kwargs))

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None


class ReasonsTab(_ListTab):
    def __init__(self, dialog: SettingsHost) -> None:
        super().__init__(dialog, "settingsReasonsTab")
        self.table = table(self, "settingsReasonTable", [self.tr("Reason"), self.tr("Offered"), self.tr("Scope"),
                                                         self.tr("Cases")])
        self.table.itemChanged.connect(self._on_item_changed)
        self.buttons = ButtonRow(self, "settingsReason", [
            ("add", self.tr("Add…"), self.add_reason), ("edit", self.tr("Rename…"), self.rename_reason),
            ("remove", self.tr("Remove"), self.remove_reason), ("up", self.tr("Up"), lambda: self.move(-1)),
            ("down", self.tr("Down"), lambda: self.move(1))])
        note = QLabel(self.tr("A reason used by cases cannot be removed: untick “Offered” to stop offering it."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        layout.addWidget(note)

    def show_config(self, config: WorkflowConfig) -> None:
        keep = selected_id(self.table)
        self.config = config
        self._filling = True
        try:
            self.table.setRowCount(len(config.cancellation_reasons))
            for row, reason in enumerate(config.cancellation_reasons):
                self.table.setItem(row, 0, cell(reason.label, reason.id))
                self.table.setItem(row, 1, check_cell(reason.active, reason.id))
                self.table.setItem(row, 2, cell(self.tr("Every work area") if reason.shared else self.tr("This work area")))
                self.table.setItem(row, 3, cell(formatting.number(reason.case_count), align=RIGHT))
        finally:
            self._filling = False
        select_id(self.table, keep)

    def add_reason(self, label: str | None = None) -> None:
        label = label if label is not None else self._ask(self.tr("New cancellation reason"), self.tr("Reason"))
        if label is not None:
            self._apply(catalog_config.add_reason, self.dialog.work_area_id, label)

    def rename_reason(self, label: str | None = None) -> None:
        reason_id = selected_id(self.table)
        if reason_id is None:
            return
        if label is None:
            label = self._ask(self.tr("Rename the reason"), self.tr("Reason"), self.table.currentItem().text())
        if label is not None:
            self._apply(catalog_config.rename_reason, reason_id, label)

    def remove_reason(self) -> None:
        reason_id = selected_id(self.table)
        if reason_id is not None:
            self._apply(catalog_config.remove_reason, reason_id)

    def move(self, step: int) -> None:
        order = moved(row_ids(self.table), selected_id(self.table), step)
        if order is not None:
            self._apply(catalog_config.reorder_reasons, self.dialog.work_area_id, order)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == 1:
            self._apply(catalog_config.set_reason_active, item.data(ID_ROLE), item.checkState() == Qt.CheckState.Checked)


class DocumentTypesTab(_ListTab):
    def __init__(self, dialog: SettingsHost) -> None:
        super().__init__(dialog, "settingsDocumentTypesTab")
        self.table = table(self, "settingsDocumentTypeTable", [self.tr("Document type"), self.tr("Report"),
                                                               self.tr("Code"), self.tr("Documents")])
        self.table.setToolTip(self.tr("Documents of a report type drive the case list's Report icon."))
        self.table.itemChanged.connect(self._on_item_changed)
        self.buttons = ButtonRow(self, "settingsDocumentType", [
            ("add", self.tr("Add…"), self.add_type), ("edit", self.tr("Rename…"), self.rename_type),
            ("remove", self.tr("Remove"), self.remove_type), ("up", self.tr("Up"), lambda: self.move(-1)),
            ("down", self.tr("Down"), lambda: self.move(1))])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def show_config(self, config: WorkflowConfig) -> None:
        keep = selected_id(self.table)
        self.config = config
        self._filling = True
        try:
            self.table.setRowCount(len(config.document_types))
            for row, doc_type in enumerate(config.document_types):
                self.table.setItem(row, 0, cell(doc_type.name, doc_type.id))
                self.table.setItem(row, 1, check_cell(doc_type.is_report, doc_type.id))
                self.table.setItem(row, 2, cell(doc_type.code))
                self.table.setItem(row, 3, cell(formatting.number(doc_type.document_count), align=RIGHT))
        finally:
            self._filling = False
        select_id(self.table, keep)

    def add_type(self, name: str | None = None) -> None:
        name = name if name is not None else self._ask(self.tr("New document type"), self.tr("Name"))
        if name is not None:
            self._apply(catalog_config.add_document_type, self.dialog.work_area_id, name)

    def rename_type(self, name: str | None = None) -> None:
        type_id = selected_id(self.table)
        if type_id is None:
            return
        if name is None:
            name = self._ask(self.tr("Rename the document type"), self.tr("Name"), self.table.currentItem().text())
        if name is not None:
            self._apply(catalog_config.rename_document_type, type_id, name)

    def remove_type(self) -> None:
        type_id = selected_id(self.table)
        if type_id is not None:
            self._apply(catalog_config.remove_document_type, type_id)

    def move(self, step: int) -> None:
        order = moved(row_ids(self.table), selected_id(self.table), step)
        if order is not None:
            self._apply(catalog_config.reorder_document_types, self.dialog.work_area_id, order)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == 1:
            self._apply(catalog_config.set_document_type_report, item.data(ID_ROLE),
                        item.checkState() == Qt.CheckState.Checked)


class IndexFieldsTab(_ListTab):
    """The case's fields or one document type's (the scope combo), and a choice field's values."""

    def __init__(self, dialog: SettingsHost) -> None:
        super().__init__(dialog, "settingsIndexFieldsTab")
        self.scope = QComboBox(self, objectName="settingsFieldScope")
        self.scope.currentIndexChanged.connect(self._fill)
        self.table = table(self, "settingsFieldTable", [self.tr("Label"), self.tr("Code"), self.tr("Kind"),
                                                        self.tr("Required"), self.tr("Values")])
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._fill_lookups)
        self.buttons = ButtonRow(self, "settingsField", [
            ("add", self.tr("Add…"), self.add_field), ("edit", self.tr("Rename…"), self.rename_field),
            ("kind", self.tr("Kind…"), self.change_kind), ("remove", self.tr("Remove"), self.remove_field),
            ("up", self.tr("Up"), lambda: self.move(-1)), ("down", self.tr("Down"), lambda: self.move(1))])
        self.lookups = QListWidget(self, objectName="settingsLookupValues")
        self.lookup_buttons = ButtonRow(self, "settingsLookup", [
            ("add", self.tr("Add…"), self.add_lookup), ("remove", self.tr("Remove"), self.remove_lookup),
            ("up", self.tr("Up"), lambda: self.move_lookup(-1)), ("down", self.tr("Down"), lambda: self.move_lookup(1))])
        lookup_box = QGroupBox(self.tr("Values of the list"), self, objectName="settingsLookupBox")
        lookup_layout = QVBoxLayout(lookup_box)
        lookup_layout.addWidget(self.lookups)
        lookup_layout.addLayout(self.lookup_buttons)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Fields of"), self))
        scope_row.addWidget(self.scope)
        scope_row.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(scope_row)
        left.addWidget(self.table)
        left.addLayout(self.buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(lookup_box, 1)

    @property
    def document_type_id(self) -> int | None:
        return self.scope.currentData()

    def show_config(self, config: WorkflowConfig) -> None:
        self.config = config
        keep = self.document_type_id
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("the case"), None)
        for doc_type in config.document_types:
            self.scope.addItem(self.tr("documents of type {name}").format(name=doc_type.name), doc_type.id)
        self.scope.setCurrentIndex(max(self.scope.findData(keep), 0))
        self.scope.blockSignals(False)
        self._fill()

    def fields(self) -> list[catalog_config.IndexFieldInfo]:
        if self.config is None:
            return []
        return [f for f in self.config.index_fields if f.document_type_id == self.document_type_id]

    def selected_field(self) -> catalog_config.IndexFieldInfo | None:
        field_id = selected_id(self.table)
        return next((f for f in self.fields() if f.id == field_id), None)

    @Slot()
    def _fill(self) -> None:
        keep = selected_id(self.table)
        fields = self.fields()
        self._filling = True
        try:
            self.table.setRowCount(len(fields))
            for row, field in enumerate(fields):
                self.table.setItem(row, 0, cell(field.label, field.id))
                self.table.setItem(row, 1, cell(field.code))
                self.table.setItem(row, 2, cell(tr(FIELD_KIND_LABELS.get(field.kind, field.kind))))
                self.table.setItem(row, 3, check_cell(field.required, field.id))
                self.table.setItem(row, 4, cell(formatting.number(field.value_count), align=RIGHT))
        finally:
            self._filling = False
        select_id(self.table, keep)
        self._fill_lookups()

    @Slot()
    def _fill_lookups(self) -> None:
        field = self.selected_field()
        keep = self.lookups.currentItem().data(ID_ROLE) if self.lookups.currentItem() else None
        self.lookups.clear()
        choice = field is not None and field.kind == FieldKind.CHOICE
        for key, button in self.lookup_buttons.buttons.items():
            button.setEnabled(choice and (key == "add" or bool(field.lookup_values)))
        if not choice:
            item = QListWidgetItem(self.tr("Only a choice field has a list of values."), self.lookups)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setTextAlignment(CENTRE)
            return
        for value_id, value in field.lookup_values:
            item = QListWidgetItem(value, self.lookups)
            item.setData(ID_ROLE, value_id)
            if value_id == keep:
                self.lookups.setCurrentItem(item)

    def add_field(self, label: str | None = None, kind: str | None = None) -> None:
        if label is None:
            label = self._ask(self.tr("New index field"), self.tr("Label"))
            if label is None:
                return
        if kind is None:
            kind = self._ask_kind(FieldKind.TEXT)
            if kind is None:
                return
        self._apply(catalog_config.add_index_field, self.dialog.work_area_id, label, kind,
                    document_type_id=self.document_type_id)

    def _ask_kind(self, current: str) -> str | None:
        labels = [tr(label) for label in FIELD_KIND_LABELS.values()]
        kinds = list(FIELD_KIND_LABELS)
        chosen, ok = QInputDialog.getItem(self, self.tr("Field kind"), self.tr("Kind"), labels,
                                          kinds.index(FieldKind(current)), False)
        return str(kinds[labels.index(chosen)]) if ok else None

    def rename_field(self, label: str | None = None) -> None:
        field = self.selected_field()
        if field is None:
            return
        label = label if label is not None else self._ask(self.tr("Rename the field"), self.tr("Label"), field.label)
        if label is not None:
            self._apply(catalog_config.rename_index_field, field.id, label)

    def change_kind(self, kind: str | None = None) -> None:
        field = self.selected_field()
        if field is None:
            return
        kind = kind if kind is not None else self._ask_kind(field.kind)
        if kind is not None:
            self._apply(catalog_config.set_index_field_kind, field.id, kind)

    def remove_field(self) -> None:
        field = self.selected_field()
        if field is not None:
            self._apply(catalog_config.remove_index_field, field.id)

    def move(self, step: int) -> None:
        order = moved(row_ids(self.table), selected_id(self.table), step)
        if order is not None:
            self._apply(catalog_config.reorder_index_fields, self.dialog.work_area_id, self.document_type_id, order)

    def add_lookup(self, value: str | None = None) -> None:
        field = self.selected_field()
        if field is None:
            return
        value = value if value is not None else self._ask(self.tr("New value"), self.tr("Value"))
        if value is not None:
            self._apply(catalog_config.add_lookup_value, field.id, value)

    def remove_lookup(self) -> None:
        item = self.lookups.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            self._apply(catalog_config.remove_lookup_value, item.data(ID_ROLE))

    def move_lookup(self, step: int) -> None:
        field, item = self.selected_field(), self.lookups.currentItem()
        if field is None or item is None:
            return
        order = moved([value_id for value_id, _v in field.lookup_values], item.data(ID_ROLE), step)
        if order is not None:
            self._apply(catalog_config.reorder_lookup_values, field.id, order)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == 3:
            self._apply(catalog_config.set_index_field_required, item.data(ID_ROLE),
                        item.checkState() == Qt.CheckState.Checked)
