"""Merging: one entity into another, ids renamed, two datasets combined.

The bodies of [`Dataset.merge_entities`][rightsdata.Dataset.merge_entities],
[`Dataset.rename_ids`][rightsdata.Dataset.rename_ids] and
[`Dataset.merge`][rightsdata.Dataset.merge], and the records of what they did. They return
records (and reports); the [`Dataset`][rightsdata.Dataset] methods wrap them in a new dataset.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

import attrs

from rightsdata.dataset._common import with_article
from rightsdata.errors import ValidationError
from rightsdata.records import (
    TYPE_TAGS,
    Actor,
    ActorKind,
    Event,
    Facility,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Record,
)
from rightsdata.records.references import references, renamed
from rightsdata.text import DEFAULT_THRESHOLD, similarity

if TYPE_CHECKING:
    from rightsdata.dataset.store import Dataset

__all__ = [
    "EntityMerge",
    "MergeConflict",
    "MergeReport",
    "merge",
    "merge_entities",
    "rename_ids",
]

T = TypeVar("T")
S = TypeVar("S")


@attrs.frozen(kw_only=True, weakref_slot=False)
class EntityMerge:
    """What one [`Dataset.merge_entities`][rightsdata.Dataset.merge_entities] call did, kept on the
    dataset it returns.

    Nothing of the dropped record is lost: its names became aliases of the kept one, its
    positions and citations were added, and the record itself, as it was, is
    [`record`][rightsdata.EntityMerge.record], so the values that did not carry over (see
    [`differing`][rightsdata.EntityMerge.differing]) can still be read.
    """

    kept: str
    """Id of the record that stayed."""
    dropped: str
    """Id of the record merged into it (no longer in the dataset)."""
    record: Actor | Facility
    """The dropped record as it was before the merge."""
    rewritten: tuple[str, ...]
    """Every reference that pointed at the dropped id and now points at the kept one, as
    ``"record-id: field"`` (``"ev-1988-massacre: participants[3].actor"``)."""
    differing: tuple[str, ...]
    """Fields where both records had a value and they differed: the kept record's value
    stayed, the dropped one is in [`record`][rightsdata.EntityMerge.record]."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class MergeConflict:
    """One id that two datasets use for different records (found by
    [`Dataset.merge`][rightsdata.Dataset.merge])."""

    id: str
    """The id both use."""
    ours: Record
    """The record in the dataset ``merge`` was called on: it is the one kept."""
    theirs: Record
    """The other dataset's record: not in the merged dataset, kept here."""
    fields: tuple[str, ...]
    """The fields whose values differ (``("type",)`` when the records are of two kinds)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class MergeReport:
    """What [`Dataset.merge`][rightsdata.Dataset.merge] did with each id of the other dataset."""

    added: tuple[str, ...]
    """Ids only the other dataset had: their records were added."""
    identical: tuple[str, ...]
    """Ids both had with the same record: kept once."""
    conflicts: tuple[MergeConflict, ...]
    """Ids both had with different records: ours kept, theirs here to be resolved."""

    @property
    def ok(self) -> bool:
        """Whether the merge found no conflict."""
        return not self.conflicts


def merge_entities(ds: Dataset, keep: str, drop: str) -> tuple[list[Record], EntityMerge]:
    """The body of [`Dataset.merge_entities`][rightsdata.Dataset.merge_entities] (see there): the
    records of the merged dataset, and the [`EntityMerge`][rightsdata.EntityMerge] that records
    the merge."""
    kept, dropped = _mergeable(ds, keep, drop)
    mapping = {drop: keep}
    rewritten = [
        f"{r.id}: {field}"
        for r in ds._records
        if r.id != drop
        for field, target, _ in references(r)
        if target == drop
    ]
    absorbed, differing = _absorb(kept, dropped)
    records: list[Record] = []
    for r in ds._records:
        if r.id == drop:
            continue
        if r.id == keep:
            r = absorbed
        r = renamed(r, mapping)
        records.append(_tidied(r) if isinstance(r, Event) else r)
    record = EntityMerge(
        kept=keep,
        dropped=drop,
        record=dropped,
        rewritten=tuple(rewritten),
        differing=tuple(differing),
    )
    return records, record


def _mergeable(ds: Dataset, keep: str, drop: str) -> tuple[Actor | Facility, Actor | Facility]:
    """The records ``keep`` and ``drop``, or [`ValidationError`][rightsdata.ValidationError] if
    ``drop`` cannot be merged into ``keep`` (see
    [`Dataset.merge_entities`][rightsdata.Dataset.merge_entities])."""
    if keep == drop:
        raise ValidationError.single("drop", f"cannot merge {keep!r} into itself")
    counts = Counter(r.id for r in ds._records if r.id in (keep, drop))
    for field, rid in (("keep", keep), ("drop", drop)):
        if counts[rid] == 0:
            raise ValidationError.single(field, f"no record with id {rid!r}")
        if counts[rid] > 1:
            raise ValidationError.single(
                field, f"id {rid!r} is used by more than one record: resolve that first"
            )
    kept, dropped = ds._by_id[keep], ds._by_id[drop]
    if not (
        (isinstance(kept, Actor) and isinstance(dropped, Actor))
        or (isinstance(kept, Facility) and isinstance(dropped, Facility))
    ):
        raise ValidationError.single(
            "drop",
            f"can merge two actors or two facilities, not {with_article(TYPE_TAGS[type(kept)])} "
            f"and {with_article(TYPE_TAGS[type(dropped)])}",
        )
    for inner, outer in ((keep, drop), (drop, keep)):
        if outer in ds._ancestors(inner):
            raise ValidationError.single(
                "drop",
                f"{outer!r} is an ancestor of {inner!r} (through parent): merging them "
                "would make a record its own parent; change the parent first",
            )
    return kept, dropped


def rename_ids(ds: Dataset, mapping: Mapping[str, str]) -> list[Record]:
    """The body of [`Dataset.rename_ids`][rightsdata.Dataset.rename_ids] (see there): the records,
    renamed."""
    targets = Counter(mapping.values())
    for old, new in mapping.items():
        if old not in ds._by_id:
            raise ValidationError.single(f"mapping[{old!r}]", f"no record with id {old!r}")
        if targets[new] > 1 or (new in ds._by_id and new not in mapping):
            raise ValidationError.single(
                f"mapping[{old!r}]", f"{new!r} would be the id of more than one record"
            )
    return [renamed(r, mapping) for r in ds._records]


def merge(ds: Dataset, other: Dataset) -> tuple[list[Record], tuple[EntityMerge, ...], MergeReport]:
    """The body of [`Dataset.merge`][rightsdata.Dataset.merge] (see there): the records of the
    merged dataset, its joined [`merged`][rightsdata.Dataset.merged] history, and the report."""
    ours: dict[str, list[Record]] = {}
    for r in ds._records:
        ours.setdefault(r.id, []).append(r)
    records = list(ds._records)
    added: dict[str, None] = {}
    identical: dict[str, None] = {}
    conflicts: list[MergeConflict] = []
    for r in other._records:
        mine = ours.get(r.id)
        if mine is None or r.id in added:
            records.append(r)  # new (a duplicate inside other stays as other had it)
            added[r.id] = None
        elif r in mine:
            identical[r.id] = None
        else:
            conflicts.append(
                MergeConflict(id=r.id, ours=mine[0], theirs=r, fields=_differing(mine[0], r))
            )
    history = (*ds._merged, *(m for m in other._merged if m not in ds._merged))
    report = MergeReport(added=tuple(added), identical=tuple(identical), conflicts=tuple(conflicts))
    return records, history, report


def _differing(a: Record, b: Record) -> tuple[str, ...]:
    if type(a) is not type(b):
        return ("type",)
    return tuple(f.name for f in attrs.fields(type(a)) if getattr(a, f.name) != getattr(b, f.name))


def _joined(a: tuple[T, ...], b: tuple[T, ...]) -> tuple[T, ...]:
    """``a``, then the items of ``b`` not in it, without repeats."""
    return tuple(dict.fromkeys((*a, *b)))


def _aliases(keep: Actor | Facility, drop: Actor | Facility) -> tuple[Name, ...]:
    kind = (
        NameKind.SPELLING_VARIANT
        if similarity(keep.name, drop.name) >= DEFAULT_THRESHOLD
        else NameKind.OTHER_NAME
    )
    # Every alias of both is kept whole (its script, language and kind); only exact
    # repeats go. The dropped main name is added unless an alias already records it.
    out = list(dict.fromkeys((*keep.aliases, *drop.aliases)))
    if drop.name != keep.name and all(n.text != drop.name for n in out):
        out.insert(len(keep.aliases), Name(text=drop.name, kind=kind))
    return tuple(out)


def _absorb(keep: Actor | Facility, drop: Actor | Facility) -> tuple[Actor | Facility, list[str]]:
    """``keep`` with ``drop``'s names, positions and citations, and the fields that differed.

    A field ``keep`` leaves empty takes ``drop``'s value; where both have one and they
    differ, ``keep``'s stays and the field is listed.
    """
    differing: list[str] = ["name"] if keep.name != drop.name else []

    def pick(field: str, mine: S | None, theirs: S | None) -> S | None:
        if mine is None:
            return theirs
        if theirs is not None and theirs != mine:
            differing.append(field)
        return mine

    aliases = _aliases(keep, drop)
    citations = _joined(keep.citations, drop.citations)
    parent = pick("parent", keep.parent, drop.parent)
    if isinstance(keep, Actor) and isinstance(drop, Actor):
        kind = keep.kind
        if kind is ActorKind.UNKNOWN:
            kind = drop.kind
        elif drop.kind is not ActorKind.UNKNOWN and drop.kind is not kind:
            differing.append("kind")
        actor = attrs.evolve(
            keep,
            kind=kind,
            aliases=aliases,
            positions=_joined(keep.positions, drop.positions),
            parent=parent,
            description=pick("description", keep.description, drop.description),
            citations=citations,
        )
        return actor, differing
    assert isinstance(keep, Facility)
    assert isinstance(drop, Facility)
    if keep.kind != drop.kind:
        differing.append("kind")
    facility = attrs.evolve(
        keep,
        aliases=aliases,
        parent=parent,
        operator=pick("operator", keep.operator, drop.operator),
        location=pick("location", keep.location, drop.location),
        period=pick("period", keep.period, drop.period),
        description=pick("description", keep.description, drop.description),
        citations=citations,
    )
    return facility, differing


def _tidied(e: Event) -> Event:
    """``e`` naming each facility once, and each actor in a role once (citations joined)."""
    facilities = tuple(dict.fromkeys(e.facilities))
    parts: dict[tuple[str, ParticipantRole], Participant] = {}
    for p in e.participants:
        key = (p.actor, p.role)
        if key in parts:
            parts[key] = attrs.evolve(
                parts[key], citations=_joined(parts[key].citations, p.citations)
            )
        else:
            parts[key] = p
    participants = tuple(parts.values())
    if facilities == e.facilities and participants == e.participants:
        return e
    return attrs.evolve(e, facilities=facilities, participants=participants)
