"""Relative date phrases ("last week", "three days after"), read against an anchor day."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

from rightsdata.dates import Precision
from rightsdata.strategies._oracle.calendars import (
    end_of_month,
    expected_date,
    make_date,
    months_later,
    plus_days,
)
from rightsdata.strategies._oracle.phrase import Phrase, Skip
from rightsdata.strategies._oracle.words import (
    CALENDAR_UNITS,
    COUNT_WORDS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
)

_WORDS = {
    False: COUNT_WORDS,
    True: {
        n: tuple(w for w in ws if w.split()[0] not in ("a", "an")) for n, ws in COUNT_WORDS.items()
    },
}
"""The count words by value; under ``True`` only those that can follow "the" ("the past
two days", not "the past a couple of")."""
_COUNTS = {
    bare: st.sampled_from(sorted(n for n, ws in table.items() if n >= 2 and ws))
    for bare, table in _WORDS.items()
}


def _count(draw: DrawFn, *, bare: bool = False) -> tuple[int, str]:
    """A number of days or weeks (2 or more in words, or 2-400 in digits), and how it is
    written; ``bare`` leaves out the words with an article ("a couple of")."""
    if draw(st.booleans()):
        n = draw(_COUNTS[bare])
        return n, draw(st.sampled_from(_WORDS[bare][n]))
    n = draw(st.integers(2, 400))
    return n, str(n)


def _week(day: date, step: int = 0) -> tuple[date, date]:
    monday = plus_days(day, -day.weekday() + 7 * step)
    return monday, plus_days(monday, 6)


def _calendar_month(day: date, step: int = 0) -> tuple[date, date]:
    y, m = months_later(day.year, day.month, step)
    return make_date(y, m, 1), end_of_month(y, m)


def _calendar_year(day: date, step: int = 0) -> tuple[date, date]:
    return make_date(day.year + step, 1, 1), make_date(day.year + step, 12, 31)


_CALENDAR_UNITS = {
    "week": (_week, Precision.WEEK),
    "month": (_calendar_month, Precision.MONTH),
    "year": (_calendar_year, Precision.YEAR),
}


def _back(day: date, n: int, unit: str) -> date:
    """``day`` minus ``n`` units; a month or year back keeps the day, or the month's last."""
    if unit in ("day", "week"):
        return plus_days(day, -n * (7 if unit == "week" else 1))
    y, m = months_later(day.year, day.month, -n * (12 if unit == "year" else 1))
    if y < 1:
        raise Skip
    return make_date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _nearest_year(a: date, make: Callable[[int], tuple[date, date]]) -> tuple[date, date]:
    """The occurrence of a day or month without a year nearest ``a`` (ties are skipped)."""
    found: list[tuple[int, tuple[date, date]]] = []
    for year in (a.year - 1, a.year, a.year + 1):
        try:
            lo, hi = make(year)
        except (Skip, ValueError):
            continue
        distance = 0 if lo <= a <= hi else min(abs((lo - a).days), abs((hi - a).days))
        found.append((distance, (lo, hi)))
    found.sort(key=lambda f: f[0])
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        raise Skip
    return found[0][1]


def relative_phrase(draw: DrawFn, a: date) -> Phrase:
    """A phrase read against the anchor day ``a`` (or, for "three days after 20 July 1988",
    measured from ``a`` itself, without an anchor)."""
    kind = draw(
        st.sampled_from(
            [
                *("day", "calendar", "calendar", "earlier", "to_date", "past", "shift"),
                "shift_from",
                *("weekday", "no_year"),
            ]
        )
    )
    if kind in ("shift", "shift_from"):
        return _shifted(draw, a, kind)
    if kind in ("weekday", "no_year"):
        return _named(draw, a, kind)
    return _near(draw, a, kind)


def _relative(
    text: str,
    lo: date,
    hi: date,
    anchor: date | None,
    precision: Precision = Precision.DAY,
    ends: tuple[Precision, Precision] | None = None,
) -> Phrase:
    return Phrase(
        text=text, expected=expected_date(text, lo, hi, precision, ends=ends), anchor=anchor
    )


def _near(draw: DrawFn, a: date, kind: str) -> Phrase:
    """ "today", "last week", "earlier this year", "year to date", "the past two months"."""
    ends: tuple[Precision, Precision] | None = None
    precision = Precision.DAY
    if kind == "day":
        text, offset = draw(st.sampled_from([("today", 0), ("yesterday", -1), ("tomorrow", 1)]))
        lo = hi = plus_days(a, offset)
    elif kind == "calendar":
        which, step = draw(st.sampled_from([("this", 0), ("last", -1), ("next", 1)]))
        unit = draw(st.sampled_from(sorted(_CALENDAR_UNITS)))
        bounds, precision = _CALENDAR_UNITS[unit]
        text = f"{which} {unit}"
        lo, hi = bounds(a, step)
    elif kind == "earlier":
        which = draw(st.sampled_from(["earlier", "later"]))
        unit = draw(st.sampled_from(sorted(_CALENDAR_UNITS)))
        start, end = _CALENDAR_UNITS[unit][0](a, 0)
        text = f"{which} this {unit}"
        lo, hi = (start, plus_days(a, -1)) if which == "earlier" else (plus_days(a, 1), end)
        if lo > hi:
            raise Skip  # nothing of the unit is before (after) the anchor
    elif kind == "to_date":
        text = draw(st.sampled_from(["to date this year", "so far this year", "year to date"]))
        lo, hi = make_date(a.year, 1, 1), a
        ends = (Precision.DAY, Precision.DAY)
    else:  # "past"
        unit = draw(st.sampled_from(CALENDAR_UNITS))
        if draw(st.booleans()):
            n, word = _count(draw, bare=True)
            text = f"the {draw(st.sampled_from(['past', 'last']))} {word} {unit}s"
        else:
            n, text = 1, f"the past {unit}"
        lo, hi = _back(a, n, unit), a
        ends = (Precision.DAY, Precision.DAY)
    return _relative(text, lo, hi, a, precision, ends)


def _shifted(draw: DrawFn, a: date, kind: str) -> Phrase:
    """ "three days after", "two weeks ago"; "three days after 20 July 1988" (no anchor)."""
    anchor: date | None = a
    n, word = _count(draw)
    unit = draw(st.sampled_from(["day", "week"]))
    days = n * (7 if unit == "week" else 1)
    if kind == "shift_from":  # "three days after 20 July 1988": from that day, no anchor
        direction = draw(st.sampled_from(["after", "before"]))
        text = f"{word} {unit}s {direction} {a.day} {MONTH_NAMES[a.month - 1]} {a.year}"
        anchor = None
    else:
        direction = draw(st.sampled_from(["after", "before", "later", "earlier", "ago"]))
        text = f"{word} {unit}s {direction}"
    lo = hi = plus_days(a, days if direction in ("after", "later") else -days)
    return _relative(text, lo, hi, anchor)


def _named(draw: DrawFn, a: date, kind: str) -> Phrase:
    """ "on Tuesday", "next Friday"; a day or month without a year (its nearest occurrence)."""
    precision = Precision.DAY
    if kind == "weekday":
        wd = draw(st.integers(0, 6))
        name = WEEKDAY_NAMES[wd]
        which = draw(st.sampled_from(["on", "", "last", "next"]))
        text = f"{which} {name}".strip()
        back = (a.weekday() - wd) % 7  # days back to the latest such weekday on or before a
        if which == "last":
            back = back or 7
        lo = hi = plus_days(a, (7 - back if back else 7) if which == "next" else -back)
    else:  # a day or month without a year: the occurrence nearest the anchor
        month = draw(st.integers(1, 12))
        name = MONTH_NAMES[month - 1]
        if draw(st.booleans()):
            day = draw(st.integers(1, 31))
            text = draw(st.sampled_from([f"{day} {name}", f"{name} {day}"]))
            lo, hi = _nearest_year(a, lambda y: (make_date(y, month, day),) * 2)
        else:
            text, precision = name, Precision.MONTH
            lo, hi = _nearest_year(a, lambda y: (make_date(y, month, 1), end_of_month(y, month)))
    return _relative(text, lo, hi, a, precision)
