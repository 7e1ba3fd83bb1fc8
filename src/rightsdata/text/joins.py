"""Similarity joins: every pair of strings alike enough, without comparing every pair.

Two strings whose rapidfuzz ``fuzz.ratio`` (normalized Indel similarity, ``100 * (1 -
d / (len(a) + len(b)))`` for ``d`` insertions and deletions) is at least ``100 * t`` are
at most ``k = (1 - t) * (len(a) + len(b))`` insertions and deletions apart, so deleting
``len(a) - L`` characters of one and ``len(b) - L`` of the other (``L`` their longest
common subsequence) gives the same string, with the two numbers of deletions adding up
to at most ``k``. Each string's *deletion neighbourhood* (the strings it gives with up
to as many deletions as any partner could need) is looked up, one length at a time, in a
table of the neighbourhoods with at most half as many deletions (the side of a pair with
fewer deletions needs no more); strings that share an entry, with deletions that add up
to at most ``k``, are a pair. No pair is missed, and each pair found is checked with
``fuzz.ratio`` itself. Strings whose neighbourhoods cost more than comparing them with
every string of a length they can pair with (long strings, low thresholds, a handful of
strings against many) are compared so instead, in rapidfuzz's C loop.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import Final

from rapidfuzz import fuzz, process

__all__ = ["similar_pairs"]

_BY_PAIR: Final = 8
"""Comparing two strings in C costs about an eighth of making one string of a
neighbourhood and putting it in a table or looking it up: a string is compared with
every string of a length it fits, and a join of two lists compares every pair, when
that is cheaper (the run time hardly moves from 3 to 16)."""

_SLACK: Final = 1e-9
"""Added to every bound, so that a float rounding never leaves out a pair; the
``fuzz.ratio`` check takes out whatever the slack lets in."""


class _Bounds:
    """The deletions a threshold allows, for strings of each length."""

    __slots__ = ("_room", "depths", "shallow", "sizes")

    def __init__(self, threshold: float, longest: int) -> None:
        self._room = 1.0 - threshold
        self.depths = [self._depth(n) for n in range(longest + 1)]
        """For each length, the most deletions a pair with a shorter string can need."""
        self.shallow = [self.budget(2 * n) // 2 for n in range(longest + 1)]
        """For each length, the most deletions the side of a pair with fewer can need."""
        self.sizes = [
            sum(math.comb(n, j) for j in range(self.depths[n] + 1)) for n in range(longest + 1)
        ]
        """For each length, the most strings a neighbourhood holds."""

    def budget(self, total_length: int) -> int:
        """The most insertions and deletions between two strings of this total length."""
        return math.floor(self._room * total_length + _SLACK)

    def _depth(self, n: int) -> int:
        # The most a string of length n gives up is against a partner that is one of
        # its subsequences: j deletions on its side, none on the other.
        j = 0
        while j < n and j + 1 <= self.budget(2 * n - j - 1):
            j += 1
        return j


def similar_pairs(
    left: Sequence[str], threshold: float, right: Sequence[str] | None = None
) -> set[tuple[int, int]]:
    """Every pair of positions whose strings score at least ``100 * threshold`` under
    ``fuzz.ratio``: ``(i, j)`` with ``i < j`` among ``left`` (a self-join) or, given
    ``right``, every ``(i, j)`` with ``i`` in ``left`` and ``j`` in ``right``.

    Exactly the pairs comparing every pair would find (a test checks it against that), in
    time that grows with the number of strings and of pairs rather than their square,
    for thresholds from about 2/3 up; at lower thresholds most strings' neighbourhoods
    are too large, and they are compared with every string of a length they can pair
    with.

    ```pycon
    >>> sorted(similar_pairs(["mousavi", "raisi", "moussavi"], 0.85))
    [(0, 2)]
    >>> sorted(similar_pairs(["evin"], 0.85, ["evin", "evine", "qezel"]))
    [(0, 0), (0, 1)]

    ```
    """
    rhs = left if right is None else right
    ua, ub = _distinct(left), _distinct(rhs)
    bounds = _Bounds(threshold, max(map(len, [*ua, *ub]), default=0))
    if right is not None:  # strings no partner is long or short enough for stay out
        ua, ub = _fitting(ua, ub, bounds), _fitting(ub, ua, bounds)
    sa, sb = list(ua), list(ub)
    same = right is None
    cutoff = threshold * 100
    candidates = _distinct_pairs(sa, sb, bounds, cutoff - _SLACK, same=same)
    if same:
        candidates = ((a, b) if a < b else (b, a) for a, b in candidates if a != b)
    ratio, pa, pb = fuzz.ratio, list(ua.values()), list(ub.values())
    found: set[tuple[int, int]] = set()
    for a, b in set(candidates):
        if ratio(sa[a], sb[b]) >= cutoff:
            xs, ys = pa[a], pb[b]
            if len(xs) == 1 and len(ys) == 1:
                found.add((xs[0], ys[0]))
            else:
                found.update((i, j) for i in xs for j in ys)
    if same:
        found = {(i, j) if i < j else (j, i) for i, j in found}
        for positions in pa:  # equal strings are alike
            found.update(combinations(positions, 2))
    return found


def _distinct(strings: Sequence[str]) -> dict[str, list[int]]:
    at: dict[str, list[int]] = {}
    for i, s in enumerate(strings):
        at.setdefault(s, []).append(i)
    return at


def _fitting(
    strings: dict[str, list[int]], others: dict[str, list[int]], bounds: _Bounds
) -> dict[str, list[int]]:
    """The strings whose length some string of ``others`` can pair with."""
    lengths = {len(s) for s in others}
    fits = {n for n in {len(s) for s in strings} if any(_fit(n, m, bounds) for m in lengths)}
    return {s: at for s, at in strings.items() if len(s) in fits}


def _distinct_pairs(
    sa: list[str], sb: list[str], bounds: _Bounds, cutoff: float, *, same: bool
) -> Iterator[tuple[int, int]]:
    """Candidate pairs of distinct strings (every true pair among them, and some more)."""
    by_length_a, by_length_b = _by_length(sa), _by_length(sb)
    near_a, far_a = _split(by_length_a, by_length_b, bounds)
    near_b, far_b = (near_a, far_a) if same else _split(by_length_b, by_length_a, bounds)
    if not same and len(sa) * len(sb) <= _BY_PAIR * (_size(sa, bounds) + _size(sb, bounds)):
        # Few pairs for the neighbourhoods' cost (a handful of one-word names against
        # every name): compare every pair, in C.
        near_a, far_a = {}, by_length_a
        near_b, far_b = {}, {}
    cutoff = max(cutoff, 0.0)
    yield from _compared(sa, far_a, sb, by_length_b, bounds, cutoff)
    if not same:
        yield from ((i, j) for j, i in _compared(sb, far_b, sa, by_length_a, bounds, cutoff))
    budgets = [bounds.budget(n) for n in range(2 * len(bounds.depths) - 1)]
    for length in range(len(bounds.depths)):
        # The side with fewer deletions needs at most half the budget: only those
        # neighbours are kept in a table, and the other side's (all of them) look it up.
        yield from _meetings(
            sa, near_a, _table(sb, near_b, length, bounds), length, bounds, budgets
        )
        if not same:
            table_a = _table(sa, near_a, length, bounds)
            met = _meetings(sb, near_b, table_a, length, bounds, budgets)
            yield from ((i, j) for j, i in met)


def _meetings(
    strings: list[str],
    near: dict[int, list[int]],
    table: dict[str, list[tuple[int, int, int]]],
    length: int,
    bounds: _Bounds,
    budgets: list[int],
) -> Iterator[tuple[int, int]]:
    """Pairs ``(position in strings, position in the table's strings)`` whose
    neighbourhoods ``length`` long meet with deletions the budget allows: each string's
    variants looked up at once (a set intersection, in C)."""
    for i, n, ja, variants in _neighbours(strings, near, length, bounds.depths):
        for variant in variants & table.keys():
            for j, lb, jb in table[variant]:
                if ja + jb <= budgets[n + lb]:
                    yield i, j


def _size(strings: list[str], bounds: _Bounds) -> int:
    """How many strings the neighbourhoods of ``strings`` hold, at most."""
    return sum(bounds.sizes[len(s)] for s in strings)


def _by_length(strings: list[str]) -> dict[int, list[int]]:
    """The positions of ``strings``, by length."""
    found: dict[int, list[int]] = {}
    for i, s in enumerate(strings):
        found.setdefault(len(s), []).append(i)
    return found


def _split(
    own: dict[int, list[int]], other: dict[int, list[int]], bounds: _Bounds
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The lengths of ``own`` whose neighbourhoods cost less than comparing each string
    with every string of ``other`` it could pair with, and the others."""
    near: dict[int, list[int]] = {}
    far: dict[int, list[int]] = {}
    for n, positions in own.items():
        fitting = sum(len(at) for m, at in other.items() if _fit(n, m, bounds))
        (near if bounds.sizes[n] * _BY_PAIR <= fitting else far)[n] = positions
    return near, far


def _fit(n: int, m: int, bounds: _Bounds) -> bool:
    """Whether strings of lengths ``n`` and ``m`` can be alike enough."""
    return abs(n - m) <= bounds.budget(n + m)


def _compared(
    sa: list[str],
    far: dict[int, list[int]],
    sb: list[str],
    by_length_b: dict[int, list[int]],
    bounds: _Bounds,
    cutoff: float,
) -> Iterator[tuple[int, int]]:
    """Pairs of a string of ``far`` and a string of ``sb`` of a length it fits, each
    compared in rapidfuzz's C loop."""
    for n, positions in far.items():
        others = [j for m, at in by_length_b.items() if _fit(n, m, bounds) for j in at]
        choices = [sb[j] for j in others]
        for i in positions:
            for _, _, k in process.extract(
                sa[i], choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                yield i, others[k]


def _neighbours(
    strings: list[str], near: dict[int, list[int]], length: int, depths: Sequence[int]
) -> Iterator[tuple[int, int, int, set[str]]]:
    """For each string of length ``n`` in ``near`` that at most ``depths[n]`` deletions
    make ``length`` long, every string they make: ``(position, n, deletions, variants)``."""
    join = "".join
    for n, positions in near.items():
        j = n - length
        if j < 0 or j > depths[n]:
            continue
        for i in positions:
            s = strings[i]
            yield i, n, j, {s} if j == 0 else set(map(join, combinations(s, length)))


def _table(
    strings: list[str], near: dict[int, list[int]], length: int, bounds: _Bounds
) -> dict[str, list[tuple[int, int, int]]]:
    """The neighbours ``length`` long of the side of a pair with fewer deletions:
    ``{variant: [(position, its length, deletions)]}``."""
    table: dict[str, list[tuple[int, int, int]]] = {}
    for i, n, j, variants in _neighbours(strings, near, length, bounds.shallow):
        entry = (i, n, j)
        for v in variants:
            table.setdefault(v, []).append(entry)
    return table
