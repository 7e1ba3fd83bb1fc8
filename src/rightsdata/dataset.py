"""Dataset: records by id, their integrity, loading and saving."""

from __future__ import annotations

import enum
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TypeVar

import attrs

from rightsdata.errors import ValidationError
from rightsdata.records import (
    RECORD_TYPES,
    TYPE_TAGS,
    Actor,
    Citation,
    Event,
    Facility,
    Figure,
    Record,
    Source,
)

__all__ = ["Dataset", "Problem", "ProblemKind"]

R = TypeVar("R", Source, Actor, Facility, Event, Figure)


class ProblemKind(enum.Enum):
    """What kind of integrity problem :meth:`Dataset.validate` found."""

    DUPLICATE_ID = "duplicate_id"
    """Two records share an id."""
    DANGLING_REFERENCE = "dangling_reference"
    """A field names an id that no record has."""
    WRONG_REFERENCE_TYPE = "wrong_reference_type"
    """A field names a record of the wrong kind (an event where an actor belongs)."""
    CYCLE = "cycle"
    """A chain of parents or citations comes back to where it started."""


@attrs.frozen(kw_only=True)
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


class Dataset:
    """Records held by id, in the order they were given.

    A dataset is immutable: methods that change it return a new one. Duplicate ids are
    kept (so that :meth:`validate` can report them); :meth:`get` returns the first.

    >>> from rightsdata.examples import iran_prisons
    >>> ds = iran_prisons()
    >>> ds.get("evin").name
    'Evin Prison'
    """

    __slots__ = ("_by_id", "_records")

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._records: tuple[Record, ...] = tuple(records)
        by_id: dict[str, Record] = {}
        for r in self._records:
            by_id.setdefault(r.id, r)
        self._by_id = by_id

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Dataset:
        """Build a dataset from any iterable of records."""
        return cls(records)

    def records(self) -> tuple[Record, ...]:
        """Every record, in order."""
        return self._records

    def get(self, id: str) -> Record | None:
        """The record with this id, or ``None``."""
        return self._by_id.get(id)

    def __getitem__(self, id: str) -> Record:
        try:
            return self._by_id[id]
        except KeyError:
            raise KeyError(f"no record with id {id!r}") from None

    def __contains__(self, id: object) -> bool:
        return id in self._by_id

    def __iter__(self) -> Iterator[Record]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return self._records == other._records

    def __hash__(self) -> int:
        return hash(self._records)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {t}" for t, n in self.counts().items())
        return f"<Dataset: {counts or 'empty'}>"

    def _of(self, cls: type[R]) -> tuple[R, ...]:
        return tuple(r for r in self._records if type(r) is cls)

    def sources(self) -> tuple[Source, ...]:
        """Every :class:`~rightsdata.Source`, in order."""
        return self._of(Source)

    def actors(self) -> tuple[Actor, ...]:
        """Every :class:`~rightsdata.Actor`, in order."""
        return self._of(Actor)

    def facilities(self) -> tuple[Facility, ...]:
        """Every :class:`~rightsdata.Facility`, in order."""
        return self._of(Facility)

    def events(self) -> tuple[Event, ...]:
        """Every :class:`~rightsdata.Event`, in order."""
        return self._of(Event)

    def figures(self) -> tuple[Figure, ...]:
        """Every :class:`~rightsdata.Figure`, in order."""
        return self._of(Figure)

    def counts(self) -> dict[str, int]:
        """How many records of each type (``"source"``, ``"actor"``, ...), in type order."""
        c = Counter(TYPE_TAGS[type(r)] for r in self._records)
        return {tag: c[tag] for tag in RECORD_TYPES if c[tag]}

    # -- files ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Dataset:
        """Read a ``.jsonl`` (JSON Lines) or ``.json`` file.

        Raises :class:`~rightsdata.ValidationError` naming the file, line and field.
        """
        from rightsdata.serialize.jsonio import read_json, read_jsonl

        name = os.fspath(path)
        if name.endswith(".jsonl"):
            return cls(read_jsonl(name))
        if name.endswith(".json"):
            return cls(read_json(name))
        raise ValidationError.single(
            "", "unknown file type: expected a .jsonl or .json extension"
        ).located(file=name)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write to ``.jsonl`` or ``.json`` by extension, atomically."""
        from rightsdata.serialize.jsonio import write_json, write_jsonl

        name = os.fspath(path)
        if name.endswith(".jsonl"):
            write_jsonl(name, self._records)
        elif name.endswith(".json"):
            write_json(name, self._records)
        else:
            raise ValidationError.single(
                "", "unknown file type: expected a .jsonl or .json extension"
            ).located(file=name)

    # -- integrity -----------------------------------------------------------------

    def validate(self) -> list[Problem]:
        """Every integrity problem: duplicate ids, dangling or mistyped references, cycles.

        Returns an empty list for a sound dataset. Each problem names the record id and
        the field path.
        """
        problems: list[Problem] = []
        seen: set[str] = set()
        for r in self._records:
            if r.id in seen:
                problems.append(
                    Problem(
                        record=r.id,
                        field="id",
                        kind=ProblemKind.DUPLICATE_ID,
                        message=f"id {r.id!r} is used by more than one record",
                    )
                )
            seen.add(r.id)
        for r in self._records:
            for field, target, allowed in _references(r):
                problem = self._check_ref(r.id, field, target, allowed)
                if problem is not None:
                    problems.append(problem)
        problems.extend(self._cycles())
        return problems

    def _check_ref(
        self, record: str, field: str, target: str, allowed: tuple[type, ...]
    ) -> Problem | None:
        found = self._by_id.get(target)
        wanted = " or ".join(TYPE_TAGS[t] for t in allowed)
        if found is None:
            return Problem(
                record=record,
                field=field,
                kind=ProblemKind.DANGLING_REFERENCE,
                message=f"refers to {target!r}, which is not in the dataset (expected {wanted})",
            )
        if type(found) not in allowed:
            return Problem(
                record=record,
                field=field,
                kind=ProblemKind.WRONG_REFERENCE_TYPE,
                message=f"refers to {target!r}, {_a(TYPE_TAGS[type(found)])}; expected {wanted}",
            )
        return None

    def _cycles(self) -> list[Problem]:
        problems: list[Problem] = []
        links: dict[str, tuple[str, tuple[str, ...]]] = {}
        for r in self._records:
            if isinstance(r, Source):
                links.setdefault(r.id, ("cites", r.cites))
            elif isinstance(r, Event | Facility | Actor) and r.parent is not None:
                links.setdefault(r.id, ("parent", (r.parent,)))
        # Depth-first search with colours; report each cycle once, at its first record.
        state: dict[str, int] = {}
        for start in links:
            if state.get(start):
                continue
            stack: list[tuple[str, Iterator[str]]] = [(start, iter(links[start][1]))]
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
                    field = links[node][0]
                    problems.append(
                        Problem(
                            record=node,
                            field=field,
                            kind=ProblemKind.CYCLE,
                            message="cycle: " + " -> ".join(loop),
                        )
                    )
                elif not state.get(nxt):
                    state[nxt] = 1
                    stack.append((nxt, iter(links[nxt][1])))
                    path.append(nxt)
        return problems


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _citations(
    prefix: str, cites: tuple[Citation, ...]
) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    for i, c in enumerate(cites):
        yield f"{prefix}[{i}].source", c.source, (Source,)


def _references(r: Record) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    """Each (field path, referenced id, allowed record types) in a record."""
    if isinstance(r, Source):
        if r.publisher is not None:
            yield "publisher", r.publisher, (Actor,)
        for i, s in enumerate(r.cites):
            yield f"cites[{i}]", s, (Source,)
    elif isinstance(r, Actor):
        if r.parent is not None:
            yield "parent", r.parent, (Actor,)
        for i, p in enumerate(r.positions):
            if p.organization is not None:
                yield f"positions[{i}].organization", p.organization, (Actor,)
            yield from _citations(f"positions[{i}].citations", p.citations)
        yield from _citations("citations", r.citations)
    elif isinstance(r, Facility):
        if r.parent is not None:
            yield "parent", r.parent, (Facility,)
        if r.operator is not None:
            yield "operator", r.operator, (Actor,)
        yield from _citations("citations", r.citations)
    elif isinstance(r, Event):
        for i, f in enumerate(r.facilities):
            yield f"facilities[{i}]", f, (Facility,)
        for i, part in enumerate(r.participants):
            yield f"participants[{i}].actor", part.actor, (Actor,)
            yield from _citations(f"participants[{i}].citations", part.citations)
        if r.parent is not None:
            yield "parent", r.parent, (Event,)
        yield from _citations("citations", r.citations)
        for i, rd in enumerate(r.reported_dates):
            yield from _citations(f"reported_dates[{i}].citations", rd.citations)
    else:
        if r.subject is not None:
            yield "subject", r.subject, (Event, Facility, Actor)
        if r.share is not None:
            yield "share.of", r.share.of, (Figure,)
        yield from _citations("citations", r.citations)
