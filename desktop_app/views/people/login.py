"""Signing in: login and password, checked off the GUI thread (DESIGN §4: the GUI asks, the CLI never does).

An argon2 verification takes about a tenth of a second by design, and a failure writes the
failure count: both run on the dialog's own workers (there is no window yet; LatestTask with a database
connection of its own) while the dialog shows that it is checking. Wrong passwords and
lock-outs are shown in the dialog, which stays open for another try.
"""

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

from desktop_app.services.context import Actor
from desktop_app.services.people import auth
from desktop_app.views.common import formatting
from desktop_app.views.common.background import LatestTask, Workers


class LoginDialog(QDialog):
    def __init__(self, login: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("CaseDesk — sign in"))
        self.setMinimumWidth(360)
        self.actor: Actor | None = None
        self._workers = Workers(self, quick_threads=1, long_threads=1)  # no window yet: the dialog's own
        self._task = LatestTask(self._workers, self)
        self._task.sig_finished.connect(self._on_verified)
        self._task.sig_failed.connect(self._on_refused)
        self.login = QLineEdit(login, self, objectName="loginUser")
        self.password = QLineEdit(self, objectName="loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self, objectName="loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.busy_bar = QProgressBar(self, objectName="loginBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate: "checking…"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._try_login)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User"), self.login)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if login else self.login).setFocus()

    @property
    def busy(self) -> bool:
        """True while a password is being checked."""
        return self._task.busy

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.login.setReadOnly(busy)
        self.password.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    @Slot()
    def _try_login(self) -> None:
        """Starts checking the password in the background; the answer comes back as a signal."""
        if self.busy:
            return
        login = self.login.text().strip()
        if not login:
            self._show_error(self.tr("Enter your login."))
            self.login.setFocus()
            return
        self.error.hide()
        self._set_busy(True)
        self._task.run(functools.partial(auth.authenticate, login, self.password.text()))

    @Slot(object)
    def _on_verified(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.accept()

    @Slot(object)
    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(formatting.error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        self._task.cancel()  # a check still running reports into nothing
        super().reject()


def ask_login(login: str = "", parent: QWidget | None = None) -> Actor | None:
    """The authenticated actor, or None when the user cancels."""
    dialog = LoginDialog(login, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
