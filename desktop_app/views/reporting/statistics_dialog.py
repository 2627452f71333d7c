"""The statistics window: case counts per status, work area, user, month, and cancellations per reason.

Non-modal. The figures come from `services.statistics.compute`, run in the background on the
main window's pool (LatestTask: a new filter supersedes a load still running). Each
breakdown is a tab with a table; below it a bar chart of the selected tab. Export… writes
the selected tab to CSV or XLSX.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.services.people import work_areas
from desktop_app.services.reporting import statistics
from desktop_app.services.reporting.statistics import Statistics, StatRow
from desktop_app.views.case_list.filter_bar import DateRange
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, Workers
from desktop_app.views.common.session import Session

_CTX = "StatisticsDialog"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TAB_TITLES = {
    "status": QT_TRANSLATE_NOOP("StatisticsDialog", "By status"),
    "work_area": QT_TRANSLATE_NOOP("StatisticsDialog", "By work area"),
    "user": QT_TRANSLATE_NOOP("StatisticsDialog", "By assigned user"),
    "month": QT_TRANSLATE_NOOP("StatisticsDialog", "By month of creation"),
    "cancellation": QT_TRANSLATE_NOOP("StatisticsDialog", "Cancellations by reason"),
}
LABEL_TITLES = {
    "status": QT_TRANSLATE_NOOP("StatisticsDialog", "Status"),
    "work_area": QT_TRANSLATE_NOOP("StatisticsDialog", "Work area"),
    "user": QT_TRANSLATE_NOOP("StatisticsDialog", "Assigned user"),
    "month": QT_TRANSLATE_NOOP("StatisticsDialog", "Month"),
    "cancellation": QT_TRANSLATE_NOOP("StatisticsDialog", "Reason"),
}
BAR_COLOUR = "#1976d2"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _headers(breakdown: str) -> list[str]:
    translate = QCoreApplication.translate  # literal contexts: lupdate reads them
    return [_tr(LABEL_TITLES[breakdown]), translate("StatisticsDialog", "Cases"),
            translate("StatisticsDialog", "Share %"), translate("StatisticsDialog", "Amount")]


class StatTableModel(QAbstractTableModel):
    """A thin read-only model over one breakdown's rows."""

    def __init__(self, breakdown: str, parent=None) -> None:
        super().__init__(parent)
        self.breakdown = breakdown
        self.rows: list[StatRow] = []
        self.currency = "EUR"

    def set_rows(self, rows: list[StatRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def label(self, row: StatRow) -> str:
        if self.breakdown in ("user", "cancellation") and row.key is None:
            return QCoreApplication.translate("statistics", row.label)
        return row.label

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else (4 if self.breakdown == "cancellation" else 3)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers(self.breakdown)[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.label(row)
            if column == 1:
                return formatting.number(row.count)
            if column == 2:
                return f"{formatting.decimal_text(row.share, 2)} %"
            return formatting.money(row.amount, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.colour:
            return QColor(row.colour)
        return None


class BarChart(QWidget):
    """Horizontal bars, one per row (at most MAX_BARS), labelled with the label and the count."""

    MAX_BARS = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statisticsChart")
        self.bars: list[tuple[str, int, str]] = []  # label, count, colour
        self.setMinimumHeight(160)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        self.bars = bars[:self.MAX_BARS]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, (self.fontMetrics().height() + 9) * max(len(self.bars), 4) + 16)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No cases to show"))
            return
        margin, gap = 8, 3
        height = metrics.height() + 6
        shown = self.bars[:max(int((self.height() - 2 * margin) // (height + gap)), 1)]
        label_width = min(max(metrics.horizontalAdvance(label) for label, _c, _k in self.bars) + 8,
                          self.width() // 3)
        count_width = max(metrics.horizontalAdvance(formatting.number(c)) for _l, c, _k in self.bars) + 8
        bar_space = max(self.width() - 2 * margin - label_width - count_width, 10)
        top_count = max(count for _l, count, _k in self.bars) or 1
        y = float(margin)
        for label, count, colour in shown:
            text_rect = QRectF(margin, y, label_width - 8, height)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width())))
            width = bar_space * count / top_count
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour or BAR_COLOUR))
            painter.drawRoundedRect(QRectF(margin + label_width, y + 2, max(width, 1), height - 4), 2, 2)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(margin + label_width + width + 4, y, count_width, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, formatting.number(count))
            y += height + gap


class StatisticsDialog(QDialog):
    sig_exported = Signal(object)
    """An export ended: the file written, or None when it failed (the reason is in the summary line)."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="statisticsDialog")
        self.setWindowTitle(self.tr("Statistics"))
        self.setWindowIcon(icons.icon("fa5s.chart-bar", icons.BLUE))
        self.setModal(False)
        self.session = session
        self.stats: Statistics | None = None
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_loaded)
        self._task.sig_failed.connect(self._on_failed)
        self._areas_task = LatestTask(workers, self)
        self._areas_task.sig_finished.connect(self._on_areas)
        self._exports = JobRunner(workers, self, long=True)

        self.area_combo = QComboBox(self, objectName="statisticsWorkArea")
        self.area_combo.addItem(self.tr("All work areas"), None)
        self.created = DateRange("statisticsCreated", self)
        self.summary = QLabel(self, objectName="statisticsSummary")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Work area"), self))
        filters.addWidget(self.area_combo)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Created"), self))
        filters.addWidget(self.created)
        filters.addStretch(1)

        self.tabs = QTabWidget(self, objectName="statisticsTabs")
        self.models: dict[str, StatTableModel] = {}
        self.views: dict[str, QTableView] = {}
        for name in statistics.BREAKDOWNS:
            model = StatTableModel(name, self)
            view = QTableView(self, objectName=f"statisticsTable_{name}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.models[name], self.views[name] = model, view
            self.tabs.addTab(view, _tr(TAB_TITLES[name]))
        self.chart = BarChart(self)

        self.export_button = QPushButton(icons.icon("fa5s.file-export", icons.BLUE), self.tr("Export…"), self,
                                         objectName="statisticsExport")
        self.export_button.setEnabled(False)
        close_button = QPushButton(self.tr("Close"), self, objectName="statisticsClose")
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.chart, 2)
        layout.addLayout(buttons)
        self.resize(900, 720)

        self.area_combo.currentIndexChanged.connect(self.reload)
        self.created.sig_changed.connect(self.reload)
        self.tabs.currentChanged.connect(self._update_chart)
        self.export_button.clicked.connect(self.export)
        self._areas_task.run(functools.partial(work_areas.visible_work_areas, session.actor, with_counts=False))
        self.reload()

    @property
    def busy(self) -> bool:
        return self._task.busy or self._areas_task.busy or self._exports.busy

    def current_breakdown(self) -> str:
        return statistics.BREAKDOWNS[max(self.tabs.currentIndex(), 0)]

    @Slot()
    def reload(self) -> None:
        created_from, created_to = self.created.range()
        self.summary.setText(self.tr("Counting…"))
        self._task.run(functools.partial(statistics.compute, self.session.actor, self.area_combo.currentData(),
                                         created_from, created_to))

    @Slot(object)
    def _on_areas(self, areas: list) -> None:
        several = len({area.office_id for area in areas}) > 1
        for area in areas:
            name = f"{area.office_name} — {area.work_area_name}" if several else area.work_area_name
            self.area_combo.addItem(name, area.work_area_id)

    @Slot(object)
    def _on_loaded(self, stats: Statistics) -> None:
        self.stats = stats
        for name, model in self.models.items():
            model.currency = stats.currency
            model.set_rows(stats.tables.get(name, []))
        self.summary.setText(self.tr("{count} cases, {cancelled} cancelled (archived included)").format(
            count=formatting.number(stats.total), cancelled=formatting.number(stats.cancelled)))
        self.export_button.setEnabled(True)
        self._update_chart()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.summary.setText(formatting.error_text(exc) if isinstance(exc, AppError) else str(exc))

    @Slot()
    def _update_chart(self) -> None:
        model = self.models[self.current_breakdown()]
        self.chart.set_bars([(model.label(row), row.count, row.colour) for row in model.rows])

    @Slot()
    def export(self, path: str | None = None) -> Path | None:
        """Asks for a file (unless PATH is given) and writes the selected tab to it as CSV or XLSX, in the
        background (`sig_exported` then: the path, or None when it failed, the reason shown)."""
        breakdown = self.current_breakdown()
        if path is None:
            csv_filter, xlsx_filter = self.tr("CSV (*.csv)"), self.tr("Excel workbook (*.xlsx)")
            path, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export statistics"), f"statistics-{breakdown}.csv", f"{csv_filter};;{xlsx_filter}")
            if not path:
                return None
            if not Path(path).suffix:
                path += ".xlsx" if chosen == xlsx_filter else ".csv"
        out = Path(path)
        model = self.models[breakdown]
        rows = [StatRow(r.key, model.label(r), r.count, r.share, r.amount, r.colour, r.kind) for r in model.rows]
        actor, headers, sheet = self.session.actor, _headers(breakdown), _tr(TAB_TITLES[breakdown])
        self.summary.setText(self.tr("Exporting to {file}…").format(file=out.name))

        def written(_count: object) -> None:
            self.summary.setText(self.tr("Exported to {file}").format(file=out.name))
            self.sig_exported.emit(out)

        def refused(exc: BaseException) -> None:
            self.summary.setText(formatting.error_text(exc))
            self.sig_exported.emit(None)

        self._exports.run(lambda: statistics.export_table(actor, rows, headers, out.suffix.lstrip("."), out,
                                                          sheet=sheet), written, refused)
        return out
