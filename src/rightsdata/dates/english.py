"""English date phrases: read them into a [`DateRange`][rightsdata.DateRange], and write one as
words.

Reads what reports write: "20 July 1988", "July 20, 1988", "July 1988", "1988",
"late July 1988", "mid-to-late July 1988", "the Summer of 1988", "the early 1990s",
"the first week of March 2020", "the night of 19 to 20 July 1988", "between late July and
early September 1988", "July-September 1988", "before 1990", "circa 1990", "Tuesday,
August 24, 2021" (the weekday is checked), "10am GMT Tuesday 4 December 2018", Solar
Hijri dates ("29 Tir 1367", "1367 SH"), and the relative phrases of
``rightsdata.dates.relative``.

Conventions (also in ``docs/dates.md``):

- early / mid / late of a month: days 1-10, 11-20, 21-end ("the beginning / middle /
  end of" alike); of a year: January-April, May-August, September-December; of a
  decade: years 0-3, 4-6, 7-9; of a century: its first, second and last third; of a
  season: its first, second and third month.
- seasons are northern meteorological: spring March-May, summer June-August, autumn
  (fall) September-November, winter December-February, wrapping into the next year
  ("winter 1988" and "winter 1988-89" are December 1988 to February 1989). In the Solar
  Hijri calendar the seasons are its quarters (summer 1367 = Tir-Shahrivar 1367).
- "between X and Y" is one date somewhere from X to Y; "from X to Y", "X to Y" and
  "X-Y" are an interval that began in X and ended in Y. A missing year (or month) on
  the left is taken from the right: "July-September 1988", "20-25 July 1988".
- "before X" ends the day before X starts; "until / by / through X" ends when X ends;
  "after X" starts the day after X ends; "since / from X" starts when X starts. The
  other end is open.
- "circa / about / around / on or about X" (``APPROXIMATE_WORDS``) sets
  ``approximate``; "probably / possibly / perhaps X" (``UNCERTAIN_WORDS``) and a
  trailing "?" set ``uncertain``. Bounds are not widened: circa has no width.
- "mid-to-late X", "early-to-mid X": one date from the start of the one part of X to
  the end of the other.
- "the first / second / third / fourth / last week of a month": days 1-7, 8-14, 15-21,
  22-28, the last seven; "the week of D": its Monday-Sunday week; "the week beginning
  D": seven days from D.
- "the night of D to D+1 Month Year" (or "D/D+1", or "D"): one date, both days.
- "15/11/2019", "11.03.2019": refused; the error says the day/month order is ambiguous.
- a day or month without a year takes, with an anchor, the occurrence nearest the
  anchor; without one it is an error.
"""

from __future__ import annotations

from datetime import date, datetime

import pendulum

from rightsdata.dates._arguments import check_anchor, check_calendar, check_text, parse_error
from rightsdata.dates._english_context import _Ctx, _fail, normalise
from rightsdata.dates._english_forms import _element, _pair, _relative_or_none
from rightsdata.dates._english_words import (
    _APPROX,
    _BETWEEN,
    _CLOCK,
    _DOUBT,
    _EXPECTED,
    _FILLER,
    _FROM_TO,
    _G,
    _IS_APPROX,
    _IS_BETWEEN,
    _IS_DOUBT,
    _IS_FILLER,
    _IS_FROM_TO,
    _IS_OPEN,
    _KEYWORDS,
    _OPEN,
    _TIME_END,
    _TIME_START,
    _TO,
    _TO_WORD,
    _ZONES,
    APPROXIMATE_WORDS,
    FILLER_WORDS,
    NUMERIC_DAY_MONTH,
    OPEN_WORDS,
    UNCERTAIN_WORDS,
)
from rightsdata.dates._english_write import describe
from rightsdata.dates._parsed import Anchor, Parsed
from rightsdata.dates._units import ONE_DAY
from rightsdata.dates.range import Calendar, DateRange, coarser
from rightsdata.dates.zones import Zone, time_zone
from rightsdata.errors import DateParseError

__all__ = [
    "APPROXIMATE_WORDS",
    "FILLER_WORDS",
    "NUMERIC_DAY_MONTH",
    "OPEN_WORDS",
    "UNCERTAIN_WORDS",
    "describe",
    "parse_english",
    "read_english",
]


def _phrase(s: str, ctx: _Ctx, depth: int = 0) -> Parsed | None:
    if depth > 4:
        return None
    if s.endswith("?"):
        inner = _phrase(s[:-1].rstrip(), ctx, depth + 1)
        if inner is not None:
            inner.uncertain = True
        return inner
    can = _KEYWORDS.get(s.partition(" ")[0])
    if can is None:
        return _element(s, ctx) or _plain(s, ctx, element=False)
    m = _APPROX.fullmatch(s) if can & _IS_APPROX else None
    if m is not None:
        inner = _phrase(m.group("rest"), ctx, depth + 1)
        if inner is not None:
            inner.approximate = True
        return inner
    m = _DOUBT.fullmatch(s) if can & _IS_DOUBT else None
    if m is not None:
        inner = _phrase(m.group("rest"), ctx, depth + 1)
        if inner is not None:
            inner.uncertain = True
        return inner
    m = _BETWEEN.fullmatch(s) if can & _IS_BETWEEN else None
    if m is not None:
        pair = _pair(m.group("a"), m.group("b"), ctx)
        if pair is None:
            return None
        return _joined(pair, ctx, interval=False)
    m = _FROM_TO.fullmatch(s) if can & _IS_FROM_TO else None
    if m is not None:
        pair = _pair(m.group("a"), m.group("b"), ctx)
        if pair is not None:
            return _joined(pair, ctx, interval=True)
    m = _OPEN.fullmatch(s) if can & _IS_OPEN else None
    if m is not None:
        inner = _element(m.group("rest"), ctx) or _relative_or_none(m.group("rest"), ctx)
        if inner is not None and inner.lo is not None and inner.hi is not None:
            return _open(OPEN_WORDS[m.group("op")], inner)
    m = _FILLER.match(s) if can & _IS_FILLER else None
    if m is not None:
        inner = _phrase(s[m.end() :], ctx, depth + 1)
        if inner is not None:
            return inner
    return _plain(s, ctx)


def _plain(s: str, ctx: _Ctx, *, element: bool = True) -> Parsed | None:
    """A phrase that does not start with a hedge, "between", "from" or an open-end word.

    ``element=False`` when the caller has already tried ``s`` as a single element.
    """
    if element:
        found = _element(s, ctx)
        if found is not None:
            return found
    found = _relative_or_none(s, ctx)
    if found is not None:
        return found
    found = _timed(s, ctx)
    if found is not None:
        return found
    for pattern in (_TO, _TO_WORD):
        m = pattern.fullmatch(s)
        if m is not None:
            pair = _pair(m.group("a").strip(), m.group("b").strip(), ctx)
            if pair is not None:
                return _joined(pair, ctx, interval=True)
    return None


def _joined(pair: tuple[Parsed, Parsed], ctx: _Ctx, *, interval: bool) -> Parsed:
    a, b = pair
    if a.lo is None or b.hi is None:
        raise _fail(ctx, "both ends of a range need a date")
    if a.lo > b.hi:
        raise _fail(ctx, "the range ends before it starts")
    cal = a.cal if a.cal is b.cal else _G
    p = Parsed(
        a.lo,
        b.hi,
        coarser(a.precision, b.precision),
        cal=cal,
        lo_prec=a.precision if interval else None,
        hi_prec=b.precision if interval else None,
        approximate=a.approximate or b.approximate,
        uncertain=a.uncertain or b.uncertain,
    )
    return p


def _open(op: str, x: Parsed) -> Parsed:
    assert x.lo is not None
    assert x.hi is not None
    if op == "before":
        lo, hi = None, x.lo - ONE_DAY
    elif op == "until":
        lo, hi = None, x.hi
    elif op == "after":
        lo, hi = x.hi + ONE_DAY, None
    else:
        lo, hi = x.lo, None
    return Parsed(lo, hi, x.precision, cal=x.cal, approximate=x.approximate, uncertain=x.uncertain)


def _timed(s: str, ctx: _Ctx) -> Parsed | None:
    """A date with a time of day ("10am GMT Tuesday 4 December 2018")."""
    if ":" not in s and "am" not in s and "pm" not in s and ".m." not in s:
        return None  # every _CLOCK match holds ":", "am", "pm", "a.m." or "p.m."
    if _CLOCK.search(s) is None:
        return None
    m = _TIME_END.fullmatch(s)
    if m is None or (m.group("mi") is None and m.group("ap") is None):
        m = _TIME_START.fullmatch(s)
    if m is None or (m.group("mi") is None and m.group("ap") is None):
        return None
    p = _element(m.group("rest"), ctx) or _relative_or_none(m.group("rest"), ctx)
    if p is None:
        return None
    if p.lo is None or p.lo != p.hi:
        raise _fail(ctx, "a time of day needs a single day")
    hour = int(m.group("h"))
    minute = int(m.group("mi") or 0)
    ap = m.group("ap")
    if ap is not None:
        if not 1 <= hour <= 12:
            raise _fail(ctx, f"{hour} is not an hour of a 12-hour clock")
        hour = hour % 12 + (12 if ap.startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise _fail(ctx, f"{m.group('h')}:{minute:02d} is not a time of day")
    zone = _ZONES.get(m.group("z") or "") or ctx.tz
    day = p.lo
    if zone is None:
        p.time = datetime(day.year, day.month, day.day, hour, minute)
    else:
        p.time = pendulum.datetime(day.year, day.month, day.day, hour, minute, tz=zone)
    return p


def parse_english(
    text: str,
    *,
    anchor: Anchor | date | DateRange | None = None,
    calendar: Calendar = Calendar.GREGORIAN,
    forced: bool = False,
    tz: str | None = None,
) -> DateRange:
    """Read an English (or Solar Hijri) date phrase; see the module's conventions.

    ``forced`` says the caller named the calendar (so a phrase cannot switch it). Every
    argument is checked as [`DateRange.parse`][rightsdata.DateRange.parse] checks it, and every
    failure is a [`DateParseError`][rightsdata.DateParseError].
    """
    check_text(text)
    a = check_anchor(anchor)
    cal = check_calendar(calendar)
    zone = None if tz is None else time_zone(tz)
    if type(forced) is not bool:
        raise DateParseError(f"forced must be True or False, got {type(forced).__name__}")
    try:
        return read_english(text, a, cal, forced, zone)
    except (ValueError, ArithmeticError) as exc:
        raise parse_error(text, exc) from None


def read_english(
    text: str, anchor: Anchor | None, calendar: Calendar, forced: bool, tz: Zone | None
) -> DateRange:
    """``parse_english`` of arguments already checked (for
    [`DateRange.parse`][rightsdata.DateRange.parse])."""
    ctx = _Ctx(text, calendar, forced, anchor, tz)
    s = normalise(text)
    if not s:
        raise _fail(ctx, _EXPECTED)
    found = _phrase(s, ctx)
    if found is None:
        raise _fail(ctx, _EXPECTED)
    return found.build(text)
