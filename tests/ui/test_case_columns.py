"""The case list's columns: stable keys, the optional columns' values, the chooser, per-user state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTableView

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import Case
from desktop_app.services.case_list import list_columns
from desktop_app.services.cases import case_editing
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from desktop_app.views.case_list.case_list_pane import SETTINGS_COLUMNS
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX, COLUMNS, KEY_ROLE, STATE_ROLE
from desktop_app.views.case_list.column_chooser import settings_key
from desktop_app.views.main_window.window import SETTINGS_FILE

SEED_002 = ["number", "internal_ref", "owner", "prescriber", "city", "created", "appointment", "technician",
            "report", "quote", "invoice", "installments", "tariff", "status", "amount"]
EXTRAS = ["contract", "trade", "subject", "priority", "order_date", "document_count", "pending", "protocol",
          "origin", "nature", "completeness"]
# What a diagnostics office shows by default: seed 002's columns and, since its workflow requires a
# report and an invoice before "Finalisé", the completeness column.
DIAG_DEFAULT = [*SEED_002, "completeness"]
DISPLAY, TOOLTIP, DECORATION = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                Qt.ItemDataRole.DecorationRole)


def _row(window, number: str) -> int:
    model = window.case_list.model
    return next(r for r in range(model.rowCount()) if model.case_row(r).number == number)


def _cell(window, number: str, key: str, role=DISPLAY):
    model = window.case_list.model
    return model.index(_row(window, number), COLUMN_INDEX[key]).data(role)


def _set_fields(number: str, **fields) -> int:
    case = Case.get(Case.number == number)
    case_editing.update_case(auth.default_actor(), case.id, case.version, **fields)
    return case.id


def _close(window) -> None:
    window.close()
    close_workspace(window.session.workspace)


def test_every_column_has_a_stable_key_a_title_and_a_tooltip(window):
    model = window.case_list.model
    horizontal = Qt.Orientation.Horizontal
    keys = [model.headerData(c, horizontal, KEY_ROLE) for c in range(model.columnCount())]
    assert keys == SEED_002 + EXTRAS
    for column in range(model.columnCount()):
        assert model.headerData(column, horizontal, DISPLAY)
        assert model.headerData(column, horizontal, TOOLTIP)
    assert model.headerData(len(keys), horizontal, KEY_ROLE) is None


def test_the_optional_columns_show_the_case_fields(qtbot, window, office):
    _set_fields(office.billing_case, contract="00689", trade="Fontanero", subject="Fuite salle de bain",
                priority=3, order_date=dt.date(2026, 2, 14), pending_interaction="external",
                protocol="20260214-00042", origin="hotsite", nature="Vente")
    _set_fields(office.quote_case, priority=2, pending_interaction="internal")
    window.case_list.model.refresh_rows()
    number = office.billing_case
    assert _cell(window, number, "contract") == "00689"
    assert _cell(window, number, "trade") == "Fontanero"
    assert _cell(window, number, "subject") == "Fuite salle de bain"
    assert _cell(window, number, "order_date") == "14/02/2026"
    assert _cell(window, number, "protocol") == "20260214-00042"
    assert _cell(window, number, "origin") == "hotsite"
    assert _cell(window, number, "nature") == "Vente"
    assert _cell(window, number, "priority") == "Urgent"
    assert _cell(window, number, "priority", DECORATION) is not None  # an icon for urgent
    assert _cell(window, office.quote_case, "priority") == "High"
    assert _cell(window, office.quote_case, "priority", DECORATION) is not None
    assert _cell(window, office.documents_case, "priority") == "Normal"
    assert _cell(window, office.documents_case, "priority", DECORATION) is None
    # Pending interaction is an icon with a tooltip saying who owes the next move (S4-F20).
    assert _cell(window, number, "pending", STATE_ROLE)[0] == 2
    assert "external" in _cell(window, number, "pending", TOOLTIP)
    assert _cell(window, office.quote_case, "pending", STATE_ROLE)[0] == 3
    assert _cell(window, office.documents_case, "pending", STATE_ROLE)[0] == 0
    assert _cell(window, office.documents_case, "pending", TOOLTIP) == "No interaction pending"
    assert _cell(window, office.documents_case, "document_count") == "5"
    assert _cell(window, number, "document_count") == "0"


def test_the_model_passes_qt_model_checks_with_every_column_filled(qtmodeltester, window, office):
    _set_fields(office.billing_case, contract="01101", trade="Electricista", priority=0,
                order_date=dt.date(2026, 1, 2), pending_interaction="both")
    model = window.case_list.model
    model.refresh_rows()
    qtmodeltester.check(model, force_py=True)
    assert _cell(window, office.billing_case, "priority") == "Low"
    assert _cell(window, office.billing_case, "pending", STATE_ROLE)[0] == 1


def test_contract_and_order_date_sort_in_sql(qtbot, window, office):
    _set_fields(office.billing_case, contract="b-200", order_date=dt.date(2026, 3, 1))
    _set_fields(office.quote_case, contract="A-100", order_date=dt.date(2026, 1, 1))
    pane = window.case_list
    header = pane.table.horizontalHeader()
    with qtbot.waitSignal(pane.sig_cases_loaded, timeout=5000):
        header.sectionClicked.emit(COLUMN_INDEX["contract"])
    contracts = [pane.model.case_row(r).contract for r in range(pane.model.rowCount())]
    assert contracts[-2:] == ["A-100", "b-200"]  # ascending, any case; empty ones first
    with qtbot.waitSignal(pane.sig_cases_loaded, timeout=5000):
        header.sectionClicked.emit(COLUMN_INDEX["order_date"])
    assert pane.model.case_row(0).number == office.billing_case  # newest order first


def test_optional_columns_are_hidden_by_default_in_a_diagnostics_office(window):
    pane = window.case_list
    assert pane.columns.visible_keys() == DIAG_DEFAULT
    header = pane.table.horizontalHeader()
    assert all(header.isSectionHidden(COLUMN_INDEX[key]) for key in EXTRAS if key != "completeness")


def test_each_work_area_kind_shows_its_own_columns(tmp_path):
    workspace = open_workspace(tmp_path / "data", create=True)
    try:
        with write_transaction():
            presets.create_office("repair")
        assert list_columns.default_extra_columns() == {"contract", "trade", "order_date", "priority"}
        with write_transaction():
            presets.create_office("isp")
        assert list_columns.default_extra_columns() == frozenset()  # several offices: seed 002's only
        assert list_columns.extra_columns({"support"}) == {"protocol", "subject", "priority", "pending"}
        assert list_columns.extra_columns({"sales", "after_sales"}) == {"order_date", "document_count"}
    finally:
        close_workspace(workspace)


def test_the_header_menu_shows_and_hides_columns(qtbot, window):
    pane = window.case_list
    header = pane.table.horizontalHeader()
    menu = pane.columns.build_menu()
    actions = {a.objectName(): a for a in menu.actions() if a.objectName().startswith("columnAction_")}
    assert list(actions) == [f"columnAction_{key}" for key in SEED_002 + EXTRAS]
    assert actions["columnAction_report"].text() == "Report"  # abbreviations spelled out
    assert actions["columnAction_technician"].text() == "Tech. — Assigned technician"
    assert actions["columnAction_city"].isChecked() and not actions["columnAction_contract"].isChecked()
    actions["columnAction_contract"].trigger()
    actions["columnAction_city"].trigger()
    assert not header.isSectionHidden(COLUMN_INDEX["contract"])
    assert header.sectionSize(COLUMN_INDEX["contract"]) >= header.minimumSectionSize()
    assert header.isSectionHidden(COLUMN_INDEX["city"])
    assert pane._auto_fit  # showing or hiding is not sizing a column by hand
    # A right-click on the header pops the same menu up.
    header.customContextMenuRequested.emit(QPoint(10, 5))
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.objectName() == "columnMenu" and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    popup = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert not popup.findChild(type(actions["columnAction_city"]), "columnAction_city").isChecked()
    popup.close()


def test_the_last_visible_column_cannot_be_hidden(window):
    chooser = window.case_list.columns
    chooser.apply([(key, key == "number") for key in chooser.column_keys()])
    assert chooser.visible_keys() == ["number"]
    chooser.set_visible("number", False)
    assert chooser.visible_keys() == ["number"]
    menu = chooser.build_menu()
    assert not menu.findChild(type(menu.actions()[0]), "columnAction_number").isEnabled()


def test_the_dialog_reorders_shows_hides_and_restores_defaults(qtbot, window):
    pane = window.case_list
    chooser = pane.columns
    dialog = chooser.open_dialog()
    assert dialog.isVisible() and dialog.objectName() == "chooseColumnsDialog"
    assert [key for key, _ in dialog.states()] == SEED_002 + EXTRAS
    dialog.item_for("contract").setCheckState(Qt.CheckState.Checked)
    dialog.item_for("prescriber").setCheckState(Qt.CheckState.Unchecked)
    # Drag contract to the top: the list's own move (what a drop does), then the buttons.
    row = dialog.list.row(dialog.item_for("contract"))
    dialog.list.model().moveRow(dialog.list.rootIndex(), row, dialog.list.rootIndex(), 0)
    assert dialog.states()[0] == ("contract", True)
    dialog.list.setCurrentRow(dialog.list.row(dialog.item_for("status")))
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    states = chooser.states()
    assert states[0] == ("contract", True)
    keys = [key for key, _ in states]
    assert keys.index("status") == keys.index("tariff") - 1
    assert ("prescriber", False) in states
    header = pane.table.horizontalHeader()
    assert header.logicalIndex(0) == COLUMN_INDEX["contract"]
    # Restore defaults in the dialog: seed 002's columns in their order, automatic widths again.
    header.resizeSection(COLUMN_INDEX["owner"], 333)
    assert not pane._auto_fit
    dialog = chooser.open_dialog()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.states() == chooser.default_states()
    dialog.accept()
    assert chooser.states() == chooser.default_states()
    assert pane._auto_fit
    # Cancel changes nothing.
    dialog = chooser.open_dialog()
    dialog.item_for("number").setCheckState(Qt.CheckState.Unchecked)
    dialog.reject()
    assert chooser.visible_keys() == DIAG_DEFAULT


def test_column_state_round_trips_by_key_through_the_ini(qtbot, window, tmp_path):
    pane = window.case_list
    chooser = pane.columns
    chooser.apply([("trade", True), ("city", True), ("owner", False)])
    header = pane.table.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["trade"], 140)
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    pane.save_state(settings)
    saved = str(settings.value(SETTINGS_COLUMNS))
    assert saved.startswith("trade:140:0,city:")
    assert f"owner:{COLUMNS[COLUMN_INDEX['owner']].width}:1" in saved  # a hidden column keeps a width
    before = chooser.states()
    chooser.apply_defaults()
    assert chooser.states() != before
    pane.restore_state(settings)
    assert chooser.states() == before
    assert header.sectionSize(COLUMN_INDEX["trade"]) == 140


def test_unknown_and_damaged_saved_entries_are_ignored(window, tmp_path):
    pane = window.case_list
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_COLUMNS,
                      "from_the_future:120:0,city:150:0,number:wide:0,contract:90:0,,garbage,owner:80:1")
    pane.restore_state(settings)
    states = pane.columns.states()
    assert states[:3] == [("city", True), ("contract", True), ("owner", False)]
    assert pane.table.horizontalHeader().sectionSize(COLUMN_INDEX["city"]) == 150
    # Columns the saved layout does not name keep their default visibility.
    assert ("number", True) in states and ("trade", False) in states


def test_a_saved_layout_hiding_every_column_still_shows_one(window, tmp_path):
    """A damaged INI (or one from a bug) hiding all columns must not leave a blank table without a header."""
    pane = window.case_list
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_COLUMNS, ",".join(f"{c.key}:100:1" for c in COLUMNS))
    pane.restore_state(settings)
    assert pane.columns.visible_keys() == [COLUMNS[0].key]


def test_columns_survive_a_new_window_and_are_kept_per_user(qtbot, office):
    window = create_main_window(office.data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    window.case_list.columns.apply([("priority", True), ("number", True), ("amount", False)])
    expected = window.case_list.columns.states()
    _close(window)
    settings = QSettings(str(office.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert str(settings.value(settings_key("admin", "columns"))).startswith("priority:")

    again = create_main_window(office.data_dir)
    wait_until_settled(again)  # the case list loads in the background
    qtbot.addWidget(again)
    try:
        assert again.case_list.columns.states() == expected
        assert again.case_list.model.index(0, COLUMN_INDEX["priority"]).data() == "Normal"
    finally:
        _close(again)
    tech = create_main_window(office.data_dir, user="tech")
    wait_until_settled(tech)  # the case list loads in the background
    qtbot.addWidget(tech)
    try:
        assert tech.case_list.columns.visible_keys() == DIAG_DEFAULT  # admin's layout is admin's
    finally:
        _close(tech)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_opens_the_case_and_focus_moves_to_its_documents(qtbot, window, office, key):
    table = window.findChild(QTableView, "caseTable")
    window.activateWindow()
    window.case_list.select_row(_row(window, office.documents_case))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    case_id = window.case_list.current_case_id
    with qtbot.waitSignal(window.case_list.sig_case_opened, timeout=2000) as opened:
        qtbot.keyClick(table, key)
    assert opened.args == [case_id]
    documents = window.findChild(QTableView, "documentTable")
    qtbot.waitUntil(documents.hasFocus)
    assert window.documents.case_id == case_id


def test_ctrl_f_reaches_the_search_box_from_the_table(qtbot, window):
    table = window.findChild(QTableView, "caseTable")
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(QLineEdit, "caseSearch").hasFocus()
