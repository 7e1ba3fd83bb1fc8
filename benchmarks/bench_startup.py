"""Benchmark: how long the command and the package take to start, each in a fresh process.

Times, as subprocesses of the interpreter running this script, wall clock from start to
exit: a bare interpreter (``python -c pass``, the floor), ``import rightsdata``,
``import rightsdata.cli``, ``rightsdata --help`` and ``rightsdata report`` on the bundled
example (output thrown away). Each is run ``--runs`` times, in turn with the others so a
busy moment hurts all alike; printed are the median and the fastest run, and PASS or FAIL
against the start-up target of 150 ms (the bare interpreter and ``report``, which loads
and analyses the example, have none). Then the modules ``rightsdata --help`` spends the
most time importing, by their own (self) time from ``python -X importtime``, with the
cumulative time of each. Nothing is asserted.

The console script ``rightsdata`` is the one beside this interpreter (a virtual
environment's ``bin``), else ``python -c "from rightsdata.cli import console; console()"``::

    python benchmarks/bench_startup.py            # 15 runs of each
    python benchmarks/bench_startup.py --quick    # a smoke run: 3 runs of each
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_MS = 150.0
"""The start-up aimed at: ``import rightsdata``, ``import rightsdata.cli`` and ``--help``."""

ENTRY = "from rightsdata.cli import console; console()"


def _command() -> list[str]:
    """The ``rightsdata`` console script beside this interpreter, or its stand-in."""
    script = Path(sys.executable).with_name("rightsdata")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-c", ENTRY]


def cases() -> list[tuple[str, list[str], float | None]]:
    """Each timed case: its label, its command line, and its target in ms (or none)."""
    python, rightsdata = sys.executable, _command()
    return [
        ("python -c pass", [python, "-c", "pass"], None),
        ("import rightsdata", [python, "-c", "import rightsdata"], TARGET_MS),
        ("import rightsdata.cli", [python, "-c", "import rightsdata.cli"], TARGET_MS),
        ("rightsdata --help", [*rightsdata, "--help"], TARGET_MS),
        ("rightsdata report (example)", [*rightsdata, "report"], None),
    ]


def _wall_ms(args: list[str]) -> float:
    """Milliseconds from starting ``args`` to its exit; a failure is reported."""
    start = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    ms = (time.perf_counter() - start) * 1000
    if done.returncode:
        print(f"  ! {' '.join(args[-2:])} exited {done.returncode}: {done.stderr[-200:]!r}")
    return ms


def timings(runs: int) -> dict[str, list[float]]:
    """Each case's wall times over ``runs`` rounds (one warm-up round first, not kept)."""
    todo = cases()
    times: dict[str, list[float]] = {label: [] for label, _, _ in todo}
    for round_ in range(runs + 1):
        for label, args, _ in todo:
            ms = _wall_ms(args)
            if round_:
                times[label].append(ms)
    return times


def import_times(top: int) -> list[tuple[str, int, int]]:
    """The ``top`` modules of ``rightsdata --help`` by self time: (name, self us, cumulative us)."""
    args = [sys.executable, "-X", "importtime", "-c", ENTRY, "--help"]
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        own, total, name = (part.strip() for part in line.split(":", 1)[1].split("|"))
        if own.isdigit():
            rows.append((name, int(own), int(total)))
    rows.sort(key=lambda row: row[1], reverse=True)
    return rows[:top]


def main() -> None:
    """Time every case, print the medians with their verdicts and the slowest imports."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each case (median kept)")
    parser.add_argument("--top", type=int, default=12, help="modules listed from -X importtime")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 3 runs of each")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    times = timings(runs)
    print(f"start-up, wall ms, {runs} runs each ({sys.executable})")
    print(f"  {'case':<30} {'median':>8} {'fastest':>8}  verdict")
    for label, _, target in cases():
        median, fastest = statistics.median(times[label]), min(times[label])
        if target is None:
            verdict = "(no target)"
        else:
            verdict = f"{'PASS' if median < target else 'FAIL'} (< {target:.0f} ms)"
        print(f"  {label:<30} {median:8.1f} {fastest:8.1f}  {verdict}")
    print()
    print("rightsdata --help: the slowest imports (python -X importtime), ms")
    print(f"  {'module':<44} {'self':>7} {'cumulative':>11}")
    for name, own, total in import_times(args.top):
        print(f"  {name:<44} {own / 1000:7.1f} {total / 1000:11.1f}")


if __name__ == "__main__":
    main()
