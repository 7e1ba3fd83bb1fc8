"""Peak memory of the ``rightsdata`` commands against ``Dataset.load`` of the same file.

Each command runs in a child process of its own; its peak resident memory is the
``ru_maxrss`` that ``os.wait4`` reports for it. Two generated files:

* events: the sources, actors and facilities that :mod:`eventgen` cites, then its
  events (every reference resolves, as in a sound dataset): ``validate``;
* figures: many figures of a few subjects and measures, so that groups of figures that
  count the same thing are large: ``report`` (table and JSON) and ``disagreements``.

Run from the repository root::

    python benchmarks/bench_memory.py                  # 200,000 events, 20,000 figures
    python benchmarks/bench_memory.py --events 1000000 --figures 60000
    python benchmarks/bench_memory.py --quick          # 20,000 events, 2,000 figures

It prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from eventgen import _PUBLISHERS, SEED, generate_events
from rightsdata import (
    Actor,
    ActorKind,
    Citation,
    DateRange,
    Event,
    Facility,
    FacilityKind,
    Figure,
    Quantity,
    Record,
    Source,
    SourceKind,
    write_jsonl,
)


def _referenced(seed: int = SEED) -> Iterator[Record]:
    """The records :func:`eventgen.generate_events` refers to (the same ids, drawn the
    same way from the same seed)."""
    rng = random.Random(seed)
    sources = [
        f"{rng.choice(_PUBLISHERS)}-{rng.randint(1988, 2023)}-{rng.randint(1, 12):02d}-"
        f"{rng.randint(1, 28):02d}"
        for _ in range(300)
    ]
    for sid in dict.fromkeys(sources):
        yield Source(id=sid, kind=SourceKind.NGO_REPORT, title=f"Report {sid}")
    for i in range(400):
        yield Actor(id=f"actor-{i:04d}", kind=ActorKind.PERSON, name=f"Person {i}")
    for i in range(40):
        yield Facility(id=f"facility-{i:03d}", kind=FacilityKind.PRISON, name=f"Prison {i}")


def _events_file(path: Path, count: int) -> None:
    def records() -> Iterator[Record]:
        yield from _referenced()
        yield from generate_events(count)

    write_jsonl(path, records())


def _figures_file(path: Path, count: int) -> None:
    rng = random.Random(SEED)
    sources = [f"source-{i:03d}" for i in range(200)]
    subjects = [f"event-{i:02d}" for i in range(20)]

    def records() -> Iterator[Record]:
        for sid in sources:
            yield Source(id=sid, kind=SourceKind.NEWS_ARTICLE, title=f"Article {sid}")
        for eid in subjects:
            yield Event(
                id=eid,
                kind="mass_arrest",
                title=f"Arrests {eid}",
                date=DateRange.parse("2019-11"),
                citations=(Citation(source=sources[0]),),
            )
        for n in range(count):
            low = rng.randint(100, 9000)
            yield Figure(
                id=f"figure-{n:06d}",
                subject=rng.choice(subjects),
                measure=rng.choice(("detained", "killed")),
                quantity=Quantity.at_least(low, text=f"at least {low:,}"),
                citations=(Citation(source=rng.choice(sources)),),
            )

    write_jsonl(path, records())


def _peak_mb(args: list[str]) -> float:
    """Peak resident memory of one child process, in MB; its output is thrown away."""
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(args, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        print(f"  ! {' '.join(args[-3:])} exited {os.waitstatus_to_exitcode(status)}")
    return usage.ru_maxrss / 1024


def _row(label: str, mb: float, base: float) -> None:
    print(f"| {label} | {mb:,.0f} | {mb / base:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--figures", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.events, args.figures = 20_000, 2_000
    command = [sys.executable, "-c", "from rightsdata.cli import main; main()"]
    load = [
        sys.executable,
        "-c",
        "import sys; from rightsdata import Dataset; Dataset.load(sys.argv[1])",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        events, figures = Path(tmp) / "events.jsonl", Path(tmp) / "figures.jsonl"
        _events_file(events, args.events)
        _figures_file(figures, args.figures)
        for path, runs in (
            (events, [["validate"]]),
            (figures, [["report"], ["report", "--format", "json"], ["disagreements"]]),
        ):
            size = path.stat().st_size / 1e6
            print(f"\n{path.name}: {size:,.1f} MB\n")
            print("| command | peak MB | × Dataset.load |\n|---|---:|---:|")
            base = _peak_mb([*load, str(path)])
            _row("Dataset.load", base, base)
            for run in runs:
                _row(f"rightsdata {' '.join(run)}", _peak_mb([*command, *run, str(path)]), base)
            if path == figures:
                out = subprocess.run([*command, "report", str(path)], capture_output=True)
                lines = out.stdout.splitlines()
                print(
                    f"\nreport output: {len(out.stdout) / 1e6:,.1f} MB, "
                    f"longest line {max(map(len, lines)):,} characters"
                )


if __name__ == "__main__":
    main()
