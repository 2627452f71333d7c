"""The case list's first page of a search (queries.first_case_ids): exactly the beginning of the whole
list, also when it is read a window at a time because the words are common; and the FTS5 prefix
indexes (migration m0018) that let a prefix stream instead of being merged."""

from __future__ import annotations

import pytest

from desktop_app.models import Case, Contact, Document, Role, User, WorkArea, db
from desktop_app.models.states import RoleCode
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter
from desktop_app.services.cases import case_editing
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import, search
from desktop_app.storage.database import write_transaction
from desktop_app.storage.migrations import m0018_search_prefixes
from tests.unit.helpers import plan_lines, text_file

WORD = "xylophages"


@pytest.fixture
def area(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


@pytest.fixture
def office(admin, area, offices, tmp_path):
    """30 cases; the word is in documents of about half of them, in the owner's name of one, in a
    trashed document of another; an advisor sees only the cases assigned to him."""
    folder = tmp_path / "files"
    folder.mkdir()
    with write_transaction():
        advisor = User.create(login="ana", full_name="Ana", initials="AN",
                              role=Role.get(Role.code == RoleCode.SALES_ADVISOR))
    made = []
    for number in range(30):
        with write_transaction():
            owner = Contact.create(first_name="Jean", last_name=f"{WORD.title()}ier" if number == 7 else "Dupont")
        case, _ = case_editing.create_case(admin, area.id, owner=owner.id, city="Nantes" if number % 3 else "Brest",
                                    assigned_user=advisor.id if number % 4 == 0 else None)
        made.append(case.id)
        if number % 2 == 0 or number == 11:
            document_import.add_document(offices, admin, case.id,
                                   text_file(folder / f"{number}.txt", f"Charpente: {WORD} vivants, n{number}"))
        document_import.add_document(offices, admin, case.id, text_file(folder / f"other{number}.txt", f"rien {number}"))
    trashed, _ = document_import.add_document(offices, admin, made[13], text_file(folder / "t.txt", f"{WORD} morts"))
    document_editing.trash_document(admin, trashed.id)
    return Actor.from_user(advisor)


FILTERS = [CaseFilter(search=WORD), CaseFilter(search=WORD[:6]), CaseFilter(search=f"charpente {WORD[:5]}"),
           CaseFilter(search="rien"), CaseFilter(search=WORD, mine=True), CaseFilter(search=WORD, min_documents=2)]


@pytest.mark.parametrize("windowed", [False, True])
@pytest.mark.parametrize("order_by,descending", [("created", True), ("created", False), ("owner", False),
                                                 ("number", True)])
def test_the_first_page_is_the_beginning_of_the_whole_list(admin, office, monkeypatch, windowed, order_by,
                                                           descending):
    if windowed:  # as if the words were in more documents than FEW_MATCHES: windows of 4, 8 and 16 cases
        monkeypatch.setattr(case_queries, "FEW_MATCHES", 0)
        monkeypatch.setattr(case_queries, "WINDOWS", (4, 8, 16))
    for actor in (admin, office):
        for case_filter in FILTERS:
            whole = list(case_queries.case_ids(actor, case_filter, order_by, descending))
            for limit in (1, 3, 5, 50):
                first, complete = case_queries.first_case_ids(actor, case_filter, order_by, descending, limit)
                if windowed and not complete and len(first) < limit:
                    assert first == whole[:len(first)]  # the windows ran out: still the list's beginning
                else:
                    assert first == whole[:limit], (actor.login, case_filter, limit)
                assert complete == (len(whole) <= limit) or (windowed and not complete)
    assert len(case_queries.case_ids(admin, CaseFilter(search=WORD))) == 17  # 15 + n11 + the owner


def test_the_windows_find_a_name_match_and_skip_a_trashed_document(admin, office, monkeypatch):
    monkeypatch.setattr(case_queries, "FEW_MATCHES", 0)
    monkeypatch.setattr(case_queries, "WINDOWS", (100,))
    first, complete = case_queries.first_case_ids(admin, CaseFilter(search=WORD))
    numbered = {Case.get_by_id(case_id).owner_name for case_id in first}
    assert complete and len(first) == 17 and any(WORD.title() in name for name in numbered)
    thirteenth = list(case_queries.case_ids(admin, CaseFilter(search="morts")))
    assert thirteenth == [] and case_queries.first_case_ids(admin, CaseFilter(search="morts")) == ([], True)


def test_the_early_page_comes_only_when_the_words_are_common(admin, office, monkeypatch):
    """The list asks for a first page only when the word is in many documents: otherwise the whole
    list comes as soon, and the page's LIMIT query would only compete with it."""
    assert case_queries.early_case_ids(admin, CaseFilter(search=WORD)) is None  # 16 documents: few
    assert case_queries.early_case_ids(admin, CaseFilter()) is None  # no search at all
    monkeypatch.setattr(case_queries, "FEW_MATCHES", 10)
    first, complete = case_queries.early_case_ids(admin, CaseFilter(search=WORD))
    assert first == list(case_queries.case_ids(admin, CaseFilter(search=WORD))) and complete
    assert case_queries.early_case_ids(admin, CaseFilter(search="rien")) is not None  # 30 documents


def test_matches_at_most_counts_live_documents_up_to_the_limit(admin, office):
    assert search.matches_at_most(WORD, 100) == 16  # 15 + n11; not the trashed one
    assert search.matches_at_most(WORD[:5], 4) == 4
    assert search.matches_at_most("", 10) is None


def test_the_window_query_reads_only_the_windows_documents(admin, office):
    window = case_queries.case_ids_query(admin, CaseFilter()).limit(8)
    lines = plan_lines(search.cases_matching_within(WORD, window))
    assert any("USING COVERING INDEX document_case_id_added_at (case_id=?)" in line for line in lines), lines
    assert any(line.startswith("SCAN document_search VIRTUAL TABLE INDEX 0:M") and "><" in line
               for line in lines), lines  # the index read over a rowid range
    for line in lines:
        if line.startswith("SCAN "):
            assert "INDEX" in line, lines


def test_the_index_has_the_prefix_lengths_the_search_uses():
    sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'document_search'").fetchone()[0]
    assert f"prefix='{m0018_search_prefixes.PREFIXES}'" in sql
    lengths = [int(n) for n in m0018_search_prefixes.PREFIXES.split()]
    assert lengths[0] == search.MIN_PREFIX and lengths == list(range(lengths[0], lengths[-1] + 1))


def test_the_migration_keeps_what_was_indexed(admin, office, workspace):
    before = list(case_queries.case_ids(admin, CaseFilter(search=WORD[:6])))
    with write_transaction():
        m0018_search_prefixes.upgrade(workspace.database)  # again, over an indexed office
    assert list(case_queries.case_ids(admin, CaseFilter(search=WORD[:6]))) == before
    workspace.database.execute_sql("INSERT INTO document_search (document_search) VALUES ('integrity-check')")
    assert Document.select().count() > 0
