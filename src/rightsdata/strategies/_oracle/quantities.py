"""Count phrases ("some 85,000 prisoners") and the
[`quantity_phrases`][rightsdata.strategies.quantity_phrases] strategy."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from fractions import Fraction

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.quantity import MAX_COUNT, Qualifier, Quantity
from rightsdata.strategies._options import STRATEGY_CACHE, check_int
from rightsdata.strategies._oracle.phrase import Phrase, Skip
from rightsdata.strategies._oracle.words import (
    ARABIC_INDIC_DIGITS,
    NUMBER_WORDS,
    PERSIAN_DIGITS,
    QUANTITY_HEDGES,
    SCALE_WORDS,
    TENS_WORDS,
    VAGUE_RULES,
)


def _words(n: int) -> str:
    """``n`` (below a million) in English words: "two hundred and fifty"."""
    if n < 20:
        return NUMBER_WORDS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS_WORDS[tens] + (f"-{NUMBER_WORDS[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{NUMBER_WORDS[hundreds]} hundred"
        return f"{head} and {_words(rest)}" if rest else head
    thousands, rest = divmod(n, 1000)
    head = f"{_words(thousands)} thousand"
    if not rest:
        return head
    return f"{head} and {_words(rest)}" if rest < 100 else f"{head} {_words(rest)}"


_DIGIT_STYLES: tuple[Callable[[int], str], ...] = (
    str,
    lambda n: f"{n:,}",
    lambda n: f"{n:,}".translate(PERSIAN_DIGITS),
    lambda n: str(n).translate(PERSIAN_DIGITS),
    lambda n: f"{n:,}".translate(ARABIC_INDIC_DIGITS),
)
"""Ways to write a number in digits: plain, with separators, Persian, Arabic-Indic."""


def _number(draw: DrawFn, n: int) -> str:
    """``n`` as a report may write it: digits, separators, other scripts, words."""
    forms = [style(n) for style in _DIGIT_STYLES]
    if n < 10**6:
        forms += [_words(n)] * 2
    for scale, word in SCALE_WORDS:
        if n >= scale and n % (scale // 10) == 0:  # "1.5 million", "30 thousand"
            whole, tenth = divmod(n * 10 // scale, 10)
            forms.append(f"{whole}.{tenth} {word}" if tenth else f"{whole} {word}")
            break
    if n in (500_000, 500_000_000):
        forms.append(f"half a {'million' if n == 500_000 else 'billion'}")
    if n == 12:
        forms.append("a dozen")
    elif n == 6:
        forms.append("half a dozen")
    elif n % 12 == 0 and 0 < n <= 240:
        forms.append(f"{n // 12} dozen")
    return draw(st.sampled_from(forms))


_UNITS = ("", " people", " prisoners", " political prisoners", " cities", " executions")


def _margin_of(n: int) -> int:
    """The default approximation margin, 10 % of ``n`` rounded up (bounds round outward)."""
    return math.ceil(Fraction(n, 10))


_Reading = tuple[str, int | None, int | None, int | None, Qualifier]
"""A phrase's text and the ``low``, ``high``, ``best`` and ``qualifier`` it means."""


def _quantity(draw: DrawFn, n: int, low_limit: int, high_limit: int) -> Phrase:
    """A phrase built around ``n``, its numbers in ``[low_limit, high_limit]``."""
    kind = draw(
        st.sampled_from(
            [
                *("exact", "exact", "at_least", "more_than", "at_most", "fewer_than"),
                *("about", "nearly", "stated", "range", "multiplied", "vague"),
            ]
        )
    )
    unit = draw(st.sampled_from(_UNITS))
    if kind == "vague":
        text, low, high, best, qualifier = _vague(draw, unit, low_limit, high_limit)
    elif kind in ("range", "multiplied"):
        text, low, high, best, qualifier = _ranged(draw, n, kind, unit, low_limit, high_limit)
    elif kind == "stated":  # "about 85,000 (80,750–89,250)"
        low = max(low_limit, n - draw(st.integers(0, n // 4)))
        high = min(high_limit, n + draw(st.integers(0, n // 4)))
        best, qualifier = n, Qualifier.APPROXIMATELY
        text = f"about {n:,} ({low:,}–{high:,}){unit}"
    else:
        text, low, high, best, qualifier = _hedged(draw, n, kind, unit)
    for value in (low, high, best):
        if value is not None and not low_limit <= value <= high_limit:
            raise Skip
    if low is not None and high is not None and low > high:
        raise Skip
    # Case does not matter: mostly as written, sometimes capitalised or in capitals.
    text = draw(st.sampled_from([text] * 4 + [text[:1].upper() + text[1:]] * 2 + [text.upper()]))
    return Phrase(
        text=text,
        expected=Quantity(low=low, high=high, best=best, qualifier=qualifier, text=text),
    )


def _vague(draw: DrawFn, unit: str, low_limit: int, high_limit: int) -> _Reading:
    """A vague order ("hundreds of prisoners") that fits in ``[low_limit, high_limit]``."""
    fitting = [
        (phrase, k * x, 10 * x - 1)
        for phrase, x, k in VAGUE_RULES
        if low_limit <= k * x and 10 * x - 1 <= high_limit
    ]
    if not fitting:
        raise Skip
    phrase, low, high = draw(st.sampled_from(fitting))
    if unit and (phrase.endswith("s") or phrase == "a handful"):
        unit = " of" + unit  # "hundreds of prisoners", "a handful of prisoners"
    return phrase + unit, low, high, None, Qualifier.VAGUE


def _ranged(
    draw: DrawFn, n: int, kind: str, unit: str, low_limit: int, high_limit: int
) -> _Reading:
    """A range from or to ``n``, or with a multiplier covering both ends ("2-3 million")."""
    if kind == "range":
        a, b = sorted((n, draw(st.integers(low_limit, high_limit))))
        style = draw(st.sampled_from(_DIGIT_STYLES))
        left, right = style(a), style(b)
        low, high = a, b
    else:  # "2-3 million", "between two and three hundred", "between 200 and 3 million"
        scale, word = draw(st.sampled_from([(100, "hundred"), *SCALE_WORDS]))
        b = draw(st.integers(1, 20))
        a = draw(st.integers(1, 9)) if draw(st.booleans()) else draw(st.integers(1, 999))
        written = _words(a) if a < 10 and b < 10 and draw(st.booleans()) else str(a)
        left, right = written, f"{_words(b) if written.isalpha() else b} {word}"
        low, high = (a * scale if a <= b else a), b * scale
        if low > high:
            raise Skip
    text = draw(
        st.sampled_from(
            [
                f"{left}-{right}",
                f"{left}–{right}",
                f"{left} to {right}",
                f"between {left} and {right}",
                f"from {left} to {right}",
            ]
        )
    )
    return text + unit, low, high, None, Qualifier.RANGE


def _hedged(draw: DrawFn, n: int, kind: str, unit: str) -> _Reading:
    """``n`` exactly, or hedged ("at least", "over", "some", "nearly", ...)."""
    written = _number(draw, n)
    if kind == "exact":
        return written + unit, n, n, n, Qualifier.EXACT
    hedge = draw(st.sampled_from(QUANTITY_HEDGES[kind]))
    text = f"{hedge}{'' if hedge == '~' else ' '}{written}{unit}"
    margin = _margin_of(n)
    low, high, best, qualifier = {
        "at_least": (n, None, None, Qualifier.AT_LEAST),
        "more_than": (n + 1, None, None, Qualifier.MORE_THAN),
        "at_most": (0, n, None, Qualifier.AT_MOST),
        "fewer_than": (0, n - 1, None, Qualifier.FEWER_THAN),
        "about": (max(0, n - margin), n + margin, n, Qualifier.APPROXIMATELY),
        "nearly": (max(0, n - margin), n, n, Qualifier.APPROXIMATELY),
    }[kind]
    return text, low, high, best, qualifier


def quantity_phrases(*, min_value: int = 0, max_value: int = MAX_COUNT) -> SearchStrategy[Phrase]:
    """[`Phrase`][rightsdata.strategies.Phrase] values for counts, each with the
    [`Quantity`][rightsdata.Quantity] it means.

    The phrases follow the conventions of ``docs/quantities.md``: a number in digits
    (with or without thousands separators), in Persian or Arabic-Indic digits (with ``٬``),
    in English words ("two hundred and fifty", "a dozen", "1.5 million"); hedged with
    "at least / no fewer than / no less than", "more than / over / upwards of / in excess
    of" (N + 1), "at most / up to / no more than", "fewer than / less than / under"
    (N - 1), "some / about / around / approximately / roughly / an estimated / circa / ~"
    (N ± 10 % rounded outward), "nearly / almost" (the lower half of that), or with stated
    bounds ("about 85,000 (80,750–89,250)"); ranges "A-B", "A–B", "A to B", "between A and
    B", "from A to B", including a multiplier that covers both ends ("2-3 million");
    vague orders ("hundreds", "several dozen", by the documented rule); each optionally
    followed by a unit ("prisoners", "of prisoners" after a plural vague order), in any
    letter case.

    Every number of the expected quantity (``low``, ``high``, ``best``) lies in
    ``[min_value, max_value]``; a phrase that would leave it is replaced by the plain
    number it was built around.
    """
    check_int("min_value", min_value)
    check_int("max_value", max_value)
    if max_value > MAX_COUNT:
        raise InvalidArgument(f"max_value={max_value} is above MAX_COUNT={MAX_COUNT}")
    if min_value > max_value:
        raise InvalidArgument(f"min_value={min_value} is greater than max_value={max_value}")
    return cached_quantity_phrases(min_value, max_value)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_quantity_phrases(min_value: int, max_value: int) -> SearchStrategy[Phrase]:
    numbers = [st.integers(min_value, max_value)]
    for small in (999, 10**6):
        if min_value <= small < max_value:
            numbers.insert(0, st.integers(min_value, small))
    return _quantity_phrases(st.one_of(numbers), min_value, max_value)


@st.composite
def _quantity_phrases(
    draw: DrawFn, numbers: SearchStrategy[int], min_value: int, max_value: int
) -> Phrase:
    n = draw(numbers)
    if n >= 100 and draw(st.booleans()):  # reports round: 85,000 rather than 84,731
        rounded = round(n, 2 - len(str(n)))
        if min_value <= rounded <= max_value:
            n = rounded
    try:
        return _quantity(draw, n, min_value, max_value)
    except Skip:
        text = str(n)
        return Phrase(text=text, expected=Quantity.exact(n, text=text))
