"""What a phrase is read against, and the calendar and year rules every reader shares
(internal to [`rightsdata.dates.english`][rightsdata.dates.english])."""

from __future__ import annotations

from datetime import date

from rightsdata.dates import jalali
from rightsdata.dates._english_words import _G, _J, _JALALI_ERAS, _MIDDASH
from rightsdata.dates._parsed import Anchor, Parsed
from rightsdata.dates._units import (
    MONTH_NAMES,
    check_year,
    day_in,
    days_in_month,
)
from rightsdata.dates.range import Calendar
from rightsdata.dates.zones import Zone
from rightsdata.errors import DateParseError


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


def _valid_day(ctx: _Ctx, year: int, month: int, d: int, cal: Calendar) -> date:
    if not 1 <= d <= days_in_month(year, month, cal):
        names = MONTH_NAMES if cal is _G else jalali.MONTH_NAMES
        raise _fail(ctx, f"{names[month - 1]} {year} has no day {d}")
    return day_in(year, month, d, cal)


def _calendar_parts(day: date, cal: Calendar) -> tuple[int, int, int]:
    if cal is _J:
        return jalali.from_gregorian(day)
    return day.year, day.month, day.day


def _month_name(month: int, cal: Calendar) -> str:
    return (jalali.MONTH_NAMES if cal is _J else MONTH_NAMES)[month - 1]


def _year_word(year: int, cal: Calendar) -> str:
    return f"{year} SH" if cal is _J else str(year)


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
