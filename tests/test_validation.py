"""``rightsdata.validation.validate_file``: the per-file check, as a library call.

A sound file gives no problems, in either format; a broken line is reported with its line
and field; and the results are what ``rightsdata validate --json`` prints.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Dataset,
    Figure,
    ProblemKind,
    Quantity,
    Source,
    SourceKind,
    ValidationError,
)
from rightsdata import strategies as rst
from rightsdata.cli import cli
from rightsdata.examples import iran_prisons
from rightsdata.validation import Issue, IssueKind, Severity, ValidationReport, validate_file

SRC = Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="A report")
FIG = Figure(
    id="f1",
    measure="executed",
    quantity=Quantity.parse("some 85,000"),
    citations=(Citation(source="s1"),),
)


def save(tmp_path: Path, records, name: str) -> Path:
    path = tmp_path / name
    Dataset(records).save(path)
    return path


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def cli_issues(path: Path) -> tuple[int, list[dict[str, object]]]:
    result = CliRunner().invoke(cli, ["validate", "--json", str(path)])
    return result.exit_code, json.loads(result.stdout)


# -- sound files -----------------------------------------------------------------------


def test_the_bundled_example_has_no_problems(tmp_path: Path) -> None:
    ds = iran_prisons()
    for name in ("d.jsonl", "d.json"):
        report = validate_file(save(tmp_path, ds, name))
        assert report == ValidationReport(file=str(tmp_path / name), records=len(ds), issues=())
        assert report.ok


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ds=rst.datasets(min_size=1, max_size=12), name=st.sampled_from(["d.jsonl", "d.json"]))
def test_a_sound_dataset_gives_no_errors(tmp_path_factory, ds: Dataset, name: str) -> None:
    path = save(tmp_path_factory.mktemp("sound"), ds, name)
    report = validate_file(path)
    assert report.errors == ()
    assert report.ok
    assert report.records == len(ds)
    # the only warnings are undocumented values of open vocabularies
    assert {i.kind for i in report.warnings} <= {IssueKind.UNDOCUMENTED_VALUE}
    assert cli_issues(path) == (0, [i.to_dict() for i in report.issues])


# -- broken files ----------------------------------------------------------------------


def test_a_broken_line_is_reported_with_its_line_and_field(tmp_path: Path) -> None:
    path = save(tmp_path, [SRC, FIG, Figure(**{**_fields(FIG), "id": "f2"})], "d.jsonl")
    lines = lines_of(path)
    bad = json.loads(lines[2])
    bad["quantity"]["low"] = "many"
    lines[2] = json.dumps(bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = validate_file(path)
    assert report.issues == (
        Issue(
            file=str(path),
            line=3,
            path="quantity.low",
            message='expected an integer, got "many"',
            record="f2",
            kind=IssueKind.MALFORMED,
        ),
    )
    assert report.records == 2
    assert not report.ok
    assert str(report.issues[0]) == f'{path}:3: quantity.low: expected an integer, got "many"'


def test_a_json_file_gives_the_line_each_record_starts_on(tmp_path: Path) -> None:
    path = save(tmp_path, [SRC, FIG], "d.json")
    doc = json.loads(path.read_text())
    doc["records"][1]["citations"][0]["source"] = "nowhere"
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    starts = [n for n, line in enumerate(lines_of(path), 1) if line == "    {"]
    (issue,) = validate_file(path).issues
    assert (issue.line, issue.path, issue.record) == (
        starts[1],
        "records[1].citations[0].source",
        "f1",
    )
    assert issue.kind is ProblemKind.DANGLING_REFERENCE
    assert issue.severity is Severity.ERROR


def test_a_reference_to_a_malformed_record_is_not_reported_twice(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    good = json.dumps(_dict(FIG))
    path.write_text('{"type": "source", "id": "s1", "title": 3}\n' + good + "\n")
    report = validate_file(path)
    # line 1 breaks several rules; line 2's citation of s1 is not reported
    assert {(i.line, i.kind, i.record) for i in report.issues} == {(1, IssueKind.MALFORMED, "s1")}


def test_an_empty_file_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    report = validate_file(path)
    assert report.ok
    assert [(i.kind, i.severity, str(i)) for i in report.issues] == [
        (IssueKind.NO_RECORDS, Severity.WARNING, f"{path}: warning: no records")
    ]


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("nope.jsonl", FileNotFoundError),
        ("folder", IsADirectoryError),
        ("notes.txt", ValidationError),
    ],
)
def test_a_file_that_cannot_be_checked_raises(tmp_path: Path, name: str, error: type) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(error):
        validate_file(tmp_path / name)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    broken=st.sets(st.integers(0, 9), max_size=4),
    junk=st.sampled_from(["{", '{"type": "rumour"}', '{"type": "figure", "id": 3}', "[]"]),
)
def test_every_broken_line_is_reported_and_agrees_with_the_command(
    tmp_path_factory, broken: set[int], junk: str
) -> None:
    records = [SRC, *(Figure(**{**_fields(FIG), "id": f"f{n}"}) for n in range(10))]
    lines = [json.dumps(_dict(r)) for r in records]
    for n in broken:
        lines[n + 1] = junk
    path = tmp_path_factory.mktemp("broken") / "d.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = validate_file(path)
    assert sorted({i.line for i in report.errors}) == sorted(n + 2 for n in broken)
    assert all(i.kind is IssueKind.MALFORMED for i in report.errors)
    assert report.records == 11 - len(broken)
    status, shown = cli_issues(path)
    assert shown == [i.to_dict() for i in report.issues]
    assert status == (1 if broken else 0)


# -- progress --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["d.jsonl", "d.json"])
def test_progress_is_told_the_total_and_every_batch(tmp_path: Path, monkeypatch, name) -> None:
    from rightsdata import _scan

    monkeypatch.setattr(_scan, "BATCH", 3)
    ds = iran_prisons()
    path = save(tmp_path, ds, name)
    totals: list[int] = []
    advanced: list[int] = []

    @contextmanager
    def progress(total: int) -> Iterator[Callable[[int], None]]:
        totals.append(total)
        yield advanced.append

    assert validate_file(path, progress=progress) == validate_file(path)
    assert totals == [len(ds)]
    assert advanced
    assert set(advanced) == {3}
    assert sum(advanced) <= len(ds)


def _fields(record) -> dict[str, object]:
    import attrs

    return attrs.asdict(record, recurse=False)


def _dict(record) -> dict[str, object]:
    from rightsdata.serialize import record_to_dict

    return record_to_dict(record)
