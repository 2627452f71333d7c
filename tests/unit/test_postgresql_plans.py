"""PostgreSQL plans of the case list's main queries (DESIGN §5): an index, never a walk over `case`.

SQLite's planner is tested in test_case_filter_plans.py. Here a PostgreSQL office gets
20,000 cases (copied in SQL from one made by the service), ANALYZE, and EXPLAIN
(FORMAT JSON) of the id list: with the default view, with a filter, with a sort on an
indexed column, for an administrator. The planner may choose any index; the test only
asks that the `case` table is never read by a sequential scan and that the plan reads an
index of `case`.
"""

from __future__ import annotations

import json
import os
import time

import pytest

from desktop_app.models import Case, Status, WorkArea, db
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.storage.database import write_transaction

CASES = 20_000


@pytest.fixture(scope="module")
def office(postgresql_server, tmp_path_factory):
    from pytest_postgresql.janitor import DatabaseJanitor

    name = f"casedesk_plans_{os.getpid()}"
    janitor = DatabaseJanitor(user=postgresql_server.user, host=postgresql_server.host,
                              port=postgresql_server.port, dbname=name)
    janitor.init()
    workspace = open_workspace(tmp_path_factory.mktemp("plans"), postgresql_server.url(name), create=True)
    try:
        with write_transaction():
            for kind in presets.OFFICES:
                presets.create_office(kind)
        area = WorkArea.get(WorkArea.code == "DIAG")
        areas = [a.id for a in WorkArea.select().order_by(WorkArea.id)]
        admin = auth.default_actor()
        template, _ = create_case(admin, area.id, internal_ref="Modèle", city="Nantes")
        statuses = [s.id for s in Status.select().order_by(Status.id)]
        columns = [f for f in Case._meta.sorted_fields if f.name != "id"]
        varied = {
            "number": "'P' || lpad(g::text, 7, '0')",
            "work_area_id": f"(ARRAY{areas})[1 + mod(g, {len(areas)})]",
            "status_id": f"(ARRAY{statuses})[1 + mod(g, {len(statuses)})]",
            "owner_name": "(ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard'])[1 + mod(g, 6)] || ' ' || g",
            "city": "(ARRAY['Nantes','Brest','Rennes','Lorient'])[1 + mod(g, 4)]",
            "created_at": "now() - make_interval(mins => g)",
            "archived": "mod(g, 10) = 0",
            "trashed": "mod(g, 50) = 0",
        }
        select = ", ".join(varied.get(f.column_name, f'"{f.column_name}"') for f in columns)
        with write_transaction():
            db.execute_sql(
                f'INSERT INTO "case" ({", ".join(chr(34) + f.column_name + chr(34) for f in columns)}) '
                f'SELECT {select} FROM "case", generate_series(1, {CASES}) AS g WHERE "case".id = %s',
                (template.id,))
        db.execute_sql('VACUUM ANALYZE "case"')
        _all_visible()
        yield {"area": area, "admin": admin, "statuses": statuses}
    finally:
        close_workspace(workspace)
        janitor.drop()


def _all_visible(timeout_s: float = 30.0) -> None:
    """VACUUM until the pages of `case` are all-visible, as autovacuum keeps a working office's
    (an index-only plan depends on it). Right after the load a VACUUM may not mark them yet (a
    transaction of the cluster still older than the load's, e.g. autovacuum's own ANALYZE)."""
    deadline = time.monotonic() + timeout_s
    while True:
        db.execute_sql('VACUUM "case"')
        pages, visible = db.execute_sql(
            "SELECT relpages, relallvisible FROM pg_class WHERE oid = '\"case\"'::regclass").fetchone()
        if visible >= pages * 0.95 or time.monotonic() > deadline:
            assert visible >= pages * 0.95, f"only {visible} of {pages} pages of case all-visible"
            return
        time.sleep(0.2)


def plan_nodes(query) -> list[dict]:
    sql, params = query.sql()
    (plan,), = db.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchall()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes, stack = [], [plan[0]["Plan"]]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(node.get("Plans", ()))
    return nodes


def assert_reads_an_index_of_case(query) -> None:
    nodes = plan_nodes(query)
    shown = json.dumps([{k: n.get(k) for k in ("Node Type", "Relation Name", "Index Name")} for n in nodes])
    assert not any(n["Node Type"] == "Seq Scan" and n.get("Relation Name") == "case" for n in nodes), shown
    assert any(n.get("Index Name", "").startswith("case_") for n in nodes), shown


def test_the_office_is_big_enough_for_the_planner_to_care(office):
    assert Case.select().count() == CASES + 1


def test_the_default_view_reads_an_index_in_the_created_order(office):
    """The window's first query: every live case, newest first (other sorts of ~all rows may
    rightly be a scan and a sort on PostgreSQL: the whole id list is fetched)."""
    for descending in (True, False):
        assert_reads_an_index_of_case(case_queries.case_ids_query(office["admin"], CaseFilter(), order_by="created",
                                                             descending=descending))


@pytest.mark.parametrize("case_filter", [
    lambda o: CaseFilter(statuses=(o["statuses"][1],)),
    lambda o: CaseFilter(work_area_id=o["area"].id),
    lambda o: CaseFilter(work_area_id=o["area"].id, statuses=(o["statuses"][1],)),
    lambda o: CaseFilter(view=ViewMode.ARCHIVED),
    lambda o: CaseFilter(view=ViewMode.TRASH),
], ids=["status", "work_area", "work_area_status", "archived", "trash"])
@pytest.mark.parametrize("order_by", ["created", "owner", "city", "number"])
def test_a_filter_with_a_sort_reads_an_index(office, case_filter, order_by):
    assert_reads_an_index_of_case(case_queries.case_ids_query(office["admin"], case_filter(office), order_by=order_by))


@pytest.mark.parametrize("order_by", ["created", "number", "city", "owner", "appointment", "status"])
@pytest.mark.parametrize("descending", [True, False])
def test_a_work_areas_list_can_be_read_in_its_order_with_no_sort(office, order_by, descending):
    """m0020: the list indexes end with the id (the list's second key) and carry the work area, so
    a work area's list in any of its orders is one index range read in order, with no Sort node.

    20k cases are too few for the planner to prefer it (a scan and a sort of a few thousand rows
    costs it less), so the test asks for the plan with the table scans disabled: before m0020 that
    plan was an index scan followed by a sort. At 100k cases the planner picks it by itself:
    41 ms → 1.4 ms for the default list (tests/benchmarks/bench_engines.py).
    """
    query = case_queries.case_ids_query(office["admin"], CaseFilter(work_area_id=office["area"].id),
                                   order_by=order_by, descending=descending)
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        db.execute_sql("SET LOCAL enable_bitmapscan = off")
        nodes = plan_nodes(query)
    shown = json.dumps([{k: n.get(k) for k in ("Node Type", "Index Name")} for n in nodes])
    assert not any("Sort" in n["Node Type"] for n in nodes), shown
    assert [n["Node Type"] for n in nodes] == ["Index Only Scan"], shown


@pytest.mark.parametrize("term", ["P00012", "Mart", "Nan"])
def test_a_prefix_search_reads_indexes_of_case(office, term):
    """The search box on PostgreSQL: one index range per column (m0017's text_pattern_ops indexes) and
    the matches looked up by key, with no scan of every case left for the planner to pick. (At 20k
    cases it still prefers hashing a scan of the small table; with scans off the plan shows what it
    can do, and does at 100k: tests/benchmarks/bench_engines.py.)"""
    assert_reads_indexes_only(case_queries.case_ids_query(office["admin"], CaseFilter(search=term)))
    nodes = plan_nodes(case_queries.case_ids_query(office["admin"], CaseFilter(search=term)))
    used = {n.get("Index Name") for n in nodes}
    assert {"case_prefix_number", "case_prefix_owner_name"} <= used, used


@pytest.mark.parametrize("order_by", sorted(case_queries.SORT_KEYS))
def test_every_sort_reads_an_index_when_scans_are_off(office, order_by):
    """Each column's sort has an index the planner can read in order: with the table scans disabled
    the plan reads one of case's indexes (20k cases are too few for it to prefer that by itself)."""
    assert_reads_indexes_only(case_queries.case_ids_query(office["admin"], CaseFilter(), order_by=order_by))


def assert_reads_indexes_only(query) -> None:
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        nodes = plan_nodes(query)
    shown = json.dumps([{k: n.get(k) for k in ("Node Type", "Relation Name", "Index Name")} for n in nodes])
    assert not any(n["Node Type"] == "Seq Scan" and n.get("Relation Name") == "case" for n in nodes), shown
    assert any(n.get("Index Name", "").startswith("case_") for n in nodes), shown
