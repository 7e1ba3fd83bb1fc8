"""The rightsdata command: report, validate, and one-line errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rightsdata import Citation, Dataset, Figure, Quantity, Source, SourceKind
from rightsdata.cli import main

SRC = Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="Iran releases prisoners")
FIG = Figure(
    id="f1",
    measure="released",
    quantity=Quantity.about(85000, text="some 85,000"),
    citations=(Citation(source="s1", quote="some 85,000"),),
)


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):
    monkeypatch.setattr(sys, "argv", ["rightsdata", *args])
    code: int | str | None = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code or 0, out.out, out.err


def test_report_on_a_file(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "d.jsonl"
    Dataset([SRC, FIG]).save(path)
    code, out, _ = run(monkeypatch, capsys, "report", str(path))
    assert code == 0
    assert "source         1" in out
    assert "figure         1" in out
    assert "released: some 85,000  [s1]" in out


def test_report_on_the_bundled_example(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "report")
    assert code == 0
    assert "Figures by subject" in out
    assert "event" in out


def test_validate_reports_problems_and_exits_1(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "d.jsonl"
    Dataset([FIG]).save(path)
    code, out, _ = run(monkeypatch, capsys, "validate", str(path))
    assert code == 1
    assert out == (
        f"{path}: f1: citations[0].source: refers to 's1', which is not in the dataset "
        "(expected source)\n"
    )
    Dataset([SRC, FIG]).save(path)
    assert run(monkeypatch, capsys, "validate", str(path))[0] == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file or directory"),
        (b'{"type": "event"', "d.jsonl:1: invalid JSON"),
        (b'{"type": "rumour"}', 'd.jsonl:1: type: unknown record type "rumour"'),
    ],
)
def test_bad_input_is_one_line_without_traceback(
    tmp_path: Path, monkeypatch, capsys, content: bytes | None, message: str
) -> None:
    path = tmp_path / "d.jsonl"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(monkeypatch, capsys, "report", str(path))
    assert code == 1
    assert out == ""
    assert message in err
    assert err.startswith("rightsdata: error: ")
    assert "Traceback" not in err
    assert err.count("\n") == 1
