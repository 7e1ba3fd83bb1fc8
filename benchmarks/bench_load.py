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
    pydantic v2 models of the same schema (frozen, strict, ``extra="forbid"``, the same
    rules), ``Event.model_validate_json`` on each line;
``msgspec``
    msgspec Structs of the same schema (frozen, ``forbid_unknown_fields``, tagged by
    ``"type"``, the same rules in ``Meta`` constraints and ``__post_init__``), one
    ``msgspec.json.Decoder`` decoding each line.

Before timing, a handful of bad lines is fed to every validating loader to check that
all of them refuse the same things. Times are the best of ``--repeats`` runs with
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
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal

import attrs
import msgspec
import orjson
import pydantic

import rightsdata
from eventgen import SEED, write_events
from rightsdata import Calendar, ParticipantRole, Precision, ValidationError

Loader = Callable[[str], list[object]]

# --------------------------------------------------------------------------- pydantic v2

_ID_PATTERN = r"^[^\s]+$"  # rightsdata: non-empty, no whitespace
_NONBLANK_PATTERN = r"\S"  # rightsdata: at least one non-space character (searched)

PId = Annotated[str, pydantic.StringConstraints(pattern=_ID_PATTERN)]
PText = Annotated[str, pydantic.StringConstraints(pattern=_NONBLANK_PATTERN)]
_PCONFIG = pydantic.ConfigDict(strict=True, frozen=True, extra="forbid")


class PCitation(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Citation`."""

    model_config = _PCONFIG
    source: PId
    locator: PText | None = None
    quote: PText | None = None


class PParticipant(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Participant`."""

    model_config = _PCONFIG
    actor: PId
    role: ParticipantRole
    citations: tuple[PCitation, ...] = ()


class PCoordinates(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Coordinates`."""

    model_config = _PCONFIG
    latitude: Annotated[float, pydantic.Field(ge=-90.0, le=90.0, allow_inf_nan=False)]
    longitude: Annotated[float, pydantic.Field(ge=-180.0, le=180.0, allow_inf_nan=False)]


class PLocation(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Location`."""

    model_config = _PCONFIG
    country: str | None = None
    province: str | None = None
    city: str | None = None
    coordinates: PCoordinates | None = None
    text: str | None = None


class PDateRange(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.DateRange`."""

    model_config = _PCONFIG
    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision = Precision.DAY
    approximate: bool = False
    uncertain: bool = False
    calendar: Calendar = Calendar.GREGORIAN
    text: str | None = None

    @pydantic.model_validator(mode="after")
    def _order(self) -> PDateRange:
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError("latest day is before earliest day")
        return self


class PEvent(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Event`, with its JSON Lines ``type`` tag."""

    model_config = _PCONFIG
    type: Literal["event"]
    id: PId
    kind: PText
    title: PText
    date: PDateRange
    citations: Annotated[tuple[PCitation, ...], pydantic.Field(min_length=1)]
    facilities: tuple[PId, ...] = ()
    participants: tuple[PParticipant, ...] = ()
    parent: PId | None = None
    location: PLocation | None = None
    description: str | None = None


# --------------------------------------------------------------------------- msgspec

MId = Annotated[str, msgspec.Meta(pattern=_ID_PATTERN)]
MText = Annotated[str, msgspec.Meta(pattern=_NONBLANK_PATTERN)]


class MCitation(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Citation`."""

    source: MId
    locator: MText | None = None
    quote: MText | None = None


class MParticipant(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Participant`."""

    actor: MId
    role: ParticipantRole
    citations: tuple[MCitation, ...] = ()


class MCoordinates(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Coordinates`."""

    latitude: Annotated[float, msgspec.Meta(ge=-90.0, le=90.0)]
    longitude: Annotated[float, msgspec.Meta(ge=-180.0, le=180.0)]


class MLocation(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Location`."""

    country: str | None = None
    province: str | None = None
    city: str | None = None
    coordinates: MCoordinates | None = None
    text: str | None = None


class MDateRange(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.DateRange`."""

    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision = Precision.DAY
    approximate: bool = False
    uncertain: bool = False
    calendar: Calendar = Calendar.GREGORIAN
    text: str | None = None

    def __post_init__(self) -> None:
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError("latest day is before earliest day")


class MEvent(
    msgspec.Struct,
    frozen=True,
    forbid_unknown_fields=True,
    kw_only=True,
    array_like=False,
    tag_field="type",
    tag="event",
):
    """msgspec twin of :class:`rightsdata.Event`, tagged by ``"type"``."""

    id: MId
    kind: MText
    title: MText
    date: MDateRange
    citations: Annotated[tuple[MCitation, ...], msgspec.Meta(min_length=1)]
    facilities: tuple[MId, ...] = ()
    participants: tuple[MParticipant, ...] = ()
    parent: MId | None = None
    location: MLocation | None = None
    description: str | None = None


# --------------------------------------------------------------------------- loaders


def load_orjson(path: str) -> list[object]:
    """The floor: each line parsed into plain dicts and lists, nothing checked."""
    loads = orjson.loads
    with open(path, "rb") as fh:
        return [loads(line) for line in fh]


def load_rightsdata(path: str) -> list[object]:
    """:func:`rightsdata.read_jsonl`, strict, into frozen attrs records."""
    return list(rightsdata.read_jsonl(path))


def load_pydantic(path: str) -> list[object]:
    """pydantic v2, ``model_validate_json`` on each line."""
    validate = PEvent.model_validate_json
    with open(path, "rb") as fh:
        return [validate(line) for line in fh]


_MDECODER = msgspec.json.Decoder(MEvent)


def load_msgspec(path: str) -> list[object]:
    """msgspec, one typed decoder for every line."""
    decode = _MDECODER.decode
    with open(path, "rb") as fh:
        return [decode(line) for line in fh]


LOADERS: dict[str, Loader] = {
    "orjson": load_orjson,
    "rightsdata": load_rightsdata,
    "pydantic": load_pydantic,
    "msgspec": load_msgspec,
}

# --------------------------------------------------------------------------- agreement


_GOOD = {
    "type": "event",
    "id": "event-1",
    "kind": "arrest",
    "title": "Arrests in Ahvaz",
    "date": {"earliest": "2019-11-16", "latest": "2019-11-18"},
    "citations": [{"source": "amnesty-2019", "locator": "p. 3"}],
    "participants": [{"actor": "actor-1", "role": "victim"}],
    "location": {"country": "IR", "coordinates": {"latitude": 31.3, "longitude": 48}},
}


def _bad_variants() -> dict[str, dict[str, object]]:
    def with_(**changes: object) -> dict[str, object]:
        out = dict(_GOOD)
        out.update(changes)
        return out

    date_ok = _GOOD["date"]
    assert isinstance(date_ok, dict)
    return {
        "id with a space": with_(id="event 1"),
        "blank title": with_(title="  "),
        "no citations": with_(citations=[]),
        "latest before earliest": with_(date={"earliest": "2019-11-18", "latest": "2019-11-16"}),
        "missing latest": with_(date={"earliest": "2019-11-18"}),
        "date not ISO": with_(date={**date_ok, "earliest": "16/11/2019"}),
        "bool as string": with_(date={**date_ok, "approximate": "true"}),
        "unknown role": with_(participants=[{"actor": "a", "role": "hero"}]),
        "unknown field": with_(casualties=5),
        "unknown nested field": with_(citations=[{"source": "s", "page": 3}]),
        "number as title": with_(title=5),
        "latitude out of range": with_(location={"coordinates": {"latitude": 91, "longitude": 0}}),
        "wrong type tag": with_(type="figure"),
    }


def check_agreement(path: Path) -> list[str]:
    """Feed good and bad lines to every validating loader; return the disagreements."""
    disagreements: list[str] = []
    cases: dict[str, dict[str, object]] = {"valid event": _GOOD, **_bad_variants()}
    for label, data in cases.items():
        path.write_bytes(orjson.dumps(data) + b"\n")
        verdicts = {}
        for name in ("rightsdata", "pydantic", "msgspec"):
            try:
                LOADERS[name](str(path))
            except (ValidationError, pydantic.ValidationError, msgspec.ValidationError):
                verdicts[name] = "refused"
            else:
                verdicts[name] = "accepted"
        expected = "accepted" if data is _GOOD else "refused"
        wrong = [n for n, v in verdicts.items() if v != expected]
        if wrong:
            disagreements.append(f"{label}: {', '.join(wrong)} should have {expected} it")
    return disagreements


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
            if len(items) != count:
                raise SystemExit(f"{name} read {len(items)} records, expected {count}")
            del items
            best[name] = min(best[name], elapsed)
    return best


def _recipe(value: object) -> object:
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
    return (Verdict.PASS if ok else Verdict.FAIL).value


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
            "memory per record at most 1.1x msgspec",
            mem_ratio <= 1.1,
            f"{memory['rightsdata']:.0f} vs {memory['msgspec']:.0f} bytes ({mem_ratio:.2f}x)",
        ),
    )
    for label, ok, detail in checks:
        print(f"{_verdict(ok)}  {label}: {detail}")


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
        disagreements = check_agreement(Path(tmp) / "probe.jsonl")
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
        if disagreements:
            print("models disagree on validation:")
            for d in disagreements:
                print(f"  {d}")
        else:
            print("checks:   rightsdata, pydantic and msgspec accept and refuse the same lines")

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
