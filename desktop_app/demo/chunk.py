"""One chunk of the demo's cases, generated into its own stage database (worker side).

Runs in a worker process (large demos: the Python work then uses every core) or in a
thread. A chunk depends only on its spec, the shared context and its own
random.Random(seed, chunk), never on which process made it or when: the same seed and
case count always give the same rows.
"""

from __future__ import annotations

import gc
import random
import sqlite3
from dataclasses import dataclass, field

from desktop_app.demo.cases import CaseGenerator
from desktop_app.demo.context import AreaCtx, UserIds
from desktop_app.demo.tables import PLAN_DDL

_CONTEXT: dict[str, object] = {}


@dataclass(frozen=True)
class ChunkSpec:
    index: int
    start: int  # first case (chronological index, 0-based)
    end: int  # one past the last
    total: int  # cases in the whole demo
    seed: int
    real_from: int  # cases from this index on get real files
    area_of: bytes  # area position of each case start..end-1
    numbers: tuple[int, ...]  # per area: how many of its cases come before this chunk
    path: str  # the stage database to write
    bases: dict[str, int]  # first id of each table (demo_tables.CAPS)
    ddl: tuple[str, ...]  # CREATE TABLE statements of the main tables the stage mirrors
    deck: dict[int, tuple[str, str, dict]] = field(default_factory=dict)  # forced showcase cases


def init_worker(areas: list[AreaCtx], users: UserIds, counter) -> None:
    """Executor initializer: the context every chunk shares (pickled once per process)."""
    _CONTEXT.update(areas=areas, users=users, counter=counter)


def release_context() -> None:
    """Forgets the shared context (pools, files) once the demo is made (thread mode)."""
    _CONTEXT.clear()


def chunk_rng(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


def generate_chunk(spec: ChunkSpec) -> str:
    """Writes the chunk's rows into a fresh stage database; returns its path."""
    counter = _CONTEXT["counter"]

    def done(cases: int) -> None:
        with counter.get_lock():
            counter.value += cases

    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived row tuples, no reference cycles: the collector only costs
    conn = sqlite3.connect(spec.path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a scratch file: thrown away if anything fails
        conn.execute("PRAGMA synchronous=OFF")
        for statement in (*spec.ddl, PLAN_DDL):
            conn.execute(statement)
        conn.execute("BEGIN")
        generator = CaseGenerator(_CONTEXT["areas"], _CONTEXT["users"], chunk_rng(spec.seed, spec.index),
                                  total=spec.total, real_from=spec.real_from, bases=spec.bases,
                                  numbers=list(spec.numbers))
        generator.run(conn.cursor(), spec.start, spec.end, spec.area_of, spec.deck, done)
        conn.execute("COMMIT")
    finally:
        conn.close()
        if collecting:
            gc.enable()
    return spec.path
