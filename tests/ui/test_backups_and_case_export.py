"""Settings → Backups (schedule, list, Back up now, open the folder), the automatic backup's timer and
the case list's "Export case files…", on the real window over the small diagnostics office."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTableWidget

from desktop_app.models import BackupSchedule, Case
from desktop_app.services.office import backup_schedule
from desktop_app.views.case_list.case_files_export import CaseFilesExport
from desktop_app.views.settings.settings_dialog import SettingsDialog

SHOTS = os.environ.get("CASEDESK_SETTINGS_SHOTS")


def _open_backups(qtbot, window) -> tuple[SettingsDialog, object]:
    window.findChild(QAction, "actionSettings").trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    tab = dialog.backups_tab
    qtbot.waitUntil(lambda: tab.info is not None and not dialog.busy, timeout=10_000)
    dialog.tabs.setCurrentWidget(tab)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Backups"
    return dialog, tab


def test_backups_tab_schedule_back_up_now_and_folder(qtbot, window, office, tmp_path, monkeypatch):
    dialog, tab = _open_backups(qtbot, window)
    status = tab.findChild(QLabel, "settingsBackupStatus")
    listing = tab.findChild(QTableWidget, "settingsBackupList")
    assert "No automatic backup has been made yet" in status.text()
    assert str(office.data_dir / "backups") in status.text()
    assert listing.rowCount() == 0 and tab.findChild(QLabel, "settingsBackupEmpty").isVisible()
    assert tab.findChild(QLabel, "settingsBackupEmpty").text()

    # The schedule: every 6 hours, keep 2.
    every = tab.findChild(QComboBox, "settingsBackupEvery")
    every.setCurrentIndex(every.findData(6))
    assert every.currentText().startswith("6 hour")  # "6 hours" once the English plurals are in
    tab.findChild(QSpinBox, "settingsBackupKeep").setValue(2)
    tab.findChild(QPushButton, "settingsBackupSave").click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.tabs.isEnabled(), timeout=10_000)
    row = BackupSchedule.get_by_id(1)
    assert (row.every_hours, row.keep, row.enabled) == (6, 2, True)
    assert dialog.message.text() == "Backup schedule saved."

    # A folder that does not exist is refused, naming it; nothing saved.
    tab.findChild(type(tab.folder), "settingsBackupFolder").setText(str(tmp_path / "no-such-share"))
    tab.save.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.tabs.isEnabled(), timeout=10_000)
    assert "no-such-share" in dialog.message.text() and BackupSchedule.get_by_id(1).folder == ""
    qtbot.waitUntil(lambda: tab.folder.text() == "", timeout=10_000)  # the form shows what is stored

    # Back up now, three times: the list shows the two newest automatic backups, with size and date.
    now_button = tab.findChild(QPushButton, "settingsBackupNow")
    for done in range(1, 4):
        now_button.click()
        assert tab.progress.isVisible() and not now_button.isEnabled()
        qtbot.waitUntil(lambda: not tab.busy and now_button.isEnabled(), timeout=30_000)
        assert dialog.message.text().startswith("Backup written: casedesk-backup-"), dialog.message.text()
        qtbot.waitUntil(lambda done=done: listing.rowCount() == min(done, 2), timeout=10_000)
    files = sorted(p.name for p in (office.data_dir / "backups").iterdir() if backup_schedule.AUTO_NAME.match(p.name))
    assert len(files) == 2
    assert {listing.item(r, 0).text() for r in range(listing.rowCount())} == set(files)
    assert listing.item(0, 2).text().endswith(("KB", "MB", "kB")) and listing.item(0, 3).text() == "Automatic"
    assert listing.item(0, 1).text()
    assert "Last backup:" in status.text() and "Next one due:" in status.text()
    assert not tab.progress.isVisible()

    opened = []
    monkeypatch.setattr("desktop_app.views.settings.backups_tab.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    tab.findChild(QPushButton, "settingsBackupOpenFolder").click()
    assert opened == [str(office.data_dir / "backups")]

    shot = Path(SHOTS or tmp_path) / "settings-backups.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 5_000
    dialog.close()


def test_the_timer_backs_up_when_due_and_says_so(qtbot, window, office):
    scheduler = window.backup_scheduler
    assert scheduler.timer.isActive() and scheduler.timer.interval() >= 60_000
    with qtbot.waitSignal(scheduler.sig_finished, timeout=30_000) as finished:
        scheduler.check()
    run = finished.args[0]
    assert run.ok and run.path.is_file() and run.path.parent == office.data_dir / "backups"
    assert "Automatic backup written" in window.statusBar().currentMessage()
    assert BackupSchedule.get_by_id(1).last_ok is True
    # Not due again for a day: the next tick does nothing.
    scheduler.check()
    qtbot.waitUntil(lambda: not scheduler.busy, timeout=10_000)
    assert len([p for p in run.path.parent.iterdir() if backup_schedule.AUTO_NAME.match(p.name)]) == 1


def test_export_case_files_from_the_case_menu(qtbot, window, office, tmp_path, monkeypatch):
    pane = window.case_list
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6 and not pane.busy)
    with_files = Case.get(Case.number == office.documents_case)
    billing = Case.get(Case.number == office.billing_case)
    pane.select_case(with_files.id)
    selection = pane.table.selectionModel()
    selection.select(pane.model.index(pane.model.row_of(billing.id), 0),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(pane.case_actions.selected_ids()) == sorted([with_files.id, billing.id])
    target = tmp_path / "two cases.zip"
    asked = []
    monkeypatch.setattr(CaseFilesExport, "ask_target", lambda self, numbers: asked.append(numbers) or target)
    menu = pane.case_actions.build_menu()
    action = menu.findChild(QAction, "caseExportFilesAction")
    assert action is not None and action.isEnabled() and action.text() == "Export case files…"
    messages = []
    pane.sig_message.connect(messages.append)
    action.trigger()
    exporter = pane.case_actions.exporter
    assert sorted(asked[0]) == sorted([with_files.number, billing.number])
    qtbot.waitUntil(lambda: not exporter.busy, timeout=30_000)
    with zipfile.ZipFile(target) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
    assert {c["number"] for c in manifest["cases"]} == {with_files.number, billing.number}
    assert f"{with_files.number}/rapport_dpe.pdf" in names and f"{with_files.number}/photo_facade.png" in names
    assert messages and messages[0].startswith("2 case") and "exported to" in messages[0] and "damaged.pdf" in messages[0]
    assert exporter.progress is None  # the progress dialog closed


def test_a_failed_export_says_why(qtbot, window, office, tmp_path, monkeypatch):
    pane = window.case_list
    qtbot.waitUntil(lambda: pane.model.rowCount() == 6 and not pane.busy)
    pane.select_case(pane.model.case_id(0))
    monkeypatch.setattr(CaseFilesExport, "ask_target", lambda self, numbers: tmp_path / "gone" / "x.zip")
    errors = []
    pane.sig_error.connect(errors.append)
    assert pane.case_actions.export_files(pane.case_actions.selected_ids())
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert "gone" in errors[0] and "does not exist" in errors[0]
    # Cancelled in the save dialog: nothing starts.
    monkeypatch.setattr(CaseFilesExport, "ask_target", lambda self, numbers: None)
    assert not pane.case_actions.export_files(pane.case_actions.selected_ids())
