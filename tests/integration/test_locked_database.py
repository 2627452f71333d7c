"""A database locked by someone else (issue 6): the user is told who holds it; nothing is lost.

SQLite: another process keeps a write transaction open longer than the busy timeout; the
error names that process's CaseDesk session from the presence table, or "another program".
PostgreSQL: another session holds the case row (SELECT … FOR UPDATE) longer than lock_timeout;
the error names it from pg_stat_activity (its application_name "CaseDesk <login>@<PC>").
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.models import AuditEvent, Case
from desktop_app.services.cases import case_editing
from desktop_app.storage import connections, database, presence
from tests.pg_office import side_connection, small_office

ROOT = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent("""
    import sys
    from desktop_app.services.office.workspace import close_workspace, identify, open_workspace
    from desktop_app.models import db
    workspace = open_workspace(sys.argv[1])
    identify(workspace, "bob")
    db.execute_sql("BEGIN IMMEDIATE")
    db.execute_sql("UPDATE \\"case\\" SET city = 'Brest'")
    print("holding", flush=True)
    sys.stdin.readline()
    db.execute_sql("ROLLBACK")
    close_workspace(workspace)
""")


@pytest.fixture
def short_waits(monkeypatch):
    """Waits of a fraction of a second instead of ten (set before the workspace opens)."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    monkeypatch.setattr(database, "LOCK_TIMEOUT_S", 0.3)


def test_sqlite_locked_by_another_casedesk_names_its_session(short_waits, workspace, admin):
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    audits = AuditEvent.select().count()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(workspace.data_dir)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding", holder.stderr.read()
        with pytest.raises(connections.DatabaseBusy) as raised:
            case_editing.update_case(admin, case_id, version, city="Rennes")
        message = raised.value.message
        assert message.startswith("The database is locked: another CaseDesk session kept it for more "
                                  "than 0.3 s (open sessions: ")
        assert f"bob@{presence.this_host()}" in message and f"pid {holder.pid}" in message
        assert "Nothing was changed; your changes are kept" in message
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    row = Case.get_by_id(case_id)
    assert (row.city, row.version) == ("Nantes", version) and AuditEvent.select().count() == audits
    case_editing.update_case(admin, case_id, version, city="Rennes")  # the lock is gone: the same save works
    assert Case.get_by_id(case_id).city == "Rennes"
    assert presence.live_sessions(workspace.database) == []  # bob's row went when his program closed


def test_sqlite_locked_by_a_headless_command_names_it(short_waits, workspace, admin):
    """`casedesk backup` (or check, import…) records its session too: the clerk is told which command."""
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    script = textwrap.dedent("""
        import argparse, sys
        data_dir = sys.argv[1]
        sys.argv = ["casedesk", "backup"]
        from desktop_app.cli.opening import open_for
        from desktop_app.models import db
        from desktop_app.services.office.workspace import close_workspace
        workspace = open_for(argparse.Namespace(data_dir=data_dir, database=None, user=None))
        db.execute_sql("BEGIN IMMEDIATE")
        print("holding", flush=True)
        sys.stdin.readline()
        db.execute_sql("ROLLBACK")
        close_workspace(workspace)
    """)
    holder = subprocess.Popen([sys.executable, "-c", script, str(workspace.data_dir)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding", holder.stderr.read()
        with pytest.raises(connections.DatabaseBusy) as raised:
            case_editing.update_case(admin, case_id, version, city="Rennes")
        assert f"admin@{presence.this_host()} (casedesk backup, pid {holder.pid}" in raised.value.message
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    assert presence.live_sessions(workspace.database) == []  # the command's row went when it ended


def test_a_headless_sessions_row_is_kept_fresh_until_it_closes(monkeypatch, tmp_path):
    """A command running longer than STALE_AFTER_S (a 1M-case check) must still be named."""
    from desktop_app.services.office.workspace import close_workspace, identify, open_workspace

    monkeypatch.setattr(presence, "HEARTBEAT_S", 0.05)
    workspace = open_workspace(tmp_path / "office", create=True)
    try:
        identify(workspace, "admin", keep_alive=True)
        row = workspace.database.presence_id
        beat = workspace.database.presence_heartbeat
        workspace.database.execute_sql(
            'UPDATE "session_presence" SET "last_seen_at" = ? WHERE "id" = ?', ("2000-01-01 00:00:00.000000+00:00", row))
        assert presence.live_sessions(workspace.database) == []
        deadline = time.monotonic() + 10
        while not presence.live_sessions(workspace.database) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert [p.login for p in presence.live_sessions(workspace.database)] == ["admin"]
    finally:
        close_workspace(workspace)
    assert not beat.is_alive()


def test_sqlite_locked_by_another_program_says_so(short_waits, workspace, admin):
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    other = sqlite3.connect(str(workspace.data_dir / "casedesk.db"), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(connections.DatabaseBusy) as raised:
            case_editing.update_case(admin, case_id, version, city="Rennes")
        assert raised.value.message.startswith("The database is locked by another program (for more than 0.3 s)")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Case.get_by_id(case_id).version == version


def test_a_crashed_sessions_presence_is_not_named(workspace):
    stale = presence.register(workspace.database, login="ghost")
    workspace.database.execute_sql(
        'UPDATE "session_presence" SET "pid" = ? WHERE "id" = ?', (_dead_pid(), stale))
    alive = presence.register(workspace.database, login="alice")
    assert [p.login for p in presence.live_sessions(workspace.database)] == ["alice"]
    assert presence.live_sessions(workspace.database, exclude=alive) == []


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_postgresql_lock_wait_names_the_session_holding_the_row(short_waits, workspace, admin):
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    audits = AuditEvent.select().count()
    with side_connection(workspace.database_url, "CaseDesk bob@PC-BOB", autocommit=False) as other:
        other.execute('SELECT id FROM "case" WHERE id = %s FOR UPDATE', (case_id,))
        pid = other.info.backend_pid
        with pytest.raises(connections.DatabaseBusy) as raised:
            case_editing.update_case(admin, case_id, version, city="Rennes")
        message = raised.value.message
        assert message.startswith(f"The database is busy: bob@PC-BOB (pid {pid}, since ")
        assert "kept a lock on case for more than 0.3 s. Nothing was changed" in message
        other.rollback()
    row = Case.get_by_id(case_id)
    assert (row.city, row.version) == ("Nantes", version) and AuditEvent.select().count() == audits
    case_editing.update_case(admin, case_id, version, city="Rennes")
    assert Case.get_by_id(case_id).city == "Rennes"


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_postgresql_lock_held_by_another_program_is_named_by_its_name(short_waits, workspace, admin):
    case_id, _other = small_office(admin)
    with side_connection(workspace.database_url, "psql", autocommit=False) as other:
        other.execute('LOCK TABLE "case" IN EXCLUSIVE MODE')
        with pytest.raises(connections.DatabaseBusy) as raised:
            case_editing.update_case(admin, case_id, Case.get_by_id(case_id).version, city="Rennes")
        assert raised.value.message.startswith("The database is busy: psql (")
        other.rollback()
    assert "CaseDesk" not in raised.value.message  # the waiting session is never named as the holder
