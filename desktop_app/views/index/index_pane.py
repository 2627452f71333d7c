"""The index dock: the case's main fields and index fields, and the document's, edited in place.

The header shows the number, status and work area; below come the case fields a clerk
edits, the work area's index fields and the selected document's fields, each with a typed
editor. Save (Ctrl+S) sends only what changed, through `services.index_values`; problems
show under their fields; a save over someone else's newer version shows who changed what
and lets the user reload theirs or save theirs over it. Nothing is lost silently: moving
away with unsaved changes asks first (`confirm_leave`).

The save runs on a worker thread of the window's pool with its own connection (a database
held by another clerk makes it wait up to the lock timeout): meanwhile the form is read-only,
"Saving…" shows above it, Save is disabled, and the outcome is applied on the GUI thread
(`sig_save_finished`). Whoever needs the result before going on (leaving the case, closing
the window) waits with `wait_for_save`: a local event loop, so the window keeps painting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError, StaleEdit, UserError, ValidationError
from desktop_app.services import permissions
from desktop_app.services.cases import case_details, index_values
from desktop_app.services.cases.case_details import CaseDetail, DocumentDetail, IndexEntry
from desktop_app.services.context import ChangeSet
from desktop_app.views.common import formatting
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.index.index_conflict import ConflictBanner
from desktop_app.views.index.index_editors import DATETIME, FieldEditor, InputError, value_label

CASE_PREFIX, FIELD_PREFIX, DOCUMENT_PREFIX = "index_", "index_field_", "index_doc_field_"
SAVING_NOTICE_DELAY_MS = 200  # a save quicker than this shows no "Saving…" (no flicker)
SAVE_PRIORITY = 10  # ahead of the reads queued on the window's pool


@dataclass
class _SaveJob:
    """What one save sends, read from the form on the GUI thread."""

    case_id: int
    version: int
    case_values: dict[str, object] | None  # None: the case side has no changes
    case_fields: dict[str, object]
    document_id: int | None  # the document section shown (reloaded after a case save)
    document_values: dict[str, object] | None  # None: the document side has no changes
    document_read: dict[str, str]


@dataclass
class _SaveOutcome:
    """What the worker did; applied on the GUI thread."""

    job: _SaveJob
    case_saved: bool = False
    case_error: Exception | None = None
    detail: CaseDetail | None = None  # the case as saved, or the other version after a StaleEdit
    can_edit: bool = False
    reload_error: Exception | None = None
    document_saved: bool = False
    document_error: Exception | None = None
    document: DocumentDetail | None = None  # the document section as it now is in the database


def _run_save(actor, job: _SaveJob) -> _SaveOutcome:
    """The writes and the reads after them, on a worker thread (its own connection); no widgets."""
    outcome = _SaveOutcome(job)
    if job.case_values is not None:
        try:
            index_values.save_case_index(actor, job.case_id, job.version, job.case_values, job.case_fields)
        except StaleEdit as error:
            outcome.case_error = error
            try:
                outcome.detail = case_details.case_detail(actor, job.case_id)  # theirs, for the banner
            except AppError:
                outcome.detail = None
            return outcome
        except AppError as error:
            outcome.case_error = error
            return outcome
        outcome.case_saved = True
        try:
            outcome.detail = case_details.case_detail(actor, job.case_id)
            outcome.can_edit = permissions.can_edit_case(actor, job.case_id)
            if job.document_id is not None:
                outcome.document = case_details.document_detail(actor, job.document_id)
        except AppError as error:
            outcome.reload_error = error
            return outcome
    if job.document_values is not None and job.document_id is not None:
        try:
            index_values.save_document_index(actor, job.document_id, job.document_values,
                                             expected=job.document_read)
        except AppError as error:
            outcome.document_error = error
            return outcome
        outcome.document_saved = True
        try:
            outcome.document = case_details.document_detail(actor, job.document_id)
        except AppError as error:
            outcome.reload_error = error
    return outcome



def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)


def _instant_text(value: dt.datetime | None) -> str:
    return value.replace(second=0, microsecond=0).astimezone(dt.UTC).isoformat() if value else ""


def _case_values(detail: CaseDetail) -> dict[str, str]:
    """The case fields of the form as canonical text, like index values."""
    return {"internal_ref": detail.internal_ref, "subject": detail.subject, "address": detail.address,
            "postal_code": detail.postal_code, "city": detail.city,
            "appointment_at": _instant_text(detail.appointment_at),
            "amount": format(detail.amount, "f"), "tariff": format(detail.tariff, "f")}


class IndexPane(QWidget):
    """Object name `indexForm`; editors are named `index_<case field>`, `index_field_<code>` and
    `index_doc_field_<code>`, each with an `<name>_error` label under it."""

    sig_save_finished = Signal(bool)
    """A save started by `save` ended (its outcome is on screen); True when everything was saved."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexForm")
        self._session = session
        self._detail: CaseDetail | None = None
        self._document: DocumentDetail | None = None
        self._fresh: CaseDetail | None = None  # the other version, while a conflict is shown
        self._can_edit = False
        self._editable_case_fields: frozenset[str] = frozenset()
        self._saving = False
        self._focus_before: QWidget | None = None
        self._save_task = LatestTask(workers, self, priority=SAVE_PRIORITY)
        self._save_task.sig_finished.connect(self._on_save_finished)
        self._save_task.sig_failed.connect(self._on_save_failed)
        self._saving_timer = QTimer(self, singleShot=True, interval=SAVING_NOTICE_DELAY_MS)
        self._saving_timer.timeout.connect(self._show_saving_notice)
        self.case_editors: dict[str, FieldEditor] = {}
        self.field_editors: dict[str, FieldEditor] = {}
        self.document_editors: dict[str, FieldEditor] = {}
        self._build_ui()
        session.changes.sig_changes_applied.connect(self.on_changes_applied)

    # -- building ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.placeholder = QLabel(self.tr("Select a case to see its index."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        page = QWidget(self)
        content = QWidget()
        self.headline = QLabel(content, objectName="index_headline")
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.number_label = value_label(content, "index_number")
        self.number_label.hide()  # the number is in the headline; kept for scripts
        self.status_label = QLabel(content, objectName="index_status")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.read_only_note = QLabel(self.tr("You may read this case but not change it."), content,
                                     objectName="indexReadOnlyNote")
        self.read_only_note.setEnabled(False)
        self.read_only_note.hide()

        self.case_box = QGroupBox(self.tr("Case"), content)
        self.case_form = self._form(self.case_box)
        self.info: dict[str, QLabel] = {}
        for key, label in (("owner", self.tr("Owner")), ("prescriber", self.tr("Prescriber")),
                           ("assigned_user", self.tr("Assigned to")), ("created", self.tr("Created"))):
            self.info[key] = value_label(self.case_box, f"index_{key}")
            self.case_form.addRow(label, self.info[key])
        for name, label in self._case_labels().items():
            kind, limit = index_values.CASE_FORM_FIELDS[name]
            editor = FieldEditor(CASE_PREFIX + name, label, kind, max_length=limit, parent=self.case_box)
            self._watch(editor)
            self.case_editors[name] = editor
            self.case_form.addRow(self._row_label(editor, self.case_box), editor.container)

        self.fields_box = QGroupBox(self.tr("Index fields"), content)
        self.fields_form = self._form(self.fields_box)
        self.document_box = QGroupBox(content)
        self.document_form = self._form(self.document_box)
        self.document_box.hide()

        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.headline)
        column.addWidget(self.status_label)
        column.addWidget(self.read_only_note)
        column.addWidget(self.case_box)
        column.addWidget(self.fields_box)
        column.addWidget(self.document_box)
        column.addStretch(1)
        self.scroll = QScrollArea(page)
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._build_banners(page)
        self.save_button = QPushButton(self.tr("Save"), page, objectName="indexSaveButton")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"), page, objectName="indexRevertButton")
        self.revert_button.setToolTip(self.tr("Forget the changes and show the saved values again"))
        self.revert_button.clicked.connect(self.revert)
        self.save_action = QAction(self.tr("Save the index"), self, objectName="actionSaveIndex")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.button_bar = QWidget(page, objectName="indexButtons")
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(4, 2, 4, 4)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(2)
        page_layout.addWidget(self.saving_banner)
        page_layout.addWidget(self.conflict_banner)
        page_layout.addWidget(self.error_banner)
        page_layout.addWidget(self.scroll, 1)
        page_layout.addWidget(self.button_bar)
        self._page = page
        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack)
        self._update_buttons()

    def _build_banners(self, page: QWidget) -> None:
        self.saving_banner = QWidget(page, objectName="indexSavingBanner")
        self.saving_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.saving_banner.setStyleSheet("#indexSavingBanner { background: #e3f2fd; }"
                                         " QLabel { color: #0d47a1; }")
        self.saving_label = QLabel(self.tr("Saving…"), self.saving_banner, objectName="indexSavingLabel")
        self.saving_progress = QProgressBar(self.saving_banner, objectName="indexSavingProgress")
        self.saving_progress.setRange(0, 0)  # busy: it moves until the save ends
        self.saving_progress.setTextVisible(False)
        self.saving_progress.setFixedSize(72, 10)
        self.saving_progress.setAccessibleName(self.tr("Saving"))
        row = QHBoxLayout(self.saving_banner)
        row.setContentsMargins(6, 5, 6, 5)
        row.addWidget(self.saving_label)
        row.addStretch(1)
        row.addWidget(self.saving_progress)
        self.saving_banner.hide()

        self.error_banner = QLabel(page, objectName="indexErrorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.error_banner.setStyleSheet("QLabel { background: #fdecea; color: #b71c1c; padding: 6px; }")
        self.error_banner.hide()

        self.conflict_banner = ConflictBanner(page)
        self.conflict_banner.sig_reload_requested.connect(self.reload_theirs)
        self.conflict_banner.sig_overwrite_requested.connect(self.save_mine_over_theirs)

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _case_labels(self) -> dict[str, str]:
        return {"internal_ref": self.tr("Internal reference"), "subject": self.tr("Subject"),
                "address": self.tr("Address"), "postal_code": self.tr("Postal code"), "city": self.tr("City"),
                "appointment_at": self.tr("Appointment"), "amount": self.tr("Amount"),
                "tariff": self.tr("Tariff")}

    def _row_label(self, editor: FieldEditor, parent: QWidget) -> QLabel:
        label = QLabel(editor.label + (" *" if editor.required else ""), parent)
        label.setBuddy(editor.widget)
        if editor.required:
            label.setToolTip(self.tr("Required field"))
        return label

    def _watch(self, editor: FieldEditor) -> None:
        editor.sig_edited.connect(self._update_buttons)

    # -- state ---------------------------------------------------------------------------------
    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    @property
    def case_id(self) -> int | None:
        return self._detail.id if self._detail else None

    @property
    def document_id(self) -> int | None:
        return self._document.id if self._document else None

    def _case_side(self) -> list[FieldEditor]:
        return [*self.case_editors.values(), *self.field_editors.values()]

    @property
    def case_dirty(self) -> bool:
        return self._detail is not None and any(e.is_dirty() for e in self._case_side())

    @property
    def document_dirty(self) -> bool:
        return self._document is not None and any(e.is_dirty() for e in self.document_editors.values())

    @property
    def has_changes(self) -> bool:
        return self.case_dirty or self.document_dirty

    @property
    def saving(self) -> bool:
        """True while a save runs on the worker thread (the form is read-only meanwhile)."""
        return self._saving

    @Slot()
    def _update_buttons(self) -> None:
        dirty = self._can_edit and self.has_changes and not self._saving
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_action.setEnabled(dirty)
        self.button_bar.setVisible(self._can_edit)

    # -- loading ---------------------------------------------------------------------------------
    @Slot(object, object)
    def on_changes_applied(self, changes: ChangeSet, initiator: object) -> None:
        """The shown case changed elsewhere: its values are read again, unless the clerk is editing them
        (a save then meets the optimistic lock and shows both versions, never a silent overwrite)."""
        case_id = self.case_id
        if initiator is self or case_id is None or case_id not in changes.case_ids:
            return
        if self.has_changes or self._saving:
            return
        document_id = self._document.id if self._document is not None else None
        self.show_case(case_id)
        self.show_document(document_id)

    def show_case(self, case_id: int | None) -> None:
        """Shows a case (None: nothing). Unsaved changes are the caller's to settle (`confirm_leave`)."""
        self.wait_for_save()  # its outcome lands on the case it saved, before this one shows
        self._clear_document()
        self._hide_banners()
        if case_id is None:
            self._show_placeholder(self.tr("Select a case to see its index."))
            return
        try:
            detail = case_details.case_detail(self._session.actor, case_id)
            self._can_edit = permissions.can_edit_case(self._session.actor, case_id)
        except AppError as exc:
            self._show_placeholder(formatting.error_text(exc))
            return
        if detail.id != self.case_id:
            self.scroll.verticalScrollBar().setValue(0)  # another case starts at its top
        self._load_case(detail)
        self._stack.setCurrentWidget(self._page)

    def _load_case(self, detail: CaseDetail) -> None:
        self._detail = detail
        self._fresh = None
        self.number_label.setText(detail.number)
        self.headline.setText(f"{detail.number} · {detail.owner}" if detail.owner else detail.number)
        self.status_label.setText(self.tr("{dot} {status} · {area}").format(
            dot=f'<span style="color:{detail.status_colour}">●</span>', status=_escape(detail.status_name),
            area=_escape(detail.work_area)))
        info = {"owner": detail.owner, "prescriber": detail.prescriber, "assigned_user": detail.assigned_user,
                "created": formatting.date(detail.created_at)}
        for key, text in info.items():
            self.info[key].setText(text or "—")
        editable = index_values.editable_case_fields(self._session.actor) if self._can_edit else frozenset()
        self._editable_case_fields = editable
        for name, value in _case_values(detail).items():
            editor = self.case_editors[name]
            editor.load(value)
            editor.set_editable(name in editable)
        self.read_only_note.setVisible(not self._can_edit)
        self.fields_box.setTitle(self.tr("Index fields · {area}").format(area=detail.work_area))
        self.field_editors = self._fill(self.fields_form, FIELD_PREFIX, detail.index_values,
                                        self.tr("This work area has no index fields."))
        self._update_buttons()

    def show_document(self, document_id: int | None) -> None:
        """Adds the document's own index fields below the case's, if its type has any."""
        if document_id == self.document_id:
            return
        self.wait_for_save()
        if self.document_dirty and not self._confirm(document_only=True):
            return  # the section keeps the document being edited (its title names it)
        self._clear_document()
        if document_id is None or self._detail is None:
            return
        try:
            document = case_details.document_detail(self._session.actor, document_id)
        except AppError:
            return
        self._load_document(document)

    def _load_document(self, document: DocumentDetail) -> None:
        self._document = document
        if not document.index_values:
            self.document_box.hide()
            return
        self.document_box.setTitle(self.tr("Document · {title}").format(title=document.title))
        self.document_editors = self._fill(self.document_form, DOCUMENT_PREFIX, document.index_values, "")
        self.document_box.show()
        self._update_buttons()

    def _clear_document(self) -> None:
        self._document = None
        self.document_editors = {}
        _clear(self.document_form)
        self.document_box.hide()
        self._update_buttons()

    def _fill(self, form: QFormLayout, prefix: str, entries: list[IndexEntry], empty: str) -> dict[str, FieldEditor]:
        _clear(form)
        box = form.parentWidget()
        for old in box.findChildren(FieldEditor, options=Qt.FindChildOption.FindDirectChildrenOnly):
            old.deleteLater()
        if not entries and empty:
            note = value_label(box)
            note.setText(empty)
            note.setEnabled(False)
            form.addRow(note)
            return {}
        editors = {}
        for entry in entries:
            editor = FieldEditor(prefix + entry.code, entry.label, entry.kind, entry.required, entry.choices,
                                 parent=box)
            editor.load(entry.value)
            editor.set_editable(self._can_edit)
            self._watch(editor)
            form.addRow(self._row_label(editor, box), editor.container)
            editors[entry.code] = editor
        return editors

    def _show_placeholder(self, text: str) -> None:
        self._detail = None
        self._can_edit = False
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)
        self._update_buttons()

    # -- leaving with changes ------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """True when the pane may show something else: no changes, or saved, or discarded.

        A save under way is waited for first (the window keeps painting meanwhile)."""
        self.wait_for_save()
        return not self.has_changes or self._confirm(document_only=False)

    def _confirm(self, document_only: bool) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The index of {what} has unsaved changes.").format(
                              what=self._document.title if document_only and self._document
                              else self._detail.number if self._detail else ""),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("indexUnsavedDialog")
        box.setInformativeText(self.tr("Save them before moving on?"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_and_wait()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    # -- saving --------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Starts saving what changed on a worker thread; `sig_save_finished` tells the outcome.

        False when no save started: a save already runs, or a field cannot be read (marked in
        red, nothing sent). True when it started, or when there was nothing to save."""
        if self._saving:
            return False
        if self._detail is None or not self._can_edit or not self.has_changes:
            return not self.has_changes
        self.error_banner.hide()
        case_dirty, document_dirty = self.case_dirty, self.document_dirty
        fields, ok_fields = self._changes(self.case_editors) if case_dirty else ({}, True)
        values, ok_values = self._changes(self.field_editors) if case_dirty else ({}, True)
        document_values, ok_document = self._changes(self.document_editors) if document_dirty else ({}, True)
        if not (ok_fields and ok_values and ok_document):
            self._show_error(self.tr("Nothing was saved: correct the fields marked in red."))
            self._reveal_first_error()
            return False
        document = self._document
        job = _SaveJob(
            case_id=self._detail.id, version=self._detail.version,
            case_values=values if case_dirty else None, case_fields=fields,
            document_id=document.id if document is not None else None,
            document_values=document_values if document_dirty else None,
            document_read={entry.code: entry.value for entry in document.index_values} if document else {})
        self._set_saving(True)
        actor = self._session.actor
        self._save_task.run(lambda: _run_save(actor, job))
        return True

    def save_and_wait(self) -> bool:
        """`save`, then waits for its end (the window keeps painting); True when everything was saved."""
        if not self.save():
            return False
        self.wait_for_save()
        return not self.has_changes

    def wait_for_save(self) -> None:
        """Returns once no save is running. Meanwhile a local event loop keeps the window painting
        and its timers running; user input waits in the queue until the save has ended."""
        if not self._saving:
            return
        loop = QEventLoop()
        self.sig_save_finished.connect(loop.quit)
        try:
            while self._saving:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.sig_save_finished.disconnect(loop.quit)

    def _set_saving(self, saving: bool) -> None:
        """The busy state: the form read-only, "Saving…" above it (after a moment), Save disabled."""
        self._saving = saving
        content = self.scroll.widget()
        if saving:
            focus = QApplication.focusWidget()
            self._focus_before = focus if focus is not None and content.isAncestorOf(focus) else None
            if self._focus_before is not None:
                self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)  # a disabled editor's focus would jump
        for name, editor in self.case_editors.items():
            editor.set_editable(not saving and name in self._editable_case_fields)
        for editor in [*self.field_editors.values(), *self.document_editors.values()]:
            editor.set_editable(not saving and self._can_edit)
        self.conflict_banner.setEnabled(not saving)
        if saving:
            self._saving_timer.start()
        else:
            self._saving_timer.stop()
            self.saving_banner.hide()
            before, self._focus_before = self._focus_before, None
            if (before is not None and QApplication.focusWidget() is self.scroll and shiboken6.isValid(before)
                    and before.isEnabled() and content.isAncestorOf(before)):
                before.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the user was typing
        self._update_buttons()

    @Slot()
    def _show_saving_notice(self) -> None:
        if self._saving:
            self.saving_banner.show()

    def _changes(self, editors: dict[str, FieldEditor]) -> tuple[dict[str, object], bool]:
        values, ok = {}, True
        for code, editor in editors.items():
            if not editor.is_dirty():
                continue
            try:
                values[code] = editor.value()
            except InputError as error:
                editor.show_error(self._message(editor, error))
                ok = False
        return values, ok

    @Slot(object)
    def _on_save_failed(self, error: object) -> None:
        """Something unforeseen in the worker: said in the banner; the form keeps what was typed."""
        self._set_saving(False)
        self._show_error(formatting.error_text(error) if isinstance(error, BaseException) else str(error))
        self.sig_save_finished.emit(False)

    @Slot(object)
    def _on_save_finished(self, outcome: _SaveOutcome) -> None:
        job = outcome.job
        ok = False
        if job.case_id == self.case_id:  # always (show_case waits); never paint another case
            ok = self._apply_case_outcome(outcome) and self._apply_document_outcome(outcome)
        self._set_saving(False)  # after the reload: the editors it made become editable, focus goes back
        if outcome.case_saved or outcome.document_saved:
            self._session.changes.publish(ChangeSet(
                case_ids={job.case_id}, document_ids={job.document_id} if outcome.document_saved else set()), self)
        self.sig_save_finished.emit(ok)

    def _apply_case_outcome(self, outcome: _SaveOutcome) -> bool:
        error = outcome.case_error
        if isinstance(error, ValidationError):
            self._show_field_errors(error, {**self.field_editors, **self.case_editors})
            return False
        if isinstance(error, StaleEdit):
            if outcome.detail is not None:
                self._show_conflict(outcome.detail)
            else:
                self._show_error(formatting.error_text(error))
            return False
        if error is not None:
            self._show_error(formatting.error_text(error))
            return False
        if not outcome.case_saved:
            return True  # only the document had changes
        if outcome.detail is None:  # saved, but can no longer be read (the reason says why)
            self._show_placeholder(formatting.error_text(outcome.reload_error))
            return True
        # Reload the case under the form; the document section keeps its pending edits.
        snapshots = {code: e.snapshot() for code, e in self.document_editors.items() if e.is_dirty()}
        self._hide_banners()
        self._clear_document()
        self._can_edit = outcome.can_edit
        self._load_case(outcome.detail)
        if outcome.document is not None:
            self._load_document(outcome.document)
            if not outcome.document_saved:
                for code, state in snapshots.items():
                    if code in self.document_editors:
                        self.document_editors[code].restore(state)
            self._update_buttons()
        elif outcome.reload_error is not None:  # the case saved; its document could not be read back
            self._show_error(formatting.error_text(outcome.reload_error))
            return outcome.job.document_values is None
        return True

    def _apply_document_outcome(self, outcome: _SaveOutcome) -> bool:
        error = outcome.document_error
        if isinstance(error, ValidationError):
            self._show_field_errors(error, self.document_editors)
            return False
        if error is not None:
            self._show_error(formatting.error_text(error))
            return False
        if outcome.document_saved and not outcome.case_saved:
            self._clear_document()
            if outcome.document is not None:
                self._load_document(outcome.document)
        if outcome.reload_error is not None and outcome.document_saved:
            self._show_error(formatting.error_text(outcome.reload_error))
        return True

    def _message(self, editor: FieldEditor, error: UserError) -> str:
        """The error in the interface language, naming the field by the label the form shows."""
        params = dict(error.params)
        if "label" in params:
            params["label"] = editor.label
        return formatting.error_text(type(error)(error.template, **params))

    def _show_field_errors(self, error: ValidationError, editors: dict[str, FieldEditor]) -> None:
        shown = []
        for code, problem in error.fields.items():
            editor = editors.get(code)
            if editor is None:
                shown.append(formatting.error_text(problem))
            else:
                editor.show_error(self._message(editor, problem))
        text = self.tr("Nothing was saved: correct the fields marked in red.")
        self._show_error("\n".join([text, *shown]))
        self._reveal_first_error()

    def _reveal_first_error(self) -> None:
        editors = [*self._case_side(), *self.document_editors.values()]
        first = next((e for e in editors if e.has_error), None)
        if first is not None:
            self.scroll.widget().layout().activate()
            self.scroll.ensureWidgetVisible(first.container, 10, 30)

    def _show_error(self, text: str) -> None:
        self.error_banner.setText(text)
        self.error_banner.show()

    def _hide_banners(self) -> None:
        self.error_banner.hide()
        self.conflict_banner.hide()

    @Slot()
    def revert(self) -> None:
        """Forgets every change: the editors show the saved values again."""
        for editor in [*self._case_side(), *self.document_editors.values()]:
            editor.load(editor.original)
        self._hide_banners()
        self._update_buttons()

    # -- conflicts ------------------------------------------------------------------------------
    def _show_conflict(self, fresh: CaseDetail) -> None:
        """Someone saved the case since it was loaded (`fresh` is their version): show who, when and
        what differs; write nothing."""
        self._fresh = fresh
        theirs = {**_case_values(fresh), **{e.code: e.value for e in fresh.index_values}}
        rows = []
        for code, editor in {**self.case_editors, **self.field_editors}.items():
            if theirs.get(code, "") != editor.original:  # what they changed, beside what the form has now
                mine = editor.current()
                rows.append((code, editor.label, self._display(editor, theirs.get(code, "")),
                             mine[1:] if mine.startswith("\x00") else self._display(editor, mine)))
        self.conflict_banner.show_conflict(fresh.updated_by, formatting.date_time(fresh.updated_at), rows)
        self.error_banner.hide()

    def _display(self, editor: FieldEditor, canonical: str) -> str:
        currency = self._detail.currency if self._detail else "EUR"
        if editor.kind == DATETIME:
            return formatting.date_time(dt.datetime.fromisoformat(canonical)) if canonical else ""
        return formatting.index_value(editor.kind, canonical, currency)

    @Slot()
    def reload_theirs(self) -> None:
        """Drops the user's changes and shows the version saved by the other user."""
        fresh = self._fresh or case_details.case_detail(self._session.actor, self._detail.id)
        self.conflict_banner.hide()
        self._load_case(fresh)

    @Slot()
    def save_mine_over_theirs(self) -> None:
        """Rebases the user's changes on the other version (theirs stay where the user changed
        nothing) and saves them (in the background, like Save): the user chose it."""
        if self._saving:
            return
        fresh = self._fresh or case_details.case_detail(self._session.actor, self._detail.id)
        mine = {name: e.snapshot() for name, e in self.case_editors.items() if e.is_dirty()}
        mine_fields = {code: e.snapshot() for code, e in self.field_editors.items() if e.is_dirty()}
        self.conflict_banner.hide()
        self._load_case(fresh)
        for name, state in mine.items():
            self.case_editors[name].restore(state)
        for code, state in mine_fields.items():
            if code in self.field_editors:
                self.field_editors[code].restore(state)
        self._update_buttons()
        self.save()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
