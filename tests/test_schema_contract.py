"""The JSON Schema and the loader are one contract (issue #17, section 3).

With format assertion on, every field's schema accepts exactly the values the loader
accepts for that field, both ways; every pattern means the same in ECMA-262 and Python;
every file the library writes validates. Rules tying fields together are the library's
alone (documented), and so is telling ``5000.0`` from ``5000`` (JSON Schema cannot).
"""

from __future__ import annotations

import json
import re
import sys
import types
import typing
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from rightsdata import (
    DateRange,
    Quantity,
    Source,
    SourceKind,
    ValidationError,
    read_json,
    read_jsonl,
    write_json,
    write_jsonl,
)
from rightsdata.records import RECORD_TYPES
from rightsdata.serialize import record_from_dict, record_to_dict, structure
from rightsdata.serialize.schema import SCHEMA_ID, json_schema
from rightsdata.strategies import records

rules_module = sys.modules["rightsdata._rules"]
schema_module = sys.modules["rightsdata.serialize.schema"]

SCHEMA = json_schema()
DEFS = typing.cast(dict[str, dict[str, typing.Any]], SCHEMA["$defs"])
FORMATS = Draft202012Validator.FORMAT_CHECKER
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=FORMATS)
FILE_VALIDATOR = Draft202012Validator(
    {"$ref": f"{SCHEMA_ID}#/$defs/File"},
    registry=Registry().with_resource(SCHEMA_ID, DRAFT202012.create_resource(SCHEMA)),
    format_checker=FORMATS,
)


def test_format_assertion_is_really_on() -> None:
    # jsonschema skips a format it has no checker for: date-time needs rfc3339-validator
    assert not FORMATS.conforms("2020-01-01T00:00:00", "date-time")
    assert not FORMATS.conforms("2020-02-30", "date")


def schema_accepts(instance: object, sub: dict[str, typing.Any]) -> bool:
    return Draft202012Validator({"$defs": DEFS, **sub}, format_checker=FORMATS).is_valid(instance)


# -- every pattern means the same in ECMA-262 and Python ---------------------------------

PYTHON_ONLY = re.compile(
    r"\\[AZzdDsSwWbB]|\(\?P|\(\?<[a-zA-Z]|\(\?>|[*+?}]\+|\(\?[aiLmsux]|\\[0-9]|\[\[:"
)
"""Syntax that is Python-only or means another thing in ECMA-262: \\Z, \\A, named groups,
atomic groups, possessive quantifiers, inline flags, and \\d \\s \\w \\b (Unicode sets
in Python, other sets in ECMA-262)."""


def patterns(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            else:
                yield from patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from patterns(item)


ALL_PATTERNS = sorted(set(patterns(SCHEMA)))


@pytest.mark.parametrize("pattern", ALL_PATTERNS)
def test_patterns_mean_the_same_in_ecma_and_python(pattern: str) -> None:
    assert not PYTHON_ONLY.search(pattern), pattern
    re.compile(pattern)
    if pattern.startswith("^"):  # anchored: the end too, where Python's $ is loose
        assert pattern.endswith("$(?!\\n)"), pattern


def test_the_whitespace_of_the_rules_is_spelled_out() -> None:
    ids = re.compile(str(rules_module.identifier.schema["pattern"]))
    for c in map(chr, range(sys.maxunicode + 1)):
        assert bool(ids.search(f"a{c}b")) == (f"a{c}b".split() == [f"a{c}b"]), hex(ord(c))


# -- the examples of the issue ------------------------------------------------------------

SOURCE = {"type": "source", "id": "s1", "kind": "other", "title": "T"}
QUANTITY = {"$ref": "#/$defs/Quantity"}


def loads(data: dict[str, object], tmp_path: Path) -> bool:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    try:
        list(read_jsonl(path))
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(
    "changes",
    [
        {"id": "s1\n"},
        {"publisher": "a1\n"},
        {"sha256": "a" * 64 + "\n"},
        {"published": {"earliest": "2020-01-01\n", "latest": None}},
        {"published": {"earliest": "۲۰۲۰-01-01", "latest": None}},
        {"published": {"earliest": "2020-02-30", "latest": None}},
        {"captured": "2020-01-01T10:00:00"},  # captured: aware only
        {"captured": "2020-01-01T10:00:00+03:30\n"},
        {"captured": "2020-01-01T10:00:60Z"},
    ],
)
def test_what_the_loader_refuses_the_schema_refuses(
    changes: dict[str, object], tmp_path: Path
) -> None:
    data = {**SOURCE, **changes}
    assert not loads(data, tmp_path)
    assert not VALIDATOR.is_valid(data)


@pytest.mark.parametrize("ratio", ["2", "0.5\n", "۰.۵", "-0.5", "0.50000000000000001E+1", "01"])
def test_bad_ratios_are_refused_by_both(ratio: str) -> None:
    share = {"ratio": ratio, "of": "f1"}
    assert not schema_accepts(share, {"$ref": "#/$defs/Share"})
    with pytest.raises(ValidationError):
        structure(share, DEFS_CLASSES["Share"])


@pytest.mark.parametrize("count", [-1, 2**64, 5000.5])
def test_bad_counts_are_refused_by_both(count: object) -> None:
    quantity = {"low": count, "high": None, "qualifier": "at_least"}
    assert not schema_accepts(quantity, QUANTITY)
    with pytest.raises(ValidationError):
        structure(json.loads(json.dumps(quantity)), Quantity)


def test_json_schema_cannot_tell_5000_0_from_5000() -> None:
    """The one difference of numbers left, documented: JSON Schema has no integer kind."""
    quantity = {"low": 5000.0, "high": None, "qualifier": "at_least"}
    with pytest.raises(ValidationError, match="expected an integer"):
        structure(quantity, Quantity)
    assert schema_accepts(quantity, QUANTITY)  # (if this fails, tighten the docs)
    assert "5000.0" in typing.cast(str, schema_module.__doc__)


def test_a_version_of_true_is_refused_by_both(tmp_path: Path) -> None:
    doc = {"format": "rightsdata", "version": True, "records": []}
    path = tmp_path / "v.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValidationError, match="version"):
        read_json(path)
    assert not FILE_VALIDATOR.is_valid(doc)
    assert FILE_VALIDATOR.is_valid({**doc, "version": 1})


def test_a_sha256_with_a_final_newline_is_refused_by_the_constructor() -> None:
    with pytest.raises(ValidationError, match="sha256"):
        Source(id="s1", kind=SourceKind.OTHER, title="T", sha256="a" * 64 + "\n")


def test_a_time_of_day_without_a_zone_is_written_valid(tmp_path: Path) -> None:
    day = date(106, 9, 23)
    time = datetime(106, 9, 23, 19, 21, 22, 5)
    source = Source(
        id="s1",
        kind=SourceKind.OTHER,
        title="T",
        published=DateRange(earliest=day, latest=day, time=time),
        captured=datetime(2020, 1, 1, 10, tzinfo=timezone(timedelta(hours=3, minutes=30))),
    )
    data = record_to_dict(source)
    assert typing.cast(dict[str, object], data["published"])["time"] == (
        "0106-09-23T19:21:22.000005"
    )
    assert VALIDATOR.is_valid(data)


# -- every file written validates ----------------------------------------------------------


@given(st.lists(records(), max_size=4))
def test_every_file_written_validates(items: list[typing.Any]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        lines, whole = Path(folder, "r.jsonl"), Path(folder, "r.json")
        write_jsonl(lines, items)
        write_json(whole, items)
        for line in lines.read_bytes().splitlines():  # (bytes: only \n splits them)
            assert VALIDATOR.is_valid(json.loads(line)), line
        assert FILE_VALIDATOR.is_valid(json.loads(whole.read_text(encoding="utf-8")))
        assert read_json(whole) == items


# -- field by field, both ways -------------------------------------------------------------

DEFS_CLASSES: dict[str, type] = {}


def _walk(cls: type) -> None:
    if cls.__name__ in DEFS_CLASSES or not attrs.has(cls):
        return
    DEFS_CLASSES[cls.__name__] = cls
    for hint in typing.get_type_hints(cls).values():
        for t in (hint, *typing.get_args(hint)):
            for u in (t, *typing.get_args(t)):
                if isinstance(u, type):
                    _walk(u)


for _cls in RECORD_TYPES.values():
    _walk(_cls)


def field_types(field: attrs.Attribute[typing.Any]) -> set[object]:
    """The types in a field's hint, two levels down (``tuple[str, ...] | None``)."""
    hint = field.type
    return {u for t in (hint, *typing.get_args(hint)) for u in (t, *typing.get_args(t))}


FIELDS = [
    (name, field)
    for name, cls in sorted(DEFS_CLASSES.items())
    for field in attrs.fields(cls)
    if field_types(field) & {str, int, float, date, datetime, Decimal}
]


ANY_RECORD = types.SimpleNamespace(id=object())
"""An instance whose id equals no value: the rules of one field alone."""


def loader_accepts(cls: type, field: attrs.Attribute[typing.Any], value: object) -> bool:
    """Whether the loader takes ``value`` for ``field``: the converter's type rules, then
    the field's own rules (those the schema states; the others tie fields together)."""
    hints = typing.get_type_hints(cls)
    try:
        structured = structure(value, hints[field.name])
        for rule, _ in schema_module._rules_in(schema_module.validator_of(field)):
            if rule.schema:  # the rules the schema states; an instance no id equals
                rule(ANY_RECORD, field, structured)  # (a source citing itself: not one field)
        if (cls, field.name) in schema_module._CLASS_RULES and structured is not None:
            Quantity(low=structured, high=structured)
    except ValidationError:
        return False
    return True


INTERESTING = "09az:.-+TZE ۱\n\t\x1c\x85\u00a0\u2028\ufeff\u200b"


def forms(field: attrs.Attribute[typing.Any]) -> list[str]:
    """The patterns of the strings the loader reads for ``field``, to draw near misses."""
    types = field_types(field)
    found = ["[0-9a-f]{64}"] if field.name == "sha256" else ["[a-z0-9]{1,3}"]
    if date in types:
        found.append(rules_module.DATE_PATTERN)
    if datetime in types:
        found.append(rules_module.DATETIME_PATTERN)
    if Decimal in types:
        found += [rules_module.DECIMAL_PATTERN, rules_module.RATIO_PATTERN]
    return found


def mutated(text: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            text,
            text + "\n",
            " " + text,
            text.replace("1", "۱"),
            text.replace("0", "٠"),
            text[:-1],
            text + "0",
            text.replace("-", "+", 1),
            text.upper(),
        ]
    )


values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**64 - 1),
    st.integers(-100, 100),
    st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: not f.is_integer()),
    st.text(INTERESTING, max_size=8),
    st.lists(st.text(INTERESTING, max_size=3), max_size=2),
)


def field_and_value(
    named: tuple[str, attrs.Attribute[typing.Any]],
) -> st.SearchStrategy[tuple[tuple[str, attrs.Attribute[typing.Any]], object]]:
    near = st.sampled_from(forms(named[1])).flatmap(lambda p: st.from_regex(p, fullmatch=True))
    return st.tuples(st.just(named), values | near | near.flatmap(mutated))


@given(st.sampled_from(FIELDS).flatmap(field_and_value))
@example((("Share", attrs.fields(DEFS_CLASSES["Share"]).ratio), "2"))
@example((("Source", attrs.fields(Source).id), "s1\n"))
@example((("Quantity", attrs.fields(Quantity).low), 2**64 - 1))
@example((("DateRange", attrs.fields(DateRange).time), "0106-09-23T19:21:22.000005"))
def test_each_field_schema_accepts_what_the_loader_accepts(
    case: tuple[tuple[str, attrs.Attribute[typing.Any]], object],
) -> None:
    (name, field), value = case
    cls = DEFS_CLASSES[name]
    sub = DEFS[name]["properties"][field.name]
    assert schema_accepts(value, sub) == loader_accepts(cls, field, value), (name, field.name)


def test_a_ratio_whose_exponent_has_19_digits_is_refused_everywhere() -> None:
    share_cls = DEFS_CLASSES["Share"]
    tiny, too_tiny = "1E-999999999999999999", "1E-1000000000000000000"
    assert structure({"ratio": tiny, "of": "f1"}, share_cls).ratio == Decimal(tiny)
    assert schema_accepts({"ratio": tiny, "of": "f1"}, {"$ref": "#/$defs/Share"})
    with pytest.raises(ValidationError, match="exponent"):
        share_cls(ratio=Decimal(too_tiny), of="f1")
    with pytest.raises(ValidationError):
        structure({"ratio": too_tiny, "of": "f1"}, share_cls)
    assert not schema_accepts({"ratio": too_tiny, "of": "f1"}, {"$ref": "#/$defs/Share"})


CROSS_FIELD = {
    *("high", "best", "qualifier"),
    *("latest", "earliest_precision", "latest_precision", "time"),
    "cites",
}
"""The fields whose rules tie them to others (the library's alone): a quantity's bounds
and qualifier, a date range's order, end precisions and time (on its day), a source
citing itself."""


def leaves(node: object) -> list[tuple[typing.Any, object]]:
    """Every (container, key) holding a value that is not an object or array."""
    found: list[tuple[typing.Any, object]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node)  # type: ignore[attr-defined]
    for key, value in items:
        if isinstance(value, dict | list):
            found += leaves(value)
        elif key != "type":
            found.append((node, key))
    return found


@given(records(), st.data())
def test_a_mutated_document_gets_the_same_verdict_from_both(
    record: typing.Any, data: st.DataObject
) -> None:
    doc = record_to_dict(record)
    spots = leaves(doc)
    container, key = data.draw(st.sampled_from(spots))
    value = data.draw(values)
    container[key] = value
    try:
        record_from_dict(doc)
    except ValidationError as exc:
        if VALIDATOR.is_valid(doc):  # then only a rule tying fields together refused it
            for problem in exc.problems:
                last = re.split(r"[.\[]", problem.path)[-1]
                assert last in CROSS_FIELD, problem
    else:
        assert VALIDATOR.is_valid(doc), doc


def test_composite_validators_give_their_rules_schema() -> None:
    identifier = rules_module.identifier
    v = attrs.validators
    assert schema_module._rules_schema(identifier) == identifier.schema
    assert schema_module._rules_schema(v.optional(identifier)) == identifier.schema
    assert schema_module._rules_schema(v.and_(identifier, v.instance_of(str))) == dict(
        identifier.schema
    )
    nested = v.deep_iterable(identifier, rules_module.nonempty)
    assert schema_module._rules_schema(nested) == {"items": identifier.schema, "minItems": 1}
    assert schema_module._rules_schema(v.instance_of(str)) == {}
