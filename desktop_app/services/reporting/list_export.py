"""Exporting the case list a user may see, to CSV or XLSX, streamed in blocks.

CSV: UTF-8 with a BOM (so Excel reads accents right), `;` between fields and a decimal
comma in amounts. The offices CaseDesk serves (es, fr, pt, pt_BR) run Excel with `,` as
the decimal separator and `;` as the list separator: there Excel splits a `;` file into
columns on a double click and reads `1234,50` as a number, whereas a `,` file lands in
one column and `1234.50` becomes text or a date. Dates are ISO (`2025-03-01 09:30`,
local time), which Excel reads in every locale.

XLSX: openpyxl in write-only mode (rows go straight to disk), money as numeric cells
with two decimals, dates as date cells.

Both are written to a temporary file beside OUT and renamed at the end.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, StorageError, UserError
from desktop_app.models import Case, Status, User, WorkArea, db
from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState
from desktop_app.services import audit
from desktop_app.services.context import Actor
from desktop_app.services.permissions import Action, require, visible_cases
from desktop_app.storage.database import write_transaction
from desktop_app.storage.files import atomic_output

FORMATS = ("csv", "xlsx")
BLOCK = 5000
XLSX_MAX_ROWS = 1_048_576 - 1  # Excel's sheet limit, less the header
CSV_DELIMITER = ";"

# (stable key, header)
COLUMNS: list[tuple[str, str]] = [
    ("number", "Number"), ("work_area", "Work area"), ("status", "Status"),
    ("internal_ref", "Internal ref"), ("owner", "Owner"), ("prescriber", "Prescriber"),
    ("city", "City"), ("created", "Created"), ("appointment", "Appointment"),
    ("technician", "Technician"), ("report", "Report"), ("quote", "Quote"), ("invoice", "Invoice"),
    ("installments", "Installments"), ("tariff", "Tariff"), ("amount", "Amount"),
    ("documents", "Documents"),
]
MONEY_KEYS = frozenset({"tariff", "amount"})
DATE_KEYS = frozenset({"created", "appointment"})

REPORT_WORDS = {ReportState.NONE: "none", ReportState.AVAILABLE: "available",
                ReportState.BLOCKED: "blocked", ReportState.DELIVERED: "delivered"}
QUOTE_WORDS = {QuoteState.NONE: "none", QuoteState.AWAITING: "awaiting",
               QuoteState.VALIDATED: "validated", QuoteState.REFUSED: "refused"}
INVOICE_WORDS = {InvoiceState.NONE: "none", InvoiceState.PAID: "paid", InvoiceState.UNPAID: "unpaid"}


def report_word(state: int, deliveries: int) -> str:
    word = REPORT_WORDS.get(state, "?")
    return f"{word} ({deliveries})" if state == ReportState.DELIVERED else word


def installments_word(state: int, paid: int, total: int) -> str:
    if state == InstallmentsState.ALL_PAID:
        return f"all paid ({paid}/{total})"
    if state == InstallmentsState.PARTIAL:
        return f"{paid}/{total} paid"
    return "none"


def _local(value: dt.datetime | None) -> dt.datetime | None:
    """Local wall-clock time without a zone: what a spreadsheet shows and stores."""
    if value is None:
        return None
    return value.astimezone().replace(tzinfo=None, microsecond=0)


def _query(actor: Actor, after: int) -> pw.Query:
    technician = User.alias()
    query = (Case.select(Case.id, Case.number, WorkArea.name, Status.name, Case.internal_ref,
                         Case.owner_name, Case.prescriber_name, Case.city, Case.created_at,
                         Case.appointment_at, technician.initials, Case.report_state,
                         Case.report_deliveries, Case.quote_state, Case.invoice_state,
                         Case.installments_state, Case.installments_paid, Case.installments_total,
                         Case.tariff, Case.amount, Case.document_count)
             .join(WorkArea, on=(Case.work_area == WorkArea.id))
             .switch(Case).join(Status, on=(Case.status == Status.id))
             .switch(Case).join(technician, pw.JOIN.LEFT_OUTER, on=(Case.assigned_user == technician.id))
             .where(~Case.trashed & (Case.id > after)))
    clause = visible_cases(actor)
    if clause is not None:
        query = query.where(clause)
    return query.order_by(Case.id).limit(BLOCK)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_text(value: str) -> str:
    """Text a spreadsheet will not run as a formula (CSV/formula injection): a leading ' disarms it."""
    return f"'{value}" if value and value.startswith(FORMULA_STARTS) else value


def iter_rows(actor: Actor) -> Iterator[list[object]]:
    """The rows of the export, in case order, fetched in blocks of BLOCK cases."""
    after = 0
    while True:
        rows = list(_query(actor, after).tuples())
        if not rows:
            return
        for (case_id, number, area, status, ref, owner, prescriber, city, created, appointment,
             initials, report, deliveries, quote, invoice, inst_state, inst_paid, inst_total,
             tariff, amount, documents) in rows:
            after = case_id
            number, area, status, ref, owner, prescriber, city = map(
                inert_text, (number, area, status, ref, owner, prescriber, city))
            yield [number, area, status, ref, owner, prescriber, city, _local(created), _local(appointment),
                   inert_text(initials or ""), report_word(report, deliveries), QUOTE_WORDS.get(quote, "?"),
                   INVOICE_WORDS.get(invoice, "?"), installments_word(inst_state, inst_paid, inst_total),
                   tariff if tariff is not None else Decimal("0.00"),
                   amount if amount is not None else Decimal("0.00"), documents]


def count_rows(actor: Actor) -> int:
    query = Case.select().where(~Case.trashed)
    clause = visible_cases(actor)
    if clause is not None:
        query = query.where(clause)
    return query.count()


def export_cases(actor: Actor, fmt: str, out: Path) -> int:
    """Writes the cases the actor may see (not trashed) to OUT; returns how many."""
    require(actor, Action.EXPORT)
    fmt, out = export_target(fmt, out)
    # One read transaction: the blocks come from one snapshot even while others write.
    with export_file(out) as part, db.atomic():
        if fmt == "xlsx":
            total = count_rows(actor)
            if total > XLSX_MAX_ROWS:
                raise UserError(QT_TRANSLATE_NOOP(
                    "errors", "{count} cases do not fit in one Excel sheet (at most {limit}): "
                              "export them as CSV."), count=f"{total:,}", limit=f"{XLSX_MAX_ROWS:,}")
            count = _write_xlsx(part, iter_rows(actor))
        else:
            count = _write_csv(part, iter_rows(actor))
    with write_transaction():
        audit.record(actor, "cases.export", "case", "", format=fmt, count=count, file=out.name)
    return count


def export_target(fmt: str, out: Path | str) -> tuple[str, Path]:
    """The format (csv or xlsx) and the output path, refused with a clear message when unusable."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown export format {format}: use csv or xlsx."),
                        format=fmt)
    out = Path(out)
    if out.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot export to {path}: it is a folder."),
                        path=str(out))
    if not out.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot export to {path}: folder {folder} does not exist."),
                        path=str(out), folder=str(out.parent))
    return fmt, out


@contextlib.contextmanager
def export_file(out: Path) -> Iterator[Path]:
    """A temporary file beside OUT to write, renamed over OUT when the block succeeds
    (storage.files.atomic_output); a failure names OUT and the reason, and leaves OUT untouched."""
    try:
        with atomic_output(out) as part:
            yield part
    except OSError as exc:
        raise _write_error(out, exc) from exc


def _write_error(out: Path, exc: OSError) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP("errors", "Cannot write the export {path}: {reason}"),
                        path=str(out), reason=exc.strerror or str(exc))


def _csv_value(key: str, value: object) -> object:
    if value is None:
        return ""
    if key in MONEY_KEYS:
        return f"{value:.2f}".replace(".", ",")
    if key in DATE_KEYS:
        return value.strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
    return value


def _write_csv(path: Path, rows: Iterator[list[object]]) -> int:
    keys = [key for key, _header in COLUMNS]
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([header for _key, header in COLUMNS])
        for row in rows:
            writer.writerow([_csv_value(key, value) for key, value in zip(keys, row, strict=True)])
            count += 1
    return count


def _write_xlsx(path: Path, rows: Iterator[list[object]]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Cases")
    widths = {"number": 14, "work_area": 18, "status": 18, "internal_ref": 24, "owner": 24,
              "prescriber": 24, "city": 16, "created": 17, "appointment": 17, "report": 14,
              "installments": 14, "tariff": 12, "amount": 12}
    for index, (key, _header) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(key, 11)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for _key, title in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    keys = [key for key, _header in COLUMNS]
    money_at = [i for i, key in enumerate(keys) if key in MONEY_KEYS]
    date_at = [i for i, key in enumerate(keys) if key in DATE_KEYS]
    count = 0
    for row in rows:
        for i in money_at:
            cell = WriteOnlyCell(sheet, value=row[i])
            cell.number_format = "#,##0.00"
            row[i] = cell
        for i in date_at:
            if row[i] is not None:
                cell = WriteOnlyCell(sheet, value=row[i])
                cell.number_format = "yyyy-mm-dd hh:mm"
                row[i] = cell
        sheet.append(row)
        count += 1
    workbook.save(str(path))
    return count
