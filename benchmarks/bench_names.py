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
import random
import time
import timeit

import attrs

from rightsdata import Actor, ActorKind, Dataset, Name
from rightsdata.names import match_actors, match_key

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


def family(rng: random.Random) -> str:
    syllables = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(2))
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


def make_dataset(n: int, seed: int = 1988, *, chain: bool = False) -> Dataset:
    """``n`` people (and some respelled twins); with ``chain``, each the parent of the next."""
    rng = random.Random(seed)
    actors: list[Actor] = []
    for i in range(n):
        name = f"{rng.choice(GIVEN)} {family(rng)}"
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 actors, one run")
    args = parser.parse_args()
    if args.quick:
        run(300, 1)
        return
    for n in (1_000, 5_000):
        run(n, 3)


if __name__ == "__main__":
    main()
