"""Where sources part ways: group the figures that count the same thing, and compare them.

The rules, in one place (the docs page "When sources disagree" walks through them):

**Grouping.** Two figures speak of the same thing when

- their subjects are the same, or are events linked as parent and child (both are
  brought to the root of their ``parent`` chain); figures without a subject group together
  only with each other;
- their measures are compatible: equal, or one nested in the other under
  :data:`MEASURE_PARENTS` ("executed" counts towards "killed", not the reverse);
- their units are equal;
- their periods possibly overlap (a missing period overlaps everything); ``as_of`` does
  not separate figures: a running total reported twice is one thing counted twice;
- their places are equal or one is not given.

Groups are the connected parts of that relation; a figure alone is not a disagreement.
Within a group, only figures related directly are compared for a conflict: a figure
without a place does not make Tehran's count conflict with Mashhad's.

**Classification.** Each figure is an interval ``[low, high]`` (open ends unbounded).

- ``superseded``: every figure is a running total (``as_of`` set, no ``period``); sorted
  by ``as_of`` (earliest, then latest day), no two have the same ``as_of`` and none is
  certainly before the one it follows; and each later total is not certainly lower than
  the one before (70,000 then some 85,000 released). A total that falls is a conflict;
- ``conflict``: two directly related figures cannot both be right: their intervals are
  disjoint (an exact 281 against an exact 280). When one counts a *part* of what the other
  counts (a child event, a sub-period, a narrower measure such as "executed" against
  "killed"), only a part certainly larger than its whole conflicts. A vague order of
  magnitude ("thousands") is a manner of speaking and never makes a conflict;
- ``agree``: every figure has the same bounds and best estimate;
- ``consistent``: otherwise: the intervals overlap but the numbers differ ("at least
  5,000" against "more than 30,000").

``consensus``, ``spread`` and :meth:`Disagreement.estimate` look at the *rival* figures
only: not vague, and not a count of a child event or sub-period of another figure in the
group ("over 60 in the past two months" is not a rival of "at least 220 this year").
``envelope`` holds every figure.

**Independence.** A source that cites another, directly or through a chain, repeats it. Each
source's *origins* are the sources at the ends of its citation chains (itself, if it
cites none); sources that share an origin form one family, and only families count as
independent corroboration.
"""

from __future__ import annotations

import enum
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Final

import attrs

from rightsdata.dataset import Dataset
from rightsdata.dates.range import DateRange
from rightsdata.quantity import Qualifier, Quantity
from rightsdata.records import Event, Figure, Measure, Source

__all__ = [
    "MEASURE_PARENTS",
    "DateDisagreement",
    "Disagreement",
    "DisagreementKind",
    "Estimate",
    "SourceFamily",
    "date_disagreements",
    "disagreements",
    "source_families",
]

MEASURE_PARENTS: Final[dict[str, str]] = {
    Measure.EXECUTED: Measure.KILLED,
    Measure.KILLED: Measure.DIED,
    Measure.DIED_IN_CUSTODY: Measure.DIED,
}
"""Measure nesting: each key counts towards its value (an execution is a killing)."""


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


@attrs.frozen(kw_only=True)
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


@attrs.frozen(kw_only=True)
class Estimate:
    """A UCDP-style low / best / high across independent source families.

    The rule: each family contributes one figure, its latest-published one (ties: the
    narrowest interval). ``low`` is the lowest of their low bounds, ``high`` the highest
    of their high bounds (``None`` if any is open), and ``best`` the median of their
    estimates (best, else low, else high), rounded down. A summary for analysts, never
    the truth: ``figures`` says what it rests on.
    """

    low: int | None
    """The lowest low bound among the families' figures."""
    best: int | None
    """The median of the families' estimates."""
    high: int | None
    """The highest high bound, or ``None`` when any figure is open above."""
    figures: tuple[str, ...]
    """Ids of the figures it rests on, one per family."""


@attrs.frozen(kw_only=True)
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

    @property
    def independent_sources(self) -> int:
        """How many independent source families the figures rest on."""
        return len(self.families)

    @property
    def repeats(self) -> tuple[str, ...]:
        """Sources that only repeat another source's claim."""
        return tuple(s for f in self.families for s in f.repeats)

    def estimate(self, dataset: Dataset) -> Estimate:
        """The low / best / high summary of :class:`Estimate`, one figure per family."""
        by_source = {s.id: s for s in dataset.sources()}
        chosen: list[Figure] = []
        for fam in self.families:
            members = [f for f in self.figures if set(_sources_of(f)) & set(fam.sources)]
            chosen.append(min(members, key=lambda f: _recency_key(f, by_source)))
        chosen.sort(key=lambda f: f.id)
        lows = [f.quantity.low for f in chosen]
        highs = [f.quantity.high for f in chosen]
        estimates = sorted(e for e in (_estimate_of(f.quantity) for f in chosen) if e is not None)
        best = estimates[(len(estimates) - 1) // 2] if estimates else None
        return Estimate(
            low=None if None in lows else min(x for x in lows if x is not None),
            best=best,
            high=None if None in highs else max(x for x in highs if x is not None),
            figures=tuple(f.id for f in chosen),
        )

    def explain(self) -> str:
        """One English sentence naming the sources and the numbers."""
        parts = "; ".join(
            f'"{f.quantity}" ({", ".join(_sources_of(f))})' for f in _by_time(self.figures)
        )
        fams = self.independent_sources
        indep = f"{fams} independent source famil{'y' if fams == 1 else 'ies'}"
        what = f"{self.measure} ({self.figures[0].unit})"
        about = f" for {self.subject}" if self.subject else ""
        if self.kind is DisagreementKind.AGREE:
            return f"Sources agree on {what}{about}: {parts}; {indep}."
        if self.kind is DisagreementKind.SUPERSEDED:
            return f"A running total of {what}{about} was revised upwards: {parts}; {indep}."
        if self.kind is DisagreementKind.CONFLICT:
            return f"Sources conflict on {what}{about}: {parts} cannot all be right; {indep}."
        ratio = f"{self.spread:.1f}".rstrip("0").rstrip(".")
        fold = f"{'at least ' if self.spread_is_lower_bound else ''}{ratio}-fold"
        return (
            f"Sources differ on {what}{about} but do not contradict each other: {parts}; "
            f"the estimates differ {fold}; {indep}."
        )


@attrs.frozen(kw_only=True)
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


def _sources_of(f: Figure) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.source for c in f.citations))


def _estimate_of(q: Quantity) -> int | None:
    if q.qualifier is Qualifier.VAGUE:
        return None  # "thousands" is a manner of speaking, not an estimate
    if q.best is not None:
        return q.best
    return q.low if q.low is not None else q.high


def _lo(r: DateRange | None) -> date:
    return date.min if r is None or r.earliest is None else r.earliest


def _hi(r: DateRange | None) -> date:
    return date.max if r is None or r.latest is None else r.latest


def _possibly_overlap(a: DateRange | None, b: DateRange | None) -> bool:
    return _lo(a) <= _hi(b) and _lo(b) <= _hi(a)


def _by_time(figs: Iterable[Figure]) -> list[Figure]:
    return sorted(figs, key=lambda f: (_lo(f.as_of or f.period), f.id))


def _recency_key(f: Figure, sources: dict[str, Source]) -> tuple[int, int, str]:
    """Sorts the latest-published, then narrowest figure first."""
    published = [sources[s].published for s in _sources_of(f) if s in sources]
    latest = max((_hi(p) for p in published if p is not None), default=date.min)
    q = f.quantity
    width = (q.high - q.low) if q.high is not None and q.low is not None else 2**62
    return (-latest.toordinal(), width, f.id)


def _measure_chain(measure: str) -> list[str]:
    chain = [measure]
    while chain[-1] in MEASURE_PARENTS and len(chain) < 16:
        chain.append(MEASURE_PARENTS[chain[-1]])
    return chain


def _lineage(subject: str | None, events: dict[str, Event]) -> list[str | None]:
    """The subject and its ancestor events, nearest first."""
    chain: list[str | None] = [subject]
    while subject in events and len(chain) <= len(events):
        subject = events[subject].parent
        if subject is None or subject in chain:
            break
        chain.append(subject)
    return chain


def _within(inner: DateRange | None, outer: DateRange | None) -> bool:
    if outer is None:
        return True
    return inner is not None and _lo(outer) <= _lo(inner) and _hi(inner) <= _hi(outer)


def _part_of(a: Figure, b: Figure, events: dict[str, Event]) -> bool:
    """Whether ``a`` counts a part of what ``b`` counts, and not the same thing: a child
    event, a sub-period, a narrower measure, or a named place within an unnamed one."""
    if not (a.measure == b.measure or _nested(a.measure, b.measure)):
        return False
    if b.subject not in _lineage(a.subject, events) or not _within(a.period, b.period):
        return False
    if b.place is not None and a.place != b.place:
        return False
    same = (a.measure, a.subject, a.place) == (b.measure, b.subject, b.place)
    return not (same and _lo(a.period) == _lo(b.period) and _hi(a.period) == _hi(b.period))


def _sub_count(a: Figure, b: Figure, events: dict[str, Event]) -> bool:
    """``a`` counts a child event or a sub-period of ``b``'s: not a rival estimate."""
    return _part_of(a, b, events) and (a.subject != b.subject or a.period != b.period)


def _nested(narrow: str, broad: str) -> bool:
    return broad in _measure_chain(narrow)


def _exceeds(part: Quantity, whole: Quantity) -> bool:
    return part.low is not None and whole.high is not None and part.low > whole.high


def _disjoint(a: Figure, b: Figure, events: dict[str, Event]) -> bool:
    """Whether the two counts cannot both be right (a vague order never decides it)."""
    qa, qb = a.quantity, b.quantity
    if Qualifier.VAGUE in (qa.qualifier, qb.qualifier):
        return False
    if _part_of(a, b, events):
        return _exceeds(qa, qb)
    if _part_of(b, a, events):
        return _exceeds(qb, qa)
    a_below = qa.high is not None and qb.low is not None and qa.high < qb.low
    b_below = qb.high is not None and qa.low is not None and qb.high < qa.low
    return a_below or b_below


def source_families(dataset: Dataset, sources: Iterable[str]) -> tuple[SourceFamily, ...]:
    """Group ``sources`` into families that share an origin through ``Source.cites``."""
    by_id = {s.id: s for s in dataset.sources()}
    memo: dict[str, frozenset[str]] = {}

    def origins(sid: str) -> frozenset[str]:
        if sid in memo:
            return memo[sid]
        memo[sid] = frozenset({sid})  # guards against citation cycles
        src = by_id.get(sid)
        cited = [c for c in src.cites if c in by_id] if src is not None else []
        result = frozenset().union(*(origins(c) for c in cited)) if cited else frozenset({sid})
        memo[sid] = result
        return result

    ids = sorted(set(sources))
    parent = {s: s for s in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[str, str] = {}
    for s in ids:
        for o in origins(s):
            if o in owner:
                ra, rb = find(owner[o]), find(s)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
            else:
                owner[o] = s
    members: dict[str, list[str]] = defaultdict(list)
    for s in ids:
        members[find(s)].append(s)
    families = []
    for group in members.values():
        origin_set = sorted(frozenset().union(*(origins(s) for s in group)))
        families.append(SourceFamily(origins=tuple(origin_set), sources=tuple(group)))
    return tuple(sorted(families, key=lambda f: f.sources))


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


def _classify(figs: Sequence[Figure], events: dict[str, Event]) -> DisagreementKind:
    running = all(f.as_of is not None and f.period is None for f in figs)
    if running:
        ordered = sorted(figs, key=lambda f: (_lo(f.as_of), _hi(f.as_of), f.id))
        in_order = all(
            (_lo(a.as_of), _hi(a.as_of)) != (_lo(b.as_of), _hi(b.as_of))
            and not _hi(b.as_of) < _lo(a.as_of)
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
    if any(
        _related(a, b) and _disjoint(a, b, events)
        for i, a in enumerate(figs)
        for b in figs[i + 1 :]
    ):
        return DisagreementKind.CONFLICT
    first = figs[0].quantity
    same = all(
        (f.quantity.low, f.quantity.high, f.quantity.best) == (first.low, first.high, first.best)
        for f in figs
    )
    return DisagreementKind.AGREE if same else DisagreementKind.CONSISTENT


def _make(
    dataset: Dataset, figs: list[Figure], subject: str | None, events: dict[str, Event]
) -> Disagreement:
    figs.sort(key=lambda f: f.id)
    kind = _classify(figs, events)
    lows = [f.quantity.low for f in figs]
    highs = [f.quantity.high for f in figs]
    hull_low = None if None in lows else min(x for x in lows if x is not None)
    hull_high = None if None in highs else max(x for x in highs if x is not None)
    # Rival estimates: neither a count of a part nor a vague order of magnitude.
    rivals = [
        f
        for f in figs
        if f.quantity.qualifier is not Qualifier.VAGUE
        and not any(_sub_count(f, g, events) for g in figs if g is not f)
    ]
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
    broadest = min(sorted({f.measure for f in figs}), key=lambda m: len(_measure_chain(m)))
    return Disagreement(
        kind=kind,
        figures=tuple(figs),
        sources=tuple(sources),
        families=source_families(dataset, sources),
        consensus=consensus,
        envelope=_interval_quantity(hull_low, hull_high),
        spread=spread,
        spread_is_lower_bound=open_above,
        subject=subject,
        measure=broadest,
    )


def disagreements(dataset: Dataset) -> list[Disagreement]:
    """Every group of two or more figures that count the same thing, classified.

    The result does not depend on the order of the records; groups come sorted by the
    id of their first figure.
    """
    events = {e.id: e for e in dataset.events()}
    buckets: dict[tuple[str | None, str, str], list[Figure]] = defaultdict(list)
    for f in dataset.figures():
        if f.share is not None:
            continue  # a part of another figure counts something narrower
        root_measure = _measure_chain(f.measure)[-1]
        buckets[(_lineage(f.subject, events)[-1], root_measure, f.unit)].append(f)
    out: list[Disagreement] = []
    for (subject, _, _), figs in buckets.items():
        for group in _components(figs):
            if len(group) > 1:
                out.append(_make(dataset, group, subject, events))
    out.sort(key=lambda d: d.figures[0].id)
    return out


def _related(a: Figure, b: Figure) -> bool:
    if a.measure != b.measure and not (
        _nested(a.measure, b.measure) or _nested(b.measure, a.measure)
    ):
        return False
    if a.place is not None and b.place is not None and a.place != b.place:
        return False
    return _possibly_overlap(a.period, b.period)


def _components(figs: list[Figure]) -> list[list[Figure]]:
    figs = sorted(figs, key=lambda f: f.id)
    parent = list(range(len(figs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(figs):
        for j in range(i + 1, len(figs)):
            if _related(a, figs[j]):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[Figure]] = defaultdict(list)
    for i, f in enumerate(figs):
        groups[find(i)].append(f)
    return list(groups.values())


def date_disagreements(dataset: Dataset) -> list[DateDisagreement]:
    """The events whose sourced dates (``Event.reported_dates``) certainly do not overlap."""
    out = []
    for e in dataset.events():
        dated = [
            (r.date, tuple(dict.fromkeys(c.source for c in r.citations))) for r in e.reported_dates
        ]
        clash = any(
            not _possibly_overlap(a[0], b[0]) for i, a in enumerate(dated) for b in dated[i + 1 :]
        )
        if clash:
            out.append(
                DateDisagreement(event=e.id, dates=tuple(sorted(dated, key=lambda p: _lo(p[0]))))
            )
    return sorted(out, key=lambda d: d.event)
