"""Facility: a prison, ward, detention centre or other place people are held or tried."""

from __future__ import annotations

from typing import Final

import attrs

from rightsdata.dates.range import DateRange
from rightsdata.records._checks import identifier, nonblank
from rightsdata.records.common import Citation, Location, Name

__all__ = ["Facility", "FacilityKind"]


class FacilityKind:
    """Documented values for :attr:`Facility.kind` (an open vocabulary: others are allowed)."""

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

    ALL: Final = frozenset(
        {
            PRISON,
            WARD,
            DETENTION_CENTRE,
            SAFE_HOUSE,
            COURT,
            POLICE_STATION,
            CAMP,
            HOSPITAL,
            CEMETERY,
            OTHER,
        }
    )
    """Every documented value."""


@attrs.frozen(kw_only=True, weakref_slot=False)
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
    """What it is; see :class:`FacilityKind` for the documented values."""
    parent: str | None = attrs.field(default=None, validator=identifier)
    """Id of the facility it is part of (a ward's prison)."""
    operator: str | None = attrs.field(default=None, validator=identifier)
    """Id of the :class:`~rightsdata.Actor` that runs it."""
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
