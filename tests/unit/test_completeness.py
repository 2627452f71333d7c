"""Completeness per phase: the stored "k of n" follows every change, check finds and repairs drift,
the "Missing documents" filter reads its partial index, the tooltip lists what is missing."""

from __future__ import annotations

import pytest

from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import Case, DocumentType, IndexField, Role, Status, User, WorkArea, Workflow, db
from desktop_app.models.states import RoleCode
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases import completeness, index_values
from desktop_app.services.cases.case_editing import create_case
from desktop_app.services.cases.status_moves import change_status
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import
from desktop_app.services.office import check
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.settings import catalog_config, workflow_config
from desktop_app.storage.database import write_transaction
from desktop_app.storage.migrations import m0011_completeness
from tests.unit.helpers import make_pdf as pdf


def counts(case_id: int) -> tuple[int, int]:
    """(present, total) as stored on the case row."""
    case = Case.get_by_id(case_id)
    return case.required_present, case.required_total


@pytest.fixture
def diag(offices, admin, tmp_path):
    """The diagnostics area: "Finalisé" (closed-done) requires a report and an invoice."""
    area = WorkArea.get(WorkArea.code == "DIAG")
    types = {t.code: t for t in DocumentType.select().where(DocumentType.work_area == area.id)}
    fields = {f.code: f for f in IndexField.select().where(IndexField.work_area == area.id)}
    statuses = {s.code: s for s in Status.select().join(Workflow).where(Workflow.work_area == area.id)}
    first, _ = create_case(admin, area.id, internal_ref="Dupont")
    second, _ = create_case(admin, area.id, internal_ref="Martin")
    return dict(ws=offices, admin=admin, area=area, types=types, fields=fields, statuses=statuses,
                first=first, second=second, tmp=tmp_path)


def add(d, name: str, type_code: str | None = None) -> int:
    type_id = d["types"][type_code].id if type_code else None
    document, _ = document_import.add_document(d["ws"], d["admin"], d["first"].id, pdf(d["tmp"] / name, name),
                                         document_type_id=type_id)
    return document.id


def save_index(d, case_id: int, **values) -> None:
    version = Case.get_by_id(case_id).version
    index_values.save_case_index(d["admin"], case_id, version, {"sale_or_rent": "Vente", "mission": "DPE", **values})


@pytest.mark.both_engines
def test_counts_follow_documents_index_status_and_settings(diag):
    d = diag
    first = d["first"].id
    assert counts(first) == (0, 2)  # a new case: the report and the invoice of "Finalisé" lie ahead
    assert completeness.missing_for_case(d["admin"], first) == ["Rapport", "Facture"]
    report = add(d, "rapport.pdf", "report")
    assert counts(first) == (1, 2)
    photo = add(d, "photo.pdf", "photo")
    assert counts(first) == (1, 2)  # not a required type
    document_editing.set_document_type(d["admin"], photo, d["types"]["invoice"].id)
    assert counts(first) == (2, 2)
    assert completeness.missing_for_case(d["admin"], first) == []
    document_editing.trash_document(d["admin"], report)
    assert counts(first) == (1, 2)
    assert completeness.missing_for_case(d["admin"], first) == ["Rapport"]
    # A settings change to the requirements recomputes every case of the work area.
    finalised = d["statuses"]["finalised"]
    workflow_config.set_required_fields(d["admin"], finalised.id, [d["fields"]["surface"].id])
    assert counts(first) == (1, 3) and counts(d["second"].id) == (0, 3)
    save_index(d, first, surface="84.5")
    assert counts(first) == (2, 3)
    assert completeness.missing_for_case(d["admin"], first) == ["Rapport"]
    save_index(d, first, surface="")  # cleared: missing again
    assert counts(first) == (1, 3)
    assert completeness.missing_for_case(d["admin"], first) == ["Rapport", "Surface (m²)"]
    # A refused move changes nothing; an accepted one looks at the statuses ahead of the new one.
    with pytest.raises(UserError, match="Rapport"):
        change_status(d["admin"], first, "finalised")
    assert counts(first) == (1, 3)
    add(d, "rapport2.pdf", "report")
    save_index(d, first, surface="120")
    assert counts(first) == (3, 3)
    change_status(d["admin"], first, "finalised")
    assert counts(first) == (0, 0)  # closed: nothing lies ahead
    # Requirements removed from the settings: nothing ahead any more for the other case.
    workflow_config.set_required_documents(d["admin"], finalised.id, [])
    workflow_config.set_required_fields(d["admin"], finalised.id, [])
    assert counts(d["second"].id) == (0, 0)
    assert completeness.drift() == []


@pytest.mark.both_engines
def test_the_workflow_order_decides_what_lies_ahead(diag):
    d = diag
    order = [s.id for s in sorted(d["statuses"].values(), key=lambda s: s.position)]
    finalised = d["statuses"]["finalised"].id
    assert counts(d["first"].id) == (0, 2)
    # "Finalisé" moved to the front: the statuses after "A prospecter" no longer reach a closing one
    # with requirements, so nothing is required any more.
    workflow_config.reorder_statuses(d["admin"], d["area"].id, [finalised] + [i for i in order if i != finalised])
    assert counts(d["first"].id) == (0, 0)
    workflow_config.reorder_statuses(d["admin"], d["area"].id, order)
    assert counts(d["first"].id) == (0, 2)
    # Removing the required document type takes its requirement with it.
    energy = d["types"]["energy_bill"].id
    workflow_config.set_required_documents(d["admin"], finalised, [d["types"]["report"].id, d["types"]["invoice"].id, energy])
    assert counts(d["first"].id) == (0, 3)
    catalog_config.remove_document_type(d["admin"], energy)
    assert counts(d["first"].id) == (0, 2)
    assert completeness.drift() == []


@pytest.mark.both_engines
def test_the_definition_skips_cancelled_and_stops_at_the_closing_status(diag):
    d = diag
    s = d["statuses"]
    # A requirement on "Annulé" (after "Finalisé") never counts; one on "Analyse" (ahead) does.
    workflow_config.set_required_documents(d["admin"], s["cancelled"].id, [d["types"]["plan"].id])
    workflow_config.set_required_documents(d["admin"], s["analysis"].id, [d["types"]["photo"].id])
    requirements = completeness.requirements_by_status()
    types = d["types"]
    assert requirements[s["to_prospect"].id].documents == {types["report"].id, types["invoice"].id,
                                                           types["photo"].id}
    assert requirements[s["incomplete"].id].documents == {types["report"].id, types["invoice"].id}
    assert requirements[s["finalised"].id].total == 0 and requirements[s["cancelled"].id].total == 0


@pytest.mark.both_engines
def test_check_finds_and_repairs_a_tampered_count(diag):
    d = diag
    first = d["first"].id
    add(d, "rapport.pdf", "report")
    assert counts(first) == (1, 2)
    with write_transaction():
        Case.update(required_present=0, required_total=5).where(Case.id == first).execute()
    assert completeness.drift() == [(first, "required_total", 5, 2), (first, "required_present", 0, 1)]
    report = check.run_check(d["ws"], d["admin"])
    text = "\n".join(report.lines())
    assert not report.ok
    assert f"case {d['first'].number}: stored completeness 0 of 5 differs from the source rows (1 of 2)" in text
    assert counts(first) == (0, 5)  # a check alone changes nothing
    repaired = check.run_check(d["ws"], d["admin"], repair=True)
    assert repaired.ok and any(p.kind == "completeness" and p.fixed for p in repaired.problems)
    assert counts(first) == (1, 2)
    assert check.run_check(d["ws"], d["admin"]).ok


@pytest.mark.both_engines
def test_missing_documents_filter_lists_live_incomplete_cases(diag):
    d = diag
    first, second = d["first"].id, d["second"].id
    add(d, "rapport.pdf", "report")
    add(d, "facture.pdf", "invoice")
    assert counts(first) == (2, 2)
    missing = CaseFilter(missing_documents=True)
    assert missing.active_count == 1
    assert CaseFilter.from_dict(missing.to_dict()) == missing
    ids = case_queries.case_ids(d["admin"], missing)
    assert second in ids and first not in ids
    assert set(ids) == {c.id for c in Case.select().where(Case.required_present < Case.required_total)}
    assert list(case_queries.case_ids(d["admin"], missing.with_(work_area_id=d["area"].id))) == [second]
    with write_transaction():
        Case.update(archived=True).where(Case.id == second).execute()
    assert second not in list(case_queries.case_ids(d["admin"], missing))
    assert list(case_queries.case_ids(d["admin"], missing.with_(view=ViewMode.ARCHIVED))) == [second]


def plan(query) -> list[str]:
    sql, params = query.sql()
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


@pytest.mark.sqlite_only
def test_the_missing_documents_filter_reads_its_partial_index(offices, admin):
    missing = CaseFilter(missing_documents=True)
    lines = plan(case_queries.case_ids_query(admin, missing))
    assert "USING INDEX case_incomplete (archived=? AND trashed=?)" in lines[0], lines
    assert not any("TEMP B-TREE" in line for line in lines), lines  # created order straight from the index
    area = plan(case_queries.case_ids_query(admin, missing.with_(work_area_id=1)))
    assert any("case_incomplete" in line for line in area), area
    with write_transaction():
        tech = Actor.from_user(User.create(login="tech", full_name="Marie Lefèvre", initials="ML",
                                           role=Role.get(Role.code == RoleCode.TECHNICIAN)))
    for actor in (admin, tech):
        for key in sorted(case_queries.SORT_KEYS):
            for descending in (False, True):
                for line in plan(case_queries.case_ids_query(actor, missing, order_by=key, descending=descending)):
                    if line.startswith("SCAN "):
                        assert "INDEX" in line, line


@pytest.mark.both_engines
def test_missing_for_case_needs_sight_of_the_case(diag):
    d = diag
    with write_transaction():
        tech = Actor.from_user(User.create(login="tech", full_name="Marie Lefèvre", initials="ML",
                                           role=Role.get(Role.code == RoleCode.TECHNICIAN)))
    with pytest.raises(PermissionDenied):
        completeness.missing_for_case(tech, d["first"].id)


@pytest.mark.both_engines
def test_the_migration_adds_the_columns_and_the_workspace_counts_existing_cases(diag):
    d = diag
    database = db.obj
    add(d, "rapport.pdf", "report")
    # Back to a database of schema 10: no counts, no index.
    database.execute_sql('DROP INDEX "case_incomplete"')
    database.execute_sql('ALTER TABLE "case" DROP COLUMN "required_total"')
    database.execute_sql('ALTER TABLE "case" DROP COLUMN "required_present"')
    database.execute_sql(f"DELETE FROM casedesk_schema WHERE version >= {database.param}",
                         (m0011_completeness.VERSION,))
    close_workspace(d["ws"])
    reopened = open_workspace(d["ws"].data_dir, d["ws"].database_url)
    try:
        assert counts(d["first"].id) == (1, 2) and counts(d["second"].id) == (0, 2)
        assert "case_incomplete" in {index.name for index in db.obj.get_indexes("case")}
        with db.atomic():
            m0011_completeness.upgrade(db.obj)  # again: nothing to add
        assert completeness.drift() == []
    finally:
        close_workspace(reopened)


def test_the_demo_stores_counts_that_match_the_source_rows(workspace):
    from desktop_app.demo.generate import generate_demo

    generate_demo(workspace, cases=300, seed=5, documents=0)
    assert completeness.drift() == []
    incomplete = Case.select().where(Case.required_present < Case.required_total).count()
    assert 0 < incomplete < 300


@pytest.mark.sqlite_only
def test_the_documents_present_are_read_through_the_case_index(offices):
    """Not through the document type's index, which holds most documents of a big office."""
    sql, params = completeness.documents_present_query(list(range(1, 501)), [1, 2, 3]).sql()
    plan = " | ".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
    assert "document_case_id" in plan and "document_document_type_id" not in plan, plan
