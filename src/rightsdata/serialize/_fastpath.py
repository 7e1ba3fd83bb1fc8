"""The converter's fast path: generated structure functions for attrs classes (private).

For each attrs class the converter loads, ``structure_fn`` writes one function that
inlines the strict type checks, calls nested hooks directly, counts keys instead of
building sets, and builds the object as attrs' own ``__init__`` does, without the call.
It only ever takes the happy path: on anything unexpected (a wrong type, a missing or
unknown key, a failing field rule) it hands the value to the full path, the
cattrs-generated function that calls the class's constructor, so results and errors
are exactly the constructor's.

The functions are built lazily, when a class is first loaded (cattrs asks for its hook
then; ``tagged_fn`` waits for its first call), and
their source is registered with ``linecache`` under a unique fake file name (as attrs
and cattrs do with theirs), so a traceback or a debugger shows the generated lines.

The field rules run whether or not attrs' validators are disabled: a failure only hands
the value to the constructor, which honours ``attrs.validators.get_disabled()`` itself,
so no attrs flag is read here. ``set_enabled``
turns the fast path off and on (``rightsdata.serialize.set_fast_path`` is the public
switch): off, every generated function hands every value to the full path.
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, cast, get_args

import attrs
from cattrs import Converter

from rightsdata._codegen import compile_function
from rightsdata._typed import TEST_ENV, TESTS, Rule, item_of, optional_of, validator_of

__all__ = ["enabled", "handles", "set_enabled", "structure_fn", "tagged_fn"]

Hook = Callable[[object, object], Any]
"""A cattrs structure hook: ``hook(value, type)``."""


class _Unhandled(Exception):
    """The fast path met a value it leaves to the full hooks (internal, never escapes)."""


_MISSING: Any = object()
_FAST_FNS: weakref.WeakSet[Callable[..., Any]] = weakref.WeakSet()
"""The functions made by ``structure_fn``: they take the value alone."""

_ENVS: list[dict[str, Any]] = []
"""The globals of every generated function: ``_off`` in each is the switch."""

_ON = [True]
"""Whether the fast path is on (see ``set_enabled``)."""


def enabled() -> bool:
    """Whether the fast path is on (it is, unless ``set_enabled(False)`` was called)."""
    return _ON[0]


def set_enabled(on: bool) -> None:
    """Turn the fast path on or off, for the functions made so far and those to come."""
    _ON[0] = bool(on)
    for env in _ENVS:
        env["_off"] = not _ON[0]


def _compile(source: str, cl: type, kind: str, env: dict[str, Any]) -> Callable[..., Any]:
    """Compile ``source`` (one function definition) in ``env``, kept in step with the
    switch, and return the function."""
    env["_off"] = not _ON[0]
    _ENVS.append(env)
    return compile_function(source, f"{kind} {cl.__module__}.{cl.__qualname__}", env)


def _call(c: Converter, t: Any, arg: str, env: dict[str, Any]) -> str:
    """An expression structuring ``arg`` as ``t`` with the converter's hook for ``t``."""
    hook = c.get_structure_hook(t)
    name = f"_hook_{len(env)}"
    env[name] = hook
    if hook in _FAST_FNS:
        return f"{name}({arg})"
    env[f"{name}_t"] = t
    return f"{name}({arg}, {name}_t)"


def _emit(
    c: Converter, t: Any, var: str, pad: str, env: dict[str, Any], inlined: Mapping[type, Hook]
) -> list[str]:
    """Lines that check the JSON value in ``var`` for type ``t`` and rebind it to the result.

    Only the happy path: anything unexpected raises, and the caller hands the whole
    value to the full hooks, which give the exact error (or the same result). The
    hooks in ``inlined`` (the converter's scalar and date hooks) are written inline
    when the converter still uses them for their type.
    """
    hook = c.get_structure_hook(t)
    if t in TESTS and hook is inlined.get(t):
        env.update(TEST_ENV)
        lines = [f"{pad}if not {TESTS[t].format(v=var)}: raise _Unhandled"]
        return [*lines, f"{pad}{var} = float({var})"] if t is float else lines
    if t is date and hook is inlined.get(date):  # a bad date raises ValueError
        env["_date_fromisoformat"] = date.fromisoformat
        return [
            f"{pad}if type({var}) is not str or len({var}) != 10 or {var}[4] != '-'"
            f" or {var}[7] != '-': raise _Unhandled",
            f"{pad}{var} = _date_fromisoformat({var})",
        ]
    inner = optional_of(t)
    if inner is not None:
        return [f"{pad}if {var} is not None:", *_emit(c, inner, var, pad + "  ", env, inlined)]
    if isinstance(t, type) and issubclass(t, enum.Enum) and all(type(m.value) is str for m in t):
        name = f"_members_{len(env)}"
        env[name] = {m.value: m for m in t}  # a miss (KeyError) is unhandled
        return [
            f"{pad}if type({var}) is not str: raise _Unhandled",
            f"{pad}{var} = {name}[{var}]",
        ]
    if item_of(t) is not None:
        item = get_args(t)[0]
        lines = [f"{pad}if type({var}) is not list: raise _Unhandled"]
        item_hook = c.get_structure_hook(item)
        if item in TESTS and item is not float and item_hook is inlined.get(item):
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
    the same order and without the call: set every slot, then run the field rules (the
    types were checked as the values were read, by the constructor's rules). A failing
    rule hands the value to the constructor, which reports it, or builds the object when
    attrs' validators are disabled. Anything else is built through ``__init__``.
    """
    slots: set[str] = set()
    for klass in cl.__mro__[:-1]:
        slots.update(klass.__dict__.get("__slots__", ("__dict__",)))
    names = {f.name for f in fields}
    init = getattr(cl.__dict__.get("__init__"), "__code__", None)
    plain = (
        slots - {"__weakref__"} == names
        and not hasattr(cl, "__attrs_pre_init__")
        and not hasattr(cl, "__attrs_post_init__")
        and getattr(init, "co_filename", "").startswith("<attrs generated")
        and all(type(getattr(cl, f.name, None)).__name__ == "member_descriptor" for f in fields)
    )
    if not plain:
        args = ", ".join(f"{f.name}=v{i}" for i, f in enumerate(fields))
        return [f"return _cl({args})"]
    env["_new"] = object.__new__
    lines = ["obj = _new(_cl)"]
    for i, f in enumerate(fields):
        env[f"_set_{i}"] = getattr(cl, f.name).__set__
        lines.append(f"_set_{i}(obj, v{i})")
    for i, f in enumerate(fields):
        validator = validator_of(f)
        inline = validator.inline if isinstance(validator, Rule) else None
        if inline is not None:  # the rule's own test, inline; failing: the full path
            lines += inline.format(v=f"v{i}", fail="raise _Unhandled").splitlines()
        elif validator is not None:
            env[f"_validator_{i}"] = validator.check if isinstance(validator, Rule) else validator
            env[f"_field_{i}"] = f
            lines.append(f"_validator_{i}(obj, _field_{i}, v{i})")
    return [*lines, "return obj"]


def handles(cl: type) -> bool:
    """Whether the fast path can load the attrs class ``cl`` (every field plain: in
    ``__init__``, under its own name, without a converter or a default taking self)."""
    return not any(
        not f.init
        or f.converter is not None
        or f.alias != f.name
        or (isinstance(f.default, attrs.Factory) and f.default.takes_self)  # type: ignore[arg-type]
        for f in attrs.fields(attrs.resolve_types(cl))
    )


def _body(
    c: Converter, fields: tuple[attrs.Attribute[Any], ...], env: dict[str, Any], tagged: bool
) -> list[str]:
    """Lines reading the dict ``o`` into ``v0``, ``v1``... (see ``structure_fn``)."""
    inlined: Mapping[type, Hook] = env["_inlined"]
    required = sum(f.default is attrs.NOTHING for f in fields) + tagged
    # ``left``: keys beyond the required ones not yet accounted for. Each optional key
    # found takes one off; at zero the rest are absent; it must end at zero (no unknown key).
    body = ["if type(o) is not dict: raise _Unhandled", f"left = len(o) - {required}"]
    if tagged:
        body.append("if o['type'] != _tag: raise _Unhandled")
    for i, f in enumerate(fields):
        if f.default is attrs.NOTHING:
            body.append(f"v{i} = o[{f.name!r}]")
            body.extend(_emit(c, f.type, f"v{i}", "", env, inlined))
    for i, f in enumerate(fields):
        if f.default is attrs.NOTHING:
            continue
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            env[f"_default_{i}"] = cast(Any, f.default).factory
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
            *_emit(c, f.type, "v", "    ", env, inlined),
            f"    v{i} = v",
        ]
    body.append("if left: raise _Unhandled")
    return body


def _untagged(o: dict[str, Any], tag: str) -> dict[str, Any]:
    """A tagged record's dict without its tag (raising unless the tag is ``tag``)."""
    if o["type"] != tag:
        raise _Unhandled
    body = dict(o)
    del body["type"]
    return body


def structure_fn(
    c: Converter, cl: type, full: Hook, inlined: Mapping[type, Hook], *, tag: str | None = None
) -> Callable[..., Any]:
    """A structure function for the attrs class ``cl``: ``fn(value)`` or ``fn(value, type)``.

    On anything unexpected it returns ``full(value, cl)``, the full path. With ``tag``, it
    takes a dict that also holds ``"type": tag`` (as JSON Lines has it) and lets failures
    propagate instead. ``full`` itself when the fast path does not handle ``cl``.
    """
    if not handles(cl):
        return full
    fields = attrs.fields(attrs.resolve_types(cl))
    env: dict[str, Any] = {
        "_Unhandled": _Unhandled,
        "_MISSING": _MISSING,
        "_cl": cl,
        "_full": full,
        "_inlined": inlined,
        "_tag": tag,
        "_untagged": _untagged,
    }
    body = _body(c, fields, env, tag is not None) + _builder(cl, fields, env)
    name = f"fast_structure_{cl.__name__}"
    if tag is None:
        lines = [f"def {name}(o, _=None):", "  if _off: return _full(o, _cl)", "  try:"]
        lines += [f"    {line}" for line in body]
        lines += ["  except Exception:", "    return _full(o, _cl)"]
    else:
        lines = [f"def {name}(o):", "  if _off: return _full(_untagged(o, _tag), _cl)"]
        lines += [f"  {line}" for line in body]
    kind = "fast structure" if tag is None else "fast structure tagged"
    fn = _compile("\n".join(lines) + "\n", cl, kind, env)
    if tag is None:
        _FAST_FNS.add(fn)
    return fn


def tagged_fn(
    c: Converter, cl: type, tag: str, inlined: Mapping[type, Hook]
) -> Callable[[dict[str, Any]], Any] | None:
    """A function building a ``cl`` from a dict that also holds ``"type": tag``, made on its
    first call (``structure_fn`` with ``tag``); ``None`` when the fast path does not
    handle ``cl``. It raises *something* on any problem."""
    if not handles(cl):
        return None

    def build(o: dict[str, Any]) -> Any:
        slot[0] = structure_fn(c, cl, c.get_structure_hook(cl), inlined, tag=tag)
        return slot[0](o)

    slot: list[Callable[[dict[str, Any]], Any]] = [build]

    def tagged(o: dict[str, Any]) -> Any:
        return slot[0](o)

    return tagged
