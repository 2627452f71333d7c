"""Saved views of the case list: a user's named filters, sort and columns.

Every function takes the Actor and only reads or touches that user's own views; every
change is one write transaction with an audit event. The built-in "My cases" view is
not stored: it is `MY_CASES`, offered by the filter bar to everyone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import SavedView
from desktop_app.models.base import utcnow
from desktop_app.services import audit
from desktop_app.services.case_list.case_filters import CaseFilter
from desktop_app.services.context import Actor
from desktop_app.storage.database import write_transaction

MAX_NAME = 80
MY_CASES = CaseFilter(mine=True)


class ViewExists(UserError):
    """A view of that name exists: the caller asks the user, then saves again with overwrite=True."""


@dataclass(frozen=True)
class ViewSpec:
    """What a saved view restores: the filter, the sort and the columns (key:width:hidden,…)."""

    name: str
    case_filter: CaseFilter = field(default_factory=CaseFilter)
    order_by: str = ""
    descending: bool = True
    columns: str = ""
    id: int | None = None

    def payload(self) -> str:
        return json.dumps({"filter": self.case_filter.to_dict(), "sort": self.order_by,
                           "descending": self.descending, "columns": self.columns},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_row(cls, row: SavedView) -> ViewSpec:
        try:
            data = json.loads(row.payload)
        except (TypeError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        sort, columns, descending = data.get("sort"), data.get("columns"), data.get("descending")
        return cls(name=row.name, case_filter=CaseFilter.from_dict(data.get("filter")),
                   order_by=sort if isinstance(sort, str) else "",
                   descending=descending if isinstance(descending, bool) else True,
                   columns=columns if isinstance(columns, str) else "", id=row.id)


def _user_id(actor: Actor) -> int:
    if actor.user_id is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Saved views belong to a user; {login} is not one."),
                        login=actor.login)
    return actor.user_id


def clean_name(name: object) -> str:
    """The name as stored, or a UserError saying what is wrong with it."""
    text = " ".join(str(name or "").split())
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("errors", "View name: it is empty; type a name."))
    if len(text) > MAX_NAME:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "View name: it is {length} characters long; at most {max} are allowed."),
            length=len(text), max=MAX_NAME)
    return text


def list_views(actor: Actor) -> list[ViewSpec]:
    """The actor's saved views, in their order."""
    rows = (SavedView.select().where(SavedView.user == _user_id(actor))
            .order_by(SavedView.position, SavedView.name))
    return [ViewSpec.from_row(row) for row in rows]


def save_view(actor: Actor, spec: ViewSpec, *, overwrite: bool = False) -> ViewSpec:
    """Stores the view under its name; an existing name raises ViewExists unless `overwrite`."""
    user_id = _user_id(actor)
    name = clean_name(spec.name)
    with write_transaction():
        row = SavedView.get_or_none((SavedView.user == user_id) & (SavedView.name == name))
        if row is not None and not overwrite:
            raise ViewExists(QT_TRANSLATE_NOOP("errors", "A view named \u201c{name}\u201d exists already."),
                             name=name)
        stored = ViewSpec(name, spec.case_filter, spec.order_by, spec.descending, spec.columns)
        if row is None:
            last = SavedView.select(SavedView.position).where(SavedView.user == user_id) \
                .order_by(SavedView.position.desc()).limit(1).scalar()
            row = SavedView.create(user=user_id, name=name, payload=stored.payload(),
                                   position=(last or 0) + 1, created_at=utcnow())
            audit.record(actor, "view.create", "saved_view", row.id, name=name)
        else:
            row.payload = stored.payload()
            row.save()
            audit.record(actor, "view.overwrite", "saved_view", row.id, name=name)
    return ViewSpec.from_row(row)


def _own(actor: Actor, view_id: int) -> SavedView:
    row = SavedView.get_or_none((SavedView.id == view_id) & (SavedView.user == _user_id(actor)))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Saved view {id} does not exist."), id=view_id)
    return row


def rename_view(actor: Actor, view_id: int, new_name: str) -> ViewSpec:
    name = clean_name(new_name)
    with write_transaction():
        row = _own(actor, view_id)
        clash = SavedView.get_or_none((SavedView.user == row.user_id) & (SavedView.name == name)
                                      & (SavedView.id != row.id))
        if clash is not None:
            raise ViewExists(QT_TRANSLATE_NOOP("errors", "A view named \u201c{name}\u201d exists already."),
                             name=name)
        old, row.name = row.name, name
        row.save()
        audit.record(actor, "view.rename", "saved_view", row.id, old=old, name=name)
    return ViewSpec.from_row(row)


def delete_view(actor: Actor, view_id: int) -> None:
    with write_transaction():
        row = _own(actor, view_id)
        row.delete_instance()
        audit.record(actor, "view.delete", "saved_view", view_id, name=row.name)
