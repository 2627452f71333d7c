"""Case list filters (services/case_list/case_filters.py through queries.case_ids) against direct SQL.

The office is the demo generator's (every status, icon state and origin of the four offices);
each filter's ids are compared with an independent plain-SQL query on the case table.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from desktop_app.demo.generate import generate_demo
from desktop_app.errors import PermissionDenied, UserError
from desktop_app.models import AuditEvent, SavedView, User, db
from desktop_app.services.case_list import case_queries, filter_choices, filter_sql, saved_views
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.case_list.saved_views import ViewExists, ViewSpec
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage.database import write_transaction

CASES = 700


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("filters-demo") / "data"
    ws = open_workspace(data_dir, create=True)
    try:
        generate_demo(ws, cases=CASES, seed=5, documents=0)
        with write_transaction():  # a few trashed ones, so every view has rows
            db.execute_sql('UPDATE "case" SET trashed = 1 WHERE id % 50 = 0')
    finally:
        close_workspace(ws)
    return data_dir


@pytest.fixture
def demo(demo_template, tmp_path):
    ws = open_workspace(shutil.copytree(demo_template, tmp_path / "office"))
    yield ws
    close_workspace(ws)


def direct(where: str, params: tuple = ()) -> set[int]:
    """The expected ids: plain SQL over the whole table, active cases only unless told."""
    sql = f'SELECT id FROM "case" WHERE {where}'
    return {row[0] for row in db.execute_sql(sql, params).fetchall()}


ACTIVE = "archived = 0 AND trashed = 0"


def common(column: str, n: int = 2) -> list:
    rows = db.execute_sql(
        f'SELECT {column}, count(*) FROM "case" WHERE {column} != \'\' AND {ACTIVE} '
        f"GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {n}").fetchall()
    return [row[0] for row in rows]


def ids(case_filter: CaseFilter, **kwargs) -> list[int]:
    return list(case_queries.case_ids(auth.default_actor(), case_filter, **kwargs))


def test_no_filter_is_the_active_cases_and_each_view_its_own(demo):
    assert set(ids(CaseFilter())) == direct(ACTIVE)
    assert set(ids(CaseFilter(view=ViewMode.ARCHIVED))) == direct("archived = 1 AND trashed = 0")
    trash = ids(CaseFilter(view=ViewMode.TRASH))
    assert trash and set(trash) == direct("trashed = 1")


def test_each_filter_narrows_to_what_direct_sql_finds(demo):
    statuses = [row[0] for row in db.execute_sql(
        f'SELECT status_id FROM "case" WHERE {ACTIVE} GROUP BY 1 ORDER BY count(*) DESC LIMIT 3').fetchall()]
    natures, origins, trades = common("nature"), common("origin"), common("trade")
    contract = common("contract", 1)[0][:3].lower()
    users = common("assigned_user_id", 2)
    technician = db.execute_sql("SELECT technician_id FROM service_order WHERE technician_id IS NOT NULL "
                                "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    day = dt.date(2025, 6, 1)
    start = filter_sql.start_of_day(day)  # local midnight, as the bar means it
    end = filter_sql.start_of_day(dt.date(2025, 9, 30) + dt.timedelta(days=1))
    utc = "%Y-%m-%d %H:%M:%S.%f+00:00"
    me = auth.actor_for_login(db.execute_sql(
        'SELECT u.login FROM "user" u JOIN "case" c ON c.assigned_user_id = u.id GROUP BY u.id '
        "ORDER BY count(*) DESC LIMIT 1").fetchone()[0])
    cases = [
        (CaseFilter(statuses=tuple(statuses)), f"status_id IN ({','.join(map(str, statuses))})", ()),
        (CaseFilter(natures=tuple(natures)), "nature IN (?, ?)", tuple(natures)),
        (CaseFilter(origins=(origins[0],)), "origin = ?", (origins[0],)),
        (CaseFilter(trades=tuple(trades)), "trade IN (?, ?)", tuple(trades)),
        (CaseFilter(created_from=day, created_to=dt.date(2025, 9, 30)), "created_at >= ? AND created_at < ?",
         (start.astimezone(dt.UTC).strftime(utc), end.astimezone(dt.UTC).strftime(utc))),
        (CaseFilter(order_from=day), "order_date >= ?", (day.isoformat(),)),
        (CaseFilter(order_to=day), "order_date <= ?", (day.isoformat(),)),
        (CaseFilter(assigned_user_ids=tuple(users)), "assigned_user_id IN (?, ?)", tuple(users)),
        (CaseFilter(technician_ids=(technician,)),
         "id IN (SELECT case_id FROM service_order WHERE technician_id = ?)", (technician,)),
        (CaseFilter(invoice_states=(2,)), "invoice_state = 2", ()),
        (CaseFilter(quote_states=(1, 3)), "quote_state IN (1, 3)", ()),
        (CaseFilter(installments_states=(1,)), "installments_state = 1", ()),
        (CaseFilter(max_documents=0), "document_count = 0", ()),
        (CaseFilter(min_documents=3), "document_count >= 3", ()),
        (CaseFilter(min_documents=1, max_documents=2), "document_count BETWEEN 1 AND 2", ()),
        (CaseFilter(contract=contract), "lower(contract) LIKE ?", (contract + "%",)),
    ]
    everything = direct(ACTIVE)
    for case_filter, where, params in cases:
        expected = direct(f"{ACTIVE} AND {where}", params)
        got = ids(case_filter)
        assert len(got) == len(set(got)), case_filter
        assert set(got) == expected, case_filter
        assert 0 < len(expected) < len(everything), (case_filter, len(expected))  # it really narrows
        assert case_filter.active_count == 1
    mine = case_queries.case_ids(me, CaseFilter(mine=True))
    assert set(mine) == direct(f"{ACTIVE} AND (assigned_user_id = ? OR created_by_id = ?)", (me.user_id,) * 2)
    assert mine


def test_filters_combine_with_each_other_search_work_area_and_sort(demo):
    origin = common("origin", 1)[0]
    area = db.execute_sql('SELECT work_area_id FROM "case" WHERE origin = ? LIMIT 1', (origin,)).fetchone()[0]
    combined = CaseFilter(work_area_id=area, origins=(origin,), invoice_states=(0, 1), min_documents=1)
    expected = direct(f"{ACTIVE} AND work_area_id = ? AND origin = ? AND invoice_state IN (0, 1) "
                      "AND document_count >= 1", (area, origin))
    assert expected and set(ids(combined)) == expected
    assert combined.active_count == 3
    for key in sorted(case_queries.SORT_KEYS):
        got = ids(combined, order_by=key, descending=False)
        assert set(got) == expected, key
    by_owner = ids(combined, order_by="owner", descending=False)
    owners = [case_queries.case_rows(by_owner)[i].owner for i in by_owner]
    assert owners == sorted(owners, key=str.casefold)
    # the search box narrows on top: an owner's prefix
    name = case_queries.case_rows(by_owner[:1])[by_owner[0]].owner
    searched = ids(combined.with_(search=name[:4]))
    assert by_owner[0] in searched and set(searched) <= expected
    assert set(searched) == {i for i in expected
                             if any(str(v or "").lower().startswith(name[:4].lower()) for v in db.execute_sql(
                                 'SELECT owner_name, prescriber_name, internal_ref, city, protocol, contract, '
                                 'number FROM "case" WHERE id = ?', (i,)).fetchone())}


def test_search_finds_protocol_and_contract(demo):
    protocol, contract = db.execute_sql(
        "SELECT protocol, contract FROM \"case\" WHERE protocol != '' AND contract != '' AND "
        f"{ACTIVE} LIMIT 1").fetchone()
    assert set(ids(CaseFilter(search=protocol))) == direct(
        f"{ACTIVE} AND (lower(protocol) LIKE ? OR lower(contract) LIKE ? OR lower(owner_name) LIKE ? "
        "OR lower(prescriber_name) LIKE ? OR lower(internal_ref) LIKE ? OR lower(city) LIKE ? "
        "OR number LIKE ?)", (protocol.lower() + "%",) * 7)
    assert set(ids(CaseFilter(search=contract.lower()))) >= direct(f"{ACTIVE} AND contract = ?", (contract,))


def test_trash_is_for_administrators_only(demo):
    clerk = auth.actor_for_login(db.execute_sql(
        "SELECT u.login FROM \"user\" u JOIN role r ON r.id = u.role_id WHERE r.code != 'admin' LIMIT 1"
    ).fetchone()[0])
    with pytest.raises(PermissionDenied):
        case_queries.case_ids(clerk, CaseFilter(view=ViewMode.TRASH))
    with pytest.raises(PermissionDenied):
        case_queries.case_ids_query(clerk, CaseFilter(view=ViewMode.TRASH))
    assert list(case_queries.case_ids(clerk, CaseFilter(view=ViewMode.ARCHIVED))) is not None


def test_round_trip_and_damaged_input():
    full = CaseFilter(work_area_id=3, statuses=(4, 5), natures=("Agua",), origins=("AXA", "Web"),
                      trades=("Fontanero",), created_from=dt.date(2025, 1, 1), created_to=dt.date(2025, 2, 1),
                      order_from=dt.date(2024, 1, 1), order_to=dt.date(2024, 12, 31), assigned_user_ids=(7,),
                      technician_ids=(8, 9), invoice_states=(2,), quote_states=(1,), installments_states=(1, 2),
                      min_documents=1, max_documents=4, contract="00", view=ViewMode.ARCHIVED,
                      search="dup", mine=True)
    data = json.loads(json.dumps(full.to_dict()))
    assert CaseFilter.from_dict(data) == full
    assert full.active_count == 15  # 11 lists and flags, 3 ranges, the view
    assert full.cleared() == CaseFilter(work_area_id=3) and CaseFilter().to_dict() == {}
    damaged = {"statuses": [1, "x", True, 2, 1], "origins": "AXA", "created_from": "2025-13-45",
               "order_to": 20250101, "min_documents": -3, "max_documents": "4", "view": "bin",
               "mine": "yes", "contract": None, "unknown": {"a": 1}, "work_area_id": "2", "search": "  ab "}
    parsed = CaseFilter.from_dict(damaged)
    assert parsed == CaseFilter(statuses=(1, 2), search="ab")
    for bad in (None, [], "x", 3):
        assert CaseFilter.from_dict(bad) == CaseFilter()


def test_saved_views_round_trip_and_stay_private(demo):
    admin = auth.default_actor()
    other = auth.actor_for_login(User.select(User.login).where(User.id != admin.user_id).first().login)
    spec = ViewSpec("Unpaid AXA", CaseFilter(origins=("AXA",), invoice_states=(2,)), "owner", False,
                    "number:120:0,owner:200:0,city:90:1")
    saved = saved_views.save_view(admin, spec)
    assert saved.id and saved.case_filter == spec.case_filter and saved.columns == spec.columns
    assert (saved.order_by, saved.descending) == ("owner", False)
    assert [v.name for v in saved_views.list_views(admin)] == ["Unpaid AXA"]
    assert saved_views.list_views(other) == []
    with pytest.raises(ViewExists):
        saved_views.save_view(admin, ViewSpec("  Unpaid   AXA ", CaseFilter()))
    again = saved_views.save_view(admin, ViewSpec("Unpaid AXA", CaseFilter(mine=True)), overwrite=True)
    assert again.id == saved.id and again.case_filter == CaseFilter(mine=True)
    with pytest.raises(UserError, match="empty"):
        saved_views.save_view(admin, ViewSpec("   ", CaseFilter()))
    with pytest.raises(UserError, match="at most 80"):
        saved_views.save_view(admin, ViewSpec("x" * 81, CaseFilter()))
    from desktop_app.errors import NotFound

    with pytest.raises(NotFound):
        saved_views.rename_view(other, saved.id, "Mine now")
    with pytest.raises(NotFound):
        saved_views.delete_view(other, saved.id)
    renamed = saved_views.rename_view(admin, saved.id, "Mine")
    assert renamed.name == "Mine"
    saved_views.delete_view(admin, saved.id)
    assert saved_views.list_views(admin) == [] and SavedView.select().count() == 0
    actions = [a for (a,) in AuditEvent.select(AuditEvent.action).where(AuditEvent.entity == "saved_view")
               .order_by(AuditEvent.id).tuples()]
    assert actions == ["view.create", "view.overwrite", "view.rename", "view.delete"]
    with write_transaction():  # a damaged payload reads as the empty view, not a crash
        SavedView.create(user=admin.user_id, name="Broken", payload="{not json")
    assert saved_views.list_views(admin)[0].case_filter == CaseFilter()


def test_choices_come_from_the_data_and_follow_the_work_area(demo):
    admin = auth.default_actor()
    filter_choices.clear_choice_cache()
    everything = filter_choices.filter_choices(admin, None)
    assert [c.value for c in everything.origins] == sorted(
        r[0] for r in db.execute_sql("SELECT DISTINCT origin FROM \"case\" WHERE origin != ''").fetchall())
    assert {c.value for c in everything.trades} == {
        r[0] for r in db.execute_sql("SELECT DISTINCT trade FROM \"case\" WHERE trade != ''").fetchall()}
    area = everything.work_areas[0].value
    one = filter_choices.filter_choices(admin, area)
    expected = [r[0] for r in db.execute_sql(
        "SELECT s.id FROM status s JOIN workflow w ON w.id = s.workflow_id WHERE w.work_area_id = ? "
        "ORDER BY s.position, s.id", (area,)).fetchall()]
    assert [c.value for c in one.statuses] == expected and len(everything.statuses) > len(expected)
    assert everything.technicians and {c.value for c in everything.technicians} <= {c.value for c in everything.users}


def test_a_value_a_case_gets_is_offered_by_the_bar_at_once(demo):
    from desktop_app.models import Case, WorkArea
    from desktop_app.services.cases import case_editing

    admin = auth.default_actor()
    before = filter_choices.filter_choices(admin, None)  # fills the cache
    assert "Sinistre grêle" not in {c.value for c in before.natures}
    area = WorkArea.select().first()
    created, _ = case_editing.create_case(admin, area.id, city="Nantes", nature="Sinistre grêle")
    assert "Sinistre grêle" in {c.value for c in filter_choices.filter_choices(admin, None).natures}
    case_editing.update_case(admin, created.id, Case.get_by_id(created.id).version, trade="Couvreur zingueur")
    assert "Couvreur zingueur" in {c.value for c in filter_choices.filter_choices(admin, None).trades}
