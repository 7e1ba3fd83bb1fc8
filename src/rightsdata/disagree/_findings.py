"""The findings: each group made into a [`Disagreement`][rightsdata.Disagreement] (its kind,
consensus, envelope, spread and families), its [`Estimate`][rightsdata.Estimate], the near misses
and the date disagreements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

from rightsdata.dataset import Dataset
from rightsdata.disagree._context import _Context
from rightsdata.disagree._families import _families
from rightsdata.disagree._model import (
    DateDisagreement,
    Disagreement,
    DisagreementKind,
    Estimate,
    NearMiss,
)
from rightsdata.disagree._rules import (
    _bounds,
    _chain,
    _hi,
    _lo,
    _measure_chain,
    _sources_of,
    _View,
    _What,
)
from rightsdata.disagree._sweep import _by_id, _classify, _groups, _rivals
from rightsdata.quantity import Qualifier, Quantity
from rightsdata.serialize.jsonio import to_json
from rightsdata.vocabulary import (
    DOCUMENTED_MEASURES,
    DOCUMENTED_UNITS,
    MEASURE_PARENTS,
    UNIT_PARENTS,
)


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
        families=_families(sources, ctx.origins, ctx.alone),
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


def _width(q: Quantity) -> int:
    return (q.high - q.low) if q.high is not None and q.low is not None else 2**62


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


def findings(dataset: Dataset) -> tuple[list[Disagreement], list[NearMiss]]:
    """``(disagreements(dataset), near_misses(dataset))`` from one grouping of the figures,
    for the price of one: what ``rightsdata disagreements`` and ``report`` show. See
    [`disagreements`][rightsdata.disagreements] and [`near_misses`][rightsdata.near_misses]."""
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
