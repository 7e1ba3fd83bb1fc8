"""Pure text: folding names to keys, scoring how alike two names are, the name index.

Nothing here knows about records or datasets: [`rightsdata.dataset`][rightsdata.Dataset]
and [`rightsdata.names`][rightsdata.match_actors] (lookups and duplicate finding) are built
on it. The folding rules are package data (``rightsdata/text/folding.toml``).

```pycon
>>> match_key("Mostafa Pour-Mohammadi") == match_key("MOSTAFA POURMOHAMMADI")
True
>>> similarity("Ebrahim Raisi", "Ali Khamenei") < DEFAULT_THRESHOLD
True

```
"""

from rightsdata.text.folding import HONORIFICS, match_key
from rightsdata.text.index import NameIndex, best_names, candidate_pairs
from rightsdata.text.similarity import (
    DEFAULT_THRESHOLD,
    OTHER_GIVEN_NAME_SCORE,
    PARTIAL_SCORE,
    check_threshold,
    key_similarity,
    query_score,
    similarity,
    sorted_words,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "HONORIFICS",
    "OTHER_GIVEN_NAME_SCORE",
    "PARTIAL_SCORE",
    "NameIndex",
    "best_names",
    "candidate_pairs",
    "check_threshold",
    "key_similarity",
    "match_key",
    "query_score",
    "similarity",
    "sorted_words",
]
