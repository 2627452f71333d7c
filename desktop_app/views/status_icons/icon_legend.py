"""What each status icon of the case list means (F1, or the Legend button beside the list).

Every sample is painted by the list's own delegate code from the same cached pixmaps, so
the legend cannot drift from what the list shows.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState
from desktop_app.views.status_icons.status_delegate import paint_state

SAMPLE_SIZE = (56, 22)

N = QT_TRANSLATE_NOOP
C = "IconLegendDialog"
# column key → (title, [(state, badge, meaning)]); translated in the dialog.
LEGEND: tuple[tuple[str, str, tuple[tuple[int, str, str], ...]], ...] = (
    ("report", N(C, "Report"), (
        (ReportState.NONE, "", N(C, "No report attached to the case.")),
        (ReportState.AVAILABLE, "", N(C, "Report attached and visible to every contact of the case.")),
        (ReportState.BLOCKED, "", N(C, "Report attached, access blocked for at least one contact.")),
        (ReportState.DELIVERED, "2", N(C, "Report delivered to or downloaded by contacts (how many times).")),
    )),
    ("quote", N(C, "Quote"), (
        (QuoteState.NONE, "", N(C, "No quote sent: the cell stays empty.")),
        (QuoteState.AWAITING, "", N(C, "Quote sent, awaiting the answer.")),
        (QuoteState.VALIDATED, "", N(C, "Quote validated, by the client or by a collaborator.")),
        (QuoteState.REFUSED, "", N(C, "Quote refused.")),
    )),
    ("invoice", N(C, "Invoice"), (
        (InvoiceState.NONE, "", N(C, "No invoice issued.")),
        (InvoiceState.PAID, "", N(C, "Invoice issued and paid.")),
        (InvoiceState.UNPAID, "", N(C, "Invoice issued, not paid yet.")),
    )),
    ("installments", N(C, "Installments"), (
        (InstallmentsState.NONE, "", N(C, "No payment schedule (no invoice yet): the cell stays empty.")),
        (InstallmentsState.PARTIAL, "1/3", N(C, "k of n installments paid (here 1 of 3).")),
        (InstallmentsState.ALL_PAID, "", N(C, "Every installment paid.")),
    )),
)


def sample_pixmap(key: str, state: int, badge: str, currency: str, ratio: float) -> QPixmap:
    """One icon cell as the case list paints it, on a transparent background."""
    width, height = SAMPLE_SIZE
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_state(painter, QRect(0, 0, width, height), key, (int(state), badge, currency))
    finally:
        painter.end()
    return pixmap


class IconLegendDialog(QDialog):
    """Non-modal: it can stay open beside the list while one reads the icons."""

    def __init__(self, currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("iconLegendDialog")
        self.setWindowTitle(self.tr("Status icons legend"))
        self.entries: list[tuple[str, int, str]] = []  # (column key, state, meaning shown)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Hover an icon in the case list to see why it shows, who did it and when; "
                               "click it to open what is behind it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        ratio = self.devicePixelRatioF()
        for position, (key, title, states) in enumerate(LEGEND):
            box = QGroupBox(self.tr(title), self, objectName=f"legend_{key}")
            rows = QVBoxLayout(box)
            for state, badge, meaning in states:
                row = QHBoxLayout()
                icon = QLabel(box, objectName=f"legend_{key}_{int(state)}")
                icon.setPixmap(sample_pixmap(key, state, badge, currency, ratio))
                icon.setFixedSize(*SAMPLE_SIZE)
                text = QLabel(self.tr(meaning), box)
                text.setWordWrap(True)
                row.addWidget(icon)
                row.addWidget(text, 1)
                rows.addLayout(row)
                self.entries.append((key, int(state), text.text()))
            rows.addStretch(1)
            grid.addWidget(box, position // 2, position % 2)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, self.sizeHint().height())
