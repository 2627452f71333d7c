"""Backup and restore throughput (MB/s) and `casedesk check` time on a big office, beside floors
measured in the same run on the same bytes (issue 6).

    python tests/benchmarks/bench_backup.py --source /tmp/bench-100k-b [--work DIR] [--keep]

SOURCE is never modified: its database (with -wal) and blobs are copied into a work folder first
(the copy also warms the page cache for every step alike), and everything runs on the copy:

- floor, copy: `cp -r` of the office's database and blobs (what copying the bytes costs here);
- floor, hash: `sha256sum` of the same files (what a manifest's SHA-256s cost at least);
- backup: services.backup.create_backup (online backup API snapshot, quick_check, deflate,
  SHA-256 of every member, fsync) - MB/s of the office's bytes (database + blobs);
- restore: services.backup.restore_backup into a new data dir (verify every SHA-256, extract,
  open and count) - MB/s of the same bytes;
- parts of the backup: the online-backup snapshot alone and the deflate of that snapshot alone;
- floor, unzip: every member of the backup's archive extracted with zipfile (inflate and write);
- check: services.check.run_check (integrity_check, every blob hashed, stored states recomputed).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_results import report as record_figure

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's desktop_app, not an installed one

MB = 1024 * 1024


def office_files(data_dir: Path) -> list[Path]:
    files = [p for p in data_dir.glob("casedesk.db*") if p.is_file()]
    blobs = data_dir / "blobs"
    if blobs.is_dir():
        files += [p for p in blobs.rglob("*") if p.is_file() and p.parent.name != "tmp"]
    return files


def copy_office(source: Path, target: Path) -> None:
    target.mkdir(parents=True)
    for path in source.glob("casedesk.db*"):
        shutil.copy2(path, target / path.name)
    if (source / "blobs").is_dir():
        shutil.copytree(source / "blobs", target / "blobs")


def unzip(archive: Path, target: Path) -> None:
    """Every member extracted (inflated and written): the least a restore of the archive does."""
    import zipfile

    with zipfile.ZipFile(archive) as zf:
        zf.extractall(target)


def deflate(source: Path, target: Path) -> None:
    """The database member alone, deflated as the backup does (at backup.DEFLATE_LEVEL)."""
    import zipfile

    from desktop_app.services.office.backup import DEFLATE_LEVEL

    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=DEFLATE_LEVEL) as zf:
        zf.write(source, source.name)


def timed(label: str, fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - started
    print(f"  {label}: {elapsed:.1f} s", flush=True)
    return elapsed, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="an office data dir (copied, never changed)")
    parser.add_argument("--work", type=Path, default=None, help="where the copies go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()

    from desktop_app.services.context import SYSTEM
    from desktop_app.services.office.backup import create_backup
    from desktop_app.services.office.check import run_check
    from desktop_app.services.office.restore import restore_backup
    from desktop_app.services.office.workspace import close_workspace, open_workspace
    from desktop_app.storage.database import backup_sqlite

    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=args.work))
    try:
        office = work / "office"
        print(f"copying {args.source} to {office}", flush=True)
        copy_office(args.source, office)
        print("opening (migrating to the current schema if needed)", flush=True)
        workspace = open_workspace(office)
        try:
            # Fold the WAL into the database so every step reads the same single file.
            workspace.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            files = office_files(office)
            size = sum(p.stat().st_size for p in files)
            blob_count = sum(1 for p in files if "blobs" in p.parts)
            cases = workspace.database.execute_sql('SELECT count(*) FROM "case"').fetchone()[0]
            documents = workspace.database.execute_sql("SELECT count(*) FROM document").fetchone()[0]
            print(f"office: {cases:,} cases, {documents:,} documents, {blob_count:,} stored files, "
                  f"{size / MB:,.0f} MB (database + blobs)", flush=True)

            cp_s, _ = timed("floor: cp -r", lambda: subprocess.run(
                ["cp", "-r", str(office), str(work / "floor-copy")], check=True))
            shutil.rmtree(work / "floor-copy")
            hash_s, _ = timed("floor: sha256sum", lambda: subprocess.run(
                ["sha256sum", *map(str, files)], check=True, stdout=subprocess.DEVNULL))
            archive = work / "office-backup.zip"
            backup_s, summary = timed("backup", lambda: create_backup(workspace, SYSTEM, archive))
            print(f"    {summary}")
            snap = work / "snapshot.db"
            snap_s, _ = timed("part: online-backup snapshot", lambda: backup_sqlite(workspace.database, snap))
            deflate_s, _ = timed("part: deflate of the snapshot", lambda: deflate(snap, work / "snapshot.zip"))
            snap.unlink()
            (work / "snapshot.zip").unlink()
            check_s, report = timed("check", lambda: run_check(workspace, SYSTEM))
            problems = len(report.problems) if hasattr(report, "problems") else 0
            print(f"    check: {'clean' if report.ok else f'{problems} problem(s)'}")
        finally:
            close_workspace(workspace)
        restore_s, summary = timed("restore", lambda: restore_backup(archive, work / "restored"))
        print(f"    {summary}")
        unzip_s, _ = timed("floor: unzip of the archive", lambda: unzip(archive, work / "unzipped"))
        shutil.rmtree(work / "unzipped")
        archive_mb = archive.stat().st_size / MB

        print()
        print(f"| step | time | MB/s of the office's {size / MB:,.0f} MB |")
        print("|---|---|---|")
        print(f"| floor: `cp -r` | {cp_s:.1f} s | {size / MB / cp_s:,.0f} |")
        print(f"| floor: `sha256sum` | {hash_s:.1f} s | {size / MB / hash_s:,.0f} |")
        print(f"| backup (archive {archive_mb:,.0f} MB) | {backup_s:.1f} s | {size / MB / backup_s:,.0f} |")
        print(f"| of which: online-backup snapshot | {snap_s:.1f} s | {size / MB / snap_s:,.0f} |")
        print(f"| of which: deflate of the database | {deflate_s:.1f} s | {size / MB / deflate_s:,.0f} |")
        print(f"| restore | {restore_s:.1f} s | {size / MB / restore_s:,.0f} |")
        print(f"| check | {check_s:.1f} s | {size / MB / check_s:,.0f} |")
        print(f"| floor: unzip of the archive | {unzip_s:.1f} s | {size / MB / unzip_s:,.0f} |")
        office_text = f"{cases:,} cases, {size / MB:,.0f} MB"
        # Floors: what any backup of these bytes must do (copy them, deflate the database as it does) and
        # any restore (inflate the archive, hash every file).
        record_figure("backup", f"backup ({office_text})", backup_s, "s", floor=cp_s + deflate_s,
                      note=f"floor: cp -r {cp_s:.1f} s + deflate of the database {deflate_s:.1f} s")
        record_figure("backup", f"restore ({office_text})", restore_s, "s", floor=unzip_s + hash_s,
                      note=f"floor: unzip {unzip_s:.1f} s + sha256sum {hash_s:.1f} s")
        record_figure("backup", f"check ({office_text})", check_s, "s")
        return 0
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
