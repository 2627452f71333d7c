"""Automatic backups: the schedule (due or not), the claim that lets one PC run it, pruning, settings."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest

from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import AuditEvent, BackupSchedule, Role, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.context import Actor
from desktop_app.services.office import backup_schedule
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction

T0 = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)


@pytest.fixture
def office(workspace, admin):
    with write_transaction():
        presets.create_office("diagnostics")
    create_case(admin, WorkArea.get(WorkArea.code == "DIAG").id, city="Nantes")
    return workspace


def _row() -> BackupSchedule:
    return BackupSchedule.get_by_id(1)


def _clerk() -> Actor:
    user = User.create(login="clerk", full_name="Clerk", initials="CL",
                       role=Role.get(Role.code == RoleCode.ADMINISTRATIVE))
    return Actor.from_user(user)


@pytest.mark.both_engines
def test_new_office_has_a_daily_schedule_due_at_once(workspace, admin):
    row = _row()
    assert (row.enabled, row.every_hours, row.keep, row.folder) == (True, 24, 7, "")
    assert backup_schedule.is_due(row, T0)
    info = backup_schedule.schedule_of(workspace, admin)
    assert info.effective_folder == workspace.data_dir / "backups"
    assert info.backups == [] and info.running_on == ""


@pytest.mark.both_engines
def test_due_and_not_due(workspace):
    assert backup_schedule.claim("pc-1", T0) is not None
    backup_schedule.finish(backup_schedule.Claim("pc-1", T0), True, "ok", now=T0 + dt.timedelta(minutes=5))
    row = _row()
    assert not backup_schedule.is_due(row, T0 + dt.timedelta(hours=23, minutes=59))
    assert backup_schedule.is_due(row, T0 + dt.timedelta(hours=24))
    assert backup_schedule.next_due(row) == T0 + dt.timedelta(hours=24)
    BackupSchedule.update(enabled=False).execute()
    assert not backup_schedule.is_due(_row(), T0 + dt.timedelta(days=30))
    assert backup_schedule.run_due(workspace, "pc-1", T0 + dt.timedelta(days=30)) is None


def test_a_failed_backup_is_tried_again_within_the_hour(workspace):
    BackupSchedule.update(every_hours=24).execute()
    taken = backup_schedule.claim("pc-1", T0)
    backup_schedule.finish(taken, False, "disk full", now=T0 + dt.timedelta(minutes=1))
    assert not backup_schedule.is_due(_row(), T0 + dt.timedelta(minutes=59))
    assert backup_schedule.is_due(_row(), T0 + dt.timedelta(hours=1))


@pytest.mark.both_engines
def test_only_one_pc_claims_the_slot(workspace):
    first = backup_schedule.claim("pc-1 (pid 1)", T0)
    assert first is not None
    # Another PC ticking at the same moment, or a minute later, or being asked to back up now.
    assert backup_schedule.claim("pc-2 (pid 7)", T0) is None
    assert backup_schedule.claim("pc-2 (pid 7)", T0 + dt.timedelta(minutes=1)) is None
    assert backup_schedule.claim("pc-2 (pid 7)", T0 + dt.timedelta(minutes=1), force=True) is None
    assert _row().running_on == "pc-1 (pid 1)"
    # pc-2 finishing someone else's claim does not free it.
    backup_schedule.finish(backup_schedule.Claim("pc-2 (pid 7)", T0), False, "not mine")
    assert _row().running_on == "pc-1 (pid 1)"
    backup_schedule.finish(first, True, "done")
    assert _row().running_on == "" and _row().running_until is None
    # Free, but not due again before the interval: a forced one may run.
    assert backup_schedule.claim("pc-2 (pid 7)", T0 + dt.timedelta(hours=1)) is None
    assert backup_schedule.claim("pc-2 (pid 7)", T0 + dt.timedelta(hours=1), force=True) is not None


def test_a_claim_of_a_pc_that_died_lapses(workspace):
    assert backup_schedule.claim("dead-pc", T0) is not None
    assert backup_schedule.claim("pc-2", T0 + dt.timedelta(hours=backup_schedule.CLAIM_HOURS - 1), force=True) is None
    assert backup_schedule.claim("pc-2", T0 + dt.timedelta(hours=backup_schedule.CLAIM_HOURS + 1), force=True) is not None


def test_run_due_writes_a_backup_that_restores(office, tmp_path):
    run = backup_schedule.run_due(office, "pc-1")
    assert run is not None and run.ok, run
    assert run.path.parent == office.data_dir / "backups"
    assert backup_schedule.AUTO_NAME.match(run.path.name)
    with zipfile.ZipFile(run.path) as zf:
        assert {"manifest.json", "casedesk.db"} <= set(zf.namelist())
    row = _row()
    assert row.last_ok is True and row.last_file == str(run.path) and row.running_on == ""
    assert row.last_host == "pc-1"
    assert AuditEvent.select().where(AuditEvent.action == "office.backup").count() == 1
    assert backup_schedule.run_due(office, "pc-2") is None  # done for today
    from desktop_app.services.office.restore import restore_backup
    assert "restored 1 cases" in restore_backup(run.path, tmp_path / "restored")


def _fake_backups(folder: Path, count: int) -> list[Path]:
    """Automatic backups of the days before 2025-01-01, oldest first."""
    made = []
    for i in range(count):
        path = backup_schedule.backup_name(folder, dt.datetime(2025, 1, 1, 3, tzinfo=dt.UTC) - dt.timedelta(days=count - i))
        path.write_bytes(b"x" * (i + 1))
        made.append(path)
    return made


def test_pruning_keeps_the_newest_n_and_only_automatic_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    made = _fake_backups(folder, 9)
    mine = folder / "before-the-audit.zip"
    mine.write_bytes(b"named by hand")
    schema = folder / "casedesk-before-schema-12-20261101-120000.db"
    schema.write_bytes(b"db")
    other = folder / "casedesk-backup-notes.txt"
    other.write_bytes(b"notes")
    stale = folder / ".casedesk-backup-20261101-030000Z.zip.abc123.part"
    stale.write_bytes(b"half")
    old = (T0 - dt.timedelta(days=2)).timestamp()
    os.utime(stale, (old, old))
    fresh = folder / ".casedesk-backup-20261201-030000Z.zip.def456.part"
    fresh.write_bytes(b"running elsewhere")
    deleted = backup_schedule.prune(folder, 3)
    assert sorted(deleted) == sorted([*made[:6], stale])
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([p.name for p in made[6:]] + [mine.name, schema.name, other.name, fresh.name])
    listed = backup_schedule.list_backups(folder)
    assert {b.name for b in listed if b.automatic} == {p.name for p in made[6:]}
    assert {b.name for b in listed if not b.automatic} == {mine.name, schema.name}
    assert backup_schedule.prune(folder, 3) == []


def test_two_backups_in_one_second_get_two_names(tmp_path):
    first = backup_schedule.backup_name(tmp_path, T0)
    first.write_bytes(b"1")
    second = backup_schedule.backup_name(tmp_path, T0)
    assert first != second and backup_schedule.AUTO_NAME.match(second.name)


def test_run_due_prunes_beyond_keep(office):
    folder = office.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    _fake_backups(folder, 4)  # all older than the one made now
    BackupSchedule.update(keep=2).execute()
    run = backup_schedule.run_due(office, "pc-1")
    assert run.ok
    automatic = [p for p in folder.iterdir() if backup_schedule.AUTO_NAME.match(p.name)]
    assert len(automatic) == 2 and run.path in automatic
    assert len(run.deleted) == 3


def test_a_failed_run_is_recorded_and_frees_the_slot(office, tmp_path):
    gone = tmp_path / "share"
    gone.mkdir()
    BackupSchedule.update(folder=str(gone)).execute()
    gone.rmdir()  # the network share went away
    run = backup_schedule.run_due(office, "pc-1")
    assert run is not None and not run.ok and str(gone) in run.message
    row = _row()
    assert row.last_ok is False and str(gone) in row.last_message and row.running_on == ""


def test_back_up_now(office, admin):
    run = backup_schedule.back_up_now(office, admin, "pc-1")
    assert run.ok and run.path.is_file() and run.size == run.path.stat().st_size
    assert [b.path for b in backup_schedule.schedule_of(office, admin).backups] == [run.path]
    backup_schedule.claim("pc-2", force=True)
    with pytest.raises(UserError, match="running already on pc-2"):
        backup_schedule.back_up_now(office, admin, "pc-1")


def test_set_schedule_checks_and_records(workspace, admin, tmp_path):
    backup_schedule.set_schedule(admin, enabled=True, every_hours=6, keep=3, folder=str(tmp_path))
    row = _row()
    assert (row.every_hours, row.keep, row.folder) == (6, 3, str(tmp_path))
    assert AuditEvent.select().where(AuditEvent.action == "settings.backup_schedule").count() == 1
    assert not backup_schedule.set_schedule(admin, enabled=True, every_hours=6, keep=3, folder=str(tmp_path)).configuration_changed
    for kwargs, words in (({"every_hours": 0}, "interval"), ({"every_hours": 1000}, "interval"),
                          ({"keep": 0}, "keep between"), ({"folder": "relative/dir"}, "not a full path"),
                          ({"folder": str(tmp_path / "missing")}, "not a folder")):
        values = {"enabled": True, "every_hours": 24, "keep": 7, "folder": "", **kwargs}
        with pytest.raises(UserError, match=words):
            backup_schedule.set_schedule(admin, **values)
    assert _row().every_hours == 6  # nothing half-written


def test_only_an_office_admin_sees_or_changes_the_schedule(office):
    clerk = _clerk()
    for call in (lambda: backup_schedule.schedule_of(office, clerk), lambda: backup_schedule.back_up_now(office, clerk),
                 lambda: backup_schedule.set_schedule(clerk, enabled=False, every_hours=24, keep=7, folder="")):
        with pytest.raises(PermissionDenied):
            call()
    assert _row().enabled is True and _row().last_started_at is None


def test_a_clerks_pc_runs_the_scheduled_backup(office):
    """The scheduled backup is the program's, whoever is signed in on the PC that runs it."""
    _clerk()
    run = backup_schedule.run_due(office, "clerk-pc")
    assert run.ok
    event = AuditEvent.select().where(AuditEvent.action == "office.backup").get()
    assert event.user_id is None  # SYSTEM
