"""Users, roles, teams, contacts and per-case access grants."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, TimestampField, utcnow
from desktop_app.models.organisation import Office


class Role(BaseModel):
    code = pw.CharField(unique=True, max_length=32)  # RoleCode
    name = pw.CharField(max_length=100)


class Team(BaseModel):
    office = pw.ForeignKeyField(Office, backref="teams", on_delete="CASCADE")
    name = pw.CharField(max_length=100)


class User(BaseModel):
    login = pw.CharField(unique=True, max_length=64)
    full_name = pw.CharField(max_length=200)
    initials = pw.CharField(max_length=8)
    email = pw.CharField(max_length=200, default="")
    role = pw.ForeignKeyField(Role, backref="users")
    team = pw.ForeignKeyField(Team, null=True, backref="members", on_delete="SET NULL")
    office = pw.ForeignKeyField(Office, null=True, backref="users", on_delete="SET NULL")
    password_hash = pw.CharField(max_length=255, null=True)  # argon2id, None = no password
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = TimestampField(null=True)
    language = pw.CharField(max_length=8, default="")
    created_at = TimestampField(default=utcnow)
    # When the user first opened CaseDesk's window (migration m0007): changes before it are not
    # "new since you last looked" for cases the user never opened (services/cases/seen.py).
    seen_baseline = TimestampField(null=True)


class Contact(BaseModel):
    """A person or company: owner, prescriber, notary, agent, customer (S2-C3/C4)."""

    kind = pw.CharField(max_length=16, default="person")  # person, company
    first_name = pw.CharField(max_length=100, default="")
    last_name = pw.CharField(max_length=150, default="")
    company = pw.CharField(max_length=200, default="")
    email = pw.CharField(max_length=200, default="")
    phone = pw.CharField(max_length=50, default="")
    address = pw.CharField(max_length=300, default="")
    postal_code = pw.CharField(max_length=16, default="")
    city = pw.CharField(max_length=100, default="")
    country = pw.CharField(max_length=2, default="")
    tax_id = pw.CharField(max_length=32, default="")
    created_at = TimestampField(default=utcnow)

    @property
    def display_name(self) -> str:
        if self.kind == "company" and self.company:
            return self.company
        return f"{self.last_name} {self.first_name}".strip()
