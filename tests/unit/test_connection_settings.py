"""The database this computer opens: `--database`, else the URL saved in the data dir, else its SQLite file.

Real files in a temporary data dir, the real command line (`cli.main`), a real PostgreSQL server.
"""

from __future__ import annotations

import os
import socket
import stat

import pytest

from desktop_app import paths
from desktop_app.cli.main import main as casedesk
from desktop_app.errors import EXIT_USAGE, PermissionDenied, StorageError, UserError
from desktop_app.models import AuditEvent, Role, User, db
from desktop_app.models.states import RoleCode
from desktop_app.services.context import Actor
from desktop_app.services.office import connection_settings
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage import database
from desktop_app.storage.database import write_transaction
from desktop_app.storage.migrations import VERSION_TABLE, latest_version
from tests.pg_office import small_office


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    close_workspace(open_workspace(folder, create=True))  # an office in the data dir's own file
    return folder


# --- the order ------------------------------------------------------------------------------------


def test_resolution_order_command_line_then_saved_then_local_file(data_dir):
    assert connection_settings.resolve(data_dir, None) == connection_settings.DatabaseChoice(None, connection_settings.LOCAL, data_dir / "database.ini")
    connection_settings.save_url(data_dir, "postgresql://clerk@db.lan:5433/office")
    assert connection_settings.resolve(data_dir, None) == connection_settings.DatabaseChoice("postgresql://clerk@db.lan:5433/office", connection_settings.SAVED,
                                                          data_dir / "database.ini")
    other = str(data_dir / "elsewhere.db")
    assert connection_settings.resolve(data_dir, other) == connection_settings.DatabaseChoice(other, connection_settings.COMMAND_LINE, data_dir / "database.ini")
    # the command line wins even over a damaged file, which is then never read
    (data_dir / "database.ini").write_text("this is not an ini file", encoding="utf-8")
    assert connection_settings.resolve(data_dir, other).url == other
    with pytest.raises(UserError):
        connection_settings.resolve(data_dir, None)
    connection_settings.forget_url(data_dir)
    assert connection_settings.resolve(data_dir, None).source == connection_settings.LOCAL
    connection_settings.forget_url(data_dir)  # twice: nothing to delete is not an error
    # no data dir yet (a first `casedesk demo`): the local file
    assert connection_settings.resolve(data_dir / "new", None).source == connection_settings.LOCAL


def test_the_saved_file_is_private_atomic_and_keeps_odd_passwords(data_dir, monkeypatch):
    path = data_dir / "database.ini"
    path.write_text("[database]\nurl = postgresql://old@db.lan/office\n", encoding="utf-8")
    os.chmod(path, 0o644)
    password = "p%25 w@rd:/?#"
    url = connection_settings.build_url(connection_settings.ServerFields("db.lan", "5432", "office", "clerk", password, "sslmode=require"))
    assert connection_settings.save_url(data_dir, url) == path
    assert connection_settings.saved_url(data_dir) == url
    assert connection_settings.parse_url(connection_settings.saved_url(data_dir)).password == password  # no %-interpolation, no loss
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # replaced by a new file, not rewritten in place
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".database")) == []
    assert "Tools > Settings > Database" in path.read_text(encoding="utf-8")

    # a crash while writing (here: the disk refuses the fsync) leaves the old file whole, no temporary file
    def refuse(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(StorageError) as caught:
        connection_settings.save_url(data_dir, "postgresql://new@other/office")
    assert str(path) in caught.value.message and "No space left" in caught.value.message
    assert connection_settings.saved_url(data_dir) == url
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".database")] == []


@pytest.mark.parametrize(("content", "reason"), [
    ("url = postgresql://x@h/db\n", "not an INI file"),
    ("[window]\ngeometry = 1\n", "no [database] section"),
    ("[database]\nurl = mysql://h/db\n", "neither a postgresql:// URL nor a file path"),
    (b"[database]\nurl = \xff\xfe\n", "not UTF-8"),
    ("[database]\nurl = postgresql://clerk:pw@db.lan:5432/\n", "url: postgresql://clerk:***@db.lan:5432/ names no database"),
])
def test_a_damaged_file_is_named_with_the_reason(data_dir, content, reason):
    path = data_dir / "database.ini"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        connection_settings.saved_url(data_dir)
    assert str(path) in caught.value.message and reason in caught.value.message
    # the command line says the same, on one line, with exit 2 (never the local file instead)
    assert casedesk(["--data-dir", str(data_dir), "users"]) == EXIT_USAGE


def test_an_empty_file_or_section_means_nothing_saved(data_dir):
    (data_dir / "database.ini").write_text("# nothing yet\n", encoding="utf-8")
    assert connection_settings.saved_url(data_dir) is None
    (data_dir / "database.ini").write_text("[database]\nurl =\n", encoding="utf-8")
    assert connection_settings.resolve(data_dir, None).source == connection_settings.LOCAL


# --- URLs and fields --------------------------------------------------------------------------------


def test_fields_make_a_url_and_a_url_fills_the_fields():
    fields = connection_settings.ServerFields("db.office.lan", "5433", "casedesk", "clerk", "s3cret", "sslmode=require")
    url = connection_settings.build_url(fields)
    assert url == "postgresql://clerk:s3cret@db.office.lan:5433/casedesk?sslmode=require"
    assert connection_settings.parse_url(url) == fields
    assert database.safe_url(url) == "postgresql://clerk:***@db.office.lan:5433/casedesk?sslmode=require"
    assert connection_settings.server_label(url) == "clerk@db.office.lan:5433/casedesk"
    assert connection_settings.build_url(connection_settings.ServerFields("fe80::1", "", "office")) == "postgresql://[fe80::1]/office"
    assert connection_settings.location_of(url) == connection_settings.Location("postgresql", host="db.office.lan", port=5433, database="casedesk",
                                              user="clerk", has_password=True)


@pytest.mark.parametrize(("fields", "message"), [
    (connection_settings.ServerFields("", "", "office"), "Server: enter the server's name"),
    (connection_settings.ServerFields("db.lan:5432", "", "office"), "Server: db.lan:5432 is not a server name"),
    (connection_settings.ServerFields("db.lan", "54x", "office"), "Port: 54x is not a number from 1 to 65535"),
    (connection_settings.ServerFields("db.lan", "70000", "office"), "Port: 70000 is not a number"),
    (connection_settings.ServerFields("db.lan", "", " "), "Database: enter the name of the database"),
    (connection_settings.ServerFields("db.lan", "", "office", options="sslmode"), "Options: sslmode is not NAME=VALUE"),
])
def test_a_bad_field_is_named(fields, message):
    with pytest.raises(UserError) as caught:
        connection_settings.build_url(fields)
    assert caught.value.message.startswith(message), caught.value.message


@pytest.mark.parametrize(("url", "message"), [
    ("", "URL: enter a URL such as postgresql://"),
    ("mysql://u:pw@h/db", "URL: mysql://u:***@h/db does not start with postgresql://"),
    ("postgresql://u:pw@h:99999/db", "URL: the port of postgresql://u:***@h:99999/db is not a number"),
    ("postgresql://u@h/", "URL: postgresql://u@h/ names no database"),
])
def test_a_malformed_url_is_named_without_its_password(url, message):
    with pytest.raises(UserError) as caught:
        connection_settings.parse_url(url)
    assert caught.value.message.startswith(message), caught.value.message
    assert ":pw@" not in caught.value.message


# --- startup: the saved server --------------------------------------------------------------------


def test_an_unreachable_saved_server_is_named_with_the_way_out(data_dir, capsys):
    port = closed_port()
    connection_settings.save_url(data_dir, f"postgresql://clerk:TopSecret@127.0.0.1:{port}/office")
    with pytest.raises(StorageError) as caught:
        connection_settings.open_chosen(data_dir, None)
    message = caught.value.message
    assert f"clerk@127.0.0.1:{port}/office" in message
    assert "TopSecret" not in message
    assert "refused" in message.lower()
    assert str(data_dir / "database.ini") in message
    assert f'casedesk --data-dir "{data_dir}" --database "{paths.database_file(data_dir)}"' in message
    # a headless command says the same on one line, exit 2
    assert casedesk(["--data-dir", str(data_dir), "check"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("casedesk: error: Cannot open the office server saved for this computer, clerk@127.0.0.1")
    assert "TopSecret" not in err and err.count("\n") == 1
    # the way out works: --database opens the local office
    assert casedesk(["--data-dir", str(data_dir), "--database", str(paths.database_file(data_dir)), "users"]) == 0
    assert "admin" in capsys.readouterr().out


def test_headless_commands_and_the_window_open_the_saved_server(data_dir, postgresql_url, tmp_path, capsys):
    previous = db.obj
    server = open_workspace(tmp_path / "server-side", postgresql_url, create=True)
    try:
        with write_transaction():
            User.create(login="onserver", full_name="Only On The Server", initials="OS",
                        role=Role.get(Role.code == RoleCode.ADMINISTRATIVE))
        small_office(auth.default_actor(), count=2)
    finally:
        close_workspace(server)
        db.initialize(previous)
    assert casedesk(["--data-dir", str(data_dir), "users"]) == 0
    assert "onserver" not in capsys.readouterr().out  # the local file until a server is saved
    connection_settings.save_url(data_dir, postgresql_url)
    assert casedesk(["--data-dir", str(data_dir), "users"]) == 0
    assert "onserver" in capsys.readouterr().out
    assert casedesk(["--data-dir", str(data_dir), "check"]) == 0, capsys.readouterr()
    workspace = connection_settings.open_chosen(data_dir, None)
    try:
        assert workspace.database_url == postgresql_url and workspace.blobs.in_database
    finally:
        close_workspace(workspace)


# --- probing ----------------------------------------------------------------------------------------


def test_probe_tells_empty_office_newer_foreign_and_unreachable(postgresql_url, tmp_path):
    empty = connection_settings.probe(postgresql_url)
    assert empty.kind == connection_settings.EMPTY and empty.may_create and empty.latest == latest_version()
    import psycopg

    with psycopg.connect(postgresql_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices_2019 (id int)")
    foreign = connection_settings.probe(postgresql_url)
    assert foreign.kind == connection_settings.FOREIGN and foreign.tables == ["invoices_2019"]
    with psycopg.connect(postgresql_url, autocommit=True) as conn:
        conn.execute("DROP TABLE invoices_2019")
    previous = db.obj
    close_workspace(open_workspace(tmp_path / "server-side", postgresql_url, create=True))
    db.initialize(previous)
    office = connection_settings.probe(postgresql_url)
    assert (office.kind, office.schema, office.cases, office.offices) == (connection_settings.OFFICE, latest_version(), 0, [])
    with psycopg.connect(postgresql_url, autocommit=True) as conn:
        conn.execute(f"INSERT INTO {VERSION_TABLE} (version, applied_at) VALUES (%s, 'later')",
                     (latest_version() + 5,))
    newer = connection_settings.probe(postgresql_url)
    assert (newer.kind, newer.schema) == (connection_settings.NEWER, latest_version() + 5)
    unreachable = connection_settings.probe(f"postgresql://u:pw@127.0.0.1:{closed_port()}/office")
    assert unreachable.kind == connection_settings.UNREACHABLE and "refused" in unreachable.reason.lower()


def test_only_an_administrator_chooses_this_computers_database(workspace, admin):
    with write_transaction():
        tech = User.create(login="tech", full_name="Marie Lefèvre", initials="ML",
                           role=Role.get(Role.code == RoleCode.TECHNICIAN))
    with pytest.raises(PermissionDenied):
        connection_settings.choose_server(Actor.from_user(tech), workspace, "postgresql://clerk@db.lan/office")
    assert not (workspace.data_dir / "database.ini").exists()
    with pytest.raises(UserError, match=r"^URL: mysql://db\.lan/office does not start"):
        connection_settings.choose_server(admin, workspace, "mysql://db.lan/office")
    connection_settings.choose_server(admin, workspace, "postgresql://clerk:pw@db.lan/office")
    assert connection_settings.saved_url(workspace.data_dir) == "postgresql://clerk:pw@db.lan/office"
    with pytest.raises(PermissionDenied):
        connection_settings.choose_local(Actor.from_user(tech), workspace)
    assert connection_settings.choose_local(admin, workspace) == paths.database_file(workspace.data_dir)
    assert not (workspace.data_dir / "database.ini").exists()
    details = [event.details for event in AuditEvent.select().where(AuditEvent.action == "pc.database")
               .order_by(AuditEvent.id)]
    assert len(details) == 2 and "clerk@db.lan:5432/office" in details[0] and ":pw@" not in details[0]
