"""The "Changed since I last looked" filter at scale, each figure beside a raw-SQL floor.

    python tests/benchmarks/bench_unseen.py DB_FILE [--events 1000000] [--days 90] [--since 30] [--seen 5000]

DB_FILE is a COPY of a demo database (e.g. a 1M-case demo): the script migrates it (no backup),
adds `--events` audit events spread over the last `--days` days by the demo's users over random
cases (only up to that many: a second run reuses them), gives the admin a baseline `--since`
days ago and `--seen` cases marked seen, then times:

- filter: `queries.case_ids(admin, CaseFilter(unseen=True))` (default sort and by number),
  floor: the raw `SELECT count(*)` of the events after the baseline (what the filter must read);
- block: `seen.unseen_changes` for a 64-id block of the list, floor: raw `SELECT` of those
  cases' events.

Exit status is always 0: a report, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _ms(fn, runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--since", type=int, default=30)
    parser.add_argument("--seen", type=int, default=5000)
    args = parser.parse_args()

    from desktop_app.models import AuditEvent, Case, User
    from desktop_app.models.base import format_timestamp
    from desktop_app.services.case_list import case_queries
    from desktop_app.services.case_list.case_filters import CaseFilter
    from desktop_app.services.cases import seen
    from desktop_app.services.people import auth
    from desktop_app.storage import database
    from desktop_app.storage.migrations import migrate

    db = database.connect(str(args.db))
    start = time.perf_counter()
    migrate(db)
    print(f"migrate: {time.perf_counter() - start:.1f} s")
    rng = random.Random(7)
    max_case = Case.select(Case.id).order_by(Case.id.desc()).limit(1).scalar()
    users = [uid for (uid,) in User.select(User.id).tuples()]
    now = dt.datetime.now(dt.UTC)
    have = AuditEvent.select().count()
    if have < args.events:
        start = time.perf_counter()
        rows = []
        for _ in range(args.events - have):
            at = now - dt.timedelta(seconds=rng.random() * args.days * 86400)
            rows.append((format_timestamp(at), rng.choice(users), "case.update", "case", "",
                         rng.randint(1, max_case), '{"fields": ["city"]}'))
        with db.atomic("IMMEDIATE"):
            db.execute_sql("PRAGMA cache_size = -400000")
            db.cursor().executemany(
                'INSERT INTO audit_event (at, user_id, action, entity, entity_id, case_id, details) '
                'VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
        print(f"added {len(rows)} audit events in {time.perf_counter() - start:.1f} s")
    admin = auth.default_actor()
    since = now - dt.timedelta(days=args.since)
    with db.atomic("IMMEDIATE"):
        User.update(seen_baseline=since).where(User.id == admin.user_id).execute()
    seen.mark_all_seen(admin, rng.sample(range(1, max_case + 1), args.seen))
    db.execute_sql("ANALYZE") if "--analyze" in sys.argv else None

    raw = sqlite3.connect(str(args.db))
    floor, events = _ms(lambda: raw.execute(
        "SELECT count(*) FROM audit_event WHERE at > ?", (format_timestamp(since),)).fetchone()[0])
    print(f"events after the baseline: {events:,} (floor, raw count: {floor:.0f} ms)")
    for order_by in ("created", "number"):
        took, ids = _ms(lambda order_by=order_by: case_queries.case_ids(admin, CaseFilter(unseen=True), order_by))
        print(f"filter unseen, sort {order_by}: {took:.0f} ms, {len(ids):,} cases")
    took, ids = _ms(lambda: case_queries.case_ids(admin, CaseFilter()))
    print(f"no filter (for scale): {took:.0f} ms, {len(ids):,} cases")
    block = ids[:64]
    took, found = _ms(lambda: seen.unseen_changes(admin, block), runs=20)
    placeholders = ",".join("?" * len(block))
    floor, _ = _ms(lambda: raw.execute(f"SELECT case_id, at, user_id FROM audit_event WHERE case_id IN "
                                       f"({placeholders})", block).fetchall(), runs=20)
    print(f"block of 64: {took:.1f} ms ({len(found)} unseen), floor {floor:.1f} ms")


if __name__ == "__main__":
    main()
