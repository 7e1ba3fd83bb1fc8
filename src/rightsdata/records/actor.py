"""Actor: a person, body or group that does, suffers, says or is responsible for things."""

from __future__ import annotations

import enum

import attrs

from rightsdata.dates.range import DateRange
from rightsdata.records._checks import identifier, nonblank
from rightsdata.records.common import Citation, Name

__all__ = ["Actor", "ActorKind", "Position"]


class ActorKind(enum.Enum):
    """What kind of actor."""

    PERSON = "person"
    """A human being."""
    ORGANIZATION = "organization"
    """A non-state organization: an NGO, a party, a company."""
    MEDIA_OUTLET = "media_outlet"
    """A newspaper, broadcaster, news site or agency."""
    STATE_BODY = "state_body"
    """A state institution: a ministry, court, prison authority, the judiciary."""
    ARMED_GROUP = "armed_group"
    """A non-state armed group or militia."""
    HACKER_GROUP = "hacker_group"
    """A group acting through computer intrusion ("Justice of Ali")."""
    INTERGOVERNMENTAL = "intergovernmental"
    """An intergovernmental body or mandate (the UN, a special rapporteur's office)."""
    GROUP = "group"
    """An informal or collective group of people (victims' families, "the death team")."""
    UNKNOWN = "unknown"
    """Not known."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Position:
    """A post or role an actor held, for a period.

    ``organization`` is the id of the actor (a state body, say) the post belongs to.
    """

    title: str = attrs.field(validator=nonblank)
    """The post, as named ("head of the Prisons Organization")."""
    organization: str | None = attrs.field(default=None, validator=identifier)
    """Id of the :class:`Actor` the post belongs to."""
    period: DateRange | None = None
    """When it was held, as precisely as known; ``None`` if not known at all."""
    citations: tuple[Citation, ...] = ()
    """The sources that say so."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Actor:
    """A person, body or group named in the sources."""

    id: str = attrs.field(validator=identifier)
    """Unique id within a dataset."""
    kind: ActorKind
    """What kind of actor."""
    name: str = attrs.field(validator=nonblank)
    """The main name, as the dataset spells it."""
    aliases: tuple[Name, ...] = ()
    """Other spellings, scripts, translations and names."""
    positions: tuple[Position, ...] = ()
    """Posts held over time."""
    parent: str | None = attrs.field(default=None, validator=identifier)
    """Id of the organization this actor is part of (a regional office of an NGO)."""
    description: str | None = None
    """A short description in the dataset's own words."""
    citations: tuple[Citation, ...] = ()
    """The sources that name this actor."""
