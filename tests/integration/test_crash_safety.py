"""Crash safety: the real program is killed (SIGKILL) in the middle of its work, or runs out of disk.

Each test runs `python -m desktop_app …` (or a small driver script) as a subprocess on a copy of
an office built once per module, kills it mid-work (polling the database read-only, or the
driver's own output, to know when), then checks what the issue promises: `casedesk check`
exits 0 and clean, no document is half-stored, no case half-updated, and running the
interrupted work again ends with everything done exactly once. A full disk is a small tmpfs
(as root) or, failing that, RLIMIT_FSIZE in the subprocess.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.services.office.workspace import open_workspace
from desktop_app.storage.migrations import (
    available,
    latest_version,
    m0011_completeness,
    m0012_document_search,
)
from tests.integration.crash_helpers import (
    OfficeConnection,
    assert_each_document_added_once,
    fill_crash_office,
    make_noise_png,
    run_cli,
    start_cli,
    start_driver,
)

pytestmark = pytest.mark.slow

IMPORT_FILES = 200
STATUS_CASES = 300
TARGET_STATUS = "to_quote"


# --- reading an office from outside, read-only --------------------------------------------------


def db_file(data: Path) -> Path:
    return data / "casedesk.db"


class ReadOnly(OfficeConnection):
    """A read-only connection to a data dir's database (WAL: it sees each commit as it lands)."""

    def __init__(self, data: Path) -> None:
        self.con = sqlite3.connect(f"{db_file(data).resolve().as_uri()}?mode=ro", uri=True, timeout=30)


def store_files(data: Path) -> list[Path]:
    """The document store's finished files (named by their SHA-256, not temporary ones)."""
    return [p for p in (data / "blobs").rglob("*") if len(p.name) == 64 and p.is_file()]


def polled(data: Path, sql: str, at_least: int) -> Callable[[], bool]:
    """A kill condition: `sql` (one number) has reached `at_least`. The connection opens lazily:
    the program may still be creating the database's -wal file."""
    state: dict[str, ReadOnly] = {}

    def ready() -> bool:
        try:
            if "ro" not in state:
                state["ro"] = ReadOnly(data)
            reached = int(state["ro"].scalar(sql) or 0) >= at_least
        except sqlite3.OperationalError:  # busy for a moment, or not openable yet
            return False
        if reached:
            state.pop("ro").close()
        return reached

    return ready


def assert_check_clean(data: Path, preexec_fn: Callable[[], None] | None = None) -> str:
    code, out, err = run_cli("--data-dir", data, "check", preexec_fn=preexec_fn)
    assert code == 0, out + err
    assert "check: 0 problems" in out, out
    return out


def assert_documents_whole(data: Path) -> int:
    """Every document: its blob row, its file hashing to its SHA-256, its version 1, its audit event;
    and the case's stored document count. Returns the number of documents."""
    with ReadOnly(data) as ro:
        docs = ro.rows('SELECT d.id, d.blob_sha256, d.size, b.size FROM document d '
                       'LEFT JOIN blob b ON b.sha256 = d.blob_sha256 ORDER BY d.id')
        for doc_id, sha, size, blob_size in docs:
            assert blob_size == size, f"document {doc_id}: blob row missing or of another size"
            path = data / "blobs" / sha[:2] / sha[2:4] / sha
            assert path.is_file(), f"document {doc_id}: file {path} missing"
            assert hashlib.sha256(path.read_bytes()).hexdigest() == sha, f"document {doc_id}: damaged"
        assert_each_document_added_once(ro, [doc_id for doc_id, *_ in docs])
        return len(docs)


def blob_files(data: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (data / "blobs").rglob("*") if p.is_file() and p.parent.name != "tmp"}


def table_rows(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'document_search%' "
                                           "ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names if n not in skip}
    finally:
        con.close()


# --- the office, built once ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> dict:
    """A closed diagnostics office: one case for the imports, STATUS_CASES cases still at their
    first status, and 24 large (incompressible) pictures so a backup takes a moment; plus 200
    small real PDFs and PNGs to import."""
    root = tmp_path_factory.mktemp("crash-office")
    data = root / "data"
    filled = fill_crash_office(open_workspace(data, create=True), root, status_cases=STATUS_CASES, photos=24,
                               import_files=IMPORT_FILES)
    return {"data": data, **filled}


@pytest.fixture
def office(template, tmp_path) -> Path:
    """A fresh copy of the office's data dir for one test."""
    data = tmp_path / "data"
    shutil.copytree(template["data"], data)
    return data


# --- kill -9 during an import -----------------------------------------------------------------


def test_kill_during_an_import_loses_nothing_and_the_import_can_be_run_again(template, office, tmp_path):
    case_id, number, files = template["case_id"], template["number"], template["files"]
    before = assert_documents_whole(office)
    stored_files = len(store_files(office))
    run = start_cli(tmp_path / "run1", "--data-dir", office, "import", "--case", number, *files)
    # The import stores the files first, then records them in one transaction per batch: killed
    # with half the files in the store, before the batch that holds them is committed.
    run.kill_when(lambda: len(store_files(office)) >= stored_files + IMPORT_FILES // 2)

    total = assert_documents_whole(office)
    stored = total - before
    assert 0 <= stored < IMPORT_FILES, stored
    assert_check_clean(office)

    code, out, err = run_cli("--data-dir", office, "import", "--case", number, *files)
    assert code == 0, err
    assert out.count("added ") == IMPORT_FILES - stored, out
    assert err.count("already in case") == stored, err  # named, not stored twice
    assert assert_documents_whole(office) == before + IMPORT_FILES
    with ReadOnly(office) as ro:
        assert ro.scalar(f"SELECT count(DISTINCT blob_sha256) FROM document WHERE case_id = {case_id}") == IMPORT_FILES
        assert ro.scalar(f'SELECT document_count FROM "case" WHERE id = {case_id}') == IMPORT_FILES
    assert_check_clean(office)


# --- kill -9 during a batch of status changes ---------------------------------------------------

STATUS_DRIVER = """
    import sys
    from pathlib import Path

    from desktop_app.models import Case, Status
    from desktop_app.services.cases.status_moves import change_status
    from desktop_app.services.people import auth
    from desktop_app.services.office.workspace import open_workspace

    open_workspace(Path(sys.argv[1]))
    actor = auth.default_actor()
    target = sys.argv[2]
    for case_id in map(int, sys.argv[3].split(",")):
        case = Case.get_by_id(case_id)
        if Status.get_by_id(case.status_id).code == target:
            continue  # moved by an earlier, interrupted run
        change_status(actor, case_id, target, case.version)
        print(case_id, flush=True)  # confirmed to the user: committed
"""


def case_states(data: Path, ids: list[int]) -> dict[int, tuple]:
    with ReadOnly(data) as ro:
        rows = ro.rows('SELECT c.id, s.code, c.version, c.updated_at, c.required_total, c.required_present '
                       f'FROM "case" c JOIN status s ON s.id = c.status_id WHERE c.id IN ({",".join(map(str, ids))})')
        moves = dict(ro.rows("SELECT case_id, count(*) FROM audit_event WHERE action = 'case.status' "
                             "GROUP BY case_id"))
    return {row[0]: (*row[1:], moves.get(row[0], 0)) for row in rows}


def test_kill_during_a_status_batch_leaves_each_case_moved_or_untouched(template, office, tmp_path):
    ids = template["moving"]
    before = case_states(office, ids)
    assert {state[0] for state in before.values()} == {"to_prospect"}
    run = start_driver(tmp_path / "run1", STATUS_DRIVER, office, TARGET_STATUS, ",".join(map(str, ids)))
    run.kill_when(lambda: run.stdout().count("\n") >= STATUS_CASES // 2)

    confirmed = {int(line) for line in run.stdout().split()}
    after = case_states(office, ids)
    moved = {case_id for case_id, state in after.items() if state[0] == TARGET_STATUS}
    assert confirmed <= moved, "a move confirmed to the user was lost"
    assert STATUS_CASES // 2 <= len(moved) < STATUS_CASES
    for case_id in ids:
        status, version, updated_at, *_rest, events = after[case_id]
        _old_status, old_version, old_updated, *_old_rest, old_events = before[case_id]
        if case_id in moved:
            assert (version, events) == (old_version + 1, old_events + 1), case_id
            assert updated_at != old_updated
        else:
            assert after[case_id] == before[case_id], case_id  # untouched, not half-moved
    assert_check_clean(office)

    again = start_driver(tmp_path / "run2", STATUS_DRIVER, office, TARGET_STATUS, ",".join(map(str, ids)))
    assert again.wait() == 0, again.stderr()
    assert {int(line) for line in again.stdout().split()} == set(ids) - moved
    final = case_states(office, ids)
    for case_id in ids:
        status, version, _updated, *_rest, events = final[case_id]
        assert (status, version, events) == (TARGET_STATUS, before[case_id][1] + 1, before[case_id][-1] + 1)
    assert_check_clean(office)


# --- kill -9 during a backup ------------------------------------------------------------------


def leftovers(folder: Path, out: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f".{out.name}."))


def assert_restores_identically(archive: Path, office: Path, target: Path) -> None:
    code, out, err = run_cli("--data-dir", target, "restore", archive)
    assert code == 0, out + err
    # The backup's own audit event was written after the snapshot.
    restored = table_rows(db_file(target))
    source = table_rows(db_file(office))
    with ReadOnly(office) as ro:
        last = ro.scalar("SELECT max(id) FROM audit_event WHERE action = 'office.backup'")
    source["audit_event"] = [row for row in source["audit_event"] if row[0] < last]
    # Sessions are not the office's data (the killed backup's own row is still there): none restored.
    source["session_presence"] = []
    assert restored == source
    assert blob_files(target) == blob_files(office)


def test_kill_during_a_backup_leaves_no_archive_and_the_next_backup_restores_identically(office, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "office.zip"
    run = start_cli(tmp_path / "run1", "--data-dir", office, "backup", out)

    def half_written() -> bool:
        parts = leftovers(out_dir, out)
        return bool(parts) and parts[0].stat().st_size > 1024 * 1024

    run.kill_when(half_written)
    assert not out.exists(), "a half archive under the backup's name"
    code, report, err = run_cli("--data-dir", office, "check")
    assert code == 0 and "check: 0 problems" in report, report + err
    parts = leftovers(out_dir, out)
    for part in parts:  # still there: check names it
        assert str(part) in report, report

    code, _summary, err = run_cli("--data-dir", office, "backup", out)
    assert code == 0, err
    assert out.is_file() and leftovers(out_dir, out) == [], "the next backup cleans what the killed one left"
    assert not [p for p in (office / "backups").iterdir() if p.name.startswith(".")]
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["counts"]["document"] == 25
    assert_check_clean(office)
    assert_restores_identically(out, office, tmp_path / "restored")
    assert_check_clean(tmp_path / "restored")


# --- kill -9 during a migration -----------------------------------------------------------------

OLD_SCHEMA = max(number for number, _name, _upgrade in available() if number < m0011_completeness.VERSION)
MIGRATION_DRIVER = """
    import os
    import signal
    import sys
    from pathlib import Path

    from desktop_app.services.cases import completeness
    from desktop_app.services.office import workspace
    from desktop_app.storage import migrations
    from desktop_app.storage.migrations import m0011_completeness, m0012_document_search

    data, point = Path(sys.argv[1]), sys.argv[2]


    def die():
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


    def after(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            result = real(*args, **kwargs)
            die()
            return result

        setattr(module, name, wrapper)


    def before(module, name):
        def wrapper(*args, **kwargs):
            die()

        setattr(module, name, wrapper)


    if point == "backup":  # a few pages into the copy of the database
        real_backup = migrations.backup_sqlite

        def half_backup(source, target):
            def progress(status, remaining, total):
                if remaining < total:
                    die()

            real_backup(source, target, pages=1, progress=progress)

        migrations.backup_sqlite = half_backup
    elif point == "m0011":  # inside the migration's transaction, its changes made
        after(m0011_completeness, "upgrade")
    elif point == "m0012":  # m0011 done, inside the same transaction
        after(m0012_document_search, "upgrade")
    elif point == "recount":  # schema up to date, the existing cases being counted
        after(completeness, "refresh_all")
    elif point == "opened":  # everything committed, the rest of the opening not done
        before(workspace, "ensure_base_data")
    workspace.open_workspace(data)
    print("not killed", flush=True)
"""


@pytest.fixture(scope="module")
def old_office(template, tmp_path_factory) -> Path:
    """The office at schema OLD_SCHEMA: without m0011's counts and m0012's text index and queue."""
    data = tmp_path_factory.mktemp("old-office") / "data"
    shutil.copytree(template["data"], data)
    con = sqlite3.connect(db_file(data))
    try:
        for trigger in m0012_document_search.TRIGGERS:
            con.execute(f'DROP TRIGGER "{trigger}"')
        con.execute(f'DROP TABLE "{m0012_document_search.FTS_TABLE}"')
        con.execute(f'DROP VIEW "{m0012_document_search.FTS_SOURCE}"')
        con.execute('DROP TABLE "pending_extraction"')
        con.execute(f'DROP INDEX "{m0011_completeness.INDEX}"')
        con.execute('ALTER TABLE "case" DROP COLUMN "required_total"')
        con.execute('ALTER TABLE "case" DROP COLUMN "required_present"')
        con.execute("DELETE FROM casedesk_schema WHERE version > ?", (OLD_SCHEMA,))
        con.commit()
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    return data


def core_rows(path: Path) -> dict[str, list[tuple]]:
    """The rows a migration must keep: every table of the old schema, without m0011's columns."""
    rows = table_rows(path, skip=("casedesk_schema", "pending_extraction"))
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = [c[1] for c in con.execute('PRAGMA table_info("case")')
                   if c[1] not in ("required_total", "required_present")]
        listed = ", ".join(f'"{name}"' for name in columns)
        rows["case"] = con.execute(f'SELECT {listed} FROM "case" ORDER BY 1').fetchall()
    finally:
        con.close()
    return rows


@pytest.mark.parametrize("point", ["backup", "m0011", "m0012", "recount", "opened"])
def test_kill_during_a_migration_then_reopen_completes_it(old_office, tmp_path, point):
    data = tmp_path / "data"
    shutil.copytree(old_office, data)
    original = core_rows(db_file(data))
    run = start_driver(tmp_path / "run1", MIGRATION_DRIVER, data, point)
    code = run.wait()
    assert "not killed" not in run.stdout(), run.stderr()
    assert code == -9 if os.name == "posix" else code != 0, (code, run.stderr())  # killed, not failed
    with ReadOnly(data) as ro:
        version = ro.scalar("SELECT max(version) FROM casedesk_schema")
    # All migrations due and the recount of the existing cases are one transaction.
    assert version == (latest_version() if point == "opened" else OLD_SCHEMA)

    report = assert_check_clean(data)  # opens (migrating the rest), then checks
    with ReadOnly(data) as ro:
        assert ro.scalar("SELECT max(version) FROM casedesk_schema") == latest_version()
        assert ro.scalar("SELECT count(*) FROM document_search WHERE document_search MATCH 'amiante'") == 1
    assert core_rows(db_file(data)) == original, "data changed by the interrupted migration"

    backups = sorted((data / "backups").glob("casedesk-before-schema-*.db"))
    assert backups, "no backup before the migration"
    for backup in backups:  # each one complete: never a half copy under a backup's name
        con = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
        assert core_rows(backup) == original
        assert table_rows(backup)["casedesk_schema"][-1][0] == OLD_SCHEMA
    stray = [p for p in (data / "backups").iterdir() if not p.name.startswith("casedesk-before-schema-")]
    for path in stray:
        assert str(path) in report or path.name in report, (path, report)


# --- disk full ----------------------------------------------------------------------------------


class SmallDisk:
    """A folder on a small file system: a tmpfs when we may mount one (root on Linux), else a
    folder where the program's files may not grow beyond `file_limit` bytes (RLIMIT_FSIZE set in
    the subprocess: writes beyond fail with EFBIG, "File too large"). Never skipped silently.
    CASEDESK_TEST_NO_TMPFS=1 forces the second way."""

    def __init__(self, folder: Path, megabytes: int, file_limit: int) -> None:
        self.folder = folder
        self.preexec_fn: Callable[[], None] | None = None
        self.mounted = False
        folder.mkdir(parents=True)
        self.why = why = "not root on Linux"
        if os.environ.get("CASEDESK_TEST_NO_TMPFS"):
            why = "CASEDESK_TEST_NO_TMPFS is set"
        elif sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount"):
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder)],
                                  capture_output=True, text=True)
            self.mounted = done.returncode == 0
            self.why = why = done.stderr.strip()
        if not self.mounted:
            try:
                import resource
                import signal
            except ImportError:
                pytest.skip(f"no small disk: cannot mount a tmpfs ({why}) and no RLIMIT_FSIZE here")

            def limit_files() -> None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write beyond fails with EFBIG
                resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

            self.preexec_fn = limit_files

    def fill(self, leave: int) -> Path:
        """Fills the tmpfs until `leave` bytes are free (nothing to fill under RLIMIT_FSIZE)."""
        filler = self.folder / "filler.bin"
        if self.mounted:
            free = shutil.disk_usage(self.folder).free
            with open(filler, "wb") as fh:
                fh.write(b"\0" * max(free - leave, 0))
        return filler

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], check=False)


@pytest.fixture
def small_disk(tmp_path):
    disks: list[SmallDisk] = []

    def make(name: str, megabytes: int, file_limit: int) -> SmallDisk:
        disk = SmallDisk(tmp_path / name, megabytes, file_limit)
        disks.append(disk)
        return disk

    yield make
    for disk in disks:
        disk.close()


DISK_FULL_WORDS = ("no space left", "disk is full", "disk full", "file too large")


def disk_full_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if any(word in line.lower() for word in DISK_FULL_WORDS)]


def test_disk_full_during_an_import_names_the_files_and_damages_nothing(template, small_disk, tmp_path):
    disk = small_disk("disk", 40, file_limit=200_000)  # the scans take 270 KB each
    data = disk.folder / "data"
    shutil.copytree(template["data"], data)
    before = assert_documents_whole(data)
    photos = tmp_path / "photos"
    photos.mkdir()
    names = [make_noise_png(photos / f"scan-{i:02d}.png", 300, 1000 + i).name for i in range(12)]
    filler = disk.fill(leave=1_200_000)  # room for a few of the twelve 270 KB scans, not all

    code, out, err = run_cli("--data-dir", data, "import", "--case", template["number"],
                             *sorted(photos.iterdir()), preexec_fn=disk.preexec_fn)
    assert code == 1, out + err
    failures = disk_full_lines(err)
    assert failures, err
    assert "Traceback" not in err
    for line in failures:
        assert line.startswith("casedesk: error: ") and any(name in line for name in names), line
    stored = out.count("added ")
    assert stored + len(failures) == len(names), out + err
    assert assert_documents_whole(data) == before + stored

    filler.unlink(missing_ok=True)
    assert_check_clean(data)
    code, out, err = run_cli("--data-dir", data, "import", "--case", template["number"], *sorted(photos.iterdir()))
    assert code == 0, err
    assert assert_documents_whole(data) == before + len(names)
    assert_check_clean(data)


def test_disk_full_for_the_database_during_an_import_names_the_files(template, small_disk, tmp_path):
    """Small notes fit in the document store but the database cannot grow: its COMMIT fails, SQLite
    rolls the document back, and the message says the disk is full (not "cannot rollback")."""
    disk = small_disk("disk", 40, file_limit=0)
    if disk.preexec_fn is not None:
        pytest.skip(f"no tmpfs ({disk.why}): RLIMIT_FSIZE cannot leave room for small files only")
    data = disk.folder / "data"
    shutil.copytree(template["data"], data)
    before = assert_documents_whole(data)
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(30):
        (notes / f"note-{i:02d}.txt").write_text(f"Appel client {i}: rappeler demain.\n", encoding="utf-8")
    filler = disk.fill(leave=160_000)

    code, out, err = run_cli("--data-dir", data, "import", "--case", template["number"], *sorted(notes.iterdir()))
    assert code == 1, out + err
    assert "Traceback" not in err and "Logging error" not in err, err
    failures = [line for line in err.splitlines() if line.startswith("casedesk: error: ")]
    assert failures and failures == disk_full_lines(err), err
    assert any("disk of the database" in line for line in failures), err  # the COMMIT that did not fit
    stored = out.count("added ")
    assert stored + len(failures) == 30, out + err
    assert assert_documents_whole(data) == before + stored

    filler.unlink()
    assert_check_clean(data)
    code, out, err = run_cli("--data-dir", data, "import", "--case", template["number"], *sorted(notes.iterdir()))
    assert code == 0, err
    assert assert_documents_whole(data) == before + 30
    assert_check_clean(data)


def test_disk_full_during_a_backup_names_the_archive_and_leaves_nothing(office, small_disk, tmp_path):
    disk = small_disk("usb", 8, file_limit=8 * 1024 * 1024)  # the office's pictures take 25 MB
    out = disk.folder / "office.zip"
    code, summary, err = run_cli("--data-dir", office, "backup", out, preexec_fn=disk.preexec_fn)
    assert code != 0, summary
    line = err.strip().splitlines()[-1]
    assert line.startswith("casedesk: error: ") and str(out) in line and disk_full_lines(line), err
    assert "Traceback" not in err
    assert sorted(p.name for p in disk.folder.iterdir()) == [], "a half archive or part file was left"
    assert_check_clean(office)
    assert not [p for p in (office / "backups").iterdir() if p.name.startswith(".")]

    roomy = tmp_path / "roomy.zip"
    code, summary, err = run_cli("--data-dir", office, "backup", roomy)
    assert code == 0, err
    assert_restores_identically(roomy, office, tmp_path / "restored")


def test_disk_full_in_the_data_dir_during_a_backup_is_named(template, small_disk, tmp_path):
    """The database snapshot is taken inside the data dir: a full data disk is said as such."""
    disk = small_disk("disk", 40, file_limit=0)
    if disk.preexec_fn is not None:
        pytest.skip(f"no tmpfs ({disk.why}): RLIMIT_FSIZE limits each file, not the data dir's disk")
    data = disk.folder / "data"
    shutil.copytree(template["data"], data)
    filler = disk.fill(leave=64 * 1024)
    out = tmp_path / "office.zip"
    code, summary, err = run_cli("--data-dir", data, "backup", out)
    assert code != 0, summary
    line = err.strip().splitlines()[-1]
    assert line.startswith("casedesk: error: ") and str(out) in line and disk_full_lines(line), err
    assert "internal error" not in line and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob(".office.zip.*"))
    filler.unlink()
    assert_check_clean(data)
    assert not [p for p in (data / "backups").iterdir() if p.name.startswith(".")]
    code, summary, err = run_cli("--data-dir", data, "backup", out)
    assert code == 0, err
