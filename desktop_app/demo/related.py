"""The rows hanging off a demo case: service orders, billing, documents, contacts, activity.

Each method appends tuples to a stage table and records on the CaseState what the case
row must show (amounts, counts, the icon states), so the stored states are computed
from exactly the rows written. A case without real files gets a document plan instead of
document rows; demo_expand turns plans into documents and writes, in SQL, the
owner/prescriber links, version-1 rows, index values and planned reports' deliveries.
"""

from __future__ import annotations

import random

from desktop_app.demo.bulk import Table
from desktop_app.demo.clock import DAY, HOUR, NOW, Clock
from desktop_app.demo.context import UserIds
from desktop_app.demo.rules import (
    CLAIMS,
    COMMUNICATIONS,
    FOLLOW_UPS,
    ISP_ORDER_TYPES,
    NOTES,
    PAYMENT_METHODS,
    REJECTIONS,
    TRADES,
)
from desktop_app.demo.tables import CAPS, PLAN_SPEC, SPECS, VERSIONS_PER_DOCUMENT
from desktop_app.models.states import InstallmentsState, InvoiceState, QuoteState, ReportState, StatusKind
from desktop_app.services.people.notification_rows import encode

# Icon states as plain ints (an IntEnum member costs an attribute look-up per use).
QUOTE_STATE = {None: int(QuoteState.NONE), "awaiting": int(QuoteState.AWAITING),
               "accepted": int(QuoteState.VALIDATED), "refused": int(QuoteState.REFUSED)}
INVOICE_PAID, INVOICE_UNPAID = int(InvoiceState.PAID), int(InvoiceState.UNPAID)
ALL_PAID, PARTIAL = int(InstallmentsState.ALL_PAID), int(InstallmentsState.PARTIAL)
REPORT_AVAILABLE, REPORT_BLOCKED, REPORT_DELIVERED = (int(ReportState.AVAILABLE), int(ReportState.BLOCKED),
                                                      int(ReportState.DELIVERED))
# How often a case without real files holds these (its reports are always there).
QUOTE_DOC_P, INVOICE_DOC_P, OTHER_DOC_P = 0.06, 0.12, 0.06
RELATED = ("service_order", "service_order_follow_up", "delivery_note", "quote", "invoice", "invoice_line",
           "installment", "payment", "document", "document_version", "case_contact", "report_delivery",
           "communication", "note", "notification")


class RelatedRows:
    """Mixed into CaseGenerator: `self.c` is the CaseState of the case being generated."""

    def __init__(self, users: UserIds, rng: random.Random, bases: dict[str, int]) -> None:
        self.users, self.rng, self.clock = users, rng, Clock.shared()
        self.t = {name: Table(name, SPECS[name], bases[name], CAPS[name]) for name in RELATED}
        self.plan_rows = Table("demo_doc_plan", PLAN_SPEC)
        t = self.t
        self.quotes, self.invoices, self.lines = t["quote"], t["invoice"], t["invoice_line"]
        self.installments, self.payments = t["installment"], t["payment"]

    def _at(self, low: int, high: int) -> int:
        """A moment between low and high (seconds), never after the reference 'now'."""
        return min(low + int(self.rng.random() * max(high - low, 1)), NOW - HOUR)

    # -- service orders and delivery notes (repair network, ISP desk) -------------------

    def service_orders(self, c) -> None:
        code, rnd, ts = c.area.rules.code, self.rng.random, self.clock.ts
        c.trade, c.amount = "", 0
        if not c.rule.orders:
            return
        statuses = list(c.rule.orders)
        if code == "SIN" and rnd() < 0.3:
            statuses.append(statuses[0])
        if code == "ATD" and rnd() < 0.4 and c.kind != StatusKind.OPEN:
            statuses = statuses[:1] if rnd() < 0.5 else []
        forced_notes = list(c.notes_force)
        while len(statuses) < len(forced_notes):
            statuses.append(statuses[0])
        orders, notes, follow_ups = self.t["service_order"], self.t["delivery_note"], self.t["service_order_follow_up"]
        techs, clerk, index = c.area.assignees, self.users.clerk, c.index
        for number, status in enumerate(statuses, 1):
            order_id = orders.block(index) + number - 1
            trade = (CLAIMS[c.subject][0] if number == 1 else TRADES[int(rnd() * len(TRADES))]) \
                if code == "SIN" else ""
            if number == 1:
                c.trade = trade
            tech = c.assignee if number == 1 and c.assignee else techs[int(rnd() * len(techs))]
            created = self._at(c.created, c.end)
            done = status in ("finished", "closed")
            closed = self._at(created, c.end + DAY) if status == "closed" else 0
            appointment = ts((NOW // DAY + int(rnd() * 10 + 1)) * DAY + 8 * HOUR + int(rnd() * 10) * HOUR) \
                if status in ("open", "reschedule") else ""
            order_type = "Reparación" if code == "SIN" else ISP_ORDER_TYPES[int(rnd() * len(ISP_ORDER_TYPES))]
            orders.rows.append((
                order_id, c.id, number, order_type, trade, status, tech, self.clock.date(created), appointment,
                c.subject, "Trabajo terminado y comprobado" if done else "", "Cliente avisado" if rnd() < 0.2 else "",
                f"ICL-{c.number}-{number}" if order_type == "Iclass" else "", clerk, ts(created),
                clerk if closed else 0, ts(closed) if closed else ""))
            if rnd() < 0.2:
                follow_ups.rows.append((follow_ups.block(index) + number - 1, order_id, tech,
                                        ts(self._at(created, c.end + DAY)), FOLLOW_UPS[int(rnd() * len(FOLLOW_UPS))]))
            if code == "SIN" and (done or forced_notes):
                cents = 8000 + int(rnd() * 82000)
                c.amount += cents
                if forced_notes:
                    state = forced_notes.pop(0)
                elif status == "closed":
                    state = "registered" if rnd() < 0.9 else "cancelled"
                else:
                    draw = rnd()
                    state = ("pending_confirmation" if draw < 0.45 else "confirmed_pending" if draw < 0.8
                             else "rejected")
                notes.rows.append((notes.block(index) + number - 1, c.id, order_id, f"ALB-{c.number}-{number}",
                                   f"{cents // 100}.{cents % 100:02d}", state,
                                   REJECTIONS[c.id % len(REJECTIONS)] if state == "rejected" else "",
                                   ts(self._at(created, c.end + DAY))))

    # -- quotes, invoices, installments, payments ----------------------------------------

    def billing(self, c) -> None:
        """Quotes, the invoice with its lines, installments and payments; sets the amounts."""
        rules, rnd, ts = c.area.rules, self.rng.random, self.clock.ts
        items, vat = rules.invoice_items, c.area.vat
        states = c.state_row = [0, 0, QUOTE_STATE[c.quote], 0, 0, 0, 0, 0]
        lines, total = [], 0
        picks = [0] if rules.code == "VN" else [int(rnd() * len(items))]
        if rnd() < 0.25:
            pick = int(rnd() * len(items))
            if pick not in picks:
                picks.append(pick)
        for position, pick in enumerate(picks):
            description, low, high, step = items[pick]
            if step:
                price = (low + int(rnd() * (high - low) / step) * step) * 100
            else:
                price = low * 100 + int(rnd() * (high - low) * 100)
            quantity = 1 if step or rnd() < 0.7 else 2
            amount, rest = divmod(quantity * price * (100 + vat), 100)  # cents, rounded half to even
            if rest > 50 or (rest == 50 and amount % 2):
                amount += 1
            total += amount
            lines.append((position, description, str(quantity), f"{price // 100}.{price % 100:02d}", rules.vat,
                          f"{amount // 100}.{amount % 100:02d}"))
        if not c.amount and (rules.code != "ATD" or c.invoice != "none"):  # a support ticket costs nothing
            c.amount = total
        amount_text = f"{c.amount // 100}.{c.amount % 100:02d}"
        c.tariff = 0
        if c.quote:
            table, prefix = self.quotes, f"{rules.quote_prefix}-{c.number}-"
            quotes, first = table.rows, table.block(c.index)
            issued = min(c.created + int(rnd() * 5 * DAY), NOW - HOUR)
            issued_text = ts(issued)
            if c.quote != "refused" and rnd() < 0.03:  # a first quote refused, then a new one
                quotes.append((first, c.id, prefix + "0", "refused", amount_text, issued_text, ts(issued + HOUR),
                               "client", 0, issued_text))
            if c.quote == "awaiting":
                quotes.append((first + 1, c.id, prefix + "1", "awaiting", amount_text, issued_text, "", "", 0,
                               issued_text))
            else:
                by_staff = rnd() < 0.3
                quotes.append((first + 1, c.id, prefix + "1", c.quote, amount_text, issued_text,
                               ts(self._at(issued, c.end + DAY)), "collaborator" if by_staff else "client",
                               c.creator if by_staff else 0, issued_text))
            if rnd() < 0.02:  # a draft never sent: ignored by the icon
                quotes.append((first + 2, c.id, prefix + "2", "draft", amount_text, "", "", "", 0, ts(c.end)))
        if c.invoice == "none":
            return
        invoices, payments, payment_id = self.invoices, self.payments.rows, self.payments.block(c.index)
        issued = self._at(max(c.created, c.end - 5 * DAY), c.end)
        issued_text, total_text = ts(issued), f"{total // 100}.{total % 100:02d}"
        invoice_id = invoices.block(c.index)
        if rnd() < 0.02:  # an invoice cancelled and issued again: ignored by the icons
            invoices.rows.append((invoice_id + 1, c.id, f"F-{c.number}-A", "cancelled", issued_text, total_text,
                                  issued_text))
        invoices.rows.append((invoice_id, c.id, f"F-{c.number}", "issued", issued_text, total_text, issued_text))
        line_id = self.lines.block(c.index)
        self.lines.rows.extend([(line_id + line[0], invoice_id, *line) for line in lines])
        c.tariff = total
        method = PAYMENT_METHODS[c.area.language][int(rnd() * 3)]
        clerk, paid_total, paid_count, count = self.users.clerk, 0, 0, 0
        if c.inst != "none":
            # Quarter-euro shares add up exactly in floating point, whatever the order the
            # database sums them in; a total that is not a multiple makes a single share.
            count = 2 + int(rnd() * 3) if total % 25 == 0 else 1
            if c.inst == "partial" and count == 1:
                count, shares = 2, [total - total // 2, total // 2]
            else:
                share = total // 25 // count * 25
                shares = [total - share * (count - 1)] + [share] * (count - 1)
            paid_count = count if c.inst == "all" else int(rnd() * count)
            installments = self.installments
            for sequence, share in enumerate(shares, 1):
                installment_id = installments.block(c.index) + sequence - 1
                due = issued + sequence * 30 * DAY
                share_text = f"{share // 100}.{share % 100:02d}"
                if sequence <= paid_count:
                    paid_at = ts(self._at(min(due, NOW) - 10 * DAY, min(due, NOW)))
                    payments.append((payment_id + sequence - 1, invoice_id, installment_id, share_text, paid_at,
                                     method, clerk))
                    paid_total += share
                else:
                    paid_at = ""
                installments.rows.append((installment_id, invoice_id, sequence, self.clock.date(due), share_text,
                                          paid_at))
        elif c.invoice == "paid":
            payments.append((payment_id, invoice_id, 0, total_text, ts(self._at(issued, issued + 20 * DAY)), method,
                             clerk))
            paid_total = total
        elif rnd() < 0.3 and total > 100:  # a deposit on an unpaid invoice
            deposit = total // 3
            payments.append((payment_id, invoice_id, 0, f"{deposit // 100}.{deposit % 100:02d}",
                             ts(self._at(issued, issued + 10 * DAY)), method, clerk))
            paid_total = deposit
        states[3] = INVOICE_PAID if paid_total >= total else INVOICE_UNPAID
        if count:
            states[4] = ALL_PAID if paid_count >= count else PARTIAL
            states[5], states[6] = paid_count, count

    # -- documents, reports and their deliveries ---------------------------------------

    def documents(self, c) -> None:
        """Which documents the case holds. Real-file cases get rows here; the others a plan
        row (a bit per document type position) that demo_expand expands in SQL."""
        area, rnd = c.area, self.rng.random
        c.report_docs = []
        if c.real:
            self._real_documents(c)
            return
        mask = area.report_bit if c.report != "none" else 0
        if c.quote and area.quote_bit and rnd() < QUOTE_DOC_P:
            mask |= area.quote_bit
        if c.invoice != "none" and rnd() < INVOICE_DOC_P:
            mask |= area.invoice_bit
        for bit in c.status.doc_bits:
            if rnd() < OTHER_DOC_P:
                mask |= bit
        binned = -1
        if rnd() < 0.01 or c.force.get("trashed"):  # one more, in the bin: not counted
            binned = next((p for p in area.plain_positions if not mask >> p & 1), -1)
        self.plan_rows.rows.append((c.id, mask, binned))
        c.documents = mask.bit_count()
        c.reports = int(c.report != "none")

    def _real_documents(self, c) -> None:
        area, rules, rnd = c.area, c.area.rules, self.rng.random
        wanted = []
        if c.report != "none":
            wanted.append(rules.report_types[0])
            if rules.code == "DIAG" and rnd() < 0.3:
                wanted.append(rules.report_types[0])
        if c.quote and rules.quote_type and rnd() < 0.5:
            wanted.append(rules.quote_type)
        if c.invoice != "none" and rnd() < 0.7:
            wanted.append(rules.invoice_type)
        wanted.extend(code for code in c.rule.docs if rnd() < 0.6)
        if not wanted:
            wanted.append(area.plain_types[0])
        trashed_last = rnd() < 0.1 or bool(c.force.get("trashed"))
        if trashed_last:
            wanted.append(area.plain_types[-1])
        ts = self.clock.ts
        documents, versions = self.t["document"], self.t["document_version"]
        titles, clerk = area.rules.titles or {}, self.users.clerk
        c.documents = c.reports = 0
        for position, code in enumerate(wanted):
            type_id, is_report = area.types[code]
            trashed = int(trashed_last and position == len(wanted) - 1)
            rich = area.rich.get(code)
            if rich:  # a report's first real file is its draft: only ever version 1
                finals = rich[1:] if is_report and len(rich) > 2 else rich
                info = finals[int(rnd() * len(finals))]
            else:
                info = area.specimens[code]
            document_id = documents.block(c.index) + position
            added = self._at(c.created, c.end)
            adder = c.assignee or clerk
            checked = c.closed and rnd() < 0.5
            name = f"{code}_{c.number}{info.suffix}"
            second = rich and is_report and len(rich) > 2 and rnd() < 0.4
            documents.rows.append((
                document_id, c.id, type_id, titles.get(code, code).format(number=c.number, owner=c.owner_name),
                2 if second else 1, info.sha256, name, info.size, info.mime, info.pages,
                _source(is_report, info.mime, rnd()), info.text, adder, ts(added), clerk if checked else 0,
                ts(self._at(added, c.end + DAY)) if checked else "", trashed))
            if second:  # a draft first, the signed report as version 2
                draft = rich[0]
                version_id = versions.base + (document_id - documents.base) * VERSIONS_PER_DOCUMENT
                versions.rows.append((version_id, document_id, 1, draft.sha256, name, draft.size, draft.mime,
                                      draft.pages, adder, ts(added)))
                versions.rows.append((version_id + 1, document_id, 2, info.sha256, name, info.size, info.mime,
                                      info.pages, adder, ts(self._at(added, c.end + DAY))))
            if not trashed:
                c.documents += 1
                if is_report:
                    c.reports += 1
                    c.report_docs.append((document_id, added))

    def contacts_and_deliveries(self, c) -> None:
        """Extra case contacts, report deliveries, and the report state they give.

        The blocked contact is the prescriber, or the owner when he is his own prescriber
        (links written by demo_expand); deliveries go to the contacts not blocked.
        """
        rnd, ts = self.rng.random, self.clock.ts
        recipients = [c.owner_id] if c.prescriber_id == c.owner_id else [c.owner_id, c.prescriber_id]
        if c.area.notaries and c.prescriber_id != c.owner_id and rnd() < 0.15:
            notary = c.area.notaries[int(rnd() * len(c.area.notaries))][0]
            if notary != c.prescriber_id:
                links = self.t["case_contact"]
                links.rows.append((links.block(c.index) + 2, c.id, notary, "notary", 0))
                recipients.append(notary)
        blocked = c.reports > 0 and c.report == "blocked"
        if blocked:
            recipients = recipients[:1] if len(recipients) > 1 else []
        deliveries = 0
        if c.reports and (c.report == "delivered" or (blocked and recipients and rnd() < 0.5)):
            deliveries = 1 + int(rnd() * 2) if c.report == "delivered" else 1
            table = self.t["report_delivery"]
            for k in range(deliveries if c.report_docs else 0):  # planned documents: demo_expand
                document_id, added = c.report_docs[k % len(c.report_docs)]
                table.rows.append((table.block(c.index) + k, document_id, recipients[k % len(recipients)],
                                   ("download", "email", "folder")[k % 3], ts(self._at(added, c.end + 2 * DAY)),
                                   self.users.clerk))
        states = c.state_row
        if c.reports:
            states[0] = REPORT_BLOCKED if blocked else REPORT_DELIVERED if deliveries else REPORT_AVAILABLE
            states[1] = deliveries
        states[7] = c.documents

    # -- communications, notes, notifications ------------------------------------------

    def activity(self, c, age: int) -> None:
        rnd, ts, language = self.rng.random, self.clock.ts, c.area.language
        recent = age < 60
        if rnd() < (0.6 if recent else 0.05):
            subjects, table = COMMUNICATIONS[language], self.t["communication"]
            first = table.block(c.index)
            for k in range(1 + int(rnd() * (3 if recent else 1))):
                inbound = rnd() < 0.6
                channel = ("email", "phone", "portal", "whatsapp" if language == "pt_BR" else "letter")[int(rnd() * 4)]
                subject = subjects[int(rnd() * len(subjects))]
                table.rows.append((first + k, c.id, "in" if inbound else "out", channel, c.owner_id, subject,
                             f"{subject} - {c.number}", ts(self._at(c.created, c.end + DAY)),
                             0 if inbound else (c.assignee or self.users.clerk),
                             int(not (inbound and not c.closed and rnd() < 0.4))))  # pending on open cases
        if rnd() < (0.3 if recent else 0.04):
            texts = NOTES[language]
            alert = rnd() < 0.35
            due = ts(NOW + int(rnd() * 10) * DAY + 9 * HOUR) if alert and not c.closed else ""
            notes = self.t["note"]
            notes.rows.append((notes.block(c.index), c.id, c.assignee or self.users.clerk,
                               texts[int(rnd() * len(texts))], int(alert), due, int(bool(c.closed)),
                               ts(self._at(c.created, c.end))))
        if not c.closed and rnd() < 0.2:  # about the cases still being worked on
            team = self.users.team_of.get(c.assignee)
            user = self.users.manager_of_team[team] if team else (c.assignee or self.users.clerk)
            # An idle notice as services/notifications.scan writes it (kind code, JSON parameters).
            params = encode({"number": c.number, "status": c.status.name, "days": 7 + int(rnd() * 28)})
            at = self._at(c.created, c.end + DAY)
            notifications = self.t["notification"]
            notifications.rows.append((notifications.block(c.index), user, c.id, "idle",
                                       params, ts(at), ts(at + DAY) if age > 7 else ""))


def _source(is_report: bool, mime: str, draw: float) -> str:
    """How a real file came in (DocumentSource), plausible for its kind."""
    if is_report:
        options = ("generated", "template")
    elif mime.startswith("image/"):
        options = ("drop", "watch_folder", "manual")
    elif mime == "application/pdf":
        options = ("import", "manual", "drop")
    else:
        options = ("template", "manual")
    return options[int(draw * len(options))]
