"""The Database tab of the settings dialog (administrators): which database this computer opens.

It shows where the office is now (the SQLite file, or the server, user and database with the
password hidden) and what is saved for this PC's next start; the form takes a PostgreSQL
server as fields (or fills them from a pasted URL). "Test the connection" runs
services.connection_settings.probe on a one-thread pool of the tab (an unreachable server
may take the connect timeout; never the GUI thread, never one of the panes' threads) and says
what the server holds. "Use this database" tests again, asks when the result is not an office,
then saves the URL for this PC (services.connection_settings.choose_server); "Use the local file"
goes back to the data dir's SQLite file. Both take effect when CaseDesk is next started.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Slot
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
from desktop_app.services import connection_settings as cs
from desktop_app.services.connection_settings import ProbeResult, ServerFields
from desktop_app.views import formatting, icons
from desktop_app.views.tasks import LatestTask

if TYPE_CHECKING:
    from desktop_app.views.dialogs.settings import SettingsDialog

ERROR_COLOUR = "#c62828"
OK_COLOUR = "#2e7d32"
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
FIELD_WIDTH = 480  # the URL row grows with the dialog; the single fields need no more


def read_saved(data_dir: Path) -> tuple[str | None, AppError | None]:
    """(the URL saved for this PC, or None; the error of a damaged settings file) — on a worker."""
    try:
        return cs.saved_url(data_dir), None
    except AppError as exc:
        return None, exc


class DatabaseTab(QWidget):
    def __init__(self, dialog: SettingsDialog, pool: QThreadPool) -> None:
        super().__init__(dialog, objectName="settingsDatabaseTab")
        self.dialog = dialog
        self.workspace = dialog.session.workspace
        self.loaded = False
        self.saved: str | None = None
        self.last_result: ProbeResult | None = None
        self._use_after_test: str | None = None  # the URL "Use this database" is testing
        self._probed_url = ""  # the URL of the latest test (the fields may change meanwhile)
        self._load_task = LatestTask(pool, self, uses_database=False)
        self._load_task.sig_finished.connect(self._on_loaded)
        self._load_task.sig_failed.connect(dialog.show_error)
        self.probe_pool = QThreadPool(self)  # a slow, unreachable server holds this thread only
        self.probe_pool.setMaxThreadCount(1)
        self._probe_task = LatestTask(self.probe_pool, self, uses_database=False)
        self._probe_task.sig_finished.connect(self._on_probed)
        self._probe_task.sig_failed.connect(self._on_probe_failed)
        self._save_task = LatestTask(pool, self)  # writes the file and the audit event
        self._save_task.sig_finished.connect(self._on_saved)
        self._save_task.sig_failed.connect(self._on_save_failed)
        self._build_ui()

    def _build_ui(self) -> None:
        now_box = QGroupBox(self.tr("This computer now"), self)
        self.engine = self._value_label(now_box, "databaseEngine")
        self.where = self._value_label(now_box, "databaseWhere")
        self.on_start = self._value_label(now_box, "databaseOnStart")
        self.settings_file = self._value_label(now_box, "databaseSettingsFile")
        self.settings_file.setText(str(cs.settings_path(self.workspace.data_dir)))
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
        server_layout = QVBoxLayout(server_box)
        server_layout.addLayout(form)
        server_layout.addWidget(note)
        server_layout.addLayout(buttons)
        server_layout.addWidget(self.result)

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
        return self._load_task.busy or self._probe_task.busy or self._save_task.busy

    def load(self) -> None:
        self._load_task.run(functools.partial(read_saved, self.workspace.data_dir))

    @Slot(object)
    def _on_loaded(self, outcome: tuple[str | None, AppError | None]) -> None:
        saved, error = outcome
        first = not self.loaded
        self.loaded = True
        self.saved = saved
        current = self.workspace.database_url
        location = cs.location_of(current)
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
                if cs.is_postgres(url):
                    with contextlib.suppress(UserError):
                        self._fill(cs.parse_url(url))
                        break

    def _server_text(self, location: cs.Location) -> str:
        password = self.tr("saved (hidden)") if location.has_password else self.tr("none saved (pgpass)")
        return self.tr("server {host}, port {port}, database {database}, user {user}, password {password}").format(
            host=location.host, port=location.port, database=location.database,
            user=location.user or self.tr("this computer's account"), password=password)

    def _on_start_text(self, saved: str | None, current: str) -> str:
        if saved is None:
            text = self.tr("the local file {path}").format(path=paths.database_file(self.workspace.data_dir))
        elif cs.is_postgres(saved):
            text = self.tr("the server {server}").format(server=cs.server_label(saved))
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
            fields = cs.parse_url(self.url.text(), self.tr("URL"))
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
            return cs.build_url(fields, labels)
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
        for button in (self.test, self.use, self.use_local):
            button.setEnabled(not working)
        self.progress.setVisible(working)

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
        self._set_working(True)
        self._show_result(self.tr("Connecting to {server}…").format(server=cs.server_label(url)))
        self._probe_task.run(functools.partial(cs.probe, url))

    @Slot(object)
    def _on_probed(self, result: ProbeResult) -> None:
        self._set_working(False)
        self.last_result = result
        good = result.kind == cs.OFFICE or (result.kind == cs.EMPTY and result.may_create)
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
        if result.kind == cs.UNREACHABLE:
            return self.tr("Cannot reach {server}: {reason}").format(server=server, reason=result.reason)
        if result.kind == cs.NEWER:
            return self.tr("{server} holds an office written by a newer CaseDesk (schema {schema}; this program "
                           "knows up to {latest}). Install the newer CaseDesk on this computer first.").format(
                server=server, schema=result.schema, latest=result.latest)
        if result.kind == cs.FOREIGN:
            return self.tr("{server} is reachable but is not a CaseDesk database: it holds other tables ({tables}). "
                           "Use a new, empty database.").format(server=server, tables=", ".join(result.tables))
        if result.kind == cs.EMPTY:
            if not result.may_create:
                return self.tr("{server} is reachable and empty, but user {user} may not create tables in "
                               "schema {schema}. Ask the server's administrator for: GRANT CREATE ON SCHEMA "
                               "{schema} TO {user};").format(
                    server=server, user=result.user, schema=result.schema_name or "public")
            return self.tr("{server} is reachable and empty: it can hold a new office. To move this office there "
                           "(cases, documents, users), close CaseDesk on every computer and run:\n{command}\n"
                           "then choose \"Use this database\".").format(server=server, command=self._migrate_command()) \
                + ("\n" + self.tr("In the command, *** stands for the password.") if self._has_password() else "")
        offices = ", ".join(result.offices) or self.tr("no office configured yet")
        text = self.tr("{server} holds a CaseDesk office ({offices}): schema {schema}, {cases} cases.").format(
            server=server, offices=offices, schema=result.schema, cases=formatting.number(result.cases))
        if result.schema < result.latest:
            text += " " + self.tr("This CaseDesk updates it to schema {latest} when it opens it; computers with "
                                  "the older CaseDesk then cannot open it.").format(latest=result.latest)
        if cs.is_postgres(self.workspace.database_url) and \
                cs.server_label(self.workspace.database_url) == result.server:
            text += " " + self.tr("CaseDesk has this office open now.")
        return text

    def _migrate_command(self) -> str:
        url = self._probed_url
        data_dir = self.workspace.data_dir
        where = f' --data-dir "{data_dir}"' if Path(data_dir) != paths.default_data_dir() else ""
        return f'casedesk{where} migrate-to --database "{cs.safe_url(url)}"'

    def _has_password(self) -> bool:
        return cs.safe_url(self._probed_url) != self._probed_url

    # -- choosing -----------------------------------------------------------------------------------------
    @Slot()
    def use_server(self) -> None:
        self._start_probe(use=True)

    def _decide_use(self, url: str, result: ProbeResult) -> None:
        server = result.server
        if result.kind == cs.EMPTY and result.may_create:
            question = self.tr(
                "{server} is empty. From its next start, CaseDesk on this computer will open a new, empty office "
                "there, without this office's cases. To move them first, use the migrate-to command shown in "
                "the tab.\n\nUse the empty database anyway?").format(server=server)
            if not self.dialog.confirm(question):
                return
        elif result.kind != cs.OFFICE:
            question = self.tr(
                "The test of {server} did not succeed:\n{result}\n\nSave it anyway? CaseDesk on this computer will "
                "not open until the server can be used, or until the local file is chosen again.").format(
                server=server, result=self.probe_text(result))
            if not self.dialog.confirm(question):
                return
        self._save(functools.partial(cs.choose_server, self.dialog.actor, self.workspace, url),
                   self.tr("Saved: from its next start, CaseDesk on this computer opens {server}. Restart CaseDesk "
                           "to work there.").format(server=server))

    @Slot()
    def use_local_file(self) -> None:
        if self._save_task.busy or self._probe_task.busy:
            return
        local = paths.database_file(self.workspace.data_dir)
        if self.saved is None and not cs.is_postgres(self.workspace.database_url):
            self.dialog.message.setStyleSheet("")
            self.dialog.message.setText(self.tr("This computer already opens the local file {path}.").format(
                path=local))
            return
        if cs.is_postgres(self.workspace.database_url) or cs.is_postgres(self.saved):
            question = self.tr(
                "From its next start, CaseDesk on this computer opens the local file {path} instead of the server. "
                "Work saved on the server is not in that file.\n\nGo on?").format(path=local)
            if not self.dialog.confirm(question):
                return
        self._save(functools.partial(cs.choose_local, self.dialog.actor, self.workspace),
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

    @Slot(object)
    def _on_save_failed(self, exc: object) -> None:
        self._set_working(False)
        self.dialog.show_error(exc)
        self.load()
