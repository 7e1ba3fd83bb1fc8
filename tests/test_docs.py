"""Every code example in the documentation runs as a test.

What is collected, one test per block (test id ``docs/records.md:42``, the line of the
opening fence):

* each fenced code block whose language is ``python`` (or ``py`` / ``pycon``) in
  ``docs/*.md`` and in ``README.md``, including blocks indented inside admonitions;
* a block that contains a ``>>>`` prompt is run as a doctest (``doctest.ELLIPSIS`` and
  ``doctest.NORMALIZE_WHITESPACE`` are on), and a failure shows the doctest report;
* any other block is executed as a script, and passes if it raises nothing.

Each block runs in a fresh namespace (so every example does its own imports) and with a
fresh, empty temporary directory as the working directory (so an example may write
``events.jsonl`` and show the error message that names it).

To keep an example out of the tests (a sketch, an API that does not exist yet, a shell
session), mark it in either of two ways:

* give the fence a ``no-run`` class: ```` ```python {.no-run} ```` (or
  ```` ```{.python .no-run} ````); this is the attribute syntax of
  pymdownx.superfences, so the block still renders as highlighted Python. A bare word
  (```` ```python no-run ````) is refused by this test: superfences would not recognise
  the fence and the page would show the raw backticks;
* or put the HTML comment ``<!-- no-run -->`` on the line just above the fence
  (blank lines in between are allowed).

A second test runs the doctests in the docstrings of every module of ``rightsdata``
(``rightsdata.strategies`` is skipped when hypothesis is not installed).
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import io
import pkgutil
import re
from pathlib import Path

import pytest

import rightsdata

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
OPTIONFLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
PYTHON_LANGUAGES = frozenset({"python", "py", "pycon", "python3"})
NO_RUN = "no-run"
NO_RUN_COMMENT = re.compile(r"^\s*<!--\s*no-run\s*-->\s*$")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*?)\s*$")


class Block:
    """One fenced code block of a Markdown file."""

    def __init__(self, path: Path, line: int, info: str, code: str, no_run: bool) -> None:
        self.path = path
        self.line = line
        self.info = info
        self.code = code
        self.no_run = no_run

    @property
    def language(self) -> str:
        """The first word of the info string, without superfences braces and dots."""
        words = self.words()
        return words[0].lower() if words else ""

    def words(self) -> list[str]:
        """The info string's words outside and inside ``{...}``, without leading dots."""
        outside = re.sub(r"\{[^}]*\}", " ", self.info).split()
        inside = " ".join(re.findall(r"\{([^}]*)\}", self.info)).split()
        return [w.lstrip(".") for w in outside + inside]

    @property
    def bare_no_run(self) -> bool:
        """``no-run`` written as a bare word, which superfences cannot render."""
        return NO_RUN in re.sub(r"\{[^}]*\}", " ", self.info).split()

    @property
    def id(self) -> str:
        """``file:line`` relative to the repository root."""
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"


def fenced_blocks(path: Path) -> list[Block]:
    """Every fenced code block in a Markdown file, with the line of its opening fence."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, fence, info = len(m["indent"]), m["fence"], m["info"]
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines):
            close = FENCE.match(lines[i])
            if (
                close is not None
                and close["fence"][0] == fence[0]
                and len(close["fence"]) >= len(fence)
                and not close["info"]
            ):
                break
            line = lines[i]
            # Drop the fence's own indentation (blocks nested in admonitions or lists).
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            i += 1
        i += 1
        above = start - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        commented = above >= 0 and NO_RUN_COMMENT.match(lines[above]) is not None
        block = Block(path, start + 1, info, "\n".join(body) + "\n", commented)
        block.no_run = commented or NO_RUN in block.words()
        blocks.append(block)
    return blocks


def python_blocks() -> list[Block]:
    """The Python blocks of every documentation file, in file and line order."""
    out: list[Block] = []
    for path in DOC_FILES:
        if path.exists():
            out.extend(b for b in fenced_blocks(path) if b.language in PYTHON_LANGUAGES)
    return out


BLOCKS = python_blocks()


def run_doctest(test: doctest.DocTest) -> tuple[int, str]:
    """Run one doctest; return the number of failures and the runner's report."""
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=OPTIONFLAGS, verbose=False)
    runner.run(test, out=out.write, clear_globs=True)
    return runner.failures, out.getvalue()


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_doc_example(block: Block, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if block.bare_no_run:
        pytest.fail(
            f"{block.id}: write ```python {{.no-run}} (superfences cannot render "
            f"```{block.info}: the page would show the raw fence)",
            pytrace=False,
        )
    if block.no_run:
        pytest.skip(f"{block.id} is marked no-run")
    monkeypatch.chdir(tmp_path)
    globs: dict[str, object] = {"__name__": "__docs__"}
    if re.search(r"^\s*>>>", block.code, re.MULTILINE):
        # Line numbers in the report are those of the Markdown file.
        test = doctest.DocTestParser().get_doctest(
            block.code, globs, block.id, str(block.path), block.line
        )
        failures, report = run_doctest(test)
        if failures:
            pytest.fail(f"{failures} doctest failure(s) in {block.id}\n{report}", pytrace=False)
    else:
        # Pad with blank lines so tracebacks point at the Markdown file's own line numbers.
        source = "\n" * block.line + block.code
        exec(compile(source, str(block.path), "exec"), globs)


def test_examples_are_collected() -> None:
    # The parser itself: a doc with known blocks yields exactly those, with their lines.
    sample = ROOT / "docs" / "index.md"
    if not sample.exists():
        pytest.skip("docs/index.md is not written yet")
    blocks = [b for b in BLOCKS if b.path == sample]
    assert blocks, "docs/index.md has no python example"
    text = sample.read_text(encoding="utf-8").splitlines()
    for b in blocks:
        assert text[b.line - 1].lstrip().startswith(("```", "~~~")), b.id
        assert b.code.strip()
        assert b.code.strip().splitlines()[0] in text[b.line]


def test_fence_parser_handles_markers(tmp_path: Path) -> None:
    md = tmp_path / "sample.md"
    md.write_text(
        "# t\n"
        "```python\nx = 1\n```\n"
        "```python {.no-run}\nraise SystemExit\n```\n"
        "<!-- no-run -->\n\n"
        "```python\nraise SystemExit\n```\n"
        "!!! note\n    ```pycon\n    >>> 1 + 1\n    2\n    ```\n"
        "````markdown\n```python\nnot collected\n```\n````\n"
        "```bash\necho hi\n```\n"
        "```{.python .no-run}\nraise SystemExit\n```\n"
        "```python no-run\nraise SystemExit\n```\n",
        encoding="utf-8",
    )
    blocks = fenced_blocks(md)
    got = [(b.line, b.language, b.no_run, b.code) for b in blocks]
    assert got == [
        (2, "python", False, "x = 1\n"),
        (5, "python", True, "raise SystemExit\n"),
        (10, "python", True, "raise SystemExit\n"),
        (14, "pycon", False, ">>> 1 + 1\n2\n"),
        (18, "markdown", False, "```python\nnot collected\n```\n"),
        (23, "bash", False, "echo hi\n"),
        (26, "python", True, "raise SystemExit\n"),
        (29, "python", True, "raise SystemExit\n"),
    ]
    assert [b.bare_no_run for b in blocks] == [False] * 7 + [True]


def test_wrong_output_fails_with_the_markdown_line(tmp_path: Path) -> None:
    md = tmp_path / "wrong.md"
    md.write_text("# t\n\ntext\n\n```python\n>>> x = 1\n>>> x + 1\n3\n```\n", encoding="utf-8")
    (block,) = fenced_blocks(md)
    test = doctest.DocTestParser().get_doctest(block.code, {}, "wrong", str(md), block.line)
    failures, report = run_doctest(test)
    assert failures == 1
    assert f'File "{md}", line 7' in report  # the line of ">>> x + 1" in the file
    assert "Expected:\n    3\nGot:\n    2" in report


def _module_names() -> list[str]:
    names = ["rightsdata"]
    for info in pkgutil.walk_packages(rightsdata.__path__, prefix="rightsdata."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # importing it would run the command line
        names.append(info.name)
    return sorted(names)


MODULES = _module_names()


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if name == "rightsdata.strategies" and importlib.util.find_spec("hypothesis") is None:
        pytest.skip("rightsdata.strategies needs hypothesis")
    monkeypatch.chdir(tmp_path)
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    reports = []
    for test in finder.find(module, name):
        failures, report = run_doctest(test)
        if failures:
            reports.append(report)
    if reports:
        pytest.fail(f"doctest failures in {name}\n" + "\n".join(reports), pytrace=False)


SPHINX_ROLE = re.compile(r":(class|func|meth|attr|data|mod|exc|obj):`")
BARE_DOCTEST = re.compile(r"^\s*>>> ", re.MULTILINE)


def _docstrings(name: str) -> list[tuple[str, str]]:
    """Every docstring of a module's own classes, functions and methods, with its owner."""
    module = importlib.import_module(name)
    found = doctest.DocTestFinder(exclude_empty=False).find(module, name)
    return [(t.name, t.docstring or "") for t in found]


@pytest.mark.parametrize("name", MODULES)
def test_docstrings_use_mkdocstrings_markup(name: str) -> None:
    """The API page renders Markdown: reST roles would show raw and a doctest outside a
    ``pycon`` fence would render as nested blockquotes."""
    if name == "rightsdata.strategies" and importlib.util.find_spec("hypothesis") is None:
        pytest.skip("rightsdata.strategies needs hypothesis")
    bad = []
    for owner, doc in _docstrings(name):
        if SPHINX_ROLE.search(doc):
            bad.append(f"{owner}: reST role {SPHINX_ROLE.search(doc).group(0)!r}")
        inside = False
        for line in doc.splitlines():
            if line.strip().startswith("```"):
                inside = not inside
            elif BARE_DOCTEST.match(line) and not inside:
                bad.append(f"{owner}: doctest outside a ```pycon fence: {line.strip()!r}")
                break
    assert not bad, "\n".join(bad)
