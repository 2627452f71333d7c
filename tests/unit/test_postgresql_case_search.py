"""The case list's search box on both engines: the same matches, and on PostgreSQL index ranges (m0017)."""

from __future__ import annotations

import pytest

from desktop_app.models import WorkArea
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter
from desktop_app.services.cases.case_editing import create_case
from desktop_app.storage.database import is_sqlite

pytestmark = pytest.mark.both_engines


@pytest.fixture
def cases(offices, admin):
    area = WorkArea.get(WorkArea.code == "DIAG")
    made = {}
    for ref, city in (("Martin_Dupont", "Marseille"), ("MARTINEZ", "Nantes"), ("100% Bio", "Lyon"),
                      ("Dupont", "marly")):
        made[ref] = create_case(admin, area.id, internal_ref=ref, city=city)[0]
    return made


def found(admin, term: str, made: dict) -> set[str]:
    ids = set(case_queries.case_ids(admin, CaseFilter(search=term)))
    return {ref for ref, case in made.items() if case.id in ids}


def test_the_search_matches_the_same_on_both_engines(cases, admin):
    assert found(admin, "mar", cases) == {"Martin_Dupont", "MARTINEZ", "Dupont"}  # any case, any column
    assert found(admin, "martin_", cases) == {"Martin_Dupont"}  # "_" is a character, not a wildcard
    assert found(admin, "100%", cases) == {"100% Bio"}
    assert found(admin, "%", cases) == set()
    number = cases["Dupont"].number
    assert found(admin, number.lower(), cases) == {"Dupont"}  # the number as typed, upper-cased
    assert found(admin, number[:-1], cases) >= {"Dupont"}


def test_each_search_branch_is_an_index_range_on_postgresql(cases, admin, workspace):
    if is_sqlite():
        return  # SQLite's plan: tests/unit/test_case_filter_plans.py
    query = case_queries.case_ids_query(admin, CaseFilter(search=cases["Dupont"].number))
    sql, params = query.sql()
    database = workspace.database
    with database.atomic():
        database.execute_sql("SET LOCAL enable_seqscan = off")  # a tiny table: ask what the plan could use
        plan = "\n".join(line for (line,) in database.execute_sql("EXPLAIN " + sql, params))
    assert "case_prefix_number" in plan and "case_prefix_owner_name" in plan, plan
    assert 'Seq Scan on "case"' not in plan and "~~*" not in plan, plan
