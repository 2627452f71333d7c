"""Background jobs' SQLite connections are kept between jobs (their page cache stays warm), never
shared by two jobs at once, never kept in a transaction, and closed with the office."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from desktop_app.models import Case, db
from desktop_app.services.office.workspace import close_workspace
from desktop_app.storage.database import IDLE_WORKER_CONNECTIONS, worker_connection

pytestmark = pytest.mark.sqlite_only


def in_thread(job):
    """Runs `job` on a new thread inside worker_connection(); returns what it returned."""
    out: dict = {}

    def run():
        with worker_connection():
            out["value"] = job()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return out["value"]


def test_the_next_job_gets_the_connection_the_last_one_handed_back(workspace):
    first = in_thread(lambda: (db.connection(), Case.select().count())[0])
    second = in_thread(db.connection)
    assert second is first and second is not db.connection()  # kept, and not the GUI thread's


def test_jobs_at_once_get_connections_of_their_own(workspace):
    both, ready = [], threading.Barrier(3)

    def job():
        both.append(db.connection())
        ready.wait(5)

    threads = [threading.Thread(target=lambda: in_thread(job)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(conn) for conn in both}) == 3


def test_a_connection_left_in_a_transaction_is_closed_not_kept(workspace):
    def leave_open():
        db.execute_sql("BEGIN")
        db.execute_sql("SELECT 1")
        return db.connection()

    left = in_thread(leave_open)
    with pytest.raises(sqlite3.ProgrammingError):
        left.execute("SELECT 1")  # closed
    assert in_thread(db.connection) is not left


def test_no_more_than_a_few_connections_are_kept(workspace):
    barrier = threading.Barrier(IDLE_WORKER_CONNECTIONS + 2)
    made = []

    def job():
        made.append(db.connection())
        barrier.wait(5)

    threads = [threading.Thread(target=lambda: in_thread(job)) for _ in range(IDLE_WORKER_CONNECTIONS + 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    closed = 0
    for conn in made:
        try:
            conn.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            closed += 1
    assert closed == 2


def test_closing_the_office_closes_the_kept_connections(workspace):
    kept = in_thread(db.connection)
    close_workspace(workspace)
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")


def test_a_thread_with_its_own_connection_keeps_using_it(workspace):
    own = db.connection()  # a script's main thread, connection opened with the office
    with worker_connection():
        assert db.connection() is own
    assert not db.is_closed() and db.connection() is own
