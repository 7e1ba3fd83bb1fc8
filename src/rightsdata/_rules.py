"""The records' field rules and the forms of the JSON strings they read (private).

Each rule is a ``Rule`` (``rightsdata._typed``): the attrs validator the records put on
their fields, carrying its fast inline test (for the constructors' field checks and
the converter's fast path) and its JSON Schema fragment (for ``serialize.schema``), so
that a rule is written once. The patterns beside them are the forms of the strings
the converter reads (days, times, decimals), written as regular expressions that mean
the same in Python and in ECMA-262 (the JSON Schema uses them): ``[0-9]``, never ``\\d``
(in Python it takes any script's digits), no Python-only syntax.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Sized
from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from rightsdata._typed import MAX_EXPONENT, Rule
from rightsdata.dates.range import offset_problem
from rightsdata.errors import ValidationError

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "DECIMAL_PATTERN",
    "INT_MAX",
    "INT_MIN",
    "NAIVE_DATETIME_PATTERN",
    "OFFSET_PATTERN",
    "RATIO_PATTERN",
    "aware",
    "aware_time_schema",
    "identifier",
    "identifiers",
    "latitude_degrees",
    "longitude_degrees",
    "no_self_citation",
    "nonblank",
    "nonempty",
    "sha256_hex",
    "spaces",
    "unit_ratio",
    "whole",
]

# -- the forms of JSON strings and numbers --------------------------------------------

DATE_PATTERN = (
    "(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
)
"""A day as ``date.fromisoformat`` reads a ``YYYY-MM-DD`` string: a real day of the
Gregorian calendar, years 0001 to 9999 (29 February in leap years only)."""

OFFSET_PATTERN = "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
"""A UTC offset: ``Z``, or ``+HH:MM`` / ``-HH:MM`` less than a day."""

NAIVE_DATETIME_PATTERN = (
    DATE_PATTERN + "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,6})?"
)
"""A time of day without its offset, to the second or to the microsecond (no leap
second, no comma, no hour alone, nothing Python would read more loosely)."""

DATETIME_PATTERN = f"{NAIVE_DATETIME_PATTERN}{OFFSET_PATTERN}?"
"""A time as the converter reads and writes it: RFC 3339, the offset optional (a time
of day a source gave without one is local time)."""

INT_MIN = -(2**63)
"""The smallest integer JSON I/O reads as one (``orjson`` reads a smaller one as a float)."""
INT_MAX = 2**64 - 1
"""The largest integer JSON I/O reads as one (``orjson`` reads a larger one as a float)."""

_EXPONENT = "(?:\\+[1-9][0-9]{0,17}|-(?:[7-9]|[1-9][0-9]{1,17}))"
DECIMAL_PATTERN = (
    "-?(?:0|[1-9][0-9]*|[1-9][0-9]*\\.[0-9]+|0\\.0{0,5}[1-9][0-9]*|0\\.0{1,6}"
    f"|(?:0|[1-9](?:\\.[0-9]+)?)E{_EXPONENT})"
)
"""A finite decimal as ``str(Decimal)`` writes it, the only form the converter reads:
plain when its exponent is at most 0 and its first digit at most 6 places after the
point ("0.000005", "12.50"), else scientific ("5E-7", "1.5E+3", "0E+2")."""

RATIO_PATTERN = (
    f"-?0(?:\\.0{{1,6}}|E{_EXPONENT})?|1(?:\\.0+)?|0\\.0{{0,5}}[1-9][0-9]*"
    "|[1-9](?:\\.[0-9]+)?E-(?:[7-9]|[1-9][0-9]{1,17})"
)
"""The strings of ``DECIMAL_PATTERN`` whose value is between 0 and 1 (``"-0"`` is
0): the ratios a share is read from."""


def whole(pattern: str) -> str:
    """``pattern`` matched against the whole string, the same in ECMA-262 and Python.

    ``$`` alone would not do: in Python it also matches before a final newline, so
    ``"a" * 64 + "\\n"`` would pass as a SHA-256 digest. ``(?!\\n)`` after it takes that
    one place away (in ECMA-262, without the ``m`` flag, ``$`` is only the end)."""
    return f"^(?:{pattern})$(?!\\n)"


@functools.lru_cache(maxsize=1)
def spaces() -> str:
    """The characters ``str.split`` and ``str.strip`` take for whitespace (``str.isspace``),
    as the inside of a character class: ``\\s`` means other sets in ECMA-262 and Python."""
    codes = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    parts: list[str] = []
    start = prev = codes[0]
    for c in [*codes[1:], -1]:
        if c != prev + 1:
            parts.append(f"\\u{start:04x}" + (f"-\\u{prev:04x}" if prev != start else ""))
            start = c
        prev = c
    return "".join(parts)


def aware_time_schema() -> dict[str, object]:
    """A time with its offset: RFC 3339 ``date-time``, in the forms the converter reads."""
    return {"format": "date-time", "pattern": whole(NAIVE_DATETIME_PATTERN + OFFSET_PATTERN)}


# -- ids and text -----------------------------------------------------------------------


def _id_schema() -> dict[str, object]:
    """An id (``v.split() == [v]``): at least one character, none of them whitespace."""
    return {"pattern": whole(f"[^{spaces()}]+")}


def _identifier(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and value.split() != [value]:
        raise ValidationError.single(
            attribute.name, f"an id must be non-empty and without spaces, got {value!r}"
        )


identifier = Rule(
    "identifier",
    _identifier,
    inline="if {v} is not None and {v}.split() != [{v}]: {fail}",
    schema=_id_schema,
)
"""An id: a non-empty string without whitespace (``None`` passes: optional refs)."""


def _identifiers(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for i, v in enumerate(value):
        if v.split() != [v]:
            raise ValidationError.single(
                f"{attribute.name}[{i}]", f"an id must be non-empty and without spaces, got {v!r}"
            )


def _ids_schema() -> dict[str, object]:
    return {"items": identifier.schema}


identifiers = Rule(
    "identifiers",
    _identifiers,
    inline="for _x in {v}:\n  if _x.split() != [_x]: {fail}",
    schema=_ids_schema,
)
"""A tuple of ids, each as ``identifier`` wants it."""


def _nonblank(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not value.strip():
        raise ValidationError.single(attribute.name, "must not be empty")


nonblank = Rule(
    "nonblank",
    _nonblank,
    inline="if {v} is not None and not {v}.strip(): {fail}",
    # Non-blank text (``v.strip()``): a character that is not whitespace, anywhere.
    schema=lambda: {"pattern": f"[^{spaces()}]"},
)
"""A string with at least one non-space character (``None`` passes)."""


def _nonempty(instance: object, attribute: attrs.Attribute[Any], value: Sized) -> None:
    if len(value) == 0:
        raise ValidationError.single(attribute.name, "needs at least one item")


nonempty = Rule("nonempty", _nonempty, inline="if not {v}: {fail}", schema={"minItems": 1})
"""A collection with at least one item."""


def _no_self_citation(
    instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    _identifiers(instance, attribute, value)
    if instance.id in value:
        raise ValidationError.single(attribute.name, f"source {instance.id!r} cites itself")


no_self_citation = Rule("no_self_citation", _no_self_citation, schema=_ids_schema)
"""Ids of sources (as ``identifiers``), none of them the citing source's own ``id``."""

# -- numbers, digests, times ------------------------------------------------------------


def _latitude(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (math.isfinite(value) and -90.0 <= value <= 90.0):
        raise ValidationError.single(attribute.name, f"latitude must be in [-90, 90], got {value}")


latitude_degrees = Rule("latitude_degrees", _latitude, schema={"minimum": -90, "maximum": 90})
"""Degrees north, from -90 to 90."""


def _longitude(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (math.isfinite(value) and -180.0 <= value <= 180.0):
        raise ValidationError.single(
            attribute.name, f"longitude must be in [-180, 180], got {value}"
        )


longitude_degrees = Rule("longitude_degrees", _longitude, schema={"minimum": -180, "maximum": 180})
"""Degrees east, from -180 to 180."""

_SHA256 = re.compile("[0-9a-f]{64}")
"""A SHA-256 digest, matched whole (``fullmatch``: no final newline slips past ``$``)."""


def _sha256(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _SHA256.fullmatch(value):
        raise ValidationError.single(
            attribute.name, f"expected 64 lowercase hexadecimal digits, got {value!r}"
        )


sha256_hex = Rule("sha256_hex", _sha256, schema=lambda: {"pattern": whole(_SHA256.pattern)})
"""A SHA-256 digest in lowercase hexadecimal (``None`` passes)."""


def _aware(instance: object, attribute: attrs.Attribute[Any], value: datetime | None) -> None:
    if value is None:
        return
    if value.utcoffset() is None:
        raise ValidationError.single(attribute.name, "a time must carry its time zone (UTC offset)")
    problem = offset_problem(value)
    if problem is not None:
        raise ValidationError.single(attribute.name, problem)


aware = Rule("aware", _aware, schema=aware_time_schema)
"""A time that carries its UTC offset (``None`` passes)."""


def _ratio(instance: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not value.is_finite() or not (Decimal(0) <= value <= Decimal(1)):
        raise ValidationError.single(
            attribute.name, f"a share must be between 0 and 1, got {value}"
        )
    if abs(value.adjusted()) > MAX_EXPONENT:
        raise ValidationError.single(
            attribute.name, f"the exponent of {value} is too large to be read back"
        )


unit_ratio = Rule("unit_ratio", _ratio, schema=lambda: {"pattern": whole(RATIO_PATTERN)})
"""A decimal from 0 to 1, with an exponent small enough to be read back."""
