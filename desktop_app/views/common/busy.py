"""The busy state of a form while its write runs in the background: inputs off, a busy cursor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def set_busy(owner: QWidget, busy: bool, *widgets: QWidget) -> None:
    """Disables `widgets` (the OK button, the fields) and shows a busy cursor over `owner`, or undoes it."""
    for widget in widgets:
        widget.setEnabled(not busy)
    if busy:
        owner.setCursor(Qt.CursorShape.BusyCursor)
    else:
        owner.unsetCursor()
