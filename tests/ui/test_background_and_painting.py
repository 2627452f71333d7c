"""Background tasks drop stale results; painting from Python does not leak (DESIGN §7)."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QImage, QPainter, QPixmap

from desktop_app.views.common.background import LatestTask


def test_only_the_latest_request_reports(qtbot):
    pool = QThreadPool()
    task = LatestTask(pool, uses_database=False)
    release = threading.Event()
    results = []
    task.sig_finished.connect(results.append)

    def slow():
        release.wait(5)
        return "stale"

    task.run(slow)
    task.run(lambda: "fresh")
    assert task.busy
    qtbot.waitUntil(lambda: results == ["fresh"], timeout=5000)
    release.set()
    pool.waitForDone(5000)
    qtbot.wait(50)
    assert results == ["fresh"] and not task.busy


def test_failures_come_back_as_exceptions_on_the_gui_thread(qtbot):
    pool = QThreadPool()
    task = LatestTask(pool, uses_database=False)
    with qtbot.waitSignal(task.sig_failed, timeout=5000) as failed:
        task.run(lambda: 1 / 0)
    assert isinstance(failed.args[0], ZeroDivisionError)
    pool.waitForDone(5000)


def test_cancel_drops_a_running_request(qtbot):
    pool = QThreadPool()
    task = LatestTask(pool, uses_database=False)
    results = []
    task.sig_finished.connect(results.append)
    task.run(lambda: "late")
    task.cancel()
    pool.waitForDone(5000)
    qtbot.wait(50)
    assert results == []


def test_draw_pixmap_does_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per draw call and aborts (DESIGN §7)."""
    icon = QPixmap(16, 16)
    icon.fill(Qt.GlobalColor.red)
    target = QImage(200, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(target)
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            painter.drawPixmap(0, 0, icon)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before, f"sys.getrefcount(None) dropped by {before - after} over 1,000 drawPixmap calls"


def test_the_status_delegate_paints_every_icon_state(window, office):
    """A full repaint of the case list goes through the icon delegate without errors."""
    table = window.case_list.table
    picture = table.viewport().grab()
    assert not picture.isNull()
