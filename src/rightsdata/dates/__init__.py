"""Dates as reports give them: intervals of days with their precision and hedges."""

from rightsdata.dates.range import Calendar, DateRange, Precision

__all__ = ["Calendar", "DateRange", "Precision"]
