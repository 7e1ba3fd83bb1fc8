"""The README opens with the two set-up commands, and CI runs the second one verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.match(r"# rightsdata\n\n```bash\n(.*?)\n```", text, re.DOTALL)
    assert m, "the README must open with a bash block of set-up commands"
    return m.group(1).splitlines()


def test_readme_opens_with_two_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    assert commands[0].endswith("rightsdata report")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup_commands()[1] in ci
