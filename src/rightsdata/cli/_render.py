"""What the commands print: progress bars, JSON streamed item by item, and tables as
plain text, Markdown or rich on a terminal. The output formats and the standard output
that loses no write are in ``_output`` (the group needs them to start); their names are
offered here too.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
import click
import orjson

from rightsdata.cli._output import _FORMAT as _FORMAT
from rightsdata.cli._output import _SHOWN as _SHOWN
from rightsdata.cli._output import OutputFormat as OutputFormat
from rightsdata.cli._output import _guard_stdout as _guard_stdout
from rightsdata.cli._output import _OutputError as _OutputError
from rightsdata.cli._output import _printable as _printable
from rightsdata.cli._output import _quiet_stdout as _quiet_stdout
from rightsdata.cli._output import _Stdout as _Stdout

# -- standard output ------------------------------------------------------------------


def _stdout_is_tty() -> bool:
    return sys.stdout.isatty()


# -- progress -------------------------------------------------------------------------


def _stderr_is_tty() -> bool:
    return sys.stderr.isatty()


@contextlib.contextmanager
def _progress(label: str, total: int, unit: str) -> Iterator[Callable[[int], None]]:
    """A transient progress bar on standard error; yields ``advance(n)``.

    Shown only when standard error is a terminal and there is something to count
    (``total > 0``); otherwise ``advance`` does nothing.
    """
    if total <= 0 or not _stderr_is_tty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    count = DownloadColumn() if unit == "bytes" else MofNCompleteColumn()
    columns = (TextColumn("{task.description}"), BarColumn(), count, TimeRemainingColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


# -- cells ----------------------------------------------------------------------------


def _n(count: int, noun: str) -> str:
    """``count`` and ``noun``, in the plural unless ``count`` is 1: "1 source",
    "2 sources", "6 facilities", "3 independent families"."""
    if count == 1:
        return f"{count} {noun}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return f"{count} {noun[:-1]}ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return f"{count} {noun}es"
    return f"{count} {noun}s"


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Section:
    """A titled table (``columns`` set) or list of key / value pairs (``columns`` empty)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "none"
    kind_column: int | None = None
    wrap: tuple[int, ...] = ()
    """Columns that may wrap on a narrow terminal; the others keep their width."""


_KIND_STYLES = {
    "conflict": "bold red",
    "consistent": "yellow",
    "superseded": "cyan",
    "agree": "green",
}
"""The colour of each ``DisagreementKind`` value in a table (tests/test_cli_startup.py
holds the keys to the enum): written out, so that the commands that show no
disagreement (``parse-date``, ``parse-quantity``, ``schema``) need not import the
analysis to start."""


_CELL_ITEMS = 8
"""At most this many items in one table cell, then "and 4,210 more"."""
_CELL_CHARS = 400
"""At most this many characters of text in one table cell, then how many more."""
_PAD_WIDTH = 60
"""Plain-text columns are padded to at most this width: a longer cell is not the
measure of every other row."""


def _listed(items: Iterable[str]) -> str:
    """Items, one a line, the first ``_CELL_ITEMS`` of them and how many more."""
    shown: list[str] = []
    rest = 0
    for item in items:
        if len(shown) < _CELL_ITEMS:
            shown.append(item)
        else:
            rest += 1
    if rest:
        shown.append(f"and {rest:,} more")
    return "\n".join(shown)


def _cut(text: str) -> str:
    """``text``, cut after ``_CELL_CHARS`` characters with how many more."""
    if len(text) <= _CELL_CHARS:
        return text
    return f"{text[:_CELL_CHARS]}… (and {len(text) - _CELL_CHARS:,} more characters)"


# -- JSON -----------------------------------------------------------------------------


class _Items:
    """A JSON list written item by item, never held whole (``report --format json``)."""

    def __init__(self, items: Iterable[object]) -> None:
        self.items = items


def _shown_json(value: object) -> object:
    """``value`` with every string as it is shown (``_printable``): JSON holds no
    undecodable byte of a file name."""
    if isinstance(value, str):
        return _printable(value)
    if isinstance(value, dict):
        return {_printable(str(k)): _shown_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_shown_json(v) for v in value]
    return value


def _json_value(value: object, depth: int) -> bytes:
    try:
        data = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except orjson.JSONEncodeError:
        data = orjson.dumps(_shown_json(value), option=orjson.OPT_INDENT_2)
    return data.replace(b"\n", b"\n" + b"  " * depth) if depth else data


def _json_chunks(value: object, depth: int = 0) -> Iterator[bytes]:
    """``value`` as ``orjson`` indents it, in pieces: an ``_Items`` list (and a dict
    holding one) is written one item at a time."""
    pad = b"\n" + b"  " * (depth + 1)
    if isinstance(value, _Items):
        n = 0
        for n, item in enumerate(value.items, 1):
            yield (b"," if n > 1 else b"[") + pad
            yield from _json_chunks(item, depth + 1)
        yield b"\n" + b"  " * depth + b"]" if n else b"[]"
    elif isinstance(value, dict) and value and any(isinstance(v, _Items) for v in value.values()):
        for n, (key, item) in enumerate(value.items()):
            yield (b"," if n else b"{") + pad + _json_value(key, 0) + b": "
            yield from _json_chunks(item, depth + 1)
        yield b"\n" + b"  " * depth + b"}"
    else:
        yield _json_value(value, depth)


def _echo_json(value: object) -> None:
    """Print ``value`` as indented JSON, streaming its ``_Items`` lists."""
    sys.stdout.flush()
    out = sys.stdout.buffer
    for chunk in _json_chunks(value):
        out.write(chunk)
    out.write(b"\n")
    out.flush()


# -- tables ---------------------------------------------------------------------------


def _markdown_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def _markdown(sections: Sequence[_Section]) -> str:
    out: list[str] = []
    for section in sections:
        if out:
            out.append("")
        out += [f"## {section.title}", ""]
        if not section.rows:
            out.append(f"*{section.empty}*")
        elif not section.columns:
            out += [f"- **{key}**: {_markdown_cell(value)}" for key, value in section.rows]
        else:
            out.append("| " + " | ".join(section.columns) + " |")
            out.append("|" + "|".join("---" for _ in section.columns) + "|")
            out += [
                "| " + " | ".join(_markdown_cell(c) for c in row) + " |" for row in section.rows
            ]
    return "\n".join(out)


def _plain(sections: Sequence[_Section]) -> str:
    """The sections as plain text: one line per row, columns padded with spaces."""
    from rich.cells import cell_len

    def pad(text: str, width: int) -> str:
        return text + " " * max(0, width - cell_len(text))

    out: list[str] = []
    for section in sections:
        if out:
            out.append("")
        out.append(section.title)
        rows = [tuple(c.replace("\n", "; ") for c in row) for row in section.rows]
        if not rows:
            out.append(f"  {section.empty}")
            continue
        header = [section.columns] if section.columns else []
        widths = [
            min(_PAD_WIDTH, max(cell_len(r[i]) for r in header + rows)) for i in range(len(rows[0]))
        ]
        lines = [*header, tuple("-" * w for w in widths)] if header else []
        for row in lines + rows:
            out.append("  " + "  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(line.rstrip() for line in out)


def _print_tables(sections: Sequence[_Section]) -> None:
    """Print the sections as tables: coloured on a terminal, plain text otherwise."""
    if not _stdout_is_tty():
        click.echo(_plain(sections))
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=sys.stdout, highlight=False, emoji=False, markup=False)
    for n, section in enumerate(sections):
        if n:
            console.print()
        console.print(Text(section.title, style="bold underline"))
        if not section.rows:
            console.print(Text(f"  {section.empty}", style="dim"))
            continue
        if not section.columns:
            table = Table(box=None, show_header=False)
            table.add_column(style="bold")
            table.add_column()
        else:
            table = Table(box=box.SIMPLE_HEAD, header_style="bold")
            for i, column in enumerate(section.columns):
                table.add_column(column, no_wrap=i not in section.wrap, overflow="fold")
        for row in section.rows:
            cells = []
            for i, cell in enumerate(row):
                style = _KIND_STYLES.get(cell, "") if i == section.kind_column else ""
                cells.append(Text(cell, style=style))
            table.add_row(*cells)
        console.print(table)


def _show(
    fmt: OutputFormat,
    sections: Callable[[], Sequence[_Section]],
    as_json: Callable[[], object],
) -> None:
    """Print in ``fmt``; only what that format needs is built (JSON never the tables)."""
    if fmt is OutputFormat.JSON:
        _echo_json(as_json())
    elif fmt is OutputFormat.MARKDOWN:
        click.echo(_markdown(sections()))
    else:
        _print_tables(sections())
