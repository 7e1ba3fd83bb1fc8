"""Where sources part ways: group the figures that count the same thing, and compare them.

The rules, in one place (the docs page "When sources disagree" walks through them):

**Spelling.** Measures, units and places are compared by key, not as written (the
figures keep their words): [`rightsdata.vocabulary.measure_key`][rightsdata.vocabulary.measure_key]
and [`unit_key`][rightsdata.vocabulary.unit_key] fold case, plurals and the documented synonyms;
a place is folded with [`rightsdata.names.match_key`][rightsdata.match_key] ("Shiraz" is "shiraz").

**Hierarchies.** A subject's ancestors are its ``parent`` chain, for events and for
facilities (Ward 209 is a part of Evin). A place is *within* another when a record of
the dataset says so (see [`place_parents`][rightsdata.disagree.place_parents]): a
[`Location`][rightsdata.Location] of an event or a facility puts its city within its province and
both within its country, and a facility's names are places within its location's and its parent
facility's. Measures nest under [`MEASURE_PARENTS`][rightsdata.vocabulary.MEASURE_PARENTS], units
under [`UNIT_PARENTS`][rightsdata.vocabulary.UNIT_PARENTS].

**Grouping.** Two figures speak of the same thing when

- their subjects are the same, or one is an ancestor of the other (both are brought to
  the root of their ``parent`` chain); figures without a subject group together only
  with each other;
- their measures are compatible: equal, or one nested in the other ("executed" counts
  towards "killed", not the reverse), and so are their units ("protesters" count
  towards "persons");
- their periods possibly overlap (a missing period overlaps everything); ``as_of`` does
  not separate figures: a running total reported twice is one thing counted twice;
- their places are equal, one is within the other, or one is not given.

Groups are the connected parts of that relation; a figure alone is not a disagreement.
Within a group, only figures related directly are compared for a conflict: a figure
without a place does not make Tehran's count conflict with Mashhad's.

**Classification.** Each figure is an interval ``[low, high]`` (open ends unbounded).

- ``superseded``: every figure is a running total (``as_of`` set, no ``period``); sorted
  by ``as_of`` (earliest, then latest day), no two have the same ``as_of`` and none is
  certainly before the one it follows; and each later total is not certainly lower than
  the one before (70,000 then some 85,000 released). A total that falls is a conflict;
- ``conflict``: two directly related figures cannot both be right. Either they count the
  same thing (same measure, unit, subject, place and period bounds) and their intervals
  are disjoint (an exact 281 against an exact 280), or one counts a *part* of what the
  other counts (a child event or facility, a sub-period, a narrower measure or unit, a
  place within the other's) and the part is certainly larger than its whole. Figures
  that count crossing sets (periods that only partly overlap: 2019 against December 2019
  to January 2020) never conflict. A vague order of magnitude ("thousands") is a manner
  of speaking and never makes a conflict;
- ``agree``: every figure has the same bounds and best estimate;
- ``consistent``: otherwise: the intervals overlap but the numbers differ ("at least
  5,000" against "more than 30,000").

``consensus``, ``spread`` and [`Disagreement.estimate`][rightsdata.Disagreement.estimate] look at
the *rival* figures only: not vague, and not a count of a child event or sub-period of another
figure in the group ("over 60 in the past two months" is not a rival of "at least 220 this year").
``envelope`` holds every figure.

**Near misses.** Figures about the same subject over the same period that are kept
apart only by their measure, unit or place ([`NearMiss`][rightsdata.NearMiss]):
[`near_misses`][rightsdata.near_misses] names them rather than staying silent.

**Independence.** A source that cites another, directly or through a chain, repeats it. Each
source's *origins* are the sources at the ends of its citation chains (itself, if it
cites none; a cited source that is not in the dataset is an origin too). Two sources that
share an origin are not independent of each other. The
families are built around representatives: the sources with the fewest origins first,
each taken when it shares no origin with one taken before; every other source joins the
family of the first representative it shares an origin with. So a source quoting two
independent reports repeats both and does not merge them into one voice, and
``independent_sources`` is the number of representatives. A citation cycle (which
[`Dataset.validate`][rightsdata.Dataset.validate] reports) is one voice: a cycle that cites nothing
outside itself is an origin as a whole.

**Scale.** No step compares every pair of figures: grouping sweeps over periods sorted
by their first day, and a group's figures that the rules cannot tell apart (same
measure, unit, subject, place and period) are compared once, as a class. The work grows
as *n* log *n* (``benchmarks/bench_disagree.py``); what is worked out once per dataset
(event and facility lineages, source origins, places) is shared by every group and by
[`Disagreement.estimate`][rightsdata.Disagreement.estimate]. Nothing about a dataset outlives its
results: the only caches are bounded and keyed on words (a measure, a unit, a place), and the tables
they read are read-only.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Final

import attrs

from rightsdata.dataset import Dataset, _parent_chain
from rightsdata.dates.range import DateRange
from rightsdata.names import match_key
from rightsdata.quantity import Qualifier, Quantity
from rightsdata.records import Event, Facility, Figure, Location, ReportedDate, Source
from rightsdata.serialize.jsonio import to_json
from rightsdata.vocabulary import (
    DOCUMENTED_MEASURES,
    DOCUMENTED_UNITS,
    MEASURE_PARENTS,
    UNIT_PARENTS,
    measure_key,
    unit_key,
)

__all__ = [
    "MEASURE_PARENTS",
    "DateDisagreement",
    "Disagreement",
    "DisagreementKind",
    "Estimate",
    "NearMiss",
    "SourceFamily",
    "date_disagreements",
    "disagreements",
    "near_misses",
    "place_parents",
    "source_families",
]


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one ("1 figure", "2 figures")."""
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


class DisagreementKind(enum.Enum):
    """How the figures of a group relate."""

    AGREE = "agree"
    """Same bounds and best estimate."""
    CONSISTENT = "consistent"
    """The intervals overlap, but the numbers differ."""
    CONFLICT = "conflict"
    """Two intervals are disjoint: they cannot both be right."""
    SUPERSEDED = "superseded"
    """A running total reported again later, and not lower."""


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


@attrs.frozen(kw_only=True, weakref_slot=False)
class Estimate:
    """A UCDP-style low / best / high across independent source families.

    The rule: each family contributes one rival figure (see
    [`Disagreement`][rightsdata.Disagreement]): one of a source that does not repeat another source
    of the family in the group (the one it repeats stands for it); among those, for running totals
    the latest ``as_of``, else the latest-published; ties: the narrowest interval. For running
    totals, a family whose latest total is certainly older than another family's is superseded
    and left out. ``low`` is the lowest of their low bounds, ``high`` the highest of
    their high bounds (``None`` if any is open), and ``best`` the median of their
    estimates (best, else low, else high), the lower middle one for an even number. A
    summary for analysts, never the truth: ``figures`` says what it rests on and ``why``
    how ``best`` was read.
    """

    low: int | None
    """The lowest low bound among the families' figures."""
    best: int | None
    """The median of the families' estimates."""
    high: int | None
    """The highest high bound, or ``None`` when any figure is open above."""
    figures: tuple[str, ...]
    """Ids of the figures it rests on, one per family."""
    why: str = ""
    """One sentence on where ``best`` comes from, and how its figure's words were read
    (a source that says "more than 30,000" never gave 30,001)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Disagreement:
    """Figures that count the same thing, and how they relate."""

    kind: DisagreementKind
    """Agree, consistent, conflict or superseded."""
    figures: tuple[Figure, ...]
    """The figures, ordered by id."""
    sources: tuple[str, ...]
    """Ids of the sources they cite, sorted."""
    families: tuple[SourceFamily, ...]
    """The sources grouped into independent families."""
    consensus: Quantity | None
    """The interval every figure allows, or ``None`` when there is none."""
    envelope: Quantity
    """The smallest interval holding every figure (the hull)."""
    spread: float
    """Largest estimate over smallest (1.0 when equal; ``inf`` when the smallest is 0)."""
    spread_is_lower_bound: bool
    """Whether the true spread may be larger: the largest estimate is open above."""
    subject: str | None
    """The subject the group is about (the root event for parent and child events)."""
    measure: str
    """The broadest measure in the group."""
    _context: _Context | None = attrs.field(init=False, default=None, eq=False, repr=False)

    @property
    def independent_sources(self) -> int:
        """How many independent source families the figures rest on."""
        return len(self.families)

    @property
    def repeats(self) -> tuple[str, ...]:
        """Sources that only repeat another source's claim."""
        return tuple(s for f in self.families for s in f.repeats)

    def estimate(self, dataset: Dataset) -> Estimate:
        """The low / best / high summary of [`Estimate`][rightsdata.Estimate], one figure per
        family.

        Only rival figures count (not a vague order of magnitude, not a count of a part of
        another figure); a family with none is left out. What is read from ``dataset``
        is worked out once and shared with [`disagreements`][rightsdata.disagreements] when this
        group came from the same dataset, so estimating every group is linear.
        """
        ctx = self._context
        if ctx is None or ctx.dataset is not dataset:
            ctx = _Context(dataset)
        return _estimate(self, ctx)

    def explain(self) -> str:
        """One English sentence naming the sources and the numbers."""
        parts = "; ".join(
            f'"{f.quantity}" ({", ".join(_sources_of(f))})' for f in _by_time(self.figures)
        )
        indep = _plural(
            self.independent_sources, "independent source family", "independent source families"
        )
        what = f"{self.measure} ({self.figures[0].unit})"
        about = f" for {self.subject}" if self.subject else ""
        if self.kind is DisagreementKind.AGREE:
            return f"Sources agree on {what}{about}: {parts}; {indep}."
        if self.kind is DisagreementKind.SUPERSEDED:
            return f"A running total of {what}{about} was revised upwards: {parts}; {indep}."
        differ = ""
        if math.isinf(self.spread):
            differ = " one estimate is zero;"
        elif self.spread > 1.0:
            ratio = f"{self.spread:.1f}".rstrip("0").rstrip(".")
            at_least = "at least " if self.spread_is_lower_bound else ""
            differ = f" the estimates differ {at_least}{ratio}-fold;"
        if self.kind is DisagreementKind.CONFLICT:
            return (
                f"Sources conflict on {what}{about}: {parts} cannot all be right;{differ} {indep}."
            )
        return (
            f"Sources differ on {what}{about} but do not contradict each other: {parts};"
            f"{differ} {indep}."
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class NearMiss:
    """Figures about one subject over one period, kept apart by measure, unit or place.

    Each part is compared on its own (the figures of one [`Disagreement`][rightsdata.Disagreement],
    or a single figure); the parts are not compared with each other, though they look alike:
    their measures, and their units, are equal, nested or not documented
    ([`rightsdata.vocabulary`][rightsdata.vocabulary]), and they differ in the ``differences``
    named.
    """

    subject: str
    """The subject (the root of its ``parent`` chain)."""
    period: DateRange | None
    """The period they share (bounds equal), or ``None``: their whole subject."""
    figures: tuple[Figure, ...]
    """The figures, ordered by id."""
    parts: tuple[tuple[str, ...], ...]
    """Ids of the figures of each part, sorted; parts ordered by their first id."""
    differences: tuple[str, ...]
    """Which of "measure", "place" and "unit" differ between the parts."""

    def explain(self) -> str:
        """One English sentence naming what keeps the figures apart."""
        values: dict[str, Callable[[Figure], str | None]] = {
            "measure": lambda f: f.measure,
            "place": lambda f: f.place,
            "unit": lambda f: f.unit,
        }
        said = "; ".join(
            f"{field} "
            + ", ".join(
                f'"{v}"' if v is not None else "none given"
                for v in sorted(
                    {values[field](f) for f in self.figures}, key=lambda v: (v is None, v or "")
                )
            )
            for field in self.differences
        )
        when = f" ({self.period})" if self.period is not None else ""
        return (
            f"{_plural(len(self.figures), 'figure')} for {self.subject}{when}, in"
            f" {_plural(len(self.parts), 'group')}, are not compared with each other:"
            f" different {said}."
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class DateDisagreement:
    """An event whose sources give dates that certainly do not overlap."""

    event: str
    """Id of the event."""
    dates: tuple[tuple[DateRange, tuple[str, ...]], ...]
    """Each reported date with the ids of the sources that give it."""

    def explain(self) -> str:
        """One English sentence naming the sources and the dates."""
        parts = "; ".join(f"{d} ({', '.join(s)})" for d, s in self.dates)
        return f"Sources date {self.event} differently: {parts}."


# -- helpers -------------------------------------------------------------------------
#
# The pairwise predicates (_related, _part_of, _sub_count, _disjoint) are the rules as
# written in the module docstring. The engine below never compares every pair with them:
# it groups figures into classes that the predicates cannot tell apart and compares
# classes, or sweeps over periods sorted by their first day. tests/test_disagree.py
# checks the engine against the all-pairs method on generated figures.
#
# The engine reads figures through a _View: the figure's measure and unit as one key
# (what), its place as a key, and the figure itself for the output.

_WHOLE: Final = (date.min, date.max)

_What = tuple[str, str]
"""A measure key and a unit key: what one figure counts."""


class _View:
    """A figure as the rules read it: keys for measure and unit (``what``) and place."""

    __slots__ = (
        "as_of",
        "citations",
        "fig",
        "id",
        "period",
        "place",
        "quantity",
        "subject",
        "what",
    )

    def __init__(self, fig: Figure, what: _What, place: str | None) -> None:
        self.fig = fig
        self.id = fig.id
        self.what = what
        self.place = place
        self.subject = fig.subject
        self.period = fig.period
        self.as_of = fig.as_of
        self.quantity = fig.quantity
        self.citations = fig.citations


def _sources_of(cited: Figure | _View | ReportedDate) -> tuple[str, ...]:
    """The ids of the sources cited, in order, without repeats."""
    return tuple(dict.fromkeys(c.source for c in cited.citations))


def _estimate_of(q: Quantity) -> int | None:
    """The number a figure offers: its best, else its stated low bound ("at least 5,000"
    offers 5,000). A vague order, or an upper bound alone ("fewer than 50", whose low of 0
    nobody stated), offers none."""
    if q.best is not None:
        return q.best
    if q.qualifier in (Qualifier.VAGUE, Qualifier.AT_MOST, Qualifier.FEWER_THAN):
        return None
    return q.low if q.low is not None else q.high


def _reading(q: Quantity) -> str:
    """How ``_estimate_of`` read the words of ``q``."""
    if q.low is not None and q.low == q.high:
        return f'"{q}" is an exact count'
    if q.best is not None:
        return f'"{q}" gives {q.best:,} as its best estimate'
    if q.qualifier is Qualifier.MORE_THAN and q.low is not None:
        return f'{q.low:,} is the lowest number "{q}" allows; the source gives no best'
    if q.low is not None:
        return f'{q.low:,} is the low bound of "{q}"; the source gives no best'
    return f'{q.high:,} is the high bound of "{q}"; the source gives no best'


def _bounds(r: DateRange | None) -> tuple[date, date]:
    """First and last possible day, open ends as ``date.min`` / ``date.max``; no period
    (``None``) is all time. The same as [`DateRange.sort_key`][rightsdata.DateRange.sort_key] for a
    range."""
    return _WHOLE if r is None else r.sort_key()


def _lo(r: DateRange | None) -> date:
    return _bounds(r)[0]


def _hi(r: DateRange | None) -> date:
    return _bounds(r)[1]


def _possibly_overlap(a: DateRange | None, b: DateRange | None) -> bool:
    # DateRange.possibly_overlaps compares the strict bounds only (not the per-end
    # precision of an interval, as DateRange.relation does): exactly this rule.
    return a is None or b is None or a.possibly_overlaps(b)


def _within(inner: DateRange | None, outer: DateRange | None) -> bool:
    # Containment of the strict bounds. Kept here: DateRange has no such method, and
    # Allen's "during" (DateRange.relation) reads an interval's ends by their units,
    # which is a different question. A figure without a period counts its whole
    # subject, so it is within no dated period, and every period is within it.
    if outer is None:
        return True
    if inner is None:
        return False
    (ilo, ihi), (olo, ohi) = inner.sort_key(), outer.sort_key()
    return olo <= ilo and ihi <= ohi


def _by_time(figs: Iterable[Figure]) -> list[Figure]:
    return sorted(figs, key=lambda f: (_lo(f.as_of or f.period), f.id))


def _width(q: Quantity) -> int:
    return (q.high - q.low) if q.high is not None and q.low is not None else 2**62


def _chain(parents: Mapping[str, str], key: str) -> tuple[str, ...]:
    """``key`` and those it counts towards under ``parents``, nearest first."""
    chain = [key]
    while chain[-1] in parents and len(chain) < 16:
        chain.append(parents[chain[-1]])
    return tuple(chain)


# Caches hold what depends only on their arguments, strings and tuples of them, and on
# the read-only tables of rightsdata.vocabulary: never a dataset, nothing a caller can
# change. Each is bounded: a process that reads many datasets does not grow with them.
_CACHE_SIZE: Final = 4096
"""The most entries each of this module's caches keeps (the least recently used go)."""


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _measure_chain(what: _What) -> tuple[_What, ...]:
    """What ``what`` counts towards: every pair of a measure and a unit it nests in
    (itself first), nearest first; the last is the root of both chains."""
    measures = _chain(MEASURE_PARENTS, what[0])
    units = _chain(UNIT_PARENTS, what[1])
    pairs = sorted(
        ((i + j, i, m, u) for i, m in enumerate(measures) for j, u in enumerate(units)),
    )
    return tuple((m, u) for _, _, m, u in pairs)


def _nested(narrow: _What, broad: _What) -> bool:
    return broad in _measure_chain(narrow)


def _comparable(a: _What, b: _What) -> bool:
    return a == b or _nested_either(a, b)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _nested_either(a: _What, b: _What) -> bool:
    return _nested(a, b) or _nested(b, a)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _what(measure: str, unit: str) -> _What:
    return (measure_key(measure), unit_key(unit))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _place_key(place: str) -> str:
    return match_key(place) or " ".join(place.casefold().split())


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
        "_cites",
        "_lineages",
        "_origins",
        "_places",
        "_upstream",
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
        # A cited source that is not in the dataset is kept: it is an origin.
        self._cites = {sid: list(dict.fromkeys(s.cites)) for sid, s in self.sources.items()}
        self._lineages: dict[str | None, tuple[str | None, ...]] = {}
        self._origins: dict[str, frozenset[str]] = {}
        self._upstream: dict[str, frozenset[str]] = {}
        self._places: dict[str, tuple[str | None, ...]] = {}
        self.place_up = MappingProxyType(_place_hierarchy(dataset))

    def lineage(self, subject: str | None) -> tuple[str | None, ...]:
        """The subject and its ancestor events or facilities, nearest first (remembered)."""
        found = self._lineages.get(subject)
        if found is None:
            chain = (subject,) if subject is None else _parent_chain(subject, self._parent)
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
        found = self._upstream.get(sid)
        if found is None:
            seen: set[str] = set()
            todo = [sid]
            while todo:
                for c in self._cites.get(todo.pop(), ()):
                    if c not in seen:
                        seen.add(c)
                        todo.append(c)
            seen.discard(sid)
            found = self._upstream[sid] = frozenset(seen)
        return found

    def origins(self, sid: str) -> frozenset[str]:
        """The sources at the ends of ``sid``'s citation chains (itself if it cites none).

        Citations form a graph that may (wrongly) have cycles; its strongly connected
        parts are found with Tarjan's algorithm, iteratively, sinks first. A part that
        cites nothing outside itself is its own origin (all its members); any other takes
        the origins of what it cites. Without cycles that is the chains' ends. A source
        that is not in the dataset cites nothing: it is an origin.
        """
        done = self._origins
        if sid in done:
            return done[sid]
        cites = self._cites
        if sid not in cites:
            done[sid] = frozenset({sid})  # not in the dataset: it is its own origin
            return done[sid]
        index: dict[str, int] = {sid: 0}
        low: dict[str, int] = {sid: 0}
        stack, on_stack = [sid], {sid}
        work: list[tuple[str, Iterator[str]]] = [(sid, iter(cites[sid]))]
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
        return done[sid]


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


def _place_within(inner: str | None, outer: str | None, ctx: _Context) -> bool:
    """``outer`` is not given, is ``inner``, or holds it."""
    return outer is None or outer == inner or (inner is not None and outer in ctx.places(inner))


def _part_of(a: _View, b: _View, ctx: _Context) -> bool:
    """Whether ``a`` counts a part of what ``b`` counts, and not the same thing: a child
    event or facility, a sub-period, a narrower measure or unit, or a place within
    ``b``'s (a named place is within an unnamed one)."""
    if not (a.what == b.what or _nested(a.what, b.what)):
        return False
    if b.subject not in ctx.lineage(a.subject) or not _within(a.period, b.period):
        return False
    if not _place_within(a.place, b.place, ctx):
        return False
    return not _same(a, b)  # what, subject and place are within b's: are they b's?


def _same(a: _View, b: _View) -> bool:
    """The two count the same thing: what, subject, place and period bounds are equal."""
    return (
        a.what == b.what
        and a.subject == b.subject
        and a.place == b.place
        and (a.period is b.period or _bounds(a.period) == _bounds(b.period))
    )


def _sub_count(a: _View, b: _View, ctx: _Context) -> bool:
    """``a`` counts a child event or a sub-period of ``b``'s: not a rival estimate."""
    return _part_of(a, b, ctx) and (a.subject != b.subject or a.period != b.period)


def _exceeds(part: Quantity, whole: Quantity) -> bool:
    return part.low is not None and whole.high is not None and part.low > whole.high


def _disjoint(a: _View, b: _View, ctx: _Context) -> bool:
    """Whether the two counts cannot both be right (a vague order never decides it):
    a part larger than its whole, or two counts of the same thing that do not overlap.
    Counts of crossing sets (periods that only partly overlap) never are."""
    qa, qb = a.quantity, b.quantity
    if Qualifier.VAGUE in (qa.qualifier, qb.qualifier):
        return False
    if _part_of(a, b, ctx):
        return _exceeds(qa, qb)
    if _part_of(b, a, ctx):
        return _exceeds(qb, qa)
    if not _same(a, b):
        return False
    a_below = qa.high is not None and qb.low is not None and qa.high < qb.low
    b_below = qb.high is not None and qa.low is not None and qb.high < qa.low
    return a_below or b_below


def _related(a: _View, b: _View, ctx: _Context) -> bool:
    if not _comparable(a.what, b.what):
        return False
    pa, pb = a.place, b.place
    if not (pa is None or pb is None or pa == pb or pb in ctx.places(pa) or pa in ctx.places(pb)):
        return False
    return _possibly_overlap(a.period, b.period)


def _families(
    sources: Iterable[str], origins: Callable[[str], frozenset[str]]
) -> tuple[SourceFamily, ...]:
    ids = sorted(set(sources))
    found = [origins(s) for s in ids]
    if sum(map(len, found)) == len(frozenset().union(*found)):
        # No two share an origin: each source is a family of its own (the usual case).
        return tuple(
            SourceFamily(origins=tuple(sorted(o)), sources=(s,))
            for s, o in zip(ids, found, strict=True)
        )
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
    return _families(sources, _Context(dataset).origins)


def _interval_quantity(low: int | None, high: int | None) -> Quantity:
    if low is not None and high is not None:
        if low == high:
            return Quantity.exact(low)
        return Quantity.between(low, high)
    if low is not None:
        return Quantity(low=low, high=None, qualifier=Qualifier.AT_LEAST)
    if high is not None:
        return Quantity(low=None, high=high, qualifier=Qualifier.AT_MOST)
    return Quantity(low=None, high=None, qualifier=Qualifier.VAGUE)


# -- comparing a group by classes ----------------------------------------------------


class _Class:
    """Figures of a group that the pairwise rules cannot tell apart (same measure and
    unit, subject, place and period bounds), with the extremes of their non-vague bounds."""

    __slots__ = ("hi", "lo", "max_low", "members", "min_high", "rep")

    def __init__(self, rep: _View, lo: date, hi: date) -> None:
        self.rep = rep
        self.lo, self.hi = lo, hi
        self.members: list[tuple[int, _View]] = []
        self.max_low: int | None = None
        self.min_high: int | None = None

    def add(self, i: int, f: _View) -> None:
        self.members.append((i, f))
        q = f.quantity
        if q.qualifier is Qualifier.VAGUE:
            return
        if q.low is not None and (self.max_low is None or q.low > self.max_low):
            self.max_low = q.low
        if q.high is not None and (self.min_high is None or q.high < self.min_high):
            self.min_high = q.high


def _above(low: int | None, high: int | None) -> bool:
    """A known low bound above a known high bound."""
    return low is not None and high is not None and low > high


def _classes_conflict(s: _Class, t: _Class, ctx: _Context) -> bool:
    """Whether some figure of ``s`` and some of ``t`` are related and disjoint."""
    a, b = s.rep, t.rep
    if not _related(a, b, ctx):
        return False
    a_in_b, b_in_a = _part_of(a, b, ctx), _part_of(b, a, ctx)
    if a_in_b and b_in_a:
        # Only through a cycle of parent events; the pairwise rule then depends on
        # which figure comes first, so apply it to each pair as the rule does.
        return any(
            _disjoint(f, g, ctx) if i < j else _disjoint(g, f, ctx)
            for i, f in s.members
            for j, g in t.members
        )
    if a_in_b:
        return _above(s.max_low, t.min_high)
    if b_in_a:
        return _above(t.max_low, s.min_high)
    if not _same(a, b):
        return False  # crossing sets: neither holds the other
    return _above(t.max_low, s.min_high) or _above(s.max_low, t.min_high)


def _has_conflict(figs: Sequence[_View], ctx: _Context) -> bool:
    """Whether two directly related figures are disjoint (``_disjoint``).

    Figures with the same measure, subject, place and period bounds are one class:
    within it they conflict when the largest low bound is above the smallest high bound.
    Classes are compared only when their periods overlap, found by a sweep over the
    periods sorted by their first day (a figure without a period spans all time). First
    of all, when no two counts of the group are disjoint, nothing can conflict; in a
    small group, only the pairs of disjoint counts are looked at.
    """
    lows = [f.quantity.low for f in figs if f.quantity.qualifier is not Qualifier.VAGUE]
    highs = [f.quantity.high for f in figs if f.quantity.qualifier is not Qualifier.VAGUE]
    known_lows = [x for x in lows if x is not None]
    known_highs = [x for x in highs if x is not None]
    if not known_lows or not known_highs or max(known_lows) <= min(known_highs):
        return False  # no two counts are disjoint, so none can conflict
    if len(figs) <= _SCAN * 2:
        # A small group: only pairs whose counts are disjoint can conflict.
        quantities = [f.quantity for f in figs]
        for i, qa in enumerate(quantities):
            if qa.qualifier is Qualifier.VAGUE:
                continue
            for j in range(i + 1, len(figs)):
                qb = quantities[j]
                if qb.qualifier is Qualifier.VAGUE or not (
                    _above(qa.low, qb.high) or _above(qb.low, qa.high)
                ):
                    continue
                if _related(figs[i], figs[j], ctx) and _disjoint(figs[i], figs[j], ctx):
                    return True
        return False
    classes: dict[tuple[_What, str | None, str | None, bool, date, date], _Class] = {}
    for i, f in enumerate(figs):
        lo, hi = _bounds(f.period)
        key = (f.what, f.subject, f.place, f.period is None, lo, hi)
        c = classes.get(key)
        if c is None:
            c = classes[key] = _Class(f, lo, hi)
        c.add(i, f)
    active: list[_Class] = []
    for t in sorted(classes.values(), key=lambda c: (c.lo, c.hi)):
        if _above(t.max_low, t.min_high):
            return True
        active = [s for s in active if s.hi >= t.lo]
        if any(_classes_conflict(s, t, ctx) for s in active):
            return True
        active.append(t)
    return False


def _rivals(figs: Sequence[_View], ctx: _Context) -> list[_View]:
    """The figures that are rival estimates: not vague, and not a count of a part
    (``_sub_count``) of another figure of the group.

    Whether a figure is a sub-count depends on its measure, subject, place and period,
    so each such class is asked once, against an index of the periods of every
    (what, subject, place): is there one that holds this period?
    """
    by_class: dict[tuple[_What, str | None, str | None, DateRange | None], list[_View]] = (
        defaultdict(list)
    )
    for f in figs:
        by_class[(f.what, f.subject, f.place, f.period)].append(f)
    index: dict[tuple[_What, str | None, str | None], _Periods] = defaultdict(_Periods)
    for m, subj, place, period in by_class:
        index[(m, subj, place)].add(period)

    def sub_counted(
        m: _What, subj: str | None, place: str | None, period: DateRange | None
    ) -> bool:
        for m2 in _measure_chain(m):
            for subj2 in ctx.lineage(subj):
                for place2 in ctx.places(place):
                    found = index.get((m2, subj2, place2))
                    same = (m2, subj2, place2) == (m, subj, place)
                    if found is not None and found.holds(period, same, subj2 == subj):
                        return True
        return False

    out: set[int] = set()
    for (m, subj, place, period), members in by_class.items():
        if any(f.quantity.qualifier is not Qualifier.VAGUE for f in members) and not sub_counted(
            m, subj, place, period
        ):
            out.update(id(f) for f in members if f.quantity.qualifier is not Qualifier.VAGUE)
    return [f for f in figs if id(f) in out]


_SCAN: Final = 8
"""Up to this many periods, a containment query reads them all rather than an index."""


class _Periods:
    """The periods of one (what, subject, place) in a group, for containment queries."""

    __slots__ = ("_his", "_los", "_none", "_periods")

    def __init__(self) -> None:
        self._none = False
        self._periods: list[tuple[date, date, DateRange]] = []
        self._los: list[date] | None = None  # first days, sorted, once asked
        self._his: list[date] = []  # running maximum of the last days, in _los order

    def add(self, period: DateRange | None) -> None:
        if period is None:
            self._none = True
        else:
            self._periods.append((*period.sort_key(), period))

    def _reaches(self, k: int, hi: date, *, strictly: bool) -> bool:
        """Whether one of the first ``k`` periods (by first day) ends at or after ``hi``
        (after it, ``strictly``)."""
        return k > 0 and (self._his[k - 1] > hi if strictly else self._his[k - 1] >= hi)

    def holds(self, inner: DateRange | None, same: bool, same_subject: bool) -> bool:
        """Whether a period here makes ``inner`` a sub-count (``_sub_count``).

        ``same``: this is the inner figure's own (what, subject, place), so the
        period must have other bounds; ``same_subject``: the period must differ.
        """
        if inner is None:
            return self._none and not same_subject
        lo, hi = inner.sort_key()
        if self._none and (not same or (lo, hi) != _WHOLE):
            return True
        periods = self._periods
        if len(periods) <= _SCAN:
            return any(
                qlo <= lo
                and hi <= qhi
                and (
                    not same_subject
                    or ((qlo, qhi) != (lo, hi) if same else (qlo < lo or hi < qhi or q != inner))
                )
                for qlo, qhi, q in periods
            )
        if self._los is None:
            periods.sort(key=lambda p: (p[0], p[1]))
            self._los = [p[0] for p in periods]
            self._his = list(itertools.accumulate((p[1] for p in periods), max))
        le = bisect.bisect_right(self._los, lo)
        if not same_subject:
            return self._reaches(le, hi, strictly=False)
        lt = bisect.bisect_left(self._los, lo)
        wider = self._reaches(lt, hi, strictly=False) or self._reaches(le, hi, strictly=True)
        if wider or same:
            return wider
        return any(q != inner for qlo, qhi, q in periods[lt:le] if qhi == hi)


def _classify(figs: Sequence[_View], ctx: _Context) -> DisagreementKind:
    running = all(f.as_of is not None and f.period is None for f in figs)
    if running:
        ordered = sorted(figs, key=lambda f: (_bounds(f.as_of), f.id))
        in_order = all(
            _bounds(a.as_of) != _bounds(b.as_of) and not _hi(b.as_of) < _lo(a.as_of)
            for a, b in itertools.pairwise(ordered)
        )
        if in_order:
            falls = any(
                b.quantity.high is not None
                and a.quantity.low is not None
                and b.quantity.high < a.quantity.low
                for a, b in itertools.pairwise(ordered)
            )
            return DisagreementKind.CONFLICT if falls else DisagreementKind.SUPERSEDED
    if _has_conflict(figs, ctx):
        return DisagreementKind.CONFLICT
    first = figs[0].quantity
    same = all(
        (f.quantity.low, f.quantity.high, f.quantity.best) == (first.low, first.high, first.best)
        for f in figs
    )
    return DisagreementKind.AGREE if same else DisagreementKind.CONSISTENT


def _sort_by_id(figs: list[_View]) -> None:
    """Sort by id; figures sharing an id (a dataset ``validate()`` refuses) by content,
    so that the order of the records never shows through."""
    figs.sort(key=_by_id)
    for i in range(len(figs) - 1):
        if figs[i].id == figs[i + 1].id:
            figs.sort(key=lambda f: (f.id, to_json(f.fig)))
            return


def _make(figs: list[_View], subject: str | None, ctx: _Context) -> Disagreement:
    _sort_by_id(figs)
    kind = _classify(figs, ctx)
    lows = [f.quantity.low for f in figs]
    highs = [f.quantity.high for f in figs]
    hull_low = None if None in lows else min(x for x in lows if x is not None)
    hull_high = None if None in highs else max(x for x in highs if x is not None)
    # Rival estimates: neither a count of a part nor a vague order of magnitude.
    rivals = _rivals(figs, ctx)
    lows = [f.quantity.low for f in rivals]
    highs = [f.quantity.high for f in rivals]
    consensus = None
    if kind is not DisagreementKind.CONFLICT and rivals:
        known_lows = [x for x in lows if x is not None]
        known_highs = [x for x in highs if x is not None]
        c_low = max(known_lows) if known_lows else None
        c_high = min(known_highs) if known_highs else None
        if c_low is None or c_high is None or c_low <= c_high:
            consensus = _interval_quantity(c_low, c_high)
    estimates = [(e, f) for f in rivals if (e := _estimate_of(f.quantity)) is not None]
    spread, open_above = 1.0, False
    if estimates:
        smallest = min(e for e, _ in estimates)
        largest, top = max(estimates, key=lambda p: p[0])
        spread = largest / smallest if smallest else (1.0 if largest == 0 else float("inf"))
        open_above = top.quantity.high is None and top.quantity.best is None
    sources = sorted({s for f in figs for s in _sources_of(f)})
    broadest = min(sorted({f.what for f in figs}), key=lambda m: len(_measure_chain(m)))
    measure = next(f.fig.measure for f in figs if f.what == broadest)
    found = Disagreement(
        kind=kind,
        figures=tuple(f.fig for f in figs),
        sources=tuple(sources),
        families=_families(sources, ctx.origins),
        consensus=consensus,
        envelope=_interval_quantity(hull_low, hull_high),
        spread=spread,
        spread_is_lower_bound=open_above,
        subject=subject,
        measure=measure,
    )
    object.__setattr__(found, "_context", ctx)
    return found


def _estimate(d: Disagreement, ctx: _Context) -> Estimate:
    """See [`Estimate`][rightsdata.Estimate]."""
    views = [ctx.view(f) for f in d.figures if f.share is None]
    rivals = _rivals(views, ctx)
    running = bool(views) and all(f.as_of is not None and f.period is None for f in views)
    sources = ctx.sources

    def published(f: _View) -> date:
        dates = [sources[s].published for s in _sources_of(f) if s in sources]
        return max((_hi(p) for p in dates if p is not None), default=date.min)

    def latest_first(f: _View) -> tuple[int, int, int, str]:
        lo, hi = _bounds(f.as_of) if running else (date.min, published(f))
        return (-hi.toordinal(), -lo.toordinal(), _width(f.quantity), f.id)

    chosen: list[_View] = []
    for fam in d.families:
        members = set(fam.sources)
        # A source that cites (through any chain) another of its family here repeats it.
        repeaters = {s for s in members if len(members) > 1 and ctx.upstream(s) & members}
        cands = [f for f in rivals if members.intersection(_sources_of(f))]
        upstream = [f for f in cands if (members - repeaters).intersection(_sources_of(f))]
        if upstream or cands:
            chosen.append(min(upstream or cands, key=latest_first))
    if running and chosen:
        # A family whose latest total is certainly before another's is superseded.
        newest = max(_lo(f.as_of) for f in chosen)
        chosen = [f for f in chosen if _hi(f.as_of) >= newest]
    chosen.sort(key=_by_id)
    lows = [f.quantity.low for f in chosen]
    highs = [f.quantity.high for f in chosen]
    offers = sorted(
        ((e, f.id, f) for f in chosen if (e := _estimate_of(f.quantity)) is not None),
        key=lambda p: (p[0], p[1]),
    )
    best = offers[(len(offers) - 1) // 2] if offers else None
    return Estimate(
        low=None if not lows or None in lows else min(x for x in lows if x is not None),
        best=None if best is None else best[0],
        high=None if not highs or None in highs else max(x for x in highs if x is not None),
        figures=tuple(f.id for f in chosen),
        why=_why(best, offers, len(chosen), running),
    )


def _why(
    best: tuple[int, str, _View] | None,
    offers: list[tuple[int, str, _View]],
    families: int,
    running: bool,
) -> str:
    """The sentence of [`Estimate.why`][rightsdata.Estimate.why]."""
    if best is None:
        if families:
            return "No best: no figure it rests on offers an estimate (an upper bound alone)."
        return "No best: no family gives a figure that is not vague or a count of a part."
    n, fid, f = best
    which = "latest total" if running else "figure"
    if families == 1:
        how = f"the only family's {which} ({fid})"
    elif len(offers) == 1:
        how = f"the only estimate among the {families} families' figures ({fid})"
    else:
        middle = "the lower middle one" if len(offers) % 2 == 0 else "the middle one"
        listed = ", ".join(f"{e:,} ({i})" for e, i, _ in offers)
        how = f"the median of the {len(offers)} families' estimates, {listed}: {middle} ({fid})"
    return f"Best {n:,}: {how}; {_reading(f.quantity)}."


def _groups(ctx: _Context) -> Iterator[tuple[str | None, list[_View]]]:
    """Every group of figures that count the same thing (one figure alone included),
    with its subject: buckets by root subject and root of what they count, then the
    connected parts of the ``_related`` graph in each. The views of a bucket are
    made when it is reached (short-lived, they cost the garbage collector little)."""
    buckets: dict[tuple[str | None, _What], list[Figure]] = defaultdict(list)
    for f in ctx.dataset.figures():
        if f.share is not None:
            continue  # a part of another figure counts something narrower
        root = _measure_chain(_what(f.measure, f.unit))[-1]
        buckets[(ctx.lineage(f.subject)[-1], root)].append(f)
    for (subject, _), figs in buckets.items():
        views = [ctx.view(f) for f in figs]
        if len(views) < 2:
            yield subject, views
        else:
            for group in _components(views, ctx):
                yield subject, group


def disagreements(dataset: Dataset) -> list[Disagreement]:
    """Every group of two or more figures that count the same thing, classified.

    The result does not depend on the order of the records; groups come sorted by the
    id of their first figure. The work grows as *n* log *n* in the number of figures:
    no step compares every pair of a group. Figures kept apart only by measure, unit or
    place are [`near_misses`][rightsdata.near_misses].
    """
    ctx = _Context(dataset)
    out = [_make(g, subject, ctx) for subject, g in _groups(ctx) if len(g) > 1]
    out.sort(key=lambda d: d.figures[0].id)
    return out


def _findings(dataset: Dataset) -> tuple[list[Disagreement], list[NearMiss]]:
    """``(disagreements(dataset), near_misses(dataset))`` from one grouping of the
    figures (what ``rightsdata disagreements`` and ``report`` show)."""
    ctx = _Context(dataset)
    found: list[Disagreement] = []

    def groups() -> Iterator[tuple[str | None, list[_View]]]:
        for subject, g in _groups(ctx):
            if len(g) > 1:
                found.append(_make(g, subject, ctx))
            yield subject, g

    misses = _near_misses(groups())
    found.sort(key=lambda d: d.figures[0].id)
    return found, misses


# The public name (``rightsdata report`` and ``disagreements`` call it).
findings = _findings


def _alike(a: _What, b: _What) -> bool:
    """Whether two figures may count the same thing: for the measure and for the unit,
    the keys are equal, nested, or one of them is not documented."""

    def close(x: str, y: str, parents: Mapping[str, str], known: frozenset[str]) -> bool:
        if x == y or x not in known or y not in known:
            return True
        return y in _chain(parents, x) or x in _chain(parents, y)

    return close(a[0], b[0], MEASURE_PARENTS, DOCUMENTED_MEASURES) and close(
        a[1], b[1], UNIT_PARENTS, DOCUMENTED_UNITS
    )


def near_misses(dataset: Dataset) -> list[NearMiss]:
    """Figures that look alike but are not compared: the same subject (the root of its
    ``parent`` chain) and the same period bounds, in different groups of
    [`disagreements`][rightsdata.disagreements] (or alone), whose measures, and units, are equal,
    nested, or not documented ([`rightsdata.vocabulary`][rightsdata.vocabulary]): what keeps them
    apart is then a place, or a measure or unit the vocabulary does not know. A figure with a
    ``share`` is never one. Sorted by the id of their first figure; linear after sorting.
    """
    return _near_misses(_groups(_Context(dataset)))


def _near_misses(groups: Iterable[tuple[str | None, list[_View]]]) -> list[NearMiss]:
    """See [`near_misses`][rightsdata.near_misses]: ``groups`` are those of ``_groups``, each
    once."""
    cells: dict[tuple[str, tuple[date, date]], list[tuple[int, _View]]] = defaultdict(list)
    for part, (subject, group) in enumerate(groups):
        if subject is None:
            continue
        for f in group:
            cells[(subject, _bounds(f.period))].append((part, f))
    out = []
    for (subject, _), members in cells.items():
        if len({p for p, _ in members}) < 2:
            continue
        parts_of: dict[_What, set[int]] = defaultdict(set)  # what -> parts
        for part, f in members:
            parts_of[f.what].add(part)
        lonely = {
            m: not any(
                _alike(m, m2) and (len(ps) > 1 or ps != parts_of[m]) for m2, ps in parts_of.items()
            )
            for m in parts_of
        }
        kept = [(p, f) for p, f in members if not lonely[f.what]]
        by_part: dict[int, list[_View]] = defaultdict(list)
        for p, f in kept:
            by_part[p].append(f)
        if len(by_part) < 2:
            continue
        parts = sorted(tuple(sorted(f.id for f in fs)) for fs in by_part.values())
        figs = sorted((f for _, f in kept), key=_by_id)
        differences = tuple(
            name
            for name, key in (
                ("measure", lambda f: f.what[0]),
                ("place", lambda f: f.place),
                ("unit", lambda f: f.what[1]),
            )
            if len({frozenset(map(key, fs)) for fs in by_part.values()}) > 1
        )
        out.append(
            NearMiss(
                subject=subject,
                period=figs[0].period,
                figures=tuple(f.fig for f in figs),
                parts=tuple(parts),
                differences=differences,
            )
        )
    out.sort(key=lambda n: n.figures[0].id)
    return out


def _components(figs: list[_View], ctx: _Context) -> list[list[_View]]:
    """The connected parts of the ``_related`` graph, each sorted by id.

    A sweep over the figures sorted by their period's first day. Figures of one ``what``
    and one place (or none) whose periods overlap are related to each other, so the
    figures of such a class that are still open when a figure starts are already
    connected: joining the one that ends last is enough. A figure with a place therefore
    looks at one figure of each related class (its own place, each place it is within,
    and no place); a figure must also join every figure at a place within its own (for
    no place, every placed figure), so for each (what, place) the figures placed within
    it are kept in a list that each such lookup collapses to one (they are then
    connected), which keeps the whole sweep linear after sorting (times the depth of
    the place hierarchy).
    """
    figs = sorted(figs, key=_by_id)
    n = len(figs)
    parent = list(range(n))

    def union(i: int, j: int) -> None:
        while parent[i] != i:
            i = parent[i]
        while parent[j] != j:
            parent[j] = parent[parent[j]]
            j = parent[j]
        if i != j:
            parent[max(i, j)] = min(i, j)

    related_whats = _related_whats(frozenset(f.what for f in figs))
    spans = [_WHOLE if f.period is None else f.period.sort_key() for f in figs]
    last: dict[tuple[_What, str | None], tuple[date, int]] = {}  # latest-ending per class
    under: dict[tuple[_What, str | None], list[tuple[date, int]]] = {}  # placed within
    for i in sorted(range(n), key=spans.__getitem__):
        f = figs[i]
        start, end = spans[i]
        m, place = f.what, f.place
        up = ctx.places(place)
        for m2 in related_whats[m]:
            for q in up:
                other = last.get((m2, q))
                if other is not None and other[0] >= start:
                    union(i, other[1])
            inside = under.get((m2, place))
            if inside:
                still_open = [p for p in inside if p[0] >= start]
                for _, j in still_open:
                    union(i, j)
                under[(m2, place)] = [max(still_open)] if still_open else []
        mine = last.get((m, place))
        if mine is None or end > mine[0]:
            last[(m, place)] = (end, i)
        for q in up[1:]:
            under.setdefault((m, q), []).append((end, i))
    groups: dict[int, list[_View]] = {}
    for i, f in enumerate(figs):
        root = i
        while parent[root] != root:
            root = parent[root]
        groups.setdefault(root, []).append(f)
    return list(groups.values())


def _by_id(f: Figure | _View) -> str:
    return f.id


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _related_whats(whats: frozenset[_What]) -> Mapping[_What, tuple[_What, ...]]:
    """For each ``what``, those of ``whats`` it can be compared with (itself, and those
    nested in it or it in them); read-only, since it is shared."""
    return MappingProxyType(
        {m: tuple(m2 for m2 in sorted(whats) if _comparable(m, m2)) for m in whats}
    )


def date_disagreements(dataset: Dataset) -> list[DateDisagreement]:
    """The events whose sourced dates (``Event.reported_dates``) certainly do not overlap."""
    out = []
    for e in dataset.events():
        dated = [(r.date, _sources_of(r)) for r in e.reported_dates]
        clash = any(
            not a[0].possibly_overlaps(b[0]) for i, a in enumerate(dated) for b in dated[i + 1 :]
        )
        if clash:
            out.append(
                DateDisagreement(
                    event=e.id, dates=tuple(sorted(dated, key=lambda p: p[0].sort_key()[0]))
                )
            )
    return sorted(out, key=lambda d: d.event)
