"""The parsers' fast DateRange builder and the single validator give the constructor's values.

``fast_range`` skips attrs' ``__init__`` when its own inline checks show the value valid;
these tests hold it to the validated constructor: on every value the parsers produce
(generated phrases, fuzzed text, the EDTF conformance strings), and on arbitrary fields,
valid or not (the same value, or the same error).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import DateParseError, DateRange, ValidationError
from rightsdata import strategies as rst
from rightsdata.dates.range import Calendar, Precision, coarser, fast_range

DATA = Path(__file__).parent / "data" / "edtf_python_edtf.json"
EDTF_VALID = [case["edtf"] for case in json.loads(DATA.read_text())["valid"]]
PHRASES = [
    "late July 1988",
    "between late July and early September 1988",
    "the Summer of 1988",
    "in August 2016",
    "July 20, 1988",
    "the early 1990s",
    "circa 1990",
    "before 1990",
    "after 2016",
    "July-September 1988",
    "Tuesday, August 24, 2021",
    "29 Tir 1367",
    "1367 SH",
    "winter 1988-89",
    "10am GMT Tuesday 4 December 2018",
    "probably 1984?",
    "from July to September 1988",
    "20-25 July 1988",
]


def _rebuilt(r: DateRange) -> DateRange:
    """The same fields through the validated constructor (raises if it refuses them)."""
    return DateRange(**attrs.asdict(r, recurse=False))


def _same(a: DateRange, b: DateRange) -> None:
    assert a == b
    assert [type(getattr(a, f.name)) for f in attrs.fields(DateRange)] == [
        type(getattr(b, f.name)) for f in attrs.fields(DateRange)
    ]


@given(rst.date_phrases())
def test_every_generated_phrase_parses_to_a_value_the_constructor_accepts(
    phrase: rst.Phrase,
) -> None:
    r = DateRange.parse(phrase.text, anchor=phrase.anchor)
    _same(_rebuilt(r), r)


@given(st.text(alphabet="0123456789 -/.,?~julyaugstbcirefomnhwdSHXTir", max_size=30))
def test_fuzzed_text_parses_to_a_value_the_constructor_accepts(text: str) -> None:
    try:
        r = DateRange.parse(text, anchor=date(2020, 3, 15))
    except DateParseError:
        return
    _same(_rebuilt(r), r)


@pytest.mark.parametrize("text", EDTF_VALID + PHRASES)
def test_conformance_strings_parse_to_values_the_constructor_accepts(text: str) -> None:
    r = DateRange.parse(text)
    _same(_rebuilt(r), r)


_days = st.one_of(st.none(), st.dates(), st.datetimes())
_precisions = st.one_of(st.none(), st.sampled_from(Precision))


@given(
    earliest=_days,
    latest=_days,
    precision=st.sampled_from(Precision),
    approximate=st.booleans(),
    uncertain=st.booleans(),
    calendar=st.sampled_from(Calendar),
    text=st.one_of(st.none(), st.text(max_size=5)),
    earliest_precision=_precisions,
    latest_precision=_precisions,
)
def test_fast_range_gives_the_constructors_value_or_error(
    earliest: date | None,
    latest: date | None,
    precision: Precision,
    approximate: bool,
    uncertain: bool,
    calendar: Calendar,
    text: str | None,
    earliest_precision: Precision | None,
    latest_precision: Precision | None,
) -> None:
    fields = {
        "earliest": earliest,
        "latest": latest,
        "precision": precision,
        "approximate": approximate,
        "uncertain": uncertain,
        "calendar": calendar,
        "text": text,
        "earliest_precision": earliest_precision,
        "latest_precision": latest_precision,
    }
    expected: DateRange | tuple[object, ...]
    try:
        expected = DateRange(**fields)
    except ValidationError as exc:
        expected = exc.problems
    try:
        got: DateRange | tuple[object, ...] = fast_range(*fields.values())
    except ValidationError as exc:
        got = exc.problems
    if isinstance(expected, DateRange):
        assert isinstance(got, DateRange)
        _same(got, expected)
    else:
        assert got == expected


def test_fast_range_honours_disabled_validators() -> None:
    with attrs.validators.disabled():
        r = fast_range(
            date(2016, 1, 1), date(1989, 12, 31), Precision.DAY, False, False,
            Calendar.GREGORIAN, None, None, None,
        )  # fmt: skip
    assert (r.earliest, r.latest) == (date(2016, 1, 1), date(1989, 12, 31))


D = date(1988, 7, 20)
T = datetime(1988, 7, 20, 10, 0)


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({"earliest": T, "latest": D}, "earliest", "got a datetime (1988-07-20T10:00:00)"),
        ({"earliest": D, "latest": T}, "latest", "got a datetime (1988-07-20T10:00:00)"),
        ({"earliest": D, "latest": D - timedelta(1)}, "latest", "is before earliest day"),
        (
            {"earliest": D, "latest": D, "earliest_precision": Precision.UNKNOWN},
            "earliest_precision",
            "an end can only be unknown when it has no day",
        ),
        (
            {"earliest": None, "latest": D, "latest_precision": Precision.UNKNOWN},
            "latest_precision",
            "an end can only be unknown when it has no day",
        ),
        (
            {"earliest": D + timedelta(1), "latest": D, "latest_precision": Precision.UNKNOWN},
            "latest",
            "is before earliest day",
        ),
        ({"earliest": D, "latest": D, "time": "10:00"}, "time", "expected a datetime"),
        (
            {"earliest": D, "latest": D, "time": T.replace(day=21)},
            "time",
            "but earliest and latest are not that day",
        ),
        (
            {
                "earliest": D,
                "latest": D,
                "time": T.replace(tzinfo=timezone(timedelta(seconds=30))),
            },
            "time",
            "not a whole number of minutes",
        ),
    ],
)
def test_the_single_validator_reports_the_first_problem_in_field_order(
    fields: dict[str, object], path: str, message: str
) -> None:
    with pytest.raises(ValidationError) as got:
        DateRange(**fields)  # type: ignore[arg-type]
    assert [p.path for p in got.value.problems] == [path]
    assert message in got.value.problems[0].message


def test_every_end_of_the_wrong_type_is_reported() -> None:
    with pytest.raises(ValidationError) as got:
        DateRange(earliest=T, latest=T)  # type: ignore[arg-type]
    assert [p.path for p in got.value.problems] == ["earliest", "latest"]
    assert all("got a datetime" in p.message for p in got.value.problems)


def test_validators_still_run_on_evolve_and_can_be_disabled() -> None:
    r = DateRange.day(D)
    with pytest.raises(ValidationError, match="latest: latest day"):
        attrs.evolve(r, latest=D - timedelta(1))
    with attrs.validators.disabled():
        assert attrs.evolve(r, latest=D - timedelta(1)).latest == D - timedelta(1)


@pytest.mark.parametrize("a", list(Precision))
@pytest.mark.parametrize("b", list(Precision))
def test_coarser_follows_the_declared_order(a: Precision, b: Precision) -> None:
    order = list(Precision)
    assert coarser(a, b) is (a if order.index(a) >= order.index(b) else b)
