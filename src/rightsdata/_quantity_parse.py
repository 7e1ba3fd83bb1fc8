"""Reading a quantity phrase ("at least 5,000", "2,800–30,000", "hundreds of people")
(internal to [`rightsdata.quantity`][rightsdata.Quantity.parse]); the hedges and vague
orders come from ``rightsdata/vocab/quantity_en.toml``."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple, TypeAlias, TypeVar

from rightsdata._quantity_terms import (
    MAX_TEXT_LENGTH,
    VAGUE_ORDERS,
    Margin,
    Qualifier,
    _delta,
    _margin,
)
from rightsdata.errors import QuantityParseError, ValidationError
from rightsdata.numbers import (
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
    tokenize,
)
from rightsdata.vocab import labels

if TYPE_CHECKING:
    from rightsdata.quantity import Quantity

_Q = TypeVar("_Q", bound="Quantity")

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
    _check_unit_words(text, tokens, i)
    unit: str | None = None
    k = i
    if of_required or _tail_at(tokens, i) is None:
        unit, k = _noun_phrase(text, rest, tokens, i)
    found = _tail_at(tokens, k)
    tail: _Tail | None = None
    if found is not None:
        tail, k = found
    _refuse_later_tail(text, tokens, k)
    return unit, tail


def _check_unit_words(text: str, tokens: list[Token], i: int) -> None:
    """Refuse what cannot stand after the number from ``tokens[i]`` on: a number word, a
    share ("two thirds", "5 percent"), anything but words and the dashes between them."""
    n = len(tokens)
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


def _noun_phrase(text: str, rest: str, tokens: list[Token], i: int) -> tuple[str, int]:
    """The unit starting at ``tokens[i]`` (up to a stop word or a participle, as ``rest``
    writes it, spaces folded) and the index of the token after it."""
    n = len(tokens)
    first = tokens[i]
    if first.value in _STOP_WORDS or first.kind != "word":
        raise _fail(
            text,
            f"expected a unit after the number (a noun such as 'prisoners'), found {first.value!r}",
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
    return _SPACES.sub(" ", rest[first.start : last.end]), k


def _refuse_later_tail(text: str, tokens: list[Token], k: int) -> None:
    """Refuse a hedge from ``tokens[k]`` on: further on it would be silently lost."""
    for j in range(k, len(tokens)):
        later = _tail_at(tokens, j)
        if later is not None:
            raise _fail(
                text,
                f"{later[0][1]!r} must follow the number or its unit (5,000 people or more)",
            )
