"""DateRange and Quantity: construction rules and the basic ISO parser."""

from __future__ import annotations

from datetime import date

import pytest

from rightsdata import DateParseError, DateRange, Precision, Qualifier, Quantity, ValidationError


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("1988", date(1988, 1, 1), date(1988, 12, 31), Precision.YEAR),
        ("1988-02", date(1988, 2, 1), date(1988, 2, 29), Precision.MONTH),
        ("1988-07-20", date(1988, 7, 20), date(1988, 7, 20), Precision.DAY),
        ("1988-07/1988-09", date(1988, 7, 1), date(1988, 9, 30), Precision.MONTH),
        ("1988-07-21/1988-09", date(1988, 7, 21), date(1988, 9, 30), Precision.MONTH),
        ("../1990", None, date(1990, 12, 31), Precision.YEAR),
        ("2011/..", date(2011, 1, 1), None, Precision.YEAR),
    ],
)
def test_iso_parse(
    text: str, earliest: date | None, latest: date | None, precision: Precision
) -> None:
    r = DateRange.parse(text)
    assert (r.earliest, r.latest, r.precision, r.text) == (earliest, latest, precision, text)


@pytest.mark.parametrize("text", ["", "88", "1988-13", "1988-02-30", "1990/1988", "a/b/c"])
def test_iso_parse_refuses(text: str) -> None:
    with pytest.raises(DateParseError):
        DateRange.parse(text)


def test_date_range_order_is_validated() -> None:
    with pytest.raises(ValidationError, match="latest: latest day 1988-01-01 is before earliest"):
        DateRange(earliest=date(1988, 2, 1), latest=date(1988, 1, 1))


def test_contains_with_open_ends() -> None:
    before = DateRange.between(None, date(1990, 1, 1))
    assert before.contains(date(1, 1, 1))
    assert not before.contains(date(1990, 1, 2))
    assert DateRange.parse("1988").contains(date(1988, 8, 1))
    assert not DateRange.parse("1988").contains(date(1989, 1, 1))


def test_quantity_constructors() -> None:
    assert Quantity.more_than(30000).low == 30001
    assert Quantity.fewer_than(10).high == 9
    assert Quantity.exact(281) == Quantity(low=281, high=281, best=281)
    about = Quantity.about(85000)
    assert (about.low, about.best, about.high, about.qualifier) == (
        76500,
        85000,
        93500,
        Qualifier.APPROXIMATELY,
    )
    assert Quantity.between(2800, 30000).contains(5000)
    assert not Quantity.at_least(5000).contains(4999)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"low": 5, "high": 4, "qualifier": Qualifier.RANGE}, "high: high 4 is below low 5"),
        (
            {"low": 5, "high": 9, "best": 3, "qualifier": Qualifier.RANGE},
            "best: best 3 is below low 5",
        ),
        ({"low": 5, "high": 9, "best": 10, "qualifier": Qualifier.RANGE}, "best: best 10 is above"),
        (
            {"low": -1, "high": None, "qualifier": Qualifier.AT_LEAST},
            "low: a count cannot be negative",
        ),
        ({"low": 1, "high": 2}, "qualifier: an exact quantity needs low == high"),
        ({"low": 1, "high": None, "qualifier": Qualifier.RANGE}, "a range needs both"),
    ],
)
def test_quantity_rules(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Quantity(**kwargs)  # type: ignore[arg-type]


def test_quantity_collects_every_problem() -> None:
    with pytest.raises(ValidationError) as info:
        Quantity(low=-1, high=-2, qualifier=Qualifier.RANGE)
    assert len(info.value.problems) == 3


def test_quantity_refuses_counts_json_cannot_carry() -> None:
    from rightsdata.quantity import MAX_COUNT

    assert Quantity.exact(MAX_COUNT).high == MAX_COUNT
    with pytest.raises(ValidationError, match="cannot exceed"):
        Quantity.exact(MAX_COUNT + 1)


def test_ids_refuse_a_trailing_newline() -> None:
    from rightsdata import Citation

    with pytest.raises(ValidationError, match="id must be non-empty and without spaces"):
        Citation(source="abc\n")


def test_times_need_whole_minute_offsets() -> None:
    from datetime import datetime, timedelta, timezone

    from rightsdata import Source, SourceKind

    lmt = timezone(timedelta(hours=3, minutes=25, seconds=44))
    with pytest.raises(ValidationError, match="not a whole number of minutes"):
        Source(id="s", kind=SourceKind.OTHER, title="t", captured=datetime(1900, 1, 1, tzinfo=lmt))
    with pytest.raises(ValidationError, match="time: the UTC offset"):
        DateRange(
            earliest=date(1900, 1, 1),
            latest=date(1900, 1, 1),
            time=datetime(1900, 1, 1, 12, tzinfo=lmt),
        )


@pytest.mark.parametrize(
    ("text", "ends"), [("../..", (None, None)), ("/", (Precision.UNKNOWN,) * 2)]
)
def test_an_interval_with_no_known_end_is_all_time(text: str, ends: tuple[object, object]) -> None:
    r = DateRange.parse(text)
    assert (r.earliest, r.latest, r.precision) == (None, None, Precision.UNKNOWN)
    assert (r.earliest_precision, r.latest_precision) == ends
    assert DateRange.parse(r.to_edtf()) == r


def test_to_edtf_of_a_wholly_unknown_range_parses_back() -> None:
    r = DateRange(earliest=None, latest=None, precision=Precision.UNKNOWN)
    back = DateRange.parse(r.to_edtf())
    assert (back.earliest, back.latest) == (None, None)
