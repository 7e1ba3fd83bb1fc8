"""Benchmark: rightsdata's date parser against python-edtf, on the same strings, in one run.

Parses the 67 valid EDTF strings of ``tests/data/edtf_python_edtf.json`` with
``DateRange.parse`` and with python-edtf's ``parse_edtf``, and a list of English
phrases from the seed reports with ``DateRange.parse`` and with python-edtf's
``text_to_edtf`` followed by ``parse_edtf`` (the only way it gets bounds from words).
Prints microseconds per string, the speed ratio, and how many strict bounds agree.

python-edtf is a benchmark-only dependency (the ``bench`` extra)::

    pip install edtf
    python benchmarks/bench_dates.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rightsdata import DateRange

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

Bounds = tuple[date | None, date | None]


def _best(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def ours(strings: list[str]) -> list[Bounds | None]:
    """Bounds from rightsdata."""
    out: list[Bounds | None] = []
    for s in strings:
        try:
            r = DateRange.parse(s)
        except ValueError:
            out.append(None)
        else:
            out.append((r.earliest, r.latest))
    return out


def _day(value: object) -> date | None:
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OverflowError):
        return None


def theirs(strings: list[str], *, words: bool) -> list[Bounds | None]:
    """Bounds from python-edtf (``text_to_edtf`` first when ``words``)."""
    from edtf import parse_edtf, text_to_edtf

    out: list[Bounds | None] = []
    for s in strings:
        try:
            e = text_to_edtf(s) if words else s
            if e is None:
                out.append(None)
                continue
            parsed = parse_edtf(e)
            out.append((_day(parsed.lower_strict()), _day(parsed.upper_strict())))
        except Exception:  # python-edtf raises many kinds; any failure is "no answer"
            out.append(None)
    return out


def main() -> None:
    """Run both parsers on both lists and print the comparison."""
    edtf_strings = [case["edtf"] for case in json.loads(DATA.read_text())["valid"]]
    for label, strings, words in (
        ("EDTF conformance strings", edtf_strings, False),
        ("English phrases", PHRASES, True),
    ):
        mine = ours(strings)
        other = theirs(strings, words=words)
        t_ours = _best(lambda s=strings: ours(s), 20) / len(strings)
        t_theirs = _best(lambda s=strings, w=words: theirs(s, words=w), 2) / len(strings)
        same = sum(1 for a, b in zip(mine, other, strict=True) if a == b and a is not None)
        print(f"{label} ({len(strings)} strings)")
        print(f"  rightsdata:  {t_ours * 1e6:9.1f} us/string")
        print(f"  python-edtf: {t_theirs * 1e6:9.1f} us/string")
        print(f"  ratio:       {t_theirs / t_ours:9.0f}x")
        print(f"  same strict bounds: {same}/{len(strings)}")
        if words:
            for s, a, b in zip(strings, mine, other, strict=True):
                if a != b:
                    print(f"    {s!r}: rightsdata {_show(a)}, python-edtf {_show(b)}")


def _show(b: Bounds | None) -> str:
    if b is None:
        return "error"
    return "/".join(d.isoformat() if d else ".." for d in b)


if __name__ == "__main__":
    main()
