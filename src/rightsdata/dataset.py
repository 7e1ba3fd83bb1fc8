"""Dataset: records by id, their integrity, loading and saving."""

from __future__ import annotations

import enum
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import pairwise, zip_longest
from typing import TypeVar

import attrs

from rightsdata.dates.range import DateRange
from rightsdata.errors import ValidationError
from rightsdata.names import (
    DEFAULT_THRESHOLD,
    Duplicate,
    NameIndex,
    find_duplicates,
    match_key,
    similarity,
)
from rightsdata.records import (
    RECORD_TYPES,
    TYPE_TAGS,
    Actor,
    ActorKind,
    Citation,
    Event,
    Facility,
    Figure,
    Location,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
    Record,
    Source,
)
from rightsdata.records.actor import as_period

__all__ = [
    "Dataset",
    "EntityMerge",
    "FacilityTree",
    "Holding",
    "MergeConflict",
    "MergeReport",
    "Problem",
    "ProblemKind",
]

R = TypeVar("R", Source, Actor, Facility, Event, Figure)
T = TypeVar("T")
S = TypeVar("S")


class ProblemKind(enum.Enum):
    """What kind of integrity problem [`Dataset.validate`][rightsdata.Dataset.validate] found."""

    DUPLICATE_ID = "duplicate_id"
    """Two records share an id."""
    DANGLING_REFERENCE = "dangling_reference"
    """A field names an id that no record has."""
    WRONG_REFERENCE_TYPE = "wrong_reference_type"
    """A field names a record of the wrong kind (an event where an actor belongs)."""
    CYCLE = "cycle"
    """A chain of parents or citations comes back to where it started."""
    REVERSED_PERIOD = "reversed_period"
    """A period (a post's, a facility's, an event's date) ends before it starts.

    Records refuse this when built; it is found in records built with attrs' validators
    turned off (``attrs.validators.disabled()``), as a bulk loader may."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Problem:
    """One integrity problem, with the record and field it is in."""

    record: str
    """Id of the record the problem is in."""
    field: str
    """Field path inside the record (``participants[1].actor``)."""
    kind: ProblemKind
    """What kind of problem."""
    message: str
    """What is wrong, in words."""

    def __str__(self) -> str:
        return f"{self.record}: {self.field}: {self.message}"


@attrs.frozen(kw_only=True, weakref_slot=False)
class Holding:
    """An actor holding a post: one answer of [`Dataset.holders`][rightsdata.Dataset.holders]."""

    actor: Actor
    """Who."""
    position: Position
    """The post, with its period and citations."""
    certain: bool
    """Whether the post was certainly held at the time asked about (``True`` when no time
    was given); otherwise it possibly was."""


@attrs.frozen(kw_only=True, weakref_slot=False, eq=False, repr=False)
class FacilityTree:
    """A facility with its place in the nesting: its parent, ancestors, children, operator.

    Built by [`Dataset.facility_tree`][rightsdata.Dataset.facility_tree]. ``children`` are trees
    themselves, so [`walk`][rightsdata.FacilityTree.walk] reaches every ward of every block. Every
    operation on a tree (building it, walking it, its ancestors, equality) is iterative, so a
    nesting 100,000 deep works as well as one three deep.
    """

    facility: Facility
    """The facility at the root of this tree."""
    children: tuple[FacilityTree, ...]
    """The facilities directly part of it, in dataset order."""
    operator: Actor | None
    """Who runs it: its own operator, else that of its nearest ancestor that has one;
    ``None`` when none is known (or the id does not resolve to an actor)."""
    operator_from: str | None
    """Id of the facility whose ``operator`` field names
    [`operator`][rightsdata.FacilityTree.operator] (itself or an ancestor); ``None`` when there is
    no operator."""
    _up: Mapping[str, Facility]
    """Shared by every node of one tree: facility id -> the facility it is part of, for
    the root's chain of parents and every node below it."""

    @property
    def ancestors(self) -> tuple[Facility, ...]:
        """The facilities it is part of, nearest first (a ward's prison, then its complex).

        A cycle of parents (which [`Dataset.validate`][rightsdata.Dataset.validate] reports) is cut
        where it closes: no facility is its own ancestor, and none comes twice."""
        out: list[Facility] = []
        seen = {self.facility.id}
        p = self._up.get(self.facility.id)
        while p is not None and p.id not in seen:
            out.append(p)
            seen.add(p.id)
            p = self._up.get(p.id)
        return tuple(out)

    @property
    def parent(self) -> Facility | None:
        """The facility it is directly part of, if any."""
        p = self._up.get(self.facility.id)
        return None if p is None or p.id == self.facility.id else p

    @property
    def period(self) -> DateRange | None:
        """When it operated, as far as known (the facility's own ``period``)."""
        return self.facility.period

    def walk(self) -> Iterator[FacilityTree]:
        """This tree, then every subtree, depth first, in dataset order."""
        todo = [self]
        while todo:
            t = todo.pop()
            yield t
            todo.extend(reversed(t.children))

    def ids(self) -> tuple[str, ...]:
        """Ids of this facility and of everything nested in it, depth first."""
        return tuple(t.facility.id for t in self.walk())

    def _shape(self) -> Iterator[tuple[object, ...]]:
        for t in self.walk():
            yield (t.facility, t.operator, t.operator_from, len(t.children))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FacilityTree):
            return NotImplemented
        if self.ancestors != other.ancestors:
            return False
        return all(a == b for a, b in zip_longest(self._shape(), other._shape()))

    def __hash__(self) -> int:
        return hash((self.facility, self.operator_from, len(self.children)))

    def __repr__(self) -> str:
        size = sum(1 for _ in self.walk())
        return (
            f"FacilityTree(facility={self.facility.id!r}, parent="
            f"{self.parent.id if self.parent else None!r}, children={len(self.children)}, "
            f"size={size}, operator_from={self.operator_from!r})"
        )


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


class Dataset:
    """Records held by id, in the order they were given.

    A dataset is immutable: methods that change it return a new one. Duplicate ids are
    kept (so that [`validate`][rightsdata.Dataset.validate] can report them);
    [`get`][rightsdata.Dataset.get] returns the first.

    ```pycon
    >>> from rightsdata.examples import iran_prisons
    >>> ds = iran_prisons()
    >>> ds.get("evin").name
    'Evin Prison'

    ```
    """

    __slots__ = ("_by_id", "_index", "_merged", "_names", "_records", "_typed")

    def __init__(
        self, records: Iterable[Record] = (), *, merged: Iterable[EntityMerge] = ()
    ) -> None:
        self._records: tuple[Record, ...] = tuple(records)
        by_id: dict[str, Record] = {}
        for r in self._records:
            by_id.setdefault(r.id, r)
        self._by_id = by_id
        self._merged: tuple[EntityMerge, ...] = tuple(merged)
        # Built on first use and kept: the dataset never changes.
        self._typed: dict[type, tuple[Record, ...]] = {}
        self._index: _Index | None = None
        self._names: dict[type, NameIndex] = {}

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Dataset:
        """Build a dataset from any iterable of records."""
        return cls(records)

    def records(self) -> tuple[Record, ...]:
        """Every record, in order."""
        return self._records

    def get(self, id: str) -> Record | None:
        """The record with this id, or ``None``."""
        return self._by_id.get(id)

    def __getitem__(self, id: str) -> Record:
        try:
            return self._by_id[id]
        except KeyError:
            raise KeyError(f"no record with id {id!r}") from None

    def __contains__(self, id: object) -> bool:
        return id in self._by_id

    def __iter__(self) -> Iterator[Record]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Dataset):
            return NotImplemented
        return self._records == other._records

    def __hash__(self) -> int:
        return hash(self._records)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {t}" for t, n in self.counts().items())
        return f"<Dataset: {counts or 'empty'}>"

    def _of(self, cls: type[R]) -> tuple[R, ...]:
        found = self._typed.get(cls)
        if found is None:
            found = self._typed[cls] = tuple(r for r in self._records if type(r) is cls)
        return found  # type: ignore[return-value]

    def sources(self) -> tuple[Source, ...]:
        """Every [`Source`][rightsdata.Source], in order."""
        return self._of(Source)

    def actors(self) -> tuple[Actor, ...]:
        """Every [`Actor`][rightsdata.Actor], in order."""
        return self._of(Actor)

    def facilities(self) -> tuple[Facility, ...]:
        """Every [`Facility`][rightsdata.Facility], in order."""
        return self._of(Facility)

    def events(
        self,
        *,
        kind: str | Collection[str] | None = None,
        actor: str | None = None,
        role: ParticipantRole | None = None,
        facility: str | None = None,
        place: str | None = None,
        within: DateRange | date | str | None = None,
        certainly: bool = False,
        source: str | None = None,
        rests_on: str | None = None,
    ) -> tuple[Event, ...]:
        """The [`Event`][rightsdata.Event] records, in order; with no argument, every one.

        Each keyword narrows the answer (they combine with "and"):

        - ``kind``: an event kind, or a collection of kinds;
        - ``actor``: the id of an actor taking part in any role (``role`` narrows it to
          one role; ``role`` alone keeps events with anyone in that role);
        - ``facility``: the id of a facility; events at anything nested in it count
          (an event in Ward 209 is an event at Evin);
        - ``place``: a place as named, compared folded ([`match_key`][rightsdata.match_key])
          with the country code, province and city of the event's location and of its
          facilities' (and their parents'), or found among the words of their ``text``;
        - ``within``: a [`DateRange`][rightsdata.DateRange], a day, or a phrase for
          [`DateRange.parse`][rightsdata.DateRange.parse]: events that can have taken
          place (in part) within it; with ``certainly=True``, only those whose every
          possible day is within its bounds;
        - ``source``: the id of a source the event cites anywhere (its citations, its
          participants', its reported dates');
        - ``rests_on``: the id of a source whose retraction takes the event's support
          away (see [`resting_on`][rightsdata.Dataset.resting_on]).

        Raises [`ValidationError`][rightsdata.ValidationError] when an id names no record of the
        right kind, ``role`` is not a [`ParticipantRole`][rightsdata.ParticipantRole], or
        ``certainly`` is given without ``within``; [`DateParseError`][rightsdata.DateParseError]
        when ``within`` is a phrase that cannot be read.

        ```pycon
        >>> from rightsdata.examples import iran_prisons
        >>> ds = iran_prisons()
        >>> tuple(e.id for e in ds.events(actor="raisi", within="1988"))
        ('ev-1988-tehran-death-commission',)
        >>> len(ds.events()) == len(ds.events(kind=ds.event_kinds()))
        True

        ```
        """
        if certainly and within is None:
            raise ValidationError.single("certainly", "needs within= (the range to be inside)")
        if role is not None and not isinstance(role, ParticipantRole):
            raise ValidationError.single("role", f"expected a ParticipantRole, got {role!r}")
        events = self._of(Event)
        chosen: Iterable[int] = range(len(events))
        if facility is not None:
            self._expect(facility, Facility, "facility")
            at_facility = self._idx().events_at
            hits: set[int] = set()
            for fid in self._subtree(facility):
                hits.update(at_facility.get(fid, ()))
            chosen = sorted(hits)
        if actor is not None:
            self._expect(actor, Actor, "actor")
            with_actor = set(self._idx().events_with.get(actor, ()))
            chosen = [i for i in chosen if i in with_actor]
        found: list[Event] = [events[i] for i in chosen]
        if actor is not None and role is not None:
            found = [
                e for e in found if any(p.actor == actor and p.role is role for p in e.participants)
            ]
        elif role is not None:
            found = [e for e in found if any(p.role is role for p in e.participants)]
        if kind is not None:
            kinds = {kind} if isinstance(kind, str) else set(kind)
            found = [e for e in found if e.kind in kinds]
        if place is not None:
            key = match_key(place)
            found = [
                e for e in found if any(_place_matches(loc, key) for loc in self._locations(e))
            ]
        if within is not None:
            span = _as_range(within)
            found = [e for e in found if _within(e.date, span, certainly=certainly)]
        if source is not None:
            self._expect(source, Source, "source")
            found = [e for e in found if source in _sources_cited(e)]
        if rests_on is not None:
            fallen = self._fallen(rests_on, "rests_on")
            found = [e for e in found if _rests_on(e.citations, fallen)]
        return tuple(found)

    def figures(
        self,
        *,
        subject: str | None = None,
        measure: str | Collection[str] | None = None,
        source: str | None = None,
        rests_on: str | None = None,
    ) -> tuple[Figure, ...]:
        """The [`Figure`][rightsdata.Figure] records, in order; with no argument, every one.

        - ``subject``: the id of the event, facility or actor the figure counts for; for
          a facility, figures about anything nested in it count too;
        - ``measure``: a measure, or a collection of them (exactly as recorded: "executed"
          does not match ``measure="killed"``);
        - ``source``: the id of a source the figure cites;
        - ``rests_on``: the id of a source whose retraction takes the figure's support
          away (see [`resting_on`][rightsdata.Dataset.resting_on]).

        Raises [`ValidationError`][rightsdata.ValidationError] when an id names no record of the
        right kind.
        """
        found: list[Figure] | tuple[Figure, ...] = self._of(Figure)
        if subject is not None:
            self._expect(subject, (Event, Facility, Actor), "subject")
            subjects = (
                set(self._subtree(subject)) if type(self._by_id[subject]) is Facility else {subject}
            )
            found = [f for f in found if f.subject in subjects]
        if measure is not None:
            measures = {measure} if isinstance(measure, str) else set(measure)
            found = [f for f in found if f.measure in measures]
        if source is not None:
            self._expect(source, Source, "source")
            found = [f for f in found if any(c.source == source for c in f.citations)]
        if rests_on is not None:
            fallen = self._fallen(rests_on, "rests_on")
            found = [f for f in found if _rests_on(f.citations, fallen)]
        return tuple(found)

    def event_kinds(self) -> tuple[str, ...]:
        """The event kinds in use, in order of first use."""
        return tuple(dict.fromkeys(e.kind for e in self._of(Event)))

    # -- sources, people and places ------------------------------------------------

    def resting_on(self, source: str) -> tuple[Record, ...]:
        """What falls if ``source`` is retracted: the records whose support is gone.

        A source falls with it when everything it relies on (its non-empty ``cites``)
        has fallen: it only repeated what is retracted. A record (actor, facility,
        event, figure) falls when every one of its citations (the record's own
        ``citations``, not its parts') is to a fallen source; a record with no
        citations rests on nothing and never falls. The retracted source itself is not
        in the answer. Returns the fallen records in dataset order.

        ```pycon
        >>> from rightsdata.examples import iran_prisons
        >>> ds = iran_prisons()
        >>> "ev-2020-rehman-call" in {r.id for r in ds.resting_on("src-004-news-2020-03")}
        True

        ```
        """
        fallen = self._fallen(source, "source")
        out: list[Record] = []
        for r in self._records:
            if isinstance(r, Source):
                if r.id != source and r.id in fallen:
                    out.append(r)
            elif _rests_on(r.citations, fallen):
                out.append(r)
        return tuple(out)

    def holders(
        self,
        title_or_organization: str,
        at: date | DateRange | None = None,
        *,
        certainly: bool = False,
    ) -> tuple[Holding, ...]:
        """Who held a post: by its title, or every post in an organization (by its id).

        When ``title_or_organization`` is the id of an actor, every position whose
        ``organization`` is that actor matches; otherwise positions whose title folds
        ([`match_key`][rightsdata.match_key]) to the same key ("prosecutor general",
        "Prosecutor General"). ``at`` (a day or a [`DateRange`][rightsdata.DateRange], read as
        a period) keeps the posts possibly held then, or with ``certainly`` only those
        certainly held ([`Position.certainly_held`][rightsdata.Position.certainly_held]). Sorted by
        when the post was held (unknown periods last), then in dataset order.

        ```pycon
        >>> from datetime import date
        >>> from rightsdata.examples import iran_prisons
        >>> tuple(h.actor.id for h in iran_prisons().holders("iran-state", date(2021, 9, 1)))
        ('raisi', 'khamenei', 'rafsanjani')

        ```
        """
        if certainly and at is None:
            raise ValidationError.single("certainly", "needs at= (the time to ask about)")
        by_org = isinstance(self._by_id.get(title_or_organization), Actor)
        key = match_key(title_or_organization)
        if not by_org and not key:
            raise ValidationError.single(
                "title_or_organization",
                f"expected a title or an actor id, got {title_or_organization!r}",
            )
        period = as_period(at) if at is not None else None
        found: list[tuple[int, Holding]] = []
        for a in self._of(Actor):
            for p in a.positions:
                if by_org:
                    if p.organization != title_or_organization:
                        continue
                elif match_key(p.title) != key:
                    continue
                if period is None:
                    certain = True
                else:
                    certain = p.certainly_held(period)
                    if not (certain or (not certainly and p.possibly_held(period))):
                        continue
                found.append((len(found), Holding(actor=a, position=p, certain=certain)))
        found.sort(key=lambda ih: (_period_key(ih[1].position.period), ih[0]))
        return tuple(h for _, h in found)

    def facility_tree(self, id: str) -> FacilityTree:
        """The facility ``id`` with its parent, ancestors, children (as trees) and operator.

        A cycle of parents (which [`validate`][rightsdata.Dataset.validate] reports) is cut where it
        closes.

        ```pycon
        >>> from rightsdata.examples import iran_prisons
        >>> tree = iran_prisons().facility_tree("evin")
        >>> tuple(c.facility.name for c in tree.children), tree.operator.name
        (('Ward 209', 'Ward 240', 'Ward 2A'), 'Prisons Organization')
        >>> iran_prisons().facility_tree("evin-ward-209").operator_from
        'evin'

        ```
        """
        root = self._expect(id, Facility, "id")
        assert isinstance(root, Facility)
        up: dict[str, Facility] = {}
        chain = _parent_chain(root.id, self._facility_parent)
        for below, above in pairwise(chain):
            f = self._by_id.get(above)
            if not isinstance(f, Facility):
                break
            up[below] = f
        # Depth first, iteratively: the order in which subtrees are finished, so that
        # each node is built after its children.
        children = self._idx().children
        seen = {root.id}
        order: list[Facility] = []
        todo = [root]
        kids: dict[str, list[Facility]] = {}
        while todo:
            f = todo.pop()
            order.append(f)
            mine = kids[f.id] = []
            for cid in children.get(f.id, ()):
                child = self._by_id[cid]
                if cid not in seen and isinstance(child, Facility):
                    seen.add(cid)
                    mine.append(child)
                    if cid != root.id:
                        up[cid] = f
            todo.extend(reversed(mine))
        # Operators top-down: own, else the nearest ancestor's.
        operated: dict[str, tuple[Actor | None, str | None]] = {}
        for g in reversed(chain):
            f = self._by_id.get(g)
            if isinstance(f, Facility):
                operated[g] = self._operated(f, operated.get(up[g].id) if g in up else None)
        for f in order:
            parent = up.get(f.id)
            inherited = operated.get(parent.id) if parent is not None else None
            operated[f.id] = self._operated(f, inherited)
        built: dict[str, FacilityTree] = {}
        for f in reversed(order):
            operator, operator_from = operated[f.id]
            built[f.id] = FacilityTree(
                facility=f,
                children=tuple(built[c.id] for c in kids[f.id]),
                operator=operator,
                operator_from=operator_from,
                up=up,
            )
        return built[root.id]

    def _operated(
        self, f: Facility, inherited: tuple[Actor | None, str | None] | None
    ) -> tuple[Actor | None, str | None]:
        """Who runs ``f``: its own ``operator`` (resolved to an actor), else ``inherited``."""
        if f.operator is None:
            return inherited or (None, None)
        found = self._by_id.get(f.operator)
        return (found, f.id) if isinstance(found, Actor) else (None, None)

    # -- duplicates and merging ----------------------------------------------------

    def find_duplicates(self, *, threshold: float = DEFAULT_THRESHOLD) -> list[Duplicate]:
        """Actor pairs and facility pairs that look like one entity, best first.

        A proposal for a person to check, each with its ``ids``, ``score`` and
        ``evidence``; nothing is merged. See ``rightsdata.names.find_duplicates``.
        """
        return find_duplicates(self, threshold=threshold)

    @property
    def merged(self) -> tuple[EntityMerge, ...]:
        """Every [`merge_entities`][rightsdata.Dataset.merge_entities] that made this dataset,
        oldest first.

        It lives on the dataset object, not in its records: [`save`][rightsdata.Dataset.save] does
        not write it, so keep it yourself if you need it later (each
        [`EntityMerge`][rightsdata.EntityMerge] holds the dropped record in full). Equality compares
        records only, not this history.
        """
        return self._merged

    def resolve(self, id: str) -> str:
        """The id that now stands for ``id``: itself, or the id it was merged into.

        Follows [`merged`][rightsdata.Dataset.merged], through several merges if need be.
        """
        redirect = {m.dropped: m.kept for m in self._merged}
        seen = {id}
        while id in redirect and redirect[id] not in seen:
            id = redirect[id]
            seen.add(id)
        return id

    def merge_entities(self, keep: str, drop: str) -> Dataset:
        """Merge the actor (or facility) ``drop`` into ``keep``: the explicit, reviewed step.

        Returns a new dataset in which:

        - ``keep`` has every name of ``drop`` as an alias (the main name as a spelling
          variant when it is alike, else as another name), and drop's positions and
          citations that it did not already have;
        - each field keep leaves empty (``None``, an unknown kind) takes drop's value; where
          both have a value, keep's stays (the field is listed in
          [`EntityMerge.differing`][rightsdata.EntityMerge.differing]);
        - every reference to ``drop`` (participants, event facilities, parents,
          operators, organizations of posts, publishers, figure subjects) points at
          ``keep``, and an event that then names the same facility or the same actor in
          the same role twice names it once (their citations joined);
        - [`merged`][rightsdata.Dataset.merged] ends with an [`EntityMerge`][rightsdata.EntityMerge]
          recording both ids, the dropped record and every reference rewritten.

        Raises [`ValidationError`][rightsdata.ValidationError] if either id is missing or used by
        more than one record, if they are the same, if the two are not both actors or
        both facilities, or if one is the other's parent or ancestor (the merged record
        would be its own parent).
        """
        if keep == drop:
            raise ValidationError.single("drop", f"cannot merge {keep!r} into itself")
        counts = Counter(r.id for r in self._records if r.id in (keep, drop))
        for field, rid in (("keep", keep), ("drop", drop)):
            if counts[rid] == 0:
                raise ValidationError.single(field, f"no record with id {rid!r}")
            if counts[rid] > 1:
                raise ValidationError.single(
                    field, f"id {rid!r} is used by more than one record: resolve that first"
                )
        kept, dropped = self._by_id[keep], self._by_id[drop]
        if not (
            (isinstance(kept, Actor) and isinstance(dropped, Actor))
            or (isinstance(kept, Facility) and isinstance(dropped, Facility))
        ):
            raise ValidationError.single(
                "drop",
                f"can merge two actors or two facilities, not {_a(TYPE_TAGS[type(kept)])} "
                f"and {_a(TYPE_TAGS[type(dropped)])}",
            )
        for inner, outer in ((keep, drop), (drop, keep)):
            if outer in self._ancestors(inner):
                raise ValidationError.single(
                    "drop",
                    f"{outer!r} is an ancestor of {inner!r} (through parent): merging them "
                    "would make a record its own parent; change the parent first",
                )
        mapping = {drop: keep}
        rewritten = [
            f"{r.id}: {field}"
            for r in self._records
            if r.id != drop
            for field, target, _ in _references(r)
            if target == drop
        ]
        absorbed, differing = _absorb(kept, dropped)
        records: list[Record] = []
        for r in self._records:
            if r.id == drop:
                continue
            if r.id == keep:
                r = absorbed
            r = _renamed(r, mapping)
            records.append(_tidied(r) if isinstance(r, Event) else r)
        record = EntityMerge(
            kept=keep,
            dropped=drop,
            record=dropped,
            rewritten=tuple(rewritten),
            differing=tuple(differing),
        )
        return Dataset(records, merged=(*self._merged, record))

    def rename_ids(self, mapping: Mapping[str, str]) -> Dataset:
        """A copy with records renamed (``{old id: new id}``) and every reference rewritten.

        Use it before [`merge`][rightsdata.Dataset.merge] when two teams used one id for different
        things. Raises [`ValidationError`][rightsdata.ValidationError] when an old id is not in the
        dataset, a new id is not a valid id, or two records would end up with one id. The
        [`merged`][rightsdata.Dataset.merged] history is carried over unchanged.
        """
        targets = Counter(mapping.values())
        for old, new in mapping.items():
            if old not in self._by_id:
                raise ValidationError.single(f"mapping[{old!r}]", f"no record with id {old!r}")
            if targets[new] > 1 or (new in self._by_id and new not in mapping):
                raise ValidationError.single(
                    f"mapping[{old!r}]", f"{new!r} would be the id of more than one record"
                )
        return Dataset((_renamed(r, mapping) for r in self._records), merged=self._merged)

    def merge(self, other: Dataset) -> tuple[Dataset, MergeReport]:
        """Combine two datasets (two teams' work) without losing or overwriting anything.

        Every record of this dataset is kept, in order, followed by the records of
        ``other`` whose ids are new. An id both use for the same record is kept once; an
        id both use for different records is a conflict: this dataset's record stays,
        and the report holds the other's ([`MergeConflict.theirs`][rightsdata.MergeConflict.theirs])
        with the fields that differ, for a person to resolve (by hand, or with
        [`rename_ids`][rightsdata.Dataset.rename_ids] on one side when they are different things).
        The [`merged`][rightsdata.Dataset.merged] histories are joined.

        Returns ``(merged dataset, report)``. Entities recorded under two different ids
        are not matched here: run [`find_duplicates`][rightsdata.Dataset.find_duplicates] on the
        result.
        """
        ours: dict[str, list[Record]] = {}
        for r in self._records:
            ours.setdefault(r.id, []).append(r)
        records = list(self._records)
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
        history = (*self._merged, *(m for m in other._merged if m not in self._merged))
        report = MergeReport(
            added=tuple(added), identical=tuple(identical), conflicts=tuple(conflicts)
        )
        return Dataset(records, merged=history), report

    # -- indexes (private) ---------------------------------------------------------

    def _idx(self) -> _Index:
        if self._index is None:
            self._index = _Index.build(self)
        return self._index

    def _name_index(self, cls: type[Actor] | type[Facility]) -> NameIndex:
        """The folded names of the actors or facilities, built on first use and kept."""
        found = self._names.get(cls)
        if found is None:
            entities: Sequence[Actor | Facility] = (
                self.actors() if cls is Actor else self.facilities()
            )
            found = self._names[cls] = NameIndex(entities)
        return found

    def _expect(self, id: str, cls: type | tuple[type, ...], field: str) -> Record:
        found = self._by_id.get(id)
        wanted = cls if isinstance(cls, tuple) else (cls,)
        if found is None or type(found) not in wanted:
            what = " or ".join(TYPE_TAGS[t] for t in wanted)
            raise ValidationError.single(field, f"no {what} with id {id!r} in the dataset")
        return found

    def _parent(self, id: str) -> str | None:
        """The ``parent`` of record ``id``: an actor, facility or event."""
        r = self._by_id.get(id)
        return r.parent if isinstance(r, Actor | Facility | Event) else None

    def _facility_parent(self, id: str) -> str | None:
        """The ``parent`` of facility ``id``; ``None`` if ``id`` is not a facility."""
        f = self._by_id.get(id)
        return f.parent if isinstance(f, Facility) else None

    def _ancestors(self, id: str) -> set[str]:
        """Ids up the ``parent`` chain of record ``id``, not ``id`` itself (cycles cut)."""
        return set(_parent_chain(id, self._parent)[1:])

    def _subtree(self, facility: str) -> list[str]:
        """``facility`` and the ids of every facility nested in it (cycles cut)."""
        children = self._idx().children
        out, todo, seen = [], [facility], {facility}
        while todo:
            fid = todo.pop()
            out.append(fid)
            for c in children.get(fid, ()):
                if c not in seen:
                    seen.add(c)
                    todo.append(c)
        return out

    def _locations(self, e: Event) -> Iterator[Location]:
        if e.location is not None:
            yield e.location
        for fid in e.facilities:
            for p in _parent_chain(fid, self._facility_parent):
                f = self._by_id.get(p)
                if not isinstance(f, Facility):
                    break
                if f.location is not None:
                    yield f.location

    def _fallen(self, source: str, field: str) -> set[str]:
        """``source`` and every source that relies on nothing but fallen sources."""
        self._expect(source, Source, field)
        # A source falls when the last of its distinct cited sources has fallen: a count
        # per source record and an index of who cites whom keep this linear.
        cites = [(s.id, set(s.cites)) for s in self._of(Source) if s.cites]
        waiting = [len(cited) for _, cited in cites]
        citers: dict[str, list[int]] = {}
        for i, (_, cited) in enumerate(cites):
            for c in cited:
                citers.setdefault(c, []).append(i)
        fallen = {source}
        todo = [source]
        while todo:
            for i in citers.get(todo.pop(), ()):
                waiting[i] -= 1
                s_id = cites[i][0]
                if not waiting[i] and s_id not in fallen:
                    fallen.add(s_id)
                    todo.append(s_id)
        return fallen

    def counts(self) -> dict[str, int]:
        """How many records of each type (``"source"``, ``"actor"``, ...), in type order."""
        c = Counter(TYPE_TAGS[type(r)] for r in self._records)
        return {tag: c[tag] for tag in RECORD_TYPES if c[tag]}

    # -- files ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Dataset:
        """Read a ``.jsonl`` (JSON Lines) or ``.json`` file.

        Raises [`ValidationError`][rightsdata.ValidationError] naming the file, line and field.
        """
        from rightsdata.serialize.jsonio import read_json, read_jsonl

        name = os.fspath(path)
        if name.endswith(".jsonl"):
            return cls(read_jsonl(name))
        if name.endswith(".json"):
            return cls(read_json(name))
        raise ValidationError.single(
            "", "unknown file type: expected a .jsonl or .json extension"
        ).located(file=name)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write to ``.jsonl`` or ``.json`` by extension, atomically."""
        from rightsdata.serialize.jsonio import write_json, write_jsonl

        name = os.fspath(path)
        if name.endswith(".jsonl"):
            write_jsonl(name, self._records)
        elif name.endswith(".json"):
            write_json(name, self._records)
        else:
            raise ValidationError.single(
                "", "unknown file type: expected a .jsonl or .json extension"
            ).located(file=name)

    # -- integrity -----------------------------------------------------------------

    def validate(self) -> list[Problem]:
        """Every integrity problem: duplicate ids, dangling or mistyped references, cycles,
        and periods that end before they start.

        Returns an empty list for a sound dataset. Each problem names the record id and
        the field path.
        """
        check = _IntegrityCheck()
        for r in self._records:
            check.add(r)
        # by kind of problem, then by record (cycles in the order they are found)
        found = check.found()
        found.sort(key=lambda item: (item[1], 0 if item[1] == 2 else item[0], item[2]))
        return [p for *_, p in found]


class _IntegrityCheck:
    """The integrity problems of records given one at a time
    ([`Dataset.validate`][rightsdata.Dataset.validate], ``rightsdata validate`` on a file of any
    size).

    Keeps each id's type, the references to ids not seen yet and the links that can make
    cycles, never the records. ``problems`` gives each problem with the position
    (0, 1, ...) of the record it is about; in position order, the problems of one record
    come as [`Dataset.validate`][rightsdata.Dataset.validate] orders them: duplicate id, references,
    cycle, reversed periods.
    """

    __slots__ = ("_count", "_found", "_links", "_pending", "_types")

    def __init__(self) -> None:
        self._types: dict[str, type] = {}
        self._pending: list[tuple[int, int, str, str, str, tuple[type, ...]]] = []
        self._links: dict[str, tuple[int, str, tuple[str, ...]]] = {}
        self._found: list[tuple[int, int, int, Problem]] = []  # position, phase, order
        self._count = 0

    def add(self, r: Record) -> None:
        """Take the next record."""
        position = self._count
        self._count += 1
        if r.id in self._types:
            self._found.append((position, 0, 0, _duplicate(r.id)))
        else:
            self._types[r.id] = type(r)
        for n, (field, target, allowed) in enumerate(_references(r)):
            if target in self._types:
                problem = _check_ref(r.id, field, target, self._types[target], allowed)
                if problem is not None:
                    self._found.append((position, 1, n, problem))
            else:  # the target may come later
                self._pending.append((position, n, r.id, field, target, allowed))
        link = _link(r)
        if link is not None:
            self._links.setdefault(r.id, (position, *link))
        for field, period in _periods(r):
            if (
                period.earliest is not None
                and period.latest is not None
                and period.latest < period.earliest
            ):
                problem = Problem(
                    record=r.id,
                    field=field,
                    kind=ProblemKind.REVERSED_PERIOD,
                    message=f"ends ({period.latest.isoformat()}) before it starts "
                    f"({period.earliest.isoformat()})",
                )
                self._found.append((position, 3, 0, problem))

    def problems(self, *, missing_ok: Collection[str] = ()) -> list[tuple[int, Problem]]:
        """Every problem with its record's position, in position order. A reference to an
        id in ``missing_ok`` (a record that could not be read) is not reported."""
        found = self.found(missing_ok=missing_ok)
        found.sort(key=lambda item: item[:3])
        return [(position, problem) for position, _, _, problem in found]

    def found(self, *, missing_ok: Collection[str] = ()) -> list[tuple[int, int, int, Problem]]:
        """Every problem as (position, phase, order, problem): phase 0 for a duplicate id,
        1 a reference, 2 a cycle, 3 a reversed period."""
        found = list(self._found)
        for position, n, record, field, target, allowed in self._pending:
            if target in missing_ok and target not in self._types:
                continue
            problem = _check_ref(record, field, target, self._types.get(target), allowed)
            if problem is not None:
                found.append((position, 1, n, problem))
        for n, (position, problem) in enumerate(_cycles(self._links)):
            found.append((position, 2, n, problem))
        return found


# The public name (``rightsdata validate`` checks files with it); the old private one stays.
IntegrityCheck = _IntegrityCheck


def _duplicate(id: str) -> Problem:
    return Problem(
        record=id,
        field="id",
        kind=ProblemKind.DUPLICATE_ID,
        message=f"id {id!r} is used by more than one record",
    )


def _check_ref(
    record: str, field: str, target: str, found: type | None, allowed: tuple[type, ...]
) -> Problem | None:
    wanted = " or ".join(TYPE_TAGS[t] for t in allowed)
    if found is None:
        return Problem(
            record=record,
            field=field,
            kind=ProblemKind.DANGLING_REFERENCE,
            message=f"refers to {target!r}, which is not in the dataset (expected {wanted})",
        )
    if found not in allowed:
        return Problem(
            record=record,
            field=field,
            kind=ProblemKind.WRONG_REFERENCE_TYPE,
            message=f"refers to {target!r}, {_a(TYPE_TAGS[found])}; expected {wanted}",
        )
    return None


def _link(r: Record) -> tuple[str, tuple[str, ...]] | None:
    """The field and ids a record links to that can close a cycle, or ``None``."""
    if isinstance(r, Source):
        return ("cites", r.cites)
    if isinstance(r, Event | Facility | Actor) and r.parent is not None:
        return ("parent", (r.parent,))
    if isinstance(r, Figure) and r.share is not None:
        return ("share.of", (r.share.of,))
    return None


def _cycles(links: Mapping[str, tuple[int, str, tuple[str, ...]]]) -> list[tuple[int, Problem]]:
    """Each cycle once, at its first record: (that record's position, the problem)."""
    problems: list[tuple[int, Problem]] = []
    # Depth-first search with colours.
    state: dict[str, int] = {}
    for start in links:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(links[start][2]))]
        state[start] = 1
        path = [start]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            if nxt not in links:
                continue
            if state.get(nxt) == 1:
                loop = [*path[path.index(nxt) :], nxt]
                position, field, _ = links[node]
                problem = Problem(
                    record=node,
                    field=field,
                    kind=ProblemKind.CYCLE,
                    message="cycle: " + " -> ".join(loop),
                )
                problems.append((position, problem))
            elif not state.get(nxt):
                state[nxt] = 1
                stack.append((nxt, iter(links[nxt][2])))
                path.append(nxt)
    return problems


def _parent_chain(id: str, parent_of: Callable[[str], str | None]) -> list[str]:
    """``id``, then the ids up its chain of parents, nearest first.

    ``parent_of(x)`` is the parent of ``x``: ``None`` when it has none or is not a
    record the chain goes through. The chain ends there (a parent that is missing is
    the last id), or before an id already in it: a cycle of parents, which
    [`Dataset.validate`][rightsdata.Dataset.validate] reports, is cut where it closes, and no id
    comes twice.
    """
    chain = [id]
    seen = {id}
    p = parent_of(id)
    while p is not None and p not in seen:
        chain.append(p)
        seen.add(p)
        p = parent_of(p)
    return chain


parent_chain = _parent_chain  # public name for other modules (rightsdata.disagree)


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _citations(
    prefix: str, cites: tuple[Citation, ...]
) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    for i, c in enumerate(cites):
        yield f"{prefix}[{i}].source", c.source, (Source,)


def _references(r: Record) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    """Each (field path, referenced id, allowed record types) in a record."""
    if isinstance(r, Source):
        if r.publisher is not None:
            yield "publisher", r.publisher, (Actor,)
        for i, s in enumerate(r.cites):
            yield f"cites[{i}]", s, (Source,)
    elif isinstance(r, Actor):
        if r.parent is not None:
            yield "parent", r.parent, (Actor,)
        for i, p in enumerate(r.positions):
            if p.organization is not None:
                yield f"positions[{i}].organization", p.organization, (Actor,)
            yield from _citations(f"positions[{i}].citations", p.citations)
        yield from _citations("citations", r.citations)
    elif isinstance(r, Facility):
        if r.parent is not None:
            yield "parent", r.parent, (Facility,)
        if r.operator is not None:
            yield "operator", r.operator, (Actor,)
        yield from _citations("citations", r.citations)
    elif isinstance(r, Event):
        for i, f in enumerate(r.facilities):
            yield f"facilities[{i}]", f, (Facility,)
        for i, part in enumerate(r.participants):
            yield f"participants[{i}].actor", part.actor, (Actor,)
            yield from _citations(f"participants[{i}].citations", part.citations)
        if r.parent is not None:
            yield "parent", r.parent, (Event,)
        yield from _citations("citations", r.citations)
        for i, rd in enumerate(r.reported_dates):
            yield from _citations(f"reported_dates[{i}].citations", rd.citations)
    else:
        if r.subject is not None:
            yield "subject", r.subject, (Event, Facility, Actor)
        if r.share is not None:
            yield "share.of", r.share.of, (Figure,)
        yield from _citations("citations", r.citations)


def _periods(r: Record) -> Iterator[tuple[str, DateRange]]:
    """Each (field path, DateRange) in a record."""
    if isinstance(r, Source):
        if r.published is not None:
            yield "published", r.published
    elif isinstance(r, Actor):
        for i, p in enumerate(r.positions):
            if p.period is not None:
                yield f"positions[{i}].period", p.period
    elif isinstance(r, Facility):
        if r.period is not None:
            yield "period", r.period
    elif isinstance(r, Event):
        yield "date", r.date
        for i, rd in enumerate(r.reported_dates):
            yield f"reported_dates[{i}].date", rd.date
    else:
        if r.period is not None:
            yield "period", r.period
        if r.as_of is not None:
            yield "as_of", r.as_of


# -- query helpers ---------------------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Index:
    """Lookups a dataset builds on first use (private)."""

    children: dict[str, list[str]]
    """Facility id -> ids of the facilities whose parent it is, in order."""
    events_at: dict[str, list[int]]
    """Facility id -> positions (in ``events()``) of the events that name it."""
    events_with: dict[str, list[int]]
    """Actor id -> positions of the events it takes part in."""

    @classmethod
    def build(cls, ds: Dataset) -> _Index:
        children: dict[str, list[str]] = {}
        for f in ds.facilities():
            if f.parent is not None:
                children.setdefault(f.parent, []).append(f.id)
        events_at: dict[str, list[int]] = {}
        events_with: dict[str, list[int]] = {}
        for i, e in enumerate(ds.events()):
            for fid in dict.fromkeys(e.facilities):
                events_at.setdefault(fid, []).append(i)
            for aid in e.actors:
                events_with.setdefault(aid, []).append(i)
        return cls(children=children, events_at=events_at, events_with=events_with)


def _as_range(value: DateRange | date | str) -> DateRange:
    if isinstance(value, DateRange):
        return value
    if isinstance(value, str):
        return DateRange.parse(value)
    return DateRange.day(value)


def _within(d: DateRange, span: DateRange, *, certainly: bool) -> bool:
    """Whether ``d`` can fall (or, ``certainly``, surely falls) within ``span``'s bounds."""
    if not certainly:
        return d.possibly_overlaps(span)
    hull = d.span(span)  # as wide as span exactly when d's bounds are inside span's
    return (hull.earliest, hull.latest) == (span.earliest, span.latest)


def _place_matches(loc: Location, key: str) -> bool:
    if not key:
        return False
    for part in (loc.country, loc.province, loc.city):
        if part is not None and match_key(part) == key:
            return True
    if loc.text is not None:
        words = match_key(loc.text).split()
        wanted = key.split()
        n = len(wanted)
        return any(words[i : i + n] == wanted for i in range(len(words) - n + 1))
    return False


def _sources_cited(e: Event) -> set[str]:
    cited = {c.source for c in e.citations}
    for p in e.participants:
        cited.update(c.source for c in p.citations)
    for rd in e.reported_dates:
        cited.update(c.source for c in rd.citations)
    return cited


def _rests_on(citations: tuple[Citation, ...], fallen: set[str]) -> bool:
    return bool(citations) and all(c.source in fallen for c in citations)


def _period_key(period: DateRange | None) -> tuple[int, date, date]:
    if period is None:
        return (1, date.max, date.max)
    return (0, *period.sort_key())


# -- merging helpers -------------------------------------------------------------------


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


def _renamed_citations(cs: tuple[Citation, ...], m: Mapping[str, str]) -> tuple[Citation, ...]:
    if not any(c.source in m for c in cs):
        return cs
    return tuple(attrs.evolve(c, source=m[c.source]) if c.source in m else c for c in cs)


def _renamed(r: Record, m: Mapping[str, str]) -> Record:
    """``r`` with its id and every id it refers to renamed by ``m``."""

    def one(x: str) -> str:
        return m.get(x, x)

    def opt(x: str | None) -> str | None:
        return None if x is None else m.get(x, x)

    cites = _renamed_citations(r.citations, m) if not isinstance(r, Source) else ()
    if isinstance(r, Source):
        new: Record = attrs.evolve(
            r, id=one(r.id), publisher=opt(r.publisher), cites=tuple(one(c) for c in r.cites)
        )
    elif isinstance(r, Actor):
        positions = tuple(
            attrs.evolve(
                p,
                organization=opt(p.organization),
                citations=_renamed_citations(p.citations, m),
            )
            for p in r.positions
        )
        new = attrs.evolve(
            r, id=one(r.id), parent=opt(r.parent), positions=positions, citations=cites
        )
    elif isinstance(r, Facility):
        new = attrs.evolve(
            r, id=one(r.id), parent=opt(r.parent), operator=opt(r.operator), citations=cites
        )
    elif isinstance(r, Event):
        participants = tuple(
            attrs.evolve(p, actor=one(p.actor), citations=_renamed_citations(p.citations, m))
            for p in r.participants
        )
        reported = tuple(
            attrs.evolve(rd, citations=_renamed_citations(rd.citations, m))
            for rd in r.reported_dates
        )
        new = attrs.evolve(
            r,
            id=one(r.id),
            facilities=tuple(one(f) for f in r.facilities),
            participants=participants,
            parent=opt(r.parent),
            citations=cites,
            reported_dates=reported,
        )
    else:
        share = r.share if r.share is None else attrs.evolve(r.share, of=one(r.share.of))
        new = attrs.evolve(r, id=one(r.id), subject=opt(r.subject), share=share, citations=cites)
    return r if new == r else new


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
