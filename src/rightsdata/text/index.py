"""The name index: many entities' names folded once, for fast lookups and pairings."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from itertools import combinations

from rapidfuzz import fuzz, process

from rightsdata.text.folding import match_key
from rightsdata.text.joins import similar_pairs
from rightsdata.text.similarity import (
    PARTIAL_SCORE,
    key_similarity,
    query_score,
    sorted_words,
)

__all__ = ["NameIndex", "best_names", "candidate_pairs"]


class NameIndex:
    """The names of many entities (a dataset's actors, or its facilities), folded once.

    Built from each entity's names, in order: entity ``i`` of the index is the ``i``-th
    iterable given. Private to the library: [`Dataset`][rightsdata.Dataset] builds one per
    record type on first use and keeps it.

    ```pycon
    >>> index = NameIndex([["Evin Prison", "Evin"], ["Qezel Hesar"]])
    >>> index.owners, index.keys
    ([0, 0, 1], ['evin prison', 'evin', 'qezel hesar'])

    ```
    """

    __slots__ = ("keys", "owners", "sorted", "spaceless", "texts", "words")

    def __init__(self, names: Iterable[Iterable[str]]) -> None:
        self.owners: list[int] = []
        """For each name, the position of its entity in ``names``."""
        self.texts: list[str] = []
        """Each name as written."""
        self.keys: list[str] = []
        """Each name's [`match_key`][rightsdata.match_key]."""
        for i, entity_names in enumerate(names):
            for text in entity_names:
                self.owners.append(i)
                self.texts.append(text)
                self.keys.append(match_key(text))
        self.spaceless = [k.replace(" ", "") for k in self.keys]
        """Each key without its spaces."""
        self.sorted = [sorted_words(k) for k in self.keys]
        """Each key with its words sorted."""
        self.words: dict[str, set[int]] = {}
        """Each word of a key -> the names that have it."""
        for n, k in enumerate(self.keys):
            for w in k.split():
                self.words.setdefault(w, set()).add(n)

    def near(self, key: str, threshold: float, *, after: int = -1) -> set[int]:
        """Names (after name ``after``) whose similarity to ``key`` can reach ``threshold``.

        The exact score is never above the better of the two rapidfuzz ratios scanned
        here (in C), so this finds every name that can reach the threshold, and a few more.
        """
        cutoff = threshold * 100
        start = after + 1
        found: set[int] = set()
        for query, choices in (
            (key.replace(" ", ""), self.spaceless),
            (sorted_words(key), self.sorted),
        ):
            for _, _, n in process.extract(
                query, choices[start:], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                found.add(n + start)
        return found

    def containing(self, key: str) -> set[int]:
        """Names that have every word of ``key``."""
        sets = [self.words.get(w, set()) for w in key.split()]
        return set.intersection(*sets) if sets else set()


def best_names(
    query: str, key: str, index: NameIndex, threshold: float
) -> dict[int, tuple[float, str]]:
    """Each entity's best-scoring name for ``query`` (whose key is ``key``), as ``{entity:
    (score, name as written)}``, for the entities scoring at least ``threshold`` under
    ``query_score``; among equal scores, the name
    written as the query.

    ```pycon
    >>> best_names("Evin", "evin", NameIndex([["Evin Prison", "Evin"], ["Qezel Hesar"]]), 0.85)
    {0: (1.0, 'Evin')}

    ```
    """
    candidates = index.near(key, threshold)
    if threshold <= PARTIAL_SCORE:
        candidates |= index.containing(key)
    best: dict[int, tuple[float, bool, str]] = {}
    written = unicodedata.normalize("NFKC", query).casefold().strip()
    for n in sorted(candidates):
        score = query_score(key, index.keys[n])
        if score >= threshold:
            text = index.texts[n]
            rank = (score, unicodedata.normalize("NFKC", text).casefold() == written, text)
            i = index.owners[n]
            if i not in best or rank[:2] > best[i][:2]:
                best[i] = rank
    return {i: (score, text) for i, (score, _, text) in best.items()}


def candidate_pairs(
    index: NameIndex, threshold: float
) -> dict[tuple[int, int], tuple[float, str, str]]:
    """Best-scoring name pair of each pair of entities scoring at least ``threshold``
    under ``key_similarity``, as ``{(entity,
    later entity): (score, name of the first, name of the second)}``.

    Exactly the pairs scoring every pair of names would find (a test checks it against
    that), without scoring every pair: see ``_alike``.

    ```pycon
    >>> candidate_pairs(NameIndex([["Mousavi"], ["Raisi"], ["Moussavi"]]), 0.85)
    {(0, 2): (1.0, 'Mousavi', 'Moussavi')}

    ```
    """
    pairs: dict[tuple[int, int], tuple[float, str, str]] = {}
    for a, b in _alike(index, threshold):
        ia, ib = index.owners[a], index.owners[b]
        if ib == ia:
            continue
        if ib < ia:
            a, b, ia, ib = b, a, ib, ia
        score = key_similarity(index.keys[a], index.keys[b])
        if score >= threshold and score > pairs.get((ia, ib), (-1.0, "", ""))[0]:
            pairs[ia, ib] = (score, index.texts[a], index.texts[b])
    return pairs


def _alike(index: NameIndex, threshold: float) -> set[tuple[int, int]]:
    """Pairs of names (``a < b``) among which are all that score at least ``threshold``
    under ``key_similarity``, and a few more.

    A pair scores 1 when its keys without spaces are equal: those pair by that key.
    Otherwise, when both names have two words or more, the score is at most the
    ``fuzz.ratio`` of their last words, and at most the mean of 1 and that of the rest:
    pairs of last words alike enough are found by a similarity join on the distinct last
    words, and within them, given names are compared in rapidfuzz's C loop. When a name
    has one word, the score is at most the better ``fuzz.ratio`` of it and the other's
    key without spaces or with its words sorted: two more joins find those.
    """
    keys = index.keys
    if threshold <= 0:  # every pair scores at least 0
        return set(combinations(range(len(keys)), 2))
    found: set[tuple[int, int]] = set()
    same_key: dict[str, list[int]] = {}
    for n, k in enumerate(index.spaceless):
        if k:
            same_key.setdefault(k, []).append(n)
    for names in same_key.values():
        found.update(combinations(names, 2))
    words = [k.split() for k in keys]
    # A little under the threshold: key_similarity's ``ratio / 100 >= threshold`` and
    # the joins' ``ratio >= threshold * 100`` may round apart.
    threshold -= 1e-9
    found |= _alike_families(words, threshold)
    single = [n for n, w in enumerate(words) if len(w) == 1]
    if single:
        alone = [keys[n] for n in single]
        for forms in (index.spaceless, index.sorted):
            for i, b in similar_pairs(alone, threshold, forms):
                a = single[i]
                if a != b:
                    found.add((a, b) if a < b else (b, a))
    return found


def _alike_families(words: list[list[str]], threshold: float) -> set[tuple[int, int]]:
    """Pairs of names of two words or more whose last words and given names can score
    ``threshold``."""
    family: dict[str, list[int]] = {}
    for n, w in enumerate(words):
        if len(w) > 1:
            family.setdefault(w[-1], []).append(n)
    names = list(family.values())
    near: list[list[int]] = [[] for _ in names]
    for i, j in similar_pairs(list(family), threshold):
        near[i].append(j)
    given = ["".join(w[:-1]) for w in words]
    cutoff = max(0.0, (2 * threshold - 1) * 100 - 1e-9)
    found: set[tuple[int, int]] = set()
    for i, own in enumerate(names):
        block = own + [n for j in near[i] for n in names[j]]
        choices = [given[n] for n in block]
        for p, a in enumerate(own):
            for _, _, q in process.extract(
                given[a], choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                if q > p:
                    b = block[q]
                    found.add((a, b) if a < b else (b, a))
    return found
