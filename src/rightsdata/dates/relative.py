"""Relative phrases ("last week", "three days after"), anchored to a reference date.

A relative phrase only means something against an *anchor*: usually the publication
date of the source that wrote it. The anchor may itself be a range (a source published
"in March 2020"); then the result widens: each bound of the answer is computed from
the matching bound of the anchor.

Conventions (also in ``docs/dates.md``):

============================== ==========================================================
phrase                         days, for an anchor day ``A``
============================== ==========================================================
today, yesterday, tomorrow     ``A``, ``A - 1``, ``A + 1``
the day before / after         ``A - 1`` / ``A + 1`` (also "the previous / next day")
this / last / next week        the Monday-Sunday week of ``A``, the one before, after
this / last / next month, year the calendar month or year of ``A``, before, after
earlier this week/month/year   from the start of that unit to ``A - 1``
later this week/month/year     from ``A + 1`` to the end of that unit
to date this year, so far ...  from the start of the unit to ``A`` (a period)
the past two months            from ``A`` minus two months to ``A`` (a period); also
                               "the last 12 days", "the past week" (7 days), "over /
                               for / during the past three weeks"
this / last / next summer      the season holding ``A`` (else of ``A``'s year), the
                               latest that ended before ``A``, the first after it
three days after / before      ``A + 3`` / ``A - 3`` ("later", "earlier", "ago")
(on) Tuesday                   the latest Tuesday on or before ``A``
last Tuesday / next Tuesday    the latest Tuesday before ``A`` / the first after
============================== ==========================================================

Without an anchor these raise [`DateParseError`][rightsdata.DateParseError].
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from rightsdata.dates._parsed import Anchor, Parsed
from rightsdata.dates._units import (
    ONE_DAY,
    SEASON_STARTS,
    WEEKDAY_NAMES,
    month_length,
    shift,
)
from rightsdata.dates.range import Precision
from rightsdata.errors import DateParseError
from rightsdata.vocab import numbers, words

__all__ = ["NUMBERS", "PERIOD_WORDS", "WEEKDAYS", "parse_relative"]

NUMBERS = numbers("dates_en", "relative.numbers")
"""Number words a relative phrase may use ("three days after")."""

WEEKDAYS = {
    **{name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)},
    **{name.lower()[:3]: i for i, name in enumerate(WEEKDAY_NAMES)},
    **numbers("dates_en", "weekdays.abbreviations"),
}
"""Weekday names and abbreviations to ``date.weekday()`` numbers."""

_NUM = r"(?P<n>\d{1,4}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_UNIT = "(?P<unit>" + "|".join(words("dates_en", "relative.units")) + ")s?"
_WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"

_DAYWORDS = numbers("dates_en", "relative.days")
_CALENDAR = re.compile(
    r"(?P<which>this|last|next|previous|the previous|the next|the following|the current|current)"
    r" (?P<unit>week|month|year)"
)
_THIS = words("dates_en", "relative.this")
_LAST = words("dates_en", "relative.last")
_NEXT = words("dates_en", "relative.next")
_SEASON = re.compile(
    "(?P<which>"
    + "|".join(sorted(_THIS + _LAST + _NEXT, key=len, reverse=True))
    + ") (?P<season>"
    + "|".join(SEASON_STARTS)
    + ")"
)
_EARLIER = re.compile(r"(?P<which>earlier|later) this (?P<unit>week|month|year)")
_TO_DATE = re.compile(
    r"(?:(?:so far|to date|thus far) this (?P<u1>week|month|year)"
    r"|this (?P<u2>week|month|year) (?:so far|to date)"
    r"|(?P<u3>week|month|year)[- ]to[- ]date)"
)
PERIOD_WORDS = words("dates_en", "relative.period")
"""Words that may lead a period back from the anchor ("over the past three weeks")."""
_PAST = re.compile(
    r"(?:(?:" + "|".join(PERIOD_WORDS) + ") )?"
    r"(?:(?:the )?(?:past|preceding)|the last|the previous|last|previous)"
    r"(?: " + _NUM + r")? " + _UNIT
)
_SHIFT = re.compile(
    _NUM + " " + _UNIT + r" (?P<dir>ago|earlier|later|before|after|prior|afterwards)"
    r"(?: (?:to |that )?(?P<rest>.+))?"
)
_WEEKDAY = re.compile(r"(?:on )?(?:(?P<which>last|this|next|past) )?" + _WD)
_WEEKDAY_PREFIX = re.compile(r"(?:on )?" + _WD + r",? (?P<rest>.+)")

_ANY = re.compile(
    # Every pattern above, groups unnamed: text none of them matches is not relative.
    "|".join(
        re.sub(r"\(\?P<\w+>", "(?:", p.pattern)
        for p in (_CALENDAR, _SEASON, _EARLIER, _TO_DATE, _PAST, _SHIFT, _WEEKDAY, _WEEKDAY_PREFIX)
    )
)

_UNIT_PRECISION = {
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "month": Precision.MONTH,
    "year": Precision.YEAR,
}


def _unit_bounds(day: date, unit: str) -> tuple[date, date]:
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        # the month's own length: December 9999 has no next month to step back from
        return date(day.year, day.month, 1), date(
            day.year, day.month, month_length(day.year, day.month)
        )
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def _season_bounds(year: int, start: int) -> tuple[date, date]:
    """The season starting in month ``start`` of ``year`` (a winter ends the next year)."""
    end_year, end = (year + 1, start - 10) if start + 2 > 12 else (year, start + 2)
    return date(year, start, 1), date(end_year, end, month_length(end_year, end))


def _season_near(day: date, start: int, step: int) -> date:
    """The first day of this (0), the last (-1) or the next (1) season from ``day``.

    This season is the one holding ``day``, else the one of its year; the last is the
    latest that ended before ``day``, the next the first that starts after it.
    """
    if step == 0:
        for year in (day.year - 1, day.year):
            lo, hi = _season_bounds(year, start)
            if lo <= day <= hi:
                return lo
        return _season_bounds(day.year, start)[0]
    year = day.year if step < 0 else day.year - 1
    while True:  # at most three steps
        lo, hi = _season_bounds(year, start)
        if (hi < day) if step < 0 else (lo > day):
            return lo
        year += step


def _number(word: str | None) -> int:
    if word is None:
        return 1
    if word.isdigit():
        return int(word)
    return NUMBERS[word]


def _need(anchor: Anchor | None, text: str) -> Anchor:
    if anchor is None:
        raise DateParseError(
            f"{text!r} is relative: it needs an anchor date (what it counts from, usually "
            "the source's publication date)"
        )
    return anchor


def _weekday_on_or_before(day: date, wd: int, strictly: bool) -> date:
    back = (day.weekday() - wd) % 7
    if strictly and back == 0:
        back = 7
    return day - timedelta(days=back)


def _weekday_after(day: date, wd: int) -> date:
    ahead = (wd - day.weekday()) % 7 or 7
    return day + timedelta(days=ahead)


def _hedged(p: Parsed, anchor: Anchor) -> Parsed:
    p.approximate = p.approximate or anchor.approximate
    p.uncertain = p.uncertain or anchor.uncertain
    return p


def check_weekday(p: Parsed, wd: int, text: str) -> None:
    """Refuse a weekday that does not fit the (single-day) date it is given with."""
    if p.lo is not None and p.lo == p.hi and p.lo.weekday() != wd:
        raise DateParseError(
            f"{text!r}: {p.lo.day} {p.lo:%B} {p.lo.year} was a {WEEKDAY_NAMES[p.lo.weekday()]},"
            f" not a {WEEKDAY_NAMES[wd]}"
        )


def parse_relative(
    s: str,
    anchor: Anchor | None,
    text: str,
    element: Callable[[str], Parsed | None],
) -> Parsed | None:
    """Read a normalised relative phrase against ``anchor``; ``None`` if ``s`` is not one.

    ``element`` parses an absolute date, for "three days after 20 July 1988".
    """
    offset = _DAYWORDS.get(s)
    if offset is None and _ANY.fullmatch(s) is None:
        return None
    if offset is not None:
        a = _need(anchor, text)
        lo, hi = a.lo + timedelta(days=offset), a.hi + timedelta(days=offset)
        return _hedged(Parsed(lo, hi, a.precision), a)
    m = _CALENDAR.fullmatch(s)
    if m is not None:
        return _calendar_unit(m, _need(anchor, text))
    m = _SEASON.fullmatch(s)
    if m is not None:
        return _season(m, _need(anchor, text))
    m = _EARLIER.fullmatch(s)
    if m is not None:
        return _earlier_or_later(m, _need(anchor, text), text)
    m = _TO_DATE.fullmatch(s)
    if m is not None:
        return _to_date(m, _need(anchor, text))
    m = _PAST.fullmatch(s)
    if m is not None and not (s.startswith(("last ", "previous ")) and m.group("n") is None):
        return _past(m, _need(anchor, text))
    m = _SHIFT.fullmatch(s)
    if m is not None:
        return _shifted(m, anchor, text, element)
    m = _WEEKDAY.fullmatch(s)
    if m is not None:
        return _weekday(m, _need(anchor, text))
    m = _WEEKDAY_PREFIX.fullmatch(s)
    if m is not None:
        inner = parse_relative(m.group("rest"), anchor, text, element)
        if inner is None:
            return None
        check_weekday(inner, WEEKDAYS[m.group("wd")], text)
        return inner
    return None


def _calendar_unit(m: re.Match[str], a: Anchor) -> Parsed:
    """This, last or next week, month or year (``_CALENDAR``)."""
    which, unit = m.group("which"), m.group("unit")
    step = (
        -1
        if which in ("last", "previous", "the previous")
        else (1 if which in ("next", "the next", "the following") else 0)
    )
    lo = _unit_bounds(shift(_unit_bounds(a.lo, unit)[0], step, unit), unit)[0]
    hi = _unit_bounds(shift(_unit_bounds(a.hi, unit)[0], step, unit), unit)[1]
    return _hedged(Parsed(lo, hi, _UNIT_PRECISION[unit]), a)


def _season(m: re.Match[str], a: Anchor) -> Parsed:
    """This, last or next summer (or another season: ``_SEASON``)."""
    which, start = m.group("which"), SEASON_STARTS[m.group("season")]
    step = -1 if which in _LAST else (1 if which in _NEXT else 0)
    lo = _season_near(a.lo, start, step)
    hi = _season_bounds(_season_near(a.hi, start, step).year, start)[1]
    return _hedged(Parsed(lo, hi, Precision.SEASON), a)


def _earlier_or_later(m: re.Match[str], a: Anchor, text: str) -> Parsed:
    """Earlier or later this week, month or year (``_EARLIER``)."""
    unit = m.group("unit")
    if m.group("which") == "earlier":
        lo, hi = _unit_bounds(a.lo, unit)[0], a.hi - ONE_DAY
    else:
        lo, hi = a.lo + ONE_DAY, _unit_bounds(a.hi, unit)[1]
    if lo > hi:
        raise DateParseError(f"{text!r}: no day of that {unit} is {m.group('which')}")
    return _hedged(Parsed(lo, hi, a.precision), a)


def _to_date(m: re.Match[str], a: Anchor) -> Parsed:
    """So far this week, month or year, as a period (``_TO_DATE``)."""
    unit = m.group("u1") or m.group("u2") or m.group("u3")
    lo = _unit_bounds(a.lo, unit)[0]
    return _hedged(Parsed(lo, a.hi, a.precision, lo_prec=Precision.DAY, hi_prec=a.precision), a)


def _past(m: re.Match[str], a: Anchor) -> Parsed:
    """The past two months, as a period back from the anchor (``_PAST``)."""
    n = _number(m.group("n"))
    lo = shift(a.lo, -n, m.group("unit"))
    return _hedged(Parsed(lo, a.hi, a.precision, lo_prec=a.precision, hi_prec=a.precision), a)


def _shifted(
    m: re.Match[str],
    anchor: Anchor | None,
    text: str,
    element: Callable[[str], Parsed | None],
) -> Parsed | None:
    """Three days after (the anchor, or the date that follows: ``_SHIFT``); ``None`` when
    what follows "ago", "later", "earlier" or "afterwards" is no date."""
    n = _number(m.group("n"))
    sign = 1 if m.group("dir") in ("later", "after", "afterwards") else -1
    rest = m.group("rest")
    base = element(rest) if rest is not None else None
    if base is None or base.lo is None or base.hi is None:
        if rest is not None and m.group("dir") in ("ago", "later", "earlier", "afterwards"):
            return None
        a = _need(anchor, text)
    else:
        a = Anchor(base.lo, base.hi, base.precision, base.approximate, base.uncertain)
    unit = m.group("unit")
    lo, hi = shift(a.lo, sign * n, unit), shift(a.hi, sign * n, unit)
    return _hedged(Parsed(lo, hi, a.precision), a)


def _weekday(m: re.Match[str], a: Anchor) -> Parsed:
    """(On, last, this, next) Tuesday (``_WEEKDAY``)."""
    wd = WEEKDAYS[m.group("wd")]
    which = m.group("which")
    if which == "next":
        lo, hi = _weekday_after(a.lo, wd), _weekday_after(a.hi, wd)
    else:
        strictly = which in ("last", "past")
        lo = _weekday_on_or_before(a.lo, wd, strictly)
        hi = _weekday_on_or_before(a.hi, wd, strictly)
    return _hedged(Parsed(lo, hi, Precision.DAY), a)
