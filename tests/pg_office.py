"""Helpers for the connection, lock and two-clerk tests (issue 6): a small office with cases,
a second clerk working on their own connection, and a private cluster the test may stop and start.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import psycopg

from desktop_app.models import Contact, IndexField, IndexValue, Role, User, WorkArea, db
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import case_editing
from desktop_app.services.context import Actor
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from tests import pg_server


def small_office(admin: Actor, count: int = 2) -> list[int]:
    """The diagnostics office and `count` cases in it (ids, oldest first)."""
    with write_transaction():
        if not WorkArea.select().where(WorkArea.code == "DIAG").exists():
            presets.create_office("diagnostics")
    area = WorkArea.get(WorkArea.code == "DIAG")
    ids = []
    for position in range(count):
        with write_transaction():
            owner = Contact.create(first_name="Jean", last_name=f"Dupont {position}", city="Nantes")
        case, _changes = case_editing.create_case(admin, area.id, owner=owner.id, city="Nantes",
                                           amount=Decimal("1250.00"), tariff=Decimal("390.50"))
        ids.append(case.id)
    with write_transaction():  # the required fields are filled, as a clerk would have
        for code, value in (("mission", "DPE"), ("sale_or_rent", "Location")):
            field = IndexField.get((IndexField.work_area == area.id) & (IndexField.code == code))
            for case_id in ids:
                IndexValue.create(case=case_id, field=field, value=value)
    return ids


def make_clerk(login: str = "claire", name: str = "Claire Martin") -> Actor:
    with write_transaction():
        user = User.create(login=login, full_name=name, initials=name[:1] + name.split()[-1][:1],
                           role=Role.get(Role.code == RoleCode.ADMINISTRATIVE))
    return Actor.from_user(user)


def on_own_connection(fn: Callable[[], object]) -> object:
    """Runs `fn` in another thread, which has its own database connection (as another clerk's
    program would); returns its result or raises its exception."""
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            with db.connection_context():
                outcome["result"] = fn()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the other clerk's work did not finish"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("result")


def side_connection(url: str, application_name: str = "pytest side", autocommit: bool = True):
    return psycopg.connect(url, application_name=application_name, autocommit=autocommit)


def terminate_backend(url: str, pid: int) -> None:
    """Kills one server backend from another connection, as a DBA or a network cut would."""
    with side_connection(url) as side:
        assert side.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
        side.execute("SELECT pg_sleep(0.05)")


def backend_pid() -> int:
    return db.obj.connection().info.backend_pid


@dataclass
class OwnCluster:
    """A private PostgreSQL cluster a test may stop and start again (same data, same port)."""

    server: pg_server.Server
    bindir: Path

    def url(self, name: str = "office") -> str:
        return self.server.url(name)

    def create_database(self, name: str = "office") -> str:
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def _ctl(self, *args: str) -> None:
        data = self.server.root / "data"
        subprocess.run(pg_server._as_server_account([str(self.bindir / "pg_ctl"), "-D", str(data), *args]),
                       check=True, capture_output=True, cwd=self.server.root, timeout=120)

    def stop_server(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    def start_server(self) -> None:
        options = (f"-p {self.server.port} -k {self.server.root / 'run'} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=30")
        self._ctl("-o", options, "-l", str(self.server.root / "server.log"), "-w", "-t", "60", "start")


@contextlib.contextmanager
def own_cluster() -> Iterator[OwnCluster]:
    bindir = pg_server.find_bindir()
    if bindir is None:
        import os

        import pytest

        if os.environ.get(pg_server.REQUIRE_ENV):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found")
        pytest.skip("no PostgreSQL server binaries on this machine")
    server = pg_server.start(bindir)
    try:
        yield OwnCluster(server, bindir)
    finally:
        pg_server.stop(server, bindir)
