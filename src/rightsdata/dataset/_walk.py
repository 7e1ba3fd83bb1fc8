"""How records refer to other records: the walks over a record's reference fields.

Private to [`rightsdata.dataset`][rightsdata.Dataset]: each record type's reference fields,
rename rules and periods, written out by type.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs

from rightsdata.dates.range import DateRange
from rightsdata.records import Actor, Citation, Event, Facility, Figure, Record, Source

__all__: list[str] = []


def _citations(
    prefix: str, cites: tuple[Citation, ...]
) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    for i, c in enumerate(cites):
        yield f"{prefix}[{i}].source", c.source, (Source,)


def _references(r: Record) -> Iterator[tuple[str, str, tuple[type, ...]]]:
    """Each (field path, referenced id, allowed record types) in a record."""
    if isinstance(r, Source):
        if r.publisher is not None:
            yield "publisher", r.publisher, (Actor,)
        for i, s in enumerate(r.cites):
            yield f"cites[{i}]", s, (Source,)
    elif isinstance(r, Actor):
        if r.parent is not None:
            yield "parent", r.parent, (Actor,)
        for i, p in enumerate(r.positions):
            if p.organization is not None:
                yield f"positions[{i}].organization", p.organization, (Actor,)
            yield from _citations(f"positions[{i}].citations", p.citations)
        yield from _citations("citations", r.citations)
    elif isinstance(r, Facility):
        if r.parent is not None:
            yield "parent", r.parent, (Facility,)
        if r.operator is not None:
            yield "operator", r.operator, (Actor,)
        yield from _citations("citations", r.citations)
    elif isinstance(r, Event):
        for i, f in enumerate(r.facilities):
            yield f"facilities[{i}]", f, (Facility,)
        for i, part in enumerate(r.participants):
            yield f"participants[{i}].actor", part.actor, (Actor,)
            yield from _citations(f"participants[{i}].citations", part.citations)
        if r.parent is not None:
            yield "parent", r.parent, (Event,)
        yield from _citations("citations", r.citations)
        for i, rd in enumerate(r.reported_dates):
            yield from _citations(f"reported_dates[{i}].citations", rd.citations)
    else:
        if r.subject is not None:
            yield "subject", r.subject, (Event, Facility, Actor)
        if r.share is not None:
            yield "share.of", r.share.of, (Figure,)
        yield from _citations("citations", r.citations)


def _periods(r: Record) -> Iterator[tuple[str, DateRange]]:
    """Each (field path, DateRange) in a record."""
    if isinstance(r, Source):
        if r.published is not None:
            yield "published", r.published
    elif isinstance(r, Actor):
        for i, p in enumerate(r.positions):
            if p.period is not None:
                yield f"positions[{i}].period", p.period
    elif isinstance(r, Facility):
        if r.period is not None:
            yield "period", r.period
    elif isinstance(r, Event):
        yield "date", r.date
        for i, rd in enumerate(r.reported_dates):
            yield f"reported_dates[{i}].date", rd.date
    else:
        if r.period is not None:
            yield "period", r.period
        if r.as_of is not None:
            yield "as_of", r.as_of


def _renamed_citations(cs: tuple[Citation, ...], m: Mapping[str, str]) -> tuple[Citation, ...]:
    if not any(c.source in m for c in cs):
        return cs
    return tuple(attrs.evolve(c, source=m[c.source]) if c.source in m else c for c in cs)


def _renamed(r: Record, m: Mapping[str, str]) -> Record:
    """``r`` with its id and every id it refers to renamed by ``m``."""

    def one(x: str) -> str:
        return m.get(x, x)

    def opt(x: str | None) -> str | None:
        return None if x is None else m.get(x, x)

    cites = _renamed_citations(r.citations, m) if not isinstance(r, Source) else ()
    if isinstance(r, Source):
        new: Record = attrs.evolve(
            r, id=one(r.id), publisher=opt(r.publisher), cites=tuple(one(c) for c in r.cites)
        )
    elif isinstance(r, Actor):
        positions = tuple(
            attrs.evolve(
                p,
                organization=opt(p.organization),
                citations=_renamed_citations(p.citations, m),
            )
            for p in r.positions
        )
        new = attrs.evolve(
            r, id=one(r.id), parent=opt(r.parent), positions=positions, citations=cites
        )
    elif isinstance(r, Facility):
        new = attrs.evolve(
            r, id=one(r.id), parent=opt(r.parent), operator=opt(r.operator), citations=cites
        )
    elif isinstance(r, Event):
        participants = tuple(
            attrs.evolve(p, actor=one(p.actor), citations=_renamed_citations(p.citations, m))
            for p in r.participants
        )
        reported = tuple(
            attrs.evolve(rd, citations=_renamed_citations(rd.citations, m))
            for rd in r.reported_dates
        )
        new = attrs.evolve(
            r,
            id=one(r.id),
            facilities=tuple(one(f) for f in r.facilities),
            participants=participants,
            parent=opt(r.parent),
            citations=cites,
            reported_dates=reported,
        )
    else:
        share = r.share if r.share is None else attrs.evolve(r.share, of=one(r.share.of))
        new = attrs.evolve(r, id=one(r.id), subject=opt(r.subject), share=share, citations=cites)
    return r if new == r else new
