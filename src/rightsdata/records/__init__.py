"""The records: Source, Actor, Facility, Event, Figure, and the parts they share."""

import attrs

from rightsdata.records.actor import Actor, ActorKind, Position
from rightsdata.records.common import Citation, Coordinates, Location, Name, NameKind
from rightsdata.records.event import (
    Event,
    EventKind,
    Participant,
    ParticipantRole,
    ReportedDate,
)
from rightsdata.records.facility import Facility, FacilityKind
from rightsdata.records.figure import Figure, Measure, Share
from rightsdata.records.source import Reliability, Source, SourceKind

Record = Source | Actor | Facility | Event | Figure
"""Any top-level record a [`Dataset`][rightsdata.Dataset] holds."""

RECORD_TYPES: dict[str, type[Source | Actor | Facility | Event | Figure]] = {
    "source": Source,
    "actor": Actor,
    "facility": Facility,
    "event": Event,
    "figure": Figure,
}
"""The ``type`` tag of each record class in JSON Lines, in dataset order."""

TYPE_TAGS: dict[type, str] = {cls: tag for tag, cls in RECORD_TYPES.items()}
"""The inverse of ``RECORD_TYPES``."""

# The records are written with ``from __future__ import annotations``: resolve each
# field's type once here, so that ``attrs.fields(cls)[i].type`` is the type itself for
# every reader (cattrs, hypothesis' ``st.builds``), whatever was imported first.
_PARTS: tuple[type, ...] = (
    Citation,
    Name,
    Coordinates,
    Location,
    Position,
    Participant,
    ReportedDate,
    Share,
)
for _cls in (*_PARTS, *RECORD_TYPES.values()):
    attrs.resolve_types(_cls)
del _cls

__all__ = [
    "RECORD_TYPES",
    "TYPE_TAGS",
    "Actor",
    "ActorKind",
    "Citation",
    "Coordinates",
    "Event",
    "EventKind",
    "Facility",
    "FacilityKind",
    "Figure",
    "Location",
    "Measure",
    "Name",
    "NameKind",
    "Participant",
    "ParticipantRole",
    "Position",
    "Record",
    "Reliability",
    "ReportedDate",
    "Share",
    "Source",
    "SourceKind",
]
