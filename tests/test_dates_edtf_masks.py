"""EDTF ``X`` digits: the bounds computed directly equal those found by enumeration.

rightsdata.dates.edtf finds the first and last value a masked year, month or day can
take (``1XXX``, ``19X5-XX``, ``2000-02-XX``) without listing them. The reference here is
the enumeration it replaced: list every fitting value, then walk (year, month, day) in
order to the first and last real day. They must agree on every four-character year mask,
on every two-character mask, and on a spread of dates with X in the year, month and day
(February of leap and common years included), down to the error message.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from itertools import product

import pytest

from rightsdata.dates import edtf
from rightsdata.dates._units import month_length
from rightsdata.dates.range import Precision
from rightsdata.errors import DateParseError

CHARS = "0123456789X"


@cache
def matching(pattern: str, lo: int, hi: int) -> tuple[int, ...]:
    """Every integer in ``lo..hi`` whose zero-padded digits fit ``pattern`` (the old way)."""
    choices = [range(10) if c == "X" else (int(c),) for c in pattern]
    out = []
    for digits in product(*choices):
        value = 0
        for d in digits:
            value = value * 10 + d
        if lo <= value <= hi:
            out.append(value)
    return tuple(out)


def reference_x_date(y: str, m: str, d: str | None, text: str) -> tuple[date, date, Precision]:
    """The bounds of a masked date as the enumerating parser found them."""
    years = matching(y, 0, 9999)
    if not years or years[0] == 0:
        raise DateParseError(f"{text!r}: the unspecified year {y} can be 0000, outside 1..9999")
    months = matching(m, 1, 12)
    if not months:
        raise DateParseError(f"{text!r}: no month 01-12 fits {m}")
    if "X" in y:
        precision = Precision.DECADE if y.count("X") == 1 else Precision.CENTURY
    elif "X" in m:
        precision = Precision.YEAR
    else:
        precision = Precision.MONTH
    if d is None:
        lo = date(years[0], months[0], 1)
        hi = date(years[-1], months[-1], month_length(years[-1], months[-1]))
        return lo, hi, precision
    days = matching(d, 1, 31)
    if not days:
        raise DateParseError(f"{text!r}: no day 01-31 fits {d}")
    if "X" not in y and "X" not in m:
        precision = Precision.MONTH
    lo_day = hi_day = None
    for yy, mm, dd in product(years, months, days):
        if dd <= month_length(yy, mm):
            lo_day = date(yy, mm, dd)
            break
    for yy, mm, dd in product(reversed(years), reversed(months), reversed(days)):
        if dd <= month_length(yy, mm):
            hi_day = date(yy, mm, dd)
            break
    if lo_day is None or hi_day is None:
        raise DateParseError(f"{text!r}: no real day fits {y}-{m}-{d}")
    return lo_day, hi_day, precision


def outcome(fn: object, *args: object) -> object:
    """The value of ``fn(*args)``, or the message of the DateParseError it raises."""
    try:
        return fn(*args)  # type: ignore[operator]
    except DateParseError as exc:
        return ("DateParseError", str(exc))


def span(values: tuple[int, ...]) -> tuple[int, int] | None:
    return (values[0], values[-1]) if values else None


def test_every_year_mask() -> None:
    """All 11**4 four-character masks: the span in 0..9999, and the leap years in it."""
    for chars in product(CHARS, repeat=4):
        y = "".join(chars)
        values = matching(y, 0, 9999)
        assert edtf._span(y, 0, 9999) == span(values), y
        assert edtf._least(y, 0) == values[0]
        assert edtf._greatest(y, 9999) == values[-1]
        leap = [v for v in values if v and month_length(v, 2) == 29]
        assert edtf._leap_years(y) == span(tuple(leap)), y


@pytest.mark.parametrize("pattern", ["".join(p) for p in product(CHARS, repeat=2)])
def test_every_two_digit_mask(pattern: str) -> None:
    """Months and days: the span in every range, the least above and greatest below any bound."""
    values = matching(pattern, 0, 99)
    for lo, hi in [(1, 12), (1, 31), (1, 28), (1, 29), (1, 30), (0, 99), (13, 20), (32, 99)]:
        assert edtf._span(pattern, lo, hi) == span(matching(pattern, lo, hi))
    for bound in range(100):
        assert edtf._least(pattern, bound) == min((v for v in values if v >= bound), default=None)
        assert edtf._greatest(pattern, bound) == max(
            (v for v in values if v <= bound), default=None
        )
    assert edtf._least(pattern, 100) is None
    assert edtf._greatest(pattern, 150) == values[-1]
    assert edtf._months(pattern) == matching(pattern, 1, 12)


def _year_masks() -> list[str]:
    """Every placement of X (2**4) over a spread of years: leap, common, century, edges."""
    bases = ["1988", "2000", "1900", "2001", "0004", "1600", "9999", "0001", "2024", "1234"]
    out = set()
    for base in bases:
        for xs in product((False, True), repeat=4):
            out.add("".join("X" if x else c for c, x in zip(base, xs, strict=True)))
    out.update(["XX00", "X0X0", "XXX1", "XX01", "1X00", "X100", "XX96", "XX4X", "0X00", "99XX"])
    return sorted(out)


MONTH_MASKS = ["01", "02", "04", "11", "12", "X2", "0X", "1X", "XX", "X1", "X0", "00", "13", "X3"]
DAY_MASKS = [None, "XX", "29", "2X", "X9", "3X", "30", "31", "X1", "0X", "00", "X0", "28"]
DAY_MASKS += ["1X", "01", "X8", "32", "4X"]


@pytest.mark.parametrize("y", _year_masks())
def test_masked_dates(y: str) -> None:
    """Each year mask with masked and plain months and days, against the enumeration."""
    for m in MONTH_MASKS:
        for d in DAY_MASKS:
            text = f"{y}-{m}" + (f"-{d}" if d else "")
            assert outcome(edtf._x_date, y, m, d, text) == outcome(
                reference_x_date, y, m, d, text
            ), text


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("1XXX", date(1000, 1, 1), date(1999, 12, 31)),
        ("1XXX~", date(1000, 1, 1), date(1999, 12, 31)),
        ("19XX-02-XX", date(1900, 2, 1), date(1999, 2, 28)),
        ("190X-02-29", date(1904, 2, 29), date(1908, 2, 29)),
        ("1X00-02-29", date(1200, 2, 29), date(1600, 2, 29)),
        ("X200-02-29", date(1200, 2, 29), date(9200, 2, 29)),
        ("1XXX-21", date(1000, 3, 1), date(1999, 5, 31)),
        ("199X-24", date(1990, 12, 1), date(2000, 2, 29)),
    ],
)
def test_parse_edtf_masks(text: str, earliest: date, latest: date) -> None:
    r = edtf.parse_edtf(text)
    assert (r.earliest, r.latest) == (earliest, latest)


@pytest.mark.parametrize(
    "text",
    ["XXXX", "0XXX-01", "XXX1-02-29", "1X01-02-29", "2001-02-29", "1988-02-3X", "19XX-1X-32"],
)
def test_parse_edtf_refusals(text: str) -> None:
    with pytest.raises(DateParseError):
        edtf.parse_edtf(text)
