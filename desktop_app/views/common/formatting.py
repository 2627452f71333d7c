"""How values read to a clerk: money, dates, sizes, index values and error messages.

Everything follows the default QLocale, which the app sets from the chosen language.
Money stays Decimal up to here; QLocale only formats floats, and two-decimal amounts
below 10^13 survive the trip exactly.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop_app.errors import AppError
from desktop_app.models.states import FieldKind

CURRENCY_SYMBOLS = {"EUR": "€", "BRL": "R$", "USD": "$", "GBP": "£", "CHF": "CHF"}


def money(value: Decimal | None, currency: str = "EUR") -> str:
    if value is None:
        return ""
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return QLocale().toCurrencyString(float(value), symbol, 2)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


@functools.cache
def _patterns(locale_name: str) -> tuple[str, str]:
    """The locale's short date and time patterns, widened to fixed-width columns.

    Short formats differ in ways that hurt a list: es_ES "d/M/yy", C "d MM yyyy".
    Days and months get two digits and years four, so dates line up and never look like 7/3/26.
    """
    locale = QLocale(locale_name)
    date_pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    date_pattern = re.sub(r"(?<!d)d(?!d)", "dd", date_pattern)
    date_pattern = re.sub(r"(?<!M)M(?!M)", "MM", date_pattern)
    date_pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", date_pattern)
    if locale.language() == QLocale.Language.C:
        date_pattern = "dd/MM/yyyy"
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    time_pattern = re.sub(r"(?<![Hh])([Hh])(?![Hh])", r"\1\1", time_pattern)
    return date_pattern, time_pattern


def date(value: dt.date | dt.datetime | None) -> str:
    """A local date (dd/MM/yyyy in the locale's order); instants in the computer's time zone."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date()
    locale = QLocale()
    return locale.toString(_qdate(value), _patterns(locale.name())[0])


def date_time(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    locale = QLocale()
    date_pattern, time_pattern = _patterns(locale.name())
    moment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{date_pattern} {time_pattern}")


def file_size(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


def index_value(kind: str, raw: str, currency: str = "EUR") -> str:
    """An index field's stored canonical text (Decimal as str, ISO date, "1"/"0") as shown."""
    if raw == "":
        return ""
    try:
        if kind == FieldKind.MONEY:
            return money(Decimal(raw), currency)
        if kind == FieldKind.NUMBER:
            amount = Decimal(raw)
            if amount == amount.to_integral_value():
                return QLocale().toString(int(amount))
            return QLocale().toString(float(amount), "f", max(0, -amount.as_tuple().exponent))
        if kind == FieldKind.DATE:
            return date(dt.date.fromisoformat(raw[:10]))
        if kind == FieldKind.BOOL:
            return (QCoreApplication.translate("formatting", "Yes") if raw in ("1", "true", "True")
                    else QCoreApplication.translate("formatting", "No"))
    except (InvalidOperation, ValueError):
        return raw
    return raw


def error_text(exc: BaseException) -> str:
    """A service error in the interface language (its template translated, then filled in)."""
    if isinstance(exc, AppError):
        template = QCoreApplication.translate("errors", exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return exc.message
    return QCoreApplication.translate("formatting", "Unexpected error: {error}").format(
        error=f"{type(exc).__name__}: {exc}")


def date_patterns() -> tuple[str, str]:
    """The current locale's fixed-width date and time patterns (for date editors)."""
    return _patterns(QLocale().name())


def decimal_text(value: Decimal | None, places: int | None = None) -> str:
    """A Decimal as the locale writes numbers (grouped, no currency), exactly: for editors."""
    if value is None:
        return ""
    if places is None:
        places = max(0, -int(value.as_tuple().exponent))
    locale = QLocale()
    text = f"{value:,.{places}f}".replace("-", locale.negativeSign())
    return text.translate({ord(","): "\x00", ord("."): locale.decimalPoint()}).replace(
        "\x00", locale.groupSeparator())


_GROUPED = re.compile(r"\d{1,3}(?:\x00\d{3})*")


def parse_decimal(text: str) -> Decimal | None:
    """A number typed the locale's way ("1.234,56" in es/fr/pt_BR, "1,234.56" in en) as a Decimal.

    None for empty text; ValueError when it is not a number. Spaces are ignored; where the
    locale groups with a space (fr), "." groups too before a decimal comma, and is the
    decimal point without one (numeric keypads).
    """
    locale = QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    body = "".join(text.split()).replace("\u202f", "").replace("\u00a0", "")
    if not body:
        return None
    sign = ""
    if body[0] in ("-", "\u2212", locale.negativeSign()):
        sign, body = "-", body[1:]
    elif body[0] == "+":
        body = body[1:]
    if group.isspace() or not group:
        # Grouped with spaces (fr): "1.234,56" groups with dots, "84.5" is a keypad's decimal point.
        group = "." if point in body and point != "." else ""
        if point not in body and "." in body:
            point = "."
    if body.count(point) > 1:
        raise ValueError(text)
    whole, _, fraction = body.partition(point)
    if group and group in whole:
        if not _GROUPED.fullmatch(whole.replace(group, "\x00")):
            raise ValueError(text)
        whole = whole.replace(group, "")
    if not (whole or fraction) or not (whole + fraction).isascii() or not (whole + fraction).isdigit():
        raise ValueError(text)
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}")
