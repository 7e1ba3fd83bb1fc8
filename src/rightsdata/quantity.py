"""Quantity: a hedged count as a report gives it, always an interval with an optional best.

[`Quantity.parse`][rightsdata.Quantity.parse] reads the phrases reports use ("at least 5,000", "some
85,000", "2,800–30,000", "hundreds of gigabytes") under the conventions documented in
``docs/quantities.md``: the bounds of each hedge, the approximation margin and the table of
vague orders ([`VAGUE_ORDERS`][rightsdata.quantity.VAGUE_ORDERS]).
"""

from __future__ import annotations

from typing import Final, Self, TypeVar

import attrs

from rightsdata._quantity_parse import _HEDGES as _HEDGES  # the hedge tables, for the tests
from rightsdata._quantity_parse import _TRAILING_HEDGES as _TRAILING_HEDGES
from rightsdata._quantity_parse import _parse
from rightsdata._quantity_terms import (
    DEFAULT_MARGIN,
    MAX_MARGIN,
    MAX_TEXT_LENGTH,
    VAGUE_ORDERS,
    Margin,
    Qualifier,
    _count,
    _delta,
)
from rightsdata._typed import public_home, typed
from rightsdata.errors import FieldProblem, ValidationError
from rightsdata.numbers import (
    MAX_COUNT,
    DecimalMark,
)

public_home(__name__, Qualifier)


__all__ = [
    "DEFAULT_MARGIN",
    "MAX_COUNT",
    "MAX_MARGIN",
    "MAX_TEXT_LENGTH",
    "VAGUE_ORDERS",
    "Margin",
    "Qualifier",
    "Quantity",
]

_Q = TypeVar("_Q", bound="Quantity")

_VAGUE_BY_BOUNDS: Final = {bounds: phrase for phrase, bounds in reversed(VAGUE_ORDERS.items())}
"""The phrase ``Quantity.__str__`` writes for each vague interval: the first listed."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Quantity:
    """A count as a source states it: the interval it allows, a best estimate, the words.

    ``low`` and ``high`` bound the true value (inclusive; ``None`` means unbounded on
    that side); ``best`` is the single number the source offers, if it offers one. The
    library never invents a best estimate: "at least 5,000" has ``low=5000`` and no
    ``best``. All numbers are counts, so they are non-negative integers.

    ```pycon
    >>> Quantity.at_least(5000)
    Quantity(low=5000, high=None, best=None, qualifier=<Qualifier.AT_LEAST: 'at_least'>, text=None)
    >>> Quantity.more_than(30000).low
    30001

    ```
    """

    low: int | None
    """Smallest value the source allows; ``None`` when unbounded below."""
    high: int | None
    """Largest value the source allows; ``None`` when unbounded above."""
    best: int | None = None
    """The number the source gives as its estimate, if any."""
    qualifier: Qualifier = Qualifier.EXACT
    """How the source hedged it."""
    text: str | None = None
    """The words it was read from, verbatim ("some 85,000")."""

    def __attrs_post_init__(self) -> None:
        problems = []
        for name in ("low", "high", "best"):
            v = getattr(self, name)
            if v is not None and v < 0:
                problems.append(FieldProblem(path=name, message=f"a count cannot be negative: {v}"))
            elif v is not None and v > MAX_COUNT:
                problems.append(
                    FieldProblem(path=name, message=f"a count cannot exceed {MAX_COUNT}: {v}")
                )
        lo, hi, best = self.low, self.high, self.best
        if lo is not None and hi is not None and lo > hi:
            problems.append(FieldProblem(path="high", message=f"high {hi} is below low {lo}"))
        if best is not None:
            if lo is not None and best < lo:
                problems.append(FieldProblem(path="best", message=f"best {best} is below low {lo}"))
            if hi is not None and best > hi:
                problems.append(
                    FieldProblem(path="best", message=f"best {best} is above high {hi}")
                )
        if self.qualifier is Qualifier.EXACT and (lo is None or lo != hi):
            problems.append(
                FieldProblem(path="qualifier", message="an exact quantity needs low == high")
            )
        if self.qualifier is Qualifier.RANGE and (lo is None or hi is None):
            problems.append(
                FieldProblem(path="qualifier", message="a range needs both low and high")
            )
        if problems:
            raise ValidationError(problems)

    @classmethod
    def exact(cls, n: int, *, text: str | None = None) -> Self:
        """Exactly ``n``."""
        _count(n, "best")
        return cls(low=n, high=n, best=n, qualifier=Qualifier.EXACT, text=text)

    @classmethod
    def at_least(cls, n: int, *, text: str | None = None) -> Self:
        """At least ``n`` (``n`` itself allowed)."""
        _count(n, "low")
        return cls(low=n, high=None, qualifier=Qualifier.AT_LEAST, text=text)

    @classmethod
    def more_than(cls, n: int, *, text: str | None = None) -> Self:
        """Strictly more than ``n``: the low bound is ``n + 1``."""
        _count(n, "low")
        return cls(low=n + 1, high=None, qualifier=Qualifier.MORE_THAN, text=text)

    @classmethod
    def at_most(cls, n: int, *, text: str | None = None) -> Self:
        """At most ``n``."""
        _count(n, "high")
        return cls(low=0, high=n, qualifier=Qualifier.AT_MOST, text=text)

    @classmethod
    def fewer_than(cls, n: int, *, text: str | None = None) -> Self:
        """Strictly fewer than ``n``: the high bound is ``n - 1``."""
        _count(n, "high")
        return cls(low=0, high=n - 1, qualifier=Qualifier.FEWER_THAN, text=text)

    @classmethod
    def between(cls, low: int, high: int, *, text: str | None = None) -> Self:
        """Any value from ``low`` to ``high`` inclusive."""
        return cls(low=low, high=high, qualifier=Qualifier.RANGE, text=text)

    @classmethod
    def about(cls, n: int, *, margin: Margin = DEFAULT_MARGIN, text: str | None = None) -> Self:
        """About ``n``: best ``n``, bounds ``n`` ∓ ``margin`` × ``n``, rounded outward.

        ``margin`` is exact (a Fraction, Decimal or int; 10 % by default) and at most
        [`MAX_MARGIN`][rightsdata.quantity.MAX_MARGIN] (100 %); a float, a margin out of range, a
        Decimal of more than 18 decimal places and a Fraction whose denominator is above 10**18 are
        refused with [`ValidationError`][rightsdata.ValidationError], as is an ``n`` that is not an
        int.

        ```pycon
        >>> q = Quantity.about(85000)
        >>> q.low, q.best, q.high
        (76500, 85000, 93500)

        ```
        """
        _count(n, "best")
        delta = _delta(n, margin)
        return cls(
            low=max(0, n - delta),
            high=n + delta,
            best=n,
            qualifier=Qualifier.APPROXIMATELY,
            text=text,
        )

    @classmethod
    def nearly(cls, n: int, *, margin: Margin = DEFAULT_MARGIN, text: str | None = None) -> Self:
        """Nearly ``n``: best ``n``, from ``n`` − ``margin`` × ``n`` (rounded down) up to ``n``.

        "Nearly" and "almost" say the true value is close below ``n``; ``n`` itself stays
        allowed because the source's ``n`` is usually rounded. ``margin`` is as for
        [`about`][rightsdata.Quantity.about].

        ```pycon
        >>> q = Quantity.nearly(300)
        >>> q.low, q.best, q.high
        (270, 300, 300)

        ```
        """
        _count(n, "best")
        return cls(
            low=max(0, n - _delta(n, margin)),
            high=n,
            best=n,
            qualifier=Qualifier.APPROXIMATELY,
            text=text,
        )

    @classmethod
    def parse(
        cls, text: str, *, margin: Margin = DEFAULT_MARGIN, decimal: DecimalMark = "."
    ) -> Self:
        """Read a hedged number as reports write it; the words are kept as ``text``.

        Accepts a number (digits with separators, Persian or Arabic-Indic digits, English
        number words), optionally hedged ("at least", "more than", "up to", "fewer
        than", "about", "nearly", ...), a range ("2,800–30,000", "between 2,800 and
        30,000"), or a vague order ("hundreds", "several dozen"), optionally followed by
        a unit ("32 cities", "hundreds of gigabytes") and a hedge after it ("5,000
        people or more", "85,000 prisoners or so"); see ``docs/quantities.md`` for the
        bounds each gives. ``margin`` sets the width of approximations. ``decimal`` is
        the decimal mark the text writes: ``"."`` (the default) or ``","`` for text that
        separates thousands with points ("85.000"); either way a decimal mark followed by
        exactly three digits ("5.000") is refused as ambiguous. Use
        [`parse_with_unit`][rightsdata.Quantity.parse_with_unit] to get the unit too.

        Raises [`QuantityParseError`][rightsdata.QuantityParseError], quoting the text and saying
        what was expected, for anything else (including shares such as "half", and text longer
        than [`MAX_TEXT_LENGTH`][rightsdata.quantity.MAX_TEXT_LENGTH] characters, and numbers above
        [`MAX_COUNT`][rightsdata.quantity.MAX_COUNT], wherever they are). A ``margin`` that is not
        an exact ratio from 0 to [`MAX_MARGIN`][rightsdata.quantity.MAX_MARGIN] (see
        [`about`][rightsdata.Quantity.about]), or a ``decimal`` other than ``"."`` and ``","``,
        raises [`ValidationError`][rightsdata.ValidationError], whatever the text.

        ```pycon
        >>> q = Quantity.parse("more than 30,000")
        >>> q.low, q.high, q.qualifier
        (30001, None, <Qualifier.MORE_THAN: 'more_than'>)

        ```
        """
        return cls.parse_with_unit(text, margin=margin, decimal=decimal)[0]

    @classmethod
    def parse_with_unit(
        cls, text: str, *, margin: Margin = DEFAULT_MARGIN, decimal: DecimalMark = "."
    ) -> tuple[Self, str | None]:
        """Like [`parse`][rightsdata.Quantity.parse], and also return the unit: the noun phrase
        after the number.

        The unit is as written ("cities", "gigabytes", "political prisoners"), or ``None``
        when there is none; words after the noun phrase ("hanged" in "281 prisoners
        hanged") stay only in ``text``. It belongs on [`Figure.unit`][rightsdata.Figure.unit], not
        on the quantity.

        ```pycon
        >>> q, unit = Quantity.parse_with_unit("at least 32 cities")
        >>> q.low, unit
        (32, 'cities')

        ```
        """
        return _parse(cls, text, margin, decimal)

    def contains(self, n: int) -> bool:
        """Whether the value ``n`` is allowed by this quantity."""
        if self.low is not None and n < self.low:
            return False
        return not (self.high is not None and n > self.high)

    def __str__(self) -> str:
        """The words it was read from, or words built from the fields that parse back to it.

        ```pycon
        >>> str(Quantity.more_than(30000)), str(Quantity.between(2800, 30000))
        ('more than 30,000', '2,800–30,000')

        ```
        """
        if self.text is not None:
            return self.text
        lo, hi, best, q = self.low, self.high, self.best, self.qualifier
        if q is Qualifier.EXACT and lo is not None and best in (None, lo):
            return f"{lo:,}"
        if best is None:
            if q is Qualifier.AT_LEAST and lo is not None and hi is None:
                return f"at least {lo:,}"
            if q is Qualifier.MORE_THAN and lo and hi is None:
                return f"more than {lo - 1:,}"
            if q is Qualifier.AT_MOST and lo == 0 and hi is not None:
                return f"at most {hi:,}"
            if q is Qualifier.FEWER_THAN and lo == 0 and hi is not None:
                return f"fewer than {hi + 1:,}"
            if q is Qualifier.RANGE and lo is not None and hi is not None:
                return f"{lo:,}–{hi:,}"
            if q is Qualifier.VAGUE and lo is not None and hi is not None:
                phrase = _VAGUE_BY_BOUNDS.get((lo, hi))
                if phrase is not None:
                    return phrase
        elif q is Qualifier.APPROXIMATELY and lo is not None and hi is not None:
            delta = _delta(best, DEFAULT_MARGIN)
            if lo == max(0, best - delta) and hi == best + delta:
                return f"about {best:,}"
            if lo == max(0, best - delta) and hi == best:
                return f"nearly {best:,}"
            return f"about {best:,} ({lo:,}–{hi:,})"
        shown = f"[{'' if lo is None else lo}, {'' if hi is None else hi}]"
        return shown if best is None else f"{shown} best {best}"
