"""The phrase vocabularies as package data: the words the parsers read, in TOML files.

Each file beside this module holds one vocabulary, commented key by key:

- ``dates_en.toml``: English date words (months, weekdays, seasons, parts of a unit,
  ordinals, hedges, open ends, fillers, eras, zones, and the words of relative phrases);
- ``jalali.toml``: the Solar Hijri month names and their other spellings;
- ``measures_en.toml``: measure and unit synonyms and unit nesting
  ([`rightsdata.vocabulary`][rightsdata.vocabulary]);
- ``numbers_en.toml``: English number words;
- ``quantity_en.toml``: quantity hedges (before and after the number) and vague orders.

The parsers build their regexes, dicts and first-word indexes from these files, and the
tables of accepted words in ``docs/dates.md`` and ``docs/quantities.md`` are generated from
them (``python -m rightsdata.vocab --write docs/``; ``--check docs/`` fails on a stale table).
Each file is read once, when first asked for.

```pycon
>>> from rightsdata.vocab import words, numbers
>>> words("dates_en", "hedges.uncertain")[:2]
('probably', 'possibly')
>>> numbers("dates_en", "seasons.starts")["fall"]
9

```
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib.resources import files

__all__ = ["FILES", "bounds", "labels", "load", "numbers", "words"]

FILES = ("dates_en", "jalali", "measures_en", "numbers_en", "quantity_en")
"""The vocabulary files (without ``.toml``)."""


@functools.lru_cache(maxsize=len(FILES))  # one parse a file, and no more files than these
def load(name: str) -> Mapping[str, object]:
    """The parsed TOML file ``name`` (one of [`FILES`][rightsdata.vocab.FILES]), read once."""
    if name not in FILES:
        raise ValueError(f"no vocabulary {name!r}; the vocabularies are {', '.join(FILES)}")
    text = files(__name__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _at(name: str, path: str) -> object:
    """The value at the dotted ``path`` ("hedges.approximate") of the file ``name``."""
    value: object = load(name)
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            raise KeyError(f"{name}.toml has no {path!r}")
        value = value[key]
    return value


def _bad(name: str, path: str, what: str) -> TypeError:
    return TypeError(f"{name}.toml: {path!r} must be {what}")


def words(name: str, path: str) -> tuple[str, ...]:
    """The list of strings at ``path`` in the file ``name``, in the file's order."""
    value = _at(name, path)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise _bad(name, path, "a list of strings")
    return tuple(value)


def numbers(name: str, path: str) -> dict[str, int]:
    """The table of words to whole numbers at ``path`` in the file ``name``, in its order."""
    value = _at(name, path)
    if not isinstance(value, Mapping) or not all(
        type(n) is int and isinstance(w, str) for w, n in value.items()
    ):
        raise _bad(name, path, "a table of words to whole numbers")
    return dict(value)


def labels(name: str, path: str) -> dict[str, str]:
    """The table of words to strings at ``path`` in the file ``name``, in its order."""
    value = _at(name, path)
    if not isinstance(value, Mapping) or not all(
        isinstance(w, str) and isinstance(v, str) for w, v in value.items()
    ):
        raise _bad(name, path, "a table of words to strings")
    return dict(value)


def bounds(name: str, path: str) -> dict[str, tuple[int, int]]:
    """The table of words to ``[low, high]`` pairs at ``path`` in the file ``name``."""
    value = _at(name, path)
    out: dict[str, tuple[int, int]] = {}
    if isinstance(value, Mapping):
        for w, pair in value.items():
            if (
                isinstance(pair, list)
                and len(pair) == 2
                and all(type(n) is int for n in pair)
                and pair[0] <= pair[1]
            ):
                out[w] = (pair[0], pair[1])
    if not isinstance(value, Mapping) or len(out) != len(value):
        raise _bad(name, path, "a table of words to [low, high] pairs of whole numbers")
    return out
