"""Strategies for the five records and their parts."""

from __future__ import annotations

import functools
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dates import DateRange
from rightsdata.quantity import MAX_COUNT, Quantity
from rightsdata.records import (
    Actor,
    ActorKind,
    Citation,
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
from rightsdata.strategies._options import STRATEGY_CACHE, strategy_or
from rightsdata.strategies._values import (
    LANGUAGES,
    SCRIPTS,
    cached_quantities,
    captured,
    coordinates,
    date_ranges,
    ids_or,
    nonblank,
    open_vocabulary,
    optional,
    ratios,
    texts,
)

T = TypeVar("T")

_PARTS = 3
"""The most items drawn for a list inside a record (aliases, citations, participants)."""


# -- parts ---------------------------------------------------------------------------


def citations(*, sources: SearchStrategy[str] | None = None) -> SearchStrategy[Citation]:
    """[`Citation`][rightsdata.Citation] values citing a source id drawn from ``sources``."""
    return st.builds(
        Citation,
        source=ids_or("sources", sources),
        locator=optional(nonblank(20)),
        quote=optional(nonblank(40)),
    )


def names() -> SearchStrategy[Name]:
    """[`Name`][rightsdata.Name] values: Latin, Persian-script or any text, every kind."""
    return _names()


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _names() -> SearchStrategy[Name]:
    return st.builds(
        Name,
        text=nonblank(),
        kind=st.sampled_from(NameKind),
        script=optional(SCRIPTS),
        language=optional(LANGUAGES),
    )


def positions(
    *,
    organizations: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Position]:
    """[`Position`][rightsdata.Position] values; ``organizations`` gives actor ids."""
    return st.builds(
        Position,
        title=nonblank(),
        organization=optional(ids_or("organizations", organizations)),
        period=optional(strategy_or("dates", dates, date_ranges())),
        citations=_tuples(citations(sources=ids_or("sources", sources))),
    )


def participants(
    *,
    actors: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[Participant]:
    """[`Participant`][rightsdata.Participant] values; ``actors`` gives actor ids."""
    return st.builds(
        Participant,
        actor=ids_or("actors", actors),
        role=st.sampled_from(ParticipantRole),
        citations=_tuples(citations(sources=ids_or("sources", sources))),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def reported_dates(
    *,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[ReportedDate]:
    """[`ReportedDate`][rightsdata.ReportedDate] values: a date and the sources giving it."""
    return st.builds(
        ReportedDate,
        date=strategy_or("dates", dates, date_ranges()),
        citations=_tuples(citations(sources=ids_or("sources", sources)), min_size=1),
    )


def locations() -> SearchStrategy[Location]:
    """[`Location`][rightsdata.Location] values, from all-unknown to a point with every name."""
    return _locations()


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _locations() -> SearchStrategy[Location]:
    return st.builds(
        Location,
        country=optional(st.one_of(st.sampled_from(["IR", "IQ", "TR", "GB"]), texts(max_size=4))),
        province=optional(texts(max_size=20)),
        city=optional(texts(max_size=20)),
        coordinates=optional(coordinates()),
        text=optional(texts()),
    )


def shares(*, of: SearchStrategy[str] | None = None) -> SearchStrategy[Share]:
    """[`Share`][rightsdata.Share] values: a decimal ratio in [0, 1] of a figure from ``of``."""
    return st.builds(
        Share,
        ratio=ratios(),
        of=ids_or("of", of),
        text=optional(texts(max_size=20)),
    )


def _tuples(
    strategy: SearchStrategy[T], *, min_size: int = 0, max_size: int = _PARTS
) -> SearchStrategy[tuple[T, ...]]:
    if strategy.is_empty and min_size == 0:
        return st.just(())  # nothing to refer to (an empty pool in a dataset)
    return st.lists(strategy, min_size=min_size, max_size=max_size).map(tuple)


def sources(
    *,
    ids: SearchStrategy[str] | None = None,
    cites: SearchStrategy[str] | None = None,
    publishers: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Source]:
    """[`Source`][rightsdata.Source] records.

    ``ids`` gives the record's own id, ``cites`` the ids of the sources it cites (never
    its own), ``publishers`` actor ids, ``dates`` its publication date.
    """
    return _sources(
        ids_or("ids", ids),
        ids_or("cites", cites),
        ids_or("publishers", publishers),
        strategy_or("dates", dates, date_ranges()),
    )


@st.composite
def _sources(
    draw: DrawFn,
    own_ids: SearchStrategy[str],
    cites: SearchStrategy[str],
    publishers: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> Source:
    rid = draw(own_ids)
    return Source(
        id=rid,
        kind=draw(st.sampled_from(SourceKind)),
        title=draw(nonblank()),
        publisher=draw(optional(publishers)),
        published=draw(optional(dates)),
        url=draw(optional(st.one_of(st.just("https://example.org/report"), nonblank()))),
        cites=draw(_tuples(cites.filter(lambda c: c != rid))),
        authors=draw(_tuples(texts(max_size=20))),
        language=draw(optional(LANGUAGES)),
        captured=draw(optional(captured())),
        archive_url=draw(optional(nonblank())),
        sha256=draw(
            optional(st.text(st.sampled_from("0123456789abcdef"), min_size=64, max_size=64))
        ),
        reliability=draw(optional(st.sampled_from(Reliability))),
        notes=draw(optional(texts(max_size=80))),
    )


def actors(
    *,
    ids: SearchStrategy[str] | None = None,
    parents: SearchStrategy[str] | None = None,
    organizations: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Actor]:
    """[`Actor`][rightsdata.Actor] records, with aliases in several scripts and positions.

    ``parents`` and ``organizations`` give actor ids, ``sources`` the cited source ids,
    ``dates`` the periods of positions.
    """
    source_ids = ids_or("sources", sources)
    return st.builds(
        Actor,
        id=ids_or("ids", ids),
        kind=st.sampled_from(ActorKind),
        name=nonblank(),
        aliases=_tuples(_names()),
        positions=_tuples(
            positions(
                organizations=ids_or("organizations", organizations),
                sources=source_ids,
                dates=strategy_or("dates", dates, date_ranges()),
            )
        ),
        parent=optional(ids_or("parents", parents)),
        description=optional(texts(max_size=80)),
        citations=_tuples(citations(sources=source_ids)),
    )


def facilities(
    *,
    ids: SearchStrategy[str] | None = None,
    parents: SearchStrategy[str] | None = None,
    operators: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Facility]:
    """[`Facility`][rightsdata.Facility] records.

    ``parents`` gives facility ids, ``operators`` actor ids, ``sources`` the cited source
    ids, ``dates`` the period it operated.
    """
    return st.builds(
        Facility,
        id=ids_or("ids", ids),
        name=nonblank(),
        kind=open_vocabulary(FacilityKind.ALL),
        parent=optional(ids_or("parents", parents)),
        operator=optional(ids_or("operators", operators)),
        location=optional(_locations()),
        aliases=_tuples(_names()),
        period=optional(strategy_or("dates", dates, date_ranges())),
        description=optional(texts(max_size=80)),
        citations=_tuples(citations(sources=ids_or("sources", sources))),
    )


def events(
    *,
    ids: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
    actors: SearchStrategy[str] | None = None,
    facilities: SearchStrategy[str] | None = None,
    parents: SearchStrategy[str] | None = None,
) -> SearchStrategy[Event]:
    """[`Event`][rightsdata.Event] records, each citing at least one source.

    ``dates`` gives the event's date, ``sources`` the cited source ids, ``actors`` the
    participants' actor ids, ``facilities`` facility ids and ``parents`` event ids.
    """
    source_ids = ids_or("sources", sources)
    return st.builds(
        Event,
        id=ids_or("ids", ids),
        kind=open_vocabulary(EventKind.ALL),
        title=nonblank(),
        date=strategy_or("dates", dates, date_ranges()),
        citations=_tuples(citations(sources=source_ids), min_size=1),
        facilities=_tuples(ids_or("facilities", facilities)),
        participants=_tuples(participants(actors=ids_or("actors", actors), sources=source_ids)),
        parent=optional(ids_or("parents", parents)),
        location=optional(_locations()),
        description=optional(texts(max_size=80)),
        reported_dates=_tuples(
            reported_dates(dates=strategy_or("dates", dates, date_ranges()), sources=source_ids)
        ),
    )


def figures(
    *,
    ids: SearchStrategy[str] | None = None,
    quantities: SearchStrategy[Quantity] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
    subjects: SearchStrategy[str] | None = None,
    share_of: SearchStrategy[str] | None = None,
) -> SearchStrategy[Figure]:
    """[`Figure`][rightsdata.Figure] records, each citing at least one source.

    ``quantities`` gives the number, ``dates`` its period and as-of date, ``sources``
    the cited source ids, ``subjects`` the ids of the events, facilities or actors it
    counts for, ``share_of`` the ids of the figures it can be a share of.
    """
    quantity = strategy_or("quantities", quantities, cached_quantities(0, MAX_COUNT))
    period = optional(strategy_or("dates", dates, date_ranges()))
    return st.builds(
        Figure,
        id=ids_or("ids", ids),
        measure=open_vocabulary(Measure.ALL),
        quantity=quantity,
        citations=_tuples(citations(sources=ids_or("sources", sources)), min_size=1),
        unit=st.one_of(
            st.just("persons"),
            st.sampled_from(["cities", "gigabytes", "executions"]),
            nonblank(20),
        ),
        subject=optional(ids_or("subjects", subjects)),
        period=period,
        as_of=period,
        place=optional(nonblank(20)),
        share=optional(shares(of=ids_or("share_of", share_of))),
        description=optional(texts(max_size=80)),
    )


def records() -> SearchStrategy[Record]:
    """Any record: a source, actor, facility, event or figure (references not resolved)."""
    return st.one_of(sources(), actors(), facilities(), events(), figures())
