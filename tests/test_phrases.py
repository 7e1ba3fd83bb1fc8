"""Generated phrases parse to the values the documented conventions give them.

The phrase strategies compute each phrase's expected value from what they drew (a day,
a month, a number, a hedge), never with a parser, so these tests check the date and
number parsers against ``docs/dates.md`` and ``docs/quantities.md``.
"""

from datetime import date

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rightsdata import Calendar, DateRange, Precision, Qualifier, Quantity
from rightsdata import strategies as rst
from rightsdata.strategies import Phrase

EXISTS = settings(database=None, max_examples=200, phases=[Phase.generate])
"""For find() as an existence check: no example database, no shrinking."""


def _parse(phrase: Phrase) -> DateRange | Quantity:
    if isinstance(phrase.expected, DateRange):
        return DateRange.parse(phrase.text, anchor=phrase.anchor)
    return Quantity.parse(phrase.text)


# -- the parsers give exactly the expected values ---------------------------------------


@given(rst.date_phrases())
def test_date_phrases_parse_to_their_expected_range(phrase):
    assert phrase.differences(_parse(phrase)) == []


@given(rst.date_phrases(relative=False, jalali=False))
def test_plain_gregorian_phrases_parse_to_their_expected_range(phrase):
    assert phrase.differences(_parse(phrase)) == []


@given(rst.quantity_phrases())
def test_quantity_phrases_parse_to_their_expected_quantity(phrase):
    assert phrase.differences(_parse(phrase)) == []


@given(rst.quantity_phrases(max_value=2000))
def test_small_quantity_phrases_parse_to_their_expected_quantity(phrase):
    assert phrase.differences(_parse(phrase)) == []


@given(rst.phrases())
def test_phrases_parse_to_their_expected_value(phrase):
    assert phrase.differences(_parse(phrase)) == []


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("20-25 Tir 1367", date(1988, 7, 11), date(1988, 7, 16)),
        ("between 11 and 11 Dey 1378", date(2000, 1, 1), date(2000, 1, 1)),
        ("Tir 20-25, 1367", date(1988, 7, 11), date(1988, 7, 16)),
    ],
)
def test_a_bare_solar_hijri_day_borrows_the_calendar_too(text, earliest, latest):
    # Regression: the bare left day was read as a Gregorian day of the Solar Hijri year
    # and month ("20-25 Tir 1367" began on 20 April 1367 and was labelled Gregorian).
    r = DateRange.parse(text)
    assert (r.earliest, r.latest, r.calendar) == (earliest, latest, Calendar.JALALI)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("this month", date(9999, 12, 1), date(9999, 12, 31)),
        ("earlier this month", date(9999, 12, 1), date(9999, 12, 15)),
        ("later this month", date(9999, 12, 17), date(9999, 12, 31)),
    ],
)
def test_this_month_in_the_last_month_there_is(text, earliest, latest):
    # Regression: the month's end was found by stepping to the next month, January 10000.
    r = DateRange.parse(text, anchor=date(9999, 12, 16))
    assert (r.earliest, r.latest) == (earliest, latest)


# -- the expectations are the documented ones -------------------------------------------


def test_differences_name_each_wrong_field():
    phrase = Phrase(text="late July 1988", expected=DateRange.parse("late July 1988"))
    assert phrase.differences(DateRange.parse("late July 1988")) == []
    wrong = DateRange.parse("July 1988")
    problems = phrase.differences(wrong)
    assert [p.split(":")[0] for p in problems] == ["earliest", "precision", "text"]
    assert phrase.differences(Quantity.exact(3)) == ["expected a DateRange, got Quantity"]


@given(rst.date_phrases())
def test_date_expectations_are_consistent(phrase):
    r = phrase.expected
    assert isinstance(r, DateRange)
    assert r.text == phrase.text
    assert r.earliest is not None or r.latest is not None
    if r.is_interval:
        assert r.earliest_precision is not None
        assert r.latest_precision is not None


@given(rst.quantity_phrases())
def test_quantity_expectations_are_consistent(phrase):
    q = phrase.expected
    assert isinstance(q, Quantity)
    assert q.text == phrase.text
    assert phrase.anchor is None
    if q.qualifier is Qualifier.APPROXIMATELY and q.best is not None:
        assert q.low is not None
        assert q.high is not None
        assert q.low <= q.best <= q.high


COVERAGE = settings(database=None, max_examples=200, phases=[Phase.generate], derandomize=True)
"""Existence checks: one deterministic run (so never flaky) of 200 lists of 8 phrases."""

_PERSIAN_OR_ARABIC_DIGITS = frozenset("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")


def _date_features(p: Phrase) -> set[str]:
    r = p.expected
    found = {f"precision {r.precision.value}", f"calendar {r.calendar.value}"}
    flags = {
        "anchor": p.anchor is not None,
        "approximate": r.approximate,
        "uncertain": r.uncertain,
        "open start": r.earliest is None,
        "open end": r.latest is None,
        "interval": r.is_interval and p.anchor is None,
        "time": r.time is not None,
        "persian digits": bool(_PERSIAN_OR_ARABIC_DIGITS & set(p.text)),
        "winter into the next year": r.precision is Precision.SEASON
        and r.calendar is Calendar.GREGORIAN
        and r.earliest is not None
        and r.latest is not None
        and r.earliest.year + 1 == r.latest.year,
    }
    return found | {name for name, on in flags.items() if on}


def _quantity_features(p: Phrase) -> set[str]:
    q = p.expected
    found = {f"qualifier {q.qualifier.value}"}
    words = p.text.lower().replace("-", " ").split()
    flags = {
        "persian digits": bool(_PERSIAN_OR_ARABIC_DIGITS & set(p.text)),
        "separators": "," in p.text or "٬" in p.text,
        "number words": bool({"one", "two", "three", "four", "five", "twenty"} & set(words)),
        "unit": any(w in words for w in ("people", "prisoners", "cities", "executions")),
    }
    return found | {name for name, on in flags.items() if on}


def _features(strategy, features) -> set[str]:
    seen: set[str] = set()

    @COVERAGE
    @given(st.lists(strategy, min_size=8, max_size=8))
    def collect(phrases):
        for phrase in phrases:
            seen.update(features(phrase))

    collect()
    return seen


def test_every_date_convention_is_generated():
    seen = _features(rst.date_phrases(), _date_features)
    wanted = {
        *("anchor", "approximate", "uncertain", "open start", "open end", "interval", "time"),
        *("persian digits", "winter into the next year", "calendar jalali"),
        *(f"precision {p.value}" for p in Precision if p.value not in ("quarter", "semester")),
    } - {"precision unknown"}
    assert wanted - seen == set()


def test_every_quantity_convention_is_generated():
    seen = _features(rst.quantity_phrases(), _quantity_features)
    wanted = {f"qualifier {q.value}" for q in Qualifier}
    wanted |= {"persian digits", "separators", "number words", "unit"}
    assert wanted - seen == set()


# -- options ----------------------------------------------------------------------------

START, END = date(1988, 7, 1), date(1988, 9, 30)


@given(rst.date_phrases(min_value=START, max_value=END))
def test_date_phrases_honour_the_range(phrase):
    r = phrase.expected
    for end in (r.earliest, r.latest, phrase.anchor):
        assert end is None or START <= end <= END


@given(rst.date_phrases(relative=False, jalali=False))
def test_date_phrases_options_turn_kinds_off(phrase):
    assert phrase.anchor is None
    assert phrase.expected.calendar is Calendar.GREGORIAN


@given(rst.quantity_phrases(min_value=10, max_value=500))
def test_quantity_phrases_honour_the_range(phrase):
    q = phrase.expected
    for n in (q.low, q.high, q.best):
        assert n is None or 10 <= n <= 500


@given(st.data())
def test_a_one_day_range_still_gives_phrases(data):
    phrase = data.draw(rst.date_phrases(min_value=START, max_value=START))
    assert phrase.expected.earliest in (START, None)
    assert phrase.differences(_parse(phrase)) == []


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: rst.date_phrases(min_value=END, max_value=START), "min_value"),
        (lambda: rst.date_phrases(min_value="1988-07-01"), "datetime.date"),
        (lambda: rst.date_phrases(min_value=date(99, 12, 31)), "three or four digits"),
        (lambda: rst.date_phrases(relative=1), "relative"),
        (lambda: rst.date_phrases(jalali=None), "jalali"),
        (lambda: rst.quantity_phrases(min_value=10, max_value=2), "min_value"),
        (lambda: rst.quantity_phrases(min_value=-1), "min_value"),
        (lambda: rst.quantity_phrases(max_value=2.5), "integer"),
        (lambda: rst.quantity_phrases(max_value=2**64), "MAX_COUNT"),
    ],
)
def test_bad_options_raise_invalid_argument(make, message):
    with pytest.raises(InvalidArgument, match=message):
        make()


# -- the oracle's words ------------------------------------------------------------------


def test_the_oracle_reads_every_vague_order_with_its_own_arithmetic():
    from rightsdata.strategies._oracle.words import VAGUE_RULES
    from rightsdata.vocab import bounds

    table = bounds("quantity_en", "vague")
    assert [phrase for phrase, _, _ in VAGUE_RULES] == list(table)
    # The oracle's rule (k x to 10 x - 1) agrees with the numbers written in the data.
    assert {phrase: (k * x, 10 * x - 1) for phrase, x, k in VAGUE_RULES} == table


def test_the_oracle_refuses_a_vague_order_it_cannot_compute():
    from rightsdata.strategies._oracle.words import _vague_rule

    assert _vague_rule("several hundred thousand") == ("several hundred thousand", 10**5, 3)
    with pytest.raises(ValueError, match="no order for 'gazillions'"):
        _vague_rule("gazillions")
