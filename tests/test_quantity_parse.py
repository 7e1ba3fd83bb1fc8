"""Quantity.parse: hedged numbers as reports write them, checked against generated truth."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata.errors import QuantityParseError, ValidationError
from rightsdata.numbers import parse_number
from rightsdata.quantity import (
    _HEDGES,
    _TRAILING_HEDGES,
    DEFAULT_MARGIN,
    VAGUE_ORDERS,
    Qualifier,
    Quantity,
)

# --- independent helpers (the test's own truth, not the parser's) -------------------------

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"
SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def in_script(n: int, digits: str, sep: str) -> str:
    """``n`` with thousands separators, in another digit script."""
    return "".join(digits[int(c)] if c.isdigit() else sep for c in f"{n:,}")


def below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    words = []
    if n >= 100:
        words += [SMALL[n // 100], "hundred"]
        n %= 100
        if n and use_and:
            words.append("and")
    if n >= 20:
        t, u = divmod(n, 10)
        words.append(TENS[t] + (("-" if hyphen else " ") + SMALL[u] if u else ""))
    elif n or not words:
        words.append(SMALL[n])
    return " ".join(words)


def spell(n: int, hyphen: bool = True, use_and: bool = False) -> str:
    """English words for ``n`` (below a trillion)."""
    if n == 0:
        return "zero"
    parts = []
    for value, name in SCALES:
        if n >= value:
            parts.append(below_thousand(n // value, hyphen, use_and) + " " + name)
            n %= value
    if n:
        parts.append(below_thousand(n, hyphen, use_and))
    return " ".join(parts)


def ceil_ratio(n: int, m: Fraction) -> int:
    """ceil(n × m) in integers."""
    return -((-n * m.numerator) // m.denominator)


def bounds(q: Quantity) -> tuple[int | None, int | None, int | None]:
    return q.low, q.high, q.best


counts = st.integers(min_value=0, max_value=10**12 - 1)
positive = st.integers(min_value=1, max_value=10**12 - 1)


@st.composite
def written(draw: st.DrawFn, n: int) -> str:
    """``n`` written in one of the ways reports write numbers."""
    style = draw(st.sampled_from(["plain", "commas", "persian", "arabic", "words"]))
    if style == "plain":
        return str(n)
    if style == "commas":
        return f"{n:,}"
    if style == "persian":
        return in_script(n, PERSIAN, "\u066c")
    if style == "arabic":
        return in_script(n, ARABIC, "\u066c")
    return spell(n, hyphen=draw(st.booleans()), use_and=draw(st.booleans()))


# What each hedge means, written out independently of the parser: (low, high, best).
M = DEFAULT_MARGIN
HEDGES = {
    "at least": lambda n: (n, None, None, Qualifier.AT_LEAST),
    "no fewer than": lambda n: (n, None, None, Qualifier.AT_LEAST),
    "no less than": lambda n: (n, None, None, Qualifier.AT_LEAST),
    "as few as": lambda n: (n, None, None, Qualifier.AT_LEAST),
    "more than": lambda n: (n + 1, None, None, Qualifier.MORE_THAN),
    "over": lambda n: (n + 1, None, None, Qualifier.MORE_THAN),
    "upwards of": lambda n: (n + 1, None, None, Qualifier.MORE_THAN),
    "in excess of": lambda n: (n + 1, None, None, Qualifier.MORE_THAN),
    "at most": lambda n: (0, n, None, Qualifier.AT_MOST),
    "up to": lambda n: (0, n, None, Qualifier.AT_MOST),
    "no more than": lambda n: (0, n, None, Qualifier.AT_MOST),
    "as many as": lambda n: (0, n, None, Qualifier.AT_MOST),
    "fewer than": lambda n: (0, n - 1, None, Qualifier.FEWER_THAN),
    "less than": lambda n: (0, n - 1, None, Qualifier.FEWER_THAN),
    "under": lambda n: (0, n - 1, None, Qualifier.FEWER_THAN),
    **{
        word: (lambda n: (n - ceil_ratio(n, M), n + ceil_ratio(n, M), n, Qualifier.APPROXIMATELY))
        for word in (
            "some",
            "about",
            "around",
            "approximately",
            "approx.",
            "approx",
            "roughly",
            "an estimated",
            "estimated",
            "circa",
            "c.",
            "ca.",
            "~",
        )
    },
    "nearly": lambda n: (n - ceil_ratio(n, M), n, n, Qualifier.APPROXIMATELY),
    "almost": lambda n: (n - ceil_ratio(n, M), n, n, Qualifier.APPROXIMATELY),
    "": lambda n: (n, n, n, Qualifier.EXACT),
}


# --- the seed reports ---------------------------------------------------------------------

SEEDS = [
    ("at least 5,000", 5000, None, None, Qualifier.AT_LEAST, None),
    ("more than 30,000", 30001, None, None, Qualifier.MORE_THAN, None),
    ("some 85,000", 76500, 93500, 85000, Qualifier.APPROXIMATELY, None),
    ("70,000", 70000, 70000, 70000, Qualifier.EXACT, None),
    ("281", 281, 281, 281, Qualifier.EXACT, None),
    ("at least 251", 251, None, None, Qualifier.AT_LEAST, None),
    ("at least 220", 220, None, None, Qualifier.AT_LEAST, None),
    ("over 60", 61, None, None, Qualifier.MORE_THAN, None),
    ("more than 100", 101, None, None, Qualifier.MORE_THAN, None),
    ("at least 32 cities", 32, None, None, Qualifier.AT_LEAST, "cities"),
    ("hundreds of gigabytes", 200, 999, None, Qualifier.VAGUE, "gigabytes"),
    ("189,500", 189500, 189500, 189500, Qualifier.EXACT, None),
    ("853", 853, 853, 853, Qualifier.EXACT, None),
    ("14,991", 14991, 14991, 14991, Qualifier.EXACT, None),
    ("several dozen", 36, 119, None, Qualifier.VAGUE, None),
    ("thousands", 2000, 9999, None, Qualifier.VAGUE, None),
    ("85,000 prisoners", 85000, 85000, 85000, Qualifier.EXACT, "prisoners"),
    ("281 prisoners hanged", 281, 281, 281, Qualifier.EXACT, "prisoners"),
    ("32 cities", 32, 32, 32, Qualifier.EXACT, "cities"),
]


@pytest.mark.parametrize(("text", "low", "high", "best", "qualifier", "unit"), SEEDS)
def test_seed_phrases(text, low, high, best, qualifier, unit):
    q, got_unit = Quantity.parse_with_unit(text)
    assert (q.low, q.high, q.best, q.qualifier) == (low, high, best, qualifier)
    assert got_unit == unit
    assert q.text == text
    assert Quantity.parse(text) == q


def test_half_is_a_share_not_a_count():
    with pytest.raises(QuantityParseError, match=r"'half'.*Share"):
        Quantity.parse("half")


@pytest.mark.parametrize("text", ["a third", "two thirds", "50%", "five percent", "less than half"])
def test_other_shares_point_to_share(text):
    with pytest.raises(QuantityParseError, match="Share"):
        Quantity.parse(text)


# --- number forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five", 5),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("two hundred", 200),
        ("thirty thousand", 30000),
        ("one million", 1_000_000),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("1.5 million", 1_500_000),
        ("۱٫۵ million", 1_500_000),
        ("twenty-five hundred", 2500),
        ("two hundred and fifty", 250),
        ("one thousand and five", 1005),
        ("one million two hundred thousand", 1_200_000),
        ("۸۵٬۰۰۰", 85000),
        ("٨٥٬٠٠٠", 85000),
        ("۱۸۹۵۰۰", 189500),
        ("189500", 189500),
    ],
)
def test_number_forms(text, value):
    assert parse_number(text) == value
    assert Quantity.parse(text).best == value


@pytest.mark.parametrize(
    "text",
    ["1,5", "85.5", "1,0000", "five five", "thousand", "a", "one thousand one million", "১২"],
)
def test_bad_numbers(text):
    with pytest.raises(QuantityParseError, match="cannot read"):
        parse_number(text)


@given(counts, st.booleans(), st.booleans())
def test_spelled_numbers(n, hyphen, use_and):
    assert parse_number(spell(n, hyphen, use_and)) == n


@given(counts)
def test_persian_and_arabic_digits_equal_latin(n):
    latin = Quantity.parse(f"at least {n:,}")
    for digits in (PERSIAN, ARABIC):
        other = Quantity.parse(f"at least {in_script(n, digits, chr(0x066C))}")
        assert bounds(other) == bounds(latin)
        assert other.qualifier is latin.qualifier


# --- hedges: generated truth ------------------------------------------------------------------


@given(st.sampled_from(sorted(HEDGES)), positive, st.data())
def test_hedge_bounds(hedge, n, data):
    number = data.draw(written(n))
    text = f"{hedge}{'' if hedge in ('', '~') else ' '}{number}"
    q = Quantity.parse(text)
    low, high, best, qualifier = HEDGES[hedge](n)
    assert (q.low, q.high, q.best, q.qualifier) == (low, high, best, qualifier)
    assert q.text == text


@given(st.sampled_from(sorted(HEDGES)), positive, st.sampled_from(["prisoners", "cities", "GB"]))
def test_hedge_with_unit(hedge, n, unit):
    sep = "" if hedge in ("", "~") else " "
    q, got = Quantity.parse_with_unit(f"{hedge}{sep}{n:,} {unit}")
    assert got == unit
    assert (q.low, q.high, q.best, q.qualifier) == HEDGES[hedge](n)


@given(positive, st.fractions(min_value=0, max_value=1, max_denominator=1000))
def test_margin_is_exact_and_rounds_outward(n, margin):
    q = Quantity.parse(f"about {n:,}", margin=margin)
    delta = ceil_ratio(n, margin)
    assert (q.low, q.high, q.best) == (max(0, n - delta), n + delta, n)
    assert q.low <= n - n * margin or q.low == 0
    assert q.high >= n + n * margin


def test_margin_examples():
    assert bounds(Quantity.parse("about 85,000")) == (76500, 93500, 85000)
    assert bounds(Quantity.parse("about 5")) == (4, 6, 5)  # 0.5 rounds outward to 1
    assert bounds(Quantity.parse("about 85,000", margin=Decimal("0.05"))) == (80750, 89250, 85000)
    assert bounds(Quantity.parse("nearly 300")) == (270, 300, 300)
    assert bounds(Quantity.parse("almost 5")) == (4, 5, 5)


@pytest.mark.parametrize("margin", [0.1, -1, Decimal("NaN"), True])
def test_bad_margin_is_refused(margin):
    with pytest.raises(ValidationError, match="margin"):
        Quantity.about(100, margin=margin)
    with pytest.raises(ValidationError, match="margin"):
        Quantity.parse("about 100", margin=margin)


def test_fewer_than_zero_is_refused():
    with pytest.raises(QuantityParseError, match="fewer than 0"):
        Quantity.parse("fewer than 0")


# --- ranges -------------------------------------------------------------------------------


@given(
    counts,
    counts,
    st.sampled_from(
        ["{a}-{b}", "{a}–{b}", "{a} to {b}", "{a} - {b}", "between {a} and {b}", "from {a} to {b}"]
    ),
)
def test_ranges(a, b, form):
    a, b = min(a, b), max(a, b)
    q = Quantity.parse(form.format(a=f"{a:,}", b=f"{b:,}"))
    assert (q.low, q.high, q.best, q.qualifier) == (a, b, None, Qualifier.RANGE)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 2,800 and 30,000", 2800, 30000),
        ("2,800-30,000", 2800, 30000),
        ("2,800 to 30,000", 2800, 30000),
        ("2,800–30,000", 2800, 30000),
        ("between five and ten", 5, 10),
        ("between one hundred and two hundred", 100, 200),
        ("twenty-five to thirty", 25, 30),
        ("2-3 million", 2_000_000, 3_000_000),
        ("between 500 and 600 thousand", 500_000, 600_000),
        ("between two and three hundred", 200, 300),
        ("between 200 and 3 million", 200, 3_000_000),
        ("۲٬۸۰۰–۳۰٬۰۰۰", 2800, 30000),
    ],
)
def test_range_examples(text, low, high):
    q = Quantity.parse(text)
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("at least 32 Kurdish-majority cities", "Kurdish-majority cities"),
        ("Some 85,000 prisoners were temporarily released", "prisoners"),
        ("۸۵٬۰۰۰ زندانی", "زندانی"),
        ("more than 100 family members interviewed", "family members"),
        ("ZERO prisoners", "prisoners"),
        ("about 85,000 (76,500–93,500) prisoners", "prisoners"),
    ],
)
def test_units(text, unit):
    assert Quantity.parse_with_unit(text)[1] == unit


def test_range_with_unit():
    q, unit = Quantity.parse_with_unit("2,800-30,000 prisoners")
    assert (q.low, q.high, unit) == (2800, 30000, "prisoners")


@pytest.mark.parametrize("text", ["30,000-2,800", "between 5", "between 5 and", "from 5", "5 to"])
def test_bad_ranges(text):
    with pytest.raises(QuantityParseError):
        Quantity.parse(text)


# --- vague orders -------------------------------------------------------------------------

UNIT_WORDS = {"ten": 10, "dozen": 12, "score": 20, "hundred": 100, "thousand": 1000}
UNIT_WORDS |= {"million": 10**6, "billion": 10**9}


def vague_bounds(phrase: str) -> tuple[int, int]:
    """The test's reading of the documented rule: Xs = a few X = 2X..10X-1, several X =
    3X..10X-1; "a few" and "a handful" alone are 2..9."""
    if phrase == "a handful":
        return 2, 9
    words = phrase.removeprefix("a few").split()
    u = 1
    for w in words:
        if w not in ("several", "of"):
            u *= UNIT_WORDS[w.removesuffix("s")]
    return (3 if words[:1] == ["several"] else 2) * u, 10 * u - 1


@pytest.mark.parametrize("phrase", sorted(VAGUE_ORDERS))
def test_vague_table_follows_the_rule(phrase):
    assert VAGUE_ORDERS[phrase] == vague_bounds(phrase)
    q = Quantity.parse(phrase)
    assert (q.low, q.high) == VAGUE_ORDERS[phrase]
    assert q.best is None
    assert q.qualifier is Qualifier.VAGUE
    # Written back as the first phrase listed with these bounds ("hundreds", not "a few
    # hundred"), which reads back to them.
    first = next(p for p, b in VAGUE_ORDERS.items() if b == VAGUE_ORDERS[phrase])
    assert str(Quantity(low=q.low, high=q.high, qualifier=Qualifier.VAGUE)) == first


def test_hundreds_means_at_least_two_hundred():
    assert Quantity.parse("hundreds").low == 200
    assert Quantity.parse("Tens of Thousands of people").low == 20000


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("hundreds of gigabytes", "gigabytes"),
        ("thousands of political prisoners", "political prisoners"),
        ("tens of thousands of people", "people"),
        ("several hundred prisoners", "prisoners"),
        ("dozens of family members interviewed", "family members"),
        ("a few hundred prisoners", "prisoners"),
        ("a few prisoners", "prisoners"),
        ("a handful of prisoners", "prisoners"),
    ],
)
def test_vague_with_unit(text, unit):
    assert Quantity.parse_with_unit(text)[1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "hundreds prisoners",
        "several hundred of prisoners",
        "at least hundreds",
        "hundreds of",
        "a handful prisoners",
        "a few hundred of prisoners",
        "hundreds of prisoners or more",
        "a few or so",
    ],
)
def test_bad_vague(text):
    with pytest.raises(QuantityParseError):
        Quantity.parse(text)


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "at least",
        "many",
        "some people",
        "5,000 of the prisoners",
        "eleven twelve",
        "5 prisoners, 3 guards",
        "281.",
        "at least 5,000 or more",
        "x" * 201,
    ],
)
def test_refused_with_the_text_quoted(text):
    with pytest.raises(QuantityParseError) as info:
        Quantity.parse(text)
    assert repr(text[:20]).rstrip("'") in str(info.value)
    assert "expected" in str(info.value) or "too long" in str(info.value)


def test_not_a_string():
    with pytest.raises(QuantityParseError, match="expected a string"):
        Quantity.parse(5)  # type: ignore[arg-type]


@given(st.text(max_size=250), st.sampled_from([".", ","]))
def test_fuzz_any_text(text, decimal):
    try:
        q = Quantity.parse(text, decimal=decimal)
    except QuantityParseError:
        return
    assert q.text == text
    assert len(text) <= 200


VOCAB = [
    *HEDGES,
    *_TRAILING_HEDGES,
    *VAGUE_ORDERS,
    "and", "to", "-", "–", "of", "a", "dozen", "hundred", "thousand", "million", "half",
    "twenty", "five", "zero", "1,5", "85,000", "0", "1.5", "۸۵", "٬", "(", ")", "%",
    "prisoners", "hanged", "the", ",", ".", "5.000", "1,500.5", "2.5", "7.000.000", "٫",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(VOCAB), max_size=8),
    st.sampled_from([" ", ""]),
    st.sampled_from([".", ","]),
)
def test_fuzz_phrase_pieces(pieces, sep, decimal):
    text = sep.join(pieces)
    try:
        q = Quantity.parse(text, decimal=decimal)
    except QuantityParseError:
        return
    assert q.text == text
    assert isinstance(q, Quantity)


# --- str ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "shown"),
    [
        (Quantity.at_least(5000), "at least 5,000"),
        (Quantity.more_than(30000), "more than 30,000"),
        (Quantity.about(85000), "about 85,000"),
        (Quantity.nearly(300), "nearly 300"),
        (Quantity.between(2800, 30000), "2,800–30,000"),
        (Quantity.exact(281), "281"),
        (Quantity.at_most(60), "at most 60"),
        (Quantity.fewer_than(12), "fewer than 12"),
        (Quantity.about(85000, margin=Fraction(1, 20)), "about 85,000 (80,750–89,250)"),
        (Quantity.at_least(5000, text="at least 5,000 souls"), "at least 5,000 souls"),
        (Quantity(low=0, high=None, qualifier=Qualifier.VAGUE), "[0, ]"),
    ],
)
def test_str(q, shown):
    assert str(q) == shown


constructed = st.one_of(
    st.builds(Quantity.exact, counts),
    st.builds(Quantity.at_least, counts),
    st.builds(Quantity.more_than, counts),
    st.builds(Quantity.at_most, counts),
    st.builds(Quantity.fewer_than, positive),
    st.builds(Quantity.about, counts),
    st.builds(Quantity.nearly, counts),
    st.builds(
        Quantity.about,
        counts,
        margin=st.fractions(min_value=0, max_value=1, max_denominator=100),
    ),
    st.tuples(counts, counts).map(lambda ab: Quantity.between(min(ab), max(ab))),
    st.sampled_from(sorted(VAGUE_ORDERS.values())).map(
        lambda b: Quantity(low=b[0], high=b[1], qualifier=Qualifier.VAGUE)
    ),
)


@given(constructed)
def test_str_parses_back_to_the_same_bounds(q):
    back = Quantity.parse(str(q))
    assert bounds(back) == bounds(q)
    assert back.qualifier is q.qualifier


@given(st.sampled_from(sorted(HEDGES)), positive)
def test_parse_keeps_the_words(hedge, n):
    text = f"  {hedge} {n:,}  " if hedge != "~" else f"~{n}"
    q = Quantity.parse(text)
    assert q.text == text
    assert str(q) == text


@pytest.mark.parametrize(
    "text", ["dozens of thousands", "tens of dozens", "hundreds of millions of thousands"]
)
def test_a_number_word_is_never_a_unit(text: str) -> None:
    with pytest.raises(QuantityParseError, match="number word"):
        Quantity.parse_with_unit(text)


# --- hedges after the number, abbreviations, decimal multipliers (issue #10) ------------

ISSUE_10 = [
    ("281 people or fewer", 0, 281, None, Qualifier.AT_MOST),
    ("300 people at least", 300, None, None, Qualifier.AT_LEAST),
    ("5,000 people or more", 5000, None, None, Qualifier.AT_LEAST),
    ("85,000 prisoners or so", 76500, 93500, 85000, Qualifier.APPROXIMATELY),
    ("about 300 people or more", 270, None, None, Qualifier.AT_LEAST),
    ("1.5-2 million", 1_500_000, 2_000_000, None, Qualifier.RANGE),
    ("between 1.5 and 2 million", 1_500_000, 2_000_000, None, Qualifier.RANGE),
    ("2.5-3 thousand", 2500, 3000, None, Qualifier.RANGE),
    ("as many as 3,000", 0, 3000, None, Qualifier.AT_MOST),
    ("a few hundred", 200, 999, None, Qualifier.VAGUE),
    ("approx. 300", 270, 330, 300, Qualifier.APPROXIMATELY),
    ("c. 300", 270, 330, 300, Qualifier.APPROXIMATELY),
    ("1,200 or more", 1200, None, None, Qualifier.AT_LEAST),
    ("a handful", 2, 9, None, Qualifier.VAGUE),
    ("around 2,800 to 3,800", 2520, 4180, None, Qualifier.RANGE),
    ("an estimated 2,800-3,800", 2520, 4180, None, Qualifier.RANGE),
    ("5.000", None, None, None, None),  # refused: 5, or 5,000 with European separators
]


@pytest.mark.parametrize(("text", "low", "high", "best", "qualifier"), ISSUE_10)
def test_issue_10_examples(text, low, high, best, qualifier):
    if qualifier is None:
        with pytest.raises(QuantityParseError, match="ambiguous"):
            Quantity.parse(text)
        return
    q = Quantity.parse(text)
    assert (q.low, q.high, q.best, q.qualifier) == (low, high, best, qualifier)
    assert q.text == text


# Each trailing hedge and the leading hedge that means the same.
SAME_AS_LEADING = {"at_least": "at least", "at_most": "at most", "about": "about"}


@given(
    st.sampled_from(sorted(_TRAILING_HEDGES)),
    positive,
    st.sampled_from(["", " people", " political prisoners"]),
)
def test_a_hedge_after_the_number_is_the_hedge_before_it(hedge, n, unit):
    lead = SAME_AS_LEADING[_TRAILING_HEDGES[hedge]]
    after, got_unit = Quantity.parse_with_unit(f"{n:,}{unit} {hedge}")
    before = Quantity.parse(f"{lead} {n:,}{unit}")
    assert bounds(after) == bounds(before)
    assert after.qualifier is before.qualifier
    assert got_unit == (unit.strip() or None)
    # Words after the hedge stay in the text, as after a unit.
    assert bounds(Quantity.parse(f"{n:,}{unit} {hedge} were held")) == bounds(before)


@given(st.sampled_from(["at least", "at most"]), positive)
def test_at_least_reads_the_same_on_either_side(hedge, n):
    assert bounds(Quantity.parse(f"{n:,} people {hedge}")) == bounds(
        Quantity.parse(f"{hedge} {n:,} people")
    )


@given(positive, st.sampled_from(["or more", "and above"]), st.sampled_from(["about", "nearly"]))
def test_an_approximate_bound_opens_one_side(n, more, lead):
    near = Quantity.parse(f"{lead} {n:,}")
    q = Quantity.parse(f"{lead} {n:,} {more}")
    assert (q.low, q.high, q.best, q.qualifier) == (near.low, None, None, Qualifier.AT_LEAST)
    q = Quantity.parse(f"{lead} {n:,} or fewer")
    assert (q.low, q.high, q.best, q.qualifier) == (0, near.high, None, Qualifier.AT_MOST)


@pytest.mark.parametrize(
    "text",
    [
        "at least 5,000 people or more",  # two bounds
        "more than 300 or fewer",
        "nearly 300 or so",
        "281 prisoners hanged or more",  # the hedge must follow the number or the unit
        "300 people or more or fewer",
        "2,800-3,800 people or more",  # a range is not hedged again
        "about 85,000 (76,500–93,500) or more",
        "nearly 2,000-3,000",
        "at least 2,000 to 3,000",
    ],
)
def test_hedges_that_cannot_be_read_are_refused(text):
    with pytest.raises(QuantityParseError, match=r"hedge|must follow"):
        Quantity.parse(text)


@given(positive, st.data())
def test_a_range_after_about_widens_each_end(a, data):
    b = data.draw(st.integers(min_value=a, max_value=10**12))
    lead = data.draw(st.sampled_from(["about", "around", "an estimated", "some", "c.", "~"]))
    form = data.draw(st.sampled_from(["{a}-{b}", "{a} to {b}", "{a}–{b}"]))
    sep = "" if lead == "~" else " "
    q = Quantity.parse(f"{lead}{sep}" + form.format(a=f"{a:,}", b=f"{b:,}"))
    low, high = a - ceil_ratio(a, M), b + ceil_ratio(b, M)
    assert (q.low, q.high, q.best, q.qualifier) == (low, high, None, Qualifier.RANGE)


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=2),  # three decimal places are ambiguous
    st.integers(min_value=1, max_value=1000),
    st.sampled_from([("thousand", 10**3), ("million", 10**6), ("billion", 10**9)]),
    st.sampled_from(["{a}-{b}", "{a}–{b}", "{a} to {b}", "between {a} and {b}", "from {a} to {b}"]),
)
def test_decimal_multipliers_in_ranges_equal_the_integer_form(a_units, places, b, scale, form):
    word, mult = scale
    a = Fraction(a_units, 10**places)
    if a > b or (a * mult).denominator != 1:
        return
    a_text = f"{a_units / 10**places:.{places}f}"
    q = Quantity.parse(form.format(a=a_text, b=f"{b} {word}"))
    whole = Quantity.parse(form.format(a=f"{int(a * mult):,}", b=f"{b * mult:,}"))
    assert bounds(q) == bounds(whole) == (int(a * mult), b * mult, None)
    assert q.qualifier is whole.qualifier is Qualifier.RANGE


@pytest.mark.parametrize("text", ["1.5-2", "2.5-2 million", "1.5", "1.2345-2 hundred"])
def test_a_decimal_that_is_no_count_is_refused(text):
    with pytest.raises(QuantityParseError, match="not a whole number"):
        Quantity.parse(text)


# --- thousands separators only where they are unambiguous -------------------------------


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_mark_before_three_digits_is_refused_unless_told(head, group):
    n = head * 1000 + group
    dotted, commaed = f"{head}.{group:03d}", f"{head},{group:03d}"
    with pytest.raises(QuantityParseError, match="ambiguous"):
        Quantity.parse(dotted)
    with pytest.raises(QuantityParseError, match="ambiguous"):
        Quantity.parse(commaed, decimal=",")
    assert Quantity.parse(commaed).best == n
    assert Quantity.parse(dotted, decimal=",").best == n
    assert parse_number(dotted, decimal=",") == n


@given(st.integers(min_value=10**6, max_value=10**15))
def test_european_separators_read_with_decimal_comma(n):
    european = f"{n:,}".replace(",", ".")
    assert Quantity.parse(f"at least {european}", decimal=",").low == n
    with pytest.raises(QuantityParseError, match="decimal=','"):
        Quantity.parse(european)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,5 million", 1_500_000), ("2,25 thousand", 2250), ("85.000", 85000), ("۸۵٬۰۰۰", 85000)],
)
def test_decimal_comma(text, value):
    assert Quantity.parse(text, decimal=",").best == value


def test_the_arabic_decimal_separator_before_three_digits_is_ambiguous():
    with pytest.raises(QuantityParseError, match="ambiguous"):
        Quantity.parse("۵٫۰۰۰")
    with pytest.raises(QuantityParseError, match="ambiguous"):
        Quantity.parse("۵٫۰۰۰", decimal=",")
    assert Quantity.parse("۱٫۵ million", decimal=",").best == 1_500_000


@pytest.mark.parametrize("decimal", [";", "", None, "'"])
def test_an_unknown_decimal_mark_is_refused(decimal):
    with pytest.raises(ValidationError, match="decimal"):
        Quantity.parse("5", decimal=decimal)


# --- the documentation lists every phrase the parser accepts ----------------------------

DOCS = (Path(__file__).parent.parent / "docs" / "quantities.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("phrase", sorted(_HEDGES))
def test_every_leading_hedge_is_documented(phrase):
    if phrase in ("between", "from"):
        assert f"{phrase} *A*" in DOCS
    else:
        assert re.search(rf"[|,] {re.escape(phrase)} ?\*N\*", DOCS), phrase


@pytest.mark.parametrize("phrase", sorted(_TRAILING_HEDGES))
def test_every_trailing_hedge_is_documented(phrase):
    assert re.search(rf"[|,] \*N\* {re.escape(phrase)} ?[,|]", DOCS), phrase


@pytest.mark.parametrize("phrase", sorted(VAGUE_ORDERS))
def test_every_vague_order_is_documented(phrase):
    assert f"| {phrase} |" in DOCS


def test_every_documented_hedge_is_read():
    """The other way round: each hedge of the docs' table parses as the table says."""
    table = DOCS.split("## Hedges and the bounds they give")[1].split("\n\n")[2]
    rows = [r for r in table.splitlines() if r.startswith("| ") and "*N*" in r]
    seen = set()
    for row in rows:
        for written in row.split("|")[1].split(","):
            phrase = written.strip().replace("*N*", "300")
            seen.add(phrase)
            Quantity.parse(phrase)
    assert len(seen) >= len(_HEDGES) + len(_TRAILING_HEDGES) - 2
