"""What the demo generator knows about the office it fills: ids, rules, pools, files.

Built once by demo_setup from the rows the presets created; the hot loop then only reads
plain attributes (no queries, no peewee objects).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from desktop_app.demo.pools import LocalePool
from desktop_app.demo.rules import AreaRules, StatusRule


@dataclass(frozen=True)
class FileInfo:
    """A stored file: blob row facts plus what a Document copies from it."""

    sha256: str
    size: int
    mime: str
    pages: int  # 0 when unknown (DOCX)
    text: str
    suffix: str  # ".pdf", ".jpg"…


@dataclass
class StatusCtx:
    id: int
    code: str
    kind: str  # StatusKind
    rule: StatusRule
    position: int = 0
    name: str = ""

    def __post_init__(self) -> None:
        self.unassigned = self.rule.unassigned
        # the final quote's status, drawn by index from a list repeating each option by weight
        self.quote_deck = [status for status, weight in self.rule.quotes for _ in range(weight)]


@dataclass
class UserIds:
    admin: int
    clerk: int
    managers: list[int] = field(default_factory=list)
    advisors: list[int] = field(default_factory=list)
    team_of: dict[int, int] = field(default_factory=dict)  # advisor or manager → team
    manager_of_team: dict[int, int] = field(default_factory=dict)  # team → manager
    by_login: dict[str, int] = field(default_factory=dict)


@dataclass
class AreaCtx:
    rules: AreaRules
    id: int
    series_id: int
    prefix: str
    width: int
    first_number: int
    office_id: int
    language: str
    country: str
    pool: LocalePool
    statuses: list[StatusCtx]
    types: dict[str, tuple[int, bool]]  # document type code → (id, is_report)
    fields: list[tuple[int, str, str, bool, tuple[str, ...]]]  # id, code, kind, required, choices
    reasons: list[int]  # cancellation reason ids
    assignees: list[int]  # advisors or technicians of the area
    creators: list[int]
    closers: list[int]  # who may close (admin, the team's manager)
    prescribers: list[tuple[int, str]] = field(default_factory=list)  # (contact id, display name)
    notaries: list[tuple[int, str]] = field(default_factory=list)
    specimens: dict[str, FileInfo] = field(default_factory=dict)  # document type → shared file
    rich: dict[str, list[FileInfo]] = field(default_factory=dict)  # document type → real files
    position: int = 0  # in the office's list of areas
    company_p: float = 0.0  # owners that are companies (fleets, businesses)
    cases: int = 0  # how many cases the area received (the series continues after them)
    _cum: list[list[float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_code = {s.code: s for s in self.statuses}
        self.type_pos = {code: position for position, code in enumerate(self.types)}  # types come in order
        self.plain_types = [code for code, (_, is_report) in self.types.items() if not is_report]
        self.plain_positions = [self.type_pos[code] for code in self.plain_types]
        bit = {code: 1 << position for code, position in self.type_pos.items()}
        rules = self.rules
        self.vat = int(rules.vat)
        self.report_bit = bit[rules.report_types[0]]
        self.quote_bit = bit.get(rules.quote_type, 0)
        self.invoice_bit = bit[rules.invoice_type]
        for status in self.statuses:
            status.doc_bits = [bit[code] for code in status.rule.docs]
        for bucket in range(3):
            total, cum = 0.0, []
            for status in self.statuses:
                total += status.rule.weights[bucket]
                cum.append(total)
            self._cum.append([c / total for c in cum])

    def pick_status(self, bucket: int, draw: float) -> StatusCtx:
        """The status of a case of this age bucket (0 recent, 1 this year, 2 older)."""
        return self.statuses[min(bisect.bisect_right(self._cum[bucket], draw), len(self.statuses) - 1)]
