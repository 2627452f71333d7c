"""The demo office: the four shipped offices, their users, and N realistic, deterministic cases.

`generate_demo` fills an empty data dir (`casedesk demo --cases N`, `casedesk --demo`):
the dealership (Sales + After-sales), the French diagnostic office, the Interpartner
repair network and the Brazilian ISP desk from `presets`, a team of users per office,
and cases over the three years before a fixed reference date (demo_clock.REFERENCE)
spread over every status of every workflow, with their contacts, documents, quotes,
invoices, installments, service orders, delivery notes, communications, notes and
index values. The same seed and case count give the same rows and document bytes.

How (a million cases in well under a minute on 2 cores, tests/benchmarks/bench_demo.py):
- the cases are cut into at most ten chunks; each is generated in Python into a stage
  SQLite file with raw executemany (demo_chunk, demo_cases, demo_related) by worker
  processes for big demos, by a thread otherwise. Ids are final (demo_tables.CAPS) and a
  chunk only depends on its own random.Random(seed, chunk), so the split never shows;
- this process holds the one write transaction on the workspace: it attaches each
  finished stage file, copies its rows in with `INSERT … SELECT *` (a raw record
  transfer) and derives the mechanical rows in SQL (demo_expand), while the workers go on;
- secondary indexes are dropped for the load and rebuilt once at the end (demo_bulk).
The icon states stored on each case are computed from the very rows written, so
`icon_states.drift()` is empty afterwards.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import multiprocessing
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass

from desktop_app.demo.bulk import BulkLoad
from desktop_app.demo.chunk import ChunkSpec, generate_chunk, init_worker, release_context
from desktop_app.demo.clock import Clock
from desktop_app.demo.context import AreaCtx, UserIds
from desktop_app.demo.expand import Expander
from desktop_app.demo.files import FileStore
from desktop_app.demo.pools import build_pools
from desktop_app.demo.rules import SHOWCASE_EXTRAS
from desktop_app.demo.search_index import SearchIndexBuild
from desktop_app.demo.setup import DEMO_LOGINS, area_contexts, create_users, render_files
from desktop_app.demo.tables import CAPS, COPY_ORDER, INDEXED_TABLES
from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models import Blob, Case, Document, NumberingSeries, Office, User
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.context import LOCAL_ADMIN_LOGIN, SYSTEM, Workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import is_sqlite, write_transaction

DEMO_PASSWORD = "demo"
MAX_REAL_FILE_CASES = 300
CHUNK_CASES = 20_000  # cases per stage chunk…
MAX_CHUNKS = 9  # …but at most this many: SQLite attaches at most 10 databases, one is the search stage
PROCESS_THRESHOLD = 100_000  # from here on, worker processes pay for their start-up

__all__ = ["DEMO_LOGINS", "DEMO_PASSWORD", "DemoSummary", "generate_demo"]


@dataclass
class DemoSummary:
    offices: int
    work_areas: int
    cases: int
    documents: int
    real_file_cases: int
    files: int
    users: int
    seed: int

    def __str__(self) -> str:
        return (f"{self.offices} offices, {self.work_areas} work areas, {self.cases:,} cases, "
                f"{self.documents:,} documents ({self.real_file_cases:,} cases with real files, "
                f"{self.files} distinct files), {self.users} users, seed {self.seed}")


def _refuse_unless_empty() -> None:
    """Nothing is written into a data dir that already has an office, cases or demo users."""
    demo_users = [login for login, _, _ in DEMO_LOGINS if login != LOCAL_ADMIN_LOGIN]
    if (Case.select().exists() or Office.select().exists()
            or User.select().where(User.login.in_(demo_users)).exists()):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "The data dir already holds an office; demo needs an empty one."))


def generate_demo(workspace: Workspace, *, cases: int, seed: int = 1, documents: int | None = None,
                  progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fills an empty, opened workspace with the demo office. Refuses a non-empty one."""
    if cases < 1:
        raise UserError(QT_TRANSLATE_NOOP("errors", "--cases must be at least 1 (got {n})."), n=cases)
    if not is_sqlite(workspace.database):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Demo data can only be generated into a SQLite data dir for now; "
                      "generate it there and copy it to PostgreSQL."))
    _refuse_unless_empty()
    real_cases = min(cases, MAX_REAL_FILE_CASES, max(1, cases // 10)) if documents is None \
        else max(0, min(documents, cases))
    load = _Load(workspace, cases, seed, real_cases, progress)
    files = FileStore(workspace)  # blobs are content-addressed: stored before the transaction
    try:
        try:
            specimens, rich = render_files(files, real_cases > 0)
        finally:
            files.close()
        return load.run(files, specimens, rich)
    finally:  # rendered files no document ended up using (all of them, on failure) would be orphans
        for sha in files.blobs:
            with contextlib.suppress(Exception):
                if not Blob.select().where(Blob.sha256 == sha).exists():
                    workspace.blobs.remove(sha)


class _Load:
    """One demo load: the write transaction, the chunks, the stage files."""

    def __init__(self, workspace: Workspace, cases: int, seed: int, real_cases: int,
                 progress: Callable[[int, int], None] | None) -> None:
        self.workspace, self.cases, self.seed, self.real_cases = workspace, cases, seed, real_cases
        self.started = time.perf_counter()
        self.tail = max(1, cases // 4)  # progress units for the index builds
        self.report = _Progress(progress, cases + self.tail)
        self.bounds = _chunk_bounds(cases)
        self.paths = [workspace.data_dir / f".demo-stage-{os.getpid()}-{k}.db" for k in range(len(self.bounds))]
        self.bulk = BulkLoad(workspace.database)
        self.search = SearchIndexBuild(self.bulk, workspace.data_dir / f".demo-search-{os.getpid()}.db")
        self.attached: list[str] = []

    def run(self, files: FileStore, specimens: dict, rich: dict) -> DemoSummary:
        password_hash = auth.hash_password(DEMO_PASSWORD)  # ~0.2 s: once, shared by every demo user
        pools = build_pools({language: country for _, country, language, _ in presets.OFFICES.values()},
                            self.seed)
        with self.bulk.session():
            try:
                with write_transaction():
                    _refuse_unless_empty()  # again, now that the write lock is held
                    clock = Clock.shared()
                    origin = clock.ts(0)  # users, providers and blobs date from the start of the history
                    offices = {kind: presets.create_office(kind) for kind in presets.OFFICES}
                    users = create_users(offices, pools, password_hash, origin)
                    areas = area_contexts(offices, pools, users, specimens, rich, origin, self.seed)
                    self.bulk.drop_indexes(INDEXED_TABLES)
                    self.search.drop_triggers()  # the full-text index is built once, beside the indexes
                    self.load_cases(areas, users, clock)
                    for area in areas:
                        NumberingSeries.update(next_value=area.first_number + area.cases).where(
                            NumberingSeries.id == area.series_id).execute()
                    self.search.start()
                    self.rebuild_indexes()
                    self.search.finish()
                    completeness.refresh_all()  # the stored "k of n" of every case (services/cases/completeness.py)
                    used = _used_blobs(self.bulk)
                    for info in files.blobs.values():
                        if info.sha256 in used:
                            Blob.insert(sha256=info.sha256, size=info.size, mime=info.mime,
                                        stored_at=origin).on_conflict_ignore().execute()
                    summary = DemoSummary(
                        offices=len(offices), work_areas=len(areas), cases=self.cases,
                        documents=Document.select().count(), real_file_cases=self.real_cases, files=len(used),
                        users=User.select().count(), seed=self.seed)
                    audit.record(SYSTEM, "demo.generate", "office", "", None, cases=self.cases, seed=self.seed,
                                 documents=summary.documents, real_file_cases=self.real_cases,
                                 seconds=round(time.perf_counter() - self.started, 1))
            finally:
                self.clean_up()  # detached before the session restores the journal mode
        self.report(self.cases + self.tail)
        return summary

    def load_cases(self, areas: list[AreaCtx], users: UserIds, clock: Clock) -> None:
        """Chunks generated elsewhere, copied in and expanded here as each one is ready."""
        bulk, cases = self.bulk, self.cases
        bases = {table: _next_id(bulk, table) for table in CAPS}
        ddl = tuple(_create_sql(bulk, table) for table in COPY_ORDER)
        real_from = cases - self.real_cases
        expander = Expander(bulk, areas, users, clock, bases, real_from)
        area_of, numbers, deck = _draw_areas(areas, cases, self.seed)
        specs = [ChunkSpec(k, start, end, cases, self.seed, real_from, bytes(area_of[start:end]),
                           tuple(numbers[k]), str(self.paths[k]), bases, ddl,
                           {i: deck[i] for i in range(start, end) if i in deck})
                 for k, (start, end) in enumerate(self.bounds)]
        for path in self.paths:
            path.unlink(missing_ok=True)
        with _executor(cases, areas, users, self.report.counter) as pool:
            futures = [pool.submit(generate_chunk, spec) for spec in specs]
            for spec, future in zip(specs, futures, strict=True):
                self.report.wait(future)
                alias = f"demo_stage{spec.index}"
                bulk.execute(f"ATTACH DATABASE ? AS {alias}", (spec.path,))
                self.attached.append(alias)
                expander.copy_chunk(alias)
                expander.expand_chunk(alias, spec.start, spec.end)
        expander.drop_lookup_tables()

    def rebuild_indexes(self) -> None:
        steps, built = max(self.bulk.pending_indexes, 1), 0

        def step(_table: str) -> None:
            nonlocal built
            built += 1
            self.report(self.cases + self.tail * built // steps)

        self.bulk.rebuild_indexes(step=step)

    def clean_up(self) -> None:
        """After the transaction, committed or not: detach and delete the stage files."""
        release_context()
        self.search.clean_up()
        for alias in self.attached:
            with contextlib.suppress(sqlite3.Error):
                self.bulk.execute(f"DETACH DATABASE {alias}")
        for path in self.paths:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


class _Progress:
    """Reports generated cases (counted by the chunks, across processes) then index builds."""

    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self.callback, self.total, self.last = callback, total, -1
        self.counter = multiprocessing.get_context("spawn").Value("q", 0)

    def __call__(self, done: int) -> None:
        if self.callback is not None and done != self.last:
            self.last = done
            self.callback(min(done, self.total), self.total)

    def wait(self, future) -> None:
        while True:
            try:
                future.result(timeout=0.25)
            except TimeoutError:
                self(self.counter.value)
                continue
            self(self.counter.value)
            return


def _used_blobs(bulk: BulkLoad) -> set[str]:
    return {sha for (sha,) in bulk.conn.execute(
        'SELECT DISTINCT "blob_sha256" FROM "document" UNION SELECT DISTINCT "blob_sha256" FROM "document_version"')}


def _next_id(bulk: BulkLoad, table: str) -> int:
    return bulk.conn.execute(f'SELECT coalesce(max("id"), 0) + 1 FROM "{table}"').fetchone()[0]


def _create_sql(bulk: BulkLoad, table: str) -> str:
    return bulk.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]


def _chunk_bounds(cases: int) -> list[tuple[int, int]]:
    """Chunks depend on the case count only (never on the machine), so data does too.

    The last two chunks are a quarter of the others: once the workers are done, what
    the parent still has to copy and expand is short.
    """
    count = min(MAX_CHUNKS, max(1, -(-cases // CHUNK_CASES)))
    weights = [4] * (count - 2) + [1, 1] if count > 2 else [1] * count
    edges, acc = [0], 0
    for weight in weights:
        acc += weight
        edges.append(cases * acc // sum(weights))
    return list(itertools.pairwise(edges))


def _executor(cases: int, areas: list[AreaCtx], users: UserIds, counter) -> Executor:
    """Worker processes for big demos (spawned: the same on Windows); a thread otherwise.

    A frozen build runs threads: its entry point has no multiprocessing.freeze_support().
    """
    if cases >= PROCESS_THRESHOLD and not getattr(sys, "frozen", False):
        workers = max(2, min(4, (os.cpu_count() or 2)))
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(areas, users, counter))
    init_worker(areas, users, counter)
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-chunk")


def _draw_areas(areas: list[AreaCtx], cases: int, seed: int) -> tuple[bytearray, list[list[int]], dict]:
    """The work area of every case (so each chunk knows where its series numbers start),
    the per-chunk number offsets, and the showcase cases that end the history: every status of
    every area, then the extras forcing the rarer icon states."""
    rng = random.Random(seed)
    total_share = sum(area.rules.share for area in areas)
    shares = list(itertools.accumulate(area.rules.share / total_share for area in areas))
    area_of = bytearray(bisect.bisect_right(shares, rng.random()) for _ in range(cases))
    by_code = {a.rules.code: a for a in areas}
    showcase = [(a.rules.code, s.code, {}) for a in areas for s in a.statuses]
    showcase += [(code, status, force) for code, status, force in SHOWCASE_EXTRAS if code in by_code]
    showcase = showcase[max(0, len(showcase) - cases):]
    deck = {}
    for offset, entry in enumerate(showcase):
        index = cases - len(showcase) + offset
        deck[index] = entry
        area_of[index] = by_code[entry[0]].position
    numbers, running = [], [0] * len(areas)
    for start, end in _chunk_bounds(cases):
        numbers.append(list(running))
        for position in area_of[start:end]:
            running[position] += 1
    for area in areas:
        area.cases = running[area.position]
    return area_of, numbers, deck
