"""Periods and names that actors and facilities share (private to the records)."""

from __future__ import annotations

from datetime import date

from rightsdata.dates.range import DateRange, Precision
from rightsdata.records.common import Name

__all__ = ["as_period", "certainly_during", "names_of", "possibly_during"]


def as_period(at: date | DateRange) -> DateRange:
    """A day or a DateRange as a period to ask about: every day from its first to its last.

    ``at`` means "at any time within these bounds": the result is an interval whose two
    ends are exact days, so that what is certainly held at some time in it can be told
    from what possibly is. An open end reaches to the first or last representable day.
    A datetime is refused ([`ValidationError`][rightsdata.ValidationError]): pass its day.
    """
    if not isinstance(at, DateRange):
        at = DateRange.day(at)
    return DateRange(
        earliest=at.earliest if at.earliest is not None else date.min,
        latest=at.latest if at.latest is not None else date.max,
        precision=Precision.DAY,
        earliest_precision=Precision.DAY,
        latest_precision=Precision.DAY,
    )


def names_of(name: str, aliases: tuple[Name, ...]) -> tuple[str, ...]:
    """The main name, then every alias, as written, without repeats."""
    return tuple(dict.fromkeys([name, *(a.text for a in aliases)]))


def possibly_during(period: DateRange | None, at: date | DateRange) -> bool:
    """Whether ``period`` (``None``: not known, so any time) can take in a day of ``at``."""
    span = as_period(at)  # checks ``at`` even when the period is unknown
    return period is None or period.possibly_overlaps(span)


def certainly_during(period: DateRange | None, at: date | DateRange) -> bool:
    """Whether ``period`` takes in a day of ``at`` whatever its real days (never when
    it is not known)."""
    span = as_period(at)
    return period is not None and period.certainly_overlaps(span)
