"""Statistics over a small demo office, checked against direct SQL: archived in, trashed out, visibility."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desktop_app.demo.generate import generate_demo
from desktop_app.errors import StorageError, UserError
from desktop_app.models import Case, Role, User, WorkArea, db
from desktop_app.models.states import RoleCode
from desktop_app.services.context import Actor
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.reporting import statistics

COUNTED = "trashed = 0"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws = open_workspace(tmp_path_factory.mktemp("stats-demo") / "data", create=True)
    generate_demo(ws, cases=400, seed=11, documents=0)
    # Make sure both edge cases exist: some archived cases (counted) and some trashed ones (not).
    db.execute_sql('UPDATE "case" SET archived = 1 WHERE id % 7 = 0')
    db.execute_sql('UPDATE "case" SET trashed = 1 WHERE id % 11 = 0')
    yield ws
    close_workspace(ws)


def actor(code: str) -> Actor:
    return Actor.from_user(User.select().join(Role).where(Role.code == code).order_by(User.id).first())


def direct(sql: str, params: tuple = ()) -> dict:
    return {key: count for key, count in db.execute_sql(sql, params).fetchall()}


def counts(rows) -> dict:
    return {row.key: row.count for row in rows}


def test_counts_match_direct_queries_archived_in_trashed_out(demo):
    stats = statistics.compute(actor(RoleCode.ADMIN))
    total = db.execute_sql(f'SELECT count(*) FROM "case" WHERE {COUNTED}').fetchone()[0]
    archived = db.execute_sql(f'SELECT count(*) FROM "case" WHERE {COUNTED} AND archived = 1').fetchone()[0]
    trashed = db.execute_sql('SELECT count(*) FROM "case" WHERE trashed = 1').fetchone()[0]
    assert archived > 0 and trashed > 0
    assert stats.total == total
    assert counts(stats.tables["status"]) == direct(f'SELECT status_id, count(*) FROM "case" WHERE {COUNTED} GROUP BY 1')
    assert counts(stats.tables["work_area"]) == direct(
        f'SELECT work_area_id, count(*) FROM "case" WHERE {COUNTED} GROUP BY 1')
    assert counts(stats.tables["user"]) == direct(
        f'SELECT assigned_user_id, count(*) FROM "case" WHERE {COUNTED} GROUP BY 1')
    assert counts(stats.tables["month"]) == direct(
        f'SELECT substr(created_at, 1, 7), count(*) FROM "case" WHERE {COUNTED} GROUP BY 1')
    assert sum(row.count for row in stats.tables["month"]) == total
    status = stats.tables["status"][0]
    assert status.colour.startswith("#") and status.kind and status.label
    assert sum(row.share for row in stats.tables["status"]) == pytest.approx(Decimal(100), abs=Decimal("0.1"))


def test_cancellations_per_reason_with_amounts_and_shares(demo):
    stats = statistics.compute(actor(RoleCode.ADMIN))
    rows = db.execute_sql(
        f'SELECT c.cancellation_reason_id, r.label, count(*), sum(c.amount) FROM "case" c '
        f"JOIN status s ON s.id = c.status_id LEFT JOIN cancellation_reason r ON r.id = c.cancellation_reason_id "
        f"WHERE c.{COUNTED} AND s.kind = 'closed_cancelled' GROUP BY 1").fetchall()
    assert len(rows) >= 2
    cancelled = sum(r[2] for r in rows)
    assert stats.cancelled == cancelled
    got = {row.key: row for row in stats.tables["cancellation"]}
    for reason_id, label, count, amount in rows:
        row = got[reason_id]
        assert (row.label, row.count) == (label, count)
        assert row.amount == Decimal(str(amount)).quantize(Decimal("0.01"))
        assert isinstance(row.amount, Decimal)
        assert row.share == (Decimal(count) * 100 / cancelled).quantize(Decimal("0.01"))
    counts_in_order = [row.count for row in stats.tables["cancellation"]]
    assert counts_in_order == sorted(counts_in_order, reverse=True)


def test_work_area_and_date_range_filters(demo):
    admin = actor(RoleCode.ADMIN)
    area = db.execute_sql(f'SELECT work_area_id FROM "case" WHERE {COUNTED} GROUP BY 1 ORDER BY count(*) DESC').fetchone()[0]
    stats = statistics.compute(admin, area)
    assert counts(stats.tables["work_area"]) == direct(
        f'SELECT work_area_id, count(*) FROM "case" WHERE {COUNTED} AND work_area_id = ? GROUP BY 1', (area,))
    months = sorted(counts(statistics.compute(admin).tables["month"]))
    year, month = map(int, months[len(months) // 2].split("-"))
    start = dt.date(year, month, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    ranged = statistics.compute(admin, None, start, end)
    low = dt.datetime.combine(start, dt.time()).astimezone()
    high = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()).astimezone()
    expected = (Case.select().where(~Case.trashed & (Case.created_at >= low) & (Case.created_at < high)).count())
    assert 0 < ranged.total == expected < statistics.compute(admin).total


def test_an_advisor_sees_only_his_cases(demo):
    advisor = actor(RoleCode.SALES_ADVISOR)
    stats = statistics.compute(advisor)
    own = direct(f'SELECT status_id, count(*) FROM "case" WHERE {COUNTED} AND (assigned_user_id = ? OR created_by_id = ? '
                 f"OR id IN (SELECT case_id FROM access_grant WHERE user_id = ?)) GROUP BY 1",
                 (advisor.user_id,) * 3)
    everyone = statistics.compute(actor(RoleCode.ADMIN)).total
    assert 0 < stats.total < everyone
    assert counts(stats.tables["status"]) == own


def test_the_grouped_queries_use_indexes(demo):
    admin = actor(RoleCode.ADMIN)
    for breakdown in ("status", "work_area", "user"):
        sql, params = statistics.grouped_query(admin, breakdown).sql()
        plan = " | ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, (breakdown, plan)
    sql, params = statistics.grouped_query(admin, "cancellation").sql()
    plan = " | ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "case_status_id" in plan, plan


def test_export_csv_and_xlsx_read_back(demo, tmp_path):
    admin = actor(RoleCode.ADMIN)
    rows = statistics.compute(admin).tables["cancellation"]
    rows = [*rows, statistics.StatRow(None, "=HYPERLINK(1)", 1, Decimal("0.50"), Decimal("1234.50"))]
    headers = ["Reason", "Cases", "Share %", "Amount"]
    out = tmp_path / "cancel.csv"
    assert statistics.export_table(admin, rows, headers, "csv", out) == len(rows)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == headers
    assert lines[1] == [rows[0].label, str(rows[0].count), f"{rows[0].share:.2f}".replace(".", ","),
                        f"{rows[0].amount:.2f}".replace(".", ",")]
    assert lines[-1] == ["'=HYPERLINK(1)", "1", "0,50", "1234,50"]
    xlsx = tmp_path / "cancel.xlsx"
    statistics.export_table(admin, rows, headers, "xlsx", xlsx, sheet="Cancellations")
    sheet = load_workbook(xlsx, read_only=True)["Cancellations"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == headers
    assert values[1][:2] == [rows[0].label, rows[0].count]
    assert Decimal(str(values[1][3])) == rows[0].amount
    assert values[-1][0] == "'=HYPERLINK(1)"
    # Breakdowns without amounts export three columns
    months = statistics.compute(admin).tables["month"]
    statistics.export_table(admin, months, ["Month", "Cases", "Share %", "Amount"], "csv", out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == "Month;Cases;Share %"
    with pytest.raises(Exception, match="pdf"):
        statistics.export_table(admin, months, headers, "pdf", out)


def test_a_bad_export_target_is_refused_and_an_existing_file_survives(demo, tmp_path, monkeypatch):
    admin = actor(RoleCode.ADMIN)
    rows = statistics.compute(admin).tables["status"]
    headers = ["Status", "Cases", "Share %"]
    with pytest.raises(UserError, match="pdf"):
        statistics.export_table(admin, rows, headers, "pdf", tmp_path / "s.pdf")
    with pytest.raises(UserError, match="does not exist"):
        statistics.export_table(admin, rows, headers, "csv", tmp_path / "missing" / "s.csv")
    with pytest.raises(UserError, match="folder"):
        statistics.export_table(admin, rows, headers, "csv", tmp_path)
    kept = tmp_path / "kept.csv"
    kept.write_text("earlier export", encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(statistics, "_write_csv", broken)
    with pytest.raises(StorageError, match="No space left"):
        statistics.export_table(admin, rows, headers, "csv", kept)
    assert kept.read_text(encoding="utf-8") == "earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_over_all_work_areas_a_status_names_its_work_area(demo):
    """Two work areas may each have a "Cerrado": the rows must say which is which."""
    rows = statistics.compute(actor(RoleCode.ADMIN)).tables["status"]
    labels = [row.label for row in rows]
    assert len(labels) == len(set(labels))
    area = WorkArea.get(WorkArea.code == "DIAG")
    one_area = statistics.compute(actor(RoleCode.ADMIN), work_area_id=area.id).tables["status"]
    assert all(" · " not in row.label for row in one_area)
    assert all(row.label.endswith(f" · {area.name}") for row in rows if row.key in {r.key for r in one_area})
