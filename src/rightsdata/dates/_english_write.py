"""Writing a [`DateRange`][rightsdata.DateRange] as English words (internal to
[`rightsdata.dates.english`][rightsdata.dates.english])."""

from __future__ import annotations

from datetime import date, timedelta

from rightsdata.dates._english_context import _calendar_parts, _month_name, _year_word
from rightsdata.dates._english_words import (
    _G,
    _J,
    _ORDINALS,
    _P_CENTURY,
    _WRITTEN_PARTS,
)
from rightsdata.dates._units import (
    _P_DAY,
    _P_DECADE,
    _P_MONTH,
    _P_PART_OF_MONTH,
    _P_PART_OF_YEAR,
    _P_QUARTER,
    _P_SEASON,
    _P_SEMESTER,
    _P_WEEK,
    _P_YEAR,
    ONE_DAY,
    SEASON_STARTS,
    days_in_month,
    unit_of,
)
from rightsdata.dates.range import Calendar, DateRange, Precision

_PART_WORDS = _WRITTEN_PARTS
_SEASON_WORDS = {month: word for word, month in reversed(SEASON_STARTS.items())}
"""The first season word listed for each season's first month ("autumn", not "fall")."""
_JALALI_SEASONS = {month - 2: word for month, word in _SEASON_WORDS.items()}
"""The same words for the Solar Hijri quarters (summer 1367 = Tir-Shahrivar 1367)."""


def _unit_words(lo: date, hi: date, precision: Precision, cal: Calendar) -> str | None:
    """Words for ``lo..hi`` when it is exactly one unit of ``precision`` (else None)."""
    y, m, d = _calendar_parts(lo, cal)
    if lo == hi:
        return f"{d} {_month_name(m, cal)} {_year_word(y, cal)}"
    if precision is _P_WEEK and unit_of(lo, precision, cal) == (lo, hi):
        return f"the week of {d} {_month_name(m, cal)} {_year_word(y, cal)}"
    if precision is _P_WEEK and hi - lo == _SIX_DAYS:
        words = _week_of_month_words(lo, hi, cal)
        if words is not None:
            return words
    if unit_of(lo, _P_MONTH, cal) == (lo, hi):
        return f"{_month_name(m, cal)} {_year_word(y, cal)}"
    if precision is _P_PART_OF_MONTH and unit_of(lo, precision, cal) == (lo, hi):
        part = 0 if d <= 10 else 1 if d <= 20 else 2
        return f"{_PART_WORDS[part]} {_month_name(m, cal)} {_year_word(y, cal)}"
    if unit_of(lo, _P_YEAR, cal) == (lo, hi):
        return _year_word(y, cal)
    if precision is _P_SEASON and unit_of(lo, precision, cal) == (lo, hi):
        name = (_JALALI_SEASONS if cal is _J else _SEASON_WORDS).get(m)
        if name is not None:
            return f"the {name} of {_year_word(y, cal)}"
    if precision is _P_QUARTER and unit_of(lo, precision, cal) == (lo, hi):
        return f"Q{(m - 1) // 3 + 1} {_year_word(y, cal)}"
    if precision is _P_SEMESTER and unit_of(lo, precision, cal) == (lo, hi):
        return f"the {'first' if m == 1 else 'second'} half of {_year_word(y, cal)}"
    if precision is _P_PART_OF_YEAR and unit_of(lo, precision, cal) == (lo, hi):
        return f"{_PART_WORDS[(m - 1) // 4]} {_year_word(y, cal)}"
    hy, _hm, _hd = _calendar_parts(hi, cal)
    whole_years = (m, d) == (1, 1) and unit_of(hi, _P_YEAR, cal)[1] == hi
    if precision is _P_CENTURY and whole_years and hy == y + 99:
        if y % 100 == 1:
            n = y // 100 + 1
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"the {n}{suffix} century"
        if y % 100 == 0:
            return f"the {y}s"
    if precision is _P_DECADE and (m, d) == (1, 1) and unit_of(hi, _P_YEAR, cal)[1] == hi:
        if y % 10 == 0 and hy == y + 9:
            return f"the {y}s"
        decade = y - y % 10
        for part, (a, b) in enumerate(((0, 3), (4, 6), (7, 9))):
            if (y, hy) == (decade + a, decade + b):
                return f"the {_PART_WORDS[part]} {decade}s"
    return None


_SIX_DAYS = timedelta(days=6)
_WEEK_ORDINALS = {
    7 * n - 6: word for word, n in reversed(_ORDINALS.items()) if n > 0 and word.isalpha()
}
"""The first day of each numbered week of a month, to its ordinal word."""


def _week_of_month_words(lo: date, hi: date, cal: Calendar) -> str | None:
    """ "the first week of March 2020" for seven days that are one (else None)."""
    y, m, d = _calendar_parts(lo, cal)
    hy, hm, hd = _calendar_parts(hi, cal)
    if (hy, hm) != (y, m):
        return None
    nth = _WEEK_ORDINALS.get(d) or ("last" if hd == days_in_month(y, m, cal) else None)
    if nth is None:
        return None
    return f"the {nth} week of {_month_name(m, cal)} {_year_word(y, cal)}"


def _part_span(left: str, right: str) -> str | None:
    """ "mid July 1988" and "late July 1988" -> "mid-to-late July 1988" (else None)."""
    lp, _, rest = left.partition(" ")
    rp, _, right_rest = right.partition(" ")
    if lp != rp and lp in _PART_WORDS and rp in _PART_WORDS and rest == right_rest:
        return f"{lp}-to-{rp} {rest}"
    return None


def _end_words(day: date, precision: Precision | None, cal: Calendar, start: bool) -> str:
    """One end of a range, in the coarsest of its unit, year, month or day that fits."""
    side = 0 if start else 1
    if precision is not None and precision is not _P_DAY:
        unit = unit_of(day, precision, cal)
        if unit[side] == day:
            words = _unit_words(unit[0], unit[1], precision, cal)
            if words is not None:
                return words
        for coarse in (_P_YEAR, _P_MONTH):
            unit = unit_of(day, coarse, cal)
            if unit[side] == day:
                words = _unit_words(unit[0], unit[1], coarse, cal)
                if words is not None:
                    return words
    y, m, d = _calendar_parts(day, cal)
    return f"{d} {_month_name(m, cal)} {_year_word(y, cal)}"


def _share_year(left: str, right: str, joiner: str) -> str:
    """ "late July 1988" and "early September 1988" -> "late July to early September 1988"."""
    lw, rw = left.rsplit(" ", 1), right.rsplit(" ", 1)
    if len(lw) == 2 and len(rw) == 2 and lw[1] == rw[1] and lw[1].isdigit() and " " in lw[0]:
        return f"{lw[0]} {joiner} {right}"
    return f"{left} {joiner} {right}"


def describe(r: DateRange) -> str:
    """A natural English reading of ``r`` ("late July 1988", "about 1984")."""
    cal = r.calendar
    try:
        words = _describe(r, cal)
    except (ValueError, OverflowError):
        words = _describe(r, _G)
    if r.approximate:
        head, _, rest = words.partition(" ")
        if head in ("from", "between", "until", "before") and rest:
            words = f"{head} about {rest}"
        else:
            words = "about " + words
    if r.uncertain:
        words += " (uncertain)"
    return words


def _describe(r: DateRange, cal: Calendar) -> str:
    lo, hi = r.earliest, r.latest
    if r.time is not None:
        stamp = r.time
        offset = stamp.strftime("%z") if stamp.utcoffset() is not None else ""
        zone = ""
        if offset:
            zone = f" UTC{offset[:3]}:{offset[3:5]}" if offset != "+0000" else " UTC"
        y, m, d = _calendar_parts(stamp.date(), cal)
        return f"{stamp:%H:%M}{zone}, {d} {_month_name(m, cal)} {_year_word(y, cal)}"
    if lo is None and hi is None:
        return "an unknown date" if r.earliest_unknown or r.latest_unknown else "any time"
    if r.is_interval:
        left = (
            _end_words(lo, r.earliest_precision, cal, True)
            if lo is not None
            else ("an unknown start" if r.earliest_unknown else "the open past")
        )
        right = (
            _end_words(hi, r.latest_precision, cal, False)
            if hi is not None
            else ("an unknown end" if r.latest_unknown else "ongoing")
        )
        return "from " + _share_year(left, right, "to")
    if lo is None:
        assert hi is not None
        if hi < date.max:
            after = hi + ONE_DAY
            if unit_of(after, r.precision, cal)[0] == after:
                return "before " + _end_words(after, r.precision, cal, True)
        return "until " + _end_words(hi, r.precision, cal, False)
    if hi is None:
        return "from " + _end_words(lo, r.precision, cal, True) + " on"
    whole = _unit_words(lo, hi, r.precision, cal)
    if whole is not None:
        return whole
    left = _end_words(lo, r.precision, cal, True)
    right = _end_words(hi, r.precision, cal, False)
    return _part_span(left, right) or "between " + _share_year(left, right, "and")
