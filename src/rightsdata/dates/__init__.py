"""Dates as reports give them: intervals of days with their precision and hedges.

:class:`DateRange` is the value; :meth:`DateRange.parse` reads EDTF, English, relative
and Solar Hijri phrases; :mod:`rightsdata.dates.allen` compares ranges with certainty.
"""

from rightsdata.dates.allen import Allen, Relation
from rightsdata.dates.range import Calendar, DateRange, Precision

__all__ = ["Allen", "Calendar", "DateRange", "Precision", "Relation"]
