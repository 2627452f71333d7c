"""The Settings… dialog opened from the real main window's Tools menu over the small diagnostics office."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import Case, Status, Transition
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import status_moves
from desktop_app.services.office.workspace import close_workspace
from desktop_app.services.permissions import MATRIX
from desktop_app.views.settings.settings_dialog import SettingsDialog
from tests.ui.helpers import answer_next_dialog, changes_published

SHOTS = os.environ.get("CASEDESK_SETTINGS_SHOTS")  # a folder to keep the tab screenshots in


def _open(qtbot, window) -> SettingsDialog:
    action = window.findChild(QAction, "actionSettings")
    assert action is not None and action.isEnabled() and action.text()
    action.trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.config is not None and not dialog.busy, timeout=10_000)
    return dialog


def _settle(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.tabs.isEnabled(), timeout=10_000)


def _row_of(table: QTableWidget, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def _shoot(dialog: SettingsDialog, folder: Path) -> list[Path]:
    paths = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        path = folder / f"settings-{index}.png"
        assert dialog.grab().save(str(path))
        paths.append(path)
    dialog.tabs.setCurrentIndex(0)
    return paths


def test_settings_edit_the_workflow_and_the_drop_down_follows(qtbot, window, tmp_path):
    dialog = _open(qtbot, window)
    tab = dialog.workflow_tab
    statuses = dialog.findChild(QTableWidget, "settingsStatusTable")
    assert statuses.rowCount() == 11 and statuses.item(0, 0).text() == "A prospecter"
    assert statuses.item(0, 3).text() == "6" and statuses.item(0, 2).text() == "✓"
    for path in _shoot(dialog, Path(SHOTS) if SHOTS else tmp_path):
        assert path.stat().st_size > 5_000
    # add a status through the dialog
    tab.add_status({"name": "Contrôle qualité", "kind": "open", "colour": "#aa00ff", "help_text": "Relecture"})
    _settle(qtbot, dialog)
    assert statuses.rowCount() == 12 and statuses.item(11, 0).text() == "Contrôle qualité"
    new = Status.get(Status.name == "Contrôle qualité")
    # allow "A prospecter" → the new status in the grid: the in-row drop-down offers it
    grid = dialog.findChild(QTableWidget, "settingsTransitionGrid")
    assert grid.columnCount() == 12
    cell = grid.item(0, 11)
    assert cell.checkState() == Qt.CheckState.Unchecked
    case = Case.select().order_by(Case.id).first()
    assert "controle_qualite" not in [m.code for m in status_moves.status_moves(window.session.actor, case.id).moves]
    cell.setCheckState(Qt.CheckState.Checked)
    _settle(qtbot, dialog)
    assert Transition.select().where((Transition.from_status == case.status_id) & (Transition.to_status == new.id)) \
        .exists()
    assert "controle_qualite" in [m.code for m in status_moves.status_moves(window.session.actor, case.id).moves]
    assert dialog.findChild(QTableWidget, "settingsTransitionGrid").item(0, 11).checkState() == Qt.CheckState.Checked
    # removing a status with cases is refused, with the count, in the dialog
    statuses.selectRow(0)
    dialog.findChild(QPushButton, "settingsStatusRemove").click()
    _settle(qtbot, dialog)
    assert "cannot be removed: 6 case(s)" in dialog.message.text()
    assert Status.get_or_none(Status.name == "A prospecter") is not None
    # the new status has no case: removed after a question
    statuses.selectRow(_row_of(statuses, "Contrôle qualité"))
    seen: list[str] = []
    answer_next_dialog(QMessageBox.StandardButton.Yes, seen)
    dialog.findChild(QPushButton, "settingsStatusRemove").click()
    _settle(qtbot, dialog)
    assert seen and "Contrôle qualité" in seen[0]
    assert statuses.rowCount() == 11 and Status.get_or_none(Status.id == new.id) is None
    # closing after changes announces them: the case list is read again
    with changes_published(qtbot, window.session, initiator=dialog, timeout=5_000) as published:
        dialog.close()
    assert published.args[0].configuration_changed
    qtbot.waitUntil(lambda: not window.case_list.busy)


def test_guards_entry_actions_and_lists_from_the_dialog(qtbot, window):
    dialog = _open(qtbot, window)
    tab = dialog.workflow_tab
    tab.statuses.selectRow(_row_of(tab.statuses, "Planifié"))
    plan = next(r for r in range(tab.required_documents.count()) if tab.required_documents.item(r).text() == "Plan")
    tab.required_documents.item(plan).setCheckState(Qt.CheckState.Checked)
    _settle(qtbot, dialog)
    surface = next(r for r in range(tab.required_fields.count())
                   if tab.required_fields.item(r).text() == "Surface (m²)")
    tab.required_fields.item(surface).setCheckState(Qt.CheckState.Checked)
    _settle(qtbot, dialog)
    tab.notify_role.setCurrentIndex(tab.notify_role.findData(RoleCode.TECHNICIAN))
    _settle(qtbot, dialog)
    tab.entry_date.setCurrentIndex(tab.entry_date.findData("order_date"))
    _settle(qtbot, dialog)
    info = dialog.config.status(tab.selected_status_id)
    assert info.name == "Planifié" and len(info.required_document_ids) == 1 and len(info.required_field_ids) == 1
    assert (info.notify_role, info.entry_date_field) == ("technician", "order_date")
    # a bad colour: the refusal names the field, nothing changes
    tab.edit_status({"colour": "#12345"})
    _settle(qtbot, dialog)
    assert dialog.message.text().startswith("Status colour:")
    # lists: a reason, a document type, a choice field with a value
    dialog.reasons_tab.add_reason("Erreur de saisie")
    _settle(qtbot, dialog)
    assert dialog.reasons_tab.table.item(dialog.reasons_tab.table.rowCount() - 1, 0).text() == "Erreur de saisie"
    dialog.types_tab.add_type("Attestation")
    _settle(qtbot, dialog)
    assert "Attestation" in [t.name for t in dialog.config.document_types]
    fields = dialog.fields_tab
    fields.add_field("Étage", "choice")
    _settle(qtbot, dialog)
    fields.table.selectRow(_row_of(fields.table, "Étage"))
    fields.add_lookup("RDC")
    _settle(qtbot, dialog)
    assert [fields.lookups.item(i).text() for i in range(fields.lookups.count())] == ["RDC"]
    fields.table.selectRow(_row_of(fields.table, "Missions"))
    fields.remove_field()
    _settle(qtbot, dialog)
    assert "cannot be removed: 1 value(s)" in dialog.message.text()
    # the permissions tab shows the matrix, read-only
    matrix = dialog.findChild(QTableWidget, "settingsPermissions")
    assert matrix.rowCount() == len(MATRIX) and matrix.columnCount() == 1 + len(RoleCode)
    for row, (_action, roles) in enumerate(MATRIX.items()):
        assert matrix.item(row, 0).text()
        assert [matrix.item(row, c).text() == "✓" for c in range(1, 6)] == [r in roles for r in RoleCode]
    assert matrix.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers


def test_settings_are_offered_to_administrators_only(qtbot, office):
    window = create_main_window(office.data_dir, user="tech")
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        action = window.findChild(QAction, "actionSettings")
        assert action is not None and not action.isEnabled()
    finally:
        window.close()
        close_workspace(window.session.workspace)


def test_the_idle_days_of_the_work_area_are_set_from_the_workflow_tab(qtbot, window):
    from PySide6.QtWidgets import QSpinBox

    from desktop_app.models import WorkArea

    dialog = _open(qtbot, window)
    spin = dialog.findChild(QSpinBox, "settingsIdleDays")
    area = dialog.config.work_area_id
    assert spin.isVisible() and spin.value() == WorkArea.get_by_id(area).idle_days == 7
    spin.setValue(10)
    spin.editingFinished.emit()
    _settle(qtbot, dialog)
    qtbot.waitUntil(lambda: WorkArea.get_by_id(area).idle_days == 10)
    assert dialog.config.idle_days == 10 and spin.value() == 10
    dialog.close()
