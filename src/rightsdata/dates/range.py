"""The DateRange value: what a report says about *when*, as an interval of days."""

from __future__ import annotations

import enum
import re
from datetime import date
from typing import Any, Self

import attrs

from rightsdata.errors import DateParseError, ValidationError

__all__ = ["Calendar", "DateRange", "Precision"]


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


def coarser(a: Precision, b: Precision) -> Precision:
    """Return the coarser of two precisions."""
    return a if _COARSENESS[a] >= _COARSENESS[b] else b


def _check_order(instance: DateRange, attribute: attrs.Attribute[Any], value: date | None) -> None:
    if value is not None and instance.earliest is not None and instance.earliest > value:
        raise ValidationError.single(
            "latest",
            f"latest day {value.isoformat()} is before earliest day "
            f"{instance.earliest.isoformat()}",
        )


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


_ISO_END = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@attrs.frozen(kw_only=True, weakref_slot=False)
class DateRange:
    """The span of days within which something happened, as a report states it.

    ``earliest`` and ``latest`` are the first and last day it can have been (inclusive,
    Gregorian); ``None`` is an open end ("before 1990" has no earliest day). The other
    fields keep how it was said, so nothing the source wrote is lost: the precision,
    whether it was hedged (``approximate``, EDTF ``~``) or doubtful (``uncertain``,
    EDTF ``?``), the calendar, and the words themselves.

    >>> r = DateRange.parse("1988-07")
    >>> r.earliest, r.latest
    (datetime.date(1988, 7, 1), datetime.date(1988, 7, 31))
    >>> r.contains(date(1988, 7, 20))
    True
    """

    earliest: date | None
    """The first day it can have been; ``None`` when open (unbounded)."""
    latest: date | None = attrs.field(validator=_check_order)
    """The last day it can have been; ``None`` when open (unbounded)."""
    precision: Precision = Precision.DAY
    """The unit the date was given in."""
    approximate: bool = False
    """The source hedged it ("circa", "about", EDTF ``~``)."""
    uncertain: bool = False
    """The source doubted it (EDTF ``?``)."""
    calendar: Calendar = Calendar.GREGORIAN
    """The calendar of the original text."""
    text: str | None = None
    """The words or EDTF string it was read from, verbatim."""

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
        """Any day from ``earliest`` to ``latest`` inclusive (either may be open)."""
        return cls(earliest=earliest, latest=latest, precision=precision, text=text)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read an ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) or an ``A/B`` interval.

        Either end of an interval may be ``..`` (open). The text is kept verbatim.
        Raises :class:`~rightsdata.DateParseError` for anything else.
        """
        if not isinstance(text, str):
            raise DateParseError(f"expected a string, got {type(text).__name__}")
        s = text.strip()
        if "/" in s:
            left, _, right = s.partition("/")
            if "/" in right:
                raise DateParseError(f"{text!r}: an interval has exactly one '/'")
            lo = None if left == ".." else _parse_iso_end(left, text)
            hi = None if right == ".." else _parse_iso_end(right, text)
            if lo is None and hi is None:
                raise DateParseError(f"{text!r}: an interval needs at least one known end")
            earliest = lo[0] if lo else None
            latest = hi[1] if hi else None
            if earliest is not None and latest is not None and earliest > latest:
                raise DateParseError(f"{text!r}: the interval ends before it starts")
            precisions = [end[2] for end in (lo, hi) if end is not None]
            precision = precisions[0] if len(precisions) == 1 else coarser(*precisions)
            return cls(earliest=earliest, latest=latest, precision=precision, text=text)
        lo_day, hi_day, precision = _parse_iso_end(s, text)
        return cls(earliest=lo_day, latest=hi_day, precision=precision, text=text)

    @property
    def is_open(self) -> bool:
        """Whether either end is unbounded."""
        return self.earliest is None or self.latest is None

    def contains(self, day: date) -> bool:
        """Whether ``day`` can be in this range (open ends admit every day on their side)."""
        if self.earliest is not None and day < self.earliest:
            return False
        return not (self.latest is not None and day > self.latest)

    def sort_key(self) -> tuple[date, date]:
        """A key that sorts ranges by earliest, then latest day (open ends first/last)."""
        return (self.earliest or date.min, self.latest or date.max)

    def __str__(self) -> str:
        if self.text is not None:
            return self.text
        lo = self.earliest.isoformat() if self.earliest else ".."
        hi = self.latest.isoformat() if self.latest else ".."
        return lo if lo == hi else f"{lo}/{hi}"


def _parse_iso_end(s: str, text: str) -> tuple[date, date, Precision]:
    m = _ISO_END.match(s)
    if m is None:
        raise DateParseError(f"{text!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or an A/B interval")
    year = int(m.group(1))
    if year < 1:
        raise DateParseError(f"{text!r}: year {year} is outside 1..9999")
    try:
        if m.group(3) is not None:
            d = date(year, int(m.group(2)), int(m.group(3)))
            return d, d, Precision.DAY
        if m.group(2) is not None:
            month = int(m.group(2))
            return date(year, month, 1), _month_end(year, month), Precision.MONTH
    except ValueError as exc:
        raise DateParseError(f"{text!r}: {exc}") from None
    return date(year, 1, 1), date(year, 12, 31), Precision.YEAR
