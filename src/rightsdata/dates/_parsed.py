"""The parsers' working value: bounds plus how they were stated (internal)."""

from __future__ import annotations

from datetime import date, datetime

from rightsdata.dates.range import Calendar, DateRange, Precision, fast_range

__all__ = ["Anchor", "Parsed"]


class Parsed:
    """A date as a phrase parser found it, before it becomes a [`DateRange`][rightsdata.DateRange].

    Besides the bounds it keeps the year and month as written (in the phrase's own
    calendar), so that "late July" can borrow the year of "early September 1988".
    """

    __slots__ = (
        "approximate",
        "cal",
        "hi",
        "hi_prec",
        "lo",
        "lo_prec",
        "month",
        "precision",
        "time",
        "uncertain",
        "year",
    )

    def __init__(
        self,
        lo: date | None,
        hi: date | None,
        precision: Precision,
        cal: Calendar = Calendar.GREGORIAN,
        year: int | None = None,
        month: int | None = None,
        *,
        lo_prec: Precision | None = None,
        hi_prec: Precision | None = None,
        approximate: bool = False,
        uncertain: bool = False,
        time: datetime | None = None,
    ) -> None:
        self.lo = lo
        self.hi = hi
        self.precision = precision
        self.cal = cal
        self.year = year
        self.month = month
        self.lo_prec = lo_prec
        self.hi_prec = hi_prec
        self.approximate = approximate
        self.uncertain = uncertain
        self.time = time

    def build(self, text: str) -> DateRange:
        """The [`DateRange`][rightsdata.DateRange] for this, keeping ``text`` verbatim."""
        if self.time is None:
            return fast_range(
                self.lo,
                self.hi,
                self.precision,
                self.approximate,
                self.uncertain,
                self.cal,
                text,
                self.lo_prec,
                self.hi_prec,
            )
        return DateRange(
            earliest=self.lo,
            latest=self.hi,
            precision=self.precision,
            approximate=self.approximate,
            uncertain=self.uncertain,
            calendar=self.cal,
            text=text,
            earliest_precision=self.lo_prec,
            latest_precision=self.hi_prec,
            time=self.time,
        )


class Anchor:
    """What relative phrases are measured from: a span of days (one day, usually)."""

    __slots__ = ("approximate", "hi", "lo", "precision", "uncertain")

    def __init__(
        self,
        lo: date,
        hi: date,
        precision: Precision = Precision.DAY,
        approximate: bool = False,
        uncertain: bool = False,
    ) -> None:
        self.lo = lo
        self.hi = hi
        self.precision = precision
        self.approximate = approximate
        self.uncertain = uncertain
