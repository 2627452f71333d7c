"""The filter bar in the real main window over a small demo office: filters, counts, saved views."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import db
from desktop_app.services.case_list import filter_choices, saved_views
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.office.workspace import close_workspace

ACTIVE = "archived = 0 AND trashed = 0"


@pytest.fixture
def demo_window(qtbot, demo_template, tmp_path):
    data_dir = shutil.copytree(demo_template, tmp_path / "data")
    filter_choices.clear_choice_cache()
    main = create_main_window(data_dir)
    wait_until_settled(main)  # the case list loads in the background
    qtbot.addWidget(main)
    main.resize(1600, 900)
    main.show()
    qtbot.waitExposed(main)
    pane = main.case_list
    qtbot.waitUntil(lambda: not pane.busy and not pane.filter_bar.choices_loading)
    yield main
    main.close()
    close_workspace(main.session.workspace)


def direct_count(where: str, params: tuple = ()) -> set[int]:
    return {r[0] for r in db.execute_sql(f'SELECT id FROM "case" WHERE {ACTIVE} AND {where}', params).fetchall()}


def shown_ids(pane) -> list[int]:
    return [pane.model.case_id(row) for row in range(pane.model.rowCount())]


def wait_loaded(qtbot, pane):
    qtbot.waitUntil(lambda: not pane.busy, timeout=5000)


def check(check_list, values) -> None:
    for row in range(check_list.list.count()):
        item = check_list.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in values:
            item.setCheckState(Qt.CheckState.Checked)


def test_bar_filters_count_clear_and_saved_views(qtbot, demo_window, tmp_path):
    pane = demo_window.case_list
    bar = pane.filter_bar
    assert bar.objectName() == "caseFilterBar" and bar.findChild(QLineEdit, "caseSearch") is pane.search
    total = len(direct_count("1"))
    assert pane.model.rowCount() == total
    assert bar.findChild(QLabel, "caseFilterCount").text().startswith(f"{total} case")
    # statuses of the whole office are offered; tick the two most used ones
    top = [r[0] for r in db.execute_sql(
        f'SELECT status_id FROM "case" WHERE {ACTIVE} GROUP BY 1 ORDER BY count(*) DESC LIMIT 2').fetchall()]
    assert bar.statuses.list.count() == db.execute_sql("SELECT count(*) FROM status").fetchone()[0]
    check(bar.statuses, top)
    wait_loaded(qtbot, pane)
    expected = direct_count(f"status_id IN ({top[0]}, {top[1]})")
    assert set(shown_ids(pane)) == expected and bar.statuses.text() == "Status (2)"
    # plus an invoice state from "More filters": the filters combine
    check(bar.invoice, [0])
    wait_loaded(qtbot, pane)
    expected = direct_count(f"status_id IN ({top[0]}, {top[1]}) AND invoice_state = 0")
    assert set(shown_ids(pane)) == expected and len(expected) > 0
    assert bar.findChild(QLabel, "caseFilterActive").text() == "2 active"
    assert bar.findChild(QLabel, "caseFilterCount").text().startswith(f"{len(expected)} case")
    assert bar.more.text() == "More filters (1)"
    # sort by owner, hide the city column, save the view
    header = pane.table.horizontalHeader()
    from desktop_app.views.case_list.case_table_model import COLUMN_INDEX

    header.sectionClicked.emit(COLUMN_INDEX["owner"])
    wait_loaded(qtbot, pane)
    header.setSectionHidden(COLUMN_INDEX["city"], True)
    filtered_ids = shown_ids(pane)
    assert set(filtered_ids) == expected
    with qtbot.waitSignal(bar.sig_view_saved, timeout=5_000) as written:
        bar.save_view("Open, no invoice")  # in the background
    saved = written.args[0]
    assert saved.order_by == "owner" and "city:" in saved.columns and saved.case_filter.statuses == tuple(top)
    # clear in one click
    bar.findChild(QToolButton, "caseFilterClear").click()
    wait_loaded(qtbot, pane)
    assert pane.model.rowCount() == total and pane.case_filter == CaseFilter()
    assert not bar.findChild(QLabel, "caseFilterActive").isVisible()
    header.sectionClicked.emit(COLUMN_INDEX["created"])
    header.setSectionHidden(COLUMN_INDEX["city"], False)
    wait_loaded(qtbot, pane)
    # the saved view brings back the same ids in the same order, sort and columns included
    bar._fill_views_menu()
    action = next(a for a in bar.views_menu.actions() if a.text() == "Open, no invoice")
    action.trigger()
    wait_loaded(qtbot, pane)
    assert shown_ids(pane) == filtered_ids
    assert header.isSectionHidden(COLUMN_INDEX["city"])
    assert header.sortIndicatorSection() == COLUMN_INDEX["owner"]
    assert bar.statuses.checked() == tuple(top) and bar.invoice.checked() == (0,)
    # "My cases" is built in
    next(a for a in bar.views_menu.actions() if a.objectName() == "caseViewMyCases").trigger()
    wait_loaded(qtbot, pane)
    me = demo_window.session.actor.user_id
    assert set(shown_ids(pane)) == direct_count("(assigned_user_id = ? OR created_by_id = ?)", (me, me))
    saved_views.delete_view(demo_window.session.actor, saved.id)
    bar._fill_views_menu()
    assert "Open, no invoice" not in [a.text() for a in bar.views_menu.actions()]
    grab(bar, tmp_path)


def grab(bar: QWidget, tmp_path) -> None:
    bar.grab().save(str(tmp_path / "filter-bar.png"))


def test_work_area_views_and_search(qtbot, demo_window):
    pane = demo_window.case_list
    bar = pane.filter_bar
    area = db.execute_sql('SELECT work_area_id FROM "case" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').fetchone()[0]
    pane.set_work_area(area)
    qtbot.waitUntil(lambda: not pane.busy and not bar.choices_loading)
    assert set(shown_ids(pane)) == direct_count("work_area_id = ?", (area,))
    statuses = {r[0] for r in db.execute_sql(
        "SELECT s.id FROM status s JOIN workflow w ON w.id = s.workflow_id WHERE w.work_area_id = ?",
        (area,)).fetchall()}
    offered = {bar.statuses.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(bar.statuses.list.count())}
    assert offered == statuses
    bar.findChild(QToolButton, "caseViewArchived").click()
    wait_loaded(qtbot, pane)
    assert set(shown_ids(pane)) == {r[0] for r in db.execute_sql(
        'SELECT id FROM "case" WHERE archived = 1 AND trashed = 0 AND work_area_id = ?', (area,)).fetchall()}
    assert pane.case_filter.view == ViewMode.ARCHIVED
    pane.set_work_area(None)
    bar.findChild(QToolButton, "caseViewActive").click()
    owner = db.execute_sql(f'SELECT owner_name FROM "case" WHERE {ACTIVE} AND owner_name != \'\' LIMIT 1').fetchone()[0]
    qtbot.keyClicks(pane.search, owner[:5])
    qtbot.waitUntil(lambda: pane.case_filter.search == owner[:5] and not pane.busy, timeout=5000)
    rows = pane.model.rowCount()
    assert 0 < rows < len(direct_count("1"))
    assert bar.findChild(QToolButton, "caseViewTrash").isVisible()  # the demo's admin may open the trash


def test_an_empty_result_says_why_and_clearing_brings_the_cases_back(qtbot, demo_window):
    pane = demo_window.case_list
    everything = pane.model.rowCount()
    assert everything and not pane.empty_label.isVisible()
    pane.search.setText("no such owner zzzz")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0 and not pane.busy, timeout=5000)
    assert pane.empty_label.isVisible()
    assert "No case matches" in pane.empty_label.text()
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == everything and not pane.busy, timeout=5000)
    assert not pane.empty_label.isVisible()


def test_the_result_count_agrees_with_one_case(demo_window):
    bar = demo_window.case_list.filter_bar
    bar.set_result_count(1)
    assert bar.count_label.text() != "1 cases" and bar.count_label.text().startswith("1 case")


def test_filter_choices_that_fail_to_load_are_reported(qtbot, demo_window, monkeypatch):
    pane = demo_window.case_list

    def broken(*_args, **_kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(filter_choices, "filter_choices", broken)
    with qtbot.waitSignal(pane.sig_error, timeout=5000) as blocker:
        pane.filter_bar.load_choices()
    assert blocker.args[0]


def test_a_click_reads_the_list_at_once_and_quick_clicks_read_it_once(qtbot, demo_window, monkeypatch):
    """One click in the filter bar starts the query with no delay; ticks that follow each other within
    the debounce make one more query once they pause, not one each."""
    pane = demo_window.case_list
    started: list[CaseFilter] = []
    reload = pane.reload
    monkeypatch.setattr(pane, "reload", lambda: (started.append(pane.case_filter), reload()))
    qtbot.wait(100)  # well after the last change
    pane.set_filter(CaseFilter(view=ViewMode.ARCHIVED))
    assert started == [CaseFilter(view=ViewMode.ARCHIVED)] and pane._task.busy  # no timer in between
    wait_loaded(qtbot, pane)
    started.clear()
    qtbot.wait(100)
    pane.set_filter(CaseFilter(view=ViewMode.ACTIVE, mine=True))  # at once…
    pane.set_filter(CaseFilter(view=ViewMode.ACTIVE))  # …then two quick ticks…
    pane.set_filter(CaseFilter(view=ViewMode.ACTIVE, resurfacing=True))
    assert len(started) == 1
    wait_loaded(qtbot, pane)  # …read once, with the last
    assert started[1:] == [CaseFilter(view=ViewMode.ACTIVE, resurfacing=True)]
    assert pane.case_filter == CaseFilter(view=ViewMode.ACTIVE, resurfacing=True)


def test_a_list_that_takes_a_while_says_it_is_being_read(qtbot, demo_window, monkeypatch):
    """The query runs on a worker; past a short delay the count says the list is being read and the
    pointer is busy over the rows (still the previous list, still usable); both go when it comes."""
    import threading

    from desktop_app.services.case_list import case_queries

    pane = demo_window.case_list
    release = threading.Event()
    real = case_queries.case_ids
    monkeypatch.setattr(case_queries, "case_ids", lambda *a, **k: (release.wait(5), real(*a, **k))[1])
    rows_before = pane.model.rowCount()
    pane.set_filter(CaseFilter(view=ViewMode.ARCHIVED))
    qtbot.waitUntil(lambda: pane.filter_bar.count_label.text() == "Reading the list…", timeout=2000)
    assert pane.table.viewport().cursor().shape() == Qt.CursorShape.BusyCursor
    assert pane.model.rowCount() == rows_before  # the previous list stays until the new one comes
    release.set()
    wait_loaded(qtbot, pane)
    assert pane.filter_bar.count_label.text() != "Reading the list…"
    assert pane.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor
