"""Deeply nested values are refused cleanly at every depth, naming file and line."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import rightsdata as rd
from rightsdata.cli import cli
from rightsdata.serialize.converter import show_json

DEPTHS = [1, 254, 255, 256, 999, 1000, 1023, 1024, 1025, 5000, 10_000, 100_000]


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _source_with_notes(notes: str) -> str:
    return '{"type":"source","id":"s","title":"T","kind":"ngo_report","notes":' + notes + "}"


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("where", ["line", "field", "json"])
def test_a_deep_value_is_a_validation_error(tmp_path: Path, depth: int, where: str) -> None:
    good = _source_with_notes('"fine"').replace('"s"', '"s0"')
    if where == "line":
        path, text = tmp_path / "deep.jsonl", f"{good}\n{_nested(depth)}\n"
    elif where == "field":
        path, text = tmp_path / "deep.jsonl", f"{good}\n{_source_with_notes(_nested(depth))}\n"
    else:
        path = tmp_path / "deep.json"
        text = f'{{"format":"rightsdata","version":1,"records":[{good},{_nested(depth)}]}}'
    path.write_text(text)
    with pytest.raises(rd.ValidationError) as caught:
        rd.Dataset.load(path)
    message = str(caught.value)
    assert str(path) in message
    if where != "json":
        assert f"{path}:2" in message
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "unexpected" not in result.output
    assert "deep.json" in result.output


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_show_renders_compact_json_cut_to_60(value: object) -> None:
    text = orjson.dumps(value).decode()
    assert show_json(value) == (text if len(text) <= 60 else text[:57] + "...")


def test_show_is_bounded_on_any_depth() -> None:
    value: list[object] = []
    for _ in range(200_000):
        value = [value]
    assert show_json(value) == "[" * 57 + "..."
