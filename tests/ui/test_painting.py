"""Painting from Python does not leak (DESIGN §7)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap


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
