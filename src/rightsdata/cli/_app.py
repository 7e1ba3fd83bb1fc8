"""The ``rightsdata`` group, its handling of errors, and the console script's entry point."""

from __future__ import annotations

import signal
import sys
import traceback

import click

from rightsdata.cli._errors import _Failure, _one_line
from rightsdata.cli._render import _guard_stdout, _OutputError, _quiet_stdout


class _Group(click.Group):
    """A group whose subcommands turn every error into one line (a traceback with --debug)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            raise
        except Exception as exc:
            if ctx.params.get("debug"):
                traceback.print_exc(file=sys.stderr)
            raise _Failure(_one_line(exc)) from exc


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: writes in progress are undone."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


@click.group(cls=_Group)
@click.version_option(package_name="rightsdata")
@click.option("--debug", is_flag=True, help="On an error, print the traceback too.")
def cli(debug: bool) -> None:
    """Record, check and compare what human-rights reports say.

    Commands that read records take a .jsonl or .json file, or use the bundled example
    (five public reports on Iran's prisons) when none is given.
    """


def main() -> None:
    """Entry point of the console script: errors become one line and exit status 1.

    Output that standard output did not take in full (a size limit, a full disk, closed)
    is an error too; SIGTERM stops the command as Ctrl-C does (status 143, 130 for
    Ctrl-C), undoing a write in progress.
    """
    guard = _guard_stdout()
    signal.signal(signal.SIGTERM, _terminate)
    status = 1
    try:
        code = cli.main(prog_name="rightsdata", standalone_mode=False)
        status = code if isinstance(code, int) else 0
    except SystemExit as exc:  # validate's status
        status = exc.code if isinstance(exc.code, int) else 1
    except click.ClickException as exc:
        exc.show()
        status = exc.exit_code
    except _OutputError as exc:
        click.echo(f"rightsdata: error: {_one_line(exc)}", err=True)
    except click.exceptions.Abort as exc:
        click.echo("Aborted!", err=True)
        status = 143 if isinstance(exc.__cause__, _Terminated) else 130
    except BrokenPipeError:
        # The reader went away (``rightsdata report | head``): stop quietly.
        _quiet_stdout()
        sys.exit(1)
    try:
        sys.stdout.flush()
    except _OutputError as exc:
        click.echo(f"rightsdata: error: {_one_line(exc)}", err=True)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(1)
    if guard is not None and guard.failed:
        status = status or 1
    sys.exit(status)
