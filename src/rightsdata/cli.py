"""The ``rightsdata`` command: report on, check, compare and convert record files.

Every subcommand that reads records works on a ``.jsonl`` (JSON Lines) or ``.json`` file;
``report``, ``disagreements`` and ``timeline`` use the bundled example dataset when no
file is given, ``validate`` and ``convert`` only when told to with ``--example``:

    rightsdata report [FILE] [--format table|markdown|json]
    rightsdata validate FILE... [--example] [--json]
    rightsdata disagreements [FILE] [--format ...]
    rightsdata timeline [FILE] [--format ...]
    rightsdata convert IN OUT [--force]  |  rightsdata convert --example OUT
    rightsdata schema [--write PATH [--force] | --check PATH]
    rightsdata parse-date TEXT [--anchor DATE] [--calendar jalali] [--json]
    rightsdata parse-quantity TEXT [--margin RATIO] [--json]

No command replaces a file it reads, nor a file that does not hold what it writes
(records, a JSON Schema) unless given ``--force``. Tables use colour only when standard
output is a terminal, and are plain text otherwise. Bad input (a missing file, a
malformed line, an unknown record type, a date that cannot be read, a file that cannot
be written) gives one line on standard error, ``rightsdata: error: ...``, in the
command's own terms (``--anchor``, not the library's ``anchor=``), and exit status 1;
``rightsdata --debug ...`` prints the traceback too. The page ``docs/cli.md`` shows every
subcommand with its output.
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import errno
import io
import json
import os
import re
import signal
import stat
import sys
import traceback
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TypeVar

import attrs
import click
import orjson

from rightsdata.dataset import Dataset, _IntegrityCheck
from rightsdata.dates.range import Calendar, DateRange
from rightsdata.disagree import (
    DateDisagreement,
    Disagreement,
    DisagreementKind,
    NearMiss,
    _findings,
    date_disagreements,
    source_families,
)
from rightsdata.errors import DateParseError, RightsdataError, ValidationError
from rightsdata.lint import vocabulary_warnings
from rightsdata.quantity import Quantity
from rightsdata.records import RECORD_TYPES, Event, Figure, Record
from rightsdata.serialize.converter import unstructure
from rightsdata.serialize.jsonio import (
    Malformed,
    _atomic_write,
    _dumps,
    _scan_json_bytes,
    _unwritable,
    read_jsonl,
    record_to_dict,
    scan_jsonl,
    write_json,
    write_jsonl,
)

__all__ = ["PROGRESS_THRESHOLD_BYTES", "OutputFormat", "cli", "main"]

PROGRESS_THRESHOLD_BYTES = 1 << 20
"""Files larger than this (1 MiB, some 2,500 records) get a progress bar on a terminal."""

_PROGRESS_THRESHOLD_RECORDS = 2_500
_BATCH = 512  # records read between two progress updates
_EXAMPLE = "iran_prisons.jsonl (bundled example)"

T = TypeVar("T")


class OutputFormat(enum.Enum):
    """How ``report``, ``disagreements`` and ``timeline`` print their results."""

    TABLE = "table"
    """Tables: coloured on a terminal, plain text otherwise."""
    MARKDOWN = "markdown"
    """Markdown headings and pipe tables, to paste into a document."""
    JSON = "json"
    """One JSON document; records as the converter writes them."""


# -- errors --------------------------------------------------------------------------


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


# -- standard output -----------------------------------------------------------------


class _OutputError(OSError):
    """Standard output did not take all the output: a size limit, a full disk, closed."""


_SHOWN = "rightsdata.shown"


def _show_undecodable(exc: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a byte of a name that was not UTF-8 (held as a lone
    surrogate, as Python reads such names) as ``\\xNN``, another lone surrogate as
    ``\\uNNNN``; the text stays readable and is valid UTF-8."""
    if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover (encoding only)
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        cp = ord(ch)
        out.append(f"\\x{cp - 0xDC00:02x}" if 0xDC80 <= cp <= 0xDCFF else f"\\u{cp:04x}")
    return "".join(out), exc.end


codecs.register_error(_SHOWN, _show_undecodable)


def _printable(text: str) -> str:
    """``text`` as it is shown: undecodable bytes of a file name as ``\\xNN``."""
    return text.encode("utf-8", _SHOWN).decode("utf-8")


class _Stdout(io.RawIOBase):
    """Standard output that never loses a write silently: a short write is retried, and
    one that fails raises ``_OutputError`` (a broken pipe stays a
    ``BrokenPipeError``: the reader went away)."""

    def __init__(self, fd: int, *, closed: bool) -> None:
        super().__init__()
        self._fd = fd
        self._was_closed = closed
        self.failed = False
        """Whether a write failed: later writes are dropped, and the command fails."""

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return not self._was_closed and os.isatty(self._fd)

    def write(self, data: object) -> int:
        view = memoryview(data).cast("B")  # type: ignore[arg-type]
        if self.failed:  # reported once already
            return len(view)
        if self._was_closed:
            self.failed = True
            raise _OutputError(errno.EBADF, "it is closed")
        done = 0
        while done < len(view):
            try:
                done += os.write(self._fd, view[done:])
            except BrokenPipeError:
                raise
            except InterruptedError:  # pragma: no cover
                continue
            except OSError as exc:
                self.failed = True
                raise _OutputError(exc.errno, exc.strerror or str(exc)) from None
        return done


def _guard_stdout() -> _Stdout | None:
    """Put ``_Stdout`` under ``sys.stdout``; a closed standard output (``>&-``) gets
    a stand-in that refuses every write, and its descriptor is held on ``/dev/null`` so
    that no file the command opens takes its place."""
    stream = sys.stdout
    closed = stream is None
    if closed:
        fd = os.open(os.devnull, os.O_WRONLY)
        encoding = "utf-8"
    else:
        try:
            stream.flush()
            fd, encoding = stream.fileno(), stream.encoding
        except (OSError, ValueError, AttributeError):  # not a real file: leave it
            return None
    raw = _Stdout(fd, closed=closed)
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(raw),
        encoding=encoding,
        errors=_SHOWN,
        line_buffering=raw.isatty(),
    )
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors=_SHOWN)
    return raw


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: writes in progress are undone."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


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


class _Group(click.Group):
    """A group whose subcommands turn every error into one line (a traceback with --debug)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            raise
        except Exception as exc:
            if ctx.params.get("debug"):
                traceback.print_exc(file=sys.stderr)
            raise _Failure(_one_line(exc)) from exc


# -- reading -------------------------------------------------------------------------


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


def _count_lines(name: str) -> int:
    n = 0
    with open(name, "rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def _records(name: str) -> Iterator[Record]:
    """The records of a file, in order; a progress bar for a large JSON Lines file."""
    if not name.endswith(".jsonl"):
        # .json (read in one go: a spinner while a large file is read), or the error for
        # an unknown extension
        big = name.endswith(".json") and os.path.getsize(name) > PROGRESS_THRESHOLD_BYTES
        if not (big and _stderr_is_tty()):
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
    if os.path.getsize(name) <= PROGRESS_THRESHOLD_BYTES or not _stderr_is_tty():
        yield from items
        return
    with _progress(label, _count_lines(name), "records") as advance:
        for n, item in enumerate(items, 1):
            yield item
            if n % _BATCH == 0:
                advance(_BATCH)


def _check_input(name: str) -> None:
    """Raise the ``OSError`` of a file that cannot be read: missing, a folder.

    Called before anything reads the name's extension, so that a missing ``notes`` or
    a folder ``data`` is reported as such, not as an unknown file type.
    """
    if stat.S_ISDIR(os.stat(name).st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)


def _load(file: Path | None) -> tuple[Dataset, str]:
    """The dataset in ``file`` (or the bundled example) and how to name it."""
    if file is None:
        from rightsdata.examples import iran_prisons

        return iran_prisons(), _EXAMPLE
    name = os.fspath(file)
    _check_input(name)
    return Dataset(_records(name)), name


# -- validate ------------------------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Issue:
    """One problem found by ``validate``."""

    file: str
    line: int | None
    path: str
    message: str
    record: str | None
    kind: str
    severity: str = "error"
    """``"error"`` (``validate`` exits with status 1) or ``"warning"`` (it does not)."""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.severity != _ERROR:
            where += f": {self.severity}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "path": self.path,
            "message": self.message,
            "record": self.record,
            "kind": self.kind,
            "severity": self.severity,
        }


_MALFORMED = "malformed"
_ERROR = "error"
_WARNING = "warning"


class _Scan:
    """What ``validate`` read from one file: problems, warnings and what the integrity
    check needs (never the records themselves: a file of any size fits in memory).

    A position is the line in a JSON Lines file and the index in the ``"records"`` list
    of a JSON file; ``line`` turns it into a line number. A JSON file is read once:
    its line numbers come from the same bytes as its records.
    """

    def __init__(self, name: str, raw: bytes | None = None) -> None:
        self.name = name
        self.check = _IntegrityCheck()
        self.positions = array("q")  # the position of each good record, in order
        self.issues: list[_Issue] = []
        self.warnings: list[_Issue] = []
        self.bad_ids: set[str] = set()  # ids on malformed lines: not reported as dangling
        self.is_json = raw is not None
        self._raw = raw
        self._lines: list[int] | None = None

    def record_lines(self) -> list[int]:
        """The line on which each record of a JSON file starts (best effort: for messages)."""
        if self._lines is None:
            text = (self._raw or b"").decode("utf-8", errors="replace")
            self._lines = _json_record_lines(text) or []
        return self._lines

    def line(self, position: int) -> int | None:
        if not self.is_json:
            return position
        lines = self.record_lines()
        return lines[position] if position < len(lines) else None

    def path(self, position: int, field: str) -> str:
        """The path of ``field`` of the record at ``position`` (``records[3].kind``)."""
        if not self.is_json:
            return field
        return f"records[{position}].{field}" if field else f"records[{position}]"

    def take(self, position: int | None, item: Record | Malformed) -> None:
        """Check a record read at ``position``, or keep the problems of a malformed one
        (``position`` is ``None`` for a problem of a JSON file as a whole)."""
        if not isinstance(item, Malformed):
            if position is not None:
                self.check.add(item)
                self.positions.append(position)
                self._warn(position, item)
            return
        if item.id is not None:
            self.bad_ids.add(item.id)
        line = item.error.line if position is None else self.line(position)
        for p in item.error.problems:
            issue = _Issue(
                file=self.name,
                line=line,
                path=p.path,
                message=p.message,
                record=item.id,
                kind=_MALFORMED,
            )
            self.issues.append(issue)

    def _warn(self, position: int, record: Record) -> None:
        """Keep the warnings of a record: undocumented values of open vocabularies."""
        for w in vocabulary_warnings((record,)):
            issue = _Issue(
                file=self.name,
                line=self.line(position),
                path=self.path(position, w.field),
                message=w.message,
                record=w.record,
                kind="undocumented_value",
                severity=_WARNING,
            )
            self.warnings.append(issue)


def _scan_jsonl(scan: _Scan) -> None:
    for line, item in _jsonl_progress(f"checking {scan.name}", scan.name, scan_jsonl(scan.name)):
        scan.take(line, item)


_WS = re.compile(r"[ \t\n\r]*")


def _json_record_lines(text: str) -> list[int] | None:
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


def _scan_json(scan: _Scan) -> None:
    total = len(scan.record_lines()) if _stderr_is_tty() else 0
    if total <= _PROGRESS_THRESHOLD_RECORDS:
        total = 0
    with _progress(f"checking {scan.name}", total, "records") as advance:
        for position, item in _scan_json_bytes(scan.name, scan._raw or b""):
            scan.take(position, item)
            if total and position and position % _BATCH == 0:
                advance(_BATCH)


def _integrity(scan: _Scan) -> None:
    """Add the dataset's integrity problems, each on the line of its record (a reference
    to a record on a malformed line is reported there already)."""
    for n, p in scan.check.problems(missing_ok=scan.bad_ids):
        position = scan.positions[n]
        issue = _Issue(
            file=scan.name,
            line=scan.line(position),
            path=scan.path(position, p.field),
            message=p.message,
            record=p.record,
            kind=p.kind.value,
        )
        scan.issues.append(issue)


def _no_records(scan: _Scan) -> None:
    """Add the warning of a file with no records and no problems."""
    if not scan.positions and not scan.issues:
        issue = _Issue(
            file=scan.name,
            line=None,
            path="",
            message="no records",
            record=None,
            kind="no_records",
            severity=_WARNING,
        )
        scan.warnings.append(issue)


def _validate_file(name: str) -> list[_Issue]:
    """Every problem of one file: malformed records, integrity, then warnings, in line
    order."""
    _check_input(name)
    if name.endswith(".jsonl"):
        scan = _Scan(name)
        _scan_jsonl(scan)
    elif name.endswith(".json"):
        with open(name, "rb") as fh:
            scan = _Scan(name, fh.read())
        _scan_json(scan)
    else:
        Dataset.load(name)  # raises the documented error for an unknown extension
    _integrity(scan)
    _no_records(scan)
    return sorted(scan.issues + scan.warnings, key=lambda issue: issue.line or 0)


# -- what is shown -------------------------------------------------------------------


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
    DisagreementKind.CONFLICT.value: "bold red",
    DisagreementKind.CONSISTENT.value: "yellow",
    DisagreementKind.SUPERSEDED.value: "cyan",
    DisagreementKind.AGREE.value: "green",
}


def _label(ds: Dataset, rid: str | None) -> str:
    """A record's title or name with its id, for tables."""
    if rid is None:
        return "(no subject)"
    record = ds.get(rid)
    name = getattr(record, "title", None) or getattr(record, "name", None)
    return f"{name} ({rid})" if isinstance(name, str) else rid


def _sources(citations: Iterable[object]) -> list[str]:
    return list(dict.fromkeys(str(getattr(c, "source", "")) for c in citations))


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


def _spread(d: Disagreement) -> str:
    if d.spread == float("inf"):
        return "unbounded"
    ratio = f"{d.spread:.1f}"
    return f"≥ {ratio}×" if d.spread_is_lower_bound else f"{ratio}×"


def _when(r: DateRange) -> tuple[date, date]:
    """Where a date goes in a timeline: by its first possible day, then its last.

    An open or unknown start ("before 1990") goes at its last possible day, not before
    every other event; [`DateRange.sort_key`][rightsdata.DateRange.sort_key] breaks the remaining
    ties.
    """
    first = r.earliest or r.latest
    last = r.latest or r.earliest
    if first is None or last is None:
        return r.sort_key()
    return (first, last)


def _timeline(ds: Dataset) -> list[Event]:
    """The events in date order (ties keep file order)."""
    return sorted(ds.events(), key=lambda e: _when(e.date))


def _summary_section(
    ds: Dataset, name: str, found: Sequence[Disagreement], misses: Sequence[NearMiss]
) -> _Section:
    rows = [("file", name)]
    counts = ", ".join(_n(n, tag) for tag, n in ds.counts().items())
    rows.append(("records", f"{len(ds)} ({counts})" if counts else "0"))
    sources = [s.id for s in ds.sources()]
    if sources:
        families = _n(len(source_families(ds, sources)), "independent family")
        rows.append(("sources", f"{len(sources)}, in {families}"))
    events = _timeline(ds)
    if events:
        # each date in a row of its own: its natural reading ("from 7 November to 28
        # November 2019", "before 1990") never goes into a sentence of ours
        closed = [e.date for e in events if not e.date.is_open] or [e.date for e in events]
        rows += [
            ("events", str(len(events))),
            ("first event", str(closed[0])),
            ("last event", str(closed[-1])),
        ]
    kinds = Counter(d.kind.value for d in found)
    groups = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    rows.append(
        (
            "figures",
            f"{len(ds.figures())}; disagreements: {len(found)}"
            + (f" ({groups})" if groups else "")
            + f"; near misses: {len(misses)}",
        )
    )
    problems = len(ds.validate())
    if problems:
        where = " --example" if name == _EXAMPLE else f" {name}"
        rows.append(
            ("integrity", f"{_n(problems, 'problem')}: rightsdata validate{where} lists them")
        )
    else:
        rows.append(("integrity", "no problems"))
    return _Section(title="Dataset", columns=(), rows=tuple(rows))


def _figures_section(ds: Dataset) -> _Section:
    rows = []
    for f in ds.figures():
        when = f.period or f.as_of
        rows.append(
            (
                _label(ds, f.subject),
                f"{f.measure} ({f.unit})",
                str(f.quantity),
                "" if when is None else str(when),
                _listed(_sources(f.citations)),
            )
        )
    return _Section(
        title="Figures",
        columns=("subject", "measure", "quantity", "when", "sources"),
        rows=tuple(rows),
        empty="no figures",
        wrap=(0, 1, 2, 3),
    )


def _disagreements_section(ds: Dataset, found: Sequence[Disagreement]) -> _Section:
    rows = []
    for d in found:
        numbers = _listed(f"{f.quantity} ({', '.join(_sources(f.citations))})" for f in d.figures)
        rows.append(
            (d.kind.value, numbers, _spread(d), str(d.independent_sources), _cut(d.explain()))
        )
    return _Section(
        title="Disagreements",
        columns=("kind", "numbers", "spread", "independent sources", "explanation"),
        rows=tuple(rows),
        empty="no two figures count the same thing",
        kind_column=0,
        wrap=(1, 3, 4),
    )


def _near_miss_figure(f: Figure) -> str:
    """One figure of a near miss: its number and the words that keep it apart."""
    where = f.place if f.place is not None else "no place"
    return _cut(f"{f.quantity} {f.unit} {f.measure} · {where} ({', '.join(_sources(f.citations))})")


def _near_misses_section(ds: Dataset, found: Sequence[NearMiss]) -> _Section:
    rows = [
        (
            _label(ds, n.subject),
            _listed(_near_miss_figure(f) for f in n.figures),
            ", ".join(n.differences),
            _cut(n.explain()),
        )
        for n in found
    ]
    return _Section(
        title="Near misses",
        columns=("subject", "figures", "differs in", "explanation"),
        rows=tuple(rows),
        empty="no figures kept apart by measure, unit or place",
        wrap=(0, 1, 3),
    )


def _date_disagreements_section(ds: Dataset, found: Sequence[DateDisagreement]) -> _Section:
    rows = [
        (
            _label(ds, d.event),
            _listed(f"{dr} ({', '.join(s)})" for dr, s in d.dates),
            _cut(d.explain()),
        )
        for d in found
    ]
    return _Section(
        title="Dates in disagreement",
        columns=("event", "dates", "explanation"),
        rows=tuple(rows),
        empty="no event is dated differently by its sources",
        wrap=(0, 1, 2),
    )


def _timeline_section(ds: Dataset) -> _Section:
    rows = [
        (str(e.date), f"{e.title} ({e.id})", e.kind, _listed(_sources(e.citations)))
        for e in _timeline(ds)
    ]
    return _Section(
        title="Timeline",
        columns=("when", "event", "kind", "sources"),
        rows=tuple(rows),
        empty="no events",
        wrap=(0, 1, 2),
    )


# -- JSON ----------------------------------------------------------------------------


def _summary_json(
    ds: Dataset, name: str, found: Sequence[Disagreement], misses: Sequence[NearMiss]
) -> dict[str, object]:
    sources = [s.id for s in ds.sources()]
    return {
        "file": None if name == _EXAMPLE else name,
        "records": ds.counts(),
        "total": len(ds),
        "independent_source_families": len(source_families(ds, sources)) if sources else 0,
        "disagreements": dict(Counter(d.kind.value for d in found)),
        "near_misses": len(misses),
        "problems": len(ds.validate()),
    }


def _disagreement_json(ds: Dataset, d: Disagreement) -> dict[str, object]:
    return {
        "kind": d.kind.value,
        "subject": d.subject,
        "measure": d.measure,
        "unit": d.figures[0].unit,
        "figures": [record_to_dict(f) for f in d.figures],
        "sources": list(d.sources),
        "families": [unstructure(f) for f in d.families],
        "independent_sources": d.independent_sources,
        "consensus": None if d.consensus is None else unstructure(d.consensus),
        "envelope": unstructure(d.envelope),
        "spread": None if d.spread == float("inf") else d.spread,
        "spread_is_lower_bound": d.spread_is_lower_bound,
        "estimate": unstructure(d.estimate(ds)),
        "explanation": d.explain(),
    }


def _near_miss_json(n: NearMiss) -> dict[str, object]:
    return {
        "subject": n.subject,
        "period": None if n.period is None else unstructure(n.period),
        "figures": [record_to_dict(f) for f in n.figures],
        "parts": [list(part) for part in n.parts],
        "differences": list(n.differences),
        "explanation": n.explain(),
    }


def _date_disagreement_json(d: DateDisagreement) -> dict[str, object]:
    return {
        "event": d.event,
        "dates": [
            {"date": unstructure(dr), "reads_as": str(dr), "sources": list(s)} for dr, s in d.dates
        ],
        "explanation": d.explain(),
    }


def _event_json(e: Event) -> dict[str, object]:
    return {
        "id": e.id,
        "title": e.title,
        "kind": e.kind,
        "date": unstructure(e.date),
        "reads_as": str(e.date),
        "edtf": e.date.to_edtf(),
        "sources": _sources(e.citations),
    }


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Findings:
    """Where the sources of one dataset part ways, worked out once for every format."""

    dataset: Dataset
    disagreements: list[Disagreement]
    near_misses: list[NearMiss]
    dates: list[DateDisagreement]

    @classmethod
    def of(cls, ds: Dataset) -> _Findings:
        # disagreements(ds) and near_misses(ds) from one grouping; the same ``ds`` goes
        # to Disagreement.estimate, which reuses what was read from it (linear output).
        found, misses = _findings(ds)
        return cls(
            dataset=ds, disagreements=found, near_misses=misses, dates=date_disagreements(ds)
        )

    def sections(self) -> list[_Section]:
        """Disagreements, near misses, then dates in disagreement when there are any."""
        ds = self.dataset
        sections = [
            _disagreements_section(ds, self.disagreements),
            _near_misses_section(ds, self.near_misses),
        ]
        if self.dates:
            sections.append(_date_disagreements_section(ds, self.dates))
        return sections

    def json(self) -> dict[str, object]:
        """The same, as streamed JSON lists."""
        ds = self.dataset
        return {
            "disagreements": _Items(_disagreement_json(ds, d) for d in self.disagreements),
            "near_misses": _Items(_near_miss_json(n) for n in self.near_misses),
            "date_disagreements": _Items(_date_disagreement_json(d) for d in self.dates),
        }


# -- printing ------------------------------------------------------------------------


def _stdout_is_tty() -> bool:
    return sys.stdout.isatty()


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


# -- the commands --------------------------------------------------------------------

_FILE = click.argument("file", required=False, type=click.Path(path_type=Path))
_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=OutputFormat.TABLE.value,
    show_default=True,
    help="Tables (plain text when not on a terminal), Markdown, or JSON.",
)


@click.group(cls=_Group)
@click.version_option(package_name="rightsdata")
@click.option("--debug", is_flag=True, help="On an error, print the traceback too.")
def cli(debug: bool) -> None:
    """Record, check and compare what human-rights reports say.

    Commands that read records take a .jsonl or .json file, or use the bundled example
    (five public reports on Iran's prisons) when none is given.
    """


@cli.command("report")
@_FILE
@_FORMAT
def report_command(file: Path | None, fmt: str) -> None:
    """Summarize FILE: records, figures, where sources disagree, near misses, and a timeline."""
    ds, name = _load(file)
    found = _Findings.of(ds)

    def sections() -> list[_Section]:
        return [
            _summary_section(ds, name, found.disagreements, found.near_misses),
            _figures_section(ds),
            *found.sections(),
            _timeline_section(ds),
        ]

    def as_json() -> object:
        return {
            "dataset": _summary_json(ds, name, found.disagreements, found.near_misses),
            "figures": _Items(record_to_dict(f) for f in ds.figures()),
            **found.json(),
            "timeline": _Items(_event_json(e) for e in _timeline(ds)),
        }

    _show(OutputFormat(fmt), sections, as_json)


@cli.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--example", is_flag=True, help="Check the bundled example too.")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as a JSON list.")
def validate_command(files: tuple[Path, ...], example: bool, as_json: bool) -> None:
    """Check FILES for malformed records and broken references; exit 1 on any problem.

    Prints every problem as FILE:LINE: PATH: MESSAGE, and every warning (an empty file,
    an undocumented kind or measure) as FILE:LINE: warning: PATH: MESSAGE; warnings do
    not change the exit status.
    """
    if not files and not example:
        raise click.UsageError("expected one or more FILES (or --example for the bundled one)")
    issues: list[_Issue] = []
    failed = False
    if example:
        from importlib import resources

        from rightsdata import examples

        with resources.as_file(resources.files(examples) / examples.IRAN_PRISONS_FILE) as path:
            issues += _validate_file(os.fspath(path))
    for name in map(os.fspath, files):
        try:
            issues += _validate_file(name)
        except (OSError, RightsdataError) as exc:
            click.echo(f"rightsdata: error: {_one_line(exc)}", err=True)
            failed = True
    if as_json:
        _echo_json(_Items(i.to_json() for i in issues))
    else:
        for issue in issues:
            click.echo(str(issue))
    if failed or any(i.severity == _ERROR for i in issues):
        sys.exit(1)


@cli.command("disagreements")
@_FILE
@_FORMAT
def disagreements_command(file: Path | None, fmt: str) -> None:
    """Show the figures of FILE that count the same thing, and how far they differ.

    Then the near misses: figures about one subject and period kept apart only by
    their measure, unit or place.
    """
    ds, _ = _load(file)
    found = _Findings.of(ds)
    _show(OutputFormat(fmt), found.sections, found.json)


@cli.command("timeline")
@_FILE
@_FORMAT
def timeline_command(file: Path | None, fmt: str) -> None:
    """List the events of FILE in date order."""
    ds, _ = _load(file)
    _show(
        OutputFormat(fmt),
        lambda: [_timeline_section(ds)],
        lambda: _Items(_event_json(e) for e in _timeline(ds)),
    )


def _check_extension(name: str) -> None:
    if not name.endswith((".jsonl", ".json")):
        raise ValidationError.single(
            "", "unknown file type: expected a .jsonl or .json extension"
        ).located(file=name)


# -- writing -------------------------------------------------------------------------


def _check_output(name: str) -> None:
    """Refuse a path no file can be written at: a folder, a missing or read-only folder."""
    problem = _unwritable(name)
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


def _not_records(name: str, data: bytes) -> str | None:
    """What is wrong with a file's bytes as a file of records (its ``"type"`` tags or
    its ``"format"``; the records themselves are not checked), or ``None``."""
    if name.endswith(".json"):
        try:
            doc = orjson.loads(data)
        except orjson.JSONDecodeError:
            return "it is not JSON"
        if type(doc) is dict and doc.get("format") == "rightsdata":
            return None
        return 'it has no "format": "rightsdata"'
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            item = None
        tag = item.get("type") if type(item) is dict else None
        if not (isinstance(tag, str) and tag in RECORD_TYPES):
            return f"line {n} is not a record"
    return None


def _not_schema(name: str, data: bytes) -> str | None:
    """What is wrong with a file's bytes as a JSON Schema, or ``None``."""
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        return "it is not JSON"
    if type(doc) is dict and isinstance(doc.get("$schema"), str):
        return None
    return 'it has no "$schema"'


def _write_stdout(records: Iterable[Record]) -> None:
    """Write records as JSON Lines to standard output."""
    out = sys.stdout.buffer
    for n, r in enumerate(records, 1):
        try:
            line = _dumps(record_to_dict(r))
        except ValidationError as exc:
            raise exc.located(file="standard output", line=n) from None
        out.write(line + b"\n")
    out.flush()


@cli.command("convert")
@click.argument("paths", nargs=-1, metavar="IN OUT", type=click.Path(path_type=Path))
@click.option("--example", is_flag=True, help="Convert the bundled example: give OUT only.")
@click.option("--force", is_flag=True, help="Replace OUT even when it is not a file of records.")
def convert_command(paths: tuple[Path, ...], example: bool, force: bool) -> None:
    """Convert IN to OUT, JSON Lines (.jsonl) or JSON (.json) by extension.

    OUT - writes JSON Lines to standard output. OUT is replaced atomically (on an error,
    an existing OUT is left as it was), never when it is IN, and only when it holds
    records (or nothing) unless --force is given.
    """
    if len(paths) != (1 if example else 2):
        raise click.UsageError(
            "expected --example OUT: one path"
            if example
            else "expected IN OUT: two paths (--example OUT converts the bundled example)"
        )
    *given, out = map(os.fspath, paths)
    records: Iterable[Record]
    if given:
        source = given[0]
        _check_input(source)
        _check_extension(source)
        records = _records(source)
    else:
        from rightsdata.examples import iran_prisons

        records = iran_prisons()
    if out == "-":
        _write_stdout(records)
        return
    _check_output(out)
    _check_extension(out)
    if given and os.path.exists(out) and os.path.samefile(given[0], out):
        raise _Failure(f"{out} is the input file: convert never replaces its input")
    if not force:
        _refuse_to_replace(out, _not_records, "a file of records")
    with _writing(out):
        n = write_jsonl(out, records) if out.endswith(".jsonl") else write_json(out, records)
    click.echo(f"wrote {_n(n, 'record')} to {out}")


@cli.command("schema")
@click.option("--write", "target", metavar="PATH", help="Write the schema to PATH.")
@click.option(
    "--check", metavar="PATH", help="Exit with status 1 unless PATH holds the schema as written."
)
@click.option("--force", is_flag=True, help="With --write: replace PATH even if not a JSON Schema.")
def schema_command(target: str | None, check: str | None, force: bool) -> None:
    """Print the JSON Schema of the records; --write PATH writes it, --check PATH checks it.

    --write replaces PATH only when it is a JSON Schema (or empty) unless --force is given.
    """
    from rightsdata.serialize.schema import render

    if target is not None and check is not None:
        raise click.UsageError("--write and --check cannot be used together")
    if force and target is None:
        raise click.UsageError("--force goes with --write")
    text = render().encode("utf-8")
    if target is not None:
        _check_output(target)
        if not force:
            _refuse_to_replace(target, _not_schema, "a JSON Schema")
        with _writing(target):
            _atomic_write(target, [text])
        return
    if check is None:
        sys.stdout.buffer.write(text)
        return
    try:
        with open(check, "rb") as fh:
            current: bytes | None = fh.read()
    except FileNotFoundError:
        current = None
    if current == text:
        return
    if current is None:
        state, action = "does not exist", "Write it"
    elif current.strip() and (reason := _not_schema(check, current)) is not None:
        raise _Failure(f"{check} is not a JSON Schema ({reason})")
    else:
        state, action = "is out of date with the record classes", "Regenerate it"
    click.echo(f"{check} {state}. {action} with:\n    rightsdata schema --write {check}", err=True)
    sys.exit(1)


def _title(text: str) -> str:
    return " ".join(text.splitlines())


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _end(day: date | None, open_: bool) -> str:
    if day is not None:
        return day.isoformat()
    return "open" if open_ else "unknown"


def _date_rows(r: DateRange) -> list[tuple[str, str]]:
    rows = [
        ("reads as", str(r)),
        ("earliest", _end(r.earliest, r.earliest_open)),
        ("latest", _end(r.latest, r.latest_open)),
        ("precision", r.precision.value),
    ]
    if r.is_interval:
        start = r.earliest_precision.value if r.earliest_precision else "open"
        end = r.latest_precision.value if r.latest_precision else "open"
        rows.append(("interval", f"start: {start}, end: {end}"))
    rows += [
        ("approximate", _yes(r.approximate)),
        ("uncertain", _yes(r.uncertain)),
        ("calendar", r.calendar.value),
    ]
    if r.time is not None:
        rows.append(("time", r.time.isoformat()))
    rows.append(("EDTF", r.to_edtf()))
    return rows


def _date_json(r: DateRange) -> dict[str, object]:
    return {
        "text": r.text,
        "reads_as": str(r),
        "earliest": None if r.earliest is None else r.earliest.isoformat(),
        "latest": None if r.latest is None else r.latest.isoformat(),
        "precision": r.precision.value,
        "earliest_precision": None if r.earliest_precision is None else r.earliest_precision.value,
        "latest_precision": None if r.latest_precision is None else r.latest_precision.value,
        "approximate": r.approximate,
        "uncertain": r.uncertain,
        "calendar": r.calendar.value,
        "time": None if r.time is None else r.time.isoformat(),
        "edtf": r.to_edtf(),
    }


def _anchor_problem(anchor: str, exc: DateParseError) -> str:
    """Why ``--anchor`` cannot be read; a relative phrase cannot be what others count from."""
    try:
        DateRange.parse(anchor, anchor=date(2000, 1, 1))
    except DateParseError:
        return f"--anchor: {exc}"
    return (
        f"--anchor: {anchor!r} is relative itself; give the date it stands for "
        "(an ISO date, EDTF or a phrase such as '21 August 2021')"
    )


@cli.command("parse-date")
@click.argument("text")
@click.option(
    "--anchor",
    metavar="DATE",
    help="What relative phrases count from (usually the source's publication date): "
    "an ISO date, EDTF or a phrase.",
)
@click.option(
    "--calendar",
    type=click.Choice([c.value for c in Calendar]),
    default=Calendar.GREGORIAN.value,
    show_default=True,
    help="The calendar TEXT is written in.",
)
@click.option("--tz", metavar="ZONE", help="Time zone of a time of day, e.g. Asia/Tehran.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def parse_date_command(
    text: str, anchor: str | None, calendar: str, tz: str | None, as_json: bool
) -> None:
    """Read TEXT as a date range: "late July 1988", "1367 SH", "1988-07/1988-09"."""
    anchor_range = None
    if anchor is not None:
        try:
            anchor_range = DateRange.parse(anchor)
        except DateParseError as exc:
            raise DateParseError(_anchor_problem(anchor, exc)) from exc
    r = DateRange.parse(text, anchor=anchor_range, calendar=calendar, tz=tz)
    if as_json:
        _echo_json(_date_json(r))
    else:
        _print_tables([_Section(title=_title(text), columns=(), rows=tuple(_date_rows(r)))])


def _margin(value: str) -> Fraction | Decimal:
    """``--margin`` as the exact ratio it writes: ``0.1``, ``1/10`` or ``10%``.

    Nothing is computed with the number before the library has bounded it: a decimal
    stays a `Decimal` (a percentage moves its exponent), so ``1e999999`` is refused at
    once instead of being expanded; the library's own refusals name ``--margin``."""
    text = value.strip()
    body = text.removesuffix("%").strip()
    try:
        margin: Fraction | Decimal = Fraction(body) if "/" in body else Decimal(body)
    except (ValueError, ZeroDivisionError, ArithmeticError):
        margin = Decimal(-1)
    if isinstance(margin, Decimal) and not margin.is_finite():
        margin = Decimal(-1)
    if margin < 0:
        raise _Failure(f"--margin: expected a ratio such as 0.1, 1/10 or 10%, got {value!r}")
    if text.endswith("%"):
        if isinstance(margin, Decimal):
            sign, digits, exponent = margin.as_tuple()
            margin = Decimal((sign, digits, int(exponent) - 2))
        else:
            margin /= 100
    return margin


def _count(n: int | None, none: str) -> str:
    return none if n is None else f"{n:,}"


@cli.command("parse-quantity")
@click.argument("text")
@click.option(
    "--margin",
    metavar="RATIO",
    help='The width of "about N": 0.1, 1/10 or 10% (the default).',
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def parse_quantity_command(text: str, margin: str | None, as_json: bool) -> None:
    """Read TEXT as a hedged count: "at least 5,000", "some 85,000", "hundreds"."""
    if margin is None:
        q, unit = Quantity.parse_with_unit(text)
    else:
        try:
            q, unit = Quantity.parse_with_unit(text, margin=_margin(margin))
        except ValidationError as exc:
            if [p.path for p in exc.problems] != ["margin"]:
                raise
            raise _Failure(f"--margin: {exc.problems[0].message}") from None
    if as_json:
        _echo_json(
            {
                "text": q.text,
                "reads_as": str(attrs.evolve(q, text=None)),
                "low": q.low,
                "high": q.high,
                "best": q.best,
                "qualifier": q.qualifier.value,
                "unit": unit,
            }
        )
        return
    rows = (
        ("reads as", str(attrs.evolve(q, text=None))),
        ("low", _count(q.low, "none (unbounded below)")),
        ("high", _count(q.high, "none (unbounded above)")),
        ("best", _count(q.best, "none given")),
        ("qualifier", q.qualifier.value),
        ("unit", unit or "none"),
    )
    _print_tables([_Section(title=_title(text), columns=(), rows=rows)])


def main() -> None:
    """Entry point of the console script: errors become one line and exit status 1.

    Output that standard output did not take in full (a size limit, a full disk, closed)
    is an error too; SIGTERM stops the command as Ctrl-C does (status 143, 130 for
    Ctrl-C), undoing a write in progress.
    """
    guard = _guard_stdout()
    signal.signal(signal.SIGTERM, _terminate)
    status = 1
    try:
        code = cli.main(prog_name="rightsdata", standalone_mode=False)
        status = code if isinstance(code, int) else 0
    except SystemExit as exc:  # validate's status
        status = exc.code if isinstance(exc.code, int) else 1
    except click.ClickException as exc:
        exc.show()
        status = exc.exit_code
    except _OutputError as exc:
        click.echo(f"rightsdata: error: {_one_line(exc)}", err=True)
    except click.exceptions.Abort as exc:
        click.echo("Aborted!", err=True)
        status = 143 if isinstance(exc.__cause__, _Terminated) else 130
    except BrokenPipeError:
        # The reader went away (``rightsdata report | head``): stop quietly.
        _quiet_stdout()
        sys.exit(1)
    try:
        sys.stdout.flush()
    except _OutputError as exc:
        click.echo(f"rightsdata: error: {_one_line(exc)}", err=True)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(1)
    if guard is not None and guard.failed:
        status = status or 1
    sys.exit(status)


def _quiet_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
