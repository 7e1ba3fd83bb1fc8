"""Field type checks derived from the type annotations (private): one rule per type.

Every record and part-record class is declared with ``field_transformer=typed``: at
class creation, ``typed`` reads the annotation of every field and generates one
function that checks them all, in field order, with the rules the strict converter
applies on load (``int`` refuses ``bool``, ``float`` and ``str``; a tuple field refuses
a list and a string; an enum field refuses its string value...). It runs as the
validator of the first field, before any field's own validator, so a value that would
not survive ``save`` and ``load`` is refused by the constructor, with a
[`ValidationError`][rightsdata.ValidationError] naming the field. A new field is checked because
it has an annotation; a type the rules do not know is an error when the class is made.

The field's own validators (ids, non-blank text...) run in the same function, after all
the types are known to be right, so construction costs one validator call.

The scalar rules in ``TESTS`` are shared with the converter, which applies them to
JSON values: for strings, integers, numbers and booleans a JSON value and a Python value
are accepted by the same test. Dates, times and decimals are strings in JSON and objects
in Python; each side checks its own form, and the round-trip property tests hold the
two to each other.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from types import UnionType
from typing import Any, TypeAlias, Union, final, get_args, get_origin, get_type_hints

import attrs

from rightsdata._codegen import compile_function
from rightsdata.errors import FieldProblem, ValidationError

__all__ = [
    "EXPECTED",
    "MAX_EXPONENT",
    "TESTS",
    "TEST_ENV",
    "Rule",
    "check",
    "encodable",
    "item_of",
    "optional_of",
    "public_home",
    "source_module",
    "typed",
    "validator_of",
]

FLOAT_INT_LIMIT = 2**53
"""The largest integer (in size) a float field takes: every one up to it is exact as a float."""


MAX_EXPONENT = 999_999_999_999_999_999
"""The largest exponent (in size, as ``Decimal.adjusted`` gives it) of a decimal field's
value: at most 18 digits, so that every one written can be read back."""


def encodable(text: str) -> bool:
    """Whether UTF-8, so JSON, can hold ``text``: it has no lone surrogate."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


TESTS: dict[type, str] = {
    # ``isascii`` is O(1) in CPython (a flag of the string), so most strings cost one call.
    str: "(type({v}) is str and ({v}.isascii() or _encodable({v})))",
    bool: "type({v}) is bool",
    int: "type({v}) is int",
    float: (
        "(type({v}) is float or"
        " (type({v}) is int and -_FLOAT_INT_LIMIT <= {v} <= _FLOAT_INT_LIMIT))"
    ),
}
"""For each scalar type, the test (a Python expression on ``{v}``) a value must pass,
in Python and in JSON alike; the names it uses are in ``TEST_ENV``."""

TEST_ENV: dict[str, object] = {"_encodable": encodable, "_FLOAT_INT_LIMIT": FLOAT_INT_LIMIT}
"""The names the expressions of ``TESTS`` refer to."""

EXPECTED: dict[type, str] = {
    str: "a string",
    bool: "true or false",
    int: "an integer",
    float: "a number",
}
"""What each scalar type is called in error messages (``expected an integer, got ...``)."""

SURROGATE = "text holds a lone surrogate, which JSON (UTF-8) cannot store"
"""The problem of a string no file can hold."""

Check: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]
"""An attrs validator function: ``check(instance, attribute, value)``, raising when bad."""


@final
class Rule:
    """A field rule: an attrs validator that carries its fast check and its JSON Schema.

    Called as attrs calls a validator, ``rule(instance, attribute, value)``, it runs
    ``check``, which raises [`ValidationError`][rightsdata.ValidationError] when the value
    is bad. ``inline``, when given, is the same test written as Python source on ``{v}``
    that runs ``{fail}`` when the value is bad: ``typed`` writes it into the
    constructor's field checks (``{fail}`` calls ``check``, to report) and the
    converter's fast path into its loader (``{fail}`` hands the value to the full path).
    ``schema`` is what the rule means in JSON Schema, merged into the field's schema by
    the schema generator (into the non-null branch of an optional field, under
    ``items`` for a rule on a list's items); it may be given as a function, called once
    when first read, for a fragment costly to compute.
    """

    __slots__ = ("_schema", "_schema_of", "check", "inline", "name")

    def __init__(
        self,
        name: str,
        check: Check,
        *,
        inline: str | None = None,
        schema: Mapping[str, object] | Callable[[], Mapping[str, object]] | None = None,
    ) -> None:
        self.name = name
        """What the rule is called (in its ``repr``)."""
        self.check = check
        """The validator function that does the work."""
        self.inline = inline
        """The test as source on ``{v}`` running ``{fail}``, or ``None``."""
        self._schema: Mapping[str, object] | None = None
        self._schema_of: Callable[[], Mapping[str, object]] | None = None
        if callable(schema):
            self._schema_of = schema
        else:
            self._schema = {} if schema is None else schema

    @property
    def schema(self) -> Mapping[str, object]:
        """The rule's JSON Schema fragment (empty when JSON Schema cannot state it)."""
        if self._schema is None:
            assert self._schema_of is not None
            self._schema = self._schema_of()
        return self._schema

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        self.check(instance, attribute, value)

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"


_VALIDATOR = "rightsdata.validator"
"""The key of a field's own validator in its metadata, once ``typed`` took it over."""

_UNIONS = (Union, UnionType)


def validator_of(field: attrs.Attribute[Any]) -> object:
    """A field's own validator (``None`` if it has none), without the type checks."""
    return field.metadata.get(_VALIDATOR, None if _is_check(field.validator) else field.validator)


def _is_check(validator: object) -> bool:
    """Whether ``validator`` is a check ``typed`` made."""
    code = getattr(validator, "__code__", None)
    return code is not None and code.co_filename.startswith("<rightsdata field checks ")


def optional_of(hint: Any) -> Any:
    """``X`` for ``X | None``, else ``None``."""
    if get_origin(hint) in _UNIONS:
        args = get_args(hint)
        rest = [a for a in args if a is not type(None)]
        if len(args) == 2 and len(rest) == 1:
            return rest[0]
    return None


def item_of(hint: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else ``None``."""
    args = get_args(hint)
    if get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0]
    return None


def _lines(hint: Any, var: str, pad: str, env: dict[str, Any], depth: int = 0) -> list[str]:
    """Lines that ``return _fail(inst)`` unless the value in ``var`` is a ``hint``."""
    fail = f"{pad}  return _fail(inst)"
    inner = optional_of(hint)
    if inner is not None:
        return [f"{pad}if {var} is not None:", *_lines(inner, var, pad + "  ", env, depth)]
    item = item_of(hint)
    if item is not None:
        x = f"_x{depth}"
        return [
            f"{pad}if type({var}) is not tuple:",
            fail,
            f"{pad}for {x} in {var}:",
            *_lines(item, x, pad + "  ", env, depth + 1),
        ]
    if hint in TESTS:
        return [f"{pad}if not {TESTS[hint].format(v=var)}:", fail]
    if hint is date:  # a day, not a datetime (a subclass): pendulum.Date is a day
        test = (
            f"type({var}) is date or (isinstance({var}, date) and not isinstance({var}, datetime))"
        )
    elif hint is datetime:  # pendulum.DateTime is one
        test = f"isinstance({var}, datetime)"
    elif hint is Decimal or (
        isinstance(hint, type) and (issubclass(hint, enum.Enum) or attrs.has(hint))
    ):
        name = f"_t{len(env)}"
        env[name] = hint
        test = f"type({var}) is {name}"
    else:
        raise TypeError(f"no type check for fields of type {hint!r}")
    return [f"{pad}if not ({test}):", fail]


@lru_cache(maxsize=256)  # one entry per field type the records use
def _accepts(hint: Any) -> Callable[[object], bool]:
    """Whether a value passes the checks for ``hint`` (for error reports: slow is fine)."""
    env: dict[str, Any] = {**TEST_ENV, "date": date, "datetime": datetime}
    lines = ["def accepts(v):", *_lines(hint, "v", "  ", env), "  return True"]
    env["_fail"] = lambda inst: False
    env["inst"] = None
    fn: Callable[[object], bool] = compile_function("\n".join(lines), f"type test {hint}", env)
    return fn


def _name(hint: Any) -> str:
    if hint in EXPECTED:
        return EXPECTED[hint]
    inner = optional_of(hint)
    if inner is not None:
        return f"{_name(inner)} or None"
    item = item_of(hint)
    if item is not None:
        return f"a tuple of {getattr(item, '__name__', str(item))}"
    if hint is date:
        return "a day (datetime.date)"
    if hint is datetime:
        return "a datetime"
    name = getattr(hint, "__name__", str(hint))
    return f"{'an' if name[:1] in 'AEIOU' else 'a'} {name}"


def _shown(value: object) -> str:
    """A value as an error message shows it: its type and its repr, cut short."""
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


def _problems(hint: Any, value: object, path: str) -> list[FieldProblem]:
    """What is wrong with ``value`` as a ``hint`` (empty when nothing is)."""
    if _accepts(hint)(value):
        return []
    inner = optional_of(hint)
    if inner is not None:
        return _problems(inner, value, path)
    item = item_of(hint)
    if item is not None and type(value) is tuple:
        return [p for i, x in enumerate(value) for p in _problems(item, x, f"{path}[{i}]")]
    if hint is str and type(value) is str:
        return [FieldProblem(path=path, message=SURROGATE)]
    if hint is date and isinstance(value, datetime):
        message = f"expected a day (datetime.date), got a datetime ({value.isoformat()})"
        return [FieldProblem(path=path, message=message)]
    message = f"expected {_name(hint)}, got {_shown(value)}"
    if item is not None and isinstance(value, list | str):
        message += " (pass a tuple)" if type(value) is list else " (a string is not a tuple)"
    elif isinstance(hint, type) and issubclass(hint, enum.Enum):
        members = [m for m in hint if m.value == value]
        if members:
            message += f" (use {hint.__name__}.{members[0].name})"
    return [FieldProblem(path=path, message=message)]


def check(hint: Any, value: object, path: str) -> None:
    """Raise [`ValidationError`][rightsdata.ValidationError] at ``path`` unless ``value`` is a
    ``hint`` by the rules of the field checks (for arguments that become fields)."""
    problems = _problems(hint, value, path)
    if problems:
        raise ValidationError(problems)


def _reporter(hints: dict[str, Any]) -> Callable[[object], None]:
    def fail(inst: object) -> None:
        problems = [
            p for name, hint in hints.items() for p in _problems(hint, getattr(inst, name), name)
        ]
        raise ValidationError(problems)

    return fail


def typed(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: check every field's type, from its annotation.

    Makes one function that checks the type of every field, in field order, then runs
    every field's own validator (inline when it is a ``Rule`` with an
    ``inline`` test), and makes it
    the only attrs validator, on the first field: one call per construction. The fields'
    own validators stay readable with ``validator_of``. See the module docstring.
    """
    if not fields:
        return fields
    globalns = vars(sys.modules[cls.__module__])
    all_hints = get_type_hints(cls, globalns)
    hints = {f.name: all_hints[f.name] for f in fields}
    env: dict[str, Any] = {**TEST_ENV, "date": date, "datetime": datetime}
    env["_fail"] = _reporter(hints)
    out = [
        f.evolve(validator=None, metadata={**f.metadata, _VALIDATOR: f.validator})
        if f.validator is not None
        else f
        for f in fields
    ]
    body: list[str] = []
    for i, f in enumerate(out):
        body += _lines(hints[f.name], "value" if i == 0 else f"inst.{f.name}", "  ", env)
    for i, f in enumerate(out):
        validator = validator_of(f)
        if validator is None:
            continue
        var = "value" if i == 0 else f"inst.{f.name}"
        env[f"_validator_{i}"] = validator.check if isinstance(validator, Rule) else validator
        env[f"_field_{i}"] = f
        call = f"_validator_{i}(inst, _field_{i}, {var})"
        template = validator.inline if isinstance(validator, Rule) else None
        lines = [call] if template is None else template.format(v=var, fail=call).splitlines()
        body += [f"  {line}" for line in lines]
    name = f"check_{cls.__name__}"
    source = "\n".join([f"def {name}(inst, attribute, value):", *body])
    check = compile_function(source, f"field checks {cls.__qualname__}", env)
    return [out[0].evolve(validator=check), *out[1:]]


_DEFINED_IN: dict[type, str] = {}


def public_home(module: str, *classes: type) -> None:
    """Name the public ``module`` as the home of ``classes``, which a private module
    defines and ``module`` offers, so that pickles and docs name the path users import
    (``rightsdata.disagree.Disagreement``, not its private module). An attrs class has
    its annotations resolved first, in the module that wrote them; where the source is
    stays known to [`source_module`][rightsdata._typed.source_module]."""
    for cls in classes:
        if attrs.has(cls):
            attrs.resolve_types(cls)
        _DEFINED_IN.setdefault(cls, cls.__module__)
        cls.__module__ = module


def source_module(cls: type) -> str:
    """The module whose source defines ``cls`` (its ``__module__`` unless
    [`public_home`][rightsdata._typed.public_home] named another home)."""
    return _DEFINED_IN.get(cls, cls.__module__)
