"""Benchmark: rightsdata's date parser against python-edtf, on the same strings, in one run.

Parses the 67 valid EDTF strings of ``tests/data/edtf_python_edtf.json`` with
``DateRange.parse`` and with python-edtf's ``parse_edtf``, and a list of English
phrases from the seed reports with ``DateRange.parse`` and with python-edtf's
``text_to_edtf`` followed by ``parse_edtf`` (the only way it gets bounds from words).
Both sides time the whole way from the string to its strict bounds (a pair of days).

Each string's time is the best of ``--repeat`` rounds; every round times both libraries
on every string, in turn, so a busy moment on the machine hurts both alike. rightsdata
is timed over ``--number`` calls per round (a call takes microseconds), python-edtf over
one (it takes milliseconds). The garbage collector is off while timing, as in
:mod:`timeit`. Printed: microseconds per string for each, the ratio per English phrase,
the total ratio (sum of their times over the sum of ours) for each list, and how many
strict bounds agree (a disagreement is listed: python-edtf reads "late July 1988" as all
of July, "before 1990" as a decade). Nothing is asserted.

python-edtf is a benchmark-only dependency (the ``bench`` extra)::

    pip install edtf
    python benchmarks/bench_dates.py            # best of 7 rounds
    python benchmarks/bench_dates.py --quick    # a smoke run
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rightsdata import DateParseError, DateRange

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "edtf_python_edtf.json"

PHRASES = [
    "late July 1988",
    "between late July and early September 1988",
    "the Summer of 1988",
    "in August 2016",
    "20 July 1988",
    "July 20, 1988",
    "July 1988",
    "1988",
    "early September 1988",
    "the 1980s",
    "the early 1990s",
    "circa 1990",
    "before 1990",
    "after 2016",
    "July-September 1988",
    "Tuesday, August 24, 2021",
    "March 2020",
    "29 Tir 1367",
    "1367 SH",
    "winter 1988",
]

TARGET = 500
"""The speed-up over python-edtf aimed at, on each list as a whole."""

Bounds = tuple[date | None, date | None]


def ours(text: str) -> Bounds | None:
    """Strict bounds from rightsdata (``None`` when it refuses the text)."""
    try:
        r = DateRange.parse(text)
    except DateParseError:
        return None
    return r.earliest, r.latest


def _day(value: object) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OverflowError):
        return None


def theirs(text: str, *, words: bool) -> Bounds | None:
    """Strict bounds from python-edtf (``text_to_edtf`` first when ``words``)."""
    from edtf import parse_edtf, text_to_edtf

    try:
        e = text_to_edtf(text) if words else text
        if e is None:
            return None
        parsed = parse_edtf(e)
        return _day(parsed.lower_strict()), _day(parsed.upper_strict())
    except Exception:  # python-edtf raises many kinds; any failure is "no answer"
        return None


def _timed(fn: Callable[[str], object], text: str, number: int) -> float:
    """Seconds per call of ``fn(text)``, over ``number`` calls."""
    start = time.perf_counter()
    for _ in range(number):
        fn(text)
    return (time.perf_counter() - start) / number


def best_times(
    strings: list[str], *, words: bool, repeat: int, number: int
) -> tuple[list[float], list[float]]:
    """The best seconds per call, per string, for rightsdata and for python-edtf."""

    def other(text: str) -> Bounds | None:
        return theirs(text, words=words)

    mine = [float("inf")] * len(strings)
    other_best = [float("inf")] * len(strings)
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            for i, text in enumerate(strings):
                mine[i] = min(mine[i], _timed(ours, text, number))
                other_best[i] = min(other_best[i], _timed(other, text, 1))
    finally:
        if enabled:
            gc.enable()
    return mine, other_best


def _show(b: Bounds | None) -> str:
    if b is None:
        return "error"
    return "/".join(d.isoformat() if d else ".." for d in b)


def run(label: str, strings: list[str], *, words: bool, repeat: int, number: int) -> float:
    """Time one list, print the comparison, and return the total ratio."""
    mine = [ours(s) for s in strings]  # also warms both parsers up
    other = [theirs(s, words=words) for s in strings]
    same = [a == b and a is not None for a, b in zip(mine, other, strict=True)]
    t_ours, t_theirs = best_times(strings, words=words, repeat=repeat, number=number)
    ratios = [b / a for a, b in zip(t_ours, t_theirs, strict=True)]
    total = sum(t_theirs) / sum(t_ours)
    read = [i for i, b in enumerate(other) if b is not None]
    n = len(strings)
    print(f"{label} ({n} strings, best of {repeat} rounds)")
    rows = range(n) if words else sorted(range(n), key=ratios.__getitem__)[:5]
    print(f"  {'string' if words else 'lowest ratios':<46} {'rightsdata':>11} {'python-edtf':>12}")
    for i in rows:
        mark = "" if same[i] else "  (bounds differ)"
        print(
            f"  {strings[i]!r:<46} {t_ours[i] * 1e6:8.1f} us {t_theirs[i] * 1e6:9.1f} us"
            f" {ratios[i]:6.0f}x{mark}"
        )
    print(f"  rightsdata:  {sum(t_ours) / n * 1e6:9.1f} us/string (mean)")
    print(f"  python-edtf: {sum(t_theirs) / n * 1e6:9.1f} us/string (mean)")
    print(
        f"  ratio:       {total:9.0f}x in total"
        f" (per string: lowest {min(ratios):.0f}x, median {statistics.median(ratios):.0f}x)"
    )
    if len(read) < n:
        both = sum(t_theirs[i] for i in read) / sum(t_ours[i] for i in read)
        print(f"               {both:9.0f}x on the {len(read)} strings python-edtf reads")
    print(f"  same strict bounds: {sum(same)}/{n}")
    for s, a, b, ok in zip(strings, mine, other, same, strict=True):
        if not ok:
            print(f"    {s!r}: rightsdata {_show(a)}, python-edtf {_show(b)}")
    return total


def main() -> None:
    """Run both parsers on both lists and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=7, help="rounds (best is kept)")
    parser.add_argument("--number", type=int, default=200, help="rightsdata calls per timing")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 2 rounds, 20 calls")
    args = parser.parse_args()
    repeat, number = (2, 20) if args.quick else (args.repeat, args.number)
    edtf_strings = [case["edtf"] for case in json.loads(DATA.read_text())["valid"]]
    verdicts = []
    for label, strings, words in (
        ("EDTF conformance strings", edtf_strings, False),
        ("English phrases", PHRASES, True),
    ):
        total = run(label, strings, words=words, repeat=repeat, number=number)
        verdicts.append(f"{'PASS' if total >= TARGET else 'FAIL'} {label}: {total:.0f}x")
        print()
    print(f"target: at least {TARGET}x python-edtf on each list")
    for verdict in verdicts:
        print(f"  {verdict}")


if __name__ == "__main__":
    main()
