"""Paints the report/quote/invoice/installments columns from cached pixmaps (DESIGN §2).

A state is (state code, badge text, currency) from the model's STATE_ROLE: the glyph
comes from `icons.status_pixmap`, made once per state; a delivery count is written
beside the arrow; installments in progress are a small "k/n" badge.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.views.case_list.case_table_model import COLUMNS, STATE_ROLE
from desktop_app.views.common import icons

BADGE_COLOUR = QColor(icons.AMBER)


class StatusIconDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # The cell's background, selection and focus as the view gives them: no text, no icon, so no
        # initStyleOption (ten model look-ups a cell, a sixth of a page jump's time at 1M).
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        state = index.data(STATE_ROLE)
        if not state:
            return
        paint_state(painter, option.rect, COLUMNS[index.column()].key, state)


def paint_state(painter: QPainter, rect: QRect, key: str, state: tuple[int, str, str]) -> None:
    """Draws one icon cell: the state's cached glyph, a count beside it, or a "k/n" badge.

    Shared by the case list and the legend, so both show exactly the same thing.
    """
    code, badge, currency = state
    pixmap = icons.status_pixmap(key, code, currency)
    painter.save()
    try:
        if pixmap is None and badge:
            _paint_badge(painter, rect, badge)
        elif pixmap is not None:
            size = icons.ICON_SIZE
            text_width = painter.fontMetrics().horizontalAdvance(badge) + 2 if badge else 0
            x = rect.x() + (rect.width() - size - text_width) // 2
            y = rect.y() + (rect.height() - size) // 2
            painter.drawPixmap(x, y, pixmap)
            if badge:
                painter.setPen(QColor(icons.GREEN))
                text_rect = QRect(x + size + 2, rect.y(), text_width, rect.height())
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), badge)
    finally:
        painter.restore()


def _paint_badge(painter: QPainter, rect: QRect, text: str) -> None:
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text) + 10
    height = min(rect.height() - 4, metrics.height() + 2)
    badge = QRect(rect.x() + (rect.width() - width) // 2, rect.y() + (rect.height() - height) // 2,
                  width, height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_COLOUR)
    painter.drawRoundedRect(badge, height / 2, height / 2)
    painter.setPen(QColor("white"))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
