"""The documents pane on the real window: drop files, progress and cancel, rename, type, check,
trash, new versions, open and save copies; errors named by file."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import Case, Document, DocumentVersion, User
from desktop_app.models.states import ReportState
from desktop_app.services.documents import document_import
from desktop_app.services.office.workspace import close_workspace
from desktop_app.views.documents.document_table_model import COLUMN_INDEX
from tests.ui.helpers import changes_published

from .test_main_window import select_case

SHOTS = os.environ.get("CASEDESK_SHOTS")  # a folder: save screenshots of the pane there too


def shot(widget, tmp_path: Path, name: str) -> Path:
    out = Path(SHOTS or tmp_path) / f"documents-{name}.png"
    assert widget.grab().save(str(out))
    return out


def make_files(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(0, 10, "Attestation de surface", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(folder / "attestation_surface.pdf"))
    Image.new("RGB", (320, 200), (90, 140, 60)).save(folder / "jardin.png")
    (folder / "vide.pdf").write_bytes(b"")
    return [folder / "attestation_surface.pdf", folder / "jardin.png", folder / "vide.pdf"]


def mime_for(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_and_drop(widget, paths: list[Path], pos: QPoint, before_drop=None) -> None:
    """A drag entering `widget`, moving to `pos` and dropping there, as Qt delivers it."""
    mime = mime_for(paths)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, move)
    if before_drop is not None:
        before_drop()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def titles(pane) -> list[str]:
    model = pane.model
    return [model.index(r, COLUMN_INDEX["title"]).data() for r in range(model.rowCount())]


def select_title(pane, title: str) -> int:
    row = titles(pane).index(title)
    pane.table.selectRow(row)
    return pane.model.document_id(row)


def test_dropping_three_files_adds_two_and_names_the_bad_one(qtbot, window, office, tmp_path):
    select_case(qtbot, window, office.quote_case)  # a case without documents
    pane = window.documents
    assert pane.model.rowCount() == 0
    assert "Drop files here or click Add" in pane.placeholder.text()
    shot(pane, tmp_path, "empty")
    files = make_files(tmp_path / "incoming")
    progress: list[tuple[int, int]] = []
    seen_bar = []

    def during_drag():
        assert pane.drop_area.property("dropActive") is True
        shot(pane, tmp_path, "during-drop")

    case_id = pane.case_id
    with qtbot.waitSignal(pane.sig_import_finished, timeout=20_000) as finished, \
            changes_published(qtbot, pane.session, case_id=case_id, timeout=20_000) as changed:
        drag_and_drop(pane, files, QPoint(40, 40), before_drop=during_drag)
        assert pane.importing and pane.import_bar.isVisible()
        seen_bar.append(pane.import_bar.progress.maximum())
        pane.import_bar.progress.valueChanged.connect(lambda v: progress.append((v, pane.import_bar.progress.maximum())))
    outcome = finished.args[0]
    assert case_id in changed.args[0].case_ids
    assert len(outcome.added) == 2 and [name for name, _exc in outcome.failed] == ["vide.pdf"]
    assert seen_bar == [3] and progress and progress[-1] == (3, 3)  # the bar reached its end
    assert not pane.import_bar.isVisible() and pane.drop_area.property("dropActive") is False
    assert pane.messages.isVisible()
    assert "2 of 3 files added" in pane.messages.text.text()
    errors = pane.messages.lines()
    assert errors == ["vide.pdf — the file is empty (0 bytes)"]
    assert sorted(titles(pane)) == ["attestation_surface", "jardin"]
    assert set(pane.selected_document_ids()) == set(outcome.added)  # the new ones are selected
    assert Case.get_by_id(case_id).document_count == 2
    assert {d.source for d in Document.select().where(Document.case == case_id)} == {"drop"}
    shot(pane, tmp_path, "after-drop")


def test_cancel_stops_between_files_and_keeps_what_was_added(qtbot, window, office, tmp_path, monkeypatch):
    select_case(qtbot, window, office.quote_case)
    pane = window.documents
    files = make_files(tmp_path / "incoming")[:2]
    extra = tmp_path / "incoming" / "note.txt"
    extra.write_text("troisième fichier\n", encoding="utf-8")
    files.append(extra)
    first_started, release = threading.Event(), threading.Event()
    real_inspect = document_import.inspect_isolated

    def slow_inspect(path):  # the first file is being read when the clerk cancels
        first_started.set()
        assert release.wait(10)
        return real_inspect(path)

    monkeypatch.setattr(document_import, "inspect_isolated", slow_inspect)
    with qtbot.waitSignal(pane.sig_import_finished, timeout=20_000) as finished:
        assert pane.import_files(files)
        assert not pane.actions.add.isEnabled()  # one import at a time
        assert first_started.wait(10)
        qtbot.mouseClick(pane.import_bar.cancel, Qt.MouseButton.LeftButton)
        assert "Cancelling" in pane.import_bar.label.text()
        release.set()
    outcome = finished.args[0]
    assert len(outcome.added) == 1 and outcome.skipped == ["jardin.png", "note.txt"]
    assert titles(pane) == ["attestation_surface"]
    assert "Import cancelled: 1 of 3 files added" in pane.messages.text.text()
    assert len(pane.messages.lines()) == 2 and "jardin.png" in pane.messages.lines()[0]
    assert pane.actions.add.isEnabled()


def test_rename_type_check_and_trash_through_the_actions(qtbot, window, office, tmp_path, monkeypatch):
    select_case(qtbot, window, office.documents_case)
    pane = window.documents
    case_id = pane.case_id
    assert Case.get_by_id(case_id).report_state == ReportState.AVAILABLE
    report_id = select_title(pane, "rapport_dpe")
    # F2 edits the title in place; Return saves it through the service.
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    editor = pane.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "rapport_dpe"
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # edits the text; does not trash the document
    assert editor.text() == "apport_dpe" and not Document.get_by_id(report_id).trashed
    editor.setText("Rapport DPE définitif")
    with changes_published(qtbot, pane.session, initiator=pane):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert Document.get_by_id(report_id).title == "Rapport DPE définitif"
    assert pane.current_document_id == report_id and "Rapport DPE définitif" in titles(pane)
    # An empty title is refused with a message naming the field; nothing changes.
    with changes_published(qtbot, pane.session, initiator=pane):
        pane.model.setData(pane.model.index(pane.model.row_of(report_id), COLUMN_INDEX["title"]), "  ")
    assert pane.messages.isVisible() and "Title: a document needs a title" in pane.messages.text.text()
    assert Document.get_by_id(report_id).title == "Rapport DPE définitif"

    # Check the photo and the note at once (multi-selection).
    photo_id, note_id = office.documents["photo_facade.png"], office.documents["note.txt"]
    pane.table.clearSelection()
    for doc_id in (photo_id, note_id):
        pane.table.selectionModel().select(
            pane.model.index(pane.model.row_of(doc_id), 0),
            pane.table.selectionModel().SelectionFlag.Select | pane.table.selectionModel().SelectionFlag.Rows)
    assert pane.actions.check.isEnabled() and not pane.actions.uncheck.isEnabled()
    assert not pane.actions.rename.isEnabled()  # one document at a time
    with changes_published(qtbot, pane.session, initiator=pane):
        pane.actions.check.trigger()
    admin = User.get(User.login == window.session.actor.login)
    for doc_id in (photo_id, note_id):
        document = Document.get_by_id(doc_id)
        assert document.checked_by_id == admin.id and document.checked_at is not None
    assert set(pane.selected_document_ids()) == {photo_id, note_id}  # the selection survives the reload
    row = pane.model.row_of(photo_id)
    assert pane.model.index(row, COLUMN_INDEX["checked"]).data() == admin.initials
    tip = pane.model.index(row, COLUMN_INDEX["checked"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Checked by {admin.full_name} on ")
    shot(pane, tmp_path, "filled")

    # Change the photo's type from the Type submenu.
    select_title(pane, "photo_facade")
    pane.actions.type_menu.aboutToShow.emit()
    plan = next(a for a in pane.actions.type_menu.actions() if a.text() == "Plan")
    with changes_published(qtbot, pane.session, initiator=pane):
        plan.trigger()
    assert pane.model.index(pane.model.row_of(photo_id), COLUMN_INDEX["type"]).data() == "Plan"

    # Del moves the report to the trash after a confirmation: the count and the Report icon follow.
    asked = []
    monkeypatch.setattr(pane, "confirm", lambda title, text: asked.append(text) or True)
    select_title(pane, "Rapport DPE définitif")
    pane.table.setFocus()
    with changes_published(qtbot, pane.session, initiator=pane) as changed:
        qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert case_id in changed.args[0].case_ids and "Rapport DPE définitif" in asked[0]
    assert Document.get_by_id(report_id).trashed
    assert pane.model.rowCount() == 4 and pane.model.row_of(report_id) == -1
    case = Case.get_by_id(case_id)
    assert (case.document_count, case.report_state) == (4, ReportState.NONE)
    assert pane.current_document_id is not None  # a neighbour became current


def test_a_file_dropped_on_a_document_becomes_its_new_version(qtbot, window, office, tmp_path, monkeypatch):
    select_case(qtbot, window, office.documents_case)
    pane = window.documents
    report_id = office.documents["rapport_dpe.pdf"]
    old = Document.get_by_id(report_id)
    old_bytes = window.session.workspace.blobs.read_bytes(old.blob_id)
    new_file = make_files(tmp_path / "v2")[0]
    row = pane.model.row_of(report_id)
    pos = pane.table.visualRect(pane.model.index(row, COLUMN_INDEX["title"])).center()
    asked = []
    monkeypatch.setattr(pane, "ask_drop_choice", lambda path, title: asked.append((path.name, title)) or "version")
    with changes_published(qtbot, pane.session, initiator=pane):
        drag_and_drop(pane.table.viewport(), [new_file], pos,
                      before_drop=lambda: pane.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
                      or pytest.fail("the row under the drag is not highlighted"))
    assert asked == [("attestation_surface.pdf", "rapport_dpe")]
    document = Document.get_by_id(report_id)
    assert document.blob_id != old.blob_id and document.version_count == 2
    assert DocumentVersion.select().where(DocumentVersion.document == report_id).count() == 2
    assert pane.model.index(pane.model.row_of(report_id), COLUMN_INDEX["versions"]).data() == "2"
    assert pane.current_document_id == report_id
    # The versions submenu lists both, with who and when; the older one can be saved.
    select_title(pane, "rapport_dpe")
    pane.actions.versions_menu.aboutToShow.emit()
    entries = [a for a in pane.actions.versions_menu.actions() if a.objectName().startswith("documentVersion_")]
    assert [a.objectName() for a in entries] == ["documentVersion_2", "documentVersion_1"]
    assert "(current)" in entries[0].text() and "rapport_dpe.pdf" in entries[1].text()
    target = tmp_path / "ancienne.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    entries[1].trigger()
    qtbot.waitUntil(lambda: target.exists() and not pane.jobs.busy, timeout=10_000)
    assert target.read_bytes() == old_bytes


def test_new_version_from_the_file_dialog_names_a_bad_file(qtbot, window, office, tmp_path, monkeypatch):
    select_case(qtbot, window, office.documents_case)
    pane = window.documents
    note_id = select_title(pane, "note")
    empty = tmp_path / "note_v2.txt"
    empty.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(empty), "")))
    with changes_published(qtbot, pane.session, initiator=pane):
        pane.actions.new_version.trigger()
    assert "note_v2.txt: the file is empty" in pane.messages.text.text()
    assert Document.get_by_id(note_id).version_count == 1


def test_the_previews_open_button_opens_its_document_with_several_selected(qtbot, window, office, monkeypatch):
    select_case(qtbot, window, office.documents_case)
    pane = window.documents
    select_title(pane, "photo_facade")
    opened = []
    monkeypatch.setattr(pane.actions, "open_url", lambda url: opened.append(url) or True)
    pane.table.selectAll()  # the current document stays photo_facade, which the preview shows
    assert len(pane.selected_document_ids()) > 1
    window.preview.sig_open_externally.emit(office.documents["photo_facade.png"])
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert Path(opened[0].toLocalFile()).name == "photo_facade.png"


def test_open_externally_writes_a_read_only_copy_and_save_copies_to_a_folder(qtbot, window, office, tmp_path,
                                                                            monkeypatch):
    select_case(qtbot, window, office.documents_case)
    pane = window.documents
    select_title(pane, "photo_facade")
    opened = []
    monkeypatch.setattr(pane.actions, "open_url", lambda url: opened.append(url) or True)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    path = Path(opened[0].toLocalFile())
    store = window.session.workspace.blobs.root
    assert path.name == "photo_facade.png" and store not in path.parents
    assert not path.stat().st_mode & stat.S_IWUSR
    assert path.read_bytes() == window.session.workspace.blobs.read_bytes(
        Document.get_by_id(office.documents["photo_facade.png"]).blob_id)

    pane.table.selectAll()
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "note.txt").write_text("already here", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    pane.actions.save_copy.trigger()
    qtbot.waitUntil(lambda: not pane.jobs.busy and pane.messages.isVisible(), timeout=10_000)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["damaged.pdf", "note (2).txt", "note.txt", "photo_facade.png", "plans.zip", "rapport_dpe.pdf"]
    assert (folder / "note.txt").read_text(encoding="utf-8") == "already here"  # never overwritten


def test_a_technician_is_not_offered_the_check(qtbot, office):
    main = create_main_window(office.data_dir, user="tech")
    wait_until_settled(main)  # the case list loads in the background
    qtbot.addWidget(main)
    try:
        main.show()
        assert main.case_list.model.rowCount() == 2
        main.case_list.select_row(0)
        qtbot.waitUntil(lambda: main.documents.case_id is not None)
        pane = main.documents
        assert pane.actions.add.isEnabled()
        assert not pane.actions.check.isEnabled() and not pane.actions.uncheck.isEnabled()
        assert "administrative" in pane.actions.check.toolTip()
    finally:
        main.close()
        close_workspace(main.session.workspace)


def test_copies_opened_in_an_earlier_session_are_swept_and_recent_ones_kept(tmp_path):
    """"Open externally" leaves read-only copies behind (the viewer may hold them): a day later they go."""
    from desktop_app.views.documents.document_actions import OPEN_COPIES_PREFIX, sweep_open_copies

    def opened_copy(name: str, age_s: float) -> Path:
        folder = tmp_path / f"{OPEN_COPIES_PREFIX}{name}"
        (folder / "x").mkdir(parents=True)
        copy = folder / "x" / "contrat.pdf"
        copy.write_bytes(b"%PDF-1.4 copy")
        copy.chmod(stat.S_IRUSR)  # as export_copy(read_only=True) leaves it
        (folder / "x").chmod(stat.S_IRUSR | stat.S_IXUSR)
        when = time.time() - age_s
        os.utime(folder, (when, when))
        return folder

    old, recent = opened_copy("old", 2 * 24 * 3600), opened_copy("recent", 60)
    unrelated = tmp_path / "other-program-old"
    unrelated.mkdir()
    os.utime(unrelated, (0, 0))
    assert sweep_open_copies(tmp_path) == [old]
    assert not old.exists() and (recent / "x" / "contrat.pdf").read_bytes() == b"%PDF-1.4 copy"
    assert unrelated.exists()
