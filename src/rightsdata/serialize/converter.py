"""The cattrs converter: strict, lossless mapping between records and JSON-ready data.

Strict means nothing is coerced: a string field refuses ``5`` and ``None``, an integer
field refuses ``"5"``, ``5.0`` and ``true``, a list field refuses a string, and unknown
keys are refused. Dates are ISO strings (``"1988-07-20"``), times ISO 8601 with their
offset, decimals strings, enums their values. Defaults are left out when unstructuring,
so files stay small and hand-editable; structuring restores them, so the round trip is
exact.

The rules for strings, integers, numbers and booleans are the ones the record
constructors check (``rightsdata._typed``), so a record that can be built can be
written and read back, and one that is read passes its constructor.

Two converters share the same hooks: [`converter`][rightsdata.converter], the fast one, and a
detailed one used only after a failure, to collect every problem of the value with its path.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeAlias, TypeVar, cast, get_args

import attrs
import orjson
from cattrs import ClassValidationError, Converter, IterableValidationError
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from rightsdata._codegen import compile_function
from rightsdata._rules import DATETIME_PATTERN
from rightsdata._typed import (
    EXPECTED,
    MAX_EXPONENT,
    TEST_ENV,
    TESTS,
    item_of,
)
from rightsdata.errors import FieldProblem, ValidationError
from rightsdata.serialize import _fastpath

__all__ = [
    "JSONValue",
    "converter",
    "problems_of",
    "set_fast_path",
    "show_json",
    "structure",
    "unstructure",
]

JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None
"""Any value JSON can hold, as Python builds it."""

T = TypeVar("T")


class _Mismatch(Exception):
    """A JSON value of the wrong type (internal; becomes a FieldProblem)."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {show_json(value)}")


def show_json(value: object, limit: int = 60) -> str:
    """Render a JSON-ish value the way it looked in the file, cut to ``limit`` characters,
    for a message (the loader's, the linter's).

    Iterative and bounded: a value nested 100,000 deep costs no more than a flat one
    (neither ``orjson.dumps`` nor ``repr`` can take such a value)."""
    out: list[str] = []
    size = 0
    todo: list[object] = [value]
    while todo and size <= limit:
        v = todo.pop()
        if isinstance(v, _Text):
            piece = v.text
        elif isinstance(v, dict):
            parts: list[object] = []
            for i, (k, x) in enumerate(v.items()):
                parts += [_Text(("," if i else "") + _scalar(k) + ":"), x]
            piece = "{"
            todo += [_Text("}"), *reversed(parts)]
        elif isinstance(v, list | tuple):
            parts = []
            for i, x in enumerate(v):
                parts += [_Text("," if i else ""), x]
            piece = "["
            todo += [_Text("]"), *reversed(parts)]
        else:
            piece = _scalar(v)
        out.append(piece)
        size += len(piece)
    text = "".join(out)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Text:
    """Punctuation queued by ``show_json`` among the values still to render."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _scalar(value: object) -> str:
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return f"<{type(value).__name__}>"


def _scalar_hook(t: type) -> Callable[[object, object], Any]:
    """The structure hook of a scalar type: the shared rule of ``rightsdata._typed.TESTS``
    (a float field also takes an integer it can hold exactly, as a float)."""
    env: dict[str, Any] = {**TEST_ENV, "_Mismatch": _Mismatch}
    result = "float(value)" if t is float else "value"
    source = "\n".join(
        [
            f"def structure_{t.__name__}(value, _):",
            f"  if {TESTS[t].format(v='value')}:",
            f"    return {result}",
            f"  raise _Mismatch({EXPECTED[t]!r}, value)",
        ]
    )
    hook: Callable[[object, object], Any] = compile_function(source, f"structure {t.__name__}", env)
    return hook


_SCALAR_HOOKS: dict[type, Callable[[object, object], Any]] = {t: _scalar_hook(t) for t in TESTS}


def _date(value: object, _: object) -> date:
    # The strings matching ^\d{4}-\d{2}-\d{2}$ that date.fromisoformat accepts: it reads
    # ASCII digits only, so checking the length and the dashes is enough (and cheaper).
    if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _Mismatch("a date as YYYY-MM-DD", value)


_DATETIME = re.compile(DATETIME_PATTERN)


def _datetime(value: object, _: object) -> datetime:
    if type(value) is str and _DATETIME.fullmatch(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _Mismatch("a time as ISO 8601 (YYYY-MM-DDTHH:MM:SS+HH:MM)", value)


def _decimal(value: object, _: object) -> Decimal:
    """Only a decimal written as the library writes it (``str(Decimal)``), so that what
    is read is what will be written back: " 0.5", ".5" or "٠.٥" are refused."""
    if type(value) is str:
        try:
            d = Decimal(value)
        except InvalidOperation:
            pass
        else:
            if d.is_finite() and str(d) == value and abs(d.adjusted()) <= MAX_EXPONENT:
                return d
            if d.is_finite() and abs(d.adjusted()) > MAX_EXPONENT:  # (written so, or not)
                raise _Mismatch("a decimal number with an exponent of at most 18 digits", value)
            if d.is_finite():
                raise _Mismatch(f'a decimal number as a string, written "{d}"', value)
    raise _Mismatch('a decimal number as a string ("0.5")', value)


_INLINED: dict[type, Callable[[object, object], Any]] = {**_SCALAR_HOOKS, date: _date}
"""The hooks the fast path writes inline, when the converter still uses them."""


def _enum_hook(cls: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    members = {m.value: m for m in cls}
    choices = ", ".join(show_json(v) for v in members)

    def structure_enum(value: object, _: object) -> enum.Enum:
        if type(value) is str:
            member = members.get(value)
            if member is not None:
                return member
        raise _Mismatch(f"one of {choices}", value)

    return structure_enum


def _is_var_tuple(t: Any) -> bool:
    return item_of(t) is not None


def _make(detailed: bool) -> OrjsonConverter:
    c = make_converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=detailed)
    for t, hook in (
        *_SCALAR_HOOKS.items(),
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

        if detailed:
            return structure_object
        return _fastpath.structure_fn(c, cl, structure_object, _INLINED)

    c.register_structure_hook_factory(attrs.has, object_hook)
    return c


converter: OrjsonConverter = _make(detailed=False)
"""The module-level converter: fast and strict. Use [`structure`][rightsdata.serialize.structure] to
get full errors."""

_detailed: Converter = _make(detailed=True)


def tagged_structure_fn(cl: type[T], tag: str) -> Callable[[dict[str, Any]], T] | None:
    """A fast function building a ``cl`` from a dict that also holds ``"type": tag``.

    For JSON Lines, where every record names its type: it saves copying the dict to drop
    the tag. It raises *something* on any problem, not the documented error: on failure,
    call [`structure`][rightsdata.serialize.structure] on the dict without its tag for the full
    report. ``None`` when ``cl`` has fields the fast path does not handle. The function
    is generated on its first call.
    """
    return _fastpath.tagged_fn(converter, cl, tag, _INLINED)


def set_fast_path(enabled: bool) -> None:
    """Turn the converter's generated fast path off (``False``) or back on (``True``).

    The fast path (on by default) loads a record without calling its constructor, with
    the same checks written inline; off, every record and part is built through its
    constructor, as cattrs alone would. The results and errors are the same either way
    (a test holds them to each other): turn it off to step through the constructor in a
    debugger, or to rule the fast path out when loading behaves unexpectedly. It takes
    effect at once, for [`converter`][rightsdata.converter] and every loading function.

    ```pycon
    >>> from rightsdata import Citation
    >>> set_fast_path(False)
    >>> structure({"source": "s1"}, Citation)
    Citation(source='s1', locator=None, quote=None)
    >>> set_fast_path(True)

    ```
    """
    _fastpath.set_enabled(enabled)


def _join(path: str, name: str) -> str:
    if not path:
        return name
    return f"{path}{name}" if name.startswith("[") else f"{path}.{name}"


def _unknown_field(name: str, fields: list[str]) -> str:
    """The problem of an unknown key, with the field it was probably meant to be."""
    close = difflib.get_close_matches(name, fields, n=1)
    return f"unknown field; did you mean {close[0]!r}?" if close else "unknown field"


def problems_of(exc: BaseException, path: str = "") -> list[FieldProblem]:
    """Turn an exception raised while structuring into problems with field paths."""
    if isinstance(exc, ValidationError):
        return [p.under(path) for p in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        names = [f.name for f in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        return [
            FieldProblem(path=_join(path, k), message=_unknown_field(k, names))
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

    Raises [`ValidationError`][rightsdata.ValidationError] listing every problem with its field
    path.
    """
    try:
        return converter.structure(data, cls)
    except Exception:
        pass
    try:
        return _detailed.structure(data, cls)
    except Exception as exc:
        raise ValidationError(problems_of(exc)) from None


def unstructure(value: object) -> JSONValue:
    """Turn a record or value into JSON-ready dicts, lists, strings, numbers and booleans."""
    return cast(JSONValue, converter.unstructure(value))
