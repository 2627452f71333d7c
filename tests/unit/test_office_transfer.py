"""Copying a whole office between SQLite and a real PostgreSQL server (services/office/office_transfer.py).

`casedesk migrate-to`, the demo on PostgreSQL (the same seed gives the same office on both
engines) and the refusals: a target that holds an office, a damaged source, a copy that
does not verify. Each test gets its own databases on the throwaway cluster.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.errors import StorageError
from desktop_app.models import ALL_MODELS, AuditEvent, Blob, Case, Document, WorkArea
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.office import office_transfer
from desktop_app.services.office.check import run_check
from desktop_app.services.office.office_transfer import Endpoint, copy_office, open_target
from desktop_app.services.office.table_copy import bound_to
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage.blobs import BlobStore

# What creating one case on the migrated office changes (its row, its number, its audit event).
CHANGED_BY_THE_NEW_CASE = ("case", "audit_event", "case_seen", "numbering_series")


@pytest.fixture
def demo_dir(tmp_path, call):
    """A small SQLite demo office with real documents."""
    data = tmp_path / "sqlite-office"
    code, _, err = call("--data-dir", data, "demo", "--cases", "80", "--seed", "5")
    assert code == 0, err
    return data


SCHEMA_OBJECTS = ("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() UNION ALL "
                  "SELECT conname FROM pg_constraint WHERE contype = 'f' ORDER BY 1")


def office_rows(database) -> dict[str, list[tuple]]:
    """Every row of every table as Python values, without Blob.data and the migrate-to audit."""
    with bound_to(database):
        rows = {model._meta.table_name: list(
            model.select(*[f for f in model._meta.sorted_fields if f is not Blob.data])
            .order_by(*model._meta.get_primary_keys()).tuples()) for model in ALL_MODELS}
    rows["audit_event"] = [row for row in rows["audit_event"] if row[3] != "office.migrate_to"]
    return rows


def files_of(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in root.rglob("*") if p.is_file() and p.parent.name != "tmp"}


def table_counts(url: str) -> dict[str, int]:
    """Rows per table, leaving out the base rows a new schema starts with (the default backup schedule)."""
    target = open_target(url)
    try:
        counts = office_transfer._table_counts(target.database)
        return {table: count for table, count in counts.items() if table not in office_transfer.BASE_TABLES}
    finally:
        target.database.close()


def test_migrate_to_postgresql_and_back(demo_dir, postgresql_url, tmp_path, call):
    source = open_workspace(demo_dir)
    before = office_rows(source.database)
    close_workspace(source)
    files = files_of(demo_dir / "blobs")
    assert files

    code, out, err = call("--data-dir", demo_dir, "migrate-to", "--database", postgresql_url)
    assert code == 0, err
    assert out.startswith("copied ") and "80 cases" in out and f"{len(files)} document files" in out
    assert "verified: row counts of" in out and postgresql_url in out

    pg_dir = tmp_path / "pg-data"
    office = open_workspace(pg_dir, postgresql_url, create=True)
    try:
        assert office_rows(office.database) == before  # ids, values, audit trail
        stored = {sha: bytes(data) for sha, data in Blob.select(Blob.sha256, Blob.data).tuples()}
        assert stored == files  # the contract: on PostgreSQL the bytes live in Blob.data
        assert not (pg_dir / "blobs").exists()
        # The id sequences continue after the copied rows.
        area = WorkArea.select().first()
        created, _ = create_case(auth.default_actor(), area.id, city="After migration")
        assert created.id == max(row[0] for row in before["case"]) + 1
        report = run_check(office, auth.default_actor())
        assert report.ok, report.lines()
    finally:
        close_workspace(office)
    source = open_workspace(demo_dir)
    assert AuditEvent.select().where(AuditEvent.action == "office.migrate_to").count() == 1
    close_workspace(source)

    # And back: PostgreSQL → SQLite gives the same rows and files (FTS index rebuilt by its triggers).
    back = tmp_path / "back"
    back.mkdir()
    code, out, err = call("--data-dir", pg_dir, "--database", postgresql_url, "migrate-to", "--database",
                          back / "casedesk.db")
    assert code == 0, err
    returned = open_workspace(back)
    try:
        rows = office_rows(returned.database)
        assert rows["case"][:-1] == before["case"] and len(rows["case"]) == len(before["case"]) + 1
        assert {k: v for k, v in rows.items() if k not in CHANGED_BY_THE_NEW_CASE} == \
            {k: v for k, v in before.items() if k not in CHANGED_BY_THE_NEW_CASE}
        assert files_of(back / "blobs") == files
        assert Blob.select().where(Blob.data.is_null(False)).count() == 0
        fts = returned.database.execute_sql("SELECT count(*) FROM document_search").fetchone()[0]
        assert fts == Document.select().where(~Document.trashed).count() > 0
        returned.database.execute_sql("INSERT INTO document_search(document_search) VALUES ('integrity-check')")
        report = run_check(returned, auth.default_actor())
        assert report.ok, report.lines()
    finally:
        close_workspace(returned)


def test_refuses_a_target_that_holds_an_office(demo_dir, postgresql_url, tmp_path, call):
    # A database CaseDesk opened once (roles and the local admin only) counts as empty.
    opened = open_workspace(tmp_path / "pg", postgresql_url, create=True)
    close_workspace(opened)
    code, _, err = call("--data-dir", demo_dir, "migrate-to", "--database", postgresql_url)
    assert code == 0, err
    code, _, err = call("--data-dir", demo_dir, "migrate-to", "--database", postgresql_url)
    assert code == 2
    assert "it is not empty (table office has 4 rows)" in err and postgresql_url in err
    code, _, err = call("--data-dir", demo_dir, "migrate-to", "--database", demo_dir / "casedesk.db")
    assert code == 2 and "into itself" in err
    code, _, err = call("--data-dir", demo_dir, "--user", "clerk", "migrate-to", "--database",
                        tmp_path / "x.db")
    assert code == 2 and "clerk" in err and not (tmp_path / "x.db").exists()


def test_a_damaged_source_copies_nothing(demo_dir, postgresql_url, call):
    victim = next(p for p in (demo_dir / "blobs").rglob("*") if p.is_file())
    victim.write_bytes(victim.read_bytes() + b"!")
    code, out, err = call("--data-dir", demo_dir, "migrate-to", "--database", postgresql_url)
    assert code == 1 and out == ""
    assert f"Document content {victim.name}" in err and "is damaged" in err and "nothing was copied" in err
    assert set(table_counts(postgresql_url).values()) == {0}


def test_a_copy_that_does_not_verify_is_rolled_back(demo_dir, postgresql_url, tmp_path, monkeypatch):
    """A table that does not arrive whole: the verification fails and the target stays empty."""
    real = office_transfer._Copier._insert

    def lossy(self, table, columns, rows, mark):
        return real(self, table, columns, rows[:-1] if table == "note" else rows, mark)

    monkeypatch.setattr(office_transfer._Copier, "_insert", lossy)
    source = open_workspace(demo_dir)
    try:
        for target_url, store in ((postgresql_url, None), (str(tmp_path / "t" / "casedesk.db"), "t")):
            if store:
                (tmp_path / store).mkdir()
            target = open_target(target_url)
            if not store:  # the schema first, to compare its indexes and foreign keys afterwards
                office_transfer.prepare_target(target, office_transfer.latest_version())
                schema = target.database.execute_sql(SCHEMA_OBJECTS).fetchall()
            with pytest.raises(StorageError, match=r"failed its verification, nothing was kept: table note"):
                copy_office(Endpoint(source.database, source.blobs, "src"), target)
            if not store:  # dropped for the load, back with the rollback
                assert target.database.execute_sql(SCHEMA_OBJECTS).fetchall() == schema and len(schema) > 100
            target.database.close()
            assert set(table_counts(target_url).values()) == {0}
        assert (tmp_path / "t" / "blobs").is_dir() and files_of(tmp_path / "t" / "blobs") == {}  # the files written for the rolled-back rows are gone
    finally:
        close_workspace(source)


def test_progress_reaches_the_total(demo_dir, postgresql_url):
    seen: list[tuple[int, int, str]] = []
    source = open_workspace(demo_dir)
    try:
        target = open_target(postgresql_url)
        result = copy_office(Endpoint(source.database, source.blobs, "src"), target, batch=100,
                             progress=lambda done, total, table: seen.append((done, total, table)))
        target.database.close()
    finally:
        close_workspace(source)
    dones = [done for done, _, _ in seen]
    assert dones == sorted(dones) and dones[-1] == seen[-1][1] == result.rows
    assert {"case", "blob", "document"} <= {table for _, _, table in seen}


def test_demo_is_the_same_on_both_engines(postgresql_url, tmp_path, call):
    """The same seed, the same office: the CSV exports are byte-identical, and so are the documents."""
    sqlite_dir, pg_dir = tmp_path / "on-sqlite", tmp_path / "on-postgresql"
    code, out, err = call("--data-dir", sqlite_dir, "demo", "--cases", "150", "--seed", "11")
    assert code == 0, err
    code, out_pg, err = call("--data-dir", pg_dir, "--database", postgresql_url, "demo", "--cases", "150",
                             "--seed", "11")
    assert code == 0, err
    assert out_pg.split(":", 1)[1].split(". ")[0] == out.split(":", 1)[1].split(". ")[0]  # same summary
    code, _, err = call("--data-dir", pg_dir, "--database", postgresql_url, "demo", "--cases", "5")
    assert code == 2 and "already holds an office" in err
    assert [p.name for p in pg_dir.iterdir() if p.name not in ("logs",)] == []  # no stage left behind

    for where in ((sqlite_dir,), (pg_dir, "--database", postgresql_url)):
        code, _, err = call("--data-dir", *where, "export", tmp_path / f"{where[0].name}.csv")
        assert code == 0, err
    exported = (tmp_path / "on-sqlite.csv").read_bytes()
    assert len(exported.splitlines()) > 100
    assert exported == (tmp_path / "on-postgresql.csv").read_bytes()

    def documents(workspace) -> list[tuple]:
        query = (Document.select(Case.number, Document.id, Document.title, Document.original_name,
                                 Document.blob, Blob.data).join_from(Document, Case)
                 .join_from(Document, Blob).order_by(Document.id).tuples())
        return [(number, doc_id, title, name, sha,
                 hashlib.sha256(bytes(data) if data is not None else workspace.blobs.path_for(sha).read_bytes())
                 .hexdigest())
                for number, doc_id, title, name, sha, data in query]

    on_sqlite = open_workspace(sqlite_dir)
    try:
        expected = documents(on_sqlite)
    finally:
        close_workspace(on_sqlite)
    on_server = open_workspace(pg_dir, postgresql_url)
    try:
        assert documents(on_server) == expected and len(expected) > 50
        assert all(sha == digest for *_, sha, digest in expected)
        assert Blob.select().where(Blob.data.is_null()).count() == 0
    finally:
        close_workspace(on_server)


def test_sqlite_rows_keep_their_storage_types(demo_dir, postgresql_url, tmp_path):
    """SQLite → PostgreSQL → SQLite: the same raw values and storage classes (text timestamps, 0/1…)."""
    source = open_workspace(demo_dir)
    middle = open_target(postgresql_url)
    try:
        copy_office(Endpoint(source.database, source.blobs, "src"), middle)
    finally:
        close_workspace(source)
    (tmp_path / "back").mkdir()
    back = open_target(str(tmp_path / "back" / "casedesk.db"))
    copy_office(middle, back)
    middle.database.close()
    back.database.close()
    one, two = sqlite3.connect(demo_dir / "casedesk.db"), sqlite3.connect(tmp_path / "back" / "casedesk.db")
    try:
        for model in ALL_MODELS:
            columns = [f.column_name for f in model._meta.sorted_fields]
            sql = (f'SELECT {", ".join(f"{c!r}, typeof({c!r})".replace(chr(39), chr(34)) for c in columns)} '
                   f'FROM "{model._meta.table_name}" ORDER BY 1')
            assert one.execute(sql).fetchall() == two.execute(sql).fetchall(), model._meta.table_name
        schema = "SELECT version FROM casedesk_schema ORDER BY 1"
        assert one.execute(schema).fetchall() == two.execute(schema).fetchall()
    finally:
        one.close()
        two.close()
    assert BlobStore(tmp_path / "back" / "blobs").root.is_dir()
