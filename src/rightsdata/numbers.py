"""Reading numbers as reports write them: digits in any of three scripts, or English words.

This module reads the *number* inside a hedged phrase;
[`rightsdata.Quantity.parse`][rightsdata.Quantity.parse] reads the hedge around it. It accepts:

- Latin digits with optional thousands separators in groups of three (``"85,000"``,
  ``"189500"``); a point followed by exactly three digits (``"5.000"``) is refused as
  ambiguous (5, or 5,000 with European separators) unless ``decimal=","`` says that the
  text writes ``","`` for the decimal mark and ``"."`` between thousands;
- Persian (``۰``–``۹``) and Arabic-Indic (``٠``–``٩``) digits, with the Arabic thousands
  separator U+066C (``٬``) and decimal separator U+066B (``٫``);
- a decimal followed by a multiplier word (``"1.5 million"``, ``"2.8 thousand"``), as long
  as the product is a whole number;
- English number words: ``"five"``, ``"twenty-five"``, ``"two hundred and fifty"``,
  ``"thirty thousand"``, ``"one million two hundred thousand"``, ``"a dozen"``,
  ``"two dozen"``, ``"half a million"``, ``"twenty-five hundred"``.

Digits of any other script are refused rather than guessed, and so is a number above
[`MAX_COUNT`][rightsdata.quantity.MAX_COUNT] (``2**64 - 1``), before any arithmetic on it: every
public function here returns a value or raises [`QuantityParseError`][rightsdata.QuantityParseError]
for the text, or [`ValidationError`][rightsdata.ValidationError] for a bad keyword argument.

```pycon
>>> from rightsdata.numbers import parse_number
>>> parse_number("۸۵٬۰۰۰"), parse_number("thirty thousand"), parse_number("1.5 million")
(85000, 30000, 1500000)

```
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Final, Literal, TypeAlias

import attrs

from rightsdata.errors import QuantityParseError, ValidationError
from rightsdata.vocab import numbers, words

__all__ = [
    "MAX_COUNT",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "DecimalMark",
    "Number",
    "Token",
    "check_decimal",
    "check_text",
    "normalize_digits",
    "parse_number",
    "quoted",
    "read_digits",
    "read_number",
    "shown",
    "tokenize",
]

MAX_COUNT: Final = 2**64 - 1
"""The largest count a Quantity holds: what JSON I/O can carry (64-bit integers). A
number above it is refused as soon as it is read ("18446744073709551616", "20,000,000
trillion")."""

_MAX_DIGITS: Final = len(str(MAX_COUNT))
"""The most digits a count has (20): longer digits are refused before being converted."""
_MAX_PLACES: Final = 18
"""The most decimal places (trailing zeros aside) a number may have: "1.5 million" needs
one; no count needs more than a trillion's twelve."""

DecimalMark: TypeAlias = Literal[".", ","]
"""Which character a text writes for the decimal mark: ``"."`` (the default: ``"1.5"``,
``"85,000"``) or ``","`` (``"1,5"``, ``"85.000"``); the other one separates thousands.
The Arabic separators ``٫`` (decimal) and ``٬`` (thousands) keep their meaning either way."""

_DIGIT_MAP: Final = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian (Extended Arabic-Indic)
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR
        "\u066b": ".",  # ARABIC DECIMAL SEPARATOR
    }
)
_SWAP: Final = str.maketrans(",.", ".,")
_DIGIT_MAP_COMMA: Final[dict[int, str | int | None]] = {**_DIGIT_MAP, **_SWAP}
"""The same, for a text that writes "," for the decimal mark: "," and "." change places."""

_UNITS: Final = numbers("numbers_en", "units")
_TEENS: Final = numbers("numbers_en", "teens")
_TENS: Final = numbers("numbers_en", "tens")
_SCALES: Final = numbers("numbers_en", "scales")

MULTIPLIERS: Final[dict[str, int]] = {**numbers("numbers_en", "multipliers"), **_SCALES}
"""Words that multiply the number before them ("2 dozen", "1.5 million")."""

NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    {*words("numbers_en", "other"), *_UNITS, *_TEENS, *_TENS, *MULTIPLIERS}
)
"""Every word that can be part of an English number (lower case)."""

_TOKEN: Final = re.compile(
    r"""
    (?P<num>[0-9](?:[0-9,.]*[0-9])?)
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)
    |(?P<dash>[-‐‑‒–—―−])
    |(?P<space>\s+)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_NUM_FORMAT: Final = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_AMBIGUOUS: Final = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")
"""A point and exactly three digits, nothing else: "5.000" is 5, or 5,000 written with
European separators."""
_OTHER_CONVENTION: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?")
"""Digits that are well formed only with the separators the other way round."""


@attrs.frozen(weakref_slot=False)
class Token:
    """One piece of a phrase: a number, a word, a dash or another character.

    ``kind`` is ``"num"`` (ASCII digits with separators), ``"word"`` (letters; ``value``
    lower-cased), ``"dash"`` (any hyphen or dash) or ``"other"``. ``start`` and ``end``
    locate it in the text given to ``tokenize``.
    """

    kind: str
    """``"num"``, ``"word"``, ``"dash"`` or ``"other"``."""
    value: str
    """The characters; lower-cased for words."""
    start: int
    """Offset of the first character in the tokenized text."""
    end: int
    """Offset just past the last character."""


@attrs.frozen(weakref_slot=False)
class Number:
    """A number read from a phrase: its value and, if it was ``mantissa × multiplier``, both.

    ``"3 million"`` is ``Number(3000000, Fraction(3), 1000000)``; ``"3,250"`` is
    ``Number(3250, Fraction(3250), None)``. The split lets a range like ``"2-3 million"``
    carry the multiplier over to its first number.
    """

    value: int
    """The whole number."""
    mantissa: Fraction
    """The part before the multiplier (the value itself when there is none)."""
    multiplier: int | None
    """The multiplier word's value, when the number ends in one and nothing precedes it."""


def normalize_digits(text: str, *, decimal: DecimalMark = ".") -> str:
    """Map Persian and Arabic-Indic digits and separators to ASCII, character for character.

    The result has the same length as ``text``, so offsets stay valid. It always writes
    ``"."`` for the decimal mark and ``","`` between thousands: with ``decimal=","``,
    the ASCII ``","`` and ``"."`` of ``text`` change places. Any other ``decimal`` raises
    [`ValidationError`][rightsdata.ValidationError].

    ```pycon
    >>> normalize_digits("۱۸۹٬۵۰۰")
    '189,500'
    >>> normalize_digits("1.500.000 or 2,5 million", decimal=",")
    '1,500,000 or 2.5 million'

    ```
    """
    check_text(text)
    check_decimal(decimal)
    return text.translate(_DIGIT_MAP if decimal == "." else _DIGIT_MAP_COMMA)


def check_text(text: object) -> None:
    """Refuse a ``text`` that is not a string, with a
    [`QuantityParseError`][rightsdata.QuantityParseError]."""
    if not isinstance(text, str):
        raise QuantityParseError(f"expected a string, got {type(text).__name__}")


def check_decimal(decimal: object) -> None:
    """Refuse a ``decimal`` that is not ``"."`` or ``","``, with a
    [`ValidationError`][rightsdata.ValidationError]."""
    if decimal != "." and decimal != ",":
        raise ValidationError.single(
            "decimal",
            f"expected '.' or ',' (the decimal mark the text writes), got {shown(decimal)}",
        )


def quoted(text: str) -> str:
    """``text`` quoted for a message, cut to 80 characters."""
    return repr(text if len(text) <= 80 else text[:77] + "...")


def shown(value: object) -> str:
    """Any value for an error message, cut short; a huge number by its size, since writing
    its digits out may take long or fail.

    ```pycon
    >>> from rightsdata.numbers import shown
    >>> shown(12), shown(10**400)
    ('12', 'a number of about 400 digits')

    ```
    """
    if isinstance(value, Fraction):
        bits = max(value.numerator.bit_length(), value.denominator.bit_length())
    else:
        bits = value.bit_length() if isinstance(value, int) else 0
    if bits > 256:
        return f"a number of about {int(bits * 0.30103)} digits"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def tokenize(text: str) -> list[Token]:
    """Split ``text`` (already through ``normalize_digits``) into tokens, without spaces.

    Raises [`QuantityParseError`][rightsdata.QuantityParseError] if ``text`` is not a string.
    """
    check_text(text)
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind is None or kind == "space":
            continue
        value = m.group()
        out.append(Token(kind, value.lower() if kind == "word" else value, m.start(), m.end()))
    return out


def _as_written(value: str, decimal: DecimalMark) -> str:
    """Digits normalized with ``decimal``, with their separators as the text wrote them."""
    return value.translate(_SWAP) if decimal == "," else value


def read_digits(tok: Token, text: str, *, decimal: DecimalMark = ".") -> Fraction:
    """The exact value of a ``"num"`` token (of text put through ``normalize_digits``
    with the same ``decimal``), which may have a fractional part ("1.5").

    Raises [`QuantityParseError`][rightsdata.QuantityParseError] quoting ``text`` for malformed
    digits ("1,5" with the default ``decimal``), for a decimal mark followed by exactly three
    digits ("5.000"), which may as well separate thousands, for a number above
    [`MAX_COUNT`][rightsdata.quantity.MAX_COUNT] and for more than 18 decimal places.
    """
    check_decimal(decimal)
    value = tok.value
    other = "," if decimal == "." else "."
    shown = quoted(_as_written(value, decimal))
    if "." in value and _AMBIGUOUS.fullmatch(value):
        as_decimal = format(Decimal(value).normalize(), "f")
        as_thousands = int(value.replace(".", ""))
        raise QuantityParseError(
            f"cannot read {quoted(text)}: {shown} is ambiguous: {decimal!r} may be a decimal "
            f"mark ({as_decimal}) or separate thousands ({as_thousands}); write {as_decimal} or "
            f"{as_thousands} instead, or pass decimal={other!r} if this text writes "
            f"{other!r} for the decimal mark"
        )
    if not _NUM_FORMAT.fullmatch(value):
        hint = ""
        if _OTHER_CONVENTION.fullmatch(value):
            hint = f" (if this text writes {other!r} for the decimal mark, pass decimal={other!r})"
        raise QuantityParseError(
            f"cannot read {quoted(text)}: {shown} is not a number; expected digits with "
            f"thousands separators in groups of three and at most one decimal mark "
            f"{decimal!r}{hint}"
        )
    whole, _, places = value.replace(",", "").partition(".")
    whole, places = whole.lstrip("0"), places.rstrip("0")
    if len(whole) > _MAX_DIGITS or (len(whole) == _MAX_DIGITS and int(whole) > MAX_COUNT):
        raise _too_large(shown, text)
    if len(places) > _MAX_PLACES:
        raise QuantityParseError(
            f"cannot read {quoted(text)}: {shown} has more than {_MAX_PLACES} decimal places; "
            "a count has none, and a multiplier (1.5 million) at most 12"
        )
    return Fraction(int(whole + places or "0"), 10 ** len(places))


def _too_large(shown: str, text: str) -> QuantityParseError:
    return QuantityParseError(
        f"cannot read {quoted(text)}: {shown} is above {MAX_COUNT:,} (2**64 - 1), the largest count"
    )


def _whole(value: Fraction, shown: str, text: str) -> int:
    if value.denominator != 1:
        raise QuantityParseError(
            f"cannot read {quoted(text)}: {quoted(shown)} is not a whole number, and a count "
            "must be one"
        )
    if value > MAX_COUNT:
        raise _too_large(quoted(shown), text)
    return value.numerator


def read_number(
    tokens: list[Token], i: int, text: str, *, decimal: DecimalMark = "."
) -> list[tuple[int, Number]]:
    """Every way a number can start at ``tokens[i]``, longest first, as ``(end, Number)``.

    ``end`` is the index of the first token after the number. An empty list means no
    number starts there. Raises [`QuantityParseError`][rightsdata.QuantityParseError] (quoting
    ``text``) for digits that are malformed ("1,5"), ambiguous ("5.000", see ``read_digits``),
    not whole ("85.5") or above [`MAX_COUNT`][rightsdata.quantity.MAX_COUNT] ("18446744073709551615
    thousand"). ``decimal`` is the one ``tokens`` were normalized with; a ``decimal`` other than
    ``"."`` and ``","``, or a negative ``i``, raises
    [`ValidationError`][rightsdata.ValidationError].
    """
    check_decimal(decimal)
    if i < 0:
        raise ValidationError.single("i", f"a token index must be 0 or more, got {i}")
    if i >= len(tokens):
        return []
    tok = tokens[i]
    if tok.kind == "num":
        mantissa = read_digits(tok, text, decimal=decimal)
        out: list[tuple[int, Number]] = []
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.value in MULTIPLIERS:
            mult = MULTIPLIERS[nxt.value]
            value = _whole(mantissa * mult, f"{_as_written(tok.value, decimal)} {nxt.value}", text)
            out.append((i + 2, Number(value, mantissa, mult)))
        if mantissa.denominator == 1:
            out.append((i + 1, Number(mantissa.numerator, mantissa, None)))
        elif not out:
            _whole(mantissa, _as_written(tok.value, decimal), text)
        return out
    if tok.kind != "word":
        return []
    if tok.value == "half":
        return _read_half(tokens, i)
    return _read_words(tokens, i)


def _read_half(tokens: list[Token], i: int) -> list[tuple[int, Number]]:
    # "half a dozen", "half a million": a count, unlike a bare "half" (a share).
    if i + 2 < len(tokens) and tokens[i + 1].value == "a":
        word = tokens[i + 2]
        if word.kind == "word" and word.value in MULTIPLIERS:
            mult = MULTIPLIERS[word.value]
            return [(i + 3, Number(mult // 2, Fraction(1, 2), mult))]
    return []


# States of the word reader: what the last token was.
_S_START, _S_A, _S_UNIT, _S_TEEN, _S_TENS, _S_DASH, _S_HUNDRED, _S_AND, _S_SCALE, _S_DONE = range(
    10
)
_COMPLETE: Final = frozenset({_S_UNIT, _S_TEEN, _S_TENS, _S_HUNDRED, _S_SCALE, _S_DONE})
_COUNTS: Final = (_S_A, _S_UNIT, _S_TEEN, _S_TENS)  # (the states a multiplier word may follow)


class _WordReader:
    """The state of ``_read_words`` reading one run of number words."""

    __slots__ = ("group", "hundred_in_group", "last_scale", "simple", "state", "total")

    def __init__(self) -> None:
        # total: the finished scale groups' sum; group: the one being read (below 1000)
        self.total = 0
        self.group: int | None = None
        self.hundred_in_group = False
        self.last_scale: int | None = None
        self.state = _S_START
        self.simple: tuple[int, int] | None = None  # (mantissa, multiplier) when that is all

    def take(self, w: str) -> bool:
        """Read the word ``w`` on; ``False`` (nothing changed) when the number cannot take it."""
        self.simple = None
        if w == "zero" or w == "a":
            if ok := self.state == _S_START:
                self.group, self.state = (0, _S_DONE) if w == "zero" else (1, _S_A)
            return ok
        if w in _UNITS:
            return self._small(_UNITS[w], (_S_TENS, _S_DASH, _S_HUNDRED, _S_AND), _S_UNIT)
        if w in _TEENS or w in _TENS:
            v = _TEENS[w] if w in _TEENS else _TENS[w]
            return self._small(v, (_S_HUNDRED, _S_AND), _S_TENS if w in _TENS else _S_TEEN)
        if w == "hundred":
            return self._hundred()
        if w in _SCALES:
            return self._scale(_SCALES[w])
        if w == "and":
            if ok := self.state in (_S_HUNDRED, _S_SCALE):
                self.state = _S_AND
            return ok
        if w == "dozen":
            return self._dozen()
        return False

    def _small(self, v: int, adds_to: tuple[int, ...], state: int) -> bool:
        """A unit, teen or tens word worth ``v``, alone or added after the states ``adds_to``."""
        if self.state in (_S_START, _S_SCALE):
            self.group = v
        elif self.state in adds_to:
            self.group = (self.group or 0) + v
        else:
            return False
        self.state = state
        return True

    def _hundred(self) -> bool:
        group = self.group
        if self.state not in _COUNTS or not group or self.hundred_in_group:
            return False
        if group >= 10 and self.total:  # "twenty-five hundred" only on its own
            return False
        if self.total == 0:
            self.simple = (group, 100)
        self.group, self.hundred_in_group, self.state = group * 100, True, _S_HUNDRED
        return True

    def _scale(self, scale: int) -> bool:
        group = self.group
        if self.state not in (_S_A, _S_UNIT, _S_TEEN, _S_TENS, _S_HUNDRED) or not group:
            return False
        if self.last_scale is not None and scale >= self.last_scale:
            return False
        if self.total == 0:
            self.simple = (group, scale)
        self.total += group * scale
        self.group, self.hundred_in_group, self.last_scale = None, False, scale
        self.state = _S_SCALE
        return True

    def _dozen(self) -> bool:
        group = self.group
        if self.state not in _COUNTS or not group or self.total or self.hundred_in_group:
            return False
        self.simple = (group, 12)
        self.group, self.state = group * 12, _S_DONE
        return True

    def number(self) -> Number:
        """The number read so far (when ``state`` is complete)."""
        value = self.total + (self.group or 0)
        mantissa, mult = self.simple if self.simple is not None else (value, None)
        return Number(value, Fraction(mantissa), mult)


def _read_words(tokens: list[Token], i: int) -> list[tuple[int, Number]]:
    """Read English number words from ``tokens[i]``; every complete prefix, longest first."""
    found: list[tuple[int, Number]] = []
    reader = _WordReader()
    j, n = i, len(tokens)
    while j < n:
        tok = tokens[j]
        if tok.kind == "dash":
            # only "twenty-five": a dash between a tens word and a unit word
            if reader.state == _S_TENS and j + 1 < n and tokens[j + 1].value in _UNITS:
                reader.state = _S_DASH
                j += 1
                continue
            break
        if tok.kind != "word" or not reader.take(tok.value):
            break
        j += 1
        if reader.state in _COMPLETE:
            found.append((j, reader.number()))
        if reader.state == _S_DONE:
            break
    found.reverse()
    return found


def parse_number(text: str, *, decimal: DecimalMark = ".") -> int:
    """Read a whole phrase as one number (digits in any of the three scripts, or words).

    ``decimal`` is the decimal mark the text writes (see ``DecimalMark``). Raises
    [`QuantityParseError`][rightsdata.QuantityParseError] quoting the text if it is not exactly one
    number, or if it is ambiguous ("5.000").

    ```pycon
    >>> parse_number("two hundred and fifty"), parse_number("a dozen")
    (250, 12)
    >>> parse_number("85.000", decimal=",")
    85000

    ```
    """
    tokens = tokenize(normalize_digits(text, decimal=decimal))
    for end, number in read_number(tokens, 0, text, decimal=decimal):
        if end == len(tokens):
            return number.value
    raise QuantityParseError(
        f"cannot read {quoted(text)} as a number; expected digits (85,000, ۸۵٬۰۰۰) or English "
        "number words (thirty thousand)"
    )
