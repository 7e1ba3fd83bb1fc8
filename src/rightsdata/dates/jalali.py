"""The Solar Hijri (Jalali, Persian) calendar: conversion to and from Gregorian days.

Iranian sources date things in the Solar Hijri calendar: its year starts at the March
equinox (Nowruz), so 1367 SH runs from 21 March 1988 to 20 March 1989. The conversion is
jdatetime's; this module adds the month names (Latin transliterations and Persian
script), Persian and Arabic-Indic digits, and whole-month and whole-year bounds.

```pycon
>>> from rightsdata.dates.jalali import to_gregorian, year_bounds
>>> to_gregorian(1367, 4, 29)
datetime.date(1988, 7, 20)
>>> year_bounds(1367)
(datetime.date(1988, 3, 21), datetime.date(1989, 3, 20))

```
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime  # type: ignore[import-untyped]

from rightsdata.vocab import numbers, words

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "from_gregorian",
    "month_bounds",
    "month_length",
    "normalise_script",
    "to_gregorian",
    "translate_digits",
    "year_bounds",
]

MONTH_NAMES = words("jalali", "months.names")
"""The Solar Hijri month names as usually transliterated, Farvardin first."""

MONTHS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)},
    **numbers("jalali", "months.spellings"),
}
"""Month names (lower-case transliterations and Persian script) to month numbers.

The parser reads the Persian names through ``normalise_script``, so each also
matches its spellings with Arabic letters (``تير`` for ``تیر``, ``دي`` for ``دی``)."""

_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def translate_digits(text: str) -> str:
    """Replace Persian (``۱۳۶۷``) and Arabic-Indic (``١٣٦٧``) digits with ASCII ones."""
    return text.translate(_DIGITS)


_SCRIPT: dict[int, int | None] = {
    **_DIGITS,
    # the Arabic letters a Persian text is often typed with (an Arabic keyboard layout,
    # or text converted from one), to their Persian forms
    ord("\u064a"): ord("\u06cc"),  # Arabic yeh -> Persian yeh
    ord("\u0649"): ord("\u06cc"),  # alef maksura -> Persian yeh
    ord("\u0643"): ord("\u06a9"),  # Arabic kaf -> Persian kaf (keheh)
    ord("\u0629"): ord("\u0647"),  # teh marbuta -> heh
    ord("\u06c1"): ord("\u0647"),  # heh goal -> heh
    ord("\u06d5"): ord("\u0647"),  # ae -> heh
    ord("\u0622"): ord("\u0627"),  # alef with madda -> alef ("ابان" for "آبان")
    ord("\u0623"): ord("\u0627"),  # alef with hamza above -> alef
    # marks that change no letter: zero-width (non-)joiner, tatweel, short vowels
    **dict.fromkeys((0x200C, 0x200D, 0x0640, *range(0x064B, 0x0660), 0x0670)),
}


def normalise_script(text: str) -> str:
    """Persian text in one spelling: ASCII digits, Persian letters, no invisible marks.

    Replaces Persian and Arabic-Indic digits as ``translate_digits`` does; writes
    the Arabic yeh (``ي``) and alef maksura (``ى``) as the Persian yeh (``ی``), the
    Arabic kaf (``ك``) as the Persian kaf (``ک``), teh marbuta and the other heh forms as
    heh (``ه``), and alef with madda or hamza as a bare alef; drops the zero-width
    (non-)joiner, tatweel and the short-vowel marks. So "تير", "تیر" and "ت‌یر" are one
    word, and "اردی‌بهشت" is "اردیبهشت".
    """
    return text.translate(_SCRIPT)


# jdatetime's own conversion (the jalali_core arithmetic it re-exports) and its own limits,
# called directly: building a ``jdatetime.date`` costs a locale lookup (about 2 us) that
# a bare conversion does not need. tests/test_dates_jalali_equivalence.py holds these to
# ``jdatetime.date``: every day of 1300-1500 SH and of the edge years, every year's bounds.
_TO_GREGORIAN = jdatetime.JalaliToGregorian
_FROM_GREGORIAN = jdatetime.GregorianToJalali
_ISLEAP = jdatetime.date.isleap
_MINYEAR: int = jdatetime.MINYEAR
_MAXYEAR: int = jdatetime.MAXYEAR
_MONTH_DAYS: tuple[int, ...] = tuple(jdatetime.j_days_in_month)  # Esfand: 29
_BEFORE_ESFAND = sum(_MONTH_DAYS[:11])  # the days of Farvardin to Bahman


class _Year:
    """What ``jdatetime.date.isleap`` reads of its date: the year, and nothing else."""

    __slots__ = ("year",)

    def __init__(self, year: int) -> None:
        self.year = year


def _isleap(year: int) -> bool:
    """jdatetime's leap-year rule; ValueError for a year jdatetime cannot hold."""
    if not _MINYEAR <= year <= _MAXYEAR:
        raise ValueError("year is out of range")
    return bool(_ISLEAP(_Year(year)))


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri day; ValueError if there is no such day."""
    if not _MINYEAR <= year <= _MAXYEAR:
        raise ValueError("year is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or (
        day > _MONTH_DAYS[month - 1] and not (month == 12 and day == 30 and _isleap(year))
    ):
        raise ValueError("day is out of range for month")
    y, m, d = _TO_GREGORIAN(year, month, day).getGregorianList()
    return date(y, m, d)


def from_gregorian(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (year, month, day) of a Gregorian date.

    ValueError if that falls outside the Solar Hijri years 1..9377 (before 22 March 622,
    or from Nowruz 9999 on).
    """
    y, m, d = _FROM_GREGORIAN(day.year, day.month, day.day).getJalaliList()
    if not _MINYEAR <= y <= _MAXYEAR:
        raise ValueError("year is out of range")
    return int(y), int(m), int(d)


def month_length(year: int, month: int) -> int:
    """The number of days in a Solar Hijri month (31, 30, or 29/30 for Esfand)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1..12")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if _isleap(year) else 29


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and last Gregorian day of a Solar Hijri month."""
    first = to_gregorian(year, month, 1)
    return first, first + timedelta(days=month_length(year, month) - 1)


def year_bounds(year: int) -> tuple[date, date]:
    """The first and last Gregorian day of a Solar Hijri year (Nowruz to the eve of the next)."""
    first = to_gregorian(year, 1, 1)
    length = _BEFORE_ESFAND + month_length(year, 12)  # 365 or 366
    return first, first + timedelta(days=length - 1)
