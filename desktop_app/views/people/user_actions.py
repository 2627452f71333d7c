"""Tools menu entries for users: Users and teams… (administrators) and Change my password… (everyone).

The actions live here so that the main window only creates its Tools menu and hands it over.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.services.people import auth
from desktop_app.services.permissions import Action, allowed
from desktop_app.views.common import icons
from desktop_app.views.common.background import Workers
from desktop_app.views.common.session import Session


class UserActions(QObject):
    def __init__(self, window: QMainWindow, session: Session, workers: Workers, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._workers = workers
        actor = session.actor
        self.users_action = QAction(icons.icon("fa5s.users", icons.BLUE), self.tr("&Users and teams…"), window,
                                    objectName="actionUsers")
        self.users_action.setEnabled(allowed(actor, Action.USER_MANAGE))  # the service checks again
        self.users_action.triggered.connect(self.show_users)
        self.password_action = QAction(icons.icon("fa5s.key", icons.BLUE), self.tr("Change my &password…"),
                                       window, objectName="actionChangePassword")
        self.password_action.setEnabled(actor.user_id is not None)
        self.password_action.triggered.connect(self.change_password)
        menu.addAction(self.users_action)
        menu.addAction(self.password_action)

    @Slot()
    def show_users(self):
        from desktop_app.views.people.users_dialog import UsersDialog

        dialog = self._window.findChild(UsersDialog, "usersDialog")
        if dialog is None:
            dialog = UsersDialog(self._session, self._workers, self._window)
        elif not dialog.isVisible():
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    @Slot()
    def change_password(self):
        from desktop_app.views.people.password import ChangePasswordDialog

        session = self._session
        dialog = ChangePasswordDialog(session, self._workers, auth.needs_password(session.actor.login),
                                      self._window)
        dialog.accepted.connect(lambda: self._window.statusBar().showMessage(
            self.tr("Your password was changed."), 10_000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
