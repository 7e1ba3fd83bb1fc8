"""Speed of name matching: ``match_key``, ``match_actors`` and ``find_duplicates``.

Run from the repository root::

    python benchmarks/bench_names.py            # 1,000 and 5,000 actors, best of 3 runs
    python benchmarks/bench_names.py --quick    # 300 actors: a smoke run

The actors are generated with a fixed seed from Persian given names and family names
(with particles such as "Pour" and "Zadeh"), two names each; one in ten gets a second
record spelled another way ("Pour Mohammadi" for "Pourmohammadi", "ou" for "u"), so
``find_duplicates`` has something to find. Reported: µs per ``match_key`` call; ms per
``match_actors`` query against a dataset whose name index is built (the first query
builds it: reported separately); seconds for one ``find_duplicates`` over the whole
dataset, and how many pairs it proposed; then the same again with every actor the
parent of the next (one chain of parents as long as the dataset), which finds no pairs
(all are ancestors of each other) but checks ancestry for every candidate pair.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import time
import timeit

import attrs

from rightsdata import Actor, ActorKind, Dataset, Name
from rightsdata.names import DEFAULT_THRESHOLD, match_actors, match_key
from rightsdata.text import NameIndex, candidate_pairs, key_similarity

TARGET = 1.15

GIVEN = (
    "Ali",
    "Mohammad",
    "Hossein",
    "Reza",
    "Mehdi",
    "Mostafa",
    "Ebrahim",
    "Abbas",
    "Mahmoud",
    "Hassan",
    "Javad",
    "Saeed",
    "Maryam",
    "Fatemeh",
    "Zahra",
    "Narges",
    "Nasrin",
    "Shirin",
    "Leila",
    "Nazanin",
    "Sara",
    "Mina",
    "Parisa",
    "Roya",
    "Gholamhossein",
    "Assadollah",
    "Rouhollah",
    "Alireza",
    "Hamid",
    "Kazem",
    "Nader",
    "Farhad",
    "Behnam",
    "Siamak",
)
# Family names are built from syllables, so that most people have a name of their own
# (as in a real dataset) and few pairs are true homonyms.
ONSETS = ("b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t", "z")
VOWELS = ("a", "e", "o", "ou", "ee", "i", "a")
ENDINGS = ("i", "ani", "zadeh", "nejad", "pour", "ian", "lou", "vand")
PARTICLES = ("Pour", "Zadeh", "Nejad")


def family(rng: random.Random, syllables: int = 2) -> str:
    syllables = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
    base = (syllables + rng.choice(ENDINGS)).capitalize()
    roll = rng.random()
    if roll < 0.15:
        return "Pour" + base.lower()
    if roll < 0.25:
        return base + rng.choice(PARTICLES[1:]).lower()
    return base


def respell(name: str, rng: random.Random) -> str:
    """Another spelling of ``name`` of the kinds reports use."""
    options = [
        name.replace("Pour", "Pour ").replace("zadeh", " Zadeh").replace("nejad", " Nejad"),
        name.replace("ou", "u"),
        name.replace("ss", "s").replace("ee", "i"),
        name.replace("Gh", "Q").replace("gh", "q"),
        name.upper(),
    ]
    changed = [o for o in options if o != name]
    return rng.choice(changed) if changed else name + "e"


def make_dataset(n: int, seed: int = 1988, *, chain: bool = False, shape: str = "dense") -> Dataset:
    """``n`` people (and some respelled twins); with ``chain``, each the parent of the next.

    ``shape`` is how family names are drawn: ``"dense"`` from two syllables (alike names
    grow more common as ``n`` grows), ``"sparse"`` from three (few are alike but the
    respelled twins), ``"common"`` from 2,000 families, a few of them very common
    (Zipf's law, as real family names go: every pair of two "Ali Hosseini" is a pair).
    """
    rng = random.Random(seed)
    common = [family(rng) for _ in range(2_000)]
    weights = [1 / (rank + 1) for rank in range(len(common))]
    actors: list[Actor] = []
    for i in range(n):
        if shape == "common":
            last = rng.choices(common, weights)[0]
        else:
            last = family(rng, 3 if shape == "sparse" else 2)
        name = f"{rng.choice(GIVEN)} {last}"
        aliases = (Name(text=respell(name, rng)),) if rng.random() < 0.3 else ()
        actors.append(Actor(id=f"a{i}", kind=ActorKind.PERSON, name=name, aliases=aliases))
        if rng.random() < 0.1:
            actors.append(Actor(id=f"a{i}-dup", kind=ActorKind.PERSON, name=respell(name, rng)))
    if chain:
        actors = [
            attrs.evolve(a, parent=actors[k - 1].id if k else None) for k, a in enumerate(actors)
        ]
    return Dataset(actors)


def best(stmt: object, number: int, repeat: int) -> float:
    return min(timeit.repeat(stmt, number=number, repeat=repeat)) / number  # type: ignore[arg-type]


def run(n: int, repeat: int) -> None:
    ds = make_dataset(n)
    names = [a.name for a in ds.actors()]
    per_key = best(lambda: [match_key(x) for x in names], 1, repeat) / len(names)
    start = time.perf_counter()
    match_actors(ds, "Mostafa Pour Mohammadi")  # builds the name index
    first = time.perf_counter() - start
    queries = ["Mostafa Pour Mohammadi", "Mousavi", "Ali Rezaee", "Nazanin Kazemi"]
    per_query = best(lambda: [match_actors(ds, q) for q in queries], 1, repeat) / len(queries)
    start = time.perf_counter()
    found = ds.find_duplicates()
    dup_time = time.perf_counter() - start
    print(
        f"{len(ds):>6} actors ({sum(len(a.names()) for a in ds.actors())} names): "
        f"match_key {per_key * 1e6:6.1f} µs | first query {first * 1e3:7.1f} ms | "
        f"query {per_query * 1e3:6.1f} ms | find_duplicates {dup_time:6.2f} s, "
        f"{len(found)} pairs"
    )
    chained = make_dataset(n, chain=True)
    start = time.perf_counter()
    found = chained.find_duplicates()
    print(
        f"{'':>6} the same in one chain of parents: find_duplicates "
        f"{time.perf_counter() - start:6.2f} s, {len(found)} pairs"
    )


def before_pairs(index: NameIndex, threshold: float) -> dict[tuple[int, int], float]:
    """The search this release replaced: each name against every later one, in
    rapidfuzz's C loop, then scored (quadratic in names)."""
    pairs: dict[tuple[int, int], float] = {}
    for a, ka in enumerate(index.keys):
        for b in index.near(ka, threshold, after=a):
            _keep(pairs, index, a, b, threshold)
    return pairs


def unblocked_pairs(index: NameIndex, threshold: float) -> dict[tuple[int, int], float]:
    """Every pair of names scored: the result no search may fall short of."""
    pairs: dict[tuple[int, int], float] = {}
    for a, b in itertools.combinations(range(len(index.keys)), 2):
        _keep(pairs, index, a, b, threshold)
    return pairs


def _keep(
    pairs: dict[tuple[int, int], float], index: NameIndex, a: int, b: int, threshold: float
) -> None:
    ia, ib = index.owners[a], index.owners[b]
    if ia != ib:
        score = key_similarity(index.keys[a], index.keys[b])
        pair = (min(ia, ib), max(ia, ib))
        if score >= threshold and score > pairs.get(pair, -1.0):
            pairs[pair] = score


def blocked_pairs(index: NameIndex, threshold: float) -> dict[tuple[int, int], float]:
    return {pair: score for pair, (score, _, _) in candidate_pairs(index, threshold).items()}


SHAPES = ("sparse", "dense", "common")


def growth(sizes: tuple[int, ...]) -> None:
    """``find_duplicates`` (name index included) at each size and shape, CPU seconds,
    with the growth exponent between sizes; the target is for the sparse shape, whose
    pairs grow as the actors do."""
    print(f"\nfind_duplicates growth (CPU s; exponent 1 is linear, target <= {TARGET})")
    print(f"{'shape':<8}{'actors':>9}{'pairs':>11}{'seconds':>10}{'exponent':>10}")
    for shape in SHAPES:
        prev: tuple[int, float] | None = None
        for n in sizes:
            ds = make_dataset(n, shape=shape)
            start = time.process_time()
            found = ds.find_duplicates()
            cpu = time.process_time() - start
            exponent = verdict = ""
            if prev is not None:
                g = math.log(max(cpu, 1e-6) / max(prev[1], 1e-6)) / math.log(len(ds) / prev[0])
                exponent = f"{g:.2f}"
                if shape == "sparse":
                    verdict = "PASS" if g <= TARGET else "FAIL"
            print(f"{shape:<8}{len(ds):>9,}{len(found):>11,}{cpu:>10.2f}{exponent:>10}  {verdict}")
            prev = (len(ds), cpu)


def recall(n: int) -> None:
    """Pairs the join finds against scoring every pair of names, and the time of each
    against the search it replaced."""
    print(f"\nrecall against every pair scored ({n:,} actors per shape, threshold 0.85)")
    for shape in SHAPES:
        index = NameIndex(a.names() for a in make_dataset(n, shape=shape).actors())
        timed = {}
        results = {}
        for label, search in (
            ("unblocked", unblocked_pairs),
            ("before", before_pairs),
            ("join", blocked_pairs),
        ):
            start = time.process_time()
            results[label] = search(index, DEFAULT_THRESHOLD)
            timed[label] = time.process_time() - start
        truth, found = results["unblocked"], results["join"]
        lost = len(truth.keys() - found.keys())
        extra = len(found.keys() - truth.keys())
        verdict = "PASS" if found == truth and results["before"] == truth else "FAIL"
        print(
            f"{shape:<8} {len(truth):,} pairs: join lost {lost}, added {extra} ({verdict}); "
            f"CPU s unblocked {timed['unblocked']:.2f}, before {timed['before']:.2f}, "
            f"join {timed['join']:.3f} ({timed['before'] / max(timed['join'], 1e-6):.1f}x faster)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 actors, one run")
    args = parser.parse_args()
    if args.quick:
        run(300, 1)
        growth((300, 3_000))
        recall(300)
        return
    for n in (1_000, 5_000):
        run(n, 3)
    growth((1_000, 10_000, 100_000))
    recall(2_000)


if __name__ == "__main__":
    main()
