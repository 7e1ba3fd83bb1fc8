"""Issue #17 (section 1) for dates: every public parse entry point gives a value or a
:class:`~rightsdata.DateParseError`, whatever its text and whatever its keyword
arguments (``tz``, ``anchor``, ``calendar``), and every value it gives can be written
back (``str()``, ``to_edtf()``). The fuzz runs each entry point over real and hostile
zone names, anchors and calendars; the regression tests below pin the examples of the
issue, the command line's ``parse-date --tz`` among them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import DateParseError, DateRange
from rightsdata import strategies as rst
from rightsdata.cli import cli
from rightsdata.dates import Calendar, Precision
from rightsdata.dates.edtf import parse_edtf
from rightsdata.dates.english import parse_english
from rightsdata.dates.parse import parse_text
from rightsdata.dates.zones import MAX_OFFSET_HOURS, PSEUDO_ZONES, time_zone, zone_names

ZONES = sorted(zone_names())

# -- what the fuzz draws ------------------------------------------------------------------


class Junk:
    """An object no argument accepts, which fails loudly when made a string or a truth
    value, or asked for its length (its repr and identity work, for the test report)."""

    def __str__(self) -> str:
        raise AssertionError("made a string")

    def __bool__(self) -> bool:
        raise AssertionError("made a truth value")

    def __len__(self) -> int:
        raise AssertionError("asked for its length")

    def __repr__(self) -> str:
        return "Junk()"


junk_objects = st.sampled_from([5, 3.5, b"1988", b"UTC", [], {}, (), True, object(), Junk()])

EXTREME_TEXTS = [
    "0001",
    "9999",
    "0001-01-01",
    "9999-12-31",
    "0001-21",
    "9999-24",
    "9999-12-31T23:59:59",
    "0001-01-01T00:00:00",
    "0001-01-01T00:30:00-12:00",
    "9999-12-31T23:59:59-14:00",
    "../..",
    "/",
    "../9999",
    "0001/..",
    "[..0001-01-01]",
    "[9999-12-31..]",
    "{0001, 9999}",
    "9999S3",
    "the 1st century",
    "the late 9990s",
    "31 December 9999",
    "winter 9999",
    "after 9999",
    "since 9999",
    "11pm 31 December 9999",
    "9377 SH",
    "29 Esfand 9377 SH",
    "winter 9377 SH",
    "1 Farvardin 1 SH",
    "۱۳۹۸/۰۸/۲۴",
    "2019/11/15",
    "2019.11",
    "15/11/2019",
    "10am 4 December 2018",
    "10am Tehran time 4 December 2018",
    "today",
    "tomorrow 10am",
    "three days after",
    "the past 30 years",
    "next winter",
    "last Tuesday",
    "20 July",
    "29 Tir",
]

texts = st.one_of(
    rst.date_phrases().map(lambda p: p.text),
    st.sampled_from(EXTREME_TEXTS),
    st.text(alphabet="0123456789X-/.~?%[]{}TZ:+ ", max_size=30),
    st.text(alphabet="۰۱۲۳۴۵۶۷۸۹ /-تیرفوردینSH", max_size=20),
    st.text(max_size=40),
)

PATH_LIKE_ZONES = [
    "Asia",
    "America/",
    "America/Argentina",
    "/etc/localtime",
    "../etc/passwd",
    "Asia/../Europe/Paris",
    "Asia/Tehran/",
    "./UTC",
    ".",
    "..",
    "",
    " ",
    "\x00",
    "Asia\\Tehran",
    "C:\\Windows",
    "x" * 300,
    "Asia/" + "x" * 300,
]
pseudo_zones = st.sampled_from(
    sorted(PSEUDO_ZONES | {"posix/Asia/Tehran", "right/UTC", "posix", "right"})
)
offsets = st.builds(
    lambda sign, minutes: f"{sign}{minutes // 60:02d}:{minutes % 60:02d}",
    st.sampled_from("+-"),
    st.integers(0, 99 * 60 + 59),
)
good_zones = st.one_of(
    st.none(), st.sampled_from(ZONES), st.sampled_from(["+03:30", "-05:00", "+14:00"])
)
zone_arguments = st.one_of(
    good_zones,
    st.sampled_from(PATH_LIKE_ZONES),
    pseudo_zones,
    offsets,
    st.text(max_size=20),
    junk_objects,
)

EDGE_DAYS = [date(1, 1, 1), date(1, 1, 7), date(9999, 12, 31), date(9999, 12, 25)]
good_anchors = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from(EDGE_DAYS),
    st.datetimes(timezones=st.sampled_from([None, UTC])),
    rst.date_ranges(),
)
anchors = st.one_of(
    good_anchors,
    st.sampled_from(["2021-08-25", "yesterday", "last week", ""]),
    st.text(max_size=20),
    junk_objects,
)
calendars = st.one_of(
    st.sampled_from(list(Calendar)),
    st.sampled_from(["gregorian", "JALALI", "Jalali", "persian", "", "lunar"]),
    st.text(max_size=10),
    junk_objects,
)

# -- the entry points ---------------------------------------------------------------------

ENTRY_POINTS: dict[str, Callable[..., DateRange]] = {
    "DateRange.parse": DateRange.parse,
    "parse_text": parse_text,
    "parse_edtf": lambda text, anchor, **kwargs: parse_edtf(text, **kwargs),
    "parse_english": parse_english,
}
"""Each public way from text to a DateRange, taking ``anchor``, ``calendar`` and ``tz``
(``parse_edtf`` takes no anchor)."""

_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'" r'|"(?:[^"\\\n]|\\.)*"')
_KEYWORD = re.compile(r"\b[a-z_]+=")


def value_or_documented_error(call: Callable[[], DateRange]) -> DateRange | None:
    """Run ``call``: a DateRange that writes back, or None for a DateParseError.

    Any other exception fails the test. A message quotes the input (in quotes) but
    names no Python keyword argument (``anchor=``) outside them.
    """
    try:
        r = call()
    except DateParseError as exc:
        message = str(exc)
        assert message
        assert not _KEYWORD.search(_QUOTED.sub("", message)), message
        return None
    assert isinstance(r, DateRange)
    assert isinstance(str(r), str)
    edtf = r.to_edtf()
    back = DateRange.parse(edtf)
    assert (back.earliest, back.latest) == (r.earliest, r.latest), edtf
    return r


@pytest.mark.parametrize("name", ENTRY_POINTS)
@given(text=texts, anchor=anchors, calendar=calendars, tz=zone_arguments)
def test_every_entry_point_gives_a_value_or_a_date_parse_error(
    name: str, text: str, anchor: Any, calendar: Any, tz: Any
) -> None:
    parse = ENTRY_POINTS[name]
    value_or_documented_error(lambda: parse(text, anchor=anchor, calendar=calendar, tz=tz))


@pytest.mark.parametrize("name", ENTRY_POINTS)
@given(text=texts, anchor=good_anchors, calendar=st.sampled_from(list(Calendar)), tz=good_zones)
def test_every_entry_point_with_good_arguments_gives_a_value_or_a_date_parse_error(
    name: str, text: str, anchor: Any, calendar: Calendar, tz: str | None
) -> None:
    parse = ENTRY_POINTS[name]
    value_or_documented_error(lambda: parse(text, anchor=anchor, calendar=calendar, tz=tz))


@given(text=st.one_of(texts, junk_objects), tz=zone_arguments)
def test_parse_edtf_alone_gives_a_value_or_a_date_parse_error(text: Any, tz: Any) -> None:
    value_or_documented_error(lambda: parse_edtf(text, tz=tz))


@given(text=texts, forced=st.one_of(st.booleans(), junk_objects))
def test_parse_english_forced_is_checked(text: str, forced: Any) -> None:
    value_or_documented_error(lambda: parse_english(text, forced=forced))


@pytest.mark.parametrize("name", ENTRY_POINTS)
@given(text=junk_objects)
def test_text_that_is_no_string_is_a_date_parse_error(name: str, text: Any) -> None:
    with pytest.raises(DateParseError, match="expected a string"):
        ENTRY_POINTS[name](text, anchor=None, calendar=Calendar.GREGORIAN, tz=None)


@given(tz=st.one_of(st.sampled_from(PATH_LIKE_ZONES), pseudo_zones, junk_objects))
def test_a_bad_zone_is_refused_even_when_no_time_needs_it(tz: Any) -> None:
    with pytest.raises(DateParseError, match="time zone"):
        DateRange.parse("1988", tz=tz)


EDGE_ENDS = st.one_of(
    st.none(),
    st.sampled_from([*EDGE_DAYS, date(1, 3, 21), date(9999, 3, 20), date(9999, 3, 21)]),
    st.dates(),
)


@st.composite
def extreme_ranges(draw: st.DrawFn) -> DateRange:
    """Ranges built directly, with ends at year 1 and 9999, open and unknown ends, every
    precision and calendar (what parsing alone may never give)."""
    lo, hi = draw(EDGE_ENDS), draw(EDGE_ENDS)
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    known = [p for p in Precision if p is not Precision.UNKNOWN]
    ends: list[Precision | None] = [None, None]
    if draw(st.booleans()):  # an interval
        ends = [
            draw(st.sampled_from(known if day is not None else [None, Precision.UNKNOWN]))
            for day in (lo, hi)
        ]
    return DateRange(
        earliest=lo,
        latest=hi,
        precision=draw(st.sampled_from(known)),
        approximate=draw(st.booleans()),
        uncertain=draw(st.booleans()),
        calendar=draw(st.sampled_from(list(Calendar))),
        earliest_precision=ends[0],
        latest_precision=ends[1],
    )


@given(r=st.one_of(extreme_ranges(), rst.date_ranges()))
def test_every_range_writes_back(r: DateRange) -> None:
    """``str()`` and ``to_edtf()`` of any value, the extremes included, are strings, and
    the EDTF reads back to the same bounds."""
    assert isinstance(str(r), str)
    back = DateRange.parse(r.to_edtf())
    assert (back.earliest, back.latest) == (r.earliest, r.latest)


# -- time zones ----------------------------------------------------------------------------


@pytest.mark.parametrize("tz", ["Asia", "x" * 300, "Factory", "localtime", "posixrules"])
@pytest.mark.parametrize("text", ["10am 4 December 2018", "2018-12-04T10:00:00"])
def test_the_issue_zones_are_date_parse_errors(text: str, tz: str) -> None:
    with pytest.raises(DateParseError) as caught:
        DateRange.parse(text, tz=tz)
    message = str(caught.value)
    assert "'Asia/" in message  # says what a zone name looks like
    assert len(message) < 200  # an overlong name is not quoted whole


def test_a_region_is_told_from_a_zone() -> None:
    with pytest.raises(DateParseError, match="'Asia' is a region of the zone list, not a zone"):
        DateRange.parse("10am 4 December 2018", tz="Asia")


@pytest.mark.parametrize("tz", ["Factory", "localtime", "posixrules", "posix/Asia/Tehran"])
def test_pseudo_zones_are_no_place(tz: str) -> None:
    assert tz not in zone_names()
    with pytest.raises(DateParseError, match="not the time of a place"):
        time_zone(tz)


@pytest.mark.parametrize(
    ("tz", "meant"),
    [
        ("asia/tehran", "Asia/Tehran"),
        ("Teheran", "Asia/Tehran"),
        ("Tehran", "Asia/Tehran"),
        ("New York", "America/New_York"),
        ("Europe/Pariss", "Europe/Paris"),
        ("utc", "UTC"),
    ],
)
def test_a_close_name_gets_a_did_you_mean(tz: str, meant: str) -> None:
    with pytest.raises(DateParseError, match=re.escape(f"(did you mean {meant!r}?)")):
        DateRange.parse("1988", tz=tz)


def test_a_far_name_gets_no_guess() -> None:
    with pytest.raises(DateParseError) as caught:
        DateRange.parse("1988", tz="Mars/Base")
    assert "did you mean" not in str(caught.value)


def test_every_listed_zone_is_usable() -> None:
    assert {"Asia/Tehran", "UTC", "Europe/London"} <= zone_names()
    assert not any(z.startswith(("posix/", "right/")) for z in zone_names())
    for name in ZONES:
        r = DateRange.parse("2018-12-04T10:00:00", tz=name)
        assert r.time is not None
        assert r.time.utcoffset() == time_zone(name).utcoffset(datetime(2018, 12, 4, 10))


@pytest.mark.parametrize(
    ("tz", "hours"), [("+03:30", 3.5), ("-05:00", -5), ("+00:00", 0), ("+14:00", 14)]
)
def test_fixed_offsets_are_zones(tz: str, hours: float) -> None:
    r = DateRange.parse("10am 4 December 2018", tz=tz)
    assert r.time == datetime(2018, 12, 4, 10, tzinfo=UTC) - timedelta(hours=hours)
    assert r.time is not None
    assert r.time.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("tz", "why"),
    [
        ("+15:00", f"more than {MAX_OFFSET_HOURS} hours"),
        ("-00:00", "the offset is unknown"),
        ("+3:30", "is not known"),
        ("UTC+3", "is not known"),
        ("+0330", "is not known"),
    ],
)
def test_offsets_other_than_iso_are_refused(tz: str, why: str) -> None:
    with pytest.raises(DateParseError, match=re.escape(why)):
        time_zone(tz)


@pytest.mark.parametrize("tz", [5, b"UTC", 3.5, ["UTC"], Junk()])
def test_a_zone_that_is_no_string_is_a_date_parse_error(tz: object) -> None:
    with pytest.raises(DateParseError, match="the time zone must be a string"):
        DateRange.parse("10am 4 December 2018", tz=tz)  # type: ignore[arg-type]


def test_the_zone_of_the_text_is_kept_before_tz() -> None:
    r = DateRange.parse("10am GMT 4 December 2018", tz="Asia/Tehran")
    assert r.time == datetime(2018, 12, 4, 10, tzinfo=UTC)


# -- anchor and calendar -------------------------------------------------------------------


@pytest.mark.parametrize("anchor", ["2021-08-25", "yesterday"])
def test_an_anchor_as_text_says_to_parse_it(anchor: str) -> None:
    with pytest.raises(DateParseError, match=r"got the text .*: read it with DateRange\.parse"):
        DateRange.parse("three days after", anchor=anchor)  # type: ignore[arg-type]


@pytest.mark.parametrize("anchor", [5, 3.5, object(), Junk()])
def test_an_anchor_of_another_type_is_a_date_parse_error(anchor: object) -> None:
    with pytest.raises(DateParseError, match="the anchor date must be a date or a DateRange"):
        DateRange.parse("three days after", anchor=anchor)  # type: ignore[arg-type]


def test_an_open_anchor_is_refused() -> None:
    with pytest.raises(DateParseError, match="the anchor date needs both ends"):
        DateRange.parse("tomorrow", anchor=DateRange.parse("../2000"))


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("three days before", date(1, 1, 1)),
        ("three days after", date(9999, 12, 31)),
        ("next year", date(9999, 12, 31)),
        ("last year", date(1, 1, 1)),
        ("the past 30 years", date(1, 1, 1)),
        ("next week", date(9999, 12, 30)),
        ("on Tuesday", date(1, 1, 1)),
        ("29 Tir", date(1, 1, 1)),
        ("tomorrow", DateRange.parse("9999")),
    ],
)
def test_counting_past_the_years_a_date_holds_says_so(text: str, anchor: date) -> None:
    with pytest.raises(DateParseError, match=r"falls outside the years 1\.\.9999"):
        DateRange.parse(text, anchor=anchor)


@pytest.mark.parametrize("calendar", ["persian", "", 5, None, Junk()])
def test_a_calendar_that_is_none_is_a_date_parse_error(calendar: object) -> None:
    with pytest.raises(DateParseError, match="the calendar must be one of 'gregorian', 'jalali'"):
        DateRange.parse("1367", calendar=calendar)  # type: ignore[arg-type]


def test_parse_edtf_checks_its_calendar() -> None:
    with pytest.raises(DateParseError, match="the calendar must be"):
        parse_edtf("1988", calendar="x")  # type: ignore[arg-type]
    assert parse_edtf("1988", calendar="jalali").calendar is Calendar.JALALI  # type: ignore[arg-type]


# -- messages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2019/11/15",
            "it looks like a date written year first: write it as EDTF ('2019-11-15') "
            "or in words ('15 November 2019')",
        ),
        ("2019.11.15", "write it as EDTF ('2019-11-15')"),
        ("2019-11-5", "write it as EDTF ('2019-11-05') or in words ('5 November 2019')"),
        ("2019/11", "a month written year first: write it as EDTF ('2019-11')"),
        ("2019/13/15", "but 13 is no month"),
        ("2019/2/30", "but February 2019 has no day 30"),
    ],
)
def test_a_year_first_numeric_date_says_how_to_write_it(text: str, message: str) -> None:
    with pytest.raises(DateParseError, match=re.escape(message)):
        DateRange.parse(text)


def test_a_year_first_jalali_date_is_still_read() -> None:
    r = DateRange.parse("1398/08/24", calendar="jalali")
    assert r.earliest == r.latest == date(2019, 11, 15)


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: DateRange.parse("last week"), "it needs an anchor date"),
        (lambda: DateRange.parse("5 May"), "or give an anchor date to take the nearest"),
        (lambda: DateRange.parse("sometime-ish"), "or (given an anchor date) a relative phrase"),
        (lambda: DateRange.parse("1988 AD", calendar="jalali"), "does not fit the calendar"),
        (lambda: DateRange.parse("noon", tz="Mars/Base"), "the time zone 'Mars/Base'"),
    ],
)
def test_messages_name_no_keyword(call: Callable[[], DateRange], words: str) -> None:
    with pytest.raises(DateParseError) as caught:
        call()
    assert words in str(caught.value)
    assert not _KEYWORD.search(_QUOTED.sub("", str(caught.value)))


# -- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "message"),
    [
        ("Asia", "the time zone 'Asia' is a region of the zone list, not a zone"),
        ("x" * 300, "the time zone 'xxxxxxxx"),
        ("Factory", "the time zone 'Factory' is not known"),
        ("asia/tehran", "(did you mean 'Asia/Tehran'?)"),
    ],
)
def test_parse_date_tz_is_one_error_line(tz: str, message: str) -> None:
    result = CliRunner().invoke(cli, ["parse-date", "10am 4 December 2018", "--tz", tz])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("rightsdata: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_parse_date_tz_takes_a_zone_and_an_offset() -> None:
    for tz, offset in [("Asia/Tehran", "+03:30"), ("+03:30", "+03:30"), ("UTC", "+00:00")]:
        result = CliRunner().invoke(
            cli, ["parse-date", "10am 4 December 2018", "--tz", tz, "--json"]
        )
        assert result.exit_code == 0, result.output
        assert f'"2018-12-04T10:00:00{offset}"' in result.stdout
