"""The ``rightsdata`` command: report on, check, compare and convert record files.

Every subcommand that reads records works on a ``.jsonl`` (JSON Lines) or ``.json`` file;
``report``, ``disagreements`` and ``timeline`` use the bundled example dataset when no
file is given, ``validate`` and ``convert`` only when told to with ``--example``:

    rightsdata report [FILE] [--format table|markdown|json]
    rightsdata validate FILE... [--example] [--json]
    rightsdata disagreements [FILE] [--format ...]
    rightsdata timeline [FILE] [--format ...]
    rightsdata convert IN OUT [--force]  |  rightsdata convert --example OUT
    rightsdata schema [--write PATH [--force] | --check PATH]
    rightsdata parse-date TEXT [--anchor DATE] [--calendar jalali] [--json]
    rightsdata parse-quantity TEXT [--margin RATIO] [--json]

No command replaces a file it reads, nor a file that does not hold what it writes
(records, a JSON Schema) unless given ``--force``. Tables use colour only when standard
output is a terminal, and are plain text otherwise. Bad input (a missing file, a
malformed line, an unknown record type, a date that cannot be read, a file that cannot
be written) gives one line on standard error, ``rightsdata: error: ...``, in the
command's own terms (``--anchor``, not the library's ``anchor=``), and exit status 1;
``rightsdata --debug ...`` prints the traceback too. The page ``docs/cli.md`` shows every
subcommand with its output.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from rightsdata._typed import public_home
from rightsdata.cli._app import _COMMANDS, cli, console, main
from rightsdata.cli._errors import _QUOTED as _QUOTED
from rightsdata.cli._errors import _cli_terms as _cli_terms
from rightsdata.cli._output import OutputFormat

if TYPE_CHECKING:
    from rightsdata.cli._files import PROGRESS_THRESHOLD_BYTES
    from rightsdata.cli._render import _CELL_ITEMS as _CELL_ITEMS
    from rightsdata.cli._render import _Items as _Items
    from rightsdata.cli._render import _json_chunks as _json_chunks
    from rightsdata.cli._render import _n as _n
    from rightsdata.cli._sections import _Findings as _Findings

public_home(__name__, OutputFormat)

_LAZY = {
    "PROGRESS_THRESHOLD_BYTES": "_files",
    "_CELL_ITEMS": "_render",
    "_Items": "_render",
    "_json_chunks": "_render",
    "_n": "_render",
    "_Findings": "_sections",
}
"""Names offered here from modules that import the records and the analyses, by module."""

_SUBMODULES = frozenset(
    {"_app", "_errors", "_files", "_output", "_render", "_sections"}
    | {module for module, _ in _COMMANDS.values()}
)
"""The modules of the package, each offered as an attribute (``rightsdata.cli.report``)."""


def __getattr__(name: str) -> object:
    """A name of ``_LAZY`` or a submodule, imported when first asked for (PEP 562):
    ``import rightsdata.cli`` and ``rightsdata --help`` import no command's module, and
    none of the records, dates or analyses those import."""
    home = _LAZY.get(name)
    if home is not None:
        value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})


__all__ = ["PROGRESS_THRESHOLD_BYTES", "OutputFormat", "cli", "console", "main"]
