"""The store: records held by id, looked up, iterated, loaded and saved.

[`Dataset`][rightsdata.Dataset] is one class; the methods that query, check and merge
delegate to the concept modules of this package (``queries``, ``integrity``, ``merging``,
``duplicates``), which read its private state: they are parts of it kept apart.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import TypeVar

from rightsdata.dataset import duplicates, integrity, merging, queries
from rightsdata.dataset._index import Index
from rightsdata.dataset.duplicates import Duplicate
from rightsdata.dataset.integrity import Problem, parent_chain
from rightsdata.dataset.merging import EntityMerge, MergeReport
from rightsdata.dataset.queries import FacilityTree, Holding
from rightsdata.dates.range import DateRange
from rightsdata.errors import ValidationError
from rightsdata.records import (
    RECORD_TYPES,
    TYPE_TAGS,
    Actor,
    Event,
    Facility,
    Figure,
    ParticipantRole,
    Record,
    Source,
)
from rightsdata.text import DEFAULT_THRESHOLD, NameIndex

__all__ = ["Dataset", "name_index"]

R = TypeVar("R", Source, Actor, Facility, Event, Figure)


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
        self._index: Index | None = None
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
        return queries.events(
            self,
            kind=kind,
            actor=actor,
            role=role,
            facility=facility,
            place=place,
            within=within,
            certainly=certainly,
            source=source,
            rests_on=rests_on,
        )

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
        return queries.figures(
            self, subject=subject, measure=measure, source=source, rests_on=rests_on
        )

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
        return queries.resting_on(self, source)

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
        return queries.holders(self, title_or_organization, at, certainly=certainly)

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
        return queries.facility_tree(self, id)

    # -- duplicates and merging ----------------------------------------------------

    def find_duplicates(self, *, threshold: float = DEFAULT_THRESHOLD) -> list[Duplicate]:
        """Actor pairs and facility pairs that look like one entity, best first.

        A proposal for a person to check, each with its ``ids``, ``score`` and
        ``evidence``; nothing is merged. See ``rightsdata.names.find_duplicates``.
        """
        return duplicates.find_duplicates(self, threshold=threshold)

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
        records, record = merging.merge_entities(self, keep, drop)
        return Dataset(records, merged=(*self._merged, record))

    def rename_ids(self, mapping: Mapping[str, str]) -> Dataset:
        """A copy with records renamed (``{old id: new id}``) and every reference rewritten.

        Use it before [`merge`][rightsdata.Dataset.merge] when two teams used one id for different
        things. Raises [`ValidationError`][rightsdata.ValidationError] when an old id is not in the
        dataset, a new id is not a valid id, or two records would end up with one id. The
        [`merged`][rightsdata.Dataset.merged] history is carried over unchanged.
        """
        return Dataset(merging.rename_ids(self, mapping), merged=self._merged)

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
        records, history, report = merging.merge(self, other)
        return Dataset(records, merged=history), report

    # -- indexes (private) ---------------------------------------------------------

    def _idx(self) -> Index:
        if self._index is None:
            self._index = Index.build(self.facilities(), self.events())
        return self._index

    def _name_index(self, cls: type[Actor] | type[Facility]) -> NameIndex:
        """The folded names of the actors or facilities, built on first use and kept."""
        found = self._names.get(cls)
        if found is None:
            entities: Sequence[Actor | Facility] = (
                self.actors() if cls is Actor else self.facilities()
            )
            found = self._names[cls] = NameIndex(e.names() for e in entities)
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
        return set(parent_chain(id, self._parent)[1:])

    def counts(self) -> dict[str, int]:
        """How many records of each type (``"source"``, ``"actor"``, ...), in type order."""
        c = Counter(TYPE_TAGS[type(r)] for r in self._records)
        return {tag: c[tag] for tag in RECORD_TYPES if c[tag]}

    # -- files ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, freeze: bool = True) -> Dataset:
        """Read a ``.jsonl`` (JSON Lines) or ``.json`` file.

        Raises [`ValidationError`][rightsdata.ValidationError] naming the file, line and field.
        The garbage collector is paused while the file is read and the dataset built, and
        what is loaded is frozen out of its later scans unless ``freeze`` is false: see
        [`collector_paused`][rightsdata.serialize.collector_paused].
        """
        from rightsdata.serialize import collector_paused, read_json, read_jsonl

        name = os.fspath(path)
        if not name.endswith((".jsonl", ".json")):
            raise ValidationError.single(
                "", "unknown file type: expected a .jsonl or .json extension"
            ).located(file=name)
        read = read_jsonl if name.endswith(".jsonl") else read_json
        with collector_paused(freeze=freeze):
            return cls(read(name))

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
        return integrity.validate(self._records)


def name_index(dataset: Dataset, cls: type[Actor] | type[Facility]) -> NameIndex:
    """The folded names of ``dataset``'s actors (``cls`` is [`Actor`][rightsdata.Actor]) or
    facilities, as a ``NameIndex`` built on first use and kept with the
    dataset, for [`match_actors`][rightsdata.match_actors] and the duplicate finder."""
    return dataset._name_index(cls)
