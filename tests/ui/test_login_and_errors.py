"""Signing in with a password, and data that cannot be opened."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app import app as app_module
from desktop_app.errors import UserError
from desktop_app.models import User
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.views.people.login import LoginDialog


@pytest.fixture
def tech_with_password(office):
    workspace = open_workspace(office.data_dir)
    tech = User.get(User.login == "tech")
    auth.change_password(auth.default_actor(), tech.id, "correct horse")
    yield workspace
    close_workspace(workspace)


def test_login_dialog_refuses_a_wrong_password_inline_then_signs_in(qtbot, tech_with_password):
    dialog = LoginDialog("tech")
    qtbot.addWidget(dialog)
    dialog.password.setText("nope")
    dialog._try_login()  # checked in the background
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    assert dialog.error.text() == "Wrong login or password."
    dialog.password.setText("correct horse")
    dialog._try_login()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.actor is not None and dialog.actor.login == "tech"


def test_screenshot_cannot_ask_a_password(tech_with_password, office):
    args = argparse.Namespace(user="tech", demo=False, data_dir=office.data_dir, database=None)
    with pytest.raises(UserError, match="has a password"):
        app_module._acting_user(args, interactive=False)


def test_create_main_window_refuses_a_missing_data_dir(qapp, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        app_module.create_main_window(tmp_path / "nowhere")


def test_interactive_errors_are_a_message_box_in_the_interface_language(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args)))
    error = UserError("Data dir {path} does not exist.", path="/x")
    assert app_module._report(error, interactive=True) == app_module.EXIT_USAGE
    assert shown and shown[0][2] == "Data dir /x does not exist."
