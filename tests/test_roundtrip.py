"""Property tests: every value survives JSON, the converter, JSON Lines and Dataset files."""

import json
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Dataset,
    DateRange,
    Share,
    Source,
    converter,
    from_json,
    read_jsonl,
    to_json,
    write_jsonl,
)
from rightsdata import strategies as rst
from rightsdata.records import TYPE_TAGS

VALUE_STRATEGIES = {
    "source": rst.sources(),
    "actor": rst.actors(),
    "facility": rst.facilities(),
    "event": rst.events(),
    "figure": rst.figures(),
    "date_range": rst.date_ranges(),
    "quantity": rst.quantities(),
    "citation": rst.citations(),
    "name": rst.names(),
    "position": rst.positions(),
    "participant": rst.participants(),
    "location": rst.locations(),
    "share": rst.shares(),
    "reported_date": rst.reported_dates(),
}


@pytest.mark.parametrize("kind", sorted(VALUE_STRATEGIES))
@given(data=st.data())
def test_json_round_trip_is_exact(kind, data):
    value = data.draw(VALUE_STRATEGIES[kind], label=kind)
    text = to_json(value)
    back = from_json(text, type(value))
    assert back == value
    # Equality is loose for Decimal ("0.50" == "0.5") and aware datetimes (same instant):
    # the serialized text must be the same too.
    assert to_json(back) == text


@pytest.mark.parametrize("kind", sorted(VALUE_STRATEGIES))
@given(data=st.data())
def test_converter_round_trip_is_exact(kind, data):
    value = data.draw(VALUE_STRATEGIES[kind], label=kind)
    raw = converter.unstructure(value)
    back = converter.structure(raw, type(value))
    assert back == value
    assert converter.unstructure(back) == raw


@given(rst.shares())
def test_share_ratio_keeps_its_digits(share):
    back = from_json(to_json(share), type(share))
    assert str(back.ratio) == str(share.ratio)
    assert back.ratio.as_tuple() == share.ratio.as_tuple()


def test_trailing_zeros_survive():
    for text in ("0.50", "0.500", "5E-1", "0E+2", "1.000", "-0", "0.0000001"):
        share = Share(ratio=Decimal(text), of="f1")
        back = from_json(to_json(share), Share).ratio
        assert str(back) == str(Decimal(text))
        assert back.as_tuple() == Decimal(text).as_tuple()


@given(rst.sources())
def test_captured_time_keeps_its_offset(source):
    back = from_json(to_json(source), Source)
    if source.captured is None:
        assert back.captured is None
    else:
        assert back.captured is not None
        assert back.captured.utcoffset() == source.captured.utcoffset()
        assert back.captured.isoformat() == source.captured.isoformat()


def _walk_dates(value, raw):
    """Check that every date or datetime in ``value`` is its ISO string in ``raw``."""
    if isinstance(value, datetime):
        assert raw == value.isoformat()
        assert datetime.fromisoformat(raw) == value
    elif isinstance(value, date):
        assert raw == value.isoformat()
        assert date.fromisoformat(raw) == value
    elif isinstance(value, tuple):
        for item, raw_item in zip(value, raw, strict=True):
            _walk_dates(item, raw_item)
    elif hasattr(type(value), "__attrs_attrs__"):
        for field in type(value).__attrs_attrs__:
            if field.name in raw:
                _walk_dates(getattr(value, field.name), raw[field.name])


@given(rst.records())
def test_to_json_is_standard_json_with_iso_dates(record):
    raw = json.loads(to_json(record))  # the standard library reads it
    assert isinstance(raw, dict)
    _walk_dates(record, raw)


@given(rst.date_ranges())
def test_date_range_ends_are_iso_strings(r):
    raw = json.loads(to_json(r))
    for end in ("earliest", "latest"):
        value = getattr(r, end)
        assert raw[end] == (None if value is None else value.isoformat())


@given(rst.datasets())
def test_jsonl_round_trip_of_datasets(ds):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.jsonl"
        assert write_jsonl(path, ds) == len(ds)
        assert Dataset(read_jsonl(path)) == ds
        lines = path.read_bytes().split(b"\n")
        assert lines.pop() == b""  # every line ends with a newline
        assert len(lines) == len(ds)
        for line, record in zip(lines, ds, strict=True):
            assert json.loads(line)["type"] == TYPE_TAGS[type(record)]


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
@given(ds=rst.datasets())
def test_dataset_save_load(suffix, ds):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"data{suffix}"
        ds.save(path)
        back = Dataset.load(path)
        assert back == ds
        assert back.validate() == []
        assert [to_json(r) for r in back] == [to_json(r) for r in ds]


def test_open_date_range_round_trip():
    r = DateRange(earliest=None, latest=None)
    assert from_json(to_json(r), DateRange) == r
