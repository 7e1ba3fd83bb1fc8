"""Which time zones the date parsers accept, checked before pendulum sees a name.

A zone is a name of the IANA time zone database (``"Asia/Tehran"``, ``"UTC"``, as
``zoneinfo.available_timezones`` lists them), except its entries that are no place's
time ([`PSEUDO_ZONES`][rightsdata.dates.zones.PSEUDO_ZONES]: ``"Factory"``, ``"localtime"``, ...),
or a fixed UTC offset written as ISO 8601 writes it (``"+03:30"``, ``"-05:00"``). A name is looked
up in that list, never opened as a path, so ``"Asia"`` (a folder of the list), ``"../etc/passwd"``
or a name of 300 characters is refused the same way as ``"Mars/Base"``: with a
[`DateParseError`][rightsdata.DateParseError] saying what a zone looks like, and the zone meant
when one is close (``"asia/tehran"``, ``"Teheran"``, ``"New York"``).
"""

from __future__ import annotations

import functools
import re

import pendulum
from rapidfuzz import fuzz, process

from rightsdata.errors import DateParseError

__all__ = ["MAX_OFFSET_HOURS", "PSEUDO_ZONES", "Zone", "time_zone", "zone_names"]

Zone = pendulum.Timezone | pendulum.FixedTimezone
"""What [`time_zone`][rightsdata.dates.zones.time_zone] returns: a pendulum zone, or a fixed
offset."""

PSEUDO_ZONES = frozenset({"Factory", "localtime", "posixrules", "leapseconds", "tzdata.zi"})
"""Names the zone files can hold that are no place's time: ``Factory`` (a zone whose
local time is unknown), ``localtime`` (the machine's own zone) and the files of the
database's build. Refused, as is anything under ``posix/`` and ``right/``."""

MAX_OFFSET_HOURS = 14
"""The widest fixed UTC offset accepted, in hours (the widest any place uses, Kiribati's)."""

_OFFSET = re.compile(r"[+-](?P<h>[0-9]{2}):(?P<m>[0-5][0-9])")
_QUOTED_LENGTH = 40
"""How much of a refused name an error quotes."""
_EXAMPLES = "a zone name such as 'Asia/Tehran' or 'UTC', or a UTC offset such as '+03:30'"
_SUGGESTION_CUTOFF = 80.0
"""The least ``rapidfuzz.fuzz.ratio`` score for a "did you mean"."""

_resolved: dict[str, Zone] = {}
"""Every zone looked up so far, by the name given (a valid name is looked up once)."""


@functools.lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Every zone name [`time_zone`][rightsdata.dates.zones.time_zone] accepts (the IANA names, less
    the pseudo-zones).

    Read once, on first use, from ``pendulum.timezones`` (the zone files of the
    ``tzdata`` package and of the system).
    """
    return frozenset(
        name
        for name in pendulum.timezones()
        if name not in PSEUDO_ZONES and not name.startswith(("posix/", "right/"))
    )


def time_zone(name: object) -> Zone:
    """The zone or fixed offset ``name`` stands for, or a
    [`DateParseError`][rightsdata.DateParseError].

    ```pycon
    >>> time_zone("Asia/Tehran")
    Timezone('Asia/Tehran')
    >>> time_zone("+03:30")
    FixedTimezone(12600, name="+03:30")
    >>> from rightsdata import DateParseError
    >>> try:
    ...     time_zone("Teheran")
    ... except DateParseError as exc:
    ...     print(str(exc).partition(":")[0])
    the time zone 'Teheran' is not known (did you mean 'Asia/Tehran'?)

    ```
    """
    if not isinstance(name, str):
        raise DateParseError(
            f"the time zone must be a string ({_EXAMPLES}), got {type(name).__name__}"
        )
    zone = _resolved.get(name)
    if zone is None:
        zone = _resolved[name] = _look_up(name)
    return zone


def _look_up(name: str) -> Zone:
    if name in zone_names():
        try:
            return pendulum.timezone(name)
        except (OSError, ValueError, KeyError) as exc:  # a zone file that cannot be read
            raise DateParseError(f"the time zone {name!r} cannot be read: {exc}") from None
    m = _OFFSET.fullmatch(name)
    if m is not None:
        seconds = (int(m["h"]) * 60 + int(m["m"])) * 60
        if name == "-00:00":
            raise _unknown(name, "-00:00 says the offset is unknown; +00:00 is UTC")
        if seconds > MAX_OFFSET_HOURS * 3600:
            raise _unknown(name, f"no place is more than {MAX_OFFSET_HOURS} hours from UTC")
        return pendulum.FixedTimezone(-seconds if name[0] == "-" else seconds)
    raise _refused(name)


def _refused(name: str) -> DateParseError:
    """Why ``name`` is no zone, with the zone meant when one is close."""
    if len(name) > _QUOTED_LENGTH:
        return DateParseError(
            f"the time zone {name[:_QUOTED_LENGTH]!r}... is not known: expected {_EXAMPLES}"
        )
    if name in PSEUDO_ZONES or name.startswith(("posix/", "right/")):
        return _unknown(name, "an entry of the zone files, not the time of a place")
    prefix = name.rstrip("/") + "/"
    inside = sorted(z for z in zone_names() if z.startswith(prefix))
    if inside:
        return DateParseError(
            f"the time zone {name!r} is a region of the zone list, not a zone: "
            f"name one of its zones, such as {inside[0]!r}"
        )
    close = _suggestion(name)
    return _unknown(name, None if close is None else f"did you mean {close!r}?")


def _unknown(name: str, why: str | None) -> DateParseError:
    reason = "" if why is None else f" ({why})"
    return DateParseError(f"the time zone {name!r} is not known{reason}: expected {_EXAMPLES}")


@functools.lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Each zone by its name and by its last part, lower-cased, spaces as ``_`` (in a
    fixed order, so that a tie between two close spellings always goes the same way)."""
    found: dict[str, str] = {}
    for zone in sorted(zone_names(), key=lambda z: (z.count("/") == 0, z)):
        found.setdefault(zone.rpartition("/")[2].lower(), zone)
    for zone in sorted(zone_names()):
        found[zone.lower()] = zone
    return found


def _suggestion(name: str) -> str | None:
    key = "_".join(name.strip().lower().split())
    spellings = _spellings()
    if key in spellings:
        return spellings[key]
    found = process.extractOne(
        key, spellings.keys(), scorer=fuzz.ratio, score_cutoff=_SUGGESTION_CUTOFF
    )
    return None if found is None else spellings[found[0]]
