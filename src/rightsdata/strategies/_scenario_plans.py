"""The plans of [`disagreement_scenarios`][rightsdata.strategies.disagreement_scenarios]: what each
group of figures is, drawn first, and the quantities that make the rules give that answer.

A group has a *root*: a subject (an event or a facility), a period (none, or 2019), a place (none;
Fars, which the subject's location puts Shiraz within; or, for a facility, its own name Evin, which
its child facilities Ward 209 and Ward 350 are within), a broad measure and a broad unit. Its
figures are the root's own (the ``root`` axis, all counting the very same thing) and *parts*, each
narrower than the root on exactly one axis: a child event or facility (``child``), a month of the
root's period (``sub``), a nested measure (``measure``) or unit (``unit``), or a place within the
root's (``place``). A ``cross`` figure covers December 2019 to January 2020, which only partly
overlaps a root period of 2019.

Under the rules of ``rightsdata.disagree`` (its docstring and docs/disagreements.md), with one
value per (axis, value) *class*:

- the figures of one class count the same thing: they conflict when their intervals are disjoint;
- a part counts a part of each root figure: it conflicts with one when its low bound is above the
  root figure's high bound;
- two parts on different axes, or on the same axis with different values (sibling child events,
  disjoint months, places the dataset does not nest), never conflict: neither counts a part of
  what the other counts (each is broader than the other on some axis). Neither does a ``cross``
  figure with any figure but its own class (crossing sets);
- a vague order of magnitude never conflicts with anything.

So the plans keep each class's quantities around one *level* (every one of them allows it) and,
for a group that must not conflict, every part's level at or below the root's (or the root open
above); a conflict is one pair built to break exactly one of those, by a drawn amount. Every
figure is related to a root figure, so a group is always one connected part. Nothing here calls
the analysis.
"""

from __future__ import annotations

import itertools
from typing import Final

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.disagree import DisagreementKind
from rightsdata.quantity import VAGUE_ORDERS, Qualifier, Quantity

NARROWER_MEASURES: Final[dict[str, tuple[str, ...]]] = {
    "killed": ("executed",),
    "died": ("killed", "died_in_custody"),  # siblings: neither counts towards the other
    "detained": ("arrested",),
    "released": (),
}
"""Root measures, and measures nested directly in each (rightsdata.vocabulary.MEASURE_PARENTS)."""

NARROWER_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "persons": ("protesters", "journalists", "women"),
    "prisoners": ("political prisoners", "inmates"),
}
"""Root units, and units nested in each (UNIT_PARENTS), no two nested in each other."""

PLACES_WITHIN: Final[dict[str | None, tuple[str, ...]]] = {
    None: ("Tehran", "Mashhad"),  # any named place is within no place; these two never nest
    "Fars": ("Shiraz",),  # within Fars through the root subject's location
    "Evin": ("Ward 209", "Ward 350"),  # a root facility's name, and its child facilities' names
}
"""Root places, and places within each."""

FACILITY_NAMES: Final = ("Evin", "Ward 209", "Ward 350")
"""The names of a root facility and its two child facilities when the root's place is Evin."""

SUB_PERIODS: Final = ("2019-03", "2019-06", "2019-09")
"""Months within 2019 (and within no period), disjoint from each other and from ``CROSSING``."""

CROSSING: Final = "2019-12/2020-01"
"""A period that only partly overlaps 2019."""

ROOT_PERIODS: Final = (None, "2019")

AXES: Final = ("child", "sub", "measure", "unit", "place")
"""The axes a part can be narrower on."""

SPELLINGS: Final = {
    "killed": "Killings",
    "executed": "executions",
    "died": "deaths",
    "died_in_custody": "deaths in custody",
    "detained": "detentions",
    "arrested": "arrests",
    "released": "releases",
    "persons": "people",
    "prisoners": "Prisoners",
    "protesters": "protestors",
    "journalists": "journalist",
    "women": "Women",
    "political prisoners": "political prisoner",
    "inmates": "inmate",
}
"""Other spellings of the same measures and units (the same keys under rightsdata.vocabulary)."""

_BOUNDED: Final = ("exact", "about", "between", "at_most")
_SHAPES: Final = (*_BOUNDED, "at_least", "more_than")


@attrs.frozen(kw_only=True, weakref_slot=False)
class Root:
    """What the figures of a group count, before any part narrows it."""

    subject: str
    """"event" or "facility" (then its children are child facilities)."""
    period: str | None
    place: str | None
    measure: str
    unit: str

    def axes(self) -> tuple[str, ...]:
        """The axes a part of this root can use."""
        return tuple(a for a in AXES if a != "measure" or NARROWER_MEASURES[self.measure])

    def values(self, axis: str) -> int:
        """How many values ``axis`` has under this root."""
        return {
            "child": 2,
            "sub": len(SUB_PERIODS),
            "measure": len(NARROWER_MEASURES[self.measure]),
            "unit": len(NARROWER_UNITS[self.unit]),
            "place": len(PLACES_WITHIN[self.place]),
            "cross": 1,
            "root": 1,
        }[axis]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Spec:
    """One figure of a plan: its class (axis and value), quantity and ``as_of`` month."""

    axis: str
    value: int
    quantity: Quantity
    as_of: str | None = None


@attrs.frozen(kw_only=True, weakref_slot=False)
class Plan:
    """One group: its kind, the construction cases it shows, its root and figures."""

    kind: DisagreementKind
    cases: frozenset[str]
    root: Root
    specs: tuple[Spec, ...]


@st.composite
def _roots(draw: DrawFn) -> Root:
    subject = draw(st.sampled_from(("event", "facility")))
    places = tuple(PLACES_WITHIN) if subject == "facility" else (None, "Fars")
    return Root(
        subject=subject,
        period=draw(st.sampled_from(ROOT_PERIODS)),
        place=draw(st.sampled_from(places)),
        measure=draw(st.sampled_from(tuple(NARROWER_MEASURES))),
        unit=draw(st.sampled_from(tuple(NARROWER_UNITS))),
    )


_ROOTS: Final = _roots()
_LEVELS: Final = st.integers(1, 20).map(lambda k: 10 * k)
"""A class's level: a round number from 10 to 200."""
_STEPS: Final = st.integers(0, 5).map(lambda k: 10 * k)
_AMOUNTS: Final = st.integers(1, 100)
"""By how much a conflict is one (1 is the tightest: an exact 281 against an exact 280)."""
_VAGUE: Final = tuple(
    Quantity(low=lo, high=hi, qualifier=Qualifier.VAGUE, text=words)
    for words, (lo, hi) in VAGUE_ORDERS.items()
    if words in ("hundreds", "thousands", "dozens")
)


def around(draw: DrawFn, level: int, shapes: tuple[str, ...] = _SHAPES) -> Quantity:
    """A quantity that allows ``level``, in one of ``shapes``."""
    shape = draw(st.sampled_from(shapes))
    w = draw(_STEPS)
    if shape == "exact":
        return Quantity.exact(level)
    if shape == "about":
        return Quantity.about(level)
    if shape == "between":
        return Quantity.between(max(0, level - w), level + w)
    if shape == "at_most":
        return Quantity.at_most(level + w)
    if shape == "more_than" and level - w >= 1:
        return Quantity.more_than(level - w - 1)
    return Quantity.at_least(max(0, level - w))


def above(draw: DrawFn, high: int, by: int) -> Quantity:
    """A quantity whose low bound is ``high + by``: disjoint from anything at most ``high``."""
    low = high + by
    shape = draw(st.sampled_from(("exact", "at_least", "more_than", "between")))
    if shape == "exact":
        return Quantity.exact(low)
    if shape == "more_than":
        return Quantity.more_than(low - 1)
    if shape == "between":
        return Quantity.between(low, low + draw(_STEPS))
    return Quantity.at_least(low)


def _at_most(draw: DrawFn, high: int) -> Quantity:
    """A bounded quantity whose high bound is ``high``."""
    shape = draw(st.sampled_from(("exact", "at_most", "between")))
    if shape == "exact":
        return Quantity.exact(high)
    if shape == "at_most":
        return Quantity.at_most(high)
    return Quantity.between(max(0, high - draw(_STEPS)), high)


def _high(q: Quantity) -> int:
    assert q.high is not None  # the plans only call it on bounded quantities
    return q.high


def _class(draw: DrawFn, root: Root, *, parts_only: bool = False) -> tuple[str, int]:
    """A class of ``root``'s group: the root's own, or a part's (an axis and one of its values)."""
    axes = root.axes() if parts_only else ("root", *root.axes())
    axis = draw(st.sampled_from(axes))
    return axis, draw(st.integers(0, root.values(axis) - 1))


def _quantity(draw: DrawFn, level: int) -> Quantity:
    """Around ``level``, now and then a vague order instead (which never conflicts)."""
    if draw(st.integers(0, 3)) == 3:
        return draw(st.sampled_from(_VAGUE))
    return around(draw, level)


# -- agree ---------------------------------------------------------------------------


def _agree(draw: DrawFn, root: Root, size: int) -> Plan:
    """Every figure the same bounds and best, whatever part it counts (equal bounds never make a
    part larger than its whole): reworded ("more than 4,999" is "at least 5,000"), on parts, or
    one running total reported again with the same ``as_of`` (not superseded: no later total)."""
    level = draw(_LEVELS)
    q = draw(st.sampled_from(_VAGUE)) if draw(st.booleans()) else around(draw, level)
    cases = {"agree"}
    specs = [Spec(axis="root", value=0, quantity=q)]
    for _ in range(draw(st.integers(2, size)) - 1):
        axis, value = _class(draw, root)
        cases.add(axis)
        same = q
        if q.qualifier is Qualifier.AT_LEAST and q.low and draw(st.booleans()):
            same = Quantity.more_than(q.low - 1)
            cases.add("reworded")
        specs.append(Spec(axis=axis, value=value, quantity=same))
    if draw(st.booleans()):
        month = f"2020-{draw(st.integers(1, 12)):02}"
        specs = [attrs.evolve(s, as_of=month) for s in specs]
        cases.add("same-as-of")
    return Plan(kind=DisagreementKind.AGREE, cases=frozenset(cases), root=root, specs=tuple(specs))


# -- consistent ----------------------------------------------------------------------

CONSISTENT_WAYS: Final = (
    "hedged",
    "best-differs",
    "open-ends",
    "nested-ranges",
    "part-smaller",
    "crossing",
    "vague",
    "places-apart",
    "siblings-apart",
)
"""How a consistent group differs: see ``_consistent_core``."""

_Levels = dict[tuple[str, int], int | None]
"""Each class's level; ``None`` for a class that takes no more figures."""


def _consistent_core(draw: DrawFn, way: str, root: Root, level: int) -> tuple[list[Spec], _Levels]:
    """Two or three figures that differ, can all be right, and show ``way``; the classes' levels.

    - hedged: an exact count and "about" it; best-differs: "about 100" (90 to 110) and "between
      90 and 110", the same bounds but only one with a best; open-ends: "at least 50" and "more
      than 120"; nested-ranges: a range inside another;
    - part-smaller: a part below its whole;
    - crossing: 2019 against December 2019 to January 2020, the latter larger (crossing sets);
    - vague: "thousands" against an exact count outside it, even as a part above its whole;
    - places-apart, siblings-apart: under an open whole ("at least 10"), two parts far apart
      (Tehran's 10 and Mashhad's 1,000), not compared with each other.
    """

    def fig(q: Quantity, axis: str = "root", value: int = 0) -> Spec:
        return Spec(axis=axis, value=value, quantity=q)

    root_class = ("root", 0)
    if way == "hedged":
        return [fig(Quantity.exact(level)), fig(Quantity.about(level))], {root_class: level}
    if way == "best-differs":
        about = Quantity.about(level)
        assert about.low is not None
        assert about.high is not None
        same_bounds = Quantity.between(about.low, about.high)
        return [fig(about), fig(same_bounds)], {root_class: level}
    if way == "open-ends":
        more = Quantity.more_than(level + draw(_STEPS))
        assert more.low is not None
        return [fig(Quantity.at_least(level)), fig(more)], {root_class: more.low}
    if way == "nested-ranges":
        a, b = draw(_STEPS) + 10, draw(_STEPS)
        inner = Quantity.between(max(0, level - 10 * draw(st.integers(0, a // 10))), level + b)
        outer = Quantity.between(max(0, level - a), level + b + 10)
        return [fig(inner), fig(outer)], {root_class: level}
    if way == "part-smaller":
        part = _class(draw, root, parts_only=True)
        smaller = max(0, level - 10 * draw(st.integers(1, 5)))
        whole = fig(around(draw, level, _BOUNDED))
        return [whole, fig(Quantity.exact(smaller), *part)], {root_class: level, part: smaller}
    if way == "crossing":
        bigger = fig(above(draw, level, draw(_AMOUNTS)), "cross")
        return [fig(Quantity.exact(level)), bigger], {root_class: level, ("cross", 0): None}
    if way == "vague":
        cls = _class(draw, root)
        vague = fig(draw(st.sampled_from(_VAGUE[1:])), *cls)  # hundreds, thousands: above
        return [fig(Quantity.exact(level)), vague], {root_class: level}
    axis = "place" if way == "places-apart" else "child"
    open_whole = Quantity.at_least(10 * draw(st.integers(0, 1)))
    low, high = Quantity.exact(level), above(draw, level, 10 * draw(_AMOUNTS))
    specs = [fig(open_whole), fig(low, axis, 0), fig(high, axis, 1)]
    return specs, {root_class: None, (axis, 0): None, (axis, 1): None}


def _consistent(draw: DrawFn, root: Root, size: int) -> Plan:
    """Figures that differ but can all be right: each class around its level, every part's level
    at or below the root's (or the root open above), a vague order anywhere."""
    ways = [
        w
        for w in CONSISTENT_WAYS
        if (size >= 3 or not w.endswith("-apart"))
        and (w != "places-apart" or len(PLACES_WITHIN[root.place]) > 1)
    ]
    way = draw(st.sampled_from(ways))
    if way == "crossing":
        root = attrs.evolve(root, period="2019")
    level = draw(_LEVELS)
    specs, levels = _consistent_core(draw, way, root, level)
    top = levels[("root", 0)]
    cases = {"consistent", way} | {s.axis for s in specs}
    for _ in range(draw(st.integers(0, size - len(specs)))):
        cls = _class(draw, root, parts_only=top is None)
        if cls not in levels:  # a new class, at or below the root's level (any, if it is open)
            levels[cls] = max(0, (level if top is None else top) - draw(_STEPS))
        cls_level = levels[cls]
        if cls_level is None:
            continue
        cases.add(cls[0])
        specs.append(Spec(axis=cls[0], value=cls[1], quantity=_quantity(draw, cls_level)))
    return Plan(
        kind=DisagreementKind.CONSISTENT, cases=frozenset(cases), root=root, specs=tuple(specs)
    )


# -- conflict and running totals -----------------------------------------------------

CONFLICT_WAYS: Final = ("same-disjoint", "part-larger", "running-falls")
"""How a conflict is made: two counts of the same thing that do not meet, a part above its
whole, a running total that falls."""


def _conflict(draw: DrawFn, root: Root, size: int) -> Plan:
    """One pair that cannot both be right, by a drawn amount; other figures cannot undo it."""
    way = draw(st.sampled_from(CONFLICT_WAYS))
    if way == "running-falls":
        return _running(draw, root, size, falls=True)
    level, by = draw(_LEVELS), draw(_AMOUNTS)
    whole = around(draw, level, _BOUNDED)
    if way == "part-larger":
        axis, value = _class(draw, root, parts_only=True)
        larger = Spec(axis=axis, value=value, quantity=above(draw, _high(whole), by))
        specs = [Spec(axis="root", value=0, quantity=whole), larger]
    else:
        axis, value = _class(draw, root) if size >= 3 else ("root", 0)
        pair = [
            Spec(axis=axis, value=value, quantity=q) for q in (whole, above(draw, _high(whole), by))
        ]
        specs = (
            pair
            if axis == "root"
            else [Spec(axis="root", value=0, quantity=around(draw, level)), *pair]
        )
    cases = {"conflict", way, axis}
    for _ in range(draw(st.integers(0, size - len(specs)))):
        cls = _class(draw, root)
        cases.add(cls[0])
        specs.append(Spec(axis=cls[0], value=cls[1], quantity=_quantity(draw, draw(_LEVELS))))
    return Plan(
        kind=DisagreementKind.CONFLICT, cases=frozenset(cases), root=root, specs=tuple(specs)
    )


def _running(draw: DrawFn, root: Root, size: int, *, falls: bool) -> Plan:
    """Running totals (``as_of``, no period) in order of ``as_of``: each allows a level at or
    above the one before, so none is certainly lower than the one before (superseded); or, when
    ``falls``, one is below the total before it by a drawn amount (a conflict)."""
    root = attrs.evolve(root, period=None)
    k = draw(st.integers(2, min(size, 12)))  # one total a month of 2020
    months = sorted(draw(st.lists(st.integers(1, 12), min_size=k, max_size=k, unique=True)))
    as_of = [f"2020-{m:02}" for m in months]
    cases = {"running", "running-falls" if falls else "superseded"}
    if draw(st.booleans()):  # "between January and March", then "March"
        as_of[0] = f"2020-01/{as_of[1]}"
        cases.add("span-as-of")
    fall = draw(st.integers(0, k - 2)) if falls else -1
    level = draw(_LEVELS)
    quantities: list[Quantity] = []
    for i in range(k):
        if i == fall:  # a drawn amount above the next total's high bound, ``level``
            quantities.append(Quantity.exact(level + draw(_AMOUNTS)))
            continue
        if i == fall + 1:
            quantities.append(_at_most(draw, level))
        else:
            quantities.append(around(draw, level))
        level += draw(_STEPS)
    if any(a == b for a, b in itertools.pairwise(quantities)):
        cases.add("unchanged")  # the same total again, later: still superseded
    kind = DisagreementKind.CONFLICT if falls else DisagreementKind.SUPERSEDED
    specs = tuple(
        Spec(axis="root", value=0, quantity=q, as_of=a)
        for q, a in zip(quantities, as_of, strict=True)
    )
    if falls:
        cases.add("conflict")
    return Plan(kind=kind, cases=frozenset(cases), root=root, specs=specs)


def plans(kinds: tuple[DisagreementKind, ...], size: int) -> SearchStrategy[Plan]:
    """Plans of one of ``kinds``, of at most ``size`` figures (at least 2)."""
    return _plans(kinds, size)


@st.composite
def _plans(draw: DrawFn, kinds: tuple[DisagreementKind, ...], size: int) -> Plan:
    kind = draw(st.sampled_from(kinds))
    root = draw(_ROOTS)
    if kind is DisagreementKind.AGREE:
        plan = _agree(draw, root, size)
    elif kind is DisagreementKind.CONSISTENT:
        plan = _consistent(draw, root, size)
    elif kind is DisagreementKind.CONFLICT:
        plan = _conflict(draw, root, size)
    else:
        plan = _running(draw, root, size, falls=False)
    if root.subject == "facility":
        facility = {"facility", "facility-place"} if "place" in plan.cases else {"facility"}
        plan = attrs.evolve(plan, cases=plan.cases | facility)
    return plan
