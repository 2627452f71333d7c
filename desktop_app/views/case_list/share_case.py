"""The case list's "Share…": who else may see (or change) one case, beyond their role (S2-G1).

Sharing and un-sharing are one short write each (services/cases/grants.py checks CASE_ASSIGN and
write access to the case), run on the case actions' workers: the buttons wait meanwhile, and the
ChangeSet goes on the broadcast. The lists are a few rows, read on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
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
from desktop_app.services.context import ChangeSet
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner
from desktop_app.views.common.session import Session


class ShareCaseDialog(QDialog):
    def __init__(self, session: Session, jobs: JobRunner, case_id: int, number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
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

    def _run(self, change, done_text: str) -> None:
        """One share or un-share in the background; the dialog waits (buttons off) until it is written."""
        for widget in (self.add_button, self.remove_button, self.who, self.level):
            widget.setEnabled(False)

        def done(changes: object) -> None:
            self._show(done_text)
            self._session.changes.publish(changes if isinstance(changes, ChangeSet)
                                          else ChangeSet(case_ids={self.case_id}), self)
            self._settle()

        def failed(exc: BaseException) -> None:
            self._show(formatting.error_text(exc), error=True)
            self._settle()

        self._jobs.run(change, done, failed)

    def _settle(self) -> None:
        self.who.setEnabled(True)
        self.level.setEnabled(True)
        self.add_button.setEnabled(self.who.count() > 0)
        self.reload()

    @Slot()
    def share(self) -> None:
        kind, target = self.who.currentData() or (None, None)
        if kind is None:
            return
        actor, case_id, level, name = self._session.actor, self.case_id, self.level.currentData(), self.who.currentText()
        key = "user_id" if kind == "user" else "team_id"
        self._run(lambda: grants.grant_access(actor, case_id, level=level, **{key: target}),
                  self.tr("Shared with {name}.").format(name=name))

    @Slot()
    def unshare(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        grant = self._rows[items[0].row()]
        actor = self._session.actor
        self._run(lambda: grants.revoke_access(actor, grant.id),
                  self.tr("No longer shared with {name}.").format(name=grant.name))
