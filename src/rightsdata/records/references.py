"""References between records, declared once on the fields and walked generically.

A field that holds the id of another record says so in its attrs metadata, with
[`refers`][rightsdata.records.references.refers]:

```python
organization: str | None = attrs.field(
    default=None, validator=identifier, metadata=refers("actor")
)
```

Everything that follows references reads that declaration and nothing else: the
integrity check ([`Dataset.validate`][rightsdata.Dataset.validate]), renaming and merging
([`Dataset.rename_ids`][rightsdata.Dataset.rename_ids],
[`Dataset.merge_entities`][rightsdata.Dataset.merge_entities]), the strategies' link pools
([`datasets`][rightsdata.strategies.datasets]) and the JSON Schema, which annotates each
reference field with ``"x-rightsdata-refers"``. Adding a reference field is one line, in
the record.

The walkers look into parts at any depth (a [`Citation`][rightsdata.Citation] inside a
[`Participant`][rightsdata.Participant] inside an [`Event`][rightsdata.Event]); each field
is visited in declaration order. The same goes for
[`periods`][rightsdata.records.references.periods], every
[`DateRange`][rightsdata.DateRange] a record holds.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator, Mapping
from types import MappingProxyType, NoneType, UnionType
from typing import Final, TypeAlias

import attrs

from rightsdata._codegen import compile_function
from rightsdata.dates.range import DateRange

__all__ = [
    "REFERS",
    "ReferenceField",
    "periods",
    "reference_fields",
    "references",
    "refers",
    "renamed",
]

REFERS: Final = "rightsdata.refers"
"""The attrs metadata key under which a field lists the record type tags it refers to."""


def refers(*tags: str) -> Mapping[str, tuple[str, ...]]:
    """The attrs ``metadata`` of a field that holds the id of a record of one of ``tags``
    (the ``type`` tags of ``rightsdata.records.RECORD_TYPES``: ``"source"``,
    ``"actor"``, ``"facility"``, ``"event"``, ``"figure"``).

    ```pycon
    >>> refers("event", "facility", "actor")
    mappingproxy({'rightsdata.refers': ('event', 'facility', 'actor')})

    ```
    """
    if not tags:
        raise ValueError("refers() needs at least one record type tag")
    return MappingProxyType({REFERS: tags})


@attrs.frozen(kw_only=True, weakref_slot=False)
class ReferenceField:
    """A field of a record or part that holds the ids of other records."""

    name: str
    """The field's name (``"organization"``)."""
    targets: tuple[str, ...]
    """The type tags of the records it may refer to, as declared."""
    many: bool
    """Whether the field holds a tuple of ids rather than one id (or ``None``)."""


# How a field is walked: its name, whether it holds a tuple, and what it is.
_REF: Final = 0  # an id (or ids) of other records
_PERIOD: Final = 1  # a DateRange (or several)
_PART: Final = 2  # an attrs part (or several) that holds refs or periods
_Step: TypeAlias = tuple[str, bool, int, object]
_PLANS: dict[type, tuple[_Step, ...]] = {}


def _unwrap(tp: object) -> tuple[object, bool]:
    """The element type of a field's type, and whether the field is a tuple of them."""
    args = typing.get_args(tp)
    if isinstance(tp, UnionType) or typing.get_origin(tp) is typing.Union:
        rest = [a for a in args if a is not NoneType]
        tp = rest[0] if len(rest) == 1 else tp
        args = typing.get_args(tp)
    if typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0], True
    return tp, False


def _plan(cls: type, within: tuple[type, ...] = ()) -> tuple[_Step, ...]:
    """The steps that walk ``cls``'s references, periods and parts (built once a class;
    ``within`` are the classes whose plans are being built around it)."""
    plan = _PLANS.get(cls)
    if plan is not None:
        return plan
    if cls in within:  # no record's part holds itself; a walk of one would never end
        raise TypeError(f"{cls.__qualname__} holds itself and cannot be walked")
    hints = typing.get_type_hints(cls)
    steps: list[_Step] = []
    for a in attrs.fields(cls):
        tp, many = _unwrap(hints[a.name])
        if REFERS in a.metadata:
            steps.append((a.name, many, _REF, _classes(a.metadata[REFERS])))
        elif tp is DateRange:
            steps.append((a.name, many, _PERIOD, None))
        elif isinstance(tp, type) and attrs.has(tp) and _plan(tp, (*within, cls)):
            steps.append((a.name, many, _PART, tp))
    plan = _PLANS[cls] = tuple(steps)
    return plan


def _classes(tags: tuple[str, ...]) -> tuple[type, ...]:
    from rightsdata.records import RECORD_TYPES

    return tuple(RECORD_TYPES[t] for t in tags)


@functools.lru_cache(maxsize=64)  # a few dozen classes, fixed once made; reading hints is slow
def reference_fields(cls: type) -> tuple[ReferenceField, ...]:
    """The fields of the record or part class ``cls`` that refer to other records, in
    declaration order (not those of its parts).

    ```pycon
    >>> from rightsdata import Facility
    >>> [(f.name, f.targets) for f in reference_fields(Facility)]
    [('parent', ('facility',)), ('operator', ('actor',))]

    ```
    """
    hints = typing.get_type_hints(cls)
    out = [
        ReferenceField(name=a.name, targets=a.metadata[REFERS], many=_unwrap(hints[a.name])[1])
        for a in attrs.fields(cls)
        if REFERS in a.metadata
    ]
    return tuple(out)


def references(record: attrs.AttrsInstance) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    """Each ``(field path, referenced id, allowed record classes)`` in ``record``, its
    parts included, in field order.

    ```pycon
    >>> from rightsdata import Citation, Facility
    >>> f = Facility(id="evin", name="Evin", kind="prison", operator="pris-org",
    ...              citations=(Citation(source="ai-2018"),))
    >>> [(path, target) for path, target, _ in references(f)]
    [('operator', 'pris-org'), ('citations[0].source', 'ai-2018')]

    ```
    """
    out: list[tuple[str, str, tuple[type, ...]]] = []
    _collector(type(record), _REF)(record, "", out)
    return iter(out)


def periods(record: attrs.AttrsInstance) -> Iterator[tuple[str, DateRange]]:
    """Each ``(field path, DateRange)`` in ``record``, its parts included, in field order.

    ```pycon
    >>> from rightsdata import Citation, DateRange, Event
    >>> e = Event(id="e", kind="execution", title="Executions", date=DateRange.parse("1988"),
    ...           citations=(Citation(source="ai-2018"),))
    >>> [(path, str(d)) for path, d in periods(e)]
    [('date', '1988')]

    ```
    """
    out: list[tuple[str, DateRange]] = []
    _collector(type(record), _PERIOD)(record, "", out)
    return iter(out)


_Collect: TypeAlias = typing.Callable[[object, str, list[typing.Any]], None]
_COLLECTORS: dict[tuple[type, int], _Collect] = {}


def _holds(cls: type, what: int) -> bool:
    """Whether ``cls`` or one of its parts, at any depth, has a step of kind ``what``."""
    return any(
        w == what or (w == _PART and _holds(typing.cast(type, arg), what))
        for _, _, w, arg in _plan(cls)
    )


def _collector(cls: type, what: int) -> _Collect:
    """A function that appends ``cls``'s references (``what`` is ``_REF``) or periods
    (``_PERIOD``) to a list with their paths, written out from the class's plan.

    [`Dataset.validate`][rightsdata.Dataset.validate] walks every reference and period of
    every record, so the walk is generated per class, as attrs writes ``__init__``: a loop
    over the plan took four times as long as the hand-written walk it replaced.
    """
    found = _COLLECTORS.get((cls, what))
    if found is not None:
        return found
    lines = [f"def collect(r, p, out):  # {cls.__qualname__}"]
    names: dict[str, object] = {}
    for n, (name, many, kind, arg) in enumerate(_plan(cls)):
        if kind == what:
            names[f"a{n}"] = arg
            item = f"out.append((PATH, v, a{n}))" if what == _REF else "out.append((PATH, v))"
            step, path = item, ("p + '{name}'", "f'{{p}}{name}[{{i}}]'")
        elif kind == _PART and _holds(typing.cast(type, arg), what):
            names[f"a{n}"] = _collector(typing.cast(type, arg), what)
            step, path = f"a{n}(v, PATH, out)", ("p + '{name}.'", "f'{{p}}{name}[{{i}}].'")
        else:
            continue
        if many:
            lines += [
                f"    for i, v in enumerate(r.{name}):",
                "        " + step.replace("PATH", path[1].format(name=name)),
            ]
        else:
            lines += [
                f"    v = r.{name}",
                "    if v is not None:",
                "        " + step.replace("PATH", path[0].format(name=name)),
            ]
    source = "\n".join([*lines, "    return None"]) + "\n"
    label = f"{('references', 'periods')[what]} of {cls.__qualname__}"
    found = _COLLECTORS[(cls, what)] = compile_function(source, label, names)
    return found


_T = typing.TypeVar("_T", bound=attrs.AttrsInstance)


def renamed(record: _T, mapping: Mapping[str, str]) -> _T:
    """``record`` with its own ``id`` and every id it refers to renamed by ``mapping``
    (ids not in ``mapping`` are kept); ``record`` itself when nothing changes.

    ```pycon
    >>> from rightsdata import Citation, Facility
    >>> f = Facility(id="evin", name="Evin", kind="prison", operator="pris-org",
    ...              citations=(Citation(source="ai-2018"),))
    >>> renamed(f, {"pris-org": "ipo", "ai-2018": "amnesty-2018"}).operator
    'ipo'

    ```
    """
    out = _renamed(record, mapping)
    own = getattr(out, "id", None)
    if isinstance(own, str) and mapping.get(own, own) != own:
        out = attrs.evolve(out, id=mapping[own])  # type: ignore[misc]
    return out


def _renamed(obj: _T, m: Mapping[str, str]) -> _T:
    changes: dict[str, object] = {}
    for name, many, what, _ in _plan(type(obj)):
        value = getattr(obj, name)
        if what == _PERIOD or value is None:
            continue
        if what == _REF:
            new = tuple(m.get(v, v) for v in value) if many else m.get(value, value)
        elif many:
            new = tuple(_renamed(v, m) for v in value)
            if all(a is b for a, b in zip(new, value, strict=True)):
                continue
        else:
            new = _renamed(value, m)
        if new is not value and new != value:
            changes[name] = new
    return attrs.evolve(obj, **changes) if changes else obj  # type: ignore[misc]
