"""disagreements(): grouping, classification, independence, and their invariants."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    Event,
    Figure,
    Quantity,
    Source,
    SourceKind,
)
from rightsdata.disagree import (
    DisagreementKind,
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
    assert est.figures == ("f-iranintl", "f-mek")  # the latest of the Amnesty family


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


def test_running_total_reported_later_supersedes() -> None:
    ds = Dataset(
        [
            *BASE,
            fig(
                "r1",
                Quantity.exact(70000),
                "ap",
                measure="released",
                as_of=DateRange.parse("2020-03-09"),
            ),
            fig(
                "r2",
                Quantity.about(85000),
                "mek",
                measure="released",
                as_of=DateRange.parse("2020-03-17"),
            ),
        ]
    )
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.SUPERSEDED
    assert d.consensus is None  # 70,000 and 76,500..93,500 do not overlap
    assert "revised upwards" in d.explain()


def test_running_total_that_falls_conflicts() -> None:
    ds = Dataset(
        [
            *BASE,
            fig(
                "r1",
                Quantity.exact(85000),
                "ap",
                measure="released",
                as_of=DateRange.parse("2020-03-09"),
            ),
            fig(
                "r2",
                Quantity.exact(70000),
                "mek",
                measure="released",
                as_of=DateRange.parse("2020-03-17"),
            ),
        ]
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
    ds = Dataset(
        [
            *BASE,
            fig(
                "r1",
                Quantity.exact(70000),
                "ap",
                measure="released",
                as_of=DateRange.parse("2020-01/2020-03"),
            ),
            fig(
                "r2",
                Quantity.about(85000),
                "ap",
                measure="released",
                as_of=DateRange.parse("2020-03"),
            ),
        ]
    )
    assert disagreements(ds)[0].kind is DisagreementKind.SUPERSEDED
    same_day = Dataset(
        [
            *BASE,
            fig(
                "r1",
                Quantity.exact(70000),
                "ap",
                measure="released",
                as_of=DateRange.parse("2020-03"),
            ),
            fig(
                "r2",
                Quantity.about(85000),
                "mek",
                measure="released",
                as_of=DateRange.parse("2020-03"),
            ),
        ]
    )
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
    # A source citing both families joins them into one voice.
    assert len(source_families(ds, ["ncri", "mek", "x"])) == 1


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
