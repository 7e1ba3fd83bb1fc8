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
from rightsdata.dates._units import GROUPS, MONTH_NAMES, check_year, month_length
from rightsdata.dates.range import Calendar, DateRange, Precision, coarser
from rightsdata.dates.zones import Zone, time_zone
from rightsdata.errors import DateParseError

__all__ = ["format_edtf", "parse_edtf", "read_edtf"]

_DATE = re.compile(
    r"(?P<yq>[?~%]?)(?P<y>[0-9X]{4})(?:S(?P<s>[0-9]+))?(?P<yq2>[?~%]?)"
    r"(?:-(?P<mq>[?~%]?)(?P<m>[0-9X]{2})(?P<mq2>[?~%]?)"
    r"(?:-(?P<dq>[?~%]?)(?P<d>[0-9X]{2})(?P<dq2>[?~%]?))?)?"
    r"(?:T(?P<time>[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?)"
    r"(?P<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)
_LONG_YEAR = re.compile(r"[?~%]?Y(-?)([0-9]+)(?:E([0-9]+))?(?:S([0-9]+))?[?~%]?")
_NEGATIVE = re.compile(r"[?~%]?-[0-9X]{4}")

_EXPECTED = (
    "expected EDTF such as 1988, 1988-07, 1988-07-20, 1988-22 (a season), 198X, 1988~, "
    "1988-07/1988-09 or [1987, 1988]"
)

# (earliest, latest, precision, approximate, uncertain, time)
_End = tuple[date, date, Precision, bool, bool, "datetime | None"]


def _fail(text: str, why: str) -> DateParseError:
    return DateParseError(f"{text!r}: {why}")


_YEAR_FIRST = re.compile(
    r"(?P<y>[0-9]{4})(?P<sep>[/.-])(?P<m>[0-9]{1,2})(?:(?P=sep)(?P<d>[0-9]{1,2}))?"
)


def _year_first(text: str) -> str | None:
    """For a numeric date written year first but not as EDTF ("2019/11/15", "2019.11",
    "2019-11-5"), what it looks like and how to write it; else ``None``."""
    m = _YEAR_FIRST.fullmatch(text.strip())
    if m is None or not 1 <= int(m["y"]) <= 9999:
        return None
    year, month, d = int(m["y"]), int(m["m"]), m["d"]
    if d is None:
        if not 1 <= month <= 12:
            return None  # "1998/99" is no month
        iso, words, what = f"{year:04d}-{month:02d}", f"{MONTH_NAMES[month - 1]} {year}", "month"
    else:
        how = "write a date as EDTF YYYY-MM-DD ('2019-11-15')"
        if not 1 <= month <= 12:
            return f"it looks like a date written year first, but {month} is no month: {how}"
        name, day = MONTH_NAMES[month - 1], int(d)
        if not 1 <= day <= month_length(year, month):
            no_day = f"{name} {year} has no day {day}"
            return f"it looks like a date written year first, but {no_day}: {how}"
        iso, words, what = f"{year:04d}-{month:02d}-{day:02d}", f"{day} {name} {year}", "date"
    return (
        f"it looks like a {what} written year first: write it as EDTF ({iso!r}) "
        f"or in words ({words!r})"
    )


def _flags(*qualifiers: str | None) -> tuple[bool, bool]:
    joined = "".join(q for q in qualifiers if q)
    return ("~" in joined or "%" in joined), ("?" in joined or "%" in joined)


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
        raise _fail(text, f"the unspecified year {y} can be 0000, outside 1..9999")
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
            raise _fail(text, "significant digits (S) need a year of digits")
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
        raise _fail(text, f"a four-digit year has 1 to 4 significant digits, not {digits}")
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
        raise _fail(text, f"no month 01-12 fits {m}")
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
        raise _fail(text, f"no day 01-31 fits {d}")
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
        raise _fail(text, f"no real day fits {y}-{m}-{d}")
    return lo_day, hi_day, precision


def _single(s: str, text: str, tz: Zone | None) -> _End:
    """One EDTF date (no interval, no set) to its bounds and qualifiers."""
    m = _DATE.fullmatch(s)
    if m is None:
        if _LONG_YEAR.fullmatch(s) or _NEGATIVE.match(s):
            raise _fail(text, "years outside 1..9999 (negative or Y-prefixed) are not supported")
        if "(" in s:
            raise _fail(text, "parenthesised qualifiers are not EDTF; put ? ~ % next to a part")
        raise _fail(text, _year_first(text) or _EXPECTED)
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    approximate, uncertain = _flags(*m.group("yq", "yq2", "mq", "mq2", "dq", "dq2"))
    sig = m.group("s")
    if m.group("time") is not None:
        return _with_time(m, y, mo, d, approximate, uncertain, text, tz)
    try:
        if mo is None:
            lo, hi, precision = _year_only(y, sig, text)
            return lo, hi, precision, approximate, uncertain, None
        if sig is not None:
            raise _fail(text, "significant digits (S) go on a year alone")
        if "X" in y or "X" in mo or (d is not None and "X" in d):
            if "X" not in mo and int(mo) > 12:
                if d is not None:
                    raise _fail(text, f"{mo} is a season or grouping code, which takes no day")
                first_year, last_year = _years(y, text)
                if int(mo) not in GROUPS:
                    raise _fail(text, f"month {mo} is not 01-12, nor a grouping 21-41")
                lo = _group_bounds(first_year, int(mo))[0]
                hi = _group_bounds(last_year, int(mo))[1]
                prec = Precision.DECADE if y.count("X") == 1 else Precision.CENTURY
                return lo, hi, prec, approximate, uncertain, None
            lo, hi, precision = _x_date(y, mo, d, text)
            return lo, hi, precision, approximate, uncertain, None
        year = int(y)
        check_year(year, text)
        month = int(mo)
        if d is None:
            if 1 <= month <= 12:
                lo = date(year, month, 1)
                return (
                    lo,
                    date(year, month, month_length(year, month)),
                    Precision.MONTH,
                    approximate,
                    uncertain,
                    None,
                )
            group = GROUPS.get(month)
            if group is None:
                raise _fail(
                    text,
                    f"month {mo} is not 01-12, nor a season (21-32), quarter (33-36), "
                    "four-month part (37-39) or semester (40-41)",
                )
            lo, hi = _group_bounds(year, month)
            return lo, hi, group[2], approximate, uncertain, None
        if month > 12:
            raise _fail(text, f"{mo} is not a month 01-12 (a season or grouping takes no day)")
        day = date(year, month, int(d))
        return day, day, Precision.DAY, approximate, uncertain, None
    except ValueError as exc:
        if isinstance(exc, DateParseError):
            raise
        raise parse_error(text, exc) from None


def _with_time(
    m: re.Match[str],
    y: str,
    mo: str | None,
    d: str | None,
    approximate: bool,
    uncertain: bool,
    text: str,
    tz: Zone | None,
) -> _End:
    if mo is None or d is None or "X" in y + mo + d or m.group("s") is not None:
        raise _fail(text, "a time of day needs a full date YYYY-MM-DD")
    if approximate or uncertain:
        raise _fail(text, "qualifiers on a date-time are not EDTF")
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


def _set(s: str, text: str, tz: Zone | None, calendar: Calendar) -> DateRange:
    all_of = s[0] == "{"
    inner = s[1:-1].strip()
    if not inner:
        raise _fail(text, "an empty set names no date")
    parts = [p.strip() for p in inner.split(",")]
    lo: date | None = date.max
    hi: date | None = date.min
    lo_prec = hi_prec = Precision.DAY
    precision = Precision.DAY
    approximate = uncertain = False
    for i, part in enumerate(parts):
        if not part:
            raise _fail(text, "a set has an empty member")
        ends: list[_End | None]
        if part.startswith(".."):
            if i != 0:
                raise _fail(text, "only the first member of a set can start with '..'")
            ends = [None, _single(part[2:], text, tz)]
        elif part.endswith(".."):
            if i != len(parts) - 1:
                raise _fail(text, "only the last member of a set can end with '..'")
            ends = [_single(part[:-2], text, tz), None]
        elif ".." in part:
            left, _, right = part.partition("..")
            ends = [_single(left, text, tz), _single(right, text, tz)]
            if ends[0] is not None and ends[1] is not None and ends[0][0] > ends[1][1]:
                raise _fail(text, f"the range {part} ends before it starts")
        else:
            one = _single(part, text, tz)
            ends = [one, one]
        for end in ends:
            if end is None:
                continue
            if end[5] is not None:
                raise _fail(text, "a set member cannot carry a time of day")
            precision = coarser(precision, end[2]) if i or end is not ends[0] else end[2]
            approximate = approximate or end[3]
            uncertain = uncertain or end[4]
        first, last = ends
        if first is None:
            lo = None
        elif lo is not None and first[0] < lo:
            lo, lo_prec = first[0], first[2]
        if last is None:
            hi = None
        elif hi is not None and last[1] > hi:
            hi, hi_prec = last[1], last[2]
    if lo is not None and hi is not None and lo > hi:
        raise _fail(text, "a set's members are out of order")
    return DateRange(
        earliest=lo,
        latest=hi,
        precision=precision,
        approximate=approximate,
        uncertain=uncertain,
        calendar=calendar,
        text=text,
        earliest_precision=(lo_prec if lo is not None else None) if all_of else None,
        latest_precision=(hi_prec if hi is not None else None) if all_of else None,
    )


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
        raise _fail(text, _EXPECTED)
    first = s[0]
    if first in "[{":
        if s[-1] != ("]" if first == "[" else "}"):
            raise _fail(text, "a set opened with " + first + " must close with its pair")
        return _set(s, text, tz, calendar)
    if "/" in s:
        left, _, right = s.partition("/")
        if "/" in right:
            raise _fail(text, _year_first(text) or "an interval has exactly one '/'")
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
            raise _fail(text, "the interval ends before it starts")
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


def _end(s: str, text: str, tz: Zone | None) -> _End | Precision | None:
    """An interval end: its bounds, ``None`` for open (``..``), UNKNOWN for empty."""
    s = s.strip()
    if s == "..":
        return None
    if not s:
        return Precision.UNKNOWN
    end = _single(s, text, tz)
    if end[5] is not None:
        raise _fail(text, "times of day are kept for a single instant, not an interval's ends")
    return end


# -- writing -------------------------------------------------------------------------

_GROUP_OF = {(3, 3): 21, (6, 3): 22, (9, 3): 23, (12, 3): 24}
_QUARTER_OF = {1: 33, 4: 34, 7: 35, 10: 36}
_THIRD_OF = {1: 37, 5: 38, 9: 39}
_HALF_OF = {1: 40, 7: 41}


def _months_between(lo: date, hi: date) -> int:
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def _whole_unit(r: DateRange, lo: date, hi: date) -> str | None:
    """The EDTF for a single unit exactly covering ``lo..hi`` at ``r.precision``, if any."""
    p = r.precision
    if lo == hi:
        return lo.isoformat()
    starts_month = lo.day == 1
    ends_month = hi.day == month_length(hi.year, hi.month)
    if not (starts_month and ends_month):
        return None
    months = _months_between(lo, hi)
    if months == 1:
        return f"{lo.year:04d}-{lo.month:02d}"
    if p is Precision.SEASON and months == 3 and (lo.month, 3) in _GROUP_OF:
        return f"{lo.year:04d}-{_GROUP_OF[(lo.month, 3)]}"
    if p is Precision.QUARTER and months == 3 and lo.month in _QUARTER_OF:
        return f"{lo.year:04d}-{_QUARTER_OF[lo.month]}"
    if p is Precision.PART_OF_YEAR and months == 4 and lo.month in _THIRD_OF:
        return f"{lo.year:04d}-{_THIRD_OF[lo.month]}"
    if p is Precision.SEMESTER and months == 6 and lo.month in _HALF_OF:
        return f"{lo.year:04d}-{_HALF_OF[lo.month]}"
    if lo.month != 1 or hi.month != 12:
        return None
    years = hi.year - lo.year + 1
    if years == 1:
        return f"{lo.year:04d}"
    for size, xs in ((10, "X"), (100, "XX"), (1000, "XXX")):
        if years == size and lo.year % size == 0 and lo.year > 0:
            return f"{lo.year:04d}"[: 4 - len(xs)] + xs
    return None


def _end_text(day: date, precision: Precision | None, start: bool) -> str:
    """An interval or set end at the coarsest of day, month, year that keeps the bound."""
    coarse = precision is not None and precision not in (
        Precision.DAY,
        Precision.WEEK,
        Precision.PART_OF_MONTH,
    )
    if coarse:
        edge_day = 1 if start else month_length(day.year, day.month)
        if day.day == edge_day:
            year_edge = (1, 1) if start else (12, 31)
            if precision is not Precision.MONTH and (day.month, day.day) == year_edge:
                return f"{day.year:04d}"
            return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def format_edtf(r: DateRange) -> str:
    """The EDTF string for ``r`` (see [`DateRange.to_edtf`][rightsdata.DateRange.to_edtf])."""
    q = (
        "%"
        if r.approximate and r.uncertain
        else "~"
        if r.approximate
        else "?"
        if r.uncertain
        else ""
    )
    if r.time is not None:
        stamp = r.time.isoformat()
        if stamp.endswith("+00:00") and r.time.utcoffset() is not None:
            stamp = stamp[:-6] + "Z"
        return stamp
    lo, hi = r.earliest, r.latest
    if r.is_interval:
        if lo is not None:
            left = _end_text(lo, r.earliest_precision, True) + q
        else:
            left = "" if r.earliest_unknown else ".."
        if hi is not None:
            right = _end_text(hi, r.latest_precision, False) + q
        else:
            right = "" if r.latest_unknown else ".."
        return f"{left}/{right}"
    if lo is not None and hi is not None:
        whole = _whole_unit(r, lo, hi)
        if whole is not None:
            return whole + q
        return f"[{_end_text(lo, r.precision, True)}{q}..{_end_text(hi, r.precision, False)}{q}]"
    if lo is None and hi is None:
        return "/" if r.earliest_unknown or r.latest_unknown else "../.."
    if lo is None:
        assert hi is not None
        return f"[..{_end_text(hi, r.precision, False)}{q}]"
    return f"[{_end_text(lo, r.precision, True)}{q}..]"
