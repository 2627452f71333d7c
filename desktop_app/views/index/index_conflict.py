"""The stale-edit banner of the index pane: who saved the case meanwhile, what differs, the choice.

Nothing is written from here: the pane reloads the other version or saves the user's changes
over it when one of the two buttons asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.views.index.index_editors import value_label


class ConflictBanner(QFrame):
    """Object name `indexConflictBanner`; cells are named `indexConflict_<field>_<0|1|2>`
    (label, theirs, yours)."""

    sig_reload_requested = Signal()
    """The user drops their changes and takes the other version."""
    sig_overwrite_requested = Signal()
    """The user saves their changes on top of the other version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexConflictBanner")
        self.setStyleSheet(
            "#indexConflictBanner { background: #fff4e5; border: 1px solid #f0a040; border-radius: 3px; }")
        self.text = QLabel(self, objectName="indexConflictText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.text.font())
        bold.setBold(True)
        self.text.setFont(bold)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.reload_button = QPushButton(self.tr("Reload theirs"), self, objectName="indexReloadTheirsButton")
        self.reload_button.setToolTip(self.tr("Forget your changes and show the saved version"))
        self.reload_button.clicked.connect(self.sig_reload_requested)
        self.overwrite_button = QPushButton(self.tr("Save mine over theirs"), self, objectName="indexSaveMineButton")
        self.overwrite_button.setToolTip(self.tr("Apply your changes on top of their version and save"))
        self.overwrite_button.clicked.connect(self.sig_overwrite_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reload_button)
        row.addWidget(self.overwrite_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.text)
        box.addLayout(self.grid)
        box.addLayout(row)
        self.hide()

    def show_conflict(self, who: str, when: str, rows: list[tuple[str, str, str, str]]) -> None:
        """Shows who changed the case and when, and each differing field as (code, label, theirs, yours)."""
        self.text.setText(self.tr("Changed by {who} at {when} while you were editing.").format(
            who=who or self.tr("someone"), when=when))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if rows:
            for column, title in enumerate((self.tr("Field"), self.tr("Theirs"), self.tr("Yours"))):
                header = QLabel(title, self)
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                self.grid.addWidget(header, 0, column)
            for number, (code, *cells) in enumerate(rows, start=1):
                for column, text in enumerate(cells):
                    self.grid.addWidget(value_label(self, f"indexConflict_{code}_{column}", text or "—"), number, column)
        else:
            note = value_label(self, text=self.tr("They changed nothing shown in this form (the status, documents or billing)."))
            self.grid.addWidget(note, 0, 0, 1, 3)
        self.show()
