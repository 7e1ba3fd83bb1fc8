"""Hostile documents: JSON Lines lines that a correct loader must refuse, each a valid record
damaged at one place, with what was done and where."""

from __future__ import annotations

import enum
import functools
import json
import typing
from collections.abc import Callable, Collection, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final, TypeAlias

import attrs
from hypothesis import reject
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata._typed import item_of, optional_of
from rightsdata.quantity import MAX_COUNT, Quantity
from rightsdata.records import TYPE_TAGS, Coordinates, Record, Share
from rightsdata.serialize import record_to_dict
from rightsdata.strategies._options import STRATEGY_CACHE, check_strategy
from rightsdata.strategies._parts import shares
from rightsdata.strategies._records import figures
from rightsdata.strategies._records import records as any_records

__all__ = ["Damage", "InvalidDocument", "invalid_documents"]


class Damage(enum.Enum):
    """How an [`InvalidDocument`][rightsdata.strategies.InvalidDocument] was damaged."""

    MISSING_FIELD = "missing_field"
    """A required field of the record (one without a default, always written) is deleted."""
    WRONG_TYPE = "wrong_type"
    """A value is replaced by one of a JSON type the field does not take (other than a string
    for a number or a number for a string): ``true``, ``null``, a list, an object, ``2.5`` for
    an integer, the first item alone for a list, the object inside a list."""
    STRING_FOR_NUMBER = "string_for_number"
    """A number (a count, a coordinate) is written as a string (``"5000"``, ``"5,000"``)."""
    NUMBER_FOR_STRING = "number_for_string"
    """A string (an id, a text, an enum value, a date, a ratio) is written as a number."""
    OUT_OF_RANGE = "out_of_range"
    """A number is outside its range: a negative count or one above
    [`MAX_COUNT`][rightsdata.quantity.MAX_COUNT], a latitude beyond ±90, a longitude beyond
    ±180, a share's ratio below 0 or above 1."""
    MALFORMED_DATE = "malformed_date"
    """A day or a time is not in the form the loader reads (``"1988-02-30"``,
    ``"20/07/1988"``, ``"2020-01-01 12:00:00+00:00"``)."""
    MALFORMED_DECIMAL = "malformed_decimal"
    """A share's ratio is not a decimal as the library writes it (``".5"``, ``"0,5"``,
    ``"5e-1"``, ``"NaN"``, an exponent of more than 18 digits)."""
    UNKNOWN_ENUM_VALUE = "unknown_enum_value"
    """A field of a closed vocabulary (a source's kind, a quantity's qualifier, a date's
    precision...) holds a value that is not one of it (``"NGO_REPORT"``, ``"ngo report"``)."""
    EXTRA_FIELD = "extra_field"
    """An object (the record or a part of it) is given a key that no record or part has."""
    WRONG_TYPE_TAG = "wrong_type_tag"
    """The record's ``"type"`` is missing, not a string, or not a record type
    (``"Event"``, ``"events"``)."""
    NESTED_MISSING_FIELD = "nested_missing_field"
    """A required field of a part (a citation's ``source``, a quantity's ``low``, a date
    range's ``earliest``, a share's ``ratio``...) is deleted."""
    DUPLICATE_KEY = "duplicate_key"
    """An object gives a key twice (written by hand: ``json.dumps`` cannot), with the same
    value or another."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class InvalidDocument:
    """One JSON Lines line that a correct loader must refuse, and how it was made.

    ```pycon
    >>> from rightsdata import Source, SourceKind, ValidationError, from_json
    >>> source = Source(id="s1", kind=SourceKind.NGO_REPORT, title="A report")
    >>> doc = InvalidDocument(
    ...     line='{"type": "source", "id": "s1", "kind": "NGO_REPORT", "title": "A report"}',
    ...     reason=Damage.UNKNOWN_ENUM_VALUE, field="kind", record=source)
    >>> try:
    ...     from_json(doc.line, Source)
    ... except ValidationError as error:
    ...     print([problem.path for problem in error.problems])
    ['kind']

    ```
    """

    line: str
    """The damaged record as one line of JSON Lines (without its newline)."""
    reason: Damage
    """What was done to it."""
    field: str
    """The path of the damaged field as [`FieldProblem.path`][rightsdata.FieldProblem.path] names
    it (``quantity.low``, ``citations[0].source``; ``type`` for the type tag): a loader's error
    should name it, or a field under it."""
    record: Record
    """The valid record that was damaged."""


Keys: TypeAlias = tuple[str | int, ...]
"""Where a value is in a record's JSON data: keys of objects and indices of lists."""

_ABSENT: Final = object()
"""The value of a place whose field the writer left out (at its default)."""
_DELETE: Final = object()
"""A replacement that deletes the key."""


class _Place(typing.NamedTuple):
    """A field (or a list's item) of a record's JSON data that can be damaged."""

    keys: Keys
    hint: object  # the field's type, without ``| None``
    optional: bool  # the field also takes null
    required: bool  # a field without a default (written always), not an item
    value: object  # _ABSENT when the field is left out
    owner: type | None  # the attrs class holding the field; None for a list's item
    parent: dict[str, object]  # the JSON object holding the field (or the list)


def _path(keys: Keys) -> str:
    """The dotted path of ``keys``, as [`FieldProblem.path`][rightsdata.FieldProblem.path]."""
    out = ""
    for k in keys:
        out += f"[{k}]" if isinstance(k, int) else (f".{k}" if out else k)
    return out


@functools.lru_cache(maxsize=STRATEGY_CACHE)  # (one entry per record or part class)
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _places(cls: type, data: dict[str, object], keys: Keys = ()) -> Iterator[_Place]:
    """Every field of the attrs class ``cls`` read from ``data``, and of its parts, in order."""
    hints = _hints(cls)
    for f in attrs.fields(cls):
        hint = hints[f.name]
        inner = optional_of(hint)
        value = data.get(f.name, _ABSENT)
        here = (*keys, f.name)
        part = hint if inner is None else inner
        required = f.default is attrs.NOTHING
        yield _Place(here, part, inner is not None, required, value, cls, data)
        if isinstance(value, dict) and isinstance(part, type) and attrs.has(part):
            yield from _places(part, value, here)
        item = item_of(part)
        if isinstance(value, list) and item is not None:
            for i, x in enumerate(value):
                yield _Place((*here, i), item, False, False, x, None, data)
                if isinstance(x, dict) and isinstance(item, type) and attrs.has(item):
                    yield from _places(item, x, (*here, i))


def _json_kind(hint: object) -> str:
    """The JSON type a field of type ``hint`` is written as."""
    if hint is bool:
        return "boolean"
    if hint is int:
        return "integer"
    if hint is float:
        return "number"
    if item_of(hint) is not None:
        return "array"
    if isinstance(hint, type) and attrs.has(hint):
        return "object"
    return "string"  # str, an enum, a date, a time, a decimal


# -- the replacements, first the simplest (hypothesis shrinks towards the first) -----------


def _wrong_types(p: _Place) -> list[object]:
    kind = _json_kind(p.hint)
    first = p.value[0] if isinstance(p.value, list) and p.value else "x"
    by_kind: dict[str, list[object]] = {
        "boolean": [None, "true", 1, [], {}],
        "integer": [True, 2.5, [], {}],
        "number": [True, [], {}],
        "array": [{}, True, first],
        "object": [[], True, [p.value] if p.value is not _ABSENT else "x", "x", 1],
        "string": [True, [], {}],
    }
    out = by_kind[kind]
    if not p.optional and kind != "boolean":
        out = [*out, None]
    return out


def _strings_for_numbers(p: _Place) -> list[object]:
    own = [str(p.value)] if type(p.value) in (int, float) else []
    return [*own, "0", "5,000", "many", "", "٥", "1e3", "NaN"]


def _numbers_for_strings(p: _Place) -> list[object]:
    if p.hint is Decimal and isinstance(p.value, str):
        return [float(Decimal(p.value)), 0, 1]
    return [0, 1, 2.5, -7, 1988]


_COUNT_FIELDS: Final = ("low", "high", "best")


def _out_of_range(p: _Place) -> list[object]:
    """Values out of range for ``p`` that break no other rule of its part, so that a
    loader's error has one problem, at ``p`` (an exact quantity has no such count)."""
    name = p.keys[-1]
    if p.owner is Coordinates:
        return [90.5, -91.0, 180.0, 1e300] if name == "latitude" else [180.5, -181.0, 360.0]
    if p.owner is Share and name == "ratio":
        return ["1.5", "2", "-0.5", "1.0000001", "-1E-7"]
    if p.owner is not Quantity or name not in _COUNT_FIELDS:
        return []
    q = p.parent
    if q.get("qualifier", "exact") == "exact":
        return []  # (low == high: moving one breaks that rule too)
    below: list[object] = [-1, -5000, -(2**63)]
    above: list[object] = [MAX_COUNT + 1, 10**30]
    if name == "low":
        return below
    if name == "high":
        return above
    return [*(below if q.get("low") is None else ()), *(above if q.get("high") is None else ())]


# fmt: off
_BAD_DAYS: Final = (
    "1988-02-30", "1988-13-01", "1988-7-20", "20/07/1988", "July 1988", "0000-01-01", "1988-07-32",
    "١٩٨٨-٠٧-٢٠", "", "1988-07-20T00:00:00", "+1988-07-20", "19880720",
)
# fmt: on
# fmt: off
_BAD_TIMES: Final = (
    "2020-01-01T25:00:00+00:00", "2020-01-01T12:00+03:30", "2020-01-01",
    "2020-01-01T12:00:00+3:30", "yesterday", "2020-02-30T12:00:00Z", "2020-01-01T12:00:00+24:00",
    "2020-01-01T12:00:60Z",
)
# fmt: on


def _malformed_dates(p: _Place) -> list[object]:
    if p.hint is date:
        own = [p.value.replace("-", "/")] if isinstance(p.value, str) else []
        return [*own, *_BAD_DAYS]
    if p.hint is datetime:
        own = [p.value.replace("T", " ")] if isinstance(p.value, str) else []
        return [*own, *_BAD_TIMES]
    return []


# fmt: off
_BAD_DECIMALS: Final = (
    ".5", "0,5", "half", "1/2", "+0.5", " 0.5", "5e-1", "NaN", "Infinity", "", "٠.٥", "0.5.0",
    "1E-1000000000000000000",
)
# fmt: on


def _malformed_decimals(p: _Place) -> list[object]:
    if p.hint is not Decimal:
        return []
    own = [f"{p.value} "] if isinstance(p.value, str) else []
    return [*own, *_BAD_DECIMALS]


def _unknown_values(p: _Place) -> list[object]:
    hint = p.hint
    if not (isinstance(hint, type) and issubclass(hint, enum.Enum)):
        return []
    members = {m.value for m in hint}
    v = p.value if isinstance(p.value, str) else str(next(iter(hint)).value)
    names = [m.name for m in hint if m.value == v]
    wanted = [v.upper(), v.lower(), v.title(), f"{v}s", v.replace("_", " "), f" {v}", *names]
    found = [w for w in dict.fromkeys([*wanted, "unknown", ""]) if w not in members]
    return list(found)


Replacements: TypeAlias = Callable[[_Place], list[object]]
_VALUE_DAMAGES: Final[dict[Damage, Replacements]] = {
    Damage.WRONG_TYPE: _wrong_types,
    Damage.STRING_FOR_NUMBER: lambda p: _strings_for_numbers(p) if p.hint in (int, float) else [],
    Damage.NUMBER_FOR_STRING: lambda p: (
        _numbers_for_strings(p) if _json_kind(p.hint) == "string" else []
    ),
    Damage.OUT_OF_RANGE: _out_of_range,
    Damage.MALFORMED_DATE: _malformed_dates,
    Damage.MALFORMED_DECIMAL: _malformed_decimals,
    Damage.UNKNOWN_ENUM_VALUE: _unknown_values,
}
"""The damages that replace one value, each with the replacements it has for a place."""


_EXTRA_NAMES: Final = ("extra", "Id", "ID", "titel", "sourse", "Type", "comments", "نام", "x-note")
"""Keys no record or part has (some close to one, for "did you mean"; a test holds them)."""


def _objects(places: list[_Place]) -> list[Keys]:
    """The keys of every JSON object of a record: the record itself, then its parts."""
    return [(), *(p.keys for p in places if isinstance(p.value, dict))]


def _keys_present(places: list[_Place]) -> list[Keys]:
    """The keys of every key/value pair of a record's JSON data, ``"type"`` first."""
    return [("type",), *(p.keys for p in places if p.owner is not None and p.value is not _ABSENT)]


def _changed(data: Any, keys: Keys, value: object) -> Any:
    """A copy of the JSON ``data`` with the value at ``keys`` replaced by ``value`` (or
    deleted, for ``_DELETE``)."""
    out: Any = dict(data) if isinstance(data, dict) else list(data)
    k = keys[0]
    if len(keys) > 1:
        out[k] = _changed(out[k], keys[1:], value)
    elif value is _DELETE:
        del out[k]
    else:
        out[k] = value
    return out


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _with_repeated_key(
    value: object, target: Keys, second: tuple[str, object], here: Keys = ()
) -> str:
    """``value`` written as JSON (as ``json.dumps`` writes it) with the key at ``target``
    given twice in its object, the second time as ``second``: its text and its value."""
    if isinstance(value, dict):
        pairs = []
        for k, v in value.items():
            pairs.append(f"{_dumps(k)}: {_with_repeated_key(v, target, second, (*here, k))}")
            if (*here, k) == target:
                pairs.append(f"{second[0]}: {_dumps(second[1])}")
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list):
        items = [_with_repeated_key(v, target, second, (*here, i)) for i, v in enumerate(value)]
        return "[" + ", ".join(items) + "]"
    return _dumps(value)


def _value_at(data: object, keys: Keys) -> object:
    for k in keys:
        data = typing.cast(dict[str | int, object], data)[k]
    return data


def _index(draw: DrawFn, n: int) -> int:
    """An index below ``n``, shrinking towards 0."""
    return 0 if n == 1 else draw(st.integers(0, n - 1))


def _choices(damage: Damage, places: list[_Place]) -> list[tuple[Keys, list[object]]]:
    """Where ``damage`` can be done to a record (the keys, and what can be put there)."""
    if damage in _VALUE_DAMAGES:
        replace = _VALUE_DAMAGES[damage]
        found = [(p.keys, replace(p)) for p in places]
        return [(keys, values) for keys, values in found if values]
    if damage is Damage.MISSING_FIELD or damage is Damage.NESTED_MISSING_FIELD:
        nested = damage is Damage.NESTED_MISSING_FIELD
        return [
            (p.keys, [_DELETE])
            for p in places
            if p.required and p.value is not _ABSENT and (len(p.keys) > 1) == nested
        ]
    if damage is Damage.EXTRA_FIELD:
        return [(keys, list(_EXTRA_NAMES)) for keys in _objects(places)]
    if damage is Damage.DUPLICATE_KEY:
        return [(keys, [_SAME, _ESCAPED, None, "x", 0]) for keys in _keys_present(places)]
    return [(("type",), [_DELETE])]  # WRONG_TYPE_TAG: the replacements depend on the tag


_SAME: Final = object()
"""The repeated key's second value is its first."""
_ESCAPED: Final = object()
"""The repeated key is written the second time with ``\\u`` escapes (``"\\u0069\\u0064"``),
with its first value: the same key to a JSON parser, other bytes to a text search."""


def _bad_tags(tag: str) -> list[object]:
    bad = [_DELETE, tag.capitalize(), f"{tag}s", tag.upper(), "", f" {tag}", "record"]
    return [*bad, None, 1, True, [tag], {"type": tag}]


def _document(
    draw: DrawFn, record: Record, damage: Damage, keys: Keys, values: list[object]
) -> InvalidDocument:
    """The ``record`` with ``damage`` done at ``keys`` (one of ``values`` put there)."""
    data: dict[str, object] = {**record_to_dict(record)}
    if damage is Damage.WRONG_TYPE_TAG:
        values = _bad_tags(TYPE_TAGS[type(record)])
    value = values[_index(draw, len(values))]
    field = _path(keys)
    if damage is Damage.DUPLICATE_KEY:
        key = str(keys[-1])
        escaped = '"' + "".join(f"\\u{ord(c):04x}" for c in key) + '"'
        same = value is _SAME or value is _ESCAPED
        text = escaped if value is _ESCAPED else _dumps(key)
        line = _with_repeated_key(data, keys, (text, _value_at(data, keys) if same else value))
    elif damage is Damage.EXTRA_FIELD:
        extra = _EXTRA_VALUES[_index(draw, len(_EXTRA_VALUES))]
        name = typing.cast(str, value)
        line = _dumps(_changed(data, (*keys, name), extra))
        field = _path((*keys, name))
    else:
        line = _dumps(_changed(data, keys, value))
    return InvalidDocument(line=line, reason=damage, field=field, record=record)


_EXTRA_VALUES: Final[tuple[object, ...]] = (None, "x", 1, True, [], {})


@functools.lru_cache(maxsize=1)
def _default_records() -> SearchStrategy[Record]:
    """Any record, or (as often) a figure with a share, where every damage has a place."""
    with_share = st.builds(attrs.evolve, figures(), share=shares())
    return st.one_of(any_records(), with_share)


_TRIES: Final = 3
"""How many records are drawn for the damage drawn before another damage is done instead."""


def _draw(
    draw: DrawFn,
    records: SearchStrategy[Record],
    damages: tuple[Damage, ...],
    kinds: SearchStrategy[Damage],
) -> InvalidDocument:
    """Draw a damage, then a record with a place for it (or do another damage that has one)."""
    damage = draw(kinds)
    for _ in range(_TRIES):
        record = draw(records)
        places = list(_places(type(record), {**record_to_dict(record)}))
        choices = _choices(damage, places)
        if choices:
            break
    else:  # the damage has no place in these records: do the next one that has
        at = damages.index(damage)
        others = (*damages[at + 1 :], *damages[:at])
        found = [(d, c) for d in others if (c := _choices(d, places))]
        if not found:
            reject()
        damage, choices = found[0]
    keys, values = choices[_index(draw, len(choices))]
    return _document(draw, record, damage, keys, values)


def invalid_documents(
    *,
    records: SearchStrategy[Record] | None = None,
    damages: Collection[Damage] | None = None,
) -> SearchStrategy[InvalidDocument]:
    """[`InvalidDocument`][rightsdata.strategies.InvalidDocument] values: JSON Lines lines, each a
    valid record damaged at one place, that a correct loader must refuse.

    ``records`` gives the records to damage (by default any record, or as often a figure with a
    share, so that every damage has a place); ``damages`` the kinds of
    [`Damage`][rightsdata.strategies.Damage] to do (by default all). A record with no place for
    any of them is drawn again; a ``records`` strategy that never has one fails hypothesis'
    health checks. Each document's ``field`` is the path an error should name.
    """
    chosen = _damages(damages)
    if records is not None:
        check_strategy("records", records)
    return _strategy(records if records is not None else _default_records(), chosen)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _strategy(
    records: SearchStrategy[Record], damages: tuple[Damage, ...]
) -> SearchStrategy[InvalidDocument]:
    kinds = st.sampled_from(damages)

    @st.composite
    def invalid_documents(draw: DrawFn) -> InvalidDocument:
        # (a closure: the strategy's repr stays short, not the whole records strategy)
        return _draw(draw, records, damages, kinds)

    return invalid_documents()


def _damages(damages: Collection[Damage] | None) -> tuple[Damage, ...]:
    if damages is None:
        return tuple(Damage)
    if isinstance(damages, str | bytes | Damage) or not isinstance(damages, Collection):
        raise InvalidArgument(f"damages={damages!r} must be a collection of Damage values")
    wrong = [d for d in damages if not isinstance(d, Damage)]
    if wrong:
        raise InvalidArgument(f"damages={damages!r} holds {wrong[0]!r}, which is not a Damage")
    if not damages:
        raise InvalidArgument(f"damages={damages!r} asks for no damage at all")
    return tuple(d for d in Damage if d in damages)
