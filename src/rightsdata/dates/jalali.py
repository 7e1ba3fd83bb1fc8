"""The Solar Hijri (Jalali, Persian) calendar: conversion to and from Gregorian days.

Iranian sources date things in the Solar Hijri calendar: its year starts at the March
equinox (Nowruz), so 1367 SH runs from 21 March 1988 to 20 March 1989. The conversion is
jdatetime's; this module adds the month names (Latin transliterations and Persian
script), Persian and Arabic-Indic digits, and whole-month and whole-year bounds.

>>> from rightsdata.dates.jalali import to_gregorian, year_bounds
>>> to_gregorian(1367, 4, 29)
datetime.date(1988, 7, 20)
>>> year_bounds(1367)
(datetime.date(1988, 3, 21), datetime.date(1989, 3, 20))
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime  # type: ignore[import-untyped]

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "from_gregorian",
    "month_bounds",
    "month_length",
    "to_gregorian",
    "translate_digits",
    "year_bounds",
]

MONTH_NAMES = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
"""The Solar Hijri month names as usually transliterated, Farvardin first."""

MONTHS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)},
    "amordad": 5,
    "dei": 10,
    "esfand": 12,
    # Persian script
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
"""Month names (lower-case transliterations and Persian script) to month numbers."""

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def translate_digits(text: str) -> str:
    """Replace Persian (``۱۳۶۷``) and Arabic-Indic (``١٣٦٧``) digits with ASCII ones."""
    return text.translate(_DIGITS)


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri day; ValueError if there is no such day."""
    g = jdatetime.date(year, month, day).togregorian()
    return date(g.year, g.month, g.day)


def from_gregorian(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (year, month, day) of a Gregorian date."""
    j = jdatetime.date.fromgregorian(date=day)
    return int(j.year), int(j.month), int(j.day)


def month_length(year: int, month: int) -> int:
    """The number of days in a Solar Hijri month (31, 30, or 29/30 for Esfand)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1..12")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if jdatetime.date(year, 1, 1).isleap() else 29


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last Gregorian day of a Solar Hijri month."""
    first = to_gregorian(year, month, 1)
    return first, first + timedelta(days=month_length(year, month) - 1)


def year_bounds(year: int) -> tuple[date, date]:
    """The first and last Gregorian day of a Solar Hijri year (Nowruz to the eve of the next)."""
    first = to_gregorian(year, 1, 1)
    last = to_gregorian(year, 12, month_length(year, 12))
    return first, last
