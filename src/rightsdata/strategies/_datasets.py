"""The strategy for internally consistent datasets, and the link pools its records draw from."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dataset import Dataset
from rightsdata.dates import DateRange
from rightsdata.quantity import MAX_COUNT, Quantity
from rightsdata.records import Record
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


# link pools: to be read from field metadata
#
# Which record kinds each pool of ids holds (in this order: ``sampled_from`` draws by
# position), and which option of each record's strategy draws its ids from which pool.
# "before" holds the ids of the records of the record's own kind drawn earlier, so the links
# that could form cycles (citation chains, parents, shares) point only backwards in drawing
# order; "other_actors" is "actors" without the record itself (no actor is its own
# organization).
_POOLS: dict[str, tuple[str, ...]] = {
    "sources": ("source",),
    "actors": ("actor",),
    "other_actors": ("actor",),
    "facilities": ("facility",),
    "subjects": ("event", "facility", "actor"),
}
_LINKS: dict[str, dict[str, str]] = {
    "source": {"cites": "before", "publishers": "actors"},
    "actor": {"parents": "before", "organizations": "other_actors", "sources": "sources"},
    "facility": {"parents": "before", "operators": "actors", "sources": "sources"},
    "event": {
        "sources": "sources",
        "actors": "actors",
        "facilities": "facilities",
        "parents": "before",
    },
    "figure": {"sources": "sources", "subjects": "subjects", "share_of": "before"},
}
_BUILDERS: dict[str, Callable[..., SearchStrategy[Record]]] = {
    "source": sources,
    "actor": actors,
    "facility": facilities,
    "event": events,
    "figure": figures,
}


def _pool(
    name: str, kind: str, rid: str, pools: dict[str, list[str]], earlier: dict[str, list[str]]
) -> list[str]:
    """The ids in the link pool ``name`` for the record ``rid`` of ``kind``."""
    if name == "before":
        return earlier[kind]
    ids = [i for k in _POOLS[name] for i in pools[k]]
    return [i for i in ids if i != rid] if name == "other_actors" else ids


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
        links = {
            option: _pick(_pool(name, kind, rid, pools, earlier))
            for option, name in _LINKS[kind].items()
        }
        links["ids"] = st.just(rid)
        made.append(draw(_record(kind, links, dates, quantities)))
        earlier[kind].append(rid)
    order = draw(st.permutations(range(n))) if n > 1 else list(range(n))
    return Dataset(made[i] for i in order)
