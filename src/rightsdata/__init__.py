"""rightsdata: typed records for documenting human-rights violations.

Record what each source says (events, actors, facilities, figures, with hedged numbers
and fuzzy dates), serialize it without loss, and ask where the sources disagree.
"""

from rightsdata.dataset import Dataset, Problem, ProblemKind
from rightsdata.dates import Calendar, DateRange, Precision
from rightsdata.errors import (
    DateParseError,
    FieldProblem,
    QuantityParseError,
    RightsdataError,
    ValidationError,
)
from rightsdata.quantity import Qualifier, Quantity
from rightsdata.records import (
    Actor,
    ActorKind,
    Citation,
    Coordinates,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Location,
    Measure,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
    Record,
    Reliability,
    Share,
    Source,
    SourceKind,
)
from rightsdata.serialize import (
    converter,
    from_json,
    read_json,
    read_jsonl,
    to_json,
    write_json,
    write_jsonl,
)

__version__ = "0.1.0.dev0"
"""The installed version of rightsdata."""

__all__ = [
    "Actor",
    "ActorKind",
    "Calendar",
    "Citation",
    "Coordinates",
    "Dataset",
    "DateParseError",
    "DateRange",
    "Event",
    "EventKind",
    "Facility",
    "FacilityKind",
    "FieldProblem",
    "Figure",
    "Location",
    "Measure",
    "Name",
    "NameKind",
    "Participant",
    "ParticipantRole",
    "Position",
    "Precision",
    "Problem",
    "ProblemKind",
    "Qualifier",
    "Quantity",
    "QuantityParseError",
    "Record",
    "Reliability",
    "RightsdataError",
    "Share",
    "Source",
    "SourceKind",
    "ValidationError",
    "__version__",
    "converter",
    "from_json",
    "read_json",
    "read_jsonl",
    "to_json",
    "write_json",
    "write_jsonl",
]
