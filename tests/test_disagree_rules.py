"""The pairwise rules of rightsdata.disagree (the ``_rules`` module), tested as the
specification: a table of small hand-built pairs with the verdict of every rule, each rule
and each branch at least once (touching periods, open ends, hedged and vague values), the
group rule that classifies (agree, consistent, conflict, superseded), and properties the
rules must have whatever the figures (symmetry, a part is never the same thing)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    DisagreementKind,
    Event,
    Facility,
    Figure,
    Location,
    Quantity,
)
from rightsdata.disagree._context import _Context
from rightsdata.disagree._rules import (
    _disjoint,
    _part_of,
    _possibly_overlap,
    _related,
    _same,
    _sub_count,
    _View,
    _within,
)
from rightsdata.disagree._sweep import _classify


def event(id: str, parent: str | None = None, location: Location | None = None) -> Event:
    return Event(
        id=id,
        kind="execution",
        title=id,
        date=DateRange.parse("2019"),
        parent=parent,
        location=location,
        citations=(Citation(source="s"),),
    )


# The world the rules read: an event and its child; Ward 209 within Evin within Tehran;
# Shiraz within Fars (an event's location).
CTX = _Context(
    Dataset(
        [
            event("massacre"),
            event("commission", parent="massacre"),
            event("shiraz-protest", location=Location(city="Shiraz", province="Fars")),
            Facility(id="evin", name="Evin", kind="prison", location=Location(city="Tehran")),
            Facility(id="ward-209", name="Ward 209", kind="ward", parent="evin"),
        ]
    )
)

Y2019 = DateRange.parse("2019")


def view(id: str = "a", q: str = "5", **kw: Any) -> _View:
    kw.setdefault("measure", "killed")
    kw.setdefault("subject", "massacre")
    f = Figure(id=id, quantity=Quantity.parse(q), citations=(Citation(source="s"),), **kw)
    return CTX.view(f)


def period(text: str) -> DateRange:
    return DateRange.parse(text)


# Each row: what the pair shows, figure a, figure b, and the verdicts
# (related, same, a part of b, b part of a, a sub-count of b, disjoint).
V = tuple[bool, bool, bool, bool, bool, bool]
ROWS: list[tuple[str, dict[str, Any], dict[str, Any], V]] = [
    # -- the same thing: only the numbers can differ ---------------------------------
    ("equal exact counts", {}, {}, (True, True, False, False, False, False)),
    ("281 against 280", {"q": "281"}, {"q": "280"}, (True, True, False, False, False, True)),
    ("ranges touching at 7", {"q": "3-7"}, {"q": "7-9"}, (True, True, False, False, False, False)),
    ("ranges apart", {"q": "3-6"}, {"q": "7-9"}, (True, True, False, False, False, True)),
    (
        "at least 5,000 against more than 30,000",
        {"q": "at least 5,000"},
        {"q": "more than 30,000"},
        (True, True, False, False, False, False),
    ),
    (
        "fewer than 50 against 60",
        {"q": "fewer than 50"},
        {"q": "60"},
        (True,) * 2 + (False,) * 3 + (True,),
    ),
    (
        "up to 60 against 60",
        {"q": "up to 60"},
        {"q": "60"},
        (True, True, False, False, False, False),
    ),
    (
        "thousands against 5: vague never decides",
        {"q": "thousands"},
        {},
        (True, True, False, False, False, False),
    ),
    (
        "place spelt two ways",
        {"place": "Tehran"},
        {"place": "tehran"},
        (True, True, False, False, False, False),
    ),
    (
        "2019 in other words",
        {"period": Y2019},
        {"period": DateRange.between(date(2019, 1, 1), date(2019, 12, 31))},
        (True, True, False, False, False, False),
    ),
    (
        "no subject, both",
        {"subject": None},
        {"subject": None},
        (True, True, False, False, False, False),
    ),
    # -- parts: a narrower measure, unit, subject, period or place --------------------
    (
        "executed (within killed) larger than killed",
        {"q": "10", "measure": "executed"},
        {},
        (True, False, True, False, False, True),
    ),
    (
        "killed larger than executed: the whole may be",
        {"q": "10"},
        {"measure": "executed"},
        (True, False, False, True, False, False),
    ),
    (
        "more than 5 executed against 5 killed",
        {"q": "more than 5", "measure": "executed"},
        {},
        (True, False, True, False, False, True),
    ),
    (
        "protesters (within persons)",
        {"unit": "protesters"},
        {"unit": "persons"},
        (True, False, True, False, False, False),
    ),
    (
        "a child event: a sub-count",
        {"q": "10", "subject": "commission"},
        {},
        (True, False, True, False, True, True),
    ),
    (
        "a month of the year: a sub-count",
        {"period": period("2019-06")},
        {"period": Y2019},
        (True, False, True, False, True, False),
    ),
    (
        "the last day of the year touches it: within",
        {"q": "9", "period": period("2019-12-31")},
        {"period": Y2019},
        (True, False, True, False, True, True),
    ),
    (
        "a dated count within the whole subject",
        {"period": Y2019},
        {},
        (True, False, True, False, True, False),
    ),
    (
        "the whole subject is within no dated period",
        {},
        {"period": Y2019},
        (True, False, False, True, False, False),
    ),
    (
        "Ward 209 within Evin",
        {"q": "9", "place": "Ward 209"},
        {"place": "Evin"},
        (True, False, True, False, False, True),
    ),
    (
        "Shiraz within Fars",
        {"place": "Shiraz"},
        {"place": "Fars"},
        (True, False, True, False, False, False),
    ),
    (
        "a named place within none given",
        {"q": "9", "place": "Tehran"},
        {},
        (True, False, True, False, False, True),
    ),
    # -- crossing sets: related, never disjoint ---------------------------------------
    (
        "2019 against December 2019 to February 2020",
        {"q": "1", "period": Y2019},
        {"q": "900", "period": period("2019-12/2020-02")},
        (True, False, False, False, False, False),
    ),
    (
        "open from March 2019, against 2019",
        {"q": "1", "period": DateRange.between(date(2019, 3, 1), None)},
        {"q": "900", "period": Y2019},
        (True, False, False, False, False, False),
    ),
    (
        "a narrower measure at a wider place",
        {"q": "900", "measure": "executed"},
        {"q": "1", "place": "Tehran"},
        (True, False, False, False, False, False),
    ),
    # -- not related: never compared --------------------------------------------------
    ("2019 against 2020", {"period": Y2019}, {"period": period("2020")}, (False,) * 6),
    (
        "open until February 2019, against 2020",
        {"period": DateRange.between(None, date(2019, 2, 1))},
        {"q": "900", "period": period("2020")},
        (False,) * 6,
    ),
    ("released against killed", {"measure": "released"}, {"q": "900"}, (False,) * 6),
    ("Tehran against Shiraz", {"place": "Tehran"}, {"q": "900", "place": "Shiraz"}, (False,) * 6),
    ("persons against cities", {"unit": "cities"}, {"q": "900"}, (False,) * 6),
]


@pytest.mark.parametrize(("a", "b", "verdicts"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_the_rules_on_a_pair(a: dict[str, Any], b: dict[str, Any], verdicts: V) -> None:
    x, y = view("a", **a), view("b", **b)
    got = (
        _related(x, y, CTX),
        _same(x, y),
        _part_of(x, y, CTX),
        _part_of(y, x, CTX),
        _sub_count(x, y, CTX),
        _disjoint(x, y, CTX),
    )
    assert got == verdicts
    # related, same and disjoint are symmetric (there is no cycle of parents here)
    assert (_related(y, x, CTX), _same(y, x), _disjoint(y, x, CTX)) == (got[0], got[1], got[5])


def test_every_verdict_is_given_both_ways_in_the_table() -> None:
    for i in range(6):
        assert {v[i] for *_, v in ROWS} == {True, False}, i


PERIOD_ROWS = [
    # a, b, possibly overlap, a within b
    (None, None, True, True),
    (None, Y2019, True, False),
    (Y2019, None, True, True),
    (Y2019, period("2019-12-31"), True, False),
    (period("2019-12-31"), Y2019, True, True),
    (Y2019, period("2020-01-01"), False, False),
    (DateRange.between(None, date(2019, 1, 1)), Y2019, True, False),
    (DateRange.between(None, None), Y2019, True, False),
    (Y2019, DateRange.between(None, None), True, True),
]


@pytest.mark.parametrize(("a", "b", "overlap", "within"), PERIOD_ROWS)
def test_periods(a: DateRange | None, b: DateRange | None, overlap: bool, within: bool) -> None:
    assert _possibly_overlap(a, b) is overlap is _possibly_overlap(b, a)
    assert _within(a, b) is within


def test_a_cycle_of_parents_makes_each_a_part_of_the_other() -> None:
    ctx = _Context(Dataset([event("loop-a", parent="loop-b"), event("loop-b", parent="loop-a")]))
    a = ctx.view(view("a", "9", subject="loop-a").fig)
    b = ctx.view(view("b", "5", subject="loop-b").fig)
    assert _part_of(a, b, ctx)
    assert _part_of(b, a, ctx)
    # the pairwise rule then reads the first as the part: 9 above 5, but 5 not above 9
    assert _disjoint(a, b, ctx)
    assert not _disjoint(b, a, ctx)


# -- the group rule ---------------------------------------------------------------------


def totals(*pairs: tuple[str, str]) -> list[_View]:
    return [view(f"t{i}", q, as_of=period(when)) for i, (when, q) in enumerate(pairs)]


GROUPS = [
    ("equal counts agree", [view("a"), view("b")], DisagreementKind.AGREE),
    (
        "about 100 against 100: the best agrees, not the bounds",
        [view("a", "about 100"), view("b", "100")],
        DisagreementKind.CONSISTENT,
    ),
    (
        "overlapping hedges are consistent",
        [view("a", "at least 5,000"), view("b", "more than 30,000")],
        DisagreementKind.CONSISTENT,
    ),
    ("disjoint counts conflict", [view("a", "281"), view("b", "280")], DisagreementKind.CONFLICT),
    (
        "a part larger than its whole conflicts",
        [view("a", "10", subject="commission"), view("b", "5")],
        DisagreementKind.CONFLICT,
    ),
    (
        "a running total revised upwards is superseded",
        totals(("2020-03", "70,000"), ("2020-04", "some 85,000")),
        DisagreementKind.SUPERSEDED,
    ),
    (
        "an equal later total is superseded too",
        totals(("2020-03", "70"), ("2020-04", "70")),
        DisagreementKind.SUPERSEDED,
    ),
    (
        "a running total that falls conflicts",
        totals(("2020-03", "85,000"), ("2020-04", "70,000")),
        DisagreementKind.CONFLICT,
    ),
    (
        "totals of the same date are compared as counts",
        totals(("2020-03", "85,000"), ("2020-03", "70,000")),
        DisagreementKind.CONFLICT,
    ),
    (
        "totals of overlapping dates, in order of their first day",
        totals(("2020", "70"), ("2020-03", "80")),
        DisagreementKind.SUPERSEDED,
    ),
    (
        "totals of overlapping dates that fall",
        totals(("2020", "80"), ("2020-03", "70")),
        DisagreementKind.CONFLICT,
    ),
    (
        "a total with a period is not a running total",
        [view("a", "70", as_of=period("2020-03"), period=Y2019), *totals(("2020-04", "80"))],
        DisagreementKind.CONSISTENT,
    ),
]


@pytest.mark.parametrize(("figs", "kind"), [g[1:] for g in GROUPS], ids=[g[0] for g in GROUPS])
def test_the_group_rule(figs: list[_View], kind: DisagreementKind) -> None:
    assert _classify(figs, CTX) is kind


# -- properties -------------------------------------------------------------------------

QUANTITIES = ["5", "9", "281", "3-7", "at least 5", "more than 8", "fewer than 6", "thousands"]


@st.composite
def views(draw: st.DrawFn, id: str) -> _View:
    return view(
        id,
        draw(st.sampled_from(QUANTITIES)),
        measure=draw(st.sampled_from(["killed", "executed", "died", "released"])),
        unit=draw(st.sampled_from(["persons", "protesters", "cities"])),
        subject=draw(st.sampled_from(["massacre", "commission", None])),
        place=draw(st.sampled_from([None, "Tehran", "Evin", "Ward 209", "Shiraz"])),
        period=draw(
            st.sampled_from(
                [
                    None,
                    Y2019,
                    period("2019-06"),
                    period("2019-12/2020-02"),
                    period("2020"),
                    DateRange.between(date(2019, 3, 1), None),
                ]
            )
        ),
    )


@given(views("a"), views("b"))
def test_symmetric_rules_are_symmetric(a: _View, b: _View) -> None:
    assert _related(a, b, CTX) == _related(b, a, CTX)
    assert _same(a, b) == _same(b, a)
    assert _disjoint(a, b, CTX) == _disjoint(b, a, CTX)


@given(views("a"), views("b"))
def test_a_part_is_never_the_same_thing_nor_its_own_whole(a: _View, b: _View) -> None:
    part = _part_of(a, b, CTX)
    assert not (part and _same(a, b))
    assert not (part and _part_of(b, a, CTX))
    assert not _sub_count(a, b, CTX) or part
    assert not _same(a, b) or _related(a, b, CTX)
    assert not _disjoint(a, b, CTX) or _same(a, b) or part or _part_of(b, a, CTX)
