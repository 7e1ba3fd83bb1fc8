"""The files the commands read and write: records read with a progress bar, the bundled
example, and the checks made before a file is replaced.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import click

from rightsdata import _scan
from rightsdata.cli import _render
from rightsdata.cli._errors import _cannot_write, _Failure
from rightsdata.dataset import Dataset
from rightsdata.records import Record
from rightsdata.serialize import collector_paused
from rightsdata.serialize.jsonio import read_jsonl, unwritable

PROGRESS_THRESHOLD_BYTES = 1 << 20
"""Files larger than this (1 MiB, some 2,500 records) get a progress bar on a terminal."""

_PROGRESS_THRESHOLD_RECORDS = 2_500
"""JSON files of more records than this get a progress bar on a terminal (``validate``)."""
_EXAMPLE = "iran_prisons.jsonl (bundled example)"


T = TypeVar("T")

_FILE = click.argument("file", required=False, type=click.Path(path_type=Path))
"""The optional FILE argument of the commands that default to the bundled example."""


# -- reading --------------------------------------------------------------------------


def _records(name: str) -> Iterator[Record]:
    """The records of a file, in order; a progress bar for a large JSON Lines file."""
    if not name.endswith(".jsonl"):
        # .json (read in one go: a spinner while a large file is read), or the error for
        # an unknown extension
        big = name.endswith(".json") and os.path.getsize(name) > PROGRESS_THRESHOLD_BYTES
        if not (big and _render._stderr_is_tty()):
            yield from Dataset.load(name)
            return
        from rich.console import Console

        with Console(file=sys.stderr).status(f"reading {name}"):
            ds = Dataset.load(name)
        yield from ds
        return
    yield from _jsonl_progress(f"reading {name}", name, read_jsonl(name))


def _jsonl_progress(label: str, name: str, items: Iterable[T]) -> Iterator[T]:
    """``items``, one a line of the JSON Lines file ``name``, with a progress bar when
    the file is large and standard error a terminal."""
    if os.path.getsize(name) <= PROGRESS_THRESHOLD_BYTES or not _render._stderr_is_tty():
        yield from items
        return
    with _render._progress(label, _scan.count_lines(name), "records") as advance:
        for n, item in enumerate(items, 1):
            yield item
            if n % _scan.BATCH == 0:
                advance(_scan.BATCH)


def _load(file: Path | None) -> tuple[Dataset, str]:
    """The dataset in ``file`` (or the bundled example) and how to name it."""
    if file is None:
        from rightsdata.examples import iran_prisons

        return iran_prisons(), _EXAMPLE
    name = os.fspath(file)
    _scan.check_input(name)
    with collector_paused():
        return Dataset(_records(name)), name


# -- writing --------------------------------------------------------------------------


def _check_output(name: str) -> None:
    """Refuse a path no file can be written at: a folder, a missing or read-only folder."""
    problem = unwritable(name)
    if problem is not None:
        raise _cannot_write(problem)


@contextlib.contextmanager
def _writing(name: str) -> Iterator[None]:
    """Report an error writing ``name`` as ``cannot write NAME: why``; errors reading
    another file on the way pass unchanged."""
    try:
        yield
    except OSError as exc:
        if exc.filename != name:
            raise
        raise _cannot_write(exc) from exc


def _refuse_to_replace(name: str, why_not: Callable[[str, bytes], str | None], what: str) -> None:
    """Stop unless ``name`` is absent, empty, or holds ``what`` (``why_not`` of its name
    and bytes says what else it holds, or ``None``)."""
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return
    reason = why_not(name, data) if data.strip() else None
    if reason is not None:
        raise _Failure(
            f"refusing to replace {name}, which is not {what} ({reason}); "
            "--force replaces it anyway"
        )
