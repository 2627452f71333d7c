"""The two small questions a status move may need: why a case is cancelled; why and until when it waits.

Both are window-modal and opened with `open()` (never a nested event loop); the caller
reads `reason_id()` / `reason()` and `resume_date()` when `accepted` fires.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

DEFAULT_HOLD_DAYS = 7


class _ReasonDialog(QDialog):
    def __init__(self, object_name: str, title: str, question: str, parent: QWidget | None) -> None:
        super().__init__(parent, objectName=object_name)
        self.setWindowTitle(title)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _add_reason_edit(self, object_name: str, label: str) -> QLineEdit:
        """A required one-line reason: OK stays disabled while it is blank."""
        self.reason_edit = QLineEdit(self, objectName=object_name)
        self.reason_edit.setMaxLength(300)
        self.form.addRow(label, self.reason_edit)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.reason_edit.setFocus()
        return self.reason_edit

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_edit.text().strip()))

    def reason(self) -> str:
        return self.reason_edit.text().strip()


class CancelReasonDialog(_ReasonDialog):
    """Picks a reason from the work area's cancellation list (S2-S11)."""

    def __init__(self, case_number: str, status_name: str, reasons: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__("cancelReasonDialog", self.tr("Cancel case {number}").format(number=case_number),
                         self.tr("Case {number} goes to “{status}”. Why is it cancelled?").format(
                             number=case_number, status=status_name), parent)
        self.reasons = QComboBox(self, objectName="cancelReasonCombo")
        for reason_id, label in reasons:
            self.reasons.addItem(label, reason_id)
        self.form.addRow(self.tr("&Reason"), self.reasons)
        if not reasons:
            empty = QLabel(self.tr("This work area has no cancellation reasons: an administrator must add "
                                   "some before a case can be cancelled."), self, objectName="noReasonsLabel")
            empty.setWordWrap(True)
            self.form.addRow(empty)
            self.reasons.setEnabled(False)
            self.ok_button.setEnabled(False)

    def reason_id(self) -> int | None:
        value = self.reasons.currentData()
        return int(value) if value is not None else None


class HoldReasonDialog(_ReasonDialog):
    """Asks why a case waits and when it resumes (both required by the service)."""

    def __init__(self, case_number: str, status_name: str, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("holdReasonDialog", self.tr("Put case {number} on hold").format(number=case_number),
                         self.tr("Case {number} goes to “{status}”. Why does it wait, and until when?").format(
                             number=case_number, status=status_name), parent)
        today = today or dt.date.today()
        reason_edit = self._add_reason_edit("holdReasonEdit", self.tr("&Reason"))
        reason_edit.setPlaceholderText(self.tr("e.g. waiting for the laboratory results"))
        self.date_edit = QDateEdit(self, objectName="resumeDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        resume = today + dt.timedelta(days=DEFAULT_HOLD_DAYS)
        self.date_edit.setDate(QDate(resume.year, resume.month, resume.day))
        self.form.addRow(self.tr("Resume &on"), self.date_edit)

    def resume_date(self) -> dt.date:
        return self.date_edit.date().toPython()


class MoveReasonDialog(_ReasonDialog):
    """Asks why, for a move the workflow marks as needing a reason (kept in the case's history)."""

    def __init__(self, case_number: str, status_name: str, parent: QWidget | None = None) -> None:
        super().__init__("moveReasonDialog", self.tr("Move case {number}").format(number=case_number),
                         self.tr("Case {number} goes to “{status}”. Why?").format(
                             number=case_number, status=status_name), parent)
        self._add_reason_edit("moveReasonEdit", self.tr("&Reason"))
