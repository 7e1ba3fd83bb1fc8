"""The DateRange value: what a report says about *when*, as an interval of days."""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Self

import attrs

from rightsdata._typed import typed
from rightsdata.dates._fast_range import make_fast_range
from rightsdata.errors import ValidationError

if TYPE_CHECKING:
    from rightsdata.dates.allen import Relation

__all__ = ["MAX_TEXT_LENGTH", "Calendar", "DateRange", "Precision", "coarser"]


class Precision(enum.Enum):
    """How finely a date was stated: the unit its bounds were given in.

    For an interval, the coarser of its two ends.
    """

    DAY = "day"
    """A single day ("20 July 1988")."""
    WEEK = "week"
    """A week ("last week")."""
    PART_OF_MONTH = "part_of_month"
    """Early, mid or late in a month ("late July 1988")."""
    MONTH = "month"
    """A month ("July 1988")."""
    SEASON = "season"
    """A season ("the Summer of 1988")."""
    QUARTER = "quarter"
    """A quarter of a year."""
    PART_OF_YEAR = "part_of_year"
    """Early, mid or late in a year ("late 1988"), or an EDTF four-month grouping."""
    SEMESTER = "semester"
    """A half of a year."""
    YEAR = "year"
    """A year ("1988", "1367 SH")."""
    DECADE = "decade"
    """A decade or part of one ("the 1980s", "the early 1990s")."""
    CENTURY = "century"
    """A century or coarser."""
    UNKNOWN = "unknown"
    """Nothing is known on either end."""


class Calendar(enum.Enum):
    """The calendar the original text was written in. Bounds are always Gregorian."""

    GREGORIAN = "gregorian"
    """The Gregorian calendar."""
    JALALI = "jalali"
    """The Solar Hijri (Jalali, Persian) calendar."""


_COARSENESS = {p: i for i, p in enumerate(Precision)}
_RANK = {p._name_: i for i, p in enumerate(Precision)}
"""``_COARSENESS`` by member name: an enum member's hash is a Python-level call, a str's is not."""


def coarser(a: Precision, b: Precision) -> Precision:
    """Return the coarser of two precisions."""
    if a is b:
        return a
    return a if _RANK[a._name_] >= _RANK[b._name_] else b


def offset_problem(value: datetime) -> str | None:
    """Why a time's UTC offset cannot be written as ISO 8601 ``+HH:MM``, or ``None``.

    Offsets of seconds (``+03:25:44``, Tehran's local mean time) are refused rather than
    rounded: RFC 3339 and EDTF have no way to write them.
    """
    offset = value.utcoffset()
    if offset is not None and offset.total_seconds() % 60:
        return f"the UTC offset {offset} is not a whole number of minutes"
    return None


def _check(instance: DateRange, attribute: attrs.Attribute[Any], value: date | None) -> None:
    """Every value check of a [`DateRange`][rightsdata.DateRange], in one validator (on its first
    field).

    One call instead of four (a validator call costs about as much as the check), made
    by the type check of every field (``rightsdata._typed.typed``) once the types
    are right. The checks run in field order, so the first problem reported is the one
    field validators would report: the order of the ends, an end precision of
    ``UNKNOWN`` with a day, then the time.
    """
    earliest = value
    latest = instance.latest
    if earliest is not None and latest is not None and earliest > latest:
        raise ValidationError.single(
            "latest",
            f"latest day {latest.isoformat()} is before earliest day {earliest.isoformat()}",
        )
    if instance.earliest_precision is _UNKNOWN and earliest is not None:
        raise ValidationError.single("earliest_precision", _UNKNOWN_WITH_DAY)
    if instance.latest_precision is _UNKNOWN and latest is not None:
        raise ValidationError.single("latest_precision", _UNKNOWN_WITH_DAY)
    time = instance.time
    if time is not None:
        _check_time(instance, time)


_UNKNOWN_WITH_DAY = "an end can only be unknown when it has no day (None)"
_UNKNOWN = Precision.UNKNOWN


def _check_time(instance: DateRange, value: datetime) -> None:
    problem = offset_problem(value)
    if problem is not None:
        raise ValidationError.single("time", problem)
    day = value.date()
    if instance.earliest != day or instance.latest != day:
        raise ValidationError.single(
            "time",
            f"the time {value.isoformat()} falls on {day.isoformat()}, "
            "but earliest and latest are not that day",
        )


MAX_TEXT_LENGTH = 256
"""The longest text [`DateRange.parse`][rightsdata.DateRange.parse] reads; longer input is refused,
not scanned."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class DateRange:
    """The span of days within which something happened, as a report states it.

    ``earliest`` and ``latest`` are the first and last day it can have been (inclusive,
    Gregorian, the *strict* bounds); ``None`` is an end with no day. The other fields
    keep how it was said, so nothing the source wrote is lost: the precision, whether it
    was hedged (``approximate``, EDTF ``~``) or doubtful (``uncertain``, EDTF ``?``), the
    calendar, the words themselves, and the time of day when one was given.

    A value is either **one date** ("1988", "late July 1988", "between 1 and 5 August":
    it happened within the bounds) or an **interval** of two separately stated ends
    (EDTF ``1964/2008``, "from July to September 1988": it began within the start's unit
    and ended within the end's). Intervals have ``earliest_precision`` and
    ``latest_precision`` set; single dates leave them ``None``. An end without a day is
    *open* (``..``: unbounded, "before 1990") unless its precision is ``UNKNOWN`` (EDTF
    empty end: the source does not say).

    Build one with [`parse`][rightsdata.DateRange.parse] (EDTF, English phrases, relative phrases
    against an anchor, Solar Hijri dates), [`day`][rightsdata.DateRange.day] or
    [`between`][rightsdata.DateRange.between].

    ```pycon
    >>> from datetime import date
    >>> r = DateRange.parse("late July 1988")
    >>> r.earliest, r.latest
    (datetime.date(1988, 7, 21), datetime.date(1988, 7, 31))
    >>> r.contains(date(1988, 7, 25)), str(r), r.to_edtf()
    (True, 'late July 1988', '[1988-07-21..1988-07-31]')

    ```
    """

    earliest: date | None = attrs.field(validator=_check)
    """The first day it can have been; ``None`` when open or unknown."""
    latest: date | None
    """The last day it can have been; ``None`` when open or unknown."""
    precision: Precision = Precision.DAY
    """The unit the date was given in (for an interval, the coarser of its ends)."""
    approximate: bool = False
    """The source hedged it ("circa", "about", EDTF ``~``)."""
    uncertain: bool = False
    """The source doubted it ("probably", EDTF ``?``)."""
    calendar: Calendar = Calendar.GREGORIAN
    """The calendar of the original text (the bounds are always Gregorian)."""
    text: str | None = None
    """The words or EDTF string it was read from, verbatim."""
    earliest_precision: Precision | None = None
    """For an interval, the unit its start was given in; ``UNKNOWN`` for an unknown start.

    ``None`` for a single date, and for an open (``..``) start."""
    latest_precision: Precision | None = None
    """For an interval, the unit its end was given in; ``UNKNOWN`` for an unknown end.

    ``None`` for a single date, and for an open (``..``) end."""
    time: datetime | None = None
    """The instant, when the source gave a time of day (then ``earliest == latest`` is its
    day in its own time zone). Time-zone aware when the source named a zone or offset;
    naive (local time, as EDTF reads it) when it did not."""

    @classmethod
    def day(cls, day: date, *, text: str | None = None) -> Self:
        """A single, exact day."""
        return cls(earliest=day, latest=day, precision=Precision.DAY, text=text)

    @classmethod
    def between(
        cls,
        earliest: date | None,
        latest: date | None,
        *,
        precision: Precision = Precision.DAY,
        text: str | None = None,
    ) -> Self:
        """Some day from ``earliest`` to ``latest`` inclusive (either may be open)."""
        return cls(earliest=earliest, latest=latest, precision=precision, text=text)

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        anchor: date | DateRange | None = None,
        calendar: Calendar | str = Calendar.GREGORIAN,
        tz: str | None = None,
    ) -> DateRange:
        """Read what a report says about *when*.

        Accepts EDTF (ISO 8601-2 levels 0 and 1, and the level 2 features that fit a
        range of days), English phrases ("late July 1988", "between late July and early
        September 1988", "the Summer of 1988", "circa 1990", "before 1990"), relative
        phrases ("three days after", "earlier this year", "the past two months") which
        need ``anchor`` (a day or a DateRange, usually the source's publication date),
        and Solar Hijri dates ("1367 SH", "29 Tir 1367", Persian digits, or anything with
        ``calendar="jalali"``). ``tz`` names the time zone of a time of day given
        without one: an IANA zone name (``"Asia/Tehran"``, ``"UTC"``) or a fixed UTC
        offset (``"+03:30"``), as
        [`rightsdata.dates.zones.time_zone`][rightsdata.dates.zones.time_zone] reads it. The
        conventions are in ``docs/dates.md``.

        Raises [`DateParseError`][rightsdata.DateParseError] (quoting the text and saying what was
        expected) for anything else, and for an argument it cannot take (a wrong type
        included: an anchor that is text, a calendar or zone that is none); never
        another exception.
        """
        parse_text = _parse_text or _load_parse_text()
        return parse_text(text, anchor=anchor, calendar=calendar, tz=tz)

    # -- reading ---------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """Whether either end has no day (open or unknown)."""
        return self.earliest is None or self.latest is None

    @property
    def is_interval(self) -> bool:
        """Whether it was given as two separately stated ends (``A/B``, "from X to Y")."""
        return self.earliest_precision is not None or self.latest_precision is not None

    @property
    def earliest_unknown(self) -> bool:
        """Whether the start is unknown (EDTF ``/2006``), rather than open or known."""
        return self.earliest_precision is Precision.UNKNOWN

    @property
    def latest_unknown(self) -> bool:
        """Whether the end is unknown (EDTF ``2004/``), rather than open or known."""
        return self.latest_precision is Precision.UNKNOWN

    @property
    def earliest_open(self) -> bool:
        """Whether the start is open (unbounded: EDTF ``../2006``, "before 1990")."""
        return self.earliest is None and self.earliest_precision is not Precision.UNKNOWN

    @property
    def latest_open(self) -> bool:
        """Whether the end is open (unbounded: EDTF ``2004/..``, "after 1990")."""
        return self.latest is None and self.latest_precision is not Precision.UNKNOWN

    def contains(self, day: date) -> bool:
        """Whether ``day`` can be in this range (open ends admit every day on their side)."""
        if self.earliest is not None and day < self.earliest:
            return False
        return not (self.latest is not None and day > self.latest)

    def sort_key(self) -> tuple[date, date]:
        """A key that sorts ranges by earliest, then latest day (open ends first/last).

        ``sorted(ranges, key=DateRange.sort_key)`` gives a chronological order.
        """
        return (self.earliest or date.min, self.latest or date.max)

    def to_edtf(self) -> str:
        """The most faithful EDTF (ISO 8601-2) string for this value.

        One date is written as its unit (``1988``, ``1988-07``, ``1988-22``, ``198X``)
        when its bounds are exactly one, else as a one-of set of days
        (``[1988-07-21..1988-07-31]``); an interval as ``start/end`` (``..`` open, empty
        unknown); ``~ ? %`` for approximate, uncertain, both. ``DateRange.parse`` of the
        result has the same bounds.
        """
        from rightsdata.dates.edtf import format_edtf

        return format_edtf(self)

    def __str__(self) -> str:
        """A natural reading: "late July 1988", "the Summer of 1988", "about 1984"."""
        from rightsdata.dates.english import describe

        return describe(self)

    # -- comparing -------------------------------------------------------------------

    def relation(self, other: DateRange) -> Relation:
        """Which Allen relations (before, meets, overlaps, ...) can hold, and whether one must.

        See ``rightsdata.dates.allen`` for the model and the table.
        """
        from rightsdata.dates.allen import relation

        return relation(self, other)

    def certainly_before(self, other: DateRange) -> bool:
        """Every possible day of this is before every possible day of ``other``.

        ``self.latest < other.earliest``; an open or unknown end makes it False.
        """
        return (
            self.latest is not None and other.earliest is not None and self.latest < other.earliest
        )

    def possibly_before(self, other: DateRange) -> bool:
        """This can have been over (wholly) before ``other`` began.

        For single dates, ``self.earliest < other.latest``; an interval can end no earlier
        than its end's unit begins, and start no later than its start's unit ends.
        Open and unknown ends are unbounded.
        """
        from rightsdata.dates.allen import possibly_before

        return possibly_before(self, other)

    def certainly_overlaps(self, other: DateRange) -> bool:
        """Whatever days they really took, the two share at least one.

        True when neither can have been wholly before the other.
        """
        return not self.possibly_before(other) and not other.possibly_before(self)

    def possibly_overlaps(self, other: DateRange) -> bool:
        """The two can share a day: their bounds meet (open and unknown ends unbounded)."""
        if self.latest is not None and other.earliest is not None and self.latest < other.earliest:
            return False
        return not (
            other.latest is not None and self.earliest is not None and other.latest < self.earliest
        )

    def intersection(self, other: DateRange) -> DateRange | None:
        """The days both can be (a single date), or ``None`` when they cannot share one.

        Keeps the precision of whichever operand the result equals (else ``DAY``) and the
        hedges of both; the result has no text and is Gregorian.
        """
        if not self.possibly_overlaps(other):
            return None
        lo = _pick(self.earliest, other.earliest, max)
        hi = _pick(self.latest, other.latest, min)
        return _combined(self, other, lo, hi, finer=True)

    def span(self, other: DateRange) -> DateRange:
        """The smallest single date holding every possible day of both (the hull)."""
        lo = (
            None
            if self.earliest is None or other.earliest is None
            else min(self.earliest, other.earliest)
        )
        hi = None if self.latest is None or other.latest is None else max(self.latest, other.latest)
        return _combined(self, other, lo, hi, finer=False)

    def shortest_duration(self) -> timedelta:
        """The fewest days it can have taken (inclusive): one day, unless an interval's
        stated ends force more (``1964/2008`` took at least from the end of 1964 to the
        start of 2008)."""
        from rightsdata.dates.allen import endpoint_bounds

        _s_lo, s, e, _e_hi = endpoint_bounds(self)
        if s is None or e is None:
            return timedelta(days=1)
        return timedelta(days=max(e - s, 1))

    def longest_duration(self) -> timedelta | None:
        """The most days it can have taken (inclusive); ``None`` when an end has no day."""
        if self.earliest is None or self.latest is None:
            return None
        return self.latest - self.earliest + timedelta(days=1)


fast_range = make_fast_range(DateRange, Precision.UNKNOWN)
"""Build a [`DateRange`][rightsdata.DateRange] without a time of day, faster than its constructor
(internal).

For the parsers, which build one per call: when the ends are plain days in order and
neither end precision is ``UNKNOWN`` (the checks the constructor's validator would make,
made inline), the slots are set directly, skipping attrs' ``__init__`` and the validator
call (about 1 us of a parse that takes a few); anything else goes through the constructor,
so the result (or the error) is always exactly the constructor's. Positional arguments,
in field order, all of them but ``time``. ``tests/test_dates_props.py`` checks that
every parsed value equals the one the constructor builds from its fields.
"""


_parse_text: Callable[..., DateRange] | None = None


def _load_parse_text() -> Callable[..., DateRange]:
    # The parsers import this module, so DateRange.parse imports them on first use; once,
    # not per call (an import statement costs about as much as parsing a year).
    global _parse_text
    from rightsdata.dates.parse import parse_text

    _parse_text = parse_text
    return parse_text


def _pick(a: date | None, b: date | None, f: Any) -> date | None:
    if a is None:
        return b
    if b is None:
        return a
    chosen: date = f(a, b)
    return chosen


def _combined(
    a: DateRange, b: DateRange, lo: date | None, hi: date | None, *, finer: bool
) -> DateRange:
    if (lo, hi) == (a.earliest, a.latest) and (lo, hi) == (b.earliest, b.latest):
        precision = a.precision if finer else coarser(a.precision, b.precision)
        if finer and _COARSENESS[b.precision] < _COARSENESS[a.precision]:
            precision = b.precision
    elif (lo, hi) == (a.earliest, a.latest):
        precision = a.precision
    elif (lo, hi) == (b.earliest, b.latest):
        precision = b.precision
    else:
        precision = Precision.DAY if finer else coarser(a.precision, b.precision)
    return DateRange(
        earliest=lo,
        latest=hi,
        precision=precision,
        approximate=a.approximate or b.approximate,
        uncertain=a.uncertain or b.uncertain,
    )
