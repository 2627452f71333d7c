"""Shared fixtures: a fresh workspace per test, offices built from the shipped presets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest

from desktop_app.services import auth, presets
from desktop_app.services.workspace import close_workspace, open_workspace
from desktop_app.storage.database import write_transaction


@pytest.fixture
def workspace(tmp_path):
    """An empty, migrated data dir with the base roles and the local admin."""
    ws = open_workspace(tmp_path / "data", create=True)
    yield ws
    close_workspace(ws)


@pytest.fixture
def offices(workspace):
    """The four shipped offices (dealership, diagnostics, repair, ISP) and no cases."""
    with write_transaction():
        for kind in presets.OFFICES:
            presets.create_office(kind)
    return workspace


@pytest.fixture
def admin(workspace):
    return auth.default_actor()
