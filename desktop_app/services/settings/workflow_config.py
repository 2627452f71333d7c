"""The administrator's workflow settings (S1-W5): statuses, transitions, guards, entry actions.

Every mutation needs Action.SETTINGS_EDIT, runs in one write transaction with an audit
event, and either applies whole or raises a UserError naming the field and the reason.

A change never strands a case: a status that any case is in (active, archived or trashed)
cannot be removed; `move_cases` is the repair path that moves them all first (bypassing the
transitions). The initial status and the last open status cannot go either, and every
status that is not closed keeps at least one way out.

A status's kind may change while cases are in it; their closing fields follow the new kind
so they stay coherent, exactly as `move_cases` does for the cases it moves:
- open / on hold: closed by/at and the cancellation reason are cleared;
- closed (done or cancelled): closed by/at are set to the administrator and now where empty;
  closed-done clears the cancellation reason, closed-cancelled keeps it (empty when unknown);
- anything but on hold clears the hold reason and resume date (on hold keeps them, empty
  when unknown).
Each such case's version moves and it gets its own audit event.

The lists of a work area (cancellation reasons, document types, index fields) are edited
by `catalog_config`; `workflow_of` reads everything the settings dialog shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import (
    Case,
    DocumentType,
    IndexField,
    RequiredDocument,
    RequiredField,
    Status,
    Transition,
    WorkArea,
    Workflow,
)
from desktop_app.models.base import utcnow
from desktop_app.models.states import RoleCode, StatusKind
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.cases.status_moves import ENTRY_DATE_FIELDS
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, require
from desktop_app.services.settings import catalog_config, config_checks
from desktop_app.storage.database import write_transaction

CLOSED = frozenset({StatusKind.CLOSED_DONE, StatusKind.CLOSED_CANCELLED})
DEFAULT_COLOUR = "#607d8b"
_NO_STATUS = QT_TRANSLATE_NOOP("errors", "Status {id} does not exist.")
_NAME = QT_TRANSLATE_NOOP("errors", "Status name: enter 1 to {max} characters.")


@dataclass(frozen=True)
class StatusInfo:
    id: int
    code: str
    name: str
    kind: str
    colour: str
    help_text: str
    position: int
    is_initial: bool
    system_only: bool
    entry_date_field: str | None
    notify_role: str | None
    case_count: int  # archived and trashed included
    required_document_ids: tuple[int, ...]
    required_field_ids: tuple[int, ...]


@dataclass(frozen=True)
class TransitionInfo:
    from_id: int
    to_id: int
    requires_reason: bool
    required_role: str | None


@dataclass(frozen=True)
class WorkflowConfig:
    work_area_id: int
    workflow_id: int
    statuses: list[StatusInfo]
    transitions: list[TransitionInfo]
    document_types: list[catalog_config.DocumentTypeInfo]
    index_fields: list[catalog_config.IndexFieldInfo]
    cancellation_reasons: list[catalog_config.ReasonInfo]
    idle_days: int = 7  # a sales manager hears of a case idle in an open status this long (S1-R2)

    def status(self, status_id: int) -> StatusInfo | None:
        return next((s for s in self.statuses if s.id == status_id), None)

    def allowed(self, from_id: int, to_id: int) -> TransitionInfo | None:
        return next((t for t in self.transitions if t.from_id == from_id and t.to_id == to_id), None)


def _workflow(work_area_id: int) -> Workflow:
    workflow = Workflow.get_or_none(Workflow.work_area == work_area_id)
    if workflow is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Work area {id} has no workflow."), id=work_area_id)
    return workflow


def workflow_of(actor: Actor, work_area_id: int) -> WorkflowConfig:
    """Everything the settings dialog shows for one work area (a read: run it in the background)."""
    require(actor, Action.SETTINGS_EDIT)
    workflow = _workflow(work_area_id)
    statuses = list(Status.select().where(Status.workflow == workflow.id).order_by(Status.position, Status.id))
    ids = [s.id for s in statuses]
    counts = dict(Case.select(Case.status, pw.fn.COUNT(Case.id)).where(Case.status.in_(ids))
                  .group_by(Case.status).tuples())
    documents: dict[int, list[int]] = {i: [] for i in ids}
    for status_id, type_id in RequiredDocument.select(RequiredDocument.status, RequiredDocument.document_type) \
            .where(RequiredDocument.status.in_(ids)).order_by(RequiredDocument.id).tuples():
        documents[status_id].append(type_id)
    fields: dict[int, list[int]] = {i: [] for i in ids}
    for status_id, field_id in RequiredField.select(RequiredField.status, RequiredField.field) \
            .where(RequiredField.status.in_(ids)).order_by(RequiredField.id).tuples():
        fields[status_id].append(field_id)
    infos = [StatusInfo(s.id, s.code, s.name, s.kind, s.colour, s.help_text, s.position, s.is_initial,
                        s.system_only, s.entry_date_field, s.notify_role, counts.get(s.id, 0),
                        tuple(documents[s.id]), tuple(fields[s.id])) for s in statuses]
    transitions = [TransitionInfo(a, b, reason, role) for a, b, reason, role in
                   Transition.select(Transition.from_status, Transition.to_status, Transition.requires_reason,
                                     Transition.required_role)
                   .where(Transition.from_status.in_(ids)).order_by(Transition.id).tuples()]
    return WorkflowConfig(work_area_id, workflow.id, infos, transitions,
                          catalog_config.document_types_of(work_area_id),
                          catalog_config.index_fields_of(work_area_id),
                          catalog_config.reasons_of(work_area_id),
                          WorkArea.select(WorkArea.idle_days).where(WorkArea.id == work_area_id).scalar() or 7)


# -- checks ------------------------------------------------------------------------------------------
def _colour(value: str) -> str:
    cleaned = (value or "").strip().lower()
    if not re.fullmatch(r"#[0-9a-f]{6}", cleaned):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Status colour: {value} is not a colour like #1e88e5."),
                        value=value)
    return cleaned


def _kind(value: str) -> StatusKind:
    try:
        return StatusKind(value)
    except ValueError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Status kind: {value} is not a status kind."),
                        value=value) from None


def _role(value: str | None, template: str) -> str | None:
    if value in (None, ""):
        return None
    if value not in set(RoleCode):
        raise UserError(template, value=value)
    return str(value)


def _check_workflow(workflow_id: int) -> None:
    """What must hold after every change: one open initial status, an open status, ways out."""
    statuses = list(Status.select().where(Status.workflow == workflow_id))
    initial = [s for s in statuses if s.is_initial]
    if len(initial) != 1:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Initial status: exactly one status must be the initial one (new cases start there)."))
    if initial[0].kind != StatusKind.OPEN:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Initial status: {name} must be an open status, since new cases start there."),
            name=initial[0].name)
    if not any(s.kind == StatusKind.OPEN for s in statuses):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Status kind: the workflow needs at least one open status."))
    exits = {a for (a,) in Transition.select(Transition.from_status)
             .where(Transition.from_status.in_([s.id for s in statuses])).tuples()}
    for status in statuses:
        if status.kind not in CLOSED and status.id not in exits:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Transitions: status {name} would have no way out; only a closed status may be "
                          "final. Allow a move from it first."), name=status.name)


def _done(actor: Actor, action: str, entity: str, entity_id: object, **details: object) -> ChangeSet:
    audit.record(actor, action, entity, entity_id, **details)
    return ChangeSet(configuration_changed=True)


# -- statuses ----------------------------------------------------------------------------------------
def add_status(actor: Actor, work_area_id: int, name: str, kind: str = StatusKind.OPEN,
               colour: str = DEFAULT_COLOUR, help_text: str = "") -> tuple[int, ChangeSet]:
    """A new status at the end of the workflow. One that is not closed may at once move to every
    closed status of the workflow (close, cancel), so it is never a dead end."""
    require(actor, Action.SETTINGS_EDIT)
    cleaned = config_checks.text(name, _NAME)
    kind, colour = _kind(kind), _colour(colour)
    with write_transaction():
        workflow = _workflow(work_area_id)
        scope = Status.workflow == workflow.id
        if Status.select().where(scope & (pw.fn.LOWER(Status.name) == cleaned.lower())).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Status name: {name} is already a status of this "
                                                        "workflow."), name=cleaned)
        status = Status.create(workflow=workflow.id, code=config_checks.new_code(Status, scope, cleaned, "status"),
                               name=cleaned, kind=kind, colour=colour, help_text=(help_text or "").strip(),
                               position=config_checks.next_position(Status, scope))
        if kind not in CLOSED:
            for target in Status.select().where(scope & Status.kind.in_(list(CLOSED))):
                Transition.create(from_status=status.id, to_status=target.id,
                                  requires_reason=target.kind == StatusKind.CLOSED_CANCELLED)
        _check_workflow(workflow.id)
        changes = _done(actor, "settings.status_add", "status", status.id, name=cleaned, kind=kind,
                        work_area=work_area_id)
    return status.id, changes


def update_status(actor: Actor, status_id: int, *, name: str | None = None, colour: str | None = None,
                  kind: str | None = None, help_text: str | None = None,
                  is_initial: bool | None = None) -> ChangeSet:
    """Changes what is given (None: unchanged). Making a status initial unmarks the previous one."""
    require(actor, Action.SETTINGS_EDIT)
    values: dict[str, object] = {}
    if name is not None:
        values["name"] = config_checks.text(name, _NAME)
    if colour is not None:
        values["colour"] = _colour(colour)
    if kind is not None:
        values["kind"] = _kind(kind)
    if help_text is not None:
        values["help_text"] = help_text.strip()
    with write_transaction():
        status = config_checks.get(Status, status_id, _NO_STATUS)
        if "name" in values and Status.select().where(
                (Status.workflow == status.workflow_id) & (Status.id != status.id)
                & (pw.fn.LOWER(Status.name) == str(values["name"]).lower())).exists():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Status name: {name} is already a status of this "
                                                        "workflow."), name=values["name"])
        if is_initial is False and status.is_initial:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Initial status: make another status the initial one instead; there is always one."))
        if is_initial:
            Status.update(is_initial=False).where(Status.workflow == status.workflow_id).execute()
            values["is_initial"] = True
        Status.update(**values).where(Status.id == status.id).execute()
        changes = ChangeSet(configuration_changed=True)
        if "kind" in values and values["kind"] != status.kind:
            changes.case_ids = _make_coherent(actor, Case.status == status.id, StatusKind(values["kind"]),
                                              "case.update", fields=["closed_by", "closed_at", "cancellation_reason",
                                                                     "hold_reason", "resume_date"],
                                              status=status.code, new_kind=values["kind"])
        _check_workflow(status.workflow_id)
        if "kind" in values and values["kind"] != status.kind:
            completeness.refresh_workflow_of_status(status.id)  # a closing status bounds what lies ahead
        changes.merge(_done(actor, "settings.status_update", "status", status.id,
                            **{k: v for k, v in values.items()}, cases=len(changes.case_ids)))
    return changes


def reorder_statuses(actor: Actor, work_area_id: int, ordered_ids: Sequence[int]) -> ChangeSet:
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        workflow = _workflow(work_area_id)
        current = [i for (i,) in Status.select(Status.id).where(Status.workflow == workflow.id).tuples()]
        config_checks.reorder(Status, current, ordered_ids)
        completeness.refresh_all(work_area_id)  # what lies ahead of each status follows the order
        return _done(actor, "settings.status_reorder", "workflow", workflow.id, order=list(ordered_ids))


def remove_status(actor: Actor, status_id: int) -> ChangeSet:
    """Removes a status no case is in (archived and trashed cases count); never the initial status
    nor the last open one. Its transitions and guards go with it."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        status = config_checks.get(Status, status_id, _NO_STATUS)
        count, numbers = config_checks.case_numbers(Case.status == status.id)
        if count:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Status {name} cannot be removed: {count} case(s) are in it ({numbers}). Move them "
                          "to another status first."), name=status.name, count=count, numbers=numbers)
        if status.is_initial:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Status {name} cannot be removed: new cases start there. Make another status the "
                          "initial one first."), name=status.name)
        if status.kind == StatusKind.OPEN and not Status.select().where(
                (Status.workflow == status.workflow_id) & (Status.id != status.id)
                & (Status.kind == StatusKind.OPEN)).exists():
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Status {name} cannot be removed: it is the workflow's last open status."),
                name=status.name)
        Transition.delete().where((Transition.from_status == status.id) | (Transition.to_status == status.id)) \
            .execute()
        RequiredDocument.delete().where(RequiredDocument.status == status.id).execute()
        RequiredField.delete().where(RequiredField.status == status.id).execute()
        area = Workflow.select(Workflow.work_area).where(Workflow.id == status.workflow_id).scalar()
        Status.delete().where(Status.id == status.id).execute()
        _check_workflow(status.workflow_id)
        completeness.refresh_all(area)  # its requirements went with it
        return _done(actor, "settings.status_remove", "status", status.id, code=status.code, name=status.name)


def _make_coherent(actor: Actor, where: pw.Expression, kind: StatusKind, action: str,
                   **details: object) -> set[int]:
    """Brings the closing fields of the matching cases in line with `kind` (see the module doc),
    moves their version and records one audit event per case. Returns their ids."""
    case_ids = [i for (i,) in Case.select(Case.id).where(where).order_by(Case.id).tuples()]
    if not case_ids:
        return set()
    now = utcnow()
    if kind in CLOSED:
        Case.update(closed_by=actor.user_id, closed_at=now).where(where & Case.closed_at.is_null()).execute()
    values: dict[str, object] = {"version": Case.version + 1, "updated_at": now}
    if kind not in CLOSED:
        values.update(closed_by=None, closed_at=None, cancellation_reason=None)
    if kind == StatusKind.CLOSED_DONE:
        values["cancellation_reason"] = None
    if kind != StatusKind.ON_HOLD:
        values.update(hold_reason="", resume_date=None)
    return _apply(actor, where, values, case_ids, action, details)


def _apply(actor: Actor, where: pw.Expression, values: dict[str, object], case_ids: list[int], action: str,
           details: dict[str, object]) -> set[int]:
    Case.update(**values).where(where).execute()
    config_checks.record_per_case(actor, action, case_ids, **details)
    return set(case_ids)


def move_cases(actor: Actor, from_status_id: int, to_status_id: int) -> ChangeSet:
    """The repair path: every case in a status (archived and trashed too) to another status of the
    same workflow, whatever the transitions say. Each case's version moves, one audit event each."""
    require(actor, Action.SETTINGS_EDIT)
    with write_transaction():
        source = config_checks.get(Status, from_status_id, _NO_STATUS)
        target = config_checks.get(Status, to_status_id, _NO_STATUS)
        if source.workflow_id != target.workflow_id or source.id == target.id:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Move cases to: choose another status of the same workflow as {name}."), name=source.name)
        where = Case.status == source.id
        case_ids: list[int] = []
        if Case.select().where(where).exists():
            # The closing fields first (while the cases are still found by their old status) …
            coherent = _make_coherent(actor, where, StatusKind(target.kind), "case.status",
                                      from_status=source.code, to_status=target.code, repair=True)
            # … then the move itself; the version already moved once above.
            Case.update(status=target.id).where(where).execute()
            case_ids = sorted(coherent)
            completeness.refresh(case_ids)
        changes = _done(actor, "settings.move_cases", "status", source.id, to_status=target.code,
                        cases=len(case_ids))
    changes.case_ids = set(case_ids)
    return changes


# -- transitions ---------------------------------------------------------------------------------------
def set_transition(actor: Actor, from_status_id: int, to_status_id: int, allowed: bool, *,
                   requires_reason: bool = False, required_role: str | None = None) -> ChangeSet:
    """Allows (with its guards) or forbids the move from one status to another."""
    require(actor, Action.SETTINGS_EDIT)
    role = _role(required_role, QT_TRANSLATE_NOOP("errors", "Transition role: {value} is not a role."))
    with write_transaction():
        source = config_checks.get(Status, from_status_id, _NO_STATUS)
        target = config_checks.get(Status, to_status_id, _NO_STATUS)
        if source.workflow_id != target.workflow_id or source.id == target.id:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Transitions: a move goes from a status to another status of the same workflow."))
        edge = (Transition.from_status == source.id) & (Transition.to_status == target.id)
        if not allowed:
            Transition.delete().where(edge).execute()
        elif not Transition.update(requires_reason=bool(requires_reason), required_role=role).where(edge).execute():
            Transition.create(from_status=source.id, to_status=target.id, requires_reason=bool(requires_reason),
                              required_role=role)
        _check_workflow(source.workflow_id)
        return _done(actor, "settings.transition", "status", source.id, to_status=target.code, allowed=allowed,
                     requires_reason=bool(requires_reason), required_role=role)


# -- guards and entry actions --------------------------------------------------------------------------
def set_required_documents(actor: Actor, status_id: int, document_type_ids: Iterable[int]) -> ChangeSet:
    """The document types a case must have before it may enter the status (replaces the list)."""
    require(actor, Action.SETTINGS_EDIT)
    wanted = list(dict.fromkeys(int(i) for i in document_type_ids))
    with write_transaction():
        status = config_checks.get(Status, status_id, _NO_STATUS)
        area = Workflow.select(Workflow.work_area).where(Workflow.id == status.workflow_id).scalar()
        known = {i for (i,) in DocumentType.select(DocumentType.id).where(
            (DocumentType.work_area == area) & DocumentType.id.in_(wanted)).tuples()}
        if set(wanted) - known:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Required documents: {ids} is not a document type of this work area."),
                ids=", ".join(str(i) for i in wanted if i not in known))
        RequiredDocument.delete().where(RequiredDocument.status == status.id).execute()
        for type_id in wanted:
            RequiredDocument.create(status=status.id, document_type=type_id)
        completeness.refresh_all(area)  # the work area's cases, a block of ids at a time
        return _done(actor, "settings.required_documents", "status", status.id, document_types=wanted)


def set_required_fields(actor: Actor, status_id: int, field_ids: Iterable[int]) -> ChangeSet:
    """The case index fields that must be filled before a case may enter the status (replaces the list)."""
    require(actor, Action.SETTINGS_EDIT)
    wanted = list(dict.fromkeys(int(i) for i in field_ids))
    with write_transaction():
        status = config_checks.get(Status, status_id, _NO_STATUS)
        area = Workflow.select(Workflow.work_area).where(Workflow.id == status.workflow_id).scalar()
        known = {i for (i,) in IndexField.select(IndexField.id).where(
            (IndexField.work_area == area) & IndexField.document_type.is_null() & IndexField.id.in_(wanted)).tuples()}
        if set(wanted) - known:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "Required fields: {ids} is not a case index field of this work area."),
                ids=", ".join(str(i) for i in wanted if i not in known))
        RequiredField.delete().where(RequiredField.status == status.id).execute()
        for field_id in wanted:
            RequiredField.create(status=status.id, field=field_id)
        completeness.refresh_all(area)
        return _done(actor, "settings.required_fields", "status", status.id, fields=wanted)


def set_entry_actions(actor: Actor, status_id: int, date_field: str | None, notify_role: str | None) -> ChangeSet:
    """On entering the status: set a case date to today when empty (None: no date), and notify the
    users of a role who may see the case (None: nobody)."""
    require(actor, Action.SETTINGS_EDIT)
    if date_field in ("", None):
        date_field = None
    elif date_field not in ENTRY_DATE_FIELDS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Set date on entry: {value} is not a case date it may set."),
                        value=date_field)
    role = _role(notify_role, QT_TRANSLATE_NOOP("errors", "Notify on entry: {value} is not a role."))
    with write_transaction():
        status = config_checks.get(Status, status_id, _NO_STATUS)
        Status.update(entry_date_field=date_field, notify_role=role).where(Status.id == status.id).execute()
        return _done(actor, "settings.entry_actions", "status", status.id, date_field=date_field, notify_role=role)


IDLE_DAYS_RANGE = (1, 365)


def set_idle_days(actor: Actor, work_area_id: int, days: int) -> ChangeSet:
    """After how many days without a change a case of the work area is reported idle to its managers."""
    require(actor, Action.SETTINGS_EDIT)
    low, high = IDLE_DAYS_RANGE
    if not isinstance(days, int) or not low <= days <= high:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Idle after: {value} is not a number of days from {low} "
                                                    "to {high}."), value=days, low=low, high=high)
    with write_transaction():
        if WorkArea.update(idle_days=days).where(WorkArea.id == work_area_id).execute() != 1:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Work area {id} does not exist."), id=work_area_id)
        return _done(actor, "settings.idle_days", "work_area", work_area_id, days=days)
