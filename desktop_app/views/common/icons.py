"""Semantic icon names → qtawesome glyphs and colours, rendered once and cached.

Building a qtawesome icon inside `data()` costs 60 % of a table paint
(research/performance-anchors.md §3.2): every pixmap here is made once per
(glyph, colour, size) and reused.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap

from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState

GREEN = "#2e7d32"
RED = "#c62828"
AMBER = "#c77c00"
GREY = "#757575"
BLUE = "#1565c0"
ICON_SIZE = 16

# (column key, state) → glyph and colour; None draws nothing (a state without an icon).
STATUS_GLYPHS: dict[tuple[str, int], tuple[str, str] | None] = {
    ("report", ReportState.NONE): ("fa5s.times", RED),
    ("report", ReportState.AVAILABLE): ("fa5s.check", GREEN),
    ("report", ReportState.BLOCKED): ("fa5s.lock", RED),
    ("report", ReportState.DELIVERED): ("fa5s.arrow-right", GREEN),
    ("quote", QuoteState.NONE): None,
    ("quote", QuoteState.AWAITING): ("fa5s.hourglass-half", AMBER),
    ("quote", QuoteState.VALIDATED): ("fa5s.check", GREEN),
    ("quote", QuoteState.REFUSED): ("fa5s.times", RED),
    ("invoice", InvoiceState.NONE): ("fa5s.times", RED),
    ("invoice", InvoiceState.PAID): ("fa5s.check", GREEN),
    ("invoice", InvoiceState.UNPAID): ("fa5s.euro-sign", AMBER),
    ("installments", InstallmentsState.NONE): None,
    ("installments", InstallmentsState.PARTIAL): None,  # a "k/n" badge, drawn as text
    ("installments", InstallmentsState.ALL_PAID): ("fa5s.check-double", GREEN),
    # Pending interaction (S4-F20): who owes the next move; codes from case_table.PENDING_CODES.
    ("pending", 0): None,
    ("pending", 1): ("fa5s.exchange-alt", AMBER),  # both
    ("pending", 2): ("fa5s.user-clock", BLUE),  # external: the customer or a third party
    ("pending", 3): ("fa5s.reply", RED),  # internal: we owe the answer
}
PRIORITY_GLYPHS = {2: ("fa5s.arrow-up", AMBER), 3: ("fa5s.exclamation-circle", RED)}
# The unpaid-invoice sign follows the office's currency.
CURRENCY_GLYPHS = {"EUR": "fa5s.euro-sign", "BRL": "fa5s.money-bill-wave", "USD": "fa5s.dollar-sign",
                   "GBP": "fa5s.pound-sign"}

MIME_GLYPHS = (
    ("application/pdf", "fa5s.file-pdf", "#c62828"),
    ("image/", "fa5s.file-image", "#6a1b9a"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml", "fa5s.file-word", "#1565c0"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml", "fa5s.file-excel", "#2e7d32"),
    ("message/", "fa5s.envelope", "#455a64"),
    ("text/", "fa5s.file-alt", "#455a64"),
)
GENERIC_FILE = ("fa5s.file", "#757575")

_pixmaps: dict[tuple[str, str, int, float], QPixmap] = {}
_dots: dict[tuple[str, float], QPixmap] = {}


def _ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if app is not None else 1.0


def icon(glyph: str, colour: str = GREY) -> QIcon:
    import qtawesome

    return qtawesome.icon(glyph, color=colour)


def pixmap(glyph: str, colour: str, size: int = ICON_SIZE) -> QPixmap:
    """A cached, device-pixel-ratio aware pixmap of a qtawesome glyph."""
    ratio = _ratio()
    key = (glyph, colour, size, ratio)
    cached = _pixmaps.get(key)
    if cached is None:
        cached = icon(glyph, colour).pixmap(QSize(size, size), ratio)
        _pixmaps[key] = cached
    return cached


def status_pixmap(column: str, state: int, currency: str = "EUR") -> QPixmap | None:
    spec = STATUS_GLYPHS.get((column, state))
    if spec is None:
        return None
    glyph, colour = spec
    if column == "invoice" and state == InvoiceState.UNPAID:
        glyph = CURRENCY_GLYPHS.get(currency, glyph)
    return pixmap(glyph, colour)


def colour_dot(colour: str, size: int = 10) -> QPixmap:
    """A small filled circle in a status colour (cached per colour)."""
    ratio = _ratio()
    key = (colour, ratio)
    cached = _dots.get(key)
    if cached is None:
        cached = QPixmap(round(size * ratio), round(size * ratio))
        cached.setDevicePixelRatio(ratio)
        cached.fill(Qt.GlobalColor.transparent)
        painter = QPainter(cached)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _dots[key] = cached
    return cached


def mime_pixmap(mime: str) -> QPixmap:
    for prefix, glyph, colour in MIME_GLYPHS:
        if mime.startswith(prefix):
            return pixmap(glyph, colour)
    return pixmap(*GENERIC_FILE)
