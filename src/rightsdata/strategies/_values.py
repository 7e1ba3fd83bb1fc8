"""Strategies for values: text, ids, date ranges, quantities, ratios, capture times, coordinates."""

from __future__ import annotations

import functools
import string
from collections.abc import Callable
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
_SPACES = "".join(c for c in map(chr, range(0x3000 + 1)) if c.isspace())
"""Every whitespace character (none is above U+3000)."""
_NO_SPACE = st.characters(codec="utf-8", exclude_characters=_SPACES)
_PERSIAN_NO_SPACE = st.sampled_from(
    [c for c in _PERSIAN_LETTERS + _PERSIAN_MARKS if not c.isspace()]
)


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
    """Text with at least one non-space character, as the records' ``nonblank`` wants
    (text of spaces only gets an ``x`` for its first character: a third faster to draw
    than a filter, which draws again)."""
    text = texts(min_size=1, max_size=max_size)

    @st.composite
    def nonblank_text(draw: DrawFn) -> str:
        value = draw(text)
        return value if value.strip() else "x" + value[1:]

    return nonblank_text()


def optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


def built(target: Callable[..., T], **fields: SearchStrategy[object]) -> SearchStrategy[T]:
    """Like ``st.builds``, drawing the keyword arguments in order, but without marking each
    as an argument for hypothesis' explain phase, which varies every marked argument of a
    failing example up to a hundred times (with a dataset of records, thousands of calls)."""

    @st.composite
    def build(draw: DrawFn) -> T:
        return target(**{name: draw(strategy) for name, strategy in fields.items()})

    return build()


@functools.lru_cache(maxsize=32)
def masks(n: int) -> SearchStrategy[int]:
    """An ``n``-bit mask: which of ``n`` optional fields are present (one choice for all
    of them; it shrinks towards none present)."""
    return st.integers(0, 2**n - 1)


def has(mask: int, bit: int) -> bool:
    """Whether ``bit`` of ``mask`` is set."""
    return bool(mask >> bit & 1)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def open_vocabulary(documented: frozenset[str]) -> SearchStrategy[str]:
    """An open vocabulary: mostly a documented value, sometimes any non-blank text."""
    return st.one_of(st.sampled_from(sorted(documented)), nonblank(20))


SCRIPTS = st.one_of(st.sampled_from(["Latn", "Arab", "Cyrl", "Hebr"]), texts(max_size=8))
LANGUAGES = st.one_of(st.sampled_from(["fa", "en", "ar", "fr", "de", "fa-Latn"]), texts(max_size=8))


# -- ids -----------------------------------------------------------------------------

_SLUG_START = string.ascii_lowercase + string.digits
_SLUG_REST = "-_.:"


def ids(*, min_size: int = 1, max_size: int = 24) -> SearchStrategy[str]:
    """Record ids: non-empty strings without whitespace.

    Mostly readable slugs (``amnesty-2018``), sometimes any Unicode without spaces
    (Persian letters included), as the records allow.
    """
    check_sizes(min_size, max_size, minimum=1)
    return cached_ids(min_size, max_size)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_ids(min_size: int, max_size: int) -> SearchStrategy[str]:
    slug = st.text(st.sampled_from(_SLUG_START + _SLUG_REST), min_size=min_size, max_size=max_size)
    return st.one_of(
        slug,
        st.text(_PERSIAN_NO_SPACE, min_size=min_size, max_size=max_size),
        st.text(_NO_SPACE, min_size=min_size, max_size=max_size),
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


_CENTRE = date(2000, 1, 1).toordinal()
"""The day date ranges shrink towards (when in range): a readable 2000-01-01."""
_PRECISIONS = st.sampled_from(Precision)
_END_PRECISIONS = st.sampled_from([p for p in Precision if p is not Precision.UNKNOWN])
_CALENDARS = st.sampled_from(Calendar)
_TIMES = st.times()
_SPANS = st.integers(0, date.max.toordinal())


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _cached_date_ranges(
    min_value: date, max_value: date, allow_open: bool
) -> SearchStrategy[DateRange]:
    lo, hi = min_value.toordinal(), max_value.toordinal()
    centre = min(max(_CENTRE, lo), hi)
    return _date_ranges(lo, hi, centre, st.integers(lo - centre, hi - centre), allow_open)


@st.composite
def _date_ranges(
    draw: DrawFn, lo: int, hi: int, centre: int, days: SearchStrategy[int], allow_open: bool
) -> DateRange:
    """Days as offsets from ``centre`` (so they shrink to it), the latest a span after the
    earliest; which optional parts are present is one mask."""
    mask = draw(masks(8))
    first: int | None = centre + draw(days) if has(mask, 0) or not allow_open else None
    last: int | None = None
    if has(mask, 1) or not allow_open:  # after the first day, a span (0: the same day)
        last = centre + draw(days) if first is None else first + draw(_SPANS) % (hi - first + 1)
    earliest = None if first is None else date.fromordinal(first)
    latest = None if last is None else date.fromordinal(last)
    time: datetime | None = None
    if earliest is not None and earliest == latest and has(mask, 7):
        time = datetime.combine(earliest, draw(_TIMES))
        zone = draw(_maybe_zones())
        time = time if zone is None else time.replace(tzinfo=zone)
    return DateRange(
        earliest=earliest,
        latest=latest,
        precision=draw(_PRECISIONS),
        approximate=has(mask, 2),
        uncertain=has(mask, 3),
        calendar=draw(_CALENDARS),
        text=draw(texts()) if has(mask, 4) else None,
        earliest_precision=draw(_end_precision(earliest)) if has(mask, 5) else None,
        latest_precision=draw(_end_precision(latest)) if has(mask, 6) else None,
        time=time,
    )


def _end_precision(end: date | None) -> SearchStrategy[Precision]:
    """The precisions an interval end can have: ``UNKNOWN`` only for an end with no day."""
    return _PRECISIONS if end is None else _END_PRECISIONS


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
    return _quantities(min_value, max_value, st.integers(min_value, max_value))


_QUALIFIERS = st.sampled_from(Qualifier)
_OFFSETS = st.integers(0, MAX_COUNT)


@st.composite
def _quantities(
    draw: DrawFn, min_value: int, max_value: int, numbers: SearchStrategy[int]
) -> Quantity:
    """A qualifier, then bounds that satisfy it: ``high`` and ``best`` are offsets above
    the bound below them (so they shrink to it); which optional parts are present is one
    mask."""
    qualifier = draw(_QUALIFIERS)
    mask = draw(masks(4))
    low: int | None
    high: int | None
    if qualifier is Qualifier.EXACT:
        low = high = draw(numbers)
    else:
        both = qualifier is Qualifier.RANGE
        low = draw(numbers) if both or has(mask, 0) else None
        base = min_value if low is None else low
        high = base + draw(_OFFSETS) % (max_value - base + 1) if both or has(mask, 1) else None
    best = None
    if has(mask, 2):
        below = min_value if low is None else low
        best = below + draw(_OFFSETS) % ((max_value if high is None else high) - below + 1)
    return Quantity(
        low=low,
        high=high,
        best=best,
        qualifier=qualifier,
        text=draw(texts()) if has(mask, 3) else None,
    )


_PLACES = st.integers(0, 6)
_SCALED = tuple(st.integers(0, 10**places) for places in range(7))


@st.composite
def _scaled_ratio(draw: DrawFn) -> Decimal:
    """``n`` / 10**places for n in [0, 10**places]: "0.25", "1.000", "0"."""
    places = draw(_PLACES)
    return Decimal(draw(_SCALED[places])).scaleb(-places)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def ratios() -> SearchStrategy[Decimal]:
    """Finite decimals in [0, 1], with trailing zeros and exponents kept as written."""
    return st.one_of(
        _scaled_ratio(),
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


@functools.lru_cache(maxsize=1)
def _maybe_zones() -> SearchStrategy[timezone | None]:
    return optional(_zones())


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def captured() -> SearchStrategy[datetime]:
    """Aware datetimes with fixed offsets."""
    return built(_in_zone, moment=st.datetimes(), zone=_zones())


def _in_zone(*, moment: datetime, zone: timezone) -> datetime:
    return moment.replace(tzinfo=zone)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _coordinates() -> SearchStrategy[Coordinates]:
    return built(Coordinates, latitude=st.floats(-90.0, 90.0), longitude=st.floats(-180.0, 180.0))


def coordinates() -> SearchStrategy[Coordinates]:
    """[`Coordinates`][rightsdata.Coordinates]: any point with latitude in [-90, 90] and
    longitude in [-180, 180]."""
    return _coordinates()
