"""Where sources part ways: group the figures that count the same thing, and compare them.

The rules, in one place (the docs page "When sources disagree" walks through them):

**Spelling.** Measures, units and places are compared by key, not as written (the
figures keep their words): [`rightsdata.vocabulary.measure_key`][rightsdata.vocabulary.measure_key]
and [`unit_key`][rightsdata.vocabulary.unit_key] fold case, plurals and the documented synonyms;
a place is folded with [`rightsdata.names.match_key`][rightsdata.match_key] ("Shiraz" is "shiraz").

**Hierarchies.** A subject's ancestors are its ``parent`` chain, for events and for
facilities (Ward 209 is a part of Evin). A place is *within* another when a record of
the dataset says so (see [`place_parents`][rightsdata.disagree.place_parents]): a
[`Location`][rightsdata.Location] of an event or a facility puts its city within its province and
both within its country, and a facility's names are places within its location's and its parent
facility's. Measures nest under [`MEASURE_PARENTS`][rightsdata.vocabulary.MEASURE_PARENTS], units
under [`UNIT_PARENTS`][rightsdata.vocabulary.UNIT_PARENTS].

**Grouping.** Two figures speak of the same thing when

- their subjects are the same, or one is an ancestor of the other (both are brought to
  the root of their ``parent`` chain); figures without a subject group together only
  with each other;
- their measures are compatible: equal, or one nested in the other ("executed" counts
  towards "killed", not the reverse), and so are their units ("protesters" count
  towards "persons");
- their periods possibly overlap (a missing period overlaps everything); ``as_of`` does
  not separate figures: a running total reported twice is one thing counted twice;
- their places are equal, one is within the other, or one is not given.

Groups are the connected parts of that relation; a figure alone is not a disagreement.
Within a group, only figures related directly are compared for a conflict: a figure
without a place does not make Tehran's count conflict with Mashhad's.

**Classification.** Each figure is an interval ``[low, high]`` (open ends unbounded).

- ``superseded``: every figure is a running total (``as_of`` set, no ``period``); sorted
  by ``as_of`` (earliest, then latest day), no two have the same ``as_of`` and none is
  certainly before the one it follows; and each later total is not certainly lower than
  the one before (70,000 then some 85,000 released). A total that falls is a conflict;
- ``conflict``: two directly related figures cannot both be right. Either they count the
  same thing (same measure, unit, subject, place and period bounds) and their intervals
  are disjoint (an exact 281 against an exact 280), or one counts a *part* of what the
  other counts (a child event or facility, a sub-period, a narrower measure or unit, a
  place within the other's) and the part is certainly larger than its whole. Figures
  that count crossing sets (periods that only partly overlap: 2019 against December 2019
  to January 2020) never conflict. A vague order of magnitude ("thousands") is a manner
  of speaking and never makes a conflict;
- ``agree``: every figure has the same bounds and best estimate;
- ``consistent``: otherwise: the intervals overlap but the numbers differ ("at least
  5,000" against "more than 30,000").

``consensus``, ``spread`` and [`Disagreement.estimate`][rightsdata.Disagreement.estimate] look at
the *rival* figures only: not vague, and not a count of a child event or sub-period of another
figure in the group ("over 60 in the past two months" is not a rival of "at least 220 this year").
``envelope`` holds every figure.

**Near misses.** Figures about the same subject over the same period that are kept
apart only by their measure, unit or place ([`NearMiss`][rightsdata.NearMiss]):
[`near_misses`][rightsdata.near_misses] names them rather than staying silent.

**Independence.** A source that cites another, directly or through a chain, repeats it. Each
source's *origins* are the sources at the ends of its citation chains (itself, if it
cites none; a cited source that is not in the dataset is an origin too). Two sources that
share an origin are not independent of each other. The
families are built around representatives: the sources with the fewest origins first,
each taken when it shares no origin with one taken before; every other source joins the
family of the first representative it shares an origin with. So a source quoting two
independent reports repeats both and does not merge them into one voice, and
``independent_sources`` is the number of representatives. A citation cycle (which
[`Dataset.validate`][rightsdata.Dataset.validate] reports) is one voice: a cycle that cites nothing
outside itself is an origin as a whole.

**Scale.** No step compares every pair of figures: grouping sweeps over periods sorted
by their first day, and a group's figures that the rules cannot tell apart (same
measure, unit, subject, place and period) are compared once, as a class. The work grows
as *n* log *n* (``benchmarks/bench_disagree.py``); what is worked out once per dataset
(event and facility lineages, source origins, places) is shared by every group and by
[`Disagreement.estimate`][rightsdata.Disagreement.estimate]. Nothing about a dataset outlives its
results: the only caches are bounded and keyed on words (a measure, a unit, a place), and the tables
they read are read-only.

The code follows those concepts: the result model (``_model``), the pairwise rules as a
specification (``_rules``), source families (``_families``, over the
[`CitationGraph`][rightsdata.citations.CitationGraph]), what is read once per dataset
(``_context``), the sweep engine (``_sweep``) and the findings built from its groups
(``_findings``). The ``x as x`` imports below are private names that the tests read
here, where they were before the module became a package.
"""

from __future__ import annotations

from rightsdata._typed import public_home
from rightsdata.disagree._context import _Context as _Context
from rightsdata.disagree._context import place_parents
from rightsdata.disagree._families import SourceFamily, source_families
from rightsdata.disagree._findings import (
    date_disagreements,
    disagreements,
    findings,
    near_misses,
)
from rightsdata.disagree._model import (
    DateDisagreement,
    Disagreement,
    DisagreementKind,
    Estimate,
    NearMiss,
)
from rightsdata.disagree._model import _plural as _plural
from rightsdata.disagree._rules import _disjoint as _disjoint
from rightsdata.disagree._rules import _measure_chain as _measure_chain
from rightsdata.disagree._rules import _place_key as _place_key
from rightsdata.disagree._rules import _related as _related
from rightsdata.disagree._rules import _sub_count as _sub_count
from rightsdata.disagree._rules import _View as _View
from rightsdata.disagree._rules import _what as _what
from rightsdata.disagree._sweep import _components as _components
from rightsdata.disagree._sweep import _has_conflict as _has_conflict
from rightsdata.disagree._sweep import _related_whats as _related_whats
from rightsdata.disagree._sweep import _rivals as _rivals
from rightsdata.vocabulary import MEASURE_PARENTS

public_home(
    __name__, SourceFamily, DateDisagreement, Disagreement, DisagreementKind, Estimate, NearMiss
)


__all__ = [
    "MEASURE_PARENTS",
    "DateDisagreement",
    "Disagreement",
    "DisagreementKind",
    "Estimate",
    "NearMiss",
    "SourceFamily",
    "date_disagreements",
    "disagreements",
    "findings",
    "near_misses",
    "place_parents",
    "source_families",
]
