"""The completeness column and its "Missing documents" filter, and the Send report… dialog in the real
window: send the report to the notary but not the (blocked) seller, and watch the Report icon follow."""

from __future__ import annotations

import email
import email.policy
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QToolButton

from desktop_app.models import Case, CaseContact, Contact, DocumentType, ReportDelivery
from desktop_app.models.states import ReportState
from desktop_app.services.cases import completeness
from desktop_app.services.documents import document_import
from desktop_app.services.people import auth
from desktop_app.storage.database import write_transaction
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX, STATE_ROLE
from desktop_app.views.documents.send_report import CONTACT, SendReportDialog

TOOLTIP = Qt.ItemDataRole.ToolTipRole
SHOTS = os.environ.get("CASEDESK_SHOTS")


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def row_of(window, number: str) -> int:
    model = window.case_list.model
    return next(r for r in range(model.rowCount()) if model.case_row(r).number == number)


def cell(window, number: str, key: str, role=Qt.ItemDataRole.DisplayRole):
    model = window.case_list.model
    return model.index(row_of(window, number), COLUMN_INDEX[key]).data(role)


def test_the_completeness_column_shows_k_of_n_and_what_is_missing(qtbot, window, office):
    assert "completeness" in window.case_list.columns.visible_keys()  # the workflow has requirements
    assert cell(window, office.billing_case, "completeness") == "0 of 2"
    tip = cell(window, office.billing_case, "completeness", TOOLTIP)
    assert "0 of 2 required documents and fields" in tip and "• Rapport" in tip and "• Facture" in tip
    case = Case.get(Case.number == office.documents_case)
    missing = completeness.missing_for_case(auth.default_actor(), case.id)
    assert missing == ["Facture"]  # the report is there
    assert cell(window, office.documents_case, "completeness") == "1 of 2"
    tip = cell(window, office.documents_case, "completeness", TOOLTIP)
    assert "• Facture" in tip and "Rapport" not in tip
    shot(window, "completeness-column")


def test_the_missing_documents_filter_hides_complete_cases(qtbot, window, office, tmp_path):
    case = Case.get(Case.number == office.documents_case)
    invoice = DocumentType.get((DocumentType.work_area == case.work_area_id) & (DocumentType.code == "invoice"))
    path = tmp_path / "facture.txt"
    path.write_text("Facture 2026-001\n", encoding="utf-8")
    document_import.add_document(window.session.workspace, window.session.actor, case.id, path,
                           document_type_id=invoice.id)
    window.case_list.model.refresh_rows()
    assert cell(window, office.documents_case, "completeness") == "\u2713"
    assert "Every document and field" in cell(window, office.documents_case, "completeness", TOOLTIP)
    bar = window.case_list.filter_bar
    check = bar.findChild(QCheckBox, "missingDocumentsFilter")
    assert check is not None and check.text() == "Missing documents"
    total = window.case_list.model.rowCount()
    with qtbot.waitSignal(bar.sig_filter_changed) as changed:
        check.setChecked(True)
    assert changed.args[0].missing_documents is True and bar.case_filter.active_count == 1
    qtbot.waitUntil(lambda: not window.case_list.busy and window.case_list.model.rowCount() == total - 1)
    numbers = [window.case_list.model.case_row(r).number for r in range(window.case_list.model.rowCount())]
    assert office.documents_case not in numbers and office.billing_case in numbers
    bar.clear()
    assert not check.isChecked()


def _contacts(office):
    """The documents case's owner (the seller) gets an address; a notary joins the case."""
    case = Case.get(Case.number == office.documents_case)
    with write_transaction():
        seller = Contact.get_by_id(case.owner_id)
        seller.email = "julie.faure@example.fr"
        seller.save()
        notary = Contact.create(kind="company", company="Étude Maître Leroy", email="office@leroy-notaires.fr")
        CaseContact.create(case=case.id, contact=notary.id, role="notary")
    return case, seller, notary


def _dialog_rows(dialog) -> dict[str, int]:
    return {dialog.contacts.item(r, CONTACT).text(): r for r in range(dialog.contacts.rowCount())}


def test_send_the_report_to_the_notary_but_not_the_seller(qtbot, window, office, tmp_path):
    _case, seller, notary = _contacts(office)
    report_id = office.documents["rapport_dpe.pdf"]
    documents_pane = window.documents
    window.case_list.select_row(row_of(window, office.documents_case))
    qtbot.waitUntil(lambda: documents_pane.current_document_id is not None)
    assert documents_pane.select_document(report_id)
    action = documents_pane.actions.send_report
    assert action.objectName() == "actionDocumentSendReport" and action.isEnabled()
    action.trigger()
    dialog = window.findChild(SendReportDialog, "sendReportDialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.info is not None and dialog.contacts.rowCount() == 2, timeout=5000)
    rows = _dialog_rows(dialog)
    assert set(rows) == {"Faure Julie", "Étude Maître Leroy"}
    # Block the seller: the padlock shows, the checkbox goes, the list's Report icon turns red.
    toggle = dialog.findChild(QToolButton, f"blockToggle_{seller.id}")
    assert toggle.text() == "Block"
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        toggle.click()
    seller_item = dialog.contacts.item(_dialog_rows(dialog)["Faure Julie"], CONTACT)
    assert not seller_item.flags() & Qt.ItemFlag.ItemIsEnabled and not seller_item.icon().isNull()
    assert dialog.findChild(QToolButton, f"blockToggle_{seller.id}").text() == "Unblock", dialog.message.text()
    qtbot.waitUntil(lambda: cell(window, office.documents_case, "report", STATE_ROLE)[0] == ReportState.BLOCKED)
    dialog.set_checked(seller.id, True)  # a blocked contact cannot be chosen
    assert dialog.checked_contact_ids() == []
    assert not dialog.send_button.isEnabled()
    dialog.set_checked(notary.id, True)
    assert dialog.checked_contact_ids() == [notary.id] and dialog.send_button.isEnabled()
    # By e-mail: a draft for the notary only, opened with the mail program (replaced here).
    opened: list[Path] = []
    dialog.draft_folder = lambda: tmp_path  # type: ignore[method-assign]
    dialog.open_draft = lambda path: opened.append(path) or True  # type: ignore[method-assign]
    assert dialog.mode == "email"
    shot(dialog, "send-report-dialog")
    with qtbot.waitSignal(dialog.sig_sent, timeout=10_000):
        dialog.send_button.click()
    (draft,) = opened
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Étude Maître Leroy <office@leroy-notaires.fr>"
    (attachment,) = list(message.iter_attachments())
    report_path = window.session.workspace.blobs.path_for(
        document_import.Document.get_by_id(report_id).blob_id)
    assert attachment.get_content() == report_path.read_bytes()
    assert [(d.contact_id, d.channel) for d in ReportDelivery.select()] == [(notary.id, "email")]
    assert "opened in your mail program" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.contacts.item(_dialog_rows(dialog)["Étude Maître Leroy"], 3).text() == "1")
    # Unblock the seller: the icon becomes the green arrow counting one delivery, and says so.
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        dialog.findChild(QToolButton, f"blockToggle_{seller.id}").click()
    qtbot.waitUntil(lambda: cell(window, office.documents_case, "report", STATE_ROLE)[:2]
                    == (ReportState.DELIVERED, "1"))
    assert "Report delivered or downloaded: 1" in cell(window, office.documents_case, "report", TOOLTIP)
    # To a folder: the chosen folder gets a byte-identical copy, the seller now counts too.
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.choose_folder = lambda: folder  # type: ignore[method-assign]
    dialog.mode_folder.setChecked(True)
    dialog.set_checked(seller.id, True)
    dialog.set_checked(notary.id, False)
    with qtbot.waitSignal(dialog.sig_sent, timeout=10_000):
        dialog.send_button.click()
    assert (folder / "rapport_dpe.pdf").read_bytes() == report_path.read_bytes()
    qtbot.waitUntil(lambda: cell(window, office.documents_case, "report", STATE_ROLE)[:2]
                    == (ReportState.DELIVERED, "2"))


def test_clicking_the_report_icon_opens_the_dialog_too(qtbot, window, office):
    table = window.case_list.table
    index = window.case_list.model.index(row_of(window, office.documents_case), COLUMN_INDEX["report"])
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.waitUntil(lambda: window.findChild(SendReportDialog, "sendReportDialog") is not None)
    dialog = window.findChild(SendReportDialog, "sendReportDialog")
    assert dialog.isVisible() and dialog.document_id == office.documents["rapport_dpe.pdf"]
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=5000)
    assert dialog.info.case_number == office.documents_case
    assert _dialog_rows(dialog) == {"Faure Julie": 0}
