"""The Backups tab of the settings dialog (issue 6): the office's automatic-backup schedule, the
backups in the folder with their dates and sizes, "Back up now" and "Open the folder".

The tab reads the schedule in the background (services.backup_schedule.schedule_of); saving the
schedule goes through the dialog's `apply`, like every tab. "Back up now" runs on a pool of its
own (one thread, so a long backup never holds one of the window's threads) and claims the
office's backup slot first, so it never runs beside the scheduled backup of another PC.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.office import backup_schedule
from desktop_app.services.office.backup_schedule import BackupRun, ScheduleInfo
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.settings.settings_common import RIGHT, SettingsHost, cell, table

FILE, DATE, SIZE, KIND = range(4)
INTERVALS = (1, 2, 4, 6, 12, 24, 48, 168)  # hours


class BackupsTab(QWidget):
    def __init__(self, dialog: SettingsHost, workers: Workers) -> None:
        super().__init__(dialog, objectName="settingsBackupsTab")
        self.dialog = dialog
        self.info: ScheduleInfo | None = None
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_loaded)
        self._task.sig_failed.connect(dialog.show_error)
        self._backup_task = LatestTask(workers, self, long=True)  # a big office's backup takes minutes
        self._backup_task.sig_finished.connect(self._on_backed_up)
        self._backup_task.sig_failed.connect(self._on_backup_failed)

        schedule_box = QGroupBox(self.tr("Automatic backups"), self)
        self.enabled = QCheckBox(self.tr("Back up the office automatically"), schedule_box,
                                 objectName="settingsBackupEnabled")
        self.every = QComboBox(schedule_box, objectName="settingsBackupEvery")
        for hours in INTERVALS:
            self.every.addItem(self._interval_text(hours), hours)
        self.keep = QSpinBox(schedule_box, objectName="settingsBackupKeep")
        self.keep.setRange(1, backup_schedule.KEEP_MAX)
        self.keep.setSuffix(self.tr(" backups"))
        self.folder = QLineEdit(schedule_box, objectName="settingsBackupFolder")
        browse = QPushButton(icons.icon("fa5s.folder-open", icons.BLUE), self.tr("Browse…"), schedule_box,
                             objectName="settingsBackupBrowse")
        browse.clicked.connect(self.browse)
        self.save = QPushButton(self.tr("Save the schedule"), schedule_box, objectName="settingsBackupSave")
        self.save.clicked.connect(self.apply_schedule)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)  # only the folder grows
        form.addRow(self.enabled)
        form.addRow(self.tr("Every"), self.every)
        form.addRow(self.tr("Keep the last"), self.keep)
        form.addRow(self.tr("Folder"), folder_row)
        note = QLabel(self.tr(
            "Every open CaseDesk of the office checks every few minutes whether a backup is due; the first "
            "computer to find one due makes it, the others leave it. An empty folder means the backups folder "
            "of the data folder on the computer that makes the backup. Beyond the number kept, the oldest "
            "automatic backups (casedesk-backup-….zip) are deleted; other files in the folder are never "
            "touched."), schedule_box)
        note.setWordWrap(True)
        note.setEnabled(False)
        save_row = QHBoxLayout()
        save_row.addWidget(note, 1)
        save_row.addWidget(self.save)
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.addLayout(form)
        schedule_layout.addLayout(save_row)

        list_box = QGroupBox(self.tr("Backups in the folder"), self)
        self.status = QLabel(list_box, objectName="settingsBackupStatus")
        self.status.setWordWrap(True)
        self.list = table(list_box, "settingsBackupList",
                          [self.tr("File"), self.tr("Date"), self.tr("Size"), self.tr("Kind")], stretch=FILE)
        self.empty = QLabel(self.tr("No backup in this folder yet."), list_box, objectName="settingsBackupEmpty")
        self.empty.setEnabled(False)
        self.now = QPushButton(icons.icon("fa5s.save", icons.BLUE), self.tr("Back up now"), list_box,
                               objectName="settingsBackupNow")
        self.now.clicked.connect(self.back_up_now)
        self.open_folder = QPushButton(icons.icon("fa5s.folder-open", icons.BLUE), self.tr("Open the folder"),
                                       list_box, objectName="settingsBackupOpenFolder")
        self.open_folder.clicked.connect(self.show_folder)
        self.progress = QProgressBar(list_box, objectName="settingsBackupProgress")
        self.progress.setRange(0, 0)  # busy: the archive's size is not known beforehand
        self.progress.setTextVisible(False)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.now)
        buttons.addWidget(self.open_folder)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.status)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.empty)
        list_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(schedule_box)
        layout.addWidget(list_box, 1)

    def _interval_text(self, hours: int) -> str:
        if hours == 24:
            return self.tr("Day")
        if hours == 168:
            return self.tr("Week")
        if hours % 24 == 0:
            return self.tr("%n day(s)", "", hours // 24)
        return self.tr("%n hour(s)", "", hours)

    # -- loading ------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task.busy or self._backup_task.busy

    def load(self) -> None:
        session = self.dialog.session
        self._task.run(functools.partial(backup_schedule.schedule_of, session.workspace, session.actor))

    @Slot(object)
    def _on_loaded(self, info: ScheduleInfo) -> None:
        self.info = info
        self.enabled.setChecked(info.enabled)
        index = self.every.findData(info.every_hours)
        if index < 0:  # an interval set elsewhere (another version): shown as it is
            self.every.addItem(self._interval_text(info.every_hours), info.every_hours)
            index = self.every.count() - 1
        self.every.setCurrentIndex(index)
        self.keep.setValue(info.keep)
        self.folder.setText(info.folder)
        self.folder.setPlaceholderText(str(info.default_folder))
        self.status.setText(self._status_text(info))
        self.list.setRowCount(0)
        for backup in info.backups:
            row = self.list.rowCount()
            self.list.insertRow(row)
            self.list.setItem(row, FILE, cell(backup.name))
            self.list.setItem(row, DATE, cell(formatting.date_time(backup.modified)))
            self.list.setItem(row, SIZE, cell(formatting.file_size(backup.size), align=RIGHT))
            self.list.setItem(row, KIND, cell(self.tr("Automatic") if backup.automatic else
                                              self.tr("Database before an update") if backup.name.endswith(".db")
                                              else self.tr("Other archive")))
        self.empty.setVisible(not info.backups)

    def _status_text(self, info: ScheduleInfo) -> str:
        parts = []
        if info.running_on:
            parts.append(self.tr("A backup is running now on {host}.").format(host=info.running_on))
        if info.last_finished_at is None:
            parts.append(self.tr("No automatic backup has been made yet."))
        elif info.last_ok:
            parts.append(self.tr("Last backup: {when} on {host}, {file}.").format(
                when=formatting.date_time(info.last_finished_at), host=info.last_host,
                file=info.last_file.replace("\\", "/").rsplit("/", 1)[-1]))
        else:
            parts.append(self.tr("The last backup failed ({when} on {host}): {reason}").format(
                when=formatting.date_time(info.last_finished_at), host=info.last_host, reason=info.last_message))
        if info.next_due is None:
            parts.append(self.tr("Automatic backups are off."))
        elif info.last_started_at is None or info.next_due.year < 2000:
            parts.append(self.tr("The next one starts within a few minutes."))
        else:
            parts.append(self.tr("Next one due: {when}.").format(when=formatting.date_time(info.next_due)))
        parts.append(self.tr("Folder: {path}").format(path=info.effective_folder))
        return "\n".join(parts)

    # -- editing --------------------------------------------------------------------------------------------
    @Slot()
    def browse(self) -> None:
        start = self.folder.text() or (str(self.info.default_folder) if self.info else "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.folder.setText(folder)

    @Slot()
    def apply_schedule(self) -> None:
        self.dialog.apply(functools.partial(
            backup_schedule.set_schedule, self.dialog.actor, enabled=self.enabled.isChecked(),
            every_hours=int(self.every.currentData()), keep=self.keep.value(), folder=self.folder.text()),
            self.tr("Backup schedule saved."))

    @Slot()
    def back_up_now(self) -> None:
        if self._backup_task.busy:
            return
        self.now.setEnabled(False)
        self.progress.show()
        self.dialog.message.setStyleSheet("")
        self.dialog.message.setText(self.tr("Backing up the office… CaseDesk can be used meanwhile."))
        session = self.dialog.session
        self._backup_task.run(functools.partial(backup_schedule.back_up_now, session.workspace, session.actor))

    @Slot(object)
    def _on_backed_up(self, run: BackupRun) -> None:
        self.now.setEnabled(True)
        self.progress.hide()
        self.dialog.message.setText(self.tr("Backup written: {file} ({size}).").format(
            file=run.path.name if run.path else "", size=formatting.file_size(run.size)))
        self.load()

    @Slot(object)
    def _on_backup_failed(self, exc: object) -> None:
        self.now.setEnabled(True)
        self.progress.hide()
        self.dialog.show_error(exc)
        self.load()

    @Slot()
    def show_folder(self) -> bool:
        folder = self.info.effective_folder if self.info else None
        if folder is None or not folder.is_dir():
            self.dialog.show_error(self.tr("The folder {path} does not exist yet: back up once first.").format(
                path=folder or ""))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
