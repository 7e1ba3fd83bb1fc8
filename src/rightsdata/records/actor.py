"""Actor: a person, body or group that does, suffers, says or is responsible for things."""

from __future__ import annotations

import enum
from datetime import date

import attrs

from rightsdata._rules import identifier, nonblank
from rightsdata._typed import typed
from rightsdata.dates.range import DateRange
from rightsdata.records._spans import as_period, certainly_during, names_of, possibly_during
from rightsdata.records.common import Citation, Name
from rightsdata.records.references import refers

__all__ = ["Actor", "ActorKind", "Position", "as_period"]


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


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Position:
    """A post or role an actor held, for a period.

    ``organization`` is the id of the actor (a state body, say) the post belongs to.
    """

    title: str = attrs.field(validator=nonblank)
    """The post, as named ("head of the Prisons Organization")."""
    organization: str | None = attrs.field(
        default=None, validator=identifier, metadata=refers("actor")
    )
    """Id of the [`Actor`][rightsdata.Actor] the post belongs to."""
    period: DateRange | None = None
    """When it was held, as precisely as known; ``None`` if not known at all."""
    citations: tuple[Citation, ...] = ()
    """The sources that say so."""

    def possibly_held(self, at: date | DateRange) -> bool:
        """Whether the post can have been held on some day of ``at`` (a day or a range).

        A post with no known period can have been held at any time.

        ```pycon
        >>> p = Position(title="Deputy prosecutor general", period=DateRange.parse("1988"))
        >>> p.possibly_held(date(1988, 8, 1)), p.possibly_held(DateRange.parse("1990"))
        (True, False)

        ```
        """
        return possibly_during(self.period, at)

    def certainly_held(self, at: date | DateRange) -> bool:
        """Whether the post was held on some day of ``at`` whatever days it really took.

        Uses [`DateRange.certainly_overlaps`][rightsdata.DateRange.certainly_overlaps]:
        a post held "in 1988" (some days of 1988) is not certainly held on 1 August 1988;
        one held "from 1989 to 2016" certainly is in 2010 (and at some time in 1989). An
        unknown period is never certain.

        ```pycon
        >>> p = Position(title="Prosecutor general", period=DateRange.parse("from 1989 to 2016"))
        >>> p.certainly_held(date(2010, 1, 1)), p.certainly_held(DateRange.parse("1988"))
        (True, False)

        ```
        """
        return certainly_during(self.period, at)


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
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
    parent: str | None = attrs.field(default=None, validator=identifier, metadata=refers("actor"))
    """Id of the organization this actor is part of (a regional office of an NGO)."""
    description: str | None = None
    """A short description in the dataset's own words."""
    citations: tuple[Citation, ...] = ()
    """The sources that name this actor."""

    def names(self) -> tuple[str, ...]:
        """The main name, then every alias, as written, without repeats."""
        return names_of(self.name, self.aliases)

    def positions_at(
        self, at: date | DateRange, *, certainly: bool = False
    ) -> tuple[Position, ...]:
        """The posts this actor possibly (or, with ``certainly``, certainly) held at ``at``.

        ``at`` is a day or a [`DateRange`][rightsdata.DateRange] read as a period ("at any
        time in 1988"); see [`Position.possibly_held`][rightsdata.Position.possibly_held] and
        [`Position.certainly_held`][rightsdata.Position.certainly_held]. Posts with no known period
        are possible at any time and never certain.
        """
        period = as_period(at)
        if certainly:
            return tuple(p for p in self.positions if p.certainly_held(period))
        return tuple(p for p in self.positions if p.possibly_held(period))
