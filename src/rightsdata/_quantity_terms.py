"""The terms of a quantity: how a source hedged it, the approximation margin, the limits
(internal to [`rightsdata.quantity`][rightsdata.quantity], which exports them)."""

from __future__ import annotations

import enum
import math
from decimal import Decimal
from fractions import Fraction
from typing import Final, TypeAlias

from rightsdata._typed import check
from rightsdata.errors import ValidationError
from rightsdata.numbers import (
    shown,
)
from rightsdata.vocab import bounds

Margin: TypeAlias = Fraction | Decimal | int
"""An approximation margin as an exact ratio (``Fraction(1, 10)`` is 10 %), from 0 to
[`MAX_MARGIN`][rightsdata.quantity.MAX_MARGIN]; never a float."""

DEFAULT_MARGIN: Final = Fraction(1, 10)
"""The margin of "about N" unless told otherwise: N ± 10 %, rounded outward."""

MAX_MARGIN: Final = Fraction(1)
"""The widest approximation margin: 100 % ("about 5" is then 0..10). A margin is a ratio
from 0 to this, with a denominator of at most 10**18 (a Decimal written with at most 18
decimal places), so that the bounds are computed exactly and quickly."""

_MARGIN_PLACES: Final = 18
"""How exact a margin may be: a Decimal's decimal places, a Fraction's denominator 10**18."""

MAX_TEXT_LENGTH: Final = 200
"""The longest text [`Quantity.parse`][rightsdata.Quantity.parse] reads; longer text is refused."""

VAGUE_ORDERS: Final[dict[str, tuple[int, int]]] = bounds("quantity_en", "vague")
"""The bounds of each vague order, by one rule: "Xs" and "a few X" are 2 X to 10 X − 1,
"several X" is 3 X to 10 X − 1 ("hundreds" and "a few hundred" are 200..999, "dozens"
24..119, "tens of thousands" 20,000..99,999); "a few" and "a handful" alone are 2..9.
A vague order has no best estimate."""


class Qualifier(enum.Enum):
    """How a source hedged a number.

    The bounds each qualifier implies are documented on [`Quantity`][rightsdata.Quantity].
    """

    EXACT = "exact"
    """A plain number ("281"): low = high = best."""
    AT_LEAST = "at_least"
    """"at least N", "no fewer than N": low = N, no upper bound."""
    MORE_THAN = "more_than"
    """"more than N", "over N": low = N + 1, no upper bound."""
    AT_MOST = "at_most"
    """"at most N", "up to N": high = N."""
    FEWER_THAN = "fewer_than"
    """"fewer than N", "under N": high = N - 1."""
    APPROXIMATELY = "approximately"
    """"some N", "about N": best = N within a documented margin ("nearly N": at most N)."""
    RANGE = "range"
    """"between A and B": low = A, high = B."""
    VAGUE = "vague"
    """"hundreds", "thousands": an interval by convention, no best estimate."""


def _count(n: object, path: str) -> None:
    """Refuse, at ``path`` (the field it sets), a constructor's ``n`` that is not a count:
    checked before any arithmetic, so ``more_than(True)`` or ``about("5")`` never run."""
    check(int, n, path)
    if n < 0:  # type: ignore[operator]
        raise ValidationError.single(path, f"a count cannot be negative: {n}")


def _margin(margin: object) -> Fraction:
    """Check an approximation margin and return it as an exact Fraction.

    Its size is checked before any arithmetic: ``Decimal("1E+99999999")`` and
    ``Decimal("1E-99999999")`` are refused at once, not converted."""
    if margin is DEFAULT_MARGIN:
        return DEFAULT_MARGIN
    if isinstance(margin, bool) or not isinstance(margin, Fraction | Decimal | int):
        raise ValidationError.single(
            "margin",
            f"expected a Fraction, Decimal or int (Fraction(1, 10) for 10 %), got "
            f"{type(margin).__name__} {shown(margin)}; floats are refused to keep bounds exact",
        )
    if isinstance(margin, Decimal) and not margin.is_finite():
        raise ValidationError.single("margin", f"a margin must be finite, got {margin}")
    if margin < 0:
        raise ValidationError.single("margin", f"a margin cannot be negative, got {shown(margin)}")
    if margin > MAX_MARGIN:
        raise ValidationError.single(
            "margin", f"a margin must be at most 1 (100 %), got {shown(margin)}"
        )
    if not margin:
        return Fraction(0)  # (before Fraction(Decimal("0E+99999999")) computes 10**99999999)
    if isinstance(margin, Decimal):
        exponent = margin.as_tuple().exponent
        assert isinstance(exponent, int)  # a finite Decimal's is
        if exponent < -_MARGIN_PLACES:
            raise ValidationError.single(
                "margin",
                f"a margin must have at most {_MARGIN_PLACES} decimal places, got {shown(margin)}",
            )
    ratio = Fraction(margin)
    if ratio.denominator > 10**_MARGIN_PLACES:
        raise ValidationError.single(
            "margin",
            f"a margin's denominator must be at most 10**{_MARGIN_PLACES}, got {shown(margin)}",
        )
    return ratio


def _delta(n: int, margin: object) -> int:
    """``margin`` × ``n``, rounded up (so bounds round outward), computed exactly.

    ``n`` is a count already checked (by ``_count`` in the constructors, by the reader in
    the parser); ``margin`` is checked here, before any arithmetic."""
    return math.ceil(abs(n) * _margin(margin))
