"""The Solar Hijri conversion in rightsdata.dates.jalali gives what ``jdatetime.date`` gives.

The module calls jdatetime's conversion functions directly rather than building a
``jdatetime.date`` (which costs a locale lookup); these tests hold it to the full object:
every day of the years 1300-1500 SH and of the first and last years jdatetime holds, both
ways, every year's length and bounds, the refusals (same error, same message), and a
hypothesis sample of the whole range.
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata.dates import jalali

MINYEAR = jdatetime.MINYEAR
MAXYEAR = jdatetime.MAXYEAR
DENSE = range(1300, 1501)
EDGES = [*range(MINYEAR, MINYEAR + 4), *range(MAXYEAR - 3, MAXYEAR + 1)]


def reference_length(year: int, month: int) -> int:
    """The month's length the slow way: the last day jdatetime.date accepts."""
    for day in (31, 30, 29):
        try:
            jdatetime.date(year, month, day)
        except ValueError:
            continue
        return day
    raise AssertionError(f"no last day for {year}-{month}")


def reference_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day as ``jdatetime.date(...).togregorian()`` gives it."""
    g = jdatetime.date(year, month, day).togregorian()
    return date(g.year, g.month, g.day)


def reference_from_gregorian(day: date) -> tuple[int, int, int]:
    """The Solar Hijri day as ``jdatetime.date.fromgregorian`` gives it."""
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def outcome(fn: object, *args: object) -> object:
    """The value of ``fn(*args)``, or the type and message of the ValueError it raises."""
    try:
        return fn(*args)  # type: ignore[operator]
    except ValueError as exc:
        return ("ValueError", str(exc))


@pytest.mark.parametrize("years", [DENSE, EDGES], ids=["1300-1500", "edges"])
def test_every_day_both_ways(years: range | list[int]) -> None:
    for year in years:
        expected_first = reference_to_gregorian(year, 1, 1)
        assert jalali.year_bounds(year)[0] == expected_first
        g = expected_first
        for month in range(1, 13):
            length = reference_length(year, month)
            assert jalali.month_length(year, month) == length
            for day in range(1, length + 1):
                assert g == reference_to_gregorian(year, month, day)
                assert jalali.to_gregorian(year, month, day) == g
                assert jalali.from_gregorian(g) == reference_from_gregorian(g) == (year, month, day)
                g += timedelta(days=1)  # consecutive days: the next one's expected value
            assert jalali.month_bounds(year, month)[1] == g - timedelta(days=1)
        assert jalali.year_bounds(year)[1] == g - timedelta(days=1)


def test_every_year_length_and_bounds() -> None:
    for year in range(MINYEAR, MAXYEAR + 1):
        leap = jdatetime.date(year, 1, 1).isleap()
        assert jalali.month_length(year, 12) == (30 if leap else 29)
        last = 30 if leap else 29
        assert jalali.year_bounds(year) == (
            reference_to_gregorian(year, 1, 1),
            reference_to_gregorian(year, 12, last),
        )


def test_gregorian_edges() -> None:
    """The first and last Gregorian days jdatetime can place, and the days beyond them."""
    first = reference_to_gregorian(MINYEAR, 1, 1)
    last = reference_to_gregorian(MAXYEAR, 12, reference_length(MAXYEAR, 12))
    days = [first + timedelta(days=k) for k in range(-400, 400)]
    days += [last + timedelta(days=k) for k in range(-400, 1 + (date.max - last).days)]
    days += [date.min, date.min + timedelta(days=1)]
    for day in days:
        assert outcome(jalali.from_gregorian, day) == outcome(reference_from_gregorian, day)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (0, 1, 1),
        (-5, 1, 1),
        (MAXYEAR + 1, 1, 1),
        (1367, 0, 1),
        (1367, 13, 1),
        (1367, 1, 0),
        (1367, 1, -1),
        (1367, 1, 32),
        (1367, 7, 31),
        (1367, 11, 31),
        (1367, 12, 30),  # not a leap year
        (1366, 12, 30),  # a leap year
        (1366, 12, 31),
        (0, 13, 40),
        (1367, 13, 0),
    ],
)
def test_refusals_match(year: int, month: int, day: int) -> None:
    assert outcome(jalali.to_gregorian, year, month, day) == outcome(
        reference_to_gregorian, year, month, day
    )


@pytest.mark.parametrize("year", [0, -1, MAXYEAR + 1])
def test_esfand_length_outside_the_range_is_refused(year: int) -> None:
    with pytest.raises(ValueError, match="year is out of range"):
        jalali.month_length(year, 12)
    with pytest.raises(ValueError, match="year is out of range"):
        jdatetime.date(year, 1, 1)


@given(
    year=st.integers(MINYEAR - 2, MAXYEAR + 2),
    month=st.integers(-1, 14),
    day=st.integers(-1, 32),
)
def test_to_gregorian_matches_anywhere(year: int, month: int, day: int) -> None:
    assert outcome(jalali.to_gregorian, year, month, day) == outcome(
        reference_to_gregorian, year, month, day
    )


@given(st.dates())
def test_from_gregorian_matches_anywhere(day: date) -> None:
    assert outcome(jalali.from_gregorian, day) == outcome(reference_from_gregorian, day)
