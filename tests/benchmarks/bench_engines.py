"""The case-list queries on PostgreSQL beside SQLite, on the same office (issue 6).

    python tests/benchmarks/bench_engines.py [--source /tmp/bench-100k-b] [--work DIR] [--runs 7] [--reuse]

1. The source data dir is copied (never modified: the database through SQLite's online
   backup API from a read-only connection, the blobs/ folder as files) into
   WORK/sqlite, which is opened (migrated if its schema is older).
2. A throwaway PostgreSQL cluster is started (tests/pg_server.py: loopback, a free port,
   as the `postgres` account under root; fsync off, default shared_buffers) and the office
   is copied into it with `casedesk migrate-to`'s copier (services/office/office_transfer.py):
   the copy's own time and rows/s are printed too. `--reuse` keeps WORK/sqlite from an
   earlier run (the cluster is always new).
3. Each query of the case list (services/case_list/case_queries.py: the id list with the main filters and
   sorts, a block of 100 rows at the top and in the middle, search by case number and by
   name) runs once to warm up, then `--runs` times, on each engine in turn, in this
   process, through the app's own code; the median is printed side by side.
Exit status is always 0: a report, not a test (tests/benchmarks is not collected by pytest).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import peewee as pw  # noqa: E402

from desktop_app.models import Case, Status, User  # noqa: E402
from desktop_app.services.case_list import case_queries  # noqa: E402
from desktop_app.services.case_list.case_filters import CaseFilter  # noqa: E402
from desktop_app.services.context import Actor  # noqa: E402
from desktop_app.services.office.office_transfer import Endpoint, copy_office, open_target  # noqa: E402
from desktop_app.services.office.workspace import close_workspace, open_workspace  # noqa: E402
from desktop_app.services.people import auth  # noqa: E402
from tests import pg_server  # noqa: E402

BLOCK = 100


def copy_source(source: Path, target: Path) -> None:
    """A consistent copy of a data dir that another process may have open; the source is only read."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    src = sqlite3.connect(f"file:{source / 'casedesk.db'}?mode=ro", uri=True)
    dst = sqlite3.connect(target / "casedesk.db")
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    if (source / "blobs").is_dir():
        shutil.copytree(source / "blobs", target / "blobs", ignore=shutil.ignore_patterns("tmp"))


def create_database(server: pg_server.Server, name: str) -> str:
    import psycopg

    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


def measure(fn: Callable[[], object], runs: int) -> tuple[float, int]:
    result = fn()  # warm-up (and the row count)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), len(result) if hasattr(result, "__len__") else 0


def cases_queries() -> list[tuple[str, Callable[[], object]]]:
    """The case list's queries, with arguments read from the office (the same on both engines)."""
    admin = auth.default_actor()
    area_id = Case.select(Case.work_area).order_by(Case.id).scalar()
    busiest = (Case.select(Case.status).where(Case.work_area == area_id).group_by(Case.status)
               .order_by(pw.fn.COUNT(Case.id).desc()).scalar())
    status = Status.get_by_id(busiest)
    number = Case.select(Case.number).order_by(Case.id.desc()).scalar()
    advisor = User.get_or_none(User.login == "advisor1")
    area = CaseFilter(work_area_id=area_id)
    all_ids = case_queries.case_ids(admin, area)
    middle = all_ids[len(all_ids) // 2:len(all_ids) // 2 + BLOCK]
    plan: list[tuple[str, Callable[[], object]]] = [
        ("ids: work area, created ↓ (default)", lambda: case_queries.case_ids(admin, area)),
        ("ids: all areas, created ↓", lambda: case_queries.case_ids(admin, CaseFilter())),
        ("ids: work area + status", lambda: case_queries.case_ids(admin, CaseFilter(work_area_id=area_id,
                                                                                 statuses=(status.id,)))),
        ("ids: sort number ↑", lambda: case_queries.case_ids(admin, area, "number", False)),
        ("ids: sort city ↑", lambda: case_queries.case_ids(admin, area, "city", False)),
        ("ids: sort owner ↓", lambda: case_queries.case_ids(admin, area, "owner", True)),
        ("ids: sort appointment ↑", lambda: case_queries.case_ids(admin, area, "appointment", False)),
        ("ids: sort status ↑", lambda: case_queries.case_ids(admin, area, "status", False)),
        ("ids: missing documents", lambda: case_queries.case_ids(admin, CaseFilter(work_area_id=area_id,
                                                                                missing_documents=True))),
        ("ids: search number (full)", lambda: case_queries.case_ids(admin, CaseFilter(search=number))),
        ("ids: search number prefix", lambda: case_queries.case_ids(admin, CaseFilter(search=number[:-2]))),
        ("ids: search name 'mar'", lambda: case_queries.case_ids(admin, CaseFilter(work_area_id=area_id,
                                                                                search="mar"))),
        (f"rows: first block of {BLOCK}", lambda: case_queries.case_rows(all_ids[:BLOCK])),
        (f"rows: middle block of {BLOCK}", lambda: case_queries.case_rows(middle)),
    ]
    if advisor is not None:
        clerk = Actor.from_user(advisor)
        plan.insert(2, ("ids: work area, an advisor's view", lambda: case_queries.case_ids(clerk, area)))
    return plan


def run_engine(data_dir: Path, url: str | None, runs: int) -> dict[str, tuple[float, int]]:
    workspace = open_workspace(data_dir, url)
    try:
        return {label: measure(fn, runs) for label, fn in cases_queries()}
    finally:
        close_workspace(workspace)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/tmp/bench-100k-b"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/casedesk-bench-engines"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    sqlite_dir, pg_dir = args.work / "sqlite", args.work / "pg"
    if not (args.reuse and (sqlite_dir / "casedesk.db").is_file()):
        started = time.perf_counter()
        copy_source(args.source, sqlite_dir)
        print(f"copied {args.source} to {sqlite_dir} in {time.perf_counter() - started:.1f} s")
    pg_dir.mkdir(parents=True, exist_ok=True)
    bindir = pg_server.find_bindir()
    if bindir is None:
        print("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
        return 0
    server = pg_server.start(bindir)
    try:
        url = create_database(server, "casedesk_bench")
        source = open_workspace(sqlite_dir)
        try:
            target = open_target(url)
            result = copy_office(Endpoint(source.database, source.blobs, str(sqlite_dir)), target)
            target.database.execute_sql("ANALYZE")
            target.database.close()
        finally:
            close_workspace(source)
        print(f"migrate-to: {result.rows:,} rows ({result.counts['case']:,} cases, "
              f"{result.counts['document']:,} documents, {result.blob_files:,} files) in {result.seconds:.1f} s, "
              f"{result.rows / result.seconds:,.0f} rows/s")
        on_sqlite = run_engine(sqlite_dir, None, args.runs)
        on_server = run_engine(pg_dir, url, args.runs)
    finally:
        pg_server.stop(server, bindir)
    width = max(len(label) for label in on_sqlite)
    print(f"\nmedian of {args.runs} runs, ms (PostgreSQL {server.host}:{server.port}, loopback; "
          f"{os.cpu_count()} cores)")
    print(f"{'query':<{width}}  {'SQLite':>9}  {'PostgreSQL':>10}  {'rows':>8}")
    for label, (ms, rows) in on_sqlite.items():
        pg_ms, pg_rows = on_server[label]
        flag = "" if rows == pg_rows else f"  (PostgreSQL: {pg_rows} rows!)"
        print(f"{label:<{width}}  {ms:9.1f}  {pg_ms:10.1f}  {rows:8,}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
