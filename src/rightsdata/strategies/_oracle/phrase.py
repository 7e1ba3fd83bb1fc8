"""The [`Phrase`][rightsdata.strategies.Phrase] the phrase strategies draw, and the signal that a
drawn phrase does not exist."""

from __future__ import annotations

from datetime import date

import attrs

from rightsdata.dates import DateRange
from rightsdata.quantity import Quantity


@attrs.frozen(kw_only=True, weakref_slot=False)
class Phrase:
    """A date or number phrase as a report writes it, with the value it must parse to.

    ``expected`` is computed from what the strategy drew (a day, a month, a number, a
    hedge), following the conventions of ``docs/dates.md`` and ``docs/quantities.md``,
    never by calling a parser, so comparing a parser's output with it tests the parser
    against the documentation:

        @given(rst.phrases())
        def test_parser(phrase):
            if isinstance(phrase.expected, DateRange):
                got = DateRange.parse(phrase.text, anchor=phrase.anchor)
            else:
                got = Quantity.parse(phrase.text)
            assert phrase.differences(got) == []

    Every field of ``expected`` is part of the truth: for a date, its bounds, precision
    (the coarser end's for "between X and Y"; for an interval also each end's), hedges,
    calendar and ``text``; for a number, ``low``, ``high``, ``best``, ``qualifier``
    (with the default 10 % margin) and ``text``. A relative phrase is measured in days
    from a one-day anchor, so its precision is ``DAY``, except "this / last / next week,
    month, year", which have their unit's.
    """

    text: str
    """The phrase ("late July 1988", "some 85,000 prisoners", "three days after")."""
    expected: DateRange | Quantity
    """The value the phrase means, with ``text`` set to the phrase."""
    anchor: date | None = None
    """The day a relative phrase ("last week", "on Tuesday") is read against: pass it as
    ``DateRange.parse(text, anchor=anchor)``. ``None`` for an absolute phrase."""

    def differences(self, actual: DateRange | Quantity) -> list[str]:
        """What ``actual`` (a parser's reading of [`text`][rightsdata.DateRange.text]) gets wrong,
        field by field.

        An empty list means it is exactly ``expected``.
        """
        if type(actual) is not type(self.expected):
            return [f"expected a {type(self.expected).__name__}, got {type(actual).__name__}"]
        out: list[str] = []
        for field in attrs.fields(type(self.expected)):
            want, got = getattr(self.expected, field.name), getattr(actual, field.name)
            if want != got:
                out.append(f"{field.name}: expected {want!r}, got {got!r}")
        return out


class Skip(Exception):
    """The phrase chosen for this draw does not exist (no such day, past year 9999)."""
