"""Signing in off the GUI thread, the single-user rule, Users and teams…, Change my password…."""

from __future__ import annotations

import argparse
import datetime as dt
import threading

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import QTimer

from desktop_app import app as app_module
from desktop_app.app import wait_until_settled
from desktop_app.models import AuditEvent, User
from desktop_app.models.states import RoleCode
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth, users
from desktop_app.storage.database import write_transaction
from desktop_app.views.main_window.window_settings import SETTINGS_FILE, remembered_login
from desktop_app.views.people import login as login_module
from desktop_app.views.people.login import LoginDialog
from desktop_app.views.people.password import ChangePasswordDialog
from desktop_app.views.people.users_dialog import UsersDialog


@pytest.fixture
def signed_office(office):
    """The small office, opened, with a password for the technician."""
    workspace = open_workspace(office.data_dir)
    auth.change_password(auth.default_actor(), User.get(User.login == "tech").id, "correct horse")
    yield workspace
    close_workspace(workspace)


def _sign_in(qtbot, dialog: LoginDialog, password: str, login: str = "tech") -> None:
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog._try_login()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def test_the_password_is_checked_off_the_gui_thread(qtbot, signed_office, monkeypatch):
    """While argon2 verifies, the GUI thread keeps running timers and the dialog shows it is busy."""
    inside, release = threading.Event(), threading.Event()

    class GatedHasher(PasswordHasher):
        def verify(self, hash, password):
            inside.set()
            assert release.wait(10), "the verification was never released: it ran on the GUI thread"
            return super().verify(hash, password)

    monkeypatch.setattr(auth, "_hasher", GatedHasher())
    dialog = LoginDialog("tech")
    qtbot.addWidget(dialog)
    dialog.password.setText("correct horse")
    ticks: list[bool] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(inside.is_set() and dialog.busy))
    timer.start()
    dialog._try_login()
    assert dialog.busy and not dialog.busy_bar.isHidden()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(lambda: any(ticks), timeout=5_000)  # a timer ran while the worker was verifying
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    timer.stop()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.login == "tech"
    assert dialog.busy_bar.isHidden()


def test_a_wrong_password_is_said_in_the_dialog_which_stays_open(qtbot, signed_office):
    dialog = LoginDialog("tech")
    qtbot.addWidget(dialog)
    _sign_in(qtbot, dialog, "nope")
    assert dialog.result() != LoginDialog.DialogCode.Accepted and dialog.actor is None
    assert dialog.error.text() == "Wrong login or password."
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert User.get(User.login == "tech").failed_logins == 1  # the failure was committed by the worker
    _sign_in(qtbot, dialog, "correct horse")
    assert dialog.actor is not None and dialog.actor.login == "tech"


def test_a_locked_login_says_until_when(qtbot, signed_office):
    with write_transaction():
        User.update(locked_until=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).where(
            User.login == "tech").execute()
    dialog = LoginDialog("tech")
    qtbot.addWidget(dialog)
    _sign_in(qtbot, dialog, "correct horse")  # even the right password waits
    assert dialog.actor is None
    assert dialog.error.text().startswith("Login tech is locked until ")
    assert "after repeated failures" in dialog.error.text()


def test_an_empty_login_is_asked_for_without_a_check(qtbot, signed_office):
    dialog = LoginDialog("")
    qtbot.addWidget(dialog)
    dialog._try_login()
    assert not dialog.busy and dialog.error.text() == "Enter your login."


# -- who opens the window ---------------------------------------------------------------------

def _args(data_dir, user=None):
    return argparse.Namespace(user=user, demo=False, data_dir=data_dir, database=None)


def test_a_single_user_office_opens_without_asking(qapp, tmp_path, monkeypatch):
    workspace = open_workspace(tmp_path / "solo", create=True)
    try:
        monkeypatch.setattr(login_module, "ask_login", lambda *a, **k: pytest.fail("asked for a login"))
        assert app_module._acting_user(_args(tmp_path / "solo"), interactive=True).login == "admin"
        users.create_user(auth.default_actor(), "clerk", "Clara Clerk", RoleCode.ADMINISTRATIVE)
        asked = []
        monkeypatch.setattr(login_module, "ask_login", lambda login, parent=None: asked.append(login))
        assert app_module._acting_user(_args(tmp_path / "solo"), interactive=True) is None  # cancelled
        assert asked == ["admin"]
    finally:
        close_workspace(workspace)


def test_a_multi_user_office_asks_and_remembers_the_last_login(signed_office, office, monkeypatch):
    asked = []

    def answer(login, parent=None):
        asked.append(login)
        return auth.actor_for_login("tech")

    monkeypatch.setattr(login_module, "ask_login", answer)
    assert app_module._acting_user(_args(office.data_dir), interactive=True).login == "tech"
    assert asked == ["admin"]  # nobody signed in here before: the administrator is offered
    assert remembered_login(office.data_dir / SETTINGS_FILE) == "tech"
    app_module._acting_user(_args(office.data_dir), interactive=True)
    assert asked == ["admin", "tech"]
    # A screenshot cannot ask: it opens as the administrator, who has no password here.
    assert app_module._acting_user(_args(office.data_dir), interactive=False).login == "admin"


# -- Tools menu --------------------------------------------------------------------------------

def test_users_dialog_adds_a_user_who_then_appears(qtbot, window):
    action = window.findChild(type(window.user_actions.users_action), "actionUsers")
    assert action.isEnabled() and action in window.tools_menu.actions()
    action.trigger()
    dialog = window.findChild(UsersDialog, "usersDialog")
    assert dialog is not None and dialog.isVisible()
    logins = lambda: [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # noqa: E731
    assert logins() == ["admin", "tech"]
    dialog.new_user()
    dialog.login_edit.setText("lucia")
    dialog.name_edit.setText("Lucía Gómez")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(RoleCode.ADMINISTRATIVE))
    dialog.password_edit.setText("s3cret-pass")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "lucia" in logins(), dialog.message.text()
    assert dialog.current_login() == "lucia" and dialog.message.text() == "User lucia added."
    row = logins().index("lucia")
    assert [dialog.table.item(row, c).text() for c in range(6)] == [
        "lucia", "Lucía Gómez", "Administrative clerk", "—", "yes", ""]
    assert auth.authenticate("lucia", "s3cret-pass").role == RoleCode.ADMINISTRATIVE
    dialog.grab().save(str(window.session.workspace.data_dir / "users-dialog.png"))


def test_users_dialog_shows_the_service_refusal_and_keeps_the_form(qtbot, window):
    dialog = window.user_actions.show_users()
    dialog.select_login("admin")
    dialog.active_check.setChecked(False)  # the last administrator
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "last active administrator" in dialog.message.text()
    assert not dialog.active_check.isChecked()  # what was typed stays, to be corrected
    assert User.get(User.login == "admin").active


def test_users_dialog_unlocks_and_resets(qtbot, window):
    tech = User.get(User.login == "tech")
    with write_transaction():
        User.update(locked_until=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).where(
            User.id == tech.id).execute()
    dialog = window.user_actions.show_users()
    dialog.reload()
    dialog.select_login("tech")
    assert dialog.table.item(dialog.table.currentRow(), 5).text() == "locked"
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert not dialog.unlock_button.isEnabled() and dialog.table.item(dialog.table.currentRow(), 5).text() == ""
    dialog.reset_password("short")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "at least 8 characters" in dialog.message.text()
    dialog.reset_password("a-long-new-one")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert auth.authenticate("tech", "a-long-new-one").login == "tech"
    assert AuditEvent.select().where(AuditEvent.action == "user.unlock").count() == 1


def test_a_technician_cannot_open_users_but_changes_his_password(qtbot, office):
    from desktop_app.app import create_main_window

    workspace = open_workspace(office.data_dir)
    auth.change_password(auth.default_actor(), User.get(User.login == "tech").id, "correct horse")
    close_workspace(workspace)
    window = create_main_window(office.data_dir, user="tech")
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        assert not window.user_actions.users_action.isEnabled()
        assert window.user_actions.password_action.isEnabled()
        dialog = window.user_actions.change_password()
        assert isinstance(dialog, ChangePasswordDialog) and dialog.current.isVisibleTo(dialog)
        dialog.current.setText("wrong one")
        dialog.new.setText("brand-new-pass")
        dialog.repeat.setText("brand-new-pas")
        dialog.submit()
        assert not dialog.busy and "differ" in dialog.error.text()
        dialog.repeat.setText("brand-new-pass")
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert dialog.error.text() == "Current password: it is not the right one."
        dialog.current.setText("correct horse")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.submit()
        assert auth.authenticate("tech", "brand-new-pass").login == "tech"
    finally:
        window.close()
        close_workspace(window.session.workspace)
