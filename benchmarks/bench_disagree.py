"""Disagreement benchmark: group and classify figures, against loading them from JSON Lines.

Run from the repository root::

    python benchmarks/bench_disagree.py            # 100,000 and 1,000,000 figures
    python benchmarks/bench_disagree.py --quick    # 10,000 and 100,000, a smoke run

For each size, a deterministic dataset is written with :func:`rightsdata.write_jsonl`:
one figure in ten is about a new event (so 1,000,000 figures are about 100,000
subjects), a third of the events have a child event that some figures count instead,
and 600 sources cite one another in chains; two to eight of them report on each event,
each figure citing one or two. Per event, the figures are

* tolls: "killed", and for parts (a child event, a month, a city) "killed" or
  "executed" (nested in "killed"), as exact counts, "at least", "more than", "about",
  ranges and vague orders ("thousands"), one in fifty contradicting the others;
* or running totals: "released" with ``as_of`` months, usually rising, sometimes not.

Then, in the same run and alternately, three things are timed (best of ``--repeats``,
the garbage collector on, as a program would have it): :meth:`rightsdata.Dataset.load`
of the file, :func:`rightsdata.disagreements` on the loaded dataset, and what the JSON
output adds for each group (:meth:`Disagreement.estimate <rightsdata.Disagreement.estimate>`
and ``explain()``; it was quadratic, rebuilding an index per group), with
:func:`rightsdata.near_misses` beside it. Wall and CPU
(process) seconds are both shown; the ratios and growth use CPU seconds, which other
work on a shared machine disturbs less. The issue's target is that
the second takes less time than the first, and grows no worse than *n* log *n*: the
table gives the ratio disagreements / load per size and the growth exponent
``log(t_large / t_small) / log(n_large / n_small)`` (1 is linear; *n* log *n* is a
little above 1 and is printed beside it). Last, ``rightsdata disagreements FILE --format
json`` and ``--format table`` are run in-process (click's test runner) on 20,000 figures
(2,000 groups, the issue's shape) and on the smaller size. Then one big group of each
shape of :func:`big_group` (a toll "since the start" at many dates, so every period nests
in the next; daily counts in several places; many hedged estimates without a period) at
100, 1,000 and 10,000 figures (3,000 with ``--quick``), wall and CPU, with the growth
exponent between sizes: at most 1.15 is the target. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import functools
import gc
import math
import os
import platform
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import rightsdata
from rightsdata import (
    Citation,
    Dataset,
    DateRange,
    Disagreement,
    Event,
    Figure,
    Precision,
    Quantity,
    Record,
    Source,
    SourceKind,
    disagreements,
    near_misses,
    write_jsonl,
)

T = TypeVar("T")

SEED = 19880719
"""The fixed seed: the same size always gives the same file."""

PLACES = (None, None, None, None, "Tehran", "Mashhad", "Shiraz")
N_SOURCES = 600


def _sources(rng: random.Random) -> list[Source]:
    """A third originate; the others repeat one or two of them, or a repeater (chains)."""
    out = []
    for i in range(N_SOURCES):
        cites: tuple[str, ...] = ()
        if i >= N_SOURCES // 3:
            pool = N_SOURCES // 3 if i < 2 * N_SOURCES // 3 else i
            picks = {f"src-{rng.randrange(pool):04d}" for _ in range(rng.randint(1, 2))}
            cites = tuple(sorted(picks))
        out.append(
            Source(
                id=f"src-{i:04d}",
                kind=rng.choice(list(SourceKind)),
                title=f"Report {i}",
                published=DateRange.day(date(rng.randint(1990, 2023), rng.randint(1, 12), 1)),
                cites=cites,
            )
        )
    return out


def _year(y: int) -> DateRange:
    return DateRange.between(date(y, 1, 1), date(y, 12, 31), precision=Precision.YEAR)


def _month(y: int, m: int) -> DateRange:
    end = date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1
    return DateRange.between(date(y, m, 1), date.fromordinal(end), precision=Precision.MONTH)


VAGUE = [Quantity.parse(t) for t in ("dozens", "hundreds", "thousands")]


def _quantity(rng: random.Random, n: int) -> Quantity:
    """A source's way of giving a count near ``n``; now and then a rival exact count."""
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(VAGUE)
    if roll < 0.1:
        return Quantity.exact(n + rng.randint(1, n))  # a count that contradicts
    if roll < 0.35:
        return Quantity.exact(n)
    if roll < 0.55:
        return Quantity.at_least(n * rng.randint(5, 10) // 10)
    if roll < 0.65:
        return Quantity.more_than(n // 2)
    if roll < 0.85:
        return Quantity.about(n)
    return Quantity.between(n * 8 // 10, n + rng.randint(1, n))


def generate(count: int, seed: int = SEED) -> Iterator[Record]:
    """Yield the sources, then per event the event (and a child) and its figures."""
    rng = random.Random(seed)
    sources = _sources(rng)
    yield from sources
    ids = [s.id for s in sources]
    made = 0
    g = 0
    while made < count:
        year = rng.randint(1980, 2023)
        root = f"ev-{g:07d}"
        cite = (Citation(source=rng.choice(ids)),)
        yield Event(id=root, kind="execution", title=f"Event {g}", date=_year(year), citations=cite)
        subjects = [root]
        if rng.random() < 0.33:
            child = f"{root}-part"
            yield Event(
                id=child,
                kind="execution",
                title=f"Part of event {g}",
                date=_month(year, rng.randint(1, 12)),
                citations=cite,
                parent=root,
            )
            subjects.append(child)
        running = rng.random() < 0.2
        size = min(count - made, 10)
        base = rng.choice((12, 80, 300, 2500, 30000))
        truth = total = base * 10
        reporting = rng.sample(ids, rng.randint(2, 8))  # the sources that cover the event
        for k in range(size):
            citations = tuple(
                Citation(source=s)
                for s in sorted({rng.choice(reporting) for _ in range(rng.randint(1, 2))})
            )
            if running:
                total += rng.randint(-base // 10, 3 * base)
                figure = Figure(
                    id=f"fig-{g:07d}-{k}",
                    measure="released",
                    quantity=_quantity(rng, max(total, 0)),
                    citations=citations,
                    subject=root,
                    as_of=_month(year, k + 1),
                    place="Iran",
                )
            else:
                # No period: the whole event; a month of its year is a part.
                period = _month(year, rng.randint(1, 12)) if rng.random() < 0.25 else None
                period_is_month = period is not None
                subject = rng.choice(subjects)
                place = rng.choice(PLACES)
                # A count for a child event, a month or a city is a part of the whole.
                part = subject != root or place is not None or period_is_month
                figure = Figure(
                    id=f"fig-{g:07d}-{k}",
                    measure="executed" if part and rng.random() < 0.5 else "killed",
                    quantity=_quantity(rng, truth // 10 if part else truth),
                    citations=citations,
                    subject=subject,
                    period=period,
                    place=place,
                )
            yield figure
            made += 1
        g += 1


def timed(fn: Callable[[], T]) -> tuple[float, float, T]:
    """Wall and CPU seconds of one call (the garbage collector on), and its result."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _estimates(ds: Dataset, found: list[Disagreement]) -> list[tuple[object, str]]:
    """What the JSON output adds for each group: its estimate and its explanation."""
    return [(d.estimate(ds), d.explain()) for d in found]


def run(count: int, repeats: int, workdir: Path) -> dict[str, float]:
    """Write ``count`` figures, then load and analyse them ``repeats`` times, alternately
    (so that both see the same machine); keep the best times."""
    path = workdir / f"figures-{count}.jsonl"
    start = time.perf_counter()
    written = write_jsonl(path, generate(count))
    write_s = time.perf_counter() - start
    best = dict.fromkeys(("load", "found", "estimate", "near"), math.inf)
    best |= {f"{k}_cpu": math.inf for k in list(best)}

    def keep(key: str, wall: float, cpu: float) -> None:
        best[key], best[f"{key}_cpu"] = min(best[key], wall), min(best[f"{key}_cpu"], cpu)

    for _ in range(repeats):
        found: list[Disagreement] = []  # drop the last run's results before loading again
        wall, cpu, loaded = timed(lambda: Dataset.load(path))
        keep("load", wall, cpu)
        wall, cpu, found = timed(functools.partial(disagreements, loaded))
        keep("found", wall, cpu)
        wall, cpu, _ = timed(functools.partial(_estimates, loaded, found))
        keep("estimate", wall, cpu)
        wall, cpu, misses = timed(functools.partial(near_misses, loaded))
        keep("near", wall, cpu)
    figures = len(loaded.figures())
    kinds = Counter(d.kind.value for d in found)
    print(
        f"  {figures:,} figures ({written:,} records, {path.stat().st_size / 1e6:,.0f} MB, "
        f"written in {write_s:.1f} s): {len(found):,} groups holding "
        f"{sum(len(d.figures) for d in found):,} figures; "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items()))
        + f"; {len(misses):,} near misses",
        flush=True,
    )
    path.unlink()
    return {"figures": figures, **best}


def cli_run(count: int, workdir: Path) -> dict[str, float]:
    """Wall seconds of ``rightsdata disagreements FILE`` as a table and as JSON."""
    from click.testing import CliRunner

    from rightsdata.cli import cli

    path = workdir / f"cli-{count}.jsonl"
    write_jsonl(path, generate(count))
    out: dict[str, float] = {"figures": count}
    for fmt in ("table", "json"):
        start = time.perf_counter()
        result = CliRunner().invoke(cli, ["disagreements", str(path), "--format", fmt])
        out[fmt] = time.perf_counter() - start
        if result.exit_code != 0:
            raise SystemExit(f"rightsdata disagreements --format {fmt}: {result.output}")
    path.unlink()
    return out


def big_group(shape: str, n: int) -> Dataset:
    """One subject's ``n`` figures, all in one group: ``nested`` is a toll "since the
    start" at ``n`` dates (periods ``[start, start + i]``, rising exact counts, each
    within every later one: the quadratic shape of issue 15); ``daily`` is a count per
    day in three places and none, exact and small, with a few totals for the whole
    event; ``flat`` is ``n`` estimates of one toll without a period, hedged in every way
    (exact, at least, about, ranges, vague orders)."""
    rng = random.Random(SEED + n)
    sources = _sources(rng)[:8]
    start = date(2022, 9, 16)
    event = Event(
        id="e",
        kind="killing",
        title="A crackdown",
        date=DateRange.between(start, None),
        citations=(Citation(source=sources[0].id),),
    )
    figures = []
    for i in range(n):
        cite = (Citation(source=sources[i % len(sources)].id),)
        period: DateRange | None = None
        place = None
        if shape == "nested":
            q = Quantity.exact(10 + i)
            period = DateRange.between(start, start + timedelta(days=i))
        elif shape == "daily":
            q = Quantity.exact(rng.randrange(8)) if i % 100 else Quantity.at_least(9 * n)
            period = DateRange.day(start + timedelta(days=i // 4)) if i % 100 else None
            place = ("Tehran", "Zahedan", "Mashhad", None)[i % 4] if i % 100 else None
        else:
            q = _quantity(rng, 1000)
        figures.append(
            Figure(
                id=f"f{i:05d}",
                measure="killed",
                quantity=q,
                citations=cite,
                subject="e",
                period=period,
                place=place,
            )
        )
    return Dataset([*sources, event, *figures])


def big_groups(sizes: tuple[int, ...], repeats: int) -> None:
    """Time :func:`disagreements` on one big group of each shape, and print how it grows."""
    print()
    print("one big group per shape: disagreements(), seconds, best of each")
    print(f"{'shape':>7} {'figures':>8}  {'wall':>7} {'CPU':>7}  {'exponent':>8}")
    verdicts = []
    for shape in ("nested", "daily", "flat"):
        times: list[tuple[int, float]] = []
        growth = math.nan
        for n in sizes:
            ds = big_group(shape, n)
            wall = cpu = math.inf
            for _ in range(repeats):
                w, c, found = timed(functools.partial(disagreements, ds))
                wall, cpu = min(wall, w), min(cpu, c)
            if [len(d.figures) for d in found] != [n]:
                raise SystemExit(f"{shape}, {n:,} figures: not one group")
            grown = ""
            if times:
                m, prev = times[-1]
                growth = math.log(max(cpu, 1e-6) / max(prev, 1e-6)) / math.log(n / m)
                grown = f"{growth:>8.2f}"
            times.append((n, cpu))
            print(f"{shape:>7} {n:>8,}  {wall:>7.3f} {cpu:>7.3f}  {grown}", flush=True)
        verdicts.append((shape, growth))  # of the largest two sizes
    print(
        "target: growth exponent of the largest two sizes at most 1.15: "
        + ", ".join(f"{s} {g:.2f} {'PASS' if g <= 1.15 else 'FAIL'}" for s, g in verdicts)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10,000 and 100,000 figures")
    ap.add_argument("--repeats", type=int, default=3, help="runs per timing; the best is kept")
    args = ap.parse_args()
    sizes = (10_000, 100_000) if args.quick else (100_000, 1_000_000)
    print(
        f"rightsdata {rightsdata.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs; best of {args.repeats}"
    )
    rows = []
    cli_rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            print(f"{n:,} figures ...", flush=True)
            rows.append(run(n, args.repeats, Path(tmp)))
            gc.collect()  # the datasets of this size are gone
        for n in (20_000, sizes[0]):
            print(f"rightsdata disagreements, {n:,} figures ...", flush=True)
            cli_rows.append(cli_run(n, Path(tmp)))
    print()
    print("seconds, best of each; the ratio is disagreements / load")
    print(f"{'figures':>10}  {'load':>15}  {'disagreements':>15}  {'ratio':>13}")
    print(f"{'':>10}  {'wall':>7} {'CPU':>7}  {'wall':>7} {'CPU':>7}  {'wall':>6} {'CPU':>6}")
    for r in rows:
        print(
            f"{r['figures']:>10,.0f}  {r['load']:>7.2f} {r['load_cpu']:>7.2f}  "
            f"{r['found']:>7.2f} {r['found_cpu']:>7.2f}  "
            f"{r['found'] / r['load']:>6.2f} {r['found_cpu'] / r['load_cpu']:>6.2f}"
        )
    print()
    print("seconds (CPU), best of each: per-group estimate() and explain(), near_misses()")
    print(f"{'figures':>10}  {'estimates':>9}  {'near misses':>11}")
    for r in rows:
        print(f"{r['figures']:>10,.0f}  {r['estimate_cpu']:>9.2f}  {r['near_cpu']:>11.2f}")
    print()
    print("rightsdata disagreements FILE, wall seconds (loading included)")
    print(f"{'figures':>10}  {'table':>7}  {'json':>7}")
    for r in cli_rows:
        print(f"{r['figures']:>10,.0f}  {r['table']:>7.2f}  {r['json']:>7.2f}")
    small, large = rows
    scale = math.log(large["figures"] / small["figures"])
    nlogn = 1 + math.log(math.log(large["figures"]) / math.log(small["figures"])) / scale
    print()
    for what, key in (
        ("load", "load_cpu"),
        ("disagreements", "found_cpu"),
        ("estimates", "estimate_cpu"),
        ("near misses", "near_cpu"),
    ):
        growth = math.log(large[key] / small[key]) / scale
        print(f"growth exponent (CPU), {what}: {growth:.3f} (n log n: {nlogn:.3f})")
    growth = math.log(large["found_cpu"] / small["found_cpu"]) / scale
    faster = all(r["found_cpu"] < r["load_cpu"] for r in rows)
    print(
        f"target: faster than loading {'PASS' if faster else 'FAIL'}; "
        f"growth no worse than n log n {'PASS' if growth <= nlogn else 'FAIL'}"
    )
    big_groups((100, 1_000, 3_000) if args.quick else (100, 1_000, 10_000), args.repeats)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
