"""Field validators shared by the records (private)."""

from __future__ import annotations

from collections.abc import Sized
from typing import Any

import attrs

from rightsdata._typed import INLINE
from rightsdata.errors import ValidationError


def identifier(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """An id: a non-empty string without whitespace (``None`` passes: optional refs)."""
    if value is not None and value.split() != [value]:
        raise ValidationError.single(
            attribute.name, f"an id must be non-empty and without spaces, got {value!r}"
        )


def identifiers(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    """A tuple of ids, each as ``identifier`` wants it."""
    for i, v in enumerate(value):
        if v.split() != [v]:
            raise ValidationError.single(
                f"{attribute.name}[{i}]", f"an id must be non-empty and without spaces, got {v!r}"
            )


def nonblank(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """A string with at least one non-space character (``None`` passes)."""
    if value is not None and not value.strip():
        raise ValidationError.single(attribute.name, "must not be empty")


def nonempty(instance: object, attribute: attrs.Attribute[Any], value: Sized) -> None:
    """A collection with at least one item."""
    if len(value) == 0:
        raise ValidationError.single(attribute.name, "needs at least one item")


# The same tests as the functions above, written inline by the records' field checks and
# the converter's fast path (see rightsdata._typed.INLINE).
INLINE[identifier] = "if {v} is not None and {v}.split() != [{v}]: {fail}"
INLINE[identifiers] = "for _x in {v}:\n  if _x.split() != [_x]: {fail}"
INLINE[nonblank] = "if {v} is not None and not {v}.strip(): {fail}"
INLINE[nonempty] = "if not {v}: {fail}"
