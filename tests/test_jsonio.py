"""JSON and JSON Lines files: layout, located errors, atomic writes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import attrs
import orjson
import pytest

from rightsdata import (
    Citation,
    DateRange,
    Event,
    Quantity,
    Source,
    SourceKind,
    ValidationError,
    from_json,
    read_json,
    read_jsonl,
    to_json,
    write_json,
    write_jsonl,
)
from rightsdata.records import Record
from rightsdata.serialize import record_from_dict, record_to_dict

SOURCE = Source(id="s1", kind=SourceKind.PRESS_RELEASE, title="Blood-soaked secrets")
EVENT = Event(
    id="e1",
    kind="execution",
    title="1988 prison massacres",
    date=DateRange.parse("1988-07-21/1988-09-10"),
    citations=(Citation(source="s1", quote="late July and early September 1988"),),
)


def test_lines_name_their_type_first(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    assert write_jsonl(path, [SOURCE, EVENT]) == 2
    lines = path.read_bytes().splitlines()
    assert [orjson.loads(line)["type"] for line in lines] == ["source", "event"]
    assert lines[1].startswith(b'{"type":"event","id":"e1"')
    assert list(read_jsonl(path)) == [SOURCE, EVENT]


def test_read_jsonl_streams(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(orjson.dumps(record_to_dict(SOURCE)) + b"\nnot json\n")
    it = read_jsonl(path)
    assert next(it) == SOURCE  # the first record arrives before the bad line is read
    with pytest.raises(ValidationError, match=r"d\.jsonl:2: invalid JSON"):
        next(it)


def write_lines(path: Path, *objs: object) -> Path:
    path.write_bytes(b"\n".join(o if isinstance(o, bytes) else orjson.dumps(o) for o in objs))
    return path


def bad_event(**changes: object) -> dict[str, object]:
    d = record_to_dict(EVENT)
    d.update(changes)
    return d


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"{", "invalid JSON"),
        (b"[1, 2]", "expected an object, got [1,2]"),
        ({"id": "x"}, 'type: missing: every record names its type ("source", "actor"'),
        ({"type": "massacre", "id": "x"}, 'type: unknown record type "massacre"'),
        ({"type": 5}, "type: unknown record type 5"),
        (bad_event(title=None), "title: expected a string, got null"),
        (bad_event(date="1988"), 'date: expected an object, got "1988"'),
        (bad_event(citations=[]), "citations: needs at least one item"),
        (bad_event(color="red"), "color: unknown field"),
    ],
)
def test_located_errors(tmp_path: Path, line: object, message: str) -> None:
    path = write_lines(tmp_path / "events.jsonl", record_to_dict(SOURCE), b"", line)
    with pytest.raises(ValidationError) as info:
        list(read_jsonl(path))
    assert str(info.value).startswith(f"{path}:3: ")
    assert message in str(info.value)
    assert info.value.line == 3
    assert info.value.file == str(path)


def test_figure_error_in_the_documented_form(tmp_path: Path) -> None:
    fig = {
        "type": "figure",
        "id": "f",
        "measure": "killed",
        "quantity": {"low": "many", "high": None, "qualifier": "vague"},
        "citations": [{"source": "s1"}],
    }
    path = write_lines(
        tmp_path / "events.jsonl", record_to_dict(SOURCE), record_to_dict(EVENT), fig
    )
    with pytest.raises(ValidationError) as info:
        list(read_jsonl(path))
    assert str(info.value) == f'{path}:3: quantity.low: expected an integer, got "many"'


def test_every_problem_of_a_record_is_reported(tmp_path: Path) -> None:
    line = bad_event(title=5, facilities="evin", participants=[{"actor": "a", "role": "boss"}])
    path = write_lines(tmp_path / "e.jsonl", line)
    with pytest.raises(ValidationError) as info:
        list(read_jsonl(path))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("title", "expected a string, got 5"),
        ("facilities", 'expected a list, got "evin"'),
        (
            "participants[0].role",
            'expected one of "perpetrator", "victim", "witness", "responsible_authority", '
            '"speaker", "addressee", "organizer", "other", got "boss"',
        ),
    ]


def failing_after_one() -> Iterator[Record]:
    yield SOURCE
    raise RuntimeError("disk on fire")


@pytest.mark.parametrize("writer", [write_jsonl, write_json])
def test_writes_are_atomic(tmp_path: Path, writer: object) -> None:
    path = tmp_path / ("d.jsonl" if writer is write_jsonl else "d.json")
    writer(path, [EVENT])  # type: ignore[operator]
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="disk on fire"):
        writer(path, failing_after_one())  # type: ignore[operator]
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]  # no temporary file left behind


def test_json_file_layout_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    write_json(path, [SOURCE, EVENT])
    doc = orjson.loads(path.read_bytes())
    assert doc["format"] == "rightsdata"
    assert doc["version"] == 1
    assert read_json(path) == [SOURCE, EVENT]

    doc["records"][1]["title"] = []
    doc["records"][0]["kind"] = "blog"
    doc["extra"] = 1
    path.write_bytes(orjson.dumps(doc))
    with pytest.raises(ValidationError) as info:
        read_json(path)
    assert str(info.value).splitlines() == [
        f"{path}: extra: unknown field",
        f'{path}: records[0].kind: expected one of "news_article", "ngo_report", '
        '"press_release", "official_statement", "social_media_post", "leaked_material", '
        '"testimony", "court_document", "dataset", "other", got "blog"',
        f"{path}: records[1].title: expected a string, got []",
    ]
    path.write_bytes(b"[]")
    with pytest.raises(ValidationError, match='expected an object with a "records" list'):
        read_json(path)


def test_from_json_accepts_a_matching_type_tag() -> None:
    line = orjson.dumps(record_to_dict(EVENT))
    assert from_json(line, Event) == EVENT
    with pytest.raises(ValidationError, match='type: expected "source", got "event"'):
        from_json(line, Source)
    assert from_json(to_json(EVENT), Event) == EVENT


def test_defaults_are_omitted_and_restored() -> None:
    q = Quantity.exact(281)
    assert to_json(q) == '{"low":281,"high":281,"best":281}'
    assert from_json(to_json(q), Quantity) == q


def test_record_from_dict_leaves_its_input_alone() -> None:
    d = record_to_dict(EVENT)
    copy = dict(d)
    assert record_from_dict(d) == EVENT
    assert d == copy


def test_written_files_get_the_usual_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.jsonl"
    write_jsonl(fresh, [SOURCE])
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    os.chmod(fresh, 0o640)
    write_jsonl(fresh, [EVENT])
    assert fresh.stat().st_mode & 0o777 == 0o640  # an existing file keeps its mode


def test_text_json_cannot_hold_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="title: text holds a lone surrogate"):
        Source(id="s2", kind=SourceKind.OTHER, title="bad \ud800 title")
    with attrs.validators.disabled():  # the writers check too, for values built so
        bad = Source(id="s2", kind=SourceKind.OTHER, title="bad \ud800 title")
    with pytest.raises(ValidationError, match="title: text holds a lone surrogate"):
        to_json(bad)
    path = tmp_path / "d.jsonl"
    with pytest.raises(ValidationError) as info:
        write_jsonl(path, [SOURCE, bad])
    assert str(info.value) == (
        f"{path}:2: title: text holds a lone surrogate, which JSON (UTF-8) cannot store"
    )
    assert not path.exists()
    with pytest.raises(ValidationError, match=r"d\.json: records\[0\]\.title: text holds"):
        write_json(tmp_path / "d.json", [bad])
    assert os.listdir(tmp_path) == []


def test_read_json_checks_format_and_version(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(b'{"format": "other", "version": 2, "records": []}')
    with pytest.raises(ValidationError) as info:
        read_json(path)
    assert [p.path for p in info.value.problems] == ["format", "version"]
    assert 'expected "rightsdata", got "other"' in str(info.value)
