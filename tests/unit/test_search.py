"""Full-text search: cases found by the words inside their documents (services/documents/search.py, m0012).

Real files (text, PDF, Word) are imported through the documents service, so the text the
search reads is the one the extraction found; the index is the real FTS5 table on SQLite and
the generated tsvector column with its GIN index on PostgreSQL (every test runs on both).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from desktop_app.errors import NotFound
from desktop_app.models import (
    AuditEvent,
    Blob,
    Case,
    Contact,
    Document,
    PendingExtraction,
    Role,
    User,
    WorkArea,
    db,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases import case_editing, case_lifecycle
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import, search
from desktop_app.storage.database import write_transaction
from desktop_app.storage.migrations import m0012_document_search, m0019_postgres_search_words
from tests.unit.helpers import plan_lines, text_file

pytestmark = pytest.mark.both_engines


def pdf_file(path: Path, *lines: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def docx_file(path: Path, *lines: str) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    raw = io.BytesIO()
    document.save(raw)
    path.write_bytes(raw.getvalue())
    return path


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture
def area(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


def new_case(actor: Actor, area: WorkArea, last_name: str = "Dupont", **fields) -> Case:
    with write_transaction():
        owner = Contact.create(first_name="Jean", last_name=last_name)
    case, _changes = case_editing.create_case(actor, area.id, owner=owner.id, **fields)
    return case


def found(actor: Actor, text: str, **filters) -> list[int]:
    return list(case_queries.case_ids(actor, CaseFilter(search=text, **filters)))


def test_words_fold_case_and_accents_and_split_on_punctuation():
    assert search.words("  L'Énergie, DIAGNOSTIC-gaz ") == ["l", "energie", "diagnostic", "gaz"]
    assert search.match_expression("énergie chaudi") == '"energie" "chaudi"*'
    assert search.match_expression("chaudière ") == '"chaudiere"'  # a space after it: the word is whole
    assert search.match_expression("d") == '"d"'  # short words are matched whole: not a prefix of half the index
    assert search.match_expression("mar") == '"mar"' and search.match_expression("mart") == '"mart"*'
    assert search.match_expression(' "*) ') is None
    assert search.ts_query("Énergie chaud") == "energie & chaud:*"


def test_a_word_inside_a_document_finds_its_case_in_any_case_and_accent(admin, area, files, workspace):
    boiler = new_case(admin, area)
    other = new_case(admin, area, "Martin")
    document_import.add_document(workspace, admin, boiler.id,
                           pdf_file(files / "rapport.pdf", "Diagnostic de performance energetique",
                                    "Chaudiere a condensation hors service"))
    document_import.add_document(workspace, admin, other.id, text_file(files / "note.txt", "Rappeler le client."))
    assert found(admin, "diagnostic") == [boiler.id]
    assert found(admin, "DIAGNOSTIC") == [boiler.id]
    assert found(admin, "énergétique") == [boiler.id]  # accents typed, none in the text
    assert found(admin, "chaudière") == [boiler.id]
    assert found(admin, "rappeler") == [other.id]
    assert found(admin, "zinguerie") == []


def test_words_are_split_on_punctuation_as_the_search_box_splits_them(admin, area, files, workspace):
    """E-mail addresses, file names, URLs, decimals and case numbers are words apart, on both engines
    (PostgreSQL's parser alone keeps "jean.dupont@orange.fr" or "d25-000002" whole)."""
    case = new_case(admin, area)
    text = ("Contact : jean.dupont@orange.fr, voir rapport_final.pdf sur https://extranet.example.fr/dossier "
            "(surface 12.5 m², réf. D25-000042) — L'ÉTAT « CONFORME »")
    document_import.add_document(workspace, admin, case.id, text_file(files / "mail.txt", text))
    for term in ("dupont", "orange", "jean dupont", "rapport final", "final", "extranet", "dossier", "12",
                 "000042", "d25 000042", "etat", "conforme", "CONFORME ", "réf"):
        assert found(admin, term) == [case.id], term
    for word in search.words(text):
        assert found(admin, word + " ") == [case.id], word
    assert found(admin, "dupontx") == []


def test_accented_text_is_found_without_accents(admin, area, files, workspace):
    case = new_case(admin, area)
    document_import.add_document(workspace, admin, case.id,
                           docx_file(files / "mission.docx", "Audit énergétique et État des lieux"))
    assert found(admin, "energetique") == [case.id]
    assert found(admin, "etat lieux") == [case.id]


def test_every_word_must_be_in_one_document_and_the_last_is_a_prefix(admin, area, files, workspace):
    both = new_case(admin, area)
    split = new_case(admin, area, "Martin")
    document_import.add_document(workspace, admin, both.id, text_file(files / "a.txt", "amiante détectée en toiture"))
    document_import.add_document(workspace, admin, split.id, text_file(files / "b.txt", "amiante absente"))
    document_import.add_document(workspace, admin, split.id, text_file(files / "c.txt", "toiture refaite"))
    assert found(admin, "amiante toiture") == [both.id]  # split's words are in two documents
    assert found(admin, "toiture amiante") == [both.id]
    assert set(found(admin, "amiante")) == {both.id, split.id}
    assert found(admin, "amiante toit") == [both.id]  # prefix of the last word
    assert found(admin, "amian toiture") == []  # only the last word is a prefix
    assert set(found(admin, "toit")) == {both.id, split.id}
    assert found(admin, "toi") == []  # under four letters a word is matched whole (no 'toi' anywhere)


def test_results_keep_the_list_order_newest_first(admin, area, files, workspace):
    ids = []
    for position in range(3):
        case = new_case(admin, area, f"Owner{position}")
        document_import.add_document(workspace, admin, case.id, text_file(files / f"{position}.txt", f"plomb n{position}"))
        ids.append(case.id)
    assert found(admin, "plomb") == list(reversed(ids))
    assert list(case_queries.case_ids(admin, CaseFilter(search="plomb"), order_by="created", descending=False)) == ids


def test_the_title_counts_and_prefix_search_on_columns_is_kept(admin, area, files, workspace):
    titled = new_case(admin, area, "Martin")
    named = new_case(admin, area, "Termitier")
    document_import.add_document(workspace, admin, titled.id, text_file(files / "x.txt", "rien"), title="Termites cave")
    assert set(found(admin, "termit")) == {titled.id, named.id}  # title OR the owner's name prefix
    assert found(admin, named.number) == [named.id]


def test_a_trashed_document_is_not_found_and_comes_back_when_restored(admin, area, files, workspace):
    case = new_case(admin, area)
    document, _ = document_import.add_document(workspace, admin, case.id, text_file(files / "m.txt", "mérule cave"))
    assert found(admin, "merule") == [case.id]
    document_editing.trash_document(admin, document.id)
    assert found(admin, "merule") == []
    with write_transaction():  # no restore service for documents yet: the trigger is what is tested
        Document.update(trashed=False).where(Document.id == document.id).execute()
    assert found(admin, "merule") == [case.id]


def test_a_renamed_document_and_a_new_version_are_searched_by_their_new_words(admin, area, files, workspace,
                                                                              engine):
    case = new_case(admin, area)
    document, _ = document_import.add_document(workspace, admin, case.id, text_file(files / "v1.txt", "ancien contenu"))
    document_editing.rename_document(admin, document.id, "Facture ramonage")
    assert found(admin, "ramonage") == [case.id]
    document_editing.add_version(workspace, admin, document.id, text_file(files / "v2.txt", "nouveau contenu"))
    assert found(admin, "ancien") == []
    assert found(admin, "nouveau") == [case.id]
    if engine == "sqlite":
        assert db.execute_sql("INSERT INTO document_search (document_search) VALUES ('integrity-check')")


def test_an_advisor_does_not_find_a_colleagues_case_by_a_word_in_its_document(admin, area, files, workspace):
    with write_transaction():
        advisor_role = Role.get(Role.code == RoleCode.SALES_ADVISOR)
        mine = User.create(login="ana", full_name="Ana", initials="AN", role=advisor_role)
        colleague = User.create(login="bob", full_name="Bob", initials="BO", role=advisor_role)
    ana = Actor.from_user(mine)
    own = new_case(admin, area, "Martin", assigned_user=mine.id)
    theirs = new_case(admin, area, "Bernard", assigned_user=colleague.id)
    for case, name in ((own, "own.txt"), (theirs, "theirs.txt")):
        document_import.add_document(workspace, admin, case.id, text_file(files / name, "radon sous-sol"))
    assert set(found(admin, "radon")) == {own.id, theirs.id}
    assert found(ana, "radon") == [own.id]
    assert search.matching_documents(ana, own.id, "radon")
    with pytest.raises(NotFound):
        search.matching_documents(ana, theirs.id, "radon")


def test_archived_cases_are_found_in_the_archived_view_only(admin, area, files, workspace):
    live = new_case(admin, area)
    old = new_case(admin, area, "Martin")
    for case, name in ((live, "l.txt"), (old, "o.txt")):
        document_import.add_document(workspace, admin, case.id, text_file(files / name, "parquet"))
    case_lifecycle.archive_cases(admin, [old.id])
    assert found(admin, "parquet") == [live.id]
    assert found(admin, "parquet", view=ViewMode.ARCHIVED) == [old.id]
    case_lifecycle.trash_cases(admin, [live.id])
    assert found(admin, "parquet") == []


def test_the_search_combines_with_the_other_filters(admin, area, files, workspace):
    first = new_case(admin, area)
    second = new_case(admin, area, "Martin")
    for case, name in ((first, "1.txt"), (second, "2.txt")):
        document_import.add_document(workspace, admin, case.id, text_file(files / name, "gaz"))
    case_editing.update_case(admin, second.id, Case.get_by_id(second.id).version, city="Brest")
    assert found(admin, "gaz", work_area_id=area.id) == [second.id, first.id]
    status = Case.get_by_id(first.id).status_id
    assert set(found(admin, "gaz", statuses=(status,))) == {first.id, second.id}
    assert found(admin, "gaz", max_documents=0) == []


def test_matching_documents_lists_the_matching_ones_newest_first(admin, area, files, workspace):
    case = new_case(admin, area)
    older, _ = document_import.add_document(workspace, admin, case.id, text_file(files / "a.txt", "fissure façade"))
    document_import.add_document(workspace, admin, case.id, text_file(files / "b.txt", "sans rapport"))
    newer, _ = document_import.add_document(workspace, admin, case.id,
                                      pdf_file(files / "c.pdf", "Fissure traversante en facade nord"))
    assert search.matching_documents(admin, case.id, "fissure facade") == [newer.id, older.id]
    assert search.matching_documents(admin, case.id, "traversante") == [newer.id]
    assert search.matching_documents(admin, case.id, "") == []
    document_editing.trash_document(admin, newer.id)
    assert search.matching_documents(admin, case.id, "fissure") == [older.id]


def test_reindex_missing_extracts_the_queued_documents(admin, area, files, workspace):
    case = new_case(admin, area)
    pdf, _ = document_import.add_document(workspace, admin, case.id, pdf_file(files / "r.pdf", "Humidite capillaire"))
    word, _ = document_import.add_document(workspace, admin, case.id, docx_file(files / "w.docx", "Ventilation absente"))
    broken, _ = document_import.add_document(workspace, admin, case.id, text_file(files / "t.txt", "salpetre"))
    with write_transaction():  # as data from before extraction existed: no text, queued by m0012
        Document.update(text="").execute()
        search.queue_extraction([pdf.id, word.id, broken.id])
    # The content is gone: logged, taken off the queue.
    if workspace.blobs.in_database:
        Blob.update(data=None).where(Blob.sha256 == broken.blob_id).execute()
    else:
        workspace.blobs.path_for(broken.blob_id).unlink()
    assert found(admin, "humidite") == found(admin, "ventilation") == []
    assert search.reindex_missing(workspace, batch=2) == 2
    assert search.reindex_missing(workspace, batch=2) == 1
    assert search.reindex_missing(workspace, batch=2) == 0
    assert found(admin, "humidite") == found(admin, "ventilation absente") == [case.id]
    assert Document.get_by_id(broken.id).text == "" and search.pending_count() == 0
    assert AuditEvent.select().where(AuditEvent.action == "document.extract").count() == 2


def test_the_migration_indexes_existing_documents_and_queues_missing_texts(admin, area, files, workspace,
                                                                         monkeypatch, engine):
    case = new_case(admin, area)
    document_import.add_document(workspace, admin, case.id, text_file(files / "a.txt", "termites charpente"))
    trashed, _ = document_import.add_document(workspace, admin, case.id, text_file(files / "b.txt", "termites cave"))
    empty, _ = document_import.add_document(workspace, admin, case.id, pdf_file(files / "e.pdf", "placeholder"))
    document_editing.trash_document(admin, trashed.id)
    database = workspace.database
    with write_transaction():
        Document.update(text="").where(Document.id == empty.id).execute()
    # Back to schema 7: no index, no triggers (SQLite) or no search column (PostgreSQL), no queue.
    if engine == "sqlite":
        for trigger in m0012_document_search.TRIGGERS:
            database.execute_sql(f'DROP TRIGGER "{trigger}"')
        database.execute_sql('DROP TABLE "document_search"')
        database.execute_sql('DROP VIEW "document_search_source"')
        assert "document_search" not in database.get_tables()
    else:
        database.execute_sql('ALTER TABLE "document" DROP COLUMN "search_vector"')  # its index goes with it
    database.execute_sql('DROP TABLE "pending_extraction"')
    monkeypatch.setattr(m0012_document_search, "BACKFILL_CHUNK", 2)  # several chunks, one with a gap

    def upgrade() -> None:
        with write_transaction():
            m0012_document_search.upgrade(database)
            m0019_postgres_search_words.upgrade(database)
        if engine == "sqlite":
            database.execute_sql("INSERT INTO document_search (document_search) VALUES ('integrity-check')")
        else:
            assert "document_search_vector" in {i.name for i in database.get_indexes("document")}

    upgrade()
    assert found(admin, "charpente") == [case.id]
    assert found(admin, "cave") == []  # the trashed document was not indexed
    assert [p.document_id for p in PendingExtraction.select()] == [empty.id]
    upgrade()  # again: nothing indexed twice, nothing queued twice
    assert PendingExtraction.select().count() == 1
    assert found(admin, "charpente") == [case.id]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("case_filter", [CaseFilter(search="chaudiere gaz"), CaseFilter(search="gaz", statuses=(1, 2)),
                                         CaseFilter(search="gaz", view=ViewMode.ARCHIVED, work_area_id=1)])
def test_the_text_search_plan_goes_from_the_index_to_the_cases_by_keys(offices, admin, case_filter):
    """Matching documents (FTS5) → their case ids (the covering (id, case) index) → the cases by
    their integer key: neither the documents nor the cases are read from end to end."""
    for actor in (admin, Actor(None, "ana", RoleCode.SALES_ADVISOR, None, "Ana")):
        lines = plan_lines(case_queries.case_ids_query(actor, case_filter))
        assert any(line.startswith("SCAN document_search VIRTUAL TABLE INDEX 0:M") for line in lines), lines
        assert any("SEARCH t2 USING COVERING INDEX document_id_case_id (id=?)" in line for line in lines), lines
        for line in lines:
            if line.startswith("SCAN "):
                assert "INDEX" in line, lines  # never a bare `SCAN case` / `SCAN document`


@pytest.mark.sqlite_only
def test_matching_documents_probes_the_index_per_document_of_the_case(offices, admin, area):
    case = new_case(admin, area)
    lines = plan_lines(search.matching_documents_query(case.id, "gaz"))
    assert lines[0].startswith("SEARCH t1 USING INDEX document_case_id_added_at (case_id=?)"), lines
    assert any(line.startswith("SCAN document_search VIRTUAL TABLE INDEX 0:=M") for line in lines), lines  # rowid=
