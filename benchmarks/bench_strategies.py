"""Speed of the hypothesis strategies, and how fast a failing property over datasets shrinks.

Run from the repository root::

    python benchmarks/bench_strategies.py            # 300 examples a strategy, best of 3
    python benchmarks/bench_strategies.py --quick    # 60 examples, one round: a smoke run

**Generation.** Each strategy drives a ``@given`` test with an empty body for
``--examples`` examples (generate phase only, no database, no deadline, health checks
off), and the rate is examples per second, best of ``--rounds``. The yardstick, measured
in the same run, is ``st.builds()`` of a plain attrs class with three fields (an ``int``,
a ``str`` and a ``bool``), the cheapest strategy a user could write; every other rate is
reported as a ratio to it, beside the mean number of hypothesis choices an example takes.
Two tuples of 20 and 45 small integers show what choices alone cost: the rate is set by
the number of choices, whatever draws them. The targets (issue "Strategies that live in
every test run"): ``records()`` and ``st.from_type(<each record>)`` at least 0.5x,
``datasets(max_size=10)`` at least 0.13x.

**Shrinking.** The property "no figure's low is above 1,000" over ``datasets()`` fails;
the script runs it (default settings but no database, so every run starts afresh) with
``--seeds`` seeds and reports, per seed, the seconds until hypothesis gives up the
failing example, the number of calls to the test, and the size of the example it ends
on. Target: under 15 s and at most 2 records. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable

import attrs
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.control import current_build_context
from hypothesis.strategies import SearchStrategy

import rightsdata as rd
from rightsdata import strategies as rs


@attrs.frozen(kw_only=True)
class Plain:
    """The yardstick: three plain fields."""

    number: int
    text: str
    flag: bool


attrs.resolve_types(Plain)  # the annotations are strings here (postponed evaluation)


def _generate_only(examples: int) -> settings:
    """Settings for timing generation alone: no database, deadline or health checks."""
    return settings(
        max_examples=examples,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


def _rate(strategy: SearchStrategy[object], examples: int) -> float:
    """Examples per second of a ``@given`` test over ``strategy`` with an empty body."""

    @_generate_only(examples)
    @given(strategy)
    def run(value: object) -> None:
        pass

    start = time.perf_counter()
    run()
    return examples / (time.perf_counter() - start)


def _choices(strategy: SearchStrategy[object], examples: int) -> float | None:
    """The mean number of hypothesis choices an example of ``strategy`` takes (read from
    hypothesis' internals, so ``None`` when a hypothesis version hides them)."""
    counts: list[int] = []

    @_generate_only(examples)
    @given(strategy)
    def run(value: object) -> None:
        nodes = getattr(current_build_context().data, "nodes", None)
        if nodes is not None:
            counts.append(len(nodes))

    run()
    return statistics.mean(counts) if counts else None


def _integers(n: int) -> SearchStrategy[object]:
    """The cost of choices alone: a tuple of ``n`` small integers."""
    return st.tuples(*[st.integers(0, 10)] * n)


def _cases() -> dict[str, Callable[[], SearchStrategy[object]]]:
    cases: dict[str, Callable[[], SearchStrategy[object]]] = {
        "st.builds(Plain)": lambda: st.builds(Plain),
        "st.tuples(20 integers)": lambda: _integers(20),
        "st.tuples(45 integers)": lambda: _integers(45),
        "records()": rs.records,
    }
    for cls in (rd.Source, rd.Actor, rd.Facility, rd.Event, rd.Figure):
        cases[f"st.from_type({cls.__name__})"] = lambda cls=cls: st.from_type(cls)
    cases["datasets(max_size=10)"] = lambda: rs.datasets(max_size=10)
    cases["datasets()"] = rs.datasets
    return cases


def generation(examples: int, rounds: int) -> None:
    """Print each strategy's rate and its ratio to the yardstick's, best of ``rounds``."""
    cases = _cases()
    for make in cases.values():  # warm up: the first @given run of a process pays imports
        _rate(make(), 10)
    best: dict[str, float] = dict.fromkeys(cases, 0.0)
    for _ in range(rounds):  # each round runs every case once, in turn
        for name, make in cases.items():
            best[name] = max(best[name], _rate(make(), examples))
    floor = best["st.builds(Plain)"]
    print(f"{'strategy':28} {'examples/s':>10} {'ratio':>6} {'choices':>8}")
    for name, rate in best.items():
        choices = _choices(cases[name](), examples)
        shown = "-" if choices is None else f"{choices:.0f}"
        print(f"{name:28} {rate:10.0f} {rate / floor:6.2f} {shown:>8}")


def _low_above(figure: rd.Figure) -> bool:
    return figure.quantity.low is not None and figure.quantity.low > 1000


def _shrink(s: int) -> tuple[float, int, rd.Dataset | None]:
    """Seconds, calls and the final example of the failing property, with seed ``s``."""
    calls = 0
    last: list[rd.Dataset] = []

    @seed(s)
    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(rs.datasets())
    def prop(ds: rd.Dataset) -> None:
        nonlocal calls
        calls += 1
        failing = any(_low_above(f) for f in ds.figures())
        if failing:
            last[:] = [ds]  # the last failing call replays the shrunk example
        assert not failing

    start = time.perf_counter()
    with contextlib.suppress(AssertionError):
        prop()
    return time.perf_counter() - start, calls, last[0] if last else None


def shrinking(seeds: int) -> None:
    """Find and shrink "no figure's low is above 1,000" with ``seeds`` seeds."""
    print(f"\n{'seed':>4} {'seconds':>8} {'calls':>6} {'records':>8}")
    times = []
    for s in range(seeds):
        took, calls, shrunk = _shrink(s)
        times.append(took)
        print(f"{s:4} {took:8.1f} {calls:6} {len(shrunk) if shrunk else '-':>8}")
    print(f"median {statistics.median(times):.1f} s, worst {max(times):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 examples, one round, 1 seed")
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    if args.quick:
        args.examples, args.rounds, args.seeds = 60, 1, 1
    generation(args.examples, args.rounds)
    shrinking(args.seeds)


if __name__ == "__main__":
    main()
