"""What a clerk sees when CaseDesk meets an error it did not expect: a short dialog, the log's path.

`log.install_excepthook` logs the traceback first; this only tells the user, in their language,
that the last action may not have been completed, that what was saved before is safe, and where
the details are for whoever supports them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """objectName crashDialog: the summary (crashSummary), the log's path (crashLogPath)."""

    def __init__(self, summary: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="crashDialog")
        self.setWindowTitle(self.tr("CaseDesk: unexpected error"))
        self.log_path = log_path
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        heading = QLabel(self.tr(
            "<b>CaseDesk met an error it did not expect.</b><br>What was saved before is safe; the last "
            "action may not have been completed. Check it, then carry on or restart CaseDesk."), self)
        heading.setWordWrap(True)
        self.summary = QLabel(summary, self, objectName="crashSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("color: palette(mid);")
        where = (self.tr("The details are in the log file {path} (for whoever supports CaseDesk).").format(
            path=str(log_path)) if log_path is not None else self.tr("No log file could be written."))
        self.log_label = QLabel(where, self, objectName="crashLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if log_path is not None:
            folder = buttons.addButton(self.tr("Open the log folder"), QDialogButtonBox.ButtonRole.ActionRole)
            folder.setObjectName("crashOpenLogFolder")
            folder.clicked.connect(self.open_log_folder)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        for label in (heading, self.summary, self.log_label):
            texts.addWidget(label)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @Slot()
    def open_log_folder(self) -> bool:
        return self.log_path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


_shown: list[CrashDialog] = []


def show_crash(summary: str, log_path: Path | None) -> CrashDialog | None:
    """Opens the dialog over the active window (one at a time); None when there is no application."""
    app = QApplication.instance()
    if app is None:
        return None
    if _shown and _shown[-1].isVisible():
        return _shown[-1]  # an error in a loop: one dialog, not a cascade
    dialog = CrashDialog(summary, log_path, QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: _shown.remove(dialog) if dialog in _shown else None)
    _shown.append(dialog)
    dialog.open()
    return dialog
