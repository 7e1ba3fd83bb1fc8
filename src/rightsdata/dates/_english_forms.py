"""The single dates an English phrase is made of ("20 July 1988", "late July", "the 1980s"),
and pairs of them (internal to [`rightsdata.dates.english`][rightsdata.dates.english])."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from rightsdata.dates._arguments import parse_error
from rightsdata.dates._english_context import (
    _calendar_of,
    _Ctx,
    _fail,
    _nearest,
    _numeric_day_month,
    _valid_day,
    _year,
)
from rightsdata.dates._english_words import (
    _CENTURY,
    _DAY_ONLY,
    _DAY_YEAR,
    _DECADE,
    _DIGIT,
    _DMY,
    _FIRST_WORDS,
    _HALF,
    _HALVES,
    _HAS_YEAR,
    _J,
    _MDY,
    _MONTHS,
    _MY,
    _NIGHT,
    _NIGHT_SPLIT,
    _NUMERIC,
    _ORDINALS,
    _P_CENTURY,
    _PART_MONTH,
    _PART_RANGE,
    _PART_YEAR,
    _PARTS,
    _QUARTER,
    _SEASON,
    _SEASONS,
    _SHORT_YEAR,
    _WEEK_OF_DAY,
    _WEEK_OF_MONTH,
    _YEAR_ONLY,
    NUMERIC_DAY_MONTH,
)
from rightsdata.dates._parsed import Parsed
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
    month_bounds,
    part_of_month,
    week_of_month,
    year_bounds,
)
from rightsdata.dates.range import Calendar, Precision, coarser
from rightsdata.dates.relative import WEEKDAYS, check_weekday, parse_relative
from rightsdata.errors import DateParseError

# -- single elements -------------------------------------------------------------------
#
# Each form a single date can take is a pattern and a reader; the reader takes the
# pattern's groups as arguments, in the order the table (``_FORMS``) names them. A text's
# first word (or the word after "the") picks the few forms it can be, tried in the table's
# order; the first that fits reads it. Most texts need one regex call, not a dozen.


def _day_month_year(
    ctx: _Ctx,
    default_year: int | None,
    wd: str | None,
    d: str,
    mon: str,
    y: str | None,
    era: str | None,
) -> Parsed:
    mcal, month = _MONTHS[mon]
    cal = _calendar_of(ctx, era, mcal)
    n = int(d)
    if y is not None:
        year = _year(ctx, y, cal)
        day = _valid_day(ctx, year, month, n, cal)
    elif default_year is not None:  # what _nearest does with one, without its call
        year = default_year
        day = _valid_day(ctx, year, month, n, cal)
    else:
        year, (day, _) = _nearest(
            ctx, default_year, lambda yr: (_valid_day(ctx, yr, month, n, cal),) * 2, cal
        )
    p = Parsed(day, day, _P_DAY, cal, year, month)
    if wd is not None:
        check_weekday(p, WEEKDAYS[wd], ctx.text)
    return p


def _in_month(
    ctx: _Ctx,
    default_year: int | None,
    mon: str,
    y: str | None,
    era: str | None,
    precision: Precision,
    bounds: _MonthBounds,
) -> Parsed:
    """The days ``bounds`` gives in the month ``mon`` of the year ``y`` (or the nearest)."""
    mcal, month = _MONTHS[mon]
    cal = _calendar_of(ctx, era, mcal)
    if y is not None:
        year = _year(ctx, y, cal)
    elif default_year is not None:  # what _nearest does with one, without its call
        year = default_year
    else:
        year, (lo, hi) = _nearest(ctx, None, lambda yr: bounds(yr, month, cal), cal)
        return Parsed(lo, hi, precision, cal, year, month)
    lo, hi = bounds(year, month, cal)
    return Parsed(lo, hi, precision, cal, year, month)


_MonthBounds = Callable[[int, int, Calendar], tuple[date, date]]


def _thirds(third: int) -> _MonthBounds:
    return lambda year, month, cal: part_of_month(year, month, third, cal)


def _weeks(week: int) -> _MonthBounds:
    return lambda year, month, cal: week_of_month(year, month, week, cal)


_MONTH_THIRDS = {word: _thirds(third) for word, third in _PARTS.items()}
_MONTH_WEEKS = {word: _weeks(n) for word, n in _ORDINALS.items()}  # "last": -1


def _part_of_month(
    ctx: _Ctx, default_year: int | None, part: str, mon: str, y: str | None, era: str | None
) -> Parsed:
    return _in_month(ctx, default_year, mon, y, era, _P_PART_OF_MONTH, _MONTH_THIRDS[part])


def _week_of_month(
    ctx: _Ctx, default_year: int | None, n: str, mon: str, y: str | None, era: str | None
) -> Parsed:
    return _in_month(ctx, default_year, mon, y, era, _P_WEEK, _MONTH_WEEKS[n])


def _month_year(
    ctx: _Ctx, default_year: int | None, mon: str, y: str | None, era: str | None
) -> Parsed:
    return _in_month(ctx, default_year, mon, y, era, _P_MONTH, month_bounds)


def _year_only(ctx: _Ctx, default_year: int | None, y: str, era: str | None) -> Parsed:
    cal = _calendar_of(ctx, era, None)
    year = _year(ctx, y, cal)
    lo, hi = year_bounds(year, cal)
    return Parsed(lo, hi, _P_YEAR, cal, year)


def _part_of_year(
    ctx: _Ctx, default_year: int | None, part: str, y: str, era: str | None
) -> Parsed:
    cal = _calendar_of(ctx, era, None)
    year = _year(ctx, y, cal)
    third = _PARTS[part]
    lo = month_bounds(year, 1 + 4 * third, cal)[0]
    hi = month_bounds(year, 4 + 4 * third, cal)[1]
    return Parsed(lo, hi, _P_PART_OF_YEAR, cal, year)


def _season(
    ctx: _Ctx,
    default_year: int | None,
    part: str | None,
    season: str,
    y: str | None,
    y2: str | None,
    era: str | None,
) -> Parsed:
    cal = _calendar_of(ctx, era, None)
    start = _SEASONS[season]
    if cal is _J:
        start = {3: 1, 6: 4, 9: 7, 12: 10}[start]
    first_month, months = (start, 3) if part is None else (start + _PARTS[part], 1)

    def bounds(year: int) -> tuple[date, date]:
        fy = year + (first_month - 1) // 12
        first = (first_month - 1) % 12 + 1
        last = first + months - 1
        ly = fy + (last - 1) // 12
        last = (last - 1) % 12 + 1
        return month_bounds(fy, first, cal)[0], month_bounds(ly, last, cal)[1]

    if y is not None:
        year = _year(ctx, y, cal)
        if y2 is not None:
            second = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
            if len(y2) == 2 and second < year:
                second += 100
            if start not in (12, 10) or second != year + 1:
                raise _fail(ctx, "a season across two years is a winter, and the years follow")
        lo, hi = bounds(year)
    else:
        year, (lo, hi) = _nearest(ctx, default_year, bounds, cal)
    precision = _P_SEASON if part is None else _P_MONTH
    return Parsed(lo, hi, precision, cal, year)


def _decade(ctx: _Ctx, default_year: int | None, part: str | None, dec: str) -> Parsed:
    first = int(dec)
    if first < 100:
        raise _fail(ctx, f"write the century: '19{first}s', not '{first}s'")
    years = (first, first + 9)
    if part is not None:
        years = ((first, first + 3), (first + 4, first + 6), (first + 7, first + 9))[_PARTS[part]]
    cal = ctx.cal
    lo = year_bounds(_year(ctx, str(years[0]), cal), cal)[0]
    hi = year_bounds(_year(ctx, str(years[1]), cal), cal)[1]
    return Parsed(lo, hi, _P_DECADE, cal)


def _century(ctx: _Ctx, default_year: int | None, part: str | None, c: str) -> Parsed:
    n = int(c)
    if not 1 <= n <= 100:
        raise _fail(ctx, f"there is no {n}th century in 1..9999")
    first, last = 100 * (n - 1) + 1, 100 * n
    if part is not None:
        first, last = ((first, first + 32), (first + 33, first + 65), (first + 66, last))[
            _PARTS[part]
        ]
    cal = ctx.cal
    lo = year_bounds(_year(ctx, str(first), cal), cal)[0]
    hi = year_bounds(_year(ctx, str(last), cal), cal)[1]
    return Parsed(lo, hi, _P_CENTURY, cal)


def _quarter(
    ctx: _Ctx,
    default_year: int | None,
    n: str | None,
    y: str | None,
    era: str | None,
    q: str | None,
    qy: str | None,
    qera: str | None,
) -> Parsed:
    if q is not None:
        number, year_text, era = int(q), qy, qera
    else:
        assert n is not None
        number, year_text = (4 if n == "last" else _ORDINALS[n]), y
    assert year_text is not None
    cal = _calendar_of(ctx, era, None)
    year = _year(ctx, year_text, cal)
    lo = month_bounds(year, 3 * number - 2, cal)[0]
    hi = month_bounds(year, 3 * number, cal)[1]
    return Parsed(lo, hi, _P_QUARTER, cal, year)


def _half(ctx: _Ctx, default_year: int | None, n: str, y: str, era: str | None) -> Parsed:
    cal = _calendar_of(ctx, era, None)
    year = _year(ctx, y, cal)
    half = _HALVES[n] - 1
    lo = month_bounds(year, 1 + 6 * half, cal)[0]
    hi = month_bounds(year, 6 + 6 * half, cal)[1]
    return Parsed(lo, hi, _P_SEMESTER, cal, year)


def _numeric(
    ctx: _Ctx, default_year: int | None, y: str, mo: str, d: str | None, era: str | None
) -> Parsed | None:
    cal = _calendar_of(ctx, era, None)
    if cal is not _J:
        return None  # Gregorian numeric dates are EDTF's; 1988/07/20 is not guessed
    year = _year(ctx, y, cal)
    month = int(mo)
    if not 1 <= month <= 12:
        raise _fail(ctx, f"month {month} is not 1..12")
    if d is None:
        lo, hi = month_bounds(year, month, cal)
        return Parsed(lo, hi, _P_MONTH, cal, year, month)
    day = _valid_day(ctx, year, month, int(d), cal)
    return Parsed(day, day, _P_DAY, cal, year, month)


def _week_of_day(ctx: _Ctx, default_year: int | None, kind: str, rest: str) -> Parsed | None:
    """ "the week of 3 May 2021": its Monday-Sunday week; "the week beginning 3 May": 7 days."""
    day = _element(rest, ctx, default_year)
    if day is None:
        return None
    if day.lo is None or day.lo != day.hi:
        raise _fail(ctx, f"'the week {kind}' needs a day, as in 'the week {kind} 3 May 2021'")
    lo = day.lo - timedelta(days=day.lo.weekday()) if kind == "of" else day.lo
    return Parsed(lo, lo + timedelta(days=6), _P_WEEK, day.cal, day.year, day.month)


def _night(ctx: _Ctx, default_year: int | None, how: str, rest: str) -> Parsed | None:
    """ "the night of 19 to 20 July 1988" (or "19/20 July", "19 July", "the night between
    19 and 20 July"): both days, the evening's and the morning's."""
    m = _NIGHT_SPLIT.fullmatch(rest)
    if m is None:
        first = _element(rest, ctx, default_year)
        second = None
    else:
        pair = _pair(m.group("a"), m.group("b"), ctx)
        first, second = pair if pair is not None else (None, None)
        if (
            first is not None
            and second is not None
            and first.year is not None
            and first.lo is not None
            and second.lo is not None
            and first.lo > second.lo
            and not _has_year(m.group("a"))
        ):  # "31 December to 1 January 2001": the evening is of the year before
            first = _element(m.group("a"), ctx, first.year - 1)
    if first is None:
        return None
    lo = first.lo
    if (
        lo is None
        or lo != first.hi
        or (second is not None and (second.lo != lo + ONE_DAY or second.hi != second.lo))
    ):
        raise _fail(
            ctx, "a night is of one day into the next, as in 'the night of 19 to 20 July 1988'"
        )
    return Parsed(lo, lo + ONE_DAY, _P_DAY, first.cal, first.year, first.month)


def _part_range(
    ctx: _Ctx, default_year: int | None, the: str | None, p1: str, p2: str, rest: str
) -> Parsed | None:
    """ "mid-to-late July 1988", "the early-to-mid 1990s": from the one part to the other."""
    second = _element(f"{the or ''}{p2} {rest}", ctx, default_year)
    if second is None:
        return None
    year = default_year if default_year is not None else second.year
    first = _element(f"{the or ''}{p1} {rest}", ctx, year)
    if first is None or first.lo is None or second.hi is None:
        return None
    if first.lo > second.hi:
        raise _fail(ctx, f"{p1!r} to {p2!r} runs backwards: write the earlier part first")
    precision = coarser(first.precision, second.precision)
    return Parsed(first.lo, second.hi, precision, first.cal, first.year, first.month)


_Reader = Callable[..., Parsed | None]
_Form = tuple[re.Pattern[str], tuple[str, ...], _Reader]

_FORMS: tuple[_Form, ...] = (
    # (pattern, the groups its reader takes after ctx and default_year, reader), in the
    # order they are tried. Every reader takes at least two groups. (No text is both a
    # "July 1988" and a "July 20, 1988": the year has 3-4 digits, the day 1-2.)
    (_DMY, ("wd", "d", "m", "y", "era"), _day_month_year),
    (_MY, ("m", "y", "era"), _month_year),
    (_MDY, ("wd", "d", "m", "y", "era"), _day_month_year),
    (_PART_MONTH, ("part", "m", "y", "era"), _part_of_month),
    (_YEAR_ONLY, ("y", "era"), _year_only),
    (_PART_YEAR, ("part", "y", "era"), _part_of_year),
    (_SEASON, ("part", "season", "y", "y2", "era"), _season),
    (_DECADE, ("part", "dec"), _decade),
    (_CENTURY, ("part", "c"), _century),
    (_QUARTER, ("n", "y", "era", "q", "y2", "era2"), _quarter),
    (_HALF, ("n", "y", "era"), _half),
    (_NUMERIC, ("y", "mo", "d", "era"), _numeric),
    (_WEEK_OF_MONTH, ("n", "m", "y", "era"), _week_of_month),
    (_WEEK_OF_DAY, ("kind", "rest"), _week_of_day),
    (_NIGHT, ("how", "rest"), _night),
    (_PART_RANGE, ("the", "p1", "p2", "rest"), _part_range),
    (NUMERIC_DAY_MONTH, ("a", "sep", "b", "y"), _numeric_day_month),
)


def _forms_by_word(after_the: bool) -> dict[str, tuple[_Form, ...]]:
    """The forms worth trying, in order, by the first word (or the one after "the")."""
    words = frozenset().union(*(pair[after_the] for pair in _FIRST_WORDS.values()))
    return {w: tuple(f for f in _FORMS if w in _FIRST_WORDS[f[0]][after_the]) for w in words}


_FORMS_BY_WORD = _forms_by_word(after_the=False)
_FORMS_AFTER_THE = _forms_by_word(after_the=True)


def _element(
    s: str,
    ctx: _Ctx,
    default_year: int | None = None,
    default_month: int | None = None,
    default_cal: Calendar | None = None,
) -> Parsed | None:
    """One date ("20 July 1988", "late July", "the 1980s"); None if ``s`` is not one.

    A bare day ("25") is one only with both a month and a year to borrow, and is in the
    calendar of the end it borrows them from (``default_cal``: "20-25 Tir 1367").
    """
    word, _, rest = s.partition(" ")
    table = _FORMS_BY_WORD
    if word == "the":
        word, table = rest.partition(" ")[0], _FORMS_AFTER_THE
    forms = table.get(word)
    if forms is None:
        forms = table.get(_DIGIT, ()) if word[:1].isdigit() else ()
    try:
        for pattern, groups, read in forms:
            m = pattern.fullmatch(s)
            if m is not None:
                return read(ctx, default_year, *m.group(*groups))
        if default_month is not None and default_year is not None:
            m = _DAY_ONLY.fullmatch(s)
            if m is not None:
                cal = default_cal or ctx.cal
                day = _valid_day(ctx, default_year, default_month, int(m.group("d")), cal)
                return Parsed(day, day, _P_DAY, cal=cal, year=default_year, month=default_month)
        return None
    except ValueError as exc:
        if isinstance(exc, DateParseError):
            raise
        raise parse_error(ctx.text, exc) from None


def _pair(a: str, b: str, ctx: _Ctx) -> tuple[Parsed, Parsed] | None:
    """Two ends of a range; the left may borrow the year (and month) of the right."""
    m = _DAY_YEAR.fullmatch(b)
    if m is not None:
        # "July 20-25, 1988": the right end borrows the left's month, the left its year
        year = _year(ctx, m.group("y"), ctx.cal)
        left = _element(a, ctx, year)
        if left is None or left.month is None or left.year is None:
            return None
        right = _element(m.group("d"), ctx, left.year, left.month, left.cal)
        return (left, right) if right is not None else None
    right = _element(b, ctx) or _relative_or_none(b, ctx)
    if right is None:
        if not _SHORT_YEAR.fullmatch(b):
            return None
        left = _element(a, ctx)
        if left is None or left.year is None or left.precision is not _P_YEAR:
            return None
        full = (left.year // 100) * 100 + int(b)
        if full <= left.year:
            return None  # "1988-13" is not 1988-2013: no guessing across a century
        right = _element(str(full), ctx)
        return (left, right) if right is not None else None
    left = _element(a, ctx) if _has_year(a) else None
    if left is None:
        left = _element(a, ctx, right.year, right.month, right.cal) or _relative_or_none(a, ctx)
    if left is None:
        return None
    return left, right


def _has_year(s: str) -> bool:
    return _HAS_YEAR.search(s) is not None


def _relative_or_none(s: str, ctx: _Ctx) -> Parsed | None:
    return parse_relative(s, ctx.anchor, ctx.text, lambda rest: _element(rest, ctx))
