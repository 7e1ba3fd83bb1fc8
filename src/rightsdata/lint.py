"""Warnings, not errors: values outside the documented open vocabularies.

[`Event.kind`][rightsdata.Event.kind], [`Facility.kind`][rightsdata.Facility.kind]
and [`Figure.measure`][rightsdata.Figure.measure] are open vocabularies: any
non-blank word is allowed, so that a source's own category is never forced into one of
ours. The price is that a typo ("arest", "detainde") breaks no rule and would pass
silently. [`vocabulary_warnings`][rightsdata.lint.vocabulary_warnings] finds every such value
outside the documented constants ([`EventKind`][rightsdata.EventKind],
[`FacilityKind`][rightsdata.FacilityKind], [`Measure`][rightsdata.Measure]) and names the closest
documented one; ``rightsdata validate`` prints them as warnings, which do not change its exit
status.

```pycon
>>> from rightsdata import Citation, DateRange, Event
>>> e = Event(id="e1", kind="arest", title="Arrest of a lawyer",
...           date=DateRange.parse("2019"), citations=(Citation(source="s1"),))
>>> [str(w) for w in vocabulary_warnings([e])]
['e1: kind: "arest" is not a documented event kind; did you mean "arrest"?']

```
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Final, final

import attrs
from rapidfuzz import fuzz, process

from rightsdata.records import Event, EventKind, Facility, FacilityKind, Figure, Measure, Record
from rightsdata.serialize.converter import show_json

__all__ = ["SUGGESTION_CUTOFF", "VocabularyWarning", "suggest", "vocabulary_warnings"]

SUGGESTION_CUTOFF: Final = 75.0
"""How alike (0 to 100, ``rapidfuzz.fuzz.ratio``) a value and a documented one must
be for the documented one to be suggested."""


@final
@attrs.frozen(kw_only=True, weakref_slot=False)
class VocabularyWarning:
    """A value of an open vocabulary that is not one of its documented constants."""

    record: str
    """The id of the record that holds it."""
    field: str
    """The field: ``"kind"`` or ``"measure"``."""
    value: str
    """The value, as given."""
    vocabulary: str
    """What the field holds, in words: ``"event kind"``, ``"facility kind"``, ``"measure"``."""
    suggestion: str | None
    """The closest documented value, or ``None`` when none is close."""

    @property
    def message(self) -> str:
        """What is wrong, in words, with the suggestion if there is one."""
        text = f"{show_json(self.value)} is not a documented {self.vocabulary}"
        if self.suggestion is None:
            return text
        return f"{text}; did you mean {show_json(self.suggestion)}?"

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


_VOCABULARIES: Final[Mapping[type, tuple[str, str, frozenset[str]]]] = MappingProxyType(
    {
        Event: ("kind", "event kind", EventKind.ALL),
        Facility: ("kind", "facility kind", FacilityKind.ALL),
        Figure: ("measure", "measure", Measure.ALL),
    }
)
"""For each record class with an open vocabulary: the field, its name in words, and the
documented values (read-only, as every table the checks read)."""


def suggest(value: str, vocabulary: Iterable[str]) -> str | None:
    """The value of ``vocabulary`` closest to ``value``, or ``None`` when none is close.

    Case, spaces and hyphens are ignored ("Death in custody" gives
    ``"death_in_custody"``); otherwise the closest by ``rapidfuzz.fuzz.ratio``
    at or above [`SUGGESTION_CUTOFF`][rightsdata.lint.SUGGESTION_CUTOFF], the first in sorted order
    on a tie.

    ```pycon
    >>> suggest("detainde", Measure.ALL)
    'detained'
    >>> suggest("weather", Measure.ALL) is None
    True

    ```
    """
    return _suggest(value, frozenset(vocabulary))


@functools.lru_cache(maxsize=1024)
def _suggest(value: str, vocabulary: frozenset[str]) -> str | None:
    # Keyed on the words themselves (a frozenset), never on a caller's collection.
    key = "_".join(value.strip().lower().replace("-", " ").split())
    if key in vocabulary:
        return key
    found = process.extractOne(
        key, sorted(vocabulary), scorer=fuzz.ratio, score_cutoff=SUGGESTION_CUTOFF
    )
    return None if found is None else found[0]


def vocabulary_warnings(records: Iterable[Record]) -> Iterator[VocabularyWarning]:
    """A warning for each value of an open vocabulary that is not documented, in order.

    Only what the records hold is read: nothing is changed, and a record with such a
    value is as valid as any other (these are warnings, not
    [`ValidationError`][rightsdata.ValidationError]).
    """
    for record in records:
        entry = _VOCABULARIES.get(type(record))
        if entry is None:
            continue
        field, vocabulary, documented = entry
        value = getattr(record, field)
        if value not in documented:
            yield VocabularyWarning(
                record=record.id,
                field=field,
                value=value,
                vocabulary=vocabulary,
                suggestion=_suggest(value, documented),
            )
