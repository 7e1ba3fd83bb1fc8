"""Checks of the strategies' options, raised as hypothesis' `InvalidArgument` when a
strategy is made."""

from __future__ import annotations

from typing import TypeVar

from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

T = TypeVar("T")

STRATEGY_CACHE = 256
"""How many strategies each builder keeps for the arguments it was last called with
(strategies are built once per set of arguments; the cache is bounded, so a caller
who varies them without end does not grow memory without end)."""


def check_strategy(name: str, value: object) -> None:
    if not isinstance(value, SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy")


def check_int(name: str, value: object, *, minimum: int = 0) -> None:
    if type(value) is not int:
        raise InvalidArgument(f"{name}={value!r} must be an integer")
    if value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be at least {minimum}")


def check_sizes(min_size: int, max_size: int | None, *, minimum: int = 0) -> None:
    check_int("min_size", min_size, minimum=minimum)
    if max_size is not None:
        check_int("max_size", max_size, minimum=minimum)
        if min_size > max_size:
            raise InvalidArgument(f"min_size={min_size} is greater than max_size={max_size}")


def strategy_or(
    name: str, value: SearchStrategy[T] | None, default: SearchStrategy[T]
) -> SearchStrategy[T]:
    if value is None:
        return default
    check_strategy(name, value)
    return value
