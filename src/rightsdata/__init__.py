"""rightsdata: typed records for documenting human-rights violations.

Record what each source says (events, actors, facilities, figures, with hedged numbers
and fuzzy dates), serialize it without loss, and ask where the sources disagree.
"""

from __future__ import annotations

import importlib
import sys as _sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what the names below are, for type checkers and the API docs
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
    from rightsdata.serialize.schema import json_schema

# Each public name and the module it lives in. ``import rightsdata`` imports none of
# them: a name is imported the first time it is asked for (PEP 562), so that
# ``import rightsdata.dates`` does not load cattrs, rapidfuzz or the disagreement engine,
# and the command starts at once.
_HOMES: dict[str, str] = {
    "Dataset": "rightsdata.dataset",
    "EntityMerge": "rightsdata.dataset",
    "FacilityTree": "rightsdata.dataset",
    "Holding": "rightsdata.dataset",
    "MergeConflict": "rightsdata.dataset",
    "MergeReport": "rightsdata.dataset",
    "Problem": "rightsdata.dataset",
    "ProblemKind": "rightsdata.dataset",
    "Allen": "rightsdata.dates",
    "Calendar": "rightsdata.dates",
    "DateRange": "rightsdata.dates",
    "Precision": "rightsdata.dates",
    "Relation": "rightsdata.dates",
    "DateDisagreement": "rightsdata.disagree",
    "Disagreement": "rightsdata.disagree",
    "DisagreementKind": "rightsdata.disagree",
    "Estimate": "rightsdata.disagree",
    "NearMiss": "rightsdata.disagree",
    "SourceFamily": "rightsdata.disagree",
    "date_disagreements": "rightsdata.disagree",
    "disagreements": "rightsdata.disagree",
    "near_misses": "rightsdata.disagree",
    "DateParseError": "rightsdata.errors",
    "FieldProblem": "rightsdata.errors",
    "QuantityParseError": "rightsdata.errors",
    "RightsdataError": "rightsdata.errors",
    "ValidationError": "rightsdata.errors",
    "ActorMatch": "rightsdata.names",
    "Duplicate": "rightsdata.names",
    "FacilityMatch": "rightsdata.names",
    "match_actors": "rightsdata.names",
    "match_facilities": "rightsdata.names",
    "match_key": "rightsdata.names",
    "similarity": "rightsdata.names",
    "Qualifier": "rightsdata.quantity",
    "Quantity": "rightsdata.quantity",
    "Actor": "rightsdata.records",
    "ActorKind": "rightsdata.records",
    "Citation": "rightsdata.records",
    "Coordinates": "rightsdata.records",
    "Event": "rightsdata.records",
    "EventKind": "rightsdata.records",
    "Facility": "rightsdata.records",
    "FacilityKind": "rightsdata.records",
    "Figure": "rightsdata.records",
    "Location": "rightsdata.records",
    "Measure": "rightsdata.records",
    "Name": "rightsdata.records",
    "NameKind": "rightsdata.records",
    "Participant": "rightsdata.records",
    "ParticipantRole": "rightsdata.records",
    "Position": "rightsdata.records",
    "Record": "rightsdata.records",
    "Reliability": "rightsdata.records",
    "ReportedDate": "rightsdata.records",
    "Share": "rightsdata.records",
    "Source": "rightsdata.records",
    "SourceKind": "rightsdata.records",
    "Malformed": "rightsdata.serialize",
    "converter": "rightsdata.serialize",
    "from_json": "rightsdata.serialize",
    "read_json": "rightsdata.serialize",
    "read_jsonl": "rightsdata.serialize",
    "scan_json": "rightsdata.serialize",
    "scan_jsonl": "rightsdata.serialize",
    "to_json": "rightsdata.serialize",
    "write_json": "rightsdata.serialize",
    "write_jsonl": "rightsdata.serialize",
    "json_schema": "rightsdata.serialize.schema",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value  # asked once: later lookups find it directly
        return value
    if name == "__version__":
        from importlib.metadata import version

        found = globals()["__version__"] = version("rightsdata")
        return found
    raise AttributeError(f"module 'rightsdata' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES, "__version__"})


__version__: str
"""The installed version of rightsdata (from the package's metadata: pyproject.toml holds
the one version string)."""

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

# Hypothesis imported first: its plugin hook found no rightsdata, so register with it now
# (only then: the plugin imports the records and the dataset).
if "hypothesis" in _sys.modules:
    from rightsdata._hypothesis_plugin import register_if_hypothesis_imported

    register_if_hypothesis_imported()
    del register_if_hypothesis_imported
