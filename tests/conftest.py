"""Shared fixtures: a fresh workspace per test, offices built from the shipped presets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import itertools
import logging
import shutil
from pathlib import Path

import pytest

from desktop_app.cli.main import main as casedesk
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from tests import pg_server

ENGINES = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_engines: run the test's `workspace` on SQLite and on PostgreSQL")
    config.addinivalue_line(
        "markers", "sqlite_only: the test is about SQLite itself (its planner, its files); never run "
                   "on PostgreSQL, even inside a both_engines module or with CASEDESK_ALL_BOTH")
    config.addinivalue_line(
        "markers", "postgresql_only: run the test's `workspace` on PostgreSQL only (a PostgreSQL run of "
                   "a test whose SQLite run is another test)")


def pytest_collection_modifyitems(config, items):
    """`postgres` on every test that needs the server (by a fixture, or a PostgreSQL `engine`), so that
    `-m "not postgres"` leaves them out of a quick run."""
    for item in items:
        engine = getattr(getattr(item, "callspec", None), "params", {}).get("engine")
        if engine == "postgresql" or {"postgresql_server", "postgresql_url", "postgresql_office_url"} \
                & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


def pytest_generate_tests(metafunc):
    if "engine" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if metafunc.definition.get_closest_marker("postgresql_only"):
        metafunc.parametrize("engine", ("postgresql",), indirect=True)
    elif metafunc.definition.get_closest_marker("both_engines") or os.environ.get("CASEDESK_ALL_BOTH"):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def postgresql_server():
    """One throwaway PostgreSQL cluster for the whole run (skipped only outside CI)."""
    bindir = pg_server.find_bindir()
    if bindir is None:
        if os.environ.get(pg_server.REQUIRE_ENV):
            pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found; install the "
                        "distribution's postgresql package.")
        pytest.skip("no PostgreSQL server binaries on this machine")
    server = pg_server.start(bindir)
    yield server
    pg_server.stop(server, bindir)


_database_numbers = itertools.count(1)


@pytest.fixture
def postgresql_url(postgresql_server):
    """The URL of a new, empty database on the test cluster, dropped after the test."""
    name, janitor = _new_postgresql_database(postgresql_server)
    yield postgresql_server.url(name)
    janitor.drop()


def _build_office(data_dir: Path, url: str | None, with_offices: bool) -> None:
    """A data dir migrated to this schema with the base data, and (`with_offices`) the four shipped offices."""
    workspace = open_workspace(data_dir, url, create=True)
    try:
        if with_offices:
            with write_transaction():
                for kind in presets.OFFICES:
                    presets.create_office(kind)
    finally:
        close_workspace(workspace)


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory) -> dict[bool, Path]:
    """Data dirs built once per run (empty office; the four offices): each test's SQLite workspace is a
    copy of one (a file copy instead of every migration and preset again)."""
    root = tmp_path_factory.mktemp("templates")
    templates = {}
    for with_offices in (False, True):
        templates[with_offices] = root / ("offices" if with_offices else "empty")
        _build_office(templates[with_offices], None, with_offices)
    return templates


def _new_postgresql_database(server, template: str | None = None):
    from pytest_postgresql.janitor import DatabaseJanitor

    name = f"casedesk_test_{os.getpid()}_{next(_database_numbers)}"
    janitor = DatabaseJanitor(user=server.user, host=server.host, port=server.port, dbname=name,
                              template_dbname=template)
    janitor.init()
    return name, janitor


@pytest.fixture(scope="session")
def postgresql_templates(postgresql_server, tmp_path_factory) -> dict[bool, str]:
    """Databases migrated once to this schema with the base data (and the four offices): each test's
    workspace on PostgreSQL is a copy of one (CREATE DATABASE … TEMPLATE), instead of running every
    migration again (0.4 s a test)."""
    made = {}
    for with_offices in (False, True):
        name, janitor = _new_postgresql_database(postgresql_server)
        _build_office(tmp_path_factory.mktemp("pg-template"), postgresql_server.url(name), with_offices)
        made[with_offices] = (name, janitor)
    yield {key: name for key, (name, _janitor) in made.items()}
    for _name, janitor in made.values():
        janitor.drop()


@pytest.fixture(scope="session")
def postgresql_template(postgresql_templates) -> str:
    return postgresql_templates[False]


@pytest.fixture
def postgresql_office_url(postgresql_server, postgresql_template):
    """The URL of a new database already migrated (a copy of the template), dropped after the test."""
    name, janitor = _new_postgresql_database(postgresql_server, postgresql_template)
    yield postgresql_server.url(name)
    janitor.drop()


@pytest.fixture
def engine(request):
    """The database engine of `workspace`: SQLite unless the test is marked both_engines."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def workspace(tmp_path, engine, request):
    """An empty, migrated data dir with the base roles and the local admin; a test that asks for
    `offices` gets the four shipped offices in it as well (both copied from a template)."""
    with_offices = "offices" in request.fixturenames
    data_dir = tmp_path / "data"
    if engine == "postgresql":
        server = request.getfixturevalue("postgresql_server")
        name, janitor = _new_postgresql_database(server, request.getfixturevalue("postgresql_templates")[with_offices])
        request.addfinalizer(janitor.drop)
        ws = open_workspace(data_dir, server.url(name), create=True)
    else:
        shutil.copytree(request.getfixturevalue("sqlite_templates")[with_offices], data_dir)
        ws = open_workspace(data_dir)
    yield ws
    close_workspace(ws)


_built: dict[tuple[str, str], tuple[object, object]] = {}  # (key, engine) → (data dir or database, value)


@pytest.fixture
def built_office(request, tmp_path, tmp_path_factory, engine):
    """`built_office(key, build)`: a private copy of an office that `build(workspace)` made once per run
    (from the four shipped offices) → (workspace, what `build` returned). For fixtures that would
    otherwise make the same users, cases and documents again for each of hundreds of tests."""
    opened = []

    def make(key: str, build):
        templates = (request.getfixturevalue("postgresql_templates") if engine == "postgresql"
                     else request.getfixturevalue("sqlite_templates"))
        server = request.getfixturevalue("postgresql_server") if engine == "postgresql" else None
        if (key, engine) not in _built:
            work = tmp_path_factory.mktemp(f"built-{key}")
            if server is not None:
                name, _janitor = _new_postgresql_database(server, templates[True])  # goes with the cluster
                ws = open_workspace(work / "data", server.url(name), create=True)
                where: object = name
            else:
                shutil.copytree(templates[True], work / "data")
                ws = open_workspace(work / "data")
                where = work / "data"
            try:
                value = build(ws)
            finally:
                close_workspace(ws)
            _built[(key, engine)] = (where, value)
        where, value = _built[(key, engine)]
        if server is not None:
            name, janitor = _new_postgresql_database(server, str(where))
            request.addfinalizer(janitor.drop)
            ws = open_workspace(tmp_path / "data", server.url(name), create=True)
        else:
            shutil.copytree(where, tmp_path / "data")
            ws = open_workspace(tmp_path / "data")
        opened.append(ws)
        return ws, value

    yield make
    for ws in opened:
        close_workspace(ws)


@pytest.fixture
def offices(workspace):
    """The four shipped offices (dealership, diagnostics, repair, ISP) and no cases."""
    return workspace


@pytest.fixture
def admin(workspace):
    return auth.default_actor()



@pytest.fixture
def call(capsys):
    """A `casedesk` command in-process: call(*args) -> (exit code, stdout, stderr).

    casedesk (cli.main) adds a log file handler per call; they are dropped afterwards so that tests do not
    write into each other's logs.
    """
    root = logging.getLogger()
    before = list(root.handlers)

    def invoke(*args) -> tuple[int, str, str]:
        capsys.readouterr()
        code = casedesk([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    yield invoke
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
