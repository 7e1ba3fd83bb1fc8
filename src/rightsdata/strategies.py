"""Hypothesis strategies for every rightsdata type, for property-testing code built on it.

Install the extra first: ``pip install rightsdata[hypothesis]``. Then:

    from hypothesis import given
    from rightsdata import strategies as rst

    @given(rst.datasets(max_size=20))
    def test_my_pipeline(ds):
        assert ds.validate() == []
        ...

The strategies cover the whole valid space of each type, not only tidy values:
Persian-script names and text (with the zero-width non-joiner, U+200C), any Unicode in
free text, open-ended date ranges, every enum value, every [`Qualifier`][rightsdata.Qualifier]
with bounds that satisfy [`Quantity`][rightsdata.Quantity], time-zone-aware capture times,
decimal ratios with trailing zeros. Every generated value survives the JSON round trip
unchanged.

They follow hypothesis' own style: plural names, keyword-only options, ``min_size`` and
``max_size``, strategies as arguments for the parts (``events(dates=date_ranges(
min_value=date(1988, 1, 1)))``), and ``hypothesis.errors.InvalidArgument`` for bad
options, raised when the strategy is made. [`datasets`][rightsdata.strategies.datasets] builds
internally consistent datasets: every reference resolves, and citation chains and parents have no
cycles.

With the package installed, ``st.from_type(Event)`` (and every other record, part and
value) resolves to these strategies through hypothesis' entry-point plugin.

[`phrases`][rightsdata.strategies.phrases] (and
[`date_phrases`][rightsdata.strategies.date_phrases],
[`quantity_phrases`][rightsdata.strategies.quantity_phrases]) generate the words reports use for
dates and counts, each a [`Phrase`][rightsdata.strategies.Phrase] with the value it means under the
documented conventions, computed without a parser: for testing a reader of such phrases against
generated truth.
"""

from __future__ import annotations

import calendar
import functools
import math
import string
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import attrs
import jdatetime  # type: ignore[import-untyped]

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
    "Phrase",
    "actors",
    "citations",
    "coordinates",
    "datasets",
    "date_phrases",
    "date_ranges",
    "events",
    "facilities",
    "figures",
    "ids",
    "locations",
    "names",
    "participants",
    "phrases",
    "positions",
    "quantities",
    "quantity_phrases",
    "records",
    "reported_dates",
    "shares",
    "sources",
]

T = TypeVar("T")

_STRATEGY_CACHE = 256
"""How many strategies each builder keeps for the arguments it was last called with
(strategies are built once per set of arguments; the cache is bounded, so a caller
who varies them without end does not grow memory without end)."""


_PARTS = 3
"""The most items drawn for a list inside a record (aliases, citations, participants)."""

_DEFAULT_MAX_RECORDS = 50
"""The default ``max_size`` of [`datasets`][rightsdata.strategies.datasets]: about ten records of
each kind."""

# -- text ----------------------------------------------------------------------------

_ANY_CHARACTER = st.characters(codec="utf-8")
"""Every code point but the lone surrogates, which no JSON encoder writes."""

_PERSIAN_LETTERS = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأؤئۀةيك"
_PERSIAN_MARKS = "\u200c\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652۰۱۲۳۴۵۶۷۸۹،؛؟ "
_PERSIAN_CHARACTER = st.sampled_from(_PERSIAN_LETTERS + _PERSIAN_MARKS)
_PLAIN_CHARACTER = st.sampled_from(string.ascii_letters + string.digits + " -.,'")


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
def _nonblank(max_size: int = 40) -> SearchStrategy[str]:
    """Text with at least one non-space character, as the records' ``nonblank`` wants."""
    return _texts(min_size=1, max_size=max_size).filter(lambda s: bool(s.strip()))


def _optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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
    """[`DateRange`][rightsdata.DateRange] values whose known ends lie in ``[min_value,
    max_value]``.

    With ``allow_open`` (the default) either end or both may be ``None``. Every
    [`Precision`][rightsdata.Precision] and [`Calendar`][rightsdata.Calendar], hedged or not, with
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


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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
    """[`Quantity`][rightsdata.Quantity] values whose numbers lie in ``[min_value, max_value]``.

    Every [`Qualifier`][rightsdata.Qualifier], with bounds that satisfy its rules, open ends
    where the qualifier allows them, and with or without a best estimate. ``max_value``
    defaults to [`MAX_COUNT`][rightsdata.quantity.MAX_COUNT], the largest count JSON I/O can carry.
    """
    _check_int("min_value", min_value)
    _check_int("max_value", max_value)
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is greater than max_value={max_value}")
    return _cached_quantities(min_value, max_value)


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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
    """[`Citation`][rightsdata.Citation] values citing a source id drawn from ``sources``."""
    return st.builds(
        Citation,
        source=_ids_or("sources", sources),
        locator=_optional(_nonblank(20)),
        quote=_optional(_nonblank(40)),
    )


def names() -> SearchStrategy[Name]:
    """[`Name`][rightsdata.Name] values: Latin, Persian-script or any text, every kind."""
    return _names()


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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
    """[`Position`][rightsdata.Position] values; ``organizations`` gives actor ids."""
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
    """[`Participant`][rightsdata.Participant] values; ``actors`` gives actor ids."""
    return st.builds(
        Participant,
        actor=_ids_or("actors", actors),
        role=st.sampled_from(ParticipantRole),
        citations=_tuples(citations(sources=_ids_or("sources", sources))),
    )


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
def reported_dates(
    *,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[ReportedDate]:
    """[`ReportedDate`][rightsdata.ReportedDate] values: a date and the sources giving it."""
    return st.builds(
        ReportedDate,
        date=_strategy_or("dates", dates, date_ranges()),
        citations=_tuples(citations(sources=_ids_or("sources", sources)), min_size=1),
    )


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
def _coordinates() -> SearchStrategy[Coordinates]:
    return st.builds(
        Coordinates,
        latitude=st.floats(-90.0, 90.0),
        longitude=st.floats(-180.0, 180.0),
    )


def coordinates() -> SearchStrategy[Coordinates]:
    """[`Coordinates`][rightsdata.Coordinates]: any point with latitude in [-90, 90] and
    longitude in [-180, 180]."""
    return _coordinates()


def locations() -> SearchStrategy[Location]:
    """[`Location`][rightsdata.Location] values, from all-unknown to a point with every name."""
    return _locations()


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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
    """[`Share`][rightsdata.Share] values: a decimal ratio in [0, 1] of a figure from ``of``."""
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


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
def _zones() -> SearchStrategy[timezone]:
    """Fixed UTC offsets of whole minutes, as ISO 8601 writes them (``+HH:MM``).

    zoneinfo zones do not survive ISO 8601 (they become offsets), and the records refuse
    offsets of seconds.
    """
    offsets = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(lambda m: timedelta(minutes=m))
    return st.one_of(st.just(UTC), offsets.map(timezone))


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
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
    """[`Source`][rightsdata.Source] records.

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
    """[`Actor`][rightsdata.Actor] records, with aliases in several scripts and positions.

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
    """[`Facility`][rightsdata.Facility] records.

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
    """[`Event`][rightsdata.Event] records, each citing at least one source.

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
    """[`Figure`][rightsdata.Figure] records, each citing at least one source.

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


@attrs.frozen(kw_only=True, weakref_slot=False)
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


# -- phrases with their expected values ----------------------------------------------
#
# Everything below computes the expected value from the parameters it drew (a day, a
# month, a number, a hedge), with the standard library and jdatetime, following the
# conventions in docs/dates.md and docs/quantities.md. It never calls the parsers, so
# a property test comparing the two checks the parsers against the documentation.


@attrs.frozen(kw_only=True, weakref_slot=False)
class Phrase:
    """A date or number phrase as a report writes it, with the value it must parse to.

    ``expected`` is computed from what the strategy drew (a day, a month, a number, a
    hedge), following the conventions of ``docs/dates.md`` and ``docs/quantities.md``,
    never by calling a parser, so comparing a parser's output with it tests the parser
    against the documentation:

        @given(rst.phrases())
        def test_parser(phrase):
            if isinstance(phrase.expected, DateRange):
                got = DateRange.parse(phrase.text, anchor=phrase.anchor)
            else:
                got = Quantity.parse(phrase.text)
            assert phrase.differences(got) == []

    Every field of ``expected`` is part of the truth: for a date, its bounds, precision
    (the coarser end's for "between X and Y"; for an interval also each end's), hedges,
    calendar and ``text``; for a number, ``low``, ``high``, ``best``, ``qualifier``
    (with the default 10 % margin) and ``text``. A relative phrase is measured in days
    from a one-day anchor, so its precision is ``DAY``, except "this / last / next week,
    month, year", which have their unit's.
    """

    text: str
    """The phrase ("late July 1988", "some 85,000 prisoners", "three days after")."""
    expected: DateRange | Quantity
    """The value the phrase means, with ``text`` set to the phrase."""
    anchor: date | None = None
    """The day a relative phrase ("last week", "on Tuesday") is read against: pass it as
    ``DateRange.parse(text, anchor=anchor)``. ``None`` for an absolute phrase."""

    def differences(self, actual: DateRange | Quantity) -> list[str]:
        """What ``actual`` (a parser's reading of [`text`][rightsdata.DateRange.text]) gets wrong,
        field by field.

        An empty list means it is exactly ``expected``.
        """
        if type(actual) is not type(self.expected):
            return [f"expected a {type(self.expected).__name__}, got {type(actual).__name__}"]
        out: list[str] = []
        for field in attrs.fields(type(self.expected)):
            want, got = getattr(self.expected, field.name), getattr(actual, field.name)
            if want != got:
                out.append(f"{field.name}: expected {want!r}, got {got!r}")
        return out


class _Skip(Exception):
    """The phrase chosen for this draw does not exist (no such day, past year 9999)."""


_G = Calendar.GREGORIAN
_J = Calendar.JALALI
_ONE_DAY = timedelta(days=1)
_EARLIEST_PHRASE_DAY = date(100, 1, 1)
"""Years have three or four digits in the phrases the parser reads."""

_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SOLAR_MONTHS = (
    *("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban"),
    *("Azar", "Dey", "Bahman", "Esfand"),
)
_SOLAR_MONTHS_PERSIAN = (
    *("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی"),
    *("بهمن", "اسفند"),
)
_PERSIAN_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")
_ARABIC_INDIC_DIGITS = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS_WORDS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

_COARSENESS = {
    p: i
    for i, p in enumerate(
        [
            Precision.DAY,
            Precision.WEEK,
            Precision.PART_OF_MONTH,
            Precision.MONTH,
            Precision.SEASON,
            Precision.QUARTER,
            Precision.PART_OF_YEAR,
            Precision.SEMESTER,
            Precision.YEAR,
            Precision.DECADE,
            Precision.CENTURY,
        ]
    )
}


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _COARSENESS[a] >= _COARSENESS[b] else b


def _date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        raise _Skip from None


def _plus(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise _Skip from None


def _month_end(year: int, month: int) -> date:
    if not 1 <= year <= 9999:
        raise _Skip
    return _date(year, month, calendar.monthrange(year, month)[1])


def _months_later(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _solar(day: date) -> tuple[int, int, int]:
    try:
        j = jdatetime.date.fromgregorian(date=day)
    except (ValueError, OverflowError):
        raise _Skip from None  # before year 1 or after year 9377 SH
    return int(j.year), int(j.month), int(j.day)


def _solar_day(year: int, month: int, day: int) -> date:
    try:
        g = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        raise _Skip from None
    return date(g.year, g.month, g.day)


def _solar_month(year: int, month: int) -> tuple[date, date]:
    ny, nm = _months_later(year, month, 1)
    return _solar_day(year, month, 1), _solar_day(ny, nm, 1) - _ONE_DAY


def _expected_date(
    text: str,
    lo: date | None,
    hi: date | None,
    precision: Precision,
    cal: Calendar = _G,
    *,
    ends: tuple[Precision, Precision] | None = None,
    approximate: bool = False,
    uncertain: bool = False,
    time: datetime | None = None,
) -> DateRange:
    """The expected range; ``ends`` gives an interval's start and end precisions."""
    return DateRange(
        earliest=lo,
        latest=hi,
        precision=precision,
        calendar=cal,
        text=text,
        earliest_precision=None if ends is None else ends[0],
        latest_precision=None if ends is None else ends[1],
        approximate=approximate,
        uncertain=uncertain,
        time=time,
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Unit:
    """One date element ("late July 1988") with its bounds, before it is hedged or joined."""

    text: str
    lo: date
    hi: date
    precision: Precision
    cal: Calendar
    bare: str | None = None
    """The text without its year ("late July"), when it can borrow the right end's."""


def _part(day_of_unit: int, sizes: Sequence[int]) -> int:
    """Which of the consecutive parts of ``sizes`` holds the 1-based ``day_of_unit``."""
    for i, size in enumerate(sizes):
        if day_of_unit <= size:
            return i
        day_of_unit -= size
    raise _Skip


# Gregorian elements: each builds the unit of its kind that holds ``d``.


def _g_day(draw: DrawFn, d: date) -> _Unit:
    name = _MONTH_NAMES[d.month - 1]
    if draw(st.booleans()):
        text, bare = f"{d.day} {name} {d.year}", f"{d.day} {name}"
    else:
        text, bare = f"{name} {d.day}, {d.year}", f"{name} {d.day}"
    return _Unit(text=text, lo=d, hi=d, precision=Precision.DAY, cal=_G, bare=bare)


def _g_month(draw: DrawFn, d: date) -> _Unit:
    name = _MONTH_NAMES[d.month - 1]
    return _Unit(
        text=f"{name} {d.year}",
        lo=_date(d.year, d.month, 1),
        hi=_month_end(d.year, d.month),
        precision=Precision.MONTH,
        cal=_G,
        bare=name,
    )


_PART_OF_MONTH_WORDS = (
    ("early", "the beginning of"),
    ("mid", "the middle of"),
    ("late", "the end of"),
)


def _g_part_of_month(draw: DrawFn, d: date) -> _Unit:
    part = 0 if d.day <= 10 else 1 if d.day <= 20 else 2
    word = draw(st.sampled_from(_PART_OF_MONTH_WORDS[part]))
    name = _MONTH_NAMES[d.month - 1]
    last = calendar.monthrange(d.year, d.month)[1]
    first_day, last_day = ((1, 10), (11, 20), (21, last))[part]
    return _Unit(
        text=f"{word} {name} {d.year}",
        lo=_date(d.year, d.month, first_day),
        hi=_date(d.year, d.month, last_day),
        precision=Precision.PART_OF_MONTH,
        cal=_G,
        bare=f"{word} {name}",
    )


def _g_year(draw: DrawFn, d: date) -> _Unit:
    return _Unit(
        text=str(d.year),
        lo=_date(d.year, 1, 1),
        hi=_date(d.year, 12, 31),
        precision=Precision.YEAR,
        cal=_G,
    )


def _g_part_of_year(draw: DrawFn, d: date) -> _Unit:
    part = (d.month - 1) // 4  # January-April, May-August, September-December
    return _Unit(
        text=f"{('early', 'mid', 'late')[part]} {d.year}",
        lo=_date(d.year, 4 * part + 1, 1),
        hi=_month_end(d.year, 4 * part + 4),
        precision=Precision.PART_OF_YEAR,
        cal=_G,
    )


def _g_season(draw: DrawFn, d: date) -> _Unit:
    # Meteorological, northern: winter Y is December Y to February Y+1.
    first = d.month - d.month % 3 if d.month >= 3 else 12
    year = d.year if d.month >= 3 else d.year - 1
    if year < 100:
        raise _Skip
    name = {3: "spring", 6: "summer", 9: draw(st.sampled_from(["autumn", "fall"])), 12: "winter"}[
        first
    ]
    if draw(st.booleans()):  # early / mid / late: one month of it
        part = (d.month - first) % 12
        return _Unit(
            text=f"{('early', 'mid', 'late')[part]} {name} {year}",
            lo=_date(d.year, d.month, 1),
            hi=_month_end(d.year, d.month),
            precision=Precision.MONTH,
            cal=_G,
        )
    spelt = draw(st.sampled_from([f"{name} {year}", f"the {name.capitalize()} of {year}"]))
    if first == 12 and draw(st.booleans()):
        spelt = f"{spelt}-{(year + 1) % 100:02d}"  # "winter 1988-89"
    last_year, last_month = _months_later(year, first, 2)
    return _Unit(
        text=spelt,
        lo=_date(year, first, 1),
        hi=_month_end(last_year, last_month),
        precision=Precision.SEASON,
        cal=_G,
    )


def _g_decade(draw: DrawFn, d: date) -> _Unit:
    first = d.year - d.year % 10
    if first % 100 == 0:
        raise _Skip  # "the 1900s" is as often the century as the decade: not generated
    the = draw(st.sampled_from(["the ", ""]))
    if draw(st.booleans()):
        return _Unit(
            text=f"{the}{first}s",
            lo=_date(first, 1, 1),
            hi=_date(first + 9, 12, 31),
            precision=Precision.DECADE,
            cal=_G,
        )
    part = _part(d.year - first + 1, (4, 3, 3))  # years 0-3, 4-6, 7-9
    start, end = ((0, 3), (4, 6), (7, 9))[part]
    return _Unit(
        text=f"{the}{('early', 'mid', 'late')[part]} {first}s",
        lo=_date(first + start, 1, 1),
        hi=_date(first + end, 12, 31),
        precision=Precision.DECADE,
        cal=_G,
    )


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _g_century(draw: DrawFn, d: date) -> _Unit:
    n = (d.year - 1) // 100 + 1  # the 20th century is 1901-2000
    return _Unit(
        text=f"the {_ordinal(n)} century",
        lo=_date(100 * n - 99, 1, 1),
        hi=_date(100 * n, 12, 31),
        precision=Precision.CENTURY,
        cal=_G,
    )


# Solar Hijri elements; ``persian`` writes Persian month names and Persian or
# Arabic-Indic digits.


def _solar_year_of(d: date) -> tuple[int, int, int]:
    year, month, day = _solar(d)
    if year < 100:
        raise _Skip  # years have three or four digits
    return year, month, day


def _digits(draw: DrawFn, text: str) -> str:
    return text.translate(draw(st.sampled_from([_PERSIAN_DIGITS, _ARABIC_INDIC_DIGITS])))


def _era(draw: DrawFn) -> str:
    return draw(st.sampled_from(["", " SH"]))


def _j_day(draw: DrawFn, d: date, persian: bool) -> _Unit:
    y, m, day = _solar_year_of(d)
    if persian:
        text, bare = _digits(draw, f"{day} {_SOLAR_MONTHS_PERSIAN[m - 1]} {y}"), None
    else:
        text, bare = (
            f"{day} {_SOLAR_MONTHS[m - 1]} {y}{_era(draw)}",
            f"{day} {_SOLAR_MONTHS[m - 1]}",
        )
    return _Unit(text=text, lo=d, hi=d, precision=Precision.DAY, cal=_J, bare=bare)


def _j_month(draw: DrawFn, d: date, persian: bool) -> _Unit:
    y, m, _ = _solar_year_of(d)
    lo, hi = _solar_month(y, m)
    if persian:
        text, bare = _digits(draw, f"{_SOLAR_MONTHS_PERSIAN[m - 1]} {y}"), None
    else:
        text, bare = f"{_SOLAR_MONTHS[m - 1]} {y}{_era(draw)}", _SOLAR_MONTHS[m - 1]
    return _Unit(text=text, lo=lo, hi=hi, precision=Precision.MONTH, cal=_J, bare=bare)


def _j_part_of_month(draw: DrawFn, d: date, persian: bool) -> _Unit:
    y, m, day = _solar_year_of(d)
    first, last = _solar_month(y, m)
    part = 0 if day <= 10 else 1 if day <= 20 else 2
    word = draw(st.sampled_from(_PART_OF_MONTH_WORDS[part]))
    lo = first + timedelta(days=(0, 10, 20)[part])
    hi = (first + timedelta(days=(9, 19)[part])) if part < 2 else last
    name = _SOLAR_MONTHS[m - 1]
    return _Unit(
        text=f"{word} {name} {y}{_era(draw)}",
        lo=lo,
        hi=hi,
        precision=Precision.PART_OF_MONTH,
        cal=_J,
        bare=f"{word} {name}",
    )


def _j_year(draw: DrawFn, d: date, persian: bool) -> _Unit:
    y, _, _ = _solar_year_of(d)
    text = _digits(draw, str(y)) if persian else f"{y} SH"
    lo, hi = _solar_day(y, 1, 1), _solar_day(y + 1, 1, 1) - _ONE_DAY
    return _Unit(text=text, lo=lo, hi=hi, precision=Precision.YEAR, cal=_J)


def _j_season(draw: DrawFn, d: date, persian: bool) -> _Unit:
    # The Solar Hijri seasons are its quarters: summer is Tir-Shahrivar.
    y, m, _ = _solar_year_of(d)
    first = m - (m - 1) % 3
    name = {1: "spring", 4: "summer", 7: draw(st.sampled_from(["autumn", "fall"])), 10: "winter"}[
        first
    ]
    if draw(st.booleans()):
        lo, hi = _solar_month(y, m)
        part = ("early", "mid", "late")[m - first]
        return _Unit(text=f"{part} {name} {y} SH", lo=lo, hi=hi, precision=Precision.MONTH, cal=_J)
    spelt = draw(st.sampled_from([f"{name} {y} SH", f"the {name.capitalize()} of {y} SH"]))
    lo, hi = _solar_month(y, first)[0], _solar_month(y, first + 2)[1]
    return _Unit(text=spelt, lo=lo, hi=hi, precision=Precision.SEASON, cal=_J)


_GREGORIAN_UNITS = (
    _g_day,
    _g_month,
    _g_part_of_month,
    _g_year,
    _g_part_of_year,
    _g_season,
    _g_decade,
    _g_century,
)
_SOLAR_UNITS = (_j_day, _j_month, _j_part_of_month, _j_year, _j_season)


def _unit(draw: DrawFn, d: date, cal: Calendar, *, latin: bool = False) -> _Unit:
    """Any element of ``cal`` holding ``d``; ``latin`` keeps Solar Hijri in Latin letters."""
    if cal is _G:
        return draw(st.sampled_from(_GREGORIAN_UNITS))(draw, d)
    persian = not latin and draw(st.integers(0, 2)) == 0
    return draw(st.sampled_from(_SOLAR_UNITS))(draw, d, persian)


def _later_day(draw: DrawFn, d: date, last: date) -> date:
    """A day from ``d`` to ``last``, mostly within a few years of ``d``."""
    span = min((last - d).days, draw(st.sampled_from([40, 400, 4000])))
    return d + timedelta(days=draw(st.integers(0, span)))


_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_CIRCA = ("circa", "about", "around", "approximately")
_OPEN_ENDS = {
    "before": "before",
    "until": "until",
    "by": "until",
    "through": "until",
    "after": "after",
    "since": "since",
    "from": "since",
}


def _absolute(draw: DrawFn, d: date, last: date, jalali: bool) -> Phrase:
    cal = _J if jalali and draw(st.integers(0, 2)) == 0 else _G
    kind = draw(
        st.sampled_from(
            [
                *("unit", "unit", "weekday", "time", "circa", "doubt", "open", "between"),
                *("interval", "borrow"),
            ]
        )
    )
    if kind == "time":  # "10am GMT Tuesday 4 December 2018": the time kept, aware if zoned
        hour, minute = draw(st.integers(0, 23)), draw(st.sampled_from([0, 0, 15, 30, 45]))
        clock = f"{hour % 12 or 12}{'' if minute == 0 else f':{minute:02d}'}"
        clock += "am" if hour < 12 else "pm"
        zone = draw(st.sampled_from(["GMT", "UTC", ""]))
        weekday = draw(st.sampled_from([_WEEKDAY_NAMES[d.weekday()] + " ", ""]))
        text = f"{clock} {zone} {weekday}{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
        text = " ".join(text.split())
        at = datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC if zone else None)
        return Phrase(text=text, expected=_expected_date(text, d, d, Precision.DAY, time=at))
    if kind == "weekday":
        name, wd = _MONTH_NAMES[d.month - 1], _WEEKDAY_NAMES[d.weekday()]
        text = draw(
            st.sampled_from(
                [
                    f"{wd}, {d.day} {name} {d.year}",
                    f"{wd} {d.day} {name} {d.year}",
                    f"{wd}, {name} {d.day}, {d.year}",
                ]
            )
        )
        return Phrase(text=text, expected=_expected_date(text, d, d, Precision.DAY))
    if kind in ("unit", "circa", "doubt", "open"):
        u = _unit(draw, d, cal)
        if kind == "unit":
            return Phrase(
                text=u.text, expected=_expected_date(u.text, u.lo, u.hi, u.precision, u.cal)
            )
        if kind == "circa":
            text = f"{draw(st.sampled_from(_CIRCA))} {u.text}"
            expected = _expected_date(text, u.lo, u.hi, u.precision, u.cal, approximate=True)
            return Phrase(text=text, expected=expected)
        if kind == "doubt":
            text = draw(st.sampled_from([f"probably {u.text}", f"possibly {u.text}", f"{u.text}?"]))
            expected = _expected_date(text, u.lo, u.hi, u.precision, u.cal, uncertain=True)
            return Phrase(text=text, expected=expected)
        word = draw(st.sampled_from(sorted(_OPEN_ENDS)))
        text = f"{word} {u.text}"
        lo, hi = {
            "before": (None, u.lo - _ONE_DAY if u.lo > date.min else None),
            "until": (None, u.hi),
            "after": (u.hi + _ONE_DAY if u.hi < date.max else None, None),
            "since": (u.lo, None),
        }[_OPEN_ENDS[word]]
        if lo is None and hi is None:
            raise _Skip
        return Phrase(text=text, expected=_expected_date(text, lo, hi, u.precision, u.cal))
    if kind == "borrow":
        return _borrowed(draw, d, last, cal)
    # Two ends, each any element, each written in full.
    a = _unit(draw, d, cal, latin=True)
    b = _unit(draw, _later_day(draw, d, last), cal, latin=True)
    if a.lo > b.hi:
        raise _Skip
    precision = _coarser(a.precision, b.precision)
    if kind == "between":
        text = f"between {a.text} and {b.text}"
        return Phrase(text=text, expected=_expected_date(text, a.lo, b.hi, precision, cal))
    spellings = [f"from {a.text} to {b.text}", f"{a.text} to {b.text}"]
    # "X-Y" is ambiguous when an end has a dash, or after a season: "winter 1988-1989" is
    # the documented spelling of one winter, not an interval from winter 1988 to 1989.
    if "-" not in a.text + b.text and not _SEASON_WORDS & set(a.text.lower().split()):
        spellings.append(f"{a.text}-{b.text}")
    text = draw(st.sampled_from(spellings))
    expected = _expected_date(
        text,
        a.lo,
        b.hi,
        precision,
        cal,
        ends=(a.precision, b.precision),
    )
    return Phrase(text=text, expected=expected)


def _borrowed(draw: DrawFn, d: date, last: date, cal: Calendar) -> Phrase:
    """ "July-September 1988", "20-25 July 1988": the left end takes the right end's year."""
    units: Sequence[Callable[[DrawFn, date], _Unit]]
    if cal is _G:
        year_end, month_end = _date(d.year, 12, 31), _month_end(d.year, d.month)
        day_in_month, units = d.day, (_g_day, _g_month, _g_part_of_month)
    else:
        y, m, day_in_month = _solar_year_of(d)
        year_end, month_end = _solar_day(y + 1, 1, 1) - _ONE_DAY, _solar_month(y, m)[1]
        units = tuple(functools.partial(f, persian=False) for f in _SOLAR_UNITS[:3])
    same_month = draw(st.booleans())
    d2 = _later_day(draw, d, min(last, month_end if same_month else year_end))
    b = draw(st.sampled_from(units))(draw, d2)
    if same_month and cal is _G and draw(st.integers(0, 3)) == 0:
        text = f"{_MONTH_NAMES[d.month - 1]} {d.day}-{d2.day}, {d2.year}"  # "July 20-25, 1988"
        expected = _expected_date(
            text,
            d,
            d2,
            Precision.DAY,
            ends=(Precision.DAY, Precision.DAY),
        )
        return Phrase(text=text, expected=expected)
    if same_month and b.precision is Precision.DAY and b.text[0].isdigit():
        a_text, a_lo, a_precision = str(day_in_month), d, Precision.DAY  # "20-25 July 1988"
    else:
        a = draw(st.sampled_from(units))(draw, d)
        assert a.bare is not None
        a_text, a_lo, a_precision = a.bare, a.lo, a.precision
    if a_lo > b.hi:
        raise _Skip
    joiner = draw(st.sampled_from(["between", "from", "to", "-"]))
    text = {
        "between": f"between {a_text} and {b.text}",
        "from": f"from {a_text} to {b.text}",
        "to": f"{a_text} to {b.text}",
        "-": f"{a_text}-{b.text}",
    }[joiner]
    precision = _coarser(a_precision, b.precision)
    ends = None if joiner == "between" else (a_precision, b.precision)
    return Phrase(text=text, expected=_expected_date(text, a_lo, b.hi, precision, cal, ends=ends))


# Relative phrases, against an anchor day ``a``.

_COUNT_WORDS = dict(enumerate(_NUMBER_WORDS[:13]))


def _count(draw: DrawFn) -> tuple[int, str]:
    """A number of days or weeks (2-12 in words, or 2-400 in digits), and how it is written."""
    if draw(st.booleans()):
        n = draw(st.integers(2, 12))
        return n, _COUNT_WORDS[n]
    n = draw(st.integers(2, 400))
    return n, str(n)


def _week(day: date, step: int = 0) -> tuple[date, date]:
    monday = _plus(day, -day.weekday() + 7 * step)
    return monday, _plus(monday, 6)


def _calendar_month(day: date, step: int = 0) -> tuple[date, date]:
    y, m = _months_later(day.year, day.month, step)
    return _date(y, m, 1), _month_end(y, m)


def _calendar_year(day: date, step: int = 0) -> tuple[date, date]:
    return _date(day.year + step, 1, 1), _date(day.year + step, 12, 31)


_CALENDAR_UNITS = {
    "week": (_week, Precision.WEEK),
    "month": (_calendar_month, Precision.MONTH),
    "year": (_calendar_year, Precision.YEAR),
}


def _back(day: date, n: int, unit: str) -> date:
    """``day`` minus ``n`` units; a month or year back keeps the day, or the month's last."""
    if unit in ("day", "week"):
        return _plus(day, -n * (7 if unit == "week" else 1))
    y, m = _months_later(day.year, day.month, -n * (12 if unit == "year" else 1))
    if y < 1:
        raise _Skip
    return _date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _nearest_year(a: date, make: Callable[[int], tuple[date, date]]) -> tuple[date, date]:
    """The occurrence of a day or month without a year nearest ``a`` (ties are skipped)."""
    found: list[tuple[int, tuple[date, date]]] = []
    for year in (a.year - 1, a.year, a.year + 1):
        try:
            lo, hi = make(year)
        except (_Skip, ValueError):
            continue
        distance = 0 if lo <= a <= hi else min(abs((lo - a).days), abs((hi - a).days))
        found.append((distance, (lo, hi)))
    found.sort(key=lambda f: f[0])
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        raise _Skip
    return found[0][1]


def _relative(draw: DrawFn, a: date) -> Phrase:
    kind = draw(
        st.sampled_from(
            [
                *("day", "calendar", "calendar", "earlier", "to_date", "past", "shift"),
                "shift_from",
                *("weekday", "no_year"),
            ]
        )
    )
    anchor: date | None = a
    ends: tuple[Precision, Precision] | None = None
    precision = Precision.DAY
    if kind == "day":
        text, offset = draw(st.sampled_from([("today", 0), ("yesterday", -1), ("tomorrow", 1)]))
        lo = hi = _plus(a, offset)
    elif kind == "calendar":
        which, step = draw(st.sampled_from([("this", 0), ("last", -1), ("next", 1)]))
        unit = draw(st.sampled_from(sorted(_CALENDAR_UNITS)))
        bounds, precision = _CALENDAR_UNITS[unit]
        text = f"{which} {unit}"
        lo, hi = bounds(a, step)
    elif kind == "earlier":
        which = draw(st.sampled_from(["earlier", "later"]))
        unit = draw(st.sampled_from(sorted(_CALENDAR_UNITS)))
        start, end = _CALENDAR_UNITS[unit][0](a, 0)
        text = f"{which} this {unit}"
        lo, hi = (start, _plus(a, -1)) if which == "earlier" else (_plus(a, 1), end)
        if lo > hi:
            raise _Skip  # nothing of the unit is before (after) the anchor
    elif kind == "to_date":
        text = draw(st.sampled_from(["to date this year", "so far this year", "year to date"]))
        lo, hi = _date(a.year, 1, 1), a
        ends = (Precision.DAY, Precision.DAY)
    elif kind == "past":
        unit = draw(st.sampled_from(["day", "week", "month", "year"]))
        if draw(st.booleans()):
            n, word = _count(draw)
            text = f"the {draw(st.sampled_from(['past', 'last']))} {word} {unit}s"
        else:
            n, text = 1, f"the past {unit}"
        lo, hi = _back(a, n, unit), a
        ends = (Precision.DAY, Precision.DAY)
    elif kind in ("shift", "shift_from"):
        n, word = _count(draw)
        unit = draw(st.sampled_from(["day", "week"]))
        days = n * (7 if unit == "week" else 1)
        if kind == "shift_from":  # "three days after 20 July 1988": from that day, no anchor
            direction = draw(st.sampled_from(["after", "before"]))
            text = f"{word} {unit}s {direction} {a.day} {_MONTH_NAMES[a.month - 1]} {a.year}"
            anchor = None
        else:
            direction = draw(st.sampled_from(["after", "before", "later", "earlier", "ago"]))
            text = f"{word} {unit}s {direction}"
        lo = hi = _plus(a, days if direction in ("after", "later") else -days)
    elif kind == "weekday":
        wd = draw(st.integers(0, 6))
        name = _WEEKDAY_NAMES[wd]
        which = draw(st.sampled_from(["on", "", "last", "next"]))
        text = f"{which} {name}".strip()
        back = (a.weekday() - wd) % 7  # days back to the latest such weekday on or before a
        if which == "last":
            back = back or 7
        lo = hi = _plus(a, (7 - back if back else 7) if which == "next" else -back)
    else:  # a day or month without a year: the occurrence nearest the anchor
        month = draw(st.integers(1, 12))
        name = _MONTH_NAMES[month - 1]
        if draw(st.booleans()):
            day = draw(st.integers(1, 31))
            text = draw(st.sampled_from([f"{day} {name}", f"{name} {day}"]))
            lo, hi = _nearest_year(a, lambda y: (_date(y, month, day),) * 2)
        else:
            text, precision = name, Precision.MONTH
            lo, hi = _nearest_year(a, lambda y: (_date(y, month, 1), _month_end(y, month)))
    return Phrase(
        text=text, expected=_expected_date(text, lo, hi, precision, ends=ends), anchor=anchor
    )


def _plain_day(d: date) -> Phrase:
    text = f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"
    return Phrase(text=text, expected=_expected_date(text, d, d, Precision.DAY))


def _dates_within(r: DateRange, low: date, high: date) -> bool:
    return all(end is None or low <= end <= high for end in (r.earliest, r.latest))


def date_phrases(
    *,
    min_value: date = _EARLIEST_PHRASE_DAY,
    max_value: date = date.max,
    relative: bool = True,
    jalali: bool = True,
) -> SearchStrategy[Phrase]:
    """[`Phrase`][rightsdata.strategies.Phrase] values for dates, each with the
    [`DateRange`][rightsdata.DateRange] it means.

    The phrases follow the conventions of ``docs/dates.md``: days ("20 July 1988", "July
    20, 1988", with a correct weekday), months, early / mid / late (or the beginning /
    middle / end of) a month, early / mid / late years, seasons (winter runs into the next
    year, "winter 1988-89") and early / mid / late seasons, decades and their parts,
    centuries; "circa / about / around / approximately X" (``approximate``), "probably /
    possibly X" and "X?" (``uncertain``); "before / until / by / through / after / since /
    from X" (one open end); "between X and Y"; "from X to Y", "X to Y", "X-Y" (intervals),
    also with the left end borrowing the right end's year and month ("July-September
    1988", "20-25 July 1988", "July 20-25, 1988").

    With ``jalali`` (the default), also Solar Hijri dates: "1367 SH", "29 Tir 1367", "late
    Tir 1367", "the Summer of 1367 SH" (its quarters), and Persian month names with Persian
    or Arabic-Indic digits ("۲۹ تیر ۱۳۶۷"). With ``relative`` (the default), also phrases
    read against ``Phrase.anchor``: "today", "last week", "earlier this year", "year to
    date", "the past two months", "three days after", "on Tuesday", "next Friday", a day or
    month without a year (its nearest occurrence), and "three days after 20 July 1988"
    (measured from that day: no anchor).

    Every known end of the expected range, and every anchor, lies in ``[min_value,
    max_value]``; a phrase whose bounds would fall outside (or past year 9999) is replaced
    by the plain day it was built around. ``min_value`` cannot be before 1 January 100:
    the phrases write years with three or four digits.
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not date:
            raise InvalidArgument(f"{name}={value!r} must be a datetime.date")
    if min_value < _EARLIEST_PHRASE_DAY:
        raise InvalidArgument(
            f"min_value={min_value!r} is before {_EARLIEST_PHRASE_DAY!r}: phrases write "
            "years with three or four digits"
        )
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value!r} is after max_value={max_value!r}")
    for name, flag in (("relative", relative), ("jalali", jalali)):
        if type(flag) is not bool:
            raise InvalidArgument(f"{name}={flag!r} must be True or False")
    return _cached_date_phrases(min_value, max_value, relative, jalali)


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
def _cached_date_phrases(
    min_value: date, max_value: date, relative: bool, jalali: bool
) -> SearchStrategy[Phrase]:
    days = st.dates(min_value=min_value, max_value=max_value)
    recent_start, recent_end = max(min_value, _RECENT[0]), min(max_value, _RECENT[1])
    if recent_start <= recent_end:  # mostly the years reports are about
        days = st.one_of(st.dates(min_value=recent_start, max_value=recent_end), days)
    return _date_phrases(days, min_value, max_value, relative, jalali)


_RECENT = (date(1900, 1, 1), date(2039, 12, 31))


@st.composite
def _date_phrases(
    draw: DrawFn,
    days: SearchStrategy[date],
    min_value: date,
    max_value: date,
    relative: bool,
    jalali: bool,
) -> Phrase:
    day = draw(days)
    phrase: Phrase | None
    try:
        if relative and draw(st.integers(0, 2)) == 0:
            phrase = _relative(draw, day)
        else:
            phrase = _absolute(draw, day, max_value, jalali)
    except _Skip:
        phrase = None
    if phrase is None:
        return _plain_day(day)
    assert isinstance(phrase.expected, DateRange)
    if not _dates_within(phrase.expected, min_value, max_value):
        return _plain_day(day)
    return phrase


# Quantity phrases.


def _words(n: int) -> str:
    """``n`` (below a million) in English words: "two hundred and fifty"."""
    if n < 20:
        return _NUMBER_WORDS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS_WORDS[tens] + (f"-{_NUMBER_WORDS[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_NUMBER_WORDS[hundreds]} hundred"
        return f"{head} and {_words(rest)}" if rest else head
    thousands, rest = divmod(n, 1000)
    head = f"{_words(thousands)} thousand"
    if not rest:
        return head
    return f"{head} and {_words(rest)}" if rest < 100 else f"{head} {_words(rest)}"


_SCALE_WORDS = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


_DIGIT_STYLES: tuple[Callable[[int], str], ...] = (
    str,
    lambda n: f"{n:,}",
    lambda n: f"{n:,}".translate(_PERSIAN_DIGITS),
    lambda n: str(n).translate(_PERSIAN_DIGITS),
    lambda n: f"{n:,}".translate(_ARABIC_INDIC_DIGITS),
)
"""Ways to write a number in digits: plain, with separators, Persian, Arabic-Indic."""


def _number(draw: DrawFn, n: int) -> str:
    """``n`` as a report may write it: digits, separators, other scripts, words."""
    forms = [style(n) for style in _DIGIT_STYLES]
    if n < 10**6:
        forms += [_words(n)] * 2
    for scale, word in _SCALE_WORDS:
        if n >= scale and n % (scale // 10) == 0:  # "1.5 million", "30 thousand"
            whole, tenth = divmod(n * 10 // scale, 10)
            forms.append(f"{whole}.{tenth} {word}" if tenth else f"{whole} {word}")
            break
    if n in (500_000, 500_000_000):
        forms.append(f"half a {'million' if n == 500_000 else 'billion'}")
    if n == 12:
        forms.append("a dozen")
    elif n == 6:
        forms.append("half a dozen")
    elif n % 12 == 0 and 0 < n <= 240:
        forms.append(f"{n // 12} dozen")
    return draw(st.sampled_from(forms))


_UNITS = ("", " people", " prisoners", " political prisoners", " cities", " executions")
_QUANTITY_HEDGES = {
    "at_least": ("at least", "no fewer than", "no less than"),
    "more_than": ("more than", "over", "upwards of", "in excess of"),
    "at_most": ("at most", "up to", "no more than"),
    "fewer_than": ("fewer than", "less than", "under"),
    "about": (
        *("some", "about", "around", "approximately", "roughly", "an estimated", "circa"),
        "~",
    ),
    "nearly": ("nearly", "almost"),
}
_VAGUE_RULES = (
    ("tens", 10, 2),
    ("dozens", 12, 2),
    ("several dozen", 12, 3),
    ("scores", 20, 2),
    ("hundreds", 100, 2),
    ("several hundred", 100, 3),
    ("thousands", 1000, 2),
    ("several thousand", 1000, 3),
    ("tens of thousands", 10**4, 2),
    ("hundreds of thousands", 10**5, 2),
    ("several hundred thousand", 10**5, 3),
    ("millions", 10**6, 2),
    ("several million", 10**6, 3),
    ("tens of millions", 10**7, 2),
    ("hundreds of millions", 10**8, 2),
    ("billions", 10**9, 2),
    ("several billion", 10**9, 3),
)
"""The documented rule: "Xs" is 2 X to 10 X - 1, "several X" 3 X to 10 X - 1."""


def _margin_of(n: int) -> int:
    """The default approximation margin, 10 % of ``n`` rounded up (bounds round outward)."""
    return math.ceil(Fraction(n, 10))


def _quantity(draw: DrawFn, n: int, low_limit: int, high_limit: int) -> Phrase:
    kind = draw(
        st.sampled_from(
            [
                *("exact", "exact", "at_least", "more_than", "at_most", "fewer_than"),
                *("about", "nearly", "stated", "range", "multiplied", "vague"),
            ]
        )
    )
    unit = draw(st.sampled_from(_UNITS))
    low: int | None
    high: int | None
    best: int | None = None
    if kind == "vague":
        fitting = [
            (phrase, k * x, 10 * x - 1)
            for phrase, x, k in _VAGUE_RULES
            if low_limit <= k * x and 10 * x - 1 <= high_limit
        ]
        if not fitting:
            raise _Skip
        phrase, low, high = draw(st.sampled_from(fitting))
        if unit and phrase.endswith("s"):
            unit = " of" + unit  # "hundreds of prisoners"
        text, qualifier = phrase + unit, Qualifier.VAGUE
    elif kind in ("range", "multiplied"):
        qualifier = Qualifier.RANGE
        if kind == "range":
            a, b = sorted((n, draw(st.integers(low_limit, high_limit))))
            style = draw(st.sampled_from(_DIGIT_STYLES))
            left, right = style(a), style(b)
            low, high = a, b
        else:  # "2-3 million", "between two and three hundred", "between 200 and 3 million"
            scale, word = draw(st.sampled_from([(100, "hundred"), *_SCALE_WORDS]))
            b = draw(st.integers(1, 20))
            a = draw(st.integers(1, 9)) if draw(st.booleans()) else draw(st.integers(1, 999))
            written = _words(a) if a < 10 and b < 10 and draw(st.booleans()) else str(a)
            left, right = written, f"{_words(b) if written.isalpha() else b} {word}"
            low, high = (a * scale if a <= b else a), b * scale
            if low > high:
                raise _Skip
        text = draw(
            st.sampled_from(
                [
                    f"{left}-{right}",
                    f"{left}–{right}",
                    f"{left} to {right}",
                    f"between {left} and {right}",
                    f"from {left} to {right}",
                ]
            )
        )
        text += unit
    elif kind == "stated":  # "about 85,000 (80,750–89,250)"
        low = max(low_limit, n - draw(st.integers(0, n // 4)))
        high = min(high_limit, n + draw(st.integers(0, n // 4)))
        best, qualifier = n, Qualifier.APPROXIMATELY
        text = f"about {n:,} ({low:,}–{high:,}){unit}"
    else:
        written = _number(draw, n)
        if kind == "exact":
            low = high = best = n
            text, qualifier = written + unit, Qualifier.EXACT
        else:
            hedge = draw(st.sampled_from(_QUANTITY_HEDGES[kind]))
            text = f"{hedge}{'' if hedge == '~' else ' '}{written}{unit}"
            margin = _margin_of(n)
            low, high, best, qualifier = {
                "at_least": (n, None, None, Qualifier.AT_LEAST),
                "more_than": (n + 1, None, None, Qualifier.MORE_THAN),
                "at_most": (0, n, None, Qualifier.AT_MOST),
                "fewer_than": (0, n - 1, None, Qualifier.FEWER_THAN),
                "about": (max(0, n - margin), n + margin, n, Qualifier.APPROXIMATELY),
                "nearly": (max(0, n - margin), n, n, Qualifier.APPROXIMATELY),
            }[kind]
    for value in (low, high, best):
        if value is not None and not low_limit <= value <= high_limit:
            raise _Skip
    if low is not None and high is not None and low > high:
        raise _Skip
    # Case does not matter: mostly as written, sometimes capitalised or in capitals.
    text = draw(st.sampled_from([text] * 4 + [text[:1].upper() + text[1:]] * 2 + [text.upper()]))
    return Phrase(
        text=text,
        expected=Quantity(low=low, high=high, best=best, qualifier=qualifier, text=text),
    )


def quantity_phrases(*, min_value: int = 0, max_value: int = MAX_COUNT) -> SearchStrategy[Phrase]:
    """[`Phrase`][rightsdata.strategies.Phrase] values for counts, each with the
    [`Quantity`][rightsdata.Quantity] it means.

    The phrases follow the conventions of ``docs/quantities.md``: a number in digits
    (with or without thousands separators), in Persian or Arabic-Indic digits (with ``٬``),
    in English words ("two hundred and fifty", "a dozen", "1.5 million"); hedged with
    "at least / no fewer than / no less than", "more than / over / upwards of / in excess
    of" (N + 1), "at most / up to / no more than", "fewer than / less than / under"
    (N - 1), "some / about / around / approximately / roughly / an estimated / circa / ~"
    (N ± 10 % rounded outward), "nearly / almost" (the lower half of that), or with stated
    bounds ("about 85,000 (80,750–89,250)"); ranges "A-B", "A–B", "A to B", "between A and
    B", "from A to B", including a multiplier that covers both ends ("2-3 million");
    vague orders ("hundreds", "several dozen", by the documented rule); each optionally
    followed by a unit ("prisoners", "of prisoners" after a plural vague order), in any
    letter case.

    Every number of the expected quantity (``low``, ``high``, ``best``) lies in
    ``[min_value, max_value]``; a phrase that would leave it is replaced by the plain
    number it was built around.
    """
    _check_int("min_value", min_value)
    _check_int("max_value", max_value)
    if max_value > MAX_COUNT:
        raise InvalidArgument(f"max_value={max_value} is above MAX_COUNT={MAX_COUNT}")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is greater than max_value={max_value}")
    return _cached_quantity_phrases(min_value, max_value)


@functools.lru_cache(maxsize=_STRATEGY_CACHE)
def _cached_quantity_phrases(min_value: int, max_value: int) -> SearchStrategy[Phrase]:
    numbers = [st.integers(min_value, max_value)]
    for small in (999, 10**6):
        if min_value <= small < max_value:
            numbers.insert(0, st.integers(min_value, small))
    return _quantity_phrases(st.one_of(numbers), min_value, max_value)


@st.composite
def _quantity_phrases(
    draw: DrawFn, numbers: SearchStrategy[int], min_value: int, max_value: int
) -> Phrase:
    n = draw(numbers)
    if n >= 100 and draw(st.booleans()):  # reports round: 85,000 rather than 84,731
        rounded = round(n, 2 - len(str(n)))
        if min_value <= rounded <= max_value:
            n = rounded
    try:
        return _quantity(draw, n, min_value, max_value)
    except _Skip:
        text = str(n)
        return Phrase(text=text, expected=Quantity.exact(n, text=text))


def phrases() -> SearchStrategy[Phrase]:
    """Date and number phrases with their expected values:
    [`date_phrases`][rightsdata.strategies.date_phrases] or
    [`quantity_phrases`][rightsdata.strategies.quantity_phrases] with their default options."""
    return st.one_of(
        _cached_date_phrases(_EARLIEST_PHRASE_DAY, date.max, True, True),
        _cached_quantity_phrases(0, MAX_COUNT),
    )
