"""Calendar values of time expressions: TIMEX3 strings and inclusive bounds.

A :class:`Point` is one calendar unit (a day, month, quarter, half or year) whose parts may be
unknown (``None``); unknown parts print as ``X`` the TIMEX3 way (``XXXX-06-10``). Bounds are only
given where the year is known, since a bound with a guessed year would be a made-up date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Literal

Grain = Literal["day", "month", "quarter", "half", "year"]
Bounds = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Point:
    grain: Grain
    year: int | None
    month: int | None = None  # day and month grains
    day: int | None = None  # day grain
    part: int | None = None  # quarter 1-4, half 1-2

    def with_year(self, year: int | None) -> Point:
        return self if self.year is not None or year is None else replace(self, year=year)

    @property
    def value(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        m = f"{self.month:02d}" if self.month is not None else "XX"
        if self.grain == "day":
            d = f"{self.day:02d}" if self.day is not None else "XX"
            return f"{y}-{m}-{d}"
        if self.grain == "month":
            return f"{y}-{m}"
        if self.grain == "quarter":
            return f"{y}-Q{self.part}"
        if self.grain == "half":
            return f"{y}-H{self.part}"
        return y

    def bounds(self) -> Bounds:
        """First and last day of the point, or ``(None, None)`` without a year."""
        y = self.year
        if y is None:
            return None, None
        if self.grain == "year" or (self.month is None and self.grain in ("day", "month")):
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if self.grain == "quarter" and self.part:
            first = 3 * (self.part - 1) + 1
            return dt.date(y, first, 1), _month_end(y, first + 2)
        if self.grain == "half" and self.part:
            first = 6 * (self.part - 1) + 1
            return dt.date(y, first, 1), _month_end(y, first + 5)
        assert self.month is not None
        if self.grain == "month" or self.day is None:
            return dt.date(y, self.month, 1), _month_end(y, self.month)
        return dt.date(y, self.month, self.day), dt.date(y, self.month, self.day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def valid_day(day: int, month: int | None, year: int | None) -> bool:
    """Whether ``day`` exists in that month (any leap year when the year is unknown)."""
    if not 1 <= day <= 31:
        return False
    if month is None:
        return True
    if not 1 <= month <= 12:
        return False
    return day <= calendar.monthrange(year if year is not None else 2024, month)[1]


def range_value(a: Point, b: Point) -> str:
    return f"{a.value}/{b.value}"


def range_bounds(a: Point, b: Point) -> Bounds:
    return a.bounds()[0], b.bounds()[1]


def apply_mod(bounds: Bounds, mod: str | None, *, half_month: int | None = None) -> Bounds:
    """Inclusive bounds of a value after its mod (``trước ngày 20/4``: latest 19/4).

    ``START``/``MID``/``END`` are fuzzy parts of the value: the bounds stay those of the whole
    value, except the exact halves of a month (``nửa đầu/cuối tháng``, ``half_month`` 1 or 2).
    """
    lo, hi = bounds
    if mod == "BEFORE":
        return None, (lo - dt.timedelta(days=1)) if lo else None
    if mod == "ON_OR_BEFORE":
        return None, hi
    if mod == "ON_OR_AFTER":
        return lo, None
    if half_month and lo and hi:
        if half_month == 1:
            return lo, lo.replace(day=15)
        return lo.replace(day=16), hi
    return lo, hi
