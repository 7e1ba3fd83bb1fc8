"""Check a file of records, record by record, as ``rightsdata validate`` does.

[`validate_file`][rightsdata.validation.validate_file] reads a ``.jsonl`` (JSON Lines) or
``.json`` file and reports every problem with the file, line and field it is in: records
that cannot be read (bad JSON, a key given twice, a field that breaks a rule), the
dataset's integrity problems (duplicate ids, dangling or mistyped references, cycles, see
[`Dataset.validate`][rightsdata.Dataset.validate]), and warnings that do not make the file
invalid (an empty file, an undocumented event kind or measure, see
[`vocabulary_warnings`][rightsdata.lint.vocabulary_warnings]). Unlike
[`Dataset.load`][rightsdata.Dataset.load] it does not stop at the first bad record, and it
never holds the records themselves, so a file of any size can be checked.

```pycon
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> path = folder / "sources.jsonl"
>>> line = '{"type": "source", "id": "s1", "kind": "ngo_report", "title": "%s"}\\n'
>>> _ = path.write_text(line % "A report" + line % "The same id again")
>>> report = validate_file(path)
>>> report.ok
False
>>> [str(issue) for issue in report.issues]
["...sources.jsonl:2: id: id 's1' is used by more than one record"]

```
"""

from __future__ import annotations

import enum
import os
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import TypeAlias, TypeVar

import attrs

from rightsdata import _scan
from rightsdata.dataset import IntegrityCheck, ProblemKind
from rightsdata.lint import vocabulary_warnings
from rightsdata.records import Record
from rightsdata.serialize.jsonio import Malformed, scan_json_bytes, scan_jsonl

__all__ = [
    "Issue",
    "IssueKind",
    "Progress",
    "Severity",
    "ValidationReport",
    "validate_file",
]

T = TypeVar("T")

Progress: TypeAlias = Callable[[int], AbstractContextManager[Callable[[int], None]]]
"""A progress display: called with the number of records to check, it gives a context
manager that yields ``advance(n)``, called with the number of records checked since its
last call (every few hundred). ``rightsdata validate`` shows a progress bar with one."""


class Severity(enum.Enum):
    """How much an [`Issue`][rightsdata.validation.Issue] matters."""

    ERROR = "error"
    """The file is not valid (``rightsdata validate`` exits with status 1)."""
    WARNING = "warning"
    """Worth a look, but the file is valid."""


class IssueKind(enum.Enum):
    """What kind of issue, beside the integrity problems of
    [`ProblemKind`][rightsdata.ProblemKind]."""

    MALFORMED = "malformed"
    """A record that cannot be read: not JSON, a key given twice, a field breaking a rule."""
    UNDOCUMENTED_VALUE = "undocumented_value"
    """A value of an open vocabulary that is not documented (a warning)."""
    NO_RECORDS = "no_records"
    """A file with no records and no problems (a warning)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Issue:
    """One problem or warning found in a file, with where it is."""

    file: str
    """The file, named as it was given."""
    line: int | None
    """The line the record starts on (1-based), or ``None`` for the file as a whole (or a
    JSON file laid out so that the line cannot be told)."""
    path: str
    """The field path: ``quantity.low`` in a JSON Lines file, ``records[3].quantity.low``
    in a JSON file; ``""`` for the record or file as a whole."""
    message: str
    """What is wrong, in words."""
    record: str | None
    """The id of the record it is in, when known."""
    kind: ProblemKind | IssueKind
    """What kind of issue."""
    severity: Severity = Severity.ERROR
    """Whether the file is invalid because of it."""

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.severity is not Severity.ERROR:
            where += f": {self.severity.value}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """The issue as ``rightsdata validate --json`` prints it."""
        return {
            "file": self.file,
            "line": self.line,
            "path": self.path,
            "message": self.message,
            "record": self.record,
            "kind": self.kind.value,
            "severity": self.severity.value,
        }


@attrs.frozen(kw_only=True, weakref_slot=False)
class ValidationReport:
    """What [`validate_file`][rightsdata.validation.validate_file] found in one file."""

    file: str
    """The file, named as it was given."""
    records: int
    """How many records were read (a malformed one is not counted)."""
    issues: tuple[Issue, ...]
    """Every problem and warning, in line order: the problems of reading, then the
    integrity problems, then the warnings, for records on the same line."""

    @property
    def errors(self) -> tuple[Issue, ...]:
        """The issues that make the file invalid."""
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """The issues that do not."""
        return tuple(i for i in self.issues if i.severity is not Severity.ERROR)

    @property
    def ok(self) -> bool:
        """Whether the file is valid: no errors (warnings allowed)."""
        return not self.errors


class _Scan:
    """What is read from one file: problems, warnings and what the integrity check needs
    (never the records themselves: a file of any size fits in memory).

    A position is the line in a JSON Lines file and the index in the ``"records"`` list
    of a JSON file; ``line`` turns it into a line number. A JSON file is read once:
    its line numbers come from the same bytes as its records.
    """

    def __init__(self, name: str, raw: bytes | None = None) -> None:
        self.name = name
        self.check = IntegrityCheck()
        self.positions = array("q")  # the position of each good record, in order
        self.issues: list[Issue] = []
        self.warnings: list[Issue] = []
        self.bad_ids: set[str] = set()  # ids on malformed lines: not reported as dangling
        self.is_json = raw is not None
        self.raw = raw or b""
        self._lines: list[int] | None = None

    def record_lines(self) -> list[int]:
        """The line on which each record of a JSON file starts (best effort: for messages)."""
        if self._lines is None:
            text = self.raw.decode("utf-8", errors="replace")
            self._lines = _scan.json_record_lines(text) or []
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
            issue = Issue(
                file=self.name,
                line=line,
                path=p.path,
                message=p.message,
                record=item.id,
                kind=IssueKind.MALFORMED,
            )
            self.issues.append(issue)

    def at(
        self,
        position: int,
        field: str,
        *,
        message: str,
        record: str,
        kind: ProblemKind | IssueKind,
        severity: Severity = Severity.ERROR,
    ) -> Issue:
        """An issue with ``field`` of the good record read at ``position``."""
        return Issue(
            file=self.name,
            line=self.line(position),
            path=self.path(position, field),
            message=message,
            record=record,
            kind=kind,
            severity=severity,
        )

    def _warn(self, position: int, record: Record) -> None:
        """Keep the warnings of a record: undocumented values of open vocabularies."""
        for w in vocabulary_warnings((record,)):
            issue = self.at(
                position,
                w.field,
                message=w.message,
                record=w.record,
                kind=IssueKind.UNDOCUMENTED_VALUE,
                severity=Severity.WARNING,
            )
            self.warnings.append(issue)

    def integrity(self) -> None:
        """Add the dataset's integrity problems, each on the line of its record (a
        reference to a record on a malformed line is reported there already)."""
        for n, p in self.check.problems(missing_ok=self.bad_ids):
            issue = self.at(
                self.positions[n], p.field, message=p.message, record=p.record, kind=p.kind
            )
            self.issues.append(issue)

    def no_records(self) -> None:
        """Add the warning of a file with no records and no problems."""
        if not self.positions and not self.issues:
            issue = Issue(
                file=self.name,
                line=None,
                path="",
                message="no records",
                record=None,
                kind=IssueKind.NO_RECORDS,
                severity=Severity.WARNING,
            )
            self.warnings.append(issue)


def _scan_jsonl(scan: _Scan, progress: Progress | None) -> None:
    items: Iterable[tuple[int, Record | Malformed]] = scan_jsonl(scan.name)
    if progress is not None:
        items = _counted(items, progress(_scan.count_lines(scan.name)))
    for line, item in items:
        scan.take(line, item)


def _counted(items: Iterable[T], bar: AbstractContextManager[Callable[[int], None]]) -> Iterator[T]:
    """``items``, with ``advance`` of ``bar`` called every ``BATCH`` of them."""
    with bar as advance:
        for n, item in enumerate(items, 1):
            yield item
            if n % _scan.BATCH == 0:
                advance(_scan.BATCH)


def _scan_json(scan: _Scan, progress: Progress | None) -> None:
    total = 0 if progress is None else len(scan.record_lines())
    bar = nullcontext(_ignore) if progress is None else progress(total)
    with bar as advance:
        for position, item in scan_json_bytes(scan.name, scan.raw):
            scan.take(position, item)
            if total and position and position % _scan.BATCH == 0:
                advance(_scan.BATCH)


def _ignore(n: int) -> None:
    """``advance`` without a progress display."""


def validate_file(
    path: str | os.PathLike[str], *, progress: Progress | None = None
) -> ValidationReport:
    """Every problem of one ``.jsonl`` or ``.json`` file, as ``rightsdata validate`` finds it.

    Malformed records, then integrity problems, then warnings, in line order (see
    [`ValidationReport.issues`][rightsdata.validation.ValidationReport.issues]); each names
    the file as given, the line and the field. ``progress``, when given, is called once
    with the number of records to check (see [`Progress`][rightsdata.validation.Progress]).

    Raises ``OSError`` when the file cannot be read (missing, a folder) and
    [`ValidationError`][rightsdata.ValidationError] when its name has neither extension:
    what is wrong inside the file is reported, never raised.

    ```pycon
    >>> from importlib import resources
    >>> from rightsdata import examples
    >>> bundled = resources.files(examples) / examples.IRAN_PRISONS_FILE
    >>> with resources.as_file(bundled) as path:
    ...     report = validate_file(path)
    >>> report.ok, report.issues
    (True, ())

    ```
    """
    name = os.fspath(path)
    _scan.check_input(name)
    _scan.check_extension(name)
    if name.endswith(".jsonl"):
        scan = _Scan(name)
        _scan_jsonl(scan, progress)
    else:
        with open(name, "rb") as fh:
            scan = _Scan(name, fh.read())
        _scan_json(scan, progress)
    scan.integrity()
    scan.no_records()
    issues = sorted(scan.issues + scan.warnings, key=lambda issue: issue.line or 0)
    return ValidationReport(file=name, records=len(scan.positions), issues=tuple(issues))
