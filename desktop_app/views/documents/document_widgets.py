"""Two strips under the documents table: the import progress bar and the message panel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common import icons


class ImportBar(QFrame):
    """"Adding x (2 of 3)…", a progress bar and Cancel; also the hint shown while files are dragged."""

    sig_cancel_requested = Signal()
    """The user pressed Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="documentsImportBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self, objectName="documentsImportLabel")
        self.progress = QProgressBar(self, objectName="documentsImportProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        self.cancel = QToolButton(self, objectName="documentsImportCancel")
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cancel.clicked.connect(self._on_cancel)
        row.addWidget(self.label, 2)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        self.running = False
        self.hide()

    def start(self, total: int) -> None:
        self.running = True
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.show()
        self.cancel.setEnabled(True)
        self.label.setText(self.tr("Adding %n file(s)…", "", total))
        self.show()

    def set_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name and self.cancel.isEnabled():
            self.label.setText(self.tr("Adding {file} ({number} of {total})…").format(
                file=name, number=done + 1, total=total))

    def _on_cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Cancelling after the current file…"))
        self.sig_cancel_requested.emit()

    def finish(self) -> None:
        self.running = False
        self.hide()

    def show_hint(self, text: str) -> None:
        """A line of text only (while files are dragged over the pane); `end_hint` puts the bar back."""
        self.label.setText(text)
        self.progress.hide()
        self.cancel.hide()
        self.show()

    def end_hint(self) -> None:
        self.progress.setVisible(self.running)
        self.cancel.setVisible(self.running)
        self.setVisible(self.running)


class MessagePanel(QFrame):
    """A dismissible message with, when there are several problems, one line per file or document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="documentsMessages")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 4, 4, 4)
        box.setSpacing(2)
        top = QHBoxLayout()
        self.icon = QLabel(self)
        self.text = QLabel(self, objectName="documentsMessageText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self, objectName="documentsMessageClose")
        close.setIcon(icons.icon("fa5s.times"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.text, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        self.problems = QListWidget(self, objectName="documentsErrorList")
        self.problems.setWordWrap(True)
        box.addWidget(self.problems)
        self.hide()

    def show_message(self, text: str, problems: list[tuple[str, str]] | None = None, error: bool = True) -> None:
        glyph, colour = ("fa5s.exclamation-triangle", icons.AMBER) if error else ("fa5s.info-circle", icons.BLUE)
        self.icon.setPixmap(icons.pixmap(glyph, colour))
        self.text.setText(text)
        self.problems.clear()
        for name, reason in problems or []:
            self.problems.addItem(self.tr("{file} — {reason}").format(file=name, reason=reason))
        shown = min(len(problems or []), 5)
        row_height = self.problems.sizeHintForRow(0) if shown else 0
        self.problems.setFixedHeight(shown * row_height + 2 * self.problems.frameWidth() + 2)
        self.problems.setVisible(bool(problems))
        self.show()

    def lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]
