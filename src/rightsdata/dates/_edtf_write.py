"""Writing EDTF: the most faithful EDTF string for a DateRange.

Part of ``rightsdata.dates.edtf``, which re-exports ``format_edtf``.
"""

from __future__ import annotations

from datetime import date

from rightsdata.dates._units import month_length
from rightsdata.dates.range import DateRange, Precision

__all__ = ["format_edtf"]

_GROUP_OF = {(3, 3): 21, (6, 3): 22, (9, 3): 23, (12, 3): 24}
_QUARTER_OF = {1: 33, 4: 34, 7: 35, 10: 36}
_THIRD_OF = {1: 37, 5: 38, 9: 39}
_HALF_OF = {1: 40, 7: 41}


def _months_between(lo: date, hi: date) -> int:
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def _whole_unit(r: DateRange, lo: date, hi: date) -> str | None:
    """The EDTF for a single unit exactly covering ``lo..hi`` at ``r.precision``, if any."""
    p = r.precision
    if lo == hi:
        return lo.isoformat()
    starts_month = lo.day == 1
    ends_month = hi.day == month_length(hi.year, hi.month)
    if not (starts_month and ends_month):
        return None
    months = _months_between(lo, hi)
    if months == 1:
        return f"{lo.year:04d}-{lo.month:02d}"
    if p is Precision.SEASON and months == 3 and (lo.month, 3) in _GROUP_OF:
        return f"{lo.year:04d}-{_GROUP_OF[(lo.month, 3)]}"
    if p is Precision.QUARTER and months == 3 and lo.month in _QUARTER_OF:
        return f"{lo.year:04d}-{_QUARTER_OF[lo.month]}"
    if p is Precision.PART_OF_YEAR and months == 4 and lo.month in _THIRD_OF:
        return f"{lo.year:04d}-{_THIRD_OF[lo.month]}"
    if p is Precision.SEMESTER and months == 6 and lo.month in _HALF_OF:
        return f"{lo.year:04d}-{_HALF_OF[lo.month]}"
    if lo.month != 1 or hi.month != 12:
        return None
    years = hi.year - lo.year + 1
    if years == 1:
        return f"{lo.year:04d}"
    for size, xs in ((10, "X"), (100, "XX"), (1000, "XXX")):
        if years == size and lo.year % size == 0 and lo.year > 0:
            return f"{lo.year:04d}"[: 4 - len(xs)] + xs
    return None


def _end_text(day: date, precision: Precision | None, start: bool) -> str:
    """An interval or set end at the coarsest of day, month, year that keeps the bound."""
    coarse = precision is not None and precision not in (
        Precision.DAY,
        Precision.WEEK,
        Precision.PART_OF_MONTH,
    )
    if coarse:
        edge_day = 1 if start else month_length(day.year, day.month)
        if day.day == edge_day:
            year_edge = (1, 1) if start else (12, 31)
            if precision is not Precision.MONTH and (day.month, day.day) == year_edge:
                return f"{day.year:04d}"
            return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def format_edtf(r: DateRange) -> str:
    """The EDTF string for ``r`` (see [`DateRange.to_edtf`][rightsdata.DateRange.to_edtf])."""
    q = (
        "%"
        if r.approximate and r.uncertain
        else "~"
        if r.approximate
        else "?"
        if r.uncertain
        else ""
    )
    if r.time is not None:
        stamp = r.time.isoformat()
        if stamp.endswith("+00:00") and r.time.utcoffset() is not None:
            stamp = stamp[:-6] + "Z"
        return stamp
    lo, hi = r.earliest, r.latest
    if r.is_interval:
        if lo is not None:
            left = _end_text(lo, r.earliest_precision, True) + q
        else:
            left = "" if r.earliest_unknown else ".."
        if hi is not None:
            right = _end_text(hi, r.latest_precision, False) + q
        else:
            right = "" if r.latest_unknown else ".."
        return f"{left}/{right}"
    if lo is not None and hi is not None:
        whole = _whole_unit(r, lo, hi)
        if whole is not None:
            return whole + q
        return f"[{_end_text(lo, r.precision, True)}{q}..{_end_text(hi, r.precision, False)}{q}]"
    if lo is None and hi is None:
        return "/" if r.earliest_unknown or r.latest_unknown else "../.."
    if lo is None:
        assert hi is not None
        return f"[..{_end_text(hi, r.precision, False)}{q}]"
    return f"[{_end_text(lo, r.precision, True)}{q}..]"
