"""EXPLAIN QUERY PLAN for every case-list filter, alone and with every sort (DESIGN §5).

No plan may read the case table from end to end: every `SCAN` goes through an index,
and a filter set alone with the default sort drives the query through its own index.
Also: a database migrated from schema 1 ends up with exactly the indexes of a fresh one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.models import Role, User, db
from desktop_app.models.states import RoleCode
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.context import Actor
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage.database import write_transaction
from desktop_app.storage.migrations import (
    latest_version,
    m0002_list_filters,
    m0003_live_sort_indexes,
    migrate,
)

DAY = dt.date(2025, 3, 1)
# filter → the index that must drive it with the default sort (None: just "an index")
FILTERS: dict[str, tuple[CaseFilter, str | None]] = {
    "none": (CaseFilter(), "case_archived_trashed_created_at"),
    "archived": (CaseFilter(view=ViewMode.ARCHIVED), "case_archived_trashed_created_at"),
    "trash": (CaseFilter(view=ViewMode.TRASH), "case_trashed_created_at"),
    "status": (CaseFilter(statuses=(1,)), "case_status_id_archived_trashed_created_at"),
    "statuses": (CaseFilter(statuses=(1, 2, 3)), "case_status_id_archived_trashed_created_at"),
    "nature": (CaseFilter(natures=("Agua",)), "case_nature_archived_trashed_created_at"),
    "origins": (CaseFilter(origins=("AXA", "Web")), "case_origin_archived_trashed_created_at"),
    "trade": (CaseFilter(trades=("Fontanero",)), "case_trade_archived_trashed_created_at"),
    "created": (CaseFilter(created_from=DAY, created_to=DAY), "case_archived_trashed_created_at"),
    "created_from": (CaseFilter(created_from=DAY), "case_archived_trashed_created_at"),
    "order_date": (CaseFilter(order_from=DAY, order_to=DAY), None),
    "assigned": (CaseFilter(assigned_user_ids=(1,)), "case_assigned_user_id_archived_trashed_created_at"),
    "technician": (CaseFilter(technician_ids=(1,)), "service_order_technician"),
    "invoice": (CaseFilter(invoice_states=(2,)), "case_invoice_state_archived_trashed_created_at"),
    "quote": (CaseFilter(quote_states=(1, 3)), "case_quote_state_archived_trashed_created_at"),
    "installments": (CaseFilter(installments_states=(1,)), "case_installments_state_archived_trashed_created_at"),
    "no_documents": (CaseFilter(max_documents=0), "case_document_count_archived_trashed_created_at"),
    "min_documents": (CaseFilter(min_documents=2), "case_document_count_archived_trashed_created_at"),
    "contract": (CaseFilter(contract="00"), "case_contract_nocase"),
    "mine": (CaseFilter(mine=True), None),
    "search": (CaseFilter(search="dup"), "case_protocol_nocase"),
    "area": (CaseFilter(work_area_id=1), "case_work_area_id_archived_trashed_created_at"),
    "area_statuses": (CaseFilter(work_area_id=1, statuses=(1, 2)), "case_status_id"),
    "area_origin_archived": (CaseFilter(work_area_id=1, origins=("AXA",), view=ViewMode.ARCHIVED),
                             "case_origin_archived_trashed_created_at"),
    "combined": (CaseFilter(statuses=(1, 2), origins=("AXA",), invoice_states=(2,), min_documents=1,
                            created_from=DAY, search="du"), None),
}

# SQLite's planner: PostgreSQL's plans for the main list queries are in test_postgresql_plans.py.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def schema(offices):
    return offices


def plan(query) -> list[str]:
    sql, params = query.sql()
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


def assert_indexed(lines: list[str]) -> None:
    for line in lines:
        if line.startswith("SCAN "):
            assert "INDEX" in line, "\n".join(lines)  # never a bare `SCAN case` / `SCAN t1`


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_each_filter_alone_is_driven_by_its_index(schema, name):
    case_filter, index = FILTERS[name]
    lines = plan(case_queries.case_ids_query(auth.default_actor(), case_filter))
    assert_indexed(lines)
    if index is not None:
        assert any(f"INDEX {index}" in line for line in lines), "\n".join(lines)


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_each_filter_with_each_sort_reads_indexes_only(schema, name):
    case_filter, _index = FILTERS[name]
    for key in sorted(case_queries.SORT_KEYS):
        for descending in (False, True):
            assert_indexed(plan(case_queries.case_ids_query(auth.default_actor(), case_filter, order_by=key,
                                                       descending=descending)))


@pytest.mark.parametrize("name", ["none", "created", "status", "nature", "trade", "assigned", "invoice", "installments",
                                  "no_documents", "archived", "trash"])
def test_a_single_value_filter_gives_the_created_order_without_sorting(schema, name):
    lines = plan(case_queries.case_ids_query(auth.default_actor(), FILTERS[name][0]))
    assert "COVERING INDEX" in lines[0] and not any("TEMP B-TREE" in line for line in lines), lines


def test_a_technician_sees_filters_through_indexes_too(schema):
    with write_transaction():
        user = User.create(login="tech", full_name="Marie Lefèvre", initials="ML",
                           role=Role.get(Role.code == RoleCode.TECHNICIAN))
    tech = Actor.from_user(user)
    for case_filter, _index in FILTERS.values():
        if case_filter.view == ViewMode.TRASH:
            continue
        for key in sorted(case_queries.SORT_KEYS):
            assert_indexed(plan(case_queries.case_ids_query(tech, case_filter, order_by=key)))


def indexes(database) -> set[tuple[str, str]]:
    return {(name, " ".join(sql.split())) for name, sql in database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()}


def test_a_schema_1_database_migrates_to_the_indexes_of_a_fresh_one(tmp_path):
    fresh = open_workspace(tmp_path / "fresh", create=True)
    expected = indexes(fresh.database)
    tables = set(fresh.database.get_tables())
    close_workspace(fresh)
    old = open_workspace(tmp_path / "old", create=True)
    database = old.database
    # Back to what schema 1 made: no saved views, none of m0002's indexes.
    for columns in m0002_list_filters.CASE_INDEXES:
        database.execute_sql(f'DROP INDEX "case_{"_".join(columns)}"')
    database.execute_sql('DROP INDEX "case_protocol_nocase"')
    database.execute_sql('DROP TABLE "saved_view"')
    for column in m0003_live_sort_indexes.LIVE_SORT_COLUMNS:
        database.execute_sql(f'DROP INDEX "case_live_{column}"')
    database.execute_sql("DELETE FROM casedesk_schema WHERE version >= 2")
    assert indexes(database) < expected
    assert migrate(database) == latest_version()
    assert indexes(database) == expected and set(database.get_tables()) == tables
    assert migrate(database) == latest_version()  # nothing left to do
    close_workspace(old)


@pytest.mark.parametrize("key", sorted(case_queries.SORT_KEYS))
def test_every_sort_of_the_live_list_reads_an_index_in_its_order(schema, key):
    """A click on a column header (the status's included): the live list is one index read in order,
    never a sort in a temporary B-tree of every live case (3.7 s at 1M for the status sort once)."""
    for descending in (True, False):
        lines = plan(case_queries.case_ids_query(auth.default_actor(), CaseFilter(), order_by=key,
                                                 descending=descending))
        assert_indexed(lines)
        assert not any("TEMP B-TREE" in line for line in lines), "\n".join(lines)
        assert lines[0].startswith(("SCAN t1 USING", "SEARCH t1 USING")), "\n".join(lines)


@pytest.mark.parametrize("term", ["D25-2", "mar", "Escola", "12"])
def test_a_prefix_search_reads_one_index_range_per_column(schema, term):
    """The search box: each searched column is its own index range (the number's BINARY index, the
    names' NOCASE ones), joined by UNION ALL; only the matches are sorted, never the case table."""
    lines = plan(case_queries.case_ids_query(auth.default_actor(), CaseFilter(search=term)))
    assert_indexed(lines)
    ranges = [line for line in lines if line.startswith("SEARCH search USING COVERING INDEX")]
    for index in ("case_number", "case_owner_name_nocase", "case_prescriber_name_nocase", "case_city_nocase",
                  "case_internal_ref_nocase", "case_protocol_nocase", "case_contract_nocase"):
        assert any(f"INDEX {index} (" in line and ">? AND" in line for line in ranges), "\n".join(lines)
    assert not any(line.startswith("SCAN") and "VIRTUAL TABLE" not in line and "INDEX" not in line
                   for line in lines), "\n".join(lines)
    # The matches are checked against the view in m0022's narrow index, not in the wide case rows.
    assert lines[0] == "SEARCH t1 USING COVERING INDEX case_id_view (id=?)", "\n".join(lines)
    within_area = plan(case_queries.case_ids_query(auth.default_actor(), CaseFilter(search=term, work_area_id=1)))
    assert within_area[0] == "SEARCH t1 USING COVERING INDEX case_id_view (id=?)", "\n".join(within_area)
    by_owner = plan(case_queries.case_ids_query(auth.default_actor(), CaseFilter(search=term), order_by="owner"))
    assert "case_id_view" not in "\n".join(by_owner)  # the owner's name is in the row: read there
