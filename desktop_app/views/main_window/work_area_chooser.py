"""The entity and work-area chooser shown on entry (S1-E1) and from the toolbar.

Work areas are listed under their office with the number of cases the user may see in
each; "All work areas" comes first for the roles that may choose it. Double-click or
Enter opens the selected one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.people.work_areas import WorkAreaChoice
from desktop_app.views.common import formatting, icons

CHOICE_ROLE = Qt.ItemDataRole.UserRole
ALL = "all"  # the item data of "All work areas" (a work area's is its id)


class WorkAreaChooser(QDialog):
    """Pick an office's work area (or all of them). `choice` is the id, or None for all."""

    def __init__(self, areas: Sequence[WorkAreaChoice], current: int | None, allow_all: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workAreaChooser")
        self.setWindowTitle(self.tr("CaseDesk — choose a work area"))
        self.setWindowIcon(icons.icon("fa5s.building", icons.BLUE))
        self.choice: int | None = current
        intro = QLabel(self.tr("Choose the office and the work area to open. "
                               "You can switch at any time from the toolbar."), self)
        intro.setObjectName("workAreaChooserIntro")
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self, objectName="workAreaTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Work area"), self.tr("Cases")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self._fill(areas, current, allow_all)
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.tree.itemActivated.connect(self._on_item_activated)
        self._on_selection_changed()
        self.resize(520, min(560, 160 + 26 * (self.tree.topLevelItemCount() + len(areas))))

    def _count_text(self, count: int | None) -> str:
        return "" if count is None else formatting.number(count)

    def _fill(self, areas: Sequence[WorkAreaChoice], current: int | None, allow_all: bool) -> None:
        selected: QTreeWidgetItem | None = None
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if allow_all:
            counts = [a.case_count for a in areas]
            total = None if None in counts else sum(c for c in counts if c is not None)
            item = QTreeWidgetItem(self.tree, [self.tr("All work areas"), self._count_text(total)])
            item.setData(0, CHOICE_ROLE, ALL)
            item.setIcon(0, icons.icon("fa5s.layer-group", icons.BLUE))
            item.setTextAlignment(1, right)
            bold = item.font(0)
            bold.setBold(True)
            item.setFont(0, bold)
            if current is None:
                selected = item
        office_item: QTreeWidgetItem | None = None
        office_id = None
        for area in areas:
            if office_item is None or area.office_id != office_id:
                office_id = area.office_id
                office_item = QTreeWidgetItem(self.tree, [area.office_name, ""])
                office_item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
                office_item.setIcon(0, icons.icon("fa5s.building", icons.GREY))
                font = office_item.font(0)
                font.setBold(True)
                office_item.setFont(0, font)
                office_item.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(office_item, [area.work_area_name, self._count_text(area.case_count)])
            item.setData(0, CHOICE_ROLE, area.work_area_id)
            item.setTextAlignment(1, right)
            item.setToolTip(0, f"{area.office_name} — {area.work_area_name}")
            if area.work_area_id == current:
                selected = item
        self.tree.expandAll()
        if selected is None:
            selected = self._first_choice()
        if selected is not None:
            self.tree.setCurrentItem(selected)

    def _first_choice(self) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top.data(0, CHOICE_ROLE) is not None:
                return top
            if top.childCount():
                return top.child(0)
        return None

    def items(self) -> list[QTreeWidgetItem]:
        """The selectable entries, top to bottom."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top.data(0, CHOICE_ROLE) is not None:
                found.append(top)
            found.extend(top.child(i) for i in range(top.childCount()))
        return found

    def select(self, work_area_id: int | None) -> bool:
        wanted = ALL if work_area_id is None else work_area_id
        for item in self.items():
            if item.data(0, CHOICE_ROLE) == wanted:
                self.tree.setCurrentItem(item)
                return True
        return False

    @Slot()
    def _on_selection_changed(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, CHOICE_ROLE) if item is not None and item.isSelected() else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(data is not None)
        if data is not None:
            self.choice = None if data == ALL else int(data)

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, CHOICE_ROLE)
        if data is not None:
            self.choice = None if data == ALL else int(data)
            self.accept()


def ask_work_area(areas: Sequence[WorkAreaChoice], current: int | None, allow_all: bool,
                  parent: QWidget | None = None) -> tuple[bool, int | None]:
    """Shows the chooser modally: (accepted, choice). Only `run_gui` calls this on entry."""
    dialog = WorkAreaChooser(areas, current, allow_all, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.choice
