"""One clerk of the PostgreSQL concurrency test: its own process, its own connection, a log line per operation.

`run_client` is started in a spawned process by tests/integration/test_postgresql_concurrency.py.
It performs `operations` mixed operations (create a case, edit a field with the version it
read, change a status with that version, add a document, draw a number) on the shared
cases and on the ones it created, and appends one JSON line per operation to the shared
log: `ok`, `refused` (an AppError: a conflict or a rule, with its message) or `error`
(anything else, with the traceback: the test fails on it).
"""

from __future__ import annotations

import json
import os
import random
import time
import traceback
from pathlib import Path

OPERATIONS = ("create", "edit", "edit", "edit", "status", "status", "document", "draw")


def _append(log_path: str, entry: dict) -> None:
    line = (json.dumps(entry, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)  # one write of one line: O_APPEND keeps the lines whole
    finally:
        os.close(fd)


def run_client(index: int, url: str, data_dir: str, shared_case_ids: list[int], area_id: int,
               operations: int, log_path: str, seed: int) -> None:
    from desktop_app.errors import AppError
    from desktop_app.models import Case, NumberingSeries, User
    from desktop_app.services.cases.case_editing import create_case, draw_number, update_case
    from desktop_app.services.cases.status_moves import allowed_statuses, change_status
    from desktop_app.services.context import Actor
    from desktop_app.services.documents.document_import import add_document
    from desktop_app.services.office.workspace import close_workspace, open_workspace
    from desktop_app.storage.database import write_transaction

    workspace = open_workspace(Path(data_dir), url)
    actor = Actor.from_user(User.get(User.login == f"clerk{index}"))
    rng = random.Random(seed * 100 + index)
    files = Path(data_dir) / f"client-{index}"
    files.mkdir(exist_ok=True)
    mine: list[int] = []
    series_id = NumberingSeries.get(NumberingSeries.work_area == area_id).id
    try:
        for step in range(operations):
            op = rng.choice(OPERATIONS)
            # Mostly the shared cases, where the clerks meet; sometimes one of its own.
            case_id = rng.choice(mine) if mine and rng.random() < 0.25 else rng.choice(shared_case_ids)
            entry: dict = {"client": index, "step": step, "op": op}
            began = time.perf_counter()
            try:
                if op == "create":
                    created, _ = create_case(actor, area_id, city=f"c{index}-{step}")
                    mine.append(created.id)
                    entry.update(case=created.id, number=created.number, series=series_id)
                elif op == "edit":
                    version = Case.get_by_id(case_id).version
                    value = f"e{index}-{step}"
                    entry.update(case=case_id, field="internal_ref", value=value, version=version + 1)
                    update_case(actor, case_id, version, internal_ref=value)
                elif op == "status":
                    case = Case.get_by_id(case_id)
                    choices = [s for s in allowed_statuses(case) if s.kind == "open"]
                    if not choices:
                        entry.update(case=case_id, outcome="skipped")
                        _append(log_path, entry)
                        continue
                    target = rng.choice(choices)
                    entry.update(case=case_id, status=target.id, version=case.version + 1)
                    change_status(actor, case_id, target.code, case.version, reason="concurrency test")
                elif op == "document":
                    path = files / f"note-{step}.txt"
                    path.write_text(f"Clerk {index}, step {step}: {rng.random()}\n" * 20, encoding="utf-8")
                    document, _ = add_document(workspace, actor, case_id, path)
                    entry.update(case=case_id, document=document.id, sha=document.blob_id)
                elif op == "draw":
                    with write_transaction():
                        number = draw_number(NumberingSeries.get_by_id(series_id))
                    entry.update(number=number, series=series_id)
                entry.setdefault("outcome", "ok")
            except AppError as exc:
                entry.update(outcome="refused", error=type(exc).__name__, message=exc.message)
            except Exception as exc:  # logged: the test fails on it
                entry.update(outcome="error", error=type(exc).__name__, message=str(exc),
                             traceback=traceback.format_exc())
            entry["ms"] = round((time.perf_counter() - began) * 1000, 1)
            _append(log_path, entry)
    finally:
        close_workspace(workspace)
