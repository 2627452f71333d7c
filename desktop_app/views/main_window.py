"""The main window: four docks (case list, documents, preview, index), menus, status bar.

The window only wires panes together; each pane calls the services it needs. Dock and
column layout persist in an INI file under the data dir.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.models.states import RoleCode
from desktop_app.views.panes.case_list import CaseListPane
from desktop_app.views.panes.documents import DocumentsPane
from desktop_app.views.panes.index import IndexPane
from desktop_app.views.panes.preview import PreviewPane
from desktop_app.views.session import Session

SETTINGS_FILE = "ui-settings.ini"
STATE_VERSION = 1
DEFAULT_SIZE = (1600, 900)
WORKER_THREADS = 2


class MainWindow(QMainWindow):
    sig_settled = Signal()
    """The panes have nothing pending: list loaded, preview shown (or nothing to show)."""

    def __init__(self, session: Session, settings_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        self.persist_layout = settings_path is not None
        self._settings_path = settings_path
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(WORKER_THREADS)
        self.case_list = CaseListPane(session, self.pool, self)
        self.documents = DocumentsPane(session, self)
        self.preview = PreviewPane(session, self.pool, self)
        self.index = IndexPane(session, self)
        self._build_docks()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.setWindowTitle(self._title())
        self.resize(*DEFAULT_SIZE)
        self._default_state = self.saveState(STATE_VERSION)
        self._layout_restored = False
        self._shown_once = False

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
        self._size_docks()

    def _size_docks(self) -> None:
        width, height = self.width() or DEFAULT_SIZE[0], self.height() or DEFAULT_SIZE[1]
        self.resizeDocks([self.case_list_dock, self.documents_dock], [int(height * 0.55), int(height * 0.45)],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.documents_dock, self.preview_dock, self.index_dock],
                         [int(width * 0.35), int(width * 0.35), int(width * 0.3)], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, objectName="actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find_action = QAction(self.tr("&Find a case"), self, objectName="actionFind")
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.case_list.focus_search)
        view_menu.addAction(find_action)
        view_menu.addSeparator()
        for dock in (self.case_list_dock, self.documents_dock, self.preview_dock, self.index_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        reset_action = QAction(self.tr("&Reset the layout"), self, objectName="actionResetLayout")
        reset_action.triggered.connect(self.reset_layout)
        view_menu.addAction(reset_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About CaseDesk"), self, objectName="actionAbout")
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self, objectName="caseCountLabel")
        self.user_label = QLabel(self, objectName="userLabel")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)
        actor = self.session.actor
        self.user_label.setText(self.tr("User: {name} ({role})").format(
            name=actor.name or actor.login, role=self.role_label(actor.role)))

    def _connect(self) -> None:
        self.case_list.sig_case_selected.connect(self._on_case_selected)
        self.case_list.sig_cases_loaded.connect(self._on_cases_loaded)
        self.case_list.sig_error.connect(self._on_error)
        self.documents.sig_document_selected.connect(self._on_document_selected)
        self.preview.sig_preview_finished.connect(self._check_settled)

    def _title(self) -> str:
        who = self.session.actor.name or self.session.actor.login
        office = self.session.office_name
        return f"CaseDesk — {office} — {who}" if office else f"CaseDesk — {who}"

    def role_label(self, code: str) -> str:
        return {
            RoleCode.ADMIN: self.tr("administrator"),
            RoleCode.ADMINISTRATIVE: self.tr("administrative clerk"),
            RoleCode.SALES_MANAGER: self.tr("sales manager"),
            RoleCode.SALES_ADVISOR: self.tr("sales advisor"),
            RoleCode.TECHNICIAN: self.tr("technician"),
        }.get(code, code)

    # -- life cycle ---------------------------------------------------------------------------
    def load(self) -> None:
        """Restores the saved layout and loads the case list (synchronously: first paint)."""
        self.restore_layout()
        self.case_list.load_now()

    def settings(self) -> QSettings | None:
        if self._settings_path is None:
            return None
        return QSettings(str(self._settings_path), QSettings.Format.IniFormat)

    def restore_layout(self) -> None:
        settings = self.settings()
        if settings is None:
            return
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("mainWindow/state")
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
        settings.sync()

    @Slot()
    def reset_layout(self) -> None:
        for dock in (self.case_list_dock, self.documents_dock, self.preview_dock, self.index_dock):
            dock.setFloating(False)
            dock.show()
        self.restoreState(self._default_state, STATE_VERSION)
        self._size_docks()

    def shutdown(self) -> None:
        """Waits for background work so nothing reports into a closed window or database."""
        self.pool.clear()
        self.pool.waitForDone(10_000)

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
        self.index.show_case(case_id)
        self.documents.show_case(case_id)
        if case_id is not None and self.documents.current_document_id is None:
            self.preview.show_empty(self.tr("No documents"), self.tr("This case has no documents yet."))

    @Slot(object)
    def _on_document_selected(self, document_id: int | None) -> None:
        self.index.show_document(document_id)
        self.preview.show_document(document_id)

    @Slot(int)
    def _on_cases_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln case(s)", "", count))
        self._check_settled()

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _check_settled(self, *_args) -> None:
        if self.is_settled:
            self.sig_settled.emit()

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CaseDesk"), self.tr(
            "<b>CaseDesk {version}</b><br>Case files, their documents, quotes, invoices and "
            "installments, on your desktop, online or offline.").format(version=__version__))
