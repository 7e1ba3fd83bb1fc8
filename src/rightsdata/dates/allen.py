"""Allen's interval relations between fuzzy dates, with how sure each answer is.

The model. A [`DateRange`][rightsdata.DateRange] stands for the days something really took,
``[s, e]`` (one day or several), which we do not know exactly:

- a **single date** ("1988", "late July 1988") took some days within its bounds:
  ``earliest <= s <= e <= latest``;
- an **interval** ("1964/2008", "from July to September 1988") began within its start's
  unit and ended within its end's: ``s`` in the unit of ``earliest_precision`` that starts
  at ``earliest``, ``e`` in the unit of ``latest_precision`` that ends at ``latest``;
- an open or unknown end is unbounded on its side.

Days are whole: ``[s, e]`` is the half-open span from the start of day ``s`` to the end
of day ``e``, so "meets" means the second began the day after the first ended.

For two values, a relation is **possible** when some admissible pair of real spans has
it, and **certain** when it is the only possible one. [`relation`][rightsdata.DateRange.relation]
returns them all as a [`Relation`][rightsdata.Relation]. The comparisons on ``DateRange`` follow:

======================== ================================================================
``certainly_before``     every possible day of A is before every possible day of B:
                         ``A.latest < B.earliest`` (possible relations within
                         {before, meets})
``possibly_before``      A can have ended before B began (``before`` or ``meets``
                         possible); for single dates ``A.earliest < B.latest``
``certainly_overlaps``   they share a day whatever the real spans (neither ``before``,
                         ``meets``, ``met_by`` nor ``after`` is possible)
``possibly_overlaps``    they can share a day: the bounds intersect
======================== ================================================================

```pycon
>>> from rightsdata import DateRange
>>> from rightsdata.dates.allen import Allen
>>> summer = DateRange.parse("the Summer of 1988")
>>> killings = DateRange.parse("from late July to early September 1988")
>>> r = killings.relation(DateRange.parse("August 1988"))
>>> r.certain is Allen.CONTAINS, killings.certainly_overlaps(DateRange.parse("August 1988"))
(True, True)
>>> killings.possibly_overlaps(summer), killings.certainly_overlaps(summer)
(True, False)

```
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

from rightsdata.dates._units import unit_of

if TYPE_CHECKING:
    from rightsdata.dates.range import DateRange

__all__ = ["Allen", "Relation", "endpoint_bounds", "possibly_before", "relation"]


class Allen(enum.Enum):
    """The thirteen relations of Allen's interval algebra, read as "A <relation> B"."""

    BEFORE = "before"
    """A ended at least a full day before B began."""
    MEETS = "meets"
    """B began the day after A ended."""
    OVERLAPS = "overlaps"
    """A began first, B began while A ran, A ended first."""
    STARTS = "starts"
    """Both began the same day; A ended first."""
    DURING = "during"
    """A began after and ended before B."""
    FINISHES = "finishes"
    """A began after B; both ended the same day."""
    EQUALS = "equals"
    """The same days."""
    FINISHED_BY = "finished_by"
    """B began after A; both ended the same day."""
    CONTAINS = "contains"
    """B began after and ended before A."""
    STARTED_BY = "started_by"
    """Both began the same day; B ended first."""
    OVERLAPPED_BY = "overlapped_by"
    """B began first, A began while B ran, B ended first."""
    MET_BY = "met_by"
    """A began the day after B ended."""
    AFTER = "after"
    """A began at least a full day after B ended."""

    @property
    def converse(self) -> Allen:
        """The relation of B to A."""
        return _CONVERSE[self]


_ORDER = list(Allen)
_CONVERSE = {rel: _ORDER[len(_ORDER) - 1 - i] for i, rel in enumerate(_ORDER)}

DISJOINT = frozenset({Allen.BEFORE, Allen.MEETS, Allen.MET_BY, Allen.AFTER})
"""The relations in which the two share no day."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Relation:
    """What can be said of how A relates to B: the Allen relations that are possible.

    ``certain`` is the one relation when only one is possible, else ``None``.
    """

    possible: frozenset[Allen]
    """Every Allen relation some admissible pair of real spans has."""

    @property
    def certain(self) -> Allen | None:
        """The relation, when exactly one is possible."""
        if len(self.possible) == 1:
            return next(iter(self.possible))
        return None

    @property
    def converse(self) -> Relation:
        """The relation of B to A."""
        return Relation(possible=frozenset(r.converse for r in self.possible))

    def __contains__(self, item: Allen) -> bool:
        """Whether ``item`` is possible."""
        return item in self.possible

    def __str__(self) -> str:
        """ "certainly before" or "possibly before, meets"."""
        names = [r.value.replace("_", " ") for r in _ORDER if r in self.possible]
        if len(names) == 1:
            return "certainly " + names[0]
        return "possibly " + ", ".join(names)


# (s_lo, s_hi, e_lo, e_hi): first day of the real span in [s_lo, s_hi], and the day after
# its last day in [e_lo, e_hi], as ordinals; None is unbounded.
Bounds = tuple[int | None, int | None, int | None, int | None]


def endpoint_bounds(r: DateRange) -> Bounds:
    """Where the real span of ``r`` can start and end (see the module's model).

    Returns ordinals ``(s_lo, s_hi, e_lo, e_hi)``: the first day is in ``[s_lo, s_hi]``,
    the day after the last in ``[e_lo, e_hi]``; ``None`` is unbounded.
    """
    lo, hi = r.earliest, r.latest
    s_lo = lo.toordinal() if lo is not None else None
    e_hi = hi.toordinal() + 1 if hi is not None else None
    s_hi: int | None = None
    e_lo: int | None = None
    if lo is not None and r.earliest_precision is not None:
        last = unit_of(lo, r.earliest_precision, r.calendar)[1]
        if hi is not None and last > hi:
            last = hi
        s_hi = last.toordinal()
    if hi is not None and r.latest_precision is not None:
        first = unit_of(hi, r.latest_precision, r.calendar)[0]
        if lo is not None and first < lo:
            first = lo
        e_lo = first.toordinal() + 1
    return s_lo, s_hi, e_lo, e_hi


def possibly_before(a: DateRange, b: DateRange) -> bool:
    """Whether A can have ended before B began (``before`` or ``meets`` possible)."""
    a_s_lo, _, a_e_lo, _ = endpoint_bounds(a)
    _, b_s_hi, _, b_e_hi = endpoint_bounds(b)
    # the earliest A can end (day after its last day) and the latest B can start
    candidates = [x for x in (a_e_lo, None if a_s_lo is None else a_s_lo + 1) if x is not None]
    a_end = max(candidates) if candidates else None
    limits = [x for x in (b_s_hi, None if b_e_hi is None else b_e_hi - 1) if x is not None]
    b_start = min(limits) if limits else None
    if a_end is None or b_start is None:
        return True
    return a_end <= b_start


# Each relation as difference constraints on (s_a, e_a, s_b, e_b) = nodes 0..3:
# (i, j, c) means x_i - x_j <= c.
_LT = -1
_REL: dict[Allen, tuple[tuple[int, int, int], ...]] = {
    Allen.BEFORE: ((1, 2, _LT),),
    Allen.MEETS: ((1, 2, 0), (2, 1, 0)),
    Allen.OVERLAPS: ((0, 2, _LT), (2, 1, _LT), (1, 3, _LT)),
    Allen.STARTS: ((0, 2, 0), (2, 0, 0), (1, 3, _LT)),
    Allen.DURING: ((2, 0, _LT), (1, 3, _LT)),
    Allen.FINISHES: ((2, 0, _LT), (1, 3, 0), (3, 1, 0)),
    Allen.EQUALS: ((0, 2, 0), (2, 0, 0), (1, 3, 0), (3, 1, 0)),
}
for _rel, _cons in list(_REL.items()):
    _swap = {0: 2, 1: 3, 2: 0, 3: 1}
    _REL[_rel.converse] = tuple((_swap[i], _swap[j], c) for i, j, c in _cons)


def _feasible(
    bounds: list[tuple[int | None, int | None]], cons: tuple[tuple[int, int, int], ...]
) -> bool:
    """Bellman-Ford on a difference-constraint system with box bounds (node 4 is zero)."""
    edges: list[tuple[int, int, int]] = [
        (0, 1, -1),
        (2, 3, -1),
    ]  # s < e for both spans: x_s - x_e <= -1
    for node, (lo, hi) in enumerate(bounds):
        if hi is not None:
            edges.append((node, 4, hi))  # x_node - x_zero <= hi
        if lo is not None:
            edges.append((4, node, -lo))  # x_zero - x_node <= -lo
    edges.extend(cons)
    dist = [0, 0, 0, 0, 0]
    for _ in range(6):
        changed = False
        for i, j, c in edges:
            # x_i - x_j <= c: edge j -> i with weight c
            if dist[j] + c < dist[i]:
                dist[i] = dist[j] + c
                changed = True
        if not changed:
            return True
    return False


def relation(a: DateRange, b: DateRange) -> Relation:
    """The Allen relations of A to B that some admissible pair of real spans has."""
    a_s_lo, a_s_hi, a_e_lo, a_e_hi = endpoint_bounds(a)
    b_s_lo, b_s_hi, b_e_lo, b_e_hi = endpoint_bounds(b)
    bounds = [(a_s_lo, a_s_hi), (a_e_lo, a_e_hi), (b_s_lo, b_s_hi), (b_e_lo, b_e_hi)]
    return Relation(possible=frozenset(rel for rel in _ORDER if _feasible(bounds, _REL[rel])))
