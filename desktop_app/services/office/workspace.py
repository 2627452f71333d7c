"""Opening a data dir: database (migrated), document store, base roles and the local admin."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, UserError
from desktop_app.models import Role, User
from desktop_app.models.states import RoleCode
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.context import LOCAL_ADMIN_LOGIN, SYSTEM, Workspace
from desktop_app.services.office import backup
from desktop_app.storage import database as storage
from desktop_app.storage import presence
from desktop_app.storage.blobs import AnyBlobStore, BlobStore, DatabaseBlobStore
from desktop_app.storage.connections import (  # noqa: F401  (the views listen through the services)
    LOST,
    RECONNECTED,
    UNREACHABLE_EVENT,
    ConnectionEvent,
    add_listener,
    remove_listener,
)
from desktop_app.storage.migrations import current_version, latest_version, m0011_completeness, migrate
from desktop_app.storage.presence import HEARTBEAT_S  # noqa: F401

log = logging.getLogger(__name__)

ROLE_NAMES = {
    RoleCode.ADMIN: "Administrator",
    RoleCode.ADMINISTRATIVE: "Administrative clerk",
    RoleCode.SALES_MANAGER: "Sales manager",
    RoleCode.SALES_ADVISOR: "Sales advisor",
    RoleCode.TECHNICIAN: "Technician",
}


def open_workspace(data_dir: Path, database_url: str | None = None, *, create: bool = False) -> Workspace:
    """Opens (and with `create`, makes) a data dir; migrates its database to this version."""
    data_dir = Path(data_dir)
    if not data_dir.exists():
        if not create:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Data dir {path} does not exist."),
                            path=str(data_dir))
        data_dir.mkdir(parents=True)
    elif not data_dir.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Data dir {path} is not a folder."),
                        path=str(data_dir))
    url = database_url or str(paths.database_file(data_dir))
    database = storage.connect(url)
    try:
        finish = _after_migrations
        if not storage.is_sqlite(database):  # SQLite's copy before a migration is migrate()'s own
            archive = _back_up_before_migrating(data_dir, database, url)
            if archive is not None:
                finish = functools.partial(_after_migrations, backup=archive)
        migrate(database, backup_dir=paths.backups_dir(data_dir), finish=finish)
        ensure_base_data()
    except BaseException:
        storage.close()
        raise
    return Workspace(data_dir=data_dir, database=database, database_url=url,
                     blobs=blob_store_for(database, data_dir))


def blob_store_for(database, data_dir: Path) -> AnyBlobStore:
    """Files under the data dir next to SQLite; the blob table on a shared server (DESIGN §3)."""
    if storage.is_sqlite(database):
        return BlobStore(paths.blobs_dir(data_dir))
    return DatabaseBlobStore()


def _back_up_before_migrating(data_dir: Path, database, url: str) -> Path | None:
    """A PostgreSQL office whose schema is about to be updated: its full backup archive first
    (backups/casedesk-before-schema-N-STAMP.zip). Every opening comes here (the window, `casedesk
    check`, `casedesk backup`…). A failed backup raises a StorageError: nothing is migrated."""
    found, latest = current_version(database), latest_version()
    if not 0 < found < latest:
        return None  # up to date (or newer: migrate refuses it), or empty: nothing to keep
    return backup.back_up_before_schema(
        Workspace(data_dir=data_dir, database=database, database_url=url,
                  blobs=blob_store_for(database, data_dir)), found, latest)


def _after_migrations(found: int, backup: Path | None = None) -> None:
    """Inside the migrations' transaction: a process killed before its end leaves the old schema,
    and the next opening runs the migrations again, with this."""
    if 0 < found < m0011_completeness.VERSION:
        completeness.refresh_all()  # the counts m0011 added, for the cases already stored
    if backup is not None:  # in the trail only when the update it was taken for happened
        audit.record(SYSTEM, "office.backup", "office", "", file=backup.name, reason="before_schema",
                     schema_from=found, schema_to=latest_version())


def close_workspace(workspace: Workspace) -> None:
    presence.unregister(workspace.database)
    storage.close_worker_connections(workspace.database)
    if not workspace.database.is_closed():
        workspace.database.close()


def identify(workspace: Workspace, login: str, *, keep_alive: bool = False) -> None:
    """A user works in this workspace: their presence row (written now, removed by close_workspace)
    and the PostgreSQL application_name name them, so a locked database can say who holds it.

    The window refreshes the row with `heartbeat`; a headless command, which has no window, asks
    for `keep_alive` (a thread refreshes it until close_workspace). Scripts and tests that never
    call this leave no row. Only a label: when the database cannot take it now (locked, server
    away), the session goes on.
    """
    try:
        if getattr(workspace.database, "presence_id", None) is None:
            presence.register(workspace.database, login)
        storage.identify_session(workspace.database, login)
    except AppError as exc:
        log.warning("cannot record the session's user: %s", exc.message)
        return
    if keep_alive and getattr(workspace.database, "presence_heartbeat", None) is None:
        presence.start_heartbeat(workspace.database)


def heartbeat(workspace: Workspace) -> None:
    """Refreshes this session's presence row (the window calls it every presence.HEARTBEAT_S)."""
    presence.touch(workspace.database)


def ensure_base_data() -> None:
    """The five roles, and a local admin without a password while the office has no user."""
    with storage.write_transaction():
        for code, name in ROLE_NAMES.items():
            Role.get_or_create(code=code, defaults={"name": name})
        if not User.select().exists():
            User.create(login=LOCAL_ADMIN_LOGIN, full_name="Administrator", initials="ADM",
                        role=Role.get(Role.code == RoleCode.ADMIN))
