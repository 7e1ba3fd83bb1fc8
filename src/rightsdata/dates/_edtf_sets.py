"""EDTF sets: one-of ``[..]`` and all-of ``{..}`` lists of dates and ranges of dates.

Part of ``rightsdata.dates.edtf``, whose reader of one date reads each member.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rightsdata.dates._edtf_syntax import End, fail
from rightsdata.dates.range import Calendar, DateRange, Precision, coarser

__all__ = ["read_set"]


def read_set(s: str, text: str, calendar: Calendar, single: Callable[[str], End]) -> DateRange:
    """The set ``s`` (``[..]`` or ``{..}``, brackets checked) of ``text`` as one date.

    ``single`` reads one member date to its bounds and qualifiers. The bounds are the
    first and last day of any member; an all-of set keeps its ends' precisions.
    """
    all_of = s[0] == "{"
    inner = s[1:-1].strip()
    if not inner:
        raise fail(text, "an empty set names no date")
    parts = [p.strip() for p in inner.split(",")]
    lo: date | None = date.max
    hi: date | None = date.min
    lo_prec = hi_prec = Precision.DAY
    precision = Precision.DAY
    approximate = uncertain = False
    for i, part in enumerate(parts):
        first, last = _member(part, i, len(parts), text, single)
        for end in (first, last):
            if end is not None:
                precision = coarser(precision, end[2])
                approximate = approximate or end[3]
                uncertain = uncertain or end[4]
        if first is None:
            lo = None
        elif lo is not None and first[0] < lo:
            lo, lo_prec = first[0], first[2]
        if last is None:
            hi = None
        elif hi is not None and last[1] > hi:
            hi, hi_prec = last[1], last[2]
    if lo is not None and hi is not None and lo > hi:
        raise fail(text, "a set's members are out of order")
    return DateRange(
        earliest=lo,
        latest=hi,
        precision=precision,
        approximate=approximate,
        uncertain=uncertain,
        calendar=calendar,
        text=text,
        earliest_precision=(lo_prec if lo is not None else None) if all_of else None,
        latest_precision=(hi_prec if hi is not None else None) if all_of else None,
    )


def _member(
    part: str, i: int, count: int, text: str, single: Callable[[str], End]
) -> tuple[End | None, End | None]:
    """The first and last date of member ``i`` of ``count`` (``None`` for an open ``..``)."""
    if not part:
        raise fail(text, "a set has an empty member")
    ends: tuple[End | None, End | None]
    if part.startswith(".."):
        if i != 0:
            raise fail(text, "only the first member of a set can start with '..'")
        ends = None, single(part[2:])
    elif part.endswith(".."):
        if i != count - 1:
            raise fail(text, "only the last member of a set can end with '..'")
        ends = single(part[:-2]), None
    elif ".." in part:
        left, _, right = part.partition("..")
        first, last = single(left), single(right)
        if first[0] > last[1]:
            raise fail(text, f"the range {part} ends before it starts")
        ends = first, last
    else:
        one = single(part)
        ends = one, one
    for end in ends:
        if end is not None and end[5] is not None:
            raise fail(text, "a set member cannot carry a time of day")
    return ends
