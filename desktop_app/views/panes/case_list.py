"""The case list dock: filter bar, the big case table, sorting and search in SQL.

Searches and sorts re-run `queries.case_ids` in the background (latest request wins);
the table model then fetches row blocks as they scroll into view.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from decimal import Decimal

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import icon_details, list_columns, queries
from desktop_app.views import formatting, icons
from desktop_app.views.column_chooser import ColumnChooser
from desktop_app.views.item_models.case_table import (
    COLUMN_INDEX,
    COLUMNS,
    ICON_COLUMNS,
    STATE_ROLE,
    STATUS_COLUMN,
    CaseTableModel,
    priority_label,
)
from desktop_app.views.item_models.status_delegate import StatusIconDelegate
from desktop_app.views.item_models.status_editor import StatusEditController
from desktop_app.views.list_table import list_table
from desktop_app.views.session import Session
from desktop_app.views.table_columns import content_width, fit_columns
from desktop_app.views.tasks import LatestTask

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
ACTIVATABLE_ICONS = frozenset({"report", "quote", "invoice", "installments"})  # a click opens what is behind
SETTINGS_COLUMNS = "caseTable/columns"  # inside the acting user's group (window_settings.user_group)
SETTINGS_SORT = "caseTable/sort"  # before 0.2 one layout for every user: read as a fallback


def _sample_text(sample: str) -> str:
    """The widest text a content-sized column shows, in the current locale."""
    if sample == "date":
        return formatting.date(dt.date(2000, 12, 28))
    if sample == "datetime":
        return formatting.date_time(dt.datetime(2000, 12, 28, 22, 58, tzinfo=dt.UTC))
    if sample == "money":
        return formatting.money(Decimal("88888.88"), "EUR")
    if sample == "priority":  # the longest label beside its icon
        return max((priority_label(p) for p in range(4)), key=len) + "\u2003\u2003"
    return sample


class CaseListPane(QWidget):
    """Shows the cases the acting user may see; emits the selected case id."""

    sig_case_selected = Signal(object)
    """The current case id, or None when nothing is selected."""
    sig_cases_loaded = Signal(int)
    """A (re)load finished; the argument is the number of rows."""
    sig_error = Signal(str)
    """A load failed; the argument is the translated message."""
    sig_icon_activated = Signal(int, str)
    """A status icon was clicked: (case id, column key: report, quote, invoice or installments)."""
    sig_legend_requested = Signal()
    """The Legend button beside the list was pressed."""
    sig_case_changed = Signal(int)
    """A case was changed from its row (status): its id, so other panes re-read it."""
    sig_case_opened = Signal(int)
    """Enter (or a double-click outside the status) on a case: its id; the window moves to its documents."""

    def __init__(self, session: Session, pool: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._order_by = queries.DEFAULT_SORT
        self._descending = True
        self._search = ""
        self._current_id: int | None = None
        self._work_area: int | None = None  # window branch: see set_work_area
        self._loaded = False
        self._task = LatestTask(pool, self)
        self._task.sig_finished.connect(self._on_ids_loaded)
        self._task.sig_failed.connect(self._on_ids_failed)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self._auto_fit = True  # until the user sizes a column or a saved layout is restored
        self._fitting = False
        self._build_ui()

    def _build_ui(self) -> None:
        self.filter_bar = QWidget(self, objectName="caseFilterBar")
        self.search = QLineEdit(self.filter_bar, objectName="caseSearch")
        self.search.setPlaceholderText(self.tr("Search by number, owner, prescriber, reference or city (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("fa5s.search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaximumWidth(520)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return)
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 1)
        bar.addStretch(0)

        self.model = CaseTableModel(self)
        self.table = list_table(self, "caseTable", self.model)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(28)
        for index, column in enumerate(COLUMNS):
            header.resizeSection(index, column.width)
        header.setSortIndicator(COLUMN_INDEX[self._order_by], self._sort_order())
        header.sectionClicked.connect(self._on_header_clicked)
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        delegate = StatusIconDelegate(self.table)
        for index in ICON_COLUMNS:
            self.table.setItemDelegateForColumn(index, delegate)
        self._delegate = delegate
        self.model.set_icon_explainer(functools.partial(icon_details.explain, self._session.actor))
        self.table.clicked.connect(self._on_cell_clicked)
        self.legend_button = QToolButton(self, objectName="iconLegendButton")
        self.legend_button.setIcon(icons.icon("fa5s.question-circle"))
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setToolTip(self.tr("What the status icons mean (F1)"))
        self.legend_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.legend_button.setAutoRaise(True)
        self.legend_button.clicked.connect(self.sig_legend_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.columns = ColumnChooser(header, self._default_hidden(), self)
        self.columns.apply_defaults()
        self.columns.sig_columns_changed.connect(self._on_columns_changed)
        self.columns.sig_defaults_restored.connect(self._on_columns_reset)
        self.status_editing = StatusEditController(self._session, self.table, self.model)
        self.status_editing.sig_case_changed.connect(self.sig_case_changed)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.legend_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    # -- loading ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task.busy or self._debounce.isActive()

    def load_now(self) -> None:
        """Loads the ids on the calling (GUI) thread: the first paint needs them anyway."""
        self._loaded = True
        self._apply_ids(queries.case_ids(self._session.actor, self._search, self._order_by, self._descending,
                                         work_area=self._work_area))

    @Slot()
    def reload(self) -> None:
        """Re-runs the id query in the background with the current search and sort."""
        self._debounce.stop()
        self._task.run(functools.partial(queries.case_ids, self._session.actor, self._search,
                                         self._order_by, self._descending, work_area=self._work_area))

    @Slot(object)
    def _on_ids_loaded(self, ids: list[int]) -> None:
        self._apply_ids(ids)

    @Slot(object)
    def _on_ids_failed(self, exc: BaseException) -> None:
        log.warning("case list query failed: %s", exc)
        self.sig_error.emit(formatting.error_text(exc))
        self.sig_cases_loaded.emit(self.model.rowCount())

    def _apply_ids(self, ids: list[int]) -> None:
        keep = self._current_id
        self.model.set_ids(ids)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.select_row(row)
        elif keep is not None:
            self._current_id = None
            self.sig_case_selected.emit(None)
        self.sig_cases_loaded.emit(len(ids))

    # -- work area (minimal version from the window branch; the filter-bar branch owns this) ----
    @property
    def work_area(self) -> int | None:
        return self._work_area

    def set_work_area(self, work_area_id: int | None) -> None:
        """Limits the list to one work area (None: all). Before the first load it only stores it."""
        if work_area_id == self._work_area:
            return
        self._work_area = work_area_id
        if self._loaded:
            self.reload()

    # -- selection -------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    @property
    def current_case_id(self) -> int | None:
        return self._current_id

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id != self._current_id:
            self._current_id = case_id
            self.sig_case_selected.emit(case_id)

    @Slot(QModelIndex)
    def _on_cell_clicked(self, index: QModelIndex) -> None:
        """A click on a status icon that is not "none" opens what is behind it."""
        if COLUMNS[index.column()].key not in ACTIVATABLE_ICONS:
            return
        state = index.data(STATE_ROLE)
        case_id = self.model.case_id(index.row())
        if state and state[0] and case_id is not None:
            self.sig_icon_activated.emit(case_id, COLUMNS[index.column()].key)

    # -- search and sort -------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._search = text.strip()
        self._debounce.start()

    @Slot()
    def _on_search_return(self) -> None:
        if self._debounce.isActive():
            self.reload()

    # -- keyboard and opening -------------------------------------------------------------------
    def _on_table_key(self, event: QKeyEvent) -> bool:
        """Enter opens the current case; F2 edits its status from any column. True when handled."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current_id is not None:
            self.sig_case_opened.emit(self._current_id)
            return True
        if event.key() == Qt.Key.Key_F2 and self.table.currentIndex().column() != STATUS_COLUMN:
            return self.status_editing.edit_current()
        return False

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if index.column() != STATUS_COLUMN and case_id is not None:
            self.sig_case_opened.emit(case_id)

    def _sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @Slot(int)
    def _on_header_clicked(self, section: int) -> None:
        key = COLUMNS[section].key
        header = self.table.horizontalHeader()
        if key not in queries.SORT_KEYS:
            # Unindexed columns do not sort: put the indicator back where the order really is.
            header.setSortIndicator(COLUMN_INDEX[self._order_by], self._sort_order())
            return
        if key == self._order_by:
            self._descending = not self._descending
        else:
            self._order_by = key
            self._descending = key in ("created", "appointment", "order_date")
        header.setSortIndicator(section, self._sort_order())
        self.reload()

    # -- column widths and state, saved by key (DESIGN §4) ----------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self._auto_fit:
            self.fit_columns()
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and self._on_table_key(event):
            return True
        return super().eventFilter(watched, event)

    def _default_hidden(self) -> set[str]:
        """Optional columns stay hidden unless the office's work areas use them (services/list_columns)."""
        shown = list_columns.default_extra_columns()
        return {c.key for c in COLUMNS if c.extra and c.key not in shown}

    @Slot()
    def _on_columns_changed(self) -> None:
        if self._auto_fit:
            self.fit_columns()

    @Slot()
    def _on_columns_reset(self) -> None:
        self._auto_fit = True
        self.fit_columns()

    def fit_columns(self) -> None:
        """Number, dates, money and icons sized to their content; names share the rest."""
        header = self.table.horizontalHeader()
        fixed = {}
        for index, column in enumerate(COLUMNS):
            if column.sample:
                title = self.model.headerData(index, Qt.Orientation.Horizontal)
                fixed[index] = content_width(header, title, _sample_text(column.sample),
                                             sortable=column.key in queries.SORT_KEYS)
        weights = {i: c.weight for i, c in enumerate(COLUMNS) if not c.sample}
        # With many columns shown, names keep at least their title's width and the list scrolls sideways.
        shown = [i for i in weights if not header.isSectionHidden(i)]
        total = sum(weights[i] for i in shown) or 1.0
        least = max((content_width(header, self.model.headerData(i, Qt.Orientation.Horizontal), "",
                                   sortable=COLUMNS[i].key in queries.SORT_KEYS) * total / weights[i]
                     for i in shown), default=0)
        needed = sum(w for i, w in fixed.items() if not header.isSectionHidden(i)) + int(least) + 1
        self._fitting = True
        try:
            fit_columns(header, fixed, weights, max(self.table.viewport().width(), needed))
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, _index: int, old: int, new: int) -> None:
        # Hiding or showing a column (a size from or to 0) is not the user sizing it.
        if not self._fitting and old and new and self.table.horizontalHeader().isVisible():
            self._auto_fit = False

    def save_state(self, settings: QSettings) -> None:
        """`key:width:hidden` for every column in visual order, in the acting user's section."""
        header = self.table.horizontalHeader()
        entries = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            hidden = header.isSectionHidden(logical)
            width = COLUMNS[logical].width if hidden else header.sectionSize(logical)  # a hidden one reads 0
            entries.append(f"{COLUMNS[logical].key}:{width}:{int(hidden)}")
        settings.setValue(SETTINGS_COLUMNS, ",".join(entries))
        settings.setValue(SETTINGS_SORT, f"{self._order_by}:{int(self._descending)}")

    def restore_state(self, settings: QSettings) -> None:
        """Columns by key: unknown keys are skipped, columns added since keep their default visibility."""
        header = self.table.horizontalHeader()
        saved = str(settings.value(SETTINGS_COLUMNS, "") or "")
        visual = 0
        for entry in filter(None, saved.split(",")):
            try:
                key, width, hidden = entry.split(":")
                logical = COLUMN_INDEX[key]
                size = max(header.minimumSectionSize(), min(int(width), 1000))
            except (KeyError, ValueError):
                continue  # a column this version does not know, or a damaged entry
            header.moveSection(header.visualIndex(logical), visual)
            header.resizeSection(logical, size)
            header.setSectionHidden(logical, hidden == "1")
            visual += 1
        if visual:
            self._auto_fit = False
        sort = str(settings.value(SETTINGS_SORT, "") or "")
        key, _, descending = sort.partition(":")
        if key in queries.SORT_KEYS:
            self._order_by = key
            self._descending = descending == "1"
            header.setSortIndicator(COLUMN_INDEX[key], self._sort_order())
