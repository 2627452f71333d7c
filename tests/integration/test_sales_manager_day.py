"""The sales manager's day end to end (S1-R2, S1-R3), on a real dealership office.

Two teams, each a manager and advisors. An advisor works a case through the sales phases;
the manager of his team (and only he) is notified; the manager signs in with his password,
sees exactly his team's cases (in the services and in the real window, bell included), is
refused the close while the workflow's documents are missing, and closes once they are in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app import wait_until_settled
from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import AuditEvent, Case, DocumentType, Status, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases import case_editing, status_moves
from desktop_app.services.documents import document_import
from desktop_app.services.people import auth, notifications, users
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

PASSWORD = "north team 2026"


@pytest.fixture
def dealership(tmp_path: Path):
    from desktop_app.services.office.workspace import close_workspace, open_workspace
    from desktop_app.services.settings import presets

    data_dir = tmp_path / "data"
    workspace = open_workspace(data_dir, create=True)
    with write_transaction():
        presets.create_office("dealership")
    admin = auth.default_actor()
    area = WorkArea.get(WorkArea.code == "VN")
    north = users.create_team(admin, "Equipo Norte", area.office_id).id
    south = users.create_team(admin, "Equipo Sur", area.office_id).id
    for login, role, team in [("m1", RoleCode.SALES_MANAGER, north), ("a1", RoleCode.SALES_ADVISOR, north),
                              ("a2", RoleCode.SALES_ADVISOR, north), ("m2", RoleCode.SALES_MANAGER, south),
                              ("b1", RoleCode.SALES_ADVISOR, south)]:
        users.create_user(admin, login, f"{login.upper()} Person", role, team, password=PASSWORD)
    actors = {login: auth.actor_for_login(login) for login in ("m1", "a1", "a2", "m2", "b1")}
    numbers = {}
    for login in ("a1", "a2", "b1"):  # each advisor opens a case of his own
        case, _ = case_editing.create_case(actors[login], area.id, subject=f"Sale by {login}")
        numbers[login] = case.number
    yield workspace, data_dir, area, actors, numbers, tmp_path
    close_workspace(workspace)


def _add(workspace, actor, case_id: int, area: WorkArea, code: str, folder: Path) -> None:
    doc_type = DocumentType.get((DocumentType.work_area == area.id) & (DocumentType.code == code))
    document_import.add_document(workspace, actor, case_id, make_pdf(folder / f"{code}.pdf", f"{code} text"),
                           document_type_id=doc_type.id)


def test_a_manager_sees_his_team_is_notified_and_closes_a_file_whose_guards_pass(dealership):
    workspace, _data_dir, area, actors, numbers, folder = dealership
    case = Case.get(Case.number == numbers["a1"])

    # The advisor moves his case along and uploads the signed order (S1-R3).
    status_moves.change_status(actors["a1"], case.id, "order")
    _add(workspace, actors["a1"], case.id, area, "order_form", folder)

    # Only the manager of the advisor's team hears about it (S1-R2).
    kinds = [row.kind for row in notifications.list_notifications(actors["m1"])]
    assert sorted(kinds) == ["document_added", "status_changed"]
    assert all(row.case_number == case.number for row in notifications.list_notifications(actors["m1"]))
    assert notifications.list_notifications(actors["m2"]) == []
    assert notifications.list_notifications(actors["a2"]) == []

    # He signs in with his password and sees his team's cases, not the other team's.
    manager = auth.authenticate("m1", PASSWORD)
    seen = {Case.get_by_id(i).number for i in case_queries.case_ids(manager, CaseFilter(work_area_id=area.id))}
    assert seen == {numbers["a1"], numbers["a2"]}
    # The advisor does not even reach his colleague's case.
    advisor_sees = {Case.get_by_id(i).number for i in case_queries.case_ids(actors["a1"], CaseFilter(work_area_id=area.id))}
    assert advisor_sees == {numbers["a1"]}

    # Closing is the manager's (S1-R2): the advisor is refused whatever the documents.
    with pytest.raises(PermissionDenied):
        status_moves.change_status(actors["a1"], case.id, "closed")
    # The workflow's guard: the invoice is missing, and the refusal names it.
    with pytest.raises(UserError, match="Factura") as refused:
        status_moves.change_status(manager, case.id, "closed")
    assert "Pedido" not in str(refused.value.message)  # the order form is in
    case = Case.get_by_id(case.id)
    assert (case.status.code, case.closed_by_id) == ("order", None)

    _add(workspace, actors["a1"], case.id, area, "invoice", folder)
    status_moves.change_status(manager, case.id, "closed")
    case = Case.get_by_id(case.id)
    assert case.status.code == "closed" and Status.get_by_id(case.status_id).kind == "closed_done"
    assert case.closed_by_id == manager.user_id and case.closed_at is not None
    closing = (AuditEvent.select().where((AuditEvent.case == case.id) & (AuditEvent.action == "case.status"))
               .order_by(AuditEvent.id.desc()).first())
    assert closing.user_id == manager.user_id and '"closed"' in closing.details

    # A manager closes his team's cases only: the other team's case is out of his reach.
    other = Case.get(Case.number == numbers["b1"])
    with pytest.raises(PermissionDenied):
        status_moves.change_status(manager, other.id, "closed")
    archived = list(case_queries.case_ids(manager, CaseFilter(work_area_id=area.id, view=ViewMode.ARCHIVED)))
    assert archived == []


def test_the_managers_window_shows_his_team_and_his_notifications(qtbot, dealership):
    from PySide6.QtWidgets import QTableView, QToolButton

    from desktop_app.app import create_main_window
    from desktop_app.services.office.workspace import close_workspace

    _workspace, data_dir, _area, actors, numbers, folder = dealership
    case = Case.get(Case.number == numbers["a2"])
    status_moves.change_status(actors["a2"], case.id, "order")

    window = create_main_window(data_dir, user="m1")
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    try:
        qtbot.waitExposed(window)
        table = window.findChild(QTableView, "caseTable")
        qtbot.waitUntil(lambda: table.model().rowCount() == 2)
        shown = {table.model().index(row, 0).data() for row in range(table.model().rowCount())}
        assert shown == {numbers["a1"], numbers["a2"]}
        bell = window.findChild(QToolButton, "notificationButton")
        qtbot.waitUntil(lambda: bell.property("unreadCount") == 1)
        window.grab().save(str(folder / "manager-window.png"))
    finally:
        window.close()
        close_workspace(window.session.workspace)
