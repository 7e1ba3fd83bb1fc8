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

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

import pendulum

from rightsdata.dates import jalali
from rightsdata.dates._arguments import check_anchor, check_calendar, check_text, parse_error
from rightsdata.dates._parsed import Anchor, Parsed
from rightsdata.dates._units import (
    MONTH_NAMES,
    ONE_DAY,
    SEASON_STARTS,
    check_year,
    day_in,
    days_in_month,
    month_bounds,
    part_of_month,
    unit_of,
    week_of_month,
    year_bounds,
)
from rightsdata.dates.range import Calendar, DateRange, Precision, coarser
from rightsdata.dates.relative import WEEKDAYS, check_weekday, parse_relative
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

_G = Calendar.GREGORIAN
_J = Calendar.JALALI
# Enum members as module constants: ``Precision.DAY`` costs a class attribute lookup
# (about 60 ns) on every use, a module constant a dict lookup.
_P_CENTURY = Precision.CENTURY
_P_DAY = Precision.DAY
_P_DECADE = Precision.DECADE
_P_MONTH = Precision.MONTH
_P_PART_OF_MONTH = Precision.PART_OF_MONTH
_P_PART_OF_YEAR = Precision.PART_OF_YEAR
_P_QUARTER = Precision.QUARTER
_P_SEASON = Precision.SEASON
_P_SEMESTER = Precision.SEMESTER
_P_WEEK = Precision.WEEK
_P_YEAR = Precision.YEAR

_MONTHS: dict[str, tuple[Calendar, int]] = {}
for _i, _name in enumerate(MONTH_NAMES, 1):
    _low = _name.lower()
    _MONTHS[_low] = (_G, _i)
    _MONTHS[_low[:3]] = (_G, _i)
    _MONTHS[_low[:3] + "."] = (_G, _i)
_MONTHS.update({"sept": (_G, 9), "sept.": (_G, 9)})
# the Persian names as normalise() leaves them ("آبان" is "ابان" there)
_MONTHS.update({jalali.normalise_script(name): (_J, i) for name, i in jalali.MONTHS.items()})

_MONTH = "(?P<m>" + "|".join(re.escape(k) for k in sorted(_MONTHS, key=len, reverse=True)) + ")"
_ERA = r"(?:\s?(?P<era>ad|a\.d\.|ce|c\.e\.|sh|s\.h\.|ap|a\.p\.|hs|solar hijri|hijri shamsi))"
_YEAR = r"(?P<y>\d{3,4})" + _ERA + "?"
_WD = r"(?:(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,? )?"
_PART = r"(?:the )?(?P<part>early|mid|middle|late|beginning|start|end)(?: of)? "
_ORD = r"(?:st|nd|rd|th)?"

_DMY = re.compile(
    _WD + r"(?:the )?(?P<d>\d{1,2})" + _ORD + r" (?:of )?" + _MONTH + r"\.?(?:,? " + _YEAR + ")?"
)
_MDY = re.compile(_WD + _MONTH + r" (?:the )?(?P<d>\d{1,2})" + _ORD + r"(?:,? " + _YEAR + ")?")
_PART_MONTH = re.compile(_PART + _MONTH + r"(?:,? (?:of )?" + _YEAR + ")?")
_MY = re.compile(_MONTH + r"(?:,? (?:of )?" + _YEAR + ")?")
_PART_YEAR = re.compile(_PART + _YEAR)
_YEAR_ONLY = re.compile(r"(?:the year )?" + _YEAR)
_DECADE = re.compile(r"(?:the )?(?:" + _PART + r")?(?P<dec>\d{2,3}0)'?s")
_CENTURY = re.compile(r"(?:the )?(?:" + _PART + r")?(?P<c>\d{1,2})(?:st|nd|rd|th) century")
_SEASON = re.compile(
    r"(?:the )?(?:(?P<part>early|mid|late) )?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?: of)?(?:,? (?P<y>\d{3,4})(?:[-/](?P<y2>\d{2,4}))?" + _ERA + "?)?"
)
_QUARTER = re.compile(
    r"(?:the )?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th) quarter (?:of )?"
    + _YEAR
    + r"|q(?P<q>[1-4]),? "
    + _YEAR.replace("?P<y>", "?P<y2>").replace("?P<era>", "?P<era2>")
)
_HALF = re.compile(r"(?:the )?(?P<n>first|second|1st|2nd|latter) half (?:of )?" + _YEAR)
_NUMERIC = re.compile(
    r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?" + _ERA + "?"
)
_WEEK_OF_MONTH = re.compile(
    r"(?:the )?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th) week (?:of|in) "
    + _MONTH
    + r"(?:,? (?:of )?"
    + _YEAR
    + ")?"
)
_WEEK_OF_DAY = re.compile(r"(?:the )?week (?P<kind>of|beginning|starting|commencing) (?P<rest>.+)")
_NIGHT = re.compile(r"(?:the )?night (?P<how>of|between) (?P<rest>.+)")
_NIGHT_SPLIT = re.compile(r"(?P<a>.+?)(?: to | into | and |\s?[-/]\s?)(?P<b>.+)")
_PART_WORD = "(?:early|mid|middle|late|beginning|start|end)"
_PART_RANGE = re.compile(
    r"(?P<the>the )?(?P<p1>" + _PART_WORD + r")(?:\s?(?:to|or|and|into|/|-)\s?-?|\s)"
    r"(?P<p2>" + _PART_WORD + r")[ -](?P<rest>.+)"
)
NUMERIC_DAY_MONTH = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
)
"""A numeric date with the day and month first ("15/11/2019", "11.03.2019"): refused,
with an error saying that its day/month order is ambiguous."""
_DAY_ONLY = re.compile(r"(?:the )?(?P<d>\d{1,2})" + _ORD)
_SHORT_YEAR = re.compile(r"\d{2}")

_ZONE = r"(?P<z>gmt|utc|z|tehran time|tehran|iran time|irst|irdt)"
_AMPM = r"(?P<ap>am|pm|a\.m\.|p\.m\.)"
_TIME_END = re.compile(
    r"(?P<rest>.+?),? (?:at )?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s?"
    + _AMPM
    + r"?(?: "
    + _ZONE
    + ")?"
)
_TIME_START = re.compile(
    r"(?:at )?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s?"
    + _AMPM
    + r"?(?: "
    + _ZONE
    + r")?,? (?:on )?(?P<rest>.+)"
)
# What every time of day has, minutes or am/pm after the hour: without it, a quick no.
_CLOCK = re.compile(r"\d(?::\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.))")
_ZONES = {
    "gmt": "UTC",
    "utc": "UTC",
    "z": "UTC",
    "tehran time": "Asia/Tehran",
    "tehran": "Asia/Tehran",
    "iran time": "Asia/Tehran",
    "irst": "Asia/Tehran",
    "irdt": "Asia/Tehran",
}

APPROXIMATE_WORDS = (
    *("circa", "ca.", "ca", "c.", "about", "around", "approximately", "approx.", "approx"),
    *("roughly", "some time in", "sometime in", "some time around", "sometime around"),
    *("in or around", "in or about", "on or about", "on or around", "at or around"),
    *("at or about", "~"),
)
"""The words that hedge a date ("circa 1990", "on or about 3 May"): ``approximate``.

A hedge does not widen the bounds: "on or about 3 May 1988" is 3 May 1988 with
``approximate=True`` (see "circa" in ``docs/dates.md``)."""
UNCERTAIN_WORDS = ("probably", "possibly", "perhaps", "likely", "reportedly", "presumably")
"""The words that doubt a date ("probably 1988"): ``uncertain``."""
OPEN_WORDS: dict[str, str] = {
    "before": "before",
    "prior to": "before",
    "earlier than": "before",
    "until": "until",
    "till": "until",
    "up to": "until",
    "up until": "until",
    "by": "until",
    "through": "until",
    "no later than": "until",
    "not after": "until",
    "on or before": "until",
    "after": "after",
    "later than": "after",
    "since": "since",
    "from": "since",
    "starting": "since",
    "no earlier than": "since",
    "not before": "since",
    "on or after": "since",
}
"""The words that leave one end open, to what they do: end the day before the date
starts ("before"), end when it ends ("until"), start the day after it ends ("after"),
start when it starts ("since")."""
FILLER_WORDS = ("on", "in", "during", "at", "of", "dated", "date")
"""Words before a date that do not change it ("on 20 July 1988", "in August 2016")."""


def _alternatives(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` (longest first, so none shadows another)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_APPROX = re.compile(_alternatives(APPROXIMATE_WORDS) + " (?P<rest>.+)")
_DOUBT = re.compile(_alternatives(UNCERTAIN_WORDS) + " (?P<rest>.+)")
_OPEN = re.compile("(?P<op>" + _alternatives(OPEN_WORDS) + ") (?P<rest>.+)")
_BETWEEN = re.compile(r"between (?P<a>.+?) and (?P<b>.+)")
_FROM_TO = re.compile(r"from (?P<a>.+?) (?:to|until|till|through|thru|-) (?P<b>.+)")
_TO = re.compile(r"(?P<a>.+?)(?: to | until | till | through | thru |\s?-\s?)(?P<b>.+)")
_TO_WORD = re.compile(r"(?P<a>.+?) (?:to|until|till|through|thru) (?P<b>.+)")
"""The split to try when the first dash is inside an end ("winter 1988-89 to March 1989")."""
_FILLER = re.compile(_alternatives(FILLER_WORDS) + " ")
_MIDDASH = re.compile(r"\b(early|mid|late)-")

# One bit for each of the patterns a phrase's first word can call for. (Bits, not a set
# of the patterns: a compiled pattern's hash is recomputed from its code on every lookup.)
_IS_APPROX, _IS_DOUBT, _IS_BETWEEN, _IS_FROM_TO, _IS_OPEN, _IS_FILLER = 1, 2, 4, 8, 16, 32


def _first_words(words: Iterable[str]) -> tuple[str, ...]:
    return tuple({w.partition(" ")[0]: None for w in words})


_STARTS: dict[int, tuple[str, ...]] = {
    # The first words (up to the first space) a phrase each of these matches can have.
    _IS_APPROX: _first_words(APPROXIMATE_WORDS),
    _IS_DOUBT: UNCERTAIN_WORDS,
    _IS_BETWEEN: ("between",),
    _IS_FROM_TO: ("from",),
    _IS_OPEN: _first_words(OPEN_WORDS),
    _IS_FILLER: FILLER_WORDS,
}
_KEYWORDS: dict[str, int] = {
    # The patterns worth trying on a phrase (their bits), by its first word; a phrase
    # whose first word is not here is plain.
    word: sum(bit for bit, words in _STARTS.items() if word in words)
    for words in _STARTS.values()
    for word in words
}
_PARTS = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
}
_SEASONS = SEASON_STARTS
_JALALI_ERAS = frozenset({"sh", "s.h.", "ap", "a.p.", "hs", "solar hijri", "hijri shamsi"})

_EXPECTED = (
    "expected a date such as '20 July 1988', 'July 20, 1988', 'late July 1988', "
    "'the Summer of 1988', 'the 1980s', 'between July and September 1988', 'before 1990', "
    "'circa 1990', '29 Tir 1367', an EDTF string, or (given an anchor date) a relative "
    "phrase such as 'last week' or 'three days after'"
)


class _Ctx:
    """What a phrase is read against: the calendar, the anchor, the zone, the text."""

    __slots__ = ("anchor", "cal", "forced", "text", "tz")

    def __init__(
        self, text: str, cal: Calendar, forced: bool, anchor: Anchor | None, tz: Zone | None
    ) -> None:
        self.text = text
        self.cal = cal
        self.forced = forced
        self.anchor = anchor
        self.tz = tz


def _fail(ctx: _Ctx, why: str) -> DateParseError:
    return DateParseError(f"{ctx.text!r}: {why}")


def normalise(text: str) -> str:
    """Lower-case, ASCII digits, plain dashes, single spaces, no trailing full stop.

    Persian script is written one way (``normalise_script``:
    Arabic yeh and kaf as Persian ones, no zero-width non-joiner), so every spelling of
    a month name is the one the parser knows."""
    s = text.strip().lower()
    if not s.isascii():
        s = (
            jalali.normalise_script(s)
            .replace("\u2013", "-")
            .replace("\u2014", "-")
            .replace("\u2019", "'")
            .replace("\u060c", ",")
        )
    if "  " in s or not s.isprintable():  # other white space is not printable
        s = " ".join(s.split())
    if "-" in s and _MIDDASH.search(s) is not None:
        s = _MIDDASH.sub(r"\1 ", s)
    while s and s[-1] in ".,;:!":
        s = s[:-1].rstrip()
    return s


# -- resolving years and calendars -------------------------------------------------------


def _calendar_of(ctx: _Ctx, era: str | None, month_cal: Calendar | None) -> Calendar:
    cal = ctx.cal
    if era is None and (month_cal is None or month_cal is cal):
        return cal
    if era is not None:
        era_cal = _J if era in _JALALI_ERAS else _G
        if ctx.forced and era_cal is not cal:
            raise _fail(ctx, f"the era {era!r} does not fit the calendar {cal.value!r}")
        cal = era_cal
    if month_cal is not None and month_cal is not cal:
        if ctx.forced or era is not None:
            raise _fail(ctx, f"a {month_cal.value} month name in a {cal.value} date")
        cal = month_cal
    return cal


def _year(ctx: _Ctx, y: str, cal: Calendar) -> int:
    year = int(y)
    if cal is _G and 1 <= year <= 9999:
        return year
    if cal is _J:
        if not 1 <= year <= 9377:
            raise _fail(ctx, f"Solar Hijri year {year} is outside 1..9377")
        return year
    check_year(year, ctx.text)
    return year


def _nearest(
    ctx: _Ctx, default_year: int | None, make: object, cal: Calendar
) -> tuple[int, tuple[date, date]]:
    """The year for a date written without one: borrowed, else nearest the anchor."""
    assert callable(make)
    if default_year is not None:
        return default_year, make(default_year)
    if ctx.anchor is None:
        raise _fail(ctx, "it gives no year: add one, or give an anchor date to take the nearest")
    mid = ctx.anchor.lo + (ctx.anchor.hi - ctx.anchor.lo) / 2
    base = mid.year if cal is _G else jalali.from_gregorian(mid)[0]
    best: tuple[int, int, tuple[date, date]] | None = None
    for year in (base - 1, base, base + 1):
        try:
            lo, hi = make(year)
        except ValueError:
            continue
        distance = 0 if lo <= mid <= hi else min(abs((lo - mid).days), abs((hi - mid).days))
        if best is None or distance < best[0]:
            best = (distance, year, (lo, hi))
    if best is None:
        raise _fail(ctx, "no such day near the anchor")
    return best[1], best[2]


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
    half = 0 if n in ("first", "1st") else 1
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


def _numeric_day_month(
    ctx: _Ctx, default_year: int | None, a: str, sep: str, b: str, y: str
) -> Parsed:
    """ "15/11/2019", "11.03.2019": refused, saying why (the order of day and month)."""
    written = f"{a}{sep}{b}{sep}{y}"
    how = "write it in words ('15 November 2019') or as EDTF (YYYY-MM-DD)"
    if len(y) == 2:
        raise _fail(
            ctx,
            f"day/month order is ambiguous in {written} (day-first or month-first), and a "
            f"two-digit year does not say its century: {how}",
        )
    cal = ctx.cal
    year = _year(ctx, y, cal)
    readings: dict[str, tuple[str, str]] = {}  # words -> (which order, ISO day)
    for order, d, m in (("day-first", a, b), ("month-first", b, a)):
        try:
            day = _valid_day(ctx, year, int(m), int(d), cal)
        except ValueError:
            continue
        words = f"{int(d)} {_month_name(int(m), cal)} {_year_word(year, cal)}"
        readings.setdefault(words, (order, day.isoformat()))
    if not readings:
        raise _fail(ctx, f"{written!r} is no date in either day/month order")
    words = " or ".join(repr(w) for w in readings)
    edtf = " or ".join(repr(iso) for _order, iso in readings.values())
    how = f"write it in words ({words})" + (f" or as EDTF ({edtf})" if cal is _G else "")
    if len(readings) == 2:
        (w1, (o1, _)), (w2, (o2, _)) = readings.items()
        raise _fail(
            ctx, f"day/month order is ambiguous: {written} is {w1} {o1} but {w2} {o2}; {how}"
        )
    ((w1, (o1, _)),) = readings.items()
    only = "either way" if a == b else f"only {o1}"
    raise _fail(
        ctx,
        f"day/month order is ambiguous in numeric dates, so none is read ({written} is {w1} "
        f"{only}); {how}",
    )


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

_DIGIT = "0"  # stands for every word that starts with a digit


def _words(*groups: str | Iterable[str]) -> frozenset[str]:
    return frozenset(w for g in groups for w in ((g,) if isinstance(g, str) else g))


_WEEKDAY_WORDS = _words(w + p for w in WEEKDAYS for p in ("", ".", ",", ".,"))
_MONTH_WORDS = _words(k + p for k in _MONTHS for p in ("", ","))
_SEASON_WORDS_IN = _words(("early", "mid", "late"), (k + p for k in _SEASONS for p in ("", ",")))
_ORDINAL_WORDS = _words("first", "second", "third", "fourth", "last", _DIGIT)
_HALF_WORDS = _words("first", "second", "latter", _DIGIT)
_PART_RANGE_WORDS = _words(_PARTS, (f"{a}/{b}" for a in _PARTS for b in _PARTS))
_FIRST_WORDS: dict[re.Pattern[str], tuple[frozenset[str], frozenset[str]]] = {
    # The words (up to the first space) a text of each form can start with, and those
    # that can follow a leading "the".
    _DMY: (_words(_WEEKDAY_WORDS, _DIGIT), _words(_DIGIT)),
    _MY: (_MONTH_WORDS, frozenset()),
    _MDY: (_words(_WEEKDAY_WORDS, _MONTH_WORDS), frozenset()),
    _PART_MONTH: (_words(_PARTS), _words(_PARTS)),
    _YEAR_ONLY: (_words(_DIGIT), _words("year")),
    _PART_YEAR: (_words(_PARTS), _words(_PARTS)),
    _SEASON: (_SEASON_WORDS_IN, _SEASON_WORDS_IN),
    _DECADE: (_words(_PARTS, _DIGIT), _words(_PARTS, _DIGIT, "the")),  # "the the early 1990s"
    _CENTURY: (_words(_PARTS, _DIGIT), _words(_PARTS, _DIGIT, "the")),
    _QUARTER: (
        _words(_ORDINAL_WORDS, (f"q{n}{p}" for n in "1234" for p in ("", ","))),
        _ORDINAL_WORDS,
    ),
    _HALF: (_HALF_WORDS, _HALF_WORDS),
    _NUMERIC: (_words(_DIGIT), frozenset()),
    _WEEK_OF_MONTH: (_ORDINAL_WORDS, _ORDINAL_WORDS),
    _WEEK_OF_DAY: (_words("week"), _words("week")),
    _NIGHT: (_words("night"), _words("night")),
    _PART_RANGE: (_PART_RANGE_WORDS, _PART_RANGE_WORDS),
    NUMERIC_DAY_MONTH: (_words(_DIGIT), frozenset()),
}


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


def _valid_day(ctx: _Ctx, year: int, month: int, d: int, cal: Calendar) -> date:
    if not 1 <= d <= days_in_month(year, month, cal):
        names = MONTH_NAMES if cal is _G else jalali.MONTH_NAMES
        raise _fail(ctx, f"{names[month - 1]} {year} has no day {d}")
    return day_in(year, month, d, cal)


# -- phrases ---------------------------------------------------------------------------


_DAY_YEAR = re.compile(r"(?P<d>\d{1,2})" + _ORD + r",? (?P<y>\d{3,4})")


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


_HAS_YEAR = re.compile(r"\d{3,4}")


def _has_year(s: str) -> bool:
    return _HAS_YEAR.search(s) is not None


def _relative_or_none(s: str, ctx: _Ctx) -> Parsed | None:
    return parse_relative(s, ctx.anchor, ctx.text, lambda rest: _element(rest, ctx))


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


# -- writing ---------------------------------------------------------------------------

_PART_WORDS = ("early", "mid", "late")
_SEASON_WORDS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_JALALI_SEASONS = {1: "spring", 4: "summer", 7: "autumn", 10: "winter"}


def _calendar_parts(day: date, cal: Calendar) -> tuple[int, int, int]:
    if cal is _J:
        return jalali.from_gregorian(day)
    return day.year, day.month, day.day


def _month_name(month: int, cal: Calendar) -> str:
    return (jalali.MONTH_NAMES if cal is _J else MONTH_NAMES)[month - 1]


def _year_word(year: int, cal: Calendar) -> str:
    return f"{year} SH" if cal is _J else str(year)


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
_WEEK_ORDINALS = {1: "first", 8: "second", 15: "third", 22: "fourth"}


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
