"""What ``report``, ``disagreements`` and ``timeline`` show in common: where the sources
part ways and the timeline, as table sections and as JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import attrs

from rightsdata.cli._render import _cut, _Items, _listed, _Section
from rightsdata.dataset import Dataset
from rightsdata.dates.range import DateRange
from rightsdata.disagree import (
    DateDisagreement,
    Disagreement,
    NearMiss,
    date_disagreements,
    findings,
)
from rightsdata.records import Event, Figure
from rightsdata.serialize.converter import unstructure
from rightsdata.serialize.jsonio import record_to_dict


def _label(ds: Dataset, rid: str | None) -> str:
    """A record's title or name with its id, for tables."""
    if rid is None:
        return "(no subject)"
    record = ds.get(rid)
    name = getattr(record, "title", None) or getattr(record, "name", None)
    return f"{name} ({rid})" if isinstance(name, str) else rid


def _sources(citations: Iterable[object]) -> list[str]:
    return list(dict.fromkeys(str(getattr(c, "source", "")) for c in citations))


def _spread(d: Disagreement) -> str:
    if d.spread == float("inf"):
        return "unbounded"
    ratio = f"{d.spread:.1f}"
    return f"≥ {ratio}×" if d.spread_is_lower_bound else f"{ratio}×"


def _when(r: DateRange) -> tuple[date, date]:
    """Where a date goes in a timeline: by its first possible day, then its last.

    An open or unknown start ("before 1990") goes at its last possible day, not before
    every other event; [`DateRange.sort_key`][rightsdata.DateRange.sort_key] breaks the remaining
    ties.
    """
    first = r.earliest or r.latest
    last = r.latest or r.earliest
    if first is None or last is None:
        return r.sort_key()
    return (first, last)


def _timeline(ds: Dataset) -> list[Event]:
    """The events in date order (ties keep file order)."""
    return sorted(ds.events(), key=lambda e: _when(e.date))


def _disagreements_section(ds: Dataset, found: Sequence[Disagreement]) -> _Section:
    rows = []
    for d in found:
        numbers = _listed(f"{f.quantity} ({', '.join(_sources(f.citations))})" for f in d.figures)
        rows.append(
            (d.kind.value, numbers, _spread(d), str(d.independent_sources), _cut(d.explain()))
        )
    return _Section(
        title="Disagreements",
        columns=("kind", "numbers", "spread", "independent sources", "explanation"),
        rows=tuple(rows),
        empty="no two figures count the same thing",
        kind_column=0,
        wrap=(1, 3, 4),
    )


def _near_miss_figure(f: Figure) -> str:
    """One figure of a near miss: its number and the words that keep it apart."""
    where = f.place if f.place is not None else "no place"
    return _cut(f"{f.quantity} {f.unit} {f.measure} · {where} ({', '.join(_sources(f.citations))})")


def _near_misses_section(ds: Dataset, found: Sequence[NearMiss]) -> _Section:
    rows = [
        (
            _label(ds, n.subject),
            _listed(_near_miss_figure(f) for f in n.figures),
            ", ".join(n.differences),
            _cut(n.explain()),
        )
        for n in found
    ]
    return _Section(
        title="Near misses",
        columns=("subject", "figures", "differs in", "explanation"),
        rows=tuple(rows),
        empty="no figures kept apart by measure, unit or place",
        wrap=(0, 1, 3),
    )


def _date_disagreements_section(ds: Dataset, found: Sequence[DateDisagreement]) -> _Section:
    rows = [
        (
            _label(ds, d.event),
            _listed(f"{dr} ({', '.join(s)})" for dr, s in d.dates),
            _cut(d.explain()),
        )
        for d in found
    ]
    return _Section(
        title="Dates in disagreement",
        columns=("event", "dates", "explanation"),
        rows=tuple(rows),
        empty="no event is dated differently by its sources",
        wrap=(0, 1, 2),
    )


def _timeline_section(ds: Dataset) -> _Section:
    rows = [
        (str(e.date), f"{e.title} ({e.id})", e.kind, _listed(_sources(e.citations)))
        for e in _timeline(ds)
    ]
    return _Section(
        title="Timeline",
        columns=("when", "event", "kind", "sources"),
        rows=tuple(rows),
        empty="no events",
        wrap=(0, 1, 2),
    )


def _disagreement_json(ds: Dataset, d: Disagreement) -> dict[str, object]:
    return {
        "kind": d.kind.value,
        "subject": d.subject,
        "measure": d.measure,
        "unit": d.figures[0].unit,
        "figures": [record_to_dict(f) for f in d.figures],
        "sources": list(d.sources),
        "families": [unstructure(f) for f in d.families],
        "independent_sources": d.independent_sources,
        "consensus": None if d.consensus is None else unstructure(d.consensus),
        "envelope": unstructure(d.envelope),
        "spread": None if d.spread == float("inf") else d.spread,
        "spread_is_lower_bound": d.spread_is_lower_bound,
        "estimate": unstructure(d.estimate(ds)),
        "explanation": d.explain(),
    }


def _near_miss_json(n: NearMiss) -> dict[str, object]:
    return {
        "subject": n.subject,
        "period": None if n.period is None else unstructure(n.period),
        "figures": [record_to_dict(f) for f in n.figures],
        "parts": [list(part) for part in n.parts],
        "differences": list(n.differences),
        "explanation": n.explain(),
    }


def _date_disagreement_json(d: DateDisagreement) -> dict[str, object]:
    return {
        "event": d.event,
        "dates": [
            {"date": unstructure(dr), "reads_as": str(dr), "sources": list(s)} for dr, s in d.dates
        ],
        "explanation": d.explain(),
    }


def _event_json(e: Event) -> dict[str, object]:
    return {
        "id": e.id,
        "title": e.title,
        "kind": e.kind,
        "date": unstructure(e.date),
        "reads_as": str(e.date),
        "edtf": e.date.to_edtf(),
        "sources": _sources(e.citations),
    }


@attrs.frozen(kw_only=True, weakref_slot=False)
class _Findings:
    """Where the sources of one dataset part ways, worked out once for every format."""

    dataset: Dataset
    disagreements: list[Disagreement]
    near_misses: list[NearMiss]
    dates: list[DateDisagreement]

    @classmethod
    def of(cls, ds: Dataset) -> _Findings:
        # disagreements(ds) and near_misses(ds) from one grouping; the same ``ds`` goes
        # to Disagreement.estimate, which reuses what was read from it (linear output).
        found, misses = findings(ds)
        return cls(
            dataset=ds, disagreements=found, near_misses=misses, dates=date_disagreements(ds)
        )

    def sections(self) -> list[_Section]:
        """Disagreements, near misses, then dates in disagreement when there are any."""
        ds = self.dataset
        sections = [
            _disagreements_section(ds, self.disagreements),
            _near_misses_section(ds, self.near_misses),
        ]
        if self.dates:
            sections.append(_date_disagreements_section(ds, self.dates))
        return sections

    def json(self) -> dict[str, object]:
        """The same, as streamed JSON lists."""
        ds = self.dataset
        return {
            "disagreements": _Items(_disagreement_json(ds, d) for d in self.disagreements),
            "near_misses": _Items(_near_miss_json(n) for n in self.near_misses),
            "date_disagreements": _Items(_date_disagreement_json(d) for d in self.dates),
        }
