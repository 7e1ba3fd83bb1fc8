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
    has,
    ids_or,
    masks,
    nonblank,
    open_vocabulary,
    optional,
    ratios,
    texts,
)

T = TypeVar("T")

_PARTS = 2
"""The most items drawn for a list of a record (aliases, citations, participants)."""
_NESTED = 1
"""The most items drawn for a list of a part of a record (a participant's citations)."""


# Each record strategy is built once for its options and draws only from strategies built
# with it: which optional fields are present is one mask (``masks``), lists are short,
# and an option whose strategy can draw nothing (an empty pool of ids) leaves its field
# empty. So a record costs few choices, and shrinks field by field towards the minimal one.


def _maybe(strategy: SearchStrategy[T]) -> SearchStrategy[T] | None:
    """``strategy``, or ``None`` when it can draw nothing."""
    return None if strategy.is_empty else strategy


def _opt(draw: DrawFn, mask: int, bit: int, strategy: SearchStrategy[T] | None) -> T | None:
    """A value of ``strategy`` when ``bit`` of ``mask`` is set (and it can draw one)."""
    return draw(strategy) if strategy is not None and has(mask, bit) else None


def _tuples(
    strategy: SearchStrategy[T], *, min_size: int = 0, max_size: int = _PARTS
) -> SearchStrategy[tuple[T, ...]]:
    if strategy.is_empty and min_size == 0:
        return st.just(())  # nothing to refer to (an empty pool in a dataset)
    return st.lists(strategy, min_size=min_size, max_size=max_size).map(tuple)


_TEXT_20 = nonblank(20)
_TEXT_40 = nonblank(40)
_NAMES = nonblank()
_FREE_80 = texts(max_size=80)
_FREE_20 = texts(max_size=20)


def citations(*, sources: SearchStrategy[str] | None = None) -> SearchStrategy[Citation]:
    """[`Citation`][rightsdata.Citation] values citing a source id drawn from ``sources``."""
    return _citations(ids_or("sources", sources))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _citations(sources: SearchStrategy[str]) -> SearchStrategy[Citation]:
    @st.composite
    def citation(draw: DrawFn) -> Citation:
        mask = draw(masks(2))
        return Citation(
            source=draw(sources),
            locator=_opt(draw, mask, 0, _TEXT_20),
            quote=_opt(draw, mask, 1, _TEXT_40),
        )

    return citation()


def names() -> SearchStrategy[Name]:
    """[`Name`][rightsdata.Name] values: Latin, Persian-script or any text, every kind."""
    return _names()


_NAME_KINDS = st.sampled_from(NameKind)


@functools.lru_cache(maxsize=1)
def _names() -> SearchStrategy[Name]:
    @st.composite
    def name(draw: DrawFn) -> Name:
        mask = draw(masks(2))
        return Name(
            text=draw(_NAMES),
            kind=draw(_NAME_KINDS),
            script=_opt(draw, mask, 0, SCRIPTS),
            language=_opt(draw, mask, 1, LANGUAGES),
        )

    return name()


def positions(
    *,
    organizations: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Position]:
    """[`Position`][rightsdata.Position] values; ``organizations`` gives actor ids."""
    return _positions(
        ids_or("organizations", organizations),
        ids_or("sources", sources),
        strategy_or("dates", dates, date_ranges()),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _positions(
    organizations: SearchStrategy[str],
    sources: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> SearchStrategy[Position]:
    organization, cited = _maybe(organizations), _tuples(_citations(sources), max_size=_NESTED)

    @st.composite
    def position(draw: DrawFn) -> Position:
        mask = draw(masks(2))
        return Position(
            title=draw(_NAMES),
            organization=_opt(draw, mask, 0, organization),
            period=_opt(draw, mask, 1, dates),
            citations=draw(cited),
        )

    return position()


_ROLES = st.sampled_from(ParticipantRole)


def participants(
    *,
    actors: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[Participant]:
    """[`Participant`][rightsdata.Participant] values; ``actors`` gives actor ids."""
    return _participants(ids_or("actors", actors), ids_or("sources", sources))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _participants(
    actors: SearchStrategy[str], sources: SearchStrategy[str]
) -> SearchStrategy[Participant]:
    cited = _tuples(_citations(sources), max_size=_NESTED)
    return st.builds(Participant, actor=actors, role=_ROLES, citations=cited)


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
        citations=_tuples(_citations(ids_or("sources", sources)), min_size=1, max_size=_NESTED),
    )


def locations() -> SearchStrategy[Location]:
    """[`Location`][rightsdata.Location] values, from all-unknown to a point with every name."""
    return _locations()


_COUNTRIES = st.one_of(st.sampled_from(["IR", "IQ", "TR", "GB"]), texts(max_size=4))


@functools.lru_cache(maxsize=1)
def _locations() -> SearchStrategy[Location]:
    @st.composite
    def location(draw: DrawFn) -> Location:
        mask = draw(masks(5))
        return Location(
            country=_opt(draw, mask, 0, _COUNTRIES),
            province=_opt(draw, mask, 1, _FREE_20),
            city=_opt(draw, mask, 2, _FREE_20),
            coordinates=_opt(draw, mask, 3, coordinates()),
            text=_opt(draw, mask, 4, texts()),
        )

    return location()


def shares(*, of: SearchStrategy[str] | None = None) -> SearchStrategy[Share]:
    """[`Share`][rightsdata.Share] values: a decimal ratio in [0, 1] of a figure from ``of``."""
    return _shares(ids_or("of", of))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _shares(of: SearchStrategy[str]) -> SearchStrategy[Share]:
    return st.builds(Share, ratio=ratios(), of=of, text=optional(_FREE_20))


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
_URLS = st.one_of(st.just("https://example.org/report"), _NAMES)
_SHA256 = st.text(st.sampled_from("0123456789abcdef"), min_size=64, max_size=64)
_AUTHORS = _tuples(_FREE_20)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def _sources(
    own_ids: SearchStrategy[str],
    cites: SearchStrategy[str],
    publishers: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> SearchStrategy[Source]:
    publisher, cited = _maybe(publishers), st.lists(cites, max_size=_PARTS)
    cites_any = not cites.is_empty

    @st.composite
    def source(draw: DrawFn) -> Source:
        rid = draw(own_ids)
        mask = draw(masks(9))
        return Source(
            id=rid,
            kind=draw(_SOURCE_KINDS),
            title=draw(_NAMES),
            publisher=_opt(draw, mask, 0, publisher),
            published=_opt(draw, mask, 1, dates),
            url=_opt(draw, mask, 2, _URLS),
            cites=tuple(c for c in draw(cited) if c != rid) if cites_any else (),
            authors=draw(_AUTHORS),
            language=_opt(draw, mask, 3, LANGUAGES),
            captured=_opt(draw, mask, 4, captured()),
            archive_url=_opt(draw, mask, 5, _NAMES),
            sha256=_opt(draw, mask, 6, _SHA256),
            reliability=_opt(draw, mask, 7, _RELIABILITY),
            notes=_opt(draw, mask, 8, _FREE_80),
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
    parent, aliases = _maybe(parents), _tuples(_names())
    held = _tuples(_positions(organizations, sources, dates))
    cited = _tuples(_citations(sources))

    @st.composite
    def actor(draw: DrawFn) -> Actor:
        rid = draw(own_ids)
        mask = draw(masks(2))
        return Actor(
            id=rid,
            kind=draw(_ACTOR_KINDS),
            name=draw(_NAMES),
            aliases=draw(aliases),
            positions=draw(held),
            parent=_opt(draw, mask, 0, parent),
            description=_opt(draw, mask, 1, _FREE_80),
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
    parent, operator, kinds = _maybe(parents), _maybe(operators), open_vocabulary(FacilityKind.ALL)
    aliases, cited = _tuples(_names()), _tuples(_citations(sources))

    @st.composite
    def facility(draw: DrawFn) -> Facility:
        rid = draw(own_ids)
        mask = draw(masks(5))
        return Facility(
            id=rid,
            name=draw(_NAMES),
            kind=draw(kinds),
            parent=_opt(draw, mask, 0, parent),
            operator=_opt(draw, mask, 1, operator),
            location=_opt(draw, mask, 2, _locations()),
            aliases=draw(aliases),
            period=_opt(draw, mask, 3, dates),
            description=_opt(draw, mask, 4, _FREE_80),
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
    parent, kinds = _maybe(parents), open_vocabulary(EventKind.ALL)
    cited = _tuples(_citations(sources), min_size=1)
    held = _tuples(facilities)
    taking_part = _tuples(_participants(actors, sources))
    reported = _tuples(reported_dates(dates=dates, sources=sources))

    @st.composite
    def event(draw: DrawFn) -> Event:
        rid = draw(own_ids)
        mask = draw(masks(3))
        return Event(
            id=rid,
            kind=draw(kinds),
            title=draw(_NAMES),
            date=draw(dates),
            citations=draw(cited),
            facilities=draw(held),
            participants=draw(taking_part),
            parent=_opt(draw, mask, 0, parent),
            location=_opt(draw, mask, 1, _locations()),
            description=_opt(draw, mask, 2, _FREE_80),
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
    st.just("persons"), st.sampled_from(["cities", "gigabytes", "executions"]), _TEXT_20
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
    subject, share = _maybe(subjects), _maybe(_shares(share_of))
    measures, cited = open_vocabulary(Measure.ALL), _tuples(_citations(sources), min_size=1)

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
            subject=_opt(draw, mask, 0, subject),
            period=_opt(draw, mask, 1, dates),
            as_of=_opt(draw, mask, 2, dates),
            place=_opt(draw, mask, 3, _TEXT_20),
            share=_opt(draw, mask, 4, share),
            description=_opt(draw, mask, 5, _FREE_80),
        )

    return figure()


@functools.lru_cache(maxsize=1)
def records() -> SearchStrategy[Record]:
    """Any record: a source, actor, facility, event or figure (references not resolved)."""
    return st.one_of(sources(), actors(), facilities(), events(), figures())
