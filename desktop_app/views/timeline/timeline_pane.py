"""The selected case's history (services/cases/timeline.py), with boxes to add a note or an alert."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.services.cases import notes, timeline
from desktop_app.services.cases.timeline import TimelineEntry
from desktop_app.services.context import ChangeSet
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, Workers
from desktop_app.views.common.busy import set_busy
from desktop_app.views.common.session import Session

KIND_GLYPHS = {
    "audit": ("fa5s.history", icons.GREY),
    "note": ("fa5s.sticky-note", icons.AMBER),
    "alert": ("fa5s.bell", icons.RED),
    "document": ("fa5s.file-alt", icons.BLUE),
    "communication": ("fa5s.envelope", "#455a64"),
    "movement": ("fa5s.exchange-alt", icons.BLUE),
    "notification": ("fa5s.info-circle", icons.GREEN),
}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class CaseTimelinePane(QWidget):
    """objectName caseTimeline: the list (timelineList), the note box (timelineNoteEdit,
    timelineAddNote; Ctrl+Enter adds) and the alert button (timelineAddAlert)."""

    sig_error = Signal(str)
    sig_loaded = Signal(int)
    """The entries of the shown case are on screen (their count)."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="caseTimeline")
        self.session = session
        self.case_id: int | None = None
        self.entries: list[TimelineEntry] = []
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_loaded)
        self._task.sig_failed.connect(self._on_failed)
        self.jobs = JobRunner(workers, self)  # adding notes and alerts: writes, off the GUI thread
        self.jobs.sig_idle.connect(self._update_enabled)
        session.changes.sig_changes_applied.connect(self.on_changes_applied)

        self.list = QListWidget(self, objectName="timelineList")
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(icons.ICON_SIZE, icons.ICON_SIZE))
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.empty_label = QLabel(self, objectName="timelineEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.note_edit = QPlainTextEdit(self, objectName="timelineNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Add a note… (Ctrl+Enter)"))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_button = QPushButton(icons.icon("fa5s.sticky-note", icons.BLUE), self.tr("Add note"), self,
                                      objectName="timelineAddNote")
        self.alert_button = QPushButton(icons.icon("fa5s.bell", icons.BLUE), self.tr("Add an alert…"), self,
                                        objectName="timelineAddAlert")
        self.add_button.clicked.connect(self.add_note)
        self.alert_button.clicked.connect(self.add_alert)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.alert_button)
        buttons.addStretch(1)
        box = QHBoxLayout()
        box.addWidget(self.note_edit, 1)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.stack = QStackedWidget(self, objectName="timelineStack")
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(box)
        self.show_case(None)

    # -- loading ------------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._update_enabled()
        if case_id is None:
            self._show([], self.tr("Select a case to see its history."))
            return
        actor = self.session.actor
        self._task.run(lambda: (case_id, timeline.case_timeline(actor, case_id)))

    def reload(self) -> None:
        self.show_case(self.case_id)

    @Slot()
    def _update_enabled(self) -> None:
        """The boxes work on a shown case, and wait while a note or an alert is being written."""
        ready = self.case_id is not None and not self.jobs.busy
        for widget in (self.note_edit, self.add_button, self.alert_button):
            widget.setEnabled(ready)

    @Slot(object, object)
    def on_changes_applied(self, changes: ChangeSet, initiator: object) -> None:
        """The shown case changed (anywhere): its history is read again."""
        if self.case_id is not None and self.case_id in changes.case_ids:
            self.reload()

    @property
    def busy(self) -> bool:
        return self._task.busy

    @Slot(object)
    def _on_loaded(self, result: tuple[int, list[TimelineEntry]]) -> None:
        case_id, entries = result
        if case_id != self.case_id:
            return
        self._show(entries, self.tr("Nothing has happened on this case yet."))
        self.sig_loaded.emit(len(entries))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._show([], formatting.error_text(exc))
        self.sig_error.emit(formatting.error_text(exc))

    def _show(self, entries: list[TimelineEntry], empty_text: str) -> None:
        self.entries = entries
        self.list.clear()
        for entry in entries:
            glyph, colour = KIND_GLYPHS.get(entry.kind, KIND_GLYPHS["audit"])
            head = " · ".join(part for part in (formatting.date_time(entry.when), entry.who) if part)
            item = QListWidgetItem(icons.icon(glyph, colour), f"{head}\n{self.entry_text(entry)}")
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(self.entry_text(entry))
            self.list.addItem(item)
        self.empty_label.setText(empty_text)
        self.stack.setCurrentWidget(self.list if entries else self.empty_label)

    # -- text -----------------------------------------------------------------------------------
    def entry_text(self, entry: TimelineEntry) -> str:
        """What happened, in the interface language."""
        if entry.kind == "note":
            return entry.text
        if entry.kind == "alert":
            state = self.tr("done") if entry.done else self.tr("open")
            return self.tr("Alert for {who}, due {due} ({state}): {text}").format(
                who=entry.addressee or self.tr("its author"), due=formatting.date_time(entry.due_at),
                state=state, text=entry.text)
        if entry.kind == "document":
            return self.tr("Document added: {title}").format(title=entry.text)
        if entry.kind == "communication":
            direction, _, channel = entry.action.partition("/")
            template = self.tr("Received ({channel}): {subject}") if direction == "in" else \
                self.tr("Sent ({channel}): {subject}")
            return template.format(channel=channel, subject=entry.text)
        if entry.kind == "movement":
            label = self.movement_label(entry.action)
            return self.tr("{movement}: {text}").format(movement=label, text=entry.text) if entry.text else label
        if entry.kind == "notification":
            return self.tr("Notification to {who}: {text}").format(who=entry.addressee, text=entry.text)
        return self._audit_text(entry)

    def movement_label(self, kind: str) -> str:
        """A ticket movement's name (MovementKind)."""
        return {
            "assume": self.tr("Ticket assumed"),
            "note": self.tr("Internal note"),
            "reply": self.tr("Reply to the customer"),
            "customer": self.tr("Message from the customer"),
            "solution": self.tr("Solution"),
            "close": self.tr("Ticket closed"),
        }.get(kind, kind)

    def _audit_text(self, entry: TimelineEntry) -> str:
        texts = {
            "case.create": self.tr("Case created"),
            "case.update": self.tr("Case edited"),
            "case.status": self.tr("Status changed"),
            "case.index": self.tr("Index values saved"),
            "document.rename": self.tr("Document renamed"),
            "document.set_type": self.tr("Document type set"),
            "document.check": self.tr("Document checked"),
            "document.uncheck": self.tr("Document check removed"),
            "document.trash": self.tr("Document moved to the trash"),
            "document.version": self.tr("New document version"),
            "document.export": self.tr("Document exported"),
            "document.index": self.tr("Document index values saved"),
            "report.deliver": self.tr("Report delivered"),
            "report.block": self.tr("Report blocked"),
            "report.unblock": self.tr("Report unblocked"),
            "quote.send": self.tr("Quote sent"),
            "quote.answer": self.tr("Quote answered"),
            "invoice.issue": self.tr("Invoice issued"),
            "payment.record": self.tr("Payment recorded"),
            "alert.done": self.tr("Alert marked done"),
        }
        text = texts.get(entry.action, entry.action)
        if (entry.before or entry.after) and entry.text:
            text = self.tr("{action}: {before} → {after} ({why})").format(
                action=text, before=entry.before or "—", after=entry.after or "—", why=entry.text)
        elif entry.before or entry.after:
            text = self.tr("{action}: {before} → {after}").format(action=text, before=entry.before or "—",
                                                                 after=entry.after or "—")
        elif entry.fields:
            text = self.tr("{action}: {fields}").format(action=text, fields=", ".join(entry.fields))
        elif entry.text:
            text = self.tr("{action}: {what}").format(action=text, what=entry.text)
        return text

    # -- adding ---------------------------------------------------------------------------------
    @Slot()
    def add_note(self) -> bool:
        """Writes the note in the background; the box empties once it is written. False if nothing started."""
        text = self.note_edit.toPlainText()
        if self.case_id is None or self.jobs.busy:
            return False
        actor, case_id = self.session.actor, self.case_id

        def written(result: object) -> None:
            if self.note_edit.toPlainText() == text:
                self.note_edit.clear()
            self.session.changes.publish(result[1], self)  # type: ignore[index]  (note, ChangeSet)

        def refused(exc: BaseException) -> None:
            self.sig_error.emit(formatting.error_text(exc))

        self.jobs.run(lambda: notes.add_note(actor, case_id, text), written, refused)
        self._update_enabled()
        return True

    @Slot()
    def add_alert(self) -> None:
        if self.case_id is None:
            return
        try:
            users = notes.possible_addressees(self.session.actor, self.case_id)
        except AppError as exc:
            self.sig_error.emit(formatting.error_text(exc))
            return
        dialog = AlertDialog(users, self.note_edit.toPlainText(), self)
        dialog.sig_submit.connect(self._submit_alert)
        self.alert_dialog = dialog
        dialog.open()

    @Slot(str, object, int)
    def _submit_alert(self, text: str, due_at: dt.datetime, user_id: int) -> None:
        """Written in the background; the dialog waits (OK disabled) and shows a refusal itself."""
        dialog, actor, case_id = self.alert_dialog, self.session.actor, self.case_id
        dialog.set_busy(True)

        def written(result: object) -> None:
            dialog.set_busy(False)
            dialog.accept()
            if self.note_edit.toPlainText().strip() == text.strip():
                self.note_edit.clear()
            self.session.changes.publish(result[1], self)  # type: ignore[index]  (note, ChangeSet)

        def refused(exc: BaseException) -> None:
            dialog.set_busy(False)
            dialog.show_error(formatting.error_text(exc))

        self.jobs.run(lambda: notes.add_alert(actor, case_id, text, due_at, user_id), written, refused)


class AlertDialog(QDialog):
    """objectName alertDialog: text (alertText), due (alertDue), addressee (alertAddressee)."""

    sig_submit = Signal(str, object, int)

    def __init__(self, users: list[tuple[int, str]], text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="alertDialog")
        self.setWindowTitle(self.tr("Add an alert"))
        self.text_edit = QPlainTextEdit(text, self, objectName="alertText")
        self.due_edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(1), self, objectName="alertDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDateTime(QDateTime.currentDateTime())
        date_pattern, time_pattern = formatting.date_patterns()
        self.due_edit.setDisplayFormat(f"{date_pattern} {time_pattern}")
        self.user_combo = QComboBox(self, objectName="alertAddressee")
        for user_id, name in users:
            self.user_combo.addItem(name, user_id)
        self.error_label = QLabel(self, objectName="alertError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {icons.RED};")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Text:"), self.text_edit)
        form.addRow(self.tr("&Due:"), self.due_edit)
        form.addRow(self.tr("&For:"), self.user_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(420, 260)

    def due_at(self) -> dt.datetime:
        return self.due_edit.dateTime().toPython().astimezone()

    def _submit(self) -> None:
        self.sig_submit.emit(self.text_edit.toPlainText(), self.due_at(), self.user_combo.currentData())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def set_busy(self, busy: bool) -> None:
        """While the alert is being written: OK and the fields wait, under a busy cursor."""
        if busy:
            self.error_label.hide()
        set_busy(self, busy, self.ok_button, self.text_edit, self.due_edit, self.user_combo)
