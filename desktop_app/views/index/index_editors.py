"""Typed editors of the index form: one `FieldEditor` per field, whatever its kind.

Each editor knows the field's stored canonical text (`original`), gives the value typed for
the service (`value()`: str, Decimal, date, datetime, bool or None) and says whether it was
changed. Numbers and money are QLineEdits with a locale-aware validator parsed into Decimal
(never a float spin box); dates are QDateEdits with a calendar popup and a clear button.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models.states import FieldKind
from desktop_app.services.cases import index_values
from desktop_app.views.common import formatting, icons

DATETIME = "datetime"  # the kind of the case's appointment (an instant), beside the FieldKind values
EMPTY_DATE = QDate(1900, 1, 1)  # shown as blank: a QDateEdit cannot hold "no date"
ERROR_COLOUR = "#c62828"
_ALLOWED = frozenset("0123456789.,+-\u2212 \u00a0\u202f'")


def value_label(parent: QWidget, name: str = "", text: str = "") -> QLabel:
    """A read-only value in the form: plain text, selectable, wrapping."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class InputError(UserError):
    """What was typed cannot be read as the field's kind (found before calling the service)."""


class DecimalValidator(QValidator):
    """Lets through what can become a number in the UI locale; the parse decides on save."""

    def validate(self, text: str, pos: int):
        if any(ch not in _ALLOWED and ch not in (QLocale().groupSeparator(), QLocale().decimalPoint())
               for ch in text):
            return QValidator.State.Invalid, text, pos
        try:
            formatting.parse_decimal(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class OptionalDateEdit(QWidget):
    """A date (or date and time) editor that can also be empty, with a calendar popup."""

    changed = Signal()

    def __init__(self, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit: QDateTimeEdit = QDateTimeEdit(self) if with_time else QDateEdit(self)
        date_pattern, time_pattern = formatting.date_patterns()
        self.edit.setDisplayFormat(f"{date_pattern} {time_pattern}" if with_time else date_pattern)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.calendarWidget().installEventFilter(self)
        self.edit.dateTimeChanged.connect(self.changed)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(icons.icon("fa5s.times"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()  # an empty date opens the calendar on today, not on 1900
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def is_empty(self) -> bool:
        return self.edit.date() == EMPTY_DATE

    @Slot()
    def clear(self) -> None:
        self.edit.setDateTime(QDateTime(EMPTY_DATE, QTime(0, 0)))

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            self.clear()
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def set_instant(self, value: dt.datetime | None) -> None:
        if value is None:
            self.clear()
            return
        local = value.astimezone()
        self.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    def date(self) -> dt.date | None:
        return None if self.is_empty() else self.edit.date().toPython()

    def instant(self) -> dt.datetime | None:
        if self.is_empty():
            return None
        moment = self.edit.dateTime()
        naive = dt.datetime.combine(moment.date().toPython(), moment.time().toPython().replace(second=0))
        return naive.astimezone()  # the computer's time zone, as shown

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)
        self.edit.setCalendarPopup(editable)
        self.clear_button.setVisible(editable)


class FieldEditor(QObject):
    """One field's editor, its inline error label and what it held when loaded."""

    sig_edited = Signal()
    """The user changed the value."""

    def __init__(self, name: str, label: str, kind: str, required: bool = False,
                 choices: tuple[str, ...] = (), max_length: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.label, self.kind, self.required, self.choices = name, label, kind, required, choices
        self.original = ""
        self._touched = False  # a bool that was unset counts as set once clicked
        self.container = QWidget(parent)
        self.widget = self._make_editor(max_length)
        self.widget.setObjectName(name)
        self.widget.setAccessibleName(label)
        if required:
            self.widget.setAccessibleDescription(self.tr("Required field"))
        self.error_label = QLabel(self.container, objectName=f"{name}_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        column = QVBoxLayout(self.container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.widget)
        column.addWidget(self.error_label)

    def _make_editor(self, max_length: int) -> QWidget:
        parent = self.container
        if self.kind in (FieldKind.NUMBER, FieldKind.MONEY):
            edit = QLineEdit(parent)
            edit.setValidator(DecimalValidator(edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textEdited.connect(self._on_edited)
            return edit
        if self.kind in (FieldKind.DATE, DATETIME):
            dates = OptionalDateEdit(self.kind == DATETIME, parent)
            dates.changed.connect(self._on_edited)
            return dates
        if self.kind == FieldKind.CHOICE:
            combo = QComboBox(parent)
            combo.activated.connect(self._on_edited)
            return combo
        if self.kind == FieldKind.BOOL:
            check = QCheckBox(parent)
            check.clicked.connect(self._on_clicked)
            return check
        edit = QLineEdit(parent)
        if max_length:
            edit.setMaxLength(max_length)
        edit.textEdited.connect(self._on_edited)
        return edit

    # -- loading and reading -------------------------------------------------------------------
    def load(self, canonical: str) -> None:
        """Shows a stored value (canonical text) and takes it as the unchanged state."""
        self.original = canonical
        self._touched = False
        self._show(canonical)
        self.clear_error()

    def _show(self, canonical: str) -> None:
        widget = self.widget
        widget.blockSignals(True)
        try:
            if self.kind in (FieldKind.NUMBER, FieldKind.MONEY):
                places = 2 if self.kind == FieldKind.MONEY else None
                widget.setText(formatting.decimal_text(Decimal(canonical), places) if canonical else "")
            elif self.kind == FieldKind.DATE:
                widget.set_date(dt.date.fromisoformat(canonical) if canonical else None)
            elif self.kind == DATETIME:
                widget.set_instant(dt.datetime.fromisoformat(canonical) if canonical else None)
            elif self.kind == FieldKind.CHOICE:
                widget.clear()
                items = list(self.choices)
                if canonical and canonical not in items:
                    items.append(canonical)  # a value the list no longer offers stays visible
                if not self.required or not canonical:
                    items.insert(0, "")
                widget.addItems(items)
                widget.setCurrentIndex(items.index(canonical))
            elif self.kind == FieldKind.BOOL:
                widget.setChecked(canonical == "1")
                widget.setToolTip(self.tr("Not answered yet") if canonical == "" else "")
            else:
                widget.setText(canonical)
                widget.setCursorPosition(0)
        finally:
            widget.blockSignals(False)

    def value(self) -> object:
        """The value for the service; InputError if the text is not of the field's kind."""
        widget = self.widget
        if self.kind in (FieldKind.NUMBER, FieldKind.MONEY):
            try:
                return formatting.parse_decimal(widget.text())
            except ValueError:
                template = (QT_TRANSLATE_NOOP("errors", "{label}: {value} is not an amount.")
                            if self.kind == FieldKind.MONEY
                            else QT_TRANSLATE_NOOP("errors", "{label}: {value} is not a number."))
                raise InputError(template, label=self.label, value=widget.text()) from None
        if self.kind == FieldKind.DATE:
            return widget.date()
        if self.kind == DATETIME:
            return widget.instant()
        if self.kind == FieldKind.CHOICE:
            return widget.currentText() or None
        if self.kind == FieldKind.BOOL:
            return widget.isChecked() if (self._touched or self.original != "") else None
        return widget.text().strip()

    def current(self) -> str:
        """The canonical text of what is shown now (the raw text when it cannot be read)."""
        try:
            value = self.value()
        except InputError:
            return "\x00" + self.widget.text()
        if self.kind == DATETIME:
            return value.astimezone(dt.UTC).isoformat() if value else ""
        try:
            return index_values.canonical(self.kind, value, self.label, (*self.choices, self.original))
        except UserError:
            return "\x00" + str(value)

    def is_dirty(self) -> bool:
        return self.current() != self.original

    # -- state ------------------------------------------------------------------------------------
    def snapshot(self) -> tuple[object, bool]:
        """What the user has in the editor, to put back after reloading underneath it."""
        if self.kind in (FieldKind.DATE, DATETIME):
            return self.widget.edit.dateTime(), self._touched
        if self.kind == FieldKind.CHOICE:
            return self.widget.currentText(), self._touched
        if self.kind == FieldKind.BOOL:
            return self.widget.isChecked(), self._touched
        return self.widget.text(), self._touched

    def restore(self, state: tuple[object, bool]) -> None:
        content, self._touched = state
        if self.kind in (FieldKind.DATE, DATETIME):
            self.widget.edit.setDateTime(content)
        elif self.kind == FieldKind.CHOICE:
            if self.widget.findText(content) < 0:
                self.widget.addItem(content)
            self.widget.setCurrentText(content)
        elif self.kind == FieldKind.BOOL:
            self.widget.setChecked(content)
        else:
            self.widget.setText(content)

    def set_editable(self, editable: bool) -> None:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(not editable)
        elif isinstance(widget, OptionalDateEdit):
            widget.set_editable(editable)
        else:
            widget.setEnabled(editable)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.widget.setAccessibleDescription(text)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.widget.setAccessibleDescription(self.tr("Required field") if self.required else "")

    @property
    def has_error(self) -> bool:
        return not self.error_label.isHidden()

    @Slot()
    def _on_clicked(self) -> None:
        self._touched = True
        self._on_edited()

    @Slot()
    def _on_edited(self, *_args) -> None:
        self.clear_error()
        self.sig_edited.emit()
