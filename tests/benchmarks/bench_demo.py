"""Demo generation throughput beside a raw-SQLite floor measured in the same run.

    python tests/benchmarks/bench_demo.py [CASES]        (default 1,000,000)

Generates CASES demo cases into a fresh temporary data dir (DESIGN §5 budget: 1M cases
≤ 60 s on a 2-core machine) and counts the rows it wrote in all tables; then measures
the floor: plain sqlite3 executemany of as many minimal (id, text) rows into a fresh
file, one transaction, no index. The ratio holds on a noisy machine better than either
figure alone.
"""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench_results import report as record_figure

BUDGET_1M_S = 60.0


def bench_demo(root: Path, cases: int) -> tuple[float, str, int, int]:
    from desktop_app.demo.generate import generate_demo
    from desktop_app.services.office.workspace import close_workspace, open_workspace

    started = time.perf_counter()
    workspace = open_workspace(root / "data", create=True)
    try:
        summary = generate_demo(workspace, cases=cases, seed=1)
    finally:
        close_workspace(workspace)
    elapsed = time.perf_counter() - started
    path = root / "data" / "casedesk.db"
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = sum(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        conn.close()
    return elapsed, str(summary), path.stat().st_size, rows


def bench_floor(root: Path, rows: int) -> float:
    path = root / "floor.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO t VALUES (?, ?)", ((i, f"row {i}") for i in range(1, rows + 1)))
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def peak_rss_mib() -> tuple[float, float]:
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 2**20
    return own, children


def main() -> int:
    cases = int(sys.argv[1].replace("_", "").replace(",", "")) if len(sys.argv) > 1 else 1_000_000
    root = Path(tempfile.mkdtemp(prefix="casedesk-bench-demo-"))
    try:
        demo_s, summary, size, rows = bench_demo(root, cases)
        floor_s = bench_floor(root, rows)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    own, children = peak_rss_mib()
    print(f"demo: {summary}")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    print()
    print(f"{'measure':<44} {'seconds':>8} {'rows':>12} {'rows/s':>11} {'× floor':>8}")
    print(f"{'demo generation (' + format(cases, ',') + ' cases, all tables)':<44} {demo_s:8.1f} {rows:12,} "
          f"{rows / demo_s:11,.0f} {demo_s / floor_s:8.1f}")
    print(f"{'floor: raw executemany of (id, text) rows':<44} {floor_s:8.1f} {rows:12,} {rows / floor_s:11,.0f} "
          f"{1:8.1f}")
    print(f"{'':<44} {'':>8} {'cases/s:':>12} {cases / demo_s:11,.0f}")
    print()
    print(f"database {size / 2**20:,.0f} MiB; peak RSS {own:,.0f} MiB (parent), {children:,.0f} MiB (largest worker)")
    if cases < 1_000_000:
        record_figure("demo", f"casedesk demo --cases {cases:,} ({rows:,} rows)", demo_s, "s", floor=floor_s)
        print(f"budget (DESIGN §5): 1,000,000 cases in {BUDGET_1M_S:.0f} s; run without argument to check it")
        return 0
    verdict = "within" if demo_s <= BUDGET_1M_S else "OVER"
    record_figure("demo", f"casedesk demo --cases {cases:,} ({rows:,} rows)", demo_s, "s", floor=floor_s,
                  budget=BUDGET_1M_S)
    print(f"budget (DESIGN §5): {BUDGET_1M_S:.0f} s for 1,000,000 cases: {verdict}")
    return 0 if demo_s <= BUDGET_1M_S else 1


if __name__ == "__main__":  # required: the demo spawns worker processes that re-import this module
    sys.exit(main())
