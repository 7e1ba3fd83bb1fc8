"""The rightsdata command: every subcommand, on the bundled example and on small files,
and every error path (one line, exit status 1, a traceback only with --debug)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    Event,
    Figure,
    Quantity,
    Source,
    SourceKind,
    _scan,
    disagreements,
)
from rightsdata.cli import _files, _render, _sections, cli, main
from rightsdata.examples import iran_prisons
from rightsdata.serialize import record_from_dict

SRC = Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="Iran releases prisoners")
FIG = Figure(
    id="f1",
    measure="released",
    quantity=Quantity.about(85000, text="some 85,000"),
    citations=(Citation(source="s1"),),
)


def event(id: str, when: str, title: str | None = None) -> Event:
    return Event(
        id=id,
        kind="execution",
        title=title or id,
        date=DateRange.parse(when),
        citations=(Citation(source="s1"),),
    )


def figure(id: str, q: Quantity, source: str = "s1", subject: str = "e1") -> Figure:
    return Figure(
        id=id, measure="executed", quantity=q, subject=subject, citations=(Citation(source=source),)
    )


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):
    """Run the console script's entry point; return (exit status, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["rightsdata", *args])
    code: int | str | None = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code or 0, out.out, out.err


def save(tmp_path: Path, records, name: str = "d.jsonl") -> str:
    path = tmp_path / name
    Dataset(records).save(path)
    return str(path)


def write(tmp_path: Path, text: str, name: str = "d.jsonl") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- report ---------------------------------------------------------------------------


def test_report_on_a_file(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(tmp_path, [SRC, FIG])
    code, out, err = run(monkeypatch, capsys, "report", path)
    assert (code, err) == (0, "")
    assert "records    2 (1 source, 1 figure)" in out
    assert "integrity  no problems" in out
    assert "released (persons)" in out
    assert "some 85,000" in out
    assert "no two figures count the same thing" in out
    assert "no events" in out


def test_report_on_the_bundled_example(monkeypatch, capsys) -> None:
    code, out, err = run(monkeypatch, capsys, "report")
    assert (code, err) == (0, "")
    for title in ("Dataset", "Figures", "Disagreements", "Timeline"):
        assert f"\n{title}\n" in f"\n{out}"
    assert "iran_prisons.jsonl (bundled example)" in out
    ds = iran_prisons()
    assert f"records      {len(ds)} (" in out
    # the 1988 death tolls: six-fold apart, from two independent families
    row = next(line for line in out.splitlines() if "more than 30,000 (src-000" in line)
    assert row.split()[0] == "consistent"
    assert "≥ 6.0×" in row
    # every event is on the timeline, with its natural date
    for e in ds.events():
        assert f"{e.title} ({e.id})" in out
    assert "between late July and early September 1988" in out


def test_report_writes_plain_text_when_not_a_terminal(monkeypatch, capsys) -> None:
    _, out, _ = run(monkeypatch, capsys, "report")
    assert "\x1b[" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_report_uses_rich_tables_on_a_terminal(monkeypatch, capsys) -> None:
    monkeypatch.setattr(_render, "_stdout_is_tty", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run(monkeypatch, capsys, "report")
    assert code == 0
    assert "─" in out  # the rule under each table's header
    assert "consistent" in out
    assert "Timeline" in out


def test_report_as_markdown(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "report", "--format", "markdown")
    assert code == 0
    assert out.startswith("## Dataset\n")
    assert "| kind | numbers | spread | independent sources | explanation |" in out
    assert "\n## Timeline\n" in out
    assert "<br>" in out  # several figures in one cell
    # every table row has as many cells as its header
    for line in out.splitlines():
        if line.startswith("| kind"):
            width = line.count(" | ")
        elif line.startswith("| consistent"):
            assert line.replace("\\|", "").count(" | ") == width


def test_report_as_json(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "report", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    ds = iran_prisons()
    assert doc["dataset"]["records"] == ds.counts()
    assert doc["dataset"]["problems"] == 0
    assert [record_from_dict(f) for f in doc["figures"]] == list(ds.figures())
    found = disagreements(ds)
    assert [d["kind"] for d in doc["disagreements"]] == [d.kind.value for d in found]
    assert [d["explanation"] for d in doc["disagreements"]] == [d.explain() for d in found]
    assert {e["id"] for e in doc["timeline"]} == {e.id for e in ds.events()}
    first = doc["disagreements"][0]
    assert first["independent_sources"] == len(first["families"])


# -- disagreements and timeline --------------------------------------------------------


def test_disagreements_on_a_file(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(
        tmp_path,
        [
            SRC,
            Source(id="s2", kind=SourceKind.NGO_REPORT, title="Executions"),
            event("e1", "2019"),
            figure("f1", Quantity.exact(281), "s1"),
            figure("f2", Quantity.exact(280), "s2"),
        ],
    )
    code, out, _ = run(monkeypatch, capsys, "disagreements", path)
    assert code == 0
    row = next(line for line in out.splitlines() if line.lstrip().startswith("conflict"))
    assert "281 (s1); 280 (s2)" in row
    assert "cannot all be right" in row
    code, out, _ = run(monkeypatch, capsys, "disagreements", path, "--format", "json")
    (d,) = json.loads(out)["disagreements"]
    assert (d["kind"], d["independent_sources"], d["sources"]) == ("conflict", 2, ["s1", "s2"])
    assert [f["id"] for f in d["figures"]] == ["f1", "f2"]
    assert d["consensus"] is None


def test_an_unbounded_spread_is_valid_json(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(
        tmp_path,
        [
            SRC,
            event("e1", "2019"),
            figure("f1", Quantity.exact(0)),
            figure("f2", Quantity.exact(5)),
        ],
    )
    code, out, _ = run(monkeypatch, capsys, "disagreements", path, "--format", "json")
    assert code == 0
    assert json.loads(out)["disagreements"][0]["spread"] is None
    assert "Infinity" not in out
    _, out, _ = run(monkeypatch, capsys, "disagreements", path)
    assert "unbounded" in out


def test_disagreements_on_the_bundled_example(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "disagreements", "--format", "markdown")
    assert code == 0
    assert out.count("\n| consistent |") + out.count("\n| superseded |") == len(
        disagreements(iran_prisons())
    )


def test_timeline_is_in_date_order(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(
        tmp_path,
        [
            SRC,
            event("late", "1995"),
            event("early", "1985"),
            event("open", "before 1990"),
            event("mid", "late July 1988", title="Prisons locked down"),
        ],
    )
    code, out, _ = run(monkeypatch, capsys, "timeline", path, "--format", "json")
    assert code == 0
    items = json.loads(out)
    # an open start is placed at its last possible day, not before everything
    assert [e["id"] for e in items] == ["early", "mid", "open", "late"]
    assert items[1]["reads_as"] == "late July 1988"
    assert items[1]["edtf"] == "[1988-07-21..1988-07-31]"
    assert items[1]["sources"] == ["s1"]
    _, out, _ = run(monkeypatch, capsys, "timeline", path)
    lines = [line for line in out.splitlines() if "(mid)" in line]
    assert lines[0].split("  ")[1] == "late July 1988"
    assert "Prisons locked down (mid)" in lines[0]


def test_timeline_of_the_bundled_example(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "timeline", "--format", "json")
    assert code == 0
    assert len(json.loads(out)) == len(iran_prisons().events())


# -- validate --------------------------------------------------------------------------

BAD_LINES = "\n".join(
    [
        '{"type":"source","id":"s1","kind":"news_article","title":"A"}',
        '{"type":"figure","id":"f1","measure":"released","quantity":{"low":"many","high":null},'
        '"citations":[{"source":"s1"}]}',
        "",
        '{"type":"rumour","id":"e1"}',
        '{"type":"figure","id":"f2","measure":"killed","quantity":{"low":5,"high":5},'
        '"citations":[{"source":"s2"}],"subject":"e1"}',
        '{"type":"source","id":"s1","kind":"news_article","title":"B"}',
        '{"type": "event"',
    ]
)


def test_validate_reports_every_problem_with_its_line(tmp_path: Path, monkeypatch, capsys) -> None:
    path = write(tmp_path, BAD_LINES + "\n")
    code, out, err = run(monkeypatch, capsys, "validate", path)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[-1].startswith(f"{path}:7: invalid JSON: unexpected end of data")
    assert lines[:-1] == [
        f'{path}:2: quantity.low: expected an integer, got "many"',
        f'{path}:4: type: unknown record type "rumour"; expected "source", "actor", '
        '"facility", "event", "figure"',
        # f2's subject names e1, on malformed line 4: not reported twice
        f"{path}:5: citations[0].source: refers to 's2', which is not in the dataset "
        "(expected source)",
        f"{path}:6: id: id 's1' is used by more than one record",
    ]


def test_validate_as_json(tmp_path: Path, monkeypatch, capsys) -> None:
    path = write(tmp_path, BAD_LINES + "\n")
    code, out, _ = run(monkeypatch, capsys, "validate", "--json", path)
    assert code == 1
    items = json.loads(out)
    assert [(i["line"], i["kind"], i["record"]) for i in items] == [
        (2, "malformed", "f1"),
        (4, "malformed", "e1"),
        (5, "dangling_reference", "f2"),
        (6, "duplicate_id", "s1"),
        (7, "malformed", None),
    ]
    assert all(i["file"] == path for i in items)


def test_validate_a_sound_file_prints_nothing(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(tmp_path, [SRC, FIG])
    assert run(monkeypatch, capsys, "validate", path) == (0, "", "")
    assert run(monkeypatch, capsys, "validate", "--json", path) == (0, "[]\n", "")


def test_validate_the_bundled_example(monkeypatch, capsys) -> None:
    assert run(monkeypatch, capsys, "validate", "--example") == (0, "", "")


def test_validate_a_json_file_gives_lines(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(tmp_path, [SRC, FIG, Figure(**{**_fields(FIG), "id": "f2"})], "d.json")
    doc = json.loads(Path(path).read_text())
    doc["records"][1]["quantity"]["low"] = "many"
    doc["records"][2]["citations"][0]["source"] = "nowhere"
    doc["extra"] = 1
    Path(path).write_text(json.dumps(doc, indent=2))
    lines = Path(path).read_text().splitlines()
    starts = [n for n, line in enumerate(lines, 1) if line == "    {"]
    code, out, _ = run(monkeypatch, capsys, "validate", path)
    assert code == 1
    assert out.splitlines() == [
        f"{path}: extra: unknown field",
        f'{path}:{starts[1]}: records[1].quantity.low: expected an integer, got "many"',
        f"{path}:{starts[2]}: records[2].citations[0].source: refers to 'nowhere', which is "
        "not in the dataset (expected source)",
    ]


def _fields(record) -> dict[str, object]:
    import attrs

    return attrs.asdict(record, recurse=False)


def test_validate_carries_on_past_a_missing_file(tmp_path: Path, monkeypatch, capsys) -> None:
    good = save(tmp_path, [FIG], "good.jsonl")
    code, out, err = run(monkeypatch, capsys, "validate", str(tmp_path / "nope.jsonl"), good)
    assert code == 1
    assert err == f"rightsdata: error: cannot read {tmp_path / 'nope.jsonl'}: no such file\n"
    assert out.startswith(f"{good}:1: citations[0].source: refers to 's1'")


# -- convert ---------------------------------------------------------------------------


def test_convert_round_trips(tmp_path: Path, monkeypatch, capsys) -> None:
    ds = iran_prisons()
    as_json, back = tmp_path / "ex.json", tmp_path / "back.jsonl"
    assert run(monkeypatch, capsys, "convert", "--example", str(as_json)) == (
        0,
        f"wrote {len(ds)} records to {as_json}\n",
        "",
    )
    code, _, _ = run(monkeypatch, capsys, "convert", str(as_json), str(back))
    assert code == 0
    assert Dataset.load(back) == Dataset.load(as_json) == ds


def test_convert_leaves_the_target_whole_on_bad_input(tmp_path: Path, monkeypatch, capsys) -> None:
    target = save(tmp_path, [SRC, FIG], "out.json")
    before = Path(target).read_bytes()
    source = write(tmp_path, BAD_LINES)
    code, out, err = run(monkeypatch, capsys, "convert", source, target)
    assert (code, out) == (1, "")
    assert err == f'rightsdata: error: {source}:2: quantity.low: expected an integer, got "many"\n'
    assert Path(target).read_bytes() == before


@pytest.mark.parametrize("args", [(), ("a.jsonl",), ("a.jsonl", "b.json", "c.json")])
def test_convert_needs_two_paths(monkeypatch, capsys, args) -> None:
    code, _, err = run(monkeypatch, capsys, "convert", *args)
    assert code == 2
    assert "expected IN OUT: two paths (--example OUT converts the bundled example)" in err


def test_convert_refuses_an_unknown_extension(tmp_path: Path, monkeypatch, capsys) -> None:
    code, _, err = run(monkeypatch, capsys, "convert", "--example", str(tmp_path / "out.csv"))
    assert code == 1
    assert err.endswith("out.csv: unknown file type: expected a .jsonl or .json extension\n")
    assert not (tmp_path / "out.csv").exists()


# -- schema ----------------------------------------------------------------------------


def test_schema_prints_and_checks(tmp_path: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "schema")
    assert code == 0
    assert "$schema" in json.loads(out)
    path = tmp_path / "schema.json"
    path.write_text(out, encoding="utf-8")
    assert run(monkeypatch, capsys, "schema", "--check", str(path))[0] == 0
    path.write_text('{"$schema": "https://json-schema.org/draft/2020-12/schema"}')
    code, _, err = run(monkeypatch, capsys, "schema", "--check", str(path))
    assert code == 1
    assert "out of date" in err
    assert f"rightsdata schema --write {path}" in err


# -- parse-date and parse-quantity -----------------------------------------------------


def test_parse_date(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "parse-date", "late July 1988")
    assert code == 0
    assert out.splitlines() == [
        "late July 1988",
        "  reads as     late July 1988",
        "  earliest     1988-07-21",
        "  latest       1988-07-31",
        "  precision    part_of_month",
        "  approximate  no",
        "  uncertain    no",
        "  calendar     gregorian",
        "  EDTF         [1988-07-21..1988-07-31]",
    ]


@pytest.mark.parametrize("anchor", ["2021-08-21", "21 August 2021"])
def test_parse_date_with_an_anchor(monkeypatch, capsys, anchor: str) -> None:
    args = ("parse-date", "three days after", "--anchor", anchor, "--json")
    code, out, _ = run(monkeypatch, capsys, *args)
    assert code == 0
    doc = json.loads(out)
    assert (doc["earliest"], doc["latest"], doc["precision"]) == ("2021-08-24", "2021-08-24", "day")
    assert doc["text"] == "three days after"


def test_parse_date_in_the_solar_hijri_calendar(monkeypatch, capsys) -> None:
    args = ("parse-date", "1367", "--calendar", "jalali", "--json")
    code, out, _ = run(monkeypatch, capsys, *args)
    assert code == 0
    doc = json.loads(out)
    assert (doc["earliest"], doc["latest"], doc["calendar"]) == (
        "1988-03-21",
        "1989-03-20",
        "jalali",
    )
    assert doc["reads_as"] == "1367 SH"


def test_parse_date_shows_open_ends_and_intervals(monkeypatch, capsys) -> None:
    _, out, _ = run(monkeypatch, capsys, "parse-date", "1988-07/..")
    assert "  latest       open" in out
    assert "  interval     start: month, end: open" in out
    _, out, _ = run(monkeypatch, capsys, "parse-date", "1988-07/")
    assert "  latest       unknown" in out


def test_parse_quantity(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "parse-quantity", "at least 5,000")
    assert code == 0
    assert out.splitlines() == [
        "at least 5,000",
        "  reads as   at least 5,000",
        "  low        5,000",
        "  high       none (unbounded above)",
        "  best       none given",
        "  qualifier  at_least",
        "  unit       none",
    ]


def test_parse_quantity_as_json_with_a_unit(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "parse-quantity", "some 85,000 prisoners", "--json")
    assert code == 0
    assert json.loads(out) == {
        "text": "some 85,000 prisoners",
        "reads_as": "about 85,000",
        "low": 76500,
        "high": 93500,
        "best": 85000,
        "qualifier": "approximately",
        "unit": "prisoners",
    }


@pytest.mark.parametrize("margin", ["0.2", "1/5", "20%"])
def test_parse_quantity_with_a_margin(monkeypatch, capsys, margin: str) -> None:
    args = ("parse-quantity", "about 100", "--margin", margin, "--json")
    code, out, _ = run(monkeypatch, capsys, *args)
    assert code == 0
    assert (json.loads(out)["low"], json.loads(out)["high"]) == (80, 120)


# -- errors ----------------------------------------------------------------------------


def assert_one_line_error(code, out: str, err: str, message: str) -> None:
    assert code == 1
    assert out == ""
    assert err.startswith("rightsdata: error: ")
    assert message in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("command", ["report", "disagreements", "timeline", "convert"])
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "d.jsonl: no such file"),
        (b'{"type": "event"', "d.jsonl:1: invalid JSON"),
        (b'{"type": "rumour"}', 'd.jsonl:1: type: unknown record type "rumour"'),
        (b"[1, 2]\n", "d.jsonl:1: expected an object, got [1,2]"),
    ],
)
def test_bad_input_is_one_line_without_traceback(
    tmp_path: Path, monkeypatch, capsys, command: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / "d.jsonl"
    if content is not None:
        path.write_bytes(content)
    args = [command, str(path)] + ([str(tmp_path / "out.json")] if command == "convert" else [])
    code, out, err = run(monkeypatch, capsys, *args)
    assert_one_line_error(code, out, err, message)


def test_a_record_with_several_problems_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    path = write(tmp_path, '{"type":"source","id":5,"kind":"x","title":7}\n')
    code, out, err = run(monkeypatch, capsys, "report", path)
    assert_one_line_error(code, out, err, f"{path}:1: ")
    assert f"more; rightsdata validate {path} lists them)" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "notes.txt"), "notes.txt: unknown file type"),
        (("parse-date", "sometime-ish"), "'sometime-ish': expected a date"),
        (("parse-date", "three days after"), "three days after"),
        (("parse-date", "last week", "--anchor", "soon"), "--anchor: 'soon'"),
        (("parse-quantity", "lots"), "cannot read 'lots' as a quantity"),
        (("parse-quantity", "5", "--margin", "x"), "--margin: expected a ratio"),
        (("parse-quantity", "5", "--margin", "-1"), "--margin: expected a ratio"),
        (("parse-quantity", "5", "--margin", "nan"), "--margin: expected a ratio"),
        (("parse-quantity", "5", "--margin", "1/0"), "--margin: expected a ratio"),
        # bounded before any arithmetic: 10**99999999 is never computed
        (("parse-quantity", "5", "--margin", "1e99999999"), "--margin: a margin must be at most 1"),
        (("parse-quantity", "5", "--margin", "200%"), "--margin: a margin must be at most 1"),
        (("parse-quantity", "5", "--margin", "1e-99999999"), "--margin: a margin must have at"),
    ],
)
def test_bad_arguments_are_one_line(tmp_path: Path, monkeypatch, capsys, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("notes\n")
    code, out, err = run(monkeypatch, capsys, *args)
    assert_one_line_error(code, out, err, message)


def test_a_directory_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "d.jsonl").mkdir()
    code, out, err = run(monkeypatch, capsys, "report", str(tmp_path / "d.jsonl"))
    assert_one_line_error(code, out, err, "d.jsonl: it is a folder, not a file")
    assert err.startswith(f"rightsdata: error: cannot read {tmp_path / 'd.jsonl'}: ")


def test_debug_shows_the_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    code, out, err = run(monkeypatch, capsys, "--debug", "parse-date", "sometime-ish")
    assert (code, out) == (1, "")
    assert err.startswith("Traceback (most recent call last):")
    assert "rightsdata.errors.DateParseError: 'sometime-ish'" in err
    assert err.splitlines()[-1].startswith("rightsdata: error: 'sometime-ish'")


def test_an_unexpected_error_is_one_line_too(monkeypatch, capsys) -> None:
    def broken(ds):
        raise RuntimeError("boom")

    monkeypatch.setattr(_sections, "findings", broken)
    code, out, err = run(monkeypatch, capsys, "report")
    assert_one_line_error(code, out, err, "unexpected RuntimeError: boom (rerun with --debug")
    code, _, err = run(monkeypatch, capsys, "--debug", "report")
    assert code == 1
    assert 'raise RuntimeError("boom")' in err


def test_a_usage_error_exits_2(monkeypatch, capsys) -> None:
    code, out, err = run(monkeypatch, capsys, "report", "--format", "pdf")
    assert (code, out) == (2, "")
    assert "Invalid value for '--format'" in err


def test_version_and_help(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "--version")
    assert code == 0
    assert "rightsdata" in out
    code, out, _ = run(monkeypatch, capsys, "--help")
    assert code == 0
    for command in cli.list_commands(None):  # type: ignore[arg-type]
        assert command in out
    assert set(cli.list_commands(None)) >= {  # type: ignore[arg-type]
        "report",
        "validate",
        "disagreements",
        "timeline",
        "convert",
        "schema",
        "parse-date",
        "parse-quantity",
    }


# -- progress --------------------------------------------------------------------------


def test_a_progress_bar_does_not_change_the_output(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(tmp_path, [*iran_prisons(), FIG])
    expected = run(monkeypatch, capsys, "report", path, "--format", "json")
    ok = run(monkeypatch, capsys, "validate", path)
    monkeypatch.setattr(_files, "PROGRESS_THRESHOLD_BYTES", 100)
    monkeypatch.setattr(_scan, "BATCH", 7)
    monkeypatch.setattr(_render, "_stderr_is_tty", lambda: True)
    shown = run(monkeypatch, capsys, "report", path, "--format", "json")
    assert shown[:2] == expected[:2]
    assert run(monkeypatch, capsys, "validate", path)[:2] == ok[:2]
    json_path = save(tmp_path, list(iran_prisons()), "d.json")
    monkeypatch.setattr(_files, "_PROGRESS_THRESHOLD_RECORDS", 10)
    assert run(monkeypatch, capsys, "validate", json_path)[:2] == (0, "")
    code, out, _ = run(monkeypatch, capsys, "timeline", json_path, "--format", "json")
    assert code == 0
    assert len(json.loads(out)) == len(iran_prisons().events())


def test_no_progress_bar_when_not_a_terminal(tmp_path: Path, monkeypatch, capsys) -> None:
    path = save(tmp_path, list(iran_prisons()))
    monkeypatch.setattr(_files, "PROGRESS_THRESHOLD_BYTES", 100)
    code, _, err = run(monkeypatch, capsys, "timeline", path)
    assert (code, err) == (0, "")


# -- fuzzing ---------------------------------------------------------------------------

RUNNER = CliRunner()


@given(text=st.text(max_size=40))
def test_parse_date_prints_a_date_or_one_line(text: str) -> None:
    result = RUNNER.invoke(cli, ["parse-date", "--", text])
    if result.exit_code == 0:
        assert "\n  reads as " in result.stdout
        assert "\n  EDTF " in result.stdout
    else:
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("rightsdata: error: ")
        assert "rerun with --debug" not in result.stderr
        assert result.stderr.count("\n") == 1


@given(text=st.text(max_size=40))
def test_parse_quantity_prints_a_quantity_or_one_line(text: str) -> None:
    result = RUNNER.invoke(cli, ["parse-quantity", "--json", "--", text])
    if result.exit_code == 0:
        doc = json.loads(result.stdout)
        assert doc["low"] is None or doc["high"] is None or doc["low"] <= doc["high"]
    else:
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("rightsdata: error: ")
        assert "rerun with --debug" not in result.stderr
        assert result.stderr.count("\n") == 1
