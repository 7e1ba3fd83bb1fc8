"""The cattrs converter: strict, lossless mapping between records and JSON-ready data.

Strict means nothing is coerced: a string field refuses ``5`` and ``None``, an integer
field refuses ``"5"``, ``5.0`` and ``true``, a list field refuses a string, and unknown
keys are refused. Dates are ISO strings (``"1988-07-20"``), times ISO 8601 with their
offset, decimals strings, enums their values. Defaults are left out when unstructuring,
so files stay small and hand-editable; structuring restores them, so the round trip is
exact.

Two converters share the same hooks: :data:`converter`, the fast one, and a detailed
one used only after a failure, to collect every problem of the value with its path.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, get_args, get_origin

import attrs
import orjson
from cattrs import ClassValidationError, Converter, IterableValidationError
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from rightsdata.errors import FieldProblem, ValidationError

__all__ = ["converter", "problems_of", "structure", "unstructure"]

T = TypeVar("T")


class _Mismatch(Exception):
    """A JSON value of the wrong type (internal; becomes a FieldProblem)."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {_show(value)}")


def _show(value: object) -> str:
    """Render a JSON-ish value the way it looked in the file."""
    try:
        text = orjson.dumps(value).decode()
    except TypeError:
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _str(value: object, _: object) -> str:
    if type(value) is str:
        return value
    raise _Mismatch("a string", value)


def _int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    raise _Mismatch("an integer", value)


def _float(value: object, _: object) -> float:
    if type(value) is float:
        return value
    if type(value) is int and abs(value) <= 2**53:
        return float(value)
    raise _Mismatch("a number", value)


def _bool(value: object, _: object) -> bool:
    if type(value) is bool:
        return value
    raise _Mismatch("true or false", value)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(value: object, _: object) -> date:
    if type(value) is str and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _Mismatch("a date as YYYY-MM-DD", value)


def _datetime(value: object, _: object) -> datetime:
    if type(value) is str and len(value) >= 16 and value[4] == "-":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _Mismatch("a time as ISO 8601 (YYYY-MM-DDTHH:MM:SS+HH:MM)", value)


def _decimal(value: object, _: object) -> Decimal:
    if type(value) is str:
        try:
            d = Decimal(value)
        except InvalidOperation:
            pass
        else:
            if d.is_finite():
                return d
    raise _Mismatch('a decimal number as a string ("0.5")', value)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    members = {m.value: m for m in cls}
    choices = ", ".join(_show(v) for v in members)

    def structure_enum(value: object, _: object) -> enum.Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        raise _Mismatch(f"one of {choices}", value)

    return structure_enum


def _is_var_tuple(t: Any) -> bool:
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make(detailed: bool) -> OrjsonConverter:
    c = make_converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed)
    for t, hook in (
        (str, _str),
        (int, _int),
        (float, _float),
        (bool, _bool),
        (date, _date),
        (datetime, _datetime),
        (Decimal, _decimal),
    ):
        c.register_structure_hook(t, hook)
    c.register_unstructure_hook(date, date.isoformat)
    c.register_unstructure_hook(datetime, datetime.isoformat)
    c.register_unstructure_hook(Decimal, str)
    c.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
    )
    c.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum),
        lambda t: lambda v: v.value,
    )

    def tuple_hook(t: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item_type = get_args(t)[0]
        item = c.get_structure_hook(item_type)

        def structure_tuple(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list and type(value) is not tuple:
                raise _Mismatch("a list", value)
            if not detailed:
                return tuple([item(x, item_type) for x in value])
            out = []
            problems: list[FieldProblem] = []
            for i, x in enumerate(value):
                try:
                    out.append(item(x, item_type))
                except Exception as exc:  # collected, with the item's index
                    problems.extend(problems_of(exc, f"[{i}]"))
            if problems:
                raise ValidationError(problems)
            return tuple(out)

        return structure_tuple

    c.register_structure_hook_factory(_is_var_tuple, tuple_hook)

    def object_hook(cl: Any) -> Callable[[object, object], Any]:
        inner = make_dict_structure_fn(cl, c)

        def structure_object(value: object, t: object) -> Any:
            if type(value) is not dict:
                raise _Mismatch("an object", value)
            return inner(value, t)

        return structure_object

    c.register_structure_hook_factory(attrs.has, object_hook)
    return c


converter: OrjsonConverter = _make(detailed=False)
"""The module-level converter: fast and strict. Use :func:`structure` to get full errors."""

_detailed: Converter = _make(detailed=True)


def _join(path: str, name: str) -> str:
    if not path:
        return name
    return f"{path}{name}" if name.startswith("[") else f"{path}.{name}"


def problems_of(exc: BaseException, path: str = "") -> list[FieldProblem]:
    """Turn an exception raised while structuring into problems with field paths."""
    if isinstance(exc, ValidationError):
        return [p.under(path) for p in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        return [
            FieldProblem(path=_join(path, k), message="unknown field")
            for k in sorted(exc.extra_fields)
        ]
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        out: list[FieldProblem] = []
        for sub, note in with_notes:
            out.extend(problems_of(sub, _join(path, note.name)))
        for sub in without:
            out.extend(problems_of(sub, path))
        return out
    if isinstance(exc, IterableValidationError):
        with_notes_i, without_i = exc.group_exceptions()
        out = []
        for sub, inote in with_notes_i:
            out.extend(problems_of(sub, _join(path, f"[{inote.index}]")))
        for sub in without_i:
            out.extend(problems_of(sub, path))
        return out
    if isinstance(exc, KeyError):
        return [FieldProblem(path=path, message="required field is missing")]
    if isinstance(exc, _Mismatch):
        return [FieldProblem(path=path, message=str(exc))]
    return [FieldProblem(path=path, message=str(exc) or type(exc).__name__)]


def structure(data: object, cls: type[T]) -> T:
    """Build a ``cls`` from JSON-ready data, strictly.

    Raises :class:`~rightsdata.ValidationError` listing every problem with its field path.
    """
    try:
        return converter.structure(data, cls)
    except Exception:
        pass
    try:
        return _detailed.structure(data, cls)
    except Exception as exc:
        raise ValidationError(problems_of(exc)) from None


def unstructure(value: object) -> Any:
    """Turn a record or value into JSON-ready dicts, lists, strings, numbers and booleans."""
    return converter.unstructure(value)
