"""Integrity: what [`Dataset.validate`][rightsdata.Dataset.validate] checks, and how.

Duplicate ids, references to ids that are missing or of the wrong kind, cycles of parents
and citations, and periods that end before they start, found over records given one at
a time by ``IntegrityCheck``, so that a file of any size
can be checked without holding its records.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping

import attrs

from rightsdata.dataset._common import with_article
from rightsdata.records import TYPE_TAGS, Actor, Event, Facility, Figure, Record, Source
from rightsdata.records.references import periods, references

__all__ = ["IntegrityCheck", "Problem", "ProblemKind", "parent_chain", "validate"]


class ProblemKind(enum.Enum):
    """What kind of integrity problem [`Dataset.validate`][rightsdata.Dataset.validate] found."""

    DUPLICATE_ID = "duplicate_id"
    """Two records share an id."""
    DANGLING_REFERENCE = "dangling_reference"
    """A field names an id that no record has."""
    WRONG_REFERENCE_TYPE = "wrong_reference_type"
    """A field names a record of the wrong kind (an event where an actor belongs)."""
    CYCLE = "cycle"
    """A chain of parents or citations comes back to where it started."""
    REVERSED_PERIOD = "reversed_period"
    """A period (a post's, a facility's, an event's date) ends before it starts.

    Records refuse this when built; it is found in records built with attrs' validators
    turned off (``attrs.validators.disabled()``), as a bulk loader may."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Problem:
    """One integrity problem, with the record and field it is in."""

    record: str
    """Id of the record the problem is in."""
    field: str
    """Field path inside the record (``participants[1].actor``)."""
    kind: ProblemKind
    """What kind of problem."""
    message: str
    """What is wrong, in words."""

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


def validate(records: Iterable[Record]) -> list[Problem]:
    """The body of [`Dataset.validate`][rightsdata.Dataset.validate]: every integrity problem of
    ``records``, by kind of problem, then by record (cycles in the order they are found)."""
    check = IntegrityCheck()
    for r in records:
        check.add(r)
    found = check.found()
    found.sort(key=lambda item: (item[1], 0 if item[1] == 2 else item[0], item[2]))
    return [p for *_, p in found]


class IntegrityCheck:
    """The integrity problems of records given one at a time
    ([`Dataset.validate`][rightsdata.Dataset.validate], ``rightsdata validate`` on a file of any
    size).

    Keeps each id's type, the references to ids not seen yet and the links that can make
    cycles, never the records. ``problems`` gives each problem with the position
    (0, 1, ...) of the record it is about; in position order, the problems of one record
    come as [`Dataset.validate`][rightsdata.Dataset.validate] orders them: duplicate id, references,
    cycle, reversed periods.
    """

    __slots__ = ("_count", "_found", "_links", "_pending", "_types")

    def __init__(self) -> None:
        self._types: dict[str, type] = {}
        self._pending: list[tuple[int, int, str, str, str, tuple[type, ...]]] = []
        self._links: dict[str, tuple[int, str, tuple[str, ...]]] = {}
        self._found: list[tuple[int, int, int, Problem]] = []  # position, phase, order
        self._count = 0

    def add(self, r: Record) -> None:
        """Take the next record."""
        position = self._count
        self._count += 1
        if r.id in self._types:
            self._found.append((position, 0, 0, _duplicate(r.id)))
        else:
            self._types[r.id] = type(r)
        for n, (field, target, allowed) in enumerate(references(r)):
            if target in self._types:
                problem = _check_ref(r.id, field, target, self._types[target], allowed)
                if problem is not None:
                    self._found.append((position, 1, n, problem))
            else:  # the target may come later
                self._pending.append((position, n, r.id, field, target, allowed))
        link = _link(r)
        if link is not None:
            self._links.setdefault(r.id, (position, *link))
        for field, period in periods(r):
            if (
                period.earliest is not None
                and period.latest is not None
                and period.latest < period.earliest
            ):
                problem = Problem(
                    record=r.id,
                    field=field,
                    kind=ProblemKind.REVERSED_PERIOD,
                    message=f"ends ({period.latest.isoformat()}) before it starts "
                    f"({period.earliest.isoformat()})",
                )
                self._found.append((position, 3, 0, problem))

    def problems(self, *, missing_ok: Collection[str] = ()) -> list[tuple[int, Problem]]:
        """Every problem with its record's position, in position order. A reference to an
        id in ``missing_ok`` (a record that could not be read) is not reported."""
        found = self.found(missing_ok=missing_ok)
        found.sort(key=lambda item: item[:3])
        return [(position, problem) for position, _, _, problem in found]

    def found(self, *, missing_ok: Collection[str] = ()) -> list[tuple[int, int, int, Problem]]:
        """Every problem as (position, phase, order, problem): phase 0 for a duplicate id,
        1 a reference, 2 a cycle, 3 a reversed period."""
        found = list(self._found)
        for position, n, record, field, target, allowed in self._pending:
            if target in missing_ok and target not in self._types:
                continue
            problem = _check_ref(record, field, target, self._types.get(target), allowed)
            if problem is not None:
                found.append((position, 1, n, problem))
        for n, (position, problem) in enumerate(_cycles(self._links)):
            found.append((position, 2, n, problem))
        return found


def _duplicate(id: str) -> Problem:
    return Problem(
        record=id,
        field="id",
        kind=ProblemKind.DUPLICATE_ID,
        message=f"id {id!r} is used by more than one record",
    )


def _check_ref(
    record: str, field: str, target: str, found: type | None, allowed: tuple[type, ...]
) -> Problem | None:
    if found is not None and found in allowed:
        return None  # the common case: no message to build
    wanted = " or ".join(TYPE_TAGS[t] for t in allowed)
    if found is None:
        return Problem(
            record=record,
            field=field,
            kind=ProblemKind.DANGLING_REFERENCE,
            message=f"refers to {target!r}, which is not in the dataset (expected {wanted})",
        )
    return Problem(
        record=record,
        field=field,
        kind=ProblemKind.WRONG_REFERENCE_TYPE,
        message=f"refers to {target!r}, {with_article(TYPE_TAGS[found])}; expected {wanted}",
    )


def _link(r: Record) -> tuple[str, tuple[str, ...]] | None:
    """The field and ids a record links to that can close a cycle, or ``None``."""
    if isinstance(r, Source):
        return ("cites", r.cites)
    if isinstance(r, Event | Facility | Actor) and r.parent is not None:
        return ("parent", (r.parent,))
    if isinstance(r, Figure) and r.share is not None:
        return ("share.of", (r.share.of,))
    return None


def _cycles(links: Mapping[str, tuple[int, str, tuple[str, ...]]]) -> list[tuple[int, Problem]]:
    """Each cycle once, at its first record: (that record's position, the problem)."""
    problems: list[tuple[int, Problem]] = []
    # Depth-first search with colours.
    state: dict[str, int] = {}
    for start in links:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(links[start][2]))]
        state[start] = 1
        path = [start]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            if nxt not in links:
                continue
            if state.get(nxt) == 1:
                loop = [*path[path.index(nxt) :], nxt]
                position, field, _ = links[node]
                problem = Problem(
                    record=node,
                    field=field,
                    kind=ProblemKind.CYCLE,
                    message="cycle: " + " -> ".join(loop),
                )
                problems.append((position, problem))
            elif not state.get(nxt):
                state[nxt] = 1
                stack.append((nxt, iter(links[nxt][2])))
                path.append(nxt)
    return problems


def parent_chain(id: str, parent_of: Callable[[str], str | None]) -> list[str]:
    """``id``, then the ids up its chain of parents, nearest first.

    ``parent_of(x)`` is the parent of ``x``: ``None`` when it has none or is not a
    record the chain goes through. The chain ends there (a parent that is missing is
    the last id), or before an id already in it: a cycle of parents, which
    [`Dataset.validate`][rightsdata.Dataset.validate] reports, is cut where it closes, and no id
    comes twice.
    """
    chain = [id]
    seen = {id}
    p = parent_of(id)
    while p is not None and p not in seen:
        chain.append(p)
        seen.add(p)
        p = parent_of(p)
    return chain
