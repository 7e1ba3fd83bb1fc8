"""The checks of the parsers' arguments, shared by every entry point (internal).

Each returns the argument in the form the readers use, or raises
[`DateParseError`][rightsdata.DateParseError] saying what was expected, in words that fit the
library and the command line alike ("the anchor date", not a keyword argument).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from rightsdata.dates._parsed import Anchor
from rightsdata.dates.range import MAX_TEXT_LENGTH, Calendar, DateRange
from rightsdata.errors import DateParseError

__all__ = ["check_anchor", "check_calendar", "check_text", "parse_error"]

_YEAR_OUT_OF_RANGE = re.compile(r"year (?:-?[0-9]+ )?is out of range")


def check_text(text: object) -> str:
    """``text`` if it is a string a date phrase can be, else why not."""
    if not isinstance(text, str):
        raise DateParseError(f"expected a string, got {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise DateParseError(
            f"{text[:40]!r}...: longer than {MAX_TEXT_LENGTH} characters; a date phrase is short"
        )
    return text


def check_anchor(anchor: object) -> Anchor | None:
    """The anchor date (a day, a datetime's day or a closed DateRange) as the readers use it."""
    if anchor is None or isinstance(anchor, Anchor):
        return anchor
    if isinstance(anchor, DateRange):
        if anchor.earliest is None or anchor.latest is None:
            raise DateParseError(
                "the anchor date needs both ends: got a date range with an open or unknown end"
            )
        return Anchor(
            anchor.earliest, anchor.latest, anchor.precision, anchor.approximate, anchor.uncertain
        )
    if isinstance(anchor, datetime):
        day = anchor.date()
        return Anchor(day, day)
    if isinstance(anchor, date):
        return Anchor(anchor, anchor)
    if isinstance(anchor, str):
        raise DateParseError(
            f"the anchor date must be a date or a DateRange, got the text {anchor[:40]!r}: "
            "read it with DateRange.parse first"
        )
    raise DateParseError(
        f"the anchor date must be a date or a DateRange, got {type(anchor).__name__}"
    )


def check_calendar(calendar: object) -> Calendar:
    """The [`Calendar`][rightsdata.Calendar] named by a member or its value (any case)."""
    if isinstance(calendar, Calendar):
        return calendar
    if isinstance(calendar, str):
        for member in Calendar:
            if member.value == calendar.lower():
                return member
    choices = ", ".join(repr(m.value) for m in Calendar)
    shown = repr(calendar[:40]) if isinstance(calendar, str) else type(calendar).__name__
    raise DateParseError(f"the calendar must be one of {choices}, got {shown}")


def parse_error(text: str, exc: ValueError | ArithmeticError) -> DateParseError:
    """A reader's stray ``ValueError`` or ``OverflowError`` as the error the parsers promise.

    ``datetime`` says "date value out of range" or "year 10000 is out of range" when a
    day is counted past year 9999 or before year 1 ("three days after" 31 December 9999,
    "next year" in 9999); the message says that in words.
    """
    if isinstance(exc, DateParseError):
        return exc
    if isinstance(exc, OverflowError) or _YEAR_OUT_OF_RANGE.fullmatch(str(exc)):
        return DateParseError(
            f"{text!r}: it falls outside the years 1..9999, the years a date can hold"
        )
    return DateParseError(f"{text!r}: {exc}")
