"""Money and quantities from user input: Decimal only, finite, in range, two places."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop_app.errors import QT_TRANSLATE_NOOP, UserError

CENT = Decimal("0.01")
MONEY_LIMIT = Decimal("1000000000000")  # 10^12: what a 14-digit, 2-place column holds


def to_decimal(value: object, field: str, *, limit: Decimal = MONEY_LIMIT, negative: bool = False) -> Decimal:
    """A finite Decimal within ±limit; float is refused (money is never float)."""
    if isinstance(value, float):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: money must be a Decimal."), field=field)
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: {value} is not an amount."),
                        field=field, value=value) from None
    if not number.is_finite() or abs(number) >= limit:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: {value} is not an amount."),
                        field=field, value=value)
    if number < 0 and not negative:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Field {field}: an amount cannot be negative."),
                        field=field)
    return number


def to_money(value: object, field: str) -> Decimal:
    return to_decimal(value, field).quantize(CENT)
