"""What killed backups leave: found by `check` (a note), removed by `check --repair` and by the next
backup; a backup still running (its lock held) is never touched. The real kills are in
tests/integration/test_crash_safety.py."""

from __future__ import annotations

import os
import time

import pytest

from desktop_app.services.office import backup_leftovers
from desktop_app.services.office.backup import create_backup
from desktop_app.services.office.check import run_check
from desktop_app.storage.database import backup_sqlite


def dead_backup(workspace, out_dir):
    """The leftovers of a backup killed while writing its archive: the lock file is there, unheld."""
    work = workspace.backups_dir / ".snapshot-dead1234"
    work.mkdir(parents=True)
    (work / "casedesk.db").write_bytes(b"half a snapshot")
    (work / backup_leftovers.LOCK_NAME).write_text("", encoding="utf-8")
    part = out_dir / ".office.zip.abcd1234.part"
    part.write_bytes(b"PK half an archive")
    (work / backup_leftovers.PART_RECORD).write_text(str(part), encoding="utf-8")
    return work, part


def test_check_names_a_dead_backup_and_repair_removes_it(workspace, admin, tmp_path):
    work, part = dead_backup(workspace, tmp_path)
    report = run_check(workspace, admin)
    assert report.ok
    lines = "\n".join(report.lines())
    assert f"note: {part} (18 bytes): left by an interrupted backup" in lines
    assert str(work) in lines
    report = run_check(workspace, admin, repair=True)
    assert report.ok and not work.exists() and not part.exists()
    assert f"removed {part}" in "\n".join(report.lines())


def test_a_running_backup_is_left_alone(workspace, admin, tmp_path):
    work = workspace.backups_dir / ".snapshot-live5678"
    work.mkdir(parents=True)
    running = backup_leftovers.RunningBackup(work)
    part = tmp_path / ".office.zip.live.part"
    part.write_bytes(b"PK")
    running.record_part(part)
    try:
        assert backup_leftovers.interrupted_backups(workspace.backups_dir) == []
        run_check(workspace, admin, repair=True)
        assert work.is_dir() and part.is_file()
    finally:
        running.release()
    assert backup_leftovers.interrupted_backups(workspace.backups_dir) == [part, work]


def test_a_folder_without_its_lock_is_young_or_dead(workspace):
    work = workspace.backups_dir / ".snapshot-setup"
    work.mkdir(parents=True)
    assert backup_leftovers.interrupted_backups(workspace.backups_dir) == []  # being set up
    old = time.time() - backup_leftovers.UNLOCKED_GRACE_S - 5
    os.utime(work, (old, old))
    assert backup_leftovers.interrupted_backups(workspace.backups_dir) == [work]


def test_a_recorded_part_that_is_not_ours_is_never_removed(workspace, admin, tmp_path):
    work, _part = dead_backup(workspace, tmp_path)
    precious = tmp_path / "contract.pdf"
    precious.write_bytes(b"%PDF-1.4")
    (work / backup_leftovers.PART_RECORD).write_text(str(precious), encoding="utf-8")
    run_check(workspace, admin, repair=True)
    assert precious.is_file() and not work.exists()


def test_the_next_backup_removes_a_dead_backup(workspace, admin, tmp_path):
    work, part = dead_backup(workspace, tmp_path)
    summary = create_backup(workspace, admin, tmp_path / "office.zip")
    assert "removed 2 leftover(s) of an interrupted backup" in summary
    assert not work.exists() and not part.exists()
    assert [p.name for p in workspace.backups_dir.iterdir()] == []


def test_a_copy_of_the_database_appears_only_complete(workspace, tmp_path):
    target = tmp_path / "copies" / "copy.db"
    calls = []

    def stop(status, remaining, total):
        calls.append((remaining, total))
        raise KeyboardInterrupt  # stands for a process stopped mid-copy

    with pytest.raises(KeyboardInterrupt):
        backup_sqlite(workspace.database, target, pages=1, progress=stop)
    assert calls and list(target.parent.iterdir()) == []  # neither the copy nor its part
    backup_sqlite(workspace.database, target)
    assert [p.name for p in target.parent.iterdir()] == ["copy.db"]
