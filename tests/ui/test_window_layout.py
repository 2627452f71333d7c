"""Per-user layout saved and restored, Reset layout, damaged settings, the language setting, the status bar."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolBar

from desktop_app.app import create_main_window, install_translators, startup_language, wait_until_settled
from desktop_app.services.office.workspace import close_workspace
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX, COLUMNS
from desktop_app.views.common import formatting
from desktop_app.views.main_window.window import SETTINGS_FILE
from desktop_app.views.main_window.window_settings import saved_language


def open_window(qtbot, data_dir, user=None, show=True):
    window = create_main_window(data_dir, user=user)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    if show:
        window.show()
        qtbot.waitExposed(window)
    return window


def close(window):
    window.close()
    close_workspace(window.session.workspace)


def arrangement(window) -> dict:
    """What a user sees of the layout: which docks are where, tabbed, hidden; the window size."""
    docks = (window.case_list_dock, window.documents_dock, window.preview_dock, window.index_dock)
    return {
        "size": (window.width(), window.height()),
        "areas": [window.dockWidgetArea(d) for d in docks],
        "hidden": [d.isHidden() for d in docks],
        "tabbed": sorted(d.objectName() for d in window.tabifiedDockWidgets(window.documents_dock)),
        "toolbar": window.findChild(QToolBar, "mainToolBar").isHidden(),
    }


def test_the_layout_comes_back_after_close_and_reopen(qtbot, office):
    window = open_window(qtbot, office.data_dir)
    default = arrangement(window)
    # restoreGeometry keeps a window inside its screen, and the offscreen screen is 800×600.
    screen = window.screen().availableGeometry()
    size = (min(1300, screen.width() - 40), min(760, screen.height() - 40))
    window.resize(*size)
    window.tabifyDockWidget(window.documents_dock, window.preview_dock)
    window.index_dock.close()
    window.removeDockWidget(window.case_list_dock)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.case_list_dock)
    window.case_list_dock.show()
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    changed = arrangement(window)
    assert changed != default
    assert changed["tabbed"] == ["previewDock"] and changed["hidden"][3]
    close(window)

    again = open_window(qtbot, office.data_dir)
    try:
        assert arrangement(again) == changed
    finally:
        close(again)


def test_the_layout_is_kept_per_user(qtbot, office):
    admin = open_window(qtbot, office.data_dir)
    admin.index_dock.close()
    header = admin.case_list.table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMN_INDEX["city"]), 0)
    close(admin)
    tech = open_window(qtbot, office.data_dir, user="tech")
    try:
        assert not tech.index_dock.isHidden()
        assert tech.case_list.table.horizontalHeader().logicalIndex(0) == COLUMN_INDEX["number"]
    finally:
        close(tech)
    settings = QSettings(str(office.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert settings.childGroups() == ["users"]
    settings.beginGroup("users")
    assert sorted(settings.childGroups()) == ["admin", "tech"]


def test_reset_layout_restores_the_docks_and_fits_the_columns(qtbot, office):
    window = open_window(qtbot, office.data_dir)
    try:
        default = arrangement(window)
        header = window.case_list.table.horizontalHeader()
        viewport = window.case_list.table.viewport()
        fitted = [header.sectionSize(i) for i in range(header.count())]
        hidden_by_default = [i for i in range(header.count()) if header.isSectionHidden(i)]
        window.tabifyDockWidget(window.documents_dock, window.index_dock)
        window.preview_dock.close()
        window.findChild(QToolBar, "mainToolBar").hide()
        header.moveSection(header.visualIndex(COLUMN_INDEX["city"]), 0)
        header.resizeSection(COLUMN_INDEX["owner"], 40)
        header.hideSection(COLUMN_INDEX["tariff"])
        assert arrangement(window) != default
        window.findChild(QAction, "actionResetLayout").trigger()
        qtbot.waitUntil(lambda: arrangement(window) == default)
        assert [header.logicalIndex(v) for v in range(header.count())] == list(range(len(COLUMNS)))
        assert [i for i in range(header.count()) if header.isSectionHidden(i)] == hidden_by_default
        qtbot.waitUntil(lambda: [header.sectionSize(i) for i in range(header.count())] == fitted)
        assert sum(fitted) <= viewport.width() and sum(fitted) > 0.9 * viewport.width()
    finally:
        close(window)


@pytest.mark.parametrize("damage", [
    "[users]\nadmin\\mainWindow\\geometry=garbage\nadmin\\mainWindow\\state=1, 2, 3\n"
    "admin\\caseTable\\columns=@ByteArray(x)\nadmin\\caseTable\\sort=nope:zz\nadmin\\workArea=@Invalid()\n"
    "[app]\nlanguage=klingon\n",
    "[users]\nadmin\\mainWindow\\geometry=@ByteArray(\\0\\x1\\x2\\x3)\n"
    "admin\\mainWindow\\state=@ByteArray(\\xff\\xff\\xff)\nadmin\\caseTable\\columns=number:abc:1,,:::,city\n",
    "\x00\xff not an INI file at all [[[",
])
def test_damaged_settings_do_not_stop_the_window(qtbot, office, damage):
    (office.data_dir / SETTINGS_FILE).write_text(damage, encoding="latin-1")
    window = open_window(qtbot, office.data_dir)
    try:
        assert window.case_list.model.rowCount() == 6
        assert all(not d.isHidden() for d in (window.case_list_dock, window.documents_dock,
                                               window.preview_dock, window.index_dock))
        header = window.case_list.table.horizontalHeader()
        assert [header.logicalIndex(v) for v in range(header.count())] == list(range(len(COLUMNS)))
        assert saved_language(office.data_dir / SETTINGS_FILE) is None
        assert window.findChild(QAction, "actionLanguage_en").isChecked()
    finally:
        close(window)


def test_the_language_setting_is_saved_and_used_at_the_next_start(qtbot, office):
    window = open_window(qtbot, office.data_dir)
    try:
        assert window.findChild(QAction, "actionLanguage_en").isChecked()
        names = [a.text() for a in window.language_actions.actions()]
        assert names == ["English", "Español", "Français", "Português (Brasil)"]
        window.findChild(QAction, "actionLanguage_fr").trigger()
        notice = window.findChild(QMessageBox, "languageNotice")
        qtbot.waitUntil(lambda: notice.isVisible())
        assert "Français" in notice.text() and "next time" in notice.text()
        notice.accept()
    finally:
        close(window)
    assert saved_language(office.data_dir / SETTINGS_FILE) == "fr"
    assert startup_language(None, office.data_dir) == "fr"
    assert startup_language("es", office.data_dir) == "es"  # --lang overrides the setting
    assert startup_language(None, None) is None
    again = open_window(qtbot, office.data_dir, show=False)
    try:
        assert again.findChild(QAction, "actionLanguage_fr").isChecked()
    finally:
        close(again)


@pytest.fixture
def restore_translation():
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    yield app
    for translator in set(app.findChildren(QTranslator)) - before:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


def test_the_chosen_language_sets_texts_dates_and_money(restore_translation, office):
    from desktop_app.views.main_window.window_settings import save_language

    save_language(office.data_dir / SETTINGS_FILE, "fr")
    language = install_translators(restore_translation, startup_language(None, office.data_dir))
    assert language == "fr"
    assert QLocale().name() == "fr_FR"
    assert QCoreApplication.translate("MainWindow", "&View") != "&View"
    assert formatting.money(Decimal("1234.50"), "EUR").replace("\u202f", " ").replace("\xa0", " ") == "1 234,50 €"
    import datetime as dt

    assert formatting.date(dt.date(2026, 3, 7)) == "07/03/2026"


def test_the_status_bar_tells_count_work_area_case_user_and_database(qtbot, window, office):
    def text(name):
        return window.findChild(QLabel, name).text()

    assert text("caseCountLabel").startswith("6 case")
    assert text("workAreaLabel") == "Work area: Diagnostics immobiliers"
    assert text("currentCaseLabel") == ""
    assert text("userLabel") == "User: Administrator (administrator)"
    database = window.findChild(QLabel, "databaseLabel")
    assert database.text() == "SQLite file"
    assert database.toolTip().endswith("casedesk.db")
    window.select_first_case()
    qtbot.waitUntil(lambda: text("currentCaseLabel") == f"Case {office.documents_case}")
    window._on_cases_loaded(1234)
    assert text("caseCountLabel").startswith("1,234 case")
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        window._on_cases_loaded(1234)
        assert text("caseCountLabel").replace("\u202f", " ").replace("\xa0", " ").startswith("1 234 case")
    finally:
        QLocale.setDefault(previous)
