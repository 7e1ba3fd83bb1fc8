"""Issue #10, "Trust first": comparisons disagreements() used to miss, and estimates.

One regression test per example of the issue, then properties of the classes.
"""

from __future__ import annotations

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
    Quantity,
    Source,
    SourceKind,
    disagree,
    near_misses,
)
from rightsdata.disagree import Disagreement, DisagreementKind, disagreements
from rightsdata.records import Record
from rightsdata.vocabulary import UNIT_PARENTS, UNIT_SYNONYMS, measure_key, unit_key


def src(id: str, *cites: str, published: str | None = None) -> Source:
    return Source(
        id=id,
        kind=SourceKind.NGO_REPORT,
        title=id,
        cites=cites,
        published=DateRange.parse(published) if published else None,
    )


def toll(id: str, q: Quantity, source: str, **kw: object) -> Figure:
    kw.setdefault("measure", "executed")
    kw.setdefault("subject", "ev")
    return Figure(id=id, quantity=q, citations=(Citation(source=source),), **kw)  # type: ignore[arg-type]


BASE: list[Record] = [
    src("amnesty"),
    src("hrana"),
    src("iranintl", "amnesty"),
    Event(
        id="ev",
        kind="execution",
        title="Executions",
        date=DateRange.parse("2019"),
        citations=(Citation(source="amnesty"),),
    ),
    Facility(id="evin", name="Evin Prison", kind="prison", location=Location(city="Tehran")),
    Facility(id="ward-209", name="Ward 209", kind="ward", parent="evin"),
]
SHIRAZ_IN_FARS = Event(
    id="ev-shiraz",
    kind="protest",
    title="A protest in Shiraz",
    date=DateRange.parse("2019-11"),
    citations=(Citation(source="amnesty"),),
    location=Location(country="IR", province="Fars", city="Shiraz"),
)


def only(*records: Record) -> Disagreement:
    [d] = disagreements(Dataset([*BASE, *records]))
    return d


# -- spelling is not a difference ------------------------------------------------------


def test_places_that_differ_only_in_case_are_compared() -> None:
    d = only(
        toll("a", Quantity.exact(10), "amnesty", place="Shiraz"),
        toll("b", Quantity.exact(12), "hrana", place="shiraz"),
    )
    assert d.kind is DisagreementKind.CONFLICT


def test_people_and_protesters_are_persons() -> None:
    q, unit = Quantity.parse_with_unit("300 people")
    assert unit == "people"
    d = only(
        toll("a", q, "amnesty", unit=unit, measure="killed"),
        toll("b", Quantity.exact(280), "hrana", measure="killed"),
    )
    assert d.kind is DisagreementKind.CONFLICT  # the same count, 300 against 280
    # Protesters are persons: a count of protesters is a part, only larger is a conflict.
    part = toll("p", Quantity.exact(200), "amnesty", unit="protesters", measure="killed")
    whole = toll("w", Quantity.exact(300), "hrana", measure="killed")
    assert only(part, whole).kind is DisagreementKind.CONSISTENT
    big = toll("p", Quantity.exact(400), "amnesty", unit="Protesters", measure="killed")
    assert only(big, whole).kind is DisagreementKind.CONFLICT


def test_arrested_counts_towards_detained() -> None:
    arrested = toll("a", Quantity.exact(7000), "amnesty", measure="arrested")
    detained = toll("d", Quantity.at_least(5000), "hrana", measure="Detained")
    d = only(arrested, detained)
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.measure == "Detained"  # the broadest, as the figure wrote it
    assert measure_key("Arrests") == measure_key("arrested") == "arrested"


# -- hierarchies -----------------------------------------------------------------------


def test_a_ward_is_a_part_of_its_prison() -> None:
    ward = toll("w", Quantity.exact(30), "amnesty", subject="ward-209")
    prison = toll("p", Quantity.at_least(100), "hrana", subject="evin")
    d = only(ward, prison)
    assert d.subject == "evin"
    assert d.kind is DisagreementKind.CONSISTENT
    assert d.consensus == Quantity.at_least(100)  # the ward's count is not a rival
    capped = toll("p", Quantity.between(10, 20), "hrana", subject="evin")
    assert only(ward, capped).kind is DisagreementKind.CONFLICT


def test_a_place_is_within_another_when_a_record_says_so() -> None:
    city = toll("city", Quantity.exact(30), "amnesty", place="Shiraz")
    province = toll("prov", Quantity.exact(20), "hrana", place="Fars")
    # No record says Shiraz is in Fars: kept apart, and said so.
    ds = Dataset([*BASE, city, province])
    assert disagreements(ds) == []
    [miss] = near_misses(ds)
    assert miss.differences == ("place",)
    assert miss.parts == (("city",), ("prov",))
    assert miss.explain() == (
        "2 figures for ev, in 2 groups, are not compared with each other:"
        ' different place "Fars", "Shiraz".'
    )
    # An event located in Shiraz, Fars says so: then 30 in Shiraz cannot be a part of 20.
    assert only(SHIRAZ_IN_FARS, city, province).kind is DisagreementKind.CONFLICT
    small = toll("city", Quantity.exact(10), "amnesty", place="shiraz")
    assert only(SHIRAZ_IN_FARS, small, province).kind is DisagreementKind.CONSISTENT
    assert near_misses(Dataset([*BASE, SHIRAZ_IN_FARS, small, province])) == []
    assert disagree.place_parents(Dataset([SHIRAZ_IN_FARS]))["shiraz"] == {"fars", "ir"}


def test_a_facility_name_is_a_place_within_its_location_and_parent() -> None:
    up = disagree.place_parents(Dataset(BASE))
    assert up["vard 209"] >= {"evin prison"}  # match_key folds w to v
    assert up["evin prison"] == {"tehran"}


# -- crossing sets ---------------------------------------------------------------------


def test_periods_that_only_partly_overlap_never_conflict() -> None:
    year = toll("y", Quantity.exact(100), "amnesty", period=DateRange.parse("2019"))
    winter = toll("w", Quantity.exact(10), "hrana", period=DateRange.parse("2019-12-01/2020-01-31"))
    assert only(year, winter).kind is DisagreementKind.CONSISTENT
    # Within the year, ten cannot exceed a hundred, but 200 in December does.
    december = toll("w", Quantity.exact(200), "hrana", period=DateRange.parse("2019-12"))
    assert only(year, december).kind is DisagreementKind.CONFLICT


# -- independence ----------------------------------------------------------------------


def test_two_sources_citing_one_absent_source_are_one_family() -> None:
    ds = Dataset(
        [
            src("a", "leaked-video"),
            src("b", "leaked-video"),
            *BASE[3:],
            toll("fa", Quantity.exact(5), "a"),
            toll("fb", Quantity.exact(5), "b"),
        ]
    )
    [d] = disagreements(ds)
    assert d.independent_sources == 1
    assert d.families[0].origins == ("leaked-video",)
    assert "1 independent source family." in d.explain()


# -- the estimate ----------------------------------------------------------------------


def running(id: str, q: Quantity, source: str, as_of: str) -> Figure:
    return toll(id, q, source, measure="released", as_of=DateRange.parse(as_of))


def test_a_running_total_estimate_does_not_rest_on_a_repeat() -> None:
    # Iran International repeats Amnesty's total later, rounded: Amnesty stands for both.
    ds = Dataset(
        [
            *BASE,
            running("amnesty-total", Quantity.exact(70000), "amnesty", "2020-03-09"),
            running("echo-total", Quantity.about(70000), "iranintl", "2020-03-17"),
        ]
    )
    [d] = disagreements(ds)
    est = d.estimate(ds)
    assert est.figures == ("amnesty-total",)
    assert (est.low, est.best, est.high) == (70000, 70000, 70000)
    assert "amnesty-total" in est.why


def test_a_family_whose_total_is_superseded_is_left_out() -> None:
    ds = Dataset(
        [
            *BASE,
            running("old", Quantity.exact(70000), "amnesty", "2020-03-09"),
            running("new", Quantity.exact(85000), "hrana", "2020-03-17"),
        ]
    )
    [d] = disagreements(ds)
    assert d.kind is DisagreementKind.SUPERSEDED
    assert d.independent_sources == 2
    est = d.estimate(ds)
    assert est.figures == ("new",)
    assert est.best == 85000


def test_a_best_no_source_gave_says_why() -> None:
    ds = Dataset(
        [
            *BASE,
            toll("mek", Quantity.more_than(30000), "hrana"),
            toll("ai", Quantity.parse("thousands"), "amnesty"),  # not a rival estimate
        ]
    )
    [d] = disagreements(ds)
    est = d.estimate(ds)
    assert (est.best, est.figures) == (30001, ("mek",))
    assert est.why == (
        "Best 30,001: the only family's figure (mek); 30,001 is the lowest number"
        ' "more than 30,000" allows; the source gives no best.'
    )
    two = Dataset(
        [*BASE, toll("a", Quantity.about(90), "hrana"), toll("b", Quantity.exact(80), "amnesty")]
    )
    [d] = disagreements(two)
    assert d.estimate(two).why == (
        "Best 80: the median of the 2 families' estimates, 80 (b), 90 (a): the lower"
        ' middle one (b); "80" is an exact count.'
    )


def test_explain_gives_the_magnitude_of_a_conflict() -> None:
    d = only(
        toll("a", Quantity.exact(281), "amnesty", period=DateRange.parse("2019")),
        toll("b", Quantity.exact(1000), "hrana", period=DateRange.parse("2019")),
    )
    assert d.kind is DisagreementKind.CONFLICT
    assert "cannot all be right; the estimates differ 3.6-fold; 2 independent" in d.explain()


def test_estimating_every_group_reads_the_dataset_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Counting how often the dataset is analysed (not the time): once for all groups.
    built = 0
    real = disagree._Context.__init__

    def counting(self: disagree._Context, dataset: Dataset) -> None:
        nonlocal built
        built += 1
        real(self, dataset)

    monkeypatch.setattr(disagree._Context, "__init__", counting)
    figs = [
        toll(f"f{i}-{k}", Quantity.exact(i + k), "amnesty", period=DateRange.parse(str(1900 + i)))
        for i in range(50)
        for k in range(2)
    ]
    ds = Dataset([*BASE, *figs])
    found = disagreements(ds)
    assert len(found) == 50
    assert sorted(d.estimate(ds).best or 0 for d in found) == list(range(50))
    assert built == 1
    found[0].estimate(Dataset([*BASE, *figs]))  # another dataset: read anew
    assert built == 2


# -- properties ------------------------------------------------------------------------


def variants(unit: str) -> st.SearchStrategy[str]:
    """Spellings of a unit key: case, the plural, and the documented synonyms."""
    spelled = [unit, unit + "s"] + [k for k, v in UNIT_SYNONYMS.items() if v == unit]
    return st.sampled_from(spelled).flatmap(
        lambda u: st.sampled_from([u, u.upper(), u.title(), f" {u} "])
    )


UNIT_KEYS = sorted({"person", "city", *UNIT_PARENTS})


@st.composite
def spelled_figures(draw: st.DrawFn) -> tuple[list[Figure], list[Figure]]:
    """The same figures twice: with each unit as its key, and spelled otherwise."""
    plain, spelled = [], []
    for i in range(draw(st.integers(0, 10))):
        unit = draw(st.sampled_from(UNIT_KEYS))
        kw = {
            "measure": draw(st.sampled_from(["killed", "executed", "arrested", "detained"])),
            "period": draw(st.sampled_from([None, DateRange.parse("2019")])),
            "subject": draw(st.sampled_from(["ev", "evin", "ward-209"])),
        }
        q = Quantity.exact(draw(st.integers(0, 20)))
        plain.append(toll(f"f{i}", q, "amnesty", unit=unit, **kw))
        spelled.append(toll(f"f{i}", q, "amnesty", unit=draw(variants(unit)), **kw))
    return plain, spelled


def shape(records: list[Record]) -> list[tuple[tuple[str, ...], DisagreementKind]]:
    return [(tuple(f.id for f in d.figures), d.kind) for d in disagreements(Dataset(records))]


@given(spelled_figures())
def test_spelling_a_unit_otherwise_never_changes_the_grouping(
    pair: tuple[list[Figure], list[Figure]],
) -> None:
    plain, spelled = pair
    assert all(unit_key(a.unit) == unit_key(b.unit) for a, b in zip(plain, spelled, strict=True))
    assert shape([*BASE, *plain]) == shape([*BASE, *spelled])


PARTS = [  # (part, whole) keywords: a child facility, a place within, a sub-period, a unit
    ({"subject": "ward-209"}, {"subject": "evin"}),
    ({"place": "Shiraz"}, {"place": "fars"}),
    ({"place": "Shiraz"}, {}),
    ({"period": DateRange.parse("2019-12")}, {"period": DateRange.parse("2019")}),
    ({"unit": "protesters"}, {"unit": "people"}),
    ({"measure": "executed"}, {"measure": "killed"}),
]


@given(st.sampled_from(PARTS), st.integers(0, 100), st.integers(0, 100), st.integers(0, 50))
def test_a_part_no_larger_than_its_whole_never_conflicts(
    kinds: tuple[dict[str, object], dict[str, object]], part_high: int, extra: int, wide: int
) -> None:
    part_kw, whole_kw = kinds
    part = toll("part", Quantity.between(max(part_high - wide, 0), part_high), "amnesty", **part_kw)
    whole = toll("whole", Quantity.at_least(part_high + extra), "hrana", **whole_kw)
    d = only(SHIRAZ_IN_FARS, part, whole)
    assert d.kind is not DisagreementKind.CONFLICT
    assert near_misses(Dataset([*BASE, SHIRAZ_IN_FARS, part, whole])) == []


@given(st.lists(st.sampled_from(["amnesty", "hrana", "iranintl"]), min_size=2, max_size=6))
def test_a_source_that_only_repeats_another_never_changes_the_family_count(
    cited: list[str],
) -> None:
    figs = [toll(f"f{i}", Quantity.exact(5 + i), s) for i, s in enumerate(cited)]
    before = only(*figs).independent_sources
    for i, s in enumerate(sorted(set(cited))):
        echo = src(f"echo-{i}", s)
        after = only(*figs, echo, toll(f"e{i}", Quantity.exact(7), echo.id))
        assert after.independent_sources == before


def test_an_unknown_unit_is_a_near_miss_and_a_known_other_one_is_not() -> None:
    persons = toll("a", Quantity.exact(30), "amnesty", measure="killed")
    demonstrators = toll("b", Quantity.exact(20), "hrana", measure="killed", unit="demonstrators")
    [miss] = near_misses(Dataset([*BASE, persons, demonstrators]))
    assert miss.differences == ("unit",)
    assert 'different unit "demonstrators", "persons".' in miss.explain()
    cities = toll("b", Quantity.exact(20), "hrana", measure="locations", unit="cities")
    assert near_misses(Dataset([*BASE, persons, cities])) == []


def test_the_vocabularies_are_read_only() -> None:
    from rightsdata import vocabulary

    for name in ("MEASURE_PARENTS", "MEASURE_SYNONYMS", "UNIT_PARENTS", "UNIT_SYNONYMS"):
        with pytest.raises(TypeError):
            getattr(vocabulary, name)["x"] = "y"
    assert disagree.MEASURE_PARENTS is vocabulary.MEASURE_PARENTS


def test_counts_in_text_are_pluralised() -> None:
    assert disagree._plural(1, "figure") == "1 figure"
    assert disagree._plural(2, "group") == "2 groups"
    assert disagree._plural(1, "family", "families") == "1 family"
    d = only(toll("a", Quantity.exact(5), "amnesty"), toll("b", Quantity.exact(5), "iranintl"))
    assert d.explain().endswith("; 1 independent source family.")
