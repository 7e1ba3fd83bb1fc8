"""Quantity: a hedged count as a report gives it, always an interval with an optional best.

[`Quantity.parse`][rightsdata.Quantity.parse] reads the phrases reports use ("at least 5,000", "some
85,000", "2,800–30,000", "hundreds of gigabytes") under the conventions documented in
``docs/quantities.md``: the bounds of each hedge, the approximation margin and the table of
vague orders ([`VAGUE_ORDERS`][rightsdata.quantity.VAGUE_ORDERS]).
"""

from __future__ import annotations

import enum
import math
import re
from decimal import Decimal
from fractions import Fraction
from typing import Final, NamedTuple, Self, TypeAlias, TypeVar

import attrs

from rightsdata._typed import check, typed
from rightsdata.errors import FieldProblem, QuantityParseError, ValidationError
from rightsdata.numbers import (
    MAX_COUNT,
    MULTIPLIERS,
    NUMBER_WORDS,
    DecimalMark,
    Number,
    Token,
    check_decimal,
    check_text,
    normalize_digits,
    quoted,
    read_digits,
    read_number,
    shown,
    tokenize,
)
from rightsdata.vocab import bounds, labels

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

_Q = TypeVar("_Q", bound="Quantity")

_VAGUE_BY_BOUNDS: Final = {bounds: phrase for phrase, bounds in reversed(VAGUE_ORDERS.items())}
"""The phrase ``Quantity.__str__`` writes for each vague interval: the first listed."""


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


# ---------------------------------------------------------------------------------------
# Parsing. The text is put through normalize_digits (one character for one, so offsets
# hold), then: an optional hedge at the start (one regex), then either a vague order
# (one regex) or a number read from tokens, a range, a unit and an optional hedge after
# the number or the unit ("5,000 people or more").

_HEDGES: Final = labels("quantity_en", "hedges")
"""The hedges written before a number, and how each bounds it (see docs/quantities.md)."""

_TRAILING_HEDGES: Final = labels("quantity_en", "trailing")
"""The hedges written after the number or its unit ("5,000 people or more"); "N or
more" is "at least N", "N or fewer" is "at most N", "N or so" is "about N"."""

_TRAILING_BY_FIRST: Final[dict[str, list[tuple[tuple[str, ...], str]]]] = {}
"""Each trailing hedge's first word -> its words and how it bounds the number."""
for _phrase, _kind in _TRAILING_HEDGES.items():
    _TRAILING_BY_FIRST.setdefault(_phrase.split()[0], []).append((tuple(_phrase.split()), _kind))
_RANGE_LEADS: Final = (None, "between", "from", "about")
"""The leading hedges a range may have: none, its own words, or an approximation."""


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _hedge_pattern(phrase: str) -> str:
    """A leading hedge as a regex: a word must end there ("over", not "overseers");
    "~" and abbreviations ("c.") may touch the number ("~300", "c.300")."""
    return _alternation([phrase]) + (r"(?=\s|$)" if phrase[-1].isalpha() else "")


_HEDGE_RE: Final = re.compile(
    r"\s*(?P<hedge>"
    + "|".join(_hedge_pattern(h) for h in sorted(_HEDGES, key=len, reverse=True))
    + r")\s*",
    re.IGNORECASE,
)
_VAGUE_RE: Final = re.compile(
    r"(?P<vague>" + _alternation(list(VAGUE_ORDERS)) + r")(?!\w)", re.IGNORECASE
)
_VAGUE_NEEDS_OF: Final = frozenset(p for p in VAGUE_ORDERS if p.endswith(("s", "handful")))
"""Vague orders that take their unit after "of" ("hundreds of people", "a handful of
people"); the others take it directly ("several hundred people", "a few people")."""
_SPACES: Final = re.compile(r"\s+")

_SHARE_WORDS: Final = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "percent", "per", "majority"}
)
_STOP_WORDS: Final = frozenset(
    {
        *("a", "an", "the", "this", "these", "those", "that", "its", "their", "them", "they"),
        *("and", "or", "but", "nor", "as", "than", "so", "far", "who", "whom", "which"),
        *("of", "in", "on", "at", "to", "by", "for", "from", "with", "without", "within"),
        *("into", "during", "since", "until", "across", "over", "under", "between"),
        *("among", "after", "before", "about", "around", "per", "including", "more", "less"),
        *("is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will"),
        *("would", "could", "may", "might", "reportedly", "allegedly", "alone", "each"),
        *("all", "some", "there", "here", "last", "this", "such"),
    }
)
_IRREGULAR_PARTICIPLES: Final = frozenset(
    {"held", "shot", "hung", "slain", "taken", "seen", "kept", "sent", "brought", "found"}
    | {"beaten", "left", "lost", "given", "thrown", "put", "hit", "struck", "caught", "made"}
)
_NUMBERISH: Final = (NUMBER_WORDS - {"a", "and"}) | {
    word for phrase in VAGUE_ORDERS for word in phrase.split() if word not in ("of", "a")
}
"""Words that belong to a number, never to its unit ("dozens of thousands" is no unit)."""

_EXPECTED: Final = (
    "expected a number (281, 85,000, ۸۵٬۰۰۰, thirty thousand), optionally hedged "
    "(at least 5,000; more than 30,000; some 85,000; up to 60), a range (2,800–30,000; "
    "between 2,800 and 30,000) or a vague order (hundreds; several dozen), then "
    "optionally a unit (32 cities)"
)

_Tail: TypeAlias = tuple[str, str]
"""A hedge after the number: (how it bounds the number, its words)."""


class _Phrase(NamedTuple):
    """What ``_parse`` reads: the text, and what it has found so far."""

    text: str
    """The text as given."""
    rest: str
    """The normalized text after the leading hedge."""
    offset: int
    """Where ``rest`` starts in ``text``."""
    tokens: list[Token]
    """The tokens of ``rest``."""
    lead: str | None
    """How the leading hedge bounds the number (a value of ``_HEDGES``), if any."""
    said: str
    """The leading hedge's words, lower-cased ("" if none)."""
    margin: Margin
    decimal: DecimalMark

    def written(self, tok: Token) -> str:
        """A token as the text wrote it."""
        return self.text[self.offset + tok.start : self.offset + tok.end]


def _fail(text: str, why: str) -> QuantityParseError:
    return QuantityParseError(f"cannot read {quoted(text)} as a quantity: {why}")


def _problems(exc: ValidationError) -> str:
    return "; ".join(p.message for p in exc.problems)


def _share_hint(text: str) -> str:
    return (
        "a share of another count is not a count; record it as "
        "rightsdata.Share(ratio=Decimal(...), of=<figure id>, text=" + repr(text) + ") on "
        "a Figure, with an open quantity"
    )


def _not_whole(ph: _Phrase) -> QuantityParseError:
    return QuantityParseError(
        f"cannot read {ph.text!r}: {ph.written(ph.tokens[0])!r} is not a whole number, and "
        "a count must be one"
    )


def _parse(cls: type[_Q], text: str, margin: Margin, decimal: DecimalMark) -> tuple[_Q, str | None]:
    check_text(text)
    _margin(margin)
    check_decimal(decimal)
    if len(text) > MAX_TEXT_LENGTH:
        raise _fail(text, f"{len(text)} characters is too long (at most {MAX_TEXT_LENGTH})")
    norm = normalize_digits(text, decimal=decimal)
    hm = _HEDGE_RE.match(norm)
    lead: str | None = None
    said = ""
    if hm is not None:
        said = _SPACES.sub(" ", hm.group("hedge").lower())
        lead = _HEDGES[said]
        offset = hm.end()
    else:
        offset = len(norm) - len(norm.lstrip())
    rest = norm[offset:]
    if lead is None:
        vm = _VAGUE_RE.match(rest)
        if vm is not None:
            return _vague(cls, text, rest, vm)
    tokens = tokenize(rest)
    if not tokens:
        raise _fail(text, f"expected a number after {said!r}" if said else _EXPECTED)
    ph = _Phrase(
        text=text,
        rest=rest,
        offset=offset,
        tokens=tokens,
        lead=lead,
        said=said,
        margin=margin,
        decimal=decimal,
    )
    candidates = _first_numbers(ph)
    if not candidates:
        first = tokens[0]
        if any(t.value in _SHARE_WORDS or t.value == "%" for t in tokens):
            raise _fail(text, _share_hint(text))
        if lead is not None and _VAGUE_RE.match(rest):
            raise _fail(text, f"a vague order cannot be hedged with {said!r}; write it alone")
        where = f" after {said!r}" if said else ""
        raise _fail(text, f"{_EXPECTED}; found {first.value!r}{where}")
    problem: QuantityParseError | None = None
    for end, a in candidates:
        try:
            return _read_from(cls, ph, end, a)
        except QuantityParseError as exc:
            problem = problem or exc
    assert problem is not None
    raise problem


def _first_numbers(ph: _Phrase) -> list[tuple[int, Number | Fraction]]:
    """The ways the first number can be read; a decimal with no multiplier after it
    ("1.5" of "1.5-2 million") is its exact value, which only a range can use."""
    tokens = ph.tokens
    if tokens[0].kind == "num" and "." in tokens[0].value:
        value = read_digits(tokens[0], ph.text, decimal=ph.decimal)
        multiplied = len(tokens) > 1 and tokens[1].value in MULTIPLIERS
        if value.denominator != 1 and not multiplied:
            return [(1, value)]
    return list(read_number(tokens, 0, ph.text, decimal=ph.decimal))


def _read_from(cls: type[_Q], ph: _Phrase, end: int, a: Number | Fraction) -> tuple[_Q, str | None]:
    """The quantity whose first number ``a`` ends before ``ph.tokens[end]``."""
    tokens, lead = ph.tokens, ph.lead
    if end < len(tokens) and _is_separator(tokens[end], lead):
        if lead not in _RANGE_LEADS:
            if read_number(tokens, end + 1, ph.text, decimal=ph.decimal):
                raise _fail(ph.text, f"a range cannot be hedged with {ph.said!r}")
        else:
            found = _range(cls, ph, end, a)
            if found is not None:
                return found
    if lead in ("between", "from"):
        sep = "and" if lead == "between" else "to"
        raise _fail(ph.text, f"expected '{lead} A {sep} B' (a range of two numbers)")
    if isinstance(a, Fraction):
        raise _not_whole(ph)
    if lead in ("about", "nearly") and end < len(tokens) and tokens[end].value == "(":
        return _explicit(cls, ph, end, a)
    unit, tail = _unit(ph.text, ph.rest, tokens, end, of_required=False)
    return _build(cls, ph, tail, a.value), unit


def _build(cls: type[_Q], ph: _Phrase, tail: _Tail | None, n: int) -> _Q:
    """The quantity for the number ``n`` hedged by ``ph.lead`` and ``tail``."""
    text, lead, margin = ph.text, ph.lead, ph.margin
    try:
        if tail is not None and lead is not None:
            if lead in ("about", "nearly") and tail[0] != "about":
                # "about 300 or more": from the low end of "about 300", unbounded above.
                near = (
                    cls.about(n, margin=margin) if lead == "about" else cls.nearly(n, margin=margin)
                )
                if tail[0] == "at_least":
                    return cls(low=near.low, high=None, qualifier=Qualifier.AT_LEAST, text=text)
                return cls(low=0, high=near.high, qualifier=Qualifier.AT_MOST, text=text)
            if not lead == tail[0] == "about":
                why = f"{ph.said!r} and {tail[1]!r} both hedge the number; expected one of them"
                raise _fail(text, why)
        hedge = lead if tail is None else tail[0]
        if hedge is None:
            return cls.exact(n, text=text)
        if hedge == "at_least":
            return cls.at_least(n, text=text)
        if hedge == "more_than":
            return cls.more_than(n, text=text)
        if hedge == "at_most":
            return cls.at_most(n, text=text)
        if hedge == "fewer_than":
            return cls.fewer_than(n, text=text)
        if hedge == "nearly":
            return cls.nearly(n, margin=margin, text=text)
        return cls.about(n, margin=margin, text=text)
    except ValidationError as exc:
        raise _fail(text, _problems(exc)) from None


def _is_separator(tok: Token, hedge: str | None) -> bool:
    if hedge == "between":
        return tok.value == "and" or tok.kind == "dash"
    return tok.value == "to" or tok.kind == "dash"


def _range(
    cls: type[_Q], ph: _Phrase, end: int, a: Number | Fraction
) -> tuple[_Q, str | None] | None:
    """A range "A–B" from ``ph.tokens[end]`` on, or None if there is no second number.

    After "about" ("around 2,800 to 3,800") each end widens by the margin."""
    tokens, text = ph.tokens, ph.text
    problem: QuantityParseError | None = None
    for b_end, b in read_number(tokens, end + 1, text, decimal=ph.decimal):
        try:
            unit, tail = _unit(text, ph.rest, tokens, b_end, of_required=False)
        except QuantityParseError as exc:
            problem = problem or exc
            continue
        if tail is not None:
            raise _fail(text, f"a range cannot be hedged with {tail[1]!r}; write it alone")
        low, high = _range_low(ph, a, b), b.value
        if low > high:
            raise _fail(text, f"a range must run upwards, but {low:,} is above {high:,}")
        if ph.lead == "about":
            low, high = max(0, low - _delta(low, ph.margin)), high + _delta(high, ph.margin)
        try:
            return cls.between(low, high, text=text), unit
        except ValidationError as exc:
            raise _fail(text, _problems(exc)) from None
    if problem is not None:
        raise problem
    return None


def _range_low(ph: _Phrase, a: Number | Fraction, b: Number) -> int:
    """The low end of the range "a–b": "2-3 million" and "1.5-2 million" carry the
    multiplier over to the first number when it has none and is no larger than b's."""
    mantissa = a if isinstance(a, Fraction) else a.mantissa
    carried = b.multiplier is not None and mantissa <= b.mantissa
    if isinstance(a, Number) and (a.multiplier is not None or not carried):
        return a.value
    if not carried or b.multiplier is None:
        raise _not_whole(ph)
    low = mantissa * b.multiplier
    if low.denominator != 1:
        raise _not_whole(ph)
    return low.numerator


def _explicit(cls: type[_Q], ph: _Phrase, end: int, a: Number) -> tuple[_Q, str | None]:
    """ "about 85,000 (76,500–93,500)": an approximation with stated bounds."""
    tokens, text = ph.tokens, ph.text
    for lo_end, lo in read_number(tokens, end + 1, text, decimal=ph.decimal):
        if lo_end >= len(tokens) or not _is_separator(tokens[lo_end], None):
            continue
        for hi_end, hi in read_number(tokens, lo_end + 1, text, decimal=ph.decimal):
            if hi_end < len(tokens) and tokens[hi_end].value == ")":
                unit, tail = _unit(text, ph.rest, tokens, hi_end + 1, of_required=False)
                if tail is not None:
                    raise _fail(text, f"stated bounds cannot be hedged with {tail[1]!r}")
                try:
                    q = cls(
                        low=lo.value,
                        high=hi.value,
                        best=a.value,
                        qualifier=Qualifier.APPROXIMATELY,
                        text=text,
                    )
                except ValidationError as exc:
                    raise _fail(text, _problems(exc)) from None
                return q, unit
    raise _fail(text, "expected stated bounds in brackets after the number: (76,500–93,500)")


def _vague(cls: type[_Q], text: str, rest: str, vm: re.Match[str]) -> tuple[_Q, str | None]:
    phrase = _SPACES.sub(" ", vm.group("vague").lower())
    low, high = VAGUE_ORDERS[phrase]
    after = rest[vm.end() :]
    tokens = tokenize(after)
    needs_of = phrase in _VAGUE_NEEDS_OF
    unit, tail = _unit(text, after, tokens, 0, of_required=needs_of, phrase=phrase)
    if tail is not None:
        raise _fail(text, f"a vague order cannot be hedged with {tail[1]!r}; write it alone")
    return cls(low=low, high=high, qualifier=Qualifier.VAGUE, text=text), unit


def _tail_at(tokens: list[Token], k: int) -> tuple[_Tail, int] | None:
    """The hedge ("or more") starting at ``tokens[k]``, and the index after it."""
    if k >= len(tokens):
        return None
    for words, kind in _TRAILING_BY_FIRST.get(tokens[k].value, ()):
        stop = k + len(words)
        if stop <= len(tokens) and all(
            t.value == w for t, w in zip(tokens[k:stop], words, strict=True)
        ):
            return (kind, " ".join(words)), stop
    return None


def _unit(
    text: str,
    rest: str,
    tokens: list[Token],
    start: int,
    *,
    of_required: bool,
    phrase: str | None = None,
) -> tuple[str | None, _Tail | None]:
    """Check the words after the number; return the unit (the noun phrase), if any, and
    the hedge right after the number or the unit ("or more"), if any."""
    n = len(tokens)
    if start >= n:
        return None, None
    i = start
    if of_required:
        if tokens[i].value != "of":
            raise _fail(text, f"expected 'of' and a unit after {phrase!r} ({phrase} of people)")
        i += 1
        if i >= n:
            raise _fail(text, f"expected a unit after '{phrase} of'")
    for k in range(i, n):
        tok = tokens[k]
        if tok.kind == "word":
            if tok.value in _NUMBERISH:
                raise _fail(text, f"unexpected number word {tok.value!r} after the number")
            if k == i and tok.value in _SHARE_WORDS:  # "two thirds", "5 percent"
                raise _fail(text, _share_hint(text))
            continue
        if tok.kind == "dash" and i < k < n - 1 and tokens[k + 1].kind == "word":
            continue
        if tok.value == "%":
            raise _fail(text, _share_hint(text))
        raise _fail(text, f"unexpected {tok.value!r} after the number; expected a unit (32 cities)")
    unit: str | None = None
    k = i
    if of_required or _tail_at(tokens, i) is None:
        first = tokens[i]
        if first.value in _STOP_WORDS or first.kind != "word":
            raise _fail(
                text,
                f"expected a unit after the number (a noun such as 'prisoners'), "
                f"found {first.value!r}",
            )
        last = first
        k = i + 1
        while k < n:
            tok = tokens[k]
            if tok.kind == "dash":
                k += 1
                continue
            w = tok.value
            if w in _STOP_WORDS or w in _IRREGULAR_PARTICIPLES:
                break
            if (len(w) >= 5 and w.endswith("ed")) or (len(w) >= 5 and w.endswith("ing")):
                break
            last = tok
            k += 1
        unit = _SPACES.sub(" ", rest[first.start : last.end])
    found = _tail_at(tokens, k)
    tail: _Tail | None = None
    if found is not None:
        tail, k = found
    for j in range(k, n):  # a hedge further on would be silently lost: refuse it
        later = _tail_at(tokens, j)
        if later is not None:
            raise _fail(
                text,
                f"{later[0][1]!r} must follow the number or its unit (5,000 people or more)",
            )
    return unit, tail
