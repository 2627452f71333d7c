"""Asks the password of a user who has one (DESIGN §4: the GUI asks, the CLI never does)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.errors import AppError
from desktop_app.services import auth
from desktop_app.services.context import Actor
from desktop_app.views import formatting


class LoginDialog(QDialog):
    def __init__(self, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("CaseDesk — sign in"))
        self.actor: Actor | None = None
        self._login = login
        self.password = QLineEdit(self, objectName="loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self, objectName="loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self._try_login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User"), QLabel(login, self))
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _try_login(self) -> None:
        try:
            self.actor = auth.authenticate(self._login, self.password.text())
        except AppError as exc:
            self.error.setText(formatting.error_text(exc))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()


def ask_login(login: str, parent: QWidget | None = None) -> Actor | None:
    """The authenticated actor, or None when the user cancels."""
    dialog = LoginDialog(login, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
