"""Source: a document, post, statement or recording that says things."""

from __future__ import annotations

import enum
from datetime import datetime

import attrs

from rightsdata._rules import aware, identifier, no_self_citation, nonblank, sha256_hex
from rightsdata._typed import typed
from rightsdata.dates.range import DateRange
from rightsdata.records.references import refers

__all__ = ["Reliability", "Source", "SourceKind"]


class SourceKind(enum.Enum):
    """What kind of thing a source is."""

    NEWS_ARTICLE = "news_article"
    """A news report, from any outlet."""
    NGO_REPORT = "ngo_report"
    """A report by a non-governmental organization."""
    PRESS_RELEASE = "press_release"
    """A press release."""
    OFFICIAL_STATEMENT = "official_statement"
    """A statement by a state body or official, including interviews given as such."""
    SOCIAL_MEDIA_POST = "social_media_post"
    """A post on a social network (a tweet, a Telegram message)."""
    LEAKED_MATERIAL = "leaked_material"
    """Leaked documents, footage or data."""
    TESTIMONY = "testimony"
    """A witness's, survivor's or relative's account."""
    COURT_DOCUMENT = "court_document"
    """A judgment, indictment or other court record."""
    DATASET = "dataset"
    """A dataset or database."""
    OTHER = "other"
    """Anything else."""


class Reliability(enum.Enum):
    """The source-reliability half of the Admiralty (NATO) grading system, A to F.

    It grades the source's track record, not a single claim.
    """

    A = "A"
    """Completely reliable: no doubt of authenticity, trustworthiness or competency."""
    B = "B"
    """Usually reliable: minor doubt; a history of mostly valid information."""
    C = "C"
    """Fairly reliable: doubt; has provided valid information in the past."""
    D = "D"
    """Not usually reliable: significant doubt; valid information in the past."""
    E = "E"
    """Unreliable: lacking authenticity, trustworthiness and competency."""
    F = "F"
    """Reliability cannot be judged: no basis for evaluating it."""


@attrs.frozen(kw_only=True, weakref_slot=False, field_transformer=typed)
class Source:
    """A document, post, statement or recording that says things.

    ``cites`` lists the sources it relies on for what it says (NCRI's summary cites the
    AP report): a source that only repeats another corroborates nothing, and
    disagreement analysis follows these links.
    """

    id: str = attrs.field(validator=identifier)
    """Unique id within a dataset."""
    kind: SourceKind
    """What kind of source it is."""
    title: str = attrs.field(validator=nonblank)
    """Its title, or a short description if it has none."""
    publisher: str | None = attrs.field(
        default=None, validator=identifier, metadata=refers("actor")
    )
    """The id of the [`Actor`][rightsdata.Actor] that published it."""
    published: DateRange | None = None
    """When it was published, as precisely as known; the anchor for relative dates."""
    url: str | None = attrs.field(default=None, validator=nonblank)
    """Where it was found."""
    cites: tuple[str, ...] = attrs.field(
        default=(), validator=no_self_citation, metadata=refers("source")
    )
    """Ids of the sources it relies on, directly."""
    authors: tuple[str, ...] = ()
    """Its authors' names, as credited."""
    language: str | None = None
    """BCP 47 tag of the language it is written in ("en", "fa")."""
    captured: datetime | None = attrs.field(default=None, validator=aware)
    """When the copy the dataset relies on was captured (time-zone aware)."""
    archive_url: str | None = attrs.field(default=None, validator=nonblank)
    """A permanent copy (Wayback Machine, archive.today, a Mnemonic-style store)."""
    sha256: str | None = attrs.field(default=None, validator=sha256_hex)
    """SHA-256 of the captured copy, lowercase hex."""
    reliability: Reliability | None = None
    """Admiralty source-reliability grade, A to F, if graded."""
    notes: str | None = None
    """Anything a researcher wants to keep about it."""
