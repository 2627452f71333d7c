"""The Intake tab of the settings dialog: a work area's watch folder and its file-name rules (issue 4).

The tab reads its own settings in the background (services.intake_config.intake_of) whenever
the dialog reads the work area; saving goes through the dialog's `apply`, like every tab.
The rules are edited in the table and saved together, so a refused rule (an invalid regular
expression, say) leaves the stored rules as they were and the message names the rule.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.settings import intake_config
from desktop_app.services.settings.intake_config import DEFAULT_RULE, IntakeConfig, RuleSpec
from desktop_app.views.common import icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.settings.settings_common import ButtonRow, SettingsHost, table

PATTERN, REGEX, TYPE = range(3)


class IntakeTab(QWidget):
    def __init__(self, dialog: SettingsHost, workers: Workers) -> None:
        super().__init__(dialog, objectName="settingsIntakeTab")
        self.dialog = dialog
        self.config: IntakeConfig | None = None
        self.edited = False  # the rules table differs from what was read (kept over a refused save)
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_loaded)
        self._task.sig_failed.connect(dialog.show_error)

        folder_box = QGroupBox(self.tr("Watch folder"), self)
        self.path = QLineEdit(folder_box, objectName="settingsWatchPath")
        self.path.setPlaceholderText(self.tr("A folder on this computer or a network share"))
        browse = QPushButton(icons.icon("fa5s.folder-open", icons.BLUE), self.tr("Browse…"), folder_box,
                             objectName="settingsWatchBrowse")
        browse.clicked.connect(self.browse)
        self.enabled = QCheckBox(self.tr("Take the files that arrive in this folder"), folder_box,
                                 objectName="settingsWatchEnabled")
        self.save_folder = QPushButton(self.tr("Save the folder"), folder_box, objectName="settingsWatchSave")
        self.save_folder.clicked.connect(self.apply_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        save_row = QHBoxLayout()
        save_row.addWidget(self.enabled)
        save_row.addStretch(1)
        save_row.addWidget(self.save_folder)
        folder_note = QLabel(self.tr(
            "CaseDesk looks at the folder every few seconds while it is open. A file is taken once it has not "
            "changed for a few seconds; it then moves to the folder's processed/ sub-folder, or to failed/ "
            "with a .reason.txt file that says why."), folder_box)
        folder_note.setWordWrap(True)
        folder_note.setEnabled(False)
        folder_layout = QVBoxLayout(folder_box)
        folder_layout.addLayout(path_row)
        folder_layout.addLayout(save_row)
        folder_layout.addWidget(folder_note)

        rules_box = QGroupBox(self.tr("File-name rules (the first that matches wins)"), self)
        self.rules = table(rules_box, "settingsIntakeRules",
                           [self.tr("Pattern"), self.tr("Regular expression"), self.tr("Document type")])
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.rules.horizontalHeader().setSectionResizeMode(PATTERN, QHeaderView.ResizeMode.Stretch)
        self.rules.itemChanged.connect(self._on_edited)
        self.buttons = ButtonRow(rules_box, "settingsIntakeRule", [
            ("add", self.tr("Add"), self.add_rule), ("remove", self.tr("Remove"), self.remove_rule),
            ("up", self.tr("Up"), lambda: self.move_rule(-1)), ("down", self.tr("Down"), lambda: self.move_rule(1))])
        self.save_rules = QPushButton(self.tr("Save the rules"), rules_box, objectName="settingsIntakeRulesSave")
        self.save_rules.clicked.connect(self.apply_rules)
        self.buttons.addWidget(self.save_rules)
        self.default_note = QLabel(rules_box, objectName="settingsIntakeDefaultNote")
        self.default_note.setWordWrap(True)
        rules_note = QLabel(self.tr(
            "A pattern: {number} is the case number, {type} a document type's code or name, * any text, "
            "? one character; it must match the whole name, in capitals or not. Example: {number}_{type}.* "
            "takes 24006604_informe.pdf into case 24006604 as a report. A regular expression names its "
            "groups (?P<number>…) and (?P<type>…). A document type chosen here beats {type}."), rules_box)
        rules_note.setWordWrap(True)
        rules_note.setEnabled(False)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(self.rules, 1)
        rules_layout.addLayout(self.buttons)
        rules_layout.addWidget(self.default_note)
        rules_layout.addWidget(rules_note)

        layout = QVBoxLayout(self)
        layout.addWidget(folder_box)
        layout.addWidget(rules_box, 1)

    # -- loading ------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task.busy

    def load(self, work_area_id: int) -> None:
        self._task.run(functools.partial(intake_config.intake_of, self.dialog.actor, work_area_id))

    @Slot(object)
    def _on_loaded(self, config: IntakeConfig) -> None:
        if config.work_area_id != self.dialog.work_area_id:
            return
        same_area = self.config is not None and self.config.work_area_id == config.work_area_id
        self.config = config
        self.path.setText(config.path)
        self.enabled.setChecked(config.enabled)
        stored = [RuleSpec(r.pattern, r.is_regex, r.document_type_id) for r in config.rules]
        if same_area and self.edited and self.specs() != stored:
            return  # a refused save: the table keeps what the administrator typed, to correct it
        self.rules.blockSignals(True)
        self.rules.setRowCount(0)
        rules = config.rules or [intake_config.RuleInfo(0, 0, DEFAULT_RULE, False, None, "")]
        for rule in rules:
            self._append(rule.pattern, rule.is_regex, rule.document_type_id)
        self.rules.blockSignals(False)
        self.edited = False
        self.default_note.setText(self.tr("No rule of this work area's own: the default rule above applies.")
                                  if config.uses_default_rule else "")
        self.default_note.setVisible(config.uses_default_rule)

    def _append(self, pattern: str, is_regex: bool, type_id: int | None, row: int | None = None) -> int:
        row = self.rules.rowCount() if row is None else row
        self.rules.insertRow(row)
        self.rules.setItem(row, PATTERN, QTableWidgetItem(pattern))
        regex = QTableWidgetItem()
        regex.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        regex.setCheckState(Qt.CheckState.Checked if is_regex else Qt.CheckState.Unchecked)
        self.rules.setItem(row, REGEX, regex)
        combo = QComboBox(self.rules, objectName="settingsIntakeRuleType")
        combo.addItem(self.tr("From the file name"), None)
        for type_id_, name in (self.config.document_types if self.config else []):
            combo.addItem(name, type_id_)
        combo.setCurrentIndex(max(combo.findData(type_id), 0) if type_id is not None else 0)
        combo.currentIndexChanged.connect(self._on_edited)
        self.rules.setCellWidget(row, TYPE, combo)
        return row

    def specs(self) -> list[RuleSpec]:
        """The rules as the table shows them now (saved or not)."""
        result = []
        for row in range(self.rules.rowCount()):
            combo = self.rules.cellWidget(row, TYPE)
            result.append(RuleSpec(self.rules.item(row, PATTERN).text(),
                                   self.rules.item(row, REGEX).checkState() == Qt.CheckState.Checked,
                                   combo.currentData() if combo is not None else None))
        return result

    # -- editing --------------------------------------------------------------------------------------------
    @Slot()
    def _on_edited(self, *_args) -> None:
        self.edited = True

    @Slot()
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Watch folder"), self.path.text())
        if folder:
            self.path.setText(folder)

    @Slot()
    def add_rule(self) -> None:
        self.edited = True
        row = self._append("{number}_*", False, None, self.rules.currentRow() + 1)
        self.rules.setCurrentCell(row, PATTERN)
        self.rules.editItem(self.rules.item(row, PATTERN))

    @Slot()
    def remove_rule(self) -> None:
        if self.rules.currentRow() >= 0:
            self.edited = True
            self.rules.removeRow(self.rules.currentRow())

    def move_rule(self, step: int) -> None:
        row = self.rules.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.rules.rowCount():
            return
        specs = self.specs()
        specs[row], specs[target] = specs[target], specs[row]
        self.rules.blockSignals(True)
        self.rules.setRowCount(0)
        for spec in specs:
            self._append(spec.pattern, spec.is_regex, spec.document_type_id)
        self.rules.blockSignals(False)
        self.edited = True
        self.rules.setCurrentCell(target, PATTERN)

    @Slot()
    def apply_folder(self) -> None:
        if self.dialog.work_area_id is None:
            return
        self.dialog.apply(functools.partial(intake_config.set_watch_folder, self.dialog.actor,
                                            self.dialog.work_area_id, self.path.text(), self.enabled.isChecked()))

    @Slot()
    def apply_rules(self) -> None:
        if self.dialog.work_area_id is None:
            return
        self.dialog.apply(functools.partial(intake_config.set_rules, self.dialog.actor,
                                            self.dialog.work_area_id, self.specs()))
