"""The JSON Schema (draft 2020-12) of the records, generated from the attrs classes.

[`json_schema`][rightsdata.json_schema] walks the fields and type hints of every record class and of
everything they contain, and describes each class and enum under ``$defs``, with the
field and class docstrings as descriptions. The root schema is one JSON Lines line: a
record tagged with its ``"type"``; each record's own definition (``$defs/Event``) is the
record as [`to_json`][rightsdata.to_json] writes it, the tag optional.
``$defs/File`` is the layout [`write_json`][rightsdata.write_json] writes. Fields at their defaults
are left out by the serializer, so only fields without a default are ``required``.

The schema checks the shape: types, required and unknown fields, enum values, and the
rules of single fields, generated from the rules the converter and the record classes
apply (ids without whitespace, non-blank strings, non-empty lists, coordinate ranges,
counts from 0 to ``MAX_COUNT``, SHA-256 digests, ratios from 0 to 1, dates, times and
decimals in the only forms the converter reads). Read with format assertion on
(``date``, ``date-time``), a field's schema accepts exactly the values the loader
accepts. Its patterns mean the same in ECMA-262 and in Python: ``[0-9]`` for digits,
whitespace spelled out (``\\s`` differs between the two), and ``$(?!\\n)`` for the end
(Python's ``$`` also matches before a final newline). A time of day with an offset is
an RFC 3339 ``date-time``; one a source gave without an offset (local time, as
``DateRange.time`` may hold) has none, so the schema takes it by pattern alone.

Two differences are left, and documented. Rules that tie fields together (a date
range's order, a quantity's bounds) are the library's alone: a record the schema
accepts can still be refused by [`record_from_dict`][rightsdata.serialize.record_from_dict]. And
JSON Schema counts ``5000.0`` as the integer ``5000`` (its numbers have no integer
kind), while the loader, which reads the text, refuses ``5000.0`` for a count and
``1.0`` for the version.

Run as a program to write (atomically, as ``rightsdata schema --write`` does) or check
the committed copy:

    python -m rightsdata.serialize.schema --write docs/schema.json
    python -m rightsdata.serialize.schema --check docs/schema.json
"""

from __future__ import annotations

import argparse
import ast
import copy
import enum
import inspect
import json
import re
import sys
import types
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from os import PathLike
from pathlib import Path
from typing import Any, TypeAlias, Union, cast, get_args, get_origin, get_type_hints

import attrs
import orjson

from rightsdata._rules import (
    DATE_PATTERN,
    DATETIME_PATTERN,
    DECIMAL_PATTERN,
    INT_MAX,
    INT_MIN,
    aware_time_schema,
    whole,
)
from rightsdata._typed import Rule, source_module, validator_of
from rightsdata.quantity import MAX_COUNT, Quantity
from rightsdata.records import RECORD_TYPES
from rightsdata.records.references import REFERS
from rightsdata.serialize.converter import JSONValue, unstructure
from rightsdata.serialize.jsonio import FORMAT_VERSION, atomic_write

__all__ = [
    "SCHEMA_ID",
    "FileState",
    "JSONValue",
    "check_file",
    "json_schema",
    "main",
    "not_a_schema",
    "render",
]

_Schema: TypeAlias = dict[str, JSONValue]

SCHEMA_ID = "https://rightsdata.dev/schema/record.json"
"""The ``$id`` of the generated schema."""

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_FILE_FORMAT = "rightsdata"
_DEFS = "#/$defs/"


_AWARE_TIME = cast(_Schema, aware_time_schema())
"""A time with its offset: RFC 3339 ``date-time``, in the forms the converter reads."""

_COUNT: _Schema = {"minimum": 0, "maximum": MAX_COUNT}


_CLASS_RULES: dict[tuple[type, str], _Schema] = {
    (Quantity, "low"): _COUNT,
    (Quantity, "high"): _COUNT,
    (Quantity, "best"): _COUNT,
}
"""Field rules a class checks itself (``Quantity`` in ``__attrs_post_init__``)."""

_FACTORY = cast(type, type(attrs.Factory(tuple)))

_LINK = re.compile(r"\[(`[^`\]]+`)\]\[[^\]]*\]")


def _plain(doc: str) -> str:
    """A docstring as Markdown-ish text: paragraphs unwrapped, doctest fences left out,
    cross-reference links turned into the names they show, double backquotes into single
    ones."""
    paragraphs = [
        " ".join(line.strip() for line in p.splitlines())
        for p in inspect.cleandoc(doc).split("\n\n")
        if p.strip() and not p.lstrip().startswith("```")
    ]
    return _LINK.sub(r"\1", "\n\n".join(paragraphs)).replace("``", "`")


def _class_node(cls: type) -> ast.ClassDef | None:
    """The ``ast`` node of ``cls`` in its module's source, or ``None`` without source."""
    try:
        tree = ast.parse(inspect.getsource(sys.modules[source_module(cls)]))
    except (OSError, TypeError, KeyError):
        return None
    body: list[ast.stmt] = tree.body
    node: ast.ClassDef | None = None
    for part in cls.__qualname__.split("."):
        node = next((n for n in body if isinstance(n, ast.ClassDef) and n.name == part), None)
        if node is None:
            return None  # defined in a function: no way to find it in the source
        body = node.body
    return node


def _attribute_docs(cls: type) -> dict[str, str]:
    """The string literal right below each field or member in the class body, by name."""
    node = _class_node(cls)
    if node is None:
        return {}
    docs: dict[str, str] = {}
    for stmt, after in zip(node.body, node.body[1:], strict=False):
        if not (
            isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            continue
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            docs[stmt.target.id] = _plain(after.value.value)
        elif isinstance(stmt, ast.Assign):
            for target in stmt.targets:
                if isinstance(target, ast.Name):
                    docs[target.id] = _plain(after.value.value)
    return docs


def _class_doc(cls: type) -> str | None:
    doc = cls.__doc__
    return _plain(doc) if doc else None


class _Builder:
    """Collects ``$defs`` while walking types."""

    def __init__(self) -> None:
        self.defs: dict[str, _Schema] = {}
        self.owners: dict[str, type] = {}

    def ref(self, cls: type) -> _Schema:
        """A ``$ref`` to ``cls``, defining it first if need be."""
        name = cls.__name__
        owner = self.owners.get(name)
        if owner is None:
            self.owners[name] = cls
            self.defs[name] = {}  # reserve the name: recursion and order
            self.defs[name] = self._enum(cls) if issubclass(cls, enum.Enum) else self._class(cls)
        elif owner is not cls:
            raise TypeError(f"two classes are named {name}: {owner!r} and {cls!r}")
        return {"$ref": _DEFS + name}

    def _enum(self, cls: type[enum.Enum]) -> _Schema:
        values: list[JSONValue] = []
        for member in cls:
            if not isinstance(member.value, str):
                raise TypeError(f"{cls.__name__}.{member.name}: only string enums are supported")
            values.append(member.value)
        docs = _attribute_docs(cls)
        lines = [f"- `{m.value}`: {docs[m.name]}" for m in cls if m.name in docs]
        description = "\n\n".join(p for p in (_class_doc(cls), "\n".join(lines)) if p)
        out: _Schema = {"title": cls.__name__}
        if description:
            out["description"] = description
        out["type"] = "string"
        out["enum"] = values
        return out

    def _class(self, cls: type) -> _Schema:
        if not attrs.has(cls):
            raise TypeError(f"{cls!r} is not an attrs class")
        hints = get_type_hints(cls)
        docs = _attribute_docs(cls)
        properties: _Schema = {}
        required: list[JSONValue] = []
        for field in attrs.fields(cls):
            properties[field.name] = self._field(cls, field, hints[field.name], docs)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        out: _Schema = {"title": cls.__name__}
        description = _class_doc(cls)
        if description:
            out["description"] = description
        out["type"] = "object"
        out["properties"] = properties
        out["required"] = required
        out["additionalProperties"] = False
        return out

    def _field(
        self, cls: type, field: attrs.Attribute[Any], hint: object, docs: dict[str, str]
    ) -> _Schema:
        extra: _Schema = dict(_CLASS_RULES.get((cls, field.name), {}))
        extra.update(_rules_schema(validator_of(field)))
        try:
            schema = self.schema_of(hint, extra)
        except TypeError as exc:
            raise TypeError(f"{cls.__name__}.{field.name}: {exc}") from None
        out: _Schema = {}
        if field.name in docs:
            out["description"] = docs[field.name]
        out.update(schema)
        if REFERS in field.metadata:  # an annotation: which records the ids must name
            out["x-rightsdata-refers"] = list(field.metadata[REFERS])
        if field.default is not attrs.NOTHING:
            default: object = field.default
            if isinstance(default, _FACTORY):
                factory = cast(Any, default)
                if factory.takes_self:
                    raise TypeError(f"{cls.__name__}.{field.name}: a default that takes self")
                default = factory.factory()
            out["default"] = unstructure(default)
        return out

    def schema_of(self, hint: object, extra: _Schema) -> _Schema:
        """The schema of a type hint; ``extra`` constrains its non-null part."""
        origin = get_origin(hint)
        args = get_args(hint)
        if origin is types.UnionType or origin is Union:
            branches: list[JSONValue] = [
                {"type": "null"} if a is type(None) else self.schema_of(a, extra) for a in args
            ]
            return {"anyOf": branches}
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            items_extra = extra.get("items")
            item_rules: _Schema = items_extra if isinstance(items_extra, dict) else {}
            rest = {k: v for k, v in extra.items() if k != "items"}
            return {"type": "array", "items": self.schema_of(args[0], item_rules), **rest}
        if not isinstance(hint, type):
            raise TypeError(f"unsupported type {hint!r}")
        base = self._scalar(hint)
        if base is None:
            if extra:
                raise TypeError(f"field rules {sorted(extra)} on {hint.__name__}")
            return self.ref(hint)
        if "pattern" in extra:  # (a field's own form: in place of the type's)
            base = {k: v for k, v in base.items() if k not in ("anyOf", "format", "pattern")}
        return {**base, **extra}

    @staticmethod
    def _scalar(hint: type) -> _Schema | None:
        # bool before int, datetime before date: each is a subclass of the other.
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:  # (5000.0 is an integer to JSON Schema: see the module docstring)
            return {"type": "integer", "minimum": INT_MIN, "maximum": INT_MAX}
        if hint is float:
            return {"type": "number"}
        if hint is str:
            return {"type": "string"}
        if hint is datetime:  # RFC 3339 needs an offset; a local time of day has none
            return {
                "type": "string",
                "anyOf": [_AWARE_TIME, {"pattern": whole(DATETIME_PATTERN)}],
            }
        if hint is date:
            return {"type": "string", "format": "date", "pattern": whole(DATE_PATTERN)}
        if hint is Decimal:
            return {"type": "string", "pattern": whole(DECIMAL_PATTERN)}
        return None


_OPTIONAL = type(attrs.validators.optional(lambda *_: None))
_DEEP_ITERABLE = type(attrs.validators.deep_iterable(lambda *_: None))
_AND: type = type(attrs.validators.and_())


def _parts(validator: object) -> list[object]:
    """The validators inside one of attrs' composite validators, read through its
    attrs fields (public ``attrs.fields``), flattened."""
    out: list[object] = []
    for field in attrs.fields(cast(Any, type(validator))):
        value = getattr(validator, field.name)
        out.extend(value if isinstance(value, list | tuple) else [value])
    return out


def _rules_in(validator: object, *, items: bool = False) -> Iterator[tuple[Rule, bool]]:
    """The ``Rule``s in an attrs field validator, each with whether it
    applies to the field's items: composites (``and_``, ``optional``, ``deep_iterable``)
    are opened; other validators add nothing."""
    if isinstance(validator, Rule):
        yield validator, items
    elif isinstance(validator, _AND | _OPTIONAL):
        for part in _parts(validator):
            yield from _rules_in(part, items=items)
    elif isinstance(validator, _DEEP_ITERABLE):
        members = cast(Any, validator).member_validator
        iterable = cast(Any, validator).iterable_validator
        yield from _rules_in(members, items=True)
        yield from _rules_in(iterable, items=items)


def _rules_schema(validator: object) -> _Schema:
    """What the rules of an attrs field validator mean in JSON Schema: merged into the
    field's schema (into the non-null branch of an optional field, under ``items`` for
    the rules on a list's items). Validators that are not rules add nothing."""
    out: _Schema = {}
    for rule, on_items in _rules_in(validator):
        fragment = cast(_Schema, copy.deepcopy(dict(rule.schema)))
        if on_items:
            inner = out.setdefault("items", {})
            assert isinstance(inner, dict)
            inner.update(fragment)
        else:
            out.update(fragment)
    return out


def json_schema() -> dict[str, JSONValue]:
    """The JSON Schema (draft 2020-12) of one record, as one JSON Lines line holds it.

    The root is a ``oneOf`` of the five record types, each an object whose ``"type"``
    property, required there, is its tag (``"source"``, ``"actor"``, ``"facility"``,
    ``"event"``, ``"figure"``). The definition of each record type under ``$defs``
    (``$defs/Event``) allows the tag without requiring it, so it validates what
    [`to_json`][rightsdata.to_json] writes and [`from_json`][rightsdata.from_json]
    reads, as well as a JSON Lines line of that type. ``$defs`` describes every class
    and enum the records contain, and ``$defs/File`` the layout
    [`write_json`][rightsdata.write_json] writes. A new dict is built on each call.

    ```pycon
    >>> schema = json_schema()
    >>> schema["$defs"]["Quantity"]["required"]
    ['low', 'high']

    ```
    """
    builder = _Builder()
    for tag, cls in RECORD_TYPES.items():
        builder.ref(cls)
        record = builder.defs[cls.__name__]
        props = cast(_Schema, record["properties"])
        if "type" in props:
            raise TypeError(f"{cls.__name__} has a field named 'type', which is the record tag")
        record["properties"] = {
            "type": {
                "description": "The record type tag: required on a JSON Lines line, "
                "optional where the kind is known (as `to_json` writes a record).",
                "const": tag,
            },
            **props,
        }
    records = [cls.__name__ for cls in RECORD_TYPES.values()]
    file_def: _Schema = {
        "title": "File",
        "description": _plain(
            """A JSON file as [`write_json`][rightsdata.write_json] writes it: the format
            name, its version and the records, in order."""
        ),
        "type": "object",
        "properties": {
            "format": {"description": "Always `rightsdata`.", "const": _FILE_FORMAT},
            "version": {"description": "The layout version.", "const": FORMAT_VERSION},
            "records": {
                "description": "The records, each tagged with its type.",
                "type": "array",
                "items": {"$ref": "#"},
            },
        },
        "required": ["format", "version", "records"],
        "additionalProperties": False,
    }
    defs: dict[str, JSONValue] = {name: builder.defs[name] for name in records}
    defs["File"] = file_def
    for name in sorted(builder.defs):
        defs.setdefault(name, builder.defs[name])
    return {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        "title": "rightsdata record",
        "description": (
            "One record, as one line of a rightsdata JSON Lines file holds it: an object "
            "whose `type` names its kind. Fields at their defaults may be left out."
        ),
        "oneOf": [{"$ref": _DEFS + name, "required": ["type"]} for name in records],
        "$defs": defs,
    }


def render(schema: dict[str, JSONValue] | None = None) -> str:
    """The schema as the committed file holds it: indented JSON ending in a newline."""
    value = json_schema() if schema is None else schema
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def not_a_schema(data: bytes) -> str | None:
    """Why a file's bytes are not a JSON Schema ("it is not JSON", 'it has no "$schema"'),
    or ``None`` when they are one."""
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        return "it is not JSON"
    if type(doc) is dict and isinstance(doc.get("$schema"), str):
        return None
    return 'it has no "$schema"'


class FileState(enum.Enum):
    """What [`check_file`][rightsdata.serialize.schema.check_file] found at a path."""

    CURRENT = "current"
    """The file holds the schema exactly as [`render`][rightsdata.serialize.schema.render]
    writes it."""
    MISSING = "missing"
    """There is no file."""
    STALE = "stale"
    """The file holds a JSON Schema (or nothing) that is not the current one."""
    FOREIGN = "foreign"
    """The file holds something other than a JSON Schema."""


def check_file(path: str | PathLike[str]) -> tuple[FileState, str]:
    """Whether the file at ``path`` holds the current schema, and if not, what is wrong
    and how to fix it, in words (``""`` when it is current); ``rightsdata schema
    --check`` prints the words."""
    try:
        current: bytes | None = Path(path).read_bytes()
    except FileNotFoundError:
        current = None
    fix = f"\n    rightsdata schema --write {path}"
    if current == render().encode("utf-8"):
        return FileState.CURRENT, ""
    if current is None:
        return FileState.MISSING, f"{path} does not exist. Write it with:{fix}"
    if current.strip() and (reason := not_a_schema(current)) is not None:
        return FileState.FOREIGN, f"{path} is not a JSON Schema ({reason})"
    return (
        FileState.STALE,
        f"{path} is out of date with the record classes. Regenerate it with:{fix}",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the schema, write it to a file (``--write``), or check a file (``--check``),
    as ``rightsdata schema`` does (without its refusal to replace other files)."""
    parser = argparse.ArgumentParser(
        prog="python -m rightsdata.serialize.schema",
        description="Generate or check the JSON Schema of rightsdata records.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="PATH", help="write the schema to PATH")
    group.add_argument("--check", metavar="PATH", help="exit 1 unless PATH is up to date")
    args = parser.parse_args(argv)
    if args.write is not None:
        try:
            atomic_write(args.write, [render().encode("utf-8")])
        except OSError as exc:
            print(f"cannot write {args.write}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        return 0
    if args.check is not None:
        state, problem = check_file(args.check)
        if state is not FileState.CURRENT:
            print(problem, file=sys.stderr)
        return 0 if state is FileState.CURRENT else 1
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
