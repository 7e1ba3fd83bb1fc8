"""The ``rightsdata`` group, its handling of errors, and the console script's entry point.

The group imports a subcommand's module only when the subcommand is used: ``_COMMANDS``
names each one's module and short help, so ``rightsdata --help`` lists them all without
importing any (the analyses, the records, the dates and their libraries). A command's
module still defines it and registers it on ``cli`` when imported; tests/test_cli_startup.py
holds ``_COMMANDS`` to the commands the modules define.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import traceback

import click

from rightsdata.cli._errors import _Failure, _one_line
from rightsdata.cli._output import _guard_stdout, _OutputError, _quiet_stdout

_COMMANDS: dict[str, tuple[str, str]] = {
    "convert": (
        "convert",
        "Convert IN to OUT, JSON Lines (.jsonl) or JSON (.json) by extension.",
    ),
    "disagreements": (
        "disagreements",
        "Show the figures of FILE that count the same thing, and how far they differ.",
    ),
    "parse-date": (
        "parse",
        'Read TEXT as a date range: "late July 1988", "1367 SH", "1988-07/1988-09".',
    ),
    "parse-quantity": (
        "parse",
        'Read TEXT as a hedged count: "at least 5,000", "some 85,000", "hundreds".',
    ),
    "report": (
        "report",
        "Summarize FILE: records, figures, where sources disagree, near misses, and a timeline.",
    ),
    "schema": (
        "schema",
        "Print the JSON Schema of the records; --write PATH writes it, --check PATH checks it.",
    ),
    "timeline": ("timeline", "List the events of FILE in date order."),
    "validate": (
        "validate",
        "Check FILES for malformed records and broken references; exit 1 on any problem.",
    ),
}
"""Each subcommand: the module of ``rightsdata.cli`` that defines it, and its short help
(the first sentence of its help, which ``--help`` shortens to the width as click does)."""


def _stand_in(name: str) -> click.Command:
    """A command with only the stored short help of ``name``: what ``--help`` shows of a
    subcommand whose module is not imported, shortened as the real one would be."""
    return click.Command(name, help=_COMMANDS[name][1])


class _Group(click.Group):
    """A group whose subcommands turn every error into one line (a traceback with --debug),
    each imported when first used (``_COMMANDS``)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*_COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            importlib.import_module(f"rightsdata.cli.{_COMMANDS[cmd_name][0]}")
        return super().get_command(ctx, cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in _COMMANDS and args[0] not in self.commands:
            # not a command: import them all, for click's "Did you mean 'report'?"
            for name in _COMMANDS:
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click's, but a subcommand not yet imported is shown by its stored short
        help, not imported to be asked."""
        shown = [
            (name, self.commands.get(name) or _stand_in(name)) for name in self.list_commands(ctx)
        ]
        shown = [(name, command) for name, command in shown if not command.hidden]
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        with formatter.section("Commands"):
            formatter.write_dl(
                [(name, command.get_short_help_str(limit)) for name, command in shown]
            )

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
    """The command, run from ``sys.argv``: errors become one line and exit status 1.

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


def console() -> None:
    """The console script: [`main`][rightsdata.cli.main], then an exit that skips tearing
    down the interpreter's objects once everything is written.

    A process that loaded a million records spends seconds at exit freeing them one by
    one, after its output is complete. The streams are flushed first (an error doing so
    is reported, as ``main`` reports it), then the process ends with ``os._exit``.
    Only the installed ``rightsdata`` command comes here; ``main`` itself exits as any
    Python program does, so calling it in a program or a test leaves the interpreter
    running.
    """
    try:
        main()
        status = 0
    except SystemExit as exc:
        status = _status(exc.code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # gone or closed: nothing more can be said
            status = status or 1
    os._exit(status)


def _status(code: object) -> int:
    """The exit status ``sys.exit(code)`` gives: ``None`` 0, an int itself, else 1 (the
    code printed, as the interpreter prints it)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
