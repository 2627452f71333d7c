"""The Database tab of the settings dialog (administrators): which database this computer opens.

It shows where the office is now (the SQLite file, or the server, user and database with the
password hidden) and what is saved for this PC's next start; the form takes a PostgreSQL
server as fields (or fills them from a pasted URL). "Test the connection" runs
services.connection_settings.probe on a one-thread pool of the tab (an unreachable server
may take the connect timeout; never the GUI thread, never one of the panes' threads) and says
what the server holds. "Use this database" tests again, asks when the result is not an office,
then saves the URL for this PC (services.connection_settings.choose_server); "Use the local file"
goes back to the data dir's SQLite file. Both take effect when CaseDesk is next started.

"Copy this office to the server…" is offered when the office open is a SQLite one and the last
test found the server reachable and empty (and the user may create tables there): it confirms,
copies with services.office_transfer.migrate_office on a worker (views/settings/office_copy.py:
the window paused, an application-modal progress dialog, Cancel rolls the server back), then
saves the server for this PC like "Use this database" does.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.errors import AppError, UserError
from desktop_app.services.office import connection_settings
from desktop_app.services.office.connection_settings import ProbeResult, ServerFields
from desktop_app.storage import database
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, LongJob, Workers
from desktop_app.views.settings.office_copy import (
    CopyCancelled,
    CopyJob,
    CopyProgressDialog,
    CopySummary,
    WindowPause,
)
from desktop_app.views.settings.settings_common import SettingsHost

ERROR_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
FIELD_WIDTH = 480  # the URL row grows with the dialog; the single fields need no more


def read_saved(data_dir: Path) -> tuple[str | None, AppError | None]:
    """(the URL saved for this PC, or None; the error of a damaged settings file) — on a worker."""
    try:
        return connection_settings.saved_url(data_dir), None
    except AppError as exc:
        return None, exc


class DatabaseTab(QWidget):
    copy_finished = Signal(bool)
    """After "Copy this office to the server…" ended: True once copied and saved for this PC."""

    def __init__(self, dialog: SettingsHost, workers: Workers) -> None:
        super().__init__(dialog, objectName="settingsDatabaseTab")
        self.dialog = dialog
        self.workspace = dialog.session.workspace
        self.loaded = False
        self.saved: str | None = None
        self.last_result: ProbeResult | None = None
        self._use_after_test: str | None = None  # the URL "Use this database" is testing
        self._probed_url = ""  # the URL of the latest test (the fields may change meanwhile)
        self._load_task = LatestTask(workers, self, uses_database=False)
        self._load_task.sig_finished.connect(self._on_loaded)
        self._load_task.sig_failed.connect(dialog.show_error)
        # A slow, unreachable server holds a long-work thread, never one the window's reads need.
        self._probe_task = LatestTask(workers, self, uses_database=False, long=True)
        self._probe_task.sig_finished.connect(self._on_probed)
        self._probe_task.sig_failed.connect(self._on_probe_failed)
        self._save_task = LatestTask(workers, self)  # writes the file and the audit event
        self._save_task.sig_finished.connect(self._on_saved)
        self._save_task.sig_failed.connect(self._on_save_failed)
        self._copy = LongJob(workers, self)  # may take minutes; the worker's own connection
        self._copy.sig_finished.connect(self._on_copied)
        self._copy.sig_failed.connect(self._on_copy_failed)
        self._copy_job: CopyJob | None = None
        self._copy_cancelled = False  # Cancel pressed before the copy could start
        self._copy_dialog: CopyProgressDialog | None = None
        self._pause: WindowPause | None = None
        self._copy_url = ""
        self._copy_summary = ""
        self._copy_saving = False  # the save after a copy: its end emits copy_finished
        self._form_edited = False  # the fields changed since the latest test
        self._build_ui()

    def _build_ui(self) -> None:
        now_box = QGroupBox(self.tr("This computer now"), self)
        self.engine = self._value_label(now_box, "databaseEngine")
        self.where = self._value_label(now_box, "databaseWhere")
        self.on_start = self._value_label(now_box, "databaseOnStart")
        self.settings_file = self._value_label(now_box, "databaseSettingsFile")
        self.settings_file.setText(str(connection_settings.settings_path(self.workspace.data_dir)))
        now_form = QFormLayout(now_box)
        now_form.addRow(self.tr("Engine"), self.engine)
        now_form.addRow(self.tr("Office data"), self.where)
        now_form.addRow(self.tr("At the next start"), self.on_start)
        now_form.addRow(self.tr("Saved in"), self.settings_file)

        server_box = QGroupBox(self.tr("PostgreSQL server"), self)
        self.url = QLineEdit(server_box, objectName="databaseUrl")
        self.url.setPlaceholderText("postgresql://casedesk@db.office.lan:5432/casedesk")
        self.url.setToolTip(self.tr("Paste a URL and press Enter: its parts fill the fields below."))
        self.url.returnPressed.connect(self.fill_from_url)
        fill = QPushButton(self.tr("Fill in the fields"), server_box, objectName="databaseFillIn")
        fill.clicked.connect(self.fill_from_url)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(fill)
        self.host = self._field(server_box, "databaseHost", self.tr("db.office.lan or 192.168.1.20"))
        self.port = self._field(server_box, "databasePort", "5432")
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("0" * 10) + 16)
        self.name = self._field(server_box, "databaseName", "casedesk")
        self.user = self._field(server_box, "databaseUser", "casedesk")
        self.password = self._field(server_box, "databasePassword",
                                    self.tr("empty: from the PostgreSQL password file (pgpass)"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.options = self._field(server_box, "databaseOptions", self.tr("optional, e.g. sslmode=require"))
        for field in (self.host, self.name, self.user, self.password, self.options):
            field.setMaximumWidth(FIELD_WIDTH)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("URL"), url_row)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.name)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Options"), self.options)
        note = QLabel(self.tr(
            "The choice is saved for this computer only, in the file above (readable only by this computer's "
            "account), and takes effect when CaseDesk is next started (a database given on CaseDesk's command line still wins). "
            "A password typed here is saved in that file: leave it empty to keep it in the PostgreSQL password "
            "file (pgpass.conf) instead."), server_box, objectName="databaseNote")
        note.setWordWrap(True)
        note.setEnabled(False)

        self.test = QPushButton(icons.icon("fa5s.plug", icons.BLUE), self.tr("Test the connection"), server_box,
                                objectName="databaseTest")
        self.test.clicked.connect(self.test_connection)
        self.use = QPushButton(icons.icon("fa5s.server", icons.BLUE), self.tr("Use this database"), server_box,
                               objectName="databaseUse")
        self.use.clicked.connect(self.use_server)
        self.use_local = QPushButton(icons.icon("fa5s.hdd", icons.BLUE), self.tr("Use the local file"),
                                     server_box, objectName="databaseUseLocal")
        self.use_local.clicked.connect(self.use_local_file)
        self.progress = QProgressBar(server_box, objectName="databaseProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.test)
        buttons.addWidget(self.use)
        buttons.addWidget(self.use_local)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        self.result = QLabel(server_box, objectName="databaseResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(SELECTABLE)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.copy = QPushButton(icons.icon("fa5s.copy", icons.BLUE), self.tr("Copy this office to the server…"),
                                server_box, objectName="databaseCopy")
        self.copy.setToolTip(self.tr("Copies every case, document, user and the audit trail into the empty "
                                     "server, checks the copy, then saves the server for this computer."))
        self.copy.clicked.connect(self.copy_to_server)
        self.copy.hide()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy)
        copy_row.addStretch(1)
        server_layout = QVBoxLayout(server_box)
        server_layout.addLayout(form)
        server_layout.addWidget(note)
        server_layout.addLayout(buttons)
        server_layout.addWidget(self.result)
        server_layout.addLayout(copy_row)
        for edit in (self.url, self.host, self.port, self.name, self.user, self.password, self.options):
            edit.textEdited.connect(self._on_form_edited)

        layout = QVBoxLayout(self)
        layout.addWidget(now_box)
        layout.addWidget(server_box)
        layout.addStretch(1)

    def _value_label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent, objectName=name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(SELECTABLE)
        return label

    def _field(self, parent: QWidget, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(parent, objectName=name)
        field.setPlaceholderText(placeholder)
        return field

    # -- loading ------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._load_task.busy or self._probe_task.busy or self._save_task.busy or self.copying

    @property
    def copying(self) -> bool:
        """From the confirmed copy until its progress dialog has closed."""
        return self._copy_dialog is not None

    def load(self) -> None:
        self._load_task.run(functools.partial(read_saved, self.workspace.data_dir))

    @Slot(object)
    def _on_loaded(self, outcome: tuple[str | None, AppError | None]) -> None:
        saved, error = outcome
        first = not self.loaded
        self.loaded = True
        self.saved = saved
        current = self.workspace.database_url
        location = connection_settings.location_of(current)
        if location.engine == "sqlite":
            self.engine.setText(self.tr("SQLite: a file on this computer"))
            self.where.setText(location.path)
        else:
            self.engine.setText(self.tr("PostgreSQL server"))
            self.where.setText(self._server_text(location))
        if error is not None:
            self.on_start.setText(formatting.error_text(error))
            self.on_start.setStyleSheet(f"color: {ERROR_COLOUR}")
        else:
            self.on_start.setStyleSheet("")
            self.on_start.setText(self._on_start_text(saved, current))
        if first:  # the form starts from the saved server, else the open one
            for url in (saved, current):
                if connection_settings.is_postgres(url):
                    with contextlib.suppress(UserError):
                        self._fill(connection_settings.parse_url(url))
                        break

    def _server_text(self, location: connection_settings.Location) -> str:
        password = self.tr("saved (hidden)") if location.has_password else self.tr("none saved (pgpass)")
        return self.tr("server {host}, port {port}, database {database}, user {user}, password {password}").format(
            host=location.host, port=location.port, database=location.database,
            user=location.user or self.tr("this computer's account"), password=password)

    def _on_start_text(self, saved: str | None, current: str) -> str:
        if saved is None:
            text = self.tr("the local file {path}").format(path=paths.database_file(self.workspace.data_dir))
        elif connection_settings.is_postgres(saved):
            text = self.tr("the server {server}").format(server=connection_settings.server_label(saved))
        else:
            text = self.tr("the file {path}").format(path=saved)
        expected = saved or str(paths.database_file(self.workspace.data_dir))
        if expected.strip() != current.strip():
            text += "\n" + self.tr("This session was opened with another database (--database on the command "
                                   "line, or a choice saved since it started).")
        return text

    # -- the form -----------------------------------------------------------------------------------------
    def _fill(self, fields: ServerFields) -> None:
        self.host.setText(fields.host)
        self.port.setText(fields.port)
        self.name.setText(fields.database)
        self.user.setText(fields.user)
        self.password.setText(fields.password)
        self.options.setText(fields.options)

    @Slot()
    def fill_from_url(self) -> bool:
        try:
            fields = connection_settings.parse_url(self.url.text(), self.tr("URL"))
        except UserError as exc:
            self._show_result(formatting.error_text(exc), error=True)
            self.url.setFocus()
            return False
        self._fill(fields)
        self.url.clear()  # the password it may hold stays only in the hidden field
        self._show_result(self.tr("Fields filled in from the URL."))
        return True

    def form_url(self) -> str | None:
        """The URL the fields make, or None after showing which field is wrong."""
        if self.url.text().strip() and not self.fill_from_url():
            return None
        labels = {"host": self.tr("Server"), "port": self.tr("Port"), "database": self.tr("Database"),
                  "user": self.tr("User"), "options": self.tr("Options")}
        fields = ServerFields(self.host.text(), self.port.text(), self.name.text(), self.user.text(),
                              self.password.text(), self.options.text())
        try:
            return connection_settings.build_url(fields, labels)
        except UserError as exc:
            self._show_result(formatting.error_text(exc), error=True)
            widgets = {labels["host"]: self.host, labels["port"]: self.port, labels["database"]: self.name,
                       labels["options"]: self.options}
            widget = widgets.get(str(exc.params.get("field")))
            if widget is not None:
                widget.setFocus()
            return None

    def _show_result(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {ERROR_COLOUR}" if error else f"color: {OK_COLOUR}" if ok else "")

    def _set_working(self, working: bool) -> None:
        for button in (self.test, self.use, self.use_local, self.copy):
            button.setEnabled(not working)
        self.progress.setVisible(working)

    def copy_offered(self) -> bool:
        """The office open is a SQLite one and the latest test, of the fields as they are, found the
        server reachable and empty, with the right to create tables (or found only CaseDesk's empty
        tables, as a first opening or a copy that failed leaves them)."""
        result = self.last_result
        return (not connection_settings.is_postgres(self.workspace.database_url) and result is not None and not self._form_edited
                and ((result.kind == connection_settings.EMPTY and result.may_create) or self._no_office_yet(result)))

    @staticmethod
    def _no_office_yet(result: ProbeResult) -> bool:
        """CaseDesk's tables at this program's schema, without an office or a case in them."""
        return result.kind == connection_settings.OFFICE and not result.cases and not result.offices \
            and result.schema == result.latest

    def _update_copy_offer(self) -> None:
        self.copy.setVisible(self.copy_offered())

    @Slot()
    def _on_form_edited(self) -> None:
        if not self._form_edited:
            self._form_edited = True
            self._update_copy_offer()

    # -- testing ------------------------------------------------------------------------------------------
    @Slot()
    def test_connection(self) -> None:
        self._start_probe(use=False)

    def _start_probe(self, *, use: bool) -> None:
        if self._probe_task.busy or self._save_task.busy:
            return
        url = self.form_url()
        if url is None:
            return
        self._use_after_test = url if use else None
        self._probed_url = url
        self._form_edited = False
        self.last_result = None
        self._update_copy_offer()
        self._set_working(True)
        self._show_result(self.tr("Connecting to {server}…").format(server=connection_settings.server_label(url)))
        self._probe_task.run(functools.partial(connection_settings.probe, url))

    @Slot(object)
    def _on_probed(self, result: ProbeResult) -> None:
        self._set_working(False)
        self.last_result = result
        self._update_copy_offer()
        good = result.kind == connection_settings.OFFICE or (result.kind == connection_settings.EMPTY and result.may_create)
        self._show_result(self.probe_text(result), error=not good, ok=good)
        url, self._use_after_test = self._use_after_test, None
        if url is not None:
            self._decide_use(url, result)

    @Slot(object)
    def _on_probe_failed(self, exc: object) -> None:
        self._set_working(False)
        self._use_after_test = None
        text = formatting.error_text(exc) if isinstance(exc, BaseException) else str(exc)
        self._show_result(text, error=True)

    def probe_text(self, result: ProbeResult) -> str:
        server = result.server
        if result.kind == connection_settings.UNREACHABLE:
            return self.tr("Cannot reach {server}: {reason}").format(server=server, reason=result.reason)
        if result.kind == connection_settings.NEWER:
            return self.tr("{server} holds an office written by a newer CaseDesk (schema {schema}; this program "
                           "knows up to {latest}). Install the newer CaseDesk on this computer first.").format(
                server=server, schema=result.schema, latest=result.latest)
        if result.kind == connection_settings.FOREIGN:
            return self.tr("{server} is reachable but is not a CaseDesk database: it holds other tables ({tables}). "
                           "Use a new, empty database.").format(server=server, tables=", ".join(result.tables))
        if result.kind == connection_settings.EMPTY:
            if not result.may_create:
                return self.tr("{server} is reachable and empty, but user {user} may not create tables in "
                               "schema {schema}. Ask the server's administrator for: GRANT CREATE ON SCHEMA "
                               "{schema} TO {user};").format(
                    server=server, user=result.user, schema=result.schema_name or "public")
            if self.copy_offered():
                text = self.tr("{server} is reachable and empty: it can hold a new office. To move this office "
                               "there (cases, documents, users), close CaseDesk on the other computers and choose "
                               "\"Copy this office to the server…\" below. Or, with CaseDesk closed on every "
                               "computer, run:\n{command}\nthen choose \"Use this database\".")
            else:
                text = self.tr("{server} is reachable and empty: it can hold a new office. To move this office "
                               "there (cases, documents, users), close CaseDesk on every computer and run:\n"
                               "{command}\nthen choose \"Use this database\".")
            return text.format(server=server, command=self._migrate_command()) \
                + ("\n" + self.tr("In the command, *** stands for the password.") if self._has_password() else "")
        offices = ", ".join(result.offices) or self.tr("no office configured yet")
        text = self.tr("{server} holds a CaseDesk office ({offices}): schema {schema}, {cases} cases.").format(
            server=server, offices=offices, schema=result.schema, cases=formatting.number(result.cases))
        if result.schema < result.latest:
            text += " " + self.tr("This CaseDesk updates it to schema {latest} when it opens it; computers with "
                                  "the older CaseDesk then cannot open it.").format(latest=result.latest)
        if connection_settings.is_postgres(self.workspace.database_url) and \
                connection_settings.server_label(self.workspace.database_url) == result.server:
            text += " " + self.tr("CaseDesk has this office open now.")
        elif self._no_office_yet(result) and self.copy_offered():
            text += " " + self.tr("It holds no office yet: to move this office there, close CaseDesk on the other "
                                  "computers and choose \"Copy this office to the server…\" below.")
        return text

    def _migrate_command(self) -> str:
        url = self._probed_url
        data_dir = self.workspace.data_dir
        where = f' --data-dir "{data_dir}"' if Path(data_dir) != paths.default_data_dir() else ""
        return f'casedesk{where} migrate-to --database "{database.safe_url(url)}"'

    def _has_password(self) -> bool:
        return database.safe_url(self._probed_url) != self._probed_url

    # -- choosing -----------------------------------------------------------------------------------------
    @Slot()
    def use_server(self) -> None:
        self._start_probe(use=True)

    def _decide_use(self, url: str, result: ProbeResult) -> None:
        server = result.server
        if result.kind == connection_settings.EMPTY and result.may_create:
            if self.copy_offered():
                question = self.tr(
                    "{server} is empty. From its next start, CaseDesk on this computer will open a new, empty "
                    "office there, without this office's cases. To move them first, answer No and choose \"Copy "
                    "this office to the server…\".\n\nUse the empty database anyway?").format(server=server)
            else:
                question = self.tr(
                    "{server} is empty. From its next start, CaseDesk on this computer will open a new, empty "
                    "office there, without this office's cases. To move them first, use the migrate-to command "
                    "shown in the tab.\n\nUse the empty database anyway?").format(server=server)
            if not self.dialog.confirm(question):
                return
        elif result.kind != connection_settings.OFFICE:
            question = self.tr(
                "The test of {server} did not succeed:\n{result}\n\nSave it anyway? CaseDesk on this computer will "
                "not open until the server can be used, or until the local file is chosen again.").format(
                server=server, result=self.probe_text(result))
            if not self.dialog.confirm(question):
                return
        self._save(functools.partial(connection_settings.choose_server, self.dialog.actor, self.workspace, url),
                   self.tr("Saved: from its next start, CaseDesk on this computer opens {server}. Restart CaseDesk "
                           "to work there.").format(server=server))

    @Slot()
    def use_local_file(self) -> None:
        if self._save_task.busy or self._probe_task.busy:
            return
        local = paths.database_file(self.workspace.data_dir)
        if self.saved is None and not connection_settings.is_postgres(self.workspace.database_url):
            self.dialog.message.setStyleSheet("")
            self.dialog.message.setText(self.tr("This computer already opens the local file {path}.").format(
                path=local))
            return
        if connection_settings.is_postgres(self.workspace.database_url) or connection_settings.is_postgres(self.saved):
            question = self.tr(
                "From its next start, CaseDesk on this computer opens the local file {path} instead of the server. "
                "Work saved on the server is not in that file.\n\nGo on?").format(path=local)
            if not self.dialog.confirm(question):
                return
        self._save(functools.partial(connection_settings.choose_local, self.dialog.actor, self.workspace),
                   self.tr("Saved: from its next start, CaseDesk on this computer opens the local file {path}. "
                           "Restart CaseDesk to work there.").format(path=local))

    def _save(self, change, done: str) -> None:
        self._set_working(True)
        self._done_text = done
        self._save_task.run(change)

    @Slot(object)
    def _on_saved(self, _result: object) -> None:
        self._set_working(False)
        self.dialog.message.setStyleSheet("")
        self.dialog.message.setText(self._done_text)
        self.load()
        self._end_copy_save(True)

    @Slot(object)
    def _on_save_failed(self, exc: object) -> None:
        self._set_working(False)
        self.dialog.show_error(exc)
        self.load()
        self._end_copy_save(False)

    def _end_copy_save(self, saved: bool) -> None:
        if self._copy_saving:
            self._copy_saving = False
            if saved:  # said beside the summary too: the line at the dialog's foot is easily missed
                self._show_result(self._copy_summary + "\n" + self._done_text + "\n" + self.tr(
                    "Point the other computers at the server in their own Tools → Settings → Database."), ok=True)
            else:
                self._show_result(self._copy_summary + "\n" + self.tr(
                    "The server holds this office now, but the choice could not be saved for this computer (see "
                    "below): choose \"Use this database\" once the cause is fixed."), error=True)
            self.copy_finished.emit(saved)

    # -- copying this office to the server ------------------------------------------------------------------
    @Slot()
    def copy_to_server(self) -> None:
        if self.busy or not self.copy_offered():
            return
        url = self._probed_url
        server = connection_settings.server_label(url)
        question = self.tr(
            "Copy this office to {server}?\n\n"
            "Every case, document, user and the audit trail are copied into the server, then checked (row "
            "counts, every document's SHA-256). This office stays as it is on this computer.\n\n"
            "CaseDesk cannot be used while the copy runs. Close CaseDesk on the other computers first: what "
            "they save during the copy does not reach the server.\n\n"
            "Afterwards, CaseDesk on this computer opens the server from its next start. The other computers "
            "must be pointed at it in their own Tools → Settings → Database.").format(server=server)
        if not self.dialog.confirm(question):
            return
        self._copy_url = url
        self._set_working(True)
        self._show_result(self.tr("Copying this office to {server}…").format(server=server))
        self._pause = WindowPause(self.dialog.parentWidget() or self.dialog)
        dialog = CopyProgressDialog(server, self.dialog)
        dialog.cancel_requested.connect(self._on_copy_cancel)
        self._copy_dialog = dialog
        self._copy_job = CopyJob(self.workspace, self.dialog.actor, url)
        self._copy_cancelled = False
        self._copy.sig_progress.connect(dialog.show_progress)
        dialog.show()
        self._start_when_idle()

    @Slot()
    def _start_when_idle(self) -> None:
        """Starts the copy once the window's background work has ended (the timers are stopped)."""
        job, pause = self._copy_job, self._pause
        if job is None or pause is None:
            return
        if self._copy_cancelled:  # cancelled before it started: nothing was done
            self._end_copy(None)
            self._show_result(self.tr("The copy was cancelled before it started: nothing was copied or saved."))
            self.copy_finished.emit(False)
            return
        if not pause.idle():
            QTimer.singleShot(50, self._start_when_idle)
            return
        self._copy_dialog.show_starting()
        self._copy.start(job.run)

    @Slot()
    def _on_copy_cancel(self) -> None:
        self._copy_cancelled = True
        self._copy.cancel()

    def _end_copy(self, _outcome: object) -> None:
        """The progress dialog closes and the window works again."""
        if self._copy_dialog is not None:
            self._copy.sig_progress.disconnect(self._copy_dialog.show_progress)
            self._copy_dialog.finish()
            self._copy_dialog.deleteLater()
            self._copy_dialog = None
        self._copy_job = None
        if self._pause is not None:
            self._pause.resume()
            self._pause = None
        self._set_working(False)
        self.last_result = None  # the server is no longer as tested
        self._update_copy_offer()

    @Slot(object)
    def _on_copied(self, summary: CopySummary) -> None:
        self._end_copy(summary)
        server = connection_settings.server_label(self._copy_url)
        text = self.tr("Copied to {server}: {rows} rows ({cases} cases, {documents} documents) in {seconds} s, "
                       "checked (row counts, every document's SHA-256).").format(
            server=server, rows=formatting.number(summary.rows), cases=formatting.number(summary.cases),
            documents=formatting.number(summary.documents), seconds=QLocale().toString(summary.seconds, "f", 1))
        if summary.cancel_requested:
            self._show_result(text + "\n" + self.tr(
                "The copy had finished before Cancel could stop it: the server holds this office now, but this "
                "computer still opens the local file. To open the server from the next start, choose \"Use this "
                "database\"."), ok=True)
            self.copy_finished.emit(False)
            return
        self._copy_summary = text
        self._show_result(text + "\n" + self.tr("Saving the server for this computer…"), ok=True)
        self._copy_saving = True
        self._save(functools.partial(connection_settings.choose_server, self.dialog.actor, self.workspace, self._copy_url),
                   self.tr("Saved: from its next start, CaseDesk on this computer opens {server}. Restart CaseDesk "
                           "to work there.").format(server=server))

    @Slot(object)
    def _on_copy_failed(self, exc: object) -> None:
        self._end_copy(exc)
        server = connection_settings.server_label(self._copy_url)
        if isinstance(exc, CopyCancelled):
            self._show_result(self.tr("The copy was cancelled: {server} was rolled back (left empty), and nothing "
                                      "was saved for this computer.").format(server=server))
        else:
            reason = formatting.error_text(exc) if isinstance(exc, BaseException) else str(exc)
            self._show_result(self.tr("The copy to {server} did not go through: {reason}\nNothing was kept on the "
                                      "server and nothing was saved for this computer. Test the connection again "
                                      "once the cause is fixed.").format(server=server, reason=reason), error=True)
        self.copy_finished.emit(False)
