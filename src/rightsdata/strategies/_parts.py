"""Strategies for the parts of the records (citations, names, positions, participants,
reported dates, locations, shares) and the helpers the record strategies share."""

from __future__ import annotations

import functools
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn, SearchStrategy

from rightsdata.dates import DateRange
from rightsdata.records import (
    Citation,
    Location,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
    ReportedDate,
    Share,
)
from rightsdata.strategies._options import STRATEGY_CACHE, strategy_or
from rightsdata.strategies._values import (
    LANGUAGES,
    SCRIPTS,
    built,
    coordinates,
    date_ranges,
    has,
    ids_or,
    masks,
    nonblank,
    optional,
    ratios,
    texts,
)

T = TypeVar("T")

PARTS = 2
"""The most items drawn for a list of a record (aliases, citations, participants)."""
NESTED = 1
"""The most items drawn for a list of a part of a record (a participant's citations)."""


# Each record strategy is built once for its options and draws only from strategies built
# with it: which optional fields are present is one mask (``masks``), lists are short,
# and an option whose strategy can draw nothing (an empty pool of ids) leaves its field
# empty. So a record costs few choices, and shrinks field by field towards the minimal one.


def usable(strategy: SearchStrategy[T]) -> SearchStrategy[T] | None:
    """``strategy``, or ``None`` when it can draw nothing."""
    return None if strategy.is_empty else strategy


def draw_if(draw: DrawFn, mask: int, bit: int, strategy: SearchStrategy[T] | None) -> T | None:
    """A value of ``strategy`` when ``bit`` of ``mask`` is set (and it can draw one)."""
    return draw(strategy) if strategy is not None and has(mask, bit) else None


def tuples(
    strategy: SearchStrategy[T], *, min_size: int = 0, max_size: int = PARTS
) -> SearchStrategy[tuple[T, ...]]:
    if strategy.is_empty and min_size == 0:
        return st.just(())  # nothing to refer to (an empty pool in a dataset)
    return st.lists(strategy, min_size=min_size, max_size=max_size).map(tuple)


TEXT_20 = nonblank(20)
TEXT_40 = nonblank(40)
NAME_TEXT = nonblank()
FREE_80 = texts(max_size=80)
FREE_20 = texts(max_size=20)


def citations(*, sources: SearchStrategy[str] | None = None) -> SearchStrategy[Citation]:
    """[`Citation`][rightsdata.Citation] values citing a source id drawn from ``sources``."""
    return cached_citations(ids_or("sources", sources))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_citations(sources: SearchStrategy[str]) -> SearchStrategy[Citation]:
    @st.composite
    def citation(draw: DrawFn) -> Citation:
        mask = draw(masks(2))
        return Citation(
            source=draw(sources),
            locator=draw_if(draw, mask, 0, TEXT_20),
            quote=draw_if(draw, mask, 1, TEXT_40),
        )

    return citation()


def names() -> SearchStrategy[Name]:
    """[`Name`][rightsdata.Name] values: Latin, Persian-script or any text, every kind."""
    return cached_names()


_NAME_KINDS = st.sampled_from(NameKind)


@functools.lru_cache(maxsize=1)
def cached_names() -> SearchStrategy[Name]:
    @st.composite
    def name(draw: DrawFn) -> Name:
        mask = draw(masks(2))
        return Name(
            text=draw(NAME_TEXT),
            kind=draw(_NAME_KINDS),
            script=draw_if(draw, mask, 0, SCRIPTS),
            language=draw_if(draw, mask, 1, LANGUAGES),
        )

    return name()


def positions(
    *,
    organizations: SearchStrategy[str] | None = None,
    sources: SearchStrategy[str] | None = None,
    dates: SearchStrategy[DateRange] | None = None,
) -> SearchStrategy[Position]:
    """[`Position`][rightsdata.Position] values; ``organizations`` gives actor ids."""
    return cached_positions(
        ids_or("organizations", organizations),
        ids_or("sources", sources),
        strategy_or("dates", dates, date_ranges()),
    )


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_positions(
    organizations: SearchStrategy[str],
    sources: SearchStrategy[str],
    dates: SearchStrategy[DateRange],
) -> SearchStrategy[Position]:
    organization, cited = usable(organizations), tuples(cached_citations(sources), max_size=NESTED)

    @st.composite
    def position(draw: DrawFn) -> Position:
        mask = draw(masks(2))
        return Position(
            title=draw(NAME_TEXT),
            organization=draw_if(draw, mask, 0, organization),
            period=draw_if(draw, mask, 1, dates),
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
    return cached_participants(ids_or("actors", actors), ids_or("sources", sources))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_participants(
    actors: SearchStrategy[str], sources: SearchStrategy[str]
) -> SearchStrategy[Participant]:
    cited = tuples(cached_citations(sources), max_size=NESTED)
    return built(Participant, actor=actors, role=_ROLES, citations=cited)


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def reported_dates(
    *,
    dates: SearchStrategy[DateRange] | None = None,
    sources: SearchStrategy[str] | None = None,
) -> SearchStrategy[ReportedDate]:
    """[`ReportedDate`][rightsdata.ReportedDate] values: a date and the sources giving it."""
    return built(
        ReportedDate,
        date=strategy_or("dates", dates, date_ranges()),
        citations=tuples(cached_citations(ids_or("sources", sources)), min_size=1, max_size=NESTED),
    )


def locations() -> SearchStrategy[Location]:
    """[`Location`][rightsdata.Location] values, from all-unknown to a point with every name."""
    return cached_locations()


_COUNTRIES = st.one_of(st.sampled_from(["IR", "IQ", "TR", "GB"]), texts(max_size=4))


@functools.lru_cache(maxsize=1)
def cached_locations() -> SearchStrategy[Location]:
    @st.composite
    def location(draw: DrawFn) -> Location:
        mask = draw(masks(5))
        return Location(
            country=draw_if(draw, mask, 0, _COUNTRIES),
            province=draw_if(draw, mask, 1, FREE_20),
            city=draw_if(draw, mask, 2, FREE_20),
            coordinates=draw_if(draw, mask, 3, coordinates()),
            text=draw_if(draw, mask, 4, texts()),
        )

    return location()


def shares(*, of: SearchStrategy[str] | None = None) -> SearchStrategy[Share]:
    """[`Share`][rightsdata.Share] values: a decimal ratio in [0, 1] of a figure from ``of``."""
    return cached_shares(ids_or("of", of))


@functools.lru_cache(maxsize=STRATEGY_CACHE)
def cached_shares(of: SearchStrategy[str]) -> SearchStrategy[Share]:
    return built(Share, ratio=ratios(), of=of, text=optional(FREE_20))
