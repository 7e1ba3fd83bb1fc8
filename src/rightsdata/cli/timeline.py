"""``rightsdata timeline``: the events of a file in date order."""

from __future__ import annotations

from pathlib import Path

from rightsdata.cli._app import cli
from rightsdata.cli._files import _FILE, _load
from rightsdata.cli._render import _FORMAT, OutputFormat, _Items, _show
from rightsdata.cli._sections import _event_json, _timeline, _timeline_section

__all__ = ["timeline_command"]


@cli.command("timeline")
@_FILE
@_FORMAT
def timeline_command(file: Path | None, fmt: str) -> None:
    """List the events of FILE in date order."""
    ds, _ = _load(file)
    _show(
        OutputFormat(fmt),
        lambda: [_timeline_section(ds)],
        lambda: _Items(_event_json(e) for e in _timeline(ds)),
    )
