"""Hypothesis strategies for every rightsdata type, for property-testing code built on it.

Install the extra first: ``pip install rightsdata[hypothesis]``. Then:

    from hypothesis import given
    from rightsdata import strategies as rst

    @given(rst.datasets(max_size=20))
    def test_my_pipeline(ds):
        assert ds.validate() == []
        ...

The strategies cover the whole valid space of each type, not only tidy values:
Persian-script names and text (with the zero-width non-joiner, U+200C), any Unicode in
free text, open-ended date ranges, every enum value, every [`Qualifier`][rightsdata.Qualifier]
with bounds that satisfy [`Quantity`][rightsdata.Quantity], time-zone-aware capture times,
decimal ratios with trailing zeros. Every generated value survives the JSON round trip
unchanged.

They follow hypothesis' own style: plural names, keyword-only options, ``min_size`` and
``max_size``, strategies as arguments for the parts (``events(dates=date_ranges(
min_value=date(1988, 1, 1)))``), and ``hypothesis.errors.InvalidArgument`` for bad
options, raised when the strategy is made. [`datasets`][rightsdata.strategies.datasets] builds
internally consistent datasets: every reference resolves, and citation chains and parents have no
cycles.

With the package installed, ``st.from_type(Event)`` (and every other record, part and
value) resolves to these strategies through hypothesis' entry-point plugin.

[`phrases`][rightsdata.strategies.phrases] (and
[`date_phrases`][rightsdata.strategies.date_phrases],
[`quantity_phrases`][rightsdata.strategies.quantity_phrases]) generate the words reports use for
dates and counts, each a [`Phrase`][rightsdata.strategies.Phrase] with the value it means under the
documented conventions, computed without a parser: for testing a reader of such phrases against
generated truth.

[`disagreement_scenarios`][rightsdata.strategies.disagreement_scenarios] generates datasets whose
disagreements are known by construction, each a [`Scenario`][rightsdata.strategies.Scenario] with
the groups [`disagreements`][rightsdata.disagreements] must find (their kinds and source families)
and the figures that must be in none: for testing disagreement logic, rightsdata's or your own,
against what the documented rules say rather than against itself.

[`invalid_documents`][rightsdata.strategies.invalid_documents] generates hostile input: each an
[`InvalidDocument`][rightsdata.strategies.InvalidDocument], a JSON Lines line that a correct
loader must refuse (a valid record damaged at one place), with the
[`Damage`][rightsdata.strategies.Damage] done and the path of the field an error should name.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:  # pragma: no cover - tested in a subprocess
    raise ImportError(
        "rightsdata.strategies needs hypothesis, an optional dependency: "
        "install it with `pip install rightsdata[hypothesis]`"
    ) from exc

# In the order the API reference lists them (mkdocstrings follows these lines): values, parts,
# records, datasets, phrases, scenarios.
from rightsdata.quantity import MAX_COUNT  # noqa: I001
from rightsdata.strategies._values import ids, date_ranges, quantities
from rightsdata.strategies._parts import citations, names, positions, participants
from rightsdata.strategies._parts import reported_dates
from rightsdata.strategies._values import coordinates
from rightsdata.strategies._parts import locations, shares
from rightsdata.strategies._records import sources, actors, facilities, events, figures, records
from rightsdata.strategies._datasets import datasets
from rightsdata.strategies._oracle import Phrase, date_phrases, quantity_phrases, phrases
from rightsdata.strategies._scenarios import Scenario, disagreement_scenarios
from rightsdata.strategies._invalid import InvalidDocument, Damage, invalid_documents

from rightsdata._typed import public_home

public_home(__name__, Phrase, Scenario, InvalidDocument, Damage)


__all__ = [
    "MAX_COUNT",
    "Damage",
    "InvalidDocument",
    "Phrase",
    "Scenario",
    "actors",
    "citations",
    "coordinates",
    "datasets",
    "date_phrases",
    "date_ranges",
    "disagreement_scenarios",
    "events",
    "facilities",
    "figures",
    "ids",
    "invalid_documents",
    "locations",
    "names",
    "participants",
    "phrases",
    "positions",
    "quantities",
    "quantity_phrases",
    "records",
    "reported_dates",
    "shares",
    "sources",
]
