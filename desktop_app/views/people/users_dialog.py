"""Tools → Users and teams…: the office's logins (add, edit, reset a password, unlock) and its teams.

The lists are small (an office has tens of users) and are read on the GUI thread; every
change runs in the background on the window's pool, because a new password is hashed
with argon2 (about a tenth of a second by design). The services check USER_MANAGE and
the last-administrator rule; the dialog only shows what they answer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.models.states import RoleCode
from desktop_app.services.people import users
from desktop_app.services.people.users import TeamRow, UserRow
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session

ROLE_LABELS = {
    RoleCode.ADMIN: QT_TRANSLATE_NOOP("UsersDialog", "Administrator"),
    RoleCode.ADMINISTRATIVE: QT_TRANSLATE_NOOP("UsersDialog", "Administrative clerk"),
    RoleCode.SALES_MANAGER: QT_TRANSLATE_NOOP("UsersDialog", "Sales manager"),
    RoleCode.SALES_ADVISOR: QT_TRANSLATE_NOOP("UsersDialog", "Sales advisor"),
    RoleCode.TECHNICIAN: QT_TRANSLATE_NOOP("UsersDialog", "Technician"),
}
COLUMNS = ("login", "name", "role", "team", "active", "locked")


def role_label(code: str) -> str:
    return QCoreApplication.translate("UsersDialog", ROLE_LABELS[code]) if code in ROLE_LABELS else code


class UsersDialog(QDialog):
    """Users and teams of the office (non-modal)."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and teams"))
        self.resize(980, 560)
        self._session = session
        self._task = LatestTask(workers, self, uses_database=True)
        self._task.sig_finished.connect(self._on_done)
        self._task.sig_failed.connect(self._on_failed)
        self._rows: list[UserRow] = []
        self._teams: list[TeamRow] = []
        self._editing: int | None = None  # the user id in the form, None for a new user
        self._select_after: str | None = None
        self._done_text = ""
        tabs = QTabWidget(self, objectName="usersTabs")
        tabs.addTab(self._build_users_tab(), icons.icon("fa5s.users"), self.tr("Users"))
        tabs.addTab(self._build_teams_tab(), icons.icon("fa5s.user-friends"), self.tr("Teams"))
        self.message = QLabel(self, objectName="usersMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build_users_tab(self) -> QWidget:
        page = QWidget(self)
        self.table = QTableWidget(0, len(COLUMNS), page, objectName="usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Team"),
                                              self.tr("Active"), self.tr("Locked")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection)

        form_box = QGroupBox(self.tr("User"), page, objectName="userForm")
        self.login_edit = QLineEdit(form_box, objectName="userLogin")
        self.name_edit = QLineEdit(form_box, objectName="userFullName")
        self.email_edit = QLineEdit(form_box, objectName="userEmail")
        self.role_combo = QComboBox(form_box, objectName="userRole")
        for code in users.ROLES:
            self.role_combo.addItem(role_label(code), code)
        self.team_combo = QComboBox(form_box, objectName="userTeam")
        self.active_check = QCheckBox(self.tr("Can sign in"), form_box, objectName="userActive")
        self.password_edit = QLineEdit(form_box, objectName="userPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("optional, at least 8 characters"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Login"), self.login_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow(self.tr("Team"), self.team_combo)
        form.addRow("", self.active_check)
        self.password_label = QLabel(self.tr("Password"), form_box)
        form.addRow(self.password_label, self.password_edit)
        self.new_button = QPushButton(icons.icon("fa5s.user-plus"), self.tr("New user"), form_box,
                                      objectName="userNewButton")
        self.save_button = QPushButton(icons.icon("fa5s.save"), self.tr("Add"), form_box,
                                       objectName="userSaveButton")
        self.reset_button = QPushButton(icons.icon("fa5s.key"), self.tr("Reset password…"), form_box,
                                        objectName="userResetPasswordButton")
        self.unlock_button = QPushButton(icons.icon("fa5s.unlock"), self.tr("Unlock"), form_box,
                                         objectName="userUnlockButton")
        self.new_button.clicked.connect(self.new_user)
        self.save_button.clicked.connect(self.save_user)
        self.reset_button.clicked.connect(self._ask_reset_password)
        self.unlock_button.clicked.connect(self.unlock_user)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button):
            buttons.addWidget(button)
        more = QHBoxLayout()
        for button in (self.reset_button, self.unlock_button):
            more.addWidget(button)
        form.addRow(buttons)
        form.addRow(more)
        form_box.setMinimumWidth(360)

        layout = QHBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)
        return page

    def _build_teams_tab(self) -> QWidget:
        page = QWidget(self)
        self.teams_list = QListWidget(page, objectName="teamsList")
        self.teams_list.currentItemChanged.connect(self._on_team_selected)
        self.team_name_edit = QLineEdit(page, objectName="teamName")
        self.team_office_combo = QComboBox(page, objectName="teamOffice")
        self.team_add_button = QPushButton(icons.icon("fa5s.plus"), self.tr("Add team"), page,
                                           objectName="teamAddButton")
        self.team_rename_button = QPushButton(icons.icon("fa5s.i-cursor"), self.tr("Rename"), page,
                                              objectName="teamRenameButton")
        self.team_add_button.clicked.connect(self.add_team)
        self.team_rename_button.clicked.connect(self.rename_team)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.team_name_edit)
        form.addRow(self.tr("Office"), self.team_office_combo)
        row = QHBoxLayout()
        row.addWidget(self.team_add_button)
        row.addWidget(self.team_rename_button)
        row.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(row)
        side.addStretch(1)
        layout = QHBoxLayout(page)
        layout.addWidget(self.teams_list, 1)
        layout.addLayout(side, 1)
        return page

    # -- showing ----------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task.busy

    def reload(self) -> None:
        """Re-reads users and teams (a few rows: on the GUI thread) and keeps the selection."""
        actor = self._session.actor
        try:
            self._rows = users.list_users(actor)
            self._teams = users.list_teams(actor)
        except AppError as exc:
            self._show(formatting.error_text(exc), error=True)
            self._rows, self._teams = [], []
        keep = self._select_after or self.current_login()
        self._select_after = None
        self._fill_table()
        self._fill_teams()
        if keep is not None and self.select_login(keep):
            self._on_selection()  # the form shows what was stored (the row may have been selected already)
        else:
            self.new_user()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        yes, no = self.tr("yes"), self.tr("no")
        for row, user in enumerate(self._rows):
            values = (user.login, user.full_name, role_label(user.role), user.team_name or "—",
                      yes if user.active else no, self.tr("locked") if user.locked else "")
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                if not user.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _fill_teams(self) -> None:
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("No team"), None)
        several = len({t.office_id for t in self._teams}) > 1
        for team in self._teams:
            self.team_combo.addItem(f"{team.name} — {team.office_name}" if several else team.name, team.id)
        self.teams_list.clear()
        for team in self._teams:
            item = QListWidgetItem(self.tr("{name} — {office} ({count} member(s))").format(
                name=team.name, office=team.office_name, count=team.members))
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            self.teams_list.addItem(item)
        self.team_office_combo.clear()
        from desktop_app.services.people import work_areas

        offices = sorted({(a.office_id, a.office_name) for a in
                          work_areas.visible_work_areas(self._session.actor, with_counts=False)},
                         key=lambda o: o[1])
        for office_id, name in offices:
            self.team_office_combo.addItem(name, office_id)
        self.team_rename_button.setEnabled(False)

    def current_login(self) -> str | None:
        user = self._current_row()
        return user.login if user else None

    def _current_row(self) -> UserRow | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return next((r for r in self._rows if r.id == items[0].data(Qt.ItemDataRole.UserRole)), None)

    def select_login(self, login: str) -> bool:
        for row, user in enumerate(self._rows):
            if user.login == login:
                self.table.selectRow(row)
                return True
        return False

    @Slot()
    def _on_selection(self) -> None:
        user = self._current_row()
        if user is None:
            return
        self._editing = user.id
        self.login_edit.setText(user.login)
        self.login_edit.setReadOnly(True)
        self.name_edit.setText(user.full_name)
        self.email_edit.setText(user.email)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(user.team_id)))
        self.active_check.setChecked(user.active)
        self.password_label.hide()
        self.password_edit.hide()
        self.save_button.setText(self.tr("Save"))
        self.reset_button.setEnabled(True)
        self.unlock_button.setEnabled(user.locked)

    @Slot()
    def new_user(self) -> None:
        """An empty form for a new user."""
        self.table.clearSelection()
        self._editing = None
        for edit in (self.login_edit, self.name_edit, self.email_edit, self.password_edit):
            edit.clear()
        self.login_edit.setReadOnly(False)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(RoleCode.SALES_ADVISOR)))
        self.team_combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        self.password_label.show()
        self.password_edit.show()
        self.save_button.setText(self.tr("Add"))
        self.reset_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.login_edit.setFocus()

    # -- changing (in the background) -------------------------------------------------------------
    def _run(self, call: Callable[[], object], done: str, select: str | None = None) -> None:
        if self.busy:
            return
        self._select_after = select
        self._done_text = done
        self._set_busy(True)
        self._task.run(call)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.new_button, self.reset_button, self.unlock_button,
                       self.team_add_button):
            widget.setEnabled(not busy)
        if busy:
            self._show(self.tr("Saving…"))
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    @Slot(object)
    def _on_done(self, _result: object) -> None:
        self._set_busy(False)
        self.reload()
        self._show(self._done_text)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._select_after = None
        user = self._current_row()  # the form keeps what was typed, to correct it
        self.reset_button.setEnabled(user is not None)
        self.unlock_button.setEnabled(bool(user and user.locked))
        self._show(formatting.error_text(exc), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "")
        self.message.setText(text)

    @Slot()
    def save_user(self) -> None:
        actor = self._session.actor
        name, email = self.name_edit.text(), self.email_edit.text()
        role, team = self.role_combo.currentData(), self.team_combo.currentData()
        if self._editing is None:
            login = self.login_edit.text().strip()
            password = self.password_edit.text() or None
            self._run(functools.partial(users.create_user, actor, login, name, role, team, password, email),
                      self.tr("User {login} added.").format(login=login), select=login)
            return
        user_id, login = self._editing, self.login_edit.text()
        self._run(functools.partial(users.update_user, actor, user_id, full_name=name, role=role, team_id=team,
                                    email=email, active=self.active_check.isChecked()),
                  self.tr("User {login} saved.").format(login=login), select=login)

    @Slot()
    def _ask_reset_password(self) -> None:
        user = self._current_row()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"), self.tr("New password for {login} (at least 8 characters):").format(
                login=user.login), QLineEdit.EchoMode.Password)
        if ok:
            self.reset_password(password)

    def reset_password(self, password: str) -> None:
        """Sets the selected user's password (and lifts a lock-out)."""
        user = self._current_row()
        if user is not None:
            self._run(functools.partial(users.reset_password, self._session.actor, user.id, password),
                      self.tr("Password of {login} changed.").format(login=user.login), select=user.login)

    @Slot()
    def unlock_user(self) -> None:
        user = self._current_row()
        if user is not None:
            self._run(functools.partial(users.unlock, self._session.actor, user.id),
                      self.tr("User {login} unlocked.").format(login=user.login), select=user.login)

    @Slot()
    def _on_team_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        team = next((t for t in self._teams if item is not None and t.id == item.data(Qt.ItemDataRole.UserRole)),
                    None)
        self.team_rename_button.setEnabled(team is not None)
        if team is not None:
            self.team_name_edit.setText(team.name)
            self.team_office_combo.setCurrentIndex(max(0, self.team_office_combo.findData(team.office_id)))

    @Slot()
    def add_team(self) -> None:
        name = self.team_name_edit.text()
        self._run(functools.partial(users.create_team, self._session.actor, name,
                                    self.team_office_combo.currentData()),
                  self.tr("Team {name} added.").format(name=name.strip()))

    @Slot()
    def rename_team(self) -> None:
        item = self.teams_list.currentItem()
        if item is not None:
            name = self.team_name_edit.text()
            self._run(functools.partial(users.rename_team, self._session.actor,
                                        item.data(Qt.ItemDataRole.UserRole), name),
                      self.tr("Team renamed to {name}.").format(name=name.strip()))
