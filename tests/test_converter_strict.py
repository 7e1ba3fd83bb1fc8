"""The strict converter: wrong types are refused with every problem, its path and its file line."""

import json
import math
import tempfile
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    DateRange,
    Event,
    Figure,
    Quantity,
    Share,
    Source,
    ValidationError,
    from_json,
    read_jsonl,
)
from rightsdata import strategies as rst
from rightsdata.records import RECORD_TYPES
from rightsdata.serialize import record_from_dict, record_to_dict, structure, unstructure

EVENT = {
    "type": "event",
    "id": "massacre-1988",
    "kind": "execution",
    "title": "The 1988 prison massacre",
    "date": {"earliest": "1988-07-19", "latest": "1988-09-30", "precision": "month"},
    "citations": [{"source": "amnesty-2018", "locator": "p. 5"}],
}
FIGURE = {
    "type": "figure",
    "id": "executed-5000",
    "measure": "executed",
    "quantity": {"low": 5000, "high": None, "qualifier": "at_least"},
    "citations": [{"source": "amnesty-2018"}],
}
SOURCE = {
    "type": "source",
    "id": "amnesty-2018",
    "kind": "ngo_report",
    "title": "Blood-soaked secrets",
    "captured": "2020-01-01T10:00:00+03:30",
}


def _with(base, path, value):
    """A deep copy of ``base`` with the value at ``path`` (keys and indexes) replaced."""
    data = json.loads(json.dumps(base))
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def _problems(data):
    with pytest.raises(ValidationError) as info:
        record_from_dict(data)
    return [(p.path, p.message) for p in info.value.problems]


def test_the_valid_examples_are_valid():
    for data in (EVENT, FIGURE, SOURCE):
        record = record_from_dict(data)
        assert record_to_dict(record) == data


@pytest.mark.parametrize("bad", [None, ["The 1988 prison massacre"], 1988, 19.88, True, {}])
def test_string_fields_refuse_other_types(bad):
    [(path, message)] = _problems(_with(EVENT, ["title"], bad))
    assert path == "title"
    assert message.startswith("expected a string, got ")


@pytest.mark.parametrize(
    ("bad", "shown"), [("many", '"many"'), ("5000", '"5000"'), (5000.0, "5000.0"), (True, "true")]
)
def test_integer_fields_refuse_other_types(bad, shown):
    problems = _problems(_with(FIGURE, ["quantity", "low"], bad))
    assert problems == [("quantity.low", f"expected an integer, got {shown}")]


def test_list_fields_refuse_a_string():
    problems = _problems(_with(EVENT, ["citations"], "amnesty-2018"))
    assert problems == [("citations", 'expected a list, got "amnesty-2018"')]


def test_unknown_keys_are_refused_at_any_depth():
    data = _with(EVENT, ["colour"], "red")
    data["date"]["calender"] = "jalali"
    problems = _problems(data)
    assert ("colour", "unknown field") in problems
    assert ("date.calender", "unknown field; did you mean 'calendar'?") in problems


@pytest.mark.parametrize(
    ("data", "path", "meant"),
    [
        (
            {k: v for k, v in FIGURE.items() if k != "quantity"} | {"qauntity": FIGURE["quantity"]},
            "qauntity",
            "quantity",
        ),
        (_with(FIGURE, ["quantity", "qualifer"], "at_least"), "quantity.qualifer", "qualifier"),
        (_with(EVENT, ["citations", 0, "locater"], "p. 5"), "citations[0].locater", "locator"),
        ({**SOURCE, "publised": "2019"}, "publised", "published"),
    ],
)
def test_an_unknown_field_names_the_field_it_probably_meant(data, path, meant):
    problems = dict(_problems(data))
    assert problems[path] == f"unknown field; did you mean {meant!r}?"


def test_an_unknown_field_like_no_field_gets_no_guess():
    assert ("zzz", "unknown field") in _problems(_with(EVENT, ["zzz"], 1))


@pytest.mark.parametrize("bad", ["1988-7-1", "19880701", "1988-07", "1988-02-30", 19880701, ""])
def test_bad_dates_are_refused(bad):
    [(path, message)] = _problems(_with(EVENT, ["date", "earliest"], bad))
    assert path == "date.earliest"
    assert message.startswith("expected a date as YYYY-MM-DD, got ")


def test_date_message_quotes_the_value():
    problems = _problems(_with(EVENT, ["date", "earliest"], "1988-7-1"))
    assert problems == [("date.earliest", 'expected a date as YYYY-MM-DD, got "1988-7-1"')]


def test_naive_times_are_refused():
    problems = _problems(_with(SOURCE, ["captured"], "2020-01-01T10:00:00"))
    assert problems == [("captured", "a time must carry its time zone (UTC offset)")]


@pytest.mark.parametrize(
    "bad", ["yesterday", "2020-01-01", "2020-13-01T10:00:00+00:00", 1577872800]
)
def test_bad_times_are_refused(bad):
    [(path, message)] = _problems(_with(SOURCE, ["captured"], bad))
    assert path == "captured"
    assert message.startswith("expected a time as ISO 8601")


@pytest.mark.parametrize("bad", [0.5, 1, "half", "NaN", "Infinity", None])
def test_decimal_fields_want_a_string(bad):
    data = _with(FIGURE, ["share"], {"ratio": bad, "of": "released-total"})
    [(path, message)] = _problems(data)
    assert path == "share.ratio"
    assert message.startswith('expected a decimal number as a string ("0.5"), got ')


@pytest.mark.parametrize(("path", "bad"), [(["kind"], "blog"), (["kind"], "NGO_REPORT")])
def test_unknown_enum_values_are_refused(path, bad):
    [(where, message)] = _problems(_with(SOURCE, path, bad))
    assert where == "kind"
    assert message.startswith('expected one of "news_article", ')
    assert message.endswith(f'got "{bad}"')


def test_every_problem_is_collected():
    data = _with(FIGURE, ["quantity", "low"], "many")
    data["quantity"]["high"] = 5.5
    data["quantity"]["qualifier"] = "roughly"
    data["measure"] = None
    data["citations"] = [{"source": 7}, {"source": "s", "page": 3}]
    problems = _problems(data)
    paths = [p for p, _ in problems]
    assert sorted(paths) == sorted(
        [
            "quantity.low",
            "quantity.high",
            "quantity.qualifier",
            "measure",
            "citations[0].source",
            "citations[1].page",
        ]
    )
    assert ("quantity.low", 'expected an integer, got "many"') in problems


def test_missing_fields_are_named():
    data = dict(EVENT)
    del data["title"]
    del data["date"]
    paths = {p for p, _ in _problems(data)}
    assert paths == {"title", "date"}


def test_read_jsonl_names_file_and_line():
    lines = [
        orjson.dumps(SOURCE),
        orjson.dumps(EVENT),
        orjson.dumps(_with(FIGURE, ["quantity", "low"], "many")),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        with pytest.raises(ValidationError) as info:
            list(read_jsonl(path))
    error = info.value
    assert error.line == 3
    assert error.file == str(path)
    assert str(error) == f'{path}:3: quantity.low: expected an integer, got "many"'


def test_from_json_refuses_invalid_json_and_wrong_tags():
    with pytest.raises(ValidationError, match="invalid JSON"):
        from_json("{", Event)
    with pytest.raises(ValidationError) as info:
        from_json(orjson.dumps(FIGURE), Event)
    assert info.value.problems[0].path == "type"


# -- fuzzing -------------------------------------------------------------------------

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.sampled_from(sorted(RECORD_TYPES)),
    st.sampled_from(["1988-07-20", "2020-01-01T00:00:00+00:00", "0.5", "exact", "s1"]),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=10), inner, max_size=4),
    ),
    max_leaves=20,
)
FIELD_NAMES = st.sampled_from(
    ["type", "id", "kind", "title", "date", "citations", "quantity", "low", "high", "source"]
)
RECORD_LIKE = st.dictionaries(st.one_of(FIELD_NAMES, st.text(max_size=8)), JSON_VALUES, max_size=8)
CLASSES = [*RECORD_TYPES.values(), DateRange, Quantity]


def _attempt(fn):
    try:
        fn()
    except ValidationError as exc:
        error = exc
    else:
        return
    assert error.problems  # an error always says what is wrong
    assert str(error)


@given(st.one_of(JSON_VALUES, RECORD_LIKE))
def test_record_from_dict_raises_only_validation_error(data):
    _attempt(lambda: record_from_dict(data))


@given(st.one_of(JSON_VALUES, RECORD_LIKE), st.sampled_from(CLASSES))
def test_from_json_raises_only_validation_error(data, cls):
    text = json.dumps(data, allow_nan=True)  # NaN, Infinity and huge ints: invalid for orjson
    _attempt(lambda: from_json(text, cls))


@given(st.binary(max_size=200), st.sampled_from(CLASSES))
def test_from_json_on_arbitrary_bytes(raw, cls):
    _attempt(lambda: from_json(raw, cls))


def _paths(value, prefix=()):
    """Every (path, value) inside a JSON value, the value itself first."""
    yield prefix, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


@st.composite
def mutated_records(draw):
    """A valid record's dict with one key dropped, or one value swapped for another type."""
    record = draw(rst.records())
    data = record_to_dict(record)
    paths = [p for p, _ in _paths(data) if p]
    path = draw(st.sampled_from(paths))
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(JSON_VALUES)
    return type(record), data


@given(mutated_records())
def test_mutated_records_raise_only_validation_error(mutated):
    cls, data = mutated
    _attempt(lambda: record_from_dict(data))
    _attempt(lambda: from_json(json.dumps(data, allow_nan=True), cls))


@given(rst.records())
def test_a_dropped_required_field_is_reported(record):
    data = record_to_dict(record)
    required = [k for k in ("id", "kind", "title", "measure", "name") if k in data]
    for key in required:
        broken = dict(data)
        del broken[key]
        assert (key, "required field is missing") in _problems(broken)


@given(rst.figures())
def test_a_float_count_is_refused(figure):
    data = record_to_dict(figure)
    low = data["quantity"]["low"]
    if low is None or low > 2**53:
        return
    data["quantity"]["low"] = float(low)
    assert ("quantity.low", f"expected an integer, got {orjson.dumps(float(low)).decode()}") in (
        _problems(data)
    )


def test_nan_and_infinity_are_refused_as_coordinates():
    data = _with(EVENT, ["location"], {"coordinates": {"latitude": math.nan, "longitude": 0.0}})
    paths = [p for p, _ in _problems(data)]
    assert paths == ["location.coordinates.latitude"]


def test_figure_tag_is_checked():
    with pytest.raises(ValidationError) as info:
        record_from_dict({**FIGURE, "type": "figures"})
    assert info.value.problems[0].path == "type"
    assert isinstance(record_from_dict(FIGURE), Figure)


@pytest.mark.parametrize("text", [" 0.5 ", "٠.٥", "1_0E-1", ".5", "+0.5", "0.5e0"])
def test_a_decimal_is_read_only_as_written(text: str) -> None:
    with pytest.raises(ValidationError, match="ratio: expected a decimal number as a string"):
        structure({"ratio": text, "of": "f"}, Share)


@pytest.mark.parametrize("text", ["0.5", "0.50", "0E+2", "1E-7"])
def test_canonical_decimals_round_trip_to_the_same_text(text: str) -> None:
    share = structure({"ratio": text, "of": "f"}, Share)
    assert unstructure(share)["ratio"] == text


@pytest.mark.parametrize(
    "text",
    [
        "1988-07-20T10+03:30",
        "1988-07-20T10:00:00,5+00:00",
        "1988-07-20T10:00:00.123456789Z",
        "1988-07-20 10:00:00Z",
    ],
)
def test_times_python_would_read_loosely_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="captured: expected a time as ISO 8601"):
        structure({"id": "s", "kind": "other", "title": "t", "captured": text}, Source)


@given(st.text(max_size=6), st.one_of(st.none(), st.text(max_size=6)))
def test_the_fast_paths_inline_checks_agree_with_the_validators(
    source: str, locator: str | None
) -> None:
    """The fast path writes the shared field checks inline; they must accept exactly what
    the validators accept, with the validators' own errors when they refuse."""
    from rightsdata import Citation
    from rightsdata.serialize.converter import converter

    data = {"source": source, "locator": locator}
    try:
        expected: object = Citation(source=source, locator=locator)
    except ValidationError as exc:
        expected = str(exc)
    try:
        got: object = structure(dict(data), Citation)
    except ValidationError as exc:
        got = str(exc)
    assert got == expected
    try:
        fast: object = converter.structure(dict(data), Citation)
    except ValidationError as exc:
        fast = str(exc)
    except Exception:  # the fast converter may raise cattrs' own errors; structure() reports them
        fast = expected if isinstance(expected, str) else None
    assert fast == expected
