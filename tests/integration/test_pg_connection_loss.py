"""Connection loss on PostgreSQL (issue 6): a killed backend, a stopped and restarted server.

Reads and the BEGIN of a write are re-sent on a new connection (bounded retry, short back-off)
and the user is told; a write whose connection dies inside its transaction is refused whole
(the server rolled it back) with a message saying the changes are kept; a server that stays
away gives "cannot reach server HOST:PORT". Everything is checked against the real server.
"""

from __future__ import annotations

import pytest

from desktop_app.errors import StorageError
from desktop_app.models import AuditEvent, Case
from desktop_app.services.cases import case_details, case_editing
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage import connections
from tests.pg_office import backend_pid, own_cluster, small_office, terminate_backend

on_postgresql = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)


@pytest.fixture
def events():
    heard: list[connections.ConnectionEvent] = []
    connections.add_listener(heard.append)
    yield heard
    connections.remove_listener(heard.append)


@pytest.fixture
def fast_retries(workspace):
    workspace.database.reconnect_delays = (0.05, 0.1)
    return workspace


def kinds(events) -> list[str]:
    return [event.kind for event in events]


@on_postgresql
def test_a_killed_idle_connection_is_replaced_and_reads_go_on(fast_retries, admin, events):
    workspace = fast_retries
    case_id, _other = small_office(admin)
    before = backend_pid()
    terminate_backend(workspace.database_url, before)
    detail = case_details.case_detail(admin, case_id)  # the read is sent again on a new connection
    assert detail.id == case_id
    assert backend_pid() != before
    assert kinds(events) == ["lost", "reconnected"]
    assert events[0].server == workspace.database.server and events[0].reason


@on_postgresql
def test_a_write_after_the_idle_connection_died_is_made_on_a_new_one(fast_retries, admin, events):
    workspace = fast_retries
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    terminate_backend(workspace.database_url, backend_pid())
    case_editing.update_case(admin, case_id, version, city="Rennes")  # its BEGIN meets the dead connection
    row = Case.get_by_id(case_id)
    assert (row.city, row.version) == ("Rennes", version + 1)
    assert kinds(events) == ["lost", "reconnected"]


@on_postgresql
def test_a_connection_lost_inside_a_save_writes_nothing_and_the_save_can_be_repeated(
        fast_retries, admin, events, monkeypatch):
    workspace = fast_retries
    case_id, _other = small_office(admin)
    version = Case.get_by_id(case_id).version
    audits = AuditEvent.select().count()
    real_refresh = case_editing.icon_states.refresh

    def dies_after_the_update(ids):  # the case row is updated; then the line breaks
        terminate_backend(workspace.database_url, backend_pid())
        return real_refresh(ids)

    monkeypatch.setattr(case_editing.icon_states, "refresh", dies_after_the_update)
    with pytest.raises(StorageError) as raised:
        case_editing.update_case(admin, case_id, version, city="Rennes", subject="Vente")
    assert isinstance(raised.value, connections.ConnectionLost)
    message = raised.value.message
    assert workspace.database.server in message and "Nothing was saved" in message
    assert "your changes are kept" in message
    monkeypatch.setattr(case_editing.icon_states, "refresh", real_refresh)
    row = Case.get_by_id(case_id)  # read on a new connection: the half-done transaction is gone
    assert (row.city, row.subject, row.version) == ("Nantes", "", version)
    assert AuditEvent.select().count() == audits
    case_editing.update_case(admin, case_id, version, city="Rennes", subject="Vente")  # the user saves again
    row = Case.get_by_id(case_id)
    assert (row.city, row.subject, row.version) == ("Rennes", "Vente", version + 1)
    assert kinds(events) == ["lost", "reconnected"]


def test_a_stopped_server_is_named_and_the_work_goes_on_once_it_is_back(tmp_path, events):
    with own_cluster() as cluster:
        url = cluster.create_database()
        workspace = open_workspace(tmp_path / "data", url, create=True)
        try:
            workspace.database.reconnect_delays = (0.05, 0.1)
            admin = auth.default_actor()
            (case_id,) = small_office(admin, count=1)
            version = Case.get_by_id(case_id).version
            cluster.stop_server()
            with pytest.raises(connections.ConnectionLost) as raised:
                case_editing.update_case(admin, case_id, version, city="Rennes")
            server = f"127.0.0.1:{cluster.server.port}"
            assert raised.value.message.startswith(f"Cannot reach the office server {server}: ")
            assert "Your changes are kept" in raised.value.message
            with pytest.raises(connections.ConnectionLost):
                case_details.case_detail(admin, case_id)  # reads too: a clear error, not a traceback
            assert "unreachable" in kinds(events)
            cluster.start_server()
            case_editing.update_case(admin, case_id, version, city="Rennes")
            assert Case.get_by_id(case_id).city == "Rennes"
            assert kinds(events)[-1] == "reconnected"
        finally:
            close_workspace(workspace)


@on_postgresql
def test_sessions_are_named_after_the_user_in_pg_stat_activity(workspace, admin):
    from desktop_app.services.office.workspace import identify
    from desktop_app.storage import presence

    identify(workspace, "claire")
    name = workspace.database.execute_sql(
        "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()").fetchone()[0]
    assert name == f"CaseDesk claire@{presence.this_host()}"[:63]
    assert workspace.database.execute_sql("SHOW lock_timeout").fetchone()[0] == "10s"
