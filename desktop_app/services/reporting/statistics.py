"""Case statistics: counts per status, work area, assigned user, month, and cancellations per reason.

Over the cases the actor may see (permissions.visible_cases), optionally one work area and a
creation-date range. Archived cases count (S2-A1: "still counted in statistics"); trashed
ones do not. Every breakdown is one GROUP BY in SQL, never a walk over the rows in Python.

Cancellations are the cases whose status is of the "closed, cancelled" kind, grouped by
their reason (S2-S11: "90 % cancelled because too expensive"), with their summed amount.
Months are those of the creation instant in UTC, as stored.

Any breakdown can be written to CSV or XLSX with export.py's conventions (`;`, decimal
comma, UTF-8 BOM, formula-injection guard; openpyxl write-only).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP
from desktop_app.models import CancellationReason, Case, Office, Status, User, WorkArea, Workflow, db
from desktop_app.models.states import StatusKind
from desktop_app.services import audit
from desktop_app.services.case_list.filter_sql import start_of_day
from desktop_app.services.context import Actor
from desktop_app.services.permissions import Action, require, visible_cases
from desktop_app.services.reporting.list_export import CSV_DELIMITER, export_file, export_target, inert_text
from desktop_app.storage.database import is_sqlite, unindexed, write_transaction

BREAKDOWNS = ("status", "work_area", "user", "month", "cancellation")
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class StatRow:
    """One line of a breakdown. `key` is the grouped id (None: none set) or the month "YYYY-MM"."""

    key: int | str | None
    label: str
    count: int
    share: Decimal  # percent of the breakdown's total, two places
    amount: Decimal | None = None  # summed Case.amount (cancellations only)
    colour: str = ""  # the status colour (status breakdown only)
    kind: str = ""  # StatusKind (status breakdown only)


@dataclass(frozen=True, slots=True)
class Statistics:
    total: int  # cases counted (archived included, trashed not)
    cancelled: int  # of which in a cancelled status
    tables: dict[str, list[StatRow]] = field(default_factory=dict)  # BREAKDOWNS → rows
    currency: str = "EUR"  # of the amounts: the office's


def base_query(actor: Actor, work_area_id: int | None = None, created_from: dt.date | None = None,
               created_to: dt.date | None = None, *columns: pw.Node, by_group: bool = False) -> pw.Query:
    """Cases counted: visible, not trashed, in the work area and creation range (to inclusive).

    `by_group`: keep the planner off the (trashed, created_at) index, so that the grouped
    column's own (column, archived, trashed, created_at) index drives, covering and in order.
    """
    trashed = unindexed(Case.trashed) if by_group else Case.trashed
    query = Case.select(*columns).where(trashed == False)  # noqa: E712
    if work_area_id is not None:
        query = query.where(Case.work_area == work_area_id)
    if created_from is not None:
        query = query.where(Case.created_at >= start_of_day(created_from))
    if created_to is not None:
        query = query.where(Case.created_at < start_of_day(created_to + dt.timedelta(days=1)))
    clause = visible_cases(actor)
    return query if clause is None else query.where(clause)


def _month() -> pw.Node:
    if is_sqlite():
        return pw.fn.substr(Case.created_at, 1, 7)
    # Literals, not parameters: the server binds each parameter apart, so the SELECT's month
    # and the GROUP BY's would be two different expressions to it.
    return pw.fn.to_char(pw.fn.timezone(pw.SQL("'UTC'"), Case.created_at), pw.SQL("'YYYY-MM'"))


def _cents() -> pw.Node:
    """SUM of amounts in integer cents: exact on SQLite, whose DECIMAL columns hold floats."""
    return pw.fn.SUM(pw.Cast(pw.fn.ROUND(Case.amount * 100), "BIGINT" if not is_sqlite() else "INTEGER"))


def grouped_query(actor: Actor, breakdown: str, work_area_id: int | None = None,
                  created_from: dt.date | None = None, created_to: dt.date | None = None) -> pw.Query:
    """(key, count[, cents]) per group: the SQL of one breakdown (exposed for EXPLAIN tests)."""
    args = (actor, work_area_id, created_from, created_to)
    count = pw.fn.COUNT(Case.id)
    undated = created_from is None and created_to is None
    whole = undated and work_area_id is None  # the whole office: walk the grouped column's index
    if breakdown == "status":
        return base_query(*args, Case.status, count, by_group=whole).group_by(Case.status)
    if breakdown == "work_area":
        return base_query(*args, Case.work_area, count, by_group=undated).group_by(Case.work_area)
    if breakdown == "user":
        return base_query(*args, Case.assigned_user, count, by_group=whole).group_by(Case.assigned_user)
    if breakdown == "month":
        month = _month()
        return base_query(*args, month, count).group_by(month)
    if breakdown == "cancellation":
        cancelled = Status.select(Status.id).where(Status.kind == StatusKind.CLOSED_CANCELLED)
        # Driven by the status index: only the cancelled cases' rows are read.
        return (base_query(*args, Case.cancellation_reason, count, _cents(), by_group=undated)
                .where(Case.status.in_(cancelled))
                .group_by(Case.cancellation_reason))
    raise ValueError(breakdown)


def _share(count: int, total: int) -> Decimal:
    if not total:
        return Decimal("0.00")
    return (Decimal(count) * 100 / Decimal(total)).quantize(CENT)


def _rows(groups: list[tuple], labels: dict, total: int, *, none_label: str = "",
          extra: dict | None = None) -> list[StatRow]:
    rows = []
    for key, count, *cents in groups:
        amount = (Decimal(int(cents[0] or 0)) / 100).quantize(CENT) if cents else None
        label = labels.get(key, none_label if key is None else str(key))
        colour, kind = (extra or {}).get(key, ("", ""))
        rows.append(StatRow(key, label, count, _share(count, total), amount, colour, kind))
    return rows


def compute(actor: Actor, work_area_id: int | None = None, created_from: dt.date | None = None,
            created_to: dt.date | None = None) -> Statistics:
    """Every breakdown, from one read snapshot."""
    args = (actor, work_area_id, created_from, created_to)
    with db.atomic():
        groups = {name: list(db.execute(grouped_query(actor, name, *args[1:])))
                  for name in BREAKDOWNS}
        total = sum(count for _key, count in groups["status"])
        # Over several work areas, "Cerrado" of one is not "Cerrado" of another: name the area.
        statuses = {sid: (name if work_area_id is not None else f"{name} · {area}", colour, kind)
                    for sid, name, colour, kind, area in
                    Status.select(Status.id, Status.name, Status.colour, Status.kind, WorkArea.name)
                    .join(Workflow).join(WorkArea)
                    .where(Status.id.in_([k for k, _c in groups["status"]])).tuples()}
        areas = dict(WorkArea.select(WorkArea.id, WorkArea.name)
                     .where(WorkArea.id.in_([k for k, _c in groups["work_area"]])).tuples())
        users = dict(User.select(User.id, User.full_name)
                     .where(User.id.in_([k for k, _c in groups["user"] if k is not None])).tuples())
        reasons = dict(CancellationReason.select(CancellationReason.id, CancellationReason.label)
                       .where(CancellationReason.id.in_(
                           [k for k, *_r in groups["cancellation"] if k is not None])).tuples())
        office = (Office.select(Office.currency).join(WorkArea).where(WorkArea.id == work_area_id)
                  if work_area_id is not None else Office.select(Office.currency).order_by(Office.id))
        currency = office.scalar() or "EUR"
    by_count = lambda rows: sorted(rows, key=lambda r: (-r.count, r.label))  # noqa: E731
    status_rows = _rows(groups["status"], {k: v[0] for k, v in statuses.items()}, total,
                        extra={k: (v[1], v[2]) for k, v in statuses.items()})
    cancelled = sum(row[1] for row in groups["cancellation"])
    tables = {
        "status": by_count(status_rows),
        "work_area": by_count(_rows(groups["work_area"], areas, total)),
        "user": by_count(_rows(groups["user"], users, total, none_label=NOT_ASSIGNED)),
        "month": sorted(_rows(groups["month"], {}, total), key=lambda r: str(r.key)),
        "cancellation": by_count(_rows(groups["cancellation"], reasons, cancelled, none_label=NO_REASON)),
    }
    return Statistics(total, cancelled, tables, currency)


NOT_ASSIGNED = QT_TRANSLATE_NOOP("statistics", "(not assigned)")
NO_REASON = QT_TRANSLATE_NOOP("statistics", "(no reason given)")


# --- export -------------------------------------------------------------------------------------

def export_table(actor: Actor, rows: Sequence[StatRow], headers: Sequence[str], fmt: str, out: Path,
                 *, sheet: str = "Statistics") -> int:
    """Writes one breakdown (label, count, share %, amount when it has one) to OUT; returns rows written.

    HEADERS: the label, count, share and (optionally) amount column titles, already translated.
    """
    require(actor, Action.EXPORT)
    fmt, out = export_target(fmt, out)
    with_amount = any(row.amount is not None for row in rows)
    headers = list(headers[:4] if with_amount else headers[:3])
    with export_file(out) as part:
        if fmt == "xlsx":
            _write_xlsx(part, rows, headers, with_amount, sheet)
        else:
            _write_csv(part, rows, headers, with_amount)
    with write_transaction():
        audit.record(actor, "statistics.export", "case", "", format=fmt, count=len(rows), file=out.name)
    return len(rows)


def _decimal_comma(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def _write_csv(path: Path, rows: Sequence[StatRow], headers: list[str], with_amount: bool) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([inert_text(h) for h in headers])
        for row in rows:
            line = [inert_text(row.label), row.count, _decimal_comma(row.share)]
            if with_amount:
                line.append(_decimal_comma(row.amount or Decimal("0.00")))
            writer.writerow(line)


def _write_xlsx(path: Path, rows: Sequence[StatRow], headers: list[str], with_amount: bool,
                sheet_name: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(inert_text(sheet_name)[:31] or "Statistics")
    for letter, width in zip("ABCD", (36, 10, 10, 14), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=inert_text(title))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        share = WriteOnlyCell(sheet, value=row.share)
        share.number_format = "0.00"
        line = [inert_text(row.label), row.count, share]
        if with_amount:
            amount = WriteOnlyCell(sheet, value=row.amount or Decimal("0.00"))
            amount.number_format = "#,##0.00"
            line.append(amount)
        sheet.append(line)
    workbook.save(str(path))
