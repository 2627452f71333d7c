"""What the documents pane runs as long jobs (views/common/background.LongJob): adding files to a case,
making new cases from files, and the thumbnails of what was added.

Each is a plain function of a `JobControl` (progress, cancel) that returns an ImportOutcome or a
{sha256: PNG path}; it runs on a worker thread with its own database connection and never
touches a widget.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import AppError
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents import document_import, intake, thumbnails
from desktop_app.services.documents.extract import shown_name
from desktop_app.views.common.background import JobControl

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    case_id: int
    added: list[int] = field(default_factory=list)  # document ids
    failed: list[tuple[str, BaseException]] = field(default_factory=list)  # file name, why
    skipped: list[str] = field(default_factory=list)  # file names not tried: cancelled
    changes: ChangeSet = field(default_factory=ChangeSet)
    duplicates: list[tuple[str, BaseException]] = field(default_factory=list)  # file name, "already in case N…"
    created: list[int] = field(default_factory=list)  # cases made from the files (a drop on the case list)

    @property
    def cancelled(self) -> bool:
        return bool(self.skipped)


@dataclass(frozen=True)
class ImportRequest:
    """Files to add: to `case_id`, or (with `work_area_id`) to new cases, one per file or one for all."""

    workspace: Workspace
    actor: Actor
    paths: list[Path]
    source: str
    case_id: int = 0
    work_area_id: int | None = None
    one_case: bool = False


def run_import(request: ImportRequest, control: JobControl) -> ImportOutcome:
    """The whole import: stops between files on Cancel, keeping the files added so far; a failure
    that stops it (no connection, the case refused) names every file not added."""
    outcome = ImportOutcome(request.case_id)
    total = len(request.paths)
    try:
        if request.work_area_id is None:
            _add_to_case(request, control, outcome)
        else:
            _add_to_new_cases(request, control, outcome)
    except Exception as exc:
        if not isinstance(exc, AppError):
            log.exception("the import stopped")
        done = {name for name, _exc in outcome.failed} | {name for name, _exc in outcome.duplicates}
        outcome.failed += [(shown_name(p.name), exc) for p in request.paths[len(outcome.added):]
                           if shown_name(p.name) not in done]
    control.progress(total, total, "")
    return outcome


def _add_to_case(request: ImportRequest, control: JobControl, outcome: ImportOutcome, start: int = 0) -> None:
    """Adds the files from `start` on to `outcome.case_id` in batches (document_import.add_documents:
    one transaction per batch, the managers told once)."""
    total = len(request.paths)
    batch = document_import.add_documents(
        request.workspace, request.actor, outcome.case_id, request.paths[start:], source=request.source,
        progress=lambda done, _count, name: control.progress(start + done, total, name),
        cancelled=control.cancelled)
    for item in batch.outcomes:
        name = shown_name(item.path.name)
        if item.document is not None:
            outcome.added.append(item.document.id)
        elif isinstance(item.error, document_import.DuplicateDocument):  # a warning: the case has the content
            outcome.duplicates.append((item.path.name, item.error))
        elif item.error is not None:  # a bad file is reported; the rest of the batch went on
            outcome.failed.append((name, item.error))
        else:
            outcome.skipped.append(name)
    outcome.changes.merge(batch.changes)


def _add_to_new_cases(request: ImportRequest, control: JobControl, outcome: ImportOutcome) -> None:
    """Files dropped on the case list: a new case of the work area per file, or one for them all.

    Each new case is made together with its first document (intake.new_case_with_file), so a
    file that cannot be read leaves no empty case; with one case for all, the first good file
    makes the case and the others are added to it as one batch.
    """
    total = len(request.paths)
    for position, path in enumerate(request.paths):
        if control.cancelled():
            outcome.skipped = [shown_name(p.name) for p in request.paths[position:]]
            return
        if request.one_case and outcome.created:  # the others go to the new case as one batch
            _add_to_case(request, control, outcome, position)
            return
        control.progress(position, total, path.name)
        try:
            case, document, changes = intake.new_case_with_file(request.workspace, request.actor,
                                                                request.work_area_id, path, source=request.source)
        except document_import.DuplicateDocument as exc:
            outcome.duplicates.append((path.name, exc))
            continue
        except Exception as exc:  # a bad file is reported; the rest of the batch goes on
            if not isinstance(exc, AppError):
                log.exception("adding %s failed", path)
            outcome.failed.append((shown_name(path.name), exc))
            continue
        outcome.created.append(case.id)
        outcome.case_id = case.id
        outcome.added.append(document.id)
        outcome.changes.merge(changes)


def make_thumbnails(workspace: Workspace, items: list[tuple[str, str]]) -> dict[str, Path]:
    """The missing thumbnails of stored contents (rendered in a parser worker process): {sha256: PNG}."""
    made = {}
    for sha, mime in items:
        try:
            path = thumbnails.make_thumbnail(workspace, sha, mime)
        except Exception:  # a thumbnail is a nicety: never let it stop the others
            log.exception("thumbnail of %s failed", sha)
            continue
        if path is not None:
            made[sha] = path
    return made
