"""The converter's generated fast path agrees with the constructors (issue #13).

For every record and part type: valid data and data with one value broken give the
same structured value, or the same error, with the fast path on and off (off, every
object is built through its constructor). Generated code shows its source in tracebacks.
"""

from __future__ import annotations

import json
import linecache
import subprocess
import sys
import traceback
import typing
from collections.abc import Callable, Iterator

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rightsdata import Event, ValidationError
from rightsdata.records import RECORD_TYPES, TYPE_TAGS
from rightsdata.serialize import record_from_dict, set_fast_path, structure, unstructure
from rightsdata.serialize.converter import converter, tagged_structure_fn


def _classes() -> list[type]:
    """Every attrs class a record holds, records first, each once."""
    found: list[type] = []
    todo: list[object] = list(RECORD_TYPES.values())
    while todo:
        t = todo.pop(0)
        for u in (t, *typing.get_args(t)):
            if isinstance(u, type) and attrs.has(u) and u not in found:
                found.append(u)
                todo += list(typing.get_type_hints(u).values())
            elif u is not t and typing.get_args(u):
                todo.append(u)
    return found


CLASSES = _classes()

BROKEN: list[object] = [
    None,
    True,
    0,
    -1,
    1.5,
    91.0,
    -181.0,
    2**70,
    "",
    " ",
    "a b",
    "x",
    "1988-02-30",
    "0.5",
    "2.5",
    "1988-07-20T10:00:00",
    [],
    ["a b"],
    {},
    {"unknown": 1},
]
"""Values put in place of one value of valid data: wrong types, blank text, bad ids,
out-of-range numbers, dates and decimals in forms or values the loader refuses."""


def _paths(data: object, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    """The path (keys and indexes) of every value inside ``data``."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield (*path, k)
            yield from _paths(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield (*path, i)
            yield from _paths(v, (*path, i))


@st.composite
def _mutated(draw: st.DrawFn, data: object) -> object:
    """``data`` with one value replaced, removed, or an unknown key added."""
    copy = json.loads(json.dumps(data))
    paths = list(_paths(copy))
    if not paths or not isinstance(copy, dict):
        return draw(st.sampled_from(BROKEN))
    path = draw(st.sampled_from(paths))
    target: typing.Any = copy
    for step in path[:-1]:
        target = target[step]
    action = draw(st.sampled_from(["replace", "replace", "replace", "remove", "add"]))
    if action == "remove" and isinstance(target, dict):
        del target[path[-1]]
    elif action == "add" and isinstance(target, dict):
        target["unknwon"] = 1
    else:
        target[path[-1]] = draw(st.sampled_from(BROKEN))
    return copy


def _outcome(load: Callable[[], object]) -> object:
    """What ``load`` gives: its value (with its repr, which tells 1 from 1.0), or the
    type and text of what it raises."""
    try:
        value = load()
    except Exception as exc:
        return (type(exc).__name__, str(exc))
    return (value, repr(value))


def _loads(data: object, cls: type) -> list[Callable[[], object]]:
    """Every way the library loads ``data`` as a ``cls``."""
    ways: list[Callable[[], object]] = [
        lambda: converter.structure(json.loads(json.dumps(data)), cls),
        lambda: structure(data, cls),
    ]
    tag = TYPE_TAGS.get(cls)
    if tag is not None and isinstance(data, dict):
        ways.append(lambda: record_from_dict({"type": tag, **data}))
    return ways


def _agree(data: object, cls: type) -> None:
    for load in _loads(data, cls):
        fast = _outcome(load)
        set_fast_path(False)
        try:
            slow = _outcome(load)
        finally:
            set_fast_path(True)
        assert fast == slow


def _data(cls: type) -> st.SearchStrategy[object]:
    return st.from_type(cls).map(unstructure)


EACH_CLASS = pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
SLOW_OK = [HealthCheck.too_slow]


@EACH_CLASS
@settings(max_examples=60, deadline=None, suppress_health_check=SLOW_OK)
@given(data=st.data(), broken=st.booleans())
def test_fast_path_agrees_with_the_constructor(
    cls: type, data: st.DataObject, broken: bool
) -> None:
    """Valid data, or valid data with one value broken (``_mutated``)."""
    value = data.draw(_data(cls).flatmap(_mutated) if broken else _data(cls))
    _agree(value, cls)
    if not broken:
        assert structure(value, cls) == converter.structure(value, cls)


@EACH_CLASS
@settings(max_examples=15, deadline=None, suppress_health_check=SLOW_OK)
@given(data=st.data())
def test_fast_path_agrees_with_the_constructor_with_validators_disabled(
    cls: type, data: st.DataObject
) -> None:
    broken = data.draw(_data(cls).flatmap(_mutated))
    with attrs.validators.disabled():
        assert attrs.validators.get_disabled()
        _agree(broken, cls)


def test_every_class_is_covered() -> None:
    names = {c.__name__ for c in CLASSES}
    assert set(RECORD_TYPES.values()) <= set(CLASSES)
    assert {"Citation", "Name", "Location", "Coordinates", "Share", "DateRange"} <= names


def test_the_fast_path_is_used_and_can_be_turned_off() -> None:
    hook = converter.get_structure_hook(Event)
    assert hook.__code__.co_filename.startswith("<rightsdata fast structure ")
    bad = {"source": "a b"}
    from rightsdata import Citation

    with pytest.raises(ValidationError, match="an id must be non-empty"):
        structure(bad, Citation)
    set_fast_path(False)
    try:
        with pytest.raises(ValidationError, match="an id must be non-empty"):
            structure(bad, Citation)
    finally:
        set_fast_path(True)


def test_a_traceback_shows_the_generated_source() -> None:
    fn = tagged_structure_fn(Event, "event")
    assert fn is not None
    with pytest.raises(KeyError) as raised:
        fn({"type": "event"})  # no id: raised from the generated code
    frame = traceback.extract_tb(raised.value.__traceback__)[-1]
    assert frame.filename.startswith("<rightsdata fast structure tagged ")
    assert frame.line == "v0 = o['id']"
    assert linecache.getline(frame.filename, frame.lineno).strip() == "v0 = o['id']"
    assert "v0 = o['id']" in "".join(traceback.format_exception(raised.value))


def test_nothing_is_generated_at_import() -> None:
    code = (
        "import linecache, rightsdata, rightsdata.serialize.jsonio\n"
        "print(sum('<rightsdata fast' in k for k in linecache.cache))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
