"""``rightsdata convert``: JSON Lines to JSON and back, or to standard output."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import click
import orjson

from rightsdata import _scan
from rightsdata.cli._app import cli
from rightsdata.cli._errors import _Failure
from rightsdata.cli._files import _check_output, _records, _refuse_to_replace, _writing
from rightsdata.cli._render import _n
from rightsdata.errors import ValidationError
from rightsdata.records import RECORD_TYPES, Record
from rightsdata.serialize.jsonio import dumps, record_to_dict, write_json, write_jsonl

__all__ = ["convert_command"]


def _not_records(name: str, data: bytes) -> str | None:
    """What is wrong with a file's bytes as a file of records (its ``"type"`` tags or
    its ``"format"``; the records themselves are not checked), or ``None``."""
    if name.endswith(".json"):
        try:
            doc = orjson.loads(data)
        except orjson.JSONDecodeError:
            return "it is not JSON"
        if type(doc) is dict and doc.get("format") == "rightsdata":
            return None
        return 'it has no "format": "rightsdata"'
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            item = None
        tag = item.get("type") if type(item) is dict else None
        if not (isinstance(tag, str) and tag in RECORD_TYPES):
            return f"line {n} is not a record"
    return None


def _write_stdout(records: Iterable[Record]) -> None:
    """Write records as JSON Lines to standard output."""
    out = sys.stdout.buffer
    for n, r in enumerate(records, 1):
        try:
            line = dumps(record_to_dict(r))
        except ValidationError as exc:
            raise exc.located(file="standard output", line=n) from None
        out.write(line + b"\n")
    out.flush()


@cli.command("convert")
@click.argument("paths", nargs=-1, metavar="IN OUT", type=click.Path(path_type=Path))
@click.option("--example", is_flag=True, help="Convert the bundled example: give OUT only.")
@click.option("--force", is_flag=True, help="Replace OUT even when it is not a file of records.")
def convert_command(paths: tuple[Path, ...], example: bool, force: bool) -> None:
    """Convert IN to OUT, JSON Lines (.jsonl) or JSON (.json) by extension.

    OUT - writes JSON Lines to standard output. OUT is replaced atomically (on an error,
    an existing OUT is left as it was), never when it is IN, and only when it holds
    records (or nothing) unless --force is given.
    """
    if len(paths) != (1 if example else 2):
        raise click.UsageError(
            "expected --example OUT: one path"
            if example
            else "expected IN OUT: two paths (--example OUT converts the bundled example)"
        )
    *given, out = map(os.fspath, paths)
    records: Iterable[Record]
    if given:
        source = given[0]
        _scan.check_input(source)
        _scan.check_extension(source)
        records = _records(source)
    else:
        from rightsdata.examples import iran_prisons

        records = iran_prisons()
    if out == "-":
        _write_stdout(records)
        return
    _check_output(out)
    _scan.check_extension(out)
    if given and os.path.exists(out) and os.path.samefile(given[0], out):
        raise _Failure(f"{out} is the input file: convert never replaces its input")
    if not force:
        _refuse_to_replace(out, _not_records, "a file of records")
    with _writing(out):
        n = write_jsonl(out, records) if out.endswith(".jsonl") else write_json(out, records)
    click.echo(f"wrote {_n(n, 'record')} to {out}")
