"""What a failing property over the strategies shows: small, readable, pasteable examples.

These check where shrinking ends, not how long it takes (that is measured in
benchmarks/bench_strategies.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, find, given, settings

from rightsdata import Dataset, Figure, read_jsonl
from rightsdata import strategies as rst

QUIET = settings(database=None, derandomize=True, suppress_health_check=list(HealthCheck))


def _low_above(ds: Dataset) -> bool:
    return any((f.quantity.low or 0) > 1000 for f in ds.figures())


def test_a_failing_dataset_shrinks_to_the_figure_and_its_source() -> None:
    ds = find(rst.datasets(), _low_above, settings=QUIET)
    assert sorted(r.id for r in ds) == ["figure-1", "source-1"]
    (figure,) = ds.figures()
    assert figure.quantity.low == 1001
    assert figure.citations[0].source == "source-1"
    assert ds.validate() == []


@pytest.mark.parametrize("size", [1, 4])
def test_min_size_holds_while_records_are_left_out(size: int) -> None:
    @settings(QUIET, max_examples=50)
    @given(rst.datasets(min_size=size, max_size=size + 2))
    def check(ds: Dataset) -> None:
        assert size <= len(ds) <= size + 2

    check()


def test_the_failing_dataset_is_printed_as_json_lines(tmp_path: Path) -> None:
    @settings(QUIET, max_examples=100)
    @given(rst.datasets())
    def prop(ds: Dataset) -> None:
        assert not _low_above(ds)

    with pytest.raises(AssertionError) as failed:
        prop()
    # hypothesis attaches the failing example's notes to the error (and prints them)
    (note,) = [n for n in failed.value.__notes__ if n.startswith("The dataset as JSON Lines")]
    path = tmp_path / "failing.jsonl"
    path.write_text(note.split("\n", 1)[1] + "\n", encoding="utf-8")
    records = list(read_jsonl(path))
    assert any(isinstance(r, Figure) and r.quantity.low == 1001 for r in records)
    assert Dataset(records).validate() == []
