"""Eight clerks × 200 mixed operations against one real PostgreSQL server (issue 6).

Each clerk is its own process with its own connection (tests/integration/pg_clients.py).
Every operation either succeeds or is refused with a clear message (a stale edit, a rule):
never an unhandled error, never a deadlock. Afterwards the office matches the shared log:
every edit that succeeded is there, no refused one is, no two successful edits of a case
were based on the same version (no lost update), every document added is stored and no
refused one is, the numbering series have no gap and no duplicate, and `check` is clean.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections import Counter, defaultdict

import pytest

from desktop_app.models import AuditEvent, Blob, Case, Document, NumberingSeries, Role, Status, User, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.office.check import run_check
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction
from tests.integration.pg_clients import run_client

pytestmark = pytest.mark.slow  # real parser crashes and hangs, or many clients: seconds each

CLIENTS = 8
OPERATIONS = 200
SHARED_CASES = 6
VERSION_MOVES = ("edit", "status")  # the operations that move Case.version by one


def test_eight_clerks_on_one_server(postgresql_url, tmp_path):
    data_dir = tmp_path / "office"
    workspace = open_workspace(data_dir, postgresql_url, create=True)
    try:
        with write_transaction():
            presets.create_office("diagnostics")
            role = Role.get(Role.code == RoleCode.ADMIN)
            for index in range(CLIENTS):
                User.create(login=f"clerk{index}", full_name=f"Clerk {index}", initials=f"C{index}", role=role)
        area = WorkArea.get(WorkArea.code == "DIAG")
        admin = auth.default_actor()
        shared = [create_case(admin, area.id, city=f"shared {n}")[0].id for n in range(SHARED_CASES)]
        initial_status = {case_id: Case.get_by_id(case_id).status_id for case_id in shared}
    finally:
        close_workspace(workspace)

    log_path = tmp_path / "operations.jsonl"
    started = time.perf_counter()
    context = multiprocessing.get_context("spawn")
    clients = [context.Process(target=run_client, args=(index, postgresql_url, str(data_dir), shared, area.id,
                                                         OPERATIONS, str(log_path), 6))
               for index in range(CLIENTS)]
    for client in clients:
        client.start()
    for client in clients:
        client.join(timeout=120)
    hung = [client.pid for client in clients if client.is_alive()]
    for client in clients:
        if client.is_alive():
            client.kill()
    assert not hung, f"clients {hung} did not finish in time (a deadlock?)"
    assert [client.exitcode for client in clients] == [0] * CLIENTS
    elapsed = time.perf_counter() - started

    log = [json.loads(line) for line in log_path.read_text(encoding="utf-8").splitlines()]
    assert len(log) == CLIENTS * OPERATIONS
    errors = [entry for entry in log if entry["outcome"] == "error"]
    assert not errors, errors[0].get("traceback")
    outcomes = Counter((entry["op"], entry["outcome"]) for entry in log)
    refusals = Counter(entry["error"] for entry in log if entry["outcome"] == "refused")
    print(f"\n{CLIENTS} clients × {OPERATIONS} operations in {elapsed:.1f} s: {dict(outcomes)}; refused: "
          f"{dict(refusals)}")
    assert outcomes[("edit", "ok")] > 50 and outcomes[("edit", "refused")] > 0  # the clerks did meet
    assert outcomes[("create", "ok")] > 0 and outcomes[("document", "ok")] > 0 and outcomes[("draw", "ok")] > 0
    for entry in log:
        if entry["outcome"] == "refused":
            assert entry["message"] and entry["error"] in ("StaleEdit", "UserError", "DuplicateDocument"), entry
            if entry["op"] in VERSION_MOVES and entry["error"] == "StaleEdit":
                assert "Nothing was saved" in entry["message"]

    workspace = open_workspace(data_dir, postgresql_url)
    try:
        ok = [entry for entry in log if entry["outcome"] == "ok"]
        refused = [entry for entry in log if entry["outcome"] == "refused"]
        moves: dict[int, list[dict]] = defaultdict(list)
        for entry in ok:
            if entry["op"] in VERSION_MOVES:
                moves[entry["case"]].append(entry)
        for case_id, done in moves.items():
            versions = sorted(entry["version"] for entry in done)
            # Each success moved the case from the version it read to the next: no two from the same one.
            assert versions == list(range(2, 2 + len(done))), (case_id, versions)
            case = Case.get_by_id(case_id)
            assert case.version == 1 + len(done)
            edits = [entry for entry in done if entry["op"] == "edit"]
            if edits:
                assert case.internal_ref == max(edits, key=lambda entry: entry["version"])["value"]
            statuses = [entry for entry in done if entry["op"] == "status"]
            expected = max(statuses, key=lambda e: e["version"])["status"] if statuses else \
                initial_status.get(case_id, case.status_id)
            assert case.status_id == expected
            audited = AuditEvent.select().where((AuditEvent.case == case_id)
                                                & AuditEvent.action.in_(("case.update", "case.status"))).count()
            assert audited == len(done)
        refused_values = {entry["value"] for entry in refused if entry["op"] == "edit"}
        assert not refused_values & {ref for (ref,) in Case.select(Case.internal_ref).tuples()}

        added = [entry for entry in ok if entry["op"] == "document"]
        stored = {(case_id, sha) for case_id, sha in Document.select(Document.case, Document.blob).tuples()}
        assert {(entry["case"], entry["sha"]) for entry in added} <= stored
        assert Document.select().count() == len(added)
        assert Blob.select().count() == len(added)  # each file was unique: no refused one left a blob

        series = NumberingSeries.get(NumberingSeries.work_area == area.id)
        numbers = [number for (number,) in Case.select(Case.number).where(Case.work_area == area.id).tuples()]
        numbers += [entry["number"] for entry in ok if entry["op"] == "draw"]
        values = sorted(int(number[len(series.prefix):]) for number in numbers)
        assert values == list(range(1, series.next_value)), "numbering has gaps or duplicates"
        assert Case.select().count() == SHARED_CASES + outcomes[("create", "ok")]
        assert Status.select().count() > 0

        report = run_check(workspace, auth.default_actor())
        assert report.ok, report.lines()
    finally:
        close_workspace(workspace)
    assert elapsed < 120  # about 20-45 s on 2 cores
