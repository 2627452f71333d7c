"""The demo's cases, oldest first, one slice (chunk) at a time, each with its owner and plan.

One pass per case decides everything (status from its age, owner, plan of the icon
states) and appends the rows to the chunk's stage tables; the case row carries the four
icon states and the document count computed from exactly those rows (and from the plan
that `demo_expand` turns into documents), so `icon_states.drift()` finds nothing.
Ids are final when generated: see demo_tables.CAPS.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from desktop_app.demo.bulk import Table
from desktop_app.demo.clock import DAY, HOUR, NOW
from desktop_app.demo.context import AreaCtx, StatusCtx, UserIds
from desktop_app.demo.related import RelatedRows
from desktop_app.demo.rules import CLAIMS, CONTRACTS, RESERVED_TIMES
from desktop_app.demo.tables import CAPS, SPECS
from desktop_app.models.states import StatusKind

FLUSH_EVERY = 10_000  # cases per executemany round (and per progress step)
CLOSED = (StatusKind.CLOSED_DONE, StatusKind.CLOSED_CANCELLED)
ISP_SOURCES = ("client", "contract", "login", "manual")
PENDING = ("both", "external", "internal", "none")


class CaseState:
    """Scratch facts of the case being generated, shared with RelatedRows (one instance, reused)."""

    __slots__ = ("amount", "area", "assignee", "closed", "created", "creator", "documents", "end", "first_ascii",
                 "force", "id", "index", "inst", "invoice", "kind", "last_ascii", "notes_force", "number", "owner_id",
                 "owner_name", "prescriber_id", "prescriber_name", "quote", "real", "report", "report_docs",
                 "reports", "rule", "state_row", "status", "subject", "tariff", "trade")


class CaseGenerator(RelatedRows):
    """Generates cases start..end-1 (chronological indexes) of `total` into a stage database."""

    def __init__(self, areas: list[AreaCtx], users: UserIds, rng: random.Random, *, total: int,
                 real_from: int, bases: dict[str, int], numbers: list[int]) -> None:
        super().__init__(users, rng, bases)
        self.areas, self.total, self.real_from = areas, total, real_from
        self.first_case_id = bases["case"]
        self.numbers = list(numbers)  # per area: its cases before this one
        self.cases = Table("case", SPECS["case"], bases["case"], CAPS["case"])
        self.contacts = Table("contact", SPECS["contact"], bases["contact"], CAPS["contact"])
        self.tables = [self.contacts, self.cases, *self.t.values(), self.plan_rows]
        self._recent_owners: dict[int, list[tuple]] = {a.office_id: [] for a in areas}
        self.c = CaseState()

    def run(self, cursor, start: int, end: int, area_of: bytes, deck: dict[int, tuple[str, str, dict]],
            done: Callable[[int], None]) -> None:
        by_code = {a.rules.code: a for a in self.areas}
        for first in range(start, end, FLUSH_EVERY):
            last = min(first + FLUSH_EVERY, end)
            for index in range(first, last):
                if index in deck:
                    code, status_code, force = deck[index]
                    area = by_code[code]
                    self.case(index, area, area.by_code[status_code], force)
                else:
                    self.case(index, self.areas[area_of[index - start]], None, {})
            for table in self.tables:
                table.flush(cursor)
            done(last - first)

    # -- one case ----------------------------------------------------------------------

    def case(self, index: int, area: AreaCtx, status: StatusCtx | None, force: dict) -> None:
        rnd, clock, c = self.rng.random, self.clock, self.c
        rules = area.rules
        workdays = clock.workdays
        created = workdays[index * len(workdays) // self.total] * DAY + 7 * HOUR + int(rnd() * 11 * HOUR)
        age = (NOW - created) // DAY
        if status is None:
            status = area.pick_status(0 if age < 45 else 1 if age < 365 else 2, rnd())
        rule, kind = status.rule, status.kind
        c.id, c.index, c.area, c.status, c.rule, c.kind = self.first_case_id + index, index, area, status, rule, kind
        c.force, c.created = force, created
        c.real = index >= self.real_from
        room = NOW - HOUR - created
        if kind in CLOSED:
            c.closed = c.end = created + HOUR + int(rnd() * min(60 * DAY, room - HOUR))
        else:
            c.closed = 0
            c.end = created + int(rnd() * min(30 * DAY, room))
        position = area.position
        self.numbers[position] += 1
        c.number = area.prefix + str(area.first_number + self.numbers[position] - 1).zfill(area.width)
        created_text = clock.ts(created)
        owner, street, city, postal = self.owner(area, created_text)
        c.owner_id, c.owner_name, c.first_ascii, c.last_ascii = owner
        c.prescriber_id, c.prescriber_name = self.prescriber(area)
        c.subject = rules.subjects[int(rnd() * len(rules.subjects))]
        c.assignee = 0 if status.unassigned else area.assignees[int(rnd() * len(area.assignees))]
        c.creator = c.assignee if rules.code == "VN" and rnd() < 0.8 else area.creators[
            int(rnd() * len(area.creators))]
        self.plan(c, area, rule, kind, age, status)
        # Rows hanging off the case; they fill c.documents, c.reports, c.tariff, c.amount…
        self.service_orders(c)
        self.billing(c)
        self.documents(c)
        self.contacts_and_deliveries(c)
        self.activity(c, age)
        self.cases.rows.append(self.case_row(c, area, status, street, city, postal, age, created_text))

    def plan(self, c: CaseState, area: AreaCtx, rule, kind: str, age: int, status: StatusCtx) -> None:
        """Which quote, report, invoice and installments the case will have."""
        rnd, force = self.rng.random, c.force
        deck = status.quote_deck
        c.quote = force["quote"] if "quote" in force else deck[int(rnd() * len(deck))]
        if "report" in force:
            c.report = force["report"]
        elif rnd() < rule.report_p:
            draw = rnd()
            c.report = "blocked" if draw < 0.07 else "delivered" if draw < 0.55 else "available"
        else:
            c.report = "none"
        if "invoice" in force:
            c.invoice = force["invoice"]
        elif rnd() < rule.invoice_p:
            settled = kind == StatusKind.CLOSED_DONE and age > 60
            c.invoice = "paid" if rnd() < (0.93 if settled else 0.5) else "unpaid"
        else:
            c.invoice = "none"
        if "installments" in force:
            c.inst = force["installments"]
        elif c.invoice != "none" and area.rules.installments_p and rnd() < area.rules.installments_p:
            c.inst = "all" if c.invoice == "paid" else "partial"
        else:
            c.inst = "none"
        c.notes_force = force.get("notes", ())

    def owner(self, area: AreaCtx, created: str) -> tuple[tuple, str, str, str]:
        """((contact id, display name, first ascii, last ascii), street, city, postal code)."""
        recent = self._recent_owners[area.office_id]
        rnd = self.rng.random
        if recent and rnd() < area.rules.reuse_owner_p:
            return recent[int(rnd() * len(recent))]
        pool = area.pool
        first_i = int(rnd() * len(pool.first_names))
        last_i = int(rnd() * len(pool.last_names))
        street = pool.streets[int(rnd() * len(pool.streets))]
        city, postal = pool.places[int(rnd() * len(pool.places))]
        contact_id = self.contacts.block(self.c.index)
        first, last = pool.first_names[first_i], pool.last_names[last_i]
        first_a, last_a = pool.first_ascii[first_i], pool.last_ascii[last_i]
        if area.company_p and rnd() < area.company_p:
            company = pool.companies[int(rnd() * len(pool.companies))]
            name, kind, tax = company, "company", pool.company_ids[int(rnd() * len(pool.company_ids))]
            email = f"contacto{contact_id % 97}@{last_a}.{area.country.lower()}"
            first = last = ""
        else:
            company, name, kind = "", f"{last} {first}", "person"
            tax = pool.person_ids[int(rnd() * len(pool.person_ids))]
            email = f"{first_a}.{last_a}{contact_id % 97}@{pool.email_domains[contact_id % len(pool.email_domains)]}"
        self.contacts.rows.append((
            contact_id, kind, first, last, company, email, pool.phones[int(rnd() * len(pool.phones))], street,
            postal, city, area.country, tax, created))
        entry = ((contact_id, name, first_a, last_a), street, city, postal)
        if len(recent) < 2000:
            recent.append(entry)
        else:
            recent[int(rnd() * 2000)] = entry
        return entry

    def prescriber(self, area: AreaCtx) -> tuple[int, str]:
        """Who brought the case; the owner is his own prescriber by default (S2-C4)."""
        code, rnd, c = area.rules.code, self.rng.random, self.c
        if area.prescribers and (code == "SIN" or (code == "DIAG" and rnd() < 0.7)
                                 or (code == "PV" and rnd() < 0.15)):
            if code == "DIAG" and area.notaries and rnd() < 0.3:
                return area.notaries[int(rnd() * len(area.notaries))]
            return area.prescribers[int(rnd() * len(area.prescribers))]
        return c.owner_id, c.owner_name

    def case_row(self, c: CaseState, area: AreaCtx, status: StatusCtx, street: str, city: str, postal: str,
                 age: int, created_text: str) -> tuple:
        rnd, clock, rules = self.rng.random, self.clock, area.rules
        code, kind, created = rules.code, c.kind, c.created
        protocol = contract = latitude = longitude = order_date = appointment = reserved = resume = ""
        nature = origin = complementary = hold = reserved_time = ""
        priority, pending, source = 1, "none", "manual"
        if code == "ATD":
            protocol = f"{clock.days[created // DAY].replace('-', '')}{c.id % 100_000:05d}"
            contract = f"{c.owner_id * 37 % 100_000:05d}-{1 + c.owner_id % 3}"
            nature, priority = "Suporte técnico", int(rnd() * 4)
            source = ISP_SOURCES[int(rnd() * 4)]
            if source != "manual":
                latitude, longitude = f"{-3 - rnd() * 27:.6f}", f"{-35 - rnd() * 18:.6f}"
            if status.code in ("open", "assumed"):
                pending = c.force.get("pending") or PENDING[int(rnd() * 4)]
                reserved = clock.date(NOW + int(rnd() * 7) * DAY)
                reserved_time = RESERVED_TIMES[int(rnd() * 4)]
                complementary = "Aguardando técnico" if status.code == "open" else "Aguardando cliente"
            elif status.code == "resolved":
                pending = "external"
        elif code == "SIN":
            origin = c.prescriber_name
            protocol = f"{origin[:3].upper()}-{created // DAY % 100:02d}-{c.id * 7919 % 10**7:07d}"
            contract = CONTRACTS[c.owner_id % len(CONTRACTS)]
            nature = CLAIMS[c.subject][1]
            priority = 3 if rnd() < 0.1 else 1
            order_date = clock.date(created)  # the assignment date of the seed's table
            if kind == StatusKind.ON_HOLD:
                pending = "external"
        elif code == "DIAG":
            nature = "Vente" if rnd() < 0.7 else "Location"
            if status.position > 3:
                order_date = clock.date(created + DAY)
        elif code == "VN":
            nature = "VN" if rnd() < 0.75 else "VO"
            if status.code not in ("offer", "cancelled"):
                order_date = clock.date(created + 2 * DAY)
        else:
            nature = "Mecánica" if rnd() < 0.8 else "Carrocería"
            if status.code != "appointment":
                order_date = clock.date(created)
        if not origin:
            origin = rules.origins[int(rnd() * len(rules.origins))]
        when = c.rule.appointment
        if when:
            day = NOW // DAY + int(rnd() * 20 + 1) if when == "future" else created // DAY + int(rnd() * 15 + 1)
            appointment = clock.ts(day * DAY + 8 * HOUR + int(rnd() * 10) * HOUR)
        if kind == StatusKind.ON_HOLD and rules.hold_reasons:
            hold = rules.hold_reasons[int(rnd() * len(rules.hold_reasons))]
            resume = clock.date(NOW + int(rnd() * 30 + 3) * DAY)
        reason = area.reasons[int(rnd() * len(area.reasons))] if kind == StatusKind.CLOSED_CANCELLED else 0
        closer = team = 0
        if code == "VN":
            team = self.users.team_of.get(c.assignee, 0)
        if kind == StatusKind.CLOSED_DONE:
            closer = self.users.manager_of_team[team] if team else area.closers[int(rnd() * len(area.closers))]
        elif kind == StatusKind.CLOSED_CANCELLED:
            closer = c.assignee or area.creators[0]
        force = c.force
        archived = int(force.get("archived", kind in CLOSED and age > 365 and rnd() < 0.5))
        trashed = int(force.get("trashed", rnd() < 0.001))
        internal_ref = c.owner_name if code != "DIAG" or rnd() < 0.8 else f"LM-{c.id * 31 % 10**6:06d}"
        amount, tariff = c.amount, c.tariff
        return (
            c.id, area.id, area.series_id, c.number, protocol, internal_ref, c.subject, nature, origin,
            status.id, complementary, priority, c.owner_id, c.prescriber_id, c.owner_name, c.prescriber_name,
            contract, c.trade, street, source, latitude, longitude, city, postal, created_text,
            clock.ts(c.end), order_date, appointment, c.assignee, c.creator, team,
            rules.departments[c.id % len(rules.departments)], pending, reserved, reserved_time,
            f"{amount // 100}.{amount % 100:02d}", f"{tariff // 100}.{tariff % 100:02d}", hold, resume, reason,
            archived, trashed, closer, clock.ts(c.closed) if c.closed else "", *c.state_row)
