"""Constructors refuse what the loader would refuse: after ``Record(...)``, save and load
give back an equal record, always; a value of a wrong type is a ValidationError naming
the field."""

from __future__ import annotations

import enum
import tempfile
import typing
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Coordinates,
    DateRange,
    Event,
    Figure,
    Participant,
    ParticipantRole,
    Quantity,
    Share,
    Source,
    SourceKind,
    ValidationError,
    from_json,
    read_jsonl,
    to_json,
    write_jsonl,
)
from rightsdata import strategies as rst
from rightsdata._typed import _is_check
from rightsdata.errors import FieldProblem
from rightsdata.records import RECORD_TYPES, TYPE_TAGS
from rightsdata.serialize import jsonio, record_from_dict, record_to_dict

CITE = (Citation(source="amnesty-2019"),)
DAY = DateRange.day(date(2019, 11, 16))

# -- the issue's examples ------------------------------------------------------------------

EXAMPLES: dict[str, tuple[typing.Callable[[], object], str]] = {
    "Quantity.at_least(5.0)": (lambda: Quantity.at_least(5.0), "low"),  # type: ignore[arg-type]
    "Quantity.exact('5')": (lambda: Quantity.exact("5"), "best"),  # type: ignore[arg-type]
    "Quantity.more_than(True)": (lambda: Quantity.more_than(True), "low"),
    "Quantity.about('5')": (lambda: Quantity.about("5"), "best"),  # type: ignore[arg-type]
    "Quantity(low=5, high=5.0)": (lambda: Quantity(low=5, high=5.0), "high"),  # type: ignore[arg-type]
    "Source(kind='news')": (
        lambda: Source(id="s", kind="news", title="t"),  # type: ignore[arg-type]
        "kind",
    ),
    "Source(kind='news_article')": (
        lambda: Source(id="s", kind="news_article", title="t"),  # type: ignore[arg-type]
        "kind",
    ),
    "Participant(role='victim')": (
        lambda: Participant(actor="a", role="victim"),  # type: ignore[arg-type]
        "role",
    ),
    "Source(published=date(...))": (
        lambda: Source(
            id="s",
            kind=SourceKind.OTHER,
            title="t",
            published=date(2019, 11, 28),  # type: ignore[arg-type]
        ),
        "published",
    ),
    "Event(date='2019-11-16')": (
        lambda: Event(id="e", kind="arrest", title="t", date="2019-11-16", citations=CITE),  # type: ignore[arg-type]
        "date",
    ),
    "Figure(quantity='at least 5')": (
        lambda: Figure(id="f", measure="killed", quantity="at least 5", citations=CITE),  # type: ignore[arg-type]
        "quantity",
    ),
    "Source(cites='other')": (
        lambda: Source(id="s", kind=SourceKind.OTHER, title="t", cites="other"),  # type: ignore[arg-type]
        "cites",
    ),
    "Event(citations=[...])": (
        lambda: Event(id="e", kind="arrest", title="t", date=DAY, citations=list(CITE)),  # type: ignore[arg-type]
        "citations",
    ),
    "Citation(quote=lone surrogate)": (lambda: Citation(source="s", quote="a \ud800"), "quote"),
    "Coordinates(latitude=True)": (lambda: Coordinates(latitude=True, longitude=0.0), "latitude"),
    "Share(ratio=0.5)": (lambda: Share(ratio=0.5, of="f"), "ratio"),  # type: ignore[arg-type]
    "DateRange(approximate=1)": (
        lambda: DateRange(earliest=None, latest=None, approximate=1),  # type: ignore[arg-type]
        "approximate",
    ),
    "DateRange(earliest=datetime)": (
        lambda: DateRange(earliest=datetime(2019, 1, 1), latest=None),
        "earliest",
    ),
    "Source(captured=date)": (
        lambda: Source(id="s", kind=SourceKind.OTHER, title="t", captured=date(2020, 1, 1)),  # type: ignore[arg-type]
        "captured",
    ),
    "Event(citations=(dict,))": (
        lambda: Event(id="e", kind="k", title="t", date=DAY, citations=({"source": "s"},)),  # type: ignore[arg-type]
        "citations[0]",
    ),
}


@pytest.mark.parametrize("case", list(EXAMPLES))
def test_the_issues_examples_are_refused_naming_the_field(case: str) -> None:
    build, path = EXAMPLES[case]
    with pytest.raises(ValidationError) as info:
        build()
    assert [p.path for p in info.value.problems] == [path]


def test_an_enum_value_given_as_its_string_names_the_member_to_use() -> None:
    with pytest.raises(ValidationError, match=r"use ParticipantRole\.VICTIM"):
        Participant(actor="a", role="victim")  # type: ignore[arg-type]


def test_every_wrong_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        Source(id=5, kind="news", title=None)  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["id", "kind", "title"]


def test_values_the_converter_reads_as_equal_are_accepted() -> None:
    # an integer a float holds exactly, pendulum's days and times (date/datetime subclasses)
    c = Coordinates(latitude=35, longitude=51)
    assert from_json(to_json(c), Coordinates) == c
    r = DateRange(
        earliest=pendulum.Date(1988, 7, 20),
        latest=pendulum.Date(1988, 7, 20),
        time=pendulum.datetime(1988, 7, 20, 10, tz="Asia/Tehran"),
    )
    assert from_json(to_json(r), DateRange) == r
    with pytest.raises(ValidationError, match="latitude"):
        Coordinates(latitude=2**53 + 1, longitude=0)


def test_every_record_and_part_checks_its_field_types() -> None:
    """A class reachable from the records without the generated check would take anything."""
    seen: set[type] = set()
    todo: list[object] = list(RECORD_TYPES.values())
    while todo:
        t = todo.pop()
        args = typing.get_args(t)
        if args:
            todo.extend(a for a in args if a is not Ellipsis)
        elif isinstance(t, type) and attrs.has(t) and t not in seen:
            seen.add(t)
            assert _is_check(attrs.fields(t)[0].validator), t
            todo.extend(typing.get_type_hints(t).values())
    assert {DateRange, Quantity, Citation, Share, Coordinates} <= seen


# -- properties ----------------------------------------------------------------------------

VALUES: dict[str, st.SearchStrategy[typing.Any]] = {
    "source": rst.sources(),
    "actor": rst.actors(),
    "facility": rst.facilities(),
    "event": rst.events(),
    "figure": rst.figures(),
    "citation": rst.citations(),
    "name": rst.names(),
    "position": rst.positions(),
    "participant": rst.participants(),
    "reported_date": rst.reported_dates(),
    "location": rst.locations(),
    "coordinates": rst.coordinates(),
    "share": rst.shares(),
    "date_range": rst.date_ranges(),
    "quantity": rst.quantities(),
}


class _Other(enum.Enum):
    """An enum no field takes."""

    A = "a"


POOL: list[object] = [
    None,
    True,
    0,
    7,
    -1,
    2**70,
    1.5,
    float("nan"),
    "",
    "x",
    "victim",
    "news_article",
    "a \ud800 b",
    b"x",
    [],
    ["x"],
    (),
    ("x",),
    ("a b",),
    {},
    {"source": "s"},
    date(2020, 1, 1),
    datetime(2020, 1, 1, 10, tzinfo=UTC),
    datetime(2020, 1, 1, 10),
    Decimal("0.5"),
    Decimal("NaN"),
    _Other.A,
    ParticipantRole.VICTIM,
    SourceKind.OTHER,
    CITE[0],
    CITE,
    list(CITE),
    DAY,
    Quantity.exact(5),
    Coordinates(latitude=1.0, longitude=2.0),
]
"""Values to put in a field: most of the wrong type for it, some of the right one."""


def _fits(hint: object, value: object) -> bool:
    """Whether ``value`` has a type the field can hold (the test's own, plain statement of
    the rules: the exact type, an int for a float, a day that is not a datetime)."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, type(int | None)):
        return any(_fits(a, value) for a in args)
    if typing.get_origin(hint) is tuple:
        return type(value) is tuple and all(_fits(args[0], v) for v in value)
    if hint is type(None):
        return value is None
    if hint is float:
        return type(value) in (float, int)
    if hint is date:
        return isinstance(value, date) and not isinstance(value, datetime)
    if hint is datetime:
        return isinstance(value, datetime)
    return type(value) is hint


def _near_misses(hint: object, value: object) -> list[object]:
    """Values a hurried caller might pass instead of ``value`` (a field's ``hint``)."""
    base = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    kind = typing.get_origin(base[0]) or base[0]
    out: list[object] = [str(value), repr(value)]
    if kind is tuple:
        out += [list(typing.cast(tuple[object, ...], value or ("x",))), "x y"]
    if isinstance(value, enum.Enum):
        out.append(value.value)
    if isinstance(value, bool | int | float | Decimal):
        out += [float(value), int(value) if value == value else 0, bool(value), Decimal(1)]
    if isinstance(value, date):
        out += [value.isoformat(), datetime(value.year, value.month, value.day, 1), value]
    if attrs.has(type(value)):
        out.append(attrs.asdict(value))  # type: ignore[arg-type]
    if isinstance(value, str):
        out += [value + "\ud800", value.encode(), [value], (value,)]
    return out


def _round_trips(value: object) -> None:
    """JSON text and a JSON Lines file give back an equal value."""
    assert from_json(to_json(value), type(value)) == value
    if type(value) in TYPE_TAGS:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "one.jsonl"
            write_jsonl(path, [value])  # type: ignore[list-item]
            assert list(read_jsonl(path)) == [value]


@pytest.mark.parametrize("kind", sorted(VALUES))
@given(data=st.data())
def test_a_field_of_the_wrong_type_is_refused_and_any_accepted_value_round_trips(
    kind: str, data: st.DataObject
) -> None:
    value = data.draw(VALUES[kind], label=kind)
    _round_trips(value)
    field = data.draw(st.sampled_from(attrs.fields(type(value))), label="field")
    hint = typing.get_type_hints(type(value))[field.name]
    misses = _near_misses(hint, getattr(value, field.name))
    bad = data.draw(st.sampled_from(misses) | st.sampled_from(POOL), label="value")
    problems: list[FieldProblem] = []
    try:
        changed = attrs.evolve(value, **{field.name: bad})
    except ValidationError as exc:
        problems = list(exc.problems)
    if problems:
        if not _fits(hint, bad):  # a type problem: it is reported at the field
            assert [p.path.split("[")[0] for p in problems] == [field.name], problems
        return
    assert _fits(hint, bad), f"{type(value).__name__}.{field.name} took {bad!r}"
    _round_trips(changed)


def _rebuilt(value: object) -> object:
    """``value`` built again through every constructor, its parts first."""
    if attrs.has(type(value)):
        fields = {f.name: _rebuilt(getattr(value, f.name)) for f in attrs.fields(type(value))}
        return type(value)(**fields)
    if type(value) is tuple:
        return tuple(_rebuilt(v) for v in value)
    return value


JSON_POOL: list[object] = [None, True, 0, 1.5, 2**53 + 1, "", "x", "2020-01-01", [], ["x"], {}]


def _paths(data: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path of every value in JSON data."""
    out = [prefix] if prefix else []
    if isinstance(data, dict):
        for k, v in data.items():
            if k != "type":
                out += _paths(v, (*prefix, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _paths(v, (*prefix, i))
    return out


@given(record=rst.records(), data=st.data())
def test_what_the_loader_accepts_the_constructors_accept(
    record: object, data: st.DataObject
) -> None:
    raw = record_to_dict(record)  # type: ignore[arg-type]
    # the fast path (which skips the constructor's type checks) builds it, unchanged
    assert jsonio._FAST[raw["type"]](raw) == record  # type: ignore[index]
    paths = _paths(raw)
    path = data.draw(st.sampled_from(paths), label="path")
    target: typing.Any = raw
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = data.draw(st.sampled_from(JSON_POOL), label="json value")
    try:
        loaded = record_from_dict(raw)
    except ValidationError:
        return
    assert _rebuilt(loaded) == loaded


def test_a_time_with_an_offset_of_seconds_is_refused_like_on_load() -> None:
    odd = timezone(timedelta(hours=3, minutes=25, seconds=44))
    with pytest.raises(ValidationError, match="captured"):
        Source(id="s", kind=SourceKind.OTHER, title="t", captured=datetime(2020, 1, 1, tzinfo=odd))
