"""DateRange properties: EDTF round trip, interval algebra, Allen relations, fuzzing."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rightsdata import DateParseError, DateRange, Precision
from rightsdata.dates._units import MONTH_NAMES
from rightsdata.dates.allen import DISJOINT, Allen, Relation, relation
from rightsdata.dates.range import MAX_TEXT_LENGTH
from rightsdata.strategies import date_ranges

MONTHS = list(MONTH_NAMES)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9998, 12, 31))
years = st.integers(1, 9998)


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """Texts the parser reads: EDTF and English forms built from random dates."""
    d = draw(days)
    y = d.year
    month = MONTHS[d.month - 1]
    q = draw(st.sampled_from(["", "~", "?", "%"]))
    other = draw(st.dates(min_value=d, max_value=date(9998, 12, 31)))
    forms = [
        f"{d.isoformat()}{q}",
        f"{y:04d}-{d.month:02d}{q}",
        f"{y:04d}{q}",
        f"{y:04d}-{draw(st.sampled_from(list(range(21, 42))))}",
        f"{y:04d}"[:3] + "X",
        f"{d.isoformat()}/{other.isoformat()}",
        f"{y:04d}/{other.year:04d}-{other.month:02d}",
        f"../{d.isoformat()}",
        f"{d.isoformat()}/",
        f"[{y:04d}, {other.isoformat()}]",
        f"{{{y:04d}..{other.year:04d}}}",
        f"{draw(st.sampled_from(['early', 'mid', 'late']))} {month} {y}",
        f"{d.day} {month} {y}",
        f"{month} {d.day}, {y}",
        f"{draw(st.sampled_from(['spring', 'summer', 'autumn', 'winter']))} {y}",
        f"between {d.day} {month} {y} and {other.day} {MONTHS[other.month - 1]} {other.year}",
        f"from {month} {y} to {MONTHS[other.month - 1]} {other.year}",
        f"before {month} {y}",
        f"after {y}",
        f"circa {y}",
        f"the early {y - y % 10}s" if y >= 100 else f"{y:04d}",
    ]
    return draw(st.sampled_from(forms))


def _parsed(text: str) -> DateRange | None:
    try:
        return DateRange.parse(text)
    except DateParseError:
        return None  # e.g. winter 9998 runs past 9999, or a year-0 decade


@given(phrases())
def test_to_edtf_round_trip_on_parser_output(text: str) -> None:
    r = _parsed(text)
    assume(r is not None)
    assert r is not None
    again = DateRange.parse(r.to_edtf())
    assert (again.earliest, again.latest) == (r.earliest, r.latest)
    assert again.approximate == r.approximate
    assert again.uncertain == r.uncertain
    assert again.earliest_unknown == r.earliest_unknown
    assert again.latest_unknown == r.latest_unknown
    assert isinstance(str(r), str)
    assert str(r)


@given(date_ranges())
def test_to_edtf_round_trip_on_any_value(r: DateRange) -> None:
    assume(r.earliest is not None or r.latest is not None)
    again = DateRange.parse(r.to_edtf())
    assert (again.earliest, again.latest) == (r.earliest, r.latest)
    assert str(r)


@given(date_ranges(), date_ranges())
def test_interval_algebra_laws(a: DateRange, b: DateRange) -> None:
    hull = a.span(b)
    for r in (a, b):
        for end in (r.earliest, r.latest):
            if end is not None:
                assert hull.contains(end)
    both = a.intersection(b)
    assert (both is not None) == a.possibly_overlaps(b) == b.possibly_overlaps(a)
    if both is not None:
        for end in (both.earliest, both.latest):
            if end is not None:
                assert a.contains(end)
                assert b.contains(end)
    if a.certainly_before(b):
        assert a.possibly_before(b)
        assert not b.possibly_before(a)
        assert not a.possibly_overlaps(b)
    if a.certainly_overlaps(b):
        assert a.possibly_overlaps(b)
    assert hull.sort_key()[0] <= min(a.sort_key()[0], b.sort_key()[0])
    assert hull.sort_key()[1] >= max(a.sort_key()[1], b.sort_key()[1])


@given(date_ranges(min_value=date(2000, 1, 1), max_value=date(2003, 12, 31)), st.data())
def test_relation_agrees_with_the_comparisons(a: DateRange, data: st.DataObject) -> None:
    b = data.draw(date_ranges(min_value=date(2000, 1, 1), max_value=date(2003, 12, 31)))
    rel = a.relation(b)
    assert rel.possible  # something always holds
    assert rel.converse == b.relation(a)
    assert a.certainly_before(b) == (rel.possible <= {Allen.BEFORE, Allen.MEETS})
    assert a.possibly_before(b) == bool(rel.possible & {Allen.BEFORE, Allen.MEETS})
    assert a.possibly_overlaps(b) == bool(rel.possible - DISJOINT)
    assert a.certainly_overlaps(b) == (not rel.possible & DISJOINT)


WINDOW = date(2020, 1, 1)


def _day(i: int) -> date:
    return WINDOW + timedelta(days=i)


@st.composite
def small_ranges(draw: st.DrawFn) -> DateRange:
    """Single dates and day-precise intervals inside a 7-day window."""
    lo = draw(st.integers(0, 6))
    hi = draw(st.integers(lo, 6))
    kind = draw(st.sampled_from(["single", "interval"]))
    if kind == "single":
        return DateRange.between(_day(lo), _day(hi))
    return DateRange(
        earliest=_day(lo),
        latest=_day(hi),
        earliest_precision=Precision.DAY,
        latest_precision=Precision.DAY,
    )


def _spans(r: DateRange) -> list[tuple[int, int]]:
    assert r.earliest is not None
    assert r.latest is not None
    lo, hi = (r.earliest - WINDOW).days, (r.latest - WINDOW).days
    if r.is_interval:
        return [(lo, hi + 1)]
    return [(s, e + 1) for s in range(lo, hi + 1) for e in range(s, hi + 1)]


def _allen(a: tuple[int, int], b: tuple[int, int]) -> Allen:
    (s, e), (t, f) = a, b
    if e < t:
        return Allen.BEFORE
    if e == t:
        return Allen.MEETS
    if f < s:
        return Allen.AFTER
    if f == s:
        return Allen.MET_BY
    if s == t and e == f:
        return Allen.EQUALS
    if s == t:
        return Allen.STARTS if e < f else Allen.STARTED_BY
    if e == f:
        return Allen.FINISHES if s > t else Allen.FINISHED_BY
    if t < s and e < f:
        return Allen.DURING
    if s < t and f < e:
        return Allen.CONTAINS
    return Allen.OVERLAPS if s < t else Allen.OVERLAPPED_BY


@given(small_ranges(), small_ranges())
def test_relation_matches_brute_force(a: DateRange, b: DateRange) -> None:
    expected = frozenset(_allen(x, y) for x, y in itertools.product(_spans(a), _spans(b)))
    assert relation(a, b) == Relation(possible=expected)


def test_every_allen_relation_is_reachable() -> None:
    seen = set()
    for lo1, hi1, lo2, hi2 in itertools.product(range(4), repeat=4):
        if lo1 > hi1 or lo2 > hi2:
            continue
        a = DateRange(
            earliest=_day(lo1),
            latest=_day(hi1),
            earliest_precision=Precision.DAY,
            latest_precision=Precision.DAY,
        )
        b = DateRange(
            earliest=_day(lo2),
            latest=_day(hi2),
            earliest_precision=Precision.DAY,
            latest_precision=Precision.DAY,
        )
        certain = a.relation(b).certain
        assert certain is not None  # exact intervals have exactly one relation
        seen.add(certain)
    assert seen == set(Allen)


def test_allen_examples() -> None:
    killings = DateRange.parse("from late July to early September 1988")
    august = DateRange.parse("August 1988")
    summer = DateRange.parse("the Summer of 1988")
    assert killings.relation(august).certain is Allen.CONTAINS
    assert killings.certainly_overlaps(august)
    assert killings.possibly_overlaps(summer)
    assert not killings.certainly_overlaps(summer)
    r1988 = DateRange.parse("1988")
    r2016 = DateRange.parse("in August 2016")
    assert r1988.certainly_before(r2016)
    assert r1988.relation(r2016).certain is Allen.BEFORE
    assert str(r1988.relation(r2016)) == "certainly before"
    late_july = DateRange.parse("late July 1988")
    assert late_july.certainly_before(august)
    meets_or_before = late_july.relation(august)
    assert meets_or_before.possible == {Allen.BEFORE, Allen.MEETS}
    assert meets_or_before.certain is None
    open_before = DateRange.parse("before 1990")
    assert open_before.possibly_before(r1988)
    assert not open_before.certainly_before(r1988)


def test_durations() -> None:
    assert DateRange.parse("1964/2008").shortest_duration() == date(2008, 1, 1) - date(
        1964, 12, 31
    ) + timedelta(days=1)
    assert DateRange.parse("1964/2008").longest_duration() == date(2009, 1, 1) - date(1964, 1, 1)
    assert DateRange.parse("1988").shortest_duration() == timedelta(days=1)
    assert DateRange.parse("1988").longest_duration() == timedelta(days=366)
    assert DateRange.parse("before 1990").longest_duration() is None


def test_intersection_and_span_values() -> None:
    july = DateRange.parse("July 1988")
    summer = DateRange.parse("the Summer of 1988")
    both = summer.intersection(july)
    assert both is not None
    assert (both.earliest, both.latest, both.precision) == (
        date(1988, 7, 1),
        date(1988, 7, 31),
        Precision.MONTH,
    )
    assert DateRange.parse("1988").intersection(DateRange.parse("1990")) is None
    hull = DateRange.parse("late July 1988").span(DateRange.parse("early September 1988"))
    assert (hull.earliest, hull.latest) == (date(1988, 7, 21), date(1988, 9, 10))


def test_sorting() -> None:
    texts = ["1990", "before 1980", "late July 1988", "1988", "after 2000"]
    ordered = sorted((DateRange.parse(t) for t in texts), key=DateRange.sort_key)
    assert [r.text for r in ordered] == [
        "before 1980",
        "1988",
        "late July 1988",
        "1990",
        "after 2000",
    ]


def test_str_reads_naturally() -> None:
    assert str(DateRange.parse("late July 1988")) == "late July 1988"
    assert str(DateRange.parse("1988-07-21/1988-07-31")) == "from 21 July to 31 July 1988"
    assert str(DateRange.parse("the Summer of 1988")) == "the summer of 1988"
    assert str(DateRange.parse("1984~")) == "about 1984"
    assert str(DateRange.parse("29 Tir 1367")) == "29 Tir 1367 SH"
    assert (
        str(DateRange.parse("between late July and early September 1988"))
        == "between late July and early September 1988"
    )


TOKENS = [
    "late",
    "early",
    "mid",
    "July",
    "Tir",
    "1988",
    "1367",
    "SH",
    "between",
    "and",
    "from",
    "to",
    "-",
    "/",
    "..",
    "[",
    "]",
    "{",
    "}",
    "~",
    "?",
    "%",
    "X",
    "Tuesday",
    ",",
    "the",
    "summer",
    "of",
    "1980s",
    "before",
    "after",
    "circa",
    "three",
    "days",
    "after",
    "last",
    "week",
    "10am",
    "GMT",
    "20",
    "T10:00:00Z",
    "S2",
    "Y17E7",
    "-",
    "24",
    "99",
    "۱۳۶۷",
    "night",
    "week",
    "first",
    "to",
    "/",
    "mid-to-late",
    "early-to-mid",
    "on or about",
    "over the past",
    "weeks",
    "this",
    "next",
    "15/11/2019",
    "11.03.19",
    "تير",
    "دي",
    "\u200c",
    "ك",
]


@given(st.text(max_size=80))
def test_fuzz_any_text(text: str) -> None:
    try:
        r = DateRange.parse(text)
    except DateParseError:
        return
    assert isinstance(r, DateRange)


@given(st.lists(st.sampled_from(TOKENS), max_size=8), st.sampled_from([None, date(2021, 8, 25)]))
def test_fuzz_token_soup(tokens: list[str], anchor: date | None) -> None:
    text = " ".join(tokens)
    try:
        r = DateRange.parse(text, anchor=anchor)
    except DateParseError:
        return
    assert isinstance(r, DateRange)
    DateRange.parse(r.to_edtf())
    str(r)


def test_long_input_is_refused_quickly() -> None:
    with pytest.raises(DateParseError, match="longer than"):
        DateRange.parse("1988 " * (MAX_TEXT_LENGTH // 5 + 1))
