"""Quotes (S2-C10): sent to the client, validated or refused by the client or a collaborator: the Quote icon."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.models import Quote
from desktop_app.models.base import utcnow
from desktop_app.models.states import QuoteStatus
from desktop_app.services.billing.billing_records import get_row, record_change
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.money import to_money
from desktop_app.services.permissions import Action, require_case
from desktop_app.storage.database import write_transaction


def send_quote(actor: Actor, case_id: int, amount: Decimal, number: str = "") -> tuple[Quote, ChangeSet]:
    """A quote sent to the client: the case's Quote icon shows the hourglass."""
    require_case(actor, Action.BILLING_EDIT, case_id)
    with write_transaction():
        count = Quote.select().where(Quote.case == case_id).count()
        quote = Quote.create(case=case_id, number=number or f"Q{case_id}-{count + 1}",
                             status=QuoteStatus.AWAITING, amount=to_money(amount, "amount"),
                             issued_at=utcnow())
        return quote, record_change(actor, case_id, "quote.send", "quote", quote.id, amount=quote.amount)


def answer_quote(actor: Actor, quote_id: int, accepted: bool, by_kind: str = "client") -> ChangeSet:
    """The client or a collaborator validates or refuses a quote awaiting an answer."""
    quote = get_row(Quote, quote_id, "Quote")
    require_case(actor, Action.BILLING_EDIT, quote.case_id)
    if by_kind not in ("client", "collaborator"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A quote is answered by the client or a collaborator."))
    with write_transaction():
        updated = (Quote.update(status=QuoteStatus.ACCEPTED if accepted else QuoteStatus.REFUSED,
                                answered_at=utcnow(), answered_by_kind=by_kind,
                                answered_by=actor.user_id if by_kind == "collaborator" else None)
                   .where((Quote.id == quote_id) & (Quote.status == QuoteStatus.AWAITING)).execute())
        if not updated:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Quote {number} is not awaiting an answer."),
                            number=quote.number)
        return record_change(actor, quote.case_id, "quote.answer", "quote", quote_id, accepted=accepted, by=by_kind)
