"""Storage: URLs, migrations, the newer-schema refusal, concurrent writers, the blob store."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from desktop_app.errors import StorageError, UserError
from desktop_app.models import Case, NumberingSeries, WorkArea
from desktop_app.services.cases import case_editing
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage import migrations
from desktop_app.storage.blobs import BlobStore, sha256_of_file
from desktop_app.storage.database import make_database, write_transaction
from tests.unit.helpers import FailingStream

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def test_migrate_from_empty_creates_every_table(workspace, engine):
    from desktop_app.models import ALL_MODELS

    tables = set(workspace.database.get_tables())
    assert {m._meta.table_name for m in ALL_MODELS} <= tables
    assert migrations.current_version(workspace.database) == migrations.latest_version()
    if engine == "sqlite":
        pragmas = {name: workspace.database.execute_sql(f"PRAGMA {name}").fetchone()[0]
                   for name in ("journal_mode", "foreign_keys", "synchronous")}
        assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}
        return
    # PostgreSQL: every foreign key the models declare is a constraint the server enforces.
    declared = {(m._meta.table_name, fk.column_name) for m in ALL_MODELS for fk in m._meta.refs}
    enforced = set(workspace.database.execute_sql(
        "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
        "WHERE c.contype = 'f' AND c.convalidated").fetchall())
    assert declared <= {(table.strip('"'), column) for table, column in enforced}


def test_case_list_indexes_exist(workspace):
    names = {index.name for index in workspace.database.get_indexes("case")}
    assert {"case_status_id_archived_trashed_created_at", "case_created_at", "case_owner_name_nocase"} <= names


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    ws = open_workspace(tmp_path / "d", create=True)
    ws.database.execute_sql("INSERT INTO casedesk_schema VALUES (999, 'future')")
    close_workspace(ws)
    db_file = tmp_path / "d" / "casedesk.db"
    before = sha256_of_file(db_file)
    with pytest.raises(StorageError, match="newer CaseDesk"):
        open_workspace(tmp_path / "d")
    assert sha256_of_file(db_file) == before


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    (tmp_path / "d").mkdir()
    with pytest.raises(StorageError, match="not a CaseDesk database"):
        open_workspace(tmp_path / "d", database_url=str(path))


def test_migration_backs_up_the_database_first(tmp_path, monkeypatch):
    ws = open_workspace(tmp_path / "d", create=True)
    close_workspace(ws)
    real = migrations.available()

    def upgrade(database):
        database.execute_sql("CREATE TABLE probe_added (id INTEGER)")

    monkeypatch.setattr(migrations, "available", lambda: [*real, (real[-1][0] + 1, "m9999_probe", upgrade)])
    ws = open_workspace(tmp_path / "d")
    backups = list((tmp_path / "d" / "backups").glob("casedesk-before-schema-*.db"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT max(version) FROM casedesk_schema").fetchone()[0] == real[-1][0]
    con.close()
    assert "probe_added" in ws.database.get_tables()
    close_workspace(ws)


def test_failed_migration_leaves_the_old_schema(tmp_path, monkeypatch):
    ws = open_workspace(tmp_path / "d", create=True)
    close_workspace(ws)
    real = migrations.available()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(migrations, "available", lambda: [*real, (real[-1][0] + 1, "m9999_broken", broken)])
    with pytest.raises(RuntimeError):
        open_workspace(tmp_path / "d")
    con = sqlite3.connect(tmp_path / "d" / "casedesk.db")
    assert con.execute("SELECT max(version) FROM casedesk_schema").fetchone()[0] == real[-1][0]
    assert not con.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchall()
    con.close()


@pytest.mark.parametrize("url, message", [
    ("mysql://host/db", "Unsupported database URL"),
    ("postgresql://host", "names no database"),
    ("/no/such/folder/x.db", "does not exist"),
    ("", "empty"),
])
def test_bad_database_urls_get_clear_messages(url, message):
    with pytest.raises(StorageError, match=message):
        make_database(url)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    bogus = tmp_path / "casedesk.db"
    bogus.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="Cannot open database"):
        open_workspace(tmp_path)


def test_missing_data_dir_is_refused_unless_created(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        open_workspace(tmp_path / "missing")
    assert not (tmp_path / "missing").exists()


def test_four_threads_of_read_modify_write_all_succeed(offices):
    """4 × 100 case creations, each drawing a number: no 'database is locked', no duplicate."""
    area = WorkArea.get(WorkArea.code == "SIN")
    actor = auth.default_actor()
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def worker():
        try:
            for _ in range(100):
                case, _changes = case_editing.create_case(actor, area.id, city="Valencia")
                with lock:
                    numbers.append(case.number)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            offices.database.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(numbers) == len(set(numbers)) == 400
    assert Case.select().where(Case.work_area == area).count() == 400
    assert NumberingSeries.get(NumberingSeries.work_area == area).next_value == 401


def test_write_transaction_rolls_back_everything_on_error(offices):
    area = WorkArea.get(WorkArea.code == "SIN")
    before = Case.select().count()
    with pytest.raises(RuntimeError), write_transaction():
        case_editing.create_case(auth.default_actor(), area.id)
        raise RuntimeError("boom")
    assert Case.select().count() == before
    assert NumberingSeries.get(NumberingSeries.work_area == area).next_value == 1


def test_blob_store_dedupes_and_names_by_content(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    sha1, size1 = store.put_bytes(b"report v1")
    sha2, _ = store.put_bytes(b"report v1")
    sha3, _ = store.put_bytes(b"report v2")
    assert sha1 == sha2 != sha3
    assert size1 == 9
    assert sorted(store.stored()) == sorted({sha1, sha3})
    assert store.read_bytes(sha1) == b"report v1"
    assert not list((tmp_path / "blobs" / "tmp").iterdir())  # no temp file left behind
    assert ".." not in str(store.path_for(sha1)) and sha1 in store.path_for(sha1).name


def test_blob_store_detects_corruption(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    sha, _ = store.put_bytes(b"original content")
    assert store.verify(sha)
    store.path_for(sha).write_bytes(b"tampered content")
    assert not store.verify(sha)
    store.path_for(sha).unlink()
    assert not store.verify(sha)
    with pytest.raises(StorageError, match="missing"):
        store.read_bytes(sha)


def test_blob_store_write_is_atomic_when_the_source_fails(tmp_path):
    store = BlobStore(tmp_path / "blobs")

    with pytest.raises(StorageError, match="No space left"):
        store.put_stream(FailingStream(28, "No space left on device"))
    assert list(store.stored()) == []
    assert not list((tmp_path / "blobs" / "tmp").iterdir())


def test_blob_store_rejects_names_that_are_not_hashes(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    with pytest.raises(ValueError):
        store.path_for("../../etc/passwd")
