"""Column widths that fill a table: content-sized columns stay whole, text columns share the rest.

Numbers, dates, money and icon columns get the width their content needs (measured
on a sample in the current font and locale); name-like columns share what is left by
weight and elide. Tables use this until the user sizes a column by hand.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHeaderView

CELL_PADDING = 14
SORT_INDICATOR = 18
MIN_FLEX_WIDTH = 48


def content_width(header: QHeaderView, title: str, sample: str, sortable: bool = True) -> int:
    """Room for a sample cell text and for the header title (with its sort arrow if it sorts)."""
    cell = header.fontMetrics().horizontalAdvance(sample) + CELL_PADDING
    head = header.fontMetrics().horizontalAdvance(title) + (SORT_INDICATOR if sortable else CELL_PADDING)
    return max(cell, head)


def fit_columns(header: QHeaderView, fixed: Mapping[int, int], weights: Mapping[int, float],
                available: int) -> None:
    """Gives fixed columns their width and splits the rest of `available` by weight."""
    if available <= 0:
        return
    visible_fixed = {i: w for i, w in fixed.items() if not header.isSectionHidden(i)}
    flexible = {i: w for i, w in weights.items() if not header.isSectionHidden(i)}
    remaining = available - sum(visible_fixed.values())
    total = sum(flexible.values()) or 1.0
    sizes = dict(visible_fixed)
    for index, weight in flexible.items():
        sizes[index] = max(MIN_FLEX_WIDTH, int(remaining * weight / total))
    if flexible and remaining > MIN_FLEX_WIDTH * len(flexible):
        last = max(flexible)
        sizes[last] += available - sum(sizes.values())  # no pixel gap at the right edge
    for index, size in sizes.items():
        header.resizeSection(index, max(header.minimumSectionSize(), size))
