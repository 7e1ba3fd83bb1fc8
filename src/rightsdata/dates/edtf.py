"""EDTF (ISO 8601-2): read it into a [`DateRange`][rightsdata.DateRange], and write one back.

Supported: level 0 (dates, date-times, intervals), level 1 (``? ~ %`` qualifiers,
``X`` unspecified digits, open ``..`` and unknown (empty) interval ends, seasons 21-24)
and the parts of level 2 that fit a range of days (qualifiers on each component,
``X`` in any digit, one-of ``[..]`` and all-of ``{..}`` sets, sub-year groupings 21-41,
significant digits ``1950S2``). Years outside 1..9999 (negative years, ``Y``-prefixed
and exponential years, ``0000``, an ``XXXX`` year) are refused with a clear error, as
are the parenthesised qualifiers of the old draft. Bounds are strict: the first and
last day the date can denote.

```pycon
>>> from rightsdata.dates.edtf import parse_edtf
>>> r = parse_edtf("2004-06-~01/2004-06-~20")
>>> r.earliest, r.latest, r.approximate
(datetime.date(2004, 6, 1), datetime.date(2004, 6, 20), True)

```
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import pendulum

from rightsdata.dates._arguments import check_calendar, check_text, parse_error
from rightsdata.dates._edtf_sets import read_set
from rightsdata.dates._edtf_syntax import DATE, EXPECTED, End, fail, flags, refusal, year_first
from rightsdata.dates._edtf_write import format_edtf
from rightsdata.dates._units import GROUPS, check_year, month_length
from rightsdata.dates.range import Calendar, DateRange, Precision, coarser
from rightsdata.dates.zones import Zone, time_zone
from rightsdata.errors import DateParseError

__all__ = ["format_edtf", "parse_edtf", "read_edtf"]


def _fits(pattern: str, value: int) -> bool:
    """Whether the zero-padded digits of ``value`` fit ``pattern`` (X = any digit)."""
    digits = f"{value:0{len(pattern)}d}"
    return len(digits) == len(pattern) and _fitting_prefix(pattern, digits) == len(pattern)


def _fitting_prefix(pattern: str, digits: str) -> int:
    """How many leading ``digits`` fit ``pattern`` (X = any digit)."""
    for i, p in enumerate(pattern):
        if p != "X" and p != digits[i]:
            return i
    return len(pattern)


def _least(pattern: str, lo: int) -> int | None:
    """The smallest value ``>= lo`` whose zero-padded digits fit ``pattern``, if any.

    A larger fitting value first differs from ``lo`` at some digit, where it is higher:
    the last digit that can be raised with the digits before it fitting, followed by the
    lowest digits the pattern allows, gives the least.
    """
    n = len(pattern)
    digits = f"{lo:0{n}d}"
    if len(digits) > n:
        return None
    k = _fitting_prefix(pattern, digits)
    if k == n:
        return lo
    for i in range(k, -1, -1):
        p, here = pattern[i], digits[i]
        if p == "X":
            if here == "9":
                continue
            p = _NEXT_DIGIT[here]
        elif p <= here:  # a fixed digit is raised only if it is above lo's
            continue
        return int(digits[:i] + p + pattern[i + 1 :].replace("X", "0"))
    return None


def _greatest(pattern: str, hi: int) -> int | None:
    """The largest value ``<= hi`` (``hi >= 0``) whose zero-padded digits fit ``pattern``.

    The mirror of ``_least``: lower the last digit that can be lowered, then take
    the highest digits the pattern allows.
    """
    n = len(pattern)
    digits = f"{min(hi, 10**n - 1):0{n}d}"
    k = _fitting_prefix(pattern, digits)
    if k == n:
        return int(digits)
    for i in range(k, -1, -1):
        p, here = pattern[i], digits[i]
        if p == "X":
            if here == "0":
                continue
            p = _PREVIOUS_DIGIT[here]
        elif p >= here:
            continue
        return int(digits[:i] + p + pattern[i + 1 :].replace("X", "9"))
    return None


_NEXT_DIGIT = {str(d): str(d + 1) for d in range(9)}
_PREVIOUS_DIGIT = {str(d): str(d - 1) for d in range(1, 10)}


def _span(pattern: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The smallest and largest integers in ``lo..hi`` whose digits fit ``pattern`` (X = any)."""
    first = _least(pattern, lo)
    if first is None or first > hi:
        return None
    last = _greatest(pattern, hi)
    assert last is not None  # first fits and first <= hi
    return first, last


@lru_cache(maxsize=128)  # at most 121 keys: two characters, each a digit or X
def _months(m: str) -> tuple[int, ...]:
    """The months 1..12 whose two digits fit ``m``, in order."""
    return tuple(mm for mm in range(1, 13) if _fits(m, mm))


def _years(y: str, text: str) -> tuple[int, int]:
    """The first and last year a four-character year (digits and X) can be."""
    years = _span(y, 0, 9999)
    if years is None or years[0] == 0:
        raise fail(text, f"the unspecified year {y} can be 0000, outside 1..9999")
    return years


def _leap_years(y: str) -> tuple[int, int] | None:
    """The first and last leap year (1..9999) a four-character year can be, if any.

    A leap year is ``100 * h + l`` with ``l`` a multiple of 4 other than 0 (any ``h``),
    or ``100 * h`` with ``h`` a multiple of 4; the two halves of ``y`` are matched apart.
    """
    high, low = y[:2], y[2:]
    centuries = _span(high, 0, 99)
    fours = [v for v in range(4, 100, 4) if _fits(low, v)]
    found = [100 * h for h in range(4, 100, 4) if _fits(high, h)] if _fits(low, 0) else []
    if fours and centuries is not None:
        found += [100 * centuries[0] + fours[0], 100 * centuries[1] + fours[-1]]
    return (min(found), max(found)) if found else None


def _group_bounds(year: int, code: int) -> tuple[date, date]:
    first, months, _ = GROUPS[code]
    last = first + months - 1
    ly = year + (last - 1) // 12
    last = (last - 1) % 12 + 1
    if ly > 9999:
        raise ValueError(f"the grouping runs past the year 9999 ({year}-{code})")
    return date(year, first, 1), date(ly, last, month_length(ly, last))


def _year_only(y: str, sig: str | None, text: str) -> tuple[date, date, Precision]:
    if "X" in y:
        if sig is not None:
            raise fail(text, "significant digits (S) need a year of digits")
        first, last = _years(y, text)
        xs = y.count("X")
        precision = Precision.DECADE if xs == 1 else Precision.CENTURY
        return date(first, 1, 1), date(last, 12, 31), precision
    year = int(y)
    check_year(year, text)
    if sig is None:
        return date(year, 1, 1), date(year, 12, 31), Precision.YEAR
    digits = int(sig)
    if not 1 <= digits <= 4:
        raise fail(text, f"a four-digit year has 1 to 4 significant digits, not {digits}")
    size = 10 ** (4 - digits)
    first = year - year % size
    check_year(first, text)
    precision = (
        Precision.YEAR if size == 1 else Precision.DECADE if size == 10 else Precision.CENTURY
    )
    return date(first, 1, 1), date(first + size - 1, 12, 31), precision


def _x_date(y: str, m: str, d: str | None, text: str) -> tuple[date, date, Precision]:
    """Bounds of a date with ``X`` digits: the first and last real day it can be.

    Only February depends on the year, and only for day 29: when no other month and day
    fits the first (or last) year the mask allows, the bound is 29 February of the first
    (or last) leap year it allows.
    """
    first_year, last_year = _years(y, text)
    months = _months(m)
    if not months:
        raise fail(text, f"no month 01-12 fits {m}")
    if "X" in y:
        precision = Precision.DECADE if y.count("X") == 1 else Precision.CENTURY
    elif "X" in m:
        precision = Precision.YEAR
    else:
        precision = Precision.MONTH
    if d is None:
        lo = date(first_year, months[0], 1)
        hi = date(last_year, months[-1], month_length(last_year, months[-1]))
        return lo, hi, precision
    days = _span(d, 1, 31)
    if days is None:
        raise fail(text, f"no day 01-31 fits {d}")
    if "X" not in y and "X" not in m:
        precision = Precision.MONTH
    lo_day = hi_day = None
    first_day = days[0]
    for mm in months:
        if first_day <= month_length(first_year, mm):
            lo_day = date(first_year, mm, first_day)
            break
    for mm in reversed(months):
        last_day = _greatest(d, month_length(last_year, mm))
        if last_day is not None and last_day >= 1:
            hi_day = date(last_year, mm, last_day)
            break
    if (lo_day is None or hi_day is None) and 2 in months and _fits(d, 29):
        leap = _leap_years(y)
        if leap is not None:
            lo_day = lo_day or date(leap[0], 2, 29)
            hi_day = hi_day or date(leap[1], 2, 29)
    if lo_day is None or hi_day is None:
        raise fail(text, f"no real day fits {y}-{m}-{d}")
    return lo_day, hi_day, precision


def _single(s: str, text: str, tz: Zone | None) -> End:
    """One EDTF date (no interval, no set) to its bounds and qualifiers."""
    m = DATE.fullmatch(s)
    if m is None:
        raise fail(text, refusal(s, text))
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    approximate, uncertain = flags(*m.group("yq", "yq2", "mq", "mq2", "dq", "dq2"))
    sig = m.group("s")
    if m.group("time") is not None:
        return _with_time(m, y, mo, d, approximate, uncertain, text, tz)
    try:
        if mo is None:
            lo, hi, precision = _year_only(y, sig, text)
        elif sig is not None:
            raise fail(text, "significant digits (S) go on a year alone")
        elif "X" in y or "X" in mo or (d is not None and "X" in d):
            lo, hi, precision = _x_bounds(y, mo, d, text)
        else:
            lo, hi, precision = _digit_bounds(y, mo, d, text)
    except ValueError as exc:
        if isinstance(exc, DateParseError):
            raise
        raise parse_error(text, exc) from None
    return lo, hi, precision, approximate, uncertain, None


def _x_bounds(y: str, mo: str, d: str | None, text: str) -> tuple[date, date, Precision]:
    """Bounds of a date with ``X`` digits, its month a month or a grouping code."""
    if "X" not in mo and int(mo) > 12:
        if d is not None:
            raise fail(text, f"{mo} is a season or grouping code, which takes no day")
        first_year, last_year = _years(y, text)
        if int(mo) not in GROUPS:
            raise fail(text, f"month {mo} is not 01-12, nor a grouping 21-41")
        lo = _group_bounds(first_year, int(mo))[0]
        hi = _group_bounds(last_year, int(mo))[1]
        return lo, hi, Precision.DECADE if y.count("X") == 1 else Precision.CENTURY
    return _x_date(y, mo, d, text)


def _digit_bounds(y: str, mo: str, d: str | None, text: str) -> tuple[date, date, Precision]:
    """Bounds of a month, grouping or day written in digits only."""
    year = int(y)
    check_year(year, text)
    month = int(mo)
    if d is None:
        if 1 <= month <= 12:
            return (
                date(year, month, 1),
                date(year, month, month_length(year, month)),
                Precision.MONTH,
            )
        group = GROUPS.get(month)
        if group is None:
            raise fail(
                text,
                f"month {mo} is not 01-12, nor a season (21-32), quarter (33-36), "
                "four-month part (37-39) or semester (40-41)",
            )
        lo, hi = _group_bounds(year, month)
        return lo, hi, group[2]
    if month > 12:
        raise fail(text, f"{mo} is not a month 01-12 (a season or grouping takes no day)")
    day = date(year, month, int(d))
    return day, day, Precision.DAY


def _with_time(
    m: re.Match[str],
    y: str,
    mo: str | None,
    d: str | None,
    approximate: bool,
    uncertain: bool,
    text: str,
    tz: Zone | None,
) -> End:
    if mo is None or d is None or "X" in y + mo + d or m.group("s") is not None:
        raise fail(text, "a time of day needs a full date YYYY-MM-DD")
    if approximate or uncertain:
        raise fail(text, "qualifiers on a date-time are not EDTF")
    check_year(int(y), text)
    zone = m.group("tz")
    try:
        stamp = datetime.fromisoformat(f"{y}-{mo}-{d}T{m.group('time')}{zone or ''}")
        if zone is None and tz is not None:
            stamp = pendulum.instance(stamp, tz=tz)
    except ValueError as exc:
        raise parse_error(text, exc) from None
    day = date(stamp.year, stamp.month, stamp.day)
    return day, day, Precision.DAY, False, False, stamp


def parse_edtf(
    text: str, *, tz: str | None = None, calendar: Calendar = Calendar.GREGORIAN
) -> DateRange:
    """Read an EDTF string; raise [`DateParseError`][rightsdata.DateParseError] if it is not one.

    ``tz`` is the zone of a date-time written without an offset (else it stays naive),
    as [`time_zone`][rightsdata.dates.zones.time_zone] reads it. ``text`` is kept verbatim on
    the result. Every argument is checked as [`DateRange.parse`][rightsdata.DateRange.parse] checks
    it, and every failure is a [`DateParseError`][rightsdata.DateParseError].
    """
    check_text(text)
    zone = None if tz is None else time_zone(tz)
    cal = check_calendar(calendar)
    try:
        return read_edtf(text, zone, cal)
    except (ValueError, ArithmeticError) as exc:
        raise parse_error(text, exc) from None


def read_edtf(text: str, tz: Zone | None, calendar: Calendar) -> DateRange:
    """``parse_edtf`` of arguments already checked (for
    [`DateRange.parse`][rightsdata.DateRange.parse])."""
    s = text.strip()
    if not s:
        raise fail(text, EXPECTED)
    first = s[0]
    if first in "[{":
        if s[-1] != ("]" if first == "[" else "}"):
            raise fail(text, "a set opened with " + first + " must close with its pair")
        return read_set(s, text, calendar, lambda part: _single(part, text, tz))
    if "/" in s:
        left, _, right = s.partition("/")
        if "/" in right:
            raise fail(text, year_first(text) or "an interval has exactly one '/'")
        lo = _end(left, text, tz)
        hi = _end(right, text, tz)
        lo_prec: Precision | None
        hi_prec: Precision | None
        if isinstance(lo, tuple):
            earliest: date | None = lo[0]
            lo_prec = lo[2]
        else:
            earliest, lo_prec = None, lo
        if isinstance(hi, tuple):
            latest: date | None = hi[1]
            hi_prec = hi[2]
        else:
            latest, hi_prec = None, hi
        if earliest is not None and latest is not None and earliest > latest:
            raise fail(text, "the interval ends before it starts")
        known = [e for e in (lo, hi) if isinstance(e, tuple)]
        if not known:  # "../..", "/": nothing is known of either end, as to_edtf writes it
            precision = Precision.UNKNOWN
        elif len(known) == 1:
            precision = known[0][2]
        else:
            precision = coarser(known[0][2], known[1][2])
        return DateRange(
            earliest=earliest,
            latest=latest,
            precision=precision,
            approximate=any(e[3] for e in known),
            uncertain=any(e[4] for e in known),
            calendar=calendar,
            text=text,
            earliest_precision=lo_prec,
            latest_precision=hi_prec,
        )
    lo_day, hi_day, precision, approximate, uncertain, stamp = _single(s, text, tz)
    return DateRange(
        earliest=lo_day,
        latest=hi_day,
        precision=precision,
        approximate=approximate,
        uncertain=uncertain,
        calendar=calendar,
        text=text,
        time=stamp,
    )


def _end(s: str, text: str, tz: Zone | None) -> End | Precision | None:
    """An interval end: its bounds, ``None`` for open (``..``), UNKNOWN for empty."""
    s = s.strip()
    if s == "..":
        return None
    if not s:
        return Precision.UNKNOWN
    end = _single(s, text, tz)
    if end[5] is not None:
        raise fail(text, "times of day are kept for a single instant, not an interval's ends")
    return end
