"""``rightsdata validate``: check files record by record, with
[`validate_file`][rightsdata.validation.validate_file].
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from rightsdata import _scan
from rightsdata.cli import _files, _render
from rightsdata.cli._app import cli
from rightsdata.cli._errors import _one_line
from rightsdata.cli._render import _echo_json, _Items
from rightsdata.errors import RightsdataError
from rightsdata.validation import Issue, Progress, Severity, validate_file

__all__ = ["validate_command"]


def _progress(name: str) -> Progress | None:
    """The progress bar of checking the file ``name``, or ``None`` when none is shown:
    standard error is not a terminal, or the file is small (a JSON Lines file of at most
    ``PROGRESS_THRESHOLD_BYTES``, a JSON file of at most ``_PROGRESS_THRESHOLD_RECORDS``
    records, known once it is read)."""
    if not _render._stderr_is_tty():
        return None
    label = f"checking {name}"
    if name.endswith(".json"):
        least = _files._PROGRESS_THRESHOLD_RECORDS
        return lambda total: _render._progress(label, total if total > least else 0, "records")
    if os.path.getsize(name) <= _files.PROGRESS_THRESHOLD_BYTES:
        return None
    return lambda total: _render._progress(label, total, "records")


def _issues(name: str) -> list[Issue]:
    """Every issue of the file ``name``, in line order."""
    _scan.check_input(name)  # (before getsize: a missing file is reported as such)
    return list(validate_file(name, progress=_progress(name)).issues)


@cli.command("validate")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--example", is_flag=True, help="Check the bundled example too.")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as a JSON list.")
def validate_command(files: tuple[Path, ...], example: bool, as_json: bool) -> None:
    """Check FILES for malformed records and broken references; exit 1 on any problem.

    Prints every problem as FILE:LINE: PATH: MESSAGE, and every warning (an empty file,
    an undocumented kind or measure) as FILE:LINE: warning: PATH: MESSAGE; warnings do
    not change the exit status.
    """
    if not files and not example:
        raise click.UsageError("expected one or more FILES (or --example for the bundled one)")
    issues: list[Issue] = []
    failed = False
    if example:
        from importlib import resources

        from rightsdata import examples

        with resources.as_file(resources.files(examples) / examples.IRAN_PRISONS_FILE) as path:
            issues += _issues(os.fspath(path))
    for name in map(os.fspath, files):
        try:
            issues += _issues(name)
        except (OSError, RightsdataError) as exc:
            click.echo(f"rightsdata: error: {_one_line(exc)}", err=True)
            failed = True
    if as_json:
        _echo_json(_Items(i.to_dict() for i in issues))
    else:
        for issue in issues:
            click.echo(str(issue))
    if failed or any(i.severity is Severity.ERROR for i in issues):
        sys.exit(1)
