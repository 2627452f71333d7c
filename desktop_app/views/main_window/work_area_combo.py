"""The toolbar's office / work-area switcher: "All work areas" (when allowed), then each area."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.services.people.work_areas import WorkAreaChoice
from desktop_app.views.common import icons

ALL = "all"  # item data of "All work areas"; a work area's is its id


def area_label(area: WorkAreaChoice, several_offices: bool) -> str:
    return f"{area.office_name} — {area.work_area_name}" if several_offices else area.work_area_name


class WorkAreaCombo(QComboBox):
    sig_work_area_chosen = Signal(object)
    """The user picked a work area: its id, or None for all of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workAreaCombo")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("The office and work area whose cases the list shows"))
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_areas(self, areas: Sequence[WorkAreaChoice], allow_all: bool, current: int | None) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            if allow_all:
                self.addItem(icons.icon("fa5s.layer-group", icons.BLUE), self.tr("All work areas"), ALL)
            several = len({area.office_id for area in areas}) > 1
            for area in areas:
                self.addItem(icons.icon("fa5s.folder-open", icons.GREY), area_label(area, several),
                             area.work_area_id)
                self.setItemData(self.count() - 1, f"{area.office_name} — {area.work_area_name}",
                                 Qt.ItemDataRole.ToolTipRole)
            self.setEnabled(self.count() > 1)
        finally:
            self.blockSignals(False)
        self.set_choice(current)

    def set_choice(self, work_area_id: int | None) -> bool:
        index = self.findData(ALL if work_area_id is None else work_area_id)
        if index < 0:
            return False
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        return True

    def choice_at(self, index: int) -> int | None:
        data = self.itemData(index)
        return None if data == ALL else int(data)

    @Slot(int)
    def _on_index_changed(self, index: int) -> None:
        if index >= 0:
            self.sig_work_area_chosen.emit(self.choice_at(index))
