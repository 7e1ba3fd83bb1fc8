"""The citation graph (rightsdata.citations): one home for walking ``Source.cites``.

``CitationGraph.fallen`` must agree with what ``Dataset.resting_on`` says of sources, so
that the dataset can use the graph: over generated datasets, and over hand-built graphs
with cycles, missing sources and ids given twice."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rightsdata import Dataset, Source, SourceKind
from rightsdata import strategies as rst
from rightsdata.citations import CitationGraph

POOL = ("a", "b", "c", "d", "e")


def src(id: str, *cites: str) -> Source:
    return Source(id=id, kind=SourceKind.NEWS_ARTICLE, title=id, cites=cites)


def fallen_sources(ds: Dataset, source: str) -> frozenset[str]:
    """What ``Dataset.resting_on`` says falls among the sources."""
    return frozenset(r.id for r in ds.resting_on(source) if isinstance(r, Source))


def agrees_with_the_dataset(ds: Dataset) -> None:
    graph = CitationGraph.of(ds.sources())
    for s in ds.sources():
        assert graph.fallen(s.id) == fallen_sources(ds, s.id), s.id


@given(rst.datasets())
def test_fallen_agrees_with_resting_on_over_generated_datasets(ds: Dataset) -> None:
    agrees_with_the_dataset(ds)


@st.composite
def tangled(draw: st.DrawFn) -> Dataset:
    """Sources over a few ids, citing any of the others (in cycles, and ids no source
    has), some ids given by two records."""
    records = draw(
        st.lists(
            st.tuples(
                st.sampled_from(POOL),
                st.lists(st.sampled_from((*POOL, "missing")), max_size=3),
            ),
            min_size=1,
            max_size=8,
        )
    )
    return Dataset([src(id, *(c for c in cites if c != id)) for id, cites in records])


@given(tangled())
def test_fallen_agrees_with_resting_on_over_tangled_graphs(ds: Dataset) -> None:
    agrees_with_the_dataset(ds)


def naive_upstream(cites: dict[str, tuple[str, ...]], sid: str) -> frozenset[str]:
    """The transitive closure, by repeating until nothing is added."""
    found = set(cites.get(sid, ()))
    while True:
        more = {c for x in found for c in cites.get(x, ())} - found
        if not more:
            return frozenset(found - {sid})
        found |= more


@given(tangled())
def test_upstream_is_the_transitive_closure(ds: Dataset) -> None:
    graph = CitationGraph.of(ds.sources())
    for sid in (*POOL, "missing"):
        assert graph.upstream(sid) == naive_upstream(dict(graph.cites), sid)


@given(tangled())
def test_origins_are_reached_and_cite_nothing_outside_their_cycle(ds: Dataset) -> None:
    graph = CitationGraph.of(ds.sources())
    for sid in (*POOL, "missing"):
        origins = graph.origins(sid)
        assert origins
        reach = graph.upstream(sid) | {sid}
        assert origins <= reach
        for o in origins:
            # An origin's chains stay among the origins: it is an end, or in an end cycle.
            assert graph.upstream(o) <= origins
        # Every chain ends in an origin: whatever cites nothing is one.
        assert {x for x in reach if not graph.cites.get(x)} <= origins


def test_a_chain_has_one_origin_at_its_end() -> None:
    graph = CitationGraph([src("blog", "ap"), src("ap", "amnesty"), src("amnesty")])
    assert graph.upstream("blog") == {"ap", "amnesty"}
    assert graph.origins("blog") == graph.origins("ap") == {"amnesty"}
    assert graph.origins("amnesty") == {"amnesty"}
    assert graph.fallen("amnesty") == {"ap", "blog"}
    assert graph.fallen("ap") == {"blog"}
    assert graph.fallen("blog") == frozenset()


def test_a_source_quoting_two_reports_falls_only_with_both() -> None:
    graph = CitationGraph([src("both", "a", "b"), src("a"), src("b")])
    assert graph.origins("both") == {"a", "b"}
    assert graph.fallen("a") == frozenset()


def test_a_cycle_is_one_voice_and_falls_with_what_it_rests_on() -> None:
    sources = [src("x", "y"), src("y", "z"), src("z", "x"), src("w", "x")]
    graph = CitationGraph(sources)
    assert graph.origins("w") == graph.origins("x") == {"x", "y", "z"}
    assert graph.upstream("x") == {"y", "z"}  # never itself, though the cycle returns
    assert graph.fallen("x") == {"y", "z", "w"}
    assert graph.fallen("x") == fallen_sources(Dataset(sources), "x")
    leaving = [src("x", "y"), src("y", "x", "out")]
    assert CitationGraph(leaving).origins("x") == {"out"}


def test_a_cited_source_not_in_the_graph_is_an_origin() -> None:
    graph = CitationGraph([src("ap", "gone")])
    assert graph.origins("ap") == {"gone"}
    assert graph.origins("gone") == {"gone"}
    assert graph.upstream("gone") == frozenset()
    assert graph.fallen("gone") == {"ap"}


def test_the_first_record_of_an_id_gives_its_edges_and_any_record_falls() -> None:
    sources = [src("ap", "a"), src("ap", "b"), src("a"), src("b")]
    graph = CitationGraph.of(sources)
    assert graph.cites["ap"] == ("a",)  # as Dataset.get reads it
    assert graph.origins("ap") == {"a"}
    assert graph.fallen("b") == {"ap"} == fallen_sources(Dataset(sources), "b")


def test_a_long_chain_is_walked_without_recursion() -> None:
    chain = [src(f"s{i}", f"s{i + 1}") for i in range(20_000)]
    graph = CitationGraph(chain)
    assert graph.origins("s0") == {"s20000"}
    assert len(graph.upstream("s0")) == 20_000
    assert len(graph.fallen("s20000")) == 20_000


def test_graphs_of_the_same_sources_are_equal() -> None:
    a = CitationGraph([src("ap", "a"), src("a")])
    a.origins("ap")  # what is remembered does not count
    assert a == CitationGraph.of([src("ap", "a"), src("a")])
    assert a != CitationGraph([src("ap")])
