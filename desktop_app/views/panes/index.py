"""The index dock: the case's main fields and index fields, and the document's, edited in place.

The header shows the number, status and work area; below come the case fields a clerk
edits, the work area's index fields and the selected document's fields, each with a typed
editor. Save (Ctrl+S) sends only what changed, through `services.index_values`; problems
show under their fields; a save over someone else's newer version shows who changed what
and lets the user reload theirs or save theirs over it. Nothing is lost silently: moving
away with unsaved changes asks first (`confirm_leave`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError, StaleEdit, UserError, ValidationError
from desktop_app.services import index_values, permissions, queries
from desktop_app.services.queries import CaseDetail, DocumentDetail, IndexEntry
from desktop_app.views import formatting
from desktop_app.views.panes.index_conflict import ConflictBanner
from desktop_app.views.panes.index_editors import DATETIME, FieldEditor, InputError, value_label
from desktop_app.views.session import Session

CASE_PREFIX, FIELD_PREFIX, DOCUMENT_PREFIX = "index_", "index_field_", "index_doc_field_"



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

    sig_case_changed = Signal(int)
    """A case's fields or index values were saved; the argument is its id."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexForm")
        self._session = session
        self._detail: CaseDetail | None = None
        self._document: DocumentDetail | None = None
        self._fresh: CaseDetail | None = None  # the other version, while a conflict is shown
        self._can_edit = False
        self.case_editors: dict[str, FieldEditor] = {}
        self.field_editors: dict[str, FieldEditor] = {}
        self.document_editors: dict[str, FieldEditor] = {}
        self._build_ui()

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

    @Slot()
    def _update_buttons(self) -> None:
        dirty = self._can_edit and self.has_changes
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_action.setEnabled(dirty)
        self.button_bar.setVisible(self._can_edit)

    # -- loading ---------------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        """Shows a case (None: nothing). Unsaved changes are the caller's to settle (`confirm_leave`)."""
        self._clear_document()
        self._hide_banners()
        if case_id is None:
            self._show_placeholder(self.tr("Select a case to see its index."))
            return
        try:
            detail = queries.case_detail(self._session.actor, case_id)
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
        if self.document_dirty and not self._confirm(document_only=True):
            return  # the section keeps the document being edited (its title names it)
        self._clear_document()
        if document_id is None or self._detail is None:
            return
        try:
            document = queries.document_detail(self._session.actor, document_id)
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
        """True when the pane may show something else: no changes, or saved, or discarded."""
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
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    # -- saving --------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Saves what changed; True when everything is saved (or nothing had to be)."""
        if self._detail is None or not self._can_edit or not self.has_changes:
            return not self.has_changes
        self.error_banner.hide()
        saved_case = True
        if self.case_dirty:
            saved_case = self._save_case()
        if saved_case and self.document_dirty:
            return self._save_document()
        return saved_case

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

    def _save_case(self) -> bool:
        detail = self._detail
        fields, ok_fields = self._changes(self.case_editors)
        values, ok_values = self._changes(self.field_editors)
        if not (ok_fields and ok_values):
            self._show_error(self.tr("Nothing was saved: correct the fields marked in red."))
            self._reveal_first_error()
            return False
        try:
            index_values.save_case_index(self._session.actor, detail.id, detail.version, values, fields)
        except ValidationError as error:
            self._show_field_errors(error, {**self.field_editors, **self.case_editors})
            return False
        except StaleEdit:
            self._show_conflict()
            return False
        except AppError as error:
            self._show_error(formatting.error_text(error))
            return False
        document = self._document
        snapshots = {c: e.snapshot() for c, e in self.document_editors.items() if e.is_dirty()}
        self.show_case(detail.id)
        if document is not None:  # keep the document section and its pending edits
            self._load_document(queries.document_detail(self._session.actor, document.id))
            for code, state in snapshots.items():
                if code in self.document_editors:
                    self.document_editors[code].restore(state)
            self._update_buttons()
        self.sig_case_changed.emit(detail.id)
        return True

    def _save_document(self) -> bool:
        document = self._document
        values, ok = self._changes(self.document_editors)
        if not ok:
            self._show_error(self.tr("Nothing was saved: correct the fields marked in red."))
            self._reveal_first_error()
            return False
        try:
            read = {entry.code: entry.value for entry in document.index_values}
            index_values.save_document_index(self._session.actor, document.id, values, expected=read)
        except ValidationError as error:
            self._show_field_errors(error, self.document_editors)
            return False
        except AppError as error:
            self._show_error(formatting.error_text(error))
            return False
        self._clear_document()
        self._load_document(queries.document_detail(self._session.actor, document.id))
        self.sig_case_changed.emit(document.case_id)
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
    def _show_conflict(self) -> None:
        """Someone saved the case since it was loaded: show who, when and what differs; write nothing."""
        fresh = queries.case_detail(self._session.actor, self._detail.id)
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
        fresh = self._fresh or queries.case_detail(self._session.actor, self._detail.id)
        self.conflict_banner.hide()
        self._load_case(fresh)

    @Slot()
    def save_mine_over_theirs(self) -> None:
        """Rebases the user's changes on the other version (theirs stay where the user changed
        nothing) and saves them: the user chose it."""
        fresh = self._fresh or queries.case_detail(self._session.actor, self._detail.id)
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
