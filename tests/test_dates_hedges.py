"""The hedges reports write (issue #10): nights, weeks of a month, spans of parts, circa
forms, anchored seasons and periods, Persian spellings, numeric day/month dates.

Each class has its regression examples (the issue's own) and a property test; the last
tests hold the "Phrase words" table of ``docs/dates.md`` to the parser's own lists.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import Calendar, DateParseError, DateRange, Precision
from rightsdata.dates import english, jalali, relative
from rightsdata.dates._units import MONTH_NAMES, month_length, shift

D = date
ANCHOR = D(2021, 8, 25)  # report 000's publication day, a Wednesday
DOCS = (Path(__file__).resolve().parents[1] / "docs" / "dates.md").read_text()

days = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 30))


def _bounds(text: str, anchor: date | None = None) -> tuple[date | None, date | None]:
    r = DateRange.parse(text, anchor=anchor)
    assert r.text == text  # the words are kept
    return r.earliest, r.latest


# -- the issue's examples -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision", "approximate"),
    [
        ("the night of 19 to 20 July 1988", D(1988, 7, 19), D(1988, 7, 20), "day", False),
        ("the night of 19/20 July 1988", D(1988, 7, 19), D(1988, 7, 20), "day", False),
        ("over the past three weeks", D(2021, 8, 4), D(2021, 8, 25), "day", False),
        ("the first week of March 2020", D(2020, 3, 1), D(2020, 3, 7), "week", False),
        ("on or about 3 May", D(2021, 5, 3), D(2021, 5, 3), "day", True),
        ("on or around 3 May 2020", D(2020, 5, 3), D(2020, 5, 3), "day", True),
        ("around 3 May 2020", D(2020, 5, 3), D(2020, 5, 3), "day", True),
        ("mid-to-late July 1988", D(1988, 7, 11), D(1988, 7, 31), "part_of_month", False),
        ("early-to-mid July 1988", D(1988, 7, 1), D(1988, 7, 20), "part_of_month", False),
        ("the mid-to-late 1990s", D(1994, 1, 1), D(1999, 12, 31), "decade", False),
        ("early to mid summer 1988", D(1988, 6, 1), D(1988, 7, 31), "month", False),
        ("this summer", D(2021, 6, 1), D(2021, 8, 31), "season", False),
        ("last winter", D(2020, 12, 1), D(2021, 2, 28), "season", False),
        ("next year", D(2022, 1, 1), D(2022, 12, 31), "year", False),
        ("۲۹ تير ۱۳۶۷", D(1988, 7, 20), D(1988, 7, 20), "day", False),
        ("دي ۱۳۵۷", D(1978, 12, 22), D(1979, 1, 20), "month", False),
    ],
)
def test_the_issues_examples(
    text: str, earliest: date, latest: date, precision: str, approximate: bool
) -> None:
    r = DateRange.parse(text, anchor=ANCHOR)
    assert (r.earliest, r.latest, r.precision.value) == (earliest, latest, precision)
    assert r.approximate is approximate
    assert r.text == text


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("on the night of 19-20 July 1988", D(1988, 7, 19), D(1988, 7, 20)),
        ("the night of 31 July to 1 August 1988", D(1988, 7, 31), D(1988, 8, 1)),
        ("the night between 19 and 20 July 1988", D(1988, 7, 19), D(1988, 7, 20)),
        ("the night of 19 July 1988", D(1988, 7, 19), D(1988, 7, 20)),
        ("the night of 31 December to 1 January 2001", D(2000, 12, 31), D(2001, 1, 1)),
        ("the night of 29 Esfand to 1 Farvardin 1368", D(1989, 3, 20), D(1989, 3, 21)),
        ("the last week of February 2020", D(2020, 2, 23), D(2020, 2, 29)),
        ("the 4th week of March 2020", D(2020, 3, 22), D(2020, 3, 28)),
        ("the week of 25 August 2021", D(2021, 8, 23), D(2021, 8, 29)),
        ("the week beginning 3 May 2021", D(2021, 5, 3), D(2021, 5, 9)),
        ("mid/late July 1988", D(1988, 7, 11), D(1988, 7, 31)),
        ("in the past 3 months", D(2021, 5, 25), D(2021, 8, 25)),
        ("for the last fifteen days", D(2021, 8, 10), D(2021, 8, 25)),
        ("this past fall", D(2020, 9, 1), D(2020, 11, 30)),
        ("next spring", D(2022, 3, 1), D(2022, 5, 31)),
        ("the first week of Tir 1367", D(1988, 6, 22), D(1988, 6, 28)),
    ],
)
def test_more_of_each_class(text: str, earliest: date, latest: date) -> None:
    assert _bounds(text, ANCHOR) == (earliest, latest)


def test_a_night_is_two_days_that_follow() -> None:
    with pytest.raises(DateParseError, match="a night is of one day into the next"):
        DateRange.parse("the night of 19 to 21 July 1988")
    with pytest.raises(DateParseError, match="a night"):
        DateRange.parse("the night of July 1988")


def test_parts_in_the_wrong_order_are_refused() -> None:
    with pytest.raises(DateParseError, match="runs backwards"):
        DateRange.parse("late-to-early July 1988")


def test_the_week_of_needs_a_day() -> None:
    with pytest.raises(DateParseError, match="needs a day"):
        DateRange.parse("the week of July 1988")


# -- numeric day/month dates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("15/11/2019", r"day/month order is ambiguous.*only day-first.*'2019-11-15'"),
        ("11/03/2019", r"day/month order is ambiguous.*11 March 2019.*3 November 2019"),
        ("05/05/2019", r"day/month order is ambiguous.*either way"),
        ("15.11.2019", r"day/month order is ambiguous"),
        ("15-11-2019", r"day/month order is ambiguous"),
        ("15/11/19", r"day/month order is ambiguous.*two-digit year"),
        ("on 15/11/2019", r"day/month order is ambiguous"),
        ("۱۵/۱۱/۱۳۶۷", r"day/month order is ambiguous.*15 Bahman 1367 SH"),
        ("13/13/2019", r"no date in either day/month order"),
    ],
)
def test_numeric_day_month_dates_say_the_order_is_the_problem(text: str, says: str) -> None:
    with pytest.raises(DateParseError, match=says):
        DateRange.parse(text)


@given(
    st.integers(1, 31),
    st.integers(1, 31),
    st.integers(1000, 9999),
    st.sampled_from("/.-"),
    st.booleans(),
)
def test_no_numeric_day_month_date_is_read(a: int, b: int, y: int, sep: str, pad: bool) -> None:
    text = sep.join((f"{a:02d}" if pad else str(a), f"{b:02d}" if pad else str(b), str(y)))
    # refused whatever the numbers; when neither order is a date, the message says that
    with pytest.raises(DateParseError, match="day/month order"):
        DateRange.parse(text)


# -- properties of the classes ------------------------------------------------------------


@given(days, st.booleans())
def test_the_night_of_d_to_d_plus_one_holds_both_days(day: date, slash: bool) -> None:
    after = day + timedelta(days=1)
    if after.month == day.month:
        joiner = "/" if slash else " to "
        text = f"the night of {day.day}{joiner}{after.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    else:
        text = (
            f"the night of {day.day} {MONTH_NAMES[day.month - 1]} to {after.day} "
            f"{MONTH_NAMES[after.month - 1]} {after.year}"
        )
    r = DateRange.parse(text)
    assert (r.earliest, r.latest) == (day, after)
    assert r.contains(day)
    assert r.contains(after)
    assert not r.is_interval


@given(days, st.sampled_from(["first", "second", "third", "fourth", "last"]))
def test_a_week_of_a_month_lies_within_the_month(day: date, nth: str) -> None:
    month = f"{MONTH_NAMES[day.month - 1]} {day.year}"
    week = DateRange.parse(f"the {nth} week of {month}")
    whole = DateRange.parse(month)
    assert week.earliest is not None
    assert week.latest is not None
    assert whole.earliest is not None
    assert whole.latest is not None
    assert whole.earliest <= week.earliest <= week.latest <= whole.latest
    assert week.longest_duration() == timedelta(days=7)
    assert week.precision is Precision.WEEK
    if nth == "last":
        assert week.latest == whole.latest
    else:
        n = ["first", "second", "third", "fourth"].index(nth)
        assert week.earliest == whole.earliest + timedelta(days=7 * n)
    again = DateRange.parse(str(week))  # "the first week of March 2020" reads back
    assert (again.earliest, again.latest) == (week.earliest, week.latest)


PARTS = ["early", "mid", "late"]


@given(days, st.sampled_from(PARTS), st.sampled_from(PARTS), st.sampled_from(["-to-", " to "]))
def test_a_span_of_parts_runs_from_the_one_to_the_other(
    day: date, p1: str, p2: str, sep: str
) -> None:
    month = f"{MONTH_NAMES[day.month - 1]} {day.year}"
    text = f"{p1}{sep}{p2} {month}"
    if PARTS.index(p1) > PARTS.index(p2):
        with pytest.raises(DateParseError, match="runs backwards"):
            DateRange.parse(text)
        return
    r = DateRange.parse(text)
    first, second = DateRange.parse(f"{p1} {month}"), DateRange.parse(f"{p2} {month}")
    assert (r.earliest, r.latest) == (first.earliest, second.latest)
    assert not r.is_interval
    again = DateRange.parse(str(r))  # "mid-to-late July 1988" reads back
    assert (again.earliest, again.latest) == (r.earliest, r.latest)


@given(
    days,
    st.integers(1, 30),
    st.sampled_from(["day", "week", "month", "year"]),
    st.sampled_from(relative.PERIOD_WORDS),
    st.sampled_from(["the past", "the last"]),
)
def test_over_the_past_n_units_ends_at_the_anchor(
    anchor: date, n: int, unit: str, lead: str, past: str
) -> None:
    r = DateRange.parse(f"{lead} {past} {n} {unit}s", anchor=anchor)
    assert r.latest == anchor
    assert r.earliest == shift(anchor, -n, unit)
    if unit == "week":
        assert r.earliest == anchor - timedelta(weeks=n)
    assert r.is_interval


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _occurrences(start: int, around: int) -> list[tuple[date, date]]:
    out = []
    for year in range(around - 2, around + 3):
        end_year, end = (year + 1, start - 10) if start == 12 else (year, start + 2)
        out.append((D(year, start, 1), D(end_year, end, month_length(end_year, end))))
    return out


@given(days, st.sampled_from(sorted(SEASONS)))
def test_this_last_and_next_season(anchor: date, season: str) -> None:
    seen = _occurrences(SEASONS[season], anchor.year)
    this = _bounds(f"this {season}", anchor)
    last = _bounds(f"last {season}", anchor)
    nxt = _bounds(f"next {season}", anchor)
    holding = [s for s in seen if s[0] <= anchor <= s[1]]
    assert this == (holding[0] if holding else next(s for s in seen if s[0].year == anchor.year))
    assert last == max(s for s in seen if s[1] < anchor)
    assert nxt == min(s for s in seen if s[0] > anchor)


def test_an_anchored_season_widens_with_a_range_anchor() -> None:
    r = DateRange.parse("last summer", anchor=DateRange.parse("1988"))
    assert (r.earliest, r.latest) == (D(1987, 6, 1), D(1988, 8, 31))


@given(st.sampled_from(english.APPROXIMATE_WORDS), days)
def test_every_circa_word_hedges_without_widening(word: str, day: date) -> None:
    plain = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    r = DateRange.parse(f"{word} {plain}")
    assert r.approximate
    assert (r.earliest, r.latest) == (day, day)


# -- Persian spellings --------------------------------------------------------------------

PERSIAN_NAMES = [name for name in jalali.MONTHS if not name.isascii()]
ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})


def _variants(name: str) -> list[str]:
    arabic = name.translate(ARABIC_LETTERS)
    return [
        arabic,
        arabic.replace("ي", "ى"),  # alef maksura
        name[:1] + "\u200c" + name[1:],  # a zero-width non-joiner
        name.replace("آ", "ا"),  # no madda
        name[:1] + "\u0640" + name[1:],  # tatweel
    ]


@given(
    st.sampled_from(PERSIAN_NAMES),
    st.integers(1, 29),
    st.integers(1300, 1450),
    st.sampled_from([0, 1, 2, 3, 4]),
)
def test_arabic_letter_spellings_parse_as_the_persian(
    name: str, day: int, year: int, variant: int
) -> None:
    other = _variants(name)[variant]
    for template in ("{d} {m} {y}", "{m} {y}", "late {m} {y}"):
        persian = DateRange.parse(template.format(d=day, m=name, y=year))
        spelled = DateRange.parse(template.format(d=day, m=other, y=year))
        assert (spelled.earliest, spelled.latest, spelled.calendar) == (
            persian.earliest,
            persian.latest,
            Calendar.JALALI,
        )


def test_every_persian_month_in_arabic_letters_is_the_same_value() -> None:
    # the month names with a yeh or kaf are the ones the Arabic letters can misspell
    assert {n for n in PERSIAN_NAMES if "ی" in n} == {"فروردین", "اردیبهشت", "تیر", "شهریور", "دی"}
    for name in PERSIAN_NAMES:
        arabic = name.translate(ARABIC_LETTERS)
        text = f"1 {arabic} 1367"
        assert DateRange.parse(text) == attrs.evolve(DateRange.parse(f"1 {name} 1367"), text=text)


# -- the docs list every phrase word the parser accepts ----------------------------------


def _documented() -> dict[str, set[str]]:
    section = DOCS.split("### Phrase words", 1)[1].split("\n\n```", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and "`" in cells[1]:
            rows[cells[0].split(" (")[0]] = set(re.findall(r"`([^`]+)`", cells[1]))
    return rows


def _open_words(kind: str) -> set[str]:
    return {w for w, k in english.OPEN_WORDS.items() if k == kind}


def test_the_docs_list_every_phrase_word_and_no_other() -> None:
    assert _documented() == {
        "approximate": set(english.APPROXIMATE_WORDS),
        "uncertain": set(english.UNCERTAIN_WORDS),
        "before": _open_words("before"),
        "until": _open_words("until"),
        "after": _open_words("after"),
        "since": _open_words("since"),
        "filler": set(english.FILLER_WORDS),
        "period": set(relative.PERIOD_WORDS),
        "number": set(relative.NUMBERS),
    }


@pytest.mark.parametrize("word", sorted(english.OPEN_WORDS))
def test_every_open_word_opens_an_end(word: str) -> None:
    r = DateRange.parse(f"{word} 1990")
    assert r.earliest is None or r.latest is None


@pytest.mark.parametrize("word", english.UNCERTAIN_WORDS)
def test_every_doubt_word_sets_uncertain(word: str) -> None:
    assert DateRange.parse(f"{word} 1990").uncertain


@pytest.mark.parametrize("word", english.FILLER_WORDS)
def test_every_filler_word_changes_nothing(word: str) -> None:
    assert _bounds(f"{word} July 1988") == (D(1988, 7, 1), D(1988, 7, 31))


@pytest.mark.parametrize("word", sorted(relative.NUMBERS))
def test_every_number_word_counts(word: str) -> None:
    r = DateRange.parse(f"{word} days before", anchor=ANCHOR)
    assert r.earliest == ANCHOR - timedelta(days=relative.NUMBERS[word])
