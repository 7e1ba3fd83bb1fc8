"""The phrase oracle: date and count phrases as reports write them, each with the value it
means, computed from what was drawn without calling a parser.

Everything here computes the expected value from the parameters it drew (a day, a month, a
number, a hedge), with the standard library and jdatetime, following the conventions in
docs/dates.md and docs/quantities.md. It never calls the parsers, so a property test comparing
the two checks the parsers against the documentation.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from rightsdata.quantity import MAX_COUNT
from rightsdata.strategies._oracle.calendars import EARLIEST_PHRASE_DAY
from rightsdata.strategies._oracle.dates import cached_date_phrases, date_phrases
from rightsdata.strategies._oracle.phrase import Phrase
from rightsdata.strategies._oracle.quantities import cached_quantity_phrases, quantity_phrases

__all__ = ["Phrase", "date_phrases", "phrases", "quantity_phrases"]


def phrases() -> SearchStrategy[Phrase]:
    """Date and number phrases with their expected values:
    [`date_phrases`][rightsdata.strategies.date_phrases] or
    [`quantity_phrases`][rightsdata.strategies.quantity_phrases] with their default options."""
    return st.one_of(
        cached_date_phrases(EARLIEST_PHRASE_DAY, date.max, True, True),
        cached_quantity_phrases(0, MAX_COUNT),
    )
