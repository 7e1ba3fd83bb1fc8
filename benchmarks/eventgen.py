"""Deterministic, realistic Event records for the benchmarks.

The events look like a real dataset's: a few hundred sources and actors cited over and
over, a few dozen facilities, dates at day, month or year precision (some hedged, some
read from Solar Hijri text), one to three citations with locators and short quotes, up
to three participants in roles, and sometimes a parent event, a location and a
description. A few dates use the rarer fields: about 4.4% give a time of day, 8.3% are
intervals of two stated ends (1% with an unknown start), and 5.5% of events keep the two
dates their sources disagree on (``reported_dates``), the event's date their span. Those
are drawn from a second random stream, so every other field is what it was before they
were added. Everything is built with rightsdata itself and written with
:func:`rightsdata.write_jsonl`, so the file is exactly what the library produces.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone

from rightsdata import (
    Calendar,
    Citation,
    Coordinates,
    DateRange,
    Event,
    EventKind,
    Location,
    Participant,
    ParticipantRole,
    Precision,
    ReportedDate,
    write_jsonl,
)

__all__ = ["SEED", "generate_events", "write_events"]

SEED = 20240611
"""The fixed seed: the same arguments always give the same events."""

_PUBLISHERS = (
    "amnesty",
    "hrw",
    "iranwire",
    "iran-hrm",
    "hrana",
    "ap",
    "reuters",
    "bbc-persian",
    "un-ohchr",
    "justice-for-iran",
    "abdorrahman-boroumand",
    "irna",
)
_LOCATOR_KINDS = ("p. {}", "para. {}", "section {}", "{}:{:02d}", "fn. {}")
_QUOTES = (
    "at least {} people",
    "more than {} prisoners",
    "some {} detainees",
    "were executed in {}",
    "held in solitary confinement",
    "transferred to ward {}",
    "denied access to a lawyer",
    "died in custody",
    "released on furlough",
    "sentenced to {} years",
    "arrested at home",
    "the families were not informed",
)
_TITLES = (
    "Executions at {}",
    "Mass arrests in {}",
    "Death in custody at {}",
    "Release of prisoners from {}",
    "Footage leaked from {}",
    "Trial of protesters in {}",
    "Hunger strike at {}",
    "Harassment of families in {}",
)
_PLACES = (
    ("IR", "Tehran", "Tehran", 35.6892, 51.3890),
    ("IR", "Alborz", "Karaj", 35.8400, 50.9391),
    ("IR", "Khuzestan", "Ahvaz", 31.3183, 48.6706),
    ("IR", "Kurdistan", "Sanandaj", 35.3219, 46.9862),
    ("IR", "Razavi Khorasan", "Mashhad", 36.2605, 59.6168),
    ("IR", "Fars", "Shiraz", 29.5918, 52.5837),
    ("IR", "Isfahan", "Isfahan", 32.6546, 51.6680),
    ("IR", "Sistan and Baluchestan", "Zahedan", 29.4963, 60.8629),
    ("IR", "West Azerbaijan", "Urmia", 37.5527, 45.0761),
    ("IR", "Gilan", "Rasht", 37.2808, 49.5832),
)
_DESCRIPTIONS = (
    "Reported by several sources; numbers differ.",
    "Families were told weeks later.",
    "Part of a wave of arrests after the protests.",
    "The authorities denied it.",
    "Witnesses describe overcrowded wards.",
)
_KINDS = tuple(sorted(EventKind.ALL))
_ROLES = tuple(ParticipantRole)
_EPOCH = date(1979, 1, 1)
_SPAN_DAYS = (date(2023, 12, 31) - _EPOCH).days


def _citation(rng: random.Random, sources: list[str]) -> Citation:
    locator: str | None = None
    quote: str | None = None
    if rng.random() < 0.85:
        fmt = rng.choice(_LOCATOR_KINDS)
        locator = fmt.format(rng.randint(1, 120), rng.randint(0, 59))
    if rng.random() < 0.6:
        quote = rng.choice(_QUOTES).format(rng.choice((12, 30, 250, 1988, 5000, 2800)))
    return Citation(source=rng.choice(sources), locator=locator, quote=quote)


def _date(rng: random.Random) -> DateRange:
    day = _EPOCH + timedelta(days=rng.randrange(_SPAN_DAYS))
    roll = rng.random()
    if roll < 0.55:
        return DateRange(
            earliest=day,
            latest=day,
            precision=Precision.DAY,
            approximate=rng.random() < 0.1,
            text=day.isoformat() if rng.random() < 0.5 else None,
        )
    if roll < 0.80:
        first = day.replace(day=1)
        last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        return DateRange(
            earliest=first,
            latest=last,
            precision=Precision.MONTH,
            text=f"{day.year:04d}-{day.month:02d}",
        )
    if roll < 0.90:
        end = day + timedelta(days=rng.randint(1, 120))
        return DateRange(
            earliest=day,
            latest=end,
            precision=Precision.DAY,
            uncertain=rng.random() < 0.3,
            text=f"{day.isoformat()}/{end.isoformat()}",
        )
    if roll < 0.97:
        return DateRange(
            earliest=date(day.year, 1, 1),
            latest=date(day.year, 12, 31),
            precision=Precision.YEAR,
            approximate=True,
            text=f"around {day.year}",
        )
    solar = day.year - 621
    return DateRange(
        earliest=date(day.year - 1, 3, 21),
        latest=date(day.year, 3, 20),
        precision=Precision.YEAR,
        calendar=Calendar.JALALI,
        text=f"{solar} SH",
    )


_TEHRAN = timezone(timedelta(hours=3, minutes=30))
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _last_of_month(year: int, month: int) -> date:
    first = date(year + month // 12, month % 12 + 1, 1)
    return first - timedelta(days=1)


def _rarer(
    rng: random.Random, when: DateRange, sources: list[str]
) -> tuple[DateRange, tuple[ReportedDate, ...]]:
    """Sometimes ``when`` restated with a time of day or as an interval, or split into
    the two dates its sources give (with the span as the event's date)."""
    roll = rng.random()
    day = when.earliest
    assert day is not None
    if when.precision is Precision.DAY and day == when.latest:
        if roll < 0.08:
            at = time(rng.randrange(24), rng.randrange(60), rng.choice((0, 0, 30)))
            zone = rng.choice((_TEHRAN, _TEHRAN, UTC, None))
            stamp = datetime.combine(day, at, tzinfo=zone)
            return DateRange(earliest=day, latest=day, time=stamp, text=stamp.isoformat()), ()
        if roll < 0.18:
            dates = [DateRange.day(day), DateRange.day(day + timedelta(days=1))]
            reported = tuple(
                ReportedDate(date=d, citations=(_citation(rng, sources),)) for d in dates
            )
            return dates[0].span(dates[1]), reported
    elif when.precision is Precision.MONTH and day.month <= 8 and roll < 0.3:
        end = day.month + rng.randint(1, 4)
        text = f"from {_MONTHS[day.month - 1]} to {_MONTHS[end - 1]} {day.year}"
        latest = _last_of_month(day.year, end)
        return (
            DateRange(
                earliest=day,
                latest=latest,
                precision=Precision.MONTH,
                text=text,
                earliest_precision=Precision.MONTH,
                latest_precision=Precision.MONTH,
            ),
            (),
        )
    elif when.precision is Precision.YEAR and when.calendar is Calendar.GREGORIAN and roll < 0.5:
        year = day.year
        unknown = rng.random() < 0.3
        start = year - rng.randint(1, 5)
        return (
            DateRange(
                earliest=None if unknown else date(start, 1, 1),
                latest=date(year, 12, 31),
                precision=Precision.YEAR,
                text=f"/{year}" if unknown else f"{start}/{year}",
                earliest_precision=Precision.UNKNOWN if unknown else Precision.YEAR,
                latest_precision=Precision.YEAR,
            ),
            (),
        )
    return when, ()


def _location(rng: random.Random) -> Location:
    country, province, city, lat, lon = rng.choice(_PLACES)
    coords = None
    if rng.random() < 0.5:
        coords = Coordinates(
            latitude=round(lat + rng.uniform(-0.2, 0.2), 4),
            longitude=round(lon + rng.uniform(-0.2, 0.2), 4),
        )
    return Location(
        country=country,
        province=province,
        city=city if rng.random() < 0.8 else None,
        coordinates=coords,
        text=f"near {city}" if rng.random() < 0.3 else None,
    )


def generate_events(count: int, seed: int = SEED) -> Iterator[Event]:
    """Yield ``count`` realistic events, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    rare = random.Random(seed + 1)  # the rarer date fields (the stream of the rest unchanged)
    sources = [
        f"{rng.choice(_PUBLISHERS)}-{rng.randint(1988, 2023)}-{rng.randint(1, 12):02d}-"
        f"{rng.randint(1, 28):02d}"
        for _ in range(300)
    ]
    actors = [f"actor-{i:04d}" for i in range(400)]
    facilities = [f"facility-{i:03d}" for i in range(40)]
    for n in range(count):
        place = rng.choice(_PLACES)
        participants = tuple(
            Participant(
                actor=rng.choice(actors),
                role=rng.choice(_ROLES),
                citations=(_citation(rng, sources),) if rng.random() < 0.15 else (),
            )
            for _ in range(rng.randint(0, 3))
        )
        kind = rng.choice(_KINDS)
        title = rng.choice(_TITLES).format(place[2])
        when, reported = _rarer(rare, _date(rng), sources)
        yield Event(
            id=f"event-{n:06d}",
            kind=kind,
            title=title,
            date=when,
            citations=tuple(_citation(rng, sources) for _ in range(rng.randint(1, 3))),
            facilities=tuple(rng.sample(facilities, rng.choice((0, 0, 1, 1, 1, 2)))),
            participants=participants,
            parent=f"event-{rng.randrange(n):06d}" if n and rng.random() < 0.3 else None,
            location=_location(rng) if rng.random() < 0.4 else None,
            description=rng.choice(_DESCRIPTIONS) if rng.random() < 0.25 else None,
            reported_dates=reported,
        )


def write_events(path: str | os.PathLike[str], count: int, seed: int = SEED) -> int:
    """Write ``count`` events to ``path`` as JSON Lines; return how many were written."""
    return write_jsonl(path, generate_events(count, seed))
