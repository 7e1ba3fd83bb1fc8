"""Event: something that happened, with when, where, who, and who says so."""

from __future__ import annotations

import enum
from typing import ClassVar, Final

import attrs

from rightsdata._rules import identifier, identifiers, nonblank, nonempty
from rightsdata._typed import typed
from rightsdata.dates.range import DateRange
from rightsdata.records._vocabulary import open_vocabulary
from rightsdata.records.common import Citation, Location
from rightsdata.records.references import refers

__all__ = ["Event", "EventKind", "Participant", "ParticipantRole", "ReportedDate"]


@open_vocabulary
class EventKind:
    """Documented values for [`Event.kind`][rightsdata.Event.kind] (an open vocabulary: others are
    allowed)."""

    EXECUTION: Final = "execution"
    """A judicial or extrajudicial execution, or a series of them."""
    KILLING: Final = "killing"
    """A killing other than an execution (under torture, by security forces)."""
    ARREST: Final = "arrest"
    """An arrest."""
    DETENTION: Final = "detention"
    """A period of detention."""
    ENFORCED_DISAPPEARANCE: Final = "enforced_disappearance"
    """An enforced disappearance."""
    TORTURE: Final = "torture"
    """Torture or other ill-treatment."""
    DEATH_IN_CUSTODY: Final = "death_in_custody"
    """A death in custody."""
    RELEASE: Final = "release"
    """A release, including a temporary release or furlough."""
    LEAK: Final = "leak"
    """Leaked documents, footage or data coming to light."""
    HACK: Final = "hack"
    """A computer intrusion."""
    STATEMENT: Final = "statement"
    """A public statement, apology, denial or admission."""
    PUBLICATION: Final = "publication"
    """A report or document being published."""
    TRIAL: Final = "trial"
    """A trial or hearing."""
    SENTENCE: Final = "sentence"
    """A sentence being handed down."""
    PROTEST: Final = "protest"
    """A protest or demonstration."""
    ELECTION: Final = "election"
    """An election or appointment to office."""
    HARASSMENT: Final = "harassment"
    """Harassment or intimidation (of families, of witnesses)."""
    OTHER: Final = "other"
    """Anything else."""

    ALL: ClassVar[frozenset[str]]
    """Every documented value (gathered from the constants above)."""


class ParticipantRole(enum.Enum):
    """The part an actor played in an event."""

    PERPETRATOR = "perpetrator"
    """Carried it out."""
    VICTIM = "victim"
    """Suffered it."""
    WITNESS = "witness"
    """Saw it or lived through it and told of it."""
    RESPONSIBLE_AUTHORITY = "responsible_authority"
    """Ordered it, or is answerable for it by office."""
    SPEAKER = "speaker"
    """Made the statement (for statements, apologies, denials)."""
    ADDRESSEE = "addressee"
    """The statement or demand was addressed to them."""
    ORGANIZER = "organizer"
    """Organized it (a protest, a campaign)."""
    OTHER = "other"
    """Any other part."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Participant:
    """An actor in a role in an event, and the sources that put them there."""

    actor: str = attrs.field(validator=identifier, metadata=refers("actor"))
    """Id of the [`Actor`][rightsdata.Actor]."""
    role: ParticipantRole
    """The part they played."""
    citations: tuple[Citation, ...] = ()
    """Sources for this actor's part, when they differ from the event's."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class ReportedDate:
    """A date one or more sources give for an event, with those sources.

    When sources disagree on when something happened (one puts a leak on the 21st,
    another on the 22nd), each dating is kept as a ReportedDate, side by side.
    """

    date: DateRange
    """When the cited sources say it happened."""
    citations: tuple[Citation, ...] = attrs.field(validator=nonempty)
    """The sources that give this date (at least one)."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Event:
    """Something that happened: a massacre, an execution, a leak, a release, a statement.

    An event can be part of a larger one (``parent``): each death commission's work
    belongs to the 1988 massacre. It must cite at least one source.
    """

    id: str = attrs.field(validator=identifier)
    """Unique id within a dataset."""
    kind: str = attrs.field(validator=nonblank)
    """What happened; see [`EventKind`][rightsdata.EventKind] for the documented values."""
    title: str = attrs.field(validator=nonblank)
    """A short title in the dataset's own words."""
    date: DateRange
    """When it happened, as precisely as the sources allow."""
    citations: tuple[Citation, ...] = attrs.field(validator=nonempty)
    """The sources that report it (at least one)."""
    facilities: tuple[str, ...] = attrs.field(
        default=(), validator=identifiers, metadata=refers("facility")
    )
    """Ids of the [`Facility`][rightsdata.Facility] records where it happened."""
    participants: tuple[Participant, ...] = ()
    """Actors and their roles."""
    parent: str | None = attrs.field(default=None, validator=identifier, metadata=refers("event"))
    """Id of the larger event it is part of."""
    location: Location | None = None
    """Where it happened, when that is more than its facilities say."""
    description: str | None = None
    """A short description in the dataset's own words."""
    reported_dates: tuple[ReportedDate, ...] = ()
    """The dates individual sources give, when they differ from each other or from
    ``date``; ``date`` is then the dataset's working range (usually their span)."""

    @property
    def actors(self) -> tuple[str, ...]:
        """Ids of every actor taking part, in any role, without repeats."""
        return tuple(dict.fromkeys(p.actor for p in self.participants))
