"""rightsdata: typed records for documenting human-rights violations.

Record what each source says (events, actors, facilities, figures, with hedged numbers
and fuzzy dates), serialize it without loss, and ask where the sources disagree.
"""

from rightsdata.dataset import Dataset, Problem, ProblemKind
from rightsdata.dates import Allen, Calendar, DateRange, Precision, Relation
from rightsdata.disagree import (
    DateDisagreement,
    Disagreement,
    DisagreementKind,
    Estimate,
    SourceFamily,
    date_disagreements,
    disagreements,
)
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
    ReportedDate,
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
from rightsdata.serialize.schema import json_schema

__version__ = "0.1.0.dev0"
"""The installed version of rightsdata."""

__all__ = [
    "Actor",
    "ActorKind",
    "Allen",
    "Calendar",
    "Citation",
    "Coordinates",
    "Dataset",
    "DateDisagreement",
    "DateParseError",
    "DateRange",
    "Disagreement",
    "DisagreementKind",
    "Estimate",
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
    "Relation",
    "Reliability",
    "ReportedDate",
    "RightsdataError",
    "Share",
    "Source",
    "SourceFamily",
    "SourceKind",
    "ValidationError",
    "__version__",
    "converter",
    "date_disagreements",
    "disagreements",
    "from_json",
    "json_schema",
    "read_json",
    "read_jsonl",
    "to_json",
    "write_json",
    "write_jsonl",
]
