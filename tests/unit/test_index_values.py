"""Saving index values: every kind validated, lookups and required flags enforced, canonical
storage, the optimistic lock, the audit trail and the rights — checked in the database."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_app.errors import PermissionDenied, StaleEdit, ValidationError
from desktop_app.models import (
    AuditEvent,
    Case,
    Document,
    DocumentIndexValue,
    DocumentType,
    IndexField,
    IndexValue,
    Role,
    User,
    WorkArea,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import case_details, case_editing, index_values
from desktop_app.services.context import Actor
from desktop_app.services.permissions import can_edit_case
from desktop_app.storage.database import write_transaction

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def diag(offices):
    return WorkArea.get(WorkArea.code == "DIAG")


@pytest.fixture
def case(admin, diag):
    with write_transaction():
        IndexField.create(work_area=diag, code="fee", label="Honoraires", kind="money", position=20)
    created, _ = case_editing.create_case(admin, diag.id, city="Nantes")
    return created


def stored(case_id) -> dict[str, str]:
    return {code: value for code, value in
            IndexValue.select(IndexField.code, IndexValue.value).join(IndexField)
            .where(IndexValue.case == case_id).tuples()}


def version(case_id) -> int:
    return Case.get_by_id(case_id).version


REQUIRED = {"mission": "DPE", "sale_or_rent": "Vente"}


def save(actor, case, values, **kwargs):
    return index_values.save_case_index(actor, case.id, version(case.id), values, **kwargs)


def test_each_kind_is_stored_as_canonical_text(admin, case):
    save(admin, case, {**REQUIRED, "surface": Decimal("84.50"), "construction_year": "1975",
                       "lab_sent": dt.date(2026, 3, 7), "keys_at_agency": True, "fee": Decimal("1234.5")})
    assert stored(case.id) == {"mission": "DPE", "sale_or_rent": "Vente", "surface": "84.5",
                               "construction_year": "1975", "lab_sent": "2026-03-07",
                               "keys_at_agency": "1", "fee": "1234.50"}
    save(admin, case, {"keys_at_agency": False, "surface": None, "lab_sent": "2026-04-01"})
    values = stored(case.id)
    assert values["keys_at_agency"] == "0" and values["lab_sent"] == "2026-04-01"
    assert "surface" not in values  # emptied: the row is gone


@pytest.mark.parametrize(("code", "value", "reason"), [
    ("surface", "12,5,3", "is not a number"),
    ("surface", 84.5, "is not a number"),  # float refused
    ("surface", Decimal("1e20"), "too large"),
    ("fee", "-3", "cannot be negative"),
    ("fee", Decimal("1.234"), "two decimals"),
    ("fee", "abc", "is not an amount"),
    ("lab_sent", "07/03/2026", "is not a date"),
    ("lab_sent", "2026-02-30", "is not a date"),
    ("keys_at_agency", "maybe", "yes or no"),
    ("mission", "Radon", "not one of the list"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_is_written(admin, case, code, value, reason):
    before = version(case.id)
    with pytest.raises(ValidationError) as caught:
        save(admin, case, {**REQUIRED, code: value})
    assert set(caught.value.fields) == {code}
    label = IndexField.get(IndexField.code == code).label
    message = caught.value.messages[code]
    assert message.startswith(label) and reason in message, message
    assert label in caught.value.message
    assert stored(case.id) == {} and version(case.id) == before


def test_required_fields_must_be_set_and_every_problem_is_listed(admin, case):
    with pytest.raises(ValidationError) as caught:
        save(admin, case, {"surface": "x", "sale_or_rent": ""})
    assert caught.value.messages == {
        "surface": "Surface (m²): x is not a number.",
        "mission": "Missions is required.",
        "sale_or_rent": "Vente / location is required.",
    }
    save(admin, case, REQUIRED)
    with pytest.raises(ValidationError) as caught:  # clearing a required field later
        save(admin, case, {"mission": None})
    assert list(caught.value.fields) == ["mission"]
    assert stored(case.id)["mission"] == "DPE"


def test_an_unknown_code_is_refused(admin, case):
    with pytest.raises(ValidationError) as caught:
        save(admin, case, {**REQUIRED, "colour": "blue"})
    assert list(caught.value.fields) == ["colour"]


def test_case_fields_are_saved_with_the_index_in_one_version_and_audited(admin, case):
    moment = dt.datetime(2026, 5, 4, 14, 30, tzinfo=dt.UTC)
    before = version(case.id)
    changes = save(admin, case, REQUIRED, case_fields={
        "internal_ref": " REF-9 ", "city": "Brest", "amount": Decimal("1234.50"), "appointment_at": moment})
    assert changes.case_ids == {case.id}
    row = Case.get_by_id(case.id)
    assert (row.internal_ref, row.city, row.amount, row.appointment_at) == ("REF-9", "Brest",
                                                                             Decimal("1234.50"), moment)
    assert row.version == before + 1
    event = AuditEvent.select().where((AuditEvent.case == case.id) & (AuditEvent.action == "case.index")).get()
    assert json.loads(event.details)["values"] == {"mission": ["", "DPE"], "sale_or_rent": ["", "Vente"]}
    assert event.user_id == admin.user_id


def test_bad_case_fields_are_listed_with_the_index_problems(admin, case):
    with pytest.raises(ValidationError) as caught:
        save(admin, case, {"surface": "x"}, case_fields={
            "postal_code": "1" * 40, "amount": "12,50", "appointment_at": dt.datetime(2026, 1, 1)})
    assert set(caught.value.fields) == {"surface", "postal_code", "amount", "appointment_at", "mission",
                                        "sale_or_rent"}
    assert caught.value.messages["amount"] == "Amount: 12,50 is not an amount."
    assert Case.get_by_id(case.id).postal_code == ""


def test_a_stale_version_is_refused_and_nothing_is_written(admin, case, diag):
    seen = version(case.id)
    other = make_user("claire", RoleCode.ADMINISTRATIVE)
    index_values.save_case_index(other, case.id, seen, REQUIRED, case_fields={"city": "Rennes"})
    with pytest.raises(StaleEdit) as caught:
        index_values.save_case_index(admin, case.id, seen, {**REQUIRED, "surface": "99"},
                                     case_fields={"city": "Vannes"})
    assert "Claire" in caught.value.message
    assert Case.get_by_id(case.id).city == "Rennes" and version(case.id) == seen + 1
    assert "surface" not in stored(case.id)
    assert AuditEvent.select().where(AuditEvent.action == "case.index").count() == 1
    detail = case_details.case_detail(admin, case.id)
    assert detail.version == seen + 1 and detail.updated_by == "Claire"


def test_the_conflict_names_who_changed_the_case_not_who_touched_its_documents(admin, case, tmp_path):
    from desktop_app.services.context import Workspace
    from desktop_app.services.documents import document_copies, document_import
    from desktop_app.storage.blobs import BlobStore

    seen = version(case.id)
    index_values.save_case_index(make_user("claire", RoleCode.ADMINISTRATIVE), case.id, seen, REQUIRED,
                                 case_fields={"city": "Rennes"})
    # Later, Bruno adds and exports a document: that changes neither the case's fields nor its version.
    bruno = make_user("bruno", RoleCode.ADMINISTRATIVE)
    path = tmp_path / "note.txt"
    path.write_text("Note", encoding="utf-8")
    workspace = Workspace(tmp_path, None, "", BlobStore(tmp_path / "blobs"))
    document, _ = document_import.add_document(workspace, bruno, case.id, path)
    document_copies.export_copy(workspace, bruno, document.id, tmp_path / "copy.txt")
    with pytest.raises(StaleEdit) as caught:
        index_values.save_case_index(admin, case.id, seen, REQUIRED, case_fields={"city": "Vannes"})
    assert "Claire" in caught.value.message and "Bruno" not in caught.value.message
    assert case_details.case_detail(admin, case.id).updated_by == "Claire"


def make_user(login, role, team=None) -> Actor:
    user = User.create(login=login, full_name=login.title(), initials=login[:2].upper(),
                       role=Role.get(Role.code == role), team=team)
    return Actor.from_user(user)


def test_a_user_without_write_access_is_refused(admin, case):
    tech = make_user("tech", RoleCode.TECHNICIAN)
    assert not can_edit_case(tech, case.id) and can_edit_case(admin, case.id)
    with pytest.raises(PermissionDenied):
        save(tech, case, REQUIRED)
    assert stored(case.id) == {}


def test_amounts_need_billing_rights(admin, case):
    advisor = make_user("ana", RoleCode.SALES_ADVISOR)
    case_editing.update_case(admin, case.id, version(case.id), assigned_user=advisor.user_id)
    assert can_edit_case(advisor, case.id)
    assert "amount" not in index_values.editable_case_fields(advisor)
    with pytest.raises(PermissionDenied):
        save(advisor, case, REQUIRED, case_fields={"amount": Decimal(5)})
    save(advisor, case, REQUIRED, case_fields={"subject": "DPE vente"})
    assert Case.get_by_id(case.id).subject == "DPE vente"


def test_document_index_values(admin, case, diag, tmp_path):
    from desktop_app.services.context import Workspace
    from desktop_app.services.documents import document_import
    from desktop_app.storage.blobs import BlobStore

    report = DocumentType.get((DocumentType.work_area == diag.id) & (DocumentType.code == "report"))
    with write_transaction():
        IndexField.create(work_area=diag, document_type=report, code="pages_signed", label="Signé le",
                          kind="date", required=True)
        IndexField.create(work_area=diag, document_type=report, code="grade", label="Classe", kind="text")
    path = tmp_path / "rapport.txt"
    path.write_text("Rapport", encoding="utf-8")
    workspace = Workspace(tmp_path, None, "", BlobStore(tmp_path / "blobs"))
    document, _ = document_import.add_document(workspace, admin, case.id, path, document_type_id=report.id)
    with pytest.raises(ValidationError) as caught:
        index_values.save_document_index(admin, document.id, {"grade": "B"})
    assert list(caught.value.fields) == ["pages_signed"]
    changes = index_values.save_document_index(admin, document.id, {"grade": "B", "pages_signed": "2026-03-09"})
    assert changes.document_ids == {document.id}
    rows = dict(DocumentIndexValue.select(IndexField.code, DocumentIndexValue.value).join(IndexField)
                .where(DocumentIndexValue.document == document.id).tuples())
    assert rows == {"grade": "B", "pages_signed": "2026-03-09"}
    assert AuditEvent.select().where(AuditEvent.action == "document.index").count() == 1
    detail = case_details.document_detail(admin, document.id)
    assert [(e.code, e.value) for e in detail.index_values] == [("pages_signed", "2026-03-09"), ("grade", "B")]
    tech = make_user("tech", RoleCode.TECHNICIAN)
    with pytest.raises(PermissionDenied):
        index_values.save_document_index(tech, document.id, {"grade": "C"})
    assert Document.get_by_id(document.id).id == document.id
    assert DocumentIndexValue.get(DocumentIndexValue.value == "B")
