"""The ``rightsdata`` command."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import click

from rightsdata.dataset import Dataset
from rightsdata.errors import RightsdataError

__all__ = ["cli", "main"]


def _load(file: Path | None) -> Dataset:
    if file is None:
        from rightsdata.examples import iran_prisons

        return iran_prisons()
    return Dataset.load(file)


def summary(ds: Dataset) -> str:
    """A plain-text summary: record counts by type, then the figures per subject."""
    lines = ["Records"]
    for tag, n in ds.counts().items():
        lines.append(f"  {tag:<10}{n:>6}")
    lines.append(f"  {'total':<10}{len(ds):>6}")
    by_subject: dict[str, list[str]] = defaultdict(list)
    for f in ds.figures():
        when = f.period or f.as_of
        amount = str(f.quantity) if f.quantity.text else f"{f.quantity} {f.unit}"
        words = f"{f.measure}: {amount}" + (f" ({when})" if when else "")
        sources = ", ".join(dict.fromkeys(c.source for c in f.citations))
        by_subject[f.subject or "(no subject)"].append(f"{words}  [{sources}]")
    lines.append("")
    lines.append("Figures by subject")
    for subject, items in by_subject.items():
        record = ds.get(subject)
        label = getattr(record, "title", None) or getattr(record, "name", None) or subject
        lines.append(f"  {label} ({subject})" if record is not None else f"  {subject}")
        lines.extend(f"    - {item}" for item in items)
    return "\n".join(lines)


@click.group()
@click.version_option(package_name="rightsdata")
def cli() -> None:
    """Record, check and compare what human-rights reports say."""


@cli.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
def report(file: Path | None) -> None:
    """Summarize FILE (.jsonl or .json), or the bundled example when none is given."""
    click.echo(summary(_load(file)))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Check FILES for malformed records and broken references; exit 1 on any problem."""
    bad = 0
    for file in files:
        ds = Dataset.load(file)
        for p in ds.validate():
            click.echo(f"{file}: {p}")
            bad += 1
    if bad:
        sys.exit(1)


@cli.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def schema(args: tuple[str, ...]) -> None:
    """Print the JSON Schema of the records; --write PATH writes it, --check PATH checks it."""
    from rightsdata.serialize.schema import main as schema_main

    sys.exit(schema_main(list(args)))


def main() -> None:
    """Entry point of the console script: errors become one line and exit status 1."""
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        sys.exit(130)
    except (RightsdataError, OSError) as exc:
        click.echo(f"rightsdata: error: {exc}", err=True)
        sys.exit(1)
