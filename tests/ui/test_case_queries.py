"""The read models behind the panes (services/case_list/case_queries.py): order, filters, visibility, query plans.

No Qt here; these sit with the UI tests because they exist for the panes.
"""

from __future__ import annotations

import pytest

from desktop_app.errors import NotFound
from desktop_app.models import Case, db
from desktop_app.services.case_list import case_queries
from desktop_app.services.cases import case_details
from desktop_app.services.documents import document_list
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth, work_areas
from desktop_app.storage.database import write_transaction


@pytest.fixture
def opened(office):
    workspace = open_workspace(office.data_dir)
    yield workspace
    close_workspace(workspace)


def plan(query) -> str:
    sql, params = query.sql()
    return "\n".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())


def numbers(ids: list[int]) -> list[str]:
    by_id = case_queries.case_rows(ids)
    return [by_id[i].number for i in ids]


def test_default_order_is_newest_first_and_hides_trashed_and_archived(opened):
    admin = auth.default_actor()
    ids = case_queries.case_ids(admin)
    assert numbers(ids) == [f"D25-{n:06d}" for n in range(6, 0, -1)]
    with write_transaction():
        Case.update(trashed=True).where(Case.number == "D25-000006").execute()
        Case.update(archived=True).where(Case.number == "D25-000005").execute()
    assert numbers(case_queries.case_ids(admin)) == [f"D25-{n:06d}" for n in range(4, 0, -1)]
    assert "D25-000005" in numbers(case_queries.case_ids(admin, include_archived=True))
    assert "D25-000006" not in numbers(case_queries.case_ids(admin, include_archived=True))


def test_search_is_a_prefix_of_number_names_reference_or_city(opened):
    admin = auth.default_actor()
    assert numbers(case_queries.case_ids(admin, "d25-000003")) == ["D25-000003"]
    assert numbers(case_queries.case_ids(admin, "FAURE")) == ["D25-000006"]
    assert len(case_queries.case_ids(admin, "nan")) == 2  # Nantes
    assert list(case_queries.case_ids(admin, "ante")) == []  # a prefix, not a substring
    assert list(case_queries.case_ids(admin, "%")) == [] and list(case_queries.case_ids(admin, "_")) == []  # no wildcards


@pytest.mark.parametrize("key", sorted(case_queries.SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_reads_an_index_not_the_table(opened, key, descending):
    text = plan(case_queries.case_ids_query(auth.default_actor(), order_by=key, descending=descending))
    first = text.splitlines()[0]
    # A covering index, or the column's partial index over the live cases (the rowid is the id).
    assert "USING COVERING INDEX" in first or "USING INDEX case_live_" in first, text
    assert "TEMP B-TREE" not in text, text


def test_search_uses_one_index_range_per_column(opened):
    text = plan(case_queries.case_ids_query(auth.default_actor(), search="dup"))
    for index in ("case_number", "case_owner_name_nocase", "case_prescriber_name_nocase",
                  "case_internal_ref_nocase", "case_city_nocase"):
        assert f"USING COVERING INDEX {index} (" in text, text
    # The words inside documents: the full-text index, then the documents' (id, case) index.
    assert "USING COVERING INDEX document_id_case_id (id=?)" in text, text
    scans = [line for line in text.splitlines() if line.startswith("SCAN")]
    assert all(line.startswith(("SCAN hidden USING COVERING INDEX", "SCAN document_search VIRTUAL TABLE"))
               for line in scans), text


def test_sorting_by_owner_is_case_insensitive(opened):
    ids = case_queries.case_ids(auth.default_actor(), order_by="owner", descending=False)
    owners = [case_queries.case_rows(ids)[i].owner for i in ids]
    assert owners == sorted(owners, key=str.casefold)


def test_a_technician_sees_only_their_cases_and_nothing_else(opened, office):
    tech = auth.actor_for_login("tech")
    ids = case_queries.case_ids(tech)
    assert numbers(ids) == ["D25-000002", "D25-000001"]
    hidden = Case.get(Case.number == office.documents_case).id
    with pytest.raises(NotFound):
        case_details.case_detail(tech, hidden)
    with pytest.raises(NotFound):
        document_list.documents_of_case(tech, hidden)
    with pytest.raises(NotFound):
        case_details.document_detail(tech, office.documents["note.txt"])


def test_case_rows_and_details_carry_what_the_panes_show(opened, office):
    admin = auth.default_actor()
    case = Case.get(Case.number == office.billing_case)
    row = case_queries.case_rows([case.id])[case.id]
    assert (row.installments_paid, row.installments_total, row.currency) == (1, 3, "EUR")
    assert row.status_name == "A prospecter" and row.status_colour.startswith("#")
    detail = case_details.case_detail(admin, case.id)
    assert detail.office == "Diag Expertise Atlantique" and detail.work_area == "Diagnostics immobiliers"
    assert [entry.code for entry in detail.index_values][:2] == ["mission", "surface"]
    documents = document_list.documents_of_case(admin, Case.get(Case.number == office.documents_case).id)
    assert documents[0].title == "rapport_dpe" and documents[0].is_report
    note = case_details.document_detail(admin, office.documents["note.txt"])
    assert note.mime == "text/plain" and "agence" in note.text
    assert work_areas.office_name() == "Diag Expertise Atlantique"


def test_case_rows_of_any_block_size_are_the_query_s_rows(opened):
    """A block's statement is written once per size (ids repeated up to a power of two): every size
    gives exactly the rows peewee's own query gives, converted the same way."""
    ids = list(case_queries.case_ids(auth.default_actor(), include_archived=True))
    for size in (1, 2, 3, 5, len(ids)):
        block = ids[:size]
        rows = case_queries.case_rows(block)
        direct = {}
        for values in case_queries.rows_query(block).tuples():
            values = [*values[:8], values[8] or "", values[9] or "", *values[10:]]
            direct[values[0]] = case_queries.CaseRow(*values)
        assert rows == direct and sorted(rows) == sorted(block)
    assert case_queries.case_rows([]) == {}
