"""Date elements ("late July 1988", "Tir 1367 SH") with their bounds, before they are hedged
or joined into phrases."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

from rightsdata.dates import Calendar, Precision
from rightsdata.strategies._oracle.calendars import (
    ONE_DAY,
    G,
    J,
    end_of_month,
    make_date,
    months_later,
    solar_day,
    solar_month,
    solar_year_of,
)
from rightsdata.strategies._oracle.phrase import Skip
from rightsdata.strategies._oracle.words import (
    ARABIC_INDIC_DIGITS,
    MONTH_NAMES,
    PART_OF_MONTH_WORDS,
    PERSIAN_DIGITS,
    SOLAR_MONTHS,
    SOLAR_MONTHS_PERSIAN,
)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Unit:
    """One date element ("late July 1988") with its bounds, before it is hedged or joined."""

    text: str
    lo: date
    hi: date
    precision: Precision
    cal: Calendar
    bare: str | None = None
    """The text without its year ("late July"), when it can borrow the right end's."""


def _part(day_of_unit: int, sizes: Sequence[int]) -> int:
    """Which of the consecutive parts of ``sizes`` holds the 1-based ``day_of_unit``."""
    for i, size in enumerate(sizes):
        if day_of_unit <= size:
            return i
        day_of_unit -= size
    raise Skip


# Gregorian elements: each builds the unit of its kind that holds ``d``.


def g_day(draw: DrawFn, d: date) -> Unit:
    name = MONTH_NAMES[d.month - 1]
    if draw(st.booleans()):
        text, bare = f"{d.day} {name} {d.year}", f"{d.day} {name}"
    else:
        text, bare = f"{name} {d.day}, {d.year}", f"{name} {d.day}"
    return Unit(text=text, lo=d, hi=d, precision=Precision.DAY, cal=G, bare=bare)


def g_month(draw: DrawFn, d: date) -> Unit:
    name = MONTH_NAMES[d.month - 1]
    return _g_month_of(d, f"{name} {d.year}", bare=name)


def _g_month_of(d: date, text: str, *, bare: str | None = None) -> Unit:
    """The Gregorian month holding ``d``, written ``text``."""
    return Unit(
        text=text,
        lo=make_date(d.year, d.month, 1),
        hi=end_of_month(d.year, d.month),
        precision=Precision.MONTH,
        cal=G,
        bare=bare,
    )


def g_part_of_month(draw: DrawFn, d: date) -> Unit:
    part = 0 if d.day <= 10 else 1 if d.day <= 20 else 2
    word = draw(st.sampled_from(PART_OF_MONTH_WORDS[part]))
    name = MONTH_NAMES[d.month - 1]
    last = calendar.monthrange(d.year, d.month)[1]
    first_day, last_day = ((1, 10), (11, 20), (21, last))[part]
    return Unit(
        text=f"{word} {name} {d.year}",
        lo=make_date(d.year, d.month, first_day),
        hi=make_date(d.year, d.month, last_day),
        precision=Precision.PART_OF_MONTH,
        cal=G,
        bare=f"{word} {name}",
    )


def _g_year(draw: DrawFn, d: date) -> Unit:
    return Unit(
        text=str(d.year),
        lo=make_date(d.year, 1, 1),
        hi=make_date(d.year, 12, 31),
        precision=Precision.YEAR,
        cal=G,
    )


def _g_part_of_year(draw: DrawFn, d: date) -> Unit:
    part = (d.month - 1) // 4  # January-April, May-August, September-December
    return Unit(
        text=f"{('early', 'mid', 'late')[part]} {d.year}",
        lo=make_date(d.year, 4 * part + 1, 1),
        hi=end_of_month(d.year, 4 * part + 4),
        precision=Precision.PART_OF_YEAR,
        cal=G,
    )


def _g_season(draw: DrawFn, d: date) -> Unit:
    # Meteorological, northern: winter Y is December Y to February Y+1.
    first = d.month - d.month % 3 if d.month >= 3 else 12
    year = d.year if d.month >= 3 else d.year - 1
    if year < 100:
        raise Skip
    name = {3: "spring", 6: "summer", 9: draw(st.sampled_from(["autumn", "fall"])), 12: "winter"}[
        first
    ]
    if draw(st.booleans()):  # early / mid / late: one month of it
        part = (d.month - first) % 12
        return _g_month_of(d, f"{('early', 'mid', 'late')[part]} {name} {year}")
    spelt = draw(st.sampled_from([f"{name} {year}", f"the {name.capitalize()} of {year}"]))
    if first == 12 and draw(st.booleans()):
        spelt = f"{spelt}-{(year + 1) % 100:02d}"  # "winter 1988-89"
    last_year, last_month = months_later(year, first, 2)
    return Unit(
        text=spelt,
        lo=make_date(year, first, 1),
        hi=end_of_month(last_year, last_month),
        precision=Precision.SEASON,
        cal=G,
    )


def _g_decade(draw: DrawFn, d: date) -> Unit:
    first = d.year - d.year % 10
    if first % 100 == 0:
        raise Skip  # "the 1900s" is as often the century as the decade: not generated
    the = draw(st.sampled_from(["the ", ""]))
    if draw(st.booleans()):
        return Unit(
            text=f"{the}{first}s",
            lo=make_date(first, 1, 1),
            hi=make_date(first + 9, 12, 31),
            precision=Precision.DECADE,
            cal=G,
        )
    part = _part(d.year - first + 1, (4, 3, 3))  # years 0-3, 4-6, 7-9
    start, end = ((0, 3), (4, 6), (7, 9))[part]
    return Unit(
        text=f"{the}{('early', 'mid', 'late')[part]} {first}s",
        lo=make_date(first + start, 1, 1),
        hi=make_date(first + end, 12, 31),
        precision=Precision.DECADE,
        cal=G,
    )


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _g_century(draw: DrawFn, d: date) -> Unit:
    n = (d.year - 1) // 100 + 1  # the 20th century is 1901-2000
    return Unit(
        text=f"the {_ordinal(n)} century",
        lo=make_date(100 * n - 99, 1, 1),
        hi=make_date(100 * n, 12, 31),
        precision=Precision.CENTURY,
        cal=G,
    )


# Solar Hijri elements; ``persian`` writes Persian month names and Persian or
# Arabic-Indic digits.


def _digits(draw: DrawFn, text: str) -> str:
    return text.translate(draw(st.sampled_from([PERSIAN_DIGITS, ARABIC_INDIC_DIGITS])))


def _era(draw: DrawFn) -> str:
    return draw(st.sampled_from(["", " SH"]))


def _j_day(draw: DrawFn, d: date, persian: bool) -> Unit:
    y, m, day = solar_year_of(d)
    if persian:
        text, bare = _digits(draw, f"{day} {SOLAR_MONTHS_PERSIAN[m - 1]} {y}"), None
    else:
        text, bare = (
            f"{day} {SOLAR_MONTHS[m - 1]} {y}{_era(draw)}",
            f"{day} {SOLAR_MONTHS[m - 1]}",
        )
    return Unit(text=text, lo=d, hi=d, precision=Precision.DAY, cal=J, bare=bare)


def _j_month(draw: DrawFn, d: date, persian: bool) -> Unit:
    y, m, _ = solar_year_of(d)
    lo, hi = solar_month(y, m)
    if persian:
        text, bare = _digits(draw, f"{SOLAR_MONTHS_PERSIAN[m - 1]} {y}"), None
    else:
        text, bare = f"{SOLAR_MONTHS[m - 1]} {y}{_era(draw)}", SOLAR_MONTHS[m - 1]
    return Unit(text=text, lo=lo, hi=hi, precision=Precision.MONTH, cal=J, bare=bare)


def _j_part_of_month(draw: DrawFn, d: date, persian: bool) -> Unit:
    y, m, day = solar_year_of(d)
    first, last = solar_month(y, m)
    part = 0 if day <= 10 else 1 if day <= 20 else 2
    word = draw(st.sampled_from(PART_OF_MONTH_WORDS[part]))
    lo = first + timedelta(days=(0, 10, 20)[part])
    hi = (first + timedelta(days=(9, 19)[part])) if part < 2 else last
    name = SOLAR_MONTHS[m - 1]
    return Unit(
        text=f"{word} {name} {y}{_era(draw)}",
        lo=lo,
        hi=hi,
        precision=Precision.PART_OF_MONTH,
        cal=J,
        bare=f"{word} {name}",
    )


def _j_year(draw: DrawFn, d: date, persian: bool) -> Unit:
    y, _, _ = solar_year_of(d)
    text = _digits(draw, str(y)) if persian else f"{y} SH"
    lo, hi = solar_day(y, 1, 1), solar_day(y + 1, 1, 1) - ONE_DAY
    return Unit(text=text, lo=lo, hi=hi, precision=Precision.YEAR, cal=J)


def _j_season(draw: DrawFn, d: date, persian: bool) -> Unit:
    # The Solar Hijri seasons are its quarters: summer is Tir-Shahrivar.
    y, m, _ = solar_year_of(d)
    first = m - (m - 1) % 3
    name = {1: "spring", 4: "summer", 7: draw(st.sampled_from(["autumn", "fall"])), 10: "winter"}[
        first
    ]
    if draw(st.booleans()):
        lo, hi = solar_month(y, m)
        part = ("early", "mid", "late")[m - first]
        return Unit(text=f"{part} {name} {y} SH", lo=lo, hi=hi, precision=Precision.MONTH, cal=J)
    spelt = draw(st.sampled_from([f"{name} {y} SH", f"the {name.capitalize()} of {y} SH"]))
    lo, hi = solar_month(y, first)[0], solar_month(y, first + 2)[1]
    return Unit(text=spelt, lo=lo, hi=hi, precision=Precision.SEASON, cal=J)


_GREGORIAN_UNITS = (
    g_day,
    g_month,
    g_part_of_month,
    _g_year,
    _g_part_of_year,
    _g_season,
    _g_decade,
    _g_century,
)
SOLAR_UNITS = (_j_day, _j_month, _j_part_of_month, _j_year, _j_season)


def any_element(draw: DrawFn, d: date, cal: Calendar, *, latin: bool = False) -> Unit:
    """Any element of ``cal`` holding ``d``; ``latin`` keeps Solar Hijri in Latin letters."""
    if cal is G:
        return draw(st.sampled_from(_GREGORIAN_UNITS))(draw, d)
    persian = not latin and draw(st.integers(0, 2)) == 0
    return draw(st.sampled_from(SOLAR_UNITS))(draw, d, persian)
