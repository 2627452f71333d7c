"""The demo office on a PostgreSQL server: generated in a temporary SQLite office, then copied over."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop_app.demo.generate import DemoSummary, generate_demo
from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models import Case, Office, db
from desktop_app.services.context import Workspace
from desktop_app.services.office.office_transfer import Endpoint, copy_office
from desktop_app.services.office.table_copy import bound_to
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.storage.database import safe_url


def generate_demo_on_server(workspace: Workspace, *, cases: int, seed: int, documents: int | None = None,
                             progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """The demo office on a non-SQLite workspace: generated in a temporary SQLite office, then copied.

    The same seed gives the same office as `generate_demo` on SQLite. Returns the DemoSummary.
    """
    target_db = workspace.database
    with bound_to(target_db):
        if Case.select().exists() or Office.select().exists():
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "The data dir already holds an office; demo needs an empty one."))
    workspace.data_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=workspace.data_dir, prefix=".demo-build-"))
    try:
        stage = open_workspace(work / "office", create=True)
        try:
            half = (lambda done, total: progress(done, total * 2)) if progress else None
            summary = generate_demo(stage, cases=cases, seed=seed, documents=documents, progress=half)
            copy_office(Endpoint(stage.database, stage.blobs, "the generated demo office"),
                        Endpoint(target_db, None, safe_url(workspace.database_url)),
                        progress=(lambda done, total, _t: progress(total + done, total * 2)) if progress else None)
        finally:
            close_workspace(stage)
    finally:
        db.initialize(target_db)
        shutil.rmtree(work, ignore_errors=True)
    return summary
