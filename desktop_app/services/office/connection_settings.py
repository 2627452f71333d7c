"""Which database this computer opens: `--database`, else the URL saved for the PC, else the data dir's file.

The saved choice is `database.ini` in the data dir (one per PC and data dir, like ui-settings.ini):

    [database]
    url = postgresql://casedesk@server.example:5432/office

It is written by Tools → Settings → Database (or by hand) and read by the window and by every
headless command (`casedesk check`, `backup`…) through `resolve` / `open_chosen`, the one place
that decides. The file is replaced atomically (temporary file, fsync, rename), so a crash leaves
the old file or the new one, never half of one, and it is created with mode 0600: the URL may
hold the server password. Leaving the password out of the URL is the safer choice: libpq (and so
psycopg) then looks it up in the PostgreSQL password file (~/.pgpass, %APPDATA%\\postgresql\\
pgpass.conf) or the PGPASSWORD variable.

`probe(url)` tells, without touching the open office, whether a server can be reached and what
it holds (nothing, a CaseDesk office, a newer one, something else).
"""

from __future__ import annotations

import configparser
import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlparse

from desktop_app import paths
from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, StorageError, UserError, first_line
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.office.workspace import open_workspace
from desktop_app.storage.database import safe_url
from desktop_app.storage.files import atomic_output, fsync_dir

log = logging.getLogger(__name__)

SETTINGS_FILE = "database.ini"
SECTION, KEY = "database", "url"
COMMAND_LINE, SAVED, LOCAL = "command line", "saved", "local"
DEFAULT_PORT = 5432
PROBE_TIMEOUT_S = 5
POSTGRES_SCHEMES = ("postgresql", "postgres")


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


# --- the saved file ---------------------------------------------------------------------------------


DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The database settings file {path} cannot be used: {reason}. Correct it, or delete it to open the "
              "data dir's own database file.")


def _damaged(path: Path, reason: str) -> UserError:
    return UserError(DAMAGED, path=str(path), reason=reason)


def saved_url(data_dir: Path) -> str | None:
    """The URL saved for this PC, or None when there is no file (or it names no database)."""
    path = settings_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no file, or no data dir yet
        return None
    except UnicodeDecodeError as exc:
        raise _damaged(path, "it is not UTF-8 text") from exc
    except OSError as exc:
        raise _damaged(path, f"it cannot be read ({exc.strerror or exc})") from exc
    parser = configparser.ConfigParser(interpolation=None)  # a %-encoded password is no interpolation
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise _damaged(path, f"it is not an INI file ({str(exc).splitlines()[0]})") from exc
    if not parser.has_section(SECTION):
        if parser.sections():
            raise _damaged(path, "it has no [database] section")
        return None  # empty (or only comments): nothing saved
    url = parser.get(SECTION, KEY, fallback="").strip()
    if not url:
        return None
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme and scheme not in (*POSTGRES_SCHEMES, "sqlite"):
        raise _damaged(path, f"url = {safe_url(url)} is neither a postgresql:// URL nor a file path")
    if is_postgres(url):
        try:
            parse_url(url, "url")
        except UserError as exc:
            raise _damaged(path, exc.message.rstrip(".")) from exc
    return url


def save_url(data_dir: Path, url: str) -> Path:
    """Saves the URL for this PC: a new file (mode 0600) renamed over the old one."""
    path = settings_path(data_dir)
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {KEY: url.strip()}
    header = ("# The database this computer's CaseDesk opens (Tools > Settings > Database).\n"
              "# `casedesk --database URL` overrides it; delete this file to open the data dir's own file.\n")
    _write_atomically(path, header, parser)
    return path


def forget_url(data_dir: Path) -> None:
    """Back to the data dir's own SQLite file (the file is removed; a rename-free, atomic change)."""
    path = settings_path(data_dir)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(QT_TRANSLATE_NOOP("errors", "Cannot delete {path}: {reason}"),
                           path=str(path), reason=exc.strerror or str(exc)) from exc
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)


def _write_atomically(path: Path, header: str, parser: configparser.ConfigParser) -> None:
    """The whole file or the old one: mkstemp makes the temporary file 0600 before the password is in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_output(path, mode=0o600) as part, open(part, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(header)
            parser.write(handle)
    except OSError as exc:
        raise StorageError(QT_TRANSLATE_NOOP("errors", "Cannot save {path}: {reason}"),
                           path=str(path), reason=exc.strerror or str(exc)) from exc


# --- deciding and opening -------------------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseChoice:
    """The database to open and why: `url` None means the data dir's own SQLite file."""

    url: str | None
    source: str  # COMMAND_LINE, SAVED or LOCAL
    settings_file: Path


def resolve(data_dir: Path, command_line: str | None) -> DatabaseChoice:
    """`--database` wins; else the URL saved for this PC; else the data dir's SQLite file.

    A damaged settings file is an error naming it (never silently the local file: that would
    open an old or empty office while the clerks' work is on the server).
    """
    path = settings_path(data_dir)
    if command_line is not None:
        return DatabaseChoice(command_line, COMMAND_LINE, path)
    url = saved_url(data_dir)
    if url is not None:
        return DatabaseChoice(url, SAVED, path)
    return DatabaseChoice(None, LOCAL, path)


def open_chosen(data_dir: Path, command_line: str | None, *, create: bool = False) -> Workspace:
    """Opens the workspace `resolve` decides on. When the saved server cannot be used, the error names
    the server (never its password) and says how to change it or open the local file instead."""
    data_dir = Path(data_dir)
    choice = resolve(data_dir, command_line)
    try:
        return open_workspace(data_dir, choice.url, create=create)
    except StorageError as exc:
        if choice.source != SAVED:
            raise
        raise saved_server_error(data_dir, choice, exc) from exc


def saved_server_error(data_dir: Path, choice: DatabaseChoice, exc: AppError) -> StorageError:
    url = choice.url or ""
    reason = str(exc.params.get("reason") or exc.message).replace(url, safe_url(url)).rstrip(".")
    local = paths.database_file(data_dir)
    command = f'casedesk --database "{local}"'
    if Path(data_dir) != paths.default_data_dir():
        command = f'casedesk --data-dir "{data_dir}" --database "{local}"'
    return StorageError(QT_TRANSLATE_NOOP(
        "errors", "Cannot open the office server saved for this computer, {server}: {reason}. To use another "
                  "server, correct or delete {file} (then Tools → Settings → Database). To open this "
                  "computer's own database file instead, start: {command}"),
        server=server_label(url), reason=reason, file=str(choice.settings_file), command=command)


# --- URLs -----------------------------------------------------------------------------------------


def is_postgres(url: str | None) -> bool:
    return bool(url) and url.strip().split("://", 1)[0].lower() in POSTGRES_SCHEMES and "://" in url


@dataclass
class ServerFields:
    """A PostgreSQL URL as the form's fields (the password clear: the form hides it)."""

    host: str = ""
    port: str = ""
    database: str = ""
    user: str = ""
    password: str = ""
    options: str = ""  # libpq parameters, "sslmode=require connect_timeout=10"


def server_label(url: str) -> str:
    """'user@host:port/database' (no password): how messages name a server."""
    try:
        fields = parse_url(url)
    except UserError:
        return safe_url(url)
    who = f"{fields.user}@" if fields.user else ""
    return f"{who}{fields.host or 'localhost'}:{fields.port or DEFAULT_PORT}/{fields.database}"


def _field_error(template: str, field_label: str, **params: object) -> UserError:
    return UserError(template, field=field_label, **params)


def parse_url(url: str, field_label: str = "URL") -> ServerFields:
    """A postgresql:// URL split into the form's fields; a malformed one is refused naming the field."""
    text = url.strip()
    if not text:
        raise _field_error(QT_TRANSLATE_NOOP(
            "errors", "{field}: enter a URL such as postgresql://casedesk@server:5432/office."), field_label)
    if not is_postgres(text):
        raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: {url} does not start with postgresql://."),
                           field_label, url=safe_url(text))
    parsed = urlparse(text)
    try:
        port = parsed.port
    except ValueError as exc:
        raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: the port of {url} is not a number from 1 to 65535."),
                           field_label, url=safe_url(text)) from exc
    database = unquote(parsed.path.lstrip("/"))
    if not database or "/" in database:
        raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: {url} names no database (…/DATABASE at the end)."),
                           field_label, url=safe_url(text))
    try:
        options = parse_qsl(parsed.query, keep_blank_values=True, strict_parsing=bool(parsed.query))
    except ValueError as exc:
        raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: the options after ? in {url} are not NAME=VALUE pairs."),
                           field_label, url=safe_url(text)) from exc
    return ServerFields(
        host=parsed.hostname or "", port=str(port) if port else "", database=database,
        user=unquote(parsed.username) if parsed.username else "",
        password=unquote(parsed.password) if parsed.password else "",
        options=" ".join(f"{key}={value}" for key, value in options))


FIELD_LABELS = {  # English defaults; the form passes its own (translated) labels
    "host": "Server", "port": "Port", "database": "Database", "user": "User", "options": "Options",
}


def build_url(fields: ServerFields, labels: dict[str, str] | None = None) -> str:
    """The URL the form's fields make; a missing or malformed field is refused naming it."""
    labels = {**FIELD_LABELS, **(labels or {})}
    host = fields.host.strip()
    if not host:
        raise _field_error(QT_TRANSLATE_NOOP(
            "errors", "{field}: enter the server's name or address (e.g. db.office.lan)."), labels["host"])
    if any(ch in host for ch in "/@?# ") or host.count(":") == 1:
        raise _field_error(QT_TRANSLATE_NOOP(
            "errors", "{field}: {value} is not a server name or address (the port has its own field)."),
            labels["host"], value=host)
    port = fields.port.strip()
    if port and not (port.isdigit() and 1 <= int(port) <= 65535):
        raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: {value} is not a number from 1 to 65535."),
                           labels["port"], value=port)
    database = fields.database.strip()
    if not database:
        raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: enter the name of the database (e.g. casedesk)."),
                           labels["database"])
    user = fields.user.strip()
    options: list[tuple[str, str]] = []
    for part in fields.options.replace("&", " ").split():
        name, sep, value = part.partition("=")
        if not sep or not name:
            raise _field_error(QT_TRANSLATE_NOOP("errors", "{field}: {value} is not NAME=VALUE (e.g. sslmode=require)."),
                               labels["options"], value=part)
        options.append((name, value))
    netloc = f"[{host}]" if ":" in host else host
    if port:
        netloc += f":{port}"
    if user or fields.password:
        credentials = quote(user, safe="")
        if fields.password:
            credentials += ":" + quote(fields.password, safe="")
        netloc = f"{credentials}@{netloc}"
    url = f"postgresql://{netloc}/{quote(database, safe='')}"
    return url + ("?" + urlencode(options) if options else "")


# --- describing and testing -----------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """Where an office is, for display: a file, or a server (never its password)."""

    engine: str  # "sqlite" or "postgresql"
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    has_password: bool = False


def location_of(url: str) -> Location:
    from desktop_app.storage.database import sqlite_path_from_url

    path = sqlite_path_from_url(url.strip())
    if path is not None:
        return Location("sqlite", path=str(path))
    fields = parse_url(url)
    return Location("postgresql", host=fields.host or "localhost", port=int(fields.port or DEFAULT_PORT),
                    database=fields.database, user=fields.user, has_password=bool(fields.password))


UNREACHABLE, EMPTY, OFFICE, NEWER, FOREIGN = "unreachable", "empty", "office", "newer", "foreign"


@dataclass(frozen=True)
class ProbeResult:
    """What `probe` found at a URL."""

    kind: str  # UNREACHABLE, EMPTY, OFFICE, NEWER or FOREIGN
    server: str  # server_label(url)
    reason: str = ""  # UNREACHABLE: the driver's reason
    schema: int = 0  # OFFICE / NEWER: the office's schema version
    latest: int = 0  # this program's schema version
    cases: int = 0
    offices: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # FOREIGN: a few of the tables found
    may_create: bool = True  # EMPTY: the user may create tables in the current schema
    user: str = ""  # the server-side user (current_user)
    schema_name: str = ""  # the current schema


def probe(url: str) -> ProbeResult:
    """Connects to `url` on a connection of its own (the open office is not touched) and reports.

    Raises UserError/StorageError only for a URL that cannot be used at all (malformed, no driver).
    """
    from desktop_app.storage.database import make_database
    from desktop_app.storage.migrations import VERSION_TABLE, latest_version

    latest = latest_version()
    server = server_label(url)
    database = make_database(url)  # validates the URL (and that the driver is installed)
    import psycopg

    params = {key: value for key, value in database.connect_params.items() if value is not None}
    params.update(dbname=database.database, autocommit=True, application_name="CaseDesk connection test")
    timeout = str(params.get("connect_timeout") or "")
    params["connect_timeout"] = str(min(int(timeout), 30)) if timeout.isdigit() else str(PROBE_TIMEOUT_S)
    try:
        connection = psycopg.connect(**params)
    except psycopg.Error as exc:
        return ProbeResult(UNREACHABLE, server, reason=first_line(exc), latest=latest)
    try:
        with connection:
            user, schema_name = connection.execute("SELECT current_user, current_schema()").fetchone()
            tables = [name for (name,) in connection.execute(
                "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename").fetchall()]
            common = {"server": server, "latest": latest, "user": user or "", "schema_name": schema_name or ""}
            if not tables:
                may_create = bool(schema_name) and bool(connection.execute(
                    "SELECT has_schema_privilege(current_schema(), 'CREATE')").fetchone()[0])
                return ProbeResult(EMPTY, may_create=may_create, **common)
            if VERSION_TABLE not in tables:
                return ProbeResult(FOREIGN, tables=tables[:5], **common)
            schema = int(connection.execute(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()[0] or 0)
            if schema > latest:
                return ProbeResult(NEWER, schema=schema, **common)
            cases = connection.execute('SELECT count(*) FROM "case"').fetchone()[0] if "case" in tables else 0
            offices = [name for (name,) in connection.execute(
                "SELECT name FROM office ORDER BY id LIMIT 4").fetchall()] if "office" in tables else []
            return ProbeResult(OFFICE, schema=schema, cases=int(cases), offices=offices, **common)
    except psycopg.OperationalError as exc:  # the server went away during the test
        return ProbeResult(UNREACHABLE, server, reason=first_line(exc), latest=latest)



# --- the administrator's choice (Tools → Settings → Database) --------------------------------------


def choose_server(actor: Actor, workspace: Workspace, url: str) -> Path:
    """Saves `url` for this PC (from the next start); recorded in the open office's audit trail."""
    from desktop_app.services import audit
    from desktop_app.services.permissions import Action, require
    from desktop_app.storage.database import write_transaction
    from desktop_app.storage.presence import this_host

    require(actor, Action.OFFICE_ADMIN)
    parse_url(url)
    path = save_url(workspace.data_dir, url)
    log.info("this computer now opens %s (from the next start)", safe_url(url))
    with write_transaction():
        audit.record(actor, "pc.database", "office", "", target=server_label(url), host=this_host())
    return path


def choose_local(actor: Actor, workspace: Workspace) -> Path:
    """Back to the data dir's own SQLite file for this PC (from the next start); audited."""
    from desktop_app.services import audit
    from desktop_app.services.permissions import Action, require
    from desktop_app.storage.database import write_transaction
    from desktop_app.storage.presence import this_host

    require(actor, Action.OFFICE_ADMIN)
    forget_url(workspace.data_dir)
    target = paths.database_file(workspace.data_dir)
    log.info("this computer now opens %s (from the next start)", target)
    with write_transaction():
        audit.record(actor, "pc.database", "office", "", target=str(target), host=this_host())
    return target
