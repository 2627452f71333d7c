"""The documents dock: the selected case's documents; the current one drives preview and index."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import AppError
from desktop_app.services import queries
from desktop_app.views import formatting
from desktop_app.views.item_models.document_table import COLUMN_INDEX, COLUMNS, DocumentTableModel
from desktop_app.views.list_table import list_table
from desktop_app.views.session import Session
from desktop_app.views.table_columns import content_width, fit_columns

log = logging.getLogger(__name__)


def _sample_text(sample: str) -> str:
    if sample == "date":
        return formatting.date(dt.date(2000, 12, 28))
    if sample == "size":
        return formatting.file_size(999_900)
    return sample


class DocumentsPane(QWidget):
    sig_document_selected = Signal(object)
    """The current document id, or None."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id: int | None = None
        self._current_id: int | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.model = DocumentTableModel(self)
        self.table = list_table(self, "documentTable", self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # Where a document came from matters less than what it is: shown on demand, not by default.
        header.setSectionHidden(COLUMN_INDEX["source"], True)
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.placeholder = QLabel(self, objectName="documentsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._stack)
        self._show_placeholder(self.tr("Select a case to see its documents."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        fixed = {}
        for index, (_key, _title, weight, sample) in enumerate(COLUMNS):
            if not weight:
                title = self.model.headerData(index, Qt.Orientation.Horizontal)
                fixed[index] = content_width(header, title, _sample_text(sample), sortable=False)
        weights = {i: weight for i, (_key, _title, weight, _sample) in enumerate(COLUMNS) if weight}
        fit_columns(header, fixed, weights, self.table.viewport().width())

    @property
    def current_document_id(self) -> int | None:
        return self._current_id

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def show_case(self, case_id: int | None) -> None:
        """Lists the case's documents and makes the newest one current (None clears)."""
        self._case_id = case_id
        rows: list[queries.DocumentRow] = []
        if case_id is not None:
            try:
                rows = queries.documents_of_case(self._session.actor, case_id)
            except AppError as exc:
                self.model.set_rows([])
                self._show_placeholder(formatting.error_text(exc))
                self._set_current(None)
                return
        self.model.set_rows(rows)
        if case_id is None:
            self._show_placeholder(self.tr("Select a case to see its documents."))
        elif not rows:
            self._show_placeholder(self.tr("This case has no documents yet."))
        else:
            self._stack.setCurrentWidget(self.table)
        if rows:
            index = self.model.index(0, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self._set_current(self.model.document_id(0))
        else:
            self._set_current(None)

    def select_document(self, document_id: int) -> bool:
        """Makes a listed document current (the preview and index follow); False if it is not listed."""
        for row in range(self.model.rowCount()):
            if self.model.document_id(row) == document_id:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    def _set_current(self, document_id: int | None) -> None:
        if document_id != self._current_id:
            self._current_id = document_id
            self.sig_document_selected.emit(document_id)
        elif document_id is None:
            self.sig_document_selected.emit(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.document_id(current.row()) if current.isValid() else None)
