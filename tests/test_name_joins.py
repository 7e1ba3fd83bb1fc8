"""Similarity joins find exactly the pairs that scoring every pair finds."""

from __future__ import annotations

from itertools import combinations, product
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from rightsdata.text import NameIndex, candidate_pairs, joins, key_similarity
from rightsdata.text.joins import similar_pairs

# Few letters, so that strings alike at every threshold are common; lengths up to 24, so
# that some neighbourhoods are too large and take the other road.
STRINGS = st.text(alphabet="abcd", max_size=24)
THRESHOLDS = st.one_of(
    st.sampled_from([0.0, 0.5, 2 / 3, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0]),
    st.floats(0, 1),
)
NAMES = st.lists(
    st.lists(st.text(alphabet="abcdeo ", min_size=1, max_size=14), min_size=1, max_size=3),
    max_size=14,
)


def every_pair(left: list[str], threshold: float, right: list[str] | None) -> set[tuple[int, int]]:
    if right is None:
        pairs = combinations(range(len(left)), 2)
        return {(i, j) for i, j in pairs if fuzz.ratio(left[i], left[j]) >= threshold * 100}
    pairs = product(range(len(left)), range(len(right)))
    return {(i, j) for i, j in pairs if fuzz.ratio(left[i], right[j]) >= threshold * 100}


@given(st.lists(STRINGS, max_size=30), THRESHOLDS)
@example(["abcdabcdabcdabcdabcd", "abcdabcdabcdabcdabcc", "a", ""], 0.85)
@example(["", ""], 0.85)
def test_a_self_join_finds_every_pair_alike_enough_and_no_other(
    strings: list[str], threshold: float
) -> None:
    assert similar_pairs(strings, threshold) == every_pair(strings, threshold, None)


@given(st.lists(STRINGS, max_size=15), st.lists(STRINGS, max_size=15), THRESHOLDS)
def test_a_join_of_two_lists_finds_every_pair_alike_enough_and_no_other(
    left: list[str], right: list[str], threshold: float
) -> None:
    assert similar_pairs(left, threshold, right) == every_pair(left, threshold, right)


# With comparisons in C costed at nothing, the joins on small lists above compare every
# pair; costed at everything, every string goes through its deletion neighbourhood, the
# road big lists take. Strings up to 16 letters and thresholds from 0.6 keep those small.
SHORT = st.text(alphabet="abcd", max_size=16)
HIGH = st.one_of(st.sampled_from([0.6, 2 / 3, 0.75, 0.85, 0.9, 1.0]), st.floats(0.6, 1))


@given(st.lists(SHORT, max_size=30), HIGH)
@example(["abcdabcdabcd", "abcdabcdab", "bcdabcda"], 0.75)  # deep deletions of the longer
def test_neighbourhoods_alone_find_every_pair_of_a_list(
    strings: list[str], threshold: float
) -> None:
    with mock.patch.object(joins, "_BY_PAIR", 0):
        assert similar_pairs(strings, threshold) == every_pair(strings, threshold, None)


@given(st.lists(SHORT, max_size=15), st.lists(SHORT, max_size=15), HIGH)
@example(["abcdabcd"], ["abcdabcdabc"], 0.75)  # the longer on the right
@example(["abcdabcdabc"], ["abcdabcd"], 0.75)  # the longer on the left
def test_neighbourhoods_alone_find_every_pair_of_two_lists(
    left: list[str], right: list[str], threshold: float
) -> None:
    with mock.patch.object(joins, "_BY_PAIR", 0):
        assert similar_pairs(left, threshold, right) == every_pair(left, threshold, right)


def every_entity_pair(index: NameIndex, threshold: float) -> dict[tuple[int, int], float]:
    best: dict[tuple[int, int], float] = {}
    for a, b in combinations(range(len(index.keys)), 2):
        ia, ib = index.owners[a], index.owners[b]
        if ia != ib:
            score = key_similarity(index.keys[a], index.keys[b])
            pair = (min(ia, ib), max(ia, ib))
            if score >= threshold:
                best[pair] = max(score, best.get(pair, -1.0))
    return best


@given(NAMES, THRESHOLDS)
@example([["mostafa pour mohammadi"], ["mostafa pourmohammadi"]], 0.85)  # equal spaceless
@example([["ali reza"], ["alireza"], ["reza ali"]], 0.85)  # one word against two
@example([["ab"], ["-"]], 0.0)  # a key folded to nothing pairs at 0
def test_candidate_pairs_are_every_pair_of_entities_scoring_the_threshold(
    names: list[list[str]], threshold: float
) -> None:
    index = NameIndex(names)
    found = candidate_pairs(index, threshold)
    assert {pair: score for pair, (score, _, _) in found.items()} == every_entity_pair(
        index, threshold
    )
