"""Completeness per phase: how much of what the workflow will ask for a case already has.

Definition (one sentence the clerk can check by hand): a case's requirements are the
document types and case index fields required by **every status after its current one, in
workflow order, up to and including the next closing (closed-done) status**; cancelled
statuses on the way are skipped, and a case that is already closed (done or cancelled) has
none. n = how many distinct required document types and fields that is, k = how many of them
the case has (a live, not trashed, document of the type; a non-empty value of the field).

The list shows "k of n" (✓ when k = n, nothing when n = 0) and the "Missing documents" filter
shows the live cases with k < n. For speed both numbers are stored on the case row
(`required_total`, `required_present`, migration m0011, with a partial index over the
incomplete cases) and kept in step by the services in the transaction of the change that
moves them: a document added, trashed or retyped, a case index saved, a status change, a
requirement or the workflow's order changed in the settings. `casedesk check` recomputes them
(`drift`) and `--repair` stores the recomputation.

A status move itself is still guarded by `cases.missing_requirements(case, target)`, which
only looks at the target status.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
from desktop_app.models import (
    Case,
    Document,
    DocumentType,
    IndexField,
    IndexValue,
    RequiredDocument,
    RequiredField,
    Status,
)
from desktop_app.models.states import StatusKind
from desktop_app.services.context import Actor
from desktop_app.services.permissions import Action, require_case
from desktop_app.storage.database import chunked, lock_rows, unindexed

RANGE = 20_000  # ids per block when a whole work area or database is recomputed
FIELDS = ("required_total", "required_present")


@dataclass(frozen=True)
class Requirements:
    """What a case in one status still has to gather: document type ids and case index field ids."""

    documents: frozenset[int] = frozenset()
    fields: frozenset[int] = frozenset()

    @property
    def total(self) -> int:
        return len(self.documents) + len(self.fields)


NONE = Requirements()


def requirements_by_status(workflow_ids: Iterable[int] | None = None) -> dict[int, Requirements]:
    """Status id → the requirements of the statuses ahead of it (the module's definition)."""
    statuses = Status.select(Status.id, Status.workflow, Status.kind).order_by(
        Status.workflow, Status.position, Status.id)
    if workflow_ids is not None:
        statuses = statuses.where(Status.workflow.in_(list(workflow_ids)))
    ordered: dict[int, list[tuple[int, str]]] = {}
    for status_id, workflow_id, kind in statuses.tuples():
        ordered.setdefault(workflow_id, []).append((status_id, kind))
    ids = [s for line in ordered.values() for s, _kind in line]
    documents: dict[int, set[int]] = {}
    fields: dict[int, set[int]] = {}
    if ids:
        for status_id, type_id in RequiredDocument.select(RequiredDocument.status, RequiredDocument.document_type) \
                .where(RequiredDocument.status.in_(ids)).tuples():
            documents.setdefault(status_id, set()).add(type_id)
        for status_id, field_id in RequiredField.select(RequiredField.status, RequiredField.field) \
                .where(RequiredField.status.in_(ids)).tuples():
            fields.setdefault(status_id, set()).add(field_id)
    result: dict[int, Requirements] = {}
    for line in ordered.values():
        for index, (status_id, kind) in enumerate(line):
            if kind in (StatusKind.CLOSED_DONE, StatusKind.CLOSED_CANCELLED):
                result[status_id] = NONE
                continue
            docs: set[int] = set()
            needed: set[int] = set()
            for ahead_id, ahead_kind in line[index + 1:]:
                if ahead_kind == StatusKind.CLOSED_CANCELLED:
                    continue
                docs |= documents.get(ahead_id, set())
                needed |= fields.get(ahead_id, set())
                if ahead_kind == StatusKind.CLOSED_DONE:
                    break
            result[status_id] = Requirements(frozenset(docs), frozenset(needed)) if docs or needed else NONE
    return result


def documents_present_query(case_ids: list[int], type_ids: list[int]) -> pw.Query:
    """(case id, document type id) of the live documents of these cases and types, each pair once.

    The case index drives (a few documents a case); the type index would read every document of
    the types (31 s for the demo's refresh at 1M cases: the planner's pick without statistics),
    so the type test is kept off it (unary +).
    """
    return (Document.select(Document.case, Document.document_type)
            .where(Document.case.in_(case_ids) & ~Document.trashed & unindexed(Document.document_type).in_(type_ids))
            .distinct())


def _counts(cases: list[tuple[int, int]], requirements: dict[int, Requirements]) -> dict[int, tuple[int, int]]:
    """(case id, status id) pairs → case id → (total, present), with two grouped queries."""
    wanted = [(case_id, requirements.get(status_id, NONE)) for case_id, status_id in cases]
    needing = [case_id for case_id, req in wanted if req.total]
    type_ids = sorted({t for _c, req in wanted for t in req.documents})
    field_ids = sorted({f for _c, req in wanted for f in req.fields})
    docs: dict[int, set[int]] = {}
    filled: dict[int, set[int]] = {}
    if needing and type_ids:
        for case_id, type_id in documents_present_query(needing, type_ids).tuples():
            docs.setdefault(case_id, set()).add(type_id)
    if needing and field_ids:
        query = (IndexValue.select(IndexValue.case, IndexValue.field)
                 .where(IndexValue.case.in_(needing) & IndexValue.field.in_(field_ids) & (IndexValue.value != "")))
        for case_id, field_id in query.tuples():
            filled.setdefault(case_id, set()).add(field_id)
    return {case_id: (req.total, len(req.documents & docs.get(case_id, set()))
                      + len(req.fields & filled.get(case_id, set())))
            for case_id, req in wanted}


def compute(case_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Case id → (total, present), recomputed from the source rows."""
    ids = sorted(set(case_ids))
    requirements = requirements_by_status()
    result: dict[int, tuple[int, int]] = {}
    for chunk in chunked(ids):
        cases = list(Case.select(Case.id, Case.status).where(Case.id.in_(chunk)).tuples())
        result.update(_counts(cases, requirements))
    return result


def stored(case_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    result: dict[int, tuple[int, int]] = {}
    for chunk in chunked(sorted(set(case_ids))):
        query = Case.select(Case.id, Case.required_total, Case.required_present).where(Case.id.in_(chunk))
        result.update({case_id: (total, present) for case_id, total, present in query.tuples()})
    return result


def _store(changes: dict[int, tuple[int, int]]) -> None:
    """Writes (total, present) per case: one UPDATE per distinct pair and block of ids."""
    by_value: dict[tuple[int, int], list[int]] = {}
    for case_id, value in changes.items():
        by_value.setdefault(value, []).append(case_id)
    for (total, present), ids in by_value.items():
        for chunk in chunked(sorted(ids)):
            Case.update(required_total=total, required_present=present).where(Case.id.in_(chunk)).execute()


def refresh(case_ids: Iterable[int]) -> set[int]:
    """Stores the recomputed counts of these cases; returns the ids whose counts moved.

    Call inside the transaction of the change that moved them.
    """
    ids = set(case_ids)
    lock_rows(Case, ids)  # PostgreSQL: what concurrent writers committed is counted too
    fresh = compute(ids)
    old = stored(ids)
    moved = {case_id: value for case_id, value in fresh.items() if old.get(case_id) != value}
    _store(moved)
    return set(moved)


def compute_range(first_id: int, last_id: int, requirements: dict[int, Requirements] | None = None,
                  work_area_id: int | None = None) -> dict[int, tuple[int, int, int, int]]:
    """Case id → (stored total, stored present, total, present) for the ids in [first, last],
    leaving out the cases that need nothing and store 0 of 0 (right by definition)."""
    requirements = requirements if requirements is not None else requirements_by_status()
    needing = [status_id for status_id, req in requirements.items() if req.total]
    # Only cases that require something or claim to: any other case is 0 of 0 both ways.
    relevant = (Case.required_total != 0) | (Case.required_present != 0)
    if needing:
        relevant = relevant | Case.status.in_(needing)
    query = Case.select(Case.id, Case.status, Case.required_total, Case.required_present).where(
        Case.id.between(first_id, last_id) & relevant)
    if work_area_id is not None:
        query = query.where(Case.work_area == work_area_id)
    rows = list(query.tuples())
    result: dict[int, tuple[int, int, int, int]] = {}
    for block in chunked(rows):
        fresh = _counts([(case_id, status_id) for case_id, status_id, _t, _p in block], requirements)
        for case_id, _status, total, present in block:
            result[case_id] = (total, present, *fresh[case_id])
    return result


def id_ranges(work_area_id: int | None = None) -> Iterator[tuple[int, int]]:
    query = Case.select(pw.fn.MIN(Case.id), pw.fn.MAX(Case.id))
    if work_area_id is not None:
        query = query.where(Case.work_area == work_area_id)
    low, high = query.scalar(as_tuple=True)
    for first in range(low or 0, (high or -1) + 1, RANGE):
        yield first, first + RANGE - 1


def refresh_all(work_area_id: int | None = None) -> int:
    """Recomputes and stores the counts of every case (of one work area), a block of ids at a time.

    For a settings change to requirements or to the workflow's order (inside its transaction),
    the demo and the migration. Returns how many cases moved.
    """
    requirements = requirements_by_status()
    moved = 0
    for first, last in id_ranges(work_area_id):
        block = compute_range(first, last, requirements, work_area_id)
        changes = {case_id: (total, present) for case_id, (old_total, old_present, total, present)
                   in block.items() if (old_total, old_present) != (total, present)}
        _store(changes)
        moved += len(changes)
    return moved


def refresh_workflow_of_status(status_id: int) -> int:
    """`refresh_all` for the work area whose workflow holds this status."""
    from desktop_app.models import Workflow

    area = (Workflow.select(Workflow.work_area).join(Status, on=(Status.workflow == Workflow.id))
            .where(Status.id == status_id).scalar())
    return refresh_all(area) if area is not None else 0


def drift(case_ids: Iterable[int] | None = None) -> list[tuple[int, str, int, int]]:
    """(case id, field, stored, recomputed) for every stored count that is wrong."""
    problems = []
    if case_ids is not None:
        ids = set(case_ids)
        fresh, old = compute(ids), stored(ids)
        pairs = {case_id: (*old[case_id], *fresh[case_id]) for case_id in fresh if case_id in old}
    else:
        pairs = {}
        requirements = requirements_by_status()
        for first, last in id_ranges():
            pairs.update(compute_range(first, last, requirements))
    for case_id, (have_total, have_present, total, present) in sorted(pairs.items()):
        if have_total != total:
            problems.append((case_id, "required_total", have_total, total))
        if have_present != present:
            problems.append((case_id, "required_present", have_present, present))
    return problems


def missing_for_case(actor: Actor, case_id: int) -> list[str]:
    """What the case still lacks under the definition above: document type names (in the work
    area's order), then index field labels; empty when complete or when nothing is required."""
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    require_case(actor, Action.CASE_EDIT, case_id, write=False)
    workflow_id = Status.select(Status.workflow).where(Status.id == case.status_id).scalar()
    req = requirements_by_status([workflow_id]).get(case.status_id, NONE)
    if not req.total:
        return []
    present_types = {t for (t,) in Document.select(Document.document_type).where(
        (Document.case == case_id) & ~Document.trashed).tuples()}
    filled = {f for (f,) in IndexValue.select(IndexValue.field).where(
        (IndexValue.case == case_id) & (IndexValue.value != "")).tuples()}
    names = [name for (name,) in DocumentType.select(DocumentType.name).where(
        DocumentType.id.in_(sorted(req.documents - present_types))).order_by(
        DocumentType.position, DocumentType.id).tuples()] if req.documents - present_types else []
    labels = [label for (label,) in IndexField.select(IndexField.label).where(
        IndexField.id.in_(sorted(req.fields - filled))).order_by(
        IndexField.position, IndexField.id).tuples()] if req.fields - filled else []
    return names + labels
