"""The backup before a PostgreSQL office's schema update ("a backup before every migration").

A real PostgreSQL database is brought to an older schema: the office is built at this schema
(four shipped offices, a case, a PDF and a PNG through the real import), then what every later
migration added is taken away again (tables, columns, indexes, the statuses m0007 changes) and
their version rows deleted. Opening it must first write a full backup archive into backups/,
restorable into SQLite and into PostgreSQL, and only then migrate; a backup that cannot be
written leaves the database at its old schema.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
import zipfile
from pathlib import Path

import peewee as pw
import pytest
from PIL import Image

from desktop_app import paths
from desktop_app.errors import StorageError
from desktop_app.models import ALL_MODELS, AuditEvent, Blob, Case, Document, Status, WorkArea
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.documents.document_import import add_document
from desktop_app.services.office import backup, backup_schedule, restore
from desktop_app.services.office.table_copy import bound_to
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.blobs import BlobStore
from desktop_app.storage.database import make_database, write_transaction
from desktop_app.storage.migrations import (
    VERSION_TABLE,
    current_version,
    latest_version,
    m0002_list_filters,
    m0003_live_sort_indexes,
    m0007_seen_and_tickets,
    m0011_completeness,
    m0012_document_search,
    m0017_prefix_search_postgresql,
    m0020_postgres_list_order,
    m0021_redundant_indexes,
)
from tests.unit.helpers import make_pdf, new_postgresql_database

pytestmark = pytest.mark.postgresql_only

ARCHIVE_NAME = re.compile(rf"^casedesk-before-schema-{latest_version()}-\d{{8}}-\d{{6}}\.zip$")


# --- an office at an older schema ---------------------------------------------------------------


def _undo_m0004(database):
    for index in ("note_addressee_id", "note_case_id_created_at", "note_addressee_id_done_due_at"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')
    database.execute_sql('ALTER TABLE "note" DROP COLUMN "addressee_id"')


def _undo_m0005(database):
    database.execute_sql('DROP TABLE "required_field"')
    database.execute_sql('ALTER TABLE "status" DROP COLUMN "entry_date_field", DROP COLUMN "notify_role"')


def _undo_m0006(database):
    for index in ("notification_user_id_created_at", "case_updated_at", "case_resume_date",
                  "installment_unpaid_due_date", "note_open_alert_due_at"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{index}"')
    database.execute_sql('ALTER TABLE "notification" DROP COLUMN "dedupe_key"')  # and its unique index
    database.execute_sql('ALTER TABLE "work_area" DROP COLUMN "idle_days"')


def _undo_m0007(database):
    database.execute_sql('DROP TABLE "case_seen"')
    database.execute_sql('ALTER TABLE "user" DROP COLUMN "seen_baseline"')
    database.execute_sql('DROP INDEX IF EXISTS "audit_event_at_case_id_user_id"')
    # Before m0007 the ISP desks' ticket statuses were ordinary ones; the migration sets them.
    database.execute_sql(
        'UPDATE "status" SET "system_only" = FALSE WHERE "code" = ANY(%s) AND "workflow_id" IN ('
        'SELECT w."id" FROM "workflow" w JOIN "work_area" a ON a."id" = w."work_area_id" '
        'JOIN "office" o ON o."id" = a."office_id" WHERE o."kind" = \'isp\' AND a."kind" = \'support\')',
        (list(m0007_seen_and_tickets.ISP_SYSTEM_STATUSES),))


def _undo_m0009(database):
    database.execute_sql('DROP TABLE "file_name_rule"')
    database.execute_sql('DROP TABLE "watch_folder"')


def _undo_m0011(database):
    database.execute_sql('DROP INDEX "case_incomplete"')
    database.execute_sql('ALTER TABLE "case" DROP COLUMN "required_total", DROP COLUMN "required_present"')


def _undo_m0012(database):
    database.execute_sql('DROP TABLE "pending_extraction"')
    database.execute_sql('DROP INDEX IF EXISTS "document_search_vector"')
    database.execute_sql('DROP INDEX IF EXISTS "document_id_case_id"')
    database.execute_sql('ALTER TABLE "document" DROP COLUMN "search_vector"')


def _undo_m0014(database):
    database.execute_sql('DROP TABLE "session_presence"')


def _undo_m0015(database):
    database.execute_sql('DROP TABLE "backup_schedule"')


def _undo_m0017(database):
    database.execute_sql('DROP INDEX "case_prefix_number"')
    for column in m0017_prefix_search_postgresql.NAME_COLUMNS:
        database.execute_sql(f'DROP INDEX "case_prefix_{column}"')


def _undo_m0019(database):
    database.execute_sql('DROP INDEX "document_search_vector"')
    database.execute_sql('ALTER TABLE "document" DROP COLUMN "search_vector"')
    m0012_document_search._postgres(database)  # m0012's vector is back (m0012's undo drops it in turn)


def _undo_m0020(database):
    """The list indexes as m0001-m0011 made them: without the trailing id and the INCLUDEd columns."""
    for name, _keys, _where in m0020_postgres_list_order.list_indexes():
        database.execute_sql(f'DROP INDEX "{name}"')
    m0002_list_filters.upgrade(database)
    m0003_live_sort_indexes.upgrade(database)
    database.execute_sql('CREATE INDEX "case_work_area_id_archived_trashed_created_at" '
                         'ON "case" ("work_area_id", "archived", "trashed", "created_at")')
    database.execute_sql(f'CREATE INDEX "{m0011_completeness.INDEX}" ON "case" ("archived", "trashed", '
                         f'"created_at") WHERE {m0011_completeness.INDEX_WHERE}')


def _undo_m0021(database):
    """The foreign keys' own indexes, as peewee named them."""
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            name = f"{model._meta.table_name}_{field.column_name}"
            if isinstance(field, pw.ForeignKeyField) and name in m0021_redundant_indexes.REDUNDANT:
                database.execute_sql(f'CREATE INDEX "{name}" ON "{model._meta.table_name}" ("{field.column_name}")')


UNDO = {4: _undo_m0004, 5: _undo_m0005, 6: _undo_m0006, 7: _undo_m0007, 9: _undo_m0009, 11: _undo_m0011,
        12: _undo_m0012, 14: _undo_m0014, 15: _undo_m0015, 17: _undo_m0017, 18: None, 19: _undo_m0019,
        20: _undo_m0020, 21: _undo_m0021, 22: None}


def test_every_migration_has_its_undo_here():
    """A new migration must teach this file how to take it away, or the old schemas stop being real."""
    from desktop_app.storage.migrations import available

    assert {number for number, _name, _upgrade in available() if number > 3} == set(UNDO)


def downgrade(url: str, to: int) -> None:
    """Takes away, newest first, what every migration after `to` added; one transaction."""
    database = make_database(url)
    database.connect()
    try:
        with database.atomic():
            for number in sorted(UNDO, reverse=True):
                if number > to and UNDO[number] is not None:
                    UNDO[number](database)
            database.execute_sql(f"DELETE FROM {VERSION_TABLE} WHERE version > %s", (to,))
        assert current_version(database) == to
    finally:
        database.close()


def build_old_office(data: Path, url: str, version: int, files: Path, legacy: bool = True) -> dict:
    """The four shipped offices, one case with a PDF and a PNG, at schema `version`.

    With `legacy`, the PNG's row is made a legacy one (no bytes in the row, the file under the data dir's
    blobs/, as an office stored before the contents moved into the database keeps it).
    """
    workspace = open_workspace(data, url, create=True)
    try:
        with write_transaction():
            for kind in presets.OFFICES:
                presets.create_office(kind)
        admin = auth.default_actor()
        area = WorkArea.get(WorkArea.code == "DIAG")
        case, _ = create_case(admin, area.id, internal_ref="Dupont", city="Nantes")
        files.mkdir()
        pdf = make_pdf(files / "rapport.pdf", "Rapport amiante toiture")
        png = files / "facade.png"
        Image.new("RGB", (320, 200), (200, 120, 40)).save(png, "PNG")
        contents = {}
        for path in (pdf, png):
            document, _ = add_document(workspace, admin, case.id, path)
            contents[document.title] = path.read_bytes()
        sha = hashlib.sha256(png.read_bytes()).hexdigest()
        if legacy:
            target = BlobStore(paths.blobs_dir(data)).path_for(sha)
            target.parent.mkdir(parents=True)
            target.write_bytes(png.read_bytes())
            with write_transaction():
                Blob.update(data=None).where(Blob.sha256 == sha).execute()
        number = case.number
    finally:
        close_workspace(workspace)
    downgrade(url, version)
    return {"number": number, "contents": contents, "png": sha}


@pytest.fixture(params=[3, 14], ids=["schema3", "schema14"])
def old_office(request, postgresql_url, tmp_path):
    data = tmp_path / "data"
    facts = build_old_office(data, postgresql_url, request.param, tmp_path / "incoming")
    return {"data": data, "url": postgresql_url, "version": request.param, **facts}


def schema_of(url: str) -> tuple[int, set[str]]:
    database = make_database(url)
    database.connect()
    try:
        return current_version(database), set(database.get_tables())
    finally:
        database.close()


def before_schema_archives(data: Path) -> list[Path]:
    folder = paths.backups_dir(data)
    return sorted(folder.iterdir()) if folder.is_dir() else []


def office_rows(database: pw.Database) -> dict[str, list[tuple]]:
    """Every row of every table as Python values, engine-neutral, for comparing two offices.

    Without Blob.data, the audit event of the backup itself, and the queue's timestamps (each
    migration queued the texts when it ran)."""
    with bound_to(database):
        rows = {model._meta.table_name: list(
            model.select(*[f for f in model._meta.sorted_fields if f is not Blob.data])
            .order_by(*model._meta.get_primary_keys()).tuples()) for model in ALL_MODELS}
    rows["audit_event"] = [row for row in rows["audit_event"] if row[3] != "office.backup"]
    rows["pending_extraction"] = [row[0] for row in rows["pending_extraction"]]
    return rows


def contents_of(workspace, number: str) -> dict[str, bytes]:
    """The current bytes of each document of the case, by title (a legacy row: its file)."""
    out = {}
    case = Case.get(Case.number == number)
    for document in Document.select().where(Document.case == case.id):
        data = Blob.get_by_id(document.blob_id).data
        if data is None:
            data = BlobStore(paths.blobs_dir(workspace.data_dir)).path_for(document.blob_id).read_bytes()
        out[document.title] = bytes(data)
    return out


# --- the tests ------------------------------------------------------------------------------------


def test_opening_an_old_schema_backs_it_up_first_and_the_archive_restores_anywhere(old_office, tmp_path):
    data, url, old = old_office["data"], old_office["url"], old_office["version"]
    assert before_schema_archives(data) == []
    assert "backup_schedule" not in schema_of(url)[1]

    workspace = open_workspace(data, url)
    try:
        assert current_version(workspace.database) == latest_version()
        archives = before_schema_archives(data)
        assert [p.name for p in archives if ARCHIVE_NAME.match(p.name)] == [p.name for p in archives], archives
        assert len(archives) == 1  # no .part, no snapshot folder left beside it
        archive = archives[0]
        migrated = office_rows(workspace.database)
        assert contents_of(workspace, old_office["number"]) == old_office["contents"]
        event = AuditEvent.get(AuditEvent.action == "office.backup")
        assert json.loads(event.details) == {"file": archive.name, "reason": "before_schema",
                                             "schema_from": old, "schema_to": latest_version()}
        # m0007's data work ran on the server (schema 3): the ISP tickets' statuses are the system's.
        assert Status.select().where(Status.code == "resolved", Status.system_only).exists()
    finally:
        close_workspace(workspace)

    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    assert manifest["format"] == "casedesk-backup" and manifest["schema_version"] == old
    assert manifest["created_by"] == "system" and manifest["integrity"] == "ok"
    assert manifest["counts"]["case"] == 1 and manifest["counts"]["document"] == 2
    assert manifest["missing_blobs"] == [] and manifest["damaged_blobs"] == []
    assert {f["name"] for f in manifest["files"]} == set(members) - {"manifest.json"}
    for entry in manifest["files"]:
        assert hashlib.sha256(members[entry["name"]]).hexdigest() == entry["sha256"]
    blobs = {name.rsplit("/", 1)[1]: content for name, content in members.items() if name.startswith("blobs/")}
    assert sorted(blobs.values()) == sorted(old_office["contents"].values())  # the legacy file too
    assert old_office["png"] in blobs

    # Into SQLite: the restore opens it, which runs the migrations after `old` there.
    into_sqlite = tmp_path / "restored"
    assert restore.restore_backup(archive, into_sqlite).startswith("restored 1 cases, 2 documents and 2 files")
    restored = open_workspace(into_sqlite)
    try:
        assert current_version(restored.database) == latest_version()
        assert office_rows(restored.database) == migrated
        assert contents_of(restored, old_office["number"]) == old_office["contents"]
    finally:
        close_workspace(restored)
    # SQLite's own rule kept a copy of the restored database at `old` before migrating it.
    assert [p.name.startswith("casedesk-before-schema-") for p in before_schema_archives(into_sqlite)] == [True]

    # Into an empty PostgreSQL database.
    with new_postgresql_database(url) as other:
        summary = restore.restore_backup_to_database(archive, other, tmp_path / "pgdata")
        assert summary.startswith("restored 1 cases, 2 documents and 2 files")
        on_server = open_workspace(tmp_path / "pgdata", other)
        try:
            assert current_version(on_server.database) == latest_version()
            assert office_rows(on_server.database) == migrated
            assert contents_of(on_server, old_office["number"]) == old_office["contents"]
            assert Blob.select().where(Blob.data.is_null()).count() == 0  # all in the database now
        finally:
            close_workspace(on_server)
        assert before_schema_archives(tmp_path / "pgdata") == []  # restored at the latest schema


@pytest.fixture
def schema14_office(postgresql_url, tmp_path):
    """Schema 14, every content in the database (`casedesk check` does not read legacy files)."""
    data = tmp_path / "data"
    facts = build_old_office(data, postgresql_url, 14, tmp_path / "incoming", legacy=False)
    return {"data": data, "url": postgresql_url, "version": 14, **facts}


class _DiskFull:
    """The archive writer hits a full disk after its first member (the database snapshot)."""

    def __init__(self, real):
        self.real, self.calls = real, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.calls > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.real(*args, **kwargs)


@pytest.mark.parametrize("failure", ["backups_is_a_file", "disk_full", "server_error"])
def test_a_failed_backup_leaves_the_old_schema(schema14_office, failure, monkeypatch):
    data, url = schema14_office["data"], schema14_office["url"]
    folder = paths.backups_dir(data)
    if failure == "backups_is_a_file":
        folder.write_text("in the way")  # root ignores chmod: a file where the folder should be
        reason = "is a file, not a folder"
    elif failure == "disk_full":
        monkeypatch.setattr(backup, "_add_file", _DiskFull(backup._add_file))
        reason = "No space left on device"
    else:
        from desktop_app.services.office import office_transfer, table_copy

        def refused(*_args, **_kwargs):
            raise pw.OperationalError("terminating connection due to administrator command")

        monkeypatch.setattr(table_copy, "read_batches", refused)  # what an older schema's snapshot reads with
        monkeypatch.setattr(office_transfer, "read_batches", refused)  # and the copy of a current one
        reason = "terminating connection"

    with pytest.raises(StorageError) as caught:
        open_workspace(data, url)
    message = caught.value.message
    assert str(folder) in message and reason in message, message
    assert f"stays at schema {schema14_office['version']}" in message, message
    version, tables = schema_of(url)
    assert version == 14 and "backup_schedule" not in tables  # nothing migrated
    if folder.is_dir():
        assert list(folder.iterdir()) == []  # no half archive, no .part, no snapshot folder
    else:
        assert folder.read_text() == "in the way"

    monkeypatch.undo()
    if failure == "backups_is_a_file":
        folder.unlink()
    workspace = open_workspace(data, url)  # the cause gone, the next opening backs up and migrates
    close_workspace(workspace)
    assert [bool(ARCHIVE_NAME.match(p.name)) for p in before_schema_archives(data)] == [True]
    assert schema_of(url)[0] == latest_version()


def test_an_up_to_date_office_makes_no_backup(postgresql_url, tmp_path):
    data = tmp_path / "data"
    close_workspace(open_workspace(data, postgresql_url, create=True))  # an empty database: created
    workspace = open_workspace(data, postgresql_url)
    try:
        with write_transaction():
            presets.create_office("diagnostics")
    finally:
        close_workspace(workspace)
    close_workspace(open_workspace(data, postgresql_url))
    assert before_schema_archives(data) == []


@pytest.mark.parametrize("command", [["check"], ["backup", "{out}"]])
def test_headless_commands_back_up_an_old_schema_too(schema14_office, command, tmp_path, call):
    data, url = schema14_office["data"], schema14_office["url"]
    args = [arg.format(out=tmp_path / "asked.zip") for arg in command]
    code, out, err = call("--data-dir", data, "--database", url, *args)
    assert code == 0, out + err
    archives = before_schema_archives(data)
    assert [bool(ARCHIVE_NAME.match(p.name)) for p in archives] == [True]
    assert schema_of(url)[0] == latest_version()
    if command[0] == "backup":  # the archive asked for is of the updated office
        with zipfile.ZipFile(tmp_path / "asked.zip") as zf:
            assert json.loads(zf.read("manifest.json"))["schema_version"] == latest_version()


def test_an_update_opened_again_within_the_second_keeps_both_backups(postgresql_url, tmp_path, monkeypatch):
    """A first opening killed after its backup, then opened again at once: a second archive, not a
    refusal ("already exists") that would keep the office from opening."""
    import datetime as dt

    class FrozenClock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2026, 11, 23, 5, 0, 0, tzinfo=tz)

    monkeypatch.setattr(backup.dt, "datetime", FrozenClock)
    workspace = open_workspace(tmp_path / "data", postgresql_url, create=True)
    try:
        first = backup.back_up_before_schema(workspace, 14, latest_version())
        second = backup.back_up_before_schema(workspace, 14, latest_version())
    finally:
        close_workspace(workspace)
    assert first.name == f"casedesk-before-schema-{latest_version()}-20261123-050000.zip"
    assert second.name == f"casedesk-before-schema-{latest_version()}-20261123-050000-2.zip"
    assert first.is_file() and second.is_file()


def test_automatic_backups_never_prune_the_archive_taken_before_a_schema_update(schema14_office):
    data, url = schema14_office["data"], schema14_office["url"]
    workspace = open_workspace(data, url)
    try:
        [before_update] = before_schema_archives(data)
        admin = auth.default_actor()
        backup_schedule.set_schedule(admin, enabled=True, every_hours=24, keep=1, folder="")
        runs = [backup_schedule.back_up_now(workspace, admin) for _ in range(2)]
        assert all(run.ok for run in runs), runs
    finally:
        close_workspace(workspace)
    names = [p.name for p in before_schema_archives(data)]
    assert before_update.name in names
    automatic = [name for name in names if backup_schedule.AUTO_NAME.match(name)]
    assert len(automatic) == 1 and runs[1].path.name in automatic  # the older automatic one is gone
    listed = {b.name: b.automatic for b in backup_schedule.list_backups(paths.backups_dir(data))}
    assert listed[before_update.name] is False
