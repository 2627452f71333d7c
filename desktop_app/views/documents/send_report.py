"""Send report…: the case's contacts with a checkbox each, blocked ones behind a red padlock.

Opened from the documents pane (a report row) and by a click on the Report icon. Non-modal.
The contacts load in the background (`report_sending.prepare`); "Block"/"Unblock" per contact
calls `reports.set_report_blocked`; "Send" calls `report_sending.send_report` in the
background, then opens the e-mail draft with the system's mail client (or says where the copy
went). `sig_changed(case_id)` tells the window the Report icon moved (green arrow + count).
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.context import ChangeSet
from desktop_app.services.documents import report_access, report_sending
from desktop_app.services.documents.report_sending import SendInfo, SendResult
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.status_icons.icon_text import role_label

CONTACT, ROLES, EMAIL, SENT, ACCESS = range(5)
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SendReportDialog(QDialog):
    sig_loaded = Signal()
    """The contacts arrived (or their error did)."""
    sig_sent = Signal(object)
    """A send finished: the SendResult."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendReportDialog")
        self.setModal(False)
        self._session = session
        self.document_id: int | None = None
        self.info: SendInfo | None = None
        self.last_dir = str(Path.home())
        self._load = LatestTask(workers, self)
        self._load.sig_finished.connect(self._on_loaded)
        self._load.sig_failed.connect(self._on_failed)
        self._change = JobRunner(workers, self)  # blocks and sends: writes, each one reported
        self._build_ui()
        self.resize(760, 380)

    def _build_ui(self) -> None:
        self.heading = QLabel(self, objectName="sendReportHeading")
        self.heading.setWordWrap(True)
        self.contacts = QTableWidget(0, 5, self, objectName="sendReportContacts")
        self.contacts.setHorizontalHeaderLabels([self.tr("Contact"), self.tr("Role"), self.tr("E-mail"),
                                                 self.tr("Sent"), self.tr("Report access")])
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setWordWrap(False)
        self.contacts.verticalHeader().hide()
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        self.contacts.itemChanged.connect(self._update_send_enabled)
        modes = QWidget(self)
        row = QHBoxLayout(modes)
        row.setContentsMargins(0, 0, 0, 0)
        self.mode_email = QRadioButton(self.tr("E-mail draft in my mail program"), modes, objectName="sendModeEmail")
        self.mode_folder = QRadioButton(self.tr("Copy to a folder"), modes, objectName="sendModeFolder")
        self.mode_email.setChecked(True)
        self.modes = QButtonGroup(self)
        for button in (self.mode_email, self.mode_folder):
            self.modes.addButton(button)
            row.addWidget(button)
            button.toggled.connect(self._update_send_enabled)
        row.addStretch(1)
        self.message = QLabel(self, objectName="sendReportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = QPushButton(icons.icon("fa5s.paper-plane"), self.tr("Send"), self,
                                       objectName="sendReportButton")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(modes)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # -- loading ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._load.busy or self._change.busy

    def show_report(self, document_id: int) -> None:
        """Shows the dialog for one report and loads its case's contacts."""
        if document_id != self.document_id:
            self.info = None
            self.contacts.setRowCount(0)
            self.message.clear()
        self.document_id = document_id
        self.setWindowTitle(self.tr("Send report"))
        self.heading.setText(self.tr("Loading…"))
        self._update_send_enabled()
        self.reload()
        self.show()
        self.raise_()
        self.activateWindow()

    def reload(self) -> None:
        if self.document_id is not None:
            self._load.run(functools.partial(report_sending.prepare, self._session.actor, self.document_id))

    @Slot(object)
    def _on_loaded(self, info: SendInfo) -> None:
        checked = self.checked_contact_ids() if self.info and self.info.document_id == info.document_id else None
        self.info = info
        self.setWindowTitle(self.tr("Send report — case {number}").format(number=info.case_number))
        self.heading.setText(self.tr("<b>{title}</b> of case {number}: choose who gets it.").format(
            title=info.title.replace("<", "&lt;"), number=info.case_number))
        self.contacts.blockSignals(True)
        try:
            for row in range(self.contacts.rowCount()):  # replaced widgets die later: free their names now
                old = self.contacts.cellWidget(row, ACCESS)
                if old is not None:
                    old.setObjectName("")
            self.contacts.setRowCount(len(info.recipients))
            for row, recipient in enumerate(info.recipients):
                self._fill_row(row, recipient, checked)
        finally:
            self.contacts.blockSignals(False)
        if not info.recipients:
            self.message.setText(self.tr("The case has no contacts yet: add the owner, the notary… first."))
        self._update_send_enabled()
        self.sig_loaded.emit()

    def _fill_row(self, row: int, recipient: report_sending.Recipient, checked: list[int] | None) -> None:
        name = QTableWidgetItem(recipient.name)
        name.setData(CONTACT_ID_ROLE, recipient.contact_id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        if recipient.blocked:
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown, not checkable: reports are blocked
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setIcon(icons.icon("fa5s.lock", icons.RED))
            name.setToolTip(self.tr("Reports are blocked for {name} on this case").format(name=recipient.name))
        else:
            name.setFlags(flags)
            wanted = recipient.contact_id in checked if checked is not None else False
            name.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.contacts.setItem(row, CONTACT, name)
        self.contacts.setItem(row, ROLES, QTableWidgetItem(", ".join(role_label(code) for code in recipient.roles)))
        email = QTableWidgetItem(recipient.email or self.tr("no e-mail address"))
        if not recipient.email:
            email.setForeground(self.palette().placeholderText())
        self.contacts.setItem(row, EMAIL, email)
        sent = QTableWidgetItem(str(recipient.deliveries) if recipient.deliveries else "")
        if recipient.deliveries:
            sent.setIcon(icons.icon("fa5s.arrow-right", icons.GREEN))
            sent.setToolTip(self.tr("Report delivered {count} time(s)").format(count=recipient.deliveries))
        self.contacts.setItem(row, SENT, sent)
        toggle = QToolButton(self.contacts, objectName=f"blockToggle_{recipient.contact_id}")
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if recipient.blocked:
            toggle.setText(self.tr("Unblock"))
            toggle.setIcon(icons.icon("fa5s.lock-open"))
        else:
            toggle.setText(self.tr("Block"))
            toggle.setIcon(icons.icon("fa5s.lock", icons.RED))
        toggle.clicked.connect(functools.partial(self.set_blocked, recipient.link_id, not recipient.blocked))
        self.contacts.setCellWidget(row, ACCESS, toggle)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.message.setText(formatting.error_text(exc))
        if self.info is None:
            self.heading.setText(formatting.error_text(exc))
        self._update_send_enabled()
        self.sig_loaded.emit()

    # -- reading the choice ----------------------------------------------------------------
    def checked_contact_ids(self) -> list[int]:
        ids = []
        for row in range(self.contacts.rowCount()):
            item = self.contacts.item(row, CONTACT)
            if item is not None and item.checkState() == Qt.CheckState.Checked \
                    and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                ids.append(int(item.data(CONTACT_ID_ROLE)))
        return ids

    def set_checked(self, contact_id: int, checked: bool) -> None:
        for row in range(self.contacts.rowCount()):
            item = self.contacts.item(row, CONTACT)
            if item is not None and item.data(CONTACT_ID_ROLE) == contact_id \
                    and item.flags() & Qt.ItemFlag.ItemIsEnabled:  # a blocked contact stays unchecked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @property
    def mode(self) -> str:
        return "folder" if self.mode_folder.isChecked() else "email"

    @Slot()
    def _update_send_enabled(self, *_args: object) -> None:
        self.send_button.setEnabled(self.info is not None and bool(self.checked_contact_ids())
                                    and not self._change.busy)

    # -- changes ---------------------------------------------------------------------------
    def set_blocked(self, link_id: int, blocked: bool) -> None:
        """Blocks or reopens the case's reports for one contact (red padlock), in the background."""
        actor = self._session.actor
        self._change.run(lambda: ("block", report_access.set_report_blocked(actor, link_id, blocked)),
                         self._on_changed, self._on_failed)
        self._update_send_enabled()

    def choose_folder(self) -> Path | None:
        """Where the copy goes (folder mode): asks the user; tests replace it."""
        name = QFileDialog.getExistingDirectory(self, self.tr("Send the report to a folder"), self.last_dir)
        return Path(name) if name else None

    def draft_folder(self) -> Path:
        """Where e-mail drafts are written before the mail program opens them."""
        folder = Path(tempfile.gettempdir()) / "casedesk-drafts"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def open_draft(self, path: Path) -> bool:
        """Opens the .eml draft with the system's mail client; tests replace it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    @Slot()
    def send(self) -> None:
        if self.info is None:
            return
        contact_ids = self.checked_contact_ids()
        mode = self.mode
        if mode == "folder":
            folder = self.choose_folder()
            if folder is None:
                return
            self.last_dir = str(folder)
        else:
            folder = self.draft_folder()
        workspace, actor, document_id = self._session.workspace, self._session.actor, self.info.document_id
        self.message.setText(self.tr("Sending…"))
        self._change.run(lambda: ("send", report_sending.send_report(
            workspace, actor, document_id, contact_ids, mode, folder)), self._on_changed, self._on_failed)
        self._update_send_enabled()

    @Slot(object)
    def _on_changed(self, result: tuple[str, object]) -> None:
        kind, value = result
        if kind == "send" and isinstance(value, SendResult):
            count = len(value.contact_ids)
            if value.mode == "email":
                opened = self.open_draft(value.path)
                text = self.tr("E-mail draft for %n contact(s) opened in your mail program.", "", count) if opened \
                    else self.tr("E-mail draft for %n contact(s) written to {path}; open it with your mail "
                                 "program.", "", count).format(path=str(value.path))
            else:
                text = self.tr("Report copied for %n contact(s) to {path}.", "", count).format(path=str(value.path))
            self.message.setText(text)
            self.sig_sent.emit(value)
        else:
            self.message.clear()
        changes = value.changes if isinstance(value, SendResult) else value
        self._session.changes.publish(changes if isinstance(changes, ChangeSet) else None, self)
        self.reload()
        self._update_send_enabled()
