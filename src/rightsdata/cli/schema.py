"""``rightsdata schema``: print, write or check the JSON Schema of the records."""

from __future__ import annotations

import sys

import click

from rightsdata.cli._app import cli
from rightsdata.cli._errors import _Failure
from rightsdata.cli._files import _check_output, _refuse_to_replace, _writing
from rightsdata.serialize.jsonio import atomic_write

__all__ = ["schema_command"]


@cli.command("schema")
@click.option("--write", "target", metavar="PATH", help="Write the schema to PATH.")
@click.option(
    "--check", metavar="PATH", help="Exit with status 1 unless PATH holds the schema as written."
)
@click.option("--force", is_flag=True, help="With --write: replace PATH even if not a JSON Schema.")
def schema_command(target: str | None, check: str | None, force: bool) -> None:
    """Print the JSON Schema of the records; --write PATH writes it, --check PATH checks it.

    --write replaces PATH only when it is a JSON Schema (or empty) unless --force is given.
    """
    from rightsdata.serialize.schema import FileState, check_file, not_a_schema, render

    if target is not None and check is not None:
        raise click.UsageError("--write and --check cannot be used together")
    if force and target is None:
        raise click.UsageError("--force goes with --write")
    text = render().encode("utf-8")
    if target is not None:
        _check_output(target)
        if not force:
            _refuse_to_replace(target, lambda _, data: not_a_schema(data), "a JSON Schema")
        with _writing(target):
            atomic_write(target, [text])
        return
    if check is None:
        sys.stdout.buffer.write(text)
        return
    state, problem = check_file(check)
    if state is FileState.CURRENT:
        return
    if state is FileState.FOREIGN:
        raise _Failure(problem)
    click.echo(problem, err=True)
    sys.exit(1)
