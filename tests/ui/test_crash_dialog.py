"""An exception nobody caught: its traceback in the data dir's log, a short dialog naming the log."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_app import log
from desktop_app.views.common.crash_dialog import CrashDialog, show_crash


@pytest.fixture
def logged(tmp_path, monkeypatch):
    """The log file of a data dir, with CaseDesk's hooks installed (both put back afterwards)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = log.setup_logging(tmp_path)
    log.install_excepthook(show_crash)
    yield path
    log.setup_logging(None)  # CaseDesk's file handler goes


def crash_dialog() -> CrashDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, CrashDialog) and w.isVisible()), None)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_with_the_log_path(qtbot, logged):
    button = QPushButton("Save")
    qtbot.addWidget(button)

    def broken() -> None:
        raise RuntimeError("the disk said no\nand more detail")

    button.clicked.connect(broken)
    button.click()
    qtbot.waitUntil(lambda: crash_dialog() is not None)
    dialog = crash_dialog()
    assert dialog.summary.text() == "RuntimeError: the disk said no"
    assert str(logged) in dialog.log_label.text()
    text = logged.read_text(encoding="utf-8")
    assert "CRITICAL desktop_app.log: uncaught exception" in text and "Traceback" in text
    assert "RuntimeError: the disk said no" in text
    button.click()  # a second error while the dialog is open: still one dialog
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()] == [dialog]
    dialog.close()
    qtbot.waitUntil(lambda: crash_dialog() is None)


def test_an_uncaught_exception_in_a_thread_is_logged_at_error(logged):
    def broken() -> None:
        raise ValueError("worker gone wrong")

    thread = threading.Thread(target=broken, name="casedesk-test")
    thread.start()
    thread.join(5)
    text = logged.read_text(encoding="utf-8")
    assert "ERROR desktop_app.log: uncaught exception in thread casedesk-test" in text
    assert "ValueError: worker gone wrong" in text
    assert crash_dialog() is None  # a thread's failure is not the user's crash


def test_the_dialog_without_a_log_says_so(qtbot):
    dialog = CrashDialog("KeyError: 'x'", None)
    qtbot.addWidget(dialog)
    assert dialog.log_label.text() == "No log file could be written."
