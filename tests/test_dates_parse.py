"""DateRange.parse: EDTF conformance, English phrases, relative phrases, Solar Hijri, errors."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from rightsdata import Calendar, DateParseError, DateRange, Precision

DATA = json.loads((Path(__file__).parent / "data" / "edtf_python_edtf.json").read_text())
D = date


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


# -- EDTF conformance -------------------------------------------------------------------


def test_conformance_file_keeps_its_origin() -> None:
    assert "python-edtf" in DATA["about"]
    assert len(DATA["valid"]) == 67
    assert len(DATA["invalid"]) == 15


@pytest.mark.parametrize("case", DATA["valid"], ids=[c["edtf"] for c in DATA["valid"]])
def test_conformance_valid_strict_bounds(case: dict[str, str | None]) -> None:
    text = case["edtf"]
    assert text is not None
    r = DateRange.parse(text)
    assert (_iso(r.earliest), _iso(r.latest)) == (case["earliest"], case["latest"])
    assert r.text == text


@pytest.mark.parametrize("text", DATA["invalid"])
def test_conformance_invalid(text: str) -> None:
    with pytest.raises(DateParseError):
        DateRange.parse(text)


@pytest.mark.parametrize("text", DATA["out_of_range"])
def test_conformance_out_of_range(text: str) -> None:
    with pytest.raises(DateParseError, match=r"1\.\.9999|0000"):
        DateRange.parse(text)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "start", "end"),
    [
        ("/2006", None, D(2006, 12, 31), Precision.UNKNOWN, Precision.YEAR),
        ("../2006", None, D(2006, 12, 31), None, Precision.YEAR),
        ("2004-06-01/", D(2004, 6, 1), None, Precision.DAY, Precision.UNKNOWN),
        ("2004-06-01/..", D(2004, 6, 1), None, Precision.DAY, None),
        ("1984-06-02?/", D(1984, 6, 2), None, Precision.DAY, Precision.UNKNOWN),
    ],
)
def test_open_and_unknown_ends_are_distinct(
    text: str, earliest: date | None, latest: date | None, start: object, end: object
) -> None:
    r = DateRange.parse(text)
    assert (r.earliest, r.latest, r.earliest_precision, r.latest_precision) == (
        earliest,
        latest,
        start,
        end,
    )
    assert r.earliest_unknown == (start is Precision.UNKNOWN)
    assert r.latest_unknown == (end is Precision.UNKNOWN)
    assert r.earliest_open == (earliest is None and start is None)
    assert r.to_edtf() == text.replace("?", "") or r.to_edtf() == text


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2010-24", D(2010, 12, 1), D(2011, 2, 28), Precision.SEASON),  # winter wraps
        ("1950S2", D(1900, 1, 1), D(1999, 12, 31), Precision.CENTURY),
        ("1953S3", D(1950, 1, 1), D(1959, 12, 31), Precision.DECADE),
        ("2001-25", D(2001, 3, 1), D(2001, 5, 31), Precision.SEASON),
        ("2001-30", D(2001, 12, 1), D(2002, 2, 28), Precision.SEASON),  # southern summer
        ("2001-37", D(2001, 1, 1), D(2001, 4, 30), Precision.PART_OF_YEAR),
        ("2001-41", D(2001, 7, 1), D(2001, 12, 31), Precision.SEMESTER),
        ("1985-1X", D(1985, 10, 1), D(1985, 12, 31), Precision.YEAR),
        ("1985-04-X5", D(1985, 4, 5), D(1985, 4, 25), Precision.MONTH),
        ("XXX9-02-29", None, None, None),  # never a leap year: refused below
    ],
)
def test_edtf_level2_and_conventions(
    text: str, earliest: date | None, latest: date | None, precision: Precision | None
) -> None:
    if earliest is None:
        with pytest.raises(DateParseError, match="no real day"):
            DateRange.parse(text)
        return
    r = DateRange.parse(text)
    assert (r.earliest, r.latest, r.precision) == (earliest, latest, precision)


def test_edtf_qualifiers_become_flags() -> None:
    assert DateRange.parse("1984~").approximate
    assert DateRange.parse("1984?").uncertain
    both = DateRange.parse("1984%")
    assert both.approximate
    assert both.uncertain
    per_part = DateRange.parse("2004?-06-~11")
    assert per_part.approximate
    assert per_part.uncertain
    assert not DateRange.parse("2004-06-11").approximate


def test_edtf_times_keep_their_zone() -> None:
    r = DateRange.parse("2004-01-01T23:10:10-05:00")
    assert r.earliest == r.latest == D(2004, 1, 1)  # the day in the stated zone
    assert r.time is not None
    assert r.time.utcoffset() == timedelta(hours=-5)
    naive = DateRange.parse("2001-02-03T09:30:01")
    assert naive.time is not None
    assert naive.time.tzinfo is None
    tehran = DateRange.parse("2021-07-20T10:00:00", tz="Asia/Tehran")
    assert tehran.time is not None
    assert tehran.time.utcoffset() == timedelta(hours=4, minutes=30)  # daylight saving, 2021
    winter = DateRange.parse("2021-01-20T10:00:00", tz="Asia/Tehran")
    assert winter.time is not None
    assert winter.time.utcoffset() == timedelta(hours=3, minutes=30)


def test_edtf_sets() -> None:
    one_of = DateRange.parse("[1667, 1668, 1670..1672]")
    assert not one_of.is_interval
    all_of = DateRange.parse("{1667,1668, 1670..1672}")
    assert all_of.is_interval
    assert (all_of.earliest_precision, all_of.latest_precision) == (Precision.YEAR,) * 2


# -- English phrases from the seed reports ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("late July 1988", D(1988, 7, 21), D(1988, 7, 31), Precision.PART_OF_MONTH),
        ("early September 1988", D(1988, 9, 1), D(1988, 9, 10), Precision.PART_OF_MONTH),
        ("mid-July 1988", D(1988, 7, 11), D(1988, 7, 20), Precision.PART_OF_MONTH),
        ("the end of February 1988", D(1988, 2, 21), D(1988, 2, 29), Precision.PART_OF_MONTH),
        (
            "between late July and early September 1988",
            D(1988, 7, 21),
            D(1988, 9, 10),
            Precision.PART_OF_MONTH,
        ),
        ("the Summer of 1988", D(1988, 6, 1), D(1988, 8, 31), Precision.SEASON),
        ("in August 2016", D(2016, 8, 1), D(2016, 8, 31), Precision.MONTH),
        ("20 July 1988", D(1988, 7, 20), D(1988, 7, 20), Precision.DAY),
        ("the 20th of July, 1988", D(1988, 7, 20), D(1988, 7, 20), Precision.DAY),
        ("July 20, 1988", D(1988, 7, 20), D(1988, 7, 20), Precision.DAY),
        ("Sept. 3 1988", D(1988, 9, 3), D(1988, 9, 3), Precision.DAY),
        ("July 1988", D(1988, 7, 1), D(1988, 7, 31), Precision.MONTH),
        ("1988", D(1988, 1, 1), D(1988, 12, 31), Precision.YEAR),
        ("late 1988", D(1988, 9, 1), D(1988, 12, 31), Precision.PART_OF_YEAR),
        ("the 1980s", D(1980, 1, 1), D(1989, 12, 31), Precision.DECADE),
        ("the early 1990s", D(1990, 1, 1), D(1993, 12, 31), Precision.DECADE),
        ("the mid-1990s", D(1994, 1, 1), D(1996, 12, 31), Precision.DECADE),
        ("late 1990s", D(1997, 1, 1), D(1999, 12, 31), Precision.DECADE),
        ("the 20th century", D(1901, 1, 1), D(2000, 12, 31), Precision.CENTURY),
        ("winter 1988", D(1988, 12, 1), D(1989, 2, 28), Precision.SEASON),
        ("winter 1988-89", D(1988, 12, 1), D(1989, 2, 28), Precision.SEASON),
        ("autumn 1988", D(1988, 9, 1), D(1988, 11, 30), Precision.SEASON),
        ("early summer 1988", D(1988, 6, 1), D(1988, 6, 30), Precision.MONTH),
        ("the third quarter of 1988", D(1988, 7, 1), D(1988, 9, 30), Precision.QUARTER),
        ("Q4 1988", D(1988, 10, 1), D(1988, 12, 31), Precision.QUARTER),
        ("the first half of 1988", D(1988, 1, 1), D(1988, 6, 30), Precision.SEMESTER),
        ("July-September 1988", D(1988, 7, 1), D(1988, 9, 30), Precision.MONTH),
        ("from July to September 1988", D(1988, 7, 1), D(1988, 9, 30), Precision.MONTH),
        ("20-25 July 1988", D(1988, 7, 20), D(1988, 7, 25), Precision.DAY),
        ("July 20-25, 1988", D(1988, 7, 20), D(1988, 7, 25), Precision.DAY),
        ("1988-90", D(1988, 1, 1), D(1990, 12, 31), Precision.YEAR),
        ("from 2019 to 2021", D(2019, 1, 1), D(2021, 12, 31), Precision.YEAR),
        ("Tuesday, August 24, 2021", D(2021, 8, 24), D(2021, 8, 24), Precision.DAY),
        ("Tuesday 4 December 2018", D(2018, 12, 4), D(2018, 12, 4), Precision.DAY),
    ],
)
def test_english(text: str, earliest: date, latest: date, precision: Precision) -> None:
    r = DateRange.parse(text)
    assert (r.earliest, r.latest, r.precision) == (earliest, latest, precision)
    assert r.text == text
    assert not r.approximate
    assert not r.uncertain


def test_ranges_between_vs_from_to() -> None:
    between = DateRange.parse("between late July and early September 1988")
    assert not between.is_interval  # one date somewhere in the range
    span = DateRange.parse("from late July to early September 1988")
    assert span.is_interval
    assert (span.earliest_precision, span.latest_precision) == (Precision.PART_OF_MONTH,) * 2
    assert (span.earliest, span.latest) == (between.earliest, between.latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("before 1990", None, D(1989, 12, 31)),
        ("until 1990", None, D(1990, 12, 31)),
        ("by July 1988", None, D(1988, 7, 31)),
        ("after 1990", D(1991, 1, 1), None),
        ("since August 2016", D(2016, 8, 1), None),
        ("before 20 July 1988", None, D(1988, 7, 19)),
    ],
)
def test_open_ends(text: str, earliest: date | None, latest: date | None) -> None:
    r = DateRange.parse(text)
    assert (r.earliest, r.latest) == (earliest, latest)
    assert r.earliest_open == (earliest is None)
    assert r.latest_open == (latest is None)


@pytest.mark.parametrize("text", ["circa 1990", "about July 1988", "around 1988", "c. 1990"])
def test_hedges_set_approximate_without_widening(text: str) -> None:
    r = DateRange.parse(text)
    plain = DateRange.parse(text.split(" ", 1)[1])
    assert r.approximate
    assert (r.earliest, r.latest) == (plain.earliest, plain.latest)


def test_doubt_sets_uncertain() -> None:
    assert DateRange.parse("probably 1988").uncertain
    assert DateRange.parse("July 1988?").uncertain


def test_weekday_is_checked() -> None:
    assert DateRange.parse("Tuesday, August 24, 2021").earliest == D(2021, 8, 24)
    with pytest.raises(DateParseError, match="was a Tuesday, not a Monday"):
        DateRange.parse("Monday, August 24, 2021")


def test_time_of_day_in_words() -> None:
    r = DateRange.parse("10am GMT Tuesday 4 December 2018")
    assert r.earliest == r.latest == D(2018, 12, 4)
    assert r.time == datetime(2018, 12, 4, 10, tzinfo=UTC)
    tehran = DateRange.parse("20 July 1988 at 14:30 Tehran time")
    assert tehran.time is not None
    assert tehran.time.utcoffset() == timedelta(hours=3, minutes=30)
    assert tehran.time.hour == 14


def test_day_without_year_needs_anchor() -> None:
    with pytest.raises(DateParseError, match="no year"):
        DateRange.parse("Tuesday 4 December")
    r = DateRange.parse("Tuesday 4 December", anchor=D(2018, 12, 3))
    assert r.earliest == D(2018, 12, 4)
    # the occurrence nearest the anchor, even across a new year
    assert DateRange.parse("28 December", anchor=D(2021, 1, 3)).earliest == D(2020, 12, 28)


# -- relative phrases ----------------------------------------------------------------------

PUBLISHED_000 = D(2021, 8, 25)  # report 000, a Wednesday


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("today", D(2021, 8, 25), D(2021, 8, 25)),
        ("yesterday", D(2021, 8, 24), D(2021, 8, 24)),
        ("last week", D(2021, 8, 16), D(2021, 8, 22)),
        ("this week", D(2021, 8, 23), D(2021, 8, 29)),
        ("last month", D(2021, 7, 1), D(2021, 7, 31)),
        ("this year", D(2021, 1, 1), D(2021, 12, 31)),
        ("last year", D(2020, 1, 1), D(2020, 12, 31)),
        ("earlier this year", D(2021, 1, 1), D(2021, 8, 24)),
        ("to date this year", D(2021, 1, 1), D(2021, 8, 25)),
        ("so far this year", D(2021, 1, 1), D(2021, 8, 25)),
        ("the past two months", D(2021, 6, 25), D(2021, 8, 25)),
        ("the past week", D(2021, 8, 18), D(2021, 8, 25)),
        ("three days after", D(2021, 8, 28), D(2021, 8, 28)),
        ("two weeks before", D(2021, 8, 11), D(2021, 8, 11)),
        ("3 days ago", D(2021, 8, 22), D(2021, 8, 22)),
        ("on Tuesday", D(2021, 8, 24), D(2021, 8, 24)),
        ("on Wednesday", D(2021, 8, 25), D(2021, 8, 25)),  # on or before the anchor
        ("last Wednesday", D(2021, 8, 18), D(2021, 8, 18)),
    ],
)
def test_relative(text: str, earliest: date, latest: date) -> None:
    r = DateRange.parse(text, anchor=PUBLISHED_000)
    assert (r.earliest, r.latest) == (earliest, latest)


def test_relative_needs_an_anchor() -> None:
    with pytest.raises(DateParseError, match="needs an anchor date"):
        DateRange.parse("last week")


def test_the_leak_seed_phrase() -> None:
    # "On Tuesday, three days after the videos were leaked" (report 000)
    tuesday = DateRange.parse("on Tuesday", anchor=PUBLISHED_000)
    assert tuesday.earliest == D(2021, 8, 24)
    leaked = DateRange.parse("three days before", anchor=tuesday)
    assert leaked.earliest == D(2021, 8, 21)
    again = DateRange.parse("Tuesday, three days after the videos were leaked", anchor=leaked)
    assert again.earliest == D(2021, 8, 24)
    with pytest.raises(DateParseError, match="Saturday, not a Tuesday"):
        DateRange.parse("Tuesday, three days after", anchor=PUBLISHED_000)


def test_range_anchor_widens() -> None:
    august = DateRange.parse("August 2021")
    r = DateRange.parse("three days after", anchor=august)
    assert (r.earliest, r.latest) == (D(2021, 8, 4), D(2021, 9, 3))
    last_week = DateRange.parse("last week", anchor=DateRange.parse("March 2020"))
    assert (last_week.earliest, last_week.latest) == (D(2020, 2, 17), D(2020, 3, 29))
    hedged = DateRange.parse("yesterday", anchor=DateRange.parse("2021-08-25~"))
    assert hedged.approximate


def test_shift_from_a_stated_date() -> None:
    r = DateRange.parse("three days after 20 July 1988")
    assert r.earliest == r.latest == D(1988, 7, 23)


# -- Solar Hijri ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kwargs", "earliest", "latest"),
    [
        ("1367 SH", {}, D(1988, 3, 21), D(1989, 3, 20)),
        ("1367", {"calendar": "jalali"}, D(1988, 3, 21), D(1989, 3, 20)),
        ("۱۳۶۷", {}, D(1988, 3, 21), D(1989, 3, 20)),
        ("29 Tir 1367", {}, D(1988, 7, 20), D(1988, 7, 20)),
        ("۲۹ تیر ۱۳۶۷", {}, D(1988, 7, 20), D(1988, 7, 20)),
        ("Tir 1367", {}, D(1988, 6, 22), D(1988, 7, 22)),
        ("1367/04/29", {"calendar": Calendar.JALALI}, D(1988, 7, 20), D(1988, 7, 20)),
        ("late Esfand 1366", {}, D(1988, 3, 11), D(1988, 3, 20)),  # 1366 is a leap year
        ("summer 1367 SH", {}, D(1988, 6, 22), D(1988, 9, 22)),
    ],
)
def test_jalali(text: str, kwargs: dict[str, object], earliest: date, latest: date) -> None:
    r = DateRange.parse(text, **kwargs)  # type: ignore[arg-type]
    assert (r.earliest, r.latest) == (earliest, latest)
    assert r.calendar is Calendar.JALALI
    assert r.text == text


def test_jalali_refuses_mixed_calendars() -> None:
    with pytest.raises(DateParseError):
        DateRange.parse("July 1367", calendar="jalali")
    with pytest.raises(DateParseError, match="calendar must be"):
        DateRange.parse("1367", calendar="lunar")


# -- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "late Jully 1988",
        "30 February 1988",
        "the 80s",
        "between 1990 and 1980",
        "20/07/1988",
        "88",
        "1988-13",
        "x" * 1000,
        "",
        "   ",
    ],
)
def test_bad_input_raises_date_parse_error(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        DateRange.parse(text)
    assert isinstance(info.value, ValueError)
    assert repr(text[:40])[1:-1][:20] in str(info.value) or "nothing" in str(info.value)


def test_error_quotes_text_and_says_what_was_expected() -> None:
    with pytest.raises(DateParseError, match=r"'late Jully 1988'.*expected a date such as"):
        DateRange.parse("late Jully 1988")


def test_non_string_input() -> None:
    with pytest.raises(DateParseError, match="expected a string"):
        DateRange.parse(1988)  # type: ignore[arg-type]


def test_str_of_a_time_names_its_offset() -> None:
    assert str(DateRange.parse("2021-08-24T10:00:00+04:30")) == "10:00 UTC+04:30, 24 August 2021"
    assert str(DateRange.parse("2018-12-04T10:00:00Z")) == "10:00 UTC, 4 December 2018"
    assert str(DateRange.parse("2018-12-04T10:00:00-05:00")).startswith("10:00 UTC-05:00, ")
