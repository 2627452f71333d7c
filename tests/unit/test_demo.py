"""The demo office generator: deterministic, complete, consistent with the icon states."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
from decimal import Decimal

import peewee as pw
import pytest

from desktop_app.demo import generate
from desktop_app.demo.clock import REFERENCE, Clock
from desktop_app.demo.generate import DEMO_LOGINS, generate_demo
from desktop_app.errors import UserError
from desktop_app.models import (
    AuditEvent,
    Blob,
    Case,
    Communication,
    Contact,
    DeliveryNote,
    Document,
    DocumentType,
    DocumentVersion,
    IndexField,
    IndexValue,
    Installment,
    Note,
    Notification,
    NumberingSeries,
    Office,
    Quote,
    ServiceOrder,
    Status,
    Team,
    User,
    WorkArea,
    Workflow,
)
from desktop_app.models.base import format_timestamp
from desktop_app.models.states import (
    DeliveryNoteState,
    InstallmentsState,
    InvoiceState,
    QuoteState,
    ReportState,
    ServiceOrderStatus,
)
from desktop_app.services.cases import case_editing
from desktop_app.services.context import Workspace
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.services.settings import presets
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.database import write_transaction

CASES = 160  # above the showcase deck (every status, forced icon states), still quick
MESSAGE = "The data dir already holds an office; demo needs an empty one."


def snapshot(ws: Workspace, *, skip: tuple[str, ...] = ("audit_event", "casedesk_schema")) -> dict[str, list]:
    """Every row of every table, in id order.

    Left out: password hashes (salted) and the local admin, who predates the demo.
    """
    tables = [t for t in ws.database.get_tables() if t not in skip]
    result = {}
    for table in tables:
        try:
            rows = ws.database.execute_sql(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        except pw.OperationalError:  # a WITHOUT ROWID table (the full-text index's own): in key order
            rows = ws.database.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        if table == "user":
            columns = [c.name for c in ws.database.get_columns("user")]
            at, login = columns.index("password_hash"), columns.index("login")
            rows = [row[:at] + row[at + 1:] for row in rows if row[login] != "admin"]
        result[table] = rows
    return result


def generate_elsewhere(tmp_path, name: str, **kwargs) -> dict[str, list]:
    other = open_workspace(tmp_path / name, create=True)
    try:
        generate_demo(other, **kwargs)
        return snapshot(other)
    finally:
        close_workspace(other)


@pytest.fixture(scope="module")
def office_template(tmp_path_factory):
    """One generated office per module; each test gets its own copy of the data dir."""
    data_dir = tmp_path_factory.mktemp("demo-office") / "data"
    ws = open_workspace(data_dir, create=True)
    try:
        generate_demo(ws, cases=CASES, seed=3)
    finally:
        close_workspace(ws)
    return data_dir


@pytest.fixture
def office(office_template, tmp_path):
    ws = open_workspace(shutil.copytree(office_template, tmp_path / "office"))
    yield ws
    close_workspace(ws)


# -- determinism --------------------------------------------------------------------------

def test_same_seed_gives_identical_rows_and_different_seed_does_not(workspace, tmp_path):
    generate_demo(workspace, cases=80, seed=7)
    first = snapshot(workspace)
    second = generate_elsewhere(tmp_path, "again", cases=80, seed=7)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert first["case"] and first["contact"] and first["document"]
    other = generate_elsewhere(tmp_path, "other-seed", cases=80, seed=8)
    assert other["case"] != first["case"]
    assert other["contact"] != first["contact"]


def test_worker_processes_produce_the_same_rows_as_a_thread(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(generate, "CHUNK_CASES", 40)  # three chunks
    monkeypatch.setattr(generate, "PROCESS_THRESHOLD", 10**9)
    generate_demo(workspace, cases=120, seed=5)
    threaded = snapshot(workspace)
    monkeypatch.setattr(generate, "PROCESS_THRESHOLD", 1)
    spawned = generate_elsewhere(tmp_path, "spawned", cases=120, seed=5)
    for table in threaded:
        assert threaded[table] == spawned[table], table
    assert not list(workspace.data_dir.glob(".demo-stage-*")) and not list(tmp_path.glob("spawned/.demo-stage-*"))


def test_document_files_are_byte_identical_across_runs(workspace, tmp_path):
    generate_demo(workspace, cases=60, seed=2, documents=20)
    ours = {(r[0], r[1], r[2]) for r in workspace.database.execute_sql(
        'SELECT title, blob_sha256, size FROM "document"').fetchall()}
    theirs = generate_elsewhere(tmp_path, "again", cases=60, seed=2, documents=20)["document"]
    columns = [c.name for c in workspace.database.get_columns("document")]
    title, sha, size = columns.index("title"), columns.index("blob_sha256"), columns.index("size")
    assert ours == {(r[title], r[sha], r[size]) for r in theirs}


# -- completeness ------------------------------------------------------------------------

def test_every_status_of_every_workflow_occurs(office):
    unused = (Status.select(Status.code, WorkArea.code).join(Workflow).join(WorkArea)
              .where(Status.id.not_in(Case.select(Case.status).distinct())).tuples())
    assert list(unused) == []
    assert Office.select().count() == len(presets.OFFICES) == 4
    assert WorkArea.select().count() == 5
    per_area = {a.code: n for a, n in [(WorkArea.get_by_id(w), n) for w, n in
                                       Case.select(Case.work_area, pw.fn.COUNT(Case.id)).group_by(Case.work_area)
                                       .tuples()]}
    assert set(per_area) == {"VN", "PV", "DIAG", "SIN", "ATD"}


def test_every_icon_state_occurs_and_matches_the_source_rows(office):
    def states(column):
        return {v for (v,) in Case.select(column).distinct().tuples()}

    assert states(Case.report_state) == {int(s) for s in ReportState}
    assert states(Case.quote_state) == {int(s) for s in QuoteState}
    assert states(Case.invoice_state) == {int(s) for s in InvoiceState}
    assert states(Case.installments_state) == {int(s) for s in InstallmentsState}
    assert Case.select().where(Case.report_deliveries > 0).exists()
    assert icon_states.drift() == []


def test_related_rows_cover_every_state(office):
    assert {s for (s,) in ServiceOrder.select(ServiceOrder.status).distinct().tuples()} == set(ServiceOrderStatus)
    assert {s for (s,) in DeliveryNote.select(DeliveryNote.state).distinct().tuples()} == set(DeliveryNoteState)
    assert {s for (s,) in Quote.select(Quote.status).distinct().tuples()} >= {"awaiting", "accepted", "refused"}
    assert {k for (k,) in Quote.select(Quote.answered_by_kind).where(Quote.status == "accepted")
            .distinct().tuples()} == {"client", "collaborator"}
    assert Installment.select().where(Installment.paid_at.is_null()).exists()
    pending = {p for (p,) in Case.select(Case.pending_interaction).distinct().tuples()}
    assert pending == {"none", "both", "external", "internal"}
    assert Case.select().where(Case.archived).exists() and Case.select().where(Case.trashed).exists()
    assert Document.select().where(Document.trashed).exists()
    assert DocumentVersion.select().where(DocumentVersion.number == 2).exists()
    trades = {t for (t,) in ServiceOrder.select(ServiceOrder.trade).distinct().tuples()}
    assert {"Fontanero", "Electricista", "Cerrajerías Aperturas", "Albañil", "Cerrajero"} <= trades
    assert {d for (d,) in Communication.select(Communication.direction).distinct().tuples()} == {"in", "out"}
    assert Communication.select().where(~Communication.handled).exists()
    assert Note.select().where(Note.is_alert).exists() and Notification.select().exists()
    events = list(AuditEvent.select().where(AuditEvent.action == "demo.generate"))
    assert len(events) == 1 and '"cases": 160' in events[0].details


def test_case_fields_follow_their_status(office):
    closed = Case.select().join(Status).where(Status.kind.in_(["closed_done", "closed_cancelled"]))
    assert all(c.closed_by_id and c.closed_at for c in closed)
    cancelled = Case.select().join(Status).where(Status.kind == "closed_cancelled")
    assert all(c.cancellation_reason_id for c in cancelled)
    on_hold = Case.select().join(Status).where(Status.kind == "on_hold")
    assert all(c.hold_reason and c.resume_date for c in on_hold)
    scheduled = Case.select().join(Status).where(Status.code.in_(["scheduled", "first_appointment"]))
    assert all(c.appointment_at and c.appointment_at > REFERENCE for c in scheduled)
    for case in Case.select().limit(50):
        assert case.owner_name and case.internal_ref and case.city and case.number
        assert case.created_at <= case.updated_at <= REFERENCE


def test_index_values_are_canonical_text(office):
    values = (IndexValue.select(IndexValue.value, IndexField.kind, IndexField.code).join(IndexField).tuples())
    kinds = set()
    for value, kind, code in values:
        kinds.add(kind)
        if kind == "date":
            dt.date.fromisoformat(value)
        elif kind == "bool":
            assert value in ("0", "1")
        elif kind in ("money", "number"):
            assert str(Decimal(value)) == value, (code, value)
    assert kinds == {"text", "number", "money", "date", "choice", "bool"}
    required = IndexField.select().where(IndexField.required)
    for index_field in required:
        missing = (Case.select().where((Case.work_area == index_field.work_area_id) & Case.id.not_in(
            IndexValue.select(IndexValue.case).where(IndexValue.field == index_field))))
        assert not missing.exists(), index_field.code


# -- consistency -------------------------------------------------------------------------

def test_every_document_points_to_a_stored_blob_that_verifies(office):
    shas = {sha for (sha,) in Document.select(Document.blob).distinct().tuples()}
    shas |= {sha for (sha,) in DocumentVersion.select(DocumentVersion.blob).distinct().tuples()}
    assert shas <= {sha for (sha,) in Blob.select(Blob.sha256).tuples()}
    assert all(office.blobs.verify(sha) for sha in shas)
    for document in Document.select().where(Document.version_count == 1):
        assert [v.blob_id for v in document.versions] == [document.blob_id]
    assert not (Document.select().join(DocumentType)
                .where(DocumentType.work_area != Case.select(Case.work_area).where(Case.id == Document.case))
                .exists())


def test_the_store_holds_exactly_the_blobs_in_use(office):
    in_use = {sha for (sha,) in Document.select(Document.blob).distinct().tuples()}
    in_use |= {sha for (sha,) in DocumentVersion.select(DocumentVersion.blob).distinct().tuples()}
    assert set(office.blobs.stored()) == {sha for (sha,) in Blob.select(Blob.sha256).tuples()} == in_use


def test_a_failure_midway_leaves_the_data_dir_as_it_was(workspace, monkeypatch):
    before = {(i.name, i.sql) for t in workspace.database.get_tables() for i in workspace.database.get_indexes(t)}

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(generate.Expander, "expand_chunk", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        generate_demo(workspace, cases=60)
    assert Office.select().count() == Case.select().count() == Contact.select().count() == 0
    assert User.select().count() == 1 and Team.select().count() == 0
    assert not list(workspace.blobs.stored())
    assert not list(workspace.data_dir.glob(".demo-stage-*"))
    after = {(i.name, i.sql) for t in workspace.database.get_tables() for i in workspace.database.get_indexes(t)}
    assert after == before
    assert workspace.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert workspace.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    monkeypatch.undo()
    generate_demo(workspace, cases=60)  # and the data dir is still usable
    assert icon_states.drift() == []


def test_real_files_are_varied_and_searchable(workspace):
    generate_demo(workspace, cases=80, documents=30)
    mimes = {m for (m,) in Document.select(Document.mime).distinct().tuples()}
    assert {"application/pdf", "image/jpeg", "image/png", "image/tiff"} <= mimes
    assert any("wordprocessingml" in m for m in mimes)
    assert Document.select().where((Document.mime == "application/pdf") & (Document.pages > 1)).exists()
    assert Document.select().where((Document.mime == "image/tiff") & (Document.pages > 1)).exists()
    assert Document.select().where(Document.text.contains("Rapport de diagnostic")).exists()
    assert Document.select().where(Document.text.contains("Informe pericial")).exists()
    sources = {s for (s,) in Document.select(Document.source).distinct().tuples()}
    assert len(sources) >= 4
    newest = [c for (c,) in Case.select(Case.id).order_by(Case.id.desc()).limit(30).tuples()]
    assert all(Document.select().where(Document.case == c).exists() for c in newest)


def test_the_full_text_index_is_whole_and_the_triggers_are_back(office):
    """The index is built beside the index rebuild and copied in (demo/search_index.py): FTS5's own
    check against the documents, the same answers as an index built document by document, and the
    triggers that keep it in step afterwards."""
    db = office.database
    db.execute_sql("INSERT INTO document_search(document_search, rank) VALUES ('integrity-check', 1)")
    words = ["rapport", "diagnostic*", "informe", "modelo*", "vistoria"]

    def answers() -> list[list[int]]:
        return [sorted(i for (i,) in db.execute_sql(
            "SELECT rowid FROM document_search WHERE document_search MATCH ?", (word,))) for word in words]

    built = answers()
    assert sum(map(len, built)) > 0
    db.execute_sql("INSERT INTO document_search(document_search) VALUES ('delete-all')")
    db.execute_sql('INSERT INTO document_search (rowid, title, text) SELECT id, title, text FROM "document" '
                   "WHERE trashed = 0")
    assert answers() == built
    triggers = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"document_search_insert", "document_search_delete", "document_search_update"} <= triggers


def test_rows_read_back_through_the_models(office):
    case = Case.select().where(Case.tariff > 0).first()
    assert isinstance(case.tariff, Decimal) and case.tariff == case.tariff.quantize(Decimal("0.01"))
    assert case.created_at.tzinfo is not None
    stored = office.database.execute_sql('SELECT created_at FROM "case" WHERE id = ?', (case.id,)).fetchone()[0]
    assert stored == format_timestamp(case.created_at)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00:00", stored)
    assert isinstance(case.archived, bool)
    clock = Clock()
    assert clock.ts(12345678) == format_timestamp(clock.moment(12345678))


def test_foreign_keys_indexes_and_pragmas_are_intact(workspace):
    before = {(i.name, i.sql) for t in workspace.database.get_tables() for i in workspace.database.get_indexes(t)}
    generate_demo(workspace, cases=60)
    after = {(i.name, i.sql) for t in workspace.database.get_tables() for i in workspace.database.get_indexes(t)}
    assert after == before
    assert workspace.database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert workspace.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert workspace.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert workspace.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(workspace.data_dir.glob(".demo-*"))  # the chunks' and the search index's stage files


def test_numbering_series_continue_after_the_demo(office):
    admin = auth.default_actor()
    for series in NumberingSeries.select():
        numbers = [n for (n,) in Case.select(Case.number).where(Case.series == series).tuples()]
        assert len(numbers) == len(set(numbers)) > 0
        assert series.next_value == len(numbers) + 1
        assert f"{series.prefix}{len(numbers):0{series.width}d}" in numbers
    area = WorkArea.get(WorkArea.code == "SIN")
    case, _ = case_editing.create_case(admin, area.id)
    assert case.number == "24" + f"{Case.select().where(Case.work_area == area).count():06d}"


def test_contacts_come_from_the_office_locale(office):
    from faker.providers.person.fr_FR import Provider as French
    from faker.providers.person.pt_BR import Provider as Brazilian

    def owners(area_code):
        return (Contact.select().join(Case, on=(Case.owner == Contact.id)).join(WorkArea)
                .where((WorkArea.code == area_code) & (Contact.kind == "person")))

    french = list(owners("DIAG"))
    assert french and all(c.country == "FR" and c.first_name in French.first_names for c in french)
    brazilian = list(owners("ATD"))
    assert brazilian and all(c.country == "BR" and c.first_name in Brazilian.first_names for c in brazilian)
    assert all(c.country == "ES" for c in owners("SIN"))
    prescribers = {c.company for c in Contact.select().join(Case, on=(Case.prescriber == Contact.id))
                   .join(WorkArea).where(WorkArea.code == "SIN")}
    assert prescribers <= {"Mapfre", "Allianz", "AXA", "Generali", "Zurich"}


# -- users -------------------------------------------------------------------------------

def test_users_teams_and_roles(office):
    logins = {u.login: u for u in User.select()}
    assert set(logins) == {login for login, _, _ in DEMO_LOGINS}
    for login, role, _ in DEMO_LOGINS:
        assert logins[login].role.code == role
    assert logins["admin"].password_hash is None
    assert auth.authenticate("clerk", "demo").login == "clerk"
    assert auth.authenticate("advisor4", "demo").role == "sales_advisor"
    hashes = {u.password_hash for u in User.select().where(User.login != "admin")}
    assert len(hashes) == 1  # hashed once, shared
    teams = list(Team.select())
    assert len(teams) == 2
    for team in teams:
        members = {u.role.code for u in team.members}
        advisors = [u for u in team.members if u.role.code == "sales_advisor"]
        assert "sales_manager" in members and 2 <= len(advisors) <= 3
    sales = Case.select().join(WorkArea).where(WorkArea.code == "VN")
    for case in sales:
        if case.assigned_user_id:
            assert case.team_id == User.get_by_id(case.assigned_user_id).team_id
    technicians = {u.id for u in User.select().join(auth.Role).where(auth.Role.code == "technician")}
    repair = Case.select().join(WorkArea).where((WorkArea.code == "SIN") & Case.assigned_user.is_null(False))
    assert repair.exists() and all(c.assigned_user_id in technicians for c in repair)


# -- refusals ----------------------------------------------------------------------------

def test_refuses_a_data_dir_that_holds_an_office(office):
    counts = {t: len(rows) for t, rows in snapshot(office).items()}
    with pytest.raises(UserError) as caught:
        generate_demo(office, cases=10)
    assert caught.value.message == MESSAGE
    assert {t: len(rows) for t, rows in snapshot(office).items()} == counts


def test_refuses_offices_without_cases_and_writes_nothing(workspace):
    with write_transaction():
        presets.create_office("repair")
    with pytest.raises(UserError, match="already holds an office"):
        generate_demo(workspace, cases=10)
    assert Case.select().count() == 0 and User.select().count() == 1
    assert not list(workspace.blobs.stored())


def test_refuses_bad_arguments_and_other_engines(workspace):
    with pytest.raises(UserError):
        generate_demo(workspace, cases=0)
    elsewhere = Workspace(workspace.data_dir, pw.PostgresqlDatabase(None), "postgresql://x/y", workspace.blobs)
    with pytest.raises(UserError, match="SQLite"):
        generate_demo(elsewhere, cases=10)
    assert Case.select().count() == 0


def test_progress_reaches_the_end(workspace):
    calls = []
    summary = generate_demo(workspace, cases=50, documents=0, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert summary.cases == 50 and summary.real_file_cases == 0
    assert "50 cases" in str(summary) and "4 offices" in str(summary)
    assert not DocumentVersion.select().where(DocumentVersion.number == 2).exists()
