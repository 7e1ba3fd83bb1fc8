"""The fast constructor the parsers build each [`DateRange`][rightsdata.DateRange] with.

Part of ``rightsdata.dates.range``, which makes its ``fast_range`` with ``make_fast_range``
once the class exists (this module does not import it at run time: ``range`` imports
this module before it defines the class).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from rightsdata.dates.range import Calendar, DateRange, Precision

__all__ = ["make_fast_range"]

_FIELDS = (
    "earliest",
    "latest",
    "precision",
    "approximate",
    "uncertain",
    "calendar",
    "text",
    "earliest_precision",
    "latest_precision",
    "time",
)


def _slot_setters(cls: type[DateRange]) -> tuple[Callable[[DateRange, object], None], ...]:
    """The slot setters (member descriptors) of every field of ``cls``, in field order.

    They bypass the frozen ``__setattr__`` the way attrs' own ``__init__`` does
    (``object.__setattr__``). Raises if the fields are not the ones ``fast_range`` sets.
    """
    names = tuple(f.name for f in attrs.fields(cls))
    if names != _FIELDS or set(getattr(cls, "__slots__", ())) != set(names):
        raise AssertionError("fast_range must set every field of DateRange: update it")
    return tuple(getattr(cls, n).__set__ for n in names)


def make_fast_range(cls: type[DateRange], unknown: Precision) -> Callable[..., DateRange]:
    """``fast_range`` for the class ``cls`` (``DateRange``), whose unknown precision is
    ``unknown``: see ``rightsdata.dates.range.fast_range``."""
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _slot_setters(cls)
    new = object.__new__
    plain = date

    def fast_range(
        earliest: date | None,
        latest: date | None,
        precision: Precision,
        approximate: bool,
        uncertain: bool,
        calendar: Calendar,
        text: str | None,
        earliest_precision: Precision | None,
        latest_precision: Precision | None,
    ) -> DateRange:
        if (
            (earliest is None or type(earliest) is plain)
            and (latest is None or type(latest) is plain)
            and (earliest is None or latest is None or earliest <= latest)
            and earliest_precision is not unknown
            and latest_precision is not unknown
        ):
            # What the validator checks, checked here: ends that are plain days (so not
            # datetimes) in order, no UNKNOWN end precision, and no time (none is
            # passed). The value is one the constructor accepts, so build it directly.
            r = new(cls)
            s0(r, earliest)
            s1(r, latest)
            s2(r, precision)
            s3(r, approximate)
            s4(r, uncertain)
            s5(r, calendar)
            s6(r, text)
            s7(r, earliest_precision)
            s8(r, latest_precision)
            s9(r, None)
            return r
        return cls(
            earliest=earliest,
            latest=latest,
            precision=precision,
            approximate=approximate,
            uncertain=uncertain,
            calendar=calendar,
            text=text,
            earliest_precision=earliest_precision,
            latest_precision=latest_precision,
        )

    return fast_range
