"""The sweep engine: the passes over a dataset's figures that find the groups, and the
comparisons within a group that find a conflict and the rival estimates, without comparing
every pair. Each gives what the pairwise rules of ``_rules`` give pair by pair
(tests/test_disagree.py checks it against the all-pairs method on generated figures)."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Final

from rightsdata.dates.range import DateRange
from rightsdata.disagree._context import _Context
from rightsdata.disagree._model import DisagreementKind
from rightsdata.disagree._rules import (
    _CACHE_SIZE,
    _WHOLE,
    _bounds,
    _comparable,
    _disjoint,
    _hi,
    _lo,
    _measure_chain,
    _related,
    _View,
    _What,
    _what,
)
from rightsdata.quantity import Qualifier
from rightsdata.records import Figure


class _Class:
    """Figures of a group that the pairwise rules cannot tell apart (same measure and
    unit, subject, place and period bounds), with the extremes of their non-vague bounds."""

    __slots__ = ("hi", "lo", "max_low", "min_high", "rep")

    def __init__(self, rep: _View, lo: date, hi: date) -> None:
        self.rep = rep
        self.lo, self.hi = lo, hi
        self.max_low: int | None = None
        self.min_high: int | None = None

    def add(self, f: _View) -> None:
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


def _has_conflict(figs: Sequence[_View], ctx: _Context) -> bool:
    """Whether two directly related figures are disjoint (``_disjoint``).

    Figures with the same measure, subject, place and period bounds are one class:
    within it they conflict when the largest low bound is above the smallest high bound.
    Between classes, two disjoint figures are a part above its whole (``_part_of``) or
    two counts of the same thing, so each class asks whether a class within it (its
    what or a narrower one, its subject or a child, its place or one within it, its
    period or one inside it) has a low bound above its own high bound: a query by
    dominance over the periods (``_part_above_whole``), *n* log *n* however the periods
    nest. First of all, when no two counts of the group are disjoint, nothing can
    conflict; in a small group, and where events or places are their own ancestors (a
    cycle, which ``validate`` reports), the pairs of disjoint counts are read in order,
    as the rule does.
    """
    lows = [f.quantity.low for f in figs if f.quantity.qualifier is not Qualifier.VAGUE]
    highs = [f.quantity.high for f in figs if f.quantity.qualifier is not Qualifier.VAGUE]
    known_lows = [x for x in lows if x is not None]
    known_highs = [x for x in highs if x is not None]
    if not known_lows or not known_highs or max(known_lows) <= min(known_highs):
        return False  # no two counts are disjoint, so none can conflict
    if len(figs) <= _SCAN * 2 or _in_a_cycle(figs, ctx):
        # A small group, or one where events or places form a cycle (each figure of
        # it may be a part of the other, and the rule then depends on which comes
        # first): read the pairs in order, only those whose counts are disjoint.
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
    for f in figs:
        lo, hi = _bounds(f.period)
        key = (f.what, f.subject, f.place, f.period is None, lo, hi)
        c = classes.get(key)
        if c is None:
            c = classes[key] = _Class(f, lo, hi)
        c.add(f)
    for (m, subj, place, no_period, lo, hi), c in classes.items():
        if _above(c.max_low, c.min_high):
            return True
        # No period and a period open at both ends are the same thing (``_same``),
        # but only the second is within the first (``_within``): the other way here.
        whole = classes.get((m, subj, place, False, lo, hi)) if no_period else None
        if whole is not None and _above(c.max_low, whole.min_high):
            return True
    return _part_above_whole(classes.values(), ctx)


def _in_a_cycle(figs: Sequence[_View], ctx: _Context) -> bool:
    """Whether a subject or a place of the figures is within one of its own ancestors."""
    for subj in {f.subject for f in figs}:
        if any(subj in ctx.lineage(up) for up in ctx.lineage(subj)[1:]):
            return True
    for place in {f.place for f in figs}:
        if any(place in ctx.places(up) for up in ctx.places(place)[1:-1]):
            return True
    return False


_Bucket = tuple[_What, str | None, str | None]
"""What a figure counts, its subject and its place."""
_Bounded = tuple[int, int, int]
"""A class's first and last day (ordinals) and one of its count bounds."""

_NO_PERIOD: Final = (0, date.max.toordinal() + 1)
"""A figure without a period, as days: around every period (``_within``)."""


def _part_above_whole(classes: Iterable[_Class], ctx: _Context) -> bool:
    """Whether a class within another (``_part_of``, or the same thing) has a low bound
    above the other's high bound.

    Each class with a low bound is put in the bucket of every (what, subject, place) it
    is within: the chains of its measure and unit, its subject's lineage and its places
    (nothing else is within them, so a bucket is small unless the data is); each class
    with a high bound asks its own bucket for the largest low bound among the classes
    whose periods lie inside its own, a two-sided dominance query answered by a sweep
    from the latest first day with a Fenwick tree of prefix maxima over the last days.
    """
    parts: dict[_Bucket, list[_Bounded]] = defaultdict(list)
    wholes: dict[_Bucket, list[_Bounded]] = defaultdict(list)
    for c in classes:
        f = c.rep
        days = _NO_PERIOD if f.period is None else (c.lo.toordinal(), c.hi.toordinal())
        if c.max_low is not None:
            for m in _measure_chain(f.what):
                for subj in ctx.lineage(f.subject):
                    for place in ctx.places(f.place):
                        parts[(m, subj, place)].append((*days, c.max_low))
        if c.min_high is not None:
            wholes[(f.what, f.subject, f.place)].append((*days, c.min_high))
    return any(_dominated(parts[key], asked) for key, asked in wholes.items() if key in parts)


def _dominated(parts: list[_Bounded], wholes: list[_Bounded]) -> bool:
    """Whether some part (first day, last day, low) lies inside some whole (first day,
    last day, high) with its low above the whole's high."""
    ends = sorted({hi for _, hi, _ in parts})
    best = [-1] * (len(ends) + 1)  # Fenwick tree of maxima over ``ends`` (counts are >= 0)
    # From the latest first day down; at equal first days, parts before wholes.
    events = [(lo, 1, hi, low) for lo, hi, low in parts]
    events += [(lo, 0, hi, high) for lo, hi, high in wholes]
    events.sort(reverse=True)
    for _, is_part, hi, value in events:
        k = bisect.bisect_right(ends, hi)
        if is_part:
            while k <= len(ends):
                best[k] = max(best[k], value)
                k += k & -k
        else:
            top = -1
            while k > 0:
                top = max(top, best[k])
                k -= k & -k
            if top > value:
                return True
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
