"""Finding the keys an object of JSON text gives twice, for
[`rightsdata.serialize.jsonio`][rightsdata.serialize.jsonio] (internal).

``orjson`` keeps the last of two equal keys silently; JSON parsers differ on which one
counts, so rightsdata refuses both. A cheap exact filter (``may_repeat_keys``) lets
through only the texts that may repeat a key, and ``duplicate_keys`` finds each one's
path and offset.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from typing import cast

import orjson

from rightsdata.errors import FieldProblem

_DUPLICATE = "duplicate key: parsers differ on which of the two counts, so neither is read"


def duplicate_problem(path: str) -> FieldProblem:
    """The problem of a key given twice, at the key's path."""
    return FieldProblem(path=path, message=_DUPLICATE)


def may_repeat_keys(raw: bytes, data: object) -> bool:
    """Whether the JSON text ``raw``, which ``orjson.loads`` read as ``data``, may hold an
    object with a key twice (``orjson`` keeps the last one silently): a cheap, exact
    filter, ``False`` only when no key is repeated.

    Every key/value pair has exactly one structural colon, and ``orjson.dumps`` writes
    colons in strings as they are; without a ``\\u`` escape (which could write a colon
    as ``\\u003a``) the strings of ``raw`` hold the same colons as their values. So the
    colons of ``raw`` and of ``data`` written again are as many unless a pair (and the
    colons of its strings) was dropped. With a ``\\u`` escape, or when ``data`` cannot
    be written again, the answer is ``True``: ``duplicate_keys`` looks.
    """
    if b"\\" in raw and b"\\u" in raw:  # (one byte is found faster: most lines have none)
        return True
    try:
        return raw.count(b":") != orjson.dumps(data).count(b":")
    except orjson.JSONEncodeError:  # pragma: no cover (what orjson reads, it writes)
        return True


class _Repeated(Exception):
    """An object of the JSON text gives a key twice (internal)."""


def _unique_pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _Repeated
    return found


_SPACE = re.compile(r"[ \t\n\r]*")
_scanstring = cast(Callable[[str, int], tuple[str, int]], json.decoder.scanstring)  # type: ignore[attr-defined]


def _parser_finds_none(text: str) -> bool:
    """Whether the C parser of ``json`` reads ``text`` with no key repeated (``False``
    when one is, or when ``text`` is too deep for it: the walk looks then)."""
    try:
        json.loads(text, object_pairs_hook=_unique_pairs)
    except _Repeated:
        return False
    except (ValueError, RecursionError):
        return False  # (too deep for the C parser: the walk looks)
    return True


def duplicate_keys(raw: bytes) -> list[tuple[str, int]]:
    """Every key of the valid JSON text ``raw`` that repeats an earlier key of its object:
    its path (``quantity.low``, ``records[2].id``) and its character offset in the text.

    Only for the lines ``may_repeat_keys`` lets through: the C parser of ``json``
    answers first, then a walk of the text (iterative: any depth) finds where they are.
    """
    text = raw.decode("utf-8", errors="surrogatepass")
    if _parser_finds_none(text):
        return []
    walk = _KeyWalk(text)
    with contextlib.suppress(ValueError, IndexError):  # (orjson read it: it is valid)
        walk.run()
    return walk.found


# A frame of the walk: an open object (the keys seen) or array (None), with its path
# and the index of its current item.
_Frame = tuple[str, set[str] | None, list[int]]


class _KeyWalk:
    """A walk of a valid JSON text, one value at a time, gathering the repeated keys."""

    __slots__ = ("decoder", "found", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.decoder = json.JSONDecoder()
        self.found: list[tuple[str, int]] = []

    def skip(self, i: int) -> int:
        """The offset of the first character at or after ``i`` that is not white space."""
        return cast(re.Match[str], _SPACE.match(self.text, i)).end()  # (it always matches)

    def key_at(self, i: int, outer: str, seen: set[str]) -> tuple[int, str]:
        """Read the key at ``i``: the offset of its value, and its path."""
        key, end = _scanstring(self.text, i + 1)
        path = f"{outer}.{key}" if outer else key
        if key in seen:
            self.found.append((path, i))
        seen.add(key)
        return self.skip(self.skip(end) + 1), path  # (past the colon)

    def run(self) -> None:
        """Walk the whole text, filling ``found``."""
        text, skip = self.text, self.skip
        stack: list[_Frame] = []
        path = ""
        pos = skip(0)
        while True:  # a value starts at pos; its path is path
            opened = text[pos]
            if opened in "{[":
                pos = skip(pos + 1)
                if text[pos] not in "}]":
                    seen: set[str] | None = set() if opened == "{" else None
                    stack.append((path, seen, [0]))
                    if seen is None:
                        path = f"{path}[0]"
                    else:
                        pos, path = self.key_at(pos, path, seen)
                    continue
                pos += 1
            else:
                _, pos = self.decoder.raw_decode(text, pos)
            pos = self.close(pos, stack)
            if pos < 0:
                return
            pos, path = self.next_item(skip(pos + 1), stack[-1])

    def close(self, pos: int, stack: list[_Frame]) -> int:
        """After a value ending at ``pos``: close the containers that end there, and give
        the offset of the comma before the next item, or -1 at the end of the text."""
        while stack:
            pos = self.skip(pos)
            if self.text[pos] == ",":
                return pos
            pos += 1
            stack.pop()
        return -1

    def next_item(self, pos: int, frame: _Frame) -> tuple[int, str]:
        """The next item of the open container ``frame``, at ``pos``: where its value
        starts, and its path."""
        outer, seen, index = frame
        if seen is None:
            index[0] += 1
            return pos, f"{outer}[{index[0]}]"
        return self.key_at(pos, outer, seen)
