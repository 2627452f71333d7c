"""Which optional case-list columns a work area uses, so a new user's list starts sensible.

Seed 002's fifteen columns are always shown by default; the others (contract, trade,
protocol, priority…) only where the office's work areas fill them: a repair network
reads contract, trade and assignment date (seed 000), an ISP desk protocol, subject,
priority and pending interaction (seed 004), a dealership the order date and the
document count (S1-P1). Keys are the case table's stable column keys (DESIGN §4).
"""

from __future__ import annotations

from desktop_app.models import Office, RequiredDocument, RequiredField, WorkArea

AREA_COLUMNS: dict[str, tuple[str, ...]] = {
    "diagnostics": (),
    "sales": ("order_date", "document_count"),
    "after_sales": ("document_count",),
    "repair": ("contract", "trade", "order_date", "priority"),
    "support": ("protocol", "subject", "priority", "pending"),
}


def extra_columns(kinds: set[str] | frozenset[str]) -> frozenset[str]:
    """The optional columns the work areas of these kinds use."""
    return frozenset(key for kind in kinds for key in AREA_COLUMNS.get(kind, ()))


def default_extra_columns() -> frozenset[str]:
    """The optional columns shown by default: those of the office's work areas, and the
    completeness column wherever a workflow requires documents or fields before a status.

    A data dir holding several offices (the demo) has no one list to fit: only seed 002's
    columns (and completeness) show until the user chooses more.
    """
    requirements = frozenset({"completeness"}) if has_requirements() else frozenset()
    if Office.select().count() != 1:
        return requirements
    return extra_columns({kind for (kind,) in WorkArea.select(WorkArea.kind).distinct().tuples()}) | requirements


def has_requirements() -> bool:
    """Some status of some workflow requires a document type or an index field."""
    return RequiredDocument.select().exists() or RequiredField.select().exists()
