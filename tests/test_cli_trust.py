"""Issue #10 for the command: nothing lost, nothing silently coerced, nothing silently
missed. No command replaces its input or a file that does not hold what it writes;
every write error names the path given; validate needs a file, and warns about empty
files and undocumented kinds and measures; messages speak in the command's terms."""

from __future__ import annotations

import json
import os
import re
import tempfile
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
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Measure,
    Quantity,
    Source,
    SourceKind,
)
from rightsdata import strategies as rst
from rightsdata.cli import _QUOTED, _cli_terms, _n, cli
from rightsdata.examples import iran_prisons
from rightsdata.lint import VocabularyWarning, suggest, vocabulary_warnings
from rightsdata.serialize import write_json, write_jsonl
from rightsdata.serialize.schema import render

SRC = Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="Iran releases prisoners")
CITE = (Citation(source="s1"),)


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    """Run the command; return (exit status, stdout, stderr)."""
    result = CliRunner().invoke(cli, list(args), input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def event(id: str, when: str, kind: str = "arrest") -> Event:
    return Event(id=id, kind=kind, title=id, date=DateRange.parse(when), citations=CITE)


def figure(id: str, measure: str = "detained") -> Figure:
    return Figure(id=id, measure=measure, quantity=Quantity.exact(5), citations=CITE)


def save(path: Path, records) -> str:
    Dataset(records).save(path)
    return str(path)


# -- convert never replaces its input, nor a file that is not records -----------------


def test_convert_with_one_path_touches_nothing(tmp_path: Path) -> None:
    mine = save(tmp_path / "mine.jsonl", [SRC])
    before = Path(mine).read_bytes()
    code, out, err = invoke("convert", mine)
    assert (code, out) == (2, "")
    assert "expected IN OUT: two paths (--example OUT converts the bundled example)" in err
    assert Path(mine).read_bytes() == before
    code, _, _ = invoke("convert", str(tmp_path / "new.jsonl"))
    assert code == 2
    assert not (tmp_path / "new.jsonl").exists()


def test_the_example_is_written_only_with_example(tmp_path: Path) -> None:
    out = tmp_path / "ex.json"
    assert invoke("convert", "--example", str(out)) == (0, f"wrote 198 records to {out}\n", "")
    assert Dataset.load(out) == iran_prisons()
    code, _, err = invoke("convert", "--example", str(out), str(tmp_path / "b.jsonl"))
    assert code == 2
    assert "expected --example OUT: one path" in err


@pytest.mark.parametrize("spelling", ["same", "dot", "link"])
@pytest.mark.parametrize("force", [False, True])
def test_convert_refuses_to_replace_its_input(tmp_path: Path, spelling: str, force) -> None:
    mine = save(tmp_path / "mine.jsonl", [SRC])
    before = Path(mine).read_bytes()
    out = {"same": mine, "dot": str(tmp_path / "." / "mine.jsonl"), "link": str(tmp_path / "l")}[
        spelling
    ]
    if spelling == "link":
        out += ".jsonl"
        os.symlink(mine, out)
    code, stdout, err = invoke("convert", mine, out, *(["--force"] if force else []))
    assert (code, stdout) == (1, "")
    assert err == f"rightsdata: error: {out} is the input file: convert never replaces its input\n"
    assert Path(mine).read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("notes.jsonl", "my notes\n", "line 1 is not a record"),
        ("notes.jsonl", '{"type": "source"}\n{"id": 3}\n', "line 2 is not a record"),
        ("notes.json", '{"a": 1}', 'it has no "format": "rightsdata"'),
        ("notes.json", "not json", "it is not JSON"),
    ],
)
def test_convert_refuses_a_file_that_is_not_records(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    source = save(tmp_path / "in.jsonl", [SRC])
    out = tmp_path / name
    out.write_text(content)
    code, stdout, err = invoke("convert", source, str(out))
    assert (code, stdout) == (1, "")
    assert err == (
        f"rightsdata: error: refusing to replace {out}, which is not a file of records "
        f"({reason}); --force replaces it anyway\n"
    )
    assert out.read_text() == content
    assert invoke("convert", "--force", source, str(out))[0] == 0
    assert list(Dataset.load(out)) == [SRC]


@pytest.mark.parametrize("name", ["old.jsonl", "old.json"])
@pytest.mark.parametrize("old", ["records", "empty"])
def test_convert_replaces_a_file_of_records_or_an_empty_one(tmp_path: Path, name, old) -> None:
    source = save(tmp_path / "in.jsonl", [SRC, figure("f1")])
    out = tmp_path / name
    if old == "records":
        save(out, [figure("other")])
    else:
        out.write_text("")
    assert invoke("convert", source, str(out)) == (0, f"wrote 2 records to {out}\n", "")
    assert list(Dataset.load(out)) == [SRC, figure("f1")]


def test_convert_to_standard_output(tmp_path: Path) -> None:
    source = save(tmp_path / "in.json", [SRC, figure("f1")])
    code, out, err = invoke("convert", source, "-")
    assert (code, err) == (0, "")
    back = tmp_path / "back.jsonl"
    back.write_text(out)
    assert list(Dataset.load(back)) == [SRC, figure("f1")]
    assert not (tmp_path / "-").exists()


# -- schema --write and --check -------------------------------------------------------


def test_schema_write_refuses_a_data_file(tmp_path: Path) -> None:
    data = save(tmp_path / "data.jsonl", [SRC, figure("f1")])
    before = Path(data).read_bytes()
    code, out, err = invoke("schema", "--write", data)
    assert (code, out) == (1, "")
    assert err == (
        f"rightsdata: error: refusing to replace {data}, which is not a JSON Schema "
        "(it is not JSON); --force replaces it anyway\n"
    )
    assert Path(data).read_bytes() == before
    assert invoke("schema", "--write", data, "--force")[0] == 0
    assert Path(data).read_text() == render()


def test_schema_check_does_not_suggest_writing_over_data(tmp_path: Path) -> None:
    data = save(tmp_path / "data.json", [SRC])
    code, out, err = invoke("schema", "--check", data)
    assert (code, out) == (1, "")
    assert err == f'rightsdata: error: {data} is not a JSON Schema (it has no "$schema")\n'
    assert "--write" not in err


def test_schema_write_replaces_a_schema_and_check_passes(tmp_path: Path) -> None:
    path = tmp_path / "schema.json"
    path.write_text('{"$schema": "https://json-schema.org/draft/2020-12/schema"}')
    assert invoke("schema", "--write", str(path)) == (0, "", "")
    assert path.read_text() == render()
    assert invoke("schema", "--check", str(path)) == (0, "", "")
    missing = tmp_path / "new.json"
    code, _, err = invoke("schema", "--check", str(missing))
    assert code == 1
    assert f"does not exist. Write it with:\n    rightsdata schema --write {missing}" in err


def test_schema_write_goes_through_the_atomic_writer(tmp_path: Path, monkeypatch) -> None:
    from rightsdata.serialize import jsonio

    def broken(path, chunks):
        raise OSError(28, "No space left on device", os.fspath(path))

    monkeypatch.setattr(jsonio, "atomic_write", broken)
    monkeypatch.setattr("rightsdata.cli.schema.atomic_write", broken)
    path = tmp_path / "schema.json"
    code, _, err = invoke("schema", "--write", str(path))
    assert code == 1
    assert err == f"rightsdata: error: cannot write {path}: no space left on device\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--write", "a.json", "--check", "a.json"), "--write and --check cannot be used together"),
        (("--force",), "--force goes with --write"),
    ],
)
def test_schema_usage(args, message) -> None:
    code, _, err = invoke("schema", *args)
    assert code == 2
    assert message in err


# -- write errors name the path the user gave -----------------------------------------


def _layout(tmp_path: Path, case: str) -> tuple[str, str]:
    """A target that cannot be written, and why in words."""
    if case == "missing folder":
        return str(tmp_path / "nope" / "out.jsonl"), f"folder {tmp_path / 'nope'} does not exist"
    if case == "missing folders":
        return str(
            tmp_path / "a" / "b" / "out.json"
        ), f"folder {tmp_path / 'a' / 'b'} does not exist"
    if case == "target is a folder":
        (tmp_path / "out.jsonl").mkdir()
        return str(tmp_path / "out.jsonl"), "it is a folder"
    if case == "folder without extension":
        (tmp_path / "data").mkdir()
        return str(tmp_path / "data"), "it is a folder"
    if case == "parent is a file":
        (tmp_path / "f").write_text("x")
        return str(tmp_path / "f" / "out.jsonl"), f"{tmp_path / 'f'} is a file, not a folder"
    assert case == "ancestor is a file"
    (tmp_path / "f").write_text("x")
    return str(tmp_path / "f" / "g" / "out.jsonl"), f"{tmp_path / 'f'} is a file, not a folder"


CASES = [
    "missing folder",
    "missing folders",
    "target is a folder",
    "folder without extension",
    "parent is a file",
    "ancestor is a file",
]


@pytest.mark.parametrize("case", CASES)
def test_convert_write_errors_name_the_path(tmp_path: Path, case: str) -> None:
    source = save(tmp_path / "in.jsonl", [SRC])
    target, why = _layout(tmp_path, case)
    code, out, err = invoke("convert", source, target)
    assert (code, out) == (1, "")
    assert err == f"rightsdata: error: cannot write {target}: {why}\n"
    assert ".tmp" not in err


def test_the_issue_example(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    save(tmp_path / "in.jsonl", [SRC])
    code, _, err = invoke("convert", "in.jsonl", "nope/out.jsonl")
    assert code == 1
    assert err == "rightsdata: error: cannot write nope/out.jsonl: folder nope does not exist\n"
    (tmp_path / "ro").mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: Path(p).name != "ro" and real_access(p, m))
    code, _, err = invoke("schema", "--write", "ro/schema.json")
    assert err == "rightsdata: error: cannot write ro/schema.json: folder ro is read-only\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anyway")
def test_a_read_only_folder(tmp_path: Path) -> None:
    source = save(tmp_path / "in.jsonl", [SRC])
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = invoke("convert", source, str(folder / "out.jsonl"))
    finally:
        folder.chmod(0o755)
    assert code == 1
    assert (
        err
        == f"rightsdata: error: cannot write {folder / 'out.jsonl'}: folder {folder} is read-only\n"
    )


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("write", [write_jsonl, write_json])
def test_library_write_errors_name_the_path_not_the_temporary_file(tmp_path, case, write) -> None:
    target, why = _layout(tmp_path, case)
    with pytest.raises(OSError, match=re.escape(why)) as info:
        write(target, [SRC])
    assert (info.value.filename, info.value.strerror) == (target, why)


def test_an_error_reading_the_records_passes_unchanged(tmp_path: Path) -> None:
    """An error raised while producing the records (reading another file) is not
    reported as an error writing the target."""
    gone = FileNotFoundError(2, "No such file or directory", "elsewhere.jsonl")

    def records():
        yield SRC
        raise gone

    with pytest.raises(FileNotFoundError) as info:
        write_jsonl(tmp_path / "out.jsonl", records())
    assert info.value is gone
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["report", "timeline", "disagreements", "validate"])
@pytest.mark.parametrize(
    ("case", "why"), [("missing", "no such file"), ("folder", "it is a folder, not a file")]
)
def test_a_missing_path_or_folder_says_so(tmp_path: Path, command: str, case: str, why) -> None:
    """Not "unknown file type", even when the name has no extension."""
    path = tmp_path / "data"
    if case == "folder":
        path.mkdir()
    code, out, err = invoke(command, str(path))
    assert (code, out) == (1, "")
    assert err == f"rightsdata: error: cannot read {path}: {why}\n"


def test_convert_a_missing_input_says_so(tmp_path: Path) -> None:
    code, _, err = invoke("convert", str(tmp_path / "in"), str(tmp_path / "out.jsonl"))
    assert code == 1
    assert err == f"rightsdata: error: cannot read {tmp_path / 'in'}: no such file\n"
    assert not (tmp_path / "out.jsonl").exists()


# -- validate needs a file, and warns ---------------------------------------------------


def test_validate_needs_a_file() -> None:
    code, out, err = invoke("validate")
    assert (code, out) == (2, "")
    assert "expected one or more FILES (or --example for the bundled one)" in err
    assert invoke("validate", "--example") == (0, "", "")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.jsonl", ""),
        ("blank.jsonl", "\n\n"),
        ("empty.json", '{"format": "rightsdata", "version": 1, "records": []}'),
    ],
)
def test_validate_warns_on_a_file_with_no_records(tmp_path: Path, name, content) -> None:
    path = tmp_path / name
    path.write_text(content)
    assert invoke("validate", str(path)) == (0, f"{path}: warning: no records\n", "")
    code, out, _ = invoke("validate", "--json", str(path))
    assert code == 0
    [item] = json.loads(out)
    assert (item["severity"], item["kind"], item["line"]) == ("warning", "no_records", None)


def test_validate_warns_on_undocumented_kinds_and_measures(tmp_path: Path) -> None:
    facility = Facility(id="evin", name="Evin", kind="prisn")
    path = save(
        tmp_path / "d.jsonl",
        [SRC, event("e1", "2019", kind="arest"), figure("f1", "detainde"), facility],
    )
    code, out, err = invoke("validate", path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f'{path}:2: warning: kind: "arest" is not a documented event kind; did you mean "arrest"?',
        f'{path}:3: warning: measure: "detainde" is not a documented measure; '
        'did you mean "detained"?',
        f'{path}:4: warning: kind: "prisn" is not a documented facility kind; '
        'did you mean "prison"?',
    ]
    code, out, _ = invoke("validate", "--json", path)
    assert code == 0
    items = json.loads(out)
    assert [(i["line"], i["path"], i["record"], i["severity"], i["kind"]) for i in items] == [
        (2, "kind", "e1", "warning", "undocumented_value"),
        (3, "measure", "f1", "warning", "undocumented_value"),
        (4, "kind", "evin", "warning", "undocumented_value"),
    ]


def test_warnings_do_not_hide_or_cause_a_failure(tmp_path: Path) -> None:
    path = save(tmp_path / "d.json", [SRC, event("e1", "2019", kind="arest"), figure("f1")])
    doc = json.loads(Path(path).read_text())
    doc["records"][2]["citations"][0]["source"] = "nowhere"
    Path(path).write_text(json.dumps(doc, indent=2))
    code, out, _ = invoke("validate", "--json", path)
    assert code == 1  # the dangling reference, not the warning
    items = json.loads(out)
    assert [(i["path"], i["severity"]) for i in items] == [
        ("records[1].kind", "warning"),
        ("records[2].citations[0].source", "error"),
    ]


documented = st.sampled_from(sorted(EventKind.ALL))
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_ -", min_size=1, max_size=20).filter(
    lambda w: w.strip() != ""
)


@given(
    kind=st.one_of(documented, words),
    measure=st.one_of(st.sampled_from(sorted(Measure.ALL)), words),
)
def test_vocabulary_warnings_are_exactly_the_undocumented_values(kind: str, measure: str) -> None:
    records = [SRC, event("e1", "2019", kind=kind), figure("f1", measure)]
    found = list(vocabulary_warnings(records))
    expected = [("e1", "kind", kind)] if kind not in EventKind.ALL else []
    expected += [("f1", "measure", measure)] if measure not in Measure.ALL else []
    assert [(w.record, w.field, w.value) for w in found] == expected
    for w in found:
        vocabulary = EventKind.ALL if w.field == "kind" else Measure.ALL
        assert w.suggestion is None or w.suggestion in vocabulary
        assert str(w).startswith(f"{w.record}: {w.field}: {json.dumps(w.value)} is not")


@given(
    value=st.sampled_from(sorted(FacilityKind.ALL)), case=st.sampled_from([str.upper, str.title])
)
def test_suggest_ignores_case_spaces_and_hyphens(value: str, case) -> None:
    assert suggest(case(value.replace("_", " ")), FacilityKind.ALL) == value
    assert suggest(value.replace("_", "-"), FacilityKind.ALL) == value


def test_a_warning_without_a_suggestion() -> None:
    [w] = vocabulary_warnings([event("e1", "2019", kind="weather")])
    assert w == VocabularyWarning(
        record="e1", field="kind", value="weather", vocabulary="event kind", suggestion=None
    )
    assert w.message == '"weather" is not a documented event kind'


# -- no date text inside a sentence of ours --------------------------------------------


def _rows(out: str) -> dict[str, str]:
    """The key / value rows of the Dataset section of a plain-text report."""
    section = out.split("\n\n")[0].splitlines()[1:]
    return dict(re.match(r"  (\S+(?: \S+)?)\s{2,}(.*)", line).groups() for line in section)


def test_the_span_of_events_reads_naturally(tmp_path: Path) -> None:
    path = save(
        tmp_path / "d.jsonl",
        [SRC, event("e1", "2019-11-07/2019-11-28"), event("e2", "26 November 2019")],
    )
    code, out, _ = invoke("report", path)
    assert code == 0
    assert "from from" not in out
    rows = _rows(out)
    assert rows["events"] == "2"
    assert rows["first event"] == "from 7 November to 28 November 2019"
    assert rows["last event"] == "26 November 2019"


@given(dates=st.lists(rst.date_ranges(), min_size=1, max_size=4))
def test_every_date_in_the_summary_is_a_row_of_its_own(dates: list[DateRange]) -> None:
    records = [
        SRC,
        *(
            Event(id=f"e{i}", kind="arrest", title="t", date=d, citations=CITE)
            for i, d in enumerate(dates)
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        code, out, _ = invoke("report", save(Path(folder) / "d.jsonl", records))
    assert code == 0
    rows = _rows(out)
    texts = {str(d) for d in dates}
    assert rows["first event"] in texts
    assert rows["last event"] in texts


# -- one plural everywhere ----------------------------------------------------------------


def test_one_of_everything_is_singular(tmp_path: Path) -> None:
    facility = Facility(id="evin", name="Evin", kind="prison")
    dangling = Figure(
        id="f1",
        measure="detained",
        quantity=Quantity.exact(5),
        citations=(Citation(source="s2"),),
    )
    path = save(tmp_path / "d.jsonl", [SRC, facility, event("e1", "2019"), dangling])
    code, out, _ = invoke("report", path)
    assert code == 0
    rows = _rows(out)
    assert rows["records"] == "4 (1 source, 1 facility, 1 event, 1 figure)"
    assert rows["sources"] == "1, in 1 independent family"
    assert rows["integrity"] == f"1 problem: rightsdata validate {path} lists them"
    assert invoke("convert", path, str(tmp_path / "one.json"))[1].startswith("wrote 4 records")
    one = save(tmp_path / "single.jsonl", [SRC])
    assert (
        invoke("convert", one, str(tmp_path / "o.jsonl"))[1]
        == f"wrote 1 record to {tmp_path / 'o.jsonl'}\n"
    )


def test_many_are_plural() -> None:
    code, out, _ = invoke("report")
    assert code == 0
    rows = _rows(out)
    assert rows["records"] == "198 (38 sources, 72 actors, 6 facilities, 57 events, 25 figures)"
    assert rows["sources"].endswith(" independent families")


@given(
    count=st.integers(0, 10**6),
    noun=st.sampled_from(["source", "facility", "family", "day", "box", "match"]),
)
def test_n_is_singular_only_for_one(count: int, noun: str) -> None:
    text = _n(count, noun)
    plural = {"facility": "facilities", "family": "families", "box": "boxes", "match": "matches"}
    assert text == f"{count} {noun if count == 1 else plural.get(noun, noun + 's')}"


# -- the command's terms, never Python keywords ------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("three days after",),
            "'three days after' is relative: it needs an anchor date (what it counts from,",
        ),
        (("5 May",), "'5 May': it gives no year: add one, or give an anchor date"),
        (("sometime-ish",), "or (given an anchor date) a relative phrase such as 'last week'"),
        (("noon", "--tz", "Mars/Base"), "the time zone 'Mars/Base' is not known"),
        (("1988 AD", "--calendar", "jalali"), "the era 'ad' does not fit the calendar 'jalali'"),
        (
            ("last week", "--anchor", "last week"),
            "--anchor: 'last week' is relative itself; give the date it stands for",
        ),
    ],
)
def test_errors_speak_in_options_not_keywords(args, message: str) -> None:
    code, out, err = invoke("parse-date", *args)
    assert (code, out) == (1, "")
    assert message in err
    assert not re.search(r"\b[a-z_]+=", _unquoted(err)), err


def _unquoted(text: str) -> str:
    """The text without its quoted parts (the user's own words, quoted back)."""
    return _QUOTED.sub("", text)


date_texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "three days after",
            "last week",
            "5 May",
            "1988 AD",
            "1367 SH",
            "noon",
            "earlier this year",
        ]
    ),
)


@given(
    text=date_texts,
    anchor=st.one_of(st.none(), date_texts),
    tz=st.one_of(st.none(), st.sampled_from(["Mars/Base", "Asia/Tehran", ""])),
    calendar=st.sampled_from(["gregorian", "jalali"]),
)
def test_no_parse_date_error_names_a_keyword(text, anchor, tz, calendar) -> None:
    args = ["parse-date", "--calendar", calendar]
    args += [] if anchor is None else ["--anchor", anchor]
    args += [] if tz is None else ["--tz", tz]
    code, _, err = invoke(*args, "--", text)
    assert code in (0, 1)
    if code == 1:
        assert not re.search(r"\b[a-z_]+=", _unquoted(err)), err


def test_quoted_text_is_left_as_it_is() -> None:
    assert _cli_terms("'anchor=5': expected a date, or pass anchor= ") == (
        "'anchor=5': expected a date, or pass --anchor"
    )
    assert _cli_terms("\"tz=x\" and tz='y'") == "\"tz=x\" and --tz 'y'"
