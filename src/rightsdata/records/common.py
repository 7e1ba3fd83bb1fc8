"""Parts shared by several records: citations, names, locations, roles."""

from __future__ import annotations

import enum

import attrs

from rightsdata._rules import identifier, latitude_degrees, longitude_degrees, nonblank
from rightsdata._typed import typed
from rightsdata.records.references import refers

__all__ = ["Citation", "Coordinates", "Location", "Name", "NameKind"]


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Citation:
    """Where in a source a statement comes from.

    ```pycon
    >>> Citation(source="amnesty-2018-12-04", locator="para. 3", quote="at least 5,000")
    Citation(source='amnesty-2018-12-04', locator='para. 3', quote='at least 5,000')

    ```
    """

    source: str = attrs.field(validator=identifier, metadata=refers("source"))
    """The id of the [`Source`][rightsdata.Source] that says it."""
    locator: str | None = attrs.field(default=None, validator=nonblank)
    """Where in the source: a page, paragraph, timestamp or section."""
    quote: str | None = attrs.field(default=None, validator=nonblank)
    """A short phrase from the source (the words around a number), never whole passages."""


class NameKind(enum.Enum):
    """How an alias relates to an actor's or facility's main name."""

    SPELLING_VARIANT = "spelling_variant"
    """Another spelling in the same script ("Pour Mohammadi" for "Pourmohammadi")."""
    TRANSLITERATION = "transliteration"
    """The name carried into another script ("مصطفی پورمحمدی")."""
    TRANSLATION = "translation"
    """The name translated ("Prisons Organization" for "سازمان زندان‌ها")."""
    ABBREVIATION = "abbreviation"
    """A short form or acronym ("NCRI")."""
    OTHER_NAME = "other_name"
    """Another name altogether: a nickname, codename, former or assumed name."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Name:
    """A name by which an actor or facility is known, with its script and language."""

    text: str = attrs.field(validator=nonblank)
    """The name as written."""
    kind: NameKind = NameKind.SPELLING_VARIANT
    """How it relates to the main name."""
    script: str | None = None
    """ISO 15924 script code ("Latn", "Arab"), when known."""
    language: str | None = None
    """BCP 47 language tag ("fa", "en"), when known."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Coordinates:
    """A point in WGS 84 decimal degrees."""

    latitude: float = attrs.field(validator=latitude_degrees)
    """Degrees north (negative: south)."""
    longitude: float = attrs.field(validator=longitude_degrees)
    """Degrees east (negative: west)."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Location:
    """Where something is or happened, as precisely as the sources say."""

    country: str | None = None
    """ISO 3166-1 alpha-2 code ("IR")."""
    province: str | None = None
    """Province or region name ("Tehran", "Khuzestan")."""
    city: str | None = None
    """City or town ("Ahvaz")."""
    coordinates: Coordinates | None = None
    """A point, when one is known."""
    text: str | None = None
    """The place as the source names it, verbatim."""
