"""JSON and JSON Lines: one record per line, each naming its type; atomic writes.

A JSON Lines file holds records of every kind, one per line, each an object whose
``"type"`` key is ``"source"``, ``"actor"``, ``"facility"``, ``"event"`` or
``"figure"``. A JSON file holds ``{"format": "rightsdata", "version": 1, "records":
[...]}`` with the same tagged objects. Blank lines in JSON Lines are skipped.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import orjson

from rightsdata.errors import FieldProblem, ValidationError
from rightsdata.records import RECORD_TYPES, TYPE_TAGS, Record
from rightsdata.serialize.converter import (
    JSONValue,
    _show,
    structure,
    tagged_structure_fn,
    unstructure,
)

__all__ = [
    "FORMAT_VERSION",
    "from_json",
    "read_json",
    "read_jsonl",
    "record_from_dict",
    "record_to_dict",
    "to_json",
    "write_json",
    "write_jsonl",
]

T = TypeVar("T")

FORMAT_VERSION = 1
"""The version of the JSON file layout written by :func:`write_json`."""

_TAGS = ", ".join(f'"{t}"' for t in RECORD_TYPES)

_FAST: dict[str, Callable[[dict[str, Any]], Record]] = {
    tag: fn for tag, cls in RECORD_TYPES.items() if (fn := tagged_structure_fn(cls, tag))
}
"""Fast builders by type tag; on any failure, :func:`record_from_dict` says what is wrong."""


def to_json(value: object) -> str:
    """Serialize a record (or any rightsdata value) to a compact JSON string.

    Fields at their defaults are left out; :func:`from_json` restores them.

    >>> from rightsdata import Quantity
    >>> to_json(Quantity.at_least(5000, text="at least 5,000"))
    '{"low":5000,"high":null,"qualifier":"at_least","text":"at least 5,000"}'
    """
    return _dumps(unstructure(value)).decode()


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


def _dumps(data: object, option: int = 0) -> bytes:
    """``orjson.dumps`` that raises :class:`~rightsdata.ValidationError` for text JSON
    cannot hold (a lone surrogate, which no UTF-8 file can store)."""
    try:
        return orjson.dumps(data, option=option)
    except orjson.JSONEncodeError:
        path = _unencodable(data)
        if path is None:
            raise
        raise ValidationError.single(
            path, "text holds a lone surrogate, which JSON (UTF-8) cannot store"
        ) from None


def _loads(text: str | bytes) -> object:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ValidationError.single("", f"invalid JSON: {exc}") from None


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Read a ``cls`` back from JSON, strictly.

    A ``"type"`` key, as JSON Lines writes it, is accepted when it names ``cls``.
    Raises :class:`~rightsdata.ValidationError` listing every problem.

    >>> from rightsdata import Quantity
    >>> from_json('{"low": 5000, "high": null, "qualifier": "at_least"}', Quantity).low
    5000
    """
    data = _loads(text)
    tag = TYPE_TAGS.get(cls)
    if tag is not None and type(data) is dict and "type" in data:
        if data["type"] != tag:
            raise ValidationError.single("type", f'expected "{tag}", got {_show(data["type"])}')
        data = {k: v for k, v in data.items() if k != "type"}
    return structure(data, cls)


def record_to_dict(record: Record) -> dict[str, JSONValue]:
    """A record as a JSON-ready dict whose first key, ``"type"``, names its kind."""
    out: dict[str, JSONValue] = {"type": TYPE_TAGS[type(record)]}
    out.update(cast(dict[str, JSONValue], unstructure(record)))
    return out


def record_from_dict(data: object) -> Record:
    """Build a record from a dict tagged with ``"type"`` (as :func:`record_to_dict` makes).

    The dict is not modified. Raises :class:`~rightsdata.ValidationError`.
    """
    if type(data) is not dict:
        raise ValidationError.single("", f"expected an object, got {_show(data)}")
    tag = data.get("type")
    cls = RECORD_TYPES.get(tag) if type(tag) is str else None
    if cls is None:
        if "type" not in data:
            raise ValidationError.single("type", f"missing: every record names its type ({_TAGS})")
        raise ValidationError.single("type", f"unknown record type {_show(tag)}; expected {_TAGS}")
    fast = _FAST.get(tag)  # type: ignore[arg-type]
    if fast is not None:
        try:
            return fast(data)
        except Exception:  # the full path below reports exactly what is wrong
            pass
    body = dict(data)
    del body["type"]
    return structure(body, cls)


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[Record]:
    """Stream the records of a JSON Lines file, one at a time, in file order.

    Errors name the file and line: ``events.jsonl:3: quantity.low: expected an integer,
    got "many"``.
    """
    name = os.fspath(path)
    fast = _FAST
    with open(name, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                try:
                    data = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    if not raw.strip():
                        continue
                    data = _loads(raw)  # raises the error saying what is wrong
                try:
                    record = fast[data["type"]](data)
                except Exception:  # not a dict, no or unknown type, or bad: the full path
                    record = record_from_dict(data)
                yield record
            except ValidationError as exc:
                raise exc.located(file=name, line=lineno) from None


def _new_file_mode(target: Path) -> int:
    """The mode the file would get from a plain ``open()``: the old file's, or 0666 less
    the umask (``mkstemp`` alone would make it private)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _atomic_write(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> None:
    """Write to a temporary file beside ``path`` and rename it over, so a crash or a bad
    record leaves any old file whole."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _new_file_mode(target))
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_jsonl(path: str | os.PathLike[str], records: Iterable[Record]) -> int:
    """Write records to a JSON Lines file atomically; return how many were written."""
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for r in records:
            try:
                yield _dumps(record_to_dict(r)) + b"\n"
            except ValidationError as exc:
                raise exc.located(file=os.fspath(path), line=count + 1) from None
            count += 1

    _atomic_write(path, lines())
    return count


def read_json(path: str | os.PathLike[str]) -> list[Record]:
    """Read every record of a JSON file written by :func:`write_json`."""
    name = os.fspath(path)
    with open(name, "rb") as fh:
        try:
            data = _loads(fh.read())
        except ValidationError as exc:
            raise exc.located(file=name) from None
    if type(data) is not dict or type(data.get("records")) is not list:
        raise ValidationError.single("", 'expected an object with a "records" list').located(
            file=name
        )
    extra = sorted(set(data) - {"format", "version", "records"})
    problems = [FieldProblem(path=k, message="unknown field") for k in extra]
    if data.get("format") != "rightsdata":
        problems.append(
            FieldProblem(
                path="format", message=f'expected "rightsdata", got {_show(data.get("format"))}'
            )
        )
    if data.get("version") != FORMAT_VERSION:
        problems.append(
            FieldProblem(
                path="version",
                message=f"expected {FORMAT_VERSION}, got {_show(data.get('version'))}: "
                "this file is not in a layout this version of rightsdata reads",
            )
        )
    records: list[Record] = []
    for i, item in enumerate(data["records"]):
        try:
            records.append(record_from_dict(item))
        except ValidationError as exc:
            problems.extend(exc.under(f"records[{i}]").problems)
    if problems:
        raise ValidationError(problems, file=name)
    return records


def write_json(path: str | os.PathLike[str], records: Iterable[Record]) -> int:
    """Write records to a JSON file atomically; return how many were written."""
    items = [record_to_dict(r) for r in records]
    doc = {"format": "rightsdata", "version": FORMAT_VERSION, "records": items}
    try:
        encoded = _dumps(doc, option=orjson.OPT_INDENT_2)
    except ValidationError as exc:
        raise exc.located(file=os.fspath(path)) from None
    _atomic_write(path, [encoded + b"\n"])
    return len(items)
