"""Every path to a case reaches exactly the cases the permissions allow (S2-G1).

A real office: team A (advisors a1 and a2, manager ma), team B (advisor b1, manager mb), a
technician with a service order on one case of team B, an administrative clerk, the admin,
and a read grant on b1's case for a1. For each user the cases reached through the case
list (every view), the search box (by number and by owner name), `casedesk export --user`
(a subprocess), `casedesk import --case` (a subprocess), the statistics, the documents and
the preview, the timeline, alerts and the billing and icon details are compared with the
set written out below by hand (not computed by permissions.py, so a wrong rule fails here).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.errors import NotFound, PermissionDenied
from desktop_app.models import Case, ServiceOrder, WorkArea
from desktop_app.models.states import RoleCode
from desktop_app.services.billing import case_billing, quotes
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.cases import case_details, case_editing, case_lifecycle, grants, notes, timeline
from desktop_app.services.context import Actor
from desktop_app.services.documents import document_copies, document_editing, document_import, document_list
from desktop_app.services.people import auth, users, work_areas
from desktop_app.services.reporting import statistics
from desktop_app.services.status_icons import icon_details
from desktop_app.storage.database import write_transaction
from tests.unit.helpers import make_pdf

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
LIVE = ("A1", "A2", "A2_ARCH", "B1", "NONE", "MOVED")  # every case but the trashed one
# Who may see which case (archived included, the trashed one apart), written out by hand.
VISIBLE = {
    "admin": set(LIVE), "clerk": set(LIVE),
    "ma": {"A1", "A2", "A2_ARCH"},  # the cases of his team
    "mb": {"B1", "MOVED"},
    "a1": {"A1", "B1"},  # his own, and b1's through the read grant
    "a2": {"A2", "A2_ARCH"},  # MOVED was his until it went to team B
    "b1": {"B1", "MOVED"},
    "tech": {"B1"},  # his service order
}
WRITABLE = {**VISIBLE, "a1": {"A1"}}  # a read grant lets a1 see B1, not change it
OWNERS = {"A1": "Alvarez", "A2": "Bravo", "A2_ARCH": "Echeverria", "B1": "Castro", "NONE": "Dorado",
          "MOVED": "Fuentes", "TRASHED": "Gallego"}


class Office:
    def __init__(self, workspace, data_dir: Path, actors: dict[str, Actor], numbers: dict[str, str],
                 ids: dict[str, int], docs: dict[str, int]):
        self.workspace, self.data_dir, self.actors = workspace, data_dir, actors
        self.numbers, self.ids, self.docs = numbers, ids, docs
        self.key_of = {case_id: key for key, case_id in ids.items()}

    def keys(self, case_ids) -> set[str]:
        return {self.key_of[i] for i in case_ids}


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    from desktop_app.services.office.workspace import close_workspace, open_workspace
    from desktop_app.services.settings import presets

    root = tmp_path_factory.mktemp("access")
    data_dir = root / "data"
    workspace = open_workspace(data_dir, create=True)
    with write_transaction():
        presets.create_office("diagnostics")
    admin = auth.default_actor()
    area = WorkArea.get(WorkArea.code == "DIAG")
    team_a = users.create_team(admin, "Equipo A", area.office_id).id
    team_b = users.create_team(admin, "Equipo B", area.office_id).id
    for login, role, team in [("clerk", RoleCode.ADMINISTRATIVE, None), ("ma", RoleCode.SALES_MANAGER, team_a),
                              ("a1", RoleCode.SALES_ADVISOR, team_a), ("a2", RoleCode.SALES_ADVISOR, team_a),
                              ("mb", RoleCode.SALES_MANAGER, team_b), ("b1", RoleCode.SALES_ADVISOR, team_b),
                              ("tech", RoleCode.TECHNICIAN, None)]:
        users.create_user(admin, login, f"{login.upper()} {role}", role, team)
    actors = {login: auth.actor_for_login(login) for login in VISIBLE}
    uid = {login: actor.user_id for login, actor in actors.items()}
    placing = {"A1": ("a1", team_a), "A2": ("a2", team_a), "A2_ARCH": ("a2", team_a), "B1": ("b1", team_b),
               "NONE": (None, None), "MOVED": ("a2", team_a), "TRASHED": ("a1", team_a)}
    files = root / "files"
    files.mkdir()
    ids, numbers, docs = {}, {}, {}
    for key, (login, team) in placing.items():
        from desktop_app.models import Contact

        with write_transaction():
            owner = Contact.create(first_name="Eva", last_name=OWNERS[key])
        case, _ = case_editing.create_case(admin, area.id, owner=owner.id, city="Nantes",
                                    assigned_user=uid[login] if login else None, team=team)
        ids[key], numbers[key] = case.id, case.number
        document, _ = document_import.add_document(workspace, admin, case.id,
                                             make_pdf(files / f"{key}.pdf", f"Report of {OWNERS[key]}"))
        docs[key] = document.id
        notes.add_note(admin, case.id, f"Called {OWNERS[key]}")
        quotes.send_quote(admin, case.id, Decimal("100.00"))
    with write_transaction():
        ServiceOrder.create(case=ids["B1"], number=1, technician=uid["tech"])
    grants.grant_access(actors["mb"], ids["B1"], user_id=uid["a1"], level="read")
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    notes.add_alert(admin, ids["MOVED"], "Call Fuentes back", soon, uid["a2"])  # then the case leaves a2
    case_editing.update_case(admin, ids["MOVED"], Case.get_by_id(ids["MOVED"]).version, assigned_user=uid["b1"],
                      team=team_b)
    notes.add_alert(admin, ids["A2"], "Call Bravo back", soon, uid["a2"])
    case_lifecycle.archive_cases(admin, [ids["A2_ARCH"]])
    case_lifecycle.trash_cases(admin, [ids["TRASHED"]])
    yield Office(workspace, data_dir, actors, numbers, ids, docs)
    close_workspace(workspace)


def _refused(call, *args) -> bool:
    """True if the call was refused as not found / not allowed; False if it answered."""
    try:
        call(*args)
    except (NotFound, PermissionDenied):
        return True
    return False


@pytest.mark.parametrize("login", sorted(VISIBLE))
def test_case_list_in_every_view(office, login):
    actor = office.actors[login]
    reached: set[str] = set()
    for view in ViewMode:
        for area in (None, WorkArea.get(WorkArea.code == "DIAG").id):
            if view == ViewMode.TRASH and login != "admin":
                with pytest.raises(PermissionDenied):
                    case_queries.case_ids(actor, CaseFilter(work_area_id=area, view=view))
                continue
            ids = case_queries.case_ids(actor, CaseFilter(work_area_id=area, view=view))
            reached |= office.keys(ids)
            if view == ViewMode.ACTIVE:  # the older keyword form, archived included
                reached |= office.keys(case_queries.case_ids(actor, work_area=area, include_archived=True))
    assert reached - {"TRASHED"} == VISIBLE[login]
    assert ("TRASHED" in reached) == (login == "admin")  # only the admin opens the trash
    assert office.keys(case_queries.case_ids(actor)) == VISIBLE[login] - {"A2_ARCH"}
    counts = {c.work_area_id: c.case_count for c in work_areas.visible_work_areas(actor)}
    assert sum(counts.values()) == len(VISIBLE[login] - {"A2_ARCH"})


@pytest.mark.parametrize("login", sorted(VISIBLE))
def test_search_by_number_and_owner_name(office, login):
    actor = office.actors[login]
    reached: set[str] = set()
    for key in OWNERS:
        for term in (office.numbers[key], OWNERS[key], OWNERS[key].lower()[:4]):
            for view in (ViewMode.ACTIVE, ViewMode.ARCHIVED):
                ids = case_queries.case_ids(actor, CaseFilter(search=term, view=view))
                found = office.keys(ids)
                assert found <= {key}, (term, found)  # the distinct owner names match one case only
                reached |= found
    assert reached == VISIBLE[login]


def _command(data_dir: Path, login: str, *args: str | Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--user", login,
                             *map(str, args)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_export_on_the_command_line_as_each_user(office, tmp_path):
    running = {login: _command(office.data_dir, login, "export", "--format", "csv", tmp_path / f"{login}.csv")
               for login in VISIBLE}
    listing = {login: _command(office.data_dir, login, "users") for login in ("a1", "admin")}
    by_number = {number: key for key, number in office.numbers.items()}
    out, err = listing["a1"].communicate(timeout=120)
    assert listing["a1"].returncode == 2 and out == "" and "may not do user.manage" in err
    out, err = listing["admin"].communicate(timeout=120)
    assert listing["admin"].returncode == 0 and {line.split()[0] for line in out.splitlines()} == set(VISIBLE)
    for login, process in running.items():
        out, err = process.communicate(timeout=120)
        assert (process.returncode, err) == (0, ""), (login, err)
        with open(tmp_path / f"{login}.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))[1:]
        assert {by_number[row[0]] for row in rows} == VISIBLE[login], login
        assert out.strip() == f"exported {len(VISIBLE[login])} cases to {tmp_path / f'{login}.csv'}"


def test_import_into_a_colleagues_case_is_refused_without_revealing_it(office, tmp_path):
    new = make_pdf(tmp_path / "new.pdf", "new scan")
    attempts = {(login, key): _command(office.data_dir, login, "import", "--case", office.numbers[key], new)
                for login in ("a1", "tech") for key in LIVE}
    attempts[("a1", "nonexistent")] = _command(office.data_dir, "a1", "import", "--case", "D99-999999", new)
    outcome = {}
    for (login, key), process in attempts.items():
        out, err = process.communicate(timeout=120)
        outcome[(login, key)] = (process.returncode, out, err)
    missing = outcome[("a1", "nonexistent")]
    assert missing[0] == 2 and missing[2] == "casedesk: error: No case with number D99-999999.\n"
    for (login, key), (code, out, err) in outcome.items():
        if key == "nonexistent":
            continue
        number = office.numbers[key]
        if key in WRITABLE[login]:
            assert code == 0 and out.startswith(f"added new.pdf to case {number}"), (login, key, err)
        elif key in VISIBLE[login]:  # seen through a read grant: refused, and may say why
            assert code == 2 and "has no access to this case" in err, (login, key, err)
        else:  # the very message of a number that does not exist
            assert (code, out, err) == (2, "", f"casedesk: error: No case with number {number}.\n"), (login, key)
    # Nothing was added where the import was refused.
    for key in LIVE:
        added = [d for d in document_list.documents_of_case(office.actors["admin"], office.ids[key])
                 if d.original_name == "new.pdf"]
        expected = sum(key in WRITABLE[login] for login in ("a1", "tech"))
        assert len(added) == expected, key


@pytest.mark.parametrize("login", sorted(VISIBLE))
def test_statistics_count_only_the_visible_cases(office, login):
    actor = office.actors[login]
    stats = statistics.compute(actor)
    assert stats.total == len(VISIBLE[login])  # archived counted, trashed not
    assert sum(row.count for row in stats.tables["user"]) == len(VISIBLE[login])
    assigned = {row.key for row in stats.tables["user"]} - {None}
    expected = {Case.get_by_id(office.ids[k]).assigned_user_id for k in VISIBLE[login]} - {None}
    assert assigned == expected


@pytest.mark.parametrize("login", sorted(VISIBLE))
def test_documents_and_preview_of_each_case(office, login, tmp_path, qapp):
    from PySide6.QtCore import QSize

    from desktop_app.views.common.session import Session
    from desktop_app.views.preview.preview_render import render_preview

    actor, ws = office.actors[login], office.workspace
    session = Session(workspace=ws, actor=actor)
    for key in LIVE:
        case_id, doc = office.ids[key], office.docs[key]
        refusals = {
            "documents_of_case": _refused(document_list.documents_of_case, actor, case_id),
            "document_detail": _refused(case_details.document_detail, actor, doc),
            "read_content": _refused(document_copies.read_content, ws, actor, doc),
            "versions_of": _refused(document_editing.versions_of, actor, doc),
            "export_copy": _refused(document_copies.export_copy, ws, actor, doc, tmp_path / f"{key}.pdf"),
            "case_detail": _refused(case_details.case_detail, actor, case_id),
        }
        visible = key in VISIBLE[login]
        assert set(refusals.values()) == {not visible}, (key, refusals)
        preview = render_preview(session, doc, QSize(400, 500))
        assert (preview.kind != "unavailable") == visible, (key, preview.reason)
        if not visible:
            assert OWNERS[key] not in preview.reason and office.numbers[key] not in preview.reason
            assert not (tmp_path / f"{key}.pdf").exists()


@pytest.mark.parametrize("login", sorted(VISIBLE))
def test_timeline_notes_billing_and_grants_of_each_case(office, login):
    actor = office.actors[login]
    for key in LIVE:
        case_id = office.ids[key]
        visible = key in VISIBLE[login]
        refused = {
            "timeline": _refused(timeline.case_timeline, actor, case_id),
            "addressees": _refused(notes.possible_addressees, actor, case_id),
            "add_note": _refused(notes.add_note, actor, case_id, "seen"),
            "billing": _refused(case_billing.case_billing, actor, case_id),
            "icon": _refused(icon_details.explain, actor, case_id, "quote"),
            "grants": _refused(grants.grants_of_case, actor, case_id),
            "find": _refused(case_editing.find_by_number, actor, office.numbers[key]),
        }
        assert set(refused.values()) == {not visible}, (key, refused)
        if visible:
            texts = " ".join(e.text for e in timeline.case_timeline(actor, case_id))
            assert f"Called {OWNERS[key]}" in texts


def test_alerts_follow_the_case_not_the_addressee(office):
    """a2 was sent an alert on MOVED before it went to team B: he no longer sees it, nor its alert."""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    due = {office.key_of[a.case_id] for a in notes.due_alerts(office.actors["a2"], now=later)}
    assert due == {"A2"}
