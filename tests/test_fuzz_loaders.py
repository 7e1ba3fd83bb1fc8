"""Every load entry point, fed hostile bytes: records, or the library's ValidationError.

Bytes are drawn three ways: anything at all; a valid record's JSON with a few bytes
changed, deleted or inserted (which reaches the converter's deeper paths); and JSON
documents built from hostile parts (deep nesting, huge numbers, duplicate keys, odd
strings). Whatever the bytes, ``read_jsonl``, ``read_json``, ``Dataset.load``,
``scan_jsonl``, ``scan_json`` and ``from_json`` return records or raise
``ValidationError`` (a ``RightsdataError``); nothing else escapes.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

import orjson
from hypothesis import given
from hypothesis import strategies as st

import rightsdata as rd
from rightsdata.examples import iran_prisons
from rightsdata.serialize import record_to_dict

SAMPLES = [orjson.dumps(record_to_dict(r)).decode() for r in iran_prisons().records()[::5]]
RECORD_CLASSES = (rd.Source, rd.Actor, rd.Facility, rd.Event, rd.Figure)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real record's JSON with up to four bytes changed, deleted or inserted."""
    data = bytearray(draw(st.sampled_from(SAMPLES)).encode())
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["set", "delete", "insert"]))
        byte = draw(st.sampled_from(b'{}[]":,0-9e.\\ntfu\x00\xff'))
        if op == "set":
            data[i] = byte
        elif op == "delete":
            del data[i]
        else:
            data.insert(i, byte)
    return bytes(data)


hostile_scalars = (
    st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.booleans()
    | st.none()
)
hostile_json = st.recursive(
    hostile_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["type", "id", "title", "kind", "quantity", "low", "records", "x"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


def _dumps(value: object) -> bytes:
    """JSON as the standard library writes it (orjson refuses integers past 64 bits)."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """A JSON document of hostile parts, sometimes a real record with one field replaced,
    sometimes with a key given twice or nested deep."""
    kind = draw(st.sampled_from(["parts", "field", "twice", "deep"]))
    if kind == "parts":
        return _dumps(draw(hostile_json))
    record = orjson.loads(draw(st.sampled_from(SAMPLES)))
    key = draw(st.sampled_from(sorted(record)))
    if kind == "field":
        record[key] = draw(hostile_json)
        return _dumps(record)
    if kind == "twice":
        text = _dumps(record).decode()
        extra = _dumps({key: draw(hostile_json)}).decode()[1:-1]
        return (text[:-1] + "," + extra + "}").encode()
    depth = draw(st.sampled_from([500, 1024, 1025, 3000]))
    record[key] = None
    text = _dumps(record).decode().replace("null", "[" * depth + "]" * depth, 1)
    return text.encode()


payloads = st.binary(max_size=300) | mutated() | documents()


def _as_file(payload: bytes) -> bytes:
    """The payload as a ``.json`` document: the file layout with it as its one record."""
    return b'{"format":"rightsdata","version":1,"records":[' + payload + b"]}"


def _loads(path: Path) -> None:
    for load in (rd.Dataset.load, rd.read_jsonl if path.suffix == ".jsonl" else rd.read_json):
        with contextlib.suppress(rd.ValidationError):
            load(path)
    scan = rd.scan_jsonl if path.suffix == ".jsonl" else rd.scan_json
    try:
        for position, item in scan(path):
            assert isinstance(position, int | None)
            assert isinstance(item, rd.Record | rd.Malformed)
    except rd.ValidationError:
        pass


@given(payloads, st.integers(0, 2))
def test_every_loader_returns_records_or_a_validation_error(payload: bytes, lines: int) -> None:
    good = SAMPLES[0].encode()
    with tempfile.TemporaryDirectory() as folder:
        jsonl = Path(folder) / "d.jsonl"
        jsonl.write_bytes(b"\n".join([good] * lines + [payload]) + b"\n")
        _loads(jsonl)
        json_file = Path(folder) / "d.json"
        json_file.write_bytes(_as_file(payload))
        _loads(json_file)
        json_file.write_bytes(payload)
        _loads(json_file)


@given(payloads, st.sampled_from(RECORD_CLASSES))
def test_from_json_returns_a_record_or_a_validation_error(payload: bytes, cls: type) -> None:
    with contextlib.suppress(rd.ValidationError):
        assert isinstance(rd.from_json(payload, cls), cls)
