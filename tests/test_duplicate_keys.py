"""A key given twice in one JSON object is refused on load and by ``validate`` (issue #17).

orjson keeps the last of two equal keys silently, and other parsers keep the first: a
file read one way by one tool and another way by another is refused, naming the file,
the line and the key.
"""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import Quantity, ValidationError, from_json, read_json, read_jsonl
from rightsdata.cli import cli
from rightsdata.serialize import scan_json, scan_jsonl
from rightsdata.serialize._scanning import duplicate_keys, may_repeat_keys
from rightsdata.serialize.jsonio import Malformed

SOURCE = '"type": "source", "kind": "other", "title": "T"'
MESSAGE = "duplicate key"


def lines(tmp_path: Path, *texts: str, name: str = "d.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    return path


def test_a_second_id_is_refused_with_file_line_and_key(tmp_path: Path) -> None:
    path = lines(
        tmp_path,
        f'{{"id": "s0", {SOURCE}}}',
        f'{{"id": "s1", {SOURCE}, "id": "s2"}}',
    )
    with pytest.raises(ValidationError) as info:
        list(read_jsonl(path))
    assert info.value.file == str(path)
    assert info.value.line == 2
    assert [p.path for p in info.value.problems] == ["id"]
    assert MESSAGE in info.value.problems[0].message
    items = list(scan_jsonl(path))
    assert items[1][0] == 2
    second = items[1][1]
    assert isinstance(second, Malformed)
    assert second.id is None  # which id? neither


def test_a_second_type_is_refused(tmp_path: Path) -> None:
    path = lines(tmp_path, f'{{"id": "s1", {SOURCE}, "type": "actor", "name": "A"}}')
    [(line, item)] = list(scan_jsonl(path))
    assert line == 1
    assert isinstance(item, Malformed)
    assert [p.path for p in item.error.problems] == ["type"]
    assert item.id == "s1"


def test_a_nested_duplicate_names_its_path() -> None:
    text = '{"low": 1, "high": 2, "qualifier": "range", "text": "x", "low": 1}'
    with pytest.raises(ValidationError) as info:
        from_json(text, Quantity)
    assert [p.path for p in info.value.problems] == ["low"]
    doc = '{"a": [{"b": 1}, {"c": {"d": 1, "d": [1, {}]}}], "e": "a:b", "e": 3}'
    assert [p for p, _ in duplicate_keys(doc.encode())] == ["a[1].c.d", "e"]


def test_a_second_records_list_in_a_json_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(
        '{"format": "rightsdata", "version": 1,\n'
        f' "records": [{{"id": "s1", {SOURCE}}}],\n'
        ' "records": []}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as info:
        read_json(path)
    assert (info.value.file, info.value.line) == (str(path), 3)
    assert [p.path for p in info.value.problems] == ["records"]
    [(position, item)] = list(scan_json(path))
    assert position is None
    assert isinstance(item, Malformed)
    assert item.error.line == 3


def test_a_duplicate_inside_a_record_of_a_json_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(
        '{"format": "rightsdata", "version": 1, "records": [\n'
        f'  {{"id": "s1", {SOURCE}}},\n'
        f'  {{"id": "s2", {SOURCE},\n'
        '    "title": "U"}\n'
        "]}\n",
        encoding="utf-8",
    )
    [(_, item)] = list(scan_json(path))
    assert isinstance(item, Malformed)
    assert item.error.line == 4
    assert [p.path for p in item.error.problems] == ["records[1].title"]


@pytest.mark.parametrize("name", ["d.jsonl", "d.json"])
def test_validate_reports_duplicates(tmp_path: Path, name: str) -> None:
    record = f'{{"id": "s1", {SOURCE}, "id": "s2"}}'
    text = (
        record
        if name.endswith("l")
        else f'{{"format": "rightsdata", "version": 1,\n"records": [{record}]}}'
    )
    path = lines(tmp_path, text, name=name)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    where = "1: id" if name.endswith("l") else "2: records[0].id"
    assert f"{path}:{where}: {MESSAGE}" in result.output


def test_an_escaped_line_without_duplicates_loads(tmp_path: Path) -> None:
    # \u escapes take the exact path: "s\u003a1" holds a colon the raw line does not show
    path = lines(tmp_path, f'{{"id": "s\\u003a1", {SOURCE}, "notes": "caf\\u00e9"}}')
    [record] = list(read_jsonl(path))
    assert record.id == "s:1"


def test_a_deeply_nested_duplicate_is_found() -> None:
    depth = 1000  # deeper than the C parser of json goes before a RecursionError
    doc = "[" * depth + '{"a": 1, "a": 2}' + "]" * depth
    orjson.loads(doc)
    [(path, _)] = duplicate_keys(doc.encode())
    assert path == "[0]" * depth + ".a"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(':ab\\"é\n', max_size=4),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(':ab"é', max_size=3), children, max_size=3)
    ),
    max_leaves=12,
)


def pairs_dropped(text: str) -> bool:
    """Whether json, keeping every pair, sees a key twice in some object."""

    def hook(pairs: list[tuple[str, object]]) -> dict[str, object]:
        if len({k for k, _ in pairs}) != len(pairs):
            raise KeyError
        return dict(pairs)

    try:
        json.loads(text, object_pairs_hook=hook)
    except KeyError:
        return True
    return False


@given(json_values, st.data())
def test_the_cheap_filter_is_exact(value: object, data: st.DataObject) -> None:
    text = json.dumps(value, ensure_ascii=data.draw(st.booleans()))
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        text = text[:-1] + ", " + json.dumps(key) + ": " + json.dumps(data.draw(json_values)) + "}"
    raw = text.encode()
    dropped = pairs_dropped(text)
    if b"\\u" not in raw:
        assert may_repeat_keys(raw, orjson.loads(raw)) == dropped
    elif dropped:
        assert may_repeat_keys(raw, orjson.loads(raw))
    assert bool(duplicate_keys(raw)) == dropped
