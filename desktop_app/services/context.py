"""The acting user, the opened workspace and the ChangeSet every mutation returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktop_app.models import User
from desktop_app.models.states import RoleCode
from desktop_app.storage.blobs import AnyBlobStore


@dataclass(frozen=True)
class Actor:
    """Who is acting. Services take one and check its rights; the GUI never decides alone."""

    user_id: int | None
    login: str
    role: str
    team_id: int | None = None
    name: str = ""

    @classmethod
    def from_user(cls, user: User) -> Actor:
        return cls(user.id, user.login, user.role.code, user.team_id, user.full_name)

    @property
    def is_admin(self) -> bool:
        return self.role == RoleCode.ADMIN


# The administrator every new office starts with, without a password while it is the only user.
LOCAL_ADMIN_LOGIN = "admin"

# The program itself (migrations, demo generation, repairs). Never a logged-in person.
SYSTEM = Actor(None, "system", RoleCode.ADMIN, None, "CaseDesk")


@dataclass
class Workspace:
    """An opened data dir: its database and its document store.

    `blobs` is a BlobStore (files under the data dir) on SQLite and a DatabaseBlobStore
    (bytes in the blob table) on PostgreSQL; `blobs.in_database` says which.
    """

    data_dir: Path
    database: pw.Database
    database_url: str
    blobs: AnyBlobStore

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"


@dataclass
class ChangeSet:
    """What a mutation changed, so every pane refreshes exactly what it must.

    `case_ids`: cases whose fields, status, icons, notes or documents changed (their rows and
    details are read again). `document_ids`: documents changed or added. `created_case_ids`:
    new cases. `listing_changed`: cases entered or left a view (created, archived, trashed,
    restored, purged): lists are read again. `configuration_changed`: a work area's workflow,
    lists or settings changed. `states_changed`: a status icon moved.
    """

    case_ids: set[int] = field(default_factory=set)
    document_ids: set[int] = field(default_factory=set)
    created_case_ids: set[int] = field(default_factory=set)
    states_changed: bool = False
    configuration_changed: bool = False
    listing_changed: bool = False

    @property
    def empty(self) -> bool:
        return not (self.case_ids or self.document_ids or self.created_case_ids or self.states_changed
                    or self.configuration_changed or self.listing_changed)

    def merge(self, other: ChangeSet) -> ChangeSet:
        self.case_ids |= other.case_ids
        self.document_ids |= other.document_ids
        self.created_case_ids |= other.created_case_ids
        self.states_changed |= other.states_changed
        self.configuration_changed |= other.configuration_changed
        self.listing_changed |= other.listing_changed
        return self
