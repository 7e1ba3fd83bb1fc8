"""The strategy for internally consistent datasets, and the link pools its records draw from."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from typing import TypeVar

import attrs
from hypothesis import note
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy
from hypothesis.vendor.pretty import RepresentationPrinter

from rightsdata.dataset import Dataset
from rightsdata.dates import DateRange
from rightsdata.quantity import MAX_COUNT, Quantity
from rightsdata.records import (
    Actor,
    Citation,
    Event,
    Facility,
    Figure,
    Participant,
    Position,
    Record,
    Share,
    Source,
    SourceKind,
)
from rightsdata.records.references import reference_fields, references, renamed
from rightsdata.serialize.jsonio import dumps, record_to_dict
from rightsdata.strategies._options import STRATEGY_CACHE, check_sizes, strategy_or
from rightsdata.strategies._records import actors, events, facilities, figures, sources
from rightsdata.strategies._values import cached_ids, cached_quantities, date_ranges

_DEFAULT_MAX_RECORDS = 50
"""The default ``max_size`` of [`datasets`][rightsdata.strategies.datasets]: about ten records of
each kind."""


_KINDS = ("source", "actor", "facility", "event", "figure")


def datasets(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    dates: SearchStrategy[DateRange] | None = None,
    quantities: SearchStrategy[Quantity] | None = None,
) -> SearchStrategy[Dataset]:
    """Internally consistent [`Dataset`][rightsdata.Dataset] values of ``min_size`` to
    ``max_size`` records (default at most 50: about ten of each kind).

    Every reference resolves to a record of the right kind, ids are unique, and source
    citation chains ([`Source.cites`][rightsdata.Source.cites]), parent events, parent facilities
    and parent actors have no cycles, so [`validate`][rightsdata.Dataset.validate] returns ``[]``.
    Figure subjects point at events, facilities or actors, and a share points at another figure.
    References may point forward or back in the file. ``dates`` gives every date range in
    the dataset, ``quantities`` every figure's number.

    Ids are readable (``source-1``, ``figure-2``) in half the datasets and any valid ids
    in the others. A failing dataset shrinks towards fewer and simpler records (any
    record can go in one step) and readable ids, and hypothesis prints it with the
    failing example as JSON Lines, ready to paste into a file.
    """
    check_sizes(min_size, max_size)
    if max_size is None:
        max_size = max(min_size, _DEFAULT_MAX_RECORDS)
    return _datasets(
        min_size,
        max_size,
        strategy_or("dates", dates, date_ranges()),
        strategy_or("quantities", quantities, cached_quantities(0, MAX_COUNT)),
    )


# Link pools, read from the records' reference declarations (rightsdata.records.references):
# each option of a record's strategy that draws ids, and the field it fills. The option
# draws from the ids of the kinds the field may refer to, in the declared order
# (a placeholder's index is a position in that order). The links that could form cycles (citation
# chains, parents, shares) draw only from records of their own kind drawn earlier; any
# other link to the record's own kind leaves the record itself out (no actor is its own
# organization). tests/test_references.py checks that every declared reference field of
# every record is filled by one of these options.
_LINKS: dict[str, dict[str, tuple[type, str]]] = {
    "source": {"cites": (Source, "cites"), "publishers": (Source, "publisher")},
    "actor": {
        "parents": (Actor, "parent"),
        "organizations": (Position, "organization"),
        "sources": (Citation, "source"),
    },
    "facility": {
        "parents": (Facility, "parent"),
        "operators": (Facility, "operator"),
        "sources": (Citation, "source"),
    },
    "event": {
        "sources": (Citation, "source"),
        "actors": (Participant, "actor"),
        "facilities": (Event, "facilities"),
        "parents": (Event, "parent"),
    },
    "figure": {
        "sources": (Citation, "source"),
        "subjects": (Figure, "subject"),
        "share_of": (Share, "of"),
    },
}
_BACKWARDS: dict[str, str] = {
    "source": "cites",
    "actor": "parents",
    "facility": "parents",
    "event": "parents",
    "figure": "share_of",
}


@functools.lru_cache(maxsize=64)  # a handful of (class, field) pairs
def _targets(cls: type, field: str) -> tuple[str, ...]:
    """The record kinds ``cls.field`` is declared to refer to."""
    return next(f.targets for f in reference_fields(cls) if f.name == field)


_BUILDERS: dict[str, Callable[..., SearchStrategy[Record]]] = {
    "source": sources,
    "actor": actors,
    "facility": facilities,
    "event": events,
    "figure": figures,
}


def _pool(
    option: str, kind: str, rid: str, pools: dict[str, list[str]], earlier: dict[str, list[str]]
) -> list[str]:
    """The ids the ``option`` of the record ``rid`` of ``kind`` draws from."""
    if _BACKWARDS[kind] == option:
        return earlier[kind]
    targets = _targets(*_LINKS[kind][option])
    ids = [i for k in targets for i in pools[k]]
    return [i for i in ids if i != rid] if kind in targets else ids


def _record(
    kind: str,
    links: dict[str, SearchStrategy[str]],
    dates: SearchStrategy[DateRange],
    quantities: SearchStrategy[Quantity],
) -> SearchStrategy[Record]:
    """The strategy for one record of a dataset, its references drawn from ``links``."""
    if kind == "figure":
        return _BUILDERS[kind](dates=dates, quantities=quantities, **links)
    return _BUILDERS[kind](dates=dates, **links)


# A dataset is drawn as a list of records, each drawn whole with *placeholders* for its
# own id and for every id it refers to: a placeholder names the link option and an index,
# and is resolved once every record is drawn, into the pool the option draws from (the
# index wrapped around the pool). So each record is one contiguous stretch of choices
# that hypothesis can delete or simplify on its own: removing a record leaves every
# other record as it was, and the failing dataset shrinks in few steps.
_MARK = "\ue000"
"""Starts every placeholder (a private-use character, never in a drawn id)."""
_SELF = f"{_MARK}self"
_MISSING = f"{_MARK}missing"
"""What a placeholder becomes when its pool is empty: the field is then left empty."""


def _placeholder(option: str, index: int) -> str:
    return f"{_MARK}{option}{_MARK}{index}"


@functools.lru_cache(maxsize=32)  # one per link option
def _links(option: str) -> SearchStrategy[str]:
    return st.integers(0, 255).map(functools.partial(_placeholder, option))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _slots(
    dates: SearchStrategy[DateRange], quantities: SearchStrategy[Quantity]
) -> SearchStrategy[tuple[str, Record]]:
    """One record of any kind, with placeholders, and its kind."""
    own = st.just(_SELF)
    kinds = [
        _record(kind, {"ids": own} | {o: _links(o) for o in _LINKS[kind]}, dates, quantities).map(
            functools.partial(_tagged, kind)
        )
        for kind in _KINDS
    ]
    return st.one_of(kinds)


def _tagged(kind: str, record: Record) -> tuple[str, Record]:
    return kind, record


_ANY_IDS = st.booleans()
"""Whether a dataset draws any ids at all (``True``) or readable ones (where it shrinks)."""


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _unique_ids(n: int) -> SearchStrategy[list[str]]:
    return st.lists(cached_ids(1, 24), min_size=n, max_size=n, unique=True)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _orders(n: int) -> SearchStrategy[list[int]]:
    """The file order of ``n`` records (it shrinks to the order they were drawn in)."""
    return st.permutations(range(n))


_MARKS = st.integers(0, 7)
"""A record's mark: 0 (one in eight, and where it shrinks to) leaves it out."""


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _kept(
    dates: SearchStrategy[DateRange], quantities: SearchStrategy[Quantity]
) -> SearchStrategy[tuple[int, tuple[str, Record]]]:
    slots = _slots(dates, quantities)

    @st.composite  # not st.tuples, whose items hypothesis' explain phase varies one by one
    def kept(draw: DrawFn) -> tuple[int, tuple[str, Record]]:
        return draw(_MARKS), draw(slots)

    return kept()


@st.composite
def _datasets(
    draw: DrawFn,
    min_size: int,
    max_size: int,
    dates: SearchStrategy[DateRange],
    quantities: SearchStrategy[Quantity],
) -> Dataset:
    drawn = draw(st.lists(_kept(dates, quantities), min_size=min_size, max_size=max_size))
    # A record whose mark shrank to 0 is left out (while min_size allows): one choice
    # removes it, which hypothesis finds at once (it deletes a long stretch of choices
    # less readily).
    slots: list[tuple[str, Record]] = []
    for i, (mark, slot) in enumerate(drawn):
        if mark or len(slots) + len(drawn) - i <= min_size:
            slots.append(slot)
    kinds = [kind for kind, _ in slots]
    made = [record for _, record in slots]
    if "source" not in kinds and ("event" in kinds or "figure" in kinds):
        # Events and figures must cite a source: add one, so that the records drawn stay
        # as they were (at max_size, the first record becomes the source).
        source = Source(id=_SELF, kind=SourceKind.NGO_REPORT, title="Source")
        if len(made) < max_size:
            kinds.append("source")
            made.append(source)
        else:
            kinds[0], made[0] = "source", source
    n = len(made)
    # Readable ids ("figure-1") unless the draw asks for any ids at all.
    if draw(_ANY_IDS):
        own = draw(_unique_ids(n))
    else:
        count: dict[str, int] = {}
        own = []
        for kind in kinds:
            count[kind] = count.get(kind, 0) + 1
            own.append(f"{kind}-{count[kind]}")
    pools: dict[str, list[str]] = {k: [] for k in _KINDS}
    for kind, rid in zip(kinds, own, strict=True):
        pools[kind].append(rid)
    earlier: dict[str, list[str]] = {k: [] for k in _KINDS}
    resolved: list[Record] = []
    for kind, rid, record in zip(kinds, own, made, strict=True):
        mapping = {_SELF: rid}
        for _, ref, _ in references(record):
            if ref.startswith(_MARK) and ref not in mapping:
                _, option, index = ref.split(_MARK)
                pool = _pool(option, kind, rid, pools, earlier)
                mapping[ref] = pool[int(index) % len(pool)] if pool else _MISSING
        record = renamed(record, mapping)
        resolved.append(_pruned(record) if _MISSING in mapping.values() else record)
        earlier[kind].append(rid)
    order = draw(_orders(n)) if n > 1 else list(range(n))
    ds = Dataset(resolved[i] for i in order)
    _note(ds)
    return ds


_T = TypeVar("_T", bound=attrs.AttrsInstance)


def _pruned(obj: _T) -> _T:
    """``obj`` without the references left ``_MISSING`` (their pool was empty): an optional
    one emptied, one in a tuple dropped, and a part whose required reference is missing
    (a citation without its source) left out."""
    out = _pruned_part(obj)
    assert out is not None  # a record's references are all optional
    return out


def _pruned_part(obj: _T) -> _T | None:
    cls = type(obj)
    refs = {f.name for f in reference_fields(cls)}
    changes: dict[str, object] = {}
    for a in attrs.fields(cls):
        value = getattr(obj, a.name)
        new: object = value
        if a.name in refs and isinstance(value, tuple):
            new = tuple(v for v in value if v != _MISSING)
        elif a.name in refs and value == _MISSING:
            if a.default is attrs.NOTHING:
                return None
            new = None
        elif isinstance(value, tuple) and value and attrs.has(type(value[0])):
            new = tuple(p for p in map(_pruned_part, value) if p is not None)
        elif attrs.has(type(value)):
            new = _pruned_part(value)  # None: an optional part left out
        if new != value:
            changes[a.alias] = new
    return attrs.evolve(obj, **changes) if changes else obj  # type: ignore[misc]


class _JsonLines:
    """A dataset that hypothesis' printer shows as JSON Lines, ready to paste into a file."""

    __slots__ = ("dataset",)

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def _repr_pretty_(self, p: RepresentationPrinter, cycle: bool) -> None:
        lines = "\n".join(dumps(record_to_dict(r)).decode() for r in self.dataset)
        p.text(f"The dataset as JSON Lines ({len(self.dataset)} records):\n{lines}")


def _note(ds: Dataset) -> None:
    """Note ``ds`` as JSON Lines: hypothesis prints it with a failing example (and only
    then writes it)."""
    with contextlib.suppress(InvalidArgument):  # drawn outside a test, as by ``example()``
        note(_JsonLines(ds))
