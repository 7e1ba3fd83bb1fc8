"""The pairwise rules: what two figures are to each other. This module is the specification.

Each rule reads two figures (``_View``, a figure with its measure, unit and place as keys) and
what the dataset says about subjects and places (a ``_Context``), and nothing else. The engine
(``_sweep``) never applies them to every pair of a group: it finds the same answers by sorting
and sweeping, and tests/test_disagree.py checks it against these rules pair by pair;
tests/test_disagree_rules.py gives a table of examples for each rule.

- **related** (``_related``): the two may count the same thing, so they are grouped. Their
  ``what`` (measure and unit) is equal or one nested in the other; their places are equal,
  one is within the other, or one is not given; and their periods possibly overlap (a
  missing period is all time). Symmetric.
- **same** (``_same``): they count the very same thing: equal what, subject, place and
  period bounds. Symmetric.
- **part of** (``_part_of``): ``a`` counts a part of what ``b`` counts, and not the same
  thing: its what is ``b``'s or nested in it, its subject is ``b``'s or a child (down the
  ``parent`` chain), its period is within ``b``'s (every period is within no period), and
  its place is within ``b``'s (any place is within no place).
- **sub-count** (``_sub_count``): ``a`` is a part of ``b`` through a child subject or a
  period other than ``b``'s own: not a rival estimate of ``b``.
- **disjoint** (``_disjoint``): the two cannot both be right. A vague order of magnitude
  never decides it; a part whose low bound is above its whole's high bound is; two counts
  of the same thing whose intervals do not meet are; counts of crossing sets (periods that
  only partly overlap) never are. Symmetric but for a cycle of parents.
- **superseded** is a rule over a whole group of running totals, not a pair: see
  ``_classify`` in ``_sweep``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Final

from rightsdata.dates.range import DateRange
from rightsdata.names import match_key
from rightsdata.quantity import Qualifier, Quantity
from rightsdata.records import Figure, ReportedDate
from rightsdata.vocabulary import MEASURE_PARENTS, UNIT_PARENTS, measure_key, unit_key

if TYPE_CHECKING:
    from rightsdata.disagree._context import _Context

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


# -- the rules ---------------------------------------------------------------------


def _related(a: _View, b: _View, ctx: _Context) -> bool:
    """Whether the two may count the same thing, and so are grouped: their what is equal
    or nested, their places are equal, nested or not given, and their periods possibly
    overlap."""
    if not _comparable(a.what, b.what):
        return False
    pa, pb = a.place, b.place
    if not (pa is None or pb is None or pa == pb or pb in ctx.places(pa) or pa in ctx.places(pb)):
        return False
    return _possibly_overlap(a.period, b.period)


def _same(a: _View, b: _View) -> bool:
    """The two count the same thing: what, subject, place and period bounds are equal."""
    return (
        a.what == b.what
        and a.subject == b.subject
        and a.place == b.place
        and (a.period is b.period or _bounds(a.period) == _bounds(b.period))
    )


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


def _sub_count(a: _View, b: _View, ctx: _Context) -> bool:
    """``a`` counts a child event or a sub-period of ``b``'s: not a rival estimate."""
    return _part_of(a, b, ctx) and (a.subject != b.subject or a.period != b.period)


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


# -- what the rules read: places, periods, measures and units ----------------------


def _place_within(inner: str | None, outer: str | None, ctx: _Context) -> bool:
    """``outer`` is not given, is ``inner``, or holds it."""
    return outer is None or outer == inner or (inner is not None and outer in ctx.places(inner))


def _exceeds(part: Quantity, whole: Quantity) -> bool:
    return part.low is not None and whole.high is not None and part.low > whole.high


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
