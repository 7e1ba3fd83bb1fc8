"""Open vocabularies: classes of documented string constants (private to the records)."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["open_vocabulary"]

_V = TypeVar("_V", bound=type)


def open_vocabulary(cls: _V) -> _V:
    """Give ``cls`` its ``ALL``: every upper-case string constant it defines, so that a
    value is listed once, as its constant.

    ```pycon
    >>> @open_vocabulary
    ... class Colour:
    ...     RED = "red"
    ...     BLUE = "blue"
    >>> sorted(Colour.ALL)
    ['blue', 'red']

    ```
    """
    values = frozenset(
        value
        for name, value in vars(cls).items()
        if name.isupper() and name != "ALL" and isinstance(value, str)
    )
    cls.ALL = values  # type: ignore[attr-defined]
    return cls
