"""Figure: a number a source gives about something, with its measure, period and source."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import ClassVar, Final

import attrs

from rightsdata._rules import identifier, nonblank, nonempty, unit_ratio
from rightsdata._typed import typed
from rightsdata.dates.range import DateRange
from rightsdata.quantity import Quantity
from rightsdata.records._vocabulary import open_vocabulary
from rightsdata.records.common import Citation
from rightsdata.records.references import refers

__all__ = ["MEASURE_PARENTS", "Figure", "Measure", "Share"]


@open_vocabulary
class Measure:
    """Documented values for [`Figure.measure`][rightsdata.Figure.measure] (an open vocabulary).

    Measures nest for disagreement analysis: an execution is a killing, so "executed"
    counts towards "killed", not the reverse.
    """

    KILLED: Final = "killed"
    """People killed, by any means."""
    EXECUTED: Final = "executed"
    """People executed (a kind of killed)."""
    DIED: Final = "died"
    """People who died, of any cause."""
    DIED_IN_CUSTODY: Final = "died_in_custody"
    """People who died in custody."""
    DETAINED: Final = "detained"
    """People held (a prison population, detainees)."""
    ARRESTED: Final = "arrested"
    """People arrested."""
    RELEASED: Final = "released"
    """People released, including temporarily."""
    INFECTED: Final = "infected"
    """People infected (with a disease)."""
    DISAPPEARED: Final = "disappeared"
    """People forcibly disappeared."""
    TORTURED: Final = "tortured"
    """People tortured or ill-treated."""
    INTERVIEWED: Final = "interviewed"
    """People interviewed by the source (witnesses, relatives, survivors)."""
    LOCATIONS: Final = "locations"
    """Places affected (cities, prisons): use with a unit such as "cities"."""
    DATA_VOLUME: Final = "data_volume"
    """An amount of data: use with a unit such as "gigabytes"."""
    DOCUMENTS: Final = "documents"
    """Documents examined or leaked."""
    OTHER: Final = "other"
    """Anything else."""

    ALL: ClassVar[frozenset[str]]
    """Every documented value (gathered from the constants above)."""


MEASURE_PARENTS: Final[Mapping[str, str]] = MappingProxyType(
    {
        Measure.EXECUTED: Measure.KILLED,
        Measure.KILLED: Measure.DIED,
        Measure.DIED_IN_CUSTODY: Measure.DIED,
        Measure.ARRESTED: Measure.DETAINED,
    }
)
"""Measure nesting: each key counts towards its value (an execution is a killing, an
arrested person was detained). Kept beside [`Measure`][rightsdata.Measure]; also
`rightsdata.vocabulary.MEASURE_PARENTS`."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Share:
    """A part of another figure's count, as a ratio ("half of those released").

    The ratio is a ``Decimal`` (serialized as a string), never a float,
    so "a third" can be kept as exactly as the source allows.
    """

    ratio: Decimal = attrs.field(validator=unit_ratio)
    """The part, between 0 and 1 ("0.5" for half)."""
    of: str = attrs.field(validator=identifier, metadata=refers("figure"))
    """Id of the [`Figure`][rightsdata.Figure] whose count this is a part of."""
    text: str | None = None
    """The words the share was given in ("half")."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Figure:
    """A number a source gives: a measure, a hedged quantity, what it counts, when, where.

    Two sources that give different numbers for the same thing are two figures, side by
    side; nothing is overwritten by a "truer" value. A running total (prisoners released
    so far) carries ``as_of``; a count over a span (executions in 2020) carries ``period``.
    A figure given as a share of another ("half of those released") carries ``share``,
    and its ``quantity`` is what the source states or implies of the count itself (often
    unbounded: ``Quantity(low=0, high=None, qualifier=Qualifier.VAGUE)``).
    """

    id: str = attrs.field(validator=identifier)
    """Unique id within a dataset."""
    measure: str = attrs.field(validator=nonblank)
    """What is counted; see [`Measure`][rightsdata.Measure] for the documented values."""
    quantity: Quantity
    """The number, hedged as the source hedged it."""
    citations: tuple[Citation, ...] = attrs.field(validator=nonempty)
    """The sources that give it (at least one)."""
    unit: str = attrs.field(default="persons", validator=nonblank)
    """What one unit is: "persons" by default; "cities", "gigabytes", "executions"."""
    subject: str | None = attrs.field(
        default=None, validator=identifier, metadata=refers("event", "facility", "actor")
    )
    """Id of the Event, Facility or Actor it counts for."""
    period: DateRange | None = None
    """The span the count covers ("in 2020", "the past two months"). Leave it ``None`` when
    the figure counts its whole subject event: the event's date says when."""
    as_of: DateRange | None = None
    """For running totals: when the total was reached ("to date", "so far")."""
    place: str | None = attrs.field(default=None, validator=nonblank)
    """The place it covers, as named ("Iran", "Tehran"), when not its subject's."""
    share: Share | None = None
    """Set when the figure is a part of another figure's count."""
    description: str | None = None
    """A short description in the dataset's own words."""
