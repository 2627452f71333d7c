"""The case list's column chooser: a header menu of checkable columns and a "Choose columns…" dialog.

Columns are named by their stable key (`headerData(…, Qt.UserRole)`, DESIGN §4). The
chooser moves and hides header sections; saving them is the pane's job (by key, in the
INI section of the user, see `settings_key`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.main_window.window_settings import user_group

KEY_ROLE = Qt.ItemDataRole.UserRole


def settings_key(login: str, name: str) -> str:
    """The full INI key of one user's case-table setting, e.g. `users/marie/caseTable/columns`."""
    return f"{user_group(login)}/caseTable/{name}"


def column_label(header: QHeaderView, section: int) -> str:
    """The header title, with the column's full name when the title is an abbreviation."""
    model = header.model()
    title = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    full = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
    if not full or full.casefold().startswith(title.rstrip(".").casefold()):
        return full or title
    return QCoreApplication.translate("ColumnChooser", "{title} — {name}").format(title=title, name=full)


class ColumnChooser(QObject):
    """Shows, hides and orders the sections of a header by key; offers the menu and the dialog."""

    sig_columns_changed = Signal()
    """The user showed, hid or reordered columns."""
    sig_defaults_restored = Signal()
    """The user restored the default columns (order, visibility and automatic widths)."""

    def __init__(self, header: QHeaderView, default_hidden: Iterable[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.default_hidden = frozenset(default_hidden)
        self.dialog: ChooseColumnsDialog | None = None
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_menu_requested)

    # -- keys and state --------------------------------------------------------------------
    def column_keys(self) -> list[str]:
        """Every column key in logical (model) order."""
        model = self.header.model()
        return [str(model.headerData(i, Qt.Orientation.Horizontal, KEY_ROLE)) for i in range(self.header.count())]

    def logical(self, key: str) -> int:
        return self.column_keys().index(key)

    def states(self) -> list[tuple[str, bool]]:
        """(key, visible) of every column in the order the user sees them."""
        keys = self.column_keys()
        return [(keys[self.header.logicalIndex(v)], not self.header.isSectionHidden(self.header.logicalIndex(v)))
                for v in range(self.header.count())]

    def default_states(self) -> list[tuple[str, bool]]:
        return [(key, key not in self.default_hidden) for key in self.column_keys()]

    def visible_keys(self) -> list[str]:
        return [key for key, visible in self.states() if visible]

    def apply(self, states: Iterable[tuple[str, bool]]) -> None:
        """Orders the named columns first, in this order, and shows or hides them; unknown keys are skipped."""
        keys = self.column_keys()
        position = 0
        for key, visible in states:
            if key not in keys:
                continue
            logical = keys.index(key)
            self.header.moveSection(self.header.visualIndex(logical), position)
            self.header.setSectionHidden(logical, not visible)
            position += 1
        if not any(not self.header.isSectionHidden(i) for i in range(self.header.count())):
            self.header.setSectionHidden(self.header.logicalIndex(0), False)  # never an empty table

    def apply_defaults(self) -> None:
        self.apply(self.default_states())

    def set_visible(self, key: str, visible: bool) -> None:
        if not visible and self.visible_keys() == [key]:
            return  # the last visible column stays
        self.header.setSectionHidden(self.logical(key), not visible)
        self.sig_columns_changed.emit()

    # -- the header menu ---------------------------------------------------------------------
    def build_menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self.header, objectName="columnMenu")
        menu.setToolTipsVisible(True)
        visible = self.visible_keys()
        keys = self.column_keys()
        for key, shown in self.states():
            section = keys.index(key)
            action = QAction(column_label(self.header, section), menu, objectName=f"columnAction_{key}")
            action.setCheckable(True)
            action.setChecked(shown)
            action.setEnabled(not (shown and visible == [key]))
            action.toggled.connect(lambda checked, k=key: self.set_visible(k, checked))
            menu.addAction(action)
        menu.addSeparator()
        choose = QAction(self.tr("Choose columns…"), menu, objectName="actionChooseColumns")
        choose.triggered.connect(self.open_dialog)
        menu.addAction(choose)
        restore = QAction(self.tr("Restore default columns"), menu, objectName="actionRestoreColumns")
        restore.triggered.connect(self.restore_defaults)
        menu.addAction(restore)
        return menu

    @Slot(QPoint)
    def _on_menu_requested(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.header.mapToGlobal(pos))

    @Slot()
    def restore_defaults(self) -> None:
        self.apply_defaults()
        self.sig_defaults_restored.emit()

    # -- the dialog -------------------------------------------------------------------------
    @Slot()
    def open_dialog(self) -> ChooseColumnsDialog:
        """Opens the dialog (window-modal, not blocking); OK applies it."""
        keys = self.column_keys()
        labels = {key: column_label(self.header, keys.index(key)) for key in keys}
        self.dialog = ChooseColumnsDialog(self.states(), self.default_states(), labels, self.header.window())
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    @Slot()
    def _on_dialog_accepted(self) -> None:
        dialog = self.sender()
        if not isinstance(dialog, ChooseColumnsDialog):
            return
        self.apply(dialog.states())
        if dialog.defaults_restored and dialog.states() == self.default_states():
            self.sig_defaults_restored.emit()
        else:
            self.sig_columns_changed.emit()


class ChooseColumnsDialog(QDialog):
    """A checkable list of the columns: tick to show, drag (or the buttons) to reorder."""

    def __init__(self, states: list[tuple[str, bool]], defaults: list[tuple[str, bool]],
                 labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="chooseColumnsDialog")
        self.setWindowTitle(self.tr("Choose columns"))
        self._defaults = defaults
        self._labels = labels
        self.defaults_restored = False
        self._build_ui()
        self._fill(states)

    def _build_ui(self) -> None:
        hint = QLabel(self.tr("Tick the columns to show; drag them to change their order."), self)
        hint.setWordWrap(True)
        self.list = QListWidget(self, objectName="columnList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up_button = QPushButton(self.tr("Move &up"), self, objectName="moveColumnUpButton")
        self.down_button = QPushButton(self.tr("Move &down"), self, objectName="moveColumnDownButton")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.restore_button = buttons.addButton(self.tr("&Restore defaults"),
                                                QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.setObjectName("restoreColumnsButton")
        self.restore_button.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

    def _fill(self, states: list[tuple[str, bool]]) -> None:
        self.list.clear()
        for key, visible in states:
            item = QListWidgetItem(self._labels.get(key, key), self.list)
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
        self.list.setCurrentRow(0)
        # Every column in view without scrolling (there are about 25), each label whole.
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label in self._labels.values()), default=200)
        self.list.setMinimumWidth(widest + 72)
        row = max(self.list.sizeHintForRow(0), metrics.height()) + 2 * self.list.spacing()
        self.list.setMinimumHeight(min(len(states), 28) * row + 2 * self.list.frameWidth() + 4)

    def states(self) -> list[tuple[str, bool]]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [(str(item.data(KEY_ROLE)), item.checkState() == Qt.CheckState.Checked) for item in items]

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                return self.list.item(row)
        return None

    @Slot()
    def restore_defaults(self) -> None:
        self._fill(self._defaults)
        self.defaults_restored = True

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
