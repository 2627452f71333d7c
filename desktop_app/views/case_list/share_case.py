"""The case list's "Share…": who else may see (or change) one case, beyond their role (S2-G1).

Sharing and un-sharing are one short write each (services/cases/grants.py checks CASE_ASSIGN and
write access to the case); the lists are a few rows. Everything runs on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.services.cases import grants
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.session import Session


class ShareCaseDialog(QDialog):
    sig_case_changed = Signal(int)
    """A share was added or taken back (the case's id)."""

    def __init__(self, session: Session, case_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareCaseDialog")
        self.setWindowTitle(self.tr("Share case {number}").format(number=number))
        self.resize(620, 360)
        self._session = session
        self.case_id = case_id
        self._rows: list[grants.GrantRow] = []
        self.table = QTableWidget(0, 3, self, objectName="shareGrantsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Shared with"), self.tr("Access"), self.tr("Shared by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.who = QComboBox(self, objectName="shareWith")
        self.level = QComboBox(self, objectName="shareLevel")
        self.level.addItem(self.tr("can see"), "read")
        self.level.addItem(self.tr("can change"), "write")
        self.add_button = QPushButton(icons.icon("fa5s.share-alt"), self.tr("Share"), self, objectName="shareAddButton")
        self.remove_button = QPushButton(icons.icon("fa5s.user-slash"), self.tr("Stop sharing"), self,
                                         objectName="shareRemoveButton")
        self.add_button.clicked.connect(self.share)
        self.remove_button.clicked.connect(self.unshare)
        self.message = QLabel(self, objectName="shareMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.who, 1)
        row.addWidget(self.level)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        try:
            people, teams = grants.grantees(self._session.actor)
        except AppError as exc:
            self._show(formatting.error_text(exc), error=True)
            people, teams = [], []
        for user_id, name in people:
            if user_id != self._session.actor.user_id:
                self.who.addItem(icons.icon("fa5s.user"), name, ("user", user_id))
        for team_id, name in teams:
            self.who.addItem(icons.icon("fa5s.users"), self.tr("Team {name}").format(name=name), ("team", team_id))

    def reload(self) -> None:
        try:
            self._rows = grants.grants_of_case(self._session.actor, self.case_id)
        except AppError as exc:
            self._rows = []
            self._show(formatting.error_text(exc), error=True)
        levels = {"read": self.tr("can see"), "write": self.tr("can change")}
        self.table.setRowCount(len(self._rows))
        for row, grant in enumerate(self._rows):
            name = grant.name if grant.user_id is not None else self.tr("Team {name}").format(name=grant.name)
            for column, text in enumerate((name, levels.get(grant.level, grant.level), grant.granted_by)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))
        self.add_button.setEnabled(self.who.count() > 0)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "")
        self.message.setText(text)

    @Slot()
    def share(self) -> None:
        kind, target = self.who.currentData() or (None, None)
        if kind is None:
            return
        try:
            grants.grant_access(self._session.actor, self.case_id, level=self.level.currentData(),
                                **{"user_id" if kind == "user" else "team_id": target})
        except AppError as exc:
            self._show(formatting.error_text(exc), error=True)
            return
        self._show(self.tr("Shared with {name}.").format(name=self.who.currentText()))
        self.reload()
        self.sig_case_changed.emit(self.case_id)

    @Slot()
    def unshare(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        grant = self._rows[items[0].row()]
        try:
            grants.revoke_access(self._session.actor, grant.id)
        except AppError as exc:
            self._show(formatting.error_text(exc), error=True)
            return
        self._show(self.tr("No longer shared with {name}.").format(name=grant.name))
        self.reload()
        self.sig_case_changed.emit(self.case_id)
