"""The administrator's settings services: statuses, transitions, guards, entry actions, lists.

Real database, the shipped diagnostics office; every refusal leaves the data as it was.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.errors import NotFound, PermissionDenied, UserError
from desktop_app.models import (
    ALL_MODELS,
    AccessGrant,
    AuditEvent,
    CancellationReason,
    Case,
    DocumentType,
    IndexField,
    LookupValue,
    Notification,
    RequiredField,
    Role,
    Status,
    Transition,
    User,
    WorkArea,
    Workflow,
)
from desktop_app.models.states import ReportState, RoleCode, StatusKind
from desktop_app.services.cases import case_editing, case_lifecycle, index_values, status_moves
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_editing, document_import
from desktop_app.services.settings import catalog_config, workflow_config
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


@pytest.fixture
def diag(offices):
    return WorkArea.get(WorkArea.code == "DIAG").id


def status(area: int, code: str) -> Status:
    return Status.select().join(Workflow).where((Workflow.work_area == area) & (Status.code == code)).get()


def new_case(admin, area, **fields) -> Case:
    case, _ = case_editing.create_case(admin, area, **fields)
    return case


def snapshot() -> tuple:
    return tuple(tuple(model.select().order_by(model._meta.primary_key).tuples()) for model in ALL_MODELS
                 if model.__name__ != "Blob")


def user(login: str, role: str, **fields) -> User:
    with write_transaction():
        return User.create(login=login, full_name=f"User {login}", initials=login[:2].upper(),
                           role=Role.get(Role.code == role), **fields)


# -- read model -----------------------------------------------------------------------------------------
def test_workflow_of_reads_everything_with_counts_including_archived_and_trashed(admin, diag):
    _first, second, third = (new_case(admin, diag) for _ in range(3))
    case_lifecycle.archive_cases(admin, [second.id])
    case_lifecycle.trash_cases(admin, [third.id])
    config = workflow_config.workflow_of(admin, diag)
    assert [s.code for s in config.statuses][:3] == ["to_prospect", "to_quote", "pre_order"]
    initial = config.statuses[0]
    assert initial.is_initial and initial.case_count == 3 and initial.kind == StatusKind.OPEN
    assert initial.colour.startswith("#") and initial.help_text
    finalised = next(s for s in config.statuses if s.code == "finalised")
    types = {t.id: t.code for t in config.document_types}
    assert sorted(types[i] for i in finalised.required_document_ids) == ["invoice", "report"]
    assert config.allowed(initial.id, finalised.id) is not None
    assert config.allowed(finalised.id, initial.id) is None
    mission = next(f for f in config.index_fields if f.code == "mission")
    assert [v for _i, v in mission.lookup_values][:2] == ["DPE", "Amiante"] and mission.required
    assert config.cancellation_reasons[0].label == "Trop cher"
    with pytest.raises(NotFound):
        workflow_config.workflow_of(admin, 99_999)


# -- statuses ---------------------------------------------------------------------------------------------
def test_add_status_validates_and_is_born_with_a_way_out(admin, diag):
    before = snapshot()
    for bad, message in ((dict(name="  "), "Status name"), (dict(name="X", colour="red"), "Status colour"),
                         (dict(name="X", kind="maybe"), "Status kind"), (dict(name="planifié"), "already")):
        with pytest.raises(UserError, match=message):
            workflow_config.add_status(admin, diag, **bad)
    assert snapshot() == before
    new_id, changes = workflow_config.add_status(admin, diag, "Contrôle qualité", colour="#AA00FF", help_text=" QA ")
    assert changes.configuration_changed
    row = Status.get_by_id(new_id)
    assert (row.code, row.colour, row.help_text, row.kind) == ("controle_qualite", "#aa00ff", "QA", "open")
    assert row.position == Status.select().where(Status.workflow == row.workflow_id).count() - 1
    exits = {t.to_status.code: t.requires_reason for t in Transition.select().where(Transition.from_status == new_id)}
    assert exits == {"finalised": False, "cancelled": True}
    assert AuditEvent.select().where(AuditEvent.action == "settings.status_add").count() == 1


def test_exactly_one_initial_status_and_it_is_open(admin, diag):
    quote = status(diag, "to_quote")
    workflow_config.update_status(admin, quote.id, is_initial=True)
    assert [s.code for s in Status.select().where((Status.workflow == quote.workflow_id) & Status.is_initial)] \
        == ["to_quote"]
    assert new_case(admin, diag).status_id == quote.id
    with pytest.raises(UserError, match="Initial status"):
        workflow_config.update_status(admin, quote.id, is_initial=False)
    with pytest.raises(UserError, match="must be an open status"):
        workflow_config.update_status(admin, quote.id, kind=StatusKind.ON_HOLD)
    with pytest.raises(UserError, match="must be an open status"):
        workflow_config.update_status(admin, status(diag, "cancelled").id, is_initial=True)
    assert Status.get_by_id(quote.id).is_initial and Status.get_by_id(quote.id).kind == "open"


def test_the_last_open_status_stays_open(admin, offices):
    area = WorkArea.get(WorkArea.code == "ATD").id
    for code in ("assumed", "resolved"):
        workflow_config.update_status(admin, status(area, code).id, kind=StatusKind.ON_HOLD)
    with pytest.raises(UserError, match="open status"):
        workflow_config.update_status(admin, status(area, "open").id, kind=StatusKind.CLOSED_DONE)
    with pytest.raises(UserError, match="new cases start there"):
        workflow_config.remove_status(admin, status(area, "open").id)


def test_update_status_renames_recolours_and_reorders(admin, diag):
    scheduled = status(diag, "scheduled")
    workflow_config.update_status(admin, scheduled.id, name="RDV fixé", colour="#123456", help_text="Aide")
    row = Status.get_by_id(scheduled.id)
    assert (row.name, row.colour, row.help_text) == ("RDV fixé", "#123456", "Aide")
    with pytest.raises(UserError, match="already a status"):
        workflow_config.update_status(admin, scheduled.id, name="annulé")
    ids = [s.id for s in workflow_config.workflow_of(admin, diag).statuses]
    workflow_config.reorder_statuses(admin, diag, list(reversed(ids)))
    assert [s.id for s in workflow_config.workflow_of(admin, diag).statuses] == list(reversed(ids))
    with pytest.raises(UserError, match="exactly once"):
        workflow_config.reorder_statuses(admin, diag, ids[:-1])
    with pytest.raises(UserError, match="exactly once"):
        workflow_config.reorder_statuses(admin, diag, [*ids[:-1], ids[0]])


def test_a_change_never_strands_existing_cases(admin, diag):
    """Remove a status with cases: refused; move its cases; remove: accepted; every case still has a status."""
    target = status(diag, "to_quote")
    made = [new_case(admin, diag) for _ in range(7)]
    for case in made:
        status_moves.change_status(admin, case.id, "to_quote")
    case_lifecycle.archive_cases(admin, [made[0].id])
    case_lifecycle.trash_cases(admin, [made[1].id])
    before = snapshot()
    with pytest.raises(UserError) as refused:
        workflow_config.remove_status(admin, target.id)
    text = refused.value.message
    assert "7 case(s)" in text and made[0].number in text and made[4].number in text and "…" in text
    assert made[6].number not in text  # the first five numbers, then an ellipsis
    assert snapshot() == before
    versions = {c.id: Case.get_by_id(c.id).version for c in made}
    events = AuditEvent.select().count()
    changes = workflow_config.move_cases(admin, target.id, status(diag, "quote_sent").id)
    assert changes.case_ids == {c.id for c in made}
    assert all(Case.get_by_id(c.id).version == versions[c.id] + 1 for c in made)
    per_case = AuditEvent.select().where(AuditEvent.action == "case.status").order_by(AuditEvent.id.desc()).limit(7)
    assert {e.case_id for e in per_case} == {c.id for c in made}
    assert json.loads(per_case[0].details)["repair"] is True
    assert AuditEvent.select().count() == events + 8  # one per case and one for the move
    workflow_config.remove_status(admin, target.id)
    assert Status.get_or_none(Status.id == target.id) is None
    assert not Transition.select().where((Transition.from_status == target.id) | (Transition.to_status == target.id)) \
        .exists()
    orphans = Case.select().where(Case.status.not_in(Status.select(Status.id)))
    assert not orphans.exists() and Case.select().count() == 7


def test_move_cases_keeps_closing_fields_coherent_and_stays_in_its_workflow(admin, diag):
    case = new_case(admin, diag)
    reason = CancellationReason.get(CancellationReason.label == "Doublon")
    status_moves.change_status(admin, case.id, "cancelled", cancellation_reason_id=reason.id)
    cancelled = Case.get_by_id(case.id)
    assert cancelled.closed_at is not None and cancelled.cancellation_reason_id == reason.id
    workflow_config.move_cases(admin, status(diag, "cancelled").id, status(diag, "visited").id)
    reopened = Case.get_by_id(case.id)
    assert (reopened.status.code, reopened.closed_at, reopened.closed_by_id, reopened.cancellation_reason_id) \
        == ("visited", None, None, None)
    workflow_config.move_cases(admin, status(diag, "visited").id, status(diag, "finalised").id)
    done = Case.get_by_id(case.id)
    assert done.status.code == "finalised" and done.closed_by_id == admin.user_id and done.closed_at is not None
    other = Status.select().join(Workflow).join(WorkArea).where(WorkArea.code == "VN").first()
    with pytest.raises(UserError, match="same workflow"):
        workflow_config.move_cases(admin, status(diag, "finalised").id, other.id)
    with pytest.raises(UserError, match="same workflow"):
        workflow_config.move_cases(admin, status(diag, "finalised").id, status(diag, "finalised").id)
    assert workflow_config.move_cases(admin, status(diag, "analysis").id, status(diag, "visited").id).case_ids == set()


def test_a_kind_change_under_cases_keeps_their_closing_fields_coherent(admin, diag):
    case = new_case(admin, diag)
    status_moves.change_status(admin, case.id, "visited")
    visited = status(diag, "visited")
    version = Case.get_by_id(case.id).version
    changes = workflow_config.update_status(admin, visited.id, kind=StatusKind.CLOSED_DONE)
    closed = Case.get_by_id(case.id)
    assert changes.case_ids == {case.id} and closed.version == version + 1
    assert closed.closed_by_id == admin.user_id and closed.closed_at is not None
    workflow_config.update_status(admin, visited.id, kind=StatusKind.OPEN)
    reopened = Case.get_by_id(case.id)
    assert reopened.closed_at is None and reopened.closed_by_id is None and reopened.version == version + 2
    assert AuditEvent.select().where((AuditEvent.case == case.id) & (AuditEvent.action == "case.update")).count() == 2


def test_removing_a_status_that_is_the_only_way_out_of_another_is_refused(admin, diag):
    visited, analysis = status(diag, "visited"), status(diag, "analysis")
    for target in Transition.select().where(Transition.from_status == analysis.id):
        if target.to_status_id != visited.id:
            workflow_config.set_transition(admin, analysis.id, target.to_status_id, False)
    with pytest.raises(UserError, match="Analyse would have no way out"):
        workflow_config.set_transition(admin, analysis.id, visited.id, False)
    with pytest.raises(UserError, match="Analyse would have no way out"):
        workflow_config.remove_status(admin, visited.id)
    assert Status.get_or_none(Status.id == visited.id) is not None


# -- transitions ------------------------------------------------------------------------------------------
def test_set_transition_allows_forbids_and_guards_a_move(admin, diag):
    case = new_case(admin, diag)
    finalised, prospect = status(diag, "finalised"), status(diag, "to_prospect")
    status_moves.change_status(admin, case.id, "visited")
    visited = status(diag, "visited")
    workflow_config.set_transition(admin, visited.id, prospect.id, False)
    assert "to_prospect" not in [m.code for m in status_moves.status_moves(admin, case.id).moves]
    workflow_config.set_transition(admin, visited.id, prospect.id, True, required_role=RoleCode.SALES_MANAGER,
                                   requires_reason=True)
    edge = Transition.get((Transition.from_status == visited.id) & (Transition.to_status == prospect.id))
    assert edge.required_role == "sales_manager" and edge.requires_reason
    clerk = Actor.from_user(user("clerk", RoleCode.ADMINISTRATIVE))
    move = next(m for m in status_moves.status_moves(clerk, case.id).moves if m.code == "to_prospect")
    assert not move.permitted
    with pytest.raises(PermissionDenied):
        status_moves.change_status(clerk, case.id, "to_prospect")
    # a closed status may be final
    cancelled = status(diag, "cancelled")
    for edge in list(Transition.select().where(Transition.from_status == cancelled.id)):
        workflow_config.set_transition(admin, cancelled.id, edge.to_status_id, False)
    assert not Transition.select().where(Transition.from_status == cancelled.id).exists()
    assert not Transition.select().where(Transition.from_status == finalised.id).exists()
    for bad, message in (((visited.id, visited.id, True), "same workflow"),
                         ((visited.id, prospect.id, True, False, "boss"), "not a role")):
        with pytest.raises(UserError, match=message):
            workflow_config.set_transition(admin, *bad[:3], requires_reason=bad[3] if len(bad) > 3 else False,
                                           required_role=bad[4] if len(bad) > 4 else None)


# -- guards -----------------------------------------------------------------------------------------------
def test_required_fields_and_documents_guard_the_entry_into_a_status(admin, diag, tmp_path, offices):
    case = new_case(admin, diag)
    scheduled = status(diag, "scheduled")
    fields = {f.code: f for f in IndexField.select().where(IndexField.work_area == diag)}
    plan = DocumentType.get((DocumentType.work_area == diag) & (DocumentType.code == "plan"))
    workflow_config.set_required_fields(admin, scheduled.id, [fields["surface"].id, fields["lab_sent"].id])
    workflow_config.set_required_documents(admin, scheduled.id, [plan.id])
    assert status_moves.missing_fields(case, scheduled) == ["Surface (m²)", "Envoi laboratoire"]
    with pytest.raises(UserError, match=r"cannot go to Planifié: missing Plan, Surface \(m²\), Envoi laboratoire\.$"):
        status_moves.change_status(admin, case.id, "scheduled")
    index_values.save_case_index(admin, case.id, Case.get_by_id(case.id).version,
                                 {"mission": "DPE", "sale_or_rent": "Vente", "surface": "84.5",
                                  "lab_sent": dt.date(2025, 3, 1)})
    document_import.add_document(offices, admin, case.id, make_pdf(tmp_path / "plan.pdf", "plan"), document_type_id=plan.id)
    status_moves.change_status(admin, case.id, "scheduled")
    assert Case.get_by_id(case.id).status_id == scheduled.id
    # only case fields of the same work area; the list is replaced, not added to
    report_field, _ = catalog_config.add_index_field(admin, diag, "Référence", document_type_id=plan.id)
    with pytest.raises(UserError, match="Required fields"):
        workflow_config.set_required_fields(admin, scheduled.id, [report_field])
    other_type = DocumentType.select().join(WorkArea).where(WorkArea.code == "VN").first()
    with pytest.raises(UserError, match="Required documents"):
        workflow_config.set_required_documents(admin, scheduled.id, [other_type.id])
    workflow_config.set_required_fields(admin, scheduled.id, [fields["surface"].id])
    assert [r.field_id for r in RequiredField.select().where(RequiredField.status == scheduled.id)] \
        == [fields["surface"].id]
    config = workflow_config.workflow_of(admin, diag)
    assert config.status(scheduled.id).required_field_ids == (fields["surface"].id,)
    assert config.status(scheduled.id).required_document_ids == (plan.id,)


# -- entry actions ----------------------------------------------------------------------------------------
def test_entry_actions_set_a_date_and_notify_the_role_users_who_see_the_case(admin, diag):
    seeing = user("tech1", RoleCode.TECHNICIAN)
    blind = user("tech2", RoleCode.TECHNICIAN)
    granted = user("tech3", RoleCode.TECHNICIAN)
    gone = user("tech4", RoleCode.TECHNICIAN, active=False)
    user("clerk", RoleCode.ADMINISTRATIVE)  # sees every case, but another role
    case = new_case(admin, diag, assigned_user=seeing.id)
    with write_transaction():
        AccessGrant.create(case=case.id, user=granted.id, level="read")
        AccessGrant.create(case=case.id, user=gone.id, level="read")
    scheduled = status(diag, "scheduled")
    workflow_config.set_entry_actions(admin, scheduled.id, "order_date", RoleCode.TECHNICIAN)
    assert Case.get_by_id(case.id).order_date is None
    status_moves.change_status(admin, case.id, "scheduled")
    moved = Case.get_by_id(case.id)
    assert moved.order_date == dt.date.today()
    rows = list(Notification.select().order_by(Notification.user))
    assert [n.user_id for n in rows] == [seeing.id, granted.id]
    assert blind.id not in [n.user_id for n in rows]
    assert all(n.kind == "status_entered" and n.case_id == case.id and n.read_at is None for n in rows)
    assert json.loads(rows[0].text) == {"number": case.number, "status": "Planifié", "by": admin.name}
    # a date already set is kept; no role, no notification
    with write_transaction():
        Case.update(order_date=dt.date(2020, 1, 2)).where(Case.id == case.id).execute()
    workflow_config.set_entry_actions(admin, status(diag, "visited").id, "order_date", None)
    status_moves.change_status(admin, case.id, "visited")
    assert Case.get_by_id(case.id).order_date == dt.date(2020, 1, 2)
    assert Notification.select().count() == 2
    before = snapshot()
    for bad in (("created_at", None), ("status", None), (None, "boss")):
        with pytest.raises(UserError, match="on entry"):
            workflow_config.set_entry_actions(admin, scheduled.id, *bad)
    assert snapshot() == before
    workflow_config.set_entry_actions(admin, scheduled.id, "", "")
    row = Status.get_by_id(scheduled.id)
    assert row.entry_date_field is None and row.notify_role is None


# -- cancellation reasons ---------------------------------------------------------------------------------
def test_cancellation_reasons_are_added_renamed_deactivated_never_deleted_when_used(admin, diag):
    reason_id, _ = catalog_config.add_reason(admin, diag, "  Erreur de saisie ")
    assert CancellationReason.get_by_id(reason_id).label == "Erreur de saisie"
    with pytest.raises(UserError, match="already in the list"):
        catalog_config.add_reason(admin, diag, "erreur de saisie")
    with pytest.raises(UserError, match="Cancellation reason: enter"):
        catalog_config.rename_reason(admin, reason_id, "")
    catalog_config.rename_reason(admin, reason_id, "Saisie erronée")
    case = new_case(admin, diag)
    status_moves.change_status(admin, case.id, "cancelled", cancellation_reason_id=reason_id)
    with pytest.raises(UserError, match=r"1 case.*Deactivate it instead"):
        catalog_config.remove_reason(admin, reason_id)
    catalog_config.set_reason_active(admin, reason_id, False)
    assert reason_id not in [i for i, _ in status_moves.cancellation_reasons(admin, case.id)]
    assert Case.get_by_id(case.id).cancellation_reason_id == reason_id
    unused, _ = catalog_config.add_reason(admin, diag, "Autre")
    catalog_config.remove_reason(admin, unused)
    ids = [r.id for r in catalog_config.reasons_of(diag)]
    catalog_config.reorder_reasons(admin, diag, list(reversed(ids)))
    assert [r.id for r in catalog_config.reasons_of(diag)] == list(reversed(ids))
    assert catalog_config.reasons_of(diag)[0].case_count == 1


# -- document types ---------------------------------------------------------------------------------------
def test_document_types_add_rename_report_flag_reorder_and_guarded_removal(admin, diag, offices, tmp_path):
    type_id, _ = catalog_config.add_document_type(admin, diag, "Attestation")
    assert DocumentType.get_by_id(type_id).code == "attestation"
    with pytest.raises(UserError, match="already a document type"):
        catalog_config.add_document_type(admin, diag, "rapport")
    catalog_config.rename_document_type(admin, type_id, "Attestation DPE")
    case = new_case(admin, diag)
    document, _ = document_import.add_document(offices, admin, case.id, make_pdf(tmp_path / "a.pdf", "attestation"),
                                         document_type_id=type_id)
    assert Case.get_by_id(case.id).report_state == ReportState.NONE
    changes = catalog_config.set_document_type_report(admin, type_id, True)
    assert changes.case_ids == {case.id} and Case.get_by_id(case.id).report_state == ReportState.AVAILABLE
    with pytest.raises(UserError, match="1 document"):
        catalog_config.remove_document_type(admin, type_id)
    document_editing.trash_document(admin, document.id)
    with pytest.raises(UserError, match="1 document"):  # a trashed document still has it
        catalog_config.remove_document_type(admin, type_id)
    plan = DocumentType.get((DocumentType.work_area == diag) & (DocumentType.code == "plan"))
    field_id, _ = catalog_config.add_index_field(admin, diag, "Échelle", document_type_id=plan.id)
    catalog_config.remove_document_type(admin, plan.id)
    assert IndexField.get_or_none(IndexField.id == field_id) is None
    ids = [t.id for t in catalog_config.document_types_of(diag)]
    catalog_config.reorder_document_types(admin, diag, ids[1:] + ids[:1])
    assert [t.id for t in catalog_config.document_types_of(diag)] == ids[1:] + ids[:1]


# -- index fields -----------------------------------------------------------------------------------------
def test_index_fields_and_lookup_values(admin, diag):
    field_id, _ = catalog_config.add_index_field(admin, diag, "Étage", "number", required=True)
    row = IndexField.get_by_id(field_id)
    assert (row.code, row.kind, row.required, row.document_type_id) == ("etage", "number", True, None)
    for bad, message in ((dict(label="X", kind="colour"), "Field kind"), (dict(label=""), "Field label"),
                         (dict(label="X", code="Bad code"), "Field code"), (dict(label="X", code="surface"),
                                                                            "already used")):
        with pytest.raises(UserError, match=message):
            catalog_config.add_index_field(admin, diag, **bad)
    catalog_config.rename_index_field(admin, field_id, "Niveau")
    catalog_config.set_index_field_required(admin, field_id, False)
    catalog_config.set_index_field_kind(admin, field_id, "choice")
    assert (IndexField.get_by_id(field_id).label, IndexField.get_by_id(field_id).required) == ("Niveau", False)
    rdc, _ = catalog_config.add_lookup_value(admin, field_id, "RDC")
    first, _ = catalog_config.add_lookup_value(admin, field_id, "1er")
    with pytest.raises(UserError, match="already in the list"):
        catalog_config.add_lookup_value(admin, field_id, "RDC")
    catalog_config.reorder_lookup_values(admin, field_id, [first, rdc])
    info = next(f for f in catalog_config.index_fields_of(diag) if f.id == field_id)
    assert info.lookup_values == ((first, "1er"), (rdc, "RDC")) and info.value_count == 0
    case = new_case(admin, diag)
    index_values.save_case_index(admin, case.id, Case.get_by_id(case.id).version,
                                 {"mission": "DPE", "sale_or_rent": "Vente", "etage": "RDC"})
    with pytest.raises(UserError, match="RDC cannot be removed: 1 value"):
        catalog_config.remove_lookup_value(admin, rdc)
    catalog_config.remove_lookup_value(admin, first)
    with pytest.raises(UserError, match="cannot change: 1 value"):
        catalog_config.set_index_field_kind(admin, field_id, "text")
    with pytest.raises(UserError, match="cannot be removed: 1 value"):
        catalog_config.remove_index_field(admin, field_id)
    surface = IndexField.get((IndexField.work_area == diag) & (IndexField.code == "surface"))
    with pytest.raises(UserError, match="not a choice field"):
        catalog_config.add_lookup_value(admin, surface.id, "12")
    index_values.save_case_index(admin, case.id, Case.get_by_id(case.id).version, {"etage": None})
    catalog_config.remove_index_field(admin, field_id)
    assert not LookupValue.select().where(LookupValue.field == field_id).exists()
    case_fields = [f.id for f in catalog_config.index_fields_of(diag) if f.document_type_id is None]
    catalog_config.reorder_index_fields(admin, diag, None, list(reversed(case_fields)))
    assert [f.id for f in catalog_config.index_fields_of(diag) if f.document_type_id is None] \
        == list(reversed(case_fields))


# -- permissions ------------------------------------------------------------------------------------------
def _mutations(area: int):
    s = lambda code: status(area, code).id  # noqa: E731
    reason = CancellationReason.select().where(CancellationReason.work_area == area).first().id
    doc_type = DocumentType.get((DocumentType.work_area == area) & (DocumentType.code == "plan")).id
    field = IndexField.get((IndexField.work_area == area) & (IndexField.code == "mission")).id
    value = LookupValue.select().where(LookupValue.field == field).first().id
    return {
        "add_status": lambda a: workflow_config.add_status(a, area, "Nouveau"),
        "update_status": lambda a: workflow_config.update_status(a, s("visited"), name="Vu"),
        "reorder_statuses": lambda a: workflow_config.reorder_statuses(
            a, area, [i.id for i in reversed(workflow_config.workflow_of(Actor(None, "x", "admin"), area).statuses)]),
        "remove_status": lambda a: workflow_config.remove_status(a, s("pre_order")),
        "move_cases": lambda a: workflow_config.move_cases(a, s("to_prospect"), s("to_quote")),
        "set_transition": lambda a: workflow_config.set_transition(a, s("finalised"), s("visited"), True),
        "set_required_documents": lambda a: workflow_config.set_required_documents(a, s("visited"), [doc_type]),
        "set_required_fields": lambda a: workflow_config.set_required_fields(a, s("visited"), [field]),
        "set_entry_actions": lambda a: workflow_config.set_entry_actions(a, s("visited"), "order_date", None),
        "set_idle_days": lambda a: workflow_config.set_idle_days(a, area, 12),
        "add_reason": lambda a: catalog_config.add_reason(a, area, "Autre"),
        "rename_reason": lambda a: catalog_config.rename_reason(a, reason, "Autre"),
        "set_reason_active": lambda a: catalog_config.set_reason_active(a, reason, False),
        "remove_reason": lambda a: catalog_config.remove_reason(a, reason),
        "reorder_reasons": lambda a: catalog_config.reorder_reasons(
            a, area, [r.id for r in reversed(catalog_config.reasons_of(area))]),
        "add_document_type": lambda a: catalog_config.add_document_type(a, area, "Autre"),
        "rename_document_type": lambda a: catalog_config.rename_document_type(a, doc_type, "Autre"),
        "set_document_type_report": lambda a: catalog_config.set_document_type_report(a, doc_type, True),
        "reorder_document_types": lambda a: catalog_config.reorder_document_types(
            a, area, [t.id for t in reversed(catalog_config.document_types_of(area))]),
        "remove_document_type": lambda a: catalog_config.remove_document_type(a, doc_type),
        "add_index_field": lambda a: catalog_config.add_index_field(a, area, "Autre"),
        "rename_index_field": lambda a: catalog_config.rename_index_field(a, field, "Autre"),
        "set_index_field_required": lambda a: catalog_config.set_index_field_required(a, field, False),
        "set_index_field_kind": lambda a: catalog_config.set_index_field_kind(a, field, "text"),
        "reorder_index_fields": lambda a: catalog_config.reorder_index_fields(
            a, area, None, [f.id for f in reversed(catalog_config.index_fields_of(area)) if f.document_type_id is None]),
        "remove_index_field": lambda a: catalog_config.remove_index_field(a, field),
        "add_lookup_value": lambda a: catalog_config.add_lookup_value(a, field, "Autre"),
        "remove_lookup_value": lambda a: catalog_config.remove_lookup_value(a, value),
        "reorder_lookup_values": lambda a: catalog_config.reorder_lookup_values(
            a, field, [v.id for v in LookupValue.select().where(LookupValue.field == field).order_by(
                LookupValue.id.desc())]),
    }


MUTATIONS = [
    "add_status", "update_status", "reorder_statuses", "remove_status", "move_cases", "set_transition",
    "set_required_documents", "set_required_fields", "set_entry_actions", "set_idle_days", "add_reason", "rename_reason",
    "set_reason_active", "remove_reason", "reorder_reasons", "add_document_type", "rename_document_type",
    "set_document_type_report", "reorder_document_types", "remove_document_type", "add_index_field",
    "rename_index_field", "set_index_field_required", "set_index_field_kind", "reorder_index_fields",
    "remove_index_field", "add_lookup_value", "remove_lookup_value", "reorder_lookup_values"]


@pytest.mark.parametrize("name", MUTATIONS)
def test_only_an_administrator_changes_settings(admin, diag, name):
    new_case(admin, diag)
    calls = _mutations(diag)
    assert set(calls) == set(MUTATIONS)
    for role in (RoleCode.ADMINISTRATIVE, RoleCode.SALES_MANAGER, RoleCode.SALES_ADVISOR, RoleCode.TECHNICIAN):
        actor = Actor.from_user(user(f"u_{role}", role))
        before = snapshot()
        with pytest.raises(PermissionDenied):
            calls[name](actor)
        assert snapshot() == before, role
        with pytest.raises(PermissionDenied):
            workflow_config.workflow_of(actor, diag)
    events = AuditEvent.select().count()
    calls[name](admin)
    assert AuditEvent.select().count() > events


def test_every_public_mutation_is_in_the_refusal_test():
    import ast
    import inspect

    found = set()
    for module in (workflow_config, catalog_config):
        for node in ast.parse(inspect.getsource(module)).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and "write_transaction" in \
                    ast.unparse(node):
                found.add(node.name)
    assert found == set(MUTATIONS)


# -- migration --------------------------------------------------------------------------------------------
def test_m0005_adds_the_columns_and_the_table_to_an_older_database(tmp_path):
    from desktop_app.services.office.workspace import close_workspace, open_workspace

    data = tmp_path / "old"
    ws = open_workspace(data, create=True)
    db = ws.database
    db.execute_sql('DROP TABLE "required_field"')
    db.execute_sql('ALTER TABLE "status" DROP COLUMN "entry_date_field"')
    db.execute_sql('ALTER TABLE "status" DROP COLUMN "notify_role"')
    db.execute_sql("DELETE FROM casedesk_schema WHERE version >= 5")
    close_workspace(ws)
    ws = open_workspace(data)
    try:
        assert {"entry_date_field", "notify_role"} <= {c.name for c in ws.database.get_columns("status")}
        assert "required_field" in ws.database.get_tables()
    finally:
        close_workspace(ws)


def test_idle_days_are_set_per_work_area_within_bounds(admin, diag):
    assert workflow_config.workflow_of(admin, diag).idle_days == 7
    for bad in (0, 366, -3, "7", 2.5):
        with pytest.raises(UserError, match="Idle after"):
            workflow_config.set_idle_days(admin, diag, bad)
    assert WorkArea.get_by_id(diag).idle_days == 7
    workflow_config.set_idle_days(admin, diag, 3)
    assert workflow_config.workflow_of(admin, diag).idle_days == 3
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, json.loads(event.details)["days"]) == ("settings.idle_days", 3)
    with pytest.raises(NotFound):
        workflow_config.set_idle_days(admin, 999_999, 3)
