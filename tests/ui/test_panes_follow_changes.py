"""A change made in one pane shows in the others: the list row, the index form, the counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop_app.models import Case
from desktop_app.services.cases import status_moves
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX
from tests.ui.helpers import choose, editor, retype, select_case


def cell(window, case_id: int, key: str) -> str:
    model = window.case_list.model
    return str(model.index(model.row_of(case_id), COLUMN_INDEX[key]).data(Qt.ItemDataRole.DisplayRole) or "")


def test_an_index_save_repaints_the_case_row(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    case = Case.get(Case.number == office.documents_case)
    retype(qtbot, editor(window.index, "index_internal_ref"), "Dossier Faure 77")
    choose(qtbot, editor(window.index, "index_field_sale_or_rent", QComboBox), "Location")  # required
    assert window.index.save_and_wait()
    qtbot.waitUntil(lambda: cell(window, case.id, "internal_ref") == "Dossier Faure 77")


def test_a_status_moved_in_the_row_shows_in_the_index(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    case = Case.get(Case.number == office.documents_case)
    choices = status_moves.status_moves(window.session.actor, case.id)
    target = next(m for m in choices.moves if m.permitted and not m.needs_reason and not m.needs_hold)
    assert window.index.detail.status_name != target.name
    controller = window.case_list.status_editing
    with qtbot.waitSignal(controller.sig_move_finished, timeout=5000) as moved:
        assert controller.apply_move(case.id, choices.version, target.code)
    assert moved.args == [case.id, True]
    qtbot.waitUntil(lambda: cell(window, case.id, "status") == target.name)
    assert window.index.detail.status_name == target.name
