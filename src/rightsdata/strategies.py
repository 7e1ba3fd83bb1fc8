"""Hypothesis strategies for every rightsdata type, for property-testing code built on it.

Install the extra first: ``pip install rightsdata[hypothesis]``. Then::

    from hypothesis import given
    from rightsdata import strategies as rst

    @given(rst.datasets(max_size=20))
    def test_my_pipeline(ds):
        assert ds.validate() == []
        ...

The strategies cover the whole valid space of each type, not only tidy values:
Persian-script names and text (with the zero-width non-joiner, U+200C), any Unicode in
free text, open-ended date ranges, every enum value, every :class:`~rightsdata.Qualifier`
with bounds that satisfy :class:`~rightsdata.Quantity`, time-zone-aware capture times,
decimal ratios with trailing zeros. Every generated value survives the JSON round trip
unchanged.

They follow hypothesis' own style: plural names, keyword-only options, ``min_size`` and
``max_size``, strategies as arguments for the parts (``events(dates=date_ranges(
min_value=date(1988, 1, 1)))``), and :class:`hypothesis.errors.InvalidArgument` for bad
options, raised when the strategy is made. :func:`datasets` builds internally consistent
datasets: every reference resolves, and citation chains and parents have no cycles.

With the package installed, ``st.from_type(Event)`` (and every other record, part and
value) resolves to these strategies through hypothesis' entry-point plugin.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import TypeVar

import attrs

from rightsdata.dataset import Dataset
from rightsdata.dates import Calendar, DateRange, Precision
from rightsdata.quantity import MAX_COUNT, Qualifier, Quantity
from rightsdata.records import (
    Actor,
    ActorKind,
    Citation,
    Coordinates,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Location,
    Measure,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
    Record,
    Reliability,
    ReportedDate,
    Share,
    Source,
    SourceKind,
)

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
    from hypothesis.strategies import DrawFn, SearchStrategy
except ImportError as exc:  # pragma: no cover - tested in a subprocess
    raise ImportError(
        "rightsdata.strategies needs hypothesis, an optional dependency: "
        "install it with `pip install rightsdata[hypothesis]`"
    ) from exc

__all__ = [
    "MAX_COUNT",
    "actors",
    "citations",
    "datasets",
    "date_ranges",
    "events",
    "facilities",
    "figures",
    "ids",
    "locations",
    "names",
    "participants",
    "positions",
    "quantities",
    "records",
    "reported_dates",
    "shares",
    "sources",
]

T = TypeVar("T")


_PARTS = 3
"""The most items drawn for a list inside a record (aliases, citations, participants)."""

_DEFAULT_MAX_RECORDS = 50
"""The default ``max_size`` of :func:`datasets`: about ten records of each kind."""

# -- text ----------------------------------------------------------------------------

_ANY_CHARACTER = st.characters(codec="utf-8")
"""Every code point but the lone surrogates, which no JSON encoder writes."""

_PERSIAN_LETTERS = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأؤئۀةيك"
_PERSIAN_MARKS = "\u200c\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652۰۱۲۳۴۵۶۷۸۹،؛؟ "
_PERSIAN_CHARACTER = st.sampled_from(_PERSIAN_LETTERS + _PERSIAN_MARKS)
_PLAIN_CHARACTER = st.sampled_from(string.ascii_letters + string.digits + " -.,'")


@functools.cache
def _texts(*, min_size: int = 0, max_size: int = 40) -> SearchStrategy[str]:
    """Free text: plain Latin, Persian script (with ZWNJ), mixed, or any valid Unicode."""
    return st.one_of(
        st.text(_PLAIN_CHARACTER, min_size=min_size, max_size=max_size),
        st.text(_PERSIAN_CHARACTER, min_size=min_size, max_size=max_size),
        st.text(
            st.one_of(_PLAIN_CHARACTER, _PERSIAN_CHARACTER), min_size=min_size, max_size=max_size
        ),
        st.text(_ANY_CHARACTER, min_size=min_size, max_size=max_size),
    )


@functools.cache
def _nonblank(max_size: int = 40) -> SearchStrategy[str]:
    """Text with at least one non-space character, as the records' ``nonblank`` wants."""
    return _texts(min_size=1, max_size=max_size).filter(lambda s: bool(s.strip()))


def _optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


@functools.cache
def _vocabulary(documented: frozenset[str]) -> SearchStrategy[str]:
    """An open vocabulary: mostly a documented value, sometimes any non-blank text."""
    return st.one_of(st.sampled_from(sorted(documented)), _nonblank(20))


_SCRIPTS = st.one_of(st.sampled_from(["Latn", "Arab", "Cyrl", "Hebr"]), _texts(max_size=8))
_LANGUAGES = st.one_of(
    st.sampled_from(["fa", "en", "ar", "fr", "de", "fa-Latn"]), _texts(max_size=8)
)

# -- option checks -------------------------------------------------------------------


def _check_strategy(name: str, value: object) -> None:
    if not isinstance(value, SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy")


def _check_int(name: str, value: object, *, minimum: int = 0) -> None:
    if type(value) is not int:
        raise InvalidArgument(f"{name}={value!r} must be an integer")
    if value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be at least {minimum}")


def _check_sizes(min_size: int, max_size: int | None, *, minimum: int = 0) -> None:
    _check_int("min_size", min_size, minimum=minimum)
    if max_size is not None:
        _check_int("max_size", max_size, minimum=minimum)
        if min_size > max_size:
            raise InvalidArgument(f"min_size={min_size} is greater than max_size={max_size}")


def _strategy_or(
    name: str, value: SearchStrategy[T] | None, default: SearchStrategy[T]
) -> SearchStrategy[T]:
    if value is None:
        return default
    _check_strategy(name, value)
    return value


# -- ids -----------------------------------------------------------------------------

_SLUG_START = string.ascii_lowercase + string.digits
_SLUG_REST = _SLUG_START + "-_.:"


def ids(*, min_size: int = 1, max_size: int = 24) -> SearchStrategy[str]:
    """Record ids: non-empty strings without whitespace.

    Mostly readable slugs (``amnesty-2018``), sometimes any Unicode without spaces
    (Persian letters included), as the records allow.
    """
    _check_sizes(min_size, max_size, minimum=1)
    return _ids(min_size, max_size)


@functools.cache
def _ids(min_size: int, max_size: int) -> SearchStrategy[str]:
    no_space = _ANY_CHARACTER.filter(lambda c: not c.isspace())
    slug = st.builds(
        str.__add__,
        st.sampled_from(_SLUG_START),
        st.text(st.sampled_from(_SLUG_REST), min_size=min_size - 1, max_size=max_size - 1),
    )
    return st.one_of(
        slug,
        st.text(
            _PERSIAN_CHARACTER.filter(lambda c: not c.isspace()),
            min_size=min_size,
            max_size=max_size,
        ),
        st.text(no_space, min_size=min_size, max_size=max_size),
    )


def _ids_or(name: str, value: SearchStrategy[str] | None) -> SearchStrategy[str]:
    return _strategy_or(name, value, _ids(1, 24))


# -- values --------------------------------------------------------------------------


def date_ranges(
    *,
    min_value: date = date.min,
    max_value: date = date.max,
    allow_open: bool = True,
) -> SearchStrategy[DateRange]:
    """:class:`~rightsdata.DateRange` values whose known ends lie in ``[min_value, max_value]``.

    With ``allow_open`` (the default) either end or both may be ``None``. Every
    :class:`~rightsdata.Precision` and :class:`~rightsdata.Calendar`, hedged or not, with
    or without the original text.
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not date:
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} is after max_value={max_value!r}")
    if type(allow_open) is not bool:
        raise InvalidArgument(f"allow_open={allow_open!r} must be True or False")
    return _cached_date_ranges(min_value, max_value, allow_open)


@functools.cache
def _cached_date_ranges(
    min_value: date, max_value: date, allow_open: bool
) -> SearchStrategy[DateRange]:
    return _date_ranges(min_value, max_value, allow_open)


@st.composite
def _date_ranges(draw: DrawFn, min_value: date, max_value: date, allow_open: bool) -> DateRange:
    days = st.dates(min_value=min_value, max_value=max_value)
    earliest = draw(_optional(days) if allow_open else days)
    if earliest is None:
        later = days
    else:
        later = st.one_of(st.just(earliest), st.dates(min_value=earliest, max_value=max_value))
    latest = draw(_optional(later) if allow_open else later)
    time: datetime | None = None
    if earliest is not None and earliest == latest:
        day = st.times().map(lambda t: datetime.combine(earliest, t))
        aware = st.builds(datetime.replace, day, tzinfo=_zones())
        time = draw(_optional(st.one_of(day, aware)))
    return DateRange(
        earliest=earliest,
        latest=latest,
        precision=draw(st.sampled_from(Precision)),
        approximate=draw(st.booleans()),
        uncertain=draw(st.booleans()),
        calendar=draw(st.sampled_from(Calendar)),
        text=draw(_optional(_texts())),
        earliest_precision=draw(_optional(_end_precisions(earliest))),
        latest_precision=draw(_optional(_end_precisions(latest))),
        time=time,
    )


def _end_precisions(end: date | None) -> SearchStrategy[Precision]:
    """The precisions an interval end can have: ``UNKNOWN`` only for an end with no day."""
    return st.sampled_from([p for p in Precision if end is None or p is not Precision.UNKNOWN])


def quantities(*, min_value: int = 0, max_value: int = MAX_COUNT) -> SearchStrategy[Quantity]:
    """:class:`~rightsdata.Quantity` values whose numbers lie in ``[min_value, max_value]``.

    Every :class:`~rightsdata.Qualifier`, with bounds that satisfy its rules, open ends
    where the qualifier allows them, and with or without a best estimate. ``max_value``
    defaults to :data:`MAX_COUNT`, the largest count JSON I/O can carry.
    """
    _check_int("min_value", min_value)
    _check_int("max_value", max_value)
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is greater than max_value={max_value}")
    return _cached_quantities(min_value, max_value)


@functools.cache
def _cached_quantities(min_value: int, max_value: int) -> SearchStrategy[Quantity]:
    return _quantities(min_value, max_value)


@st.composite
def _quantities(draw: DrawFn, min_value: int, max_value: int) -> Quantity:
    qualifier = draw(st.sampled_from(Qualifier))
    numbers = st.integers(min_value, max_value)
    low: int | None
    high: int | None
    if qualifier is Qualifier.EXACT:
        low = high = draw(numbers)
    else:
        both = qualifier is Qualifier.RANGE
        low = draw(numbers if both else _optional(numbers))
        above = st.integers(min_value if low is None else low, max_value)
        high = draw(above if both else _optional(above))
    best_range = st.integers(min_value if low is None else low, max_value if high is None else high)
    return Quantity(
        low=low,
        high=high,
        best=draw(_optional(best_range)),
        qualifier=qualifier,
        text=draw(_optional(_texts())),
    )


@functools.cache
def _ratios() -> SearchStrategy[Decimal]:
    """Finite decimals in [0, 1], with trailing zeros and exponents kept as written."""
    scaled = st.integers(0, 6).flatmap(
        lambda places: st.integers(0, 10**places).map(lambda n: Decimal(n).scaleb(-places))
    )
    return st.one_of(
        scaled,
        st.sampled_from([Decimal("0.50"), Decimal("5E-1"), Decimal("0E+2"), Decimal("-0")]),
        st.decimals(min_value=0, max_value=1, allow_nan=False, allow_infinity=False),
    )


# -- parts ---------------------------------------------------------------------------


def citations(*, sources: SearchStrategy[str] | None = None) -> SearchStrategy[Citation]:
    """:class:`~rightsdata.Citation` values citing a source id drawn from ``sources``."""
    return st.builds(
        Citation,
        source=_ids_or("sources", sources),
        locator=_optional(_nonblank(20)),
        quote=_optional(_nonblank(40)),
    )


def names() -> SearchStrategy[Name]:
    """:class:`~rightsdata.Name` values: Latin, Persian-script or any text, every kind."""
    return _names()


@functools.cache
def _names() -> SearchStrategy[Name]:
    return st.builds(
        Name,
        text=_nonblank(),
        kind=st.sampled_from(NameKind),
        script=_optional(_SCRIPTS),
        language=_optional(_LANGUAGES),
    )


def positions(
    *,
    organizations: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Position]:
    """:class:`~rightsdata.Position` values; ``organizations`` gives actor ids."""
    return st.builds(
        Position,
        title=_nonblank(),
        organization=_optional(_ids_or("organizations", organizations)),
        period=_optional(_strategy_or("dates", dates, date_ranges())),
        citations=_tuples(citations(sources=_ids_or("sources", sources))),
    )


def participants(
    *,
    actors: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[Participant]:
    """:class:`~rightsdata.Participant` values; ``actors`` gives actor ids."""
    return st.builds(
        Participant,
        actor=_ids_or("actors", actors),
        role=st.sampled_from(ParticipantRole),
        citations=_tuples(citations(sources=_ids_or("sources", sources))),
    )


@functools.cache
def reported_dates(
    *,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[ReportedDate]:
    """:class:`~rightsdata.records.ReportedDate` values: a date and the sources giving it."""
    return st.builds(
        ReportedDate,
        date=_strategy_or("dates", dates, date_ranges()),
        citations=_tuples(citations(sources=_ids_or("sources", sources)), min_size=1),
    )


@functools.cache
def _coordinates() -> SearchStrategy[Coordinates]:
    return st.builds(
        Coordinates,
        latitude=st.floats(-90.0, 90.0),
        longitude=st.floats(-180.0, 180.0),
    )


def locations() -> SearchStrategy[Location]:
    """:class:`~rightsdata.Location` values, from all-unknown to a point with every name."""
    return _locations()


@functools.cache
def _locations() -> SearchStrategy[Location]:
    return st.builds(
        Location,
        country=_optional(st.one_of(st.sampled_from(["IR", "IQ", "TR", "GB"]), _texts(max_size=4))),
        province=_optional(_texts(max_size=20)),
        city=_optional(_texts(max_size=20)),
        coordinates=_optional(_coordinates()),
        text=_optional(_texts()),
    )


def shares(*, of: SearchStrategy[str] | None = None) -> SearchStrategy[Share]:
    """:class:`~rightsdata.Share` values: a decimal ratio in [0, 1] of a figure from ``of``."""
    return st.builds(
        Share,
        ratio=_ratios(),
        of=_ids_or("of", of),
        text=_optional(_texts(max_size=20)),
    )


def _tuples(
    strategy: SearchStrategy[T], *, min_size: int = 0, max_size: int = _PARTS
) -> SearchStrategy[tuple[T, ...]]:
    if strategy.is_empty and min_size == 0:
        return st.just(())  # nothing to refer to (an empty pool in a dataset)
    return st.lists(strategy, min_size=min_size, max_size=max_size).map(tuple)


# -- records -------------------------------------------------------------------------


@functools.cache
def _zones() -> SearchStrategy[timezone]:
    """Fixed UTC offsets of whole minutes, as ISO 8601 writes them (``+HH:MM``).

    zoneinfo zones do not survive ISO 8601 (they become offsets), and the records refuse
    offsets of seconds.
    """
    offsets = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(lambda m: timedelta(minutes=m))
    return st.one_of(st.just(UTC), offsets.map(timezone))


@functools.cache
def _captured() -> SearchStrategy[datetime]:
    """Aware datetimes with fixed offsets."""
    return st.builds(datetime.replace, st.datetimes(), tzinfo=_zones())


def sources(
    *,
    ids: SearchStrategy[str] | None = None,
    cites: SearchStrategy[str] | None = None,
    publishers: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Source]:
    """:class:`~rightsdata.Source` records.

    ``ids`` gives the record's own id, ``cites`` the ids of the sources it cites (never
    its own), ``publishers`` actor ids, ``dates`` its publication date.
    """
    return _sources(
        _ids_or("ids", ids),
        _ids_or("cites", cites),
        _ids_or("publishers", publishers),
        _strategy_or("dates", dates, date_ranges()),
    )


@st.composite
def _sources(
    draw: DrawFn,
    own_ids: SearchStrategy[str],
    cites: SearchStrategy[str],
    publishers: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> Source:
    rid = draw(own_ids)
    return Source(
        id=rid,
        kind=draw(st.sampled_from(SourceKind)),
        title=draw(_nonblank()),
        publisher=draw(_optional(publishers)),
        published=draw(_optional(dates)),
        url=draw(_optional(st.one_of(st.just("https://example.org/report"), _nonblank()))),
        cites=draw(_tuples(cites.filter(lambda c: c != rid))),
        authors=draw(_tuples(_texts(max_size=20))),
        language=draw(_optional(_LANGUAGES)),
        captured=draw(_optional(_captured())),
        archive_url=draw(_optional(_nonblank())),
        sha256=draw(
            _optional(st.text(st.sampled_from("0123456789abcdef"), min_size=64, max_size=64))
        ),
        reliability=draw(_optional(st.sampled_from(Reliability))),
        notes=draw(_optional(_texts(max_size=80))),
    )


def actors(
    *,
    ids: SearchStrategy[str] | None = None,
    parents: SearchStrategy[str] | None = None,
    organizations: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Actor]:
    """:class:`~rightsdata.Actor` records, with aliases in several scripts and positions.

    ``parents`` and ``organizations`` give actor ids, ``sources`` the cited source ids,
    ``dates`` the periods of positions.
    """
    source_ids = _ids_or("sources", sources)
    return st.builds(
        Actor,
        id=_ids_or("ids", ids),
        kind=st.sampled_from(ActorKind),
        name=_nonblank(),
        aliases=_tuples(_names()),
        positions=_tuples(
            positions(
                organizations=_ids_or("organizations", organizations),
                sources=source_ids,
                dates=_strategy_or("dates", dates, date_ranges()),
            )
        ),
        parent=_optional(_ids_or("parents", parents)),
        description=_optional(_texts(max_size=80)),
        citations=_tuples(citations(sources=source_ids)),
    )


def facilities(
    *,
    ids: SearchStrategy[str] | None = None,
    parents: SearchStrategy[str] | None = None,
    operators: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Facility]:
    """:class:`~rightsdata.Facility` records.

    ``parents`` gives facility ids, ``operators`` actor ids, ``sources`` the cited source
    ids, ``dates`` the period it operated.
    """
    return st.builds(
        Facility,
        id=_ids_or("ids", ids),
        name=_nonblank(),
        kind=_vocabulary(FacilityKind.ALL),
        parent=_optional(_ids_or("parents", parents)),
        operator=_optional(_ids_or("operators", operators)),
        location=_optional(_locations()),
        aliases=_tuples(_names()),
        period=_optional(_strategy_or("dates", dates, date_ranges())),
        description=_optional(_texts(max_size=80)),
        citations=_tuples(citations(sources=_ids_or("sources", sources))),
    )


def events(
    *,
    ids: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
    actors: SearchStrategy[str] | None = None,
    facilities: SearchStrategy[str] | None = None,
    parents: SearchStrategy[str] | None = None,
) -> SearchStrategy[Event]:
    """:class:`~rightsdata.Event` records, each citing at least one source.

    ``dates`` gives the event's date, ``sources`` the cited source ids, ``actors`` the
    participants' actor ids, ``facilities`` facility ids and ``parents`` event ids.
    """
    source_ids = _ids_or("sources", sources)
    return st.builds(
        Event,
        id=_ids_or("ids", ids),
        kind=_vocabulary(EventKind.ALL),
        title=_nonblank(),
        date=_strategy_or("dates", dates, date_ranges()),
        citations=_tuples(citations(sources=source_ids), min_size=1),
        facilities=_tuples(_ids_or("facilities", facilities)),
        participants=_tuples(participants(actors=_ids_or("actors", actors), sources=source_ids)),
        parent=_optional(_ids_or("parents", parents)),
        location=_optional(_locations()),
        description=_optional(_texts(max_size=80)),
        reported_dates=_tuples(
            reported_dates(dates=_strategy_or("dates", dates, date_ranges()), sources=source_ids)
        ),
    )


def figures(
    *,
    ids: SearchStrategy[str] | None = None,
    quantities: SearchStrategy[Quantity] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
    subjects: SearchStrategy[str] | None = None,
    share_of: SearchStrategy[str] | None = None,
) -> SearchStrategy[Figure]:
    """:class:`~rightsdata.Figure` records, each citing at least one source.

    ``quantities`` gives the number, ``dates`` its period and as-of date, ``sources``
    the cited source ids, ``subjects`` the ids of the events, facilities or actors it
    counts for, ``share_of`` the ids of the figures it can be a share of.
    """
    quantity = _strategy_or("quantities", quantities, _cached_quantities(0, MAX_COUNT))
    period = _optional(_strategy_or("dates", dates, date_ranges()))
    return st.builds(
        Figure,
        id=_ids_or("ids", ids),
        measure=_vocabulary(Measure.ALL),
        quantity=quantity,
        citations=_tuples(citations(sources=_ids_or("sources", sources)), min_size=1),
        unit=st.one_of(
            st.just("persons"),
            st.sampled_from(["cities", "gigabytes", "executions"]),
            _nonblank(20),
        ),
        subject=_optional(_ids_or("subjects", subjects)),
        period=period,
        as_of=period,
        place=_optional(_nonblank(20)),
        share=_optional(shares(of=_ids_or("share_of", share_of))),
        description=_optional(_texts(max_size=80)),
    )


def records() -> SearchStrategy[Record]:
    """Any record: a source, actor, facility, event or figure (references not resolved)."""
    return st.one_of(sources(), actors(), facilities(), events(), figures())


# -- datasets ------------------------------------------------------------------------

_KINDS = ("source", "actor", "facility", "event", "figure")


def datasets(
    *,
    min_size: int = 0,
    max_size: int | None = None,
    dates: SearchStrategy[DateRange] | None = None,
    quantities: SearchStrategy[Quantity] | None = None,
) -> SearchStrategy[Dataset]:
    """Internally consistent :class:`~rightsdata.Dataset` values of ``min_size`` to
    ``max_size`` records (default at most 50: about ten of each kind).

    Every reference resolves to a record of the right kind, ids are unique, and source
    citation chains (:attr:`Source.cites`), parent events, parent facilities and parent
    actors have no cycles, so :meth:`~rightsdata.Dataset.validate` returns ``[]``. Figure
    subjects point at events, facilities or actors, and a share points at another figure.
    References may point forward or back in the file. ``dates`` gives every date range in
    the dataset, ``quantities`` every figure's number. The records shrink towards fewer
    and simpler ones.
    """
    _check_sizes(min_size, max_size)
    if max_size is None:
        max_size = max(min_size, _DEFAULT_MAX_RECORDS)
    return _datasets(
        min_size,
        max_size,
        _strategy_or("dates", dates, date_ranges()),
        _strategy_or("quantities", quantities, _cached_quantities(0, MAX_COUNT)),
    )


def _pick(pool: Sequence[str]) -> SearchStrategy[str]:
    """One of ``pool``, or nothing at all (an empty pool leaves optional links empty)."""
    return st.sampled_from(pool) if pool else st.nothing()


@attrs.frozen(kw_only=True)
class _Links:
    """What a record in a dataset may refer to, as strategies of ids."""

    own: SearchStrategy[str]
    before: SearchStrategy[str]
    sources: SearchStrategy[str]
    actors: SearchStrategy[str]
    other_actors: SearchStrategy[str]
    facilities: SearchStrategy[str]
    subjects: SearchStrategy[str]


def _record(
    kind: str, links: _Links, dates: SearchStrategy[DateRange], quantities: SearchStrategy[Quantity]
) -> SearchStrategy[Record]:
    """The strategy for one record of a dataset, its references drawn from ``links``."""
    if kind == "source":
        return sources(ids=links.own, cites=links.before, publishers=links.actors, dates=dates)
    if kind == "actor":
        return actors(
            ids=links.own,
            parents=links.before,
            organizations=links.other_actors,
            sources=links.sources,
            dates=dates,
        )
    if kind == "facility":
        return facilities(
            ids=links.own,
            parents=links.before,
            operators=links.actors,
            sources=links.sources,
            dates=dates,
        )
    if kind == "event":
        return events(
            ids=links.own,
            dates=dates,
            sources=links.sources,
            actors=links.actors,
            facilities=links.facilities,
            parents=links.before,
        )
    return figures(
        ids=links.own,
        quantities=quantities,
        dates=dates,
        sources=links.sources,
        subjects=links.subjects,
        share_of=links.before,
    )


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
    all_ids = draw(st.lists(_ids(1, 24), min_size=n, max_size=n, unique=True))
    pools: dict[str, list[str]] = {k: [] for k in _KINDS}
    for kind, rid in zip(kinds, all_ids, strict=True):
        pools[kind].append(rid)
    # Links that could form cycles point only at records of the same kind drawn earlier.
    earlier: dict[str, list[str]] = {k: [] for k in _KINDS}
    made: list[Record] = []
    for kind, rid in zip(kinds, all_ids, strict=True):
        links = _Links(
            own=st.just(rid),
            before=_pick(earlier[kind]),
            sources=_pick(pools["source"]),
            actors=_pick(pools["actor"]),
            other_actors=_pick([a for a in pools["actor"] if a != rid]),
            facilities=_pick(pools["facility"]),
            subjects=_pick(pools["event"] + pools["facility"] + pools["actor"]),
        )
        made.append(draw(_record(kind, links, dates, quantities)))
        earlier[kind].append(rid)
    order = draw(st.permutations(range(n))) if n > 1 else list(range(n))
    return Dataset(made[i] for i in order)
