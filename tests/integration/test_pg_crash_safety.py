"""Crash safety on PostgreSQL: the real program is killed (SIGKILL) in the middle of its work.

The SQLite twin is test_crash_safety.py. Here the office is on the test cluster, its documents in
`blob.data` (storage/blobs.py DatabaseBlobStore), and the server holds the transaction of the
killed process. Each test copies an office database built once per module (CREATE DATABASE …
TEMPLATE), runs `python -m desktop_app --database URL …` or a small driver script as a subprocess,
stops it at a chosen point (a driver patches one function of the program in its own process and
pauses there, or kills itself; or the test polls from outside), kills it, and checks against the
real server:
- the killed session's backend goes away and no session of the office holds a lock any more;
- `casedesk --database URL check` exits 0 with no problem;
- nothing is half-written (every document's bytes hash to its SHA-256, with its version and its
  audit event; every case fully moved or untouched; the schema old or new, never between);
- running the interrupted work again finishes it, with no duplicate.
"""

from __future__ import annotations

import os
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import psycopg
import pytest

from desktop_app.models import ALL_MODELS, Blob
from desktop_app.services.office.workspace import open_workspace
from desktop_app.services.status_icons.icon_states import STATE_FIELDS
from desktop_app.storage.database import make_database
from desktop_app.storage.migrations import (
    available,
    latest_version,
    m0012_document_search,
    m0017_prefix_search_postgresql,
    m0019_postgres_search_words,
)
from tests.integration.crash_helpers import (
    OfficeConnection,
    assert_each_document_added_once,
    fill_crash_office,
    run_cli,
    start_cli,
    start_driver,
)

pytestmark = [pytest.mark.slow, pytest.mark.postgresql_only]

IMPORT_FILES = 200
IMPORT_BATCH = 50  # files per transaction in the killed imports (BATCH_FILES, 500, would make one)
STATUS_CASES = 300
TARGET_STATUS = "to_quote"
PHOTOS = 16  # 1 MB pictures each: the backup takes a moment
GONE_WITHIN_S = 5.0  # the killed program's backend must be gone (and its locks free) by then
# The schema the migration tests start from: before the PostgreSQL-only migrations m0017 and m0019.
OLD_SCHEMA = max(number for number, name, _upgrade in available()
                 if number < int(m0017_prefix_search_postgresql.__name__.rsplit(".m", 1)[1][:4]))


# --- the server, seen from outside ----------------------------------------------------------------


class Side(OfficeConnection):
    """An autocommit connection of the test to the office database (not the program's)."""

    def __init__(self, url: str) -> None:
        self.con = psycopg.connect(url, autocommit=True, application_name="pytest crash check")

    def others(self) -> list[tuple]:
        """The other client sessions of this database: (pid, state, application_name)."""
        return self.rows("SELECT pid, state, application_name FROM pg_stat_activity WHERE datname = "
                         "current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'")

    def locks_of_others(self) -> list[tuple]:
        """Locks held or awaited by other sessions on this database's objects."""
        return self.rows("SELECT l.pid, l.locktype, l.relation::regclass::text, l.mode, l.granted FROM pg_locks l "
                         "JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() "
                         "AND l.pid <> pg_backend_pid()")

    def relation_locks(self, pid: int) -> set[tuple[str, str]]:
        return set(self.rows("SELECT replace(relation::regclass::text, '\"', ''), mode FROM pg_locks WHERE pid = %s "
                             "AND locktype = 'relation' AND granted", (pid,)))

    def state_of(self, pid: int) -> str | None:
        row = self.rows("SELECT state FROM pg_stat_activity WHERE pid = %s", (pid,))
        return row[0][0] if row else None


def wait_no_session_left(url: str, pid: int | None = None, since: float | None = None) -> float:
    """Waits until no other session of the database is left (the killed backend `pid` among them)
    and none holds a lock; returns the seconds since `since` (the kill)."""
    since = time.monotonic() if since is None else since
    with Side(url) as side:
        deadline = since + GONE_WITHIN_S
        while True:
            others, locks = side.others(), side.locks_of_others()
            if not others and not locks:
                return time.monotonic() - since
            if time.monotonic() > deadline:
                pytest.fail(f"sessions left {GONE_WITHIN_S} s after the kill (killed backend {pid}): "
                            f"{others}; locks: {locks}")
            time.sleep(0.005)


def paused_pid(run) -> int:
    """Waits for the driver's "PAUSED <backend pid>" line (it then sleeps until killed)."""
    run.wait_for(lambda: "PAUSED" in run.stdout())
    return int(run.stdout().split("PAUSED", 1)[1].split()[0])


# --- an office on the server ------------------------------------------------------------------------


@dataclass
class PgOffice:
    url: str
    data: Path  # the data dir beside it: logs, backups/

    def cli(self, *args: object) -> tuple[int, str, str]:
        return run_cli("--data-dir", self.data, "--database", self.url, *args)

    def start(self, folder: Path, *args: object):
        return start_cli(folder, "--data-dir", self.data, "--database", self.url, *args)


def _janitor(server, name: str, template: str | None = None):
    from pytest_postgresql.janitor import DatabaseJanitor

    return DatabaseJanitor(user=server.user, host=server.host, port=server.port, dbname=name,
                           template_dbname=template)


@pytest.fixture(scope="module")
def template(postgresql_server, tmp_path_factory) -> dict:
    """An office database on the server, closed: the diagnostics office, one case for the imports,
    STATUS_CASES cases at their first status, PHOTOS large pictures and a report (in blob.data);
    plus IMPORT_FILES small real PDFs and PNGs to import."""
    root = tmp_path_factory.mktemp("pg-crash-office")
    name = f"casedesk_crash_{os.getpid()}"
    janitor = _janitor(postgresql_server, name)
    janitor.init()
    filled = fill_crash_office(open_workspace(root / "data", postgresql_server.url(name), create=True), root,
                               status_cases=STATUS_CASES, photos=PHOTOS, import_files=IMPORT_FILES)
    yield {"name": name, **filled}
    janitor.drop()


_copies = iter(range(1, 10_000))


@pytest.fixture
def office(postgresql_server, template, tmp_path) -> PgOffice:
    """A fresh copy of the office database for one test, with its own data dir."""
    name = f"casedesk_crash_{os.getpid()}_{next(_copies)}"
    janitor = _janitor(postgresql_server, name, template["name"])
    janitor.init()
    data = tmp_path / "data"
    data.mkdir()
    yield PgOffice(postgresql_server.url(name), data)
    janitor.drop()


def assert_check_clean(office: PgOffice) -> str:
    code, out, err = office.cli("check")
    assert code == 0, out + err
    assert "check: 0 problems" in out, out
    return out


def assert_documents_whole(url: str) -> int:
    """Every document: its blob row whose bytes (hashed by the server) match its SHA-256 and size,
    its version 1, its audit event; no blob row that nothing uses. Returns the number of documents."""
    with Side(url) as side:
        docs = side.rows("SELECT d.id, d.blob_sha256, d.size, b.size, length(b.data), "
                         "encode(sha256(b.data), 'hex') FROM document d "
                         "LEFT JOIN blob b ON b.sha256 = d.blob_sha256 ORDER BY d.id")
        for doc_id, sha, size, blob_size, length, digest in docs:
            assert (blob_size, length) == (size, size), f"document {doc_id}: blob row missing or of another size"
            assert digest == sha, f"document {doc_id}: its bytes do not hash to {sha}"
        assert_each_document_added_once(side, [doc_id for doc_id, *_ in docs])
        unused = side.scalar("SELECT count(*) FROM blob b WHERE NOT EXISTS (SELECT 1 FROM document d "
                             "WHERE d.blob_sha256 = b.sha256) AND NOT EXISTS (SELECT 1 FROM document_version v "
                             "WHERE v.blob_sha256 = b.sha256)")
        assert unused == 0, f"{unused} blob row(s) that no document uses"
        return len(docs)


# --- kill -9 during an import ---------------------------------------------------------------------

IMPORT_DRIVER = """
    import sys
    import time

    from desktop_app.cli.main import main as casedesk
    from desktop_app.models import db
    from desktop_app.services.documents import document_import
    from desktop_app.services.people import notifications

    calls = []


    def pause():
        print("PAUSED", db.obj.connection().info.backend_pid, flush=True)
        time.sleep(600)


    def patch(point, batch):
        if point == "before_commit":  # the batch's rows (and bytes) sent, its COMMIT not
            real_notify = notifications.documents_added

            def notify_then_pause(*args, **kwargs):
                result = real_notify(*args, **kwargs)
                calls.append(1)
                if len(calls) == batch:
                    pause()
                return result

            notifications.documents_added = notify_then_pause
        elif point == "between_batches":  # the batches before committed, the next one not begun
            real_stage = document_import._stage

            def pause_then_stage(*args, **kwargs):
                calls.append(1)
                if len(calls) == batch:
                    pause()
                return real_stage(*args, **kwargs)

            document_import._stage = pause_then_stage


    if __name__ == "__main__":  # not in the parser workers, which import this script again ("spawn")
        patch(sys.argv[1], int(sys.argv[2]))
        document_import.BATCH_FILES = int(sys.argv[3])
        sys.exit(casedesk(sys.argv[4:]))
"""


@pytest.mark.parametrize("point", ["before_commit", "between_batches"])
def test_kill_during_an_import_loses_nothing_and_the_import_can_be_run_again(template, office, tmp_path, point):
    case_id, number, files = template["case_id"], template["number"], template["files"]
    before = assert_documents_whole(office.url)
    run = start_driver(tmp_path / "run1", IMPORT_DRIVER, point, 3, IMPORT_BATCH,
                       "--data-dir", office.data, "--database", office.url, "import", "--case", number, *files)
    pid = paused_pid(run)
    committed = 2 * IMPORT_BATCH  # two batches committed, the third sent (or not begun)
    with Side(office.url) as side:
        assert side.scalar("SELECT count(*) FROM document WHERE case_id = %s", (case_id,)) == committed
        if point == "before_commit":
            assert side.state_of(pid) == "idle in transaction"
            held = {relation for relation, mode in side.relation_locks(pid) if mode == "RowExclusiveLock"}
            assert {"document", "document_version", "blob", "audit_event"} <= held, held
        else:
            assert side.state_of(pid) == "idle"
    gone = run.kill_when(lambda: True, then=lambda: wait_no_session_left(office.url, pid, run.killed_at))
    print(f"\nimport killed {point}: backend {pid} and its locks gone in {gone * 1000:.0f} ms")

    assert assert_documents_whole(office.url) - before == committed
    assert_check_clean(office)

    code, out, err = office.cli("import", "--case", number, *files)
    assert code == 0, err
    assert out.count("added ") == IMPORT_FILES - committed, out
    assert err.count("already in case") == committed, err  # named, not stored twice
    assert assert_documents_whole(office.url) == before + IMPORT_FILES
    with Side(office.url) as side:
        assert side.scalar("SELECT count(*) FROM document WHERE case_id = %s", (case_id,)) == IMPORT_FILES
        assert side.scalar("SELECT count(DISTINCT blob_sha256) FROM document WHERE case_id = %s",
                           (case_id,)) == IMPORT_FILES
        assert side.scalar('SELECT document_count FROM "case" WHERE id = %s', (case_id,)) == IMPORT_FILES
    assert_check_clean(office)


# --- kill -9 during a batch of status changes -----------------------------------------------------

STATUS_DRIVER = """
    import sys
    import time
    from pathlib import Path

    from desktop_app.models import Case, Status, db
    from desktop_app.services.cases import status_moves
    from desktop_app.services.people import auth, notifications
    from desktop_app.services.office.workspace import open_workspace

    data, url, target, point, pause_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    open_workspace(data, url)
    actor = auth.default_actor()
    calls = []
    if point == "in_transaction":  # the case row updated, its audit event written, no COMMIT
        real_notify = notifications.status_changed

        def notify_then_pause(*args, **kwargs):
            result = real_notify(*args, **kwargs)
            calls.append(1)
            if len(calls) == pause_at:
                print("PAUSED", db.obj.connection().info.backend_pid, flush=True)
                time.sleep(600)
            return result

        notifications.status_changed = notify_then_pause
    for case_id in map(int, sys.argv[6].split(",")):
        case = Case.get_by_id(case_id)
        if Status.get_by_id(case.status_id).code == target:
            continue  # moved by an earlier, interrupted run
        status_moves.change_status(actor, case_id, target, case.version)
        print(case_id, flush=True)  # confirmed to the user: committed
"""


def case_states(url: str, ids: list[int]) -> dict[int, tuple]:
    states = ", ".join(f'c."{name}"' for name in STATE_FIELDS)
    with Side(url) as side:
        rows = side.rows(f'SELECT c.id, s.code, c.version, c.updated_at, c.required_total, c.required_present, '
                         f'{states} FROM "case" c JOIN status s ON s.id = c.status_id WHERE c.id = ANY(%s)', (ids,))
        moves = dict(side.rows("SELECT case_id, count(*) FROM audit_event WHERE action = 'case.status' "
                               "GROUP BY case_id"))
    return {row[0]: (*row[1:], moves.get(row[0], 0)) for row in rows}


@pytest.mark.parametrize("point", ["anywhere", "in_transaction"])
def test_kill_during_a_status_batch_leaves_each_case_moved_or_untouched(template, office, tmp_path, point):
    ids = template["moving"]
    ids_arg = ",".join(map(str, ids))
    before = case_states(office.url, ids)
    assert {state[0] for state in before.values()} == {"to_prospect"}
    half = STATUS_CASES // 2
    run = start_driver(tmp_path / "run1", STATUS_DRIVER, office.data, office.url, TARGET_STATUS, point,
                       half + 1, ids_arg)
    pid = None
    if point == "anywhere":  # from outside, wherever the program is when the half is confirmed
        gone = run.kill_when(lambda: run.stdout().count("\n") >= half,
                             then=lambda: wait_no_session_left(office.url, since=run.killed_at))
    else:
        pid = paused_pid(run)
        pending = ids[half]  # the case whose move is sent and not committed
        with Side(office.url) as side:
            assert side.state_of(pid) == "idle in transaction"
            assert ("case", "RowExclusiveLock") in side.relation_locks(pid)
        assert case_states(office.url, [pending])[pending] == before[pending]  # not visible outside
        gone = run.kill_when(lambda: True, then=lambda: wait_no_session_left(office.url, pid, run.killed_at))
    print(f"\nstatus batch killed {point}: sessions and locks gone in {gone * 1000:.0f} ms")

    confirmed = {int(line) for line in run.stdout().splitlines() if line.isdigit()}
    after = case_states(office.url, ids)
    moved = {case_id for case_id, state in after.items() if state[0] == TARGET_STATUS}
    assert confirmed <= moved, "a move confirmed to the user was lost"
    assert half <= len(moved) < STATUS_CASES
    if point == "in_transaction":
        assert moved == confirmed and len(moved) == half
    for case_id in ids:
        version, updated_at, events = after[case_id][1], after[case_id][2], after[case_id][-1]
        old_version, old_updated, old_events = before[case_id][1], before[case_id][2], before[case_id][-1]
        if case_id in moved:
            assert (version, events) == (old_version + 1, old_events + 1), case_id
            assert updated_at != old_updated
        else:
            assert after[case_id] == before[case_id], case_id  # untouched, not half-moved
    assert_check_clean(office)

    again = start_driver(tmp_path / "run2", STATUS_DRIVER, office.data, office.url, TARGET_STATUS, "none", 0,
                         ids_arg)
    assert again.wait() == 0, again.stderr()
    assert {int(line) for line in again.stdout().split()} == set(ids) - moved
    final = case_states(office.url, ids)
    for case_id in ids:
        status, version, events = final[case_id][0], final[case_id][1], final[case_id][-1]
        assert (status, version, events) == (TARGET_STATUS, before[case_id][1] + 1, before[case_id][-1] + 1)
    assert_check_clean(office)


# --- kill -9 during a backup ----------------------------------------------------------------------


def leftovers(folder: Path, out: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f".{out.name}."))


def snapshot_files(office: PgOffice) -> int:
    """Documents the running backup has copied from the server into its snapshot folder."""
    backups = office.data / "backups"
    if not backups.is_dir():
        return 0
    return sum(1 for folder in backups.glob(".snapshot-*") for p in folder.rglob("*") if len(p.name) == 64)


def office_rows(database: pw.Database) -> dict[str, list[tuple]]:
    """Every table's rows read through the models (so both engines give the same Python values),
    without the documents' bytes (blob.data: in the table on PostgreSQL, in files on SQLite)."""
    rows: dict[str, list[tuple]] = {}
    with database.bind_ctx(ALL_MODELS):
        for model in ALL_MODELS:
            fields = [f for f in model._meta.sorted_fields if not (model is Blob and f.name == "data")]
            rows[model._meta.table_name] = sorted(model.select(*fields).tuples(), key=repr)
    return rows


def assert_restores_identically(archive: Path, office: PgOffice, target: Path) -> None:
    """The archive restored into a SQLite data dir holds the office's rows and documents' bytes."""
    code, out, err = run_cli("--data-dir", target, "restore", archive)
    assert code == 0, out + err
    server, restored = make_database(office.url), make_database(str(target / "casedesk.db"))
    try:
        source, copy = office_rows(server), office_rows(restored)
        with Side(office.url) as side:  # the backup's own audit event was written after its snapshot
            last = side.scalar("SELECT max(id) FROM audit_event WHERE action = 'office.backup'")
            contents = dict(side.rows("SELECT sha256, data FROM blob"))
    finally:
        server.close()
        restored.close()
    source["audit_event"] = [row for row in source["audit_event"] if row[0] < last]
    # Sessions are not the office's data (the killed backup's own row is still there): none restored.
    source["session_presence"] = []
    assert copy.keys() == source.keys()
    for table, rows in source.items():
        assert copy[table] == rows, table
    files = {p.name: p.read_bytes() for p in (target / "blobs").rglob("*") if len(p.name) == 64}
    assert files == {sha: bytes(data) for sha, data in contents.items()}


@pytest.mark.parametrize("point", ["server_snapshot", "archive"])
def test_kill_during_a_backup_leaves_no_archive_and_the_next_backup_restores_identically(
        template, office, tmp_path, point):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "office.zip"
    run = office.start(tmp_path / "run1", "backup", out)

    def half_written() -> bool:
        if point == "server_snapshot":  # inside the REPEATABLE READ transaction reading the server
            return snapshot_files(office) >= 3
        parts = leftovers(out_dir, out)
        return bool(parts) and parts[0].stat().st_size > 1024 * 1024

    gone = run.kill_when(half_written, then=lambda: wait_no_session_left(office.url, since=run.killed_at))
    print(f"\nbackup killed at {point}: sessions gone in {gone * 1000:.0f} ms")
    assert not out.exists(), "a half archive under the backup's name"
    report = assert_check_clean(office)
    left = leftovers(out_dir, out) + sorted((office.data / "backups").glob(".snapshot-*"))
    assert left, "the kill came too late: nothing was left to clean"
    for path in left:  # still there: check names it
        assert str(path) in report, report

    code, _summary, err = office.cli("backup", out)
    assert code == 0, err
    assert out.is_file() and leftovers(out_dir, out) == [], "the next backup cleans what the killed one left"
    assert not [p for p in (office.data / "backups").iterdir() if p.name.startswith(".")]
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
    assert_check_clean(office)
    assert_restores_identically(out, office, tmp_path / "restored")
    code, report, err = run_cli("--data-dir", tmp_path / "restored", "check")
    assert code == 0 and "check: 0 problems" in report, report + err


# --- kill -9 during a migration -------------------------------------------------------------------

MIGRATION_DRIVER = """
    import os
    import signal
    import sys
    from pathlib import Path

    from desktop_app.services.office import workspace
    from desktop_app.storage.migrations import m0017_prefix_search_postgresql, m0019_postgres_search_words

    data, url, point = Path(sys.argv[1]), sys.argv[2], sys.argv[3]


    def after(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            result = real(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)
            return result

        setattr(module, name, wrapper)


    if point == "m0017":  # its indexes made, inside the migrations' transaction
        after(m0017_prefix_search_postgresql, "upgrade")
    elif point == "m0019":  # the last one: the document table rewritten (ACCESS EXCLUSIVE), no COMMIT
        after(m0019_postgres_search_words, "upgrade")
    elif point == "opened":  # everything committed, the rest of the opening not done
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)

        workspace.ensure_base_data = die
    workspace.open_workspace(data, url)
    print("not killed", flush=True)
"""

SCHEMA_SQL = """
    SELECT 'column', table_name::text, column_name::text, data_type::text, coalesce(generation_expression, '')
    FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL
    SELECT 'index', tablename::text, indexname::text, indexdef, '' FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT 'constraint', conrelid::regclass::text, conname::text, pg_get_constraintdef(oid), ''
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    ORDER BY 1, 2, 3"""


def schema_of(url: str) -> list[tuple]:
    with Side(url) as side:
        return side.rows(SCHEMA_SQL)


def data_of(url: str) -> dict[str, str]:
    """A digest of every table's rows but the schema versions (the generated search column left out),
    the sessions (the killed program's own row) and the audit of the backups taken before a migration."""
    with Side(url) as side:
        tables = [name for (name,) in side.rows(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename NOT IN ('casedesk_schema', 'session_presence')")]
        return {name: side.scalar(
            "SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) FROM "
            f"(SELECT (to_jsonb(t) - 'search_vector')::text AS r FROM \"{name}\" t "
            + ("WHERE action <> 'office.backup'" if name == "audit_event" else "") + ") s") for name in tables}


def version_of(url: str) -> int:
    with Side(url) as side:
        return side.scalar("SELECT max(version) FROM casedesk_schema")


@pytest.fixture(scope="module")
def old_template(postgresql_server, template) -> dict:
    """The office at schema OLD_SCHEMA: without m0017's prefix indexes, with m0012's search column
    (m0019 makes it again with another expression)."""
    name = f"casedesk_crash_old_{os.getpid()}"
    janitor = _janitor(postgresql_server, name, template["name"])
    janitor.init()
    url = postgresql_server.url(name)
    latest = schema_of(url)
    with psycopg.connect(url) as con:  # one transaction
        for column in m0017_prefix_search_postgresql.NAME_COLUMNS:
            con.execute(f'DROP INDEX "case_prefix_{column}"')
        con.execute('DROP INDEX "case_prefix_number"')
        con.execute(f'DROP INDEX "{m0019_postgres_search_words.INDEX}"')
        con.execute('ALTER TABLE "document" DROP COLUMN "search_vector"')
        con.execute("DELETE FROM casedesk_schema WHERE version > %s", (OLD_SCHEMA,))
    database = make_database(url)
    try:
        m0012_document_search._postgres(database)  # the column and index as m0012 made them
    finally:
        database.close()
    old = schema_of(url)
    assert old != latest and version_of(url) == OLD_SCHEMA
    yield {"name": name, "latest": latest, "old": old}
    janitor.drop()


@pytest.fixture
def old_office(postgresql_server, old_template, tmp_path) -> PgOffice:
    name = f"casedesk_crash_{os.getpid()}_{next(_copies)}"
    janitor = _janitor(postgresql_server, name, old_template["name"])
    janitor.init()
    data = tmp_path / "data"
    data.mkdir()
    yield PgOffice(postgresql_server.url(name), data)
    janitor.drop()


@pytest.mark.parametrize("point", ["m0017", "m0019", "opened"])
def test_kill_during_a_migration_leaves_the_old_schema_or_the_new_and_reopening_completes_it(
        old_template, old_office, tmp_path, point):
    office = old_office
    original = data_of(office.url)
    assert schema_of(office.url) == old_template["old"]
    run = start_driver(tmp_path / "run1", MIGRATION_DRIVER, office.data, office.url, point)
    code = run.wait()
    assert "not killed" not in run.stdout(), run.stderr()
    assert code == -9, (code, run.stderr())  # killed, not failed
    gone = wait_no_session_left(office.url)
    print(f"\nmigration killed at {point}: sessions and locks gone in {gone * 1000:.0f} ms")
    # PostgreSQL's DDL is transactional: the migrations due are one transaction, all or nothing.
    if point == "opened":
        assert (version_of(office.url), schema_of(office.url)) == (latest_version(), old_template["latest"])
    else:
        assert (version_of(office.url), schema_of(office.url)) == (OLD_SCHEMA, old_template["old"])
    assert data_of(office.url) == original

    assert_check_clean(office)  # opens (migrating the rest), then checks
    assert (version_of(office.url), schema_of(office.url)) == (latest_version(), old_template["latest"])
    assert data_of(office.url) == original, "data changed by the interrupted migration"
    with Side(office.url) as side:  # m0019's search column, computed for the existing documents
        assert side.scalar("SELECT count(*) FROM document WHERE search_vector @@ "
                           "to_tsquery('simple', 'amiante')") == 1


# --- kill -9 of a client holding a row lock -------------------------------------------------------

LOCK_DRIVER = """
    import sys
    import time
    from pathlib import Path

    from desktop_app.errors import AppError
    from desktop_app.models import Case, NumberingSeries, db
    from desktop_app.services.cases import case_editing
    from desktop_app.services.people import auth
    from desktop_app.services.status_icons import icon_states
    from desktop_app.services.office.workspace import open_workspace
    from desktop_app.storage import database
    from desktop_app.storage.database import write_transaction

    data, url, point, case_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    if point == "hung_edit":  # this process's sessions: ended after 1 s idle inside a transaction
        database.IDLE_IN_TRANSACTION_TIMEOUT_S = 1
    open_workspace(data, url)
    actor = auth.default_actor()
    series = NumberingSeries.get_or_none(NumberingSeries.id == int(sys.argv[5]))


    def pause():
        print("PAUSED", db.obj.connection().info.backend_pid, flush=True)
        time.sleep(600)


    if point == "draw":  # the series' head row locked FOR UPDATE, the number drawn, no COMMIT
        with write_transaction():
            print("DRAWN", case_editing.draw_number(series), flush=True)
            pause()
    elif point == "edit":  # the case row updated (and so locked), no COMMIT
        real_refresh = icon_states.refresh

        def refresh_then_pause(ids):
            result = real_refresh(ids)
            pause()
            return result

        case_editing.icon_states.refresh = refresh_then_pause
        case_editing.update_case(actor, case_id, Case.get_by_id(case_id).version, city="Lyon")
    elif point == "hung_edit":  # the program hangs for a while inside the edit's transaction, then goes on
        module, name = (icon_states, "refresh") if sys.argv[7] == "statement" else (case_editing.audit, "record")
        real = getattr(module, name)

        def then_hang(*args, **kwargs):
            result = real(*args, **kwargs)
            print("PAUSED", db.obj.connection().info.backend_pid, flush=True)
            time.sleep(float(sys.argv[6]))
            return result

        setattr(module, name, then_hang)  # after the row's UPDATE; audit.record: the last before COMMIT
        try:
            case_editing.update_case(actor, case_id, Case.get_by_id(case_id).version, city="Lyon")
        except AppError as exc:
            print("REFUSED", exc.message, flush=True)
    elif point == "draw_done":  # another client afterwards: the next number of the series
        with write_transaction():
            print("DRAWN", case_editing.draw_number(series), flush=True)
    elif point == "edit_done":
        version = Case.get_by_id(case_id).version
        case_editing.update_case(actor, case_id, version, city="Lyon")
        print("EDITED", version + 1, flush=True)
"""


@pytest.mark.parametrize("point", ["draw", "edit"])
def test_a_killed_client_holding_a_row_lock_lets_the_others_go_on_at_once(template, office, tmp_path, point):
    case_id = template["moving"][0]
    with Side(office.url) as side:
        series_id = side.scalar("SELECT id FROM numbering_series ORDER BY id LIMIT 1")
        next_value = side.scalar("SELECT next_value FROM numbering_series WHERE id = %s", (series_id,))
        version = side.scalar('SELECT version FROM "case" WHERE id = %s', (case_id,))
    locked_sql, key = (("SELECT next_value FROM numbering_series WHERE id = %s FOR UPDATE", series_id)
                       if point == "draw" else ('SELECT city FROM "case" WHERE id = %s FOR UPDATE', case_id))
    run = start_driver(tmp_path / "run1", LOCK_DRIVER, office.data, office.url, point, case_id, series_id)
    pid = paused_pid(run)

    with Side(office.url) as side:  # the row is really locked: another client waits, then gives up
        side.con.execute("SET lock_timeout = '300ms'")
        with pytest.raises(psycopg.errors.LockNotAvailable), side.con.transaction():
            side.con.execute(locked_sql, (key,))

    # Another clerk's program waits for the row; the first one is killed meanwhile.
    outcome: dict[str, object] = {}

    def other_client() -> None:
        with psycopg.connect(office.url, application_name="pytest other clerk") as con:
            con.execute("SET lock_timeout = '30s'")
            outcome["row"] = con.execute(locked_sql, (key,)).fetchone()
            outcome["at"] = time.monotonic()
            con.rollback()

    waiter = threading.Thread(target=other_client)
    waiter.start()
    with Side(office.url) as side:  # waiting on the lock before the kill
        deadline = time.monotonic() + 10
        while not side.rows("SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                            "WHERE NOT l.granted AND a.application_name = 'pytest other clerk'"):
            assert time.monotonic() < deadline, "the other clerk never waited for the lock"
            time.sleep(0.005)
    run.kill_when(lambda: True, then=lambda: waiter.join(40))
    assert not waiter.is_alive()
    assert "at" in outcome, "the other clerk never got the row"
    waited = outcome["at"] - run.killed_at
    print(f"\nrow lock of a killed client ({point}): the other client went on {waited * 1000:.0f} ms after the kill")
    assert waited < 2.0, waited
    wait_no_session_left(office.url, pid, run.killed_at)
    # The killed work left nothing: the number is drawn again, the edit made from the same version.
    assert outcome["row"][0] == (next_value if point == "draw" else "Rennes")

    done = start_driver(tmp_path / "run2", LOCK_DRIVER, office.data, office.url, f"{point}_done", case_id, series_id)
    assert done.wait() == 0, done.stderr()
    with Side(office.url) as side:
        if point == "draw":
            prefix_width = side.rows("SELECT prefix, width FROM numbering_series WHERE id = %s", (series_id,))[0]
            assert f"DRAWN {prefix_width[0]}{next_value:0{prefix_width[1]}d}" in done.stdout()
            assert side.scalar("SELECT next_value FROM numbering_series WHERE id = %s", (series_id,)) == next_value + 1
        else:
            assert f"EDITED {version + 1}" in done.stdout()
            assert side.rows('SELECT city, version FROM "case" WHERE id = %s', (case_id,)) == [("Lyon", version + 1)]
            assert side.scalar("SELECT count(*) FROM audit_event WHERE action = 'case.update' AND case_id = %s",
                               (case_id,)) == 1
    assert_check_clean(office)


@pytest.mark.parametrize("then", ["statement", "commit"])
def test_a_client_hanging_inside_a_transaction_loses_its_row_locks_after_the_idle_timeout(
        template, office, tmp_path, then):
    """A program that stops inside a transaction (a hung PC, a debugger; its socket still open) holds
    its row locks until the server ends the session: after IDLE_IN_TRANSACTION_TIMEOUT_S (1 s in
    the driver, 5 min in the program). When it goes on, its next statement (or its COMMIT) tells the
    clerk nothing was saved; the edit saved again goes through."""
    case_id = template["moving"][0]
    database = make_database(office.url)
    try:  # what every session of the program gets from the server
        settings = {name: database.execute_sql(f"SHOW {name}").fetchone()[0] for name in
                    ("idle_in_transaction_session_timeout", "tcp_keepalives_idle", "tcp_keepalives_interval")}
    finally:
        database.close()
    assert settings == {"idle_in_transaction_session_timeout": "5min", "tcp_keepalives_idle": "60",
                        "tcp_keepalives_interval": "10"}
    with Side(office.url) as side:
        version = side.scalar('SELECT version FROM "case" WHERE id = %s', (case_id,))
    run = start_driver(tmp_path / "run1", LOCK_DRIVER, office.data, office.url, "hung_edit", case_id, 0, 4, then)
    pid = paused_pid(run)
    paused_at = time.monotonic()
    with psycopg.connect(office.url, application_name="pytest other clerk") as con:
        con.execute("SET lock_timeout = '30s'")
        assert con.execute('SELECT city FROM "case" WHERE id = %s FOR UPDATE', (case_id,)).fetchone() == ("Rennes",)
        waited = time.monotonic() - paused_at
        con.rollback()
    print(f"\nrow lock of a hung client: the other client went on {waited * 1000:.0f} ms after it hung")
    assert 0.5 < waited < 4.0, waited  # by the timeout, not by the hung program going on (after 4 s)
    assert run.wait() == 0, run.stderr()
    refused = [line for line in run.stdout().splitlines() if line.startswith("REFUSED")]
    assert refused and "Nothing was saved" in refused[0] and "your changes are kept" in refused[0], run.stdout()
    wait_no_session_left(office.url, pid)
    with Side(office.url) as side:
        assert side.rows('SELECT city, version FROM "case" WHERE id = %s', (case_id,)) == [("Rennes", version)]
        assert side.scalar("SELECT count(*) FROM audit_event WHERE action = 'case.update' AND case_id = %s",
                           (case_id,)) == 0
    done = start_driver(tmp_path / "run2", LOCK_DRIVER, office.data, office.url, "edit_done", case_id, 0)
    assert done.wait() == 0, done.stderr()
    assert f"EDITED {version + 1}" in done.stdout()
    assert_check_clean(office)
