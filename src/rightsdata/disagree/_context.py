"""What the analysis of one dataset reads again and again: subject lineages, source origins
(through the [`CitationGraph`][rightsdata.citations.CitationGraph]) and the place hierarchy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from rightsdata.citations import CitationGraph
from rightsdata.dataset import Dataset, parent_chain
from rightsdata.disagree._families import SourceFamily
from rightsdata.disagree._rules import _place_key, _View, _what
from rightsdata.records import Event, Facility, Figure, Location, Source


def _location_places(loc: Location) -> list[str]:
    """The places a location names, narrowest first (city, province, country)."""
    return [p for p in (loc.city, loc.province, loc.country) if p is not None and p.strip()]


def place_parents(dataset: Dataset) -> Mapping[str, frozenset[str]]:
    """Which places the dataset puts directly within which, as keys
    ([`rightsdata.names.match_key`][rightsdata.match_key]): ``{"shiraz": frozenset({"fars"})}``.

    The only place hierarchy a dataset has is what its records say:

    - a [`Location`][rightsdata.Location] (of an event or a facility) puts its city within
      its province, and both within its country (the country as given, a code: "IR");
    - a facility's names (its name and aliases) are within the places of its location
      and within the names of its parent facility.

    A name within itself (a province and its city both "Tehran") is left out.
    """
    return _Context(dataset).place_up


class _Context:
    """What the analysis of one dataset reads again and again: subject lineages, source
    origins and places, each worked out once and shared by every group."""

    __slots__ = (
        "_lineages",
        "_places",
        "alone",
        "citations",
        "dataset",
        "events",
        "place_up",
        "sources",
    )

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        # The first record with an id wins, as in Dataset.get.
        self.events: dict[str, Event] = {}
        for e in dataset.events():
            self.events.setdefault(e.id, e)
        self.sources: dict[str, Source] = {}
        for s in dataset.sources():
            self.sources.setdefault(s.id, s)
        # Who cites whom; a cited source that is not in the dataset is an origin.
        self.citations = CitationGraph.of(dataset.sources())
        self.alone: dict[str, SourceFamily] = {}
        """Each source's family of its own, once made (``_families``)."""
        self._lineages: dict[str | None, tuple[str | None, ...]] = {}
        self._places: dict[str, tuple[str | None, ...]] = {}
        self.place_up = MappingProxyType(_place_hierarchy(dataset))

    def lineage(self, subject: str | None) -> tuple[str | None, ...]:
        """The subject and its ancestor events or facilities, nearest first (remembered)."""
        found = self._lineages.get(subject)
        if found is None:
            chain = (subject,) if subject is None else parent_chain(subject, self._parent)
            found = self._lineages[subject] = tuple(chain)
        return found

    def _parent(self, id: str) -> str | None:
        r = self.dataset.get(id)
        return r.parent if isinstance(r, Event | Facility) else None

    def places(self, place: str | None) -> tuple[str | None, ...]:
        """The place (a key), every place it is within, nearest first, then ``None``
        (no place given: the whole); for ``None``, only ``None``."""
        if place is None:
            return (None,)
        found = self._places.get(place)
        if found is None:
            up = self.place_up
            order, todo = [place], [place]
            seen = {place}
            while todo:
                nxt = []
                for p in todo:
                    for q in sorted(up.get(p, ())):
                        if q not in seen:
                            seen.add(q)
                            order.append(q)
                            nxt.append(q)
                todo = nxt
            found = self._places[place] = (*order, None)
        return found

    def view(self, f: Figure) -> _View:
        return _View(f, _what(f.measure, f.unit), None if f.place is None else _place_key(f.place))

    def upstream(self, sid: str) -> frozenset[str]:
        """Every source ``sid`` cites, directly or through a chain (remembered)."""
        return self.citations.upstream(sid)

    def origins(self, sid: str) -> frozenset[str]:
        """The sources at the ends of ``sid``'s citation chains (itself if it cites none);
        see [`CitationGraph.origins`][rightsdata.citations.CitationGraph.origins]."""
        return self.citations.origins(sid)


def _place_hierarchy(dataset: Dataset) -> dict[str, frozenset[str]]:
    """See [`place_parents`][rightsdata.disagree.place_parents]."""
    up: dict[str, set[str]] = defaultdict(set)

    def within(inner: Iterable[str], outer: Iterable[str]) -> None:
        outer_keys = [_place_key(o) for o in outer]
        for i in inner:
            ki = _place_key(i)
            up[ki].update(k for k in outer_keys if k != ki)

    located: list[Location] = [e.location for e in dataset.events() if e.location is not None]
    facilities: dict[str, Facility] = {}
    for fac in dataset.facilities():
        facilities.setdefault(fac.id, fac)
    for fac in facilities.values():
        if fac.location is not None:
            located.append(fac.location)
            within(fac.names(), _location_places(fac.location))
        parent = facilities.get(fac.parent) if fac.parent is not None else None
        if parent is not None:
            within(fac.names(), parent.names())
    for loc in located:
        places = _location_places(loc)
        for i, p in enumerate(places):
            within([p], places[i + 1 :])
    return {k: frozenset(v) for k, v in up.items() if v}
