"""The one way in: [`DateRange.parse`][rightsdata.DateRange.parse] hands its text here, and this
picks the reader.

EDTF is tried first for text that looks like it (digits, ``X``, ``-/~?%[]{}``); English
(with the relative and Solar Hijri forms) otherwise, and as a fallback. Every failure is
a [`DateParseError`][rightsdata.DateParseError], for the text and for every other argument (a
wrong type included); input longer than ``MAX_TEXT_LENGTH``
is refused before any scanning.
"""

from __future__ import annotations

import re
from datetime import date

from rightsdata.dates._arguments import check_anchor, check_calendar, check_text, parse_error
from rightsdata.dates.edtf import read_edtf
from rightsdata.dates.english import NUMERIC_DAY_MONTH, read_english
from rightsdata.dates.range import MAX_TEXT_LENGTH, Calendar, DateRange
from rightsdata.dates.zones import time_zone
from rightsdata.errors import DateParseError

__all__ = ["parse_text"]

_G = Calendar.GREGORIAN
_J = Calendar.JALALI

_EDTF_LIKE = re.compile(r"[0-9XYSETZ:+\-./%?~\[\]{}, ]+")
_EDTF_FIRST = frozenset("0123456789XYSETZ:+-./%?~[]{}, ")
"""The characters ``_EDTF_LIKE`` admits: text starting with another cannot be EDTF-like."""
_NON_ASCII_DIGITS = re.compile(r"[۰-۹٠-٩]")


def parse_text(
    text: str,
    *,
    anchor: date | DateRange | None = None,
    calendar: Calendar | str = Calendar.GREGORIAN,
    tz: str | None = None,
) -> DateRange:
    """Read ``text`` as EDTF, English, relative or Solar Hijri; see
    [`DateRange.parse`][rightsdata.DateRange.parse]."""
    if not isinstance(text, str) or len(text) > MAX_TEXT_LENGTH:
        check_text(text)  # raises
    cal = calendar if calendar is _G else check_calendar(calendar)
    forced = cal is not _G
    zone = None if tz is None else time_zone(tz)
    a = None if anchor is None else check_anchor(anchor)
    s = text.strip()
    if not s:
        raise DateParseError(f"{text!r}: expected a date, got nothing")
    if not forced and not s.isascii() and _NON_ASCII_DIGITS.search(s):
        cal = _J
    try:
        if cal is _G and s[0] in _EDTF_FIRST and _EDTF_LIKE.fullmatch(s):
            try:
                return read_edtf(text, zone, cal)
            except DateParseError as exc:
                first = exc
            if NUMERIC_DAY_MONTH.fullmatch(s) is not None:
                # "15/11/2019" is no EDTF interval: say that its day/month order is the problem
                return read_english(text, a, cal, forced, zone)
            try:
                return read_english(text, a, cal, forced, zone)
            except DateParseError:
                raise first from None
        return read_english(text, a, cal, forced, zone)
    except DateParseError:
        raise
    except (ValueError, ArithmeticError) as exc:
        raise parse_error(text, exc) from None
