"""The words the phrase strategies write, read from the package's vocabularies.

The oracle writes the words the parsers read ([`rightsdata.vocab`][rightsdata.vocab]), so a
word added to a vocabulary file is drawn and checked at once. What a word *means* stays the
oracle's own: the hedges' and open ends' kinds are looked up here, but the bounds of each
kind, the value of a vague order ("several hundred" is 3 x 100 to 10 x 100 - 1) and how
numbers are spelled out are computed in this package from the documented rules, never read
from the parsers' tables.
"""

from __future__ import annotations

from rightsdata.vocab import bounds, labels, numbers, words

MONTH_NAMES = words("dates_en", "months.names")
WEEKDAY_NAMES = words("dates_en", "weekdays.names")
SOLAR_MONTHS = words("jalali", "months.names")


def _persian_months() -> tuple[str, ...]:
    """The first Persian-script spelling of each Solar Hijri month, Farvardin first."""
    first: dict[int, str] = {}
    for word, month in numbers("jalali", "months.spellings").items():
        if not word.isascii():
            first.setdefault(month, word)
    return tuple(first[m] for m in range(1, 13))


SOLAR_MONTHS_PERSIAN = _persian_months()
PERSIAN_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")
ARABIC_INDIC_DIGITS = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")


def _by_value(*tables: dict[str, int]) -> dict[int, tuple[str, ...]]:
    """Each value's words in ``tables``, in their order."""
    out: dict[int, tuple[str, ...]] = {}
    for table in tables:
        for word, n in table.items():
            out[n] = (*out.get(n, ()), word)
    return out


_SMALL = _by_value(numbers("numbers_en", "units"), numbers("numbers_en", "teens"))
NUMBER_WORDS = (words("numbers_en", "other")[0], *(_SMALL[n][0] for n in range(1, 20)))
"""The words for 0 to 19, indexed by value."""
_TENS = _by_value(numbers("numbers_en", "tens"))
TENS_WORDS = ("", "", *(_TENS[10 * t][0] for t in range(2, 10)))
"""The words for 20, 30, ... 90, at the index of their tens digit."""
SCALE_WORDS = tuple(
    sorted(((n, w) for w, n in numbers("numbers_en", "scales").items()), reverse=True)
)
"""(value, word) of each scale word, the largest first."""

COUNT_WORDS = _by_value(numbers("dates_en", "relative.numbers"))
"""The words of a relative phrase's count ("two", "a couple of"), by value."""
CALENDAR_UNITS = words("dates_en", "relative.units")

_THIRDS = numbers("dates_en", "parts.thirds")
_WRITTEN_BEFORE = set(words("dates_en", "parts.written"))
PART_OF_MONTH_WORDS = tuple(
    tuple(w if w in _WRITTEN_BEFORE else f"the {w} of" for w, p in _THIRDS.items() if p == part)
    for part in range(3)
)
"""Each third's spellings before a month: "early", "the beginning of"."""

SEASON_WORDS = frozenset(numbers("dates_en", "seasons.starts"))
CIRCA = words("dates_en", "hedges.approximate")
OPEN_ENDS = labels("dates_en", "open")
"""Each open-end word and its kind: before, until, after or since."""

_HEDGE_KINDS = ("at_least", "more_than", "at_most", "fewer_than", "about", "nearly")
QUANTITY_HEDGES = {
    kind: tuple(w for w, k in labels("quantity_en", "hedges").items() if k == kind)
    for kind in _HEDGE_KINDS
}
"""The hedges before a single number, by kind (the ranges' "between" and "from" apart)."""

_ORDERS = {"ten": 10, "dozen": 12, "score": 20, "hundred": 100, "thousand": 10**3}
_ORDERS |= {"million": 10**6, "billion": 10**9}


def _vague_rule(phrase: str) -> tuple[str, int, int]:
    """(phrase, x, k) for a vague order: it means k x to 10 x - 1 (the documented rule).

    "Xs", "a few X" and "a handful" are 2 X up; "several X" is 3 X up; "tens of thousands"
    multiplies its words' orders.
    """
    if phrase in ("a few", "a handful"):
        return phrase, 1, 2
    head, _, rest = phrase.partition(" ")
    k = 3 if head == "several" else 2
    if phrase.startswith("a few "):
        rest = phrase.removeprefix("a few ")
    elif head != "several":
        rest = phrase
    x = 1
    for word in rest.split():
        if word != "of":
            order = _ORDERS.get(word.removesuffix("s"))
            if order is None:
                raise ValueError(f"the oracle has no order for {word!r} in {phrase!r}")
            x *= order
    return phrase, x, k


VAGUE_RULES = tuple(_vague_rule(phrase) for phrase in bounds("quantity_en", "vague"))
"""(phrase, x, k) of every vague order in the vocabulary: it means k x to 10 x - 1."""
