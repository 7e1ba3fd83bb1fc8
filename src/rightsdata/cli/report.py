"""``rightsdata report``: a summary of a file of records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rightsdata.cli._app import cli
from rightsdata.cli._files import _EXAMPLE, _FILE, _load
from rightsdata.cli._render import _FORMAT, OutputFormat, _Items, _listed, _n, _Section, _show
from rightsdata.cli._sections import (
    _event_json,
    _Findings,
    _label,
    _sources,
    _timeline,
    _timeline_section,
)
from rightsdata.dataset import Dataset
from rightsdata.disagree import Disagreement, NearMiss, source_families
from rightsdata.serialize.jsonio import record_to_dict

__all__ = ["report_command"]


def _summary_section(
    ds: Dataset, name: str, found: Sequence[Disagreement], misses: Sequence[NearMiss]
) -> _Section:
    rows = [("file", name)]
    counts = ", ".join(_n(n, tag) for tag, n in ds.counts().items())
    rows.append(("records", f"{len(ds)} ({counts})" if counts else "0"))
    sources = [s.id for s in ds.sources()]
    if sources:
        families = _n(len(source_families(ds, sources)), "independent family")
        rows.append(("sources", f"{len(sources)}, in {families}"))
    events = _timeline(ds)
    if events:
        # each date in a row of its own: its natural reading ("from 7 November to 28
        # November 2019", "before 1990") never goes into a sentence of ours
        closed = [e.date for e in events if not e.date.is_open] or [e.date for e in events]
        rows += [
            ("events", str(len(events))),
            ("first event", str(closed[0])),
            ("last event", str(closed[-1])),
        ]
    kinds = Counter(d.kind.value for d in found)
    groups = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    rows.append(
        (
            "figures",
            f"{len(ds.figures())}; disagreements: {len(found)}"
            + (f" ({groups})" if groups else "")
            + f"; near misses: {len(misses)}",
        )
    )
    problems = len(ds.validate())
    if problems:
        where = " --example" if name == _EXAMPLE else f" {name}"
        rows.append(
            ("integrity", f"{_n(problems, 'problem')}: rightsdata validate{where} lists them")
        )
    else:
        rows.append(("integrity", "no problems"))
    return _Section(title="Dataset", columns=(), rows=tuple(rows))


def _figures_section(ds: Dataset) -> _Section:
    rows = []
    for f in ds.figures():
        when = f.period or f.as_of
        rows.append(
            (
                _label(ds, f.subject),
                f"{f.measure} ({f.unit})",
                str(f.quantity),
                "" if when is None else str(when),
                _listed(_sources(f.citations)),
            )
        )
    return _Section(
        title="Figures",
        columns=("subject", "measure", "quantity", "when", "sources"),
        rows=tuple(rows),
        empty="no figures",
        wrap=(0, 1, 2, 3),
    )


def _summary_json(
    ds: Dataset, name: str, found: Sequence[Disagreement], misses: Sequence[NearMiss]
) -> dict[str, object]:
    sources = [s.id for s in ds.sources()]
    return {
        "file": None if name == _EXAMPLE else name,
        "records": ds.counts(),
        "total": len(ds),
        "independent_source_families": len(source_families(ds, sources)) if sources else 0,
        "disagreements": dict(Counter(d.kind.value for d in found)),
        "near_misses": len(misses),
        "problems": len(ds.validate()),
    }


@cli.command("report")
@_FILE
@_FORMAT
def report_command(file: Path | None, fmt: str) -> None:
    """Summarize FILE: records, figures, where sources disagree, near misses, and a timeline."""
    ds, name = _load(file)
    found = _Findings.of(ds)

    def sections() -> list[_Section]:
        return [
            _summary_section(ds, name, found.disagreements, found.near_misses),
            _figures_section(ds),
            *found.sections(),
            _timeline_section(ds),
        ]

    def as_json() -> object:
        return {
            "dataset": _summary_json(ds, name, found.disagreements, found.near_misses),
            "figures": _Items(record_to_dict(f) for f in ds.figures()),
            **found.json(),
            "timeline": _Items(_event_json(e) for e in _timeline(ds)),
        }

    _show(OutputFormat(fmt), sections, as_json)
