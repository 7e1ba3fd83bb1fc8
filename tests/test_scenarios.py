"""Scenarios with known answers: `disagreements()` against what the documented rules say, not
against itself (rst.disagreement_scenarios builds each answer without running the analysis)."""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rightsdata import Dataset, DisagreementKind, disagreements
from rightsdata import strategies as rst
from rightsdata.strategies import Scenario
from rightsdata.strategies._scenario_plans import AXES, CONFLICT_WAYS, CONSISTENT_WAYS
from rightsdata.strategies._scenarios import ALONE_CASES, BESIDE_CASES

COVERAGE = settings(database=None, max_examples=100, phases=[Phase.generate], derandomize=True)
"""Existence checks: one deterministic run (so never flaky)."""


def _found(sc: Scenario) -> dict[frozenset[str], object]:
    return {frozenset(f.id for f in d.figures): d for d in disagreements(sc.dataset)}


@given(rst.disagreement_scenarios())
def test_disagreements_give_exactly_the_expected_groups(sc):
    assert sc.dataset.validate() == []
    found = disagreements(sc.dataset)
    got = {(d.kind, frozenset(f.id for f in d.figures)) for d in found}
    assert got == sc.expected, sc.differences(found)
    for d in found:
        ids = frozenset(f.id for f in d.figures)
        assert d.independent_sources == sc.families[ids], sc.cases[ids]
        assert not ids & sc.alone
    assert sc.differences(found) == []


LARGE = rst.disagreement_scenarios(max_groups=2, max_figures=20, max_alone=0)
"""Groups of up to 20 figures: above 16, ``_has_conflict`` compares classes, not pairs."""


@given(LARGE)
def test_large_groups_take_the_sweep_engine_and_still_give_the_expected_groups(sc):
    assert sc.differences(disagreements(sc.dataset)) == []


def test_large_groups_are_generated():
    sizes: set[int] = set()

    @COVERAGE
    @given(LARGE)
    def collect(sc):
        sizes.update(len(ids) for _, ids in sc.expected)

    collect()
    assert max(sizes) > 16


@given(rst.disagreement_scenarios())
def test_a_scenario_is_consistent_with_itself(sc):
    figures = {f.id for f in sc.dataset.figures()}
    grouped = [ids for _, ids in sc.expected]
    assert set(sc.families) == set(grouped)
    assert all(len(ids) >= 2 for ids in grouped)
    assert sum(map(len, grouped)) + len(sc.alone) == len(figures)  # no figure in two
    assert frozenset().union(*grouped, sc.alone) == figures
    assert all(1 <= n <= len(sc.dataset.sources()) for n in sc.families.values())
    assert set(sc.cases) >= set(grouped)


@pytest.mark.parametrize("kind", list(DisagreementKind), ids=lambda k: k.value)
@settings(max_examples=15)
@given(data=st.data())
def test_each_kind_can_be_requested_alone(kind, data):
    sc = data.draw(rst.disagreement_scenarios(kinds={kind}))
    assert sc.expected
    assert {k for k, _ in sc.expected} == {kind}
    assert {d.kind for d in disagreements(sc.dataset)} == {kind}


@given(rst.disagreement_scenarios(min_groups=0, max_groups=0, max_alone=3))
def test_groups_that_must_not_form_do_not(sc):
    assert sc.expected == frozenset()
    assert disagreements(sc.dataset) == []
    assert {f.id for f in sc.dataset.figures()} == sc.alone


def test_differences_name_what_is_wrong():
    sc = Scenario(
        dataset=Dataset([]),
        expected=frozenset({(DisagreementKind.CONFLICT, frozenset({"fig-1", "fig-2"}))}),
        families={frozenset({"fig-1", "fig-2"}): 1},
        alone=frozenset({"fig-3"}),
        cases={frozenset({"fig-1", "fig-2"}): frozenset({"conflict", "part-larger"})},
    )
    assert sc.differences([]) == [
        "missing: a conflict group of fig-1, fig-2 (conflict, part-larger)"
    ]


# -- coverage: every kind and every construction case is generated -----------------------


def _cases(strategy) -> set[str]:
    seen: set[str] = set()

    @COVERAGE
    @given(st.lists(strategy, min_size=4, max_size=4))
    def collect(scenarios):
        for sc in scenarios:
            seen.update(k.value for k, _ in sc.expected)
            for cases in sc.cases.values():
                seen.update(cases)

    collect()
    return seen


def test_every_kind_and_construction_case_is_generated():
    seen = _cases(rst.disagreement_scenarios(max_alone=3))
    wanted = {k.value for k in DisagreementKind}
    wanted |= {*CONSISTENT_WAYS, *CONFLICT_WAYS, *AXES, *ALONE_CASES, *BESIDE_CASES, "root"}
    wanted |= {"cross"}
    wanted |= {"reworded", "same-as-of", "span-as-of", "unchanged", "running", "alone"}
    wanted |= {"facility", "facility-place"}
    assert wanted - seen == set()


def test_copies_of_one_origin_and_sources_quoting_two_are_generated():
    seen: set[str] = set()

    @COVERAGE
    @given(rst.disagreement_scenarios())
    def collect(sc):
        for source in sc.dataset.sources():
            seen.add("quoting two" if len(source.cites) == 2 else f"cites {len(source.cites)}")
        for ids, n in sc.families.items():
            cited = {c.source for f in sc.dataset.figures() if f.id in ids for c in f.citations}
            if len(cited) > n:
                seen.add("fewer families than sources")

    collect()
    assert {"quoting two", "cites 0", "cites 1", "fewer families than sources"} <= seen


# -- options ------------------------------------------------------------------------------


@given(rst.disagreement_scenarios(min_groups=2, max_groups=3, max_figures=3, max_alone=1))
def test_options_are_honoured(sc):
    assert 2 <= len(sc.expected) <= 3
    assert all(len(ids) <= 3 for _, ids in sc.expected)
    assert len(sc.alone) <= 2


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kinds": set()}, "at least one"),
        ({"kinds": "conflict"}, "collection"),
        ({"kinds": ["conflict"]}, "not a DisagreementKind"),
        ({"kinds": 3}, "collection"),
        ({"min_groups": -1}, "min_groups"),
        ({"max_groups": 1.5}, "max_groups"),
        ({"min_groups": 3, "max_groups": 2}, "greater than"),
        ({"max_figures": 1}, "max_figures"),
        ({"max_alone": -1}, "max_alone"),
        ({"max_alone": None}, "max_alone"),
    ],
)
def test_bad_options_are_refused_when_the_strategy_is_made(options, message):
    with pytest.raises(InvalidArgument, match=message):
        rst.disagreement_scenarios(**options)


def test_strategies_are_built_once():
    assert rst.disagreement_scenarios() is rst.disagreement_scenarios(kinds=list(DisagreementKind))


def test_scenario_names_its_public_module():
    assert Scenario.__module__ == "rightsdata.strategies"
