"""Every mutating service, called as every role, allows or refuses exactly what MATRIX says.

One office, one user per role, one case every one of them may see and change (assigned to
the advisor, in the manager's team, a service order for the technician): visibility never
refuses here, only the matrix does. A refusal is a PermissionDenied with nothing written:
no audit event, no row anywhere, the touched row unchanged, no file stored or exported.

`SERVICES` maps each mutating service to the Action it checks; `test_no_unchecked_mutating_service`
fails when a public function of services/ opens a write transaction and is not in it.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import importlib
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

import desktop_app.services as services_pkg
from desktop_app.errors import PermissionDenied
from desktop_app.models import (
    ALL_MODELS,
    AccessGrant,
    AuditEvent,
    BackupSchedule,
    CancellationReason,
    Case,
    CaseContact,
    CaseSeen,
    Contact,
    Document,
    DocumentType,
    FileNameRule,
    IndexField,
    Invoice,
    LookupValue,
    Note,
    Notification,
    Quote,
    ReportDelivery,
    RequiredDocument,
    RequiredField,
    Role,
    SavedView,
    ServiceOrder,
    Status,
    Team,
    Transition,
    User,
    WatchFolder,
    WorkArea,
    Workflow,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.billing import invoices, quotes
from desktop_app.services.case_list import saved_views
from desktop_app.services.cases import (
    case_editing,
    case_lifecycle,
    grants,
    index_values,
    notes,
    seen,
    status_moves,
)
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.documents import (
    document_copies,
    document_editing,
    document_import,
    intake,
    report_access,
    report_sending,
)
from desktop_app.services.helpdesk import tickets
from desktop_app.services.office import backup, backup_schedule, check, connection_settings, office_transfer
from desktop_app.services.people import auth, notifications, users
from desktop_app.services.people.notification_rows import notify_users
from desktop_app.services.permissions import MATRIX, Action
from desktop_app.services.reporting import case_export, list_export, statistics
from desktop_app.services.settings import catalog_config, intake_config, workflow_config
from desktop_app.services.templates import document_templates
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

SHIPPED_MATRIX = dict(MATRIX)
ROLES = [RoleCode.ADMIN, RoleCode.ADMINISTRATIVE, RoleCode.SALES_MANAGER, RoleCode.SALES_ADVISOR,
         RoleCode.TECHNICIAN]
OWN = None  # no role restriction: the service only touches the actor's own data


@dataclass
class World:
    workspace: Workspace
    out: Path  # files a service writes outside the store go here
    actors: dict[str, Actor]
    other_user: int  # a user nobody here is
    area: int
    case: int
    owner: int
    owner_link: int  # CaseContact
    plain_doc: int
    report_doc: int
    quote: int
    invoice: int
    views: dict[str, int]  # role → that user's saved view
    alert: int = 0  # set by _alert_for
    ticket: int = 0  # set by _ticket_for

    def version(self) -> int:
        return Case.get_by_id(self.case).version




def _build_world(ws: Workspace) -> dict:
    """The world's rows, made once per run and engine (`built_office`): what World holds but its paths."""
    admin = auth.default_actor()
    area = WorkArea.get(WorkArea.code == "DIAG")
    with write_transaction():
        team = Team.create(office=area.office_id, name="Nantes")
        users = {RoleCode.ADMIN: User.get_by_id(admin.user_id)}
        for role in ROLES[1:]:
            users[role] = User.create(login=role, full_name=f"User {role}", initials=role[:2].upper(),
                                      role=Role.get(Role.code == role), office=area.office_id,
                                      team=team if role in (RoleCode.SALES_MANAGER, RoleCode.SALES_ADVISOR)
                                      else None)
        other = User.create(login="other", full_name="Other", initials="OT",
                            role=Role.get(Role.code == RoleCode.SALES_ADVISOR))
        owner = Contact.create(first_name="Claire", last_name="Martin")
    actors = {role: Actor.from_user(user) for role, user in users.items()}
    case, _ = case_editing.create_case(admin, area.id, owner=owner.id, city="Nantes")
    case_editing.update_case(admin, case.id, case.version, assigned_user=users[RoleCode.SALES_ADVISOR].id,
                             team=team.id)
    with write_transaction():
        ServiceOrder.create(case=case.id, number=1, technician=users[RoleCode.TECHNICIAN].id)
        report_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == "report"))
        IndexField.create(work_area=area.id, document_type=report_type.id, code="reference", label="Reference")
    files = Path(tempfile.mkdtemp(prefix="casedesk-world-"))
    types = {t.code: t.id for t in DocumentType.select().where(DocumentType.work_area == area.id)}
    plain, _ = document_import.add_document(ws, admin, case.id, make_pdf(files / "plain.pdf", "plain"))
    report, _ = document_import.add_document(ws, admin, case.id, make_pdf(files / "rapport.pdf", "rapport"),
                                             document_type_id=types["report"])
    document_import.add_document(ws, admin, case.id, make_pdf(files / "facture.pdf", "facture"),
                                 document_type_id=types["invoice"])
    shutil.rmtree(files, ignore_errors=True)
    quote, _ = quotes.send_quote(admin, case.id, Decimal("390.50"))
    invoice, _ = invoices.issue_invoice(admin, case.id, [("DPE", Decimal(1), Decimal("300.00"), Decimal(20))],
                                       installments=2)
    views = {role: saved_views.save_view(actor, saved_views.ViewSpec(f"Mine {role}")).id
             for role, actor in actors.items()}
    for role, actor in actors.items():  # the premise: every role may change this case
        assert case_editing.get_case(actor, case.id).id == case.id, role
    return {"actors": actors, "other_user": other.id, "area": area.id, "case": case.id, "owner": owner.id,
            "owner_link": CaseContact.get((CaseContact.case == case.id) & (CaseContact.contact == owner.id)).id,
            "plain_doc": plain.id, "report_doc": report.id, "quote": quote.id, "invoice": invoice.id,
            "views": views}


@pytest.fixture
def world(built_office, tmp_path) -> World:
    """A case every role may see and change, with documents, billing and views: a copy per test."""
    ws, rows = built_office("permission-world", _build_world)
    (tmp_path / "files").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    return World(ws, out, **rows)


def _new_file(w: World, actor: Actor) -> Path:
    return make_pdf(w.out.parent / "files" / f"new-{actor.login}.pdf", f"new content by {actor.login}")


def _row(model, row_id: int) -> dict | None:
    return model.select().where(model.id == row_id).dicts().get_or_none()


@dataclass(frozen=True)
class Service:
    action: Action | None  # OWN: every role, on its own data
    call: Callable[[World, Actor], object]
    touched: Callable[[World], object] = lambda w: _row(Case, w.case)
    audited: bool = True  # an allowed call records an audit event
    prepare: Callable[[World, Actor], object] | None = None  # the state the call needs, set up by an admin


# "module.function" (":variant" when one function checks more than one action) → what it checks.
SERVICES: dict[str, Service] = {
    "cases.case_editing.create_case": Service(
        Action.CASE_CREATE, lambda w, a: case_editing.create_case(a, w.area, city="Brest")),
    "cases.case_editing.update_case": Service(
        Action.CASE_EDIT, lambda w, a: case_editing.update_case(a, w.case, w.version(), subject="Roof")),
    "cases.case_editing.update_case:amount": Service(
        Action.BILLING_EDIT, lambda w, a: case_editing.update_case(a, w.case, w.version(), amount=Decimal("99.00"))),
    "cases.case_editing.update_case:assign": Service(
        Action.CASE_ASSIGN, lambda w, a: case_editing.update_case(
            a, w.case, w.version(), assigned_user=w.actors[RoleCode.SALES_ADVISOR].user_id)),
    "cases.status_moves.change_status": Service(
        Action.CASE_CHANGE_STATUS, lambda w, a: status_moves.change_status(a, w.case, "to_quote")),
    "cases.status_moves.change_status:close": Service(
        Action.CASE_CLOSE, lambda w, a: status_moves.change_status(a, w.case, "finalised")),
    "documents.document_import.add_document": Service(
        Action.DOCUMENT_ADD, lambda w, a: document_import.add_document(w.workspace, a, w.case, _new_file(w, a))),
    "documents.document_import.import_files": Service(
        Action.DOCUMENT_ADD, lambda w, a: _imported(document_import.import_files(w.workspace, a, w.case,
                                                                           [_new_file(w, a)]))),
    "documents.document_editing.rename_document": Service(
        Action.DOCUMENT_EDIT, lambda w, a: document_editing.rename_document(a, w.plain_doc, "Renamed"),
        lambda w: _row(Document, w.plain_doc)),
    "documents.document_editing.set_document_type": Service(
        Action.DOCUMENT_EDIT, lambda w, a: document_editing.set_document_type(a, w.plain_doc, None if Document.get_by_id(
            w.plain_doc).document_type_id else DocumentType.get(DocumentType.code == "plan").id),
        lambda w: _row(Document, w.plain_doc)),
    "documents.document_editing.set_checked": Service(
        Action.DOCUMENT_CHECK, lambda w, a: document_editing.set_checked(a, [w.plain_doc], True),
        lambda w: _row(Document, w.plain_doc)),
    "documents.document_editing.trash_document": Service(
        Action.DOCUMENT_EDIT, lambda w, a: document_editing.trash_document(a, w.plain_doc),
        lambda w: _row(Document, w.plain_doc)),
    "documents.document_editing.add_version": Service(
        Action.DOCUMENT_EDIT, lambda w, a: document_editing.add_version(w.workspace, a, w.plain_doc, _new_file(w, a)),
        lambda w: _row(Document, w.plain_doc)),
    "documents.document_copies.export_copy": Service(
        Action.EXPORT, lambda w, a: document_copies.export_copy(w.workspace, a, w.plain_doc, w.out / "copy.pdf"),
        lambda w: sorted(w.out.iterdir())),
    "reporting.list_export.export_cases": Service(
        Action.EXPORT, lambda w, a: list_export.export_cases(a, "csv", w.out / "cases.csv"),
        lambda w: sorted(w.out.iterdir())),
    "billing.quotes.send_quote": Service(
        Action.BILLING_EDIT, lambda w, a: quotes.send_quote(a, w.case, Decimal("10.00"))),
    "billing.quotes.answer_quote": Service(
        Action.BILLING_EDIT, lambda w, a: quotes.answer_quote(a, w.quote, True),
        lambda w: _row(Quote, w.quote)),
    "billing.invoices.issue_invoice": Service(
        Action.BILLING_EDIT, lambda w, a: invoices.issue_invoice(
            a, w.case, [("Extra", Decimal(1), Decimal("50.00"), Decimal(20))])),
    "billing.invoices.record_payment": Service(
        Action.PAYMENT_RECORD, lambda w, a: invoices.record_payment(a, w.invoice, Decimal("100.00")),
        lambda w: _row(Invoice, w.invoice)),
    "documents.report_access.set_report_blocked": Service(
        Action.REPORT_ACCESS, lambda w, a: report_access.set_report_blocked(a, w.owner_link, True),
        lambda w: _row(CaseContact, w.owner_link)),
    "documents.report_access.record_delivery": Service(
        Action.REPORT_ACCESS, lambda w, a: report_access.record_delivery(a, w.report_doc, w.owner),
        lambda w: _row(Document, w.report_doc)),
    "documents.report_sending.send_report": Service(
        Action.REPORT_ACCESS, lambda w, a: report_sending.send_report(w.workspace, a, w.report_doc, [w.owner],
                                                                      "folder", w.out),
        lambda w: (sorted(w.out.iterdir()), ReportDelivery.select().count())),
    "cases.index_values.save_case_index": Service(
        Action.CASE_EDIT, lambda w, a: index_values.save_case_index(
            a, w.case, w.version(), {"mission": "DPE", "sale_or_rent": "Vente"})),
    "cases.index_values.save_case_index:amount": Service(
        Action.BILLING_EDIT, lambda w, a: index_values.save_case_index(
            a, w.case, w.version(), {"mission": "DPE", "sale_or_rent": "Vente"},
            case_fields={"tariff": Decimal("420.00")})),
    "cases.index_values.save_document_index": Service(
        Action.DOCUMENT_EDIT, lambda w, a: index_values.save_document_index(a, w.report_doc, {"reference": "R-1"}),
        lambda w: _row(Document, w.report_doc)),
    "case_list.saved_views.save_view": Service(
        OWN, lambda w, a: saved_views.save_view(a, saved_views.ViewSpec("Another")),
        lambda w: SavedView.select().count()),
    "case_list.saved_views.rename_view": Service(
        OWN, lambda w, a: saved_views.rename_view(a, w.views[a.role], "Renamed"),
        lambda w: list(SavedView.select().order_by(SavedView.id).dicts())),
    "case_list.saved_views.delete_view": Service(
        OWN, lambda w, a: saved_views.delete_view(a, w.views[a.role]),
        lambda w: SavedView.select().count()),
    "people.auth.change_password:own": Service(
        OWN, lambda w, a: auth.change_password(a, a.user_id, "correct horse battery"),
        lambda w: sorted(User.select(User.id, User.password_hash).tuples())),
    "people.auth.change_password": Service(
        Action.USER_MANAGE, lambda w, a: auth.change_password(a, w.other_user, "correct horse battery"),
        lambda w: _row(User, w.other_user)),
    "office.backup.create_backup": Service(
        Action.OFFICE_ADMIN, lambda w, a: backup.create_backup(w.workspace, a, w.out / "office.zip"),
        lambda w: sorted(w.out.iterdir())),
    "office.check.run_check": Service(
        Action.OFFICE_ADMIN, lambda w, a: check.run_check(w.workspace, a, repair=True), audited=False),
    "office.backup_schedule.set_schedule": Service(
        Action.OFFICE_ADMIN, lambda w, a: backup_schedule.set_schedule(a, enabled=True, every_hours=6, keep=3,
                                                                       folder=str(w.out)),
        lambda w: _row(BackupSchedule, 1)),
    "office.backup_schedule.back_up_now": Service(
        Action.OFFICE_ADMIN, lambda w, a: backup_schedule.back_up_now(w.workspace, a),
        lambda w: (_row(BackupSchedule, 1), sorted(w.workspace.backups_dir.glob("*")))),
    "reporting.case_export.export_case_files": Service(
        Action.EXPORT, lambda w, a: case_export.export_case_files(w.workspace, a, [w.case], w.out / "case.zip"),
        lambda w: sorted(w.out.iterdir())),
    "office.office_transfer.migrate_office": Service(  # into a new SQLite file: the same service as into PostgreSQL
        Action.OFFICE_ADMIN, lambda w, a: office_transfer.migrate_office(w.workspace, a, str(w.out / "copy.db")),
        lambda w: sorted(w.out.iterdir())),
    "office.connection_settings.choose_server": Service(  # this PC's database.ini, and an audit event in the office
        Action.OFFICE_ADMIN,
        lambda w, a: connection_settings.choose_server(a, w.workspace, "postgresql://clerk@db.lan/office"),
        lambda w: connection_settings.saved_url(w.workspace.data_dir),
        prepare=lambda w, a: connection_settings.forget_url(w.workspace.data_dir)),
    "office.connection_settings.choose_local": Service(
        Action.OFFICE_ADMIN, lambda w, a: connection_settings.choose_local(a, w.workspace),
        lambda w: connection_settings.saved_url(w.workspace.data_dir),
        prepare=lambda w, a: connection_settings.save_url(w.workspace.data_dir, "postgresql://clerk@db.lan/office")),
}

# Public functions that write without an acting user, with the reason they need no Action.
SERVICES.update({
    "cases.case_lifecycle.archive_cases": Service(
        Action.CASE_ARCHIVE, lambda w, a: case_lifecycle.archive_cases(a, [w.case])),
    "cases.case_lifecycle.unarchive_cases": Service(
        Action.CASE_ARCHIVE, lambda w, a: case_lifecycle.unarchive_cases(a, [w.case]),
        prepare=lambda w, a: case_lifecycle.archive_cases(_admin(w), [w.case])),
    "cases.case_lifecycle.trash_cases": Service(
        Action.CASE_TRASH, lambda w, a: case_lifecycle.trash_cases(a, [w.case])),
    "cases.case_lifecycle.restore_cases": Service(
        Action.CASE_RESTORE, lambda w, a: case_lifecycle.restore_cases(a, [w.case]),
        prepare=lambda w, a: case_lifecycle.trash_cases(_admin(w), [w.case])),
    "cases.case_lifecycle.purge_cases": Service(
        Action.CASE_PURGE, lambda w, a: case_lifecycle.purge_cases(w.workspace, a, [w.case]),
        prepare=lambda w, a: case_lifecycle.trash_cases(_admin(w), [w.case])),
    "cases.notes.add_note": Service(
        Action.NOTE_ADD, lambda w, a: notes.add_note(a, w.case, "Owner called")),
    "cases.notes.add_alert": Service(
        Action.NOTE_ADD, lambda w, a: notes.add_alert(
            a, w.case, "Call back", dt.datetime.now(dt.UTC) + dt.timedelta(days=1))),
    "cases.notes.mark_alert_done": Service(
        Action.NOTE_ADD, lambda w, a: notes.mark_alert_done(a, w.alert),
        lambda w: _row(Note, w.alert), prepare=lambda w, a: _alert_for(w, a)),
    "reporting.statistics.export_table": Service(
        Action.EXPORT, lambda w, a: statistics.export_table(
            a, statistics.compute(a).tables["status"], ["Status", "Cases", "%"], "csv", w.out / "stats.csv"),
        lambda w: sorted(w.out.iterdir())),
    # Only the actor's own rows; not audited: read_at is itself the record (services/people/notifications.py).
    "people.notifications.mark_read": Service(
        OWN, lambda w, a: notifications.mark_read(a, _notification_for(w, a)),
        lambda w: list(Notification.select().dicts()), audited=False),
    "people.notifications.mark_all_read": Service(
        OWN, lambda w, a: notifications.mark_all_read(a),
        lambda w: list(Notification.select().dicts()), audited=False,
        prepare=lambda w, a: _notification_for(w, a)),
    # Looking at a case is not a change: no audit event (it would make the case "new" for everyone else).
    "cases.seen.begin": Service(
        OWN, lambda w, a: seen.begin(a), lambda w: sorted(User.select(User.id, User.seen_baseline).tuples()),
        audited=False),
    "cases.seen.mark_seen": Service(
        OWN, lambda w, a: seen.mark_seen(a, w.case), lambda w: CaseSeen.select().count(), audited=False),
    "cases.seen.mark_all_seen": Service(
        OWN, lambda w, a: seen.mark_all_seen(a, [w.case]), lambda w: CaseSeen.select().count(), audited=False),
    "helpdesk.tickets.assume": Service(
        Action.TICKET_ASSUME, lambda w, a: tickets.assume(a, w.ticket), lambda w: _row(Case, w.ticket),
        prepare=lambda w, a: _ticket_for(w)),
    "helpdesk.tickets.add_movement": Service(
        Action.CASE_CHANGE_STATUS, lambda w, a: tickets.add_movement(a, w.ticket, "note", "Cliente ligou"),
        lambda w: _row(Case, w.ticket), prepare=lambda w, a: _ticket_for(w)),
    "helpdesk.tickets.add_movement:close": Service(
        Action.CASE_CLOSE, lambda w, a: tickets.add_movement(a, w.ticket, "close", "Resolvido"),
        lambda w: _row(Case, w.ticket), prepare=lambda w, a: _ticket_for(w, assumed=True)),
})


def _status(w: World, code: str) -> int:
    return (Status.select(Status.id).join(Workflow)
            .where((Workflow.work_area == w.area) & (Status.code == code)).scalar())


def _settings(w: World) -> list:
    """Every configuration row of the work area (and the case, which a bulk move changes)."""
    return [list(model.select().order_by(model.id).dicts()) for model in
            (Status, Transition, RequiredDocument, RequiredField, DocumentType, IndexField, LookupValue,
             CancellationReason)] + [_row(Case, w.case), _row(WorkArea, w.area)]


def _setting(action: Callable[[World, Actor], object]) -> Service:
    return Service(Action.SETTINGS_EDIT, action, _settings)


def _doc_type(w: World, code: str) -> int:
    return DocumentType.get((DocumentType.work_area == w.area) & (DocumentType.code == code)).id


def _field(w: World, code: str) -> int:
    return IndexField.get((IndexField.work_area == w.area) & (IndexField.code == code)
                          & IndexField.document_type.is_null()).id


def _reason(w: World, label: str) -> int:
    return CancellationReason.get(CancellationReason.label == label).id


def _lookup(w: World, field: str, value: str) -> int:
    return LookupValue.get((LookupValue.field == _field(w, field)) & (LookupValue.value == value)).id


def _ids(model, where) -> list[int]:
    return [i for (i,) in model.select(model.id).where(where).order_by(model.id.desc()).tuples()]


# The administrator's settings (workflow_config, catalog_config): all SETTINGS_EDIT.
SERVICES.update({
    "settings.workflow_config.add_status": _setting(lambda w, a: workflow_config.add_status(a, w.area, "Contrôle")),
    "settings.workflow_config.update_status": _setting(
        lambda w, a: workflow_config.update_status(a, _status(w, "visited"), name="Vu", colour="#123456")),
    "settings.workflow_config.reorder_statuses": _setting(lambda w, a: workflow_config.reorder_statuses(
        a, w.area, _ids(Status, Status.workflow == Workflow.get(Workflow.work_area == w.area).id))),
    "settings.workflow_config.remove_status": _setting(
        lambda w, a: workflow_config.remove_status(a, _status(w, "pre_order"))),
    "settings.workflow_config.move_cases": _setting(
        lambda w, a: workflow_config.move_cases(a, _status(w, "to_prospect"), _status(w, "to_quote"))),
    "settings.workflow_config.set_transition": _setting(
        lambda w, a: workflow_config.set_transition(a, _status(w, "finalised"), _status(w, "visited"), True)),
    "settings.workflow_config.set_required_documents": _setting(lambda w, a: workflow_config.set_required_documents(
        a, _status(w, "visited"), [_doc_type(w, "plan")])),
    "settings.workflow_config.set_required_fields": _setting(lambda w, a: workflow_config.set_required_fields(
        a, _status(w, "visited"), [_field(w, "surface")])),
    "settings.workflow_config.set_entry_actions": _setting(lambda w, a: workflow_config.set_entry_actions(
        a, _status(w, "visited"), "order_date", RoleCode.TECHNICIAN)),
    "settings.workflow_config.set_idle_days": _setting(lambda w, a: workflow_config.set_idle_days(a, w.area, 12)),
    "settings.catalog_config.add_reason": _setting(lambda w, a: catalog_config.add_reason(a, w.area, "Erreur")),
    "settings.catalog_config.rename_reason": _setting(
        lambda w, a: catalog_config.rename_reason(a, _reason(w, "Doublon"), "Double")),
    "settings.catalog_config.set_reason_active": _setting(
        lambda w, a: catalog_config.set_reason_active(a, _reason(w, "Doublon"), False)),
    "settings.catalog_config.remove_reason": _setting(lambda w, a: catalog_config.remove_reason(a, _reason(w, "Doublon"))),
    "settings.catalog_config.reorder_reasons": _setting(lambda w, a: catalog_config.reorder_reasons(
        a, w.area, [r.id for r in reversed(catalog_config.reasons_of(w.area))])),
    "settings.catalog_config.add_document_type": _setting(
        lambda w, a: catalog_config.add_document_type(a, w.area, "Attestation")),
    "settings.catalog_config.rename_document_type": _setting(
        lambda w, a: catalog_config.rename_document_type(a, _doc_type(w, "plan"), "Plans")),
    "settings.catalog_config.set_document_type_report": _setting(
        lambda w, a: catalog_config.set_document_type_report(a, _doc_type(w, "invoice"), True)),
    "settings.catalog_config.reorder_document_types": _setting(lambda w, a: catalog_config.reorder_document_types(
        a, w.area, _ids(DocumentType, DocumentType.work_area == w.area))),
    "settings.catalog_config.remove_document_type": _setting(
        lambda w, a: catalog_config.remove_document_type(a, _doc_type(w, "plan"))),
    "settings.catalog_config.add_index_field": _setting(lambda w, a: catalog_config.add_index_field(a, w.area, "Étage")),
    "settings.catalog_config.rename_index_field": _setting(
        lambda w, a: catalog_config.rename_index_field(a, _field(w, "surface"), "Surface")),
    "settings.catalog_config.set_index_field_required": _setting(
        lambda w, a: catalog_config.set_index_field_required(a, _field(w, "surface"), True)),
    "settings.catalog_config.set_index_field_kind": _setting(
        lambda w, a: catalog_config.set_index_field_kind(a, _field(w, "construction_year"), "text")),
    "settings.catalog_config.reorder_index_fields": _setting(lambda w, a: catalog_config.reorder_index_fields(
        a, w.area, None, _ids(IndexField, (IndexField.work_area == w.area) & IndexField.document_type.is_null()))),
    "settings.catalog_config.remove_index_field": _setting(
        lambda w, a: catalog_config.remove_index_field(a, _field(w, "construction_year"))),
    "settings.catalog_config.add_lookup_value": _setting(
        lambda w, a: catalog_config.add_lookup_value(a, _field(w, "mission"), "Radon")),
    "settings.catalog_config.remove_lookup_value": _setting(
        lambda w, a: catalog_config.remove_lookup_value(a, _lookup(w, "mission", "Gaz"))),
    "settings.catalog_config.reorder_lookup_values": _setting(lambda w, a: catalog_config.reorder_lookup_values(
        a, _field(w, "mission"), _ids(LookupValue, LookupValue.field == _field(w, "mission")))),
})

# Intake settings of a work area (issue 4): SETTINGS_EDIT.
def _intake(w: World) -> list:
    return [list(model.select().order_by(model.id).dicts()) for model in (WatchFolder, FileNameRule)]


SERVICES.update({
    "settings.intake_config.set_watch_folder": Service(
        Action.SETTINGS_EDIT, lambda w, a: intake_config.set_watch_folder(a, w.area, str(w.out), True), _intake),
    "documents.intake.new_case_with_file": Service(
        Action.CASE_CREATE, lambda w, a: intake.new_case_with_file(w.workspace, a, w.area, _new_file(w, a)),
        lambda w: sorted(Case.select(Case.id).tuples())),
    "settings.intake_config.set_rules": Service(
        Action.SETTINGS_EDIT, lambda w, a: intake_config.set_rules(
            a, w.area, [intake_config.RuleSpec("{number}-{type}.*"),
                        intake_config.RuleSpec(r"^(?P<number>\d+)", True, _doc_type(w, "plan"))]), _intake),
})

# Users, teams and per-case access grants (S2-G1).
SERVICES.update({
    "people.users.create_user": Service(
        Action.USER_MANAGE, lambda w, a: users.create_user(a, "newbie", "New Person", RoleCode.SALES_ADVISOR,
                                                           password="long enough pass"),
        lambda w: sorted(User.select(User.id, User.login).tuples())),
    "people.users.update_user": Service(
        Action.USER_MANAGE, lambda w, a: users.update_user(a, w.other_user, full_name="Renamed", active=False),
        lambda w: _row(User, w.other_user)),
    "people.users.reset_password": Service(
        Action.USER_MANAGE, lambda w, a: users.reset_password(a, w.other_user, "correct horse battery"),
        lambda w: _row(User, w.other_user)),
    "people.users.unlock": Service(
        Action.USER_MANAGE, lambda w, a: users.unlock(a, w.other_user), lambda w: _row(User, w.other_user)),
    "people.users.create_team": Service(
        Action.USER_MANAGE, lambda w, a: users.create_team(a, "Brest", _office_of(w)),
        lambda w: sorted(Team.select(Team.id, Team.name).tuples())),
    "people.users.rename_team": Service(
        Action.USER_MANAGE, lambda w, a: users.rename_team(a, Team.get().id, "Nantes Nord"),
        lambda w: sorted(Team.select(Team.id, Team.name).tuples())),
    "cases.grants.grant_access": Service(
        Action.CASE_ASSIGN, lambda w, a: grants.grant_access(a, w.case, user_id=w.other_user, level="read"),
        lambda w: sorted(AccessGrant.select(AccessGrant.id, AccessGrant.level).tuples())),
    "cases.grants.revoke_access": Service(
        Action.CASE_ASSIGN, lambda w, a: grants.revoke_access(a, AccessGrant.get().id),
        lambda w: sorted(AccessGrant.select(AccessGrant.id, AccessGrant.level).tuples()),
        prepare=lambda w, a: grants.grant_access(_admin(w), w.case, user_id=w.other_user)),
})


def _require_construction_year(w: World, _actor: Actor) -> None:
    """Something the case lacks for a later status, so the missing-documents letter has a list."""
    finalised = Status.get((Status.workflow == Workflow.get(Workflow.work_area == w.area).id)
                           & (Status.code == "finalised"))
    with write_transaction():
        RequiredField.get_or_create(status=finalised, field=_field(w, "construction_year"))


# Documents generated from templates (services/templates/document_templates.py).
SERVICES.update({
    "templates.document_templates.render": Service(
        Action.DOCUMENT_ADD, lambda w, a: document_templates.render(w.workspace, a, w.case, "quote")),
    "templates.document_templates.missing_documents_letter": Service(
        Action.DOCUMENT_ADD, lambda w, a: document_templates.missing_documents_letter(w.workspace, a, w.case),
        prepare=_require_construction_year),
})


def _office_of(w: World) -> int:
    return WorkArea.get_by_id(w.area).office_id


NO_ACTOR = {
    "people.auth.authenticate": "the login itself: nobody is acting yet",
    "office.workspace.ensure_base_data": "the roles and first admin, written when a data dir is opened",
    "office.workspace.open_workspace": "the completeness counts m0011 added, computed once when a data dir is opened",
    "people.notifications.scan": "the periodic scan: what time made due, for whoever it concerns, by no one",
    "documents.search.reindex_missing": "the background job filling stored documents' text from their own files",
    "office.backup_schedule.claim": "the scheduled backup's slot, taken by the program on whichever PC is due first",
    "office.backup_schedule.finish": "the outcome of the program's scheduled backup, and its slot given back",
}


def _imported(result: document_import.ImportResult) -> document_import.ImportResult:
    assert not result.failed, result.failed
    return result


def _expected(service: Service, role: str) -> bool:
    return service.action is OWN or role in MATRIX[service.action]


def _snapshot(w: World, service: Service) -> tuple:
    counts = tuple(model.select().count() for model in ALL_MODELS)
    return counts, service.touched(w), sorted(w.workspace.blobs.stored()), sorted(w.out.iterdir())


@contextlib.contextmanager
def _matrix_as_shipped():
    """The set-up runs as an admin under the shipped matrix, whatever the test did to MATRIX."""
    changed = dict(MATRIX)
    MATRIX.update(SHIPPED_MATRIX)
    try:
        yield
    finally:
        MATRIX.update(changed)


def _admin(w: World) -> Actor:
    return w.actors[RoleCode.ADMIN]


def _alert_for(w: World, actor: Actor) -> None:
    """An alert on the case addressed to `actor`, for mark_alert_done."""
    note, _ = notes.add_alert(_admin(w), w.case, "Call the owner back",
                              dt.datetime.now(dt.UTC) + dt.timedelta(days=2), actor.user_id)
    w.alert = note.id


def _notification_for(w: World, actor: Actor) -> list[int]:
    """One unread notification of `actor`'s on the case."""
    with write_transaction():
        notify_users([actor.user_id], w.case, "status_entered", {"number": "N", "status": "S", "by": "B"})
    return [Notification.select(pw.fn.MAX(Notification.id)).scalar()]


def _ticket_for(w: World, assumed: bool = False) -> None:
    """An open ISP ticket every role here may change (a write grant each); assumed by the admin if asked."""
    area = WorkArea.get(WorkArea.code == "ATD")
    ticket, _ = case_editing.create_case(_admin(w), area.id, subject="Sem conexão")
    with write_transaction():
        for actor in w.actors.values():
            AccessGrant.create(case=ticket.id, user=actor.user_id, level="write")
    if assumed:
        tickets.assume(_admin(w), ticket.id)
    w.ticket = ticket.id


def _check(w: World, name: str, role: str) -> None:
    service = SERVICES[name]
    actor = w.actors[role]
    if service.prepare is not None:
        with _matrix_as_shipped():
            service.prepare(w, actor)
    events = AuditEvent.select().count()
    before = _snapshot(w, service)
    if _expected(service, role):
        service.call(w, actor)
        if service.audited:
            assert AuditEvent.select().count() > events, f"{name} as {role} wrote no audit event"
    else:
        with pytest.raises(PermissionDenied):
            service.call(w, actor)
        assert AuditEvent.select().count() == events
        assert _snapshot(w, service) == before, f"{name} as {role} was refused but wrote"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(SERVICES))
def test_service_allows_exactly_what_the_matrix_says(world, name, role):
    _check(world, name, role)


@pytest.mark.postgresql_only
@pytest.mark.parametrize("name", sorted(SERVICES))
def test_on_postgresql_an_advisor_gets_exactly_what_the_matrix_says(world, name):
    """Every service once more on a PostgreSQL office, as the role whose sight is the narrowest
    (own cases, team, grants): the whole matrix on both engines would cost CI eight minutes."""
    _check(world, name, RoleCode.SALES_ADVISOR)


@pytest.mark.parametrize(("variant", "role"), [("admin only", RoleCode.ADMINISTRATIVE),
                                               ("everyone", RoleCode.TECHNICIAN)])
@pytest.mark.parametrize("name", sorted(SERVICES))
def test_service_follows_a_changed_matrix(world, monkeypatch, name, variant, role):
    """The service asks MATRIX, not a role list of its own: narrowed or widened, it follows."""
    roles = frozenset({RoleCode.ADMIN}) if variant == "admin only" else frozenset(RoleCode)
    for action in Action:
        monkeypatch.setitem(MATRIX, action, roles)
    _check(world, name, role)


def test_the_matrix_refuses_something_to_each_non_admin():
    """The matrix test above must be able to fail: every non-admin role is refused somewhere."""
    for role in ROLES[1:]:
        assert any(not _expected(s, role) for s in SERVICES.values()), role
    assert all(RoleCode.ADMIN in roles for roles in MATRIX.values())
    assert set(MATRIX) == set(Action)


def test_saved_views_of_another_user_are_not_touched(world):
    other = world.actors[RoleCode.SALES_ADVISOR]
    view = world.views[RoleCode.SALES_MANAGER]
    events = AuditEvent.select().count()
    before = _row(SavedView, view)
    for attempt in (lambda: saved_views.rename_view(other, view, "Taken"),
                    lambda: saved_views.delete_view(other, view)):
        with pytest.raises(Exception) as refused:
            attempt()
        assert type(refused.value).__name__ == "NotFound"
    assert _row(SavedView, view) == before
    assert AuditEvent.select().count() == events


def _writing_functions() -> set[str]:
    """"package.module.function" (under services/) of every public function or method that opens a write."""
    found = set()
    root = Path(services_pkg.__file__).parent
    for path in sorted(root.rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        candidates = [(node.name, node) for node in tree.body if isinstance(node, ast.FunctionDef)]
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")):
            candidates += [(f"{cls.name}.{n.name}", n) for n in cls.body if isinstance(n, ast.FunctionDef)]
        for name, node in candidates:
            if name.split(".")[-1].startswith("_"):
                continue
            if any((isinstance(n, ast.Name) and n.id == "write_transaction")
                   or (isinstance(n, ast.Attribute) and n.attr == "write_transaction") for n in ast.walk(node)):
                found.add(f"{module}.{name}")
    return found


def test_no_unchecked_mutating_service():
    """A new public service that writes must get a row in SERVICES (and a check) or in NO_ACTOR."""
    writing = _writing_functions()
    assert "cases.case_editing.update_case" in writing and "billing.invoices.record_payment" in writing  # the scan works
    covered = {key.split(":")[0] for key in SERVICES} | set(NO_ACTOR)
    missing = sorted(writing - covered)
    assert not missing, f"mutating services missing from the permission table: {missing}"


def test_the_table_names_real_functions():
    for key in [*SERVICES, *NO_ACTOR]:
        module, _, function = key.split(":")[0].rpartition(".")
        assert callable(getattr(importlib.import_module(f"desktop_app.services.{module}"), function, None)), key



def test_exporting_a_document_copy_needs_the_export_right(world, monkeypatch):
    """export_copy asks for EXPORT, not only for read access to the case."""
    monkeypatch.setitem(MATRIX, Action.EXPORT, frozenset({RoleCode.ADMIN}))
    with pytest.raises(PermissionDenied):
        document_copies.export_copy(world.workspace, world.actors[RoleCode.SALES_ADVISOR], world.plain_doc,
                              world.out / "copy.pdf")
    assert list(world.out.iterdir()) == []
