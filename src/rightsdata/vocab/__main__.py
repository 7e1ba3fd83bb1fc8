"""``python -m rightsdata.vocab --write DOCS`` / ``--check DOCS``: the docs' word tables.

``--write`` regenerates the tables between the ``<!-- vocab:NAME:start/end -->`` markers of
the pages in DOCS from the vocabulary files; ``--check`` exits 1 naming every stale page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rightsdata.vocab._docs import stale, write


def main(argv: list[str] | None = None) -> int:
    """Run the command on ``argv`` (``sys.argv[1:]`` by default); the exit status."""
    parser = argparse.ArgumentParser(prog="python -m rightsdata.vocab", description=__doc__)
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--write", metavar="DOCS", type=Path, help="regenerate the tables")
    how.add_argument("--check", metavar="DOCS", type=Path, help="fail on a stale table")
    args = parser.parse_args(argv)
    if args.write is not None:
        for page in write(args.write):
            print(f"rewrote {args.write / page}")
        return 0
    pages = stale(args.check)
    for page in pages:
        print(
            f"{args.check / page}: a word table is stale; run python -m rightsdata.vocab "
            f"--write {args.check}",
            file=sys.stderr,
        )
    return 1 if pages else 0


if __name__ == "__main__":
    sys.exit(main())
