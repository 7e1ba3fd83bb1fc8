"""Facility: a prison, ward, detention centre or other place people are held or tried."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Final

import attrs

from rightsdata._rules import identifier, nonblank
from rightsdata._typed import typed
from rightsdata.dates.range import DateRange
from rightsdata.records._spans import certainly_during, names_of, possibly_during
from rightsdata.records._vocabulary import open_vocabulary
from rightsdata.records.common import Citation, Location, Name
from rightsdata.records.references import refers

__all__ = ["Facility", "FacilityKind"]


@open_vocabulary
class FacilityKind:
    """Documented values for [`Facility.kind`][rightsdata.Facility.kind] (an open vocabulary: others
    are allowed)."""

    PRISON: Final = "prison"
    """A prison or penitentiary complex."""
    WARD: Final = "ward"
    """A ward, section or block inside a prison."""
    DETENTION_CENTRE: Final = "detention_centre"
    """A detention or interrogation centre."""
    SAFE_HOUSE: Final = "safe_house"
    """An unofficial place of detention."""
    COURT: Final = "court"
    """A court or tribunal."""
    POLICE_STATION: Final = "police_station"
    """A police station."""
    CAMP: Final = "camp"
    """A camp."""
    HOSPITAL: Final = "hospital"
    """A hospital or clinic, including prison clinics."""
    CEMETERY: Final = "cemetery"
    """A cemetery or burial site, including mass graves."""
    OTHER: Final = "other"
    """Anything else."""

    ALL: ClassVar[frozenset[str]]
    """Every documented value (gathered from the constants above)."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Facility:
    """A place where people are held, questioned, tried or buried.

    Facilities nest: a ward's ``parent`` is its prison, and what happens in the ward
    happens in the prison.
    """

    id: str = attrs.field(validator=identifier)
    """Unique id within a dataset."""
    name: str = attrs.field(validator=nonblank)
    """Its main name."""
    kind: str = attrs.field(validator=nonblank)
    """What it is; see [`FacilityKind`][rightsdata.FacilityKind] for the documented values."""
    parent: str | None = attrs.field(
        default=None, validator=identifier, metadata=refers("facility")
    )
    """Id of the facility it is part of (a ward's prison)."""
    operator: str | None = attrs.field(default=None, validator=identifier, metadata=refers("actor"))
    """Id of the [`Actor`][rightsdata.Actor] that runs it."""
    location: Location | None = None
    """Where it is."""
    aliases: tuple[Name, ...] = ()
    """Other names and spellings."""
    period: DateRange | None = None
    """When it operated, as far as known."""
    description: str | None = None
    """A short description in the dataset's own words."""
    citations: tuple[Citation, ...] = ()
    """The sources that describe it."""

    def names(self) -> tuple[str, ...]:
        """The main name, then every alias, as written, without repeats."""
        return names_of(self.name, self.aliases)

    def possibly_operating(self, at: date | DateRange) -> bool:
        """Whether it can have been in operation on some day of ``at`` (a day or a range).

        With no known period, it can have been at any time.
        """
        return possibly_during(self.period, at)

    def certainly_operating(self, at: date | DateRange) -> bool:
        """Whether it was in operation on some day of ``at`` whatever its real period.

        As [`Position.certainly_held`][rightsdata.Position.certainly_held]: an unknown
        period is never certain.

        ```pycon
        >>> f = Facility(id="evin", name="Evin", kind="prison", period=DateRange.parse("1972/2021"))
        >>> f.certainly_operating(date(1988, 8, 1)), f.possibly_operating(date(1960, 1, 1))
        (True, False)

        ```
        """
        return certainly_during(self.period, at)
