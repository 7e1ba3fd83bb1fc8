"""The one way in: :meth:`DateRange.parse` hands its text here, and this picks the reader.

EDTF is tried first for text that looks like it (digits, ``X``, ``-/~?%[]{}``); English
(with the relative and Solar Hijri forms) otherwise, and as a fallback. Every failure is
a :class:`~rightsdata.DateParseError`; input longer than
:data:`~rightsdata.dates.range.MAX_TEXT_LENGTH` is refused before any scanning.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pendulum

from rightsdata.dates._parsed import Anchor
from rightsdata.dates.edtf import parse_edtf
from rightsdata.dates.english import NUMERIC_DAY_MONTH, parse_english
from rightsdata.dates.range import MAX_TEXT_LENGTH, Calendar, DateRange
from rightsdata.errors import DateParseError

__all__ = ["parse_text"]

_G = Calendar.GREGORIAN
_J = Calendar.JALALI

_EDTF_LIKE = re.compile(r"[0-9XYSETZ:+\-./%?~\[\]{}, ]+")
_EDTF_FIRST = frozenset("0123456789XYSETZ:+-./%?~[]{}, ")
"""The characters ``_EDTF_LIKE`` admits: text starting with another cannot be EDTF-like."""
_NON_ASCII_DIGITS = re.compile(r"[۰-۹٠-٩]")


def _anchor(anchor: object) -> Anchor | None:
    if anchor is None:
        return None
    if isinstance(anchor, DateRange):
        if anchor.earliest is None or anchor.latest is None:
            raise DateParseError("an anchor needs both ends: got an open or unknown end")
        return Anchor(
            anchor.earliest, anchor.latest, anchor.precision, anchor.approximate, anchor.uncertain
        )
    if isinstance(anchor, datetime):
        day = anchor.date()
        return Anchor(day, day)
    if isinstance(anchor, date):
        return Anchor(anchor, anchor)
    raise DateParseError(f"anchor must be a date or a DateRange, got {type(anchor).__name__}")


def _calendar(calendar: object) -> Calendar:
    if isinstance(calendar, Calendar):
        return calendar
    if isinstance(calendar, str):
        for member in Calendar:
            if member.value == calendar.lower():
                return member
    choices = ", ".join(repr(m.value) for m in Calendar)
    raise DateParseError(f"calendar must be one of {choices}, got {calendar!r}")


def parse_text(
    text: str,
    *,
    anchor: date | DateRange | None = None,
    calendar: Calendar | str = Calendar.GREGORIAN,
    tz: str | None = None,
) -> DateRange:
    """Read ``text`` as EDTF, English, relative or Solar Hijri; see :meth:`DateRange.parse`."""
    if not isinstance(text, str):
        raise DateParseError(f"expected a string, got {type(text).__name__}")
    if len(text) > MAX_TEXT_LENGTH:
        raise DateParseError(
            f"{text[:40]!r}...: longer than {MAX_TEXT_LENGTH} characters; a date phrase is short"
        )
    cal = calendar if calendar is _G else _calendar(calendar)
    forced = cal is not _G
    if tz is not None:
        try:
            pendulum.timezone(tz)
        except (ValueError, KeyError):
            raise DateParseError(
                f"tz={tz!r} is not a known time zone (e.g. 'Asia/Tehran')"
            ) from None
    s = text.strip()
    if not s:
        raise DateParseError(f"{text!r}: expected a date, got nothing")
    if not forced and not s.isascii() and _NON_ASCII_DIGITS.search(s):
        cal = _J
    try:
        a = None if anchor is None else _anchor(anchor)
        if cal is _G and s[0] in _EDTF_FIRST and _EDTF_LIKE.fullmatch(s):
            try:
                return parse_edtf(text, tz=tz)
            except DateParseError as exc:
                first = exc
            if NUMERIC_DAY_MONTH.fullmatch(s) is not None:
                # "15/11/2019" is no EDTF interval: say that its day/month order is the problem
                return parse_english(text, anchor=a, calendar=cal, forced=forced, tz=tz)
            try:
                return parse_english(text, anchor=a, calendar=cal, forced=forced, tz=tz)
            except DateParseError:
                raise first from None
        return parse_english(text, anchor=a, calendar=cal, forced=forced, tz=tz)
    except DateParseError:
        raise
    except (ValueError, OverflowError, ArithmeticError) as exc:
        raise DateParseError(f"{text!r}: {exc}") from None
