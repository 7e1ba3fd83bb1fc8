"""Hypothesis plugin: makes ``st.from_type`` resolve every rightsdata type.

Registration happens once both hypothesis and rightsdata are imported, whichever comes
first: the ``hypothesis`` entry point this package declares (``_rightsdata_hypothesis``,
a module outside the package, so that importing hypothesis does not import rightsdata)
registers the strategies if rightsdata is already imported, and ``rightsdata/__init__``
calls `register_if_hypothesis_imported` when it is imported after hypothesis. The
strategies module is imported only when a strategy is first asked for, so neither import
pays for it and there is no import cycle (``rightsdata.strategies`` itself imports
hypothesis).
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from rightsdata.dataset import Dataset
from rightsdata.dates import DateRange
from rightsdata.quantity import Quantity
from rightsdata.records import (
    Actor,
    Citation,
    Coordinates,
    Event,
    Facility,
    Figure,
    Location,
    Name,
    Participant,
    Position,
    ReportedDate,
    Share,
    Source,
)

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["_hypothesis_setup_hook", "register_if_hypothesis_imported", "register_strategies"]

T = TypeVar("T")


def _lazy(name: str) -> Callable[[type[T]], SearchStrategy[T]]:
    """A resolver that calls ``rightsdata.strategies.<name>()`` when first needed."""

    def resolve(_: type[T]) -> SearchStrategy[T]:
        module = importlib.import_module("rightsdata.strategies")
        strategy: SearchStrategy[T] = getattr(module, name)()
        return strategy

    return resolve


def register_strategies() -> None:
    """Register a strategy for each record, part and value type with hypothesis.

    Registering again replaces the same strategies: calling it twice is harmless.
    """
    # Imported here, not at the top: hypothesis imports this module while it starts,
    # so a top-level import of hypothesis here would be circular.
    from hypothesis import strategies as st

    st.register_type_strategy(Source, _lazy("sources"))
    st.register_type_strategy(Actor, _lazy("actors"))
    st.register_type_strategy(Facility, _lazy("facilities"))
    st.register_type_strategy(Event, _lazy("events"))
    st.register_type_strategy(Figure, _lazy("figures"))
    st.register_type_strategy(Citation, _lazy("citations"))
    st.register_type_strategy(Name, _lazy("names"))
    st.register_type_strategy(Position, _lazy("positions"))
    st.register_type_strategy(Participant, _lazy("participants"))
    st.register_type_strategy(ReportedDate, _lazy("reported_dates"))
    st.register_type_strategy(Location, _lazy("locations"))
    st.register_type_strategy(Coordinates, _lazy("coordinates"))
    st.register_type_strategy(Share, _lazy("shares"))
    st.register_type_strategy(DateRange, _lazy("date_ranges"))
    st.register_type_strategy(Quantity, _lazy("quantities"))
    st.register_type_strategy(Dataset, _lazy("datasets"))


_hypothesis_setup_hook = register_strategies
"""The name hypothesis' plugin documentation gives the hook (kept for callers of the old
entry point)."""


def register_if_hypothesis_imported() -> None:
    """Register the strategies if hypothesis was imported before rightsdata.

    Then hypothesis' plugin hook ran when rightsdata was not there to register. Honours
    ``HYPOTHESIS_NO_PLUGINS``, as hypothesis does for its plugins, and does nothing when
    ``sys.modules["hypothesis"]`` is ``None`` (imports of hypothesis blocked).
    """
    if sys.modules.get("hypothesis") is not None and not os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        register_strategies()
