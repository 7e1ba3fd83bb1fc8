"""The surface of EDTF shared by its readers: the date pattern, the shape one date is read
into, and what to say about text that is not EDTF.

Part of ``rightsdata.dates.edtf``.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from rightsdata.dates._units import MONTH_NAMES, month_length
from rightsdata.dates.range import Precision
from rightsdata.errors import DateParseError

__all__ = ["DATE", "EXPECTED", "End", "fail", "flags", "refusal", "year_first"]

DATE = re.compile(
    r"(?P<yq>[?~%]?)(?P<y>[0-9X]{4})(?:S(?P<s>[0-9]+))?(?P<yq2>[?~%]?)"
    r"(?:-(?P<mq>[?~%]?)(?P<m>[0-9X]{2})(?P<mq2>[?~%]?)"
    r"(?:-(?P<dq>[?~%]?)(?P<d>[0-9X]{2})(?P<dq2>[?~%]?))?)?"
    r"(?:T(?P<time>[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?)"
    r"(?P<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)
"""One EDTF date: qualified year, month and day parts (digits or ``X``), and a time."""
_LONG_YEAR = re.compile(r"[?~%]?Y(-?)([0-9]+)(?:E([0-9]+))?(?:S([0-9]+))?[?~%]?")
_NEGATIVE = re.compile(r"[?~%]?-[0-9X]{4}")

EXPECTED = (
    "expected EDTF such as 1988, 1988-07, 1988-07-20, 1988-22 (a season), 198X, 1988~, "
    "1988-07/1988-09 or [1987, 1988]"
)
"""The end of the message for text that is no EDTF at all."""

End = tuple[date, date, Precision, bool, bool, "datetime | None"]
"""One date read: (earliest, latest, precision, approximate, uncertain, time)."""


def fail(text: str, why: str) -> DateParseError:
    """The error for ``text``, saying ``why`` it is refused."""
    return DateParseError(f"{text!r}: {why}")


def refusal(s: str, text: str) -> str:
    """Why ``s`` (a part of ``text``) does not match ``DATE``: what it looks like instead."""
    if _LONG_YEAR.fullmatch(s) or _NEGATIVE.match(s):
        return "years outside 1..9999 (negative or Y-prefixed) are not supported"
    if "(" in s:
        return "parenthesised qualifiers are not EDTF; put ? ~ % next to a part"
    return year_first(text) or EXPECTED


_YEAR_FIRST = re.compile(
    r"(?P<y>[0-9]{4})(?P<sep>[/.-])(?P<m>[0-9]{1,2})(?:(?P=sep)(?P<d>[0-9]{1,2}))?"
)


def year_first(text: str) -> str | None:
    """For a numeric date written year first but not as EDTF ("2019/11/15", "2019.11",
    "2019-11-5"), what it looks like and how to write it; else ``None``."""
    m = _YEAR_FIRST.fullmatch(text.strip())
    if m is None or not 1 <= int(m["y"]) <= 9999:
        return None
    year, month, d = int(m["y"]), int(m["m"]), m["d"]
    if d is None:
        if not 1 <= month <= 12:
            return None  # "1998/99" is no month
        iso, words, what = f"{year:04d}-{month:02d}", f"{MONTH_NAMES[month - 1]} {year}", "month"
    else:
        how = "write a date as EDTF YYYY-MM-DD ('2019-11-15')"
        if not 1 <= month <= 12:
            return f"it looks like a date written year first, but {month} is no month: {how}"
        name, day = MONTH_NAMES[month - 1], int(d)
        if not 1 <= day <= month_length(year, month):
            no_day = f"{name} {year} has no day {day}"
            return f"it looks like a date written year first, but {no_day}: {how}"
        iso, words, what = f"{year:04d}-{month:02d}-{day:02d}", f"{day} {name} {year}", "date"
    return (
        f"it looks like a {what} written year first: write it as EDTF ({iso!r}) "
        f"or in words ({words!r})"
    )


def flags(*qualifiers: str | None) -> tuple[bool, bool]:
    """Whether the qualifiers (``? ~ %`` or empty) make a date approximate, uncertain."""
    joined = "".join(q for q in qualifiers if q)
    return ("~" in joined or "%" in joined), ("?" in joined or "%" in joined)
