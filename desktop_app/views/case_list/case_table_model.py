"""The case list model: an ordered id array plus a small cache of 64-row blocks.

The ids of the current filter and sort come from `queries.case_ids` (one indexed SQL
query); full rows are fetched a block at a time with `WHERE id IN (…)` when the view
asks for them, and formatted once per block so `data()` is a tuple lookup
(research/performance-anchors.md §3, appendix A.2). No OFFSET paging, no
QSortFilterProxyModel, never every row in Python.
"""

from __future__ import annotations

import datetime as dt
import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from desktop_app.models.states import (
    InstallmentsState,
    InvoiceState,
    PendingInteraction,
    QuoteState,
    ReportState,
)
from desktop_app.services.case_list import case_queries
from desktop_app.services.case_list.case_queries import CaseRow
from desktop_app.services.cases.seen import UnseenChange
from desktop_app.services.status_icons.icon_details import IconDetail
from desktop_app.views.common import formatting, icons
from desktop_app.views.status_icons import icon_text

log = logging.getLogger(__name__)

BLOCK_SIZE = 64  # a page jump fetches and formats about one screen, not four (max jump 118 → 31 ms at 1M)
MAX_BLOCKS = 32  # 2,048 rows formatted and kept: many screens back (128 kept about four times the memory)
TOOLTIP_CACHE = 64  # (case id, icon key) → tooltip text, dropped on every refresh
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # (state, badge text, currency) of an icon column
KEY_ROLE = Qt.ItemDataRole.UserRole  # headerData: the column's stable key (DESIGN §4)
UNSEEN_ROLE = Qt.ItemDataRole.UserRole + 3  # the case's UnseenChange, or None ("since you last looked")

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
_CTX = "CaseTableModel"
_ROOT = QModelIndex()
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_STATUS_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable  # a drop-down of the workflow's moves (S2-C14)
# Roles the delegates ask every cell for and the list never answers: None before any row is looked up
# (about half of the calls a repaint makes).
_UNANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.SizeHintRole, Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole))


@dataclass(frozen=True)
class Column:
    """A list column. Either `weight` (shares the free width, elides) or `sample` (sized to fit it)."""

    key: str
    title: str  # English source; translated in headerData
    tooltip: str
    weight: float = 0.0
    sample: str = ""  # "date", "datetime", "money" or literal text
    align: int = LEFT
    is_icon: bool = False
    extra: bool = False  # not one of seed 002's columns: shown by default only where the area uses it

    @property
    def width(self) -> int:
        """A default width before the table knows its font and room."""
        return int(self.weight * 110) if self.weight else 90


COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("CaseTableModel", "No."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Case number"), sample="OR25-000000\u2003\u2003"),  # + the unseen dot
    Column("internal_ref", QT_TRANSLATE_NOOP("CaseTableModel", "Internal ref."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Internal reference"), weight=0.9),
    Column("owner", QT_TRANSLATE_NOOP("CaseTableModel", "Owner"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Owner"), weight=1.3),
    Column("prescriber", QT_TRANSLATE_NOOP("CaseTableModel", "Prescriber"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Prescriber (referrer)"), weight=1.1),
    Column("city", QT_TRANSLATE_NOOP("CaseTableModel", "City"),
           QT_TRANSLATE_NOOP("CaseTableModel", "City"), weight=0.75),
    Column("created", QT_TRANSLATE_NOOP("CaseTableModel", "Created"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Creation date"), sample="date", align=RIGHT),
    Column("appointment", QT_TRANSLATE_NOOP("CaseTableModel", "Appointment"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Appointment date and time"), sample="datetime", align=RIGHT),
    Column("technician", QT_TRANSLATE_NOOP("CaseTableModel", "Tech."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Assigned technician"), sample="WWW", align=CENTER),
    Column("report", QT_TRANSLATE_NOOP("CaseTableModel", "Rep."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Report"), sample="→ 99", align=CENTER, is_icon=True),
    Column("quote", QT_TRANSLATE_NOOP("CaseTableModel", "Quote"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Quote"), sample="WW", align=CENTER, is_icon=True),
    Column("invoice", QT_TRANSLATE_NOOP("CaseTableModel", "Inv."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Invoice"), sample="WW", align=CENTER, is_icon=True),
    Column("installments", QT_TRANSLATE_NOOP("CaseTableModel", "Inst."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Installments paid"), sample="10/12", align=CENTER, is_icon=True),
    Column("tariff", QT_TRANSLATE_NOOP("CaseTableModel", "Tariff"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Invoiced amount"), sample="money", align=RIGHT),
    Column("status", QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Progress status"), weight=1.5),
    Column("amount", QT_TRANSLATE_NOOP("CaseTableModel", "Amount"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Mission amount"), sample="money", align=RIGHT),
    # What the other work areas read (seeds 000, 001, 004); hidden unless the office uses them.
    Column("contract", QT_TRANSLATE_NOOP("CaseTableModel", "Contract"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Contract or insurer code"), weight=0.7, extra=True),
    Column("trade", QT_TRANSLATE_NOOP("CaseTableModel", "Trade"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Trade (plumber, electrician…)"), weight=0.8, extra=True),
    Column("subject", QT_TRANSLATE_NOOP("CaseTableModel", "Subject"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Subject"), weight=1.2, extra=True),
    Column("priority", QT_TRANSLATE_NOOP("CaseTableModel", "Priority"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Priority"), sample="priority", extra=True),
    Column("order_date", QT_TRANSLATE_NOOP("CaseTableModel", "Order date"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Order or assignment date"), sample="date", align=RIGHT,
           extra=True),
    Column("document_count", QT_TRANSLATE_NOOP("CaseTableModel", "Docs"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Number of documents"), sample="999", align=RIGHT, extra=True),
    Column("pending", QT_TRANSLATE_NOOP("CaseTableModel", "Pend."),
           QT_TRANSLATE_NOOP("CaseTableModel", "Pending interaction: who owes the next move"), sample="WW",
           align=CENTER, is_icon=True, extra=True),
    Column("protocol", QT_TRANSLATE_NOOP("CaseTableModel", "Protocol"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Protocol given to the customer"), weight=0.8, extra=True),
    Column("origin", QT_TRANSLATE_NOOP("CaseTableModel", "Origin"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Where the case came from"), weight=0.7, extra=True),
    Column("nature", QT_TRANSLATE_NOOP("CaseTableModel", "Nature"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Nature of the case"), weight=0.6, extra=True),
    # Shown by default where a workflow requires documents or fields (services/list_columns).
    Column("completeness", QT_TRANSLATE_NOOP("CaseTableModel", "Complete"),
           QT_TRANSLATE_NOOP("CaseTableModel", "Required documents and fields the case has, of those the "
                                               "statuses ahead of it require"),
           sample="99 of 99", align=CENTER, extra=True),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
STATUS_COLUMN = COLUMN_INDEX["status"]
PRIORITY_COLUMN = COLUMN_INDEX["priority"]
NUMBER_COLUMN = COLUMN_INDEX["number"]
COMPLETENESS_COLUMN = COLUMN_INDEX["completeness"]
ICON_COLUMNS = frozenset(i for i, c in enumerate(COLUMNS) if c.is_icon)

PRIORITY_LABELS = (QT_TRANSLATE_NOOP("CaseTableModel", "Low"), QT_TRANSLATE_NOOP("CaseTableModel", "Normal"),
                   QT_TRANSLATE_NOOP("CaseTableModel", "High"), QT_TRANSLATE_NOOP("CaseTableModel", "Urgent"))
# PendingInteraction → the small code the icon table knows (icons.STATUS_GLYPHS "pending").
PENDING_CODES = {PendingInteraction.NONE: 0, PendingInteraction.BOTH: 1, PendingInteraction.EXTERNAL: 2,
                 PendingInteraction.INTERNAL: 3}

_ICON_STATE_FIELDS = {"report": "report_state", "quote": "quote_state", "invoice": "invoice_state",
                      "installments": "installments_state"}


def priority_label(priority: int) -> str:
    if not 0 <= priority < len(PRIORITY_LABELS):
        return str(priority)
    return QCoreApplication.translate(_CTX, PRIORITY_LABELS[priority])


def completeness_text(row: CaseRow) -> str:
    """"k of n"; a check mark when nothing is missing; nothing when nothing is required."""
    if not row.required_total:
        return ""
    if row.required_present >= row.required_total:
        return "\u2713"
    return QCoreApplication.translate("CaseTableModel", "{present} of {total}").format(
        present=row.required_present, total=row.required_total)


def _icon_state(row: CaseRow, key: str) -> int:
    if key == "pending":
        return PENDING_CODES.get(row.pending_interaction, 0)  # type: ignore[call-overload]
    return getattr(row, _ICON_STATE_FIELDS[key])

_FORMATTERS: dict[str, Callable[[CaseRow], str]] = {
    "number": lambda r: r.number,
    "internal_ref": lambda r: r.internal_ref,
    "owner": lambda r: r.owner,
    "prescriber": lambda r: r.prescriber,
    "city": lambda r: r.city,
    "created": lambda r: formatting.date(r.created_at),
    "appointment": lambda r: formatting.date_time(r.appointment_at),
    "technician": lambda r: r.technician_initials,
    "tariff": lambda r: formatting.money(r.tariff, r.currency) if r.tariff else "",
    "status": lambda r: r.status_name,
    "amount": lambda r: formatting.money(r.amount, r.currency) if r.amount else "",
    "contract": lambda r: r.contract,
    "trade": lambda r: r.trade,
    "subject": lambda r: r.subject,
    "priority": lambda r: priority_label(r.priority),
    "order_date": lambda r: formatting.date(r.order_date),
    "document_count": lambda r: str(r.document_count),
    "protocol": lambda r: r.protocol,
    "origin": lambda r: r.origin,
    "nature": lambda r: r.nature,
    "completeness": completeness_text,
}


def _badge(row: CaseRow, key: str) -> str:
    if key == "report" and row.report_state == ReportState.DELIVERED:
        return str(row.report_deliveries)
    if key == "installments" and row.installments_state == InstallmentsState.PARTIAL:
        return f"{row.installments_paid}/{row.installments_total}"
    return ""


@dataclass(frozen=True)
class TopBlock:
    """The first block of a list, read on the worker with its ids."""

    ids: Sequence[int]
    rows: dict[int, CaseRow]
    unseen: dict[int, UnseenChange]


class _Line:
    """One fetched row; its display strings and icon states are computed once, when first painted
    (a block holds 64 rows, a screen shows about 20)."""

    __slots__ = ("_display", "_states", "row", "unseen")

    def __init__(self, row: CaseRow, unseen: UnseenChange | None = None) -> None:
        self.row = row
        self.unseen = unseen  # changed by someone else since the user last looked
        self._display: tuple[str, ...] | None = None
        self._states: dict[int, tuple[int, str, str]] | None = None

    @property
    def display(self) -> tuple[str, ...]:
        if self._display is None:
            row = self.row
            self._display = tuple(_FORMATTERS[c.key](row) if c.key in _FORMATTERS else "" for c in COLUMNS)
        return self._display

    @property
    def states(self) -> dict[int, tuple[int, str, str]]:
        if self._states is None:
            row = self.row
            self._states = {i: (_icon_state(row, c.key), _badge(row, c.key), row.currency)
                            for i, c in enumerate(COLUMNS) if c.is_icon}
        return self._states


def state_tooltip(key: str, row: CaseRow, detail: IconDetail | None = None) -> str:
    """Why an icon column shows what it shows; with `detail`, rich text adding who and when."""
    if detail is not None:
        return icon_text.tooltip_html(state_tooltip(key, row), detail)
    translate = QCoreApplication.translate  # lupdate needs the literal contexts below
    if key == "report":
        return {
            ReportState.NONE: translate("CaseTableModel", "No report attached"),
            ReportState.AVAILABLE: translate("CaseTableModel", "Report attached and visible to every contact"),
            ReportState.BLOCKED: translate("CaseTableModel", "Report attached, blocked for at least one contact"),
            ReportState.DELIVERED: translate("CaseTableModel", "Report delivered or downloaded: {count}").format(
                count=row.report_deliveries),
        }.get(row.report_state, "")
    if key == "quote":
        return {
            QuoteState.NONE: translate("CaseTableModel", "No quote sent"),
            QuoteState.AWAITING: translate("CaseTableModel", "Quote sent, awaiting the answer"),
            QuoteState.VALIDATED: translate("CaseTableModel", "Quote validated"),
            QuoteState.REFUSED: translate("CaseTableModel", "Quote refused"),
        }.get(row.quote_state, "")
    if key == "invoice":
        return {
            InvoiceState.NONE: translate("CaseTableModel", "No invoice issued"),
            InvoiceState.PAID: translate("CaseTableModel", "Invoice issued and paid"),
            InvoiceState.UNPAID: translate("CaseTableModel", "Invoice issued, not paid yet"),
        }.get(row.invoice_state, "")
    if key == "installments":
        if row.installments_state == InstallmentsState.NONE:
            return translate("CaseTableModel", "No installments (no invoice issued)")
        if row.installments_state == InstallmentsState.ALL_PAID:
            return translate("CaseTableModel", "All installments paid ({total})").format(
                total=row.installments_total)
        return translate("CaseTableModel", "{paid} of {total} installments paid").format(
            paid=row.installments_paid, total=row.installments_total)
    if key == "pending":
        return {
            PendingInteraction.NONE: translate("CaseTableModel", "No interaction pending"),
            PendingInteraction.BOTH: translate("CaseTableModel", "Pending interaction: both sides owe a move"),
            PendingInteraction.EXTERNAL: translate(
                "CaseTableModel", "Pending interaction: external (the customer or a third party)"),
            PendingInteraction.INTERNAL: translate("CaseTableModel", "Pending interaction: internal (us)"),
        }.get(row.pending_interaction, "")  # type: ignore[call-overload]
    return ""


class CaseTableModel(QAbstractTableModel):
    """Rows are case ids; cells come from cached blocks of `CaseRow`s."""

    def __init__(self, parent=None, fetch_rows: Callable[[Sequence[int]], dict[int, CaseRow]] | None = None):
        super().__init__(parent)
        self._ids = array("q")
        self._blocks: OrderedDict[int, list[_Line | None]] = OrderedDict()
        self._fetch_rows = fetch_rows or case_queries.case_rows
        self._explain: Callable[[int, str], IconDetail] | None = None
        self._missing: Callable[[int], list[str]] | None = None
        self._tooltips: OrderedDict[tuple[int, str], str] = OrderedDict()
        self._fetch_unseen: Callable[[Sequence[int]], dict[int, UnseenChange]] | None = None
        self._looked: dict[int, dt.datetime] = {}  # marked seen in this window: older changes stay unmarked
        self._bold: QFont | None = None

    def set_icon_explainer(self, explain: Callable[[int, str], IconDetail] | None) -> None:
        """`explain(case_id, key)` gives the who/when of an icon's tooltip, queried on hover."""
        self._explain = explain
        self._tooltips.clear()

    def set_missing_explainer(self, missing: Callable[[int], list[str]] | None) -> None:
        """`missing(case_id)` lists what the case lacks (completeness tooltip), queried on hover."""
        self._missing = missing
        self._tooltips.clear()

    def completeness_tooltip(self, row: CaseRow) -> str | None:
        """What is missing, one per line, kept in the tooltip cache; None when nothing is required."""
        if not row.required_total:
            return None
        cache_key = (row.id, "completeness")
        text = self._tooltips.get(cache_key)
        if text is not None:
            return text
        translate = QCoreApplication.translate
        if row.required_present >= row.required_total:
            text = translate("CaseTableModel", "Every document and field the next statuses require is there ({total})").format(
                total=row.required_total)
        else:
            missing: list[str] = []
            if self._missing is not None:
                try:
                    missing = self._missing(row.id)
                except Exception:  # a hidden or deleted case: the count still says something
                    log.warning("cannot list what case %s is missing", row.id, exc_info=True)
            head = translate("CaseTableModel", "{present} of {total} required documents and fields").format(
                present=row.required_present, total=row.required_total)
            text = head if not missing else "{head}\n{label}\n{items}".format(
                head=head, label=translate("CaseTableModel", "Missing:"), items="\n".join(f"\u2022 {m}" for m in missing))
        self._tooltips[cache_key] = text
        while len(self._tooltips) > TOOLTIP_CACHE:
            self._tooltips.popitem(last=False)
        return text

    def set_unseen_fetcher(self, fetch: Callable[[Sequence[int]], dict[int, UnseenChange]] | None) -> None:
        """`fetch(ids)` gives the cases of a block changed by someone else since the user last looked."""
        self._fetch_unseen = fetch
        self._blocks.clear()

    def mark_seen(self, case_ids: Sequence[int]) -> None:
        """The user looked at these cases now: their marks go at once (the service records it apart)."""
        now = dt.datetime.now(dt.UTC)
        for case_id in case_ids:
            self._looked[case_id] = now
            row = self.row_of(case_id)
            block = self._blocks.get(row // BLOCK_SIZE) if row is not None else None
            line = block[row % BLOCK_SIZE] if block is not None and row is not None else None
            if line is not None and line.unseen is not None:
                line.unseen = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def unseen_tooltip(self, change: UnseenChange) -> str:
        who = change.who or QCoreApplication.translate("CaseTableModel", "CaseDesk")
        return QCoreApplication.translate("CaseTableModel", "Changed by {who} since you last looked ({when})").format(
            who=who, when=formatting.date_time(change.at))

    def icon_tooltip(self, key: str, row: CaseRow) -> str:
        """The icon's tooltip: lazily explained for this one case, kept in a small LRU cache."""
        cache_key = (row.id, key)
        text = self._tooltips.get(cache_key)
        if text is not None:
            self._tooltips.move_to_end(cache_key)
            return text
        detail = None
        if self._explain is not None:
            try:
                detail = self._explain(row.id, key)
            except Exception:  # a deleted or hidden case, a locked database: the headline still helps
                log.warning("cannot explain the %s icon of case %s", key, row.id, exc_info=True)
        text = state_tooltip(key, row, detail)
        self._tooltips[cache_key] = text
        while len(self._tooltips) > TOOLTIP_CACHE:
            self._tooltips.popitem(last=False)
        return text

    # -- loading -------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], top: TopBlock | None = None) -> None:
        """Shows these case ids, in this order (from `queries.case_ids`); `top`, the first block's
        rows read with them on the worker (case_list_pane.read_list), spares the first paint that read.

        Kept as an `array('q')`: 8 bytes an id instead of about 40 in a list of ints (1M
        ids: 8 MB, not 38 MB). An array('q') is kept as given, without a copy; anything
        else is packed once (about 13 ms per million ids).
        """
        if not (isinstance(ids, array) and ids.typecode == "q"):
            packed = array("q")
            packed.fromlist(ids if isinstance(ids, list) else list(ids))
            ids = packed
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self._tooltips.clear()
        if top is not None and list(top.ids) == self._ids[:BLOCK_SIZE].tolist():
            self._store_block(0, top.ids, top.rows, top.unseen)
        self.endResetModel()

    def extend_ids(self, ids: Sequence[int]) -> bool:
        """Shows `ids` by adding rows after the ones shown when those are its beginning (the case
        list's first page, then the whole list): no reset, the view keeps its scroll and selection.
        False (nothing changed) when the shown ids are not the beginning of `ids`."""
        shown = len(self._ids)
        if len(ids) < shown or not shown or list(ids[:shown]) != self._ids.tolist():
            return False
        if len(ids) == shown:
            return True
        tail = array("q")
        tail.fromlist(list(ids[shown:]))
        self._blocks.pop((shown - 1) // BLOCK_SIZE, None)  # the last block was cut short at the old end
        self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
        self._ids.extend(tail)
        self.endInsertRows()
        return True

    def refresh_rows(self) -> None:
        """Drops cached rows (after a change) and repaints; the id order stays."""
        self._blocks.clear()
        self._tooltips.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def refresh_case(self, case_id: int) -> None:
        """Re-reads the block holding one case (after an in-row edit) and repaints its row."""
        row = self.row_of(case_id)
        if row is None:
            return
        self._blocks.pop(row // BLOCK_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int | None:
        """The row showing this case, or None (a byte search: about 3 ms per million ids)."""
        try:
            needle = array("q", [case_id]).tobytes()
        except (OverflowError, TypeError):
            return None
        haystack = self._ids.tobytes()
        at = haystack.find(needle)
        while at >= 0 and at % self._ids.itemsize:  # a match straddling two ids: look further
            at = haystack.find(needle, at + 1)
        return at // self._ids.itemsize if at >= 0 else None

    def case_row(self, row: int) -> CaseRow | None:
        line = self._line(row)
        return line.row if line is not None else None

    def _line(self, row: int) -> _Line | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // BLOCK_SIZE
        block = self._blocks.get(number)
        if block is None:
            block = self._load_block(number)
        else:
            self._blocks.move_to_end(number)
        return block[row % BLOCK_SIZE]

    def _load_block(self, number: int) -> list[_Line | None]:
        ids = self._ids[number * BLOCK_SIZE:(number + 1) * BLOCK_SIZE]
        return self._store_block(number, ids, self._fetch_rows(ids), self._read_unseen(ids))

    def _read_unseen(self, ids: Sequence[int]) -> dict[int, UnseenChange]:
        if self._fetch_unseen is None:
            return {}
        try:
            return self._fetch_unseen(ids)
        except Exception:  # the marks are a hint: a failed look-up leaves the rows unmarked
            log.warning("cannot read which cases changed since last looked", exc_info=True)
            return {}

    def _store_block(self, number: int, ids: Sequence[int], rows: dict[int, CaseRow],
                     unseen: dict[int, UnseenChange]) -> list[_Line | None]:
        for case_id, looked in self._looked.items():
            change = unseen.get(case_id)
            if change is not None and change.at <= looked:
                del unseen[case_id]
        block = [_Line(rows[i], unseen.get(i)) if i in rows else None for i in ids]
        self._blocks[number] = block
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _STATUS_FLAGS if index.column() == STATUS_COLUMN else _CELL_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, column.title)
        if role == KEY_ROLE:
            return column.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(_CTX, column.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """One role ladder with early returns; never raises (a failed fetch shows blanks)."""
        if role in _UNANSWERED_ROLES or not index.isValid():
            return None
        column = index.column()
        if not 0 <= column < len(COLUMNS):
            return None
        try:
            line = self._line(index.row())
        except Exception:
            log.exception("cannot fetch case rows around row %s", index.row())
            return None
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return line.display[column]
        if column == NUMBER_COLUMN and line.unseen is not None:
            if role == Qt.ItemDataRole.FontRole:
                if self._bold is None:
                    self._bold = QFont(QGuiApplication.font())
                    self._bold.setBold(True)
                return self._bold
            if role == Qt.ItemDataRole.DecorationRole:
                return icons.colour_dot(icons.BLUE)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.unseen_tooltip(line.unseen)
        if role == UNSEEN_ROLE:
            return line.unseen
        if role == Qt.ItemDataRole.EditRole:
            return line.row.status_code if column == STATUS_COLUMN else None
        if role == STATE_ROLE:
            return line.states.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[column].align
        if role == Qt.ItemDataRole.DecorationRole:
            if column == STATUS_COLUMN:
                return icons.colour_dot(line.row.status_colour)
            if column == PRIORITY_COLUMN and line.row.priority in icons.PRIORITY_GLYPHS:
                return icons.pixmap(*icons.PRIORITY_GLYPHS[line.row.priority])
            return None
        if role == CASE_ID_ROLE:
            return line.row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            key = COLUMNS[column].key
            if column in ICON_COLUMNS:
                return self.icon_tooltip(key, line.row)
            if key == "technician":
                return line.row.technician_name or None
            if column == COMPLETENESS_COLUMN:
                return self.completeness_tooltip(line.row)
            return line.display[column] or None
        return None
