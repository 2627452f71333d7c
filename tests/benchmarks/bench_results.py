"""The figures a benchmark hands to `run_all.py`: one JSON line per measure.

A benchmark calls `report(...)` for each figure it prints; when it runs under `run_all.py` (the
environment names a results file) the figure is appended there, otherwise nothing happens. A
figure has a floor measured in the same run when there is one, and a budget (DESIGN §5) when
there is one; `higher_is_better` marks rates (documents/s), where missing the budget means
falling under it and the ratio is floor ÷ figure.
"""

from __future__ import annotations

import json
import os

RESULTS_ENV = "CASEDESK_BENCH_RESULTS"


def report(bench: str, measure: str, figure: float, unit: str, *, floor: float | None = None,
           budget: float | None = None, higher_is_better: bool = False, note: str = "") -> None:
    path = os.environ.get(RESULTS_ENV)
    if not path:
        return
    entry = {"bench": bench, "measure": measure, "figure": figure, "unit": unit, "floor": floor,
             "budget": budget, "higher_is_better": higher_is_better, "note": note}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def ratio(entry: dict) -> float | None:
    """Figure ÷ floor (floor ÷ figure for a rate): how many times the floor's cost."""
    figure, floor = entry["figure"], entry.get("floor")
    if not floor or not figure:
        return None
    return floor / figure if entry.get("higher_is_better") else figure / floor


def over_budget(entry: dict) -> bool:
    budget = entry.get("budget")
    if budget is None:
        return False
    return entry["figure"] < budget if entry.get("higher_is_better") else entry["figure"] > budget
