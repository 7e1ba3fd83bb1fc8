"""Strategies for values: text, ids, date ranges, quantities, ratios, capture times, coordinates."""

from __future__ import annotations

import functools
import string
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dates import Calendar, DateRange, Precision
from rightsdata.quantity import MAX_COUNT, Qualifier, Quantity
from rightsdata.records import Coordinates
from rightsdata.strategies._options import STRATEGY_CACHE, check_int, check_sizes, strategy_or

T = TypeVar("T")

# -- text ----------------------------------------------------------------------------

_ANY_CHARACTER = st.characters(codec="utf-8")
"""Every code point but the lone surrogates, which no JSON encoder writes."""

_PERSIAN_LETTERS = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأؤئۀةيك"
_PERSIAN_MARKS = "\u200c\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652۰۱۲۳۴۵۶۷۸۹،؛؟ "
_PERSIAN_CHARACTER = st.sampled_from(_PERSIAN_LETTERS + _PERSIAN_MARKS)
_PLAIN_CHARACTER = st.sampled_from(string.ascii_letters + string.digits + " -.,'")


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def texts(*, min_size: int = 0, max_size: int = 40) -> SearchStrategy[str]:
    """Free text: plain Latin, Persian script (with ZWNJ), mixed, or any valid Unicode."""
    return st.one_of(
        st.text(_PLAIN_CHARACTER, min_size=min_size, max_size=max_size),
        st.text(_PERSIAN_CHARACTER, min_size=min_size, max_size=max_size),
        st.text(
            st.one_of(_PLAIN_CHARACTER, _PERSIAN_CHARACTER), min_size=min_size, max_size=max_size
        ),
        st.text(_ANY_CHARACTER, min_size=min_size, max_size=max_size),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def nonblank(max_size: int = 40) -> SearchStrategy[str]:
    """Text with at least one non-space character, as the records' ``nonblank`` wants."""
    return texts(min_size=1, max_size=max_size).filter(lambda s: bool(s.strip()))


def optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def open_vocabulary(documented: frozenset[str]) -> SearchStrategy[str]:
    """An open vocabulary: mostly a documented value, sometimes any non-blank text."""
    return st.one_of(st.sampled_from(sorted(documented)), nonblank(20))


SCRIPTS = st.one_of(st.sampled_from(["Latn", "Arab", "Cyrl", "Hebr"]), texts(max_size=8))
LANGUAGES = st.one_of(st.sampled_from(["fa", "en", "ar", "fr", "de", "fa-Latn"]), texts(max_size=8))


# -- ids -----------------------------------------------------------------------------

_SLUG_START = string.ascii_lowercase + string.digits
_SLUG_REST = _SLUG_START + "-_.:"


def ids(*, min_size: int = 1, max_size: int = 24) -> SearchStrategy[str]:
    """Record ids: non-empty strings without whitespace.

    Mostly readable slugs (``amnesty-2018``), sometimes any Unicode without spaces
    (Persian letters included), as the records allow.
    """
    check_sizes(min_size, max_size, minimum=1)
    return cached_ids(min_size, max_size)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_ids(min_size: int, max_size: int) -> SearchStrategy[str]:
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


def ids_or(name: str, value: SearchStrategy[str] | None) -> SearchStrategy[str]:
    return strategy_or(name, value, cached_ids(1, 24))


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


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _cached_date_ranges(
    min_value: date, max_value: date, allow_open: bool
) -> SearchStrategy[DateRange]:
    return _date_ranges(min_value, max_value, allow_open)


@st.composite
def _date_ranges(draw: DrawFn, min_value: date, max_value: date, allow_open: bool) -> DateRange:
    days = st.dates(min_value=min_value, max_value=max_value)
    earliest = draw(optional(days) if allow_open else days)
    if earliest is None:
        later = days
    else:
        later = st.one_of(st.just(earliest), st.dates(min_value=earliest, max_value=max_value))
    latest = draw(optional(later) if allow_open else later)
    time: datetime | None = None
    if earliest is not None and earliest == latest:
        day = st.times().map(lambda t: datetime.combine(earliest, t))
        aware = st.builds(datetime.replace, day, tzinfo=_zones())
        time = draw(optional(st.one_of(day, aware)))
    return DateRange(
        earliest=earliest,
        latest=latest,
        precision=draw(st.sampled_from(Precision)),
        approximate=draw(st.booleans()),
        uncertain=draw(st.booleans()),
        calendar=draw(st.sampled_from(Calendar)),
        text=draw(optional(texts())),
        earliest_precision=draw(optional(_end_precisions(earliest))),
        latest_precision=draw(optional(_end_precisions(latest))),
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
    check_int("min_value", min_value)
    check_int("max_value", max_value)
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is greater than max_value={max_value}")
    return cached_quantities(min_value, max_value)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_quantities(min_value: int, max_value: int) -> SearchStrategy[Quantity]:
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
        low = draw(numbers if both else optional(numbers))
        above = st.integers(min_value if low is None else low, max_value)
        high = draw(above if both else optional(above))
    best_range = st.integers(min_value if low is None else low, max_value if high is None else high)
    return Quantity(
        low=low,
        high=high,
        best=draw(optional(best_range)),
        qualifier=qualifier,
        text=draw(optional(texts())),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def ratios() -> SearchStrategy[Decimal]:
    """Finite decimals in [0, 1], with trailing zeros and exponents kept as written."""
    scaled = st.integers(0, 6).flatmap(
        lambda places: st.integers(0, 10**places).map(lambda n: Decimal(n).scaleb(-places))
    )
    return st.one_of(
        scaled,
        st.sampled_from([Decimal("0.50"), Decimal("5E-1"), Decimal("0E+2"), Decimal("-0")]),
        st.decimals(min_value=0, max_value=1, allow_nan=False, allow_infinity=False),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _zones() -> SearchStrategy[timezone]:
    """Fixed UTC offsets of whole minutes, as ISO 8601 writes them (``+HH:MM``).

    zoneinfo zones do not survive ISO 8601 (they become offsets), and the records refuse
    offsets of seconds.
    """
    offsets = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(lambda m: timedelta(minutes=m))
    return st.one_of(st.just(UTC), offsets.map(timezone))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def captured() -> SearchStrategy[datetime]:
    """Aware datetimes with fixed offsets."""
    return st.builds(datetime.replace, st.datetimes(), tzinfo=_zones())


@functools.lru_cache(maxsize=STRATEGY_CACHE)
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
