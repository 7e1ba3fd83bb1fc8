"""Traversals are iterative: chains 100,000 deep and long cycles work, and agree with the
plain recursive definitions on small generated graphs."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import rightsdata as rd
from rightsdata import Actor, Dataset, Facility, Source

DEEP = 100_000


def _facility_chain(n: int, *, cycle: bool = False) -> Dataset:
    """f0 contains f1 contains f2 ...; with ``cycle``, f0 is also part of the last one."""
    facilities = [
        Facility(
            id=f"f{i}",
            name=f"F{i}",
            kind="ward",
            parent=f"f{i - 1}" if i else (f"f{n - 1}" if cycle else None),
        )
        for i in range(n)
    ]
    return Dataset(facilities)


def test_a_facility_chain_100000_deep() -> None:
    ds = _facility_chain(DEEP)
    tree = ds.facility_tree("f0")
    assert tree.ids() == tuple(f"f{i}" for i in range(DEEP))
    leaf = ds.facility_tree(f"f{DEEP - 1}")
    assert len(leaf.ancestors) == DEEP - 1
    assert leaf.parent is not None
    assert leaf.parent.id == f"f{DEEP - 2}"
    assert tree == ds.facility_tree("f0")
    assert tree != leaf
    assert "size=100000" in repr(tree)
    assert ds.validate() == []


def test_a_facility_cycle_of_5000_is_cut_and_reported() -> None:
    ds = _facility_chain(5000, cycle=True)
    tree = ds.facility_tree("f0")
    assert tree.ids() == tuple(f"f{i}" for i in range(5000))
    assert "f0" not in {a.id for a in tree.ancestors}
    deepest = list(tree.walk())[-1]
    assert deepest.facility.id == "f4999"
    assert len(deepest.ancestors) == 4999
    problems = ds.validate()
    assert [p.kind for p in problems] == [rd.ProblemKind.CYCLE]


def test_an_event_chain_100000_deep_validates() -> None:
    source = Source(id="s", title="S", kind=rd.SourceKind.NGO_REPORT)
    cited = (rd.Citation(source="s"),)
    when = rd.DateRange.parse("1988")
    events = [
        rd.Event(
            id=f"e{i}",
            kind="detention",
            title=f"Part {i}",
            date=when,
            citations=cited,
            parent=f"e{i - 1}" if i else None,
        )
        for i in range(DEEP)
    ]
    ds = Dataset([source, *events])
    assert ds.validate() == []
    looped = Dataset([source, *events[1:], attrs.evolve(events[0], parent=f"e{DEEP - 1}")])
    assert [p.kind for p in looped.validate()] == [rd.ProblemKind.CYCLE]


def test_a_citation_chain_100000_long_falls_whole() -> None:
    sources = [
        Source(
            id=f"s{i}",
            title=f"S{i}",
            kind=rd.SourceKind.NEWS_ARTICLE,
            cites=(f"s{i - 1}",) if i else (),
        )
        for i in range(DEEP)
    ]
    ds = Dataset(sources)
    assert len(ds.resting_on("s0")) == DEEP - 1
    assert ds.resting_on(f"s{DEEP - 1}") == ()


# -- agreement with the recursive definitions ------------------------------------------

N = 7
ids = st.sampled_from([f"f{i}" for i in range(N)])


@st.composite
def facility_graphs(draw: st.DrawFn) -> Dataset:
    """Up to N facilities with arbitrary parents (cycles, self-parents, missing ids) and
    operators (actors that exist, a facility id, or nothing)."""
    n = draw(st.integers(1, N))
    records: list[rd.Record] = [Actor(id="op", name="Op", kind=rd.ActorKind.STATE_BODY)]
    for i in range(n):
        parent = draw(st.none() | ids | st.just("missing"))
        operator = draw(st.none() | st.just("op") | st.just("f0"))
        records.append(
            Facility(id=f"f{i}", name=f"F{i}", kind="ward", parent=parent, operator=operator)
        )
    return Dataset(records)


def _reference_tree(ds: Dataset, root: Facility) -> list[tuple[str, list[str], str | None]]:
    """The tree as the recursive definition gives it: (id, ancestor ids, operator_from)
    for each node, depth first."""
    by_id = {f.id: f for f in ds.facilities()}

    def chain_of(f: Facility) -> list[Facility]:
        out, seen, p = [], {f.id}, f.parent
        while p in by_id and p not in seen:
            out.append(by_id[p])
            seen.add(p)
            p = by_id[p].parent
        return out

    found: list[tuple[str, list[str], str | None]] = []
    seen: set[str] = set()

    def visit(f: Facility, ancestors: list[Facility]) -> None:
        seen.add(f.id)
        op_from = None
        for g in [f, *ancestors]:
            if g.operator is not None:
                op_from = g.id if isinstance(ds.get(g.operator), Actor) else None
                break
        found.append((f.id, [a.id for a in ancestors], op_from))
        for c in ds.facilities():
            if c.parent == f.id and c.id not in seen:
                chain = [f, *ancestors]
                cut = [a.id for a in chain]
                if c.id in cut:
                    chain = chain[: cut.index(c.id)]
                visit(c, chain)

    visit(root, chain_of(root))
    return found


@given(facility_graphs())
def test_facility_tree_agrees_with_the_recursive_definition(ds: Dataset) -> None:
    for f in ds.facilities():
        if f.id in {g.id for g in ds.facilities() if g is not f}:
            continue
        tree = ds.facility_tree(f.id)
        got = [(t.facility.id, [a.id for a in t.ancestors], t.operator_from) for t in tree.walk()]
        want = _reference_tree(ds, f)
        assert [g[:2] for g in got] == [w[:2] for w in want]
        # Operators agree except inside a parent cycle, where "nearest" has no one answer.
        if not ds.validate():
            assert got == want


@st.composite
def citation_graphs(draw: st.DrawFn) -> Dataset:
    n = draw(st.integers(1, N))
    names = [f"s{i}" for i in range(n)]
    sources = [
        Source(
            id=f"s{i}",
            title=f"S{i}",
            kind=rd.SourceKind.NEWS_ARTICLE,
            cites=tuple(
                draw(
                    st.lists(
                        st.sampled_from([*(x for x in names if x != f"s{i}"), "gone"]),
                        max_size=3,
                        unique=True,
                    )
                )
            ),
        )
        for i in range(n)
    ]
    return Dataset(sources)


@given(citation_graphs())
def test_resting_on_agrees_with_the_fixpoint(ds: Dataset) -> None:
    for retracted in ds.sources():
        fallen = {retracted.id}
        changed = True
        while changed:
            changed = False
            for s in ds.sources():
                if s.cites and s.id not in fallen and all(c in fallen for c in s.cites):
                    fallen.add(s.id)
                    changed = True
        want = [s.id for s in ds.sources() if s.id in fallen and s.id != retracted.id]
        assert [r.id for r in ds.resting_on(retracted.id)] == want
