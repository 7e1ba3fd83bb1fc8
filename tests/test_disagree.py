"""disagreements(): grouping, classification, independence, and their invariants."""

from __future__ import annotations

import math
from datetime import date, timedelta
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    Event,
    Facility,
    Figure,
    Location,
    Qualifier,
    Quantity,
    Source,
    SourceKind,
    disagree,
)
from rightsdata.disagree import (
    DisagreementKind,
    _sweep,
    date_disagreements,
    disagreements,
    source_families,
)
from rightsdata.records import Record, ReportedDate


def src(id: str, *cites: str, published: str | None = None) -> Source:
    return Source(
        id=id,
        kind=SourceKind.NEWS_ARTICLE,
        title=id,
        cites=cites,
        published=DateRange.parse(published) if published else None,
    )


def ev(id: str, parent: str | None = None) -> Event:
    return Event(
        id=id,
        kind="execution",
        title=id,
        date=DateRange.parse("1988"),
        parent=parent,
        citations=(Citation(source="amnesty"),),
    )


def fig(id: str, q: Quantity, source: str, **kw: object) -> Figure:
    kw.setdefault("measure", "killed")
    kw.setdefault("subject", "massacre")
    return Figure(id=id, quantity=q, citations=(Citation(source=source),), **kw)  # type: ignore[arg-type]


BASE: list[Record] = [
    src("amnesty", published="2018-12-04"),
    src("iranintl", "amnesty", published="2021-09"),
    src("mek", published="2021-08-25"),
    src("ap"),
    src("ncri", "ap"),
    ev("massacre"),
    ev("tehran-commission", parent="massacre"),
]


def test_1988_tolls_are_consistent_with_a_six_fold_spread() -> None:
    ds = Dataset(
        [
            *BASE,
            fig("f-amnesty", Quantity.at_least(5000), "amnesty"),
            fig("f-iranintl", Quantity.at_least(5000), "iranintl"),
            fig("f-mek", Quantity.more_than(30000), "mek"),
        ]
    )
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.CONSISTENT
    assert [f.id for f in d.figures] == ["f-amnesty", "f-iranintl", "f-mek"]
    assert d.sources == ("amnesty", "iranintl", "mek")
    assert d.independent_sources == 2
    assert d.repeats == ("iranintl",)
    assert d.consensus == Quantity.at_least(30001)
    assert d.envelope == Quantity.at_least(5000)
    assert math.isclose(d.spread, 30001 / 5000)
    assert d.spread_is_lower_bound
    text = d.explain()
    assert text == (
        "Sources differ on killed (persons) for massacre but do not contradict each other: "
        '"at least 5,000" (amnesty); "at least 5,000" (iranintl); "more than 30,000" (mek); '
        "the estimates differ at least 6-fold; 2 independent source families."
    )
    est = d.estimate(ds)
    assert (est.low, est.best, est.high) == (5000, 5000, None)
    # Iran International cites Amnesty: it repeats it, so Amnesty stands for the family.
    assert est.figures == ("f-amnesty", "f-mek")


def test_exact_counts_that_differ_conflict() -> None:
    ds = Dataset(
        [
            *BASE,
            fig("a", Quantity.exact(281), "amnesty", period=DateRange.parse("2019")),
            fig("b", Quantity.exact(280), "mek", period=DateRange.parse("2019")),
        ]
    )
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.CONFLICT
    assert d.consensus is None
    assert d.envelope == Quantity.between(280, 281)
    assert "cannot all be right" in d.explain()


def test_identical_counts_agree() -> None:
    ds = Dataset(
        [*BASE, fig("a", Quantity.exact(281), "amnesty"), fig("b", Quantity.exact(281), "ap")]
    )
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.AGREE
    assert d.consensus == Quantity.exact(281)
    assert d.spread == 1.0


SEVENTY_THOUSAND = Quantity.exact(70000)
SOME_85_000 = Quantity.about(85000)


def two_totals(
    first_as_of: str,
    second_as_of: str,
    second_source: str,
    first: Quantity = SEVENTY_THOUSAND,
    second: Quantity = SOME_85_000,
) -> Dataset:
    """Two running totals of prisoners released (by default 70,000, then some 85,000)."""
    return Dataset(
        [
            *BASE,
            fig("r1", first, "ap", measure="released", as_of=DateRange.parse(first_as_of)),
            fig(
                "r2",
                second,
                second_source,
                measure="released",
                as_of=DateRange.parse(second_as_of),
            ),
        ]
    )


def test_running_total_reported_later_supersedes() -> None:
    ds = two_totals("2020-03-09", "2020-03-17", "mek")
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.SUPERSEDED
    assert d.consensus is None  # 70,000 and 76,500..93,500 do not overlap
    assert "revised upwards" in d.explain()


def test_running_total_that_falls_conflicts() -> None:
    ds = two_totals(
        "2020-03-09", "2020-03-17", "mek", first=Quantity.exact(85000), second=Quantity.exact(70000)
    )
    assert disagreements(ds)[0].kind is DisagreementKind.CONFLICT


def test_nested_measures_compare_one_way() -> None:
    # 5,000 executed is compatible with at least 4,000 killed ...
    ok = Dataset(
        [
            *BASE,
            fig("k", Quantity.at_least(4000), "mek"),
            fig("x", Quantity.exact(5000), "amnesty", measure="executed"),
        ]
    )
    [d] = disagreements(ok)
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.measure == "killed"
    # ... and more executed than killed is not.
    bad = Dataset(
        [
            *BASE,
            fig("k", Quantity.exact(5000), "mek"),
            fig("x", Quantity.at_least(6000), "amnesty", measure="executed"),
        ]
    )
    assert disagreements(bad)[0].kind is DisagreementKind.CONFLICT
    # Killed does not count towards executed: 3,000 executed against 5,000 killed is fine.
    fine = Dataset(
        [
            *BASE,
            fig("k", Quantity.exact(5000), "mek"),
            fig("x", Quantity.exact(3000), "amnesty", measure="executed"),
        ]
    )
    assert disagreements(fine)[0].kind is DisagreementKind.CONSISTENT


@pytest.mark.parametrize(
    "pair",
    [
        [
            fig("y2019", Quantity.exact(281), "ncri", period=DateRange.parse("2019")),
            fig("y2020", Quantity.at_least(251), "ncri", period=DateRange.parse("2020")),
        ],
        [
            fig("a", Quantity.exact(100), "mek"),
            fig("b", Quantity.exact(5), "mek", measure="interviewed"),
        ],
        [
            fig("a", Quantity.exact(5), "mek"),
            fig("b", Quantity.at_least(32), "amnesty", unit="cities"),
        ],
        [
            fig("tehran", Quantity.exact(10), "amnesty", place="Tehran"),
            fig("mashhad", Quantity.exact(12), "mek", place="Mashhad"),
        ],
        [
            fig("a", Quantity.exact(10), "amnesty"),
            fig("b", Quantity.exact(12), "mek", subject=None),
        ],
    ],
)
def test_what_is_not_grouped(pair: list[Figure]) -> None:
    assert disagreements(Dataset([*BASE, *pair])) == []


def test_unrelated_figures_chained_by_a_broader_one_do_not_conflict() -> None:
    ds = Dataset(
        [
            *BASE,
            fig("all", Quantity.at_least(5), "ap"),
            fig("tehran", Quantity.exact(10), "amnesty", place="Tehran"),
            fig("mashhad", Quantity.exact(12), "mek", place="Mashhad"),
        ]
    )
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.consensus is None  # no single number satisfies both cities' counts


def test_parent_and_child_events_are_grouped() -> None:
    ds = Dataset(
        [
            *BASE,
            fig("a", Quantity.at_least(5000), "amnesty"),
            fig("b", Quantity.exact(4000), "mek", subject="tehran-commission"),
        ]
    )
    [d] = disagreements(ds)
    assert d.subject == "massacre"


def test_a_part_conflicts_only_when_larger_than_its_whole() -> None:
    child = fig("child", Quantity.exact(800), "ap", subject="tehran-commission")
    whole = fig("whole", Quantity.at_least(5000), "amnesty")
    [d] = disagreements(Dataset([*BASE, child, whole]))
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.consensus == Quantity.at_least(5000)  # the child's count is not a rival
    assert d.spread == 1.0
    big = fig("child", Quantity.at_least(6000), "ap", subject="tehran-commission")
    capped = fig("whole", Quantity.between(4000, 5000), "amnesty")
    assert disagreements(Dataset([*BASE, big, capped]))[0].kind is DisagreementKind.CONFLICT


def test_a_sub_period_is_not_a_rival_estimate() -> None:
    year = fig(
        "year", Quantity.at_least(220), "ncri", period=DateRange.parse("2021-01-01/2021-08-25")
    )
    months = fig(
        "months", Quantity.more_than(60), "ncri", period=DateRange.parse("2021-06-25/2021-08-25")
    )
    [d] = disagreements(Dataset([*BASE, year, months]))
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.spread == 1.0
    assert d.consensus == Quantity.at_least(220)


def test_a_vague_order_never_makes_a_conflict() -> None:
    thousands = fig("t", Quantity.parse("thousands"), "amnesty")
    many = fig("m", Quantity.more_than(30000), "mek")
    [d] = disagreements(Dataset([*BASE, thousands, many]))
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.consensus == Quantity.at_least(30001)
    assert d.envelope == Quantity.at_least(2000)


def test_running_totals_in_uncertain_but_plausible_order_are_superseded() -> None:
    plausible = two_totals("2020-01/2020-03", "2020-03", "ap")
    assert disagreements(plausible)[0].kind is DisagreementKind.SUPERSEDED
    same_day = two_totals("2020-03", "2020-03", "mek")
    assert disagreements(same_day)[0].kind is DisagreementKind.CONFLICT


def test_the_example_dataset() -> None:
    from rightsdata.examples import iran_prisons

    ds = iran_prisons()
    found = {d.figures[0].id: d for d in disagreements(ds)}
    massacre = next(
        d for d in found.values() if d.subject == "ev-1988-massacre" and d.measure == "killed"
    )
    assert massacre.kind is DisagreementKind.CONSISTENT
    assert math.isclose(massacre.spread, 30001 / 5000)
    assert massacre.spread_is_lower_bound
    releases = next(d for d in found.values() if d.measure == "released")
    assert releases.kind is DisagreementKind.SUPERSEDED
    # The estimate rests on rival figures: not "thousands", nor "hundreds" of a part.
    est = massacre.estimate(ds)
    assert est.figures == ("fig-1988-killed-iranintl", "fig-1988-killed-mek")
    assert (est.low, est.best, est.high) == (5000, 5000, None)


def test_an_estimate_leaves_out_a_family_without_a_rival_figure() -> None:
    ds = Dataset(
        [
            *BASE,
            fig("vague", Quantity.parse("thousands"), "amnesty"),
            fig("count", Quantity.exact(4000), "mek"),
        ]
    )
    [d] = disagreements(ds)
    assert d.independent_sources == 2
    est = d.estimate(ds)
    assert (est.low, est.best, est.high, est.figures) == (4000, 4000, 4000, ("count",))
    only_vague = Dataset(
        [
            *BASE,
            fig("t", Quantity.parse("thousands"), "amnesty"),
            fig("h", Quantity.parse("hundreds"), "mek"),
        ]
    )
    [d] = disagreements(only_vague)
    est = d.estimate(only_vague)
    assert (est.low, est.best, est.high, est.figures) == (None, None, None, ())


def test_source_families_follow_chains() -> None:
    ds = Dataset(
        [
            src("hackers"),
            src("ap", "hackers"),
            src("ncri", "ap"),
            src("mek"),
            src("x", "mek", "ncri"),
        ]
    )
    fams = source_families(ds, ["ncri", "ap", "mek"])
    assert [(f.origins, f.sources) for f in fams] == [
        (("hackers",), ("ap", "ncri")),
        (("mek",), ("mek",)),
    ]
    assert fams[0].repeats == ("ap", "ncri")
    # A source quoting both families repeats them; they stay two independent voices.
    both = source_families(ds, ["ncri", "mek", "x"])
    assert [(f.origins, f.sources) for f in both] == [
        (("mek",), ("mek", "x")),
        (("hackers",), ("ncri",)),
    ]
    assert both[0].repeats == ("x",)
    # Alone, the repeating source is one voice.
    assert len(source_families(ds, ["x"])) == 1


def test_date_disagreements() -> None:
    leak = Event(
        id="leak",
        kind="leak",
        title="Evin footage leaked",
        date=DateRange.parse("2021-08-21/2021-08-22"),
        citations=(Citation(source="ap"),),
        reported_dates=(
            ReportedDate(
                date=DateRange.day(date(2021, 8, 21)), citations=(Citation(source="mek"),)
            ),
            ReportedDate(date=DateRange.day(date(2021, 8, 22)), citations=(Citation(source="ap"),)),
        ),
    )
    vague = Event(
        id="vague",
        kind="leak",
        title="t",
        date=DateRange.parse("2021-08"),
        citations=(Citation(source="ap"),),
        reported_dates=(
            ReportedDate(date=DateRange.parse("2021-08"), citations=(Citation(source="mek"),)),
            ReportedDate(date=DateRange.day(date(2021, 8, 22)), citations=(Citation(source="ap"),)),
        ),
    )
    [d] = date_disagreements(Dataset([*BASE, leak, vague]))
    assert d.event == "leak"
    assert (
        d.explain() == "Sources date leak differently: 21 August 2021 (mek); 22 August 2021 (ap)."
    )


# -- properties ------------------------------------------------------------------------

SOURCES = ["amnesty", "iranintl", "mek", "ap", "ncri"]


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    n = draw(st.integers(0, 50))
    kind = draw(st.sampled_from(["exact", "at_least", "more_than", "between", "about"]))
    if kind == "between":
        return Quantity.between(n, n + draw(st.integers(0, 20)))
    return getattr(Quantity, kind)(n)


@st.composite
def figure_lists(draw: st.DrawFn) -> list[Figure]:
    n = draw(st.integers(0, 12))
    out = []
    for i in range(n):
        out.append(
            fig(
                f"f{i}",
                draw(quantities()),
                draw(st.sampled_from(SOURCES)),
                measure=draw(st.sampled_from(["killed", "executed", "released"])),
                subject=draw(st.sampled_from(["massacre", "tehran-commission", None])),
                period=draw(
                    st.sampled_from([None, DateRange.parse("2019"), DateRange.parse("2019-06")])
                ),
            )
        )
    return out


@given(figure_lists(), st.randoms(use_true_random=False))
def test_order_does_not_matter(figs: list[Figure], rnd) -> None:
    records = [*BASE, *figs]
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert disagreements(Dataset(records)) == disagreements(Dataset(shuffled))


@given(figure_lists())
def test_every_grouped_figure_in_exactly_one_disagreement_and_conflicts_have_no_consensus(
    figs: list[Figure],
) -> None:
    found = disagreements(Dataset([*BASE, *figs]))
    ids = [f.id for d in found for f in d.figures]
    assert len(ids) == len(set(ids))
    for d in found:
        assert len(d.figures) >= 2
        assert (d.consensus is None) or d.kind is not DisagreementKind.CONFLICT
        if d.kind is DisagreementKind.CONFLICT:
            assert d.consensus is None
        assert d.spread >= 1.0
        assert 1 <= d.independent_sources <= len(d.sources)


@given(figure_lists(), st.sampled_from(SOURCES), quantities())
def test_a_repeating_source_never_adds_independence(
    figs: list[Figure], cited: str, q: Quantity
) -> None:
    before = {
        frozenset(f.id for f in d.figures): d.independent_sources
        for d in disagreements(Dataset([*BASE, *figs]))
    }
    if not figs:
        return
    template = figs[0]
    echo = Figure(
        id="echo",
        measure=template.measure,
        quantity=template.quantity,
        subject=template.subject,
        period=template.period,
        citations=(Citation(source="echo-src"),),
    )
    after = disagreements(
        Dataset([*BASE, src("echo-src", *{c.source for c in template.citations}), *figs, echo])
    )
    for d in after:
        key = frozenset(f.id for f in d.figures if f.id != "echo")
        if key in before:
            assert d.independent_sources <= before[key]


# -- the engine against the all-pairs method ------------------------------------------
#
# The rules are pairwise (disagree._related, _disjoint, _sub_count); the engine compares
# classes and sweeps over periods instead. A tiny all-pairs reference, on figure lists
# made to hit the corners: nested measures, places given or not, child events, periods
# open, equal in bounds but not in words, nested, or absent, and vague orders.

PERIODS = [
    None,
    DateRange.parse("2019"),
    DateRange.between(date(2019, 1, 1), date(2019, 12, 31)),  # 2019's bounds, other words
    DateRange.parse("2019-06"),
    DateRange.parse("2019-06-15"),
    DateRange.parse("2019-06/2020-02"),
    DateRange.parse("2020"),
    DateRange.parse("2019-12-31"),  # touches the end of 2019
    DateRange.parse("2020-02-29"),  # touches the end of 2019-06/2020-02
    DateRange.between(date(2019, 3, 1), None),
    DateRange.between(None, date(2019, 2, 1)),
    DateRange.between(None, None),
]
MEASURES = ["killed", "executed", "died", "died_in_custody", "released"]
SUBJECTS = ["massacre", "tehran-commission", "evin-wing", "evin", "ward-209", None]
PLACES = [None, "Tehran", "Mashhad", "tehran", "Evin", "Ward 209"]
UNITS = ["persons", "people", "protesters", "cities"]
# Ward 209 is within Evin, Evin within Tehran (a facility's location and parent).
FACILITIES: list[Record] = [
    Facility(id="evin", name="Evin", kind="prison", location=Location(city="Tehran")),
    Facility(id="ward-209", name="Ward 209", kind="ward", parent="evin"),
]
CYCLE = [ev("loop-a", parent="loop-b"), ev("loop-b", parent="loop-a")]


@st.composite
def any_quantities(draw: st.DrawFn) -> Quantity:
    if draw(st.integers(0, 9)) == 0:
        return Quantity.parse(draw(st.sampled_from(["thousands", "hundreds", "dozens"])))
    return draw(quantities())


@st.composite
def mixed_figures(draw: st.DrawFn, max_size: int = 40) -> list[Figure]:
    n = draw(st.integers(0, max_size))
    subjects = [*SUBJECTS, "loop-a", "loop-b"] if draw(st.booleans()) else SUBJECTS
    return [
        fig(
            f"f{i:02d}",
            draw(any_quantities()),
            draw(st.sampled_from(SOURCES)),
            measure=draw(st.sampled_from(MEASURES)),
            unit=draw(st.sampled_from(UNITS)),
            subject=draw(st.sampled_from(subjects)),
            place=draw(st.sampled_from(PLACES)),
            period=draw(st.sampled_from(PERIODS)),
        )
        for i in range(n)
    ]


CTX = disagree._Context(
    Dataset([*BASE, *CYCLE, *FACILITIES, ev("evin-wing", parent="tehran-commission")])
)


def views(figs: list[Figure]) -> list[disagree._View]:
    return [CTX.view(f) for f in figs]


def naive_components(figs: list[disagree._View]) -> set[frozenset[str]]:
    parent = {f.id: f.id for f in figs}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(figs):
        for b in figs[i + 1 :]:
            if disagree._related(a, b, CTX):
                parent[find(a.id)] = find(b.id)
    groups: dict[str, set[str]] = {}
    for f in figs:
        groups.setdefault(find(f.id), set()).add(f.id)
    return {frozenset(g) for g in groups.values()}


def naive_conflict(figs: list[disagree._View], ctx: disagree._Context) -> bool:
    return any(
        disagree._related(a, b, ctx) and disagree._disjoint(a, b, ctx)
        for i, a in enumerate(figs)
        for b in figs[i + 1 :]
    )


def naive_rivals(figs: list[disagree._View], ctx: disagree._Context) -> list[disagree._View]:
    return [
        f
        for f in figs
        if f.quantity.qualifier is not Qualifier.VAGUE
        and not any(disagree._sub_count(f, g, ctx) for g in figs if g is not f)
    ]


@given(mixed_figures())
def test_the_sweep_finds_the_same_groups_as_all_pairs(figs: list[Figure]) -> None:
    # One bucket's worth: _components sees whatever it is given.
    vs = views(figs)
    comps = disagree._components(vs, CTX)
    got = {frozenset(f.id for f in g) for g in comps} if figs else set()
    assert got == naive_components(vs)
    for g in comps:
        assert [f.id for f in g] == sorted(f.id for f in g)


@given(mixed_figures())
def test_conflicts_and_rivals_by_class_match_all_pairs(figs: list[Figure]) -> None:
    figs.sort(key=lambda f: f.id)
    ctx = CTX
    figs = views(figs)  # type: ignore[assignment]
    conflict = naive_conflict(figs, ctx)
    assert disagree._has_conflict(figs, ctx) == conflict
    with mock.patch.object(_sweep, "_SCAN", 0):  # by classes, however small the group
        assert disagree._has_conflict(figs, ctx) == conflict
    expected = naive_rivals(figs, ctx)
    assert disagree._rivals(figs, ctx) == expected
    with mock.patch.object(_sweep, "_SCAN", 0):  # the index of periods, not a scan
        assert disagree._rivals(figs, ctx) == expected


@given(mixed_figures(max_size=25), st.randoms(use_true_random=False))
def test_every_related_figure_is_in_exactly_one_disagreement(figs: list[Figure], rnd) -> None:
    records: list[Record] = [
        *BASE,
        *FACILITIES,
        ev("evin-wing", parent="tehran-commission"),
        *figs,
    ]
    rnd.shuffle(records)
    found = disagreements(Dataset(records))
    ids = [f.id for d in found for f in d.figures]
    assert len(ids) == len(set(ids))
    ctx = disagree._Context(Dataset(records))
    vs = [ctx.view(f) for f in figs]

    def bucket(f: disagree._View) -> tuple[object, ...]:
        return (ctx.lineage(f.subject)[-1], disagree._measure_chain(f.what)[-1])

    partnered = {
        f.id
        for f in vs
        for g in vs
        if f is not g and bucket(f) == bucket(g) and disagree._related(f, g, ctx)
    }
    assert set(ids) == partnered


def test_parts_through_a_cycle_of_events_follow_the_pairwise_order() -> None:
    # loop-a and loop-b are each other's parent (Dataset.validate reports it): each
    # figure is then a part of the other, and the rule reads the pair in id order.
    ctx = disagree._Context(Dataset([*BASE, *CYCLE]))
    low = ctx.view(fig("f1", Quantity.exact(1), "mek", subject="loop-b"))
    high_first = ctx.view(fig("f0", Quantity.exact(3), "ap", subject="loop-a"))
    high_last = ctx.view(fig("f2", Quantity.exact(3), "ap", subject="loop-a"))
    zero = ctx.view(fig("f0", Quantity.between(0, 3), "ap", subject="loop-a"))
    assert naive_conflict([high_first, low], ctx)  # f0 is read as the part: 3 > 1
    assert not naive_conflict([low, high_last], ctx)  # f1 is read as the part: 1 <= 3
    for figs in ([high_first, low], [low, high_last], [zero, low, high_last]):
        assert disagree._has_conflict(figs, ctx) == naive_conflict(figs, ctx)
        with mock.patch.object(_sweep, "_SCAN", 0):
            assert disagree._has_conflict(figs, ctx) == naive_conflict(figs, ctx)


def test_no_period_and_a_period_open_at_both_ends_are_the_same_thing() -> None:
    # _same reads their bounds (equal) and _within their periods (only the open one is
    # within no period): the pair must be compared both ways, in either order.
    none = CTX.view(fig("f0", Quantity.exact(10), "amnesty"))
    open_ = CTX.view(fig("f1", Quantity.exact(5), "mek", period=DateRange.between(None, None)))
    for figs in ([none, open_], [open_, none]):
        assert naive_conflict(figs, CTX)
        with mock.patch.object(_sweep, "_SCAN", 0):
            assert disagree._has_conflict(figs, CTX)


@pytest.mark.parametrize(
    ("high_at", "kind"),
    [
        (None, DisagreementKind.CONSISTENT),
        (0, DisagreementKind.CONFLICT),
        (1234, DisagreementKind.CONFLICT),
        (2999, DisagreementKind.CONSISTENT),  # the widest period: the whole of all others
    ],
)
def test_nested_periods_find_a_part_above_its_whole_wherever_it_is(
    high_at: int | None, kind: DisagreementKind
) -> None:
    # A toll "since the start" at 3,000 dates, rising: each is within every later one,
    # so every pair is related (the quadratic shape of issue 15). One count of a
    # sub-period above a later total is a conflict however deep it lies.
    start = date(2022, 9, 16)
    figs = [
        fig(
            f"f{i:04d}",
            Quantity.exact(10 + i + (10_000 if i == high_at else 0)),
            SOURCES[i % 5],
            period=DateRange.between(start, start + timedelta(days=i)),
        )
        for i in range(3000)
    ]
    [d] = disagreements(Dataset([*BASE, *figs]))
    assert len(d.figures) == 3000
    assert d.kind is kind


def test_periods_that_share_only_their_last_day_are_compared() -> None:
    year = fig("year", Quantity.exact(5), "amnesty", period=DateRange.parse("2019"))
    day = fig("day", Quantity.exact(7), "mek", period=DateRange.parse("2019-12-31"))
    after = fig("after", Quantity.exact(9), "ap", period=DateRange.parse("2020"))
    [d] = disagreements(Dataset([*BASE, year, day, after]))
    assert [f.id for f in d.figures] == ["day", "year"]
    assert d.kind is DisagreementKind.CONFLICT  # seven on one day of a year of five


def test_a_big_group_is_not_compared_pair_by_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # 3,000 daily counts of one massacre, in three places and without one, plus a few
    # totals for the whole event: one group. Counting the pairwise checks (not the
    # time) shows the engine does not look at the 4.5 million pairs.
    calls = 0
    related = disagree._related

    def counting(a: disagree._View, b: disagree._View, ctx: disagree._Context) -> bool:
        nonlocal calls
        calls += 1
        return related(a, b, ctx)

    monkeypatch.setattr(_sweep, "_related", counting)
    start = date(2019, 1, 1).toordinal()
    daily = [
        fig(
            f"d{i:04d}",
            Quantity.exact(i % 7),
            SOURCES[i % 5],
            period=DateRange.day(date.fromordinal(start + i // 4)),
            place=PLACES[i % 3] if i % 4 else None,
        )
        for i in range(3000)
    ]
    totals = [fig(f"t{i}", Quantity.at_least(5000 + i), "amnesty") for i in range(5)]
    [d] = disagreements(Dataset([*BASE, *daily, *totals]))
    assert len(d.figures) == 3005
    assert d.kind is DisagreementKind.CONFLICT  # 0 and 1 on the same day, same place
    assert calls < 20 * len(d.figures)


def test_source_families_survive_long_chains_and_cycles() -> None:
    chain = [src("s0"), *(src(f"s{i}", f"s{i - 1}") for i in range(1, 5000))]
    [fam] = source_families(Dataset(chain), ["s4999", "s2500"])
    assert fam.origins == ("s0",)
    assert fam.repeats == ("s2500", "s4999")
    # A cycle that cites nothing else is one voice, whatever the order of the records.
    loop = [src("a", "b"), src("b", "a"), src("c", "a"), src("d")]
    for records in (loop, loop[::-1]):
        fams = source_families(Dataset(records), ["c", "b", "d"])
        assert [(f.origins, f.sources) for f in fams] == [
            (("a", "b"), ("b", "c")),
            (("d",), ("d",)),
        ]


def test_an_upper_bound_alone_offers_no_estimate() -> None:
    ds = Dataset(
        [*BASE, fig("a", Quantity.fewer_than(50), "amnesty"), fig("b", Quantity.exact(40), "mek")]
    )
    [d] = disagreements(ds)
    assert d.spread == 1.0
    assert "inf" not in d.explain()
    assert d.estimate(ds).best == 40


def test_a_zero_estimate_is_named_not_infinite() -> None:
    ds = Dataset(
        [*BASE, fig("a", Quantity.at_least(0), "amnesty"), fig("b", Quantity.exact(40), "mek")]
    )
    [d] = disagreements(ds)
    assert math.isinf(d.spread)
    assert "one estimate is zero" in d.explain()
    assert "inf" not in d.explain()
