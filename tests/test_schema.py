"""The generated JSON Schema: valid, current, and agreeing with what the library writes."""

from __future__ import annotations

import copy
import enum
import importlib
import importlib.util
import json
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from rightsdata import (
    Actor,
    ActorKind,
    Calendar,
    Citation,
    Coordinates,
    DateRange,
    Event,
    Facility,
    Figure,
    Location,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
    Precision,
    Qualifier,
    Quantity,
    Reliability,
    Share,
    Source,
    SourceKind,
    ValidationError,
    write_json,
)
from rightsdata.records import RECORD_TYPES, Record, ReportedDate
from rightsdata.serialize import record_from_dict, record_to_dict, to_json, unstructure
from rightsdata.serialize import schema as schema_module
from rightsdata.serialize.schema import SCHEMA_ID, json_schema, main, render

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "schema.json"
EXAMPLE = ROOT / "src" / "rightsdata" / "examples" / "iran_prisons.jsonl"

SCHEMA = json_schema()
DEFS = typing.cast(dict[str, dict[str, object]], SCHEMA["$defs"])
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(instance: object) -> list[str]:
    """The schema's complaints about ``instance`` (empty when it is valid)."""
    return [e.message for e in VALIDATOR.iter_errors(instance)]


def reachable() -> dict[str, type]:
    """Every attrs class and enum the records contain, walked from the type hints."""
    found: dict[str, type] = {}
    todo: list[object] = list(RECORD_TYPES.values())
    while todo:
        t = todo.pop()
        args = typing.get_args(t)
        if args:
            todo.extend(a for a in args if a is not Ellipsis)
            continue
        if not isinstance(t, type) or t.__name__ in found:
            continue
        if issubclass(t, enum.Enum):
            found[t.__name__] = t
        elif attrs.has(t):
            found[t.__name__] = t
            todo.extend(typing.get_type_hints(t).values())
    return found


# Every class and every optional field set at least once.
CITE = Citation(source="amnesty-2018", locator="para. 3", quote="at least 5,000")
SPAN = DateRange(
    earliest=date(1988, 7, 19),
    latest=date(1988, 9, 10),
    precision=Precision.PART_OF_MONTH,
    approximate=True,
    uncertain=True,
    calendar=Calendar.JALALI,
    text="late Tir to Shahrivar 1367",
)
FULL: list[Record] = [
    Source(
        id="amnesty-2018",
        kind=SourceKind.PRESS_RELEASE,
        title="Blood-soaked secrets",
        publisher="amnesty",
        published=DateRange.day(date(2018, 12, 4)),
        url="https://example.org/blood-soaked-secrets",
        cites=("ncri-2021",),
        authors=("Research team",),
        language="en",
        captured=datetime(2021, 9, 1, 12, 30, 5, 123456, tzinfo=timezone(timedelta(hours=4.5))),
        archive_url="https://archive.example.org/x",
        sha256="0" * 63 + "a",
        reliability=Reliability.B,
        notes="Embargoed until 10:00 GMT.",
    ),
    Actor(
        id="pourmohammadi",
        kind=ActorKind.PERSON,
        name="Mostafa Pourmohammadi",
        aliases=(
            Name(
                text="مصطفی پورمحمدی", kind=NameKind.TRANSLITERATION, script="Arab", language="fa"
            ),
        ),
        positions=(
            Position(
                title="Minister of Justice",
                organization="ministry-of-justice",
                period=DateRange.between(date(2013, 8, 15), date(2017, 8, 20)),
                citations=(CITE,),
            ),
        ),
        parent="death-commission",
        description="A member of the Tehran death commission.",
        citations=(CITE,),
    ),
    Facility(
        id="evin-ward-209",
        name="Ward 209",
        kind="ward",
        parent="evin",
        operator="intelligence-ministry",
        location=Location(
            country="IR",
            province="Tehran",
            city="Tehran",
            coordinates=Coordinates(latitude=35.7966, longitude=51.3875),
            text="northern Tehran",
        ),
        aliases=(Name(text="Band-e 209"),),
        period=DateRange(earliest=None, latest=None, precision=Precision.UNKNOWN),
        description="A ward run by the Intelligence Ministry.",
        citations=(CITE,),
    ),
    Event(
        id="massacre-1988",
        kind="execution",
        title="1988 prison massacres",
        date=SPAN,
        citations=(CITE,),
        facilities=("evin", "gohardasht"),
        participants=(
            Participant(actor="pourmohammadi", role=ParticipantRole.PERPETRATOR, citations=(CITE,)),
        ),
        parent="purges-1980s",
        location=Location(country="IR"),
        description="Mass executions of political prisoners.",
        reported_dates=(
            ReportedDate(date=DateRange.parse("1988-07"), citations=(CITE,)),
            ReportedDate(
                date=DateRange.parse("from late July to early September 1988"),
                citations=(CITE,),
            ),
            ReportedDate(date=DateRange.parse("/2006"), citations=(CITE,)),
            ReportedDate(date=DateRange.parse("2018-12-04T10:00:00Z"), citations=(CITE,)),
        ),
    ),
    Figure(
        id="killed-half",
        measure="killed",
        quantity=Quantity(low=0, high=None, qualifier=Qualifier.VAGUE, text="half"),
        citations=(CITE,),
        unit="executions",
        subject="massacre-1988",
        period=SPAN,
        as_of=DateRange.parse("2018"),
        place="Iran",
        share=Share(ratio=Decimal("0.5"), of="killed-total", text="half"),
        description="Half of the total.",
    ),
    Figure(
        id="killed-total",
        measure="killed",
        quantity=Quantity.about(5000, text="some 5,000"),
        citations=(CITE,),
    ),
]
MINIMAL: list[Record] = [
    Source(id="s", kind=SourceKind.OTHER, title="t"),
    Actor(id="a", kind=ActorKind.UNKNOWN, name="n"),
    Facility(id="f", name="n", kind="prison"),
    Event(
        id="e",
        kind="other",
        title="t",
        date=DateRange(earliest=None, latest=None),
        citations=(Citation(source="s"),),
    ),
    Figure(
        id="g",
        measure="killed",
        quantity=Quantity.at_least(5000),
        citations=(Citation(source="s"),),
    ),
]


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == SCHEMA_ID


def test_the_committed_copy_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(), (
        "docs/schema.json is stale: rightsdata schema --write docs/schema.json"
    )
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == SCHEMA


def test_check_passes_on_a_current_file_and_fails_on_a_stale_or_missing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "schema.json"
    assert main(["--write", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == render()
    assert main(["--check", str(path)]) == 0

    stale = copy.deepcopy(SCHEMA)
    stale["title"] = "old"
    path.write_text(render(stale), encoding="utf-8")
    assert main(["--check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "out of date" in err
    assert f"rightsdata schema --write {path}" in err

    assert main(["--check", str(tmp_path / "missing.json")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_without_options_it_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == render()


def test_the_root_is_a_union_tagged_by_type() -> None:
    one_of = typing.cast(list[dict[str, str]], SCHEMA["oneOf"])
    names = [ref["$ref"].removeprefix("#/$defs/") for ref in one_of]
    assert names == [cls.__name__ for cls in RECORD_TYPES.values()]
    for tag, cls in RECORD_TYPES.items():
        record = DEFS[cls.__name__]
        props = typing.cast(dict[str, dict[str, object]], record["properties"])
        assert props["type"]["const"] == tag
        assert "type" not in typing.cast(list[str], record["required"])
    assert all(ref["required"] == ["type"] for ref in one_of)


def test_every_type_has_a_def_and_every_def_a_type() -> None:
    classes = reachable()
    assert set(DEFS) == {*classes, "File"}
    for name, cls in classes.items():
        assert DEFS[name]["title"] == name
        if issubclass(cls, enum.Enum):
            assert DEFS[name]["type"] == "string"
            assert DEFS[name]["enum"] == [m.value for m in cls]


def test_properties_required_and_defaults_follow_the_fields() -> None:
    for name, cls in reachable().items():
        if not attrs.has(cls):
            continue
        d = DEFS[name]
        props = typing.cast(dict[str, dict[str, object]], d["properties"])
        fields = attrs.fields(cls)
        tag = ["type"] if cls in RECORD_TYPES.values() else []
        assert list(props) == tag + [f.name for f in fields]
        assert d["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
        assert d["additionalProperties"] is False
        for f in fields:
            if f.default is attrs.NOTHING:
                assert "default" not in props[f.name]
            else:
                assert props[f.name]["default"] == unstructure(f.default)
    quantity = typing.cast(dict[str, dict[str, object]], DEFS["Quantity"]["properties"])
    assert quantity["qualifier"]["default"] == "exact"


def test_every_field_class_and_enum_member_is_described() -> None:
    for name, cls in reachable().items():
        description = DEFS[name].get("description")
        assert isinstance(description, str)
        assert description.strip(), name
        if issubclass(cls, enum.Enum):
            for m in cls:
                assert f"- `{m.value}`: " in description, f"{name}.{m.name} is undocumented"
            continue
        props = typing.cast(dict[str, dict[str, object]], DEFS[name]["properties"])
        for f in attrs.fields(cls):
            text = props[f.name].get("description")
            assert isinstance(text, str), f"{name}.{f.name} has no docstring"
            assert text.strip(), f"{name}.{f.name} has an empty docstring"


def test_descriptions_are_plain_text() -> None:
    text = render()
    assert ":class:" not in text
    assert re.search(r"\[`[^`]+`\]\[", text) is None  # no cross-reference link
    assert ">>>" not in text
    assert "``" not in text


def test_an_undocumented_field_gets_no_description() -> None:
    builder = schema_module._Builder()
    builder.ref(_Toy)
    toy = builder.defs["_Toy"]
    props = typing.cast(dict[str, dict[str, object]], toy["properties"])
    assert props["documented"]["description"] == "Has a docstring, with a `role`."
    assert "description" not in props["undocumented"]
    assert toy["description"] == "A class for the generator's own tests."


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Toy:
    """A class for the generator's own tests."""

    documented: int
    """Has a docstring, with a [`role`][x.y.role]."""
    undocumented: bool = False
    when: datetime | None = None
    """A time."""
    amounts: tuple[Decimal, ...] = attrs.field(factory=lambda: (Decimal("1.5"),))
    """Numbers."""


def test_scalar_types_map_to_json_types() -> None:
    builder = schema_module._Builder()
    builder.ref(_Toy)
    props = typing.cast(dict[str, dict[str, object]], builder.defs["_Toy"]["properties"])
    assert props["documented"]["type"] == "integer"
    assert props["undocumented"] == {"type": "boolean", "default": False}
    when, null = typing.cast(list[dict[str, object]], props["when"]["anyOf"])
    assert null == {"type": "null"}
    assert when["type"] == "string"
    aware, naive = typing.cast(list[dict[str, object]], when["anyOf"])
    assert aware["format"] == "date-time"  # with an offset: RFC 3339
    assert "format" not in naive  # local time: no RFC 3339 date-time
    assert props["amounts"]["default"] == ["1.5"]
    item = typing.cast(dict[str, str], typing.cast(dict[str, object], props["amounts"])["items"])
    assert item["type"] == "string"
    for good in ("1.5", "-3", "1E+3", "5E-7", "0"):
        assert Draft202012Validator(item).is_valid(good), good
    for bad in ("1,5", "", "NaN", "1.5.0", "e3"):
        assert not Draft202012Validator(item).is_valid(bad), bad


def assert_valid(data: dict[str, object]) -> None:
    problems = errors(data)
    assert not problems, f"{data}: {problems}"


@pytest.mark.parametrize("record", FULL + MINIMAL, ids=lambda r: f"{type(r).__name__}")
def test_hand_built_records_validate(record: Record) -> None:
    data = record_to_dict(record)
    assert_valid(data)
    assert record_from_dict(data) == record


def test_the_hand_built_records_cover_every_class_and_optional_field() -> None:
    seen: dict[type, set[str]] = {}

    def walk(value: object) -> None:
        if attrs.has(type(value)):
            fields = attrs.fields(type(value))
            names = seen.setdefault(type(value), set())
            for f in fields:
                v = getattr(value, f.name)
                if f.default is attrs.NOTHING or v != f.default:
                    names.add(f.name)
                walk(v)
        elif isinstance(value, tuple):
            for v in value:
                walk(v)

    for r in FULL:
        walk(r)
    classes = {cls for cls in reachable().values() if attrs.has(cls)}
    assert set(seen) == classes
    for cls in classes:
        assert seen[cls] == {f.name for f in attrs.fields(cls)}, cls.__name__


def test_a_json_file_validates_against_the_file_def(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    write_json(path, FULL + MINIMAL)
    data = json.loads(path.read_text(encoding="utf-8"))
    v = def_validator("File")
    assert not [e.message for e in v.iter_errors(data)]
    for bad in (
        {**data, "version": 2},
        {**data, "format": "other"},
        {**data, "extra": 1},
        {k: v for k, v in data.items() if k != "records"},
        {**data, "records": [*data["records"], {"type": "nothing"}]},
    ):
        assert not v.is_valid(bad), bad


def example_lines() -> Iterator[dict[str, object]]:
    with EXAMPLE.open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                yield json.loads(raw)


def test_the_example_dataset_validates() -> None:
    if not EXAMPLE.exists():
        pytest.skip("the example dataset is not there yet")
    lines = list(example_lines())
    assert lines
    for data in lines:
        assert_valid(data)
        assert_valid(record_to_dict(record_from_dict(data)))


def test_generated_records_validate() -> None:
    if importlib.util.find_spec("rightsdata.strategies") is None:
        pytest.skip("rightsdata.strategies is not there yet")
    strategies = importlib.import_module("rightsdata.strategies")

    @given(strategies.records())
    def check(record: Record) -> None:
        assert_valid(record_to_dict(record))
        # what to_json writes (no tag) is what the record's own definition describes
        name = type(record).__name__
        untagged = json.loads(to_json(record))
        assert "type" not in untagged
        assert not list(def_validator(name).iter_errors(untagged))
        assert not list(def_validator(name).iter_errors(record_to_dict(record)))
        assert errors(untagged), "the root (a JSON Lines line) requires the tag"

    check()


def _record(tag: str) -> dict[str, object]:
    """The first full record of the kind ``tag``, as a dict."""
    return next(d for d in map(record_to_dict, FULL) if d["type"] == tag)


def _without(data: dict[str, object], key: str) -> dict[str, object]:
    return {k: v for k, v in data.items() if k != key}


# Each case: the record as written, the def it was meant for, and where the fault is.
BAD: dict[str, tuple[object, str, list[str | int]]] = {
    "unknown field": ({**_record("source"), "author": "x"}, "Source", []),
    "unknown nested field": (
        {**_record("event"), "citations": [{"source": "s", "page": 3}]},
        "Event",
        ["citations", 0],
    ),
    "wrong type (string for an integer)": (
        {**_record("figure"), "quantity": {"low": "5000", "high": None, "qualifier": "at_least"}},
        "Figure",
        ["quantity", "low"],
    ),
    "wrong type (number for a decimal string)": (
        {**_record("figure"), "share": {"ratio": 0.5, "of": "g"}},
        "Figure",
        ["share", "ratio"],
    ),
    "wrong type (list for a string)": ({**_record("actor"), "name": ["a"]}, "Actor", ["name"]),
    "null for a required non-null field": ({**_record("event"), "title": None}, "Event", ["title"]),
    "missing required field": (_without(_record("event"), "title"), "Event", []),
    "missing required nullable field": (
        {**_record("figure"), "quantity": {"low": 5000, "qualifier": "at_least"}},
        "Figure",
        ["quantity"],
    ),
    "unknown type tag": ({**_record("actor"), "type": "person"}, "Actor", ["type"]),
    "missing type tag": (_without(_record("actor"), "type"), "", []),
    "another record's tag": ({**_record("actor"), "type": "source"}, "Actor", ["type"]),
    "unknown enum value": ({**_record("source"), "kind": "blog"}, "Source", ["kind"]),
    "malformed date": (
        {**_record("event"), "date": {"earliest": "1988/07/20", "latest": "1988-07-20"}},
        "Event",
        ["date", "earliest"],
    ),
    "impossible date": (
        {**_record("event"), "date": {"earliest": "1988-02-30", "latest": "1988-03-01"}},
        "Event",
        ["date", "earliest"],
    ),
    "id with a space": ({**_record("facility"), "id": "evin prison"}, "Facility", ["id"]),
    "blank string": ({**_record("facility"), "name": "   "}, "Facility", ["name"]),
    "empty required list": ({**_record("event"), "citations": []}, "Event", ["citations"]),
    "latitude out of range": (
        {**_record("facility"), "location": {"coordinates": {"latitude": 91.0, "longitude": 0.0}}},
        "Facility",
        ["location", "coordinates", "latitude"],
    ),
    "malformed digest": ({**_record("source"), "sha256": "ABC"}, "Source", ["sha256"]),
    "not an object": (["source"], "Source", []),
}


def def_validator(name: str) -> Draft202012Validator:
    """A validator for ``$defs/name`` alone (the root for ``""``), resolving references in
    the whole schema."""
    registry: Registry[object] = Registry().with_resource(
        SCHEMA_ID, DRAFT202012.create_resource(SCHEMA)
    )
    return Draft202012Validator(
        {"$ref": f"{SCHEMA_ID}#/$defs/{name}" if name else SCHEMA_ID},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def leaf_paths(validator: Draft202012Validator, data: object) -> set[tuple[str | int, ...]]:
    """Where the innermost errors are (inside ``anyOf`` branches too)."""
    out: set[tuple[str | int, ...]] = set()
    todo = list(validator.iter_errors(data))
    while todo:
        e = todo.pop()
        if e.context:
            todo.extend(e.context)
        else:
            out.add(tuple(e.absolute_path))
    return out


@pytest.mark.parametrize("case", list(BAD))
def test_bad_records_are_rejected_by_the_schema_and_the_library(case: str) -> None:
    data, name, path = BAD[case]
    assert errors(data), f"the schema accepts {case}"
    assert tuple(path) in leaf_paths(def_validator(name), data)
    with pytest.raises(ValidationError):
        record_from_dict(data)


def test_an_aware_time_in_utc_validates() -> None:
    src = Source(
        id="s",
        kind=SourceKind.DATASET,
        title="t",
        captured=datetime(2021, 8, 24, tzinfo=UTC),
    )
    assert_valid(record_to_dict(src))


def test_write_is_atomic_and_names_what_stops_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "schema.json"
    path.write_text("old\n", encoding="utf-8")

    def torn(target: object, chunks: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(schema_module, "atomic_write", torn)
    assert main(["--write", str(path)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "old\n"  # (what write_text would have torn)
    monkeypatch.undo()
    assert main(["--write", str(tmp_path / "nope" / "schema.json")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["--write", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == render()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["schema.json"]  # no temporary left


def test_python_m_runs_without_a_runtime_warning() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-W",
            "error",
            "-m",
            "rightsdata.serialize.schema",
            "--check",
            str(COMMITTED),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


def test_check_file_names_each_state(tmp_path: Path) -> None:
    from rightsdata.serialize.schema import FileState, check_file, not_a_schema

    path = tmp_path / "schema.json"
    assert check_file(path)[0] is FileState.MISSING
    path.write_bytes(b"")
    assert check_file(path)[0] is FileState.STALE  # empty: may be written over
    path.write_text('{"$schema": "old"}', encoding="utf-8")
    assert check_file(path)[0] is FileState.STALE
    path.write_bytes(b"\xff not json")
    assert check_file(path) == (FileState.FOREIGN, f"{path} is not a JSON Schema (it is not JSON)")
    assert not_a_schema(b"[1]") == 'it has no "$schema"'
    path.write_text(render(), encoding="utf-8")
    assert check_file(path) == (FileState.CURRENT, "")
