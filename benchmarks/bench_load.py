"""Load benchmark: JSON Lines of Events with rightsdata, pydantic v2, msgspec and bare orjson.

Run from the repository root::

    python benchmarks/bench_load.py            # 100,000 events, best of 5
    python benchmarks/bench_load.py --quick    # 5,000 events, a smoke run

One file of realistic events is written with :func:`rightsdata.write_jsonl` and read back,
in the same run, by four loaders:

``orjson``
    the floor: read the lines and ``orjson.loads`` each into plain dicts, no checks;
``rightsdata``
    :func:`rightsdata.read_jsonl`: strict validation into frozen attrs records;
``pydantic``
    pydantic v2 models of the same schema (``twins.py``: frozen, strict,
    ``extra="forbid"``, the same rules), ``Event.model_validate_json`` on each line;
``msgspec``
    msgspec Structs of the same schema (``twins.py``: frozen, ``forbid_unknown_fields``,
    tagged by ``"type"``, the same rules in ``Meta`` constraints, a ``dec_hook`` and
    ``__post_init__``), one ``msgspec.json.Decoder`` decoding each line.

Before timing, the loaders are held to each other, on every run (``--quick`` too):
the probe lines of ``twins.py`` (valid lines using every field, and bad lines each
breaking one rule of rightsdata's: ids and text, days, precisions, the calendar, times,
reported dates) are fed to every validating loader, which must all accept the valid
ones and refuse the bad ones; then each reads the benchmark's file, and the twins must
read as many events as rightsdata with the same dates. If not, the run says so and
exits with status 1 without timing anything: the comparison would not be fair (CI runs
``--quick``, so a twin drifting from rightsdata fails it).

Times are the best of ``--repeats`` runs with
:func:`time.perf_counter`, with the garbage collector on as a program would have it
(``--gc off`` disables it while timing, as :mod:`timeit` does). Memory per record is
what the loaded list keeps alive, measured with :mod:`tracemalloc`.

Construction is timed too: every record of the file and every part in it built again
through its constructor (type and value checks included) from Python values, less the
cost of the same walk over the values building nothing.

The targets (from the issue) are printed as PASS or FAIL; nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import gc
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import attrs
import msgspec
import orjson
import pydantic

import rightsdata
from eventgen import SEED, write_events
from rightsdata import ValidationError
from twins import VALID_LINES, PEvent, bad_lines, msgspec_decoder


class Loaded(Protocol):
    """What a loader returns: the records (or a dataset of them), counted and iterable."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[object]: ...


Loader = Callable[[str], Loaded]

# --------------------------------------------------------------------------- loaders


def load_orjson(path: str) -> list[object]:
    """The floor: each line parsed into plain dicts and lists, nothing checked."""
    loads = orjson.loads
    with open(path, "rb") as fh:
        return [loads(line) for line in fh]


def load_rightsdata(path: str) -> list[object]:
    """:func:`rightsdata.read_jsonl`, strict, into frozen attrs records."""
    return list(rightsdata.read_jsonl(path))


def load_dataset(path: str) -> Loaded:
    """:meth:`rightsdata.Dataset.load`: the same records and the dataset's indexes, read
    with the collector paused and frozen after (unfrozen again after each timed round)."""
    return rightsdata.Dataset.load(path)


def load_pydantic(path: str) -> list[object]:
    """pydantic v2, ``model_validate_json`` on each line."""
    validate = PEvent.model_validate_json
    with open(path, "rb") as fh:
        return [validate(line) for line in fh]


_MDECODER = msgspec_decoder()


def load_msgspec(path: str) -> list[object]:
    """msgspec, one typed decoder for every line."""
    decode = _MDECODER.decode
    with open(path, "rb") as fh:
        return [decode(line) for line in fh]


LOADERS: dict[str, Loader] = {
    "orjson": load_orjson,
    "rightsdata": load_rightsdata,
    "Dataset.load": load_dataset,
    "pydantic": load_pydantic,
    "msgspec": load_msgspec,
}
VALIDATING = ("rightsdata", "pydantic", "msgspec")
"""The loaders that check what they read (all but the orjson floor)."""

# --------------------------------------------------------------------------- agreement


def check_agreement(path: Path) -> tuple[int, list[str]]:
    """Feed the probe lines to every validating loader, one line a file.

    Returns how many lines were fed and, for each line a loader treated otherwise than
    expected, what each loader did with it.
    """
    cases = [(label, data, True) for label, data in VALID_LINES.items()]
    cases += [(label, data, False) for label, data in bad_lines().items()]
    disagreements: list[str] = []
    for label, data, valid in cases:
        path.write_bytes(orjson.dumps(data) + b"\n")
        verdicts: dict[str, bool] = {}
        for name in VALIDATING:
            try:
                LOADERS[name](str(path))
            except (ValidationError, pydantic.ValidationError, msgspec.ValidationError):
                verdicts[name] = False
            else:
                verdicts[name] = True
        if any(v != valid for v in verdicts.values()):
            said = ", ".join(f"{n} {'accepts' if v else 'refuses'}" for n, v in verdicts.items())
            disagreements.append(f"{label} ({'valid' if valid else 'bad'}): {said}")
    return len(cases), disagreements


def census(items: Iterable[Any]) -> tuple[list[tuple[object, ...]], dict[str, int]]:
    """What a loader read of each event's dates, and how many use the rarer fields."""
    seen = [
        (
            e.id,
            *(
                (
                    d.earliest,
                    d.latest,
                    d.precision,
                    d.earliest_precision,
                    d.latest_precision,
                    d.calendar,
                    d.time,
                )
                for d in (e.date, *(r.date for r in e.reported_dates))
            ),
        )
        for e in items
    ]
    counts = {
        "with a time": sum(e.date.time is not None for e in items),
        "intervals": sum(e.date.earliest_precision is not None for e in items),
        "with reported dates": sum(bool(e.reported_dates) for e in items),
    }
    return seen, counts


def check_file(path: str) -> tuple[dict[str, int], list[str]]:
    """Load the benchmark's file with every validating loader: the counts of its events
    and of their rarer fields, and where a twin read other events or dates."""
    ours, counts = census(LOADERS["rightsdata"](path))
    problems = []
    for name in VALIDATING[1:]:
        theirs, _ = census(LOADERS[name](path))
        if len(theirs) != len(ours):
            problems.append(f"{name} read {len(theirs):,} events, rightsdata {len(ours):,}")
        elif theirs != ours:
            first = next(a for a, b in zip(theirs, ours, strict=True) if a != b)
            problems.append(f"{name} read other dates than rightsdata, first in {first[0]}")
    return {"events": len(ours), **counts}, problems


# --------------------------------------------------------------------------- measuring


def best_times(path: str, repeats: int, count: int, *, collect: bool) -> dict[str, float]:
    """The best wall time of each loader over ``repeats`` rounds.

    Each round runs every loader once, in turn, so a busy moment on the machine hurts
    them all alike. With ``collect`` false the garbage collector is off while timing.
    """
    best = dict.fromkeys(LOADERS, float("inf"))
    for _ in range(repeats):
        for name, load in LOADERS.items():
            gc.collect()
            if not collect:
                gc.disable()
            try:
                start = time.perf_counter()
                items = load(path)
                elapsed = time.perf_counter() - start
            finally:
                gc.enable()
                gc.unfreeze()  # what Dataset.load froze: each loader starts alike
            if len(items) != count:
                raise SystemExit(f"{name} read {len(items)} records, expected {count}")
            del items
            best[name] = min(best[name], elapsed)
    return best


def _recipe(value: Any) -> object:
    """A record as its constructor's inputs, parts included: ``(cls, kwargs)`` nodes."""
    if attrs.has(type(value)):
        kwargs = {f.name: _recipe(getattr(value, f.name)) for f in attrs.fields(type(value))}
        return (_Build, type(value), kwargs)
    if type(value) is tuple:
        return tuple(_recipe(v) for v in value)
    return value


class _Build:
    """The marker of a constructor call in a :func:`_recipe`."""


def _build(recipe: object) -> object:
    """Call the constructors a :func:`_recipe` describes, innermost first."""
    if type(recipe) is tuple:
        if recipe and recipe[0] is _Build:
            _, cls, kwargs = recipe
            return cls(**{k: _build(v) for k, v in kwargs.items()})
        return tuple([_build(v) for v in recipe])
    return recipe


def construction_time(path: str, repeats: int) -> tuple[float, float]:
    """The best time to build the file's records with their constructors (parts too),
    and the best time of the same walk building nothing (the walk's own cost)."""
    recipes = [_recipe(r) for r in rightsdata.read_jsonl(path)]

    def walk(recipe: object) -> object:
        if type(recipe) is tuple:
            if recipe and recipe[0] is _Build:
                return {k: walk(v) for k, v in recipe[2].items()}
            return tuple([walk(v) for v in recipe])
        return recipe

    best_build = best_walk = float("inf")
    for _ in range(repeats):
        for fn in (_build, walk):
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                for r in recipes:
                    fn(r)
                elapsed = time.perf_counter() - start
            finally:
                gc.enable()
            if fn is _build:
                best_build = min(best_build, elapsed)
            else:
                best_walk = min(best_walk, elapsed)
    return best_build, best_walk


def retained_bytes(load: Loader, path: str) -> int:
    """Bytes the loaded list keeps alive, as :mod:`tracemalloc` counts them."""
    gc.collect()
    tracemalloc.start()
    try:
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        items = load(path)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del items
    return after - before


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _versions() -> str:
    return ", ".join(
        f"{name} {version}"
        for name, version in (
            ("rightsdata", rightsdata.__version__),
            ("pydantic", pydantic.VERSION),
            ("msgspec", msgspec.__version__),
            ("orjson", orjson.__version__),
        )
    )


class Verdict(enum.Enum):
    """A target met or not."""

    PASS = "PASS"
    FAIL = "FAIL"


def _verdict(ok: bool) -> str:
    return str((Verdict.PASS if ok else Verdict.FAIL).value)


def report(seconds: dict[str, float], memory: dict[str, float], count: int) -> None:
    """Print the table of times, ratios and memory, and the target checks."""
    floor = seconds["orjson"]
    ours = seconds["rightsdata"]
    header = (
        f"{'loader':<12}{'seconds':>9}{'µs/record':>11}{'× orjson':>10}"
        f"{'× rightsdata':>14}{'bytes/record':>14}"
    )
    print(header)
    print("-" * len(header))
    for name in LOADERS:
        s = seconds[name]
        print(
            f"{name:<12}{s:>9.3f}{s / count * 1e6:>11.2f}{s / floor:>10.2f}"
            f"{s / ours:>14.2f}{memory[name]:>14.0f}"
        )
    print()
    mem_ratio = memory["rightsdata"] / memory["msgspec"]
    checks = (
        (
            "faster than pydantic v2",
            ours < seconds["pydantic"],
            f"{ours:.3f} s vs {seconds['pydantic']:.3f} s ({seconds['pydantic'] / ours:.2f}x)",
        ),
        ("at most 2.5x the orjson floor", ours <= 2.5 * floor, f"{ours / floor:.2f}x"),
        (
            "Dataset.load at most 2.5x the orjson floor",
            seconds["Dataset.load"] <= 2.5 * floor,
            f"{seconds['Dataset.load'] / floor:.2f}x",
        ),
        (
            "memory per record at most 1.1x msgspec",
            mem_ratio <= 1.1,
            f"{memory['rightsdata']:.0f} vs {memory['msgspec']:.0f} bytes ({mem_ratio:.2f}x)",
        ),
    )
    for label, ok, detail in checks:
        print(f"{_verdict(ok)}  {label}: {detail}")


def _agree(
    probes: int, disagreements: list[str], counts: dict[str, int], differences: list[str]
) -> bool:
    """Print what the strictness probes and the check of the file found; whether the
    loaders agreed on both (if not, loudly: the comparison would not be fair)."""
    if disagreements:
        print(f"checks:   FAIL: the loaders disagree on {len(disagreements)} of {probes} lines:")
        for d in disagreements:
            print(f"          {d}")
    else:
        print(
            f"checks:   rightsdata, pydantic and msgspec accept and refuse the same {probes} "
            "probe lines"
        )
    rare = ", ".join(f"{n:,} {what}" for what, n in counts.items() if what != "events")
    if differences:
        print("file:     FAIL: the loaders read the file differently:")
        for d in differences:
            print(f"          {d}")
    else:
        print(f"file:     all three read the {counts['events']:,} events alike ({rare})")
    if disagreements or differences:
        print()
        print("FAIL  the twins (benchmarks/twins.py) are no longer copies of rightsdata's")
        print("      Event and its rules; nothing is timed until they are")
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables and the target checks."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--count", type=int, default=100_000, help="events (default 100000)")
    parser.add_argument("--repeats", type=int, default=5, help="timed rounds, best kept (5)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 5,000 events")
    parser.add_argument(
        "--gc",
        choices=("on", "off", "both"),
        default="both",
        help="garbage collector while timing: on (as in a program), off (as timeit), both",
    )
    parser.add_argument("--seed", type=int, default=SEED, help="random seed of the events")
    args = parser.parse_args(argv)
    count = 5_000 if args.quick else args.count
    modes = ("on", "off") if args.gc == "both" else (args.gc,)

    with tempfile.TemporaryDirectory(prefix="rightsdata-bench-") as tmp:
        probes, disagreements = check_agreement(Path(tmp) / "probe.jsonl")
        path = str(Path(tmp) / "events.jsonl")
        written = write_events(path, count, seed=args.seed)
        size = os.path.getsize(path)

        print(f"rightsdata load benchmark, {dt.date.today().isoformat()}")
        print(f"machine:  {_machine()}")
        print(f"versions: {_versions()}")
        print(
            f"data:     {written:,} events, {size / 1e6:.1f} MB JSON Lines "
            f"({size / written:.0f} bytes/line), seed {args.seed}"
        )
        print(f"timing:   best of {args.repeats} rounds; memory: tracemalloc, retained")
        if not _agree(probes, disagreements, *check_file(path)):
            return 1

        memory = {name: retained_bytes(load, path) / written for name, load in LOADERS.items()}
        for mode in modes:
            seconds = best_times(path, args.repeats, written, collect=mode == "on")
            print()
            print(f"garbage collector {mode}" + (" (as in a program)" if mode == "on" else ""))
            print()
            report(seconds, memory, written)
        build, walk = construction_time(path, args.repeats)
        print()
        print("construction (garbage collector off): every record and part built with its")
        print("constructor from Python values, less the same walk building nothing")
        print()
        net = build - walk
        print(
            f"constructors {net:.3f} s, {net / written * 1e6:.2f} µs/record "
            f"(walk {walk:.3f} s, total {build:.3f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
