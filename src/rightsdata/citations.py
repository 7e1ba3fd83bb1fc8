"""The citation graph: which sources cite which, through [`Source.cites`][rightsdata.Source.cites].

One home for walking it: what a source repeats
([`upstream`][rightsdata.citations.CitationGraph.upstream]), where its chains end
([`origins`][rightsdata.citations.CitationGraph.origins]), and what falls when it is retracted
([`fallen`][rightsdata.citations.CitationGraph.fallen]). The graph may (wrongly) have cycles,
which [`Dataset.validate`][rightsdata.Dataset.validate] reports; every walk here is cycle-safe and
iterative, so a chain of any length is fine.

```pycon
>>> from rightsdata import Source, SourceKind
>>> from rightsdata.citations import CitationGraph
>>> def src(id, *cites):
...     return Source(id=id, kind=SourceKind.NEWS_ARTICLE, title=id, cites=cites)
>>> graph = CitationGraph.of([src("ap", "amnesty"), src("blog", "ap"), src("amnesty")])
>>> sorted(graph.upstream("blog"))
['amnesty', 'ap']
>>> sorted(graph.origins("blog"))
['amnesty']
>>> sorted(graph.fallen("amnesty"))
['ap', 'blog']

```
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs

from rightsdata.records import Source

__all__ = ["CitationGraph"]


def _first_cites(sources: Iterable[Source]) -> Mapping[str, tuple[str, ...]]:
    """Each id's cited ids, in order, without repeats: the first record with an id wins,
    as in [`Dataset.get`][rightsdata.Dataset.get]."""
    cites: dict[str, tuple[str, ...]] = {}
    for s in sources:
        if s.id not in cites:
            cites[s.id] = tuple(dict.fromkeys(s.cites))
    return MappingProxyType(cites)


def _record_cites(sources: Iterable[Source]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Every record's id and distinct cited ids, for the records that cite something."""
    return tuple((s.id, frozenset(s.cites)) for s in sources if s.cites)


@attrs.frozen(weakref_slot=False)
class CitationGraph:
    """Who cites whom among ``sources`` (any iterable of [`Source`][rightsdata.Source]).

    A source's edges are those of the first record with its id, as
    [`Dataset.get`][rightsdata.Dataset.get] reads it; a cited id that names no source here is a
    node that cites nothing. Answers are remembered, so asking about every source of a
    dataset is linear overall. Build it once per dataset:
    ``CitationGraph.of(dataset.sources())``.
    """

    cites: Mapping[str, tuple[str, ...]] = attrs.field(converter=_first_cites)
    """Each source id and the ids it cites, in order, without repeats (read-only)."""
    _records: tuple[tuple[str, frozenset[str]], ...] = attrs.field(init=False, eq=False, repr=False)
    _upstream: dict[str, frozenset[str]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _origins: dict[str, frozenset[str]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def __init__(self, sources: Iterable[Source]) -> None:
        records = tuple(sources)
        self.__attrs_init__(records)  # type: ignore[attr-defined]
        object.__setattr__(self, "_records", _record_cites(records))

    @classmethod
    def of(cls, sources: Iterable[Source]) -> CitationGraph:
        """The graph of ``sources``: the same as ``CitationGraph(sources)``."""
        return cls(sources)

    def upstream(self, source_id: str) -> frozenset[str]:
        """Every source ``source_id`` cites, directly or through a chain, not itself
        (even in a cycle back to it)."""
        found = self._upstream.get(source_id)
        if found is None:
            seen: set[str] = set()
            todo = [source_id]
            while todo:
                for c in self.cites.get(todo.pop(), ()):
                    if c not in seen:
                        seen.add(c)
                        todo.append(c)
            seen.discard(source_id)
            found = self._upstream[source_id] = frozenset(seen)
        return found

    def origins(self, source_id: str) -> frozenset[str]:
        """The sources at the ends of ``source_id``'s citation chains (itself if it cites
        none, or is not in the graph).

        The strongly connected parts of the graph are found with Tarjan's algorithm,
        iteratively, sinks first. A part that cites nothing outside itself is its own
        origin (all its members): a cycle is one voice. Any other part takes the origins
        of what it cites. Without cycles, that is the chains' ends.
        """
        done = self._origins
        if source_id in done:
            return done[source_id]
        cites = self.cites
        if source_id not in cites:
            done[source_id] = frozenset({source_id})  # not here: it is its own origin
            return done[source_id]
        index: dict[str, int] = {source_id: 0}
        low: dict[str, int] = {source_id: 0}
        stack, on_stack = [source_id], {source_id}
        work: list[tuple[str, Iterator[str]]] = [(source_id, iter(cites[source_id]))]
        while work:
            v, it = work[-1]
            for w in it:
                if w in done:
                    continue
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(cites.get(w, ()))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    u = work[-1][0]
                    low[u] = min(low[u], low[v])
                if low[v] == index[v]:
                    part: set[str] = set()
                    while True:
                        x = stack.pop()
                        on_stack.discard(x)
                        part.add(x)
                        if x == v:
                            break
                    cited = [done[w] for x in part for w in cites.get(x, ()) if w not in part]
                    result = frozenset().union(*cited) if cited else frozenset(part)
                    for x in part:
                        done[x] = result
        return done[source_id]

    def fallen(self, source_id: str) -> frozenset[str]:
        """The sources that fall if ``source_id`` is retracted, not itself: those whose
        every citation (their non-empty ``cites``) is to ``source_id`` or to a fallen source.

        A source that cites nothing rests on nothing and never falls. An id given by
        several records (which [`Dataset.validate`][rightsdata.Dataset.validate] reports) falls
        when one of its records does. Linear: a count per record of the cited sources
        still standing, and an index of who cites whom.
        """
        records = self._records
        waiting = [len(cited) for _, cited in records]
        citers: dict[str, list[int]] = {}
        for i, (_, cited) in enumerate(records):
            for c in cited:
                citers.setdefault(c, []).append(i)
        fallen = {source_id}
        todo = [source_id]
        while todo:
            for i in citers.get(todo.pop(), ()):
                waiting[i] -= 1
                s_id = records[i][0]
                if not waiting[i] and s_id not in fallen:
                    fallen.add(s_id)
                    todo.append(s_id)
        fallen.discard(source_id)
        return frozenset(fallen)
