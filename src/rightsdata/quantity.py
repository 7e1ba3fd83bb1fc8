"""Quantity: a hedged count as a report gives it, always an interval with an optional best."""

from __future__ import annotations

import enum
from typing import Self

import attrs

from rightsdata.errors import FieldProblem, ValidationError

__all__ = ["Qualifier", "Quantity"]


class Qualifier(enum.Enum):
    """How a source hedged a number.

    The bounds each qualifier implies are documented on :class:`Quantity`.
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
    """"some N", "about N": best = N within a documented margin."""
    RANGE = "range"
    """"between A and B": low = A, high = B."""
    VAGUE = "vague"
    """"hundreds", "thousands": an interval by convention, no best estimate."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Quantity:
    """A count as a source states it: the interval it allows, a best estimate, the words.

    ``low`` and ``high`` bound the true value (inclusive; ``None`` means unbounded on
    that side); ``best`` is the single number the source offers, if it offers one. The
    library never invents a best estimate: "at least 5,000" has ``low=5000`` and no
    ``best``. All numbers are counts, so they are non-negative integers.

    >>> Quantity.at_least(5000)
    Quantity(low=5000, high=None, best=None, qualifier=<Qualifier.AT_LEAST: 'at_least'>, text=None)
    >>> Quantity.more_than(30000).low
    30001
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
        return cls(low=n, high=n, best=n, qualifier=Qualifier.EXACT, text=text)

    @classmethod
    def at_least(cls, n: int, *, text: str | None = None) -> Self:
        """At least ``n`` (``n`` itself allowed)."""
        return cls(low=n, high=None, qualifier=Qualifier.AT_LEAST, text=text)

    @classmethod
    def more_than(cls, n: int, *, text: str | None = None) -> Self:
        """Strictly more than ``n``: the low bound is ``n + 1``."""
        return cls(low=n + 1, high=None, qualifier=Qualifier.MORE_THAN, text=text)

    @classmethod
    def at_most(cls, n: int, *, text: str | None = None) -> Self:
        """At most ``n``."""
        return cls(low=0, high=n, qualifier=Qualifier.AT_MOST, text=text)

    @classmethod
    def fewer_than(cls, n: int, *, text: str | None = None) -> Self:
        """Strictly fewer than ``n``: the high bound is ``n - 1``."""
        return cls(low=0, high=n - 1, qualifier=Qualifier.FEWER_THAN, text=text)

    @classmethod
    def between(cls, low: int, high: int, *, text: str | None = None) -> Self:
        """Any value from ``low`` to ``high`` inclusive."""
        return cls(low=low, high=high, qualifier=Qualifier.RANGE, text=text)

    @classmethod
    def about(cls, n: int, *, margin: float = 0.1, text: str | None = None) -> Self:
        """About ``n``: best ``n``, bounds ``n`` minus and plus ``margin`` (default 10 %)."""
        delta = round(n * margin)
        return cls(
            low=max(0, n - delta),
            high=n + delta,
            best=n,
            qualifier=Qualifier.APPROXIMATELY,
            text=text,
        )

    def contains(self, n: int) -> bool:
        """Whether the value ``n`` is allowed by this quantity."""
        if self.low is not None and n < self.low:
            return False
        return not (self.high is not None and n > self.high)

    def __str__(self) -> str:
        if self.text is not None:
            return self.text
        if self.qualifier is Qualifier.EXACT:
            return str(self.low)
        lo = "" if self.low is None else str(self.low)
        hi = "" if self.high is None else str(self.high)
        return f"[{lo}, {hi}]"
