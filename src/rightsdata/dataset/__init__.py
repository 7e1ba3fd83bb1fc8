"""Dataset: records by id, their integrity, loading and saving.

A package by concept: the store ([`Dataset`][rightsdata.Dataset] itself: construction,
lookup, iteration, load and save), queries (events and figures by filter, holders,
facility trees, what rests on a source), integrity
([`Dataset.validate`][rightsdata.Dataset.validate] and the problems it finds), merging
(entities, renamed ids, two datasets) and duplicate finding. Every name importable from
``rightsdata.dataset`` before it became a package still is.
"""

from rightsdata.dataset.integrity import IntegrityCheck, Problem, ProblemKind, parent_chain
from rightsdata.dataset.merging import EntityMerge, MergeConflict, MergeReport
from rightsdata.dataset.queries import FacilityTree, Holding
from rightsdata.dataset.store import Dataset

__all__ = [
    "Dataset",
    "EntityMerge",
    "FacilityTree",
    "Holding",
    "IntegrityCheck",
    "MergeConflict",
    "MergeReport",
    "Problem",
    "ProblemKind",
    "parent_chain",
]
