"""Scenarios with known answers: datasets built so that what
[`disagreements`][rightsdata.disagreements] must find is known by construction."""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dataset import Dataset
from rightsdata.dates import DateRange
from rightsdata.disagree import Disagreement, DisagreementKind
from rightsdata.quantity import Quantity
from rightsdata.records import (
    Citation,
    Event,
    Facility,
    FacilityKind,
    Figure,
    Location,
    Record,
    Share,
    Source,
    SourceKind,
)
from rightsdata.strategies._options import STRATEGY_CACHE, check_int
from rightsdata.strategies._scenario_plans import (
    CROSSING,
    FACILITY_NAMES,
    NARROWER_MEASURES,
    NARROWER_UNITS,
    PLACES_WITHIN,
    SPELLINGS,
    SUB_PERIODS,
    Plan,
    Spec,
    plans,
)

_Group = frozenset[str]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Scenario:
    """A dataset and what [`disagreements`][rightsdata.disagreements] must find in it.

    Made by [`disagreement_scenarios`][rightsdata.strategies.disagreement_scenarios], which draws
    what each group is first (figures that agree, are consistent, conflict, or a running total
    superseded by a later one) and then builds figures that the documented rules (docs page
    "When sources disagree") must read that way, without running the analysis:

        @given(rst.disagreement_scenarios())
        def test_my_grouping(sc):
            assert sc.differences(my_disagreements(sc.dataset)) == []
    """

    dataset: Dataset
    """The records: sources, events (with child events and locations) and figures; its
    [`validate`][rightsdata.Dataset.validate] returns ``[]``."""
    expected: frozenset[tuple[DisagreementKind, frozenset[str]]]
    """Every group the analysis must report, as its kind and the ids of its figures; no other."""
    families: Mapping[frozenset[str], int]
    """For each expected group (the ids of its figures), how many independent source families
    it rests on ([`Disagreement.independent_sources`][rightsdata.Disagreement.independent_sources]):
    copies that cite one origin count once."""
    alone: frozenset[str]
    """Ids of figures that must be in no group: each differs from the figures like it in
    measure, unit, period, place or subject, or counts a share of another; some stand on the
    subject of an expected group."""
    cases: Mapping[frozenset[str], frozenset[str]]
    """For each expected group and each case of ``alone`` figures, the construction cases it
    shows ("hedged", "part-larger", "child", "span-as-of", "alone", "place", ...): for coverage,
    and to say what a failing group was meant to be."""

    def differences(self, found: Iterable[Disagreement]) -> list[str]:
        """What ``found`` (groups such as [`disagreements`][rightsdata.disagreements] gives) gets
        wrong: a group missing, of another kind, unexpected, with another number of source
        families, or holding an ``alone`` figure. An empty list means it is exactly right."""
        got = {frozenset(f.id for f in d.figures): d for d in found}
        want = {ids: kind for kind, ids in self.expected}
        out: list[str] = []
        for ids, kind in sorted(want.items(), key=lambda p: sorted(p[0])):
            d = got.get(ids)
            name = ", ".join(sorted(ids))
            why = ", ".join(sorted(self.cases.get(ids, ())))
            if d is None:
                out.append(f"missing: a {kind.value} group of {name} ({why})")
            elif d.kind is not kind:
                out.append(f"{name}: expected {kind.value}, got {d.kind.value} ({why})")
            elif d.independent_sources != self.families[ids]:
                out.append(
                    f"{name}: expected {self.families[ids]} source families,"
                    f" got {d.independent_sources}"
                )
        for ids, d in sorted(got.items(), key=lambda p: sorted(p[0])):
            if ids not in want:
                out.append(f"unexpected: a {d.kind.value} group of {', '.join(sorted(ids))}")
            if ids & self.alone:
                out.append(f"{', '.join(sorted(ids & self.alone))} must be in no group")
        return out


ALONE_CASES: Final = ("measure", "unit", "period", "place", "share", "subject", "no-subject")
"""The groups that must not form: two figures alike but for one thing that keeps them apart."""

BESIDE_CASES: Final = ("beside-period", "beside-measure", "beside-place")
"""A figure on the subject of a group that must not join it: a period (2018) before all of the
group's (which all fall in 2019 and January 2020), a measure that does not nest with the group's
("died_in_custody" beside "killed" and "executed"), a place (Tehran) that no record nests with
the group's (Fars, Shiraz; Evin, its wards)."""


def _beside_applies(case: str, plan: Plan) -> bool:
    root = plan.root
    if case == "beside-period":
        return root.period == "2019"  # running totals have none: they are never 2019's
    if case == "beside-measure":
        return root.measure == "killed"
    return root.place is not None


_APART: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "measure": (("killed", "arrested"), ("killed", "died_in_custody"), ("executed", "released")),
    "unit": (("protesters", "journalists"), ("women", "political prisoners")),
    "period": (("2019-01", "2019-03"), ("2018", "2019")),
    "place": (("Tehran", "Mashhad"), ("Tabriz", "Isfahan")),  # no record nests them
}


_FARS: Final = Location(country="IR", province="Fars", city="Shiraz")
"""Puts Shiraz within Fars (and both within IR)."""


@functools.lru_cache(maxsize=64)
def _range(text: str) -> DateRange:
    return DateRange.parse(text)


class _Builder:
    """The records of one scenario, made as the plans are read."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self.records: list[Record] = []
        self.figures = 0
        self.source(1, 0)  # every event cites it

    def source(self, origin: int, depth: int) -> str:
        """``src-1`` (an origin), ``src-1-copy`` citing it, ``src-1-copy-2`` citing that."""
        sid = f"src-{origin}" + ("" if not depth else "-copy" if depth == 1 else f"-copy-{depth}")
        if sid not in self.sources:
            cites = (self.source(origin, depth - 1),) if depth else ()
            kind = SourceKind.NEWS_ARTICLE if depth else SourceKind.NGO_REPORT
            self._add(Source(id=sid, kind=kind, title=f"Report {sid}", cites=cites))
        return sid

    def quoting(self, a: int, b: int) -> str:
        """A source quoting two origins: it repeats both, and merges neither into the other."""
        sid = f"src-{a}-and-{b}"
        if sid not in self.sources:
            cites = (self.source(a, 0), self.source(b, 0))
            self._add(Source(id=sid, kind=SourceKind.NEWS_ARTICLE, title=sid, cites=cites))
        return sid

    def _add(self, s: Source) -> None:
        self.sources[s.id] = s
        self.records.append(s)

    def subject(self, plan: Plan, g: int) -> str:
        """The root subject of group ``g`` and the children its figures use: events, or
        facilities (named Evin, Ward 209 and Ward 350 when the root's place is Evin)."""
        root = plan.root
        children = {s.value for s in plan.specs if s.axis == "child"}
        if root.subject == "event":
            self.event(f"ev-{g}", place=root.place)
            for c in sorted(children):
                self.event(f"ev-{g}-{c + 1}", parent=f"ev-{g}")
            return f"ev-{g}"
        evin = root.place == "Evin"
        names = FACILITY_NAMES if evin else (f"Prison {g}", f"Ward {g}-1", f"Ward {g}-2")
        fid = f"fac-{g}"
        self.records.append(
            Facility(
                id=fid,
                name=names[0],
                kind=FacilityKind.PRISON,
                location=_FARS if root.place == "Fars" else None,
            )
        )
        for c in (0, 1) if evin else sorted(children):
            self.records.append(
                Facility(id=f"{fid}-{c + 1}", name=names[c + 1], kind=FacilityKind.WARD, parent=fid)
            )
        return fid

    def event(self, eid: str, *, parent: str | None = None, place: str | None = None) -> None:
        location = _FARS if place == "Fars" else None
        self.records.append(
            Event(
                id=eid,
                kind="killing",
                title=f"Event {eid}",
                date=_range("2019"),
                citations=(Citation(source="src-1"),),
                parent=parent,
                location=location,
            )
        )

    def figure(self, sources: Iterable[str], q: Quantity, **fields: object) -> str:
        self.figures += 1
        fid = f"fig-{self.figures}"
        cited = tuple(Citation(source=s) for s in dict.fromkeys(sources))
        self.records.append(Figure(id=fid, quantity=q, citations=cited, **fields))  # type: ignore[arg-type]
        return fid


def _cite(draw: DrawFn, b: _Builder, origins: int) -> tuple[list[str], set[int]]:
    """A figure's sources (one, now and then two) and the origins they rest on."""
    cited, used = [], set()
    for _ in range(1 + (draw(st.integers(0, 3)) == 3)):
        o = draw(st.integers(1, origins))
        cited.append(b.source(o, draw(st.integers(0, 2))))
        used.add(o)
    return cited, used


def _spelled(draw: DrawFn, word: str) -> str:
    return SPELLINGS[word] if draw(st.integers(0, 2)) == 2 else word


def _fields(draw: DrawFn, plan: Plan, spec: Spec, subject: str) -> dict[str, object]:
    """What ``spec``'s figure counts: the root's, narrowed on its axis."""
    r, axis, v = plan.root, spec.axis, spec.value
    period = {"sub": SUB_PERIODS[v], "cross": CROSSING}.get(axis, r.period)
    return {
        "subject": f"{subject}-{v + 1}" if axis == "child" else subject,
        "measure": _spelled(
            draw, NARROWER_MEASURES[r.measure][v] if axis == "measure" else r.measure
        ),
        "unit": _spelled(draw, NARROWER_UNITS[r.unit][v] if axis == "unit" else r.unit),
        "place": PLACES_WITHIN[r.place][v] if axis == "place" else r.place,
        "period": None if period is None else _range(period),
        "as_of": _range(spec.as_of) if spec.as_of and period is None else None,
    }


def _group(draw: DrawFn, b: _Builder, plan: Plan, g: int, origins: int) -> tuple[_Group, int, str]:
    """The records of ``plan`` as group ``g``: its figures' ids, how many families, its subject."""
    subject = b.subject(plan, g)
    made: list[tuple[list[str], Quantity, dict[str, object]]] = []
    used: set[int] = set()
    for spec in plan.specs:
        cited, rest_on = _cite(draw, b, origins)
        used |= rest_on
        made.append((cited, spec.quantity, _fields(draw, plan, spec, subject)))
    if len(used) > 1 and draw(st.integers(0, 3)) == 3:
        # A source quoting two origins the group already rests on: no fewer families, no more.
        lo, hi = sorted(used)[:2]
        made[draw(st.integers(0, len(made) - 1))][0].append(b.quoting(lo, hi))
    ids = frozenset(b.figure(cited, q, **fields) for cited, q, fields in made)
    return ids, len(used), subject


def _alone(draw: DrawFn, b: _Builder, case: str, g: int, origins: int) -> _Group:
    """Two figures on their own subject ``ev-g``, alike but for ``case``, far apart in number."""
    subject = f"ev-{g}"
    b.event(subject)
    level = 10 * draw(st.integers(1, 20))
    q1, q2 = Quantity.exact(level), Quantity.exact(level + draw(st.integers(1, 100)))
    one: dict[str, object] = {"subject": subject, "measure": "killed"}
    two = dict(one)
    if case in _APART:
        one[case], two[case] = draw(st.sampled_from(_APART[case]))
        if case == "period":
            one["period"], two["period"] = _range(str(one["period"])), _range(str(two["period"]))
    elif case == "subject":
        b.event(f"{subject}-other")
        two["subject"] = f"{subject}-other"
    elif case == "no-subject":
        two["subject"] = None
    first = b.figure(_cite(draw, b, origins)[0], q1, **one)
    if case == "share":  # half of the first: a share is never compared
        two["share"] = Share(ratio=Decimal("0.5"), of=first, text="half")
    return frozenset({first, b.figure(_cite(draw, b, origins)[0], q2, **two)})


def _beside(
    draw: DrawFn, b: _Builder, case: str, groups: list[tuple[Plan, str]], origins: int
) -> _Group:
    """A figure beside one of ``groups`` that ``case`` keeps out of it (none if no group fits)."""
    fits = [(plan, subject) for plan, subject in groups if _beside_applies(case, plan)]
    if not fits:
        return frozenset()
    plan, subject = fits[draw(st.integers(0, len(fits) - 1))]
    r = plan.root
    fields: dict[str, object] = {
        "subject": subject,
        "measure": "died_in_custody" if case == "beside-measure" else r.measure,
        "unit": r.unit,
        "place": "Tehran" if case == "beside-place" else r.place,
        "period": _range("2018" if case == "beside-period" else r.period or "2019"),
    }
    q = Quantity.exact(10 * draw(st.integers(1, 20)) + 1000)
    return frozenset({b.figure(_cite(draw, b, origins)[0], q, **fields)})


@st.composite
def _scenarios(
    draw: DrawFn,
    group_plans: SearchStrategy[list[Plan]],
    alone_cases: SearchStrategy[list[str]],
) -> Scenario:
    b = _Builder()
    origins = draw(st.integers(1, 3))
    expected, families, cases = set(), {}, {}
    groups: list[tuple[Plan, str]] = []
    for g, plan in enumerate(draw(group_plans), start=1):
        ids, n, subject = _group(draw, b, plan, g, origins)
        groups.append((plan, subject))
        expected.add((plan.kind, ids))
        families[ids] = n
        cases[ids] = plan.cases
    alone: set[str] = set()
    for k, case in enumerate(draw(alone_cases), start=len(groups) + 1):
        if case in BESIDE_CASES:
            ids = _beside(draw, b, case, groups, origins)
        else:
            ids = _alone(draw, b, case, k, origins)
        if ids:
            alone |= ids
            cases[ids] = frozenset({"alone", case})
    records = b.records[::-1] if draw(st.booleans()) else b.records
    return Scenario(
        dataset=Dataset(records),
        expected=frozenset(expected),
        families=MappingProxyType(families),
        alone=frozenset(alone),
        cases=MappingProxyType(cases),
    )


def disagreement_scenarios(
    *,
    kinds: Collection[DisagreementKind] | None = None,
    min_groups: int = 1,
    max_groups: int = 4,
    max_figures: int = 5,
    max_alone: int = 2,
) -> SearchStrategy[Scenario]:
    """[`Scenario`][rightsdata.strategies.Scenario] values: datasets of ``min_groups`` to
    ``max_groups`` groups of figures whose [`disagreements`][rightsdata.disagreements] are known by
    construction, and up to ``max_alone`` cases of figures that must be in no group (pairs on
    their own subject, or a figure beside a group that must not join it).

    Each group is drawn as what it must be, one of ``kinds`` (default: every
    [`DisagreementKind`][rightsdata.DisagreementKind]), then built from round numbers so that the
    documented rules give that answer:

    - **agree**: the same bounds everywhere, also on parts and in other words;
    - **consistent**: an exact count and "about" it, open "at least" ends, nested ranges, a part
      below its whole, crossing periods, a vague order, parts far apart under an open whole;
    - **conflict**: two counts of one thing that do not meet, a part above its whole, a running
      total that falls, each by a drawn amount (down to 1);
    - **superseded**: running totals (``as_of``, no period) that never fall.

    Parts are child events or facilities, months of the period, nested measures and units, and
    places within (through a location, or a parent facility's name). Each group has its own
    subject (an event or a facility), so groups cannot merge;
    its figures cite origins and copies of them (``Source.cites``), and
    [`Scenario.families`][rightsdata.strategies.Scenario.families] counts the origins. At most
    ``max_figures`` (at least 2) figures a group. The datasets shrink towards fewer groups,
    smaller numbers and exact counts.
    """
    kinds = _kinds(kinds)
    for name, value, minimum in (
        ("min_groups", min_groups, 0),
        ("max_groups", max_groups, 0),
        ("max_figures", max_figures, 2),
        ("max_alone", max_alone, 0),
    ):
        check_int(name, value, minimum=minimum)
    if min_groups > max_groups:
        raise InvalidArgument(f"min_groups={min_groups} is greater than max_groups={max_groups}")
    return _cached(kinds, min_groups, max_groups, max_figures, max_alone)


def _kinds(kinds: Collection[DisagreementKind] | None) -> tuple[DisagreementKind, ...]:
    if kinds is None:
        return tuple(DisagreementKind)
    if isinstance(kinds, str | bytes) or not isinstance(kinds, Collection):
        raise InvalidArgument(f"kinds={kinds!r} must be a collection of DisagreementKind")
    wrong = [k for k in kinds if not isinstance(k, DisagreementKind)]
    if wrong:
        raise InvalidArgument(f"kinds={kinds!r}: {wrong[0]!r} is not a DisagreementKind")
    if not kinds:
        raise InvalidArgument("kinds must name at least one DisagreementKind")
    return tuple(k for k in DisagreementKind if k in kinds)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _cached(
    kinds: tuple[DisagreementKind, ...],
    min_groups: int,
    max_groups: int,
    max_figures: int,
    max_alone: int,
) -> SearchStrategy[Scenario]:
    group_plans = st.lists(plans(kinds, max_figures), min_size=min_groups, max_size=max_groups)
    cases = (*ALONE_CASES, *BESIDE_CASES)
    alone = st.lists(st.sampled_from(cases), max_size=max_alone, unique=True)
    return _scenarios(group_plans, alone)
