"""The docs' word tables are the vocabulary files' (as docs/schema.json is the schema)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rightsdata.vocab import FILES, load, words
from rightsdata.vocab.__main__ import main
from rightsdata.vocab._docs import PAGES, stale, tables, write

DOCS = Path(__file__).parent.parent / "docs"


def test_the_docs_tables_are_current() -> None:
    assert stale(DOCS) == [], "run: python -m rightsdata.vocab --write docs/"


def test_the_check_command_passes_on_the_docs() -> None:
    assert main(["--check", str(DOCS)]) == 0


def test_a_stale_table_is_found_and_rewritten(tmp_path: Path, capsys) -> None:
    for page in PAGES:
        shutil.copy(DOCS / page, tmp_path / page)
    page = tmp_path / "dates.md"
    page.write_text(page.read_text(encoding="utf-8").replace("`circa`, ", ""), encoding="utf-8")
    assert stale(tmp_path) == ["dates.md"]
    assert main(["--check", str(tmp_path)]) == 1
    assert "dates.md" in capsys.readouterr().err
    assert write(tmp_path) == ["dates.md"]
    assert stale(tmp_path) == []
    assert page.read_text(encoding="utf-8") == (DOCS / "dates.md").read_text(encoding="utf-8")


def test_a_page_without_its_markers_is_an_error(tmp_path: Path) -> None:
    for page in PAGES:
        (tmp_path / page).write_text("# nothing here\n", encoding="utf-8")
    with pytest.raises(ValueError, match="markers"):
        stale(tmp_path)


def test_every_table_lists_every_circa_word() -> None:
    table = tables()["dates.md"]["date-words"]
    for word in words("dates_en", "hedges.approximate"):
        assert f"`{word}`" in table


@pytest.mark.parametrize("name", FILES)
def test_every_vocabulary_file_is_read_once(name: str) -> None:
    assert load(name) is load(name)
