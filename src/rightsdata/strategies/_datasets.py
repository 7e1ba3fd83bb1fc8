"""The strategy for internally consistent datasets, and the link pools its records draw from."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

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
)
from rightsdata.records.references import reference_fields
from rightsdata.strategies._options import check_sizes, strategy_or
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
    the dataset, ``quantities`` every figure's number. The records shrink towards fewer
    and simpler ones.
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


def _pick(pool: Sequence[str]) -> SearchStrategy[str]:
    """One of ``pool``, or nothing at all (an empty pool leaves optional links empty)."""
    return st.sampled_from(pool) if pool else st.nothing()


# Link pools, read from the records' reference declarations (rightsdata.records.references):
# each option of a record's strategy that draws ids, and the field it fills. The option
# draws from the ids of the kinds the field may refer to, in the declared order
# (``sampled_from`` draws by position). The links that could form cycles (citation
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


@st.composite
def _datasets(
    draw: DrawFn,
    min_size: int,
    max_size: int,
    dates: SearchStrategy[DateRange],
    quantities: SearchStrategy[Quantity],
) -> Dataset:
    kinds = draw(st.lists(st.sampled_from(_KINDS), min_size=min_size, max_size=max_size))
    if "source" not in kinds and ("event" in kinds or "figure" in kinds):
        kinds[0] = "source"  # events and figures must cite a source
    n = len(kinds)
    all_ids = draw(st.lists(cached_ids(1, 24), min_size=n, max_size=n, unique=True))
    pools: dict[str, list[str]] = {k: [] for k in _KINDS}
    for kind, rid in zip(kinds, all_ids, strict=True):
        pools[kind].append(rid)
    # Links that could form cycles point only at records of the same kind drawn earlier.
    earlier: dict[str, list[str]] = {k: [] for k in _KINDS}
    made: list[Record] = []
    for kind, rid in zip(kinds, all_ids, strict=True):
        links = {option: _pick(_pool(option, kind, rid, pools, earlier)) for option in _LINKS[kind]}
        links["ids"] = st.just(rid)
        made.append(draw(_record(kind, links, dates, quantities)))
        earlier[kind].append(rid)
    order = draw(st.permutations(range(n))) if n > 1 else list(range(n))
    return Dataset(made[i] for i in order)
