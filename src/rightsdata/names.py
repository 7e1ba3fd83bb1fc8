"""Names: folding spellings and scripts to a key, scoring how alike two names are.

Reports spell one person several ways ("Mostafa Pourmohammadi", "Mostafa Pour Mohammadi",
"مصطفی پورمحمدی"). [`match_key`][rightsdata.match_key] folds a name to a key in which the usual
variants coincide; [`similarity`][rightsdata.similarity] scores two names from 0 to 1 with
`rapidfuzz <https://github.com/rapidfuzz/RapidFuzz>`_ on those keys;
[`match_actors`][rightsdata.match_actors] and [`match_facilities`][rightsdata.match_facilities] look
a name up in a dataset. Nothing here merges anything: matches are candidates, and
[`Dataset.merge_entities`][rightsdata.Dataset.merge_entities] is the explicit call that merges.

```pycon
>>> match_key("Mostafa Pour-Mohammadi") == match_key("MOSTAFA POURMOHAMMADI")
True
>>> match_key("مصطفي پورمحمدي") == match_key("مصطفی پور محمدی")  # Arabic yeh, a space
True
>>> round(similarity("Javaid Rehman", "Javeid Rehman"), 2)
0.92
>>> similarity("Ebrahim Raisi", "Ali Khamenei") < DEFAULT_THRESHOLD
True

```
"""

from __future__ import annotations

import attrs

from rightsdata.dataset import Dataset
from rightsdata.dataset.duplicates import Duplicate, find_duplicates
from rightsdata.dataset.store import name_index
from rightsdata.errors import ValidationError
from rightsdata.numbers import shown
from rightsdata.records import Actor, Facility
from rightsdata.text import (
    DEFAULT_THRESHOLD,
    HONORIFICS,
    OTHER_GIVEN_NAME_SCORE,
    PARTIAL_SCORE,
    best_names,
    check_threshold,
    match_key,
    similarity,
)
from rightsdata.text import NameIndex as NameIndex  # kept importable from here

__all__ = [
    "DEFAULT_THRESHOLD",
    "HONORIFICS",
    "OTHER_GIVEN_NAME_SCORE",
    "PARTIAL_SCORE",
    "ActorMatch",
    "Duplicate",
    "FacilityMatch",
    "find_duplicates",
    "match_actors",
    "match_facilities",
    "match_key",
    "similarity",
]


# -- looking names up ------------------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class ActorMatch:
    """An actor that may be the one a name means, with how well it matched."""

    actor: Actor
    """The actor."""
    score: float
    """How well its best name matched, from 0 to 1 (see
    [`match_actors`][rightsdata.match_actors])."""
    matched_name: str
    """Which of its names (main name or alias) matched best, as written."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class FacilityMatch:
    """A facility that may be the one a name means, with how well it matched."""

    facility: Facility
    """The facility."""
    score: float
    """How well its best name matched, from 0 to 1 (see
    [`match_facilities`][rightsdata.match_facilities])."""
    matched_name: str
    """Which of its names (main name or alias) matched best, as written."""


def _check_query(name: str) -> str:
    key = match_key(name)
    if not key:
        raise ValidationError.single("name", f"there is nothing to match in {shown(name)}")
    return key


def _check_limit(limit: object) -> None:
    if limit is None:
        return
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise ValidationError.single(
            "limit", f"expected a whole number or None, got {type(limit).__name__} {shown(limit)}"
        )
    if limit < 0:
        raise ValidationError.single("limit", f"must be 0 or more, got {shown(limit)}")


def _matches(
    dataset: Dataset,
    cls: type[Actor] | type[Facility],
    name: str,
    threshold: float,
    limit: int | None,
) -> list[tuple[int, float, str]]:
    """The actors or facilities ``name`` may mean, best first (ties in dataset order), as
    ``(position among them, score, matched name)``; see
    [`match_actors`][rightsdata.match_actors]."""
    key = _check_query(name)
    threshold = check_threshold(threshold)
    _check_limit(limit)
    best = best_names(name, key, name_index(dataset, cls), threshold)
    order = sorted(best, key=lambda i: (-best[i][0], i))[:limit]
    return [(i, *best[i]) for i in order]


def match_actors(
    dataset: Dataset, name: str, *, threshold: float = DEFAULT_THRESHOLD, limit: int | None = None
) -> tuple[ActorMatch, ...]:
    """The actors of ``dataset`` that ``name`` may mean, best first.

    Each actor is scored by its best name (main name or alias):
    [`similarity`][rightsdata.similarity], or [`PARTIAL_SCORE`][rightsdata.names.PARTIAL_SCORE] when
    the actor's name contains every word of ``name`` (a family name alone, "Pour Mohammadi", matches
    "Mostafa Pourmohammadi"). Actors scoring at least ``threshold`` are returned, best first (ties
    in dataset order), at most ``limit`` of them. Names in another script match only through an
    alias in that script. A family name shared by two people returns both: choosing is the caller's.

    Raises [`ValidationError`][rightsdata.ValidationError] for a name that is not a string or has
    nothing to match, a threshold that is not a number from 0 to 1 (NaN, ``"0.9"``), and a
    limit that is not ``None`` or a whole number from 0 (-1, ``True``, 2.5).

    ```pycon
    >>> from rightsdata.examples import iran_prisons
    >>> tuple((m.actor.id, m.score) for m in match_actors(iran_prisons(), "Pour Mohammadi"))
    (('pourmohammadi', 0.9),)
    >>> tuple(m.actor.id for m in match_actors(iran_prisons(), "Mousavi"))
    ('mir-hossein-mousavi', 'abbas-mousavi')

    ```
    """
    actors = dataset.actors()
    return tuple(
        ActorMatch(actor=actors[i], score=score, matched_name=text)
        for i, score, text in _matches(dataset, Actor, name, threshold, limit)
    )


def match_facilities(
    dataset: Dataset, name: str, *, threshold: float = DEFAULT_THRESHOLD, limit: int | None = None
) -> tuple[FacilityMatch, ...]:
    """The facilities of ``dataset`` that ``name`` may mean, best first.

    Scored as [`match_actors`][rightsdata.match_actors] scores actors.

    ```pycon
    >>> from rightsdata.examples import iran_prisons
    >>> match_facilities(iran_prisons(), "Qezel Hesar")
    ()
    >>> tuple(m.facility.id for m in match_facilities(iran_prisons(), "Evin"))
    ('evin',)

    ```
    """
    facilities = dataset.facilities()
    return tuple(
        FacilityMatch(facility=facilities[i], score=score, matched_name=text)
        for i, score, text in _matches(dataset, Facility, name, threshold, limit)
    )
