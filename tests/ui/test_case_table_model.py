"""The case list model: stable column keys, a model that never raises, id array and row blocks."""

from __future__ import annotations

from array import array

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.views.case_list import case_table_model
from desktop_app.views.case_list.case_table_model import (
    BLOCK_SIZE,
    CASE_ID_ROLE,
    KEY_ROLE,
    STATE_ROLE,
    CaseTableModel,
)

DESIGN_KEYS = ["number", "internal_ref", "owner", "prescriber", "city", "created", "appointment",
               "technician", "report", "quote", "invoice", "installments", "tariff", "status", "amount"]
ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole,
         Qt.ItemDataRole.SizeHintRole, KEY_ROLE, CASE_ID_ROLE, STATE_ROLE, Qt.ItemDataRole.UserRole + 99]


def test_header_user_role_gives_the_stable_column_keys(window):
    model = window.case_list.model
    keys = [model.headerData(c, Qt.Orientation.Horizontal, KEY_ROLE) for c in range(model.columnCount())]
    assert keys[:len(DESIGN_KEYS)] == DESIGN_KEYS  # seed 002's columns first; the optional ones follow
    assert len(set(keys)) == len(keys)
    assert all(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount()))
    assert model.headerData(0, Qt.Orientation.Vertical, KEY_ROLE) is None
    assert model.headerData(99, Qt.Orientation.Horizontal, KEY_ROLE) is None


def test_the_model_passes_qt_model_checks_and_data_never_raises(qtmodeltester, window):
    model = window.case_list.model
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6 and model.columnCount() == len(case_table_model.COLUMNS)
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    for row in range(model.rowCount() + 1):
        for column in range(model.columnCount() + 1):
            index = model.index(row, column)
            for role in ROLES:
                model.data(index, role)
    assert model.data(QModelIndex()) is None


def test_icon_columns_carry_state_and_tooltips(window, office):
    model = window.case_list.model
    rows = {model.case_row(r).number: r for r in range(model.rowCount())}
    installments = case_table_model.COLUMN_INDEX["installments"]
    invoice = case_table_model.COLUMN_INDEX["invoice"]
    quote = case_table_model.COLUMN_INDEX["quote"]
    report = case_table_model.COLUMN_INDEX["report"]
    billing_row = rows[office.billing_case]
    assert model.index(billing_row, installments).data(STATE_ROLE)[:2] == (1, "1/3")
    assert "<b>1 of 3 installments paid</b>" in model.index(billing_row, installments).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(billing_row, invoice).data(STATE_ROLE)[0] == 2  # issued, unpaid
    assert model.index(rows[office.quote_case], quote).data(STATE_ROLE)[0] == 1  # awaiting
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert "<b>Report attached and visible to every contact</b>" in model.index(
        rows[office.documents_case], report).data(tooltip)  # rapport_dpe.pdf is of the report type
    assert "<b>No report attached</b>" in model.index(billing_row, report).data(tooltip)
    assert model.index(0, case_table_model.STATUS_COLUMN).data(Qt.ItemDataRole.DecorationRole) is not None


def test_rows_are_fetched_in_blocks_of_ids_never_all_at_once():
    fetched: list[list[int]] = []

    def fake_rows(ids):
        fetched.append(list(ids))
        return {}

    model = CaseTableModel(fetch_rows=fake_rows)
    model.set_ids(list(range(1, 1001)))
    assert fetched == []  # nothing until a cell is asked for
    model.data(model.index(0, 0))
    model.data(model.index(BLOCK_SIZE - 1, 0))
    assert fetched == [list(range(1, BLOCK_SIZE + 1))]
    model.data(model.index(999, 0))
    last_block = (999 // BLOCK_SIZE) * BLOCK_SIZE
    assert fetched[-1] == list(range(last_block + 1, 1001))
    assert model.data(model.index(999, 0)) is None  # a vanished row shows blanks


def test_a_failing_fetch_shows_blanks_instead_of_raising(caplog):
    def broken(_ids):
        raise RuntimeError("database went away")

    model = CaseTableModel(fetch_rows=broken)
    model.set_ids([1, 2, 3])
    assert model.data(model.index(1, 0)) is None
    assert "cannot fetch case rows" in caplog.text


def test_ids_are_kept_packed_and_an_array_is_taken_without_a_copy():
    model = CaseTableModel(fetch_rows=lambda ids: {})
    ids = array("q", [5, 3, 9])
    model.set_ids(ids)
    assert model._ids is ids  # the array from the query, not a copy
    assert model.rowCount() == 3 and [model.case_id(r) for r in range(3)] == [5, 3, 9]
    model.set_ids([7, 8])  # a list is packed into an array('q')
    assert isinstance(model._ids, array) and model._ids.typecode == "q"
    assert model.rowCount() == 2 and model.case_id(1) == 8 and model.case_id(2) is None
    model.set_ids(range(10, 13))
    assert [model.case_id(r) for r in range(3)] == [10, 11, 12]


def test_row_of_finds_ids_and_ignores_byte_matches_across_two_ids():
    model = CaseTableModel(fetch_rows=lambda ids: {})
    # 256 then 0 contain the bytes of 1 at offset 1: that match straddles two ids and is not a row.
    model.set_ids([256, 0, 1, 2**40])
    assert model.row_of(1) == 2
    assert model.row_of(256) == 0 and model.row_of(0) == 1 and model.row_of(2**40) == 3
    model.set_ids([256, 0])
    assert model.row_of(1) is None
    assert model.row_of(2**70) is None and model.row_of(-1) is None
    model.set_ids([])
    assert model.row_of(1) is None
