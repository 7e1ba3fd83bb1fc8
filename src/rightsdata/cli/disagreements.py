"""``rightsdata disagreements``: the figures that count the same thing, and near misses."""

from __future__ import annotations

from pathlib import Path

from rightsdata.cli._app import cli
from rightsdata.cli._files import _FILE, _load
from rightsdata.cli._render import _FORMAT, OutputFormat, _show
from rightsdata.cli._sections import _Findings

__all__ = ["disagreements_command"]


@cli.command("disagreements")
@_FILE
@_FORMAT
def disagreements_command(file: Path | None, fmt: str) -> None:
    """Show the figures of FILE that count the same thing, and how far they differ.

    Then the near misses: figures about one subject and period kept apart only by
    their measure, unit or place.
    """
    ds, _ = _load(file)
    found = _Findings.of(ds)
    _show(OutputFormat(fmt), found.sections, found.json)
