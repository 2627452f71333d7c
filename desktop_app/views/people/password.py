"""Tools → Change my password…: the current password, the new one twice, checked off the GUI thread."""

from __future__ import annotations

import functools

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.people import auth
from desktop_app.views.common import formatting
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session


class ChangePasswordDialog(QDialog):
    """Sets the signed-in user's own password; the current one is asked when there is one."""

    def __init__(self, session: Session, workers: Workers, has_password: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(380)
        self._session = session
        self._task = LatestTask(workers, self, uses_database=True)
        self._task.sig_finished.connect(self._on_changed)
        self._task.sig_failed.connect(self._on_refused)
        self.current = self._password_edit("currentPassword")
        self.new = self._password_edit("newPassword")
        self.repeat = self._password_edit("repeatPassword")
        self.error = QLabel(self, objectName="changePasswordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.busy_bar = QProgressBar(self, objectName="changePasswordBusy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("User: {name}").format(name=session.actor.name or session.actor.login), self))
        if has_password:
            form.addRow(self.tr("Current password"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.current if has_password else self.new).setFocus()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self, objectName=name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    @property
    def busy(self) -> bool:
        return self._task.busy

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    @Slot()
    def submit(self) -> None:
        if self.busy:
            return
        if self.new.text() != self.repeat.text():
            self._show_error(self.tr("New password again: the two new passwords differ."))
            self.repeat.setFocus()
            return
        actor = self._session.actor
        self.error.hide()
        self._set_busy(True)
        self._task.run(functools.partial(auth.change_password, actor, actor.user_id, self.new.text(),
                                         current_password=self.current.text()))

    @Slot(object)
    def _on_changed(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    @Slot(object)
    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(formatting.error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if not self.busy:  # a change under way finishes first: its outcome is shown
            super().reject()
