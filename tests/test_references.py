"""References declared on the fields, and the generated walkers that follow them."""

from __future__ import annotations

import linecache
import typing
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given

from rightsdata import Citation, Dataset, DateRange, ProblemKind
from rightsdata import strategies as rs
from rightsdata.records import RECORD_TYPES, Record
from rightsdata.records.references import (
    REFERS,
    periods,
    reference_fields,
    references,
    refers,
    renamed,
)

# The contract: which field of which class refers to which records. A new reference
# field is one `metadata=refers(...)` on the field, and one line here.
DECLARED = {
    "Source": [("publisher", ("actor",), False), ("cites", ("source",), True)],
    "Actor": [("parent", ("actor",), False)],
    "Position": [("organization", ("actor",), False)],
    "Facility": [("parent", ("facility",), False), ("operator", ("actor",), False)],
    "Event": [
        ("facilities", ("facility",), True),
        ("parent", ("event",), False),
    ],
    "Participant": [("actor", ("actor",), False)],
    "Figure": [("subject", ("event", "facility", "actor"), False)],
    "Share": [("of", ("figure",), False)],
    "Citation": [("source", ("source",), False)],
}


def _classes(*start: type) -> Iterator[type]:
    """Every class in ``start`` (default: every record class) and every attrs part
    reachable from one."""
    seen: list[type] = []
    todo: list[type] = list(start or RECORD_TYPES.values())
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.append(cls)
        hints = typing.get_type_hints(cls)
        for a in attrs.fields(cls):
            for t in [hints[a.name], *typing.get_args(hints[a.name])]:
                for u in [t, *typing.get_args(t)]:
                    if isinstance(u, type) and attrs.has(u):
                        todo.append(u)
    return iter(seen)


def test_declared_reference_fields_are_the_contract() -> None:
    found = {
        cls.__name__: [(f.name, f.targets, f.many) for f in reference_fields(cls)]
        for cls in _classes()
        if reference_fields(cls)
    }
    assert found == DECLARED


def _rules_of(validator: object) -> set[object]:
    """The rules in a field's validator, through attrs' optional/and_ wrappers."""
    inner = [getattr(validator, n, None) for n in ("validator", "_validators")]
    found = {validator}
    for v in inner:
        for w in v if isinstance(v, tuple) else [v]:
            if w is not None:
                found |= _rules_of(w)
    return found


def test_every_id_valued_field_declares_what_it_refers_to() -> None:
    # a field checked as an id, other than a record's own id, is a reference: one
    # without the declaration would silently escape validate(), renames and merges
    from rightsdata import _rules

    for cls in _classes():
        for a in attrs.fields(cls):
            if a.name != "id" and _rules_of(a.metadata.get("rightsdata.validator", a.validator)) & {
                _rules.identifier,
                _rules.identifiers,
            }:
                assert REFERS in a.metadata, f"{cls.__name__}.{a.name}"


def test_refers_needs_a_tag() -> None:
    with pytest.raises(ValueError, match="at least one"):
        refers()


def _oracle(obj: object, path: str = "") -> Iterator[tuple[str, object, str]]:
    """A plain runtime walk: each (path, value, 'ref' or 'period') at any depth."""
    for a in attrs.fields(type(obj)):
        value = getattr(obj, a.name)
        items = (
            [(f"{path}{a.name}[{i}]", v) for i, v in enumerate(value)]
            if isinstance(value, tuple)
            else [(path + a.name, value)]
        )
        for p, v in items:
            if REFERS in a.metadata and v is not None:
                yield p, v, "ref"
            elif isinstance(v, DateRange):
                yield p, v, "period"
            elif attrs.has(type(v)):
                yield from _oracle(v, p + ".")


@given(rs.records())
def test_walkers_agree_with_a_plain_walk(record: Record) -> None:
    expected = list(_oracle(record))
    assert [(p, t) for p, t, _ in references(record)] == [
        (p, v) for p, v, k in expected if k == "ref"
    ]
    assert list(periods(record)) == [(p, v) for p, v, k in expected if k == "period"]
    for _, _, allowed in references(record):
        assert allowed
        assert all(cls in RECORD_TYPES.values() for cls in allowed)


@given(rs.records())
def test_renamed_renames_the_id_and_every_reference(record: Record) -> None:
    assert renamed(record, {}) is record
    mapping = {record.id: record.id + "-r"} | {t: t + "-r" for _, t, _ in references(record)}
    out = renamed(record, mapping)
    assert out.id == record.id + "-r"
    assert [(p, t + "-r") for p, t, _ in references(record)] == [
        (p, t) for p, t, _ in references(out)
    ]
    assert list(periods(out)) == list(periods(record))
    assert renamed(out, {v: k for k, v in mapping.items()}) == record


@given(rs.records())
def test_validate_checks_every_declared_reference(record: Record) -> None:
    # alone in a dataset, a record's references to other ids all dangle
    problems = Dataset([record]).validate()
    dangling = {p.field for p in problems if p.kind is ProblemKind.DANGLING_REFERENCE}
    assert dangling == {p for p, t, _ in references(record) if t != record.id}


def test_generated_walk_is_readable_in_tracebacks() -> None:
    c = Citation(source="ai-2018")
    assert list(references(c)) == [("source", "ai-2018", (RECORD_TYPES["source"],))]
    names = [k for k in linecache.cache if k.startswith("<rightsdata references of")]
    assert names
    assert all("def collect" in "".join(linecache.getlines(n)) for n in names)


def _reachable_reference_fields(cls: type) -> set[tuple[type, str]]:
    found = {(cls, f.name) for f in reference_fields(cls)}
    hints = typing.get_type_hints(cls)
    for a in attrs.fields(cls):
        for t in [hints[a.name], *typing.get_args(hints[a.name])]:
            for u in [t, *typing.get_args(t)]:
                if isinstance(u, type) and attrs.has(u):
                    found |= _reachable_reference_fields(u)
    return found


def test_the_strategies_fill_every_declared_reference() -> None:
    # a new reference field that datasets() does not fill would never be exercised
    from rightsdata.strategies._datasets import _LINKS

    for tag, cls in RECORD_TYPES.items():
        assert set(_LINKS[tag].values()) == _reachable_reference_fields(cls), tag


def test_the_json_schema_names_what_each_reference_refers_to() -> None:
    from rightsdata.serialize.schema import json_schema

    defs = typing.cast(dict[str, dict[str, dict[str, dict[str, object]]]], json_schema()["$defs"])
    found = {
        (name, field): tuple(typing.cast(list[str], prop["x-rightsdata-refers"]))
        for name, node in defs.items()
        for field, prop in node.get("properties", {}).items()
        if "x-rightsdata-refers" in prop
    }
    declared = {(cls, f): targets for cls, fields in DECLARED.items() for f, targets, _ in fields}
    assert found == declared


def _hosts(part: type) -> frozenset[str]:
    """The records whose table row lists ``part``'s references: the record itself, or the
    records that hold the part."""
    holders = [cls.__name__ for cls in RECORD_TYPES.values() if part in _classes(cls)]
    return frozenset([part.__name__] if part.__name__ in holders else holders)


def _docs_table() -> set[tuple[frozenset[str], str, frozenset[str]]]:
    """(records, field name, target tags) of each field in docs/records.md's reference
    table."""
    from pathlib import Path

    page = Path(__file__).parents[1] / "docs" / "records.md"
    text = page.read_text(encoding="utf-8")
    table = text.split("| record | field | must refer to |\n|---|---|---|\n", 1)[1]
    rows = table.split("\n\n", 1)[0].splitlines()
    out = set()
    for row in rows:
        record, fields, targets = (cell.strip() for cell in row.strip("|").split("|"))
        tags = frozenset(t.lower() for t in targets.replace("`", " ").split() if t[0].isupper())
        for path in fields.split("`")[1::2]:
            leaf = path.rsplit(".", 1)[-1].removesuffix("[i]")
            out.add((frozenset(record.split("`")[1::2]), leaf, tags))
    return out


def test_the_docs_reference_table_lists_every_declaration_and_no_other() -> None:
    declared = {
        (_hosts(cls), f.name, frozenset(f.targets))
        for cls in _classes()
        for f in reference_fields(cls)
    }
    assert _docs_table() == declared
