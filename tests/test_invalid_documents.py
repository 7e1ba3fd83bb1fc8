"""Hostile documents: every line ``invalid_documents`` makes is refused by the loaders with a
``ValidationError`` naming the damaged field; every damage is made; bad options refused."""

from __future__ import annotations

import json
import os
import tempfile
import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import rightsdata
from rightsdata import (
    Actor,
    ActorKind,
    Citation,
    Coordinates,
    DateRange,
    Event,
    Facility,
    Figure,
    Location,
    Name,
    Participant,
    ParticipantRole,
    Position,
    Quantity,
    Reliability,
    ReportedDate,
    Share,
    Source,
    SourceKind,
    ValidationError,
)
from rightsdata import strategies as rst
from rightsdata.records import RECORD_TYPES
from rightsdata.serialize import record_to_dict, set_fast_path
from rightsdata.strategies import Damage, InvalidDocument
from rightsdata.validation import IssueKind, validate_file

COVERAGE = settings(database=None, max_examples=30, phases=[Phase.generate], derandomize=True)
"""Existence checks: one deterministic run (never flaky) of 30 lists of 8 documents."""


def _names(path: str, field: str) -> bool:
    """Whether a problem at ``path`` names ``field``: the field itself or a field under it."""
    return path == field or path.startswith((f"{field}.", f"{field}["))


def _read_line(line: str) -> ValidationError:
    """The error ``read_jsonl`` raises for a file holding ``line`` (failing if it raises none)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "hostile.jsonl")
        Path(path).write_text(line + "\n", encoding="utf-8")
        with pytest.raises(ValidationError) as caught:
            list(rightsdata.read_jsonl(path))
    return caught.value


@given(rst.invalid_documents())
def test_read_jsonl_refuses_every_document_naming_the_field(doc: InvalidDocument) -> None:
    error = _read_line(doc.line)
    assert error.line == 1
    # one damage, one problem: the loader reports nothing the damage did not cause
    assert [p.path for p in error.problems] == [doc.field]
    if doc.reason is Damage.DUPLICATE_KEY:
        assert "duplicate key" in error.problems[0].message


@given(rst.invalid_documents())
def test_from_json_refuses_every_document_that_names_its_type(doc: InvalidDocument) -> None:
    # from_json takes the "type" key as optional: a line without one is a valid record there
    data = json.loads(doc.line)  # (a repeated key: the last one counts here)
    if doc.reason is Damage.WRONG_TYPE_TAG and "type" not in data:
        assert rightsdata.from_json(doc.line, type(doc.record)) == doc.record
        return
    with pytest.raises(ValidationError) as caught:
        rightsdata.from_json(doc.line, type(doc.record))
    assert [p.path for p in caught.value.problems] == [doc.field]


@given(rst.invalid_documents())
def test_documents_are_one_line_damaged_from_a_valid_record(doc: InvalidDocument) -> None:
    assert "\n" not in doc.line
    assert "\r" not in doc.line
    assert isinstance(doc.record, typing.get_args(rightsdata.Record))
    assert rightsdata.from_json(rightsdata.to_json(doc.record), type(doc.record)) == doc.record
    valid = json.dumps(record_to_dict(doc.record), ensure_ascii=False)
    assert doc.line != valid
    if doc.reason is not Damage.DUPLICATE_KEY:
        assert json.dumps(json.loads(doc.line), ensure_ascii=False) == doc.line


def test_the_loaders_refuse_the_same_with_the_fast_path_off() -> None:
    set_fast_path(False)
    try:

        @settings(max_examples=20)
        @given(rst.invalid_documents())
        def check(doc: InvalidDocument) -> None:
            assert [p.path for p in _read_line(doc.line).problems] == [doc.field]

        check()
    finally:
        set_fast_path(True)


def _reasons(strategy: st.SearchStrategy[InvalidDocument]) -> set[Damage]:
    seen: set[Damage] = set()

    @COVERAGE
    @given(st.lists(strategy, min_size=8, max_size=8))
    def collect(docs: list[InvalidDocument]) -> None:
        seen.update(d.reason for d in docs)

    collect()
    return seen


def test_every_damage_is_made() -> None:
    assert _reasons(rst.invalid_documents()) == set(Damage)


@pytest.mark.parametrize("damage", list(Damage), ids=lambda d: d.value)
def test_each_damage_can_be_asked_for_alone(damage: Damage) -> None:
    @settings(max_examples=15)
    @given(rst.invalid_documents(damages=[damage]))
    def check(doc: InvalidDocument) -> None:
        assert doc.reason is damage
        assert any(_names(p.path, doc.field) for p in _read_line(doc.line).problems)

    check()


def test_the_records_option_is_honoured() -> None:
    @settings(max_examples=20)
    @given(rst.invalid_documents(records=rst.figures(), damages={Damage.OUT_OF_RANGE}))
    def check(doc: InvalidDocument) -> None:
        # (a figure with an exact quantity and no share has no place for it: drawn again)
        assert isinstance(doc.record, Figure)
        assert doc.reason is Damage.OUT_OF_RANGE

    check()
    assert _reasons(rst.invalid_documents(records=rst.sources())) >= {
        Damage.MISSING_FIELD,
        Damage.UNKNOWN_ENUM_VALUE,
        Damage.MALFORMED_DATE,
    }


@settings(max_examples=20)
@given(st.lists(rst.invalid_documents(), min_size=1, max_size=6))
def test_validate_file_reports_one_issue_per_line(docs: list[InvalidDocument]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "hostile.jsonl")
        Path(path).write_text("".join(d.line + "\n" for d in docs), encoding="utf-8")
        report = validate_file(path)
    assert report.records == 0
    assert not report.ok
    assert [i.line for i in report.issues] == list(range(1, len(docs) + 1))
    assert [i.path for i in report.issues] == [d.field for d in docs]
    assert {i.kind for i in report.issues} == {IssueKind.MALFORMED}


def _parts() -> Iterator[type]:
    todo, seen = list(RECORD_TYPES.values()), set()
    while todo:
        cls = todo.pop()
        if cls not in seen:
            seen.add(cls)
            yield cls
            for hint in typing.get_type_hints(cls).values():
                for arg in (hint, *typing.get_args(hint)):
                    for inner in (arg, *typing.get_args(arg)):
                        if isinstance(inner, type) and attrs.has(inner):
                            todo.append(inner)


def test_extra_fields_are_names_no_record_or_part_has() -> None:
    from rightsdata.strategies._invalid import _EXTRA_NAMES

    fields = {f.name for cls in _parts() for f in attrs.fields(cls)} | {"type"}
    assert len(list(_parts())) >= 13  # the five records, their parts, Quantity and DateRange
    assert _EXTRA_NAMES
    assert not set(_EXTRA_NAMES) & fields


def test_a_missing_field_is_always_one_the_writer_writes() -> None:
    source = Source(id="s1", kind=rightsdata.SourceKind.NGO_REPORT, title="A report")

    @settings(max_examples=30)
    @given(rst.invalid_documents(records=st.just(source), damages=[Damage.MISSING_FIELD]))
    def check(doc: InvalidDocument) -> None:
        assert doc.field in {"id", "kind", "title"}
        assert doc.field not in json.loads(doc.line)

    check()


@pytest.mark.parametrize(
    "options",
    [
        {"records": "sources"},
        {"records": Source},
        {"damages": "missing_field"},
        {"damages": Damage.MISSING_FIELD},
        {"damages": ["missing_field"]},
        {"damages": []},
        {"damages": 5},
    ],
    ids=repr,
)
def test_bad_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(InvalidArgument):
        rst.invalid_documents(**options)  # type: ignore[arg-type]


def test_the_classes_have_their_public_home() -> None:
    assert InvalidDocument.__module__ == Damage.__module__ == "rightsdata.strategies"


@pytest.mark.parametrize("ratio", ["1E-1000000000000000000", "0.1E-1000000000000000000"])
def test_a_ratio_whose_exponent_is_too_large_is_refused_saying_so(ratio: str) -> None:
    # the message used to say: expected a decimal number as a string, written
    # "1E-1000000000000000000", got "1E-1000000000000000000" (the very same text)
    with pytest.raises(ValidationError) as caught:
        rightsdata.from_json(json.dumps({"ratio": ratio, "of": "f1"}), Share)
    [problem] = caught.value.problems
    assert problem.path == "ratio"
    assert "exponent of at most 18 digits" in problem.message


def _rich_records() -> list[rightsdata.Record]:
    """A record of each type with every part that has a place for some damage."""
    cite = (Citation(source="s1", locator="p. 3"),)
    when = DateRange.parse("late July 1988")
    at = datetime(1988, 7, 20, 9, 30, tzinfo=UTC)
    place = Location(country="IR", coordinates=Coordinates(latitude=35.8, longitude=51.4))
    return [
        Source(
            id="s1", kind=SourceKind.NGO_REPORT, title="A report", published=when,
            cites=("s0",), authors=("A. Author",), captured=at, reliability=Reliability.B,
        ),
        Actor(
            id="a1", kind=ActorKind.PERSON, name="X", aliases=(Name(text="Y"),),
            positions=(Position(title="Head", period=when, citations=cite),), citations=cite,
        ),
        Facility(id="f1", name="Evin", kind="prison", location=place, period=when),
        Event(
            id="e1", kind="execution", title="Executions",
            date=DateRange(earliest=at.date(), latest=at.date(), time=at), citations=cite,
            facilities=("f1",), location=place,
            participants=(Participant(actor="a1", role=ParticipantRole.VICTIM),),
            reported_dates=(ReportedDate(date=when, citations=cite),),
        ),
        Figure(
            id="n1", measure="executed", quantity=Quantity.between(10, 50), citations=cite,
            period=when, share=Share(ratio=Decimal("0.5"), of="n0"),
        ),
        Figure(id="n2", measure="killed", quantity=Quantity.at_least(5000), citations=cite),
    ]  # fmt: skip


def _every_document(record: rightsdata.Record) -> Iterator[InvalidDocument]:
    """Every document ``invalid_documents`` can make of ``record``: each damage, at each
    place, with each replacement."""
    from rightsdata.strategies import _invalid

    places = list(_invalid._places(type(record), {**record_to_dict(record)}))
    for damage in Damage:
        for keys, values in _invalid._choices(damage, places):
            count = len(_invalid._bad_tags("x")) if damage is Damage.WRONG_TYPE_TAG else len(values)
            for i in range(count):
                picks = iter([i, 0])  # the replacement, then (for an extra field) its value
                draw = typing.cast(typing.Any, lambda _, picks=picks: next(picks))
                yield _invalid._document(draw, record, damage, keys, values)


def test_every_replacement_at_every_place_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hostile.jsonl"
    seen: set[Damage] = set()
    for record in _rich_records():
        for doc in _every_document(record):
            seen.add(doc.reason)
            path.write_text(doc.line + "\n", encoding="utf-8")
            with pytest.raises(ValidationError) as caught:
                list(rightsdata.read_jsonl(path))
            assert [p.path for p in caught.value.problems] == [doc.field], doc.line
    assert seen == set(Damage)
