"""The documents of the selected case (a short list: plain rows in Python are fine here)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop_app.models.states import DocumentSource
from desktop_app.services.queries import DocumentRow
from desktop_app.views import formatting, icons

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
    ("checked", QT_TRANSLATE_NOOP("DocumentTableModel", "Checked"), 0, "WW"),
    ("source", QT_TRANSLATE_NOOP("DocumentTableModel", "Source"), 0.8, ""),
)
COLUMN_INDEX = {key: i for i, (key, *_rest) in enumerate(COLUMNS)}
_ALIGN = {"pages": RIGHT, "size": RIGHT, "added_at": RIGHT, "added_by": CENTER, "checked": CENTER}

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
    if key == "source":
        label = SOURCE_LABELS.get(row.source)
        return QCoreApplication.translate(_CTX, label) if label else row.source
    return ""


class DocumentTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def document_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

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
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, key)
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
                    return QCoreApplication.translate(_CTX, "Not checked yet")
                return QCoreApplication.translate(_CTX, "Checked by {who} on {when}").format(
                    who=row.checked_by or "?", when=formatting.date(row.checked_at))
            if key == "title":
                return row.original_name or row.title
            return None
        if role == DOCUMENT_ID_ROLE:
            return row.id
        return None
