"""The phrase oracle's own calendar arithmetic (Gregorian with the standard library, Solar Hijri
with jdatetime), independent of the parsers."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import jdatetime  # type: ignore[import-untyped]

from rightsdata.dates import Calendar, DateRange, Precision
from rightsdata.strategies._oracle.phrase import Skip

G = Calendar.GREGORIAN
J = Calendar.JALALI
ONE_DAY = timedelta(days=1)
EARLIEST_PHRASE_DAY = date(100, 1, 1)
"""Years have three or four digits in the phrases the parser reads."""


_COARSENESS = {
    p: i
    for i, p in enumerate(
        [
            Precision.DAY,
            Precision.WEEK,
            Precision.PART_OF_MONTH,
            Precision.MONTH,
            Precision.SEASON,
            Precision.QUARTER,
            Precision.PART_OF_YEAR,
            Precision.SEMESTER,
            Precision.YEAR,
            Precision.DECADE,
            Precision.CENTURY,
        ]
    )
}


def coarser(a: Precision, b: Precision) -> Precision:
    return a if _COARSENESS[a] >= _COARSENESS[b] else b


def make_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise Skip from None


def plus_days(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise Skip from None


def end_of_month(year: int, month: int) -> date:
    if not 1 <= year <= 9999:
        raise Skip
    return make_date(year, month, calendar.monthrange(year, month)[1])


def months_later(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def solar(day: date) -> tuple[int, int, int]:
    try:
        j = jdatetime.date.fromgregorian(date=day)
    except (ValueError, OverflowError):
        raise Skip from None  # before year 1 or after year 9377 SH
    return int(j.year), int(j.month), int(j.day)


def solar_day(year: int, month: int, day: int) -> date:
    try:
        g = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        raise Skip from None
    return date(g.year, g.month, g.day)


def solar_month(year: int, month: int) -> tuple[date, date]:
    ny, nm = months_later(year, month, 1)
    return solar_day(year, month, 1), solar_day(ny, nm, 1) - ONE_DAY


def expected_date(
    text: str,
    lo: date | None,
    hi: date | None,
    precision: Precision,
    cal: Calendar = G,
    *,
    ends: tuple[Precision, Precision] | None = None,
    approximate: bool = False,
    uncertain: bool = False,
    time: datetime | None = None,
) -> DateRange:
    """The expected range; ``ends`` gives an interval's start and end precisions."""
    return DateRange(
        earliest=lo,
        latest=hi,
        precision=precision,
        calendar=cal,
        text=text,
        earliest_precision=None if ends is None else ends[0],
        latest_precision=None if ends is None else ends[1],
        approximate=approximate,
        uncertain=uncertain,
        time=time,
    )


def solar_year_of(d: date) -> tuple[int, int, int]:
    year, month, day = solar(d)
    if year < 100:
        raise Skip  # years have three or four digits
    return year, month, day
