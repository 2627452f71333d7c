"""PostgreSQL's driver only when an office on a server is opened (a SQLite office never loads it).

peewee imports psycopg (and psycopg2) at its own import, a tenth of a second at every start of
CaseDesk whatever its office. `import_peewee_without_postgres` imports peewee with both hidden;
`load_postgres_driver` imports psycopg later, when a postgresql:// URL is opened, and hands it
to peewee as its own import would have. Without the first (tests, scripts) the second only
checks that the driver is there. This module must not import peewee at its top.
"""

from __future__ import annotations

import importlib
import sys

_HIDDEN = ("psycopg", "psycopg2", "psycopg2cffi")


def import_peewee_without_postgres() -> None:
    """Imports peewee with the PostgreSQL drivers hidden (a no-op if peewee is loaded already)."""
    if "peewee" in sys.modules:
        return
    saved = {name: sys.modules[name] for name in _HIDDEN if name in sys.modules}
    for name in _HIDDEN:
        sys.modules[name] = None  # type: ignore[assignment]  (`import name` raises ImportError)
    try:
        importlib.import_module("peewee")
    finally:
        for name in _HIDDEN:
            del sys.modules[name]
        sys.modules.update(saved)


def load_postgres_driver() -> bool:
    """Gives peewee psycopg (3) if it imported without it; False when psycopg is not installed."""
    import peewee

    if peewee.psycopg is not None or peewee.psycopg2 is not None:
        return True
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError:
        return False
    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter  # what its class body sets when psycopg is there
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    return True
