"""Reading record files before and around the loader: the checks made before a file is
read, line counts, and the line on which each record of a JSON file starts.

Shared by [`validate_file`][rightsdata.validation.validate_file] and the command line
(``rightsdata.cli``); private to the package.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat

from rightsdata.errors import ValidationError

__all__ = ["BATCH", "check_extension", "check_input", "count_lines", "json_record_lines"]

BATCH = 512
"""Records read between two progress updates."""


def check_input(name: str) -> None:
    """Raise the ``OSError`` of a file that cannot be read: missing, a folder.

    Called before anything reads the name's extension, so that a missing ``notes`` or
    a folder ``data`` is reported as such, not as an unknown file type.
    """
    if stat.S_ISDIR(os.stat(name).st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)


def check_extension(name: str) -> None:
    """Raise the [`ValidationError`][rightsdata.ValidationError] of a name that is neither
    ``.jsonl`` nor ``.json``."""
    if not name.endswith((".jsonl", ".json")):
        raise ValidationError.single(
            "", "unknown file type: expected a .jsonl or .json extension"
        ).located(file=name)


def count_lines(name: str) -> int:
    """The number of lines of the file ``name`` (its newline bytes)."""
    n = 0
    with open(name, "rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


_WS = re.compile(r"[ \t\n\r]*")


def json_record_lines(text: str) -> list[int] | None:
    """The line on which each item of the ``"records"`` list starts, or ``None``.

    Best effort, for messages only: ``None`` when the text is not laid out as expected.
    """
    decoder = json.JSONDecoder()

    def skip(i: int) -> int:
        m = _WS.match(text, i)
        return i if m is None else m.end()

    starts: list[int] = []
    try:
        i = skip(0)
        if text[i] != "{":
            return None
        i = skip(i + 1)
        while text[i] != "}":
            key, i = decoder.raw_decode(text, i)
            i = skip(i)
            if text[i] != ":":
                return None
            i = skip(i + 1)
            if key != "records":
                _, i = decoder.raw_decode(text, i)
            elif text[i] != "[":
                return None
            else:
                i = skip(i + 1)
                while text[i] != "]":
                    starts.append(i)
                    _, i = decoder.raw_decode(text, i)
                    i = skip(i)
                    if text[i] == ",":
                        i = skip(i + 1)
                i += 1
            i = skip(i)
            if text[i] == ",":
                i = skip(i + 1)
    except (ValueError, IndexError, RecursionError):
        return None
    lines: list[int] = []
    line, pos = 1, 0
    for start in starts:
        line += text.count("\n", pos, start)
        pos = start
        lines.append(line)
    return lines
