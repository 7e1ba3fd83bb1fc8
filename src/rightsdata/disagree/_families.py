"""Source families: which sources are one voice, because their citation chains share an origin."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from rightsdata.citations import CitationGraph
from rightsdata.dataset import Dataset


@attrs.frozen(kw_only=True, weakref_slot=False)
class SourceFamily:
    """Sources that are one voice: they share an origin through their citation chains."""

    origins: tuple[str, ...]
    """The sources at the ends of the chains (they cite nothing further)."""
    sources: tuple[str, ...]
    """The sources of the group in this family."""

    @property
    def repeats(self) -> tuple[str, ...]:
        """The sources of the family that repeat another rather than originate."""
        return tuple(s for s in self.sources if s not in self.origins)


def _families(
    sources: Iterable[str],
    origins: Callable[[str], frozenset[str]],
    alone: dict[str, SourceFamily] | None = None,
) -> tuple[SourceFamily, ...]:
    """The families of ``sources``; ``alone`` keeps each source's family of its own once
    made, for the next group that cites it."""
    ids = sorted(set(sources))
    found = [origins(s) for s in ids]
    if sum(map(len, found)) == len(frozenset().union(*found)):
        # No two share an origin: each source is a family of its own (the usual case).
        if alone is None:
            alone = {}
        own = []
        for sid, its in zip(ids, found, strict=True):
            family = alone.get(sid)
            if family is None:
                family = alone[sid] = SourceFamily(origins=tuple(sorted(its)), sources=(sid,))
            own.append(family)
        return tuple(own)
    # One representative per family: the sources with the fewest origins first (ties by
    # id), each taken when it shares no origin with a representative taken before. The
    # others join the family of the first representative they share an origin with.
    origins_of = dict(zip(ids, found, strict=True))
    families: list[tuple[str, list[str]]] = []
    owner: dict[str, int] = {}  # origin -> the family (index) whose representative has it
    pending: list[str] = []
    for s in sorted(ids, key=lambda s: (len(origins_of[s]), s)):
        if owner.keys().isdisjoint(origins_of[s]):
            for o in origins_of[s]:
                owner[o] = len(families)
            families.append((s, [s]))
        else:
            pending.append(s)
    for s in pending:
        families[min(owner[o] for o in origins_of[s] if o in owner)][1].append(s)
    return tuple(
        sorted(
            (
                SourceFamily(origins=tuple(sorted(origins_of[rep])), sources=tuple(sorted(members)))
                for rep, members in families
            ),
            key=lambda f: f.sources,
        )
    )


def source_families(dataset: Dataset, sources: Iterable[str]) -> tuple[SourceFamily, ...]:
    """Group ``sources`` into families that share an origin through ``Source.cites``.

    A source that is not in ``dataset`` is its own origin. Citation cycles (which
    [`Dataset.validate`][rightsdata.Dataset.validate] reports) are one voice: a cycle that cites
    nothing outside itself is an origin as a whole.
    """
    return _families(sources, CitationGraph.of(dataset.sources()).origins)
