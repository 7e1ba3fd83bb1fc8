"""Dates as reports give them: intervals of days with their precision and hedges.

[`DateRange`][rightsdata.DateRange] is the value; [`DateRange.parse`][rightsdata.DateRange.parse]
reads EDTF, English, relative and Solar Hijri phrases; ``rightsdata.dates.allen`` compares ranges
with certainty.
"""

from rightsdata.dates.allen import Allen, Relation
from rightsdata.dates.range import Calendar, DateRange, Precision

__all__ = ["Allen", "Calendar", "DateRange", "Precision", "Relation"]
