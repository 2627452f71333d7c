"""The main window: four docks (case list, documents, preview, index), toolbar, menus, status bar.

The window only wires panes together; each pane calls the services it needs. The work
area shown (S1-E1), dock and column layout persist per user in an INI file under the data
dir (views/main_window/window_settings.py); the interface language is chosen in View → Language.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSizePolicy, QToolBar, QWidget

from desktop_app import __version__
from desktop_app.errors import AppError
from desktop_app.languages import LANGUAGE_NAMES, closest_language
from desktop_app.models.states import RoleCode
from desktop_app.services.people import work_areas
from desktop_app.services.people.work_areas import WorkAreaChoice
from desktop_app.services.permissions import Action, allowed
from desktop_app.services.status_icons import icon_details
from desktop_app.views.billing.billing_dialog import TAB_OF_ICON, BillingDialog
from desktop_app.views.case_list.case_list_pane import CaseListPane
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.documents.documents_pane import DocumentsPane
from desktop_app.views.documents.text_indexer import TextIndexer
from desktop_app.views.index.index_pane import IndexPane
from desktop_app.views.main_window.backup_scheduler import BackupScheduler
from desktop_app.views.main_window.connection_notice import ConnectionNotice
from desktop_app.views.main_window.intake import WindowIntake
from desktop_app.views.main_window.window_settings import (
    SETTINGS_FILE,
    byte_array,
    remember_work_area,
    save_language,
    saved_language,
    user_group,
)
from desktop_app.views.main_window.work_area_chooser import WorkAreaChooser
from desktop_app.views.main_window.work_area_combo import WorkAreaCombo
from desktop_app.views.notifications.notification_centre import NotificationCentre
from desktop_app.views.people.user_actions import UserActions
from desktop_app.views.preview.preview_pane import PreviewPane
from desktop_app.views.reporting.statistics_dialog import StatisticsDialog
from desktop_app.views.status_icons.icon_legend import IconLegendDialog
from desktop_app.views.timeline.timeline_pane import CaseTimelinePane

__all__ = ["SETTINGS_FILE", "MainWindow"]
STATE_VERSION = 1
DEFAULT_SIZE = (1600, 900)
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    sig_settled = Signal()
    """The panes have nothing pending: list loaded, preview shown (or nothing to show)."""

    def __init__(self, session: Session, settings_path: Path | None = None, parent: QWidget | None = None, *,
                 areas: Sequence[WorkAreaChoice] = (), work_area: int | None = None,
                 language: str | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.persist_layout = settings_path is not None
        self._settings_path = settings_path
        self.language = language or closest_language(QLocale().name())
        """The interface language in use now (a new choice applies at the next start)."""
        self.areas: list[WorkAreaChoice] = list(areas)
        self.allow_all = work_areas.may_choose_all(session.actor)
        self._work_area = work_area
        self.chooser: WorkAreaChooser | None = None
        self.workers = Workers(self)  # every background job of the window (views/common/background.py)
        self._areas_task = LatestTask(self.workers, self)
        self.backup_scheduler = BackupScheduler(session, self.workers, self)  # automatic backups
        settings = self.settings()
        # First: the list's ids are read on a worker while the rest of the window is built.
        self.case_list = CaseListPane(session, self.workers, self, work_area=work_area,
                                      sort=CaseListPane.saved_sort(settings) if settings is not None else None)
        self.case_list.load()
        self.documents = DocumentsPane(session, self.workers, self)
        self.preview = PreviewPane(session, self.workers, self)
        self.index = IndexPane(session, self.workers, self)
        self.timeline = CaseTimelinePane(session, self.workers, self)
        self.text_indexer = TextIndexer(session, self.workers, lambda: self.is_settled and not self.documents.busy, self)
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.connection_notice = ConnectionNotice(self, session, self.workers)  # server lost/back; presence
        self.intake = WindowIntake(self, self.workers)  # drops on the case list, the watch folders
        self._connect()
        self._show_work_area()
        self.resize(*DEFAULT_SIZE)
        self._default_state = self.saveState(STATE_VERSION)
        self._layout_restored = False
        self._shown_once = False
        self.billing_dialog: BillingDialog | None = None
        self.send_report_dialog = None  # views.dialogs.send_report.SendReportDialog, made when first used
        self.legend_dialog: IconLegendDialog | None = None

    # -- building ---------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self, objectName=name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        return dock

    def _build_docks(self) -> None:
        """The case list across the top; documents, preview and index side by side below it.

        The list gets the full width so that its fifteen columns read without eliding;
        the preview, between the documents and the index, renders pages at a legible width.
        """
        self.setDockNestingEnabled(True)
        self.case_list_dock = self._dock("caseListDock", self.tr("Cases"), self.case_list)
        self.documents_dock = self._dock("documentsDock", self.tr("Documents"), self.documents)
        self.preview_dock = self._dock("previewDock", self.tr("Preview"), self.preview)
        self.index_dock = self._dock("indexDock", self.tr("Index"), self.index)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.case_list_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.documents_dock)
        self.splitDockWidget(self.documents_dock, self.preview_dock, Qt.Orientation.Horizontal)
        self.splitDockWidget(self.preview_dock, self.index_dock, Qt.Orientation.Horizontal)
        self.timeline_dock = self._dock("timelineDock", self.tr("History"), self.timeline)
        self.tabifyDockWidget(self.index_dock, self.timeline_dock)
        self.index_dock.raise_()
        self._size_docks()

    def _size_docks(self) -> None:
        width, height = self.width() or DEFAULT_SIZE[0], self.height() or DEFAULT_SIZE[1]
        self.resizeDocks([self.case_list_dock, self.documents_dock], [int(height * 0.55), int(height * 0.45)],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.documents_dock, self.preview_dock, self.index_dock],
                         [int(width * 0.35), int(width * 0.35), int(width * 0.3)], Qt.Orientation.Horizontal)

    def _action(self, name: str, text: str, glyph: str, slot, shortcut=None) -> QAction:
        action = QAction(icons.icon(glyph, icons.BLUE), text, self, objectName=name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.choose_action = self._action("actionChooseWorkArea", self.tr("&Choose the work area…"),
                                          "fa5s.building", self.choose_work_area)
        self.find_action = self._action("actionFind", self.tr("&Find a case"), "fa5s.search",
                                        self.case_list.focus_search, QKeySequence.StandardKey.Find)
        self.refresh_action = self._action("actionRefresh", self.tr("&Refresh the list"), "fa5s.sync-alt",
                                           self.case_list.reload, QKeySequence.StandardKey.Refresh)
        self.reset_action = self._action("actionResetLayout", self.tr("&Reset the layout"), "fa5s.undo-alt",
                                         self.reset_layout)
        quit_action = QAction(self.tr("&Quit"), self, objectName="actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.choose_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        for dock in (self.case_list_dock, self.documents_dock, self.preview_dock, self.index_dock,
                     self.timeline_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self._toolbar_menu_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_action)
        self.view_menu.addSeparator()
        self._build_language_menu()

        self.menuBar().addMenu(self.tr("&Reports")).addAction(self._action(
            "actionStatistics", self.tr("&Statistics…"), "fa5s.chart-bar", self.show_statistics))
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        settings_action = self._action("actionSettings", self.tr("&Settings…"), "fa5s.cogs", self.show_settings)
        settings_action.setEnabled(allowed(self.session.actor, Action.SETTINGS_EDIT))  # the services check too
        self.tools_menu.addAction(settings_action)
        self.user_actions = UserActions(self, self.session, self.workers, self.tools_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        legend_action = QAction(self.tr("Status icons &legend"), self, objectName="actionIconLegend")
        legend_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        legend_action.triggered.connect(self.show_icon_legend)
        help_menu.addAction(legend_action)
        about_action = QAction(self.tr("&About CaseDesk"), self, objectName="actionAbout")
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_language_menu(self) -> None:
        menu = self.view_menu.addMenu(self.tr("&Language"))
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        checked = saved_language(self._settings_path) or self.language
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, objectName=f"actionLanguage_{code}", checkable=True)
            action.setChecked(code == checked)
            action.setData(code)
            action.triggered.connect(functools.partial(self.choose_language, code))
            group.addAction(action)
            menu.addAction(action)
        self.language_actions = group

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self, objectName="mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.addAction(self.choose_action)
        self.work_area_combo = WorkAreaCombo(self.toolbar)
        self.work_area_combo.set_areas(self.areas, self.allow_all, self._work_area)
        self.toolbar.addWidget(self.work_area_combo)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.find_action)
        self.toolbar.addAction(self.refresh_action)
        spacer = QWidget(self.toolbar, objectName="toolbarSpacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.notification_centre = NotificationCentre(self, self.session, self.workers)  # S1-R2
        self.toolbar.addWidget(self.notification_centre.button)
        self.view_menu.insertAction(self._toolbar_menu_separator, self.toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self, objectName="caseCountLabel")
        self.work_area_label = QLabel(self, objectName="workAreaLabel")
        self.case_label = QLabel(self, objectName="currentCaseLabel")
        self.user_label = QLabel(self, objectName="userLabel")
        self.database_label = QLabel(self, objectName="databaseLabel")
        for label in (self.count_label, self.work_area_label, self.case_label, self.user_label,
                      self.database_label):
            label.setContentsMargins(6, 0, 10, 0)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addWidget(self.work_area_label)
        self.statusBar().addWidget(self.case_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        actor = self.session.actor
        self.user_label.setText(self.tr("User: {name} ({role})").format(
            name=actor.name or actor.login, role=self.role_label(actor.role)))
        url = self.session.workspace.database_url
        if url.startswith("postgres"):
            parts = urlsplit(url)
            self.database_label.setText(self.tr("PostgreSQL server"))
            self.database_label.setToolTip(f"{parts.hostname or 'localhost'}{parts.path}")
        else:
            self.database_label.setText(self.tr("SQLite file"))
            self.database_label.setToolTip(url.removeprefix("sqlite:///"))
        self.database_label.setStyleSheet("color: palette(mid)")

    def _connect(self) -> None:
        """Wires the panes to one another: selection, opening, errors. Changes travel on the broadcast."""
        self.case_list.sig_case_selected.connect(self._on_case_selected)
        self.case_list.sig_cases_loaded.connect(self._on_cases_loaded)
        self.case_list.sig_error.connect(self.show_error)
        self.case_list.sig_icon_activated.connect(self._on_icon_activated)
        self.case_list.sig_legend_requested.connect(self.show_icon_legend)
        self.case_list.sig_case_opened.connect(self._on_case_opened)
        self.case_list.sig_message.connect(self.show_message)
        self.documents.sig_document_selected.connect(self._on_document_selected)
        self.case_list.case_actions.sig_letter_requested.connect(self.documents.generator.ask_missing_letter)
        self.documents.sig_send_report_requested.connect(self.show_send_report)
        self.timeline.sig_error.connect(self.show_error)
        self.preview.sig_open_externally.connect(self._open_document_externally)
        self.preview.sig_preview_finished.connect(self._check_settled)
        self.work_area_combo.sig_work_area_chosen.connect(self.set_work_area)
        self._areas_task.sig_finished.connect(self._on_areas_counted)
        self._areas_task.sig_failed.connect(self._on_task_failed)
        self.case_list.sig_files_dropped.connect(self.intake.on_files_dropped)
        self.backup_scheduler.sig_finished.connect(self._on_backup_finished)

    def _current_area(self) -> WorkAreaChoice | None:
        return next((a for a in self.areas if a.work_area_id == self._work_area), None)

    def _title(self) -> str:
        who = self.session.actor.name or self.session.actor.login
        area = self._current_area()
        offices = {a.office_name for a in self.areas}
        if area is not None:
            parts = [area.office_name, area.work_area_name]
        elif len(offices) == 1:
            parts = [next(iter(offices)), self.tr("All work areas")]
        elif offices:
            parts = [self.tr("All work areas")]
        else:
            parts = [self.session.office_name] if self.session.office_name else []
        return " — ".join(["CaseDesk", *parts, who])

    def role_label(self, code: str) -> str:
        return {
            RoleCode.ADMIN: self.tr("administrator"),
            RoleCode.ADMINISTRATIVE: self.tr("administrative clerk"),
            RoleCode.SALES_MANAGER: self.tr("sales manager"),
            RoleCode.SALES_ADVISOR: self.tr("sales advisor"),
            RoleCode.TECHNICIAN: self.tr("technician"),
        }.get(code, code)

    # -- work area (S1-E1) and language --------------------------------------------------------
    @property
    def work_area(self) -> int | None:
        """The work area the list shows, or None for all of them."""
        return self._work_area

    @Slot(object)
    def set_work_area(self, work_area_id: int | None) -> None:
        """Shows one work area's cases (None: all), and remembers the choice for this user."""
        if work_area_id is None and not self.allow_all and self.areas:
            return
        if work_area_id is not None and work_area_id not in {a.work_area_id for a in self.areas}:
            return
        self._work_area = work_area_id
        self.work_area_combo.set_choice(work_area_id)
        self.case_list.set_work_area(work_area_id)
        self._show_work_area()
        if self.persist_layout:
            remember_work_area(self._settings_path, self.session.actor.login, work_area_id)

    def _show_work_area(self) -> None:
        area = self._current_area()
        name = area.work_area_name if area is not None else self.tr("All work areas")
        self.work_area_label.setText(self.tr("Work area: {name}").format(name=name))
        self.setWindowTitle(self._title())

    @Slot()
    def choose_work_area(self) -> None:
        """Counts the cases per work area in the background, then opens the chooser."""
        self._areas_task.run(functools.partial(work_areas.visible_work_areas, self.session.actor))

    @Slot(object)
    def _on_areas_counted(self, areas: list[WorkAreaChoice]) -> None:
        self.areas = areas
        self.work_area_combo.set_areas(areas, self.allow_all, self._work_area)
        if self.chooser is not None:
            self.chooser.close()
        self.chooser = WorkAreaChooser(areas, self._work_area, self.allow_all, self)
        self.chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser.accepted.connect(self._on_chooser_accepted)
        self.chooser.destroyed.connect(self._on_chooser_destroyed)
        self.chooser.open()

    @Slot()
    def _on_chooser_accepted(self) -> None:
        if self.chooser is not None:
            self.set_work_area(self.chooser.choice)

    @Slot()
    def _on_chooser_destroyed(self) -> None:
        self.chooser = None

    @Slot(object)
    def _on_task_failed(self, exc: BaseException) -> None:
        self.show_error(formatting.error_text(exc))

    def choose_language(self, language: str) -> None:
        """Saves the interface language; it applies at the next start (`--lang` still overrides)."""
        save_language(self._settings_path, language)
        if language == self.language:
            return
        notice = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"), self.tr(
            "CaseDesk will use {language} the next time it starts.").format(language=LANGUAGE_NAMES[language]),
            QMessageBox.StandardButton.Ok, self)
        notice.setObjectName("languageNotice")
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.open()

    # -- life cycle ---------------------------------------------------------------------------
    def load(self) -> None:
        """Restores the saved layout and starts the background work (the case list's ids are on their
        way since the window was made; `sig_settled` once they are painted)."""
        self.restore_layout()
        self.notification_centre.start()
        self.connection_notice.start()
        self.intake.start()
        self.text_indexer.start()  # documents still without text (older data), when idle
        self.backup_scheduler.start()

    def settings(self) -> QSettings | None:
        """The INI file, opened on this user's group (layout is kept per user)."""
        if self._settings_path is None:
            return None
        settings = QSettings(str(self._settings_path), QSettings.Format.IniFormat)
        settings.beginGroup(user_group(self.session.actor.login))
        return settings

    def restore_layout(self) -> None:
        """Geometry, docks and columns as this user left them; damaged values are ignored."""
        settings = self.settings()
        if settings is None:
            return
        geometry = byte_array(settings, "mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = byte_array(settings, "mainWindow/state")
        if state is not None:
            self._layout_restored = self.restoreState(state, STATE_VERSION)
        self.case_list.restore_state(settings)

    def save_layout(self) -> None:
        settings = self.settings()
        if settings is None or not self.persist_layout:
            return
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState(STATE_VERSION))
        self.case_list.save_state(settings)
        settings.endGroup()
        settings.sync()

    @Slot()
    def reset_layout(self) -> None:
        """The default arrangement: docks and toolbar back in place, columns in order and fitted."""
        for dock in (self.case_list_dock, self.documents_dock, self.preview_dock, self.index_dock,
                     self.timeline_dock):
            dock.setFloating(False)
            dock.show()
        self.toolbar.show()
        self.restoreState(self._default_state, STATE_VERSION)
        self._size_docks()
        self.case_list.columns.restore_defaults()  # default order and visibility, automatic widths
        QTimer.singleShot(0, self.case_list.fit_columns)  # again once the docks have their new sizes

    def shutdown(self) -> None:
        """Waits for background work so nothing reports into a closed window or database."""
        self.notification_centre.stop()
        self.connection_notice.stop()
        self.intake.stop()
        self.backup_scheduler.stop()
        self.text_indexer.stop()
        self.workers.shutdown()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._layout_restored:
                self._size_docks()  # dock proportions only take once the window has its size

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.index.confirm_leave():
            event.ignore()
            return
        self.case_list.status_editing.wait_for_moves()  # a status change being written is not dropped
        self.save_layout()
        self.shutdown()
        super().closeEvent(event)

    # -- following the selection -----------------------------------------------------------------
    def select_first_case(self) -> bool:
        if self.case_list.model.rowCount() == 0:
            return False
        self.case_list.select_row(0)
        return True

    @property
    def is_settled(self) -> bool:
        return not self.case_list.busy and not self.preview.busy

    @Slot(object)
    def _on_case_selected(self, case_id: int | None) -> None:
        if case_id is not None and case_id == self.index.case_id and self.index.has_changes:
            return  # back on the case being edited (a cancelled move): the panes still show it
        if not self.index.confirm_leave():
            # Cancelled: the selection goes back to the case with the unsaved changes.
            editing = self.index.case_id
            if editing is not None:
                QTimer.singleShot(0, lambda: self.case_list.select_case(editing))
            return
        row = self.case_list.model.case_row(self.case_list.table.currentIndex().row()) if case_id else None
        self.case_label.setText(self.tr("Case {number}").format(number=row.number) if row else "")
        self.index.show_case(case_id)
        self.documents.show_case(case_id)
        self.documents.show_matches(self.case_list.case_filter.search)  # found by words in a document?
        self.timeline.show_case(case_id)
        if case_id is not None:
            self.case_list.mark_seen(case_id)  # "since you last looked" (in the background)
        if case_id is not None and self.documents.current_document_id is None:
            self.preview.show_empty(self.tr("No documents"), self.tr("This case has no documents yet."))

    @Slot(int)
    def _on_case_opened(self, _case_id: int) -> None:
        """Enter on a case: on to its documents (the dock is shown if it was closed)."""
        self.documents_dock.show()
        self.documents_dock.raise_()
        self.documents.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _on_document_selected(self, document_id: int | None) -> None:
        self.index.show_document(document_id)
        self.preview.show_document(document_id)

    @Slot(int)
    def _on_cases_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln case(s)", "", count))
        self._check_settled()

    @Slot(str)
    def show_error(self, message: str) -> None:
        """A failure said in the status bar (10 s)."""
        self.statusBar().showMessage(message, 10_000)

    @Slot(str)
    def show_message(self, message: str) -> None:
        """A confirmation said in the status bar (5 s)."""
        self.statusBar().showMessage(message, 5_000)

    def _check_settled(self, *_args) -> None:
        if self.is_settled:
            self.sig_settled.emit()

    @Slot(int, str)
    def _on_icon_activated(self, case_id: int, key: str) -> None:
        """Report → its document in the preview; quote, invoice, installments → the billing dialog."""
        if self.case_list.current_case_id != case_id:
            self.case_list.select_case(case_id)
        if key == "report":
            try:
                target = icon_details.explain(self.session.actor, case_id, "report").target_id
            except AppError as exc:
                self.show_error(formatting.error_text(exc))
                return
            if target is not None and not self.documents.select_document(target):
                self.show_error(self.tr("The report is not in the documents list."))
            if target is not None and allowed(self.session.actor, Action.REPORT_ACCESS):
                self.show_send_report(target)  # who gets it, who is blocked (S2-C9)
            return
        if self.billing_dialog is None:
            self.billing_dialog = BillingDialog(self.session, self.workers, self)
        self.billing_dialog.show_case(case_id, TAB_OF_ICON.get(key, "quotes"))

    @Slot(int)
    def show_send_report(self, document_id: int) -> None:
        """The "Send report…" dialog for one report; a send or a (un)block refreshes the case's row."""
        if self.send_report_dialog is None:
            from desktop_app.views.documents.send_report import SendReportDialog

            self.send_report_dialog = SendReportDialog(self.session, self.workers, self)
        self.send_report_dialog.show_report(document_id)

    @Slot(int)
    def _open_document_externally(self, document_id: int) -> None:
        """The preview's "Open with the system viewer": the documents pane makes the read-only copy."""
        # Selected alone: with several documents selected, "open" (one document) would do nothing.
        if self.documents.select_document(document_id):
            self.documents.actions.open_externally()

    @Slot(object)
    def _on_backup_finished(self, run) -> None:
        """The automatic backup this PC made: said in the status bar; a failure told to an administrator."""
        if run.ok:
            self.statusBar().showMessage(self.tr("Automatic backup written: {file} ({size}).").format(
                file=run.path.name, size=formatting.file_size(run.size)), 10_000)
        elif allowed(self.session.actor, Action.OFFICE_ADMIN):
            self.show_error(self.tr("The automatic backup failed: {reason}").format(reason=run.message))
        else:
            log.warning("automatic backup failed: %s", run.message)

    @Slot()
    def show_statistics(self) -> None:
        dialog = self.findChild(StatisticsDialog, "statisticsDialog")
        if dialog is None:
            dialog = StatisticsDialog(self.session, self.workers, self)
        elif not dialog.isVisible():
            dialog.reload()
        dialog.show()
        dialog.raise_()

    @Slot()
    def show_settings(self) -> None:
        """The administrator's settings (a change is published on the broadcast: the list follows)."""
        from desktop_app.views.settings.settings_dialog import SettingsDialog  # loaded when first opened

        dialog = self.findChild(SettingsDialog, "settingsDialog")
        if dialog is None:
            dialog = SettingsDialog(self.session, self.workers, self)
            if self._work_area is not None:
                dialog.set_work_area(self._work_area)
        dialog.show()
        dialog.raise_()

    @Slot()
    def show_icon_legend(self) -> None:
        if self.legend_dialog is None:
            row = self.case_list.model.case_row(0)
            self.legend_dialog = IconLegendDialog(row.currency if row else "EUR", self)
        self.legend_dialog.show()
        self.legend_dialog.raise_()
        self.legend_dialog.activateWindow()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CaseDesk"), self.tr(
            "<b>CaseDesk {version}</b><br>Case files, their documents, quotes, invoices and "
            "installments, on your desktop, online or offline.").format(version=__version__))
