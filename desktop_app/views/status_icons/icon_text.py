"""The translated sentences behind a status icon: who did what, when (rich text for tooltips).

`icon_details.explain` gives structured facts; this module turns each one into one line
in the interface language, with dates and money from `formatting`.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.services.status_icons.icon_details import Fact, FactKind, IconDetail
from desktop_app.views.common import formatting

_CTX = "IconDetails"

ROLE_LABELS = {
    "owner": QT_TRANSLATE_NOOP("IconDetails", "owner"),
    "prescriber": QT_TRANSLATE_NOOP("IconDetails", "prescriber"),
    "notary": QT_TRANSLATE_NOOP("IconDetails", "notary"),
    "agent": QT_TRANSLATE_NOOP("IconDetails", "agent"),
    "tenant": QT_TRANSLATE_NOOP("IconDetails", "tenant"),
}
METHOD_LABELS = {
    "transfer": QT_TRANSLATE_NOOP("IconDetails", "transfer"),
    "card": QT_TRANSLATE_NOOP("IconDetails", "card"),
    "cheque": QT_TRANSLATE_NOOP("IconDetails", "cheque"),
    "cash": QT_TRANSLATE_NOOP("IconDetails", "cash"),
    "direct_debit": QT_TRANSLATE_NOOP("IconDetails", "direct debit"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _label(labels: dict[str, str], code: str) -> str:
    return _tr(labels[code]) if code in labels else code


def role_label(code: str) -> str:
    return _label(ROLE_LABELS, code)


def method_label(code: str) -> str:
    return _label(METHOD_LABELS, code)


def _report(fact: Fact) -> str:
    when = formatting.date_time(fact.when)
    if fact.who:
        return QCoreApplication.translate("IconDetails", "Report “{title}” added by {who} on {when}").format(title=fact.subject, who=fact.who, when=when)
    return QCoreApplication.translate("IconDetails", "Report “{title}” added on {when}").format(title=fact.subject, when=when)


def _delivery(fact: Fact) -> str:
    when = formatting.date_time(fact.when)
    if fact.note == "download":
        return QCoreApplication.translate("IconDetails", "Downloaded by {name} on {when}").format(name=fact.subject, when=when)
    if fact.note == "email":
        if fact.who:
            return QCoreApplication.translate("IconDetails", "E-mailed to {name} by {who} on {when}").format(name=fact.subject, who=fact.who, when=when)
        return QCoreApplication.translate("IconDetails", "E-mailed to {name} on {when}").format(name=fact.subject, when=when)
    if fact.who:
        return QCoreApplication.translate("IconDetails", "Delivered to {name} by {who} on {when}").format(name=fact.subject, who=fact.who, when=when)
    return QCoreApplication.translate("IconDetails", "Delivered to {name} on {when}").format(name=fact.subject, when=when)


def _quote_answer(fact: Fact) -> str:
    when = formatting.date_time(fact.when)
    accepted = fact.extra == "accepted"
    if fact.note == "collaborator":
        who = fact.who or "?"
        text = (QCoreApplication.translate("IconDetails", "Quote {number} validated by {who} (collaborator) on {when}") if accepted
                else QCoreApplication.translate("IconDetails", "Quote {number} refused by {who} (collaborator) on {when}"))
        return text.format(number=fact.subject, who=who, when=when)
    text = (QCoreApplication.translate("IconDetails", "Quote {number} validated by the client on {when}") if accepted
            else QCoreApplication.translate("IconDetails", "Quote {number} refused by the client on {when}"))
    return text.format(number=fact.subject, when=when)


def _sent(fact: Fact, currency: str, with_who: str, without_who: str) -> str:
    values = {"number": fact.subject, "amount": formatting.money(fact.amount, currency),
              "when": formatting.date_time(fact.when)}
    if fact.who:
        return _tr(with_who).format(who=fact.who, **values)
    return _tr(without_who).format(**values)


def _payment(fact: Fact, currency: str) -> str:
    values = {"amount": formatting.money(fact.amount, currency), "when": formatting.date_time(fact.when),
              "method": method_label(fact.note)}
    if fact.who:
        return QCoreApplication.translate("IconDetails", "{amount} paid on {when} ({method}), recorded by {who}").format(who=fact.who, **values)
    return QCoreApplication.translate("IconDetails", "{amount} paid on {when} ({method})").format(**values)


def _installment(fact: Fact, currency: str, today: dt.date) -> str:
    values = {"step": fact.subject, "due": formatting.date(fact.due),
              "amount": formatting.money(fact.amount, currency)}
    if fact.when is not None:
        return QCoreApplication.translate("IconDetails", "{step}: {amount} due {due}, paid on {when}").format(
            when=formatting.date(fact.when), **values)
    if fact.due is not None and fact.due < today:
        return QCoreApplication.translate("IconDetails", "{step}: {amount} due {due}, overdue").format(**values)
    return QCoreApplication.translate("IconDetails", "{step}: {amount} due {due}, not paid yet").format(**values)


def fact_line(fact: Fact, currency: str, today: dt.date | None = None) -> str:
    """One fact as a plain sentence in the interface language."""
    kind = fact.kind
    if kind == FactKind.REPORT:
        return _report(fact)
    if kind == FactKind.BLOCKED:
        return QCoreApplication.translate("IconDetails", "Reports blocked for {name} ({role})").format(name=fact.subject, role=role_label(fact.note))
    if kind == FactKind.DELIVERY:
        return _delivery(fact)
    if kind == FactKind.QUOTE:
        return _sent(fact, currency, QT_TRANSLATE_NOOP("IconDetails", "Quote {number} for {amount} sent by {who} on {when}"),
                     QT_TRANSLATE_NOOP("IconDetails", "Quote {number} for {amount} sent on {when}"))
    if kind == FactKind.QUOTE_ANSWER:
        return _quote_answer(fact)
    if kind == FactKind.INVOICE:
        return _sent(fact, currency,
                     QT_TRANSLATE_NOOP("IconDetails", "Invoice {number} for {amount} issued by {who} on {when}"),
                     QT_TRANSLATE_NOOP("IconDetails", "Invoice {number} for {amount} issued on {when}"))
    if kind == FactKind.PAYMENT:
        return _payment(fact, currency)
    if kind == FactKind.BALANCE:
        return QCoreApplication.translate("IconDetails", "{amount} still due on invoice {number}").format(
            amount=formatting.money(fact.amount, currency), number=fact.subject)
    if kind == FactKind.INSTALLMENT:
        return _installment(fact, currency, today or dt.date.today())
    return ""


def tooltip_html(headline: str, detail: IconDetail | None) -> str:
    """Rich text: the headline (why) in bold, then one line per fact (who and when)."""
    parts = [f"<b>{html.escape(headline)}</b>"]
    if detail is not None:
        parts += [html.escape(fact_line(fact, detail.currency)) for fact in detail.facts]
        if detail.more:
            more = QCoreApplication.translate("IconDetails", "… and {count} more").format(count=detail.more)
            parts.append(f"<i>{html.escape(more)}</i>")
    return "<p style='white-space:pre'>" + "<br>".join(parts) + "</p>"
