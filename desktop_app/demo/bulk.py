"""Raw bulk writing on SQLite for the demo generator (DESIGN §3: executemany, one transaction).

Measured on the 2-core reference machine (1M rows of the case table):
- peewee `insert_many` is ~20× slower than `cursor.executemany`;
- in executemany, a bound `None` or `bool` costs ~250 ns (the sqlite3 module looks for an
  adapter) against ~30 ns for an int: nullable columns are bound as '' or 0 and turned
  into NULL by `NULLIF(?, '')` / `NULLIF(?, 0)`, constant columns are SQL literals;
- keeping the case table's 23 indexes during the load costs ~4× more than dropping them
  and rebuilding them once at the end;
- in rollback-journal mode a load into an empty database writes each page once, whereas
  WAL writes it twice (log, then checkpoint). The load switches to DELETE and back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence

import peewee as pw

T, NT, NI = "?", "NULLIF(?, '')", "NULLIF(?, 0)"  # value, nullable text, nullable id


class Table:
    """Rows waiting for one table's executemany. Append tuples to `rows` in spec order.

    `base` and `cap`: the ids of the i-th case of the demo are base + i × cap + 0…cap-1.
    """

    def __init__(self, name: str, spec: Sequence[str | tuple[str, str]], base: int = 0, cap: int = 1) -> None:
        self.name, self.base, self.cap = name, base, cap
        pairs = [(s, T) if isinstance(s, str) else s for s in spec]
        self.columns = [c for c, _ in pairs]
        self.sql = (f'INSERT INTO "{name}" ({", ".join(chr(34) + c + chr(34) for c, _ in pairs)}) '
                    f'VALUES ({", ".join(p for _, p in pairs)})')
        self.rows: list[tuple] = []
        self.count = 0

    def block(self, index: int) -> int:
        """The first id case `index` owns in this table."""
        return self.base + index * self.cap

    def flush(self, cursor) -> None:
        if self.rows:
            cursor.executemany(self.sql, self.rows)
            self.count += len(self.rows)
            self.rows = []


class BulkLoad:
    """One bulk load into a SQLite database: journal and foreign-key pragmas, dropped indexes.

    Use `with BulkLoad(db).session():` around the write transaction: it switches to the
    rollback journal without foreign-key enforcement (the generator makes consistent ids;
    the tests run PRAGMA foreign_key_check) before the transaction, since those pragmas are
    no-ops inside one, sets the sorter's threads and temp store, and restores everything
    afterwards, whatever happened.
    """

    def __init__(self, database: pw.SqliteDatabase) -> None:
        self.database = database
        self.conn = database.connection()
        self.cursor = self.conn.cursor()
        self._dropped: list[tuple[str, str]] = []  # (table, CREATE INDEX sql)

    @contextlib.contextmanager
    def session(self) -> Iterator[BulkLoad]:
        pragma = self.conn.execute
        journal = pragma("PRAGMA main.journal_mode").fetchone()[0]
        foreign_keys = pragma("PRAGMA foreign_keys").fetchone()[0]
        on_disk = journal.lower() not in ("memory", "off")
        if on_disk and journal.lower() == "wal":
            pragma("PRAGMA main.journal_mode=DELETE")  # refused (stays WAL) if another connection is open
        pragma("PRAGMA foreign_keys=0")
        temp_store = pragma("PRAGMA temp_store").fetchone()[0]
        threads = pragma("PRAGMA threads").fetchone()[0]
        pragma("PRAGMA threads=4")  # CREATE INDEX sorts its runs on helper threads
        pragma("PRAGMA temp_store=FILE")  # sorter runs on disk: far faster index builds than in memory
        try:
            yield self
        finally:
            with contextlib.suppress(sqlite3.OperationalError):  # the next connect sets them anyway
                pragma(f"PRAGMA foreign_keys={int(foreign_keys)}")
                pragma(f"PRAGMA temp_store={int(temp_store)}")
                pragma(f"PRAGMA threads={int(threads)}")
                if on_disk and journal.lower() == "wal":
                    pragma("PRAGMA main.journal_mode=WAL")

    def execute(self, sql: str, params: Sequence[object] = ()) -> None:
        self.cursor.execute(sql, params)

    # -- secondary indexes -------------------------------------------------------------

    def drop_indexes(self, tables: Sequence[str]) -> None:
        """Drops the secondary indexes of `tables`, remembering how to build them again."""
        for table in tables:
            rows = self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL ORDER BY name", (table,)).fetchall()
            for name, sql in rows:
                self.cursor.execute(f'DROP INDEX "{name}"')
                self._dropped.append((table, sql))

    def rebuild_indexes(self, step: Callable[[str], None] | None = None) -> None:
        """Builds again every dropped index; `step(table)` after each one.

        A small page cache makes SQLite's sorter spill sorted runs early, which its helper
        threads (PRAGMA threads) sort and merge: measurably faster than one in-memory sort.
        """
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute("PRAGMA cache_size=-1024")
        try:
            while self._dropped:
                table, sql = self._dropped[0]
                self.cursor.execute(sql)
                self._dropped.pop(0)
                if step is not None:
                    step(table)
        finally:
            self.conn.execute(f"PRAGMA cache_size={int(cache)}")

    @property
    def pending_indexes(self) -> int:
        return len(self._dropped)
