"""Add a movement to a ticket (S4-H1): its kind and its text; the status follows by itself (S4-F21)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common import icons
from desktop_app.views.common.busy import set_busy


class MovementDialog(QDialog):
    """objectName movementDialog: kind (movementKind), text (movementText), error (movementError)."""

    sig_submit = Signal(str, str)
    """(movement kind, text): the caller records it, then accepts the dialog or shows the error."""

    def __init__(self, number: str, kinds: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="movementDialog")
        self.setWindowTitle(self.tr("Add a movement to ticket {number}").format(number=number))
        self.kind_combo = QComboBox(self, objectName="movementKind")
        for kind in kinds:
            self.kind_combo.addItem(self.kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.hint = QLabel(self, objectName="movementHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.text_edit = QPlainTextEdit(self, objectName="movementText")
        self.text_edit.setPlaceholderText(self.tr("What happened, what was said or done…"))
        self.error_label = QLabel(self, objectName="movementError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {icons.RED};")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Movement:"), self.kind_combo)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Text:"), self.text_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(460, 300)
        self._on_kind_changed()

    def kind_label(self, kind: str) -> str:
        return {
            "note": self.tr("Internal note"),
            "reply": self.tr("Reply to the customer"),
            "customer": self.tr("Message from the customer"),
            "solution": self.tr("Solution"),
            "close": self.tr("Close the ticket"),
        }.get(kind, kind)

    def _hint(self, kind: str) -> str:
        return {
            "note": self.tr("Seen only inside the company; the status does not change."),
            "reply": self.tr("The customer owes the next move."),
            "customer": self.tr("We owe the next move; a resolved ticket goes back in progress."),
            "solution": self.tr("The ticket becomes resolved; the customer owes the next move."),
            "close": self.tr("The ticket is closed; nobody owes a move."),
        }.get(kind, "")

    def _on_kind_changed(self, *_args: object) -> None:
        self.hint.setText(self._hint(self.kind_combo.currentData() or ""))

    def select_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def _submit(self) -> None:
        self.sig_submit.emit(self.kind_combo.currentData() or "", self.text_edit.toPlainText())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def set_busy(self, busy: bool) -> None:
        """While the movement is being recorded: OK and the fields wait, under a busy cursor."""
        if busy:
            self.error_label.hide()
        set_busy(self, busy, self.ok_button, self.kind_combo, self.text_edit)
