"""The demo's fixed calendar: every date is an offset from a fixed reference, never from today.

Times are whole seconds since START and are written in exactly the text that
`models.base.format_timestamp` produces (UTC, microseconds, '+00:00'), so rows written
in bulk read back like rows written through peewee.
"""

from __future__ import annotations

import datetime as dt
import functools

REFERENCE = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)  # the demo office's "today"
HISTORY_DAYS = 3 * 365 + 1  # cases were opened over the three years before it
START = REFERENCE - dt.timedelta(days=HISTORY_DAYS)
FUTURE_DAYS = 400  # appointments, resume dates and installments may lie ahead
DAY = 86_400
HOUR = 3_600
NOW = HISTORY_DAYS * DAY  # REFERENCE in seconds since START


class Clock:
    """Formats demo moments fast: one divmod and three table look-ups per timestamp."""

    def __init__(self) -> None:
        dates = [START + dt.timedelta(days=d) for d in range(HISTORY_DAYS + FUTURE_DAYS)]
        self.days = [d.strftime("%Y-%m-%d") for d in dates]
        self.workdays = [d for d, date in enumerate(dates[:HISTORY_DAYS]) if date.weekday() < 5]
        self._last = len(self.days) * DAY - 1
        self._day_prefix = [f"{day} " for day in self.days]
        self._clock = [f"{s // HOUR:02d}:{s % HOUR // 60:02d}:{s % 60:02d}" for s in range(DAY)]
        self._micro = [f".{_micro(k):06d}+00:00" for k in range(MICRO_CYCLE)]

    @staticmethod
    @functools.cache
    def shared() -> Clock:
        """One instance per process: building the tables takes a tenth of a second."""
        return Clock()

    def ts(self, sec: int) -> str:
        """Timestamp text of the moment `sec` seconds after START (as format_timestamp writes it)."""
        if sec > self._last:
            sec = self._last
        day, rest = divmod(sec, DAY)
        return self._day_prefix[day] + self._clock[rest] + self._micro[sec % MICRO_CYCLE]

    def date(self, sec: int) -> str:
        """ISO date text (DateField) of the day holding `sec`."""
        return self.days[min(sec // DAY, len(self.days) - 1)]

    @staticmethod
    def moment(sec: int) -> dt.datetime:
        """The aware datetime `ts(sec)` stands for (tests compare with format_timestamp)."""
        return START + dt.timedelta(seconds=sec, microseconds=_micro(sec % MICRO_CYCLE))


MICRO_CYCLE = 997  # microseconds vary with the second, so timestamps do not all end in .000000


def _micro(k: int) -> int:
    return k * 7919 % 1_000_000
