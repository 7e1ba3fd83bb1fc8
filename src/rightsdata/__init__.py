"""rightsdata: typed records for documenting human-rights violations.

Record what each source says (events, actors, facilities, figures, with hedged numbers
and fuzzy dates), serialize it without loss, and ask where the sources disagree.
"""

from typing import TYPE_CHECKING

from rightsdata.dataset import (
    Dataset,
    EntityMerge,
    FacilityTree,
    Holding,
    MergeConflict,
    MergeReport,
    Problem,
    ProblemKind,
)
from rightsdata.dates import Allen, Calendar, DateRange, Precision, Relation
from rightsdata.disagree import (
    DateDisagreement,
    Disagreement,
    DisagreementKind,
    Estimate,
    NearMiss,
    SourceFamily,
    date_disagreements,
    disagreements,
    near_misses,
)
from rightsdata.errors import (
    DateParseError,
    FieldProblem,
    QuantityParseError,
    RightsdataError,
    ValidationError,
)
from rightsdata.names import (
    ActorMatch,
    Duplicate,
    FacilityMatch,
    match_actors,
    match_facilities,
    match_key,
    similarity,
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
    Malformed,
    converter,
    from_json,
    read_json,
    read_jsonl,
    scan_json,
    scan_jsonl,
    to_json,
    write_json,
    write_jsonl,
)

if TYPE_CHECKING:
    from rightsdata.serialize.schema import json_schema


def __getattr__(name: str) -> object:
    # The schema module is imported when first asked for, so that ``python -m
    # rightsdata.serialize.schema`` runs it without a second copy (and a RuntimeWarning).
    if name == "json_schema":
        from rightsdata.serialize.schema import json_schema

        return json_schema
    raise AttributeError(f"module 'rightsdata' has no attribute {name!r}")


__version__ = "0.1.0.dev0"
"""The installed version of rightsdata."""

__all__ = [
    "Actor",
    "ActorKind",
    "ActorMatch",
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
    "Duplicate",
    "EntityMerge",
    "Estimate",
    "Event",
    "EventKind",
    "Facility",
    "FacilityKind",
    "FacilityMatch",
    "FacilityTree",
    "FieldProblem",
    "Figure",
    "Holding",
    "Location",
    "Malformed",
    "Measure",
    "MergeConflict",
    "MergeReport",
    "Name",
    "NameKind",
    "NearMiss",
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
    "match_actors",
    "match_facilities",
    "match_key",
    "near_misses",
    "read_json",
    "read_jsonl",
    "scan_json",
    "scan_jsonl",
    "similarity",
    "to_json",
    "write_json",
    "write_jsonl",
]

# Hypothesis imported first: its plugin hook found no rightsdata, so register with it now.
from rightsdata._hypothesis_plugin import register_if_hypothesis_imported  # noqa: E402

register_if_hypothesis_imported()
del register_if_hypothesis_imported
