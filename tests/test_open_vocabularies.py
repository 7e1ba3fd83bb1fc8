"""The open vocabularies: ALL is gathered from the constants, and the tables use them."""

from __future__ import annotations

import pytest

from rightsdata import EventKind, FacilityKind, Measure
from rightsdata.records.figure import MEASURE_PARENTS
from rightsdata.vocabulary import MEASURE_PARENTS as VOCABULARY_PARENTS
from rightsdata.vocabulary import MEASURE_SYNONYMS


@pytest.mark.parametrize("vocabulary", [EventKind, FacilityKind, Measure])
def test_all_is_every_constant(vocabulary: type) -> None:
    constants = {k: v for k, v in vars(vocabulary).items() if k.isupper() and k != "ALL"}
    assert frozenset(constants.values()) == vocabulary.ALL  # type: ignore[attr-defined]
    assert "other" in vocabulary.ALL  # type: ignore[attr-defined]
    assert len(set(constants.values())) == len(constants)  # no value written twice


def test_measure_tables_use_documented_measures() -> None:
    assert VOCABULARY_PARENTS is MEASURE_PARENTS
    assert set(MEASURE_PARENTS) | set(MEASURE_PARENTS.values()) <= Measure.ALL
    assert set(MEASURE_SYNONYMS.values()) <= Measure.ALL
