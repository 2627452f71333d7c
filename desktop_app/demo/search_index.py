"""The demo's full-text index, built beside the index rebuild instead of row by row (DESIGN §5 budget).

Indexing a document in FTS5 with its nine prefix indexes (m0018) costs more than inserting it.
During the bulk load the search triggers are dropped; once every document is written, their
live ids, titles and texts are copied into a stage file (through Python: the office's rows are
not committed yet, so no other connection can read them), and a thread indexes them there (one
SQL statement in SQLite's C code: the GIL is free, the main connection rebuilds the case
table's indexes meanwhile). The stage's FTS5 table is made by the very statement that made the
office's, so its shadow tables (`_data`, `_idx`, `_docsize`, `_config`) are the office's index
as the triggers would have left it: they are copied in whole, and the triggers made again.
`tests/unit/test_demo.py` checks the result with FTS5's own integrity check.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from desktop_app.demo.bulk import BulkLoad
from desktop_app.storage.migrations.m0012_document_search import FTS_SOURCE, FTS_TABLE, TRIGGERS

SHADOW_TABLES = ("data", "idx", "docsize", "config")
BATCH = 5000
ALIAS = "demo_search"


def _stage_connection(path: Path) -> sqlite3.Connection:
    """The stage file: no journal, no fsync (thrown away whatever happens)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    return conn


class SearchIndexBuild:
    """`drop_triggers()` before the load; `start()` once the documents are written; `finish()` after the
    index rebuild; `clean_up()` after the transaction."""

    def __init__(self, bulk: BulkLoad, stage: Path) -> None:
        self.bulk, self.stage = bulk, stage
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.attached = False

    def drop_triggers(self) -> None:
        for name in TRIGGERS:
            self.bulk.execute(f'DROP TRIGGER IF EXISTS "{name}"')

    def start(self) -> None:
        """Copies the live documents' text into the stage file, then indexes it on a thread."""
        self.stage.unlink(missing_ok=True)
        create_fts = self.bulk.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)).fetchone()[0]
        rows = self.bulk.conn.execute('SELECT "id", "title", "text" FROM "document" WHERE "trashed" = 0 ORDER BY "id"')
        stage = _stage_connection(self.stage)
        try:
            stage.execute('CREATE TABLE "document" ("id" INTEGER PRIMARY KEY, "title" TEXT, "text" TEXT)')
            stage.execute("BEGIN")
            while batch := rows.fetchmany(BATCH):
                stage.executemany('INSERT INTO "document" VALUES (?, ?, ?)', batch)
            stage.execute("COMMIT")
        finally:
            stage.close()
        self.thread = threading.Thread(target=self._index, args=(create_fts,), name="demo-search-index", daemon=True)
        self.thread.start()

    def _index(self, create_fts: str) -> None:
        try:
            conn = _stage_connection(self.stage)
            try:
                conn.execute("BEGIN")
                conn.execute(f'CREATE VIEW "{FTS_SOURCE}" AS SELECT "id", "title", "text" FROM "document"')
                conn.execute(create_fts)
                # No merging while the segments come in: one merge policy for the whole index afterwards.
                conn.execute(f'INSERT INTO "{FTS_TABLE}" ("{FTS_TABLE}", rank) VALUES (\'automerge\', 0)')
                conn.execute(f'INSERT INTO "{FTS_TABLE}" (rowid, "title", "text") '
                             'SELECT "id", "title", "text" FROM "document" ORDER BY "id"')
                conn.execute(f'INSERT INTO "{FTS_TABLE}" ("{FTS_TABLE}", rank) VALUES (\'automerge\', 4)')
                conn.execute("COMMIT")
            finally:
                conn.close()
        except BaseException as exc:  # reported by finish(), on the main thread
            self.error = exc

    def finish(self) -> None:
        """Waits for the thread, copies the stage's index into the office's (attached: a raw record
        transfer in SQLite's C code), makes the triggers again. The stage stays attached until
        `clean_up`, after the transaction (SQLite detaches no database a transaction has read)."""
        if self.thread is not None:
            self.thread.join()
        if self.error is not None:
            raise self.error
        self.bulk.execute(f"ATTACH DATABASE ? AS {ALIAS}", (str(self.stage),))
        self.attached = True
        for shadow in SHADOW_TABLES:
            table = f"{FTS_TABLE}_{shadow}"
            self.bulk.execute(f'DELETE FROM main."{table}"')
            self.bulk.execute(f'INSERT INTO main."{table}" SELECT * FROM {ALIAS}."{table}"')
        for sql in TRIGGERS.values():
            self.bulk.execute(sql)

    def clean_up(self) -> None:
        """After the transaction, committed or not: the thread ended, the stage detached and deleted."""
        if self.thread is not None:
            self.thread.join()
        if self.attached:
            with contextlib.suppress(sqlite3.Error):
                self.bulk.execute(f"DETACH DATABASE {ALIAS}")
            self.attached = False
        with contextlib.suppress(OSError):
            self.stage.unlink(missing_ok=True)
