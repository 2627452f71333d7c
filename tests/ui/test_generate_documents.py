"""Generate… in the documents pane and the missing-documents letter from the case list, on the real
window: the work runs in the background, the new document is listed and selected."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from desktop_app.models import Communication, Document
from desktop_app.services.templates import document_templates
from tests.ui.helpers import changes_published

from .test_documents_pane import shot, titles
from .test_main_window import select_case


def test_generate_a_quote_from_the_documents_pane(qtbot, window, office, tmp_path: Path):
    select_case(qtbot, window, office.quote_case)  # a quote awaiting an answer, no documents
    pane = window.documents
    button = pane.findChild(QToolButton, "generateDocumentButton")
    assert button is not None and button.isVisible() and button.isEnabled()
    assert button.text() == "Generate…"
    menu = button.menu()
    assert menu.objectName() == "generateDocumentMenu"
    menu.aboutToShow.emit()
    keys = [a.objectName() for a in menu.actions() if a.objectName().startswith("generateTemplate_")]
    assert keys == ["generateTemplate_quote", "generateTemplate_invoice",
                    "generateTemplate_diagnostic_report_cover", "generateTemplate_missing_documents_letter"]
    assert [a.text() for a in menu.actions()][:2] == ["Quote", "Invoice"]
    pdf = menu.findChild(QAction, "generateAsPdfAction")
    assert pdf.isEnabled() == (document_templates.libreoffice_path() is not None)
    quote = menu.findChild(QAction, "generateTemplate_quote")
    case_id = pane.case_id
    with changes_published(qtbot, window.session, case_id=case_id, initiator=pane, timeout=20_000) as changed:
        quote.trigger()
        assert not button.isEnabled()  # one generation at a time
        assert "Generating “Quote”" in pane.messages.text.text()
    assert changed.args[0].case_ids == {case_id}
    document = Document.get(Document.case == case_id)
    assert document.source == "generated" and document.title == f"Devis {office.quote_case}"
    assert titles(pane) == [document.title]
    assert pane.selected_document_ids() == [document.id] and pane.current_document_id == document.id
    assert f"“Devis {office.quote_case}” generated" in pane.messages.text.text()
    assert button.isEnabled()
    shot(pane, tmp_path, "generated")


def test_missing_documents_letter_from_the_case_menu(qtbot, window, office, tmp_path: Path):
    select_case(qtbot, window, office.billing_case)  # no documents yet
    actions = window.case_list.case_actions
    menu = actions.build_menu()
    letter = menu.findChild(QAction, "caseMissingLetterAction")
    assert letter is not None and letter.isEnabled()
    letter.trigger()
    dialog = window.documents.generator.letter_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.objectName() == "missingLetterDialog"
    summary = dialog.summary.text()
    assert "<li>Rapport</li><li>Facture</li>" in summary  # what finalising needs (an invoice *document*)
    assert dialog.role == "owner"
    assert dialog.grab().save(str(Path(os.environ.get("CASEDESK_SHOTS") or tmp_path) / "letter-dialog.png"))
    pane = window.documents
    case_id = pane.case_id
    with changes_published(qtbot, window.session, case_id=case_id, timeout=20_000):
        dialog.accept()
    document = Document.get((Document.case == case_id) & (Document.source == "generated"))
    assert document.title == f"Pièces manquantes {office.billing_case}"
    assert pane.current_document_id == document.id
    sent = Communication.get(Communication.case == case_id)
    assert (sent.channel, sent.direction) == ("letter", "out")
    assert sent.body.splitlines() == ["Rapport", "Facture"]
