"""Intake on the real window: files dropped on the case list, the watch-folder timer."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from fpdf import FPDF
from PySide6.QtCore import QPoint, Qt

from desktop_app.models import Case, Document, DocumentType, WorkArea
from desktop_app.services.documents import intake
from desktop_app.services.people import auth
from desktop_app.services.settings import intake_config

from .test_documents_pane import drag_and_drop, shot


def pdf(path: Path, text: str) -> Path:
    doc = FPDF()
    doc.set_font("helvetica", size=14)
    doc.add_page()
    doc.cell(0, 10, text)
    doc.output(str(path))
    return path


def empty_spot(window) -> QPoint:
    """A point of the case list below its last row: not on a case."""
    viewport = window.case_list.table.viewport()
    point = QPoint(40, viewport.height() - 8)
    assert not window.case_list.table.indexAt(point).isValid()
    return point


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.documents.importing and not window.case_list.busy, timeout=10_000)


def test_a_file_dropped_below_the_rows_makes_a_new_case(qtbot, window, tmp_path):
    before = set(Case.select(Case.id).tuples())
    file = pdf(tmp_path / "mandat_dupont.pdf", "Mandat Dupont")
    with qtbot.waitSignal(window.documents.sig_import_finished, timeout=10_000) as finished:
        drag_and_drop(window.case_list.table.viewport(), [file], empty_spot(window))
    outcome = finished.args[0]
    assert len(outcome.created) == 1 and not outcome.failed
    created = Case.get_by_id(outcome.created[0])
    assert (created.id,) not in before and created.work_area_id == WorkArea.get().id
    assert [d.original_name for d in Document.select().where(Document.case == created.id)] == [file.name]
    qtbot.waitUntil(lambda: window.case_list.current_case_id == created.id, timeout=10_000)
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 1)
    assert re.match(r"1 case(\(s\))? created from the dropped files", window.statusBar().currentMessage())
    shot(window, tmp_path, "drop-new-case")


@pytest.mark.parametrize(("choice", "cases_made"), [("one", 1), ("each", 2), (None, 0)])
def test_several_files_ask_one_case_or_one_per_file(qtbot, window, tmp_path, monkeypatch, choice, cases_made):
    asked = []
    monkeypatch.setattr(window.intake, "ask_new_case_grouping", lambda count: asked.append(count) or choice)
    files = [pdf(tmp_path / "a.pdf", "First"), pdf(tmp_path / "b.pdf", "Second")]
    count = Case.select().count()
    drag_and_drop(window.case_list.table.viewport(), files, empty_spot(window))
    assert asked == [2]
    settle(qtbot, window)
    assert Case.select().count() == count + cases_made
    if cases_made:
        newest = Case.select().order_by(Case.id.desc()).limit(cases_made)
        assert sorted(d.original_name for c in newest for d in c.documents) == ["a.pdf", "b.pdf"]


def test_a_file_dropped_on_a_row_goes_to_that_case(qtbot, window, office, tmp_path):
    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.case_row(r).number == office.billing_case)
    table = window.case_list.table
    spot = table.visualRect(model.index(row, 2)).center()
    count = Case.select().count()
    with qtbot.waitSignal(window.documents.sig_import_finished, timeout=10_000) as finished:
        drag_and_drop(table.viewport(), [pdf(tmp_path / "facture.pdf", "Facture")], spot)
    case = Case.get(Case.number == office.billing_case)
    assert finished.args[0].case_id == case.id and not finished.args[0].created
    assert Case.select().count() == count
    assert [d.original_name for d in Document.select().where(Document.case == case.id)] == ["facture.pdf"]
    qtbot.waitUntil(lambda: window.case_list.current_case_id == case.id)


def test_a_duplicate_dropped_on_its_case_is_a_note_not_an_error(qtbot, window, office, tmp_path):
    case = Case.get(Case.number == office.documents_case)
    stored = Document.get(Document.original_name == "rapport_dpe.pdf")
    copy = tmp_path / "rapport_dpe.pdf"
    copy.write_bytes(window.session.workspace.blobs.read_bytes(stored.blob_id))
    with qtbot.waitSignal(window.documents.sig_import_finished, timeout=10_000) as finished:
        window.documents.import_files([copy], case_id=case.id)
    assert [name for name, _exc in finished.args[0].duplicates] == ["rapport_dpe.pdf"]
    assert not finished.args[0].failed
    messages = window.documents.messages
    assert messages.isVisible() and "Not stored twice" in messages.text.text()
    assert "already in case" in messages.lines()[0]


def test_the_watch_timer_takes_a_settled_file(qtbot, window, office, tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "SETTLE_SECONDS", 0.0)
    intake.forget()
    area = WorkArea.get()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    intake_config.set_watch_folder(auth.default_actor(), area.id, str(inbox), True)
    case = Case.get(Case.number == office.quote_case)
    file = pdf(inbox / f"{case.number}_rapport.pdf", "Rapport")
    then = time.time() - 30
    os.utime(file, (then, then))
    assert window.intake.timer.isActive()
    window.intake.timer.setInterval(50)
    qtbot.waitUntil(lambda: (inbox / "processed" / file.name).exists(), timeout=10_000)
    with qtbot.waitSignal(window.intake.sig_watch_scanned, timeout=5_000):
        pass  # the scan after: its result is on the GUI thread, the list refreshed
    document = Document.get(Document.case == case.id)
    report = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "report"))
    assert (document.original_name, document.document_type_id, document.source) == (
        file.name, report.id, "watch_folder")
    window.intake.timer.stop()
    intake.forget()


def test_the_watch_status_message(qtbot, window, office, tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "SETTLE_SECONDS", 0.0)
    intake.forget()
    area = WorkArea.get()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    intake_config.set_watch_folder(auth.default_actor(), area.id, str(inbox), True)
    case = Case.get(Case.number == office.quote_case)
    for name in (f"{case.number}_rapport.pdf", f"{case.number}_plan.pdf", "unknown_rapport.pdf"):
        file = pdf(inbox / name, name)
        os.utime(file, (time.time() - 30, time.time() - 30))
    window.intake.timer.stop()
    for _attempt in range(2):  # the first sees the files, the second takes them
        with qtbot.waitSignal(window.intake.sig_watch_scanned, timeout=10_000) as scanned:
            window.intake.scan_watch_folders()
    assert sum(len(r.taken) for r in scanned.args[0]) == 2
    assert window.statusBar().currentMessage().replace("(s)", "s") == (
        "2 files taken from the watch folder; 1 could not be taken (see the failed folder).")
    assert window.documents.model.rowCount() == 0 or window.documents.case_id != case.id
    intake.forget()


def test_the_intake_tab_saves_folder_and_rules_and_names_a_bad_rule(qtbot, window, tmp_path):
    from desktop_app.models import FileNameRule, WatchFolder
    from desktop_app.views.settings.settings_dialog import SettingsDialog

    window.show_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    tab = dialog.intake_tab
    qtbot.waitUntil(lambda: tab.config is not None and not dialog.busy, timeout=10_000)
    dialog.tabs.setCurrentWidget(tab)
    assert tab.rules.rowCount() == 1 and tab.rules.item(0, 0).text() == "{number}_{type}.*"
    assert tab.default_note.isVisible()
    shot(dialog, tmp_path, "settings-intake")

    tab.path.setText(str(tmp_path))
    tab.enabled.setChecked(True)
    tab.save_folder.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.tabs.isEnabled(), timeout=10_000)
    assert (WatchFolder.get().path, WatchFolder.get().enabled) == (str(tmp_path), True)

    tab.rules.setCurrentCell(0, 0)
    tab.add_rule()
    tab.rules.item(1, 0).setText("(?P<number>D25-[0-9+")
    tab.rules.item(1, 1).setCheckState(Qt.CheckState.Checked)
    tab.save_rules.click()
    qtbot.waitUntil(lambda: "File-name rule 2" in dialog.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "not a valid regular expression" in dialog.message.text()
    assert FileNameRule.select().count() == 0
    assert tab.rules.item(1, 0).text() == "(?P<number>D25-[0-9+"  # kept to be corrected

    tab.rules.item(1, 0).setText("^(?P<number>D25-[0-9]+)")
    combo = tab.rules.cellWidget(1, 2)
    combo.setCurrentIndex(combo.findText("Rapport"))
    tab.save_rules.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.tabs.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: not tab.edited, timeout=10_000)
    saved = [(r.pattern, r.is_regex, r.document_type.name if r.document_type else None)
             for r in FileNameRule.select().order_by(FileNameRule.position)]
    assert saved == [("{number}_{type}.*", False, None), ("^(?P<number>D25-[0-9]+)", True, "Rapport")]
    assert not tab.default_note.isVisible()
    dialog.close()
