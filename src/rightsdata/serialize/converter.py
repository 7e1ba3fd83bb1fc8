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
from attr import _config as attrs_config
from cattrs import ClassValidationError, Converter, IterableValidationError
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from rightsdata._rules import DATETIME_PATTERN
from rightsdata._typed import (
    EXPECTED,
    MAX_EXPONENT,
    TEST_ENV,
    TESTS,
    Rule,
    item_of,
    optional_of,
    validator_of,
)
from rightsdata.errors import FieldProblem, ValidationError

__all__ = ["JSONValue", "converter", "problems_of", "structure", "unstructure"]

JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None
"""Any value JSON can hold, as Python builds it."""

T = TypeVar("T")


class _Mismatch(Exception):
    """A JSON value of the wrong type (internal; becomes a FieldProblem)."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {_show(value)}")


def _show(value: object, limit: int = 60) -> str:
    """Render a JSON-ish value the way it looked in the file, cut to ``limit`` characters.

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
    """Punctuation queued by ``_show`` among the values still to render."""

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
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<rightsdata structure {t.__name__}>", "exec"), env, namespace)
    hook: Callable[[object, object], Any] = namespace[f"structure_{t.__name__}"]
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
            if d.is_finite():
                raise _Mismatch(f'a decimal number as a string, written "{d}"', value)
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
    return item_of(t) is not None


class _Unhandled(Exception):
    """The fast path met a value it leaves to the full hooks (internal, never escapes)."""


_MISSING: Any = object()
_FAST_FNS: set[Callable[..., Any]] = set()
"""The functions made by ``_fast_structure_fn``: they take the value alone."""

# attrs' own __init__ reads this flag (set by attrs.validators.set_disabled) before it
# runs validators; a record built without its __init__ must honour it the same way.
_VALIDATORS_FLAG: Any = getattr(attrs_config, "_run_validators", None)


def _call(c: Converter, t: Any, arg: str, env: dict[str, Any]) -> str:
    """An expression structuring ``arg`` as ``t`` with the converter's hook for ``t``."""
    hook = c.get_structure_hook(t)
    name = f"_hook_{len(env)}"
    env[name] = hook
    if hook in _FAST_FNS:
        return f"{name}({arg})"
    env[f"{name}_t"] = t
    return f"{name}({arg}, {name}_t)"


def _emit(c: Converter, t: Any, var: str, pad: str, env: dict[str, Any]) -> list[str]:
    """Lines that check the JSON value in ``var`` for type ``t`` and rebind it to the result.

    Only the happy path: anything unexpected raises, and the caller hands the whole
    value to the full hooks, which give the exact error (or the same result).
    """
    hook = c.get_structure_hook(t)
    if t in _SCALAR_HOOKS and hook is _SCALAR_HOOKS[t]:
        env.update(TEST_ENV)
        lines = [f"{pad}if not {TESTS[t].format(v=var)}: raise _Unhandled"]
        return [*lines, f"{pad}{var} = float({var})"] if t is float else lines
    if t is date and hook is _date:  # _date inlined: a bad date raises ValueError
        env["_date_fromisoformat"] = date.fromisoformat
        return [
            f"{pad}if type({var}) is not str or len({var}) != 10 or {var}[4] != '-'"
            f" or {var}[7] != '-': raise _Unhandled",
            f"{pad}{var} = _date_fromisoformat({var})",
        ]
    inner = optional_of(t)
    if inner is not None:
        return [f"{pad}if {var} is not None:", *_emit(c, inner, var, pad + "  ", env)]
    if isinstance(t, type) and issubclass(t, enum.Enum) and all(type(m.value) is str for m in t):
        name = f"_members_{len(env)}"
        env[name] = {m.value: m for m in t}  # a miss (KeyError) is unhandled
        return [
            f"{pad}if type({var}) is not str: raise _Unhandled",
            f"{pad}{var} = {name}[{var}]",
        ]
    if _is_var_tuple(t):
        item = get_args(t)[0]
        lines = [f"{pad}if type({var}) is not list: raise _Unhandled"]
        item_hook = c.get_structure_hook(item)
        if item in _SCALAR_HOOKS and item is not float and item_hook is _SCALAR_HOOKS[item]:
            env.update(TEST_ENV)
            return [
                *lines,
                f"{pad}for _x in {var}:",
                f"{pad}  if not {TESTS[item].format(v='_x')}: raise _Unhandled",
                f"{pad}{var} = tuple({var})",
            ]
        if item_hook in _FAST_FNS:
            name = f"_hook_{len(env)}"
            env[name] = item_hook
            return [*lines, f"{pad}{var} = tuple(map({name}, {var}))"]
        return [*lines, f"{pad}{var} = tuple([{_call(c, item, '_x', env)} for _x in {var}])"]
    return [f"{pad}{var} = {_call(c, t, var, env)}"]


def _builder(cl: type, fields: tuple[attrs.Attribute[Any], ...], env: dict[str, Any]) -> list[str]:
    """Lines building ``cl`` from ``v0``, ``v1``... (structured field values).

    For plain frozen slotted classes, it does what attrs' generated ``__init__`` does, in
    the same order and without the call: set every slot, then run the field validators
    unless validators are disabled. Anything else is built through ``__init__``.
    """
    slots: set[str] = set()
    for klass in cl.__mro__[:-1]:
        slots.update(klass.__dict__.get("__slots__", ("__dict__",)))
    names = {f.name for f in fields}
    init = getattr(cl.__dict__.get("__init__"), "__code__", None)
    plain = (
        _VALIDATORS_FLAG is not None
        and slots - {"__weakref__"} == names
        and not hasattr(cl, "__attrs_pre_init__")
        and not hasattr(cl, "__attrs_post_init__")
        and getattr(init, "co_filename", "").startswith("<attrs generated")
        and all(type(getattr(cl, f.name, None)).__name__ == "member_descriptor" for f in fields)
    )
    if not plain:
        args = ", ".join(f"{f.name}=v{i}" for i, f in enumerate(fields))
        return [f"return _cl({args})"]
    env["_new"] = object.__new__
    env["_attrs_config"] = attrs_config
    lines = ["obj = _new(_cl)"]
    checks: list[str] = []
    for i, f in enumerate(fields):
        env[f"_set_{i}"] = getattr(cl, f.name).__set__
        lines.append(f"_set_{i}(obj, v{i})")
        # The field types were checked as the values were read, by the same rules as
        # the constructor's type check (rightsdata._typed): only the field's own
        # validator is left to run.
        validator = validator_of(f)
        # the rule's test, inline; failing: the full path
        inline = validator.inline if isinstance(validator, Rule) else None
        if inline is not None:
            test = inline.format(v=f"v{i}", fail="raise _Unhandled")
            checks.extend(f"  {line}" for line in test.splitlines())
        elif validator is not None:
            env[f"_validator_{i}"] = validator
            env[f"_field_{i}"] = f
            checks.append(f"  _validator_{i}(obj, _field_{i}, v{i})")
    if checks:
        lines += ["if _attrs_config._run_validators is True:", *checks]
    return [*lines, "return obj"]


def _fast_structure_fn(
    c: Converter,
    cl: type,
    full: Callable[[object, object], Any],
    *,
    tag: str | None = None,
) -> Callable[..., Any]:
    """A structure function for the attrs class ``cl`` that skips the generic machinery.

    It inlines the strict type checks, calls nested hooks directly, counts keys instead
    of building sets and stops looking for optional keys once all are accounted for.
    It only ever takes the happy path: on anything unexpected (a wrong type, a missing
    or unknown key, a failing validator) it hands the value to ``full``, the
    cattrs-generated function, so results and errors are exactly the same. With
    ``tag``, it takes a dict that also holds ``"type": tag`` (as JSON Lines has it) and
    lets failures propagate instead.
    """
    fields = attrs.fields(attrs.resolve_types(cl))
    if any(
        not f.init
        or f.converter is not None
        or f.alias != f.name
        or (isinstance(f.default, attrs.Factory) and f.default.takes_self)  # type: ignore[arg-type]
        for f in fields
    ):
        return full
    env: dict[str, Any] = {"_Unhandled": _Unhandled, "_MISSING": _MISSING, "_cl": cl, "_full": full}
    required = sum(f.default is attrs.NOTHING for f in fields) + (tag is not None)
    # ``left``: keys beyond the required ones not yet accounted for. Each optional key
    # found takes one off; at zero the rest are absent; it must end at zero (no unknown key).
    body = ["if type(o) is not dict: raise _Unhandled", f"left = len(o) - {required}"]
    if tag is not None:
        env["_tag"] = tag
        body.append("if o['type'] != _tag: raise _Unhandled")
    for i, f in enumerate(fields):
        if f.default is attrs.NOTHING:
            body.append(f"v{i} = o[{f.name!r}]")
            body.extend(_emit(c, f.type, f"v{i}", "", env))
    for i, f in enumerate(fields):
        if f.default is attrs.NOTHING:
            continue
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            env[f"_default_{i}"] = f.default.factory
            default = f"_default_{i}()"
        else:
            env[f"_default_{i}"] = f.default
            default = f"_default_{i}"
        body += [
            f"v{i} = {default}",
            "if left:",
            f"  v = o.get({f.name!r}, _MISSING)",
            "  if v is not _MISSING:",
            "    left -= 1",
            *_emit(c, f.type, "v", "    ", env),
            f"    v{i} = v",
        ]
    body.append("if left: raise _Unhandled")
    body += _builder(cl, fields, env)
    name = f"fast_structure_{cl.__name__}"
    if tag is None:
        lines = [f"def {name}(o, _=None):", "  try:"]
        lines += [f"    {line}" for line in body]
        lines += ["  except Exception:", "    return _full(o, _cl)"]
    else:
        lines = [f"def {name}(o):"] + [f"  {line}" for line in body]
    source = "\n".join(lines)
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<rightsdata fast structure {cl.__qualname__}>", "exec"), env, namespace)
    fn: Callable[..., Any] = namespace[name]
    if tag is None:
        _FAST_FNS.add(fn)
    return fn


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
        return _fast_structure_fn(c, cl, structure_object)

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
    report. ``None`` when ``cl`` has fields the fast path does not handle.
    """
    full = converter.get_structure_hook(cl)
    fn = _fast_structure_fn(converter, cl, full, tag=tag)
    return None if fn is full else fn


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
