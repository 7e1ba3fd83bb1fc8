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

from rightsdata._typed import public_home

# The commands register themselves on the group when their modules are imported.
from rightsdata.cli import (  # noqa: F401
    convert,
    disagreements,
    parse,
    report,
    schema,
    timeline,
    validate,
)
from rightsdata.cli._app import cli, main
from rightsdata.cli._errors import _QUOTED as _QUOTED
from rightsdata.cli._errors import _cli_terms as _cli_terms
from rightsdata.cli._files import PROGRESS_THRESHOLD_BYTES
from rightsdata.cli._render import _CELL_ITEMS as _CELL_ITEMS
from rightsdata.cli._render import OutputFormat
from rightsdata.cli._render import _Items as _Items
from rightsdata.cli._render import _json_chunks as _json_chunks
from rightsdata.cli._render import _n as _n
from rightsdata.cli._sections import _Findings as _Findings

public_home(__name__, OutputFormat)


__all__ = ["PROGRESS_THRESHOLD_BYTES", "OutputFormat", "cli", "main"]
