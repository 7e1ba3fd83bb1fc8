"""The records: Source, Actor, Facility, Event, Figure, and the parts they share."""

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
