"""Issue #17, section 7 ("No hidden global state"), for disagree, vocabulary and lint:
the tables they read cannot be changed, every cache is bounded and keyed on immutable
content, and results do not depend on what was analysed before in the same process.
Also: the one grouping the command uses finds what the two public functions find."""

from __future__ import annotations

import functools
import types
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    Event,
    Figure,
    Location,
    Quantity,
    Source,
    SourceKind,
    disagree,
    disagreements,
    lint,
    near_misses,
    vocabulary,
)

MODULES = (disagree, disagree._rules, disagree._sweep, vocabulary, lint)


def caches() -> Iterator[tuple[str, functools._lru_cache_wrapper[object]]]:
    """Every cached function of the modules (each module's own, by name)."""
    for module in MODULES:
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and getattr(value, "__module__", None) == (
                module.__name__
            ):
                yield f"{module.__name__}.{name}", value


def clear_caches() -> None:
    for _, cached in caches():
        cached.cache_clear()


# -- read-only tables -------------------------------------------------------------------


def test_the_modules_have_caches_to_check() -> None:
    names = {name for name, _ in caches()}
    assert {
        "rightsdata.disagree._rules._what",
        "rightsdata.disagree._rules._place_key",
        "rightsdata.disagree._sweep._related_whats",
        "rightsdata.vocabulary.measure_key",
        "rightsdata.lint._suggest",
    } <= names


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_no_module_level_table_can_be_changed(module: types.ModuleType) -> None:
    """Every table a module keeps is a read-only mapping, a frozenset or a tuple."""
    tables = {
        name: value
        for name, value in vars(module).items()
        if not name.startswith("__") and isinstance(value, dict | list | set | bytearray)
    }
    assert tables == {}
    for name, value in vars(module).items():
        if isinstance(value, types.MappingProxyType):
            key = next(iter(value))
            with pytest.raises(TypeError):
                value[key] = "changed"  # type: ignore[index]
            with pytest.raises(TypeError):
                del value[key]  # type: ignore[attr-defined]
            assert not hasattr(value, "clear"), name


def test_measure_parents_cannot_be_changed_before_or_after_a_call() -> None:
    """The issue's example: a change took effect before the first call, and was ignored
    after it. Now there is no change to make."""
    cite = (Citation(source="s0"),)
    a = Figure(id="a", measure="executed", quantity=Quantity.exact(5), subject="e", citations=cite)
    b = Figure(id="b", measure="released", quantity=Quantity.exact(7), subject="e", citations=cite)
    ds = Dataset([a, b])
    before = disagreements(ds)
    with pytest.raises(TypeError):
        disagree.MEASURE_PARENTS["executed"] = "released"  # type: ignore[index]
    with pytest.raises(TypeError):
        vocabulary.UNIT_PARENTS["protester"] = "prisoner"  # type: ignore[index]
    assert disagree.MEASURE_PARENTS["executed"] == "killed"
    assert disagreements(ds) == before == []


def test_a_shared_cached_value_is_read_only() -> None:
    whats = frozenset({("killed", "person"), ("executed", "person")})
    related = disagree._related_whats(whats)
    with pytest.raises(TypeError):
        related[("killed", "person")] = ()  # type: ignore[index]


# -- bounded caches ---------------------------------------------------------------------


def test_every_cache_is_bounded() -> None:
    unbounded = [name for name, cached in caches() if cached.cache_info().maxsize is None]
    assert unbounded == []


def generated(i: int) -> Dataset:
    """A dataset of its own words: 14 figures about one event, each with a unit and a
    place no other generated dataset uses (undocumented units: near misses)."""
    figures = [
        Figure(
            id=f"f{j}",
            measure="killed" if j % 2 else f"Measure {i}",
            unit=f"unit {i} {j}",
            place=f"Place {i} {j % 5}",
            quantity=Quantity.exact(j + 1),
            subject="ev",
            citations=(Citation(source=f"s{j % 3}"),),
        )
        for j in range(14)
    ]
    return Dataset(figures)


def test_analysing_many_datasets_keeps_every_cache_within_its_bound() -> None:
    clear_caches()
    found = 0
    for i in range(320):
        ds = generated(i)
        found += len(disagreements(ds)) + len(near_misses(ds))
        lint.suggest(f"Measure {i}", vocabulary.DOCUMENTED_MEASURES)
    assert found >= 320  # the datasets were analysed, not skipped
    sizes = {name: cached.cache_info() for name, cached in caches()}
    for name, info in sizes.items():
        assert info.maxsize is not None, name
        assert info.currsize <= info.maxsize, name
    # 320 datasets of 14 new units each: more than the bound, which then holds
    for name in ("rightsdata.disagree._rules._what", "rightsdata.vocabulary.unit_key"):
        assert sizes[name].currsize == sizes[name].maxsize, name


# -- no dependence on call order --------------------------------------------------------

MEASURES = ["killed", "executed", "died", "victims", "released"]
UNITS = ["persons", "people", "protesters", "demonstrators"]
PLACES = [None, "Shiraz", "shiraz", "Fars", "Tehran"]
PERIODS = [None, DateRange.parse("2019"), DateRange.parse("2019-11"), DateRange.parse("2020")]
SOURCES = [Source(id=f"s{i}", kind=SourceKind.NGO_REPORT, title=f"Report {i}") for i in range(3)]


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """Figures about a protest and a part of it, in places the dataset may or may not
    nest (Shiraz in Fars), with measures and units documented or not."""
    located = draw(st.booleans())
    events = [
        Event(
            id="protest",
            kind="protest",
            title="Protests",
            date=DateRange.parse("2019-11"),
            citations=(Citation(source="s0"),),
            location=Location(country="IR", province="Fars", city="Shiraz") if located else None,
        ),
        Event(
            id="day-one",
            kind="protest",
            title="The first day",
            date=DateRange.parse("2019-11-15"),
            citations=(Citation(source="s0"),),
            parent="protest",
        ),
    ]
    n = draw(st.integers(0, 14))
    figures = [
        Figure(
            id=f"f{i:02d}",
            measure=draw(st.sampled_from(MEASURES)),
            unit=draw(st.sampled_from(UNITS)),
            place=draw(st.sampled_from(PLACES)),
            period=draw(st.sampled_from(PERIODS)),
            subject=draw(st.sampled_from(["protest", "day-one"])),
            quantity=Quantity.exact(draw(st.integers(0, 40))),
            citations=(Citation(source=draw(st.sampled_from(SOURCES)).id),),
        )
        for i in range(n)
    ]
    return Dataset([*SOURCES, *events, *figures])


def analysis(ds: Dataset) -> tuple[object, ...]:
    found = disagreements(ds)
    return (
        found,
        [d.explain() for d in found],
        [d.estimate(ds) for d in found],
        near_misses(ds),
        [n.explain() for n in near_misses(ds)],
        dict(disagree.place_parents(ds)),
    )


@given(datasets(), datasets())
def test_results_do_not_depend_on_what_came_before(a: Dataset, b: Dataset) -> None:
    clear_caches()
    first = analysis(a)  # fresh: nothing analysed before in these caches
    analysis(b)
    assert analysis(a) == first  # after another dataset, warm caches
    clear_caches()
    assert analysis(b) == analysis(b)
    assert analysis(a) == first


def test_the_generated_datasets_hit_the_cases() -> None:
    """The strategy above does make disagreements and near misses (else the property
    would compare empty lists)."""
    seen = {"disagreements": False, "near misses": False}

    @given(datasets())
    def look(ds: Dataset) -> None:
        seen["disagreements"] |= bool(disagreements(ds))
        seen["near misses"] |= bool(near_misses(ds))

    look()
    assert seen == {"disagreements": True, "near misses": True}


# -- one grouping for the command -------------------------------------------------------


@given(datasets())
def test_one_grouping_finds_what_the_two_functions_find(ds: Dataset) -> None:
    found, misses = disagree.findings(ds)
    assert found == disagreements(ds)
    assert misses == near_misses(ds)
    # the context shared with estimate() is this dataset's
    assert [d.estimate(ds) for d in found] == [d.estimate(ds) for d in disagreements(ds)]


def test_every_cache_of_the_package_is_bounded() -> None:
    """No module of rightsdata keeps an unbounded cache (``functools.cache``)."""
    import importlib
    import pkgutil

    import rightsdata

    found, unbounded = 0, []
    for info in pkgutil.walk_packages(rightsdata.__path__, prefix="rightsdata."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and value.__module__ == info.name:
                found += 1
                if value.cache_info().maxsize is None:
                    unbounded.append(f"{info.name}.{name}")
    assert found > 20  # the walk reaches the caches
    assert unbounded == []
