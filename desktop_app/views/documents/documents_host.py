"""What the documents pane offers its helpers (actions, generator), so they never import the pane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QTableView, QWidget

from desktop_app.services.documents.document_list import DocumentRow
from desktop_app.views.common.background import JobRunner
from desktop_app.views.common.session import Session
from desktop_app.views.documents.document_table_model import DocumentTableModel


class DocumentsHost(Protocol):
    session: Session
    jobs: JobRunner
    table: QTableView
    model: DocumentTableModel
    sig_send_report_requested: SignalInstance

    @property
    def case_id(self) -> int | None: ...

    @property
    def importing(self) -> bool: ...

    def selected_rows(self) -> list[DocumentRow]: ...

    def selected_document_ids(self) -> list[int]: ...

    def run_change(self, fn: Callable[[], object], *, select: list[int] | None = None,
                   refresh_current: bool = False) -> None: ...

    def show_message(self, text: str, problems: list[tuple[str, str]] | None = None, error: bool = True) -> None: ...

    def reload(self, select: list[int] | None = None, refresh_current: bool = False) -> None: ...

    def import_files(self, paths: list[Path], source: str = ..., case_id: int | None = None) -> bool: ...

    def confirm(self, title: str, text: str) -> bool: ...

    def window(self) -> QWidget: ...
