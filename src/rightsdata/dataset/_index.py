"""The lookups a dataset builds on first use (private to ``rightsdata.dataset``)."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from rightsdata.records import Event, Facility

__all__ = ["Index"]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Index:
    """Lookups a dataset builds on first use (private)."""

    children: dict[str, list[str]]
    """Facility id -> ids of the facilities whose parent it is, in order."""
    events_at: dict[str, list[int]]
    """Facility id -> positions (in ``events()``) of the events that name it."""
    events_with: dict[str, list[int]]
    """Actor id -> positions of the events it takes part in."""

    @classmethod
    def build(cls, facilities: Iterable[Facility], events: Iterable[Event]) -> Index:
        """The lookups of a dataset's ``facilities()`` and ``events()``."""
        children: dict[str, list[str]] = {}
        for f in facilities:
            if f.parent is not None:
                children.setdefault(f.parent, []).append(f.id)
        events_at: dict[str, list[int]] = {}
        events_with: dict[str, list[int]] = {}
        for i, e in enumerate(events):
            for fid in dict.fromkeys(e.facilities):
                events_at.setdefault(fid, []).append(i)
            for aid in e.actors:
                events_with.setdefault(aid, []).append(i)
        return cls(children=children, events_at=events_at, events_with=events_with)
