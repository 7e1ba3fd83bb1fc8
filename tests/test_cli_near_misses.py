"""Issue #10 for the command: ``disagreements`` and ``report`` show the near misses
(figures about one subject and period kept apart by measure, unit or place) in every
format, rather than staying silent; the JSON stays streamed and the cells bounded."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    Event,
    Figure,
    Quantity,
    Source,
    SourceKind,
    disagreements,
    near_misses,
)
from rightsdata.cli import _CELL_ITEMS, _Findings, _Items, _render, _sections, cli
from rightsdata.cli import report as report_module
from rightsdata.serialize import record_from_dict, unstructure

SOURCES = [
    Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="Protests in the south"),
    Source(id="s2", kind=SourceKind.NGO_REPORT, title="A provincial toll"),
]
PROTESTS = Event(
    id="ev-fars",
    kind="protest",
    title="Protests in Fars",
    date=DateRange.parse("2019-11"),
    citations=(Citation(source="s1"),),
)
EMPTY = "no figures kept apart by measure, unit or place"


def toll(id: str, n: int, source: str, **kw: object) -> Figure:
    return Figure(
        id=id,
        measure=kw.pop("measure", "killed"),  # type: ignore[arg-type]
        quantity=Quantity.exact(n),
        subject="ev-fars",
        citations=(Citation(source=source),),
        **kw,  # type: ignore[arg-type]
    )


SHIRAZ_FARS = [toll("city", 30, "s1", place="Shiraz"), toll("province", 20, "s2", place="Fars")]
"""No record says Shiraz is in Fars: the two are not compared, a near miss by place."""
DEMONSTRATORS = [
    toll("persons", 30, "s1"),
    toll("demonstrators", 20, "s2", unit="demonstrators"),
]
"""A unit the vocabulary does not know: a near miss by unit."""


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def save(tmp_path: Path, figures: list[Figure], name: str = "d.jsonl") -> str:
    path = tmp_path / name
    Dataset([*SOURCES, PROTESTS, *figures]).save(path)
    return str(path)


def section(out: str, title: str) -> str:
    """The lines of a plain-text section, up to the next blank line."""
    lines = out.splitlines()
    start = lines.index(title)
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    return "\n".join(lines[start:end])


@pytest.mark.parametrize(
    ("figures", "differs"), [(SHIRAZ_FARS, "place"), (DEMONSTRATORS, "unit")], ids=["place", "unit"]
)
@pytest.mark.parametrize("command", ["disagreements", "report"])
def test_a_near_miss_is_shown_as_text(tmp_path: Path, command, figures, differs) -> None:
    path = save(tmp_path, figures)
    [miss] = near_misses(Dataset.load(path))
    code, out = invoke(command, path)
    assert code == 0
    assert "no two figures count the same thing" in out  # not a disagreement...
    shown = section(out, "Near misses")  # ...but not silence either
    assert shown.splitlines()[1].split() == ["subject", "figures", "differs", "in", "explanation"]
    [row] = shown.splitlines()[3:]
    assert row.startswith("  Protests in Fars (ev-fars)  ")
    for f in miss.figures:
        where = f.place or "no place"
        assert f"{f.quantity} {f.unit} {f.measure} · {where} ({f.citations[0].source})" in row
    assert f"  {differs}  " in row
    assert row.endswith(miss.explain())
    assert EMPTY not in out


def test_near_misses_follow_the_disagreements(tmp_path: Path) -> None:
    _, out = invoke("report", save(tmp_path, SHIRAZ_FARS))
    titles = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert titles == ["Dataset", "Figures", "Disagreements", "Near misses", "Timeline"]
    assert "figures      2; disagreements: 0; near misses: 1" in out


@pytest.mark.parametrize("command", ["disagreements", "report"])
def test_a_near_miss_is_shown_as_markdown(tmp_path: Path, command) -> None:
    path = save(tmp_path, DEMONSTRATORS)
    [miss] = near_misses(Dataset.load(path))
    code, out = invoke(command, path, "--format", "markdown")
    assert code == 0
    assert (
        "\n## Near misses\n\n| subject | figures | differs in | explanation |\n|---|---|---|---|\n"
        in out
    )
    row = (
        "| Protests in Fars (ev-fars) | 20 demonstrators killed · no place (s2)"
        "<br>30 persons killed · no place (s1) | unit | " + miss.explain() + " |"
    )
    assert row in out.splitlines()
    assert "*no two figures count the same thing*" in out


def test_a_near_miss_on_a_terminal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_render, "_stdout_is_tty", lambda: True)
    monkeypatch.setenv("COLUMNS", "200")
    code, out = invoke("disagreements", save(tmp_path, SHIRAZ_FARS))
    assert code == 0
    assert "Near misses" in out
    assert "30 persons killed · Shiraz (s1)" in out
    assert EMPTY not in out


@pytest.mark.parametrize("command", ["disagreements", "report"])
def test_a_near_miss_is_shown_as_json(tmp_path: Path, command) -> None:
    during = DateRange.parse("2019-11-16")
    figures = [attrs.evolve(f, period=during) for f in SHIRAZ_FARS]
    path = save(tmp_path, figures)
    ds = Dataset.load(path)
    [miss] = near_misses(ds)
    code, out = invoke(command, path, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["disagreements"] == []
    [shown] = doc["near_misses"]
    # the figures as the converter writes them, as in "disagreements"
    assert [record_from_dict(f) for f in shown.pop("figures")] == list(miss.figures)
    assert shown == {
        "subject": "ev-fars",
        "period": unstructure(during),
        "parts": [["city"], ["province"]],
        "differences": ["place"],
        "explanation": miss.explain(),
    }
    assert "(16 November 2019)" in miss.explain()
    if command == "report":
        assert doc["dataset"]["near_misses"] == 1
        assert list(doc) == [
            "dataset",
            "figures",
            "disagreements",
            "near_misses",
            "date_disagreements",
            "timeline",
        ]
    else:
        assert list(doc) == ["disagreements", "near_misses", "date_disagreements"]


def test_a_near_miss_without_a_period_is_null(tmp_path: Path) -> None:
    _, out = invoke("disagreements", save(tmp_path, DEMONSTRATORS), "--format", "json")
    [miss] = json.loads(out)["near_misses"]
    assert miss["period"] is None
    assert (miss["parts"], miss["differences"]) == ([["demonstrators"], ["persons"]], ["unit"])


def test_the_bundled_example_has_no_near_miss() -> None:
    _, out = invoke("disagreements")
    assert section(out, "Near misses") == f"Near misses\n  {EMPTY}"
    _, out = invoke("report")
    assert section(out, "Near misses") == f"Near misses\n  {EMPTY}"
    assert "; near misses: 0\n" in out
    _, out = invoke("disagreements", "--format", "markdown")
    assert f"## Near misses\n\n*{EMPTY}*" in out
    _, out = invoke("report", "--format", "json")
    doc = json.loads(out)
    assert (doc["near_misses"], doc["dataset"]["near_misses"]) == ([], 0)
    _, out = invoke("disagreements", "--format", "json")
    assert json.loads(out)["near_misses"] == []


def test_the_estimate_says_why() -> None:
    from rightsdata.examples import iran_prisons

    ds = iran_prisons()
    _, out = invoke("disagreements", "--format", "json")
    shown = [d["estimate"] for d in json.loads(out)["disagreements"]]
    assert shown == [unstructure(d.estimate(ds)) for d in disagreements(ds)]
    assert all(e["why"].startswith(("Best ", "No best")) for e in shown)


def test_a_large_near_miss_is_cut_with_a_count(tmp_path: Path) -> None:
    """300 places no record nests: one near miss, its cell bounded."""
    figures = [toll(f"f{i:03d}", i, "s1", place=f"Village {i}") for i in range(300)]
    path = save(tmp_path, figures)
    code, out = invoke("disagreements", path)
    assert code == 0
    row = section(out, "Near misses").splitlines()[3]
    assert f"and {300 - _CELL_ITEMS:,} more" in row
    assert "more characters)" in row
    assert len(row) < 1_500
    code, out = invoke("disagreements", path, "--format", "markdown")
    assert max(map(len, out.splitlines())) < 1_500
    code, out = invoke("disagreements", path, "--format", "json")
    [miss] = json.loads(out)["near_misses"]
    assert len(miss["figures"]) == len(miss["parts"]) == 300


def test_long_words_in_a_near_miss_are_cut(tmp_path: Path) -> None:
    long = "x" * 5_000
    path = save(tmp_path, [toll("a", 1, "s1", place=long), toll("b", 2, "s2", place="Fars")])
    _, out = invoke("disagreements", path)
    assert max(map(len, out.splitlines())) < 1_500


def test_the_json_lists_are_streamed() -> None:
    from rightsdata.examples import iran_prisons

    doc = _Findings.of(iran_prisons()).json()
    assert list(doc) == ["disagreements", "near_misses", "date_disagreements"]
    assert all(isinstance(v, _Items) for v in doc.values())


def test_json_output_builds_no_table(monkeypatch) -> None:
    def refuse(*args: object) -> object:
        raise AssertionError("a table was built for --format json")

    monkeypatch.setattr(_sections, "_near_misses_section", refuse)
    monkeypatch.setattr(report_module, "_figures_section", refuse)
    for command in ("disagreements", "report"):
        code, out = invoke(command, "--format", "json")
        assert code == 0
        assert "near_misses" in json.loads(out)
