"""Generating documents from templates in the documents pane: the Generate… button and menu,
and the missing-documents letter dialog (also opened from the case list's context menu).

Rendering runs on the pane's workers (`DocumentsPane.jobs`): the new document is listed and selected
when it is stored; what the service says (PDF needs LibreOffice…) is shown under the table.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.services.permissions import Action, allowed
from desktop_app.services.templates import document_templates
from desktop_app.views.common import formatting, icons
from desktop_app.views.documents.documents_host import DocumentsHost


def template_label(choice: document_templates.TemplateChoice) -> str:
    return QCoreApplication.translate("templates", choice.label) if choice.shipped_label else choice.label


def notice_text(generated: document_templates.Generated) -> str:
    if not generated.notice_template:
        return ""
    return QCoreApplication.translate("templates", generated.notice_template).format(**generated.notice_params)


class LetterDialog(QDialog):
    """To whom the missing-documents letter goes, what it asks for, and whether as PDF."""

    def __init__(self, preview: document_templates.LetterPreview, pdf_available: bool, parent: QWidget | None = None):
        super().__init__(parent, objectName="missingLetterDialog")
        self.setWindowTitle(self.tr("Missing-documents letter — case {number}").format(number=preview.number))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write to:")))
        self.group = QButtonGroup(self)
        roles = {"owner": self.tr("The owner: {name}"), "prescriber": self.tr("The prescriber: {name}")}
        for role, text in roles.items():
            name = preview.recipients.get(role)
            button = QRadioButton(text.format(name=name) if name else text.format(name=self.tr("none")),
                                  objectName=f"letterTo_{role}")
            button.setEnabled(name is not None)
            button.setProperty("role", role)
            self.group.addButton(button)
            layout.addWidget(button)
        first = next((b for b in self.group.buttons() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        if preview.missing:
            listed = "".join(f"<li>{html.escape(item)}</li>" for item in preview.missing)
            summary = self.tr("The letter asks for what the case lacks for the statuses ahead of it:")
            self.summary = QLabel(f"{summary}<ul>{listed}</ul>", objectName="letterMissingList")
        else:
            self.summary = QLabel(self.tr("Case {number} lacks nothing for the statuses ahead of it: there is "
                                          "no letter to send.").format(number=preview.number),
                                  objectName="letterMissingList")
        self.summary.setTextFormat(Qt.TextFormat.RichText if preview.missing else Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.pdf = QCheckBox(self.tr("Save as PDF") if pdf_available
                             else self.tr("Save as PDF (needs LibreOffice, not installed: DOCX only)"),
                             objectName="letterAsPdf")
        self.pdf.setEnabled(pdf_available)
        layout.addWidget(self.pdf)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the letter"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.missing) and first is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def role(self) -> str:
        checked = self.group.checkedButton()
        return checked.property("role") if checked is not None else "owner"

    @property
    def out_format(self) -> str:
        return "pdf" if self.pdf.isChecked() else "docx"


class DocumentGenerator(QObject):
    """The documents pane's Generate… button and the letter dialog; the work runs on the pane's jobs."""

    def __init__(self, pane: DocumentsHost) -> None:
        super().__init__(pane)
        self.pane = pane
        self.running = False
        self.letter_dialog: LetterDialog | None = None
        self.menu = QMenu(pane, objectName="generateDocumentMenu")
        self.menu.aboutToShow.connect(self.fill_menu)
        self.button = QToolButton(pane, objectName="generateDocumentButton")
        self.button.setText(self.tr("Generate…"))
        self.button.setIcon(icons.icon("fa5s.file-signature"))
        self.button.setToolTip(self.tr("Make a document of this case from a template (quote, invoice, letter…)"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")  # "…" says it
        self.as_pdf = False

    def update_enabled(self) -> None:
        pane = self.pane
        self.button.setEnabled(pane.case_id is not None and allowed(pane.session.actor, Action.DOCUMENT_ADD)
                               and not self.running and not pane.importing)

    # -- the menu ---------------------------------------------------------------------------------
    @Slot()
    def fill_menu(self) -> None:
        menu, pane = self.menu, self.pane
        menu.clear()
        if pane.case_id is None:
            return
        try:  # one small query and a folder listing
            choices = document_templates.available_templates(pane.session.workspace, pane.session.actor, pane.case_id)
        except AppError as exc:
            menu.addAction(formatting.error_text(exc)).setEnabled(False)
            return
        for choice in choices:
            text = template_label(choice)
            if choice.key == document_templates.LETTER:
                text += "…"
            action = menu.addAction(icons.icon("fa5s.file-word"), text)
            action.setObjectName(f"generateTemplate_{choice.key}")
            action.setToolTip(self.tr("Office template: {file}").format(file=str(choice.path)) if choice.from_data_dir
                              else self.tr("Shipped template"))
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        pdf_available = document_templates.libreoffice_path() is not None
        pdf = menu.addAction(self.tr("Save as PDF") if pdf_available
                             else self.tr("Save as PDF (needs LibreOffice, not installed: DOCX only)"))
        pdf.setObjectName("generateAsPdfAction")
        pdf.setCheckable(True)
        pdf.setChecked(self.as_pdf and pdf_available)
        pdf.setEnabled(pdf_available)
        pdf.toggled.connect(self._set_pdf)

    @Slot(bool)
    def _set_pdf(self, on: bool) -> None:
        self.as_pdf = on

    def choose(self, choice: document_templates.TemplateChoice) -> None:
        if choice.key == document_templates.LETTER:
            if self.pane.case_id is not None:
                self.ask_missing_letter(self.pane.case_id)
            return
        self.generate(choice.key, template_label(choice), "pdf" if self.as_pdf else "docx")

    # -- running ----------------------------------------------------------------------------------
    def generate(self, key: str, label: str, out_format: str = "docx") -> bool:
        """Fills template `key` for the pane's case in the background; False if nothing was started."""
        case_id = self.pane.case_id
        if case_id is None or self.running:
            return False
        workspace, actor = self.pane.session.workspace, self.pane.session.actor
        self._start(case_id, label, lambda: document_templates.render(workspace, actor, case_id, key, out_format))
        return True

    @Slot(int)
    def ask_missing_letter(self, case_id: int) -> LetterDialog | None:
        """Opens the letter dialog for a case (the documents pane's or one picked in the case list)."""
        pane = self.pane
        try:
            preview = document_templates.letter_preview(pane.session.actor, case_id)
        except AppError as exc:
            pane.show_message(formatting.error_text(exc))
            return None
        dialog = LetterDialog(preview, document_templates.libreoffice_path() is not None, pane.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.write_letter(case_id, dialog.role, dialog.out_format))
        self.letter_dialog = dialog
        dialog.open()
        return dialog

    def write_letter(self, case_id: int, role: str, out_format: str = "docx") -> bool:
        if self.running:
            return False
        workspace, actor = self.pane.session.workspace, self.pane.session.actor
        self._start(case_id, self.tr("Missing-documents letter"),
                    lambda: document_templates.missing_documents_letter(workspace, actor, case_id, role, out_format))
        return True

    def _start(self, case_id: int, label: str, work) -> None:
        pane = self.pane
        self.running = True
        self.update_enabled()
        if case_id == pane.case_id:
            pane.show_message(self.tr("Generating “{name}”…").format(name=label), error=False)

        def done(generated: object) -> None:
            self.running = False
            assert isinstance(generated, document_templates.Generated)
            notice = notice_text(generated)
            if case_id == pane.case_id:
                text = self.tr("“{title}” generated and added to the case.").format(title=generated.document.title)
                pane.show_message(f"{text} {notice}" if notice else text, error=bool(notice))
                pane.reload(select=[generated.document.id])
            self.update_enabled()
            pane.session.changes.publish(generated.changes, pane)

        def failed(exc: BaseException) -> None:
            self.running = False
            pane.show_message(formatting.error_text(exc))
            self.update_enabled()

        pane.jobs.run(work, done, failed)
