"""The case list dock: filter bar, the big case table, sorting and search in SQL.

Searches and sorts re-run `queries.case_ids` in the background (latest request wins);
the table model then fetches row blocks as they scroll into view. A search also asks for its
first page (`queries.first_case_ids`, a few milliseconds even for a word in half of all
documents), shown while the whole list loads; the whole list then adds its rows after it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.case_list import case_queries, list_columns
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.case_list.saved_views import ViewSpec
from desktop_app.services.cases import completeness, seen
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.status_icons import icon_details
from desktop_app.views.case_list.case_actions import CaseActions
from desktop_app.views.case_list.case_table_model import (
    BLOCK_SIZE,
    COLUMN_INDEX,
    COLUMNS,
    ICON_COLUMNS,
    STATE_ROLE,
    STATUS_COLUMN,
    CaseTableModel,
    TopBlock,
    priority_label,
)
from desktop_app.views.case_list.column_chooser import ColumnChooser
from desktop_app.views.case_list.filter_bar import CaseFilterBar
from desktop_app.views.case_list.status_editor import StatusEditController
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.list_table import list_table
from desktop_app.views.common.session import Session
from desktop_app.views.common.table_columns import content_width, fit_columns
from desktop_app.views.documents.documents_pane import local_files
from desktop_app.views.status_icons.status_delegate import StatusIconDelegate

log = logging.getLogger(__name__)
DROP_EVENTS = frozenset({QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.DragLeave, QEvent.Type.Drop})

SEARCH_DEBOUNCE_MS = 250
ACTIVATABLE_ICONS = frozenset({"report", "quote", "invoice", "installments"})  # a click opens what is behind
REFRESH_ROWS_LIMIT = 64  # more changed cases than this: every cached row is read again instead
READING_HINT_MS = 150  # a list that takes longer than this shows that it is being read
FILTER_DEBOUNCE_MS = 60  # clicks in the filter bar: short, so several quick ticks make one query
SETTINGS_COLUMNS = "caseTable/columns"  # inside the acting user's group (window_settings.user_group)
SETTINGS_SORT = "caseTable/sort"


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


def read_list(actor: Actor, case_filter: CaseFilter, order_by: str, descending: bool) -> tuple[Sequence[int], TopBlock]:
    """On a worker: the list's ids and its first block's rows and marks, so the first paint reads nothing."""
    ids = case_queries.case_ids(actor, case_filter, order_by, descending)
    top = ids[:BLOCK_SIZE]
    try:
        unseen = seen.unseen_changes(actor, top)
    except Exception:  # the marks are a hint: the rows come without them (as the model's own reads)
        log.warning("cannot read which cases changed since last looked", exc_info=True)
        unseen = {}
    return ids, TopBlock(top, case_queries.case_rows(top), unseen)


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
    sig_case_opened = Signal(int)
    """Enter (or a double-click outside the status) on a case: its id; the window moves to its documents."""
    sig_message = Signal(str)
    """A confirmation for the status bar (e.g. "Ticket 26000012 assumed")."""
    sig_files_dropped = Signal(object, object)
    """Files dropped on the list: (the case id of the row they fell on, or None for new cases; [Path])."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None, *,
                 work_area: int | None = None, sort: tuple[str, bool] | None = None) -> None:
        """`work_area` and `sort` (key, descending) are those of the first load: its ids are read on a
        worker from here, while the widgets (and the rest of the window) are built; `load` shows them."""
        super().__init__(parent)
        self._session = session
        self._order_by, self._descending = sort if sort is not None else (case_queries.DEFAULT_SORT, True)
        self._filter = CaseFilter(work_area_id=work_area)
        self._current_id: int | None = None
        self._select_after_load: int | None = None
        self._loaded = False
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_ids_loaded)
        self._task.sig_failed.connect(self._on_ids_failed)
        self._page_task = LatestTask(workers, self)  # a search's first page, while the whole list loads
        self._page_task.sig_finished.connect(self._on_page_loaded)
        self._page_task.sig_failed.connect(self._on_page_failed)
        self._showing_page = False  # the table shows a first page; the whole list is on its way
        self._seen_task = LatestTask(workers, self)  # "since you last looked" writes, off the GUI thread
        self._seen_task.sig_failed.connect(self._on_seen_failed)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._since_change = QElapsedTimer()  # since the last click in the filter bar
        self._reading_hint = QTimer(self, singleShot=True, interval=READING_HINT_MS)
        self._reading_hint.timeout.connect(self._show_reading)
        self._debounce.timeout.connect(self.reload)
        self._auto_fit = True  # until the user sizes a column or a saved layout is restored
        self._fitting = False
        self._head_start: tuple[CaseFilter, str, bool] | None = self._query()
        self.reload()  # the head start: the slowest part of the start runs beside the building of the window
        self._build_ui(workers)
        session.changes.sig_changes_applied.connect(self.on_changes_applied)

    def _build_ui(self, workers: Workers) -> None:
        self.filter_bar = CaseFilterBar(self._session, workers, self)
        self.search = self.filter_bar.search
        self.search.returnPressed.connect(self._on_search_return)
        self.filter_bar.sig_filter_changed.connect(self._on_filter_changed)
        self.filter_bar.sig_search_edited.connect(self._on_search_edited)
        self.filter_bar.sig_view_applied.connect(self._on_view_applied)
        self.filter_bar.sig_error.connect(self.sig_error)
        self.filter_bar.view_state = self._view_state
        if self._filter.work_area_id is not None:
            self.filter_bar.set_work_area(self._filter.work_area_id)
        self._filter = self.filter_bar.case_filter
        self.sig_cases_loaded.connect(self.filter_bar.set_result_count)

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
        self.table.viewport().setAcceptDrops(True)  # files: onto a row adds to it, elsewhere makes new cases
        delegate = StatusIconDelegate(self.table)
        for index in ICON_COLUMNS:
            self.table.setItemDelegateForColumn(index, delegate)
        self._delegate = delegate
        self.model.set_icon_explainer(functools.partial(icon_details.explain, self._session.actor))
        self.model.set_unseen_fetcher(functools.partial(seen.unseen_changes, self._session.actor))
        self.model.set_missing_explainer(functools.partial(completeness.missing_for_case, self._session.actor))
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
        self.status_editing = StatusEditController(self._session, self.table, self.model, workers)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_clicked)
        # The rows' context menu (archive, trash, purge, share, tickets…), writes on the workers.
        self.case_actions = CaseActions(self._session, workers, self.table, self.model, lambda: self._filter.view)
        self.case_actions.sig_error.connect(self.sig_error)
        self.case_actions.sig_message.connect(self.sig_message)
        self.case_actions.sig_seen_marked.connect(self._on_seen_marked)

        self.empty_label = QLabel(self.table.viewport(), objectName="caseListEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 24px;")
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        # The bar may be clipped on a narrow dock rather than force a 900-pixel-wide window.
        self.filter_bar.setSizePolicy(QSizePolicy.Policy.Ignored, self.filter_bar.sizePolicy().verticalPolicy())
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.legend_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    # -- loading ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task.busy or self._debounce.isActive()

    def load(self) -> None:
        """The first load: the ids on a worker (the window shows meanwhile, "Loading the cases…" on the
        list), the filter bar's choices, and the user's "since you last looked" baseline."""
        self._loaded = True
        head_start, self._head_start = self._head_start, None
        if head_start != self._query():  # the filter or sort changed since the head start
            self.reload()
        if self._task.busy:
            self._show_loading()
        self.filter_bar.load_choices()
        self._seen_task.run(functools.partial(seen.begin, self._session.actor))  # the user's baseline, once

    # -- since you last looked ---------------------------------------------------------------
    def mark_seen(self, case_id: int) -> None:
        """The user looked at a case: its row loses the mark now, the record is written in the background."""
        self.model.mark_seen([case_id])
        self._seen_task.run(functools.partial(seen.mark_seen, self._session.actor, case_id))

    @property
    def seen_busy(self) -> bool:
        return self._seen_task.busy

    @Slot()
    def _on_seen_marked(self) -> None:
        if self._filter.unseen:  # "changed since I looked" lists only what is still unseen
            self.reload()

    # -- what changed elsewhere ---------------------------------------------------------------
    @Slot(object, object)
    def on_changes_applied(self, changes: ChangeSet, initiator: object) -> None:
        """Cases in or out of a view, a new case, a new configuration: the list is read again (a case
        this window created is selected); otherwise the rows of the changed cases are re-read."""
        if changes.configuration_changed:
            self.filter_bar.load_choices()
        if changes.listing_changed or changes.configuration_changed:
            created = sorted(changes.created_case_ids)
            if created and initiator is not None:  # made by the clerk here, not by the program
                self.reload_and_select(created[0])
            else:
                self.reload()
            return
        if len(changes.case_ids) > REFRESH_ROWS_LIMIT:
            self.model.refresh_rows()
        else:
            for case_id in sorted(changes.case_ids):
                self.model.refresh_case(case_id)

    @Slot(object)
    def _on_seen_failed(self, exc: BaseException) -> None:
        log.warning("cannot record what the user looked at: %s", exc)

    @Slot()
    def _query(self) -> tuple[CaseFilter, str, bool]:
        return self._filter, self._order_by, self._descending

    def reload(self) -> None:
        """Re-runs the id query in the background with the current filter and sort; with a search
        word in many documents, its first page comes first."""
        self._debounce.stop()
        if self._filter.search.strip():
            self._page_task.run(functools.partial(case_queries.early_case_ids, self._session.actor, self._filter,
                                                  self._order_by, self._descending))
        else:
            self._page_task.cancel()
        self._task.run(functools.partial(read_list, self._session.actor, self._filter, self._order_by,
                                         self._descending))
        self._reading_hint.start()

    @Slot(object)
    def _on_page_loaded(self, result: tuple[list[int], bool] | None) -> None:
        if result is None:  # no faster first page: the whole list comes as soon
            return
        ids, _whole = result
        if not self._task.busy or not ids:  # the whole list came first, or the page has nothing to show
            return
        keep = self._current_id
        self._showing_page = True
        self.model.set_ids(ids)
        self.empty_label.hide()
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.select_row(row)  # the case shown in the other panes stays; it is not cleared meanwhile

    @Slot(object)
    def _on_page_failed(self, exc: BaseException) -> None:
        log.debug("first page of the case list failed: %s", exc)  # the whole list still comes

    # -- filter ----------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        """Shows `case_filter` in the bar and reloads the list (after a short debounce)."""
        self.filter_bar.set_filter(case_filter)
        self._on_filter_changed(self.filter_bar.case_filter)

    @property
    def work_area(self) -> int | None:
        return self._filter.work_area_id

    def set_work_area(self, work_area_id: int | None) -> None:
        """The user picked a work area (None: all): statuses follow it; the list reloads.

        Before the first load it only sets the filter, so the window does not load twice.
        """
        if work_area_id == self._filter.work_area_id:
            return
        self.filter_bar.set_work_area(work_area_id)
        self._filter = self.filter_bar.case_filter
        if self._loaded:
            self._reload_soon()

    @Slot(object)
    def _on_filter_changed(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self._reload_soon()

    def _reload_soon(self) -> None:
        """A click in the filter bar: the list is read at once; clicks that come within
        FILTER_DEBOUNCE_MS of each other are read once they pause (quick ticks make one more query)."""
        burst = self._since_change.isValid() and not self._since_change.hasExpired(FILTER_DEBOUNCE_MS)
        self._since_change.start()
        if burst or self._debounce.isActive():
            self._debounce.start(FILTER_DEBOUNCE_MS)
        else:
            self.reload()

    @Slot(object)
    def _on_search_edited(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self._debounce.start(SEARCH_DEBOUNCE_MS)

    @Slot(object)
    def _on_view_applied(self, spec: ViewSpec) -> None:
        """A saved view: its sort and columns (by key); the bar then sets its filter."""
        if spec.columns:
            self._restore_columns(spec.columns)
        if spec.order_by in case_queries.SORT_KEYS:
            self._order_by, self._descending = spec.order_by, spec.descending
            self.table.horizontalHeader().setSortIndicator(COLUMN_INDEX[self._order_by], self._sort_order())

    def _view_state(self) -> tuple[str, bool, str]:
        return self._order_by, self._descending, self._columns_state()

    @Slot()
    def _show_reading(self) -> None:
        """A list that takes a while to come says so (the count, a busy pointer): the rows shown
        meanwhile are the previous list's, still usable."""
        if self._task.busy and self._loaded:
            self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
            self.filter_bar.show_reading()

    def _end_reading(self) -> None:
        self._reading_hint.stop()
        self.table.viewport().unsetCursor()

    @Slot(object)
    def _on_ids_loaded(self, result: tuple[Sequence[int], TopBlock]) -> None:
        self._end_reading()
        ids, top = result
        self._apply_ids(ids, top)

    @Slot(object)
    def _on_ids_failed(self, exc: BaseException) -> None:
        self._end_reading()
        log.warning("case list query failed: %s", exc)
        self.sig_error.emit(formatting.error_text(exc))
        self.sig_cases_loaded.emit(self.model.rowCount())

    def reload_and_select(self, case_id: int) -> None:
        """Reloads the list, then makes `case_id` current if the list shows it (a case just made)."""
        self._select_after_load = case_id
        self.reload()

    def _apply_ids(self, ids: Sequence[int], top: TopBlock | None = None) -> None:
        keep = self._current_id
        wanted, self._select_after_load = self._select_after_load, None
        page, self._showing_page = self._showing_page, False
        if not (page and self.model.extend_ids(ids)):
            self.model.set_ids(ids, top)
        if wanted is not None and self.model.row_of(wanted) is not None:
            keep = wanted
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.select_row(row)
        elif keep is not None:
            self._current_id = None
            self.sig_case_selected.emit(None)
        self._show_empty_state(len(ids) == 0)
        self.sig_cases_loaded.emit(len(ids))

    def _show_loading(self) -> None:
        self.empty_label.setText(self.tr("Loading the cases…"))
        self._place_empty_label()
        self.empty_label.show()

    def _show_empty_state(self, empty: bool) -> None:
        """Says why the list is empty (filters, search, an empty view) instead of a blank table."""
        if not empty:
            self.empty_label.hide()
            return
        f = self._filter
        if f.search or f.active_count:
            text = self.tr("No case matches the search and filters.\nClear the filters (or the search) "
                           "to see every case.")
        elif f.view == ViewMode.ARCHIVED:
            text = self.tr("No archived case.")
        elif f.view == ViewMode.TRASH:
            text = self.tr("The trash is empty.")
        else:
            text = self.tr("No case here yet.")
        self.empty_label.setText(text)
        self._place_empty_label()
        self.empty_label.show()

    def _place_empty_label(self) -> None:
        viewport = self.table.viewport()
        self.empty_label.setGeometry(0, 0, viewport.width(), min(viewport.height(), 120))

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
        if key not in case_queries.SORT_KEYS:
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
        if watched is self.table.viewport() and event.type() in DROP_EVENTS:
            return self._on_drop_event(event)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            if self._auto_fit:
                self.fit_columns()
            if self.empty_label.isVisible():
                self._place_empty_label()
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and self._on_table_key(event):
            return True
        return super().eventFilter(watched, event)

    def _on_drop_event(self, event: QEvent) -> bool:
        """Files dragged from the desktop: onto a row they go to that case, elsewhere they make new cases."""
        if event.type() == QEvent.Type.DragLeave:
            event.accept()
            return True
        paths = local_files(event)
        if not paths:
            event.ignore()
            return True
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            index = self.table.indexAt(event.position().toPoint())
            self.sig_files_dropped.emit(self.model.case_id(index.row()) if index.isValid() else None, paths)
        return True

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
                                             sortable=column.key in case_queries.SORT_KEYS)
        weights = {i: c.weight for i, c in enumerate(COLUMNS) if not c.sample}
        # With many columns shown, names keep at least their title's width and the list scrolls sideways.
        shown = [i for i in weights if not header.isSectionHidden(i)]
        total = sum(weights[i] for i in shown) or 1.0
        least = max((content_width(header, self.model.headerData(i, Qt.Orientation.Horizontal), "",
                                   sortable=COLUMNS[i].key in case_queries.SORT_KEYS) * total / weights[i]
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

    def _columns_state(self) -> str:
        """The columns in their visual order as key:width:hidden, comma-separated."""
        header = self.table.horizontalHeader()
        entries = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            hidden = header.isSectionHidden(logical)
            width = COLUMNS[logical].width if hidden else header.sectionSize(logical)  # a hidden one reads 0
            entries.append(f"{COLUMNS[logical].key}:{width}:{int(hidden)}")
        return ",".join(entries)

    def save_state(self, settings: QSettings) -> None:
        """Columns and sort, in the acting user's section of the INI (the window opens it on that group)."""
        settings.setValue(SETTINGS_COLUMNS, self._columns_state())
        settings.setValue(SETTINGS_SORT, f"{self._order_by}:{int(self._descending)}")

    def restore_state(self, settings: QSettings) -> None:
        self._restore_columns(str(settings.value(SETTINGS_COLUMNS, "") or ""))
        self.restore_sort(settings)

    def restore_sort(self, settings: QSettings) -> None:
        sort = self.saved_sort(settings)
        if sort is not None:
            self._order_by, self._descending = sort
            self.table.horizontalHeader().setSortIndicator(COLUMN_INDEX[self._order_by], self._sort_order())

    @staticmethod
    def saved_sort(settings: QSettings) -> tuple[str, bool] | None:
        """The sort the user left (key, descending), None if none or unknown (the default then)."""
        key, _, descending = str(settings.value(SETTINGS_SORT, "") or "").partition(":")
        return (key, descending == "1") if key in case_queries.SORT_KEYS else None

    def _restore_columns(self, saved: str) -> None:
        """Columns by key: unknown keys are skipped, columns added since keep their default visibility."""
        header = self.table.horizontalHeader()
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
        if all(header.isSectionHidden(i) for i in range(header.count())):
            header.setSectionHidden(header.logicalIndex(0), False)  # a damaged entry: never an empty table
        if visual:
            self._auto_fit = False
