"""The case list's filter bar: search box, status drop-down, more filters, views, counts.

It holds the current `CaseFilter` and emits `sig_filter_changed` with each new one; it
never queries the cases itself. Its choices (statuses of the work area, natures,
origins, trades, users) load in the background (`case_filters.filter_choices`).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState
from desktop_app.services.case_list import filter_choices, saved_views
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.case_list.filter_choices import Choice, FilterChoices
from desktop_app.services.case_list.saved_views import ViewExists, ViewSpec
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, Workers
from desktop_app.views.common.session import Session

NO_DATE = QDate(1900, 1, 1)  # the date edits' minimum, shown as "any"


class CheckList(QToolButton):
    """A drop-down button with a checkable list; shows "Label (n)" when n values are checked."""

    sig_changed = Signal()

    def __init__(self, label: str, object_name: str, parent: QWidget | None = None, *,
                 count_label: str = "", count_only: bool = False) -> None:
        super().__init__(parent, objectName=object_name)
        self._label = label  # shown when nothing is checked
        self._count_label = count_label or label  # "{count_label} (n)" for several values
        self._count_only = count_only
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.list = QListWidget(menu, objectName=object_name + "List")
        self.list.setMinimumWidth(240)
        self.list.itemChanged.connect(self._on_item_changed)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.list)
        menu.addAction(action)
        self.setMenu(menu)
        self._update_text()

    def set_choices(self, choices: Sequence[Choice], checked: Sequence[object]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        wanted = set(checked)
        known = set()
        for choice in choices:
            self._add(choice.value, choice.label, choice.value in wanted, choice.colour)
            known.add(choice.value)
        for value in checked:  # a saved value the choices do not offer (yet): keep it visible
            if value not in known:
                self._add(value, str(value), True)
        self.list.blockSignals(False)
        rows = min(max(self.list.count(), 1), 14)
        self.list.setFixedHeight(rows * (self.list.fontMetrics().height() + 8) + 6)
        self.list.setMinimumWidth(min(max(240, self.list.sizeHintForColumn(0) + 40), 520))
        self._update_text()

    def _add(self, value: object, label: str, checked: bool, colour: str = "") -> None:
        item = QListWidgetItem(label or "\u2014", self.list)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if colour:
            item.setIcon(QIcon(icons.colour_dot(colour)))

    def set_checked(self, values: Sequence[object]) -> None:
        wanted = set(values)
        self.list.blockSignals(True)
        present = set()
        for row in range(self.list.count()):
            item = self.list.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            present.add(value)
            item.setCheckState(Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked)
        for value in values:
            if value not in present:
                self._add(value, str(value), True)
        self.list.blockSignals(False)
        self._update_text()

    def checked(self) -> tuple:
        return tuple(self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
                     if self.list.item(row).checkState() == Qt.CheckState.Checked)

    def _update_text(self) -> None:
        labels = [self.list.item(row).text() for row in range(self.list.count())
                  if self.list.item(row).checkState() == Qt.CheckState.Checked]
        if not labels:
            self.setText(self._label)
        elif self._count_only or len(labels) > 1:
            self.setText(self.tr("{label} ({count})").format(label=self._count_label, count=len(labels)))
        else:
            self.setText(self.fontMetrics().elidedText(labels[0], Qt.TextElideMode.ElideRight, 220))
        self.setToolTip("\n".join(labels))

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_text()
        self.sig_changed.emit()


class DateRange(QWidget):
    """From / to date edits; the minimum date means "any"."""

    sig_changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start = self._edit(object_name + "From")
        self.end = self._edit(object_name + "To")
        layout.addWidget(self.start)
        layout.addWidget(QLabel("\u2013", self))
        layout.addWidget(self.end)

    def _edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self, objectName=name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.sig_changed.emit())
        return edit

    def set_range(self, start: dt.date | None, end: dt.date | None) -> None:
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            edit.blockSignals(False)

    def range(self) -> tuple[dt.date | None, dt.date | None]:
        def value(edit: QDateEdit) -> dt.date | None:
            date = edit.date()
            return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        return value(self.start), value(self.end)


class CaseFilterBar(QWidget):
    """objectName caseFilterBar: every filter of the case list, with counts and saved views."""

    sig_filter_changed = Signal(object)
    """The new CaseFilter (after any change the user made)."""
    sig_search_edited = Signal(object)
    """The new CaseFilter after the search text changed (the pane waits a little longer)."""
    sig_view_applied = Signal(object)
    """A saved view (ViewSpec) was chosen: the pane restores its sort and columns, then filters."""
    sig_error = Signal(str)
    """Loading the filter choices failed: the translated message (the window shows it)."""
    sig_view_saved = Signal(object)
    """A view was saved (in the background): its ViewSpec, with its id."""
    sig_view_deleted = Signal(int)
    """A saved view was deleted (in the background): its id."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="caseFilterBar")
        self._session = session
        self._filter = CaseFilter()
        self._choices = FilterChoices()
        self.view_state: Callable[[], tuple[str, bool, str]] = lambda: ("", True, "")
        self._choices_task = LatestTask(workers, self)
        self._choices_task.sig_finished.connect(self._on_choices_loaded)
        self._choices_task.sig_failed.connect(self._on_choices_failed)
        self._jobs = JobRunner(workers, self)  # saving and deleting views: writes, off the GUI thread
        self._build_ui()
        self._sync_widgets()

    # -- building --------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.search = QLineEdit(self, objectName="caseSearch")
        self.search.setPlaceholderText(self.tr("Search cases (Ctrl+F)"))
        self.search.setToolTip(self.tr(
            "Starts of the number, internal reference, protocol, owner, prescriber, city or contract, "
            "or words inside the case's documents"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("fa5s.search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(220)
        self.search.setMaximumWidth(460)
        self.search.textChanged.connect(self._on_search_text)

        self.view_buttons = QButtonGroup(self)
        view_box = QWidget(self, objectName="caseViewMode")
        view_layout = QHBoxLayout(view_box)
        view_layout.setContentsMargins(0, 0, 0, 0)
        view_layout.setSpacing(0)
        for mode, text, name in ((ViewMode.ACTIVE, self.tr("Active"), "caseViewActive"),
                                 (ViewMode.ARCHIVED, self.tr("Archived"), "caseViewArchived"),
                                 (ViewMode.TRASH, self.tr("Trash"), "caseViewTrash")):
            button = QToolButton(view_box, objectName=name, text=text, checkable=True)
            button.setProperty("viewMode", mode.value)
            self.view_buttons.addButton(button)
            view_layout.addWidget(button)
            if mode == ViewMode.TRASH:
                button.setVisible(self._session.actor.is_admin)  # the service refuses the others anyway
        self.view_buttons.buttonClicked.connect(self._on_widget_changed)

        self.statuses = CheckList(self.tr("Status"), "caseStatusFilter", self, count_only=True)
        self.statuses.sig_changed.connect(self._on_widget_changed)
        self.unseen = QCheckBox(self.tr("Changed since I last looked"), self, objectName="unseenFilter")
        self.unseen.setToolTip(self.tr("Only the cases someone else changed since you last opened them"))
        self.unseen.toggled.connect(self._on_widget_changed)
        self.more = QToolButton(self, objectName="caseMoreFilters", text=self.tr("More filters"))
        self.more.setIcon(icons.icon("fa5s.filter"))
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(self.more)
        action = QWidgetAction(more_menu)
        action.setDefaultWidget(self._build_more_panel(more_menu))
        more_menu.addAction(action)
        self.more.setMenu(more_menu)

        self.active_label = QLabel(self, objectName="caseFilterActive")
        self.clear_button = QToolButton(self, objectName="caseFilterClear", text=self.tr("Clear filters"))
        self.clear_button.setIcon(icons.icon("fa5s.times"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel(self, objectName="caseFilterCount")

        self.views = QToolButton(self, objectName="caseSavedViews", text=self.tr("Views"))
        self.views.setIcon(icons.icon("fa5s.bookmark"))
        self.views.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.views.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.views_menu = QMenu(self.views, objectName="caseSavedViewsMenu")
        self.views_menu.aboutToShow.connect(self._fill_views_menu)
        self.views.setMenu(self.views_menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search, 1)
        layout.addWidget(view_box)
        layout.addWidget(self.statuses)
        layout.addWidget(self.unseen)
        layout.addWidget(self.more)
        layout.addWidget(self.active_label)
        layout.addWidget(self.clear_button)
        layout.addStretch(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.views)

    def _build_more_panel(self, parent: QWidget) -> QWidget:
        panel = QFrame(parent, objectName="caseMoreFiltersPanel")
        form = QFormLayout(panel)
        form.setContentsMargins(10, 8, 10, 8)
        self.natures = CheckList(self.tr("Any nature"), "caseNatureFilter", panel,
                                 count_label=self.tr("Natures"))
        self.origins = CheckList(self.tr("Any origin"), "caseOriginFilter", panel,
                                 count_label=self.tr("Origins"))
        self.trades = CheckList(self.tr("Any trade"), "caseTradeFilter", panel,
                                count_label=self.tr("Trades"))
        self.assigned = CheckList(self.tr("Anyone"), "caseAssignedFilter", panel,
                                  count_label=self.tr("Users"))
        self.technicians = CheckList(self.tr("Any technician"), "caseTechnicianFilter", panel,
                                     count_label=self.tr("Technicians"))
        self.invoice = CheckList(self.tr("Any"), "caseInvoiceFilter", panel, count_label=self.tr("States"))
        self.quote = CheckList(self.tr("Any"), "caseQuoteFilter", panel, count_label=self.tr("States"))
        self.installments = CheckList(self.tr("Any"), "caseInstallmentsFilter", panel,
                                      count_label=self.tr("States"))
        self.invoice.set_choices([Choice(InvoiceState.NONE.value, self.tr("No invoice")),
                                  Choice(InvoiceState.UNPAID.value, self.tr("Issued, unpaid")),
                                  Choice(InvoiceState.PAID.value, self.tr("Issued and paid"))], ())
        self.quote.set_choices([Choice(QuoteState.NONE.value, self.tr("No quote")),
                                Choice(QuoteState.AWAITING.value, self.tr("Awaiting an answer")),
                                Choice(QuoteState.VALIDATED.value, self.tr("Validated")),
                                Choice(QuoteState.REFUSED.value, self.tr("Refused"))], ())
        self.installments.set_choices([Choice(InstallmentsState.NONE.value, self.tr("No installments")),
                                       Choice(InstallmentsState.PARTIAL.value, self.tr("Partly paid")),
                                       Choice(InstallmentsState.ALL_PAID.value, self.tr("All paid"))], ())
        self.created = DateRange("caseCreatedFilter", panel)
        self.ordered = DateRange("caseOrderFilter", panel)
        documents = QWidget(panel)
        row = QHBoxLayout(documents)
        row.setContentsMargins(0, 0, 0, 0)
        self.documents_mode = QComboBox(documents, objectName="caseDocumentsFilter")
        self.documents_mode.addItem(self.tr("Any number"), "any")
        self.documents_mode.addItem(self.tr("None"), "none")
        self.documents_mode.addItem(self.tr("At least"), "at_least")
        self.documents_mode.addItem(self.tr("At most"), "at_most")
        self.documents_count = QSpinBox(documents, objectName="caseDocumentsCount", minimum=0, maximum=999)
        row.addWidget(self.documents_mode)
        row.addWidget(self.documents_count)
        self.contract = QLineEdit(panel, objectName="caseContractFilter")
        self.contract.setPlaceholderText(self.tr("Starts with\u2026"))
        self.contract.setClearButtonEnabled(True)
        form.addRow(self.tr("Nature"), self.natures)
        form.addRow(self.tr("Origin"), self.origins)
        form.addRow(self.tr("Trade"), self.trades)
        form.addRow(self.tr("Assigned to"), self.assigned)
        form.addRow(self.tr("Technician"), self.technicians)
        form.addRow(self.tr("Created"), self.created)
        form.addRow(self.tr("Order date"), self.ordered)
        form.addRow(self.tr("Invoice"), self.invoice)
        form.addRow(self.tr("Quote"), self.quote)
        form.addRow(self.tr("Installments"), self.installments)
        form.addRow(self.tr("Documents"), documents)
        form.addRow(self.tr("Contract"), self.contract)
        self.resurfacing = QCheckBox(self.tr("Needs attention today"), panel, objectName="caseResurfacingFilter")
        self.resurfacing.setToolTip(self.tr("Cases back from hold today (or earlier) and cases with one of your "
                                            "alerts due today"))
        self.resurfacing.toggled.connect(self._on_widget_changed)
        form.addRow("", self.resurfacing)
        self.missing_documents = QCheckBox(self.tr("Missing documents"), panel, objectName="missingDocumentsFilter")
        self.missing_documents.setToolTip(self.tr("Cases that still lack a document or a field that the statuses "
                                                  "ahead of them require (the Complete column shows what)"))
        self.missing_documents.toggled.connect(self._on_widget_changed)
        form.addRow("", self.missing_documents)
        for check in (self.natures, self.origins, self.trades, self.assigned, self.technicians,
                      self.invoice, self.quote, self.installments):
            check.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            check.sig_changed.connect(self._on_widget_changed)
        self.created.sig_changed.connect(self._on_widget_changed)
        self.ordered.sig_changed.connect(self._on_widget_changed)
        self.documents_mode.currentIndexChanged.connect(self._on_widget_changed)
        self.documents_count.valueChanged.connect(self._on_widget_changed)
        self.contract.textChanged.connect(self._on_widget_changed)
        return panel

    # -- the filter ------------------------------------------------------------------------
    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter, *, emit: bool = False) -> None:
        """Shows `case_filter` in the widgets; emits sig_filter_changed only with `emit`."""
        if not self._session.actor.is_admin and case_filter.view == ViewMode.TRASH:
            case_filter = case_filter.with_(view=ViewMode.ACTIVE)
        work_area_changed = case_filter.work_area_id != self._filter.work_area_id
        self._filter = case_filter
        self._sync_widgets()
        if work_area_changed:
            self.load_choices()
        if emit:
            self.sig_filter_changed.emit(self._filter)

    def set_work_area(self, work_area_id: int | None) -> None:
        """A new work area: its statuses replace the status choices (statuses picked elsewhere go)."""
        if work_area_id != self._filter.work_area_id:
            self.set_filter(self._filter.with_(work_area_id=work_area_id, statuses=()))

    @Slot()
    def clear(self) -> None:
        self.set_filter(self._filter.cleared(), emit=True)

    def set_result_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln case(s)", "", count))  # "1 case", not "1 cases"

    def show_reading(self) -> None:
        """The list is being read again (until `set_result_count`)."""
        self.count_label.setText(self.tr("Reading the list…"))

    def _sync_widgets(self) -> None:
        f = self._filter
        blockers = [self.search, self.documents_mode, self.documents_count, self.contract, self.resurfacing,
                    self.unseen, self.missing_documents]
        for widget in blockers:
            widget.blockSignals(True)
        try:
            if self.search.text().strip() != f.search:
                self.search.setText(f.search)
            for button in self.view_buttons.buttons():
                button.setChecked(button.property("viewMode") == f.view.value)
            self.statuses.set_checked(f.statuses)
            self.natures.set_checked(f.natures)
            self.origins.set_checked(f.origins)
            self.trades.set_checked(f.trades)
            self.assigned.set_checked(f.assigned_user_ids)
            self.technicians.set_checked(f.technician_ids)
            self.invoice.set_checked(f.invoice_states)
            self.quote.set_checked(f.quote_states)
            self.installments.set_checked(f.installments_states)
            self.created.set_range(f.created_from, f.created_to)
            self.ordered.set_range(f.order_from, f.order_to)
            mode, count = "any", 0
            if f.max_documents == 0 and f.min_documents in (None, 0):
                mode = "none"
            elif f.min_documents is not None:
                mode, count = "at_least", f.min_documents
            elif f.max_documents is not None:
                mode, count = "at_most", f.max_documents
            self.documents_mode.setCurrentIndex(self.documents_mode.findData(mode))
            self.documents_count.setValue(count)
            self.documents_count.setEnabled(mode in ("at_least", "at_most"))
            if self.contract.text() != f.contract:
                self.contract.setText(f.contract)
            self.resurfacing.setChecked(f.resurfacing)
            self.unseen.setChecked(f.unseen)
            self.missing_documents.setChecked(f.missing_documents)
        finally:
            for widget in blockers:
                widget.blockSignals(False)
        self._update_counts()

    def _update_counts(self) -> None:
        active = self._filter.active_count
        more = (active - (1 if self._filter.statuses else 0) - (1 if self._filter.view != ViewMode.ACTIVE else 0)
                - (1 if self._filter.unseen else 0))  # the bar shows these three itself
        self.more.setText(self.tr("More filters ({count})").format(count=more) if more > 0
                          else self.tr("More filters"))
        self.active_label.setText(self.tr("{count} active").format(count=active) if active else "")
        self.active_label.setVisible(bool(active))
        self.clear_button.setEnabled(bool(active or self._filter.search))

    def _read_widgets(self) -> CaseFilter:
        mode = self.documents_mode.currentData()
        count = self.documents_count.value()
        self.documents_count.setEnabled(mode in ("at_least", "at_most"))
        min_documents = max_documents = None
        if mode == "none":
            max_documents = 0
        elif mode == "at_least":
            min_documents = count
        elif mode == "at_most":
            max_documents = count
        created_from, created_to = self.created.range()
        order_from, order_to = self.ordered.range()
        checked = self.view_buttons.checkedButton()
        view = ViewMode(checked.property("viewMode")) if checked else ViewMode.ACTIVE
        return self._filter.with_(
            search=self.search.text().strip(), view=view, statuses=self.statuses.checked(),
            natures=self.natures.checked(), origins=self.origins.checked(), trades=self.trades.checked(),
            assigned_user_ids=self.assigned.checked(), technician_ids=self.technicians.checked(),
            invoice_states=self.invoice.checked(), quote_states=self.quote.checked(),
            installments_states=self.installments.checked(), created_from=created_from,
            created_to=created_to, order_from=order_from, order_to=order_to,
            min_documents=min_documents, max_documents=max_documents, contract=self.contract.text().strip(),
            resurfacing=self.resurfacing.isChecked(),
            unseen=self.unseen.isChecked(),
            missing_documents=self.missing_documents.isChecked())

    @Slot()
    def _on_widget_changed(self, *_args: object) -> None:
        new = self._read_widgets()
        if new != self._filter:
            self._filter = new
            self._update_counts()
            self.sig_filter_changed.emit(new)

    @Slot(str)
    def _on_search_text(self, _text: str) -> None:
        new = self._read_widgets()
        if new != self._filter:
            self._filter = new
            self._update_counts()
            self.sig_search_edited.emit(new)

    # -- choices ---------------------------------------------------------------------------
    def load_choices(self) -> None:
        """Loads the drop-downs' values in the background (index seeks, cached)."""
        self._choices_task.run(functools.partial(filter_choices.filter_choices, self._session.actor,
                                                 self._filter.work_area_id))

    @property
    def choices_loading(self) -> bool:
        return self._choices_task.busy

    @Slot(object)
    def _on_choices_loaded(self, choices: FilterChoices) -> None:
        self._choices = choices
        f = self._filter
        self.statuses.set_choices(choices.statuses, f.statuses)
        self.natures.set_choices(choices.natures, f.natures)
        self.origins.set_choices(choices.origins, f.origins)
        self.trades.set_choices(choices.trades, f.trades)
        self.assigned.set_choices(choices.users, f.assigned_user_ids)
        self.technicians.set_choices(choices.technicians, f.technician_ids)

    @Slot(object)
    def _on_choices_failed(self, exc: BaseException) -> None:
        logging.getLogger(__name__).warning("filter choices failed: %s", exc)
        self.sig_error.emit(formatting.error_text(exc))

    # -- saved views -----------------------------------------------------------------------
    @Slot()
    def _fill_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        mine = menu.addAction(icons.icon("fa5s.user"), self.tr("My cases"))
        mine.setObjectName("caseViewMyCases")
        mine.triggered.connect(self.apply_my_cases)
        try:
            views = saved_views.list_views(self._session.actor)
        except Exception as exc:  # an error here must not break the menu
            views = []
            menu.addAction(formatting.error_text(exc)).setEnabled(False)
        if views:
            menu.addSeparator()
        for spec in views:
            action = menu.addAction(spec.name)
            action.triggered.connect(functools.partial(self.apply_view, spec))
        menu.addSeparator()
        save = menu.addAction(icons.icon("fa5s.save"), self.tr("Save view\u2026"))
        save.setObjectName("caseViewSave")
        save.triggered.connect(self._ask_save_view)
        if views:
            delete = menu.addMenu(icons.icon("fa5s.trash-alt"), self.tr("Delete view"))
            for spec in views:
                delete.addAction(spec.name).triggered.connect(functools.partial(self._delete_view, spec))

    @Slot()
    def apply_my_cases(self) -> None:
        self.set_filter(saved_views.MY_CASES.with_(work_area_id=self._filter.work_area_id), emit=True)

    def apply_view(self, spec: ViewSpec, *_args: object) -> None:
        """Restores a saved view: sort and columns through the pane, then the filter (same work area)."""
        self.sig_view_applied.emit(spec)
        self.set_filter(spec.case_filter.with_(work_area_id=self._filter.work_area_id), emit=True)

    @property
    def saving(self) -> bool:
        """A view is being saved or deleted."""
        return self._jobs.busy

    def save_view(self, name: str, *, overwrite: bool = False) -> None:
        """Saves the current filter with the pane's sort and columns, in the background: `sig_view_saved`
        then, or a question when the name is taken (unless `overwrite`), or a warning."""
        order_by, descending, columns = self.view_state()
        spec = ViewSpec(name, self._filter.with_(work_area_id=None), order_by, descending, columns)
        actor = self._session.actor

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ViewExists) and self.ask_replace_view(name.strip()):
                self.save_view(name, overwrite=True)
            elif not isinstance(exc, ViewExists):
                self.warn(self.tr("Save view"), formatting.error_text(exc))

        self._jobs.run(lambda: saved_views.save_view(actor, spec, overwrite=overwrite), self.sig_view_saved.emit,
                       failed)

    def ask_replace_view(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Save view"),
            self.tr("A view named \u201c{name}\u201d exists already. Replace it?").format(name=name))
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("caseViewWarning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def _ask_save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"))
        if ok:
            self.save_view(name)

    def _delete_view(self, spec: ViewSpec, *_args: object) -> None:
        answer = QMessageBox.question(self, self.tr("Delete view"),
                                      self.tr("Delete the view \u201c{name}\u201d?").format(name=spec.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self._session.actor
        self._jobs.run(lambda: saved_views.delete_view(actor, spec.id), lambda _r: self.sig_view_deleted.emit(spec.id),
                       lambda exc: self.warn(self.tr("Delete view"), formatting.error_text(exc)))
