"""Calendar arithmetic shared by the date parsers (internal).

Gregorian helpers live here; the Solar Hijri ones in ``rightsdata.dates.jalali``.
Everything works on ``datetime.date`` and plain integers, so it is cheap enough
for the parsers' hot paths. Month arithmetic that has to clamp to a month's end uses
pendulum.
"""

from __future__ import annotations

import calendar as _stdcal
from datetime import date, timedelta

import pendulum

from rightsdata.dates import jalali
from rightsdata.dates.range import Calendar, Precision
from rightsdata.errors import DateParseError
from rightsdata.vocab import numbers, words

__all__ = [
    "GROUPS",
    "MONTH_NAMES",
    "ONE_DAY",
    "SEASON_STARTS",
    "WEEKDAY_NAMES",
    "add_months",
    "check_year",
    "day_in",
    "month_bounds",
    "month_length",
    "part_of_month",
    "shift",
    "unit_of",
    "week_of_month",
    "year_bounds",
]

ONE_DAY = timedelta(days=1)
"""One day."""

# Enum members as module constants (a class attribute lookup costs about 60 ns a use).
_GREGORIAN = Calendar.GREGORIAN
_JALALI = Calendar.JALALI
_P_DAY = Precision.DAY
_P_DECADE = Precision.DECADE
_P_MONTH = Precision.MONTH
_P_PART_OF_MONTH = Precision.PART_OF_MONTH
_P_PART_OF_YEAR = Precision.PART_OF_YEAR
_P_QUARTER = Precision.QUARTER
_P_SEASON = Precision.SEASON
_P_SEMESTER = Precision.SEMESTER
_P_UNKNOWN = Precision.UNKNOWN
_P_WEEK = Precision.WEEK
_P_YEAR = Precision.YEAR

MONTH_NAMES = words("dates_en", "months.names")
"""The English month names, January first."""

SEASON_STARTS = numbers("dates_en", "seasons.starts")
"""The season words to the Gregorian month each starts in (northern, meteorological)."""

WEEKDAY_NAMES = words("dates_en", "weekdays.names")
"""The English weekday names, Monday (``date.weekday() == 0``) first."""

GROUPS: dict[int, tuple[int, int, Precision]] = {
    # EDTF sub-year groupings: code -> (first month, number of months, precision).
    # Seasons are meteorological; winter (and southern summer) wraps into the next year.
    21: (3, 3, _P_SEASON),  # spring
    22: (6, 3, _P_SEASON),  # summer
    23: (9, 3, _P_SEASON),  # autumn
    24: (12, 3, _P_SEASON),  # winter
    25: (3, 3, _P_SEASON),  # spring, northern hemisphere
    26: (6, 3, _P_SEASON),  # summer, northern
    27: (9, 3, _P_SEASON),  # autumn, northern
    28: (12, 3, _P_SEASON),  # winter, northern
    29: (9, 3, _P_SEASON),  # spring, southern
    30: (12, 3, _P_SEASON),  # summer, southern
    31: (3, 3, _P_SEASON),  # autumn, southern
    32: (6, 3, _P_SEASON),  # winter, southern
    33: (1, 3, _P_QUARTER),
    34: (4, 3, _P_QUARTER),
    35: (7, 3, _P_QUARTER),
    36: (10, 3, _P_QUARTER),
    37: (1, 4, _P_PART_OF_YEAR),  # quadrimesters
    38: (5, 4, _P_PART_OF_YEAR),
    39: (9, 4, _P_PART_OF_YEAR),
    40: (1, 6, _P_SEMESTER),
    41: (7, 6, _P_SEMESTER),
}
"""EDTF level 2 sub-year groupings: code to (first month, months, precision)."""


def check_year(year: int, text: str) -> None:
    """Refuse a year outside 1..9999 with a [`DateParseError`][rightsdata.DateParseError] quoting
    ``text``."""
    if not 1 <= year <= 9999:
        raise DateParseError(f"{text!r}: year {year} is outside 1..9999, the years a date can hold")


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_length(year: int, month: int) -> int:
    """The number of days in a Gregorian month."""
    if month == 2:
        return 29 if _stdcal.isleap(year) else 28
    if 1 <= month <= 12:
        return _MONTH_DAYS[month]
    return _stdcal.monthrange(year, month)[1]  # raises calendar's own error


def month_bounds(year: int, month: int, cal: Calendar = Calendar.GREGORIAN) -> tuple[date, date]:
    """The first and last Gregorian day of a month of ``cal``."""
    if cal is _JALALI:
        return jalali.month_bounds(year, month)
    first = date(year, month, 1)  # refuses a month outside 1..12 first
    if month != 2:
        return first, date(year, month, _MONTH_DAYS[month])
    return first, date(year, 2, 29 if _stdcal.isleap(year) else 28)


def year_bounds(year: int, cal: Calendar = Calendar.GREGORIAN) -> tuple[date, date]:
    """The first and last Gregorian day of a year of ``cal``."""
    if cal is _JALALI:
        return jalali.year_bounds(year)
    return date(year, 1, 1), date(year, 12, 31)


def day_in(year: int, month: int, day: int, cal: Calendar = Calendar.GREGORIAN) -> date:
    """The Gregorian date of a day of ``cal`` (raises ValueError if there is no such day)."""
    if cal is _JALALI:
        return jalali.to_gregorian(year, month, day)
    return date(year, month, day)


def days_in_month(year: int, month: int, cal: Calendar = Calendar.GREGORIAN) -> int:
    """The number of days in a month of ``cal``."""
    if cal is _JALALI:
        return jalali.month_length(year, month)
    return month_length(year, month)


def part_of_month(
    year: int, month: int, part: int, cal: Calendar = Calendar.GREGORIAN
) -> tuple[date, date]:
    """Early (0: days 1-10), mid (1: 11-20) or late (2: 21-end) of a month of ``cal``."""
    if cal is _GREGORIAN and 1 <= month <= 12:
        if part == 0:
            return date(year, month, 1), date(year, month, 10)
        if part == 1:
            return date(year, month, 11), date(year, month, 20)
        last = _MONTH_DAYS[month] if month != 2 else (29 if _stdcal.isleap(year) else 28)
        return date(year, month, 21), date(year, month, last)
    first = (1, 11, 21)[part]
    last = (10, 20, days_in_month(year, month, cal))[part]
    return day_in(year, month, first, cal), day_in(year, month, last, cal)


def week_of_month(
    year: int, month: int, week: int, cal: Calendar = Calendar.GREGORIAN
) -> tuple[date, date]:
    """The first (1: days 1-7) to fourth (4: 22-28) or last (-1: its last 7 days) week
    of a month of ``cal``: seven days counted from the month's start or end, not a
    Monday-Sunday week, so it always lies within the month."""
    if week == -1:
        last = days_in_month(year, month, cal)
        return day_in(year, month, last - 6, cal), day_in(year, month, last, cal)
    return day_in(year, month, 7 * week - 6, cal), day_in(year, month, 7 * week, cal)


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the month's end."""
    moved = pendulum.Date(day.year, day.month, day.day).add(months=months)
    return date(moved.year, moved.month, moved.day)


def shift(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` days, weeks, months or years (clamping month ends)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(days=7 * amount)
    if unit == "month":
        return add_months(day, amount)
    return add_months(day, 12 * amount)


def _month_index(cal: Calendar, day: date) -> tuple[int, int, int]:
    if cal is _JALALI:
        return jalali.from_gregorian(day)
    return day.year, day.month, day.day


def _months_block(cal: Calendar, day: date, size: int, offset: int) -> tuple[date, date]:
    """The block of ``size`` months (grid starting at month ``offset + 1``) holding ``day``."""
    y, m, _ = _month_index(cal, day)
    k = (m - 1 - offset) % 12 // size
    first_m = offset + 1 + k * size
    fy = y
    if first_m > m:  # the block started in the previous year (winter)
        fy -= 1
    if first_m > 12:
        first_m -= 12
    start = month_bounds(fy, first_m, cal)[0]
    last_m = first_m + size - 1
    ly = fy + (last_m - 1) // 12
    last_m = (last_m - 1) % 12 + 1
    return start, month_bounds(ly, last_m, cal)[1]


def unit_of(
    day: date, precision: Precision, cal: Calendar = Calendar.GREGORIAN
) -> tuple[date, date]:
    """The first and last day of the unit of ``precision`` (in ``cal``) that holds ``day``.

    Weeks run Monday to Sunday; seasons follow the meteorological grid (March, June,
    September, December; in the Solar Hijri calendar its own quarters); decades and
    centuries are counted from years ending in 0 and 00. ``UNKNOWN`` gives the day itself.
    """
    try:
        if precision is _P_DAY or precision is _P_UNKNOWN:
            return day, day
        if precision is _P_WEEK:
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6)
        y, m, d = _month_index(cal, day)
        if precision is _P_PART_OF_MONTH:
            return part_of_month(y, m, 0 if d <= 10 else 1 if d <= 20 else 2, cal)
        if precision is _P_MONTH:
            return month_bounds(y, m, cal)
        if precision is _P_SEASON:
            return _months_block(cal, day, 3, 0 if cal is _JALALI else 2)
        if precision is _P_QUARTER:
            return _months_block(cal, day, 3, 0)
        if precision is _P_PART_OF_YEAR:
            return _months_block(cal, day, 4, 0)
        if precision is _P_SEMESTER:
            return _months_block(cal, day, 6, 0)
        if precision is _P_YEAR:
            return year_bounds(y, cal)
        size = 10 if precision is _P_DECADE else 100
        first = max(y - y % size, 1)
        return year_bounds(first, cal)[0], year_bounds(
            min(first + size - 1 - (first == 1), 9999), cal
        )[1]
    except (ValueError, OverflowError):
        return day, day
