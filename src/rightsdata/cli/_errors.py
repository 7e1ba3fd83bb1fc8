"""Errors as the commands show them: one line, ``rightsdata: error: ...``, in the
command's own terms, exit status 1.
"""

from __future__ import annotations

import errno
import os
import re

import click

from rightsdata.cli._output import _OutputError
from rightsdata.errors import RightsdataError, ValidationError


class _Failure(click.ClickException):
    """Bad input: shown as one line, ``rightsdata: error: ...``, exit status 1."""

    def show(self, file: object = None) -> None:
        click.echo(f"rightsdata: error: {self.message}", err=True)


def _one_line(exc: BaseException) -> str:
    """An error as one line, in the command's terms: the first problem, and how many more."""
    return _cli_terms(" ".join(_first_line(exc).splitlines()))


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        lines = str(exc).splitlines() or ["invalid value"]
        if len(lines) > 1:
            where = f" {exc.file}" if exc.file else ""
            return f"{lines[0]} (and {len(lines) - 1} more; rightsdata validate{where} lists them)"
        return lines[0]
    if isinstance(exc, _OutputError):
        return f"cannot write standard output: {_reason(exc)}"
    if isinstance(exc, OSError) and exc.strerror:
        if exc.filename is None:
            return exc.strerror
        return f"cannot read {exc.filename}: {_reason(exc)}"
    if isinstance(exc, RightsdataError):
        return "; ".join(str(exc).splitlines()) or type(exc).__name__
    return f"unexpected {type(exc).__name__}: {exc} (rerun with --debug for the traceback)"


def _reason(exc: OSError) -> str:
    """Why a file could not be read or written, in words."""
    if isinstance(exc, FileNotFoundError) and exc.strerror == os.strerror(errno.ENOENT):
        return "no such file"
    if isinstance(exc, IsADirectoryError) and exc.strerror == os.strerror(errno.EISDIR):
        return "it is a folder, not a file"
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def _cannot_write(exc: OSError) -> _Failure:
    return _Failure(f"cannot write {exc.filename}: {_reason(exc)}")


_KEYWORDS = {"anchor": "--anchor", "calendar": "--calendar", "tz": "--tz", "margin": "--margin"}
"""The library's keyword arguments that are options of the command, by the same meaning."""
_KEYWORD = re.compile(r"\b(" + "|".join(_KEYWORDS) + r")=( ?)")
_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'" r'|"(?:[^"\\\n]|\\.)*"')
_CLASS_NAME = re.compile(r"\bDateRange\b")


def _cli_terms(message: str) -> str:
    """A library message in the command's terms: ``pass anchor=`` becomes ``pass
    --anchor``, ``tz='Mars'`` becomes ``--tz 'Mars'``; quoted text is left as it is."""

    def plain(text: str) -> str:
        text = _KEYWORD.sub(lambda m: f"{_KEYWORDS[m[1]]} ", text)
        return _CLASS_NAME.sub("date range", text)

    out, pos = [], 0
    for m in _QUOTED.finditer(message):
        out += [plain(message[pos : m.start()]), m[0]]
        pos = m.end()
    out.append(plain(message[pos:]))
    return "".join(out).rstrip()
