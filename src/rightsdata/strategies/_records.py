"""Strategies for the five records."""

from __future__ import annotations

import functools

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dates import DateRange
from rightsdata.quantity import MAX_COUNT, Quantity
from rightsdata.records import (
    Actor,
    ActorKind,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Measure,
    Record,
    Reliability,
    Source,
    SourceKind,
)
from rightsdata.strategies._options import STRATEGY_CACHE, strategy_or
from rightsdata.strategies._parts import (
    FREE_20,
    FREE_80,
    NAME_TEXT,
    TEXT_20,
    cached_citations,
    cached_locations,
    cached_names,
    cached_participants,
    cached_positions,
    cached_shares,
    draw_if,
    reported_dates,
    tuples,
    usable,
)
from rightsdata.strategies._values import (
    LANGUAGES,
    cached_quantities,
    captured,
    date_ranges,
    ids_or,
    masks,
    open_vocabulary,
)


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


_SOURCE_KINDS = st.sampled_from(SourceKind)
_RELIABILITY = st.sampled_from(Reliability)
_URLS = st.one_of(st.just("https://example.org/report"), NAME_TEXT)
_SHA256 = st.text(st.sampled_from("0123456789abcdef"), min_size=64, max_size=64)
_AUTHORS = tuples(FREE_20)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _sources(
    own_ids: SearchStrategy[str],
    cites: SearchStrategy[str],
    publishers: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> SearchStrategy[Source]:
    publisher, cited = usable(publishers), tuples(cites)

    @st.composite
    def source(draw: DrawFn) -> Source:
        rid = draw(own_ids)
        mask = draw(masks(9))
        return Source(
            id=rid,
            kind=draw(_SOURCE_KINDS),
            title=draw(NAME_TEXT),
            publisher=draw_if(draw, mask, 0, publisher),
            published=draw_if(draw, mask, 1, dates),
            url=draw_if(draw, mask, 2, _URLS),
            cites=tuple(c for c in draw(cited) if c != rid),
            authors=draw(_AUTHORS),
            language=draw_if(draw, mask, 3, LANGUAGES),
            captured=draw_if(draw, mask, 4, captured()),
            archive_url=draw_if(draw, mask, 5, NAME_TEXT),
            sha256=draw_if(draw, mask, 6, _SHA256),
            reliability=draw_if(draw, mask, 7, _RELIABILITY),
            notes=draw_if(draw, mask, 8, FREE_80),
        )

    return source()


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
    return _actors(
        ids_or("ids", ids),
        ids_or("parents", parents),
        ids_or("organizations", organizations),
        ids_or("sources", sources),
        strategy_or("dates", dates, date_ranges()),
    )


_ACTOR_KINDS = st.sampled_from(ActorKind)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _actors(
    own_ids: SearchStrategy[str],
    parents: SearchStrategy[str],
    organizations: SearchStrategy[str],
    sources: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> SearchStrategy[Actor]:
    parent, aliases = usable(parents), tuples(cached_names())
    held = tuples(cached_positions(organizations, sources, dates))
    cited = tuples(cached_citations(sources))

    @st.composite
    def actor(draw: DrawFn) -> Actor:
        rid = draw(own_ids)
        mask = draw(masks(2))
        return Actor(
            id=rid,
            kind=draw(_ACTOR_KINDS),
            name=draw(NAME_TEXT),
            aliases=draw(aliases),
            positions=draw(held),
            parent=draw_if(draw, mask, 0, parent),
            description=draw_if(draw, mask, 1, FREE_80),
            citations=draw(cited),
        )

    return actor()


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
    return _facilities(
        ids_or("ids", ids),
        ids_or("parents", parents),
        ids_or("operators", operators),
        ids_or("sources", sources),
        strategy_or("dates", dates, date_ranges()),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _facilities(
    own_ids: SearchStrategy[str],
    parents: SearchStrategy[str],
    operators: SearchStrategy[str],
    sources: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> SearchStrategy[Facility]:
    parent, operator, kinds = usable(parents), usable(operators), open_vocabulary(FacilityKind.ALL)
    aliases, cited = tuples(cached_names()), tuples(cached_citations(sources))

    @st.composite
    def facility(draw: DrawFn) -> Facility:
        rid = draw(own_ids)
        mask = draw(masks(5))
        return Facility(
            id=rid,
            name=draw(NAME_TEXT),
            kind=draw(kinds),
            parent=draw_if(draw, mask, 0, parent),
            operator=draw_if(draw, mask, 1, operator),
            location=draw_if(draw, mask, 2, cached_locations()),
            aliases=draw(aliases),
            period=draw_if(draw, mask, 3, dates),
            description=draw_if(draw, mask, 4, FREE_80),
            citations=draw(cited),
        )

    return facility()


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
    return _events(
        ids_or("ids", ids),
        strategy_or("dates", dates, date_ranges()),
        ids_or("sources", sources),
        ids_or("actors", actors),
        ids_or("facilities", facilities),
        ids_or("parents", parents),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _events(
    own_ids: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
    sources: SearchStrategy[str],
    actors: SearchStrategy[str],
    facilities: SearchStrategy[str],
    parents: SearchStrategy[str],
) -> SearchStrategy[Event]:
    parent, kinds = usable(parents), open_vocabulary(EventKind.ALL)
    cited = tuples(cached_citations(sources), min_size=1)
    held = tuples(facilities)
    taking_part = tuples(cached_participants(actors, sources))
    reported = tuples(reported_dates(dates=dates, sources=sources))

    @st.composite
    def event(draw: DrawFn) -> Event:
        rid = draw(own_ids)
        mask = draw(masks(3))
        return Event(
            id=rid,
            kind=draw(kinds),
            title=draw(NAME_TEXT),
            date=draw(dates),
            citations=draw(cited),
            facilities=draw(held),
            participants=draw(taking_part),
            parent=draw_if(draw, mask, 0, parent),
            location=draw_if(draw, mask, 1, cached_locations()),
            description=draw_if(draw, mask, 2, FREE_80),
            reported_dates=draw(reported),
        )

    return event()


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
    return _figures(
        ids_or("ids", ids),
        strategy_or("quantities", quantities, cached_quantities(0, MAX_COUNT)),
        strategy_or("dates", dates, date_ranges()),
        ids_or("sources", sources),
        ids_or("subjects", subjects),
        ids_or("share_of", share_of),
    )


_UNITS = st.one_of(
    st.just("persons"), st.sampled_from(["cities", "gigabytes", "executions"]), TEXT_20
)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _figures(
    own_ids: SearchStrategy[str],
    quantities: SearchStrategy[Quantity],
    dates: SearchStrategy[DateRange],
    sources: SearchStrategy[str],
    subjects: SearchStrategy[str],
    share_of: SearchStrategy[str],
) -> SearchStrategy[Figure]:
    subject, share = usable(subjects), usable(cached_shares(share_of))
    measures, cited = open_vocabulary(Measure.ALL), tuples(cached_citations(sources), min_size=1)

    @st.composite
    def figure(draw: DrawFn) -> Figure:
        rid = draw(own_ids)
        mask = draw(masks(6))
        return Figure(
            id=rid,
            measure=draw(measures),
            quantity=draw(quantities),
            citations=draw(cited),
            unit=draw(_UNITS),
            subject=draw_if(draw, mask, 0, subject),
            period=draw_if(draw, mask, 1, dates),
            as_of=draw_if(draw, mask, 2, dates),
            place=draw_if(draw, mask, 3, TEXT_20),
            share=draw_if(draw, mask, 4, share),
            description=draw_if(draw, mask, 5, FREE_80),
        )

    return figure()


@functools.lru_cache(maxsize=1)
def records() -> SearchStrategy[Record]:
    """Any record: a source, actor, facility, event or figure (references not resolved)."""
    return st.one_of(sources(), actors(), facilities(), events(), figures())
