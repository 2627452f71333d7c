"""The documents of the selected case (a short list: plain rows in Python are fine here).

The title is edited in place (F2); the model only reports the wish (`sig_title_edited`),
the pane asks the service and reloads. A row under a drag is highlighted (`set_drop_row`).
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.models.states import DocumentSource
from desktop_app.services.documents.document_list import DocumentRow
from desktop_app.views.common import formatting, icons

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole
_CTX = "DocumentTableModel"
_ROOT = QModelIndex()
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)

# (key, title, weight of the free width or 0, sample text sizing a content column)
COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("DocumentTableModel", "Title"), 2.4, ""),
    ("type", QT_TRANSLATE_NOOP("DocumentTableModel", "Type"), 1.0, ""),
    ("pages", QT_TRANSLATE_NOOP("DocumentTableModel", "Pages"), 0, "999"),
    ("size", QT_TRANSLATE_NOOP("DocumentTableModel", "Size"), 0, "size"),
    ("added_at", QT_TRANSLATE_NOOP("DocumentTableModel", "Added"), 0, "date"),
    ("added_by", QT_TRANSLATE_NOOP("DocumentTableModel", "By"), 0, "WWW"),
    ("checked", QT_TRANSLATE_NOOP("DocumentTableModel", "Checked"), 0, "WWWW"),
    ("versions", QT_TRANSLATE_NOOP("DocumentTableModel", "Ver."), 0, "99"),
    ("source", QT_TRANSLATE_NOOP("DocumentTableModel", "Source"), 0.8, ""),
)
COLUMN_INDEX = {key: i for i, (key, *_rest) in enumerate(COLUMNS)}
_ALIGN = {"pages": RIGHT, "size": RIGHT, "added_at": RIGHT, "added_by": CENTER, "checked": CENTER,
          "versions": RIGHT}

SOURCE_LABELS = {
    DocumentSource.MANUAL: QT_TRANSLATE_NOOP("DocumentTableModel", "Manual"),
    DocumentSource.DROP: QT_TRANSLATE_NOOP("DocumentTableModel", "Dropped in"),
    DocumentSource.WATCH_FOLDER: QT_TRANSLATE_NOOP("DocumentTableModel", "Watch folder"),
    DocumentSource.TEMPLATE: QT_TRANSLATE_NOOP("DocumentTableModel", "Template"),
    DocumentSource.GENERATED: QT_TRANSLATE_NOOP("DocumentTableModel", "Generated"),
    DocumentSource.IMPORT: QT_TRANSLATE_NOOP("DocumentTableModel", "Import"),
}


def _text(row: DocumentRow, key: str) -> str:
    if key == "type":
        return row.type_name
    if key == "title":
        return row.title
    if key == "pages":
        return formatting.number(row.pages)
    if key == "size":
        return formatting.file_size(row.size)
    if key == "added_at":
        return formatting.date(row.added_at)
    if key == "added_by":
        return row.added_by
    if key == "checked":
        return row.checked_by if row.checked_at is not None else ""
    if key == "versions":
        return formatting.number(row.version_count)
    if key == "source":
        label = SOURCE_LABELS.get(row.source)
        return QCoreApplication.translate(_CTX, label) if label else row.source
    return ""


class DocumentTableModel(QAbstractTableModel):
    sig_title_edited = Signal(int, str)
    """A document id and the title typed in place for it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._drop_row = -1
        self.editable = False
        self.thumbnail_dir: Path | None = None  # cache/thumbnails of the data dir: the title's tooltip shows one

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._drop_row = -1
        self.endResetModel()

    def document_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_data(self, row: int) -> DocumentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def document_ids(self) -> set[int]:
        return {row.id for row in self._rows}

    def row_of(self, document_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == document_id), -1)

    def set_drop_row(self, row: int) -> None:
        """Highlights the row a file is dragged over (-1: none)."""
        if row == self._drop_row:
            return
        old, self._drop_row = self._drop_row, row
        for changed in (old, row):
            if 0 <= changed < len(self._rows):
                self.dataChanged.emit(self.index(changed, 0), self.index(changed, len(COLUMNS) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    def flags(self, index):
        flags = super().flags(index)
        if self.editable and index.isValid() and COLUMNS[index.column()][0] == "title":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or COLUMNS[index.column()][0] != "title":
            return False
        row = self._rows[index.row()]
        text = str(value)
        if text.strip() and text != row.title:
            # Shown at once; the pane's reload after the service call puts the stored title back.
            self._rows[index.row()] = dataclasses.replace(row, title=" ".join(text.split()))
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.sig_title_edited.emit(row.id, text)
        return True

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, COLUMNS[section][1])
        if role == KEY_ROLE:
            return COLUMNS[section][0]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "versions":
            return QCoreApplication.translate("DocumentTableModel", "Versions")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return row.title if key == "title" else _text(row, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() == self._drop_row:
                colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
                colour.setAlpha(70)
                return colour
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "title":
                return icons.mime_pixmap(row.mime)
            if key == "checked" and row.checked_at is not None:
                return icons.pixmap("fa5s.check", icons.GREEN)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN.get(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "checked":
                if row.checked_at is None:
                    return QCoreApplication.translate("DocumentTableModel", "Not checked yet")
                return QCoreApplication.translate("DocumentTableModel", "Checked by {who} on {when}").format(
                    who=row.checked_by_name or row.checked_by or "?", when=formatting.date_time(row.checked_at))
            if key == "title":
                return self._title_tip(row)
            if key == "added_by":
                return QCoreApplication.translate("DocumentTableModel", "Added by {who} on {when}").format(
                    who=row.added_by_name or row.added_by or "?", when=formatting.date_time(row.added_at))
            if key == "versions":
                return self.tr("%n version(s)", "", row.version_count)
            return None
        if role == DOCUMENT_ID_ROLE:
            return row.id
        return None

    def _title_tip(self, row: DocumentRow) -> str:
        """The original file name, above the document's thumbnail once one is cached (a stat on hover)."""
        name = row.original_name or row.title
        if self.thumbnail_dir is None or not row.blob:
            return name
        picture = self.thumbnail_dir / f"{row.blob}.png"
        if not picture.is_file():
            return name
        return f'<img src="{html.escape(picture.as_uri())}"><br>{html.escape(name)}'
