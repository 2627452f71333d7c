"""The Workflow tab of the settings dialog: statuses, the transition grid, guards and entry actions."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.states import RoleCode, StatusKind
from desktop_app.services.settings import workflow_config
from desktop_app.services.settings.workflow_config import StatusInfo, WorkflowConfig
from desktop_app.views.common import formatting, icons
from desktop_app.views.settings.settings_common import (
    CENTRE,
    DATE_FIELD_LABELS,
    ID_ROLE,
    KIND_LABELS,
    RIGHT,
    ROLE_LABELS,
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


class StatusForm(QDialog):
    """Name, kind, colour, help text (and, when editing, the initial flag) of a status."""

    def __init__(self, parent: QWidget, status: StatusInfo | None = None) -> None:
        super().__init__(parent, objectName="settingsStatusForm")
        self.setWindowTitle(self.tr("Edit status") if status else self.tr("New status"))
        self.name = QLineEdit(status.name if status else "", self, objectName="statusFormName")
        self.kind = QComboBox(self, objectName="statusFormKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), str(kind))
        self.kind.setCurrentIndex(self.kind.findData(status.kind if status else StatusKind.OPEN))
        self.colour = QLineEdit(status.colour if status else workflow_config.DEFAULT_COLOUR, self,
                                objectName="statusFormColour")
        self.colour.setInputMask("\\#HHHHHH")
        choose = QPushButton(self.tr("Choose…"), self, objectName="statusFormChooseColour")
        choose.clicked.connect(self._choose_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addWidget(choose)
        self.help = QPlainTextEdit(status.help_text if status else "", self, objectName="statusFormHelp")
        self.help.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.initial = QCheckBox(self.tr("New cases start in this status"), self, objectName="statusFormInitial")
        self.initial.setChecked(bool(status and status.is_initial))
        self.initial.setVisible(status is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.tr("Help text"), self.help)
        form.addRow("", self.initial)
        form.addRow(buttons)

    @Slot()
    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text()), self, self.tr("Status colour"))
        if chosen.isValid():
            self.colour.setText(chosen.name())

    def values(self) -> dict:
        return {"name": self.name.text(), "kind": self.kind.currentData(), "colour": self.colour.text(),
                "help_text": self.help.toPlainText(), "is_initial": self.initial.isChecked() or None}


class WorkflowTab(QWidget):
    def __init__(self, dialog: SettingsHost) -> None:
        super().__init__(dialog, objectName="settingsWorkflowTab")
        self.dialog = dialog
        self.config: WorkflowConfig | None = None
        self._filling = False
        self.statuses = table(self, "settingsStatusTable", [self.tr("Status"), self.tr("Kind"), self.tr("Initial"),
                                                            self.tr("Cases")])
        self.statuses.itemSelectionChanged.connect(self._show_selected)
        self.buttons = ButtonRow(self, "settingsStatus", [
            ("add", self.tr("Add…"), self.add_status), ("edit", self.tr("Edit…"), self.edit_status),
            ("remove", self.tr("Remove"), self.remove_status), ("up", self.tr("Up"), lambda: self.move_status(-1)),
            ("down", self.tr("Down"), lambda: self.move_status(1)),
            ("move", self.tr("Move its cases to…"), self.move_cases)])
        self.statuses.doubleClicked.connect(lambda _index: self.edit_status())
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.statuses)
        left_layout.addLayout(self.buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._details())
        splitter.setSizes([560, 520])
        self.grid = QTableWidget(0, 0, self, objectName="settingsTransitionGrid")
        self.grid.setToolTip(self.tr("Tick a cell to allow moving a case from the row's status to the column's."))
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.grid.itemChanged.connect(self._on_grid_changed)
        grid_box = QGroupBox(self.tr("Allowed moves (row: from, column: to)"), self)
        QVBoxLayout(grid_box).addWidget(self.grid)
        vertical = QSplitter(Qt.Orientation.Vertical, self)
        vertical.addWidget(splitter)
        vertical.addWidget(grid_box)
        vertical.setSizes([440, 260])
        self.idle_days = QSpinBox(self, objectName="settingsIdleDays")
        self.idle_days.setRange(*workflow_config.IDLE_DAYS_RANGE)
        self.idle_days.setSuffix(self.tr(" days"))
        self.idle_days.setToolTip(self.tr("A case of this work area left unchanged this long in an open status is "
                                          "reported to the sales managers of its team."))
        self.idle_days.editingFinished.connect(self._on_idle_days)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("Report a case as idle after"), self))
        idle_row.addWidget(self.idle_days)
        idle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(vertical)
        layout.addLayout(idle_row)

    def _details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected status"), self, objectName="settingsStatusDetails")
        self.details = box
        self.help_label = QLabel(box, objectName="settingsStatusHelp")
        self.help_label.setWordWrap(True)
        self.required_documents = QListWidget(box, objectName="settingsRequiredDocuments")
        self.required_fields = QListWidget(box, objectName="settingsRequiredFields")
        for widget in (self.required_documents, self.required_fields):
            widget.itemChanged.connect(self._on_guard_changed)
        self.entry_date = QComboBox(box, objectName="settingsEntryDate")
        for code, label in DATE_FIELD_LABELS.items():
            self.entry_date.addItem(tr(label), code)
        self.notify_role = QComboBox(box, objectName="settingsNotifyRole")
        self.notify_role.addItem(self.tr("Nobody"), None)
        for role in RoleCode:
            self.notify_role.addItem(tr(ROLE_LABELS[role]), str(role))
        self.entry_date.currentIndexChanged.connect(self._on_entry_changed)
        self.notify_role.currentIndexChanged.connect(self._on_entry_changed)
        self.guards = table(box, "settingsMoveGuards", [self.tr("Move to"), self.tr("Needs a reason"),
                                                        self.tr("Only for")])
        self.guards.verticalHeader().setDefaultSectionSize(self.notify_role.sizeHint().height() + 2)
        self.guards.itemChanged.connect(self._on_reason_changed)
        lines = self.fontMetrics().height()
        for widget in (self.required_documents, self.required_fields):
            widget.setMaximumHeight(lines * 6 + 8)
        form = QFormLayout()
        form.addRow(self.tr("Required documents"), self.required_documents)
        form.addRow(self.tr("Required fields"), self.required_fields)
        form.addRow(self.tr("Set on entry"), self.entry_date)
        form.addRow(self.tr("Notify on entry"), self.notify_role)
        layout = QVBoxLayout(box)
        layout.addWidget(self.help_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Moves from this status and who may take them"), box))
        layout.addWidget(self.guards, 1)
        box.setMinimumWidth(480)
        return box

    # -- showing -------------------------------------------------------------------------------------------
    def show_config(self, config: WorkflowConfig) -> None:
        keep = self.selected_status_id
        self.config = config
        self._filling = True
        try:
            self.statuses.setRowCount(len(config.statuses))
            for row, status in enumerate(config.statuses):
                name = cell(status.name, status.id)
                name.setIcon(icons.colour_dot(status.colour))
                name.setToolTip(status.help_text)
                self.statuses.setItem(row, 0, name)
                self.statuses.setItem(row, 1, cell(tr(KIND_LABELS.get(status.kind, status.kind))))
                self.statuses.setItem(row, 2, cell("✓" if status.is_initial else "", align=CENTRE))
                self.statuses.setItem(row, 3, cell(formatting.number(status.case_count), align=RIGHT))
            self._fill_grid(config)
            self.idle_days.setValue(config.idle_days)
        finally:
            self._filling = False
        self.statuses.blockSignals(True)  # one refresh of the details below, not two
        select_id(self.statuses, keep)
        self.statuses.blockSignals(False)
        self._show_selected()

    def _fill_grid(self, config: WorkflowConfig) -> None:
        names = [s.name for s in config.statuses]
        self.grid.clear()
        self.grid.setRowCount(len(names))
        self.grid.setColumnCount(len(names))
        self.grid.setHorizontalHeaderLabels(names)
        self.grid.setVerticalHeaderLabels(names)
        for row, source in enumerate(config.statuses):
            for column, target in enumerate(config.statuses):
                item = check_cell(config.allowed(source.id, target.id) is not None, target.id,
                                  enabled=source.id != target.id)
                if source.id == target.id:
                    item.setData(Qt.ItemDataRole.CheckStateRole, None)
                item.setData(ID_ROLE + 1, source.id)
                self.grid.setItem(row, column, item)
        self.grid.resizeColumnsToContents()

    @property
    def selected_status_id(self) -> int | None:
        return selected_id(self.statuses)

    def selected_status(self) -> StatusInfo | None:
        return None if self.config is None else self.config.status(self.selected_status_id or -1)

    @Slot()
    def _show_selected(self) -> None:
        status, config = self.selected_status(), self.config
        self.buttons.buttons["move"].setEnabled(bool(status and status.case_count))
        if status is None or config is None:
            return
        self._filling = True
        try:
            self.details.setTitle(self.tr("Selected status: {name}").format(name=status.name))
            self.help_label.setText(status.help_text or self.tr("(no help text)"))
            self.required_documents.clear()
            for doc_type in config.document_types:
                self._check_item(self.required_documents, doc_type.name, doc_type.id,
                                 doc_type.id in status.required_document_ids)
            self.required_fields.clear()
            for field in (f for f in config.index_fields if f.document_type_id is None):
                self._check_item(self.required_fields, field.label, field.id, field.id in status.required_field_ids)
            self.entry_date.setCurrentIndex(max(self.entry_date.findData(status.entry_date_field), 0))
            self.notify_role.setCurrentIndex(max(self.notify_role.findData(status.notify_role), 0))
            moves = [t for t in config.transitions if t.from_id == status.id]
            for row in range(self.guards.rowCount()):  # Qt keeps replaced cell widgets alive: drop them
                old = self.guards.cellWidget(row, 2)
                if old is not None:
                    self.guards.removeCellWidget(row, 2)
                    old.hide()
                    old.deleteLater()
            self.guards.setRowCount(len(moves))
            for row, move in enumerate(moves):
                target = config.status(move.to_id)
                self.guards.setItem(row, 0, cell(target.name if target else "?", move.to_id))
                self.guards.setItem(row, 1, check_cell(move.requires_reason, move.to_id))
                combo = QComboBox(self.guards, objectName=f"settingsMoveRole_{move.to_id}")
                combo.addItem(self.tr("Anyone allowed to move cases"), None)
                for role in RoleCode:
                    combo.addItem(tr(ROLE_LABELS[role]), str(role))
                combo.setCurrentIndex(max(combo.findData(move.required_role), 0))
                combo.currentIndexChanged.connect(functools.partial(self._on_role_changed, move.to_id, combo))
                self.guards.setCellWidget(row, 2, combo)
        finally:
            self._filling = False

    @staticmethod
    def _check_item(view: QListWidget, text: str, row_id: int, checked: bool) -> None:
        item = QListWidgetItem(text, view)
        item.setData(ID_ROLE, row_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- changes -------------------------------------------------------------------------------------------
    def _apply(self, function, *args, **kwargs) -> None:
        self.dialog.apply(functools.partial(function, self.dialog.actor, *args, **kwargs))

    def add_status(self, values: dict | None = None) -> None:
        if values is None:
            form = StatusForm(self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return
            values = form.values()
        values = {k: v for k, v in values.items() if k != "is_initial"}
        self._apply(workflow_config.add_status, self.dialog.work_area_id, **values)

    def edit_status(self, values: dict | None = None) -> None:
        status = self.selected_status()
        if status is None:
            return
        if values is None:
            form = StatusForm(self, status)
            if form.exec() != QDialog.DialogCode.Accepted:
                return
            values = form.values()
        self._apply(workflow_config.update_status, status.id, **values)

    def remove_status(self) -> None:
        status = self.selected_status()
        if status is None:
            return
        # With cases in it the service refuses (and says which); otherwise ask first.
        if status.case_count == 0 and not self.dialog.confirm(self.tr(
                "Remove the status {name}, its allowed moves and its requirements?").format(name=status.name)):
            return
        self._apply(workflow_config.remove_status, status.id)

    def move_status(self, step: int) -> None:
        order = moved(row_ids(self.statuses), self.selected_status_id, step)
        if order is not None:
            self._apply(workflow_config.reorder_statuses, self.dialog.work_area_id, order)

    def move_cases(self, target_id: int | None = None) -> None:
        status, config = self.selected_status(), self.config
        if status is None or config is None:
            return
        if target_id is None:
            others = [s for s in config.statuses if s.id != status.id]
            names = [s.name for s in others]
            name, ok = QInputDialog.getItem(self, self.tr("Move cases"), self.tr(
                "Move the {count} case(s) in {name} (archived and trashed included) to:").format(
                count=formatting.number(status.case_count), name=status.name), names, 0, False)
            if not ok:
                return
            target_id = others[names.index(name)].id
        self._apply(workflow_config.move_cases, status.id, target_id)

    @Slot(QTableWidgetItem)
    def _on_grid_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.config is None:
            return
        source, target = item.data(ID_ROLE + 1), item.data(ID_ROLE)
        target_status = self.config.status(target)
        allowed = item.checkState() == Qt.CheckState.Checked
        reason = bool(target_status and target_status.kind == StatusKind.CLOSED_CANCELLED)
        self._apply(workflow_config.set_transition, source, target, allowed, requires_reason=reason)

    @Slot(QListWidgetItem)
    def _on_guard_changed(self, item: QListWidgetItem) -> None:
        status = self.selected_status()
        if self._filling or status is None:
            return
        view = item.listWidget()
        ids = [view.item(i).data(ID_ROLE) for i in range(view.count())
               if view.item(i).checkState() == Qt.CheckState.Checked]
        if view is self.required_documents:
            self._apply(workflow_config.set_required_documents, status.id, ids)
        else:
            self._apply(workflow_config.set_required_fields, status.id, ids)

    @Slot()
    def _on_idle_days(self) -> None:
        if self.config is not None and not self._filling and self.idle_days.value() != self.config.idle_days:
            self._apply(workflow_config.set_idle_days, self.config.work_area_id, self.idle_days.value())

    def _on_entry_changed(self) -> None:
        status = self.selected_status()
        if self._filling or status is None:
            return
        self._apply(workflow_config.set_entry_actions, status.id, self.entry_date.currentData(),
                    self.notify_role.currentData())

    def _guard(self, to_id: int) -> tuple[bool, str | None]:
        move = self.config.allowed(self.selected_status_id, to_id) if self.config else None
        return (move.requires_reason, move.required_role) if move else (False, None)

    @Slot(QTableWidgetItem)
    def _on_reason_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        _reason, role = self._guard(item.data(ID_ROLE))
        self._apply(workflow_config.set_transition, self.selected_status_id, item.data(ID_ROLE), True,
                    requires_reason=item.checkState() == Qt.CheckState.Checked, required_role=role)

    def _on_role_changed(self, to_id: int, combo: QComboBox, _index: int) -> None:
        if self._filling:
            return
        reason, _role = self._guard(to_id)
        self._apply(workflow_config.set_transition, self.selected_status_id, to_id, True,
                    requires_reason=reason, required_role=combo.currentData())
