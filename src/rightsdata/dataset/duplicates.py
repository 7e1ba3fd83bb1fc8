"""Duplicate finding: actor pairs and facility pairs that look like one entity.

The body of [`Dataset.find_duplicates`][rightsdata.Dataset.find_duplicates], also
``rightsdata.names.find_duplicates``: candidate pairs come from the names alone
(``rightsdata.text``); here they are checked against
the records (kinds, parents) and explained.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from rightsdata.records import Actor, ActorKind, Facility
from rightsdata.text import (
    DEFAULT_THRESHOLD,
    candidate_pairs,
    check_threshold,
    match_key,
)

if TYPE_CHECKING:
    from rightsdata.dataset.store import Dataset

__all__ = ["Duplicate", "find_duplicates"]


@attrs.frozen(kw_only=True, weakref_slot=False)
class Duplicate:
    """Two actors, or two facilities, that look like one entity: a proposal, never a merge.

    Merge them, if a person agrees, with
    [`Dataset.merge_entities`][rightsdata.Dataset.merge_entities].
    """

    ids: tuple[str, str]
    """The two ids, in dataset order."""
    score: float
    """The similarity of their most alike names, from 0 to 1."""
    names: tuple[str, str]
    """Those two names, as written."""
    evidence: tuple[str, ...]
    """What speaks for (and against) their being one, in words."""


class _Ancestry:
    """Whether one entity is up another's chain of parents, in constant time per question.

    The naive answer, each entity's set of ancestors, is quadratic for a long chain
    (100,000 nested facilities would need five billion entries). Parents form a
    *functional graph* (each id has at most one parent), so: the cycles are found once,
    the rest is a forest hanging from them (and from the ids without a parent), and the
    forest is numbered in preorder. ``u`` is up ``v``'s chain when ``u`` is ``v``'s
    ancestor in its tree, or ``u`` is on the cycle ``v``'s tree hangs from. Every step is
    iterative and linear in the number of ids.
    """

    __slots__ = ("cycle", "end", "ring", "start")

    def __init__(self, parent: Mapping[str, str | None]) -> None:
        up = {i: p for i, p in parent.items() if p is not None and p in parent}
        self.cycle: dict[str, int] = {}
        """Each id on a cycle of parents -> the number of its cycle."""
        walk: dict[str, int] = {}  # each id -> the walk up the parents that first met it
        for k, first in enumerate(up):
            path: list[str] = []
            x: str | None = first
            while x is not None and x not in walk:
                walk[x] = k
                path.append(x)
                x = up.get(x)
            if x is not None and walk[x] == k:  # this walk closed a cycle at x
                number = len(self.cycle)
                for y in path[path.index(x) :]:
                    self.cycle[y] = number
        tree_up = {x: p for x, p in up.items() if x not in self.cycle}
        children: dict[str, list[str]] = {}
        for x, p in tree_up.items():
            children.setdefault(p, []).append(x)
        self.ring: dict[str, int] = {}
        """Each id whose chain of parents runs into a cycle -> the number of that cycle."""
        order: list[str] = []  # the forest in preorder, one tree after another
        for r in parent:
            if r in tree_up:
                continue
            first_of_tree = len(order)
            order.append(r)
            todo = list(children.get(r, ()))
            while todo:
                x = todo.pop()
                order.append(x)
                todo.extend(children.get(x, ()))
            c = self.cycle.get(r)
            if c is not None:
                self.ring.update(dict.fromkeys(order[first_of_tree:], c))
        self.start: dict[str, int] = {x: k for k, x in enumerate(order)}
        """Each id -> its place in preorder."""
        size = dict.fromkeys(order, 1)
        for x in reversed(order):
            above = tree_up.get(x)
            if above is not None:
                size[above] += size[x]
        self.end: dict[str, int] = {x: self.start[x] + size[x] for x in order}
        """Each id -> the place after the last id of its subtree."""

    def above(self, u: str, v: str) -> bool:
        """Whether ``u`` is up ``v``'s chain of parents (``v`` itself is not)."""
        if u == v or u not in self.start or v not in self.start:
            return False
        if self.start[u] < self.start[v] < self.end[u]:
            return True
        c = self.cycle.get(u)
        return c is not None and self.ring.get(v) == c


def _evidence(
    a: Actor | Facility,
    b: Actor | Facility,
    names: tuple[str, str],
    keys: tuple[str, str],
    score: float,
) -> list[str]:
    (na, nb), (ka, kb) = names, keys
    said = [
        f"names {na!r} and {nb!r} fold to the same key {ka!r}"
        if ka.replace(" ", "") == kb.replace(" ", "")
        else f"names {na!r} and {nb!r} are alike ({score:.2f})"
    ]
    if isinstance(a, Actor) and isinstance(b, Actor):
        said.append(
            f"same kind: {a.kind.value}"
            if a.kind is b.kind
            else f"kinds differ: {a.kind.value}, {b.kind.value}"
        )
        wa, wb = ka.split(), kb.split()
        persons = a.kind is ActorKind.PERSON and b.kind is ActorKind.PERSON
        if persons and len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[:-1] != wb[:-1]:
            said.append(
                f"same family name ({wa[-1]!r}) but other names differ "
                f"({' '.join(wa[:-1])!r}, {' '.join(wb[:-1])!r}): may be two people"
            )
        titles_b = {match_key(p.title) for p in b.positions}
        shared = [p.title for p in a.positions if match_key(p.title) in titles_b]
        if shared:
            said.append("both held " + ", ".join(repr(t) for t in dict.fromkeys(shared)))
    elif isinstance(a, Facility) and isinstance(b, Facility):
        said.append(
            f"same kind: {a.kind}" if a.kind == b.kind else f"kinds differ: {a.kind}, {b.kind}"
        )
        if a.parent != b.parent:
            said.append(f"parents differ: {a.parent}, {b.parent}")
        la, lb = a.location, b.location
        if la is not None and lb is not None and la.city and lb.city:
            said.append(
                f"both in {la.city}"
                if match_key(la.city) == match_key(lb.city)
                else f"cities differ: {la.city}, {lb.city}"
            )
    common = {c.source for c in a.citations} & {c.source for c in b.citations}
    if common:
        said.append("named by the same source: " + ", ".join(sorted(common)))
    return said


def find_duplicates(dataset: Dataset, *, threshold: float = DEFAULT_THRESHOLD) -> list[Duplicate]:
    """Actor pairs and facility pairs that look like one entity, best first.

    Two entities pair when some name of one and some name of the other (main names and
    aliases) score at least ``threshold`` under [`similarity`][rightsdata.similarity]. Pairs that
    cannot be one are left out: an entity and its own parent or ancestor, and two actors whose
    kinds are both known and differ (a person and an organization). Lowering the
    threshold brings in weaker candidates, such as two people who share a family name;
    their evidence says so. Nothing is merged.
    """
    threshold = check_threshold(threshold)
    found: list[Duplicate] = []
    groups: tuple[
        tuple[type[Actor] | type[Facility], tuple[Actor, ...] | tuple[Facility, ...]], ...
    ]
    groups = ((Actor, dataset.actors()), (Facility, dataset.facilities()))
    for cls, entities in groups:
        index = dataset._name_index(cls)
        ancestry = _Ancestry({e.id: e.parent for e in entities})
        key_of = dict(zip(index.texts, index.keys, strict=True))
        for (ia, ib), (score, na, nb) in candidate_pairs(index, threshold).items():
            a, b = entities[ia], entities[ib]
            if a.id == b.id or ancestry.above(a.id, b.id) or ancestry.above(b.id, a.id):
                continue
            if (
                isinstance(a, Actor)
                and isinstance(b, Actor)
                and a.kind is not b.kind
                and ActorKind.UNKNOWN not in (a.kind, b.kind)
            ):
                continue
            found.append(
                Duplicate(
                    ids=(a.id, b.id),
                    score=score,
                    names=(na, nb),
                    evidence=tuple(_evidence(a, b, (na, nb), (key_of[na], key_of[nb]), score)),
                )
            )
    found.sort(key=lambda d: (-d.score, d.ids))
    return found
