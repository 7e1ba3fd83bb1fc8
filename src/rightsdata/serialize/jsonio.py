"""JSON and JSON Lines: one record per line, each naming its type; atomic writes.

A JSON Lines file holds records of every kind, one per line, each an object whose
``"type"`` key is ``"source"``, ``"actor"``, ``"facility"``, ``"event"`` or
``"figure"``. A JSON file holds ``{"format": "rightsdata", "version": 1, "records":
[...]}`` with the same tagged objects. Blank lines in JSON Lines are skipped. An
object that gives a key twice (``{"id": "s1", "id": "s2"}``) is refused, naming the key
and its line: JSON parsers differ on which of the two counts.

[`read_jsonl`][rightsdata.read_jsonl] and [`read_json`][rightsdata.read_json] stop at bad input;
[`scan_jsonl`][rightsdata.scan_jsonl] and [`scan_json`][rightsdata.scan_json] read the same files by
the same rules but go on past a bad record, giving each one's errors in its place (as ``rightsdata
validate`` does).
"""

from __future__ import annotations

import os
import tempfile  # noqa: F401 (tests patch tempfile.mkstemp through this module)
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar, cast, final

import attrs
import orjson

from rightsdata._typed import SURROGATE
from rightsdata.errors import FieldProblem, ValidationError
from rightsdata.records import RECORD_TYPES, TYPE_TAGS, Record
from rightsdata.serialize._bulk import collector_paused
from rightsdata.serialize._files import atomic_write as atomic_write
from rightsdata.serialize._files import unwritable as unwritable
from rightsdata.serialize._scanning import duplicate_keys, duplicate_problem, may_repeat_keys
from rightsdata.serialize.converter import (
    JSONValue,
    show_json,
    structure,
    tagged_structure_fn,
    unstructure,
)

__all__ = [
    "FORMAT_VERSION",
    "Malformed",
    "from_json",
    "read_json",
    "read_jsonl",
    "record_from_dict",
    "record_to_dict",
    "scan_json",
    "scan_jsonl",
    "to_json",
    "write_json",
    "write_jsonl",
]

T = TypeVar("T")

FORMAT_VERSION = 1
"""The version of the JSON file layout written by [`write_json`][rightsdata.write_json]."""

_TAGS = ", ".join(f'"{t}"' for t in RECORD_TYPES)

_FAST: dict[str, Callable[[dict[str, Any]], Record]] = {
    tag: fn for tag, cls in RECORD_TYPES.items() if (fn := tagged_structure_fn(cls, tag))
}
"""Fast builders by type tag; on any failure,
[`record_from_dict`][rightsdata.serialize.record_from_dict] says what is wrong."""


def to_json(value: object) -> str:
    """Serialize a record (or any rightsdata value) to a compact JSON string.

    Fields at their defaults are left out; [`from_json`][rightsdata.from_json] restores them.

    ```pycon
    >>> from rightsdata import Quantity
    >>> to_json(Quantity.at_least(5000, text="at least 5,000"))
    '{"low":5000,"high":null,"qualifier":"at_least","text":"at least 5,000"}'

    ```
    """
    return dumps(unstructure(value)).decode()


def _unencodable(data: object, path: str = "") -> str | None:
    """The path of the first string JSON cannot hold (a lone surrogate), or ``None``."""
    if isinstance(data, str):
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data)
        if isinstance(data, list)
        else ()
    )
    for key, item in items:
        sub = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else str(key)
        found = _unencodable(item, sub)
        if found is not None:
            return found
    return None


def dumps(data: object, option: int = 0) -> bytes:
    """``orjson.dumps`` that raises [`ValidationError`][rightsdata.ValidationError] for text JSON
    cannot hold (a lone surrogate, which no UTF-8 file can store)."""
    try:
        return orjson.dumps(data, option=option)
    except orjson.JSONEncodeError:
        path = _unencodable(data)
        if path is None:
            raise
        raise ValidationError.single(path, SURROGATE) from None


# The public name (the command line writes records to standard output with it).


def _invalid_json(exc: orjson.JSONDecodeError) -> ValidationError:
    return ValidationError.single("", f"invalid JSON: {exc}")


def _loads(text: str | bytes) -> object:
    """``orjson.loads``, refusing invalid JSON and duplicate keys with the documented error."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise _invalid_json(exc) from None
    raw = text.encode("utf-8", errors="surrogatepass") if isinstance(text, str) else text
    if may_repeat_keys(raw, data):
        repeated = _repeated(raw, data)
        if repeated is not None:
            raise repeated.error
    return data


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read a ``cls`` back from JSON, strictly.

    A ``"type"`` key, as JSON Lines writes it, is accepted when it names ``cls``.
    Raises [`ValidationError`][rightsdata.ValidationError] listing every problem.

    ```pycon
    >>> from rightsdata import Quantity
    >>> from_json('{"low": 5000, "high": null, "qualifier": "at_least"}', Quantity).low
    5000

    ```
    """
    data = _loads(text)
    tag = TYPE_TAGS.get(cls)
    if tag is not None and type(data) is dict and "type" in data:
        if data["type"] != tag:
            raise ValidationError.single("type", f'expected "{tag}", got {show_json(data["type"])}')
        data = {k: v for k, v in data.items() if k != "type"}
    return structure(data, cls)


def record_to_dict(record: Record) -> dict[str, JSONValue]:
    """A record as a JSON-ready dict whose first key, ``"type"``, names its kind."""
    out: dict[str, JSONValue] = {"type": TYPE_TAGS[type(record)]}
    out.update(cast(dict[str, JSONValue], unstructure(record)))
    return out


def record_from_dict(data: object) -> Record:
    """Build a record from a dict tagged with ``"type"`` (as
    [`record_to_dict`][rightsdata.serialize.record_to_dict] makes).

    The dict is not modified. Raises [`ValidationError`][rightsdata.ValidationError].
    """
    if type(data) is not dict:
        raise ValidationError.single("", f"expected an object, got {show_json(data)}")
    tag = data.get("type")
    cls = RECORD_TYPES.get(tag) if type(tag) is str else None
    if cls is None:
        if "type" not in data:
            raise ValidationError.single("type", f"missing: every record names its type ({_TAGS})")
        raise ValidationError.single(
            "type", f"unknown record type {show_json(tag)}; expected {_TAGS}"
        )
    fast = _FAST.get(tag)  # type: ignore[arg-type]
    if fast is not None:
        try:
            return fast(data)
        except Exception:  # the full path below reports exactly what is wrong
            pass
    body = dict(data)
    del body["type"]
    return structure(body, cls)


@final
@attrs.frozen(kw_only=True, weakref_slot=False)
class Malformed:
    """A record [`scan_jsonl`][rightsdata.scan_jsonl] or [`scan_json`][rightsdata.scan_json] could
    not read, or a problem of a JSON file as a whole: what is wrong, and the id the record gives."""

    error: ValidationError
    """Every problem found, naming the file (and the line in a JSON Lines file); the
    paths of a JSON file's record start with ``records[i]``."""
    id: str | None = None
    """The record's ``"id"`` when it gives a string one, so that references to it can be
    told from references to nothing; ``None`` otherwise."""


def _id_of(data: object) -> str | None:
    """The ``"id"`` of a record's raw data, when it is a string."""
    if type(data) is dict:
        value = data.get("id")
        if type(value) is str:
            return value
    return None


def scan_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Record | Malformed]]:
    """Stream a JSON Lines file by the rules of [`read_jsonl`][rightsdata.read_jsonl], going on past
    bad lines.

    Yields ``(line, item)`` for each line that is not blank, in file order: ``line`` is
    the 1-based line number and ``item`` the record, or a [`Malformed`][rightsdata.Malformed]
    holding the located error (``events.jsonl:3: quantity.low: ...``) when the line is not valid
    JSON, gives a key twice in an object, or is not a valid record. Errors reading the
    file itself (``OSError``) are raised.
    """
    name = os.fspath(path)
    fast = _FAST
    with open(name, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                if raw.strip():  # blank lines are allowed
                    error = _invalid_json(exc).located(file=name, line=lineno)
                    yield lineno, Malformed(error=error)
                continue
            if may_repeat_keys(raw, data):
                repeated = _repeated(raw, data)
                if repeated is not None:
                    error = repeated.error.located(file=name, line=lineno)
                    yield lineno, attrs.evolve(repeated, error=error)
                    continue
            try:
                record = fast[data["type"]](data)
            except Exception:  # not a dict, no or unknown type, or bad: the full path
                try:
                    record = record_from_dict(data)
                except ValidationError as exc:
                    error = exc.located(file=name, line=lineno)
                    yield lineno, Malformed(error=error, id=_id_of(data))
                    continue
            yield lineno, record


def _repeated(raw: bytes, data: object) -> Malformed | None:
    """The [`Malformed`][rightsdata.Malformed] of JSON text that gives a key twice in one object,
    naming every repeated key, or ``None`` when no key is repeated. The id is the record's
    ``"id"`` unless the ``"id"`` itself is repeated."""
    duplicates = duplicate_keys(raw)
    if not duplicates:
        return None
    error = ValidationError([duplicate_problem(path) for path, _ in duplicates])
    ids = "id" not in {path for path, _ in duplicates}
    return Malformed(error=error, id=_id_of(data) if ids else None)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Record]:
    """Stream the records of a JSON Lines file, one at a time, in file order.

    Errors name the file and line: ``events.jsonl:3: quantity.low: expected an integer,
    got "many"``. The first bad line stops the reading; [`scan_jsonl`][rightsdata.scan_jsonl] goes
    on.
    """
    for _, item in scan_jsonl(path):
        if type(item) is Malformed:  # (not isinstance: a little faster, and it is final)
            raise item.error
        yield item


def write_jsonl(path: str | os.PathLike[str], records: Iterable[Record]) -> int:
    """Write records to a JSON Lines file atomically; return how many were written."""
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for r in records:
            try:
                yield dumps(record_to_dict(r)) + b"\n"
            except ValidationError as exc:
                raise exc.located(file=os.fspath(path), line=count + 1) from None
            count += 1

    atomic_write(path, lines())
    return count


def scan_json(path: str | os.PathLike[str]) -> Iterator[tuple[int | None, Record | Malformed]]:
    """Read a JSON file by the rules of [`read_json`][rightsdata.read_json], going on past bad
    records.

    Yields ``(None, problem)`` for each [`Malformed`][rightsdata.Malformed] problem of the file as a
    whole first (an unknown top-level key, a wrong ``"format"`` or ``"version"``), then
    ``(i, item)`` for the ``i``-th item of the ``"records"`` list: the record, or a
    [`Malformed`][rightsdata.Malformed] whose error paths start with ``records[i]``. A file that is
    not JSON (its error names the line) or not an object with a ``"records"`` list gives
    that one problem and nothing else; one that gives a key twice in an object gives one
    problem for each such key (its error names the line and the key's path,
    ``records[2].id``) and nothing else. Errors reading the file itself (``OSError``)
    are raised.
    """
    name = os.fspath(path)
    with open(name, "rb") as fh:
        raw = fh.read()
    return scan_json_bytes(name, raw)


def scan_json_bytes(name: str, raw: bytes) -> Iterator[tuple[int | None, Record | Malformed]]:
    """[`scan_json`][rightsdata.scan_json] of the bytes ``raw`` read from the file ``name`` (read
    once)."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        yield None, Malformed(error=_invalid_json(exc).located(file=name, line=exc.lineno))
        return
    if may_repeat_keys(raw, data):
        duplicates = duplicate_keys(raw)
        if duplicates:  # each on its line; the file is read no further (which one counts?)
            text = raw.decode("utf-8", errors="surrogatepass")
            for key_path, offset in duplicates:
                error = ValidationError(
                    [duplicate_problem(key_path)],
                    file=name,
                    line=text.count("\n", 0, offset) + 1,
                )
                yield None, Malformed(error=error)
            return
    if type(data) is not dict or type(data.get("records")) is not list:
        error = ValidationError.single("", 'expected an object with a "records" list')
        yield None, Malformed(error=error.located(file=name))
        return
    problems = [
        FieldProblem(path=k, message="unknown field")
        for k in sorted(set(data) - {"format", "version", "records"})
    ]
    if data.get("format") != "rightsdata":
        problems.append(
            FieldProblem(
                path="format", message=f'expected "rightsdata", got {show_json(data.get("format"))}'
            )
        )
    version = data.get("version")
    if type(version) is not int or version != FORMAT_VERSION:  # (true == 1 in Python)
        problems.append(
            FieldProblem(
                path="version",
                message=f"expected {FORMAT_VERSION}, got {show_json(version)}: "
                "this file is not in a layout this version of rightsdata reads",
            )
        )
    for p in problems:
        yield None, Malformed(error=ValidationError([p], file=name))
    for i, item in enumerate(data["records"]):
        try:
            record = record_from_dict(item)
        except ValidationError as exc:
            error = exc.under(f"records[{i}]").located(file=name)
            yield i, Malformed(error=error, id=_id_of(item))
            continue
        yield i, record


# The public name (``rightsdata.validation`` reads a JSON file once with it).


def read_json(path: str | os.PathLike[str], *, freeze: bool = True) -> list[Record]:
    """Read every record of a JSON file written by [`write_json`][rightsdata.write_json].

    Raises [`ValidationError`][rightsdata.ValidationError] naming the file and listing every
    problem; [`scan_json`][rightsdata.scan_json] gives them record by record. A file that is not
    JSON, or gives a key twice in an object, raises the first such problem, with its line.
    The garbage collector is paused while the file is read, and the records frozen out of
    its later scans unless ``freeze`` is false: see
    [`collector_paused`][rightsdata.serialize.collector_paused].
    """
    records: list[Record] = []
    problems: list[FieldProblem] = []
    with collector_paused(freeze=freeze):
        for position, item in scan_json(path):
            if isinstance(item, Malformed):
                if position is None and item.error.line is not None:
                    raise item.error  # not JSON, or a key given twice: on its line
                problems.extend(item.error.problems)
            else:
                records.append(item)
    if problems:
        raise ValidationError(problems, file=os.fspath(path))
    return records


def write_json(path: str | os.PathLike[str], records: Iterable[Record]) -> int:
    """Write records to a JSON file atomically; return how many were written."""
    items = [record_to_dict(r) for r in records]
    doc = {"format": "rightsdata", "version": FORMAT_VERSION, "records": items}
    try:
        encoded = dumps(doc, option=orjson.OPT_INDENT_2)
    except ValidationError as exc:
        raise exc.located(file=os.fspath(path)) from None
    atomic_write(path, [encoded + b"\n"])
    return len(items)
