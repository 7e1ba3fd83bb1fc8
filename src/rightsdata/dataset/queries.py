"""Queries: events and figures by filter, who held a post, facility trees, what rests on a
source.

The bodies of the [`Dataset`][rightsdata.Dataset] methods that ask questions of the records
(see each method for what it answers), and the records of the answers.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import date
from itertools import pairwise, zip_longest
from typing import TYPE_CHECKING

import attrs

from rightsdata.citations import CitationGraph
from rightsdata.dataset.integrity import parent_chain
from rightsdata.dates.range import DateRange
from rightsdata.errors import ValidationError
from rightsdata.records import (
    Actor,
    Citation,
    Event,
    Facility,
    Figure,
    Location,
    ParticipantRole,
    Position,
    Record,
    Source,
)
from rightsdata.records.actor import as_period
from rightsdata.text import match_key

if TYPE_CHECKING:
    from rightsdata.dataset.store import Dataset

__all__ = [
    "FacilityTree",
    "Holding",
    "events",
    "facility_tree",
    "figures",
    "holders",
    "resting_on",
]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Holding:
    """An actor holding a post: one answer of [`Dataset.holders`][rightsdata.Dataset.holders]."""

    actor: Actor
    """Who."""
    position: Position
    """The post, with its period and citations."""
    certain: bool
    """Whether the post was certainly held at the time asked about (``True`` when no time
    was given); otherwise it possibly was."""


@attrs.frozen(kw_only=True, weakref_slot=False, eq=False, repr=False)
class FacilityTree:
    """A facility with its place in the nesting: its parent, ancestors, children, operator.

    Built by [`Dataset.facility_tree`][rightsdata.Dataset.facility_tree]. ``children`` are trees
    themselves, so [`walk`][rightsdata.FacilityTree.walk] reaches every ward of every block. Every
    operation on a tree (building it, walking it, its ancestors, equality) is iterative, so a
    nesting 100,000 deep works as well as one three deep.
    """

    facility: Facility
    """The facility at the root of this tree."""
    children: tuple[FacilityTree, ...]
    """The facilities directly part of it, in dataset order."""
    operator: Actor | None
    """Who runs it: its own operator, else that of its nearest ancestor that has one;
    ``None`` when none is known (or the id does not resolve to an actor)."""
    operator_from: str | None
    """Id of the facility whose ``operator`` field names
    [`operator`][rightsdata.FacilityTree.operator] (itself or an ancestor); ``None`` when there is
    no operator."""
    _up: Mapping[str, Facility]
    """Shared by every node of one tree: facility id -> the facility it is part of, for
    the root's chain of parents and every node below it."""

    @property
    def ancestors(self) -> tuple[Facility, ...]:
        """The facilities it is part of, nearest first (a ward's prison, then its complex).

        A cycle of parents (which [`Dataset.validate`][rightsdata.Dataset.validate] reports) is cut
        where it closes: no facility is its own ancestor, and none comes twice."""
        out: list[Facility] = []
        seen = {self.facility.id}
        p = self._up.get(self.facility.id)
        while p is not None and p.id not in seen:
            out.append(p)
            seen.add(p.id)
            p = self._up.get(p.id)
        return tuple(out)

    @property
    def parent(self) -> Facility | None:
        """The facility it is directly part of, if any."""
        p = self._up.get(self.facility.id)
        return None if p is None or p.id == self.facility.id else p

    @property
    def period(self) -> DateRange | None:
        """When it operated, as far as known (the facility's own ``period``)."""
        return self.facility.period

    def walk(self) -> Iterator[FacilityTree]:
        """This tree, then every subtree, depth first, in dataset order."""
        todo = [self]
        while todo:
            t = todo.pop()
            yield t
            todo.extend(reversed(t.children))

    def ids(self) -> tuple[str, ...]:
        """Ids of this facility and of everything nested in it, depth first."""
        return tuple(t.facility.id for t in self.walk())

    def _shape(self) -> Iterator[tuple[object, ...]]:
        for t in self.walk():
            yield (t.facility, t.operator, t.operator_from, len(t.children))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FacilityTree):
            return NotImplemented
        if self.ancestors != other.ancestors:
            return False
        return all(a == b for a, b in zip_longest(self._shape(), other._shape()))

    def __hash__(self) -> int:
        return hash((self.facility, self.operator_from, len(self.children)))

    def __repr__(self) -> str:
        size = sum(1 for _ in self.walk())
        return (
            f"FacilityTree(facility={self.facility.id!r}, parent="
            f"{self.parent.id if self.parent else None!r}, children={len(self.children)}, "
            f"size={size}, operator_from={self.operator_from!r})"
        )


def events(
    ds: Dataset,
    *,
    kind: str | Collection[str] | None = None,
    actor: str | None = None,
    role: ParticipantRole | None = None,
    facility: str | None = None,
    place: str | None = None,
    within: DateRange | date | str | None = None,
    certainly: bool = False,
    source: str | None = None,
    rests_on: str | None = None,
) -> tuple[Event, ...]:
    """The body of [`Dataset.events`][rightsdata.Dataset.events] (see there)."""
    if certainly and within is None:
        raise ValidationError.single("certainly", "needs within= (the range to be inside)")
    if role is not None and not isinstance(role, ParticipantRole):
        raise ValidationError.single("role", f"expected a ParticipantRole, got {role!r}")
    events = ds._of(Event)
    chosen: Iterable[int] = range(len(events))
    if facility is not None:
        ds._expect(facility, Facility, "facility")
        at_facility = ds._idx().events_at
        hits: set[int] = set()
        for fid in _subtree(ds, facility):
            hits.update(at_facility.get(fid, ()))
        chosen = sorted(hits)
    if actor is not None:
        ds._expect(actor, Actor, "actor")
        with_actor = set(ds._idx().events_with.get(actor, ()))
        chosen = [i for i in chosen if i in with_actor]
    found: list[Event] = [events[i] for i in chosen]
    if actor is not None and role is not None:
        found = [
            e for e in found if any(p.actor == actor and p.role is role for p in e.participants)
        ]
    elif role is not None:
        found = [e for e in found if any(p.role is role for p in e.participants)]
    if kind is not None:
        kinds = {kind} if isinstance(kind, str) else set(kind)
        found = [e for e in found if e.kind in kinds]
    if place is not None:
        key = match_key(place)
        found = [e for e in found if any(_place_matches(loc, key) for loc in _locations(ds, e))]
    if within is not None:
        span = _as_range(within)
        found = [e for e in found if _within(e.date, span, certainly=certainly)]
    if source is not None:
        ds._expect(source, Source, "source")
        found = [e for e in found if source in _sources_cited(e)]
    if rests_on is not None:
        fallen = _fallen(ds, rests_on, "rests_on")
        found = [e for e in found if _rests_on(e.citations, fallen)]
    return tuple(found)


def figures(
    ds: Dataset,
    *,
    subject: str | None = None,
    measure: str | Collection[str] | None = None,
    source: str | None = None,
    rests_on: str | None = None,
) -> tuple[Figure, ...]:
    """The body of [`Dataset.figures`][rightsdata.Dataset.figures] (see there)."""
    found: list[Figure] | tuple[Figure, ...] = ds._of(Figure)
    if subject is not None:
        ds._expect(subject, (Event, Facility, Actor), "subject")
        subjects = set(_subtree(ds, subject)) if type(ds._by_id[subject]) is Facility else {subject}
        found = [f for f in found if f.subject in subjects]
    if measure is not None:
        measures = {measure} if isinstance(measure, str) else set(measure)
        found = [f for f in found if f.measure in measures]
    if source is not None:
        ds._expect(source, Source, "source")
        found = [f for f in found if any(c.source == source for c in f.citations)]
    if rests_on is not None:
        fallen = _fallen(ds, rests_on, "rests_on")
        found = [f for f in found if _rests_on(f.citations, fallen)]
    return tuple(found)


def resting_on(ds: Dataset, source: str) -> tuple[Record, ...]:
    """The body of [`Dataset.resting_on`][rightsdata.Dataset.resting_on] (see there)."""
    fallen = _fallen(ds, source, "source")
    out: list[Record] = []
    for r in ds._records:
        if isinstance(r, Source):
            if r.id != source and r.id in fallen:
                out.append(r)
        elif _rests_on(r.citations, fallen):
            out.append(r)
    return tuple(out)


def holders(
    ds: Dataset,
    title_or_organization: str,
    at: date | DateRange | None = None,
    *,
    certainly: bool = False,
) -> tuple[Holding, ...]:
    """The body of [`Dataset.holders`][rightsdata.Dataset.holders] (see there)."""
    if certainly and at is None:
        raise ValidationError.single("certainly", "needs at= (the time to ask about)")
    by_org = isinstance(ds._by_id.get(title_or_organization), Actor)
    key = match_key(title_or_organization)
    if not by_org and not key:
        raise ValidationError.single(
            "title_or_organization",
            f"expected a title or an actor id, got {title_or_organization!r}",
        )
    period = as_period(at) if at is not None else None
    found: list[tuple[int, Holding]] = []
    for a in ds._of(Actor):
        for p in a.positions:
            if by_org:
                if p.organization != title_or_organization:
                    continue
            elif match_key(p.title) != key:
                continue
            if period is None:
                certain = True
            else:
                certain = p.certainly_held(period)
                if not (certain or (not certainly and p.possibly_held(period))):
                    continue
            found.append((len(found), Holding(actor=a, position=p, certain=certain)))
    found.sort(key=lambda ih: (_period_key(ih[1].position.period), ih[0]))
    return tuple(h for _, h in found)


def facility_tree(ds: Dataset, id: str) -> FacilityTree:
    """The body of [`Dataset.facility_tree`][rightsdata.Dataset.facility_tree] (see there)."""
    root = ds._expect(id, Facility, "id")
    assert isinstance(root, Facility)
    up: dict[str, Facility] = {}
    chain = parent_chain(root.id, ds._facility_parent)
    for below, above in pairwise(chain):
        f = ds._by_id.get(above)
        if not isinstance(f, Facility):
            break
        up[below] = f
    # Depth first, iteratively: the order in which subtrees are finished, so that
    # each node is built after its children.
    children = ds._idx().children
    seen = {root.id}
    order: list[Facility] = []
    todo = [root]
    kids: dict[str, list[Facility]] = {}
    while todo:
        f = todo.pop()
        order.append(f)
        mine = kids[f.id] = []
        for cid in children.get(f.id, ()):
            child = ds._by_id[cid]
            if cid not in seen and isinstance(child, Facility):
                seen.add(cid)
                mine.append(child)
                if cid != root.id:
                    up[cid] = f
        todo.extend(reversed(mine))
    # Operators top-down: own, else the nearest ancestor's.
    operated: dict[str, tuple[Actor | None, str | None]] = {}
    for g in reversed(chain):
        f = ds._by_id.get(g)
        if isinstance(f, Facility):
            operated[g] = _operated(ds, f, operated.get(up[g].id) if g in up else None)
    for f in order:
        parent = up.get(f.id)
        inherited = operated.get(parent.id) if parent is not None else None
        operated[f.id] = _operated(ds, f, inherited)
    built: dict[str, FacilityTree] = {}
    for f in reversed(order):
        operator, operator_from = operated[f.id]
        built[f.id] = FacilityTree(
            facility=f,
            children=tuple(built[c.id] for c in kids[f.id]),
            operator=operator,
            operator_from=operator_from,
            up=up,
        )
    return built[root.id]


def _operated(
    ds: Dataset, f: Facility, inherited: tuple[Actor | None, str | None] | None
) -> tuple[Actor | None, str | None]:
    """Who runs ``f``: its own ``operator`` (resolved to an actor), else ``inherited``."""
    if f.operator is None:
        return inherited or (None, None)
    found = ds._by_id.get(f.operator)
    return (found, f.id) if isinstance(found, Actor) else (None, None)


def _subtree(ds: Dataset, facility: str) -> list[str]:
    """``facility`` and the ids of every facility nested in it (cycles cut)."""
    children = ds._idx().children
    out, todo, seen = [], [facility], {facility}
    while todo:
        fid = todo.pop()
        out.append(fid)
        for c in children.get(fid, ()):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return out


def _locations(ds: Dataset, e: Event) -> Iterator[Location]:
    if e.location is not None:
        yield e.location
    for fid in e.facilities:
        for p in parent_chain(fid, ds._facility_parent):
            f = ds._by_id.get(p)
            if not isinstance(f, Facility):
                break
            if f.location is not None:
                yield f.location


def _fallen(ds: Dataset, source: str, field: str) -> set[str]:
    """``source`` and every source that relies on nothing but fallen sources."""
    ds._expect(source, Source, field)
    return {source, *CitationGraph.of(ds._of(Source)).fallen(source)}


def _as_range(value: DateRange | date | str) -> DateRange:
    if isinstance(value, DateRange):
        return value
    if isinstance(value, str):
        return DateRange.parse(value)
    return DateRange.day(value)


def _within(d: DateRange, span: DateRange, *, certainly: bool) -> bool:
    """Whether ``d`` can fall (or, ``certainly``, surely falls) within ``span``'s bounds."""
    if not certainly:
        return d.possibly_overlaps(span)
    hull = d.span(span)  # as wide as span exactly when d's bounds are inside span's
    return (hull.earliest, hull.latest) == (span.earliest, span.latest)


def _place_matches(loc: Location, key: str) -> bool:
    if not key:
        return False
    for part in (loc.country, loc.province, loc.city):
        if part is not None and match_key(part) == key:
            return True
    if loc.text is not None:
        words = match_key(loc.text).split()
        wanted = key.split()
        n = len(wanted)
        return any(words[i : i + n] == wanted for i in range(len(words) - n + 1))
    return False


def _sources_cited(e: Event) -> set[str]:
    cited = {c.source for c in e.citations}
    for p in e.participants:
        cited.update(c.source for c in p.citations)
    for rd in e.reported_dates:
        cited.update(c.source for c in rd.citations)
    return cited


def _rests_on(citations: tuple[Citation, ...], fallen: set[str]) -> bool:
    return bool(citations) and all(c.source in fallen for c in citations)


def _period_key(period: DateRange | None) -> tuple[int, date, date]:
    if period is None:
        return (1, date.max, date.max)
    return (0, *period.sort_key())
