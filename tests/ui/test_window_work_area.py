"""The office / work-area choice on entry (S1-E1), the toolbar switcher and its memory per user.

The fixture office has one work area; `two_offices` adds a dealership (Ventas, Postventa)
with three cases, one of them assigned to the technician "tech".
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QToolBar, QTreeWidget

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import Case, Contact, Office, User, WorkArea, db
from desktop_app.services.case_list import case_queries
from desktop_app.services.cases import case_editing
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth, work_areas
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from desktop_app.views.main_window.window import SETTINGS_FILE
from desktop_app.views.main_window.work_area_chooser import WorkAreaChooser


@pytest.fixture
def two_offices(office):
    """The fixture office plus a dealership with two work areas: {area code: id} for the tests."""
    workspace = open_workspace(office.data_dir)
    try:
        admin = auth.default_actor()
        with write_transaction():
            presets.create_office("dealership")
            owner = Contact.create(first_name="Ana", last_name="Ruiz", city="Madrid")
        areas = {a.code: a.id for a in WorkArea.select()}
        tech = User.get(User.login == "tech")
        case_editing.create_case(admin, areas["VN"], owner=owner.id, city="Madrid")
        case_editing.create_case(admin, areas["VN"], owner=owner.id, city="Toledo")
        case_editing.create_case(admin, areas["PV"], owner=owner.id, city="Getafe", assigned_user=tech.id)
    finally:
        close_workspace(workspace)
    return areas


@pytest.fixture
def opened(qtbot):
    """Opens main windows over a data dir; closes them (and their databases) at the end."""
    windows = []

    def open_window(data_dir, user=None):
        window = create_main_window(data_dir, user=user)
        wait_until_settled(window)  # the case list loads in the background
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        close(window)


def close(window):
    """Closes the window (saving its settings) and its database; closing twice is harmless."""
    window.close()
    close_workspace(window.session.workspace)


def live_count(area_id: int, clause=None) -> int:
    query = Case.select().where((Case.work_area == area_id) & ~Case.archived & ~Case.trashed)
    return query.where(clause).count() if clause is not None else query.count()


def test_an_admin_sees_every_work_area_with_its_live_case_count(office, two_offices):
    workspace = open_workspace(office.data_dir)
    try:
        admin = auth.default_actor()
        areas = work_areas.visible_work_areas(admin)
        assert {a.work_area_id for a in areas} == set(two_offices.values())
        assert [a.office_name for a in areas] == sorted(a.office_name for a in areas)
        for area in areas:
            assert area.case_count == live_count(area.work_area_id), area
        assert {a.work_area_name: a.case_count for a in areas} == {
            "Diagnostics immobiliers": 6, "Ventas": 2, "Postventa": 1}
        assert work_areas.may_choose_all(admin)
        without = work_areas.visible_work_areas(admin, with_counts=False)
        assert [a.work_area_id for a in without] == [a.work_area_id for a in areas]
        assert {a.case_count for a in without} == {None}
    finally:
        close_workspace(workspace)


def test_a_technician_sees_only_the_work_areas_of_their_cases(office, two_offices):
    workspace = open_workspace(office.data_dir)
    try:
        tech = auth.actor_for_login("tech")
        areas = work_areas.visible_work_areas(tech)
        assert [(a.work_area_name, a.case_count) for a in areas] == [
            ("Postventa", 1), ("Diagnostics immobiliers", 2)]  # ordered by office name
        assert not work_areas.may_choose_all(tech)
        assert [a.work_area_id for a in work_areas.visible_work_areas(tech, with_counts=False)] == [
            a.work_area_id for a in areas]
        # Their office's work areas are theirs too, even without a case in them yet.
        with write_transaction():
            User.update(office=Office.get(Office.kind == "dealership")).where(User.login == "tech").execute()
        names = [a.work_area_name for a in work_areas.visible_work_areas(tech)]
        assert names == ["Postventa", "Ventas", "Diagnostics immobiliers"]
    finally:
        close_workspace(workspace)


def test_the_case_counts_read_the_work_area_index(office):
    workspace = open_workspace(office.data_dir)
    try:
        sql, params = work_areas.case_counts_query(auth.default_actor()).sql()
        plan = " ".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        assert "USING COVERING INDEX" in plan and "case_work_area_id_archived_trashed_created_at" in plan, plan
    finally:
        close_workspace(workspace)


def test_initial_choice_rules():
    a = work_areas.WorkAreaChoice(1, "O", 10, "A")
    b = work_areas.WorkAreaChoice(1, "O", 11, "B")
    assert work_areas.initial_choice([a], None, True, True) == 10  # one area: straight in
    assert work_areas.initial_choice([a, b], 11, False, False) == 11  # remembered
    assert work_areas.initial_choice([a, b], 99, False, False) == 10  # remembered but gone: first
    assert work_areas.initial_choice([a, b], None, True, False) == 10  # "all" not allowed any more
    assert work_areas.initial_choice([a, b], None, True, True) is None
    assert work_areas.initial_choice([a, b], None, False, True) is None  # "All" is the first entry
    assert work_areas.initial_choice([], None, False, False) is None


def _entries(dialog: WorkAreaChooser) -> list[str]:
    tree = dialog.findChild(QTreeWidget, "workAreaTree")
    lines = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        lines.append(f"{top.text(0)}|{top.text(1)}")
        lines.extend(f"  {top.child(j).text(0)}|{top.child(j).text(1)}" for j in range(top.childCount()))
    return lines


def test_the_chooser_lists_the_admins_work_areas_by_office(qtbot, office, two_offices):
    workspace = open_workspace(office.data_dir)
    try:
        admin = auth.default_actor()
        dialog = WorkAreaChooser(work_areas.visible_work_areas(admin), two_offices["VN"], True)
        qtbot.addWidget(dialog)
    finally:
        close_workspace(workspace)
    assert _entries(dialog) == [
        "All work areas|9",
        "Automóviles Levante|", "  Postventa|1", "  Ventas|2",
        "Diag Expertise Atlantique|", "  Diagnostics immobiliers|6"]
    assert dialog.choice == two_offices["VN"]  # the remembered choice is preselected
    tree = dialog.findChild(QTreeWidget, "workAreaTree")
    assert tree.currentItem().text(0) == "Ventas"
    heading = tree.topLevelItem(1)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    dialog.select(None)
    assert dialog.choice is None
    with qtbot.waitSignal(dialog.accepted):
        tree.itemActivated.emit(tree.topLevelItem(2).child(0), 0)
    assert dialog.choice == two_offices["DIAG"]


def test_the_chooser_offers_a_technician_no_all_entry(qtbot, office, two_offices):
    workspace = open_workspace(office.data_dir)
    try:
        dialog = WorkAreaChooser(work_areas.visible_work_areas(auth.actor_for_login("tech")), None, False)
        qtbot.addWidget(dialog)
    finally:
        close_workspace(workspace)
    entries = _entries(dialog)
    assert "All work areas|2" not in entries and not any(e.startswith("All work areas") for e in entries)
    assert [e for e in entries if e.startswith("  ")] == ["  Postventa|1", "  Diagnostics immobiliers|2"]
    assert dialog.choice == two_offices["PV"]  # nothing remembered: the first one
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_one_work_area_goes_straight_in(opened, office):
    window = opened(office.data_dir)
    area = WorkArea.get()
    assert window.work_area == area.id
    assert window.windowTitle() == "CaseDesk — Diag Expertise Atlantique — Diagnostics immobiliers — Administrator"
    combo = window.findChild(QComboBox, "workAreaCombo")
    assert window.findChild(QToolBar, "mainToolBar").isAncestorOf(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["All work areas", "Diagnostics immobiliers"]
    assert combo.currentText() == "Diagnostics immobiliers"


def test_the_combo_narrows_the_list_to_a_work_area_and_is_remembered(qtbot, opened, office, two_offices):
    window = opened(office.data_dir)
    assert window.work_area is None  # an admin without a remembered choice: "All work areas" first
    assert window.case_list.model.rowCount() == 9
    assert window.windowTitle() == "CaseDesk — All work areas — Administrator"
    combo = window.findChild(QComboBox, "workAreaCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All work areas", "Automóviles Levante — Postventa", "Automóviles Levante — Ventas",
        "Diag Expertise Atlantique — Diagnostics immobiliers"]
    with qtbot.waitSignal(window.case_list.sig_cases_loaded, timeout=5000) as loaded:
        combo.setCurrentIndex(combo.findData(two_offices["VN"]))
    expected = list(case_queries.case_ids(window.session.actor, work_area=two_offices["VN"]))
    assert loaded.args == [2] and len(expected) == 2
    model = window.case_list.model
    assert [model.case_id(r) for r in range(model.rowCount())] == expected
    assert window.work_area == two_offices["VN"]
    assert window.windowTitle().endswith(" — Ventas — Administrator")
    assert window.work_area_label.text() == "Work area: Ventas"
    settings = QSettings(str(office.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert settings.value("users/admin/workArea") == str(two_offices["VN"])
    close(window)

    again = opened(office.data_dir)
    assert again.work_area == two_offices["VN"]
    assert again.case_list.model.rowCount() == 2
    assert again.findChild(QComboBox, "workAreaCombo").currentData() == two_offices["VN"]
    with qtbot.waitSignal(again.case_list.sig_cases_loaded, timeout=5000) as loaded:
        again.set_work_area(None)
    assert loaded.args == [9]
    close(again)
    assert opened(office.data_dir).work_area is None  # "all" is remembered too


def test_each_user_keeps_their_own_work_area(qtbot, opened, office, two_offices):
    admin = opened(office.data_dir)
    admin.set_work_area(two_offices["VN"])
    close(admin)
    tech = opened(office.data_dir, user="tech")
    assert tech.work_area == two_offices["PV"]  # tech has no memory yet: their first work area
    assert tech.case_list.model.rowCount() == 1
    combo = tech.findChild(QComboBox, "workAreaCombo")
    assert [combo.itemData(i) for i in range(combo.count())] == [two_offices["PV"], two_offices["DIAG"]]
    tech.set_work_area(two_offices["VN"])  # not one of theirs: refused
    tech.set_work_area(None)  # a technician may not choose "all"
    assert tech.work_area == two_offices["PV"]
    close(tech)
    assert opened(office.data_dir).work_area == two_offices["VN"]


def test_a_damaged_or_stale_remembered_work_area_falls_back_to_the_first(opened, office, two_offices):
    path = office.data_dir / SETTINGS_FILE
    path.write_text("[users]\nadmin\\workArea=not-a-number\ntech\\workArea=" + str(two_offices["VN"]) + "\n",
                    encoding="utf-8")
    admin = opened(office.data_dir)
    assert admin.work_area is None
    close(admin)
    assert opened(office.data_dir, user="tech").work_area == two_offices["PV"]  # VN is not theirs


def test_the_toolbar_action_opens_the_chooser_with_fresh_counts(qtbot, opened, office, two_offices):
    window = opened(office.data_dir)
    window.show()
    qtbot.waitExposed(window)
    window.choose_action.trigger()
    qtbot.waitUntil(lambda: window.chooser is not None and window.chooser.isVisible())
    chooser = window.chooser
    assert "  Ventas|2" in _entries(chooser)
    chooser.select(two_offices["PV"])
    with qtbot.waitSignal(window.case_list.sig_cases_loaded, timeout=5000) as loaded:
        chooser.accept()
    assert loaded.args == [1]
    assert window.work_area == two_offices["PV"]
    assert window.findChild(QComboBox, "workAreaCombo").currentData() == two_offices["PV"]
    qtbot.waitUntil(lambda: window.chooser is None)


def test_the_fixture_amounts_are_not_touched_by_switching(qtbot, opened, office, two_offices):
    """Switching shows the same rows a direct query returns, with their own office's currency."""
    window = opened(office.data_dir)
    with qtbot.waitSignal(window.case_list.sig_cases_loaded, timeout=5000):
        window.set_work_area(two_offices["DIAG"])
    model = window.case_list.model
    rows = [model.case_row(r) for r in range(model.rowCount())]
    assert [r.number for r in rows][:1] == [office.documents_case]
    assert sum((r.amount for r in rows), Decimal(0)) == Decimal("7515.00")


def _answer_chooser(qtbot, choose, accept=True):
    """Answers the modal chooser once it is up (run_gui shows it with exec)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WorkAreaChooser):
            QTimer.singleShot(20, answer)
            return
        answer.seen = _entries(dialog)
        dialog.select(choose)
        dialog.accept() if accept else dialog.reject()

    answer.seen = None
    QTimer.singleShot(0, answer)
    return answer


def test_entry_asks_when_there_is_a_choice_and_remembers_it(qtbot, office, two_offices):
    from desktop_app.app import _ask_work_area, build_main_window

    workspace = open_workspace(office.data_dir)
    try:
        admin = auth.default_actor()
        answer = _answer_chooser(qtbot, two_offices["PV"])
        go_on, areas, choice = _ask_work_area(workspace, admin)
        assert go_on and choice == two_offices["PV"] and answer.seen[0] == "All work areas|9"
        window = build_main_window(workspace, admin, areas=areas, work_area=choice, choose=False)
        wait_until_settled(window)  # the case list loads in the background
        qtbot.addWidget(window)
        assert window.case_list.model.rowCount() == 1
        window.close()
        _answer_chooser(qtbot, None, accept=False)
        assert _ask_work_area(workspace, admin)[0] is False  # cancelled: run_gui quits
    finally:
        close_workspace(workspace)
    settings = QSettings(str(office.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert settings.value("users/admin/workArea") == str(two_offices["PV"])


def test_entry_does_not_ask_when_there_is_one_work_area(qtbot, office):
    from desktop_app.app import _ask_work_area

    workspace = open_workspace(office.data_dir)
    try:
        go_on, areas, choice = _ask_work_area(workspace, auth.actor_for_login("tech"))
        assert go_on and len(areas) == 1 and choice == areas[0].work_area_id
    finally:
        close_workspace(workspace)
