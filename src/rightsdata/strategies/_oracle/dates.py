"""Absolute date phrases and the [`date_phrases`][rightsdata.strategies.date_phrases] strategy."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dates import Calendar, DateRange, Precision
from rightsdata.strategies._options import STRATEGY_CACHE
from rightsdata.strategies._oracle.calendars import (
    EARLIEST_PHRASE_DAY,
    ONE_DAY,
    G,
    J,
    coarser,
    end_of_month,
    expected_date,
    make_date,
    solar_day,
    solar_month,
    solar_year_of,
)
from rightsdata.strategies._oracle.elements import (
    SOLAR_UNITS,
    Unit,
    any_element,
    g_day,
    g_month,
    g_part_of_month,
)
from rightsdata.strategies._oracle.phrase import Phrase, Skip
from rightsdata.strategies._oracle.relative import relative_phrase
from rightsdata.strategies._oracle.words import (
    CIRCA,
    MONTH_NAMES,
    OPEN_ENDS,
    SEASON_WORDS,
    WEEKDAY_NAMES,
)


def _later_day(draw: DrawFn, d: date, last: date) -> date:
    """A day from ``d`` to ``last``, mostly within a few years of ``d``."""
    span = min((last - d).days, draw(st.sampled_from([40, 400, 4000])))
    return d + timedelta(days=draw(st.integers(0, span)))


def _absolute(draw: DrawFn, d: date, last: date, jalali: bool) -> Phrase:
    """A phrase naming the day ``d`` or a unit holding it; an interval ends at most at ``last``."""
    cal = J if jalali and draw(st.integers(0, 2)) == 0 else G
    kind = draw(
        st.sampled_from(
            [
                *("unit", "unit", "weekday", "time", "circa", "doubt", "open", "between"),
                *("interval", "borrow"),
            ]
        )
    )
    if kind in ("time", "weekday"):
        return _day(draw, d, kind)
    if kind in ("unit", "circa", "doubt", "open"):
        return _hedged(draw, any_element(draw, d, cal), kind)
    if kind == "borrow":
        return _borrowed(draw, d, last, cal)
    return _two_ends(draw, d, last, cal, kind)


def _day(draw: DrawFn, d: date, kind: str) -> Phrase:
    """ "Tuesday, 4 December 2018"; "10am GMT Tuesday 4 December 2018" (the time kept)."""
    if kind == "time":  # "10am GMT Tuesday 4 December 2018": the time kept, aware if zoned
        hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 0, 15, 30, 45]))
        clock = f"{hour % 12 or 12}{'' if minute == 0 else f':{minute:02d}'}"
        clock += "am" if hour < 12 else "pm"
        zone = draw(st.sampled_from(["GMT", "UTC", ""]))
        weekday = draw(st.sampled_from([WEEKDAY_NAMES[d.weekday()] + " ", ""]))
        text = f"{clock} {zone} {weekday}{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
        text = " ".join(text.split())
        at = datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC if zone else None)
        return Phrase(text=text, expected=expected_date(text, d, d, Precision.DAY, time=at))
    # a weekday: "Tuesday, 4 December 2018"
    name, wd = MONTH_NAMES[d.month - 1], WEEKDAY_NAMES[d.weekday()]
    text = draw(
        st.sampled_from(
            [
                f"{wd}, {d.day} {name} {d.year}",
                f"{wd} {d.day} {name} {d.year}",
                f"{wd}, {name} {d.day}, {d.year}",
            ]
        )
    )
    return Phrase(text=text, expected=expected_date(text, d, d, Precision.DAY))


def _hedged(draw: DrawFn, u: Unit, kind: str) -> Phrase:
    """The element ``u`` alone, "circa" or "probably" it, or before / after / since it."""
    if kind == "unit":
        return Phrase(text=u.text, expected=expected_date(u.text, u.lo, u.hi, u.precision, u.cal))
    if kind == "circa":
        text = f"{draw(st.sampled_from(CIRCA))} {u.text}"
        expected = expected_date(text, u.lo, u.hi, u.precision, u.cal, approximate=True)
        return Phrase(text=text, expected=expected)
    if kind == "doubt":
        text = draw(st.sampled_from([f"probably {u.text}", f"possibly {u.text}", f"{u.text}?"]))
        expected = expected_date(text, u.lo, u.hi, u.precision, u.cal, uncertain=True)
        return Phrase(text=text, expected=expected)
    word = draw(st.sampled_from(sorted(OPEN_ENDS)))
    text = f"{word} {u.text}"
    lo, hi = {
        "before": (None, u.lo - ONE_DAY if u.lo > date.min else None),
        "until": (None, u.hi),
        "after": (u.hi + ONE_DAY if u.hi < date.max else None, None),
        "since": (u.lo, None),
    }[OPEN_ENDS[word]]
    if lo is None and hi is None:
        raise Skip
    return Phrase(text=text, expected=expected_date(text, lo, hi, u.precision, u.cal))


def _two_ends(draw: DrawFn, d: date, last: date, cal: Calendar, kind: str) -> Phrase:
    """ "between X and Y", "from X to Y", "X to Y", "X-Y": two ends, each written in full."""
    a = any_element(draw, d, cal, latin=True)
    b = any_element(draw, _later_day(draw, d, last), cal, latin=True)
    if a.lo > b.hi:
        raise Skip
    precision = coarser(a.precision, b.precision)
    if kind == "between":
        text = f"between {a.text} and {b.text}"
        return Phrase(text=text, expected=expected_date(text, a.lo, b.hi, precision, cal))
    spellings = [f"from {a.text} to {b.text}", f"{a.text} to {b.text}"]
    # "X-Y" is ambiguous when an end has a dash, or after a season: "winter 1988-1989" is
    # the documented spelling of one winter, not an interval from winter 1988 to 1989.
    if "-" not in a.text + b.text and not SEASON_WORDS & set(a.text.lower().split()):
        spellings.append(f"{a.text}-{b.text}")
    text = draw(st.sampled_from(spellings))
    expected = expected_date(
        text,
        a.lo,
        b.hi,
        precision,
        cal,
        ends=(a.precision, b.precision),
    )
    return Phrase(text=text, expected=expected)


def _borrowed(draw: DrawFn, d: date, last: date, cal: Calendar) -> Phrase:
    """ "July-September 1988", "20-25 July 1988": the left end takes the right end's year."""
    units: Sequence[Callable[[DrawFn, date], Unit]]
    if cal is G:
        year_end, month_end = make_date(d.year, 12, 31), end_of_month(d.year, d.month)
        day_in_month, units = d.day, (g_day, g_month, g_part_of_month)
    else:
        y, m, day_in_month = solar_year_of(d)
        year_end, month_end = solar_day(y + 1, 1, 1) - ONE_DAY, solar_month(y, m)[1]
        units = tuple(functools.partial(f, persian=False) for f in SOLAR_UNITS[:3])
    same_month = draw(st.booleans())
    d2 = _later_day(draw, d, min(last, month_end if same_month else year_end))
    b = draw(st.sampled_from(units))(draw, d2)
    if same_month and cal is G and draw(st.integers(0, 3)) == 0:
        text = f"{MONTH_NAMES[d.month - 1]} {d.day}-{d2.day}, {d2.year}"  # "July 20-25, 1988"
        expected = expected_date(
            text,
            d,
            d2,
            Precision.DAY,
            ends=(Precision.DAY, Precision.DAY),
        )
        return Phrase(text=text, expected=expected)
    if same_month and b.precision is Precision.DAY and b.text[0].isdigit():
        a_text, a_lo, a_precision = str(day_in_month), d, Precision.DAY  # "20-25 July 1988"
    else:
        a = draw(st.sampled_from(units))(draw, d)
        assert a.bare is not None
        a_text, a_lo, a_precision = a.bare, a.lo, a.precision
    if a_lo > b.hi:
        raise Skip
    joiner = draw(st.sampled_from(["between", "from", "to", "-"]))
    text = {
        "between": f"between {a_text} and {b.text}",
        "from": f"from {a_text} to {b.text}",
        "to": f"{a_text} to {b.text}",
        "-": f"{a_text}-{b.text}",
    }[joiner]
    precision = coarser(a_precision, b.precision)
    ends = None if joiner == "between" else (a_precision, b.precision)
    return Phrase(text=text, expected=expected_date(text, a_lo, b.hi, precision, cal, ends=ends))


def _plain_day(d: date) -> Phrase:
    text = f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    return Phrase(text=text, expected=expected_date(text, d, d, Precision.DAY))


def _dates_within(r: DateRange, low: date, high: date) -> bool:
    return all(end is None or low <= end <= high for end in (r.earliest, r.latest))


def date_phrases(
    *,
    min_value: date = EARLIEST_PHRASE_DAY,
    max_value: date = date.max,
    relative: bool = True,
    jalali: bool = True,
) -> SearchStrategy[Phrase]:
    """[`Phrase`][rightsdata.strategies.Phrase] values for dates, each with the
    [`DateRange`][rightsdata.DateRange] it means.

    The phrases follow the conventions of ``docs/dates.md``: days ("20 July 1988", "July
    20, 1988", with a correct weekday), months, early / mid / late (or the beginning /
    middle / end of) a month, early / mid / late years, seasons (winter runs into the next
    year, "winter 1988-89") and early / mid / late seasons, decades and their parts,
    centuries; "circa / about / around / approximately X" (``approximate``), "probably /
    possibly X" and "X?" (``uncertain``); "before / until / by / through / after / since /
    from X" (one open end); "between X and Y"; "from X to Y", "X to Y", "X-Y" (intervals),
    also with the left end borrowing the right end's year and month ("July-September
    1988", "20-25 July 1988", "July 20-25, 1988").

    With ``jalali`` (the default), also Solar Hijri dates: "1367 SH", "29 Tir 1367", "late
    Tir 1367", "the Summer of 1367 SH" (its quarters), and Persian month names with Persian
    or Arabic-Indic digits ("۲۹ تیر ۱۳۶۷"). With ``relative`` (the default), also phrases
    read against ``Phrase.anchor``: "today", "last week", "earlier this year", "year to
    date", "the past two months", "three days after", "on Tuesday", "next Friday", a day or
    month without a year (its nearest occurrence), and "three days after 20 July 1988"
    (measured from that day: no anchor).

    Every known end of the expected range, and every anchor, lies in ``[min_value,
    max_value]``; a phrase whose bounds would fall outside (or past year 9999) is replaced
    by the plain day it was built around. ``min_value`` cannot be before 1 January 100:
    the phrases write years with three or four digits.
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not date:
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if min_value < EARLIEST_PHRASE_DAY:
        raise InvalidArgument(
            f"min_value={min_value!r} is before {EARLIEST_PHRASE_DAY!r}: phrases write "
            "years with three or four digits"
        )
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} is after max_value={max_value!r}")
    for name, flag in (("relative", relative), ("jalali", jalali)):
        if type(flag) is not bool:
            raise InvalidArgument(f"{name}={flag!r} must be True or False")
    return cached_date_phrases(min_value, max_value, relative, jalali)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_date_phrases(
    min_value: date, max_value: date, relative: bool, jalali: bool
) -> SearchStrategy[Phrase]:
    days = st.dates(min_value=min_value, max_value=max_value)
    recent_start, recent_end = max(min_value, _RECENT[0]), min(max_value, _RECENT[1])
    if recent_start <= recent_end:  # mostly the years reports are about
        days = st.one_of(st.dates(min_value=recent_start, max_value=recent_end), days)
    return _date_phrases(days, min_value, max_value, relative, jalali)


_RECENT = (date(1900, 1, 1), date(2039, 12, 31))


@st.composite
def _date_phrases(
    draw: DrawFn,
    days: SearchStrategy[date],
    min_value: date,
    max_value: date,
    relative: bool,
    jalali: bool,
) -> Phrase:
    day = draw(days)
    phrase: Phrase | None
    try:
        if relative and draw(st.integers(0, 2)) == 0:
            phrase = relative_phrase(draw, day)
        else:
            phrase = _absolute(draw, day, max_value, jalali)
    except Skip:
        phrase = None
    if phrase is None:
        return _plain_day(day)
    assert isinstance(phrase.expected, DateRange)
    if not _dates_within(phrase.expected, min_value, max_value):
        return _plain_day(day)
    return phrase
