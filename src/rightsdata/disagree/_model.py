"""The result model: what [`disagreements`][rightsdata.disagreements] and its siblings return."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable

import attrs

from rightsdata.dataset import Dataset
from rightsdata.dates.range import DateRange
from rightsdata.disagree._context import _Context
from rightsdata.disagree._families import SourceFamily
from rightsdata.disagree._rules import _lo, _sources_of
from rightsdata.quantity import Quantity
from rightsdata.records import Figure


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

    def __getstate__(self) -> dict[str, object]:
        """The fields for a pickle, without the cached context of the dataset: a pickle
        carries the group, not the dataset it came from."""
        return {a.name: getattr(self, a.name) for a in attrs.fields(Disagreement)} | {
            "_context": None
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

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
        # Imported here: the estimate reads the engine, which builds these results.
        from rightsdata.disagree._findings import _estimate

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


def _by_time(figs: Iterable[Figure]) -> list[Figure]:
    return sorted(figs, key=lambda f: (_lo(f.as_of or f.period), f.id))
