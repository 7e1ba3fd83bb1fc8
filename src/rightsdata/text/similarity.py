"""How alike two names are: [`similarity`][rightsdata.similarity] and its thresholds."""

from __future__ import annotations

import math
import re
from collections import Counter
from numbers import Real
from typing import Final

from rapidfuzz import fuzz

from rightsdata.errors import ValidationError
from rightsdata.numbers import shown
from rightsdata.text.folding import match_key

__all__ = [
    "DEFAULT_THRESHOLD",
    "OTHER_GIVEN_NAME_SCORE",
    "PARTIAL_SCORE",
    "check_threshold",
    "key_similarity",
    "query_score",
    "similarity",
    "sorted_words",
]

DEFAULT_THRESHOLD: Final = 0.85
"""The score from which two names are taken to be one (``similarity >= 0.85``).

"Javaid Rehman" and "Javeid Rehman" score 0.92, "Hassan Rouhani" and "Hasan Rowhani" 1;
"Hossein Ali Montazeri" and "Hossein Ali Nayyeri", two people, score 0.67, the brothers
"Ali Larijani" and "Sadegh Larijani" 0.62."""

OTHER_GIVEN_NAME_SCORE: Final = 0.75
"""The most two names score when they share a family name but their given names are
other names, not one respelled: their consonants differ ("Mojtaba Khamenei", "Mostafa
Khamenei"; "Mohammad Khatami", "Mohammad Reza Khatami"). Below the default threshold,
so brothers and sisters stay apart; a lower threshold brings them in as weak candidates."""

PARTIAL_SCORE: Final = 0.9
"""The score [`match_actors`][rightsdata.match_actors] gives a name that contains every word of the
query ("Mousavi" in "Mir Hossein Mousavi") without being equal to it: above the default
threshold, below an exact match."""

_NUMBER: Final = re.compile(r"\d+")
_NO_VOWELS: Final = str.maketrans("", "", "aeiouy")


def sorted_words(key: str) -> str:
    """The key with its words in order: ``fuzz.ratio`` on these is rapidfuzz's
    ``token_sort_ratio``, with the sorting done once per name instead of per pair.

    ```pycon
    >>> sorted_words("raisi ebrahim")
    'ebrahim raisi'

    ```
    """
    return " ".join(sorted(key.split()))


def key_similarity(ka: str, kb: str) -> float:
    """[`similarity`][rightsdata.similarity] of two keys (two [`match_key`][rightsdata.match_key]
    results), without folding them again.

    ```pycon
    >>> key_similarity("ali reza", "alireza")
    1.0

    ```
    """
    if not ka or not kb:
        return 0.0
    ca, cb = ka.replace(" ", ""), kb.replace(" ", "")
    if ca == cb:
        score = 1.0
    else:
        score = max(fuzz.ratio(ca, cb), fuzz.ratio(sorted_words(ka), sorted_words(kb))) / 100
        wa, wb = ka.split(), kb.split()
        if len(wa) > 1 and len(wb) > 1:
            score = min(score, fuzz.ratio(wa[-1], wb[-1]) / 100)
            # Brothers share a family name too: the given names' likeness counts half,
            # and in a person's name (two or three words) given names whose consonants
            # differ are other names ("Mojtaba", "Mostafa"; "Mohammad", "Mohammad
            # Reza"), not one respelled ("Javaid", "Javeid").
            ga, gb = "".join(wa[:-1]), "".join(wb[:-1])
            score = min(score, (1 + fuzz.ratio(ga, gb) / 100) / 2)
            person = len(wa) <= 3 and len(wb) <= 3
            if person and ga.translate(_NO_VOWELS) != gb.translate(_NO_VOWELS):
                score = min(score, OTHER_GIVEN_NAME_SCORE)
    if Counter(_NUMBER.findall(ka)) != Counter(_NUMBER.findall(kb)):
        score = min(score, 0.5)
    return score


def similarity(a: str, b: str) -> float:
    """How alike two names are, from 0 (nothing alike) to 1 (the same key).

    Both are folded with [`match_key`][rightsdata.match_key]. Names whose keys are equal, or equal
    once the spaces are taken out ("Ali Reza", "Alireza"), score 1. Otherwise the score is
    rapidfuzz's normalized Indel similarity of the keys (the better of the keys without
    spaces and the keys with their words sorted), capped by the similarity of the last
    words when both names have two words or more: "Mir Hossein Mousavi" and "Abbas
    Mousavi" share a family name, not a person, and score 0.58; and by the mean of 1 and
    the likeness of the given names, so that brothers ("Ali Larijani", "Sadegh Larijani",
    0.62) stay below the default threshold while a respelled given name ("Javaid
    Rehman", "Javeid Rehman") does not. In a name of two or three words, given names
    whose consonants differ are other names, even when they look alike ("Mojtaba
    Khamenei", "Mostafa Khamenei"; "Mohammad Khatami", "Mohammad Reza Khatami"): they
    score at most [`OTHER_GIVEN_NAME_SCORE`][rightsdata.names.OTHER_GIVEN_NAME_SCORE]. Names that
    carry different numbers ("Ward 209", "Ward 240") score at most 0.5. Empty names score 0.
    Anything but two strings raises [`ValidationError`][rightsdata.ValidationError].

    ```pycon
    >>> similarity("Mousavi", "Moussavi")
    1.0
    >>> round(similarity("Mir Hossein Mousavi", "Abbas Mousavi"), 2)
    0.58
    >>> similarity("Seyyed Ebrahim Raisi", "Ebrahim Raisi")  # an honorific
    1.0
    >>> similarity("Hassan Rouhani", "Hasan Rowhani")
    1.0
    >>> similarity("Mojtaba Khamenei", "Mostafa Khamenei")
    0.75

    ```
    """
    return key_similarity(match_key(a), match_key(b))


def query_score(kq: str, kn: str) -> float:
    """The score of a name for a query, both as keys: [`similarity`][rightsdata.similarity], or
    [`PARTIAL_SCORE`][rightsdata.names.PARTIAL_SCORE] when every word of the query is a word of the
    name.

    ```pycon
    >>> query_score("mousavi", "mir hosein mousavi")
    0.9

    ```
    """
    score = key_similarity(kq, kn)
    if score < PARTIAL_SCORE:
        wq, wn = Counter(kq.split()), Counter(kn.split())
        if wq and wq <= wn:
            score = PARTIAL_SCORE
    return score


def check_threshold(threshold: object) -> float:
    """A threshold as a float, or [`ValidationError`][rightsdata.ValidationError] if it is not a
    number from 0 to 1 (NaN, a string and ``True`` are not).

    ```pycon
    >>> check_threshold(1)
    1.0

    ```
    """
    if isinstance(threshold, bool) or not isinstance(threshold, Real):
        raise ValidationError.single(
            "threshold",
            f"expected a number from 0 to 1, got {type(threshold).__name__} {shown(threshold)}",
        )
    try:
        value = float(threshold)
    except OverflowError:  # an int or Fraction too large for a float
        value = math.inf
    if not (0.0 <= value <= 1.0):
        raise ValidationError.single(
            "threshold", f"must be between 0 and 1, got {shown(threshold)}"
        )
    return value
