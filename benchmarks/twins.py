"""pydantic v2 and msgspec twins of rightsdata's Event, for ``bench_load.py``.

Each twin has the fields of the rightsdata record or part it copies (``Event``,
``ReportedDate``, ``DateRange``, ``Citation``, ``Participant``, ``Location``,
``Coordinates``), with the same names, types, optionality and defaults, and the rules
rightsdata's converter and validators apply when a JSON Lines line is loaded:

* ids non-empty without whitespace, kinds, titles, locators and quotes not blank, where
  whitespace is what ``str.isspace`` says (the set is spelled out: ``\\s`` is another set
  in pydantic's Rust regex, and ``$`` matches before a final newline in msgspec's
  Python ``re``);
* at least one citation for an event and for each reported date;
* enums (precisions, calendars, roles) by value; no coercion; unknown fields refused;
* days as ``YYYY-MM-DD`` only (pydantic's strict ``date`` also reads Unix time given as
  a string, so its days go through a plain validator);
* a time of day as rightsdata reads it, RFC 3339 with ``T``, seconds, at most six digits
  of fraction and an optional ``Z`` or ``+HH:MM`` (pydantic and msgspec both read more
  forms: a space for ``T``, ``+0330``... so a plain validator and a ``dec_hook`` check
  the form first);
* the date range rules: latest day not before earliest, an end precision ``unknown``
  only on an end without a day, and a time only on a one-day range, on that day.

What the twins do not copy is the file-level check of rightsdata's loader: it refuses
a line that gives a key twice (JSON parsers differ on which one counts), while pydantic
and msgspec take the last; and msgspec does not require the ``"type"`` tag on a
struct decoded alone (rightsdata and the pydantic twin do). ``bench_load.py`` feeds
lines breaking each rule to every loader and fails when they disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

import msgspec
import pydantic

from rightsdata import Calendar, ParticipantRole, Precision

__all__ = [
    "VALID_LINES",
    "MCitation",
    "MCoordinates",
    "MDateRange",
    "MEvent",
    "MLocation",
    "MParticipant",
    "MReportedDate",
    "MTime",
    "PCitation",
    "PCoordinates",
    "PDateRange",
    "PEvent",
    "PLocation",
    "PParticipant",
    "PReportedDate",
    "bad_lines",
    "msgspec_decoder",
]

_SPACES = (
    "\\u0009-\\u000d\\u001c-\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a"
    "\\u2028-\\u2029\\u202f\\u205f\\u3000"
)
"""The characters ``str.isspace`` takes for whitespace, as the inside of a class (the
same in Rust's regex and Python's ``re``)."""

_TIME = re.compile(
    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,6})?"
    "(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)
"""The form of a time rightsdata reads; ``datetime.fromisoformat`` checks the ranges."""


def _day(value: object) -> dt.date:
    """A day as rightsdata reads one: ``YYYY-MM-DD``, a real Gregorian day."""
    if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return dt.date.fromisoformat(value)  # ValueError for no such day
    raise ValueError("expected a date as YYYY-MM-DD")


def _time_text(value: object) -> str:
    """``value`` if it is a time in the form rightsdata reads (see ``_TIME``)."""
    if type(value) is str and _TIME.fullmatch(value):
        return value
    raise ValueError("expected a time as YYYY-MM-DDTHH:MM:SS, optionally +HH:MM or Z")


def _time(value: object) -> dt.datetime:
    """A time of day as rightsdata reads one."""
    return dt.datetime.fromisoformat(_time_text(value))  # ValueError for no such time


def _range_problem(
    earliest: dt.date | None,
    latest: dt.date | None,
    earliest_precision: Precision | None,
    latest_precision: Precision | None,
    time: dt.datetime | None,
) -> str | None:
    """What rightsdata's ``DateRange`` refuses in these fields together, or ``None``."""
    if earliest is not None and latest is not None and earliest > latest:
        return "latest day is before earliest day"
    if earliest_precision is Precision.UNKNOWN and earliest is not None:
        return "an end can only be unknown when it has no day"
    if latest_precision is Precision.UNKNOWN and latest is not None:
        return "an end can only be unknown when it has no day"
    if time is not None and not (earliest == latest == time.date()):
        return "the time does not fall on the range's one day"
    return None


# --------------------------------------------------------------------------- pydantic v2

PId = Annotated[str, pydantic.StringConstraints(pattern=f"^[^{_SPACES}]+$")]
PText = Annotated[str, pydantic.StringConstraints(pattern=f"[^{_SPACES}]")]
PDay = Annotated[dt.date, pydantic.PlainValidator(_day)]
PTime = Annotated[dt.datetime, pydantic.PlainValidator(_time)]
_PCONFIG = pydantic.ConfigDict(strict=True, frozen=True, extra="forbid")


class PCitation(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Citation`."""

    model_config = _PCONFIG
    source: PId
    locator: PText | None = None
    quote: PText | None = None


class PParticipant(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Participant`."""

    model_config = _PCONFIG
    actor: PId
    role: ParticipantRole
    citations: tuple[PCitation, ...] = ()


class PCoordinates(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Coordinates`."""

    model_config = _PCONFIG
    latitude: Annotated[float, pydantic.Field(ge=-90.0, le=90.0, allow_inf_nan=False)]
    longitude: Annotated[float, pydantic.Field(ge=-180.0, le=180.0, allow_inf_nan=False)]


class PLocation(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Location`."""

    model_config = _PCONFIG
    country: str | None = None
    province: str | None = None
    city: str | None = None
    coordinates: PCoordinates | None = None
    text: str | None = None


class PDateRange(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.DateRange`."""

    model_config = _PCONFIG
    earliest: PDay | None
    latest: PDay | None
    precision: Precision = Precision.DAY
    approximate: bool = False
    uncertain: bool = False
    calendar: Calendar = Calendar.GREGORIAN
    text: str | None = None
    earliest_precision: Precision | None = None
    latest_precision: Precision | None = None
    time: PTime | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> PDateRange:
        problem = _range_problem(
            self.earliest, self.latest, self.earliest_precision, self.latest_precision, self.time
        )
        if problem is not None:
            raise ValueError(problem)
        return self


class PReportedDate(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.ReportedDate`."""

    model_config = _PCONFIG
    date: PDateRange
    citations: Annotated[tuple[PCitation, ...], pydantic.Field(min_length=1)]


class PEvent(pydantic.BaseModel):
    """pydantic twin of :class:`rightsdata.Event`, with its JSON Lines ``type`` tag."""

    model_config = _PCONFIG
    type: Literal["event"]
    id: PId
    kind: PText
    title: PText
    date: PDateRange
    citations: Annotated[tuple[PCitation, ...], pydantic.Field(min_length=1)]
    facilities: tuple[PId, ...] = ()
    participants: tuple[PParticipant, ...] = ()
    parent: PId | None = None
    location: PLocation | None = None
    description: str | None = None
    reported_dates: tuple[PReportedDate, ...] = ()


# --------------------------------------------------------------------------- msgspec

MId = Annotated[str, msgspec.Meta(pattern=f"^[^{_SPACES}]+\\Z")]
MText = Annotated[str, msgspec.Meta(pattern=f"[^{_SPACES}]")]


class MTime(dt.datetime):
    """A time of day for msgspec, read by ``msgspec_decoder``'s ``dec_hook`` in
    rightsdata's form (msgspec's own ``datetime`` reads more forms)."""


def _dec_hook(cls: type, value: object) -> object:
    if cls is MTime:
        return MTime.fromisoformat(_time_text(value))  # ValueError for no such time
    raise NotImplementedError(f"no decoding for {cls!r}")


class MCitation(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Citation`."""

    source: MId
    locator: MText | None = None
    quote: MText | None = None


class MParticipant(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Participant`."""

    actor: MId
    role: ParticipantRole
    citations: tuple[MCitation, ...] = ()


class MCoordinates(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Coordinates`."""

    latitude: Annotated[float, msgspec.Meta(ge=-90.0, le=90.0)]
    longitude: Annotated[float, msgspec.Meta(ge=-180.0, le=180.0)]


class MLocation(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.Location`."""

    country: str | None = None
    province: str | None = None
    city: str | None = None
    coordinates: MCoordinates | None = None
    text: str | None = None


class MDateRange(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.DateRange`."""

    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision = Precision.DAY
    approximate: bool = False
    uncertain: bool = False
    calendar: Calendar = Calendar.GREGORIAN
    text: str | None = None
    earliest_precision: Precision | None = None
    latest_precision: Precision | None = None
    time: MTime | None = None

    def __post_init__(self) -> None:
        problem = _range_problem(
            self.earliest, self.latest, self.earliest_precision, self.latest_precision, self.time
        )
        if problem is not None:
            raise ValueError(problem)


class MReportedDate(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """msgspec twin of :class:`rightsdata.ReportedDate`."""

    date: MDateRange
    citations: Annotated[tuple[MCitation, ...], msgspec.Meta(min_length=1)]


class MEvent(
    msgspec.Struct,
    frozen=True,
    forbid_unknown_fields=True,
    kw_only=True,
    tag_field="type",
    tag="event",
):
    """msgspec twin of :class:`rightsdata.Event`, tagged by ``"type"``."""

    id: MId
    kind: MText
    title: MText
    date: MDateRange
    citations: Annotated[tuple[MCitation, ...], msgspec.Meta(min_length=1)]
    facilities: tuple[MId, ...] = ()
    participants: tuple[MParticipant, ...] = ()
    parent: MId | None = None
    location: MLocation | None = None
    description: str | None = None
    reported_dates: tuple[MReportedDate, ...] = ()


def msgspec_decoder() -> msgspec.json.Decoder[MEvent]:
    """One decoder of ``MEvent`` lines, reading times in rightsdata's form."""
    return msgspec.json.Decoder(MEvent, dec_hook=_dec_hook)


# --------------------------------------------------------------------------- probe lines
# Lines that hold the twins to rightsdata: ``bench_load.py`` feeds each to every loader.

_DATE: dict[str, object] = {"earliest": "2019-11-16", "latest": "2019-11-18"}
_DAY: dict[str, object] = {"earliest": "2019-11-16", "latest": "2019-11-16"}
_GOOD: dict[str, object] = {
    "type": "event",
    "id": "event-1",
    "kind": "arrest",
    "title": "Arrests in Ahvaz",
    "date": _DATE,
    "citations": [{"source": "amnesty-2019", "locator": "p. 3"}],
    "participants": [{"actor": "actor-1", "role": "victim"}],
    "location": {"country": "IR", "coordinates": {"latitude": 31.3, "longitude": 48}},
}


def _with(**changes: object) -> dict[str, object]:
    return {**_GOOD, **changes}


_ABSENT = object()
"""A value that leaves its key out."""


def _dated(base: dict[str, object] = _DATE, **changes: object) -> dict[str, object]:
    """The good event with its date changed (``_ABSENT`` leaves a key out)."""
    date = {k: v for k, v in {**base, **changes}.items() if v is not _ABSENT}
    return _with(date=date)


def _timed(stamp: object, base: dict[str, object] = _DAY) -> dict[str, object]:
    return _dated(base, time=stamp)


def _reported(*items: dict[str, object]) -> dict[str, object]:
    """The good event with these reported dates (each citing one source by default)."""
    cite = [{"source": "hrana-2019"}]
    dated = ({"date": _DAY, "citations": cite, **i} for i in items)
    return _with(reported_dates=[{k: v for k, v in d.items() if v is not _ABSENT} for d in dated])


VALID_LINES: dict[str, dict[str, object]] = {
    "a valid event": _GOOD,
    "an interval of months": _dated(
        earliest="2019-07-01",
        latest="2019-09-30",
        precision="month",
        earliest_precision="month",
        latest_precision="month",
        text="from July to September 2019",
    ),
    "an unknown start": _dated(
        {"earliest": None, "latest": "2006-12-31"},
        precision="year",
        earliest_precision="unknown",
        latest_precision="year",
    ),
    "a Jalali date, hedged": _dated(calendar="jalali", approximate=True, uncertain=True),
    "a time with an offset": _timed("2019-11-16T23:30:00+03:30"),
    "a time in UTC, to the microsecond": _timed("2019-11-16T10:00:00.123456Z"),
    "a time without a zone": _timed("2019-11-16T10:00:00"),
    "two reported dates": _reported({}, {"date": {**_DAY, "time": "2019-11-16T08:00:00Z"}}),
}
"""Lines every loader must accept (the new fields in each of their forms)."""


def bad_lines() -> dict[str, dict[str, object]]:
    """Lines every loader must refuse: each breaks one rule of rightsdata's."""
    reversed_range: dict[str, object] = {"earliest": "2019-11-18", "latest": "2019-11-16"}
    return {
        "id with a space": _with(id="event 1"),
        "id ending in a newline": _with(id="event-1\n"),
        "id with a separator control": _with(id="event\x1f1"),
        "facility id ending in a newline": _with(facilities=["facility-1\n"]),
        "blank title": _with(title="  "),
        "title of a separator control": _with(title="\x1c"),
        "number as title": _with(title=5),
        "no citations": _with(citations=[]),
        "unknown role": _with(participants=[{"actor": "a", "role": "hero"}]),
        "unknown field": _with(casualties=5),
        "unknown nested field": _with(citations=[{"source": "s", "page": 3}]),
        "latitude out of range": _with(location={"coordinates": {"latitude": 91, "longitude": 0}}),
        "wrong type tag": _with(type="figure"),
        "latest before earliest": _dated(reversed_range),
        "missing latest": _dated(latest=_ABSENT),
        "date not ISO": _dated(earliest="16/11/2019"),
        "date as Unix time in a string": _dated(earliest="1573862400"),
        "date with a time": _dated(earliest="2019-11-16T00:00:00"),
        "no such day": _dated(earliest="2019-02-29"),
        "bool as string": _dated(approximate="true"),
        "unknown precision": _dated(precision="days"),
        "precision null": _dated(precision=None),
        "unknown start precision": _dated(earliest_precision="fortnight"),
        "end precision as a number": _dated(latest_precision=3),
        "unknown start with a day": _dated(earliest_precision="unknown"),
        "unknown end with a day": _dated(latest_precision="unknown"),
        "unknown calendar": _dated(calendar="islamic"),
        "time on another day": _timed("2019-11-17T10:00:00"),
        "time on a range of days": _timed("2019-11-16T10:00:00", _DATE),
        "time on an open range": _timed("2019-11-16T10:00:00", {**_DAY, "earliest": None}),
        "time with a space for T": _timed("2019-11-16 10:00:00"),
        "time with a lowercase t": _timed("2019-11-16t10:00:00"),
        "time without seconds": _timed("2019-11-16T10:00"),
        "time with seven digits of fraction": _timed("2019-11-16T10:00:00.1234567"),
        "time with a comma fraction": _timed("2019-11-16T10:00:00,5"),
        "time offset without a colon": _timed("2019-11-16T10:00:00+0330"),
        "time at hour 24": _timed("2019-11-16T24:00:00"),
        "time offset of 24 hours": _timed("2019-11-16T10:00:00+24:00"),
        "time as a day": _timed("2019-11-16"),
        "time as Unix time": _timed(1573898400),
        "time as Unix time in a string": _timed("1573898400"),
        "reported date without citations": _reported({"citations": []}),
        "reported date reversed": _reported({"date": reversed_range}),
        "reported date with a time on another day": _reported(
            {"date": {**_DAY, "time": "2019-11-17T08:00:00"}}
        ),
        "reported date with a bad precision": _reported({"date": {**_DAY, "precision": "days"}}),
        "reported date without a date": _reported({"date": _ABSENT}),
        "reported date unknown field": _reported({"source": "hrana-2019"}),
        "reported dates as an object": _with(reported_dates={"date": _DAY}),
    }
