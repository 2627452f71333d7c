"""Settings… (Tools menu): the administrator edits a work area's workflow and lists (S1-W5).

A work-area combo at the top, then tabs: Workflow (statuses, transition grid, guards and
entry actions of the selected status), Cancellation reasons, Document types, Index fields
(with lookup values), Intake (watch folder and file-name rules), Backups (the office's automatic
backups, issue 6), Database (which database this computer opens, administrators) and Permissions
(the role × action matrix, read-only).

Every change goes through `services.workflow_config` / `services.catalog_config`, which check
the administrator's right again. Reads and writes run on the window's workers; while a write
runs the tabs are disabled, so writes never overlap, and after it the work area is read
again. A refusal is shown in the dialog's message line, naming the field. When the dialog
closes after at least one change, a ChangeSet with `configuration_changed` goes on the
window's broadcast (the case list, its filter choices and the index follow).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.models.states import RoleCode
from desktop_app.services.context import ChangeSet
from desktop_app.services.people import work_areas
from desktop_app.services.permissions import MATRIX, Action, allowed
from desktop_app.services.settings import workflow_config
from desktop_app.services.settings.workflow_config import WorkflowConfig
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.settings.backups_tab import BackupsTab
from desktop_app.views.settings.database_tab import DatabaseTab
from desktop_app.views.settings.intake_tab import IntakeTab
from desktop_app.views.settings.list_tabs import DocumentTypesTab, IndexFieldsTab, ReasonsTab
from desktop_app.views.settings.settings_common import ACTION_LABELS, CENTRE, ROLE_LABELS, cell, table, tr
from desktop_app.views.settings.workflow_tab import WorkflowTab

ERROR_COLOUR = "#c62828"


class SettingsDialog(QDialog):
    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icons.icon("fa5s.cogs", icons.BLUE))
        self.setModal(False)
        self.session = session
        self.actor = session.actor
        self.config: WorkflowConfig | None = None
        self.changed = False
        self._wanted_area: int | None = None  # chosen before the list of work areas arrived
        self._load_task = LatestTask(workers, self)
        self._load_task.sig_finished.connect(self._on_loaded)
        self._load_task.sig_failed.connect(self._on_failed)
        self._writes = JobRunner(workers, self)
        self._areas_task = LatestTask(workers, self)
        self._areas_task.sig_finished.connect(self._on_areas)
        self._areas_task.sig_failed.connect(self._on_failed)
        self._build_ui(workers)
        self._areas_task.run(functools.partial(work_areas.visible_work_areas, self.actor, with_counts=False))

    def _build_ui(self, workers: Workers) -> None:
        self.area_combo = QComboBox(self, objectName="settingsWorkArea")
        self.area_combo.setMinimumContentsLength(28)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Work area"), self))
        top.addWidget(self.area_combo)
        top.addStretch(1)
        self.tabs = QTabWidget(self, objectName="settingsTabs")
        self.workflow_tab = WorkflowTab(self)
        self.reasons_tab = ReasonsTab(self)
        self.types_tab = DocumentTypesTab(self)
        self.fields_tab = IndexFieldsTab(self)
        self.intake_tab = IntakeTab(self, workers)  # watch folder and file-name rules (issue 4)
        self.backups_tab = BackupsTab(self, workers)  # the office's automatic backups (issue 6)
        self.database_tab = DatabaseTab(self, workers)  # which database this computer opens
        self.permissions_table = self._permissions_table()
        self.tabs.addTab(self.workflow_tab, icons.icon("fa5s.project-diagram", icons.BLUE), self.tr("Workflow"))
        self.tabs.addTab(self.reasons_tab, icons.icon("fa5s.ban", icons.BLUE), self.tr("Cancellation reasons"))
        self.tabs.addTab(self.types_tab, icons.icon("fa5s.file-alt", icons.BLUE), self.tr("Document types"))
        self.tabs.addTab(self.fields_tab, icons.icon("fa5s.list", icons.BLUE), self.tr("Index fields"))
        self.tabs.addTab(self.intake_tab, icons.icon("fa5s.inbox", icons.BLUE), self.tr("Intake"))
        if allowed(self.actor, Action.OFFICE_ADMIN):
            self.tabs.addTab(self.backups_tab, icons.icon("fa5s.save", icons.BLUE), self.tr("Backups"))
            self.tabs.addTab(self.database_tab, icons.icon("fa5s.database", icons.BLUE), self.tr("Database"))
            self.database_tab.load()
        else:
            self.backups_tab.hide()
            self.database_tab.hide()
        self.tabs.addTab(self.permissions_table, icons.icon("fa5s.user-shield", icons.BLUE), self.tr("Permissions"))
        self.message = QLabel(self, objectName="settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_button = QPushButton(self.tr("Close"), self, objectName="settingsClose")
        close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1200, 860)
        self.area_combo.currentIndexChanged.connect(self.reload)

    def _permissions_table(self) -> QTableWidget:
        roles = list(RoleCode)
        view = table(self, "settingsPermissions", [self.tr("Action"), *(tr(ROLE_LABELS[r]) for r in roles)])
        view.setToolTip(self.tr("Who may do what. The matrix is part of the program and cannot be edited here."))
        view.setRowCount(len(MATRIX))
        for row, (action, allowed_roles) in enumerate(MATRIX.items()):
            view.setItem(row, 0, cell(tr(ACTION_LABELS.get(action, str(action)))))
            for column, role in enumerate(roles, start=1):
                item = cell("✓" if role in allowed_roles else "", align=CENTRE)
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("allowed") if role in allowed_roles else self.tr("not allowed"))
                if role in allowed_roles:
                    item.setForeground(Qt.GlobalColor.darkGreen)
                view.setItem(row, column, item)
        return view

    # -- loading -----------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return (self._load_task.busy or self._writes.busy or self._areas_task.busy or self.intake_tab.busy
                or self.backups_tab.busy or self.database_tab.busy)

    @property
    def work_area_id(self) -> int | None:
        return self.area_combo.currentData()

    @Slot(object)
    def _on_areas(self, areas: list) -> None:
        several = len({area.office_id for area in areas}) > 1
        self.area_combo.blockSignals(True)
        for area in areas:
            name = f"{area.office_name} — {area.work_area_name}" if several else area.work_area_name
            self.area_combo.addItem(name, area.work_area_id)
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(self._wanted_area), 0))
        self.area_combo.blockSignals(False)
        self.reload()

    def set_work_area(self, work_area_id: int) -> None:
        """Shows this work area (now, or once the list of work areas has arrived)."""
        self._wanted_area = work_area_id
        index = self.area_combo.findData(work_area_id)
        if index >= 0:
            self.area_combo.setCurrentIndex(index)

    @Slot()
    def reload(self) -> None:
        if allowed(self.actor, Action.OFFICE_ADMIN):
            self.backups_tab.load()
        if self.work_area_id is None:
            return
        self._load_task.run(functools.partial(workflow_config.workflow_of, self.actor, self.work_area_id))
        self.intake_tab.load(self.work_area_id)

    @Slot(object)
    def _on_loaded(self, config: WorkflowConfig) -> None:
        if config.work_area_id != self.work_area_id:
            return
        self.config = config
        for tab in (self.workflow_tab, self.reasons_tab, self.types_tab, self.fields_tab):
            tab.show_config(config)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.show_error(exc)

    # -- writing -----------------------------------------------------------------------------------------
    def apply(self, change: Callable[[], object], done: str = "") -> None:
        """Runs one service call in the background; then reads the work area again."""
        if self._writes.busy:
            return
        self.tabs.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self.message.setStyleSheet("")
        self._done_text = done
        self._writes.run(change, self._on_written, self._on_write_failed)

    @Slot(object)
    def _on_written(self, _result: object) -> None:
        self.changed = True
        self.tabs.setEnabled(True)
        self.message.setText(self._done_text or self.tr("Saved."))
        self.reload()

    @Slot(object)
    def _on_write_failed(self, exc: object) -> None:
        self.tabs.setEnabled(True)
        self.show_error(exc)
        self.reload()  # the form shows what is stored again (a refused checkbox goes back)

    def show_error(self, exc: object) -> None:
        text = formatting.error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}")
        if not isinstance(exc, AppError):
            self.message.setToolTip(repr(exc))

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Settings"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- closing -----------------------------------------------------------------------------------------
    def _announce(self) -> None:
        if self.changed:
            self.changed = False
            self.session.changes.publish(ChangeSet(configuration_changed=True), self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._announce()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._announce()
        super().hideEvent(event)
