"""The words [`rightsdata.disagreements`][rightsdata.disagreements] reads as one: measure and unit
synonyms.

Sources and datasets write the same measure or unit in different ways: "Executed" and
"executed", "people" and "persons", "protester" and "protesters". What is only spelling
is folded to a *key* for comparing (the figures keep their words); what is a narrower
count (protesters are persons, an arrest is a detention) nests, as "executed" nests in
"killed". Every table here is read-only data, kept in ``rightsdata/vocab/measures_en.toml``;
docs/disagreements.md prints them.

- [`measure_key`][rightsdata.vocabulary.measure_key]: case folded, spaces and hyphens as ``_``, then
  [`MEASURE_SYNONYMS`][rightsdata.vocabulary.MEASURE_SYNONYMS] ("executions" is "executed");
- [`unit_key`][rightsdata.vocabulary.unit_key]: case folded, spaces collapsed,
  [`UNIT_SYNONYMS`][rightsdata.vocabulary.UNIT_SYNONYMS] ("people" is "person"), else each word's
  regular English plural dropped ("cities" is "city", "witnesses" is "witness"), then
  [`UNIT_SYNONYMS`][rightsdata.vocabulary.UNIT_SYNONYMS] again ("individuals");
- [`MEASURE_PARENTS`][rightsdata.vocabulary.MEASURE_PARENTS] and
  [`UNIT_PARENTS`][rightsdata.vocabulary.UNIT_PARENTS]: each key counts towards its value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from rightsdata.records import Measure
from rightsdata.records.figure import MEASURE_PARENTS
from rightsdata.vocab import labels

__all__ = [
    "DOCUMENTED_MEASURES",
    "DOCUMENTED_UNITS",
    "MEASURE_PARENTS",
    "MEASURE_SYNONYMS",
    "UNIT_PARENTS",
    "UNIT_SYNONYMS",
    "measure_key",
    "unit_key",
]

MEASURE_SYNONYMS: Final[Mapping[str, str]] = MappingProxyType(
    labels("measures_en", "measures.synonyms")
)
"""Other ways of writing a documented measure (after folding case and spaces)."""

UNIT_SYNONYMS: Final[Mapping[str, str]] = MappingProxyType(labels("measures_en", "units.synonyms"))
"""Other ways of writing a unit (irregular plurals, variant spellings), as keys."""

UNIT_PARENTS: Final[Mapping[str, str]] = MappingProxyType(labels("measures_en", "units.parents"))
"""Unit nesting, as keys: a count of protesters is a count of persons, not the reverse."""

DOCUMENTED_MEASURES: Final = frozenset(Measure.ALL)
"""The measures whose meaning is documented ([`Measure`][rightsdata.Measure]); two
documented measures that do not nest count different things."""

DOCUMENTED_UNITS: Final = frozenset(
    {*UNIT_PARENTS, *UNIT_PARENTS.values(), "city", "document", "execution", "gigabyte"}
)
"""The unit keys whose meaning is documented: those that nest, and a few of
[`Figure.unit`][rightsdata.Figure.unit]'s examples."""

_SPACES: Final = re.compile(r"[\s_-]+")
_SIBILANT: Final = ("sses", "xes", "zes", "ches", "shes")


@functools.lru_cache(maxsize=4096)
def measure_key(measure: str) -> str:
    """The key under which spellings of ``measure`` coincide.

    ```pycon
    >>> measure_key("Executions"), measure_key("died in custody")
    ('executed', 'died_in_custody')

    ```
    """
    folded = _SPACES.sub("_", measure.casefold()).strip("_")
    return MEASURE_SYNONYMS.get(folded, folded)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_SIBILANT):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=4096)
def unit_key(unit: str) -> str:
    """The key under which spellings of ``unit`` coincide: case, plurals, synonyms.

    ```pycon
    >>> unit_key("People"), unit_key("persons"), unit_key("Political Prisoners")
    ('person', 'person', 'political prisoner')

    ```
    """
    folded = " ".join(unit.casefold().split())
    if folded in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[folded]
    singular = " ".join(_singular(w) for w in folded.split(" "))
    return UNIT_SYNONYMS.get(singular, singular)
