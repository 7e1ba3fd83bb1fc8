"""Hostile input to the quantity, number and name functions: a value or a documented error.

Each public entry point is fuzzed over its text *and* its keyword arguments (issue #17):
:meth:`Quantity.parse`, :meth:`Quantity.parse_with_unit`, the constructors that take a
margin, the public functions of :mod:`rightsdata.numbers`, and the name functions of
:mod:`rightsdata.names`. Sizes are bounded before any arithmetic, so none of these can
hang: a margin of ``Decimal("1E+99999999")`` is refused at once.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction
from numbers import Real

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import (
    Actor,
    ActorKind,
    Dataset,
    Facility,
    FacilityKind,
    Quantity,
    QuantityParseError,
    ValidationError,
)
from rightsdata.dataset import parent_chain as _parent_chain
from rightsdata.dataset.duplicates import _Ancestry
from rightsdata.names import (
    find_duplicates,
    match_actors,
    match_facilities,
    match_key,
    similarity,
)
from rightsdata.numbers import (
    MAX_COUNT,
    normalize_digits,
    parse_number,
    read_digits,
    read_number,
    tokenize,
)
from rightsdata.quantity import MAX_MARGIN, MAX_TEXT_LENGTH

# --- the strategies: junk of every kind for each argument -------------------------------

huge_decimals = st.sampled_from(
    ["1E+999999", "1E+99999999", "-1E+99999999", "1E-999999", "1E-99999999", "9E+999"]
).map(Decimal)
odd_decimals = st.sampled_from(
    ["NaN", "sNaN", "-NaN", "Infinity", "-Infinity", "-0", "0E+99999999"]
)
margins = st.one_of(
    st.fractions(max_denominator=10**20),
    st.fractions(min_value=0, max_value=1, max_denominator=1000),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=0, max_value=1, places=3),
    huge_decimals,
    odd_decimals.map(Decimal),
    st.integers(min_value=-3, max_value=3),
    st.sampled_from([10**4000, -(10**4000), Fraction(1, 10**4000), 2**64]),
    st.floats(),
    st.booleans(),
    st.text(max_size=5),
    st.none(),
    st.just(Fraction(10**30 + 1, 10**30 + 2)),
)
decimal_marks = st.one_of(
    st.sampled_from([".", ","]), st.sampled_from(["", ";", "..", ", ", None, 0, b".", [","]])
)

VOCAB = [
    "about", "nearly", "at least", "more than", "fewer than", "up to", "between", "from",
    "and", "to", "-", "–", "or more", "or so", "(", ")", "of", "a", "half", "dozen",
    "hundred", "thousand", "million", "billion", "trillion", "hundreds", "several",
    "18446744073709551615", "18446744073709551616", "99999999999999999999999", "0", "5",
    "1.5", "85,000", "5.000", "1,5", "۸۵٬۰۰۰", "10^999999", "1e999999", "prisoners", "%",
]  # fmt: skip
phrases = st.one_of(
    st.text(max_size=MAX_TEXT_LENGTH + 20),
    st.lists(st.sampled_from(VOCAB), max_size=8).map(" ".join),
)


def margin_ok(m: object) -> bool:
    """The documented rule (docs/quantities.md): an exact ratio from 0 to 1, a Decimal of at
    most 18 decimal places, a Fraction whose denominator is at most 10**18."""
    if isinstance(m, bool) or not isinstance(m, Fraction | Decimal | int):
        return False
    if isinstance(m, Decimal):
        if not m.is_finite():
            return False
        exponent = m.as_tuple().exponent
        assert isinstance(exponent, int)
        return 0 <= m <= 1 and (m == 0 or exponent >= -18)
    return 0 <= m <= 1 and Fraction(m).denominator <= 10**18


def decimal_ok(d: object) -> bool:
    return isinstance(d, str) and d in (".", ",")


def problem_paths(exc: ValidationError) -> set[str]:
    return {p.path for p in exc.problems}


# --- Quantity.parse and parse_with_unit -------------------------------------------------


@given(phrases, margins, decimal_marks, st.booleans())
def test_parse_gives_a_quantity_or_the_documented_error(text, margin, decimal, with_unit):
    parse = Quantity.parse_with_unit if with_unit else Quantity.parse
    if not (margin_ok(margin) and decimal_ok(decimal)):
        with pytest.raises(ValidationError) as info:
            parse(text, margin=margin, decimal=decimal)
        assert problem_paths(info.value) == {"margin" if not margin_ok(margin) else "decimal"}
        return
    try:
        result = parse(text, margin=margin, decimal=decimal)
    except QuantityParseError as exc:
        refused = str(exc)
    else:
        refused = ""
    if refused:
        assert refused.startswith("cannot read")
        return
    q = result[0] if with_unit else result
    assert isinstance(q, Quantity)
    assert q.text == text
    for bound in (q.low, q.high, q.best):
        assert bound is None or 0 <= bound <= MAX_COUNT


@given(st.one_of(st.none(), st.integers(), st.binary(), st.lists(st.text())), margins)
def test_parse_of_a_non_string_is_a_parse_error(text, margin):
    with pytest.raises(QuantityParseError, match="expected a string"):
        Quantity.parse(text, margin=margin)


@pytest.mark.parametrize(
    "margin",
    [
        Decimal("1E+999999"),
        Decimal("1E+99999999"),
        Decimal("1E-99999999"),
        Decimal("-1E+99999999"),
        Decimal("NaN"),
        Decimal("-Infinity"),
        Fraction(3, 2),
        Fraction(1, 10**19),
        2,
        10**4000,
        -1,
        0.1,
        True,
        "0.1",
        None,
    ],
)
def test_a_bad_margin_is_refused_at_once(margin):
    """Issue #17: ``margin=Decimal("1E+999999")`` was a ValueError after a second, and
    ``Decimal("1E+99999999")`` never returned."""
    for call in (
        lambda: Quantity.parse("about 5", margin=margin),
        lambda: Quantity.parse_with_unit("nearly 5 people", margin=margin),
        lambda: Quantity.about(5, margin=margin),
        lambda: Quantity.nearly(5, margin=margin),
        lambda: Quantity.parse("x" * 500, margin=margin),  # refused whatever the text
    ):
        with pytest.raises(ValidationError) as info:
            call()
        assert problem_paths(info.value) == {"margin"}
        assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    ("margin", "low", "high"),
    [
        (MAX_MARGIN, 0, 10),
        (1, 0, 10),
        (0, 5, 5),
        (Decimal("0E+99999999"), 5, 5),
        (Decimal("0E-99999999"), 5, 5),
        (Decimal("0.000000000000000001"), 4, 6),
        (Fraction(1, 10**18), 4, 6),
        (Fraction(1, 3), 3, 7),
    ],
)
def test_margins_at_the_bounds_are_read(margin, low, high):
    q = Quantity.parse("about 5", margin=margin)
    assert (q.low, q.best, q.high) == (low, 5, high)


@given(st.integers(min_value=0, max_value=MAX_COUNT), margins, st.sampled_from(["about", "nearly"]))
def test_constructors_with_a_margin_give_a_quantity_or_a_validation_error(n, margin, how):
    make = Quantity.about if how == "about" else Quantity.nearly
    if not margin_ok(margin):
        with pytest.raises(ValidationError) as info:
            make(n, margin=margin)
        assert problem_paths(info.value) == {"margin"}
        return
    if how == "about" and n + math.ceil(n * Fraction(margin)) > MAX_COUNT:
        with pytest.raises(ValidationError) as info:
            make(n, margin=margin)
        assert problem_paths(info.value) == {"high"}
        return
    q = make(n, margin=margin)
    assert q.best == n
    assert q.low is not None
    assert q.high is not None


@given(st.one_of(st.floats(), st.text(max_size=3), st.none(), st.booleans()), margins)
def test_constructors_refuse_a_count_that_is_not_an_int(n, margin):
    with pytest.raises(ValidationError):
        Quantity.about(n, margin=margin)
    with pytest.raises(ValidationError):
        Quantity.nearly(n, margin=margin)


# --- numbers above the largest count, anywhere ------------------------------------------

too_large = st.integers(min_value=MAX_COUNT + 1, max_value=10**40)


@pytest.mark.parametrize(
    "text",
    [
        "0 to 18446744073709551616",  # issue #17: was a ValidationError, from the range
        "18446744073709551616",
        "18446744073709551615 to 18446744073709551616",
        "between 0 and 18,446,744,073,709,551,616",
        "from 5 to 18446744073709551616 people",
        "about 0 to 18446744073709551616",
        "about 5 (0–18446744073709551616)",
        "fewer than 18446744073709551616",
        "18446744073709551616 or more",
        "18446744073709551615 thousand",
        "2-20000000 trillion",
        "20,000,000 trillion",
        "1" * MAX_TEXT_LENGTH,
    ],
)
def test_a_number_above_the_largest_count_is_a_parse_error(text):
    with pytest.raises(QuantityParseError, match=r"18,446,744,073,709,551,615 \(2\*\*64 - 1\)"):
        Quantity.parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "a trillion trillion",
        "a million billion trillion",
        "10^999999",
        "1e999999",
        "10**999999",
        "1.5 trillion trillion",
        "more than 18446744073709551615",  # the number is a count; its bound is not
        "about 18446744073709551615",
    ],
)
def test_other_huge_forms_are_parse_errors(text):
    with pytest.raises(QuantityParseError):
        Quantity.parse(text)


@given(
    too_large,
    st.sampled_from(["{}", "about {}", "0 to {}", "between 1 and {}", "{} people or more"]),
    st.booleans(),
)
def test_any_form_with_a_number_above_the_largest_count_is_refused(n, form, commas):
    written = f"{n:,}" if commas else str(n)
    with pytest.raises(QuantityParseError, match="largest count"):
        Quantity.parse(form.format(written))


@given(
    st.integers(min_value=MAX_COUNT // 10**12 + 1, max_value=10**9),
    st.sampled_from(["{} trillion", "1-{} trillion", "about {} trillion"]),
)
def test_a_product_above_the_largest_count_is_refused(n, form):
    with pytest.raises(QuantityParseError, match="largest count"):
        Quantity.parse(form.format(n))


def test_the_largest_count_itself_is_read():
    assert Quantity.parse("18,446,744,073,709,551,615").best == MAX_COUNT
    assert Quantity.parse("0 to 18446744073709551615").high == MAX_COUNT
    assert parse_number("18446744073709551615") == MAX_COUNT
    assert parse_number("0" * 5000 + "7") == 7  # leading zeros are no size


# --- rightsdata.numbers ------------------------------------------------------------------

number_texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(VOCAB), max_size=6).map(" ".join),
    st.sampled_from(["1" * 5000, "1." + "1" * 5000, "9" * 30 + " million", "0." + "0" * 30 + "1"]),
)


@given(number_texts, decimal_marks)
def test_parse_number_gives_a_count_or_the_documented_error(text, decimal):
    if not decimal_ok(decimal):
        with pytest.raises(ValidationError) as info:
            parse_number(text, decimal=decimal)
        assert problem_paths(info.value) == {"decimal"}
        return
    try:
        n = parse_number(text, decimal=decimal)
    except QuantityParseError:
        return
    assert isinstance(n, int)
    assert 0 <= n <= MAX_COUNT


@given(number_texts, decimal_marks, st.integers(min_value=-3, max_value=12))
def test_the_number_readers_give_values_or_the_documented_errors(text, decimal, i):
    if not decimal_ok(decimal):
        for call in (
            lambda: normalize_digits(text, decimal=decimal),
            lambda: read_number(tokenize(text), 0, text, decimal=decimal),
        ):
            with pytest.raises(ValidationError) as info:
                call()
            assert problem_paths(info.value) == {"decimal"}
        return
    norm = normalize_digits(text, decimal=decimal)
    assert len(norm) == len(text)
    tokens = tokenize(norm)
    assert all(text[t.start : t.end].lower() == t.value or t.kind != "word" for t in tokens)
    if i < 0:
        with pytest.raises(ValidationError) as info:
            read_number(tokens, i, text, decimal=decimal)
        assert problem_paths(info.value) == {"i"}
        return
    try:
        readings = read_number(tokens, i, text, decimal=decimal)
    except QuantityParseError:
        readings = []
    for end, number in readings:
        assert i < end <= len(tokens)
        assert 0 <= number.value <= MAX_COUNT
    for tok in tokens:
        if tok.kind == "num":
            try:
                value = read_digits(tok, text, decimal=decimal)
            except QuantityParseError:
                continue
            assert 0 <= value <= MAX_COUNT


@given(st.one_of(st.none(), st.integers(), st.binary(), st.lists(st.text())))
def test_the_number_functions_refuse_a_non_string(text):
    for call in (parse_number, normalize_digits, tokenize):
        with pytest.raises(QuantityParseError, match="expected a string"):
            call(text)


def test_long_digits_are_refused_before_they_are_converted():
    # int("1" * 5000) is a ValueError (the 4,300-digit limit), and a long fraction too.
    with pytest.raises(QuantityParseError, match="largest count"):
        parse_number("1" * 5000)
    with pytest.raises(QuantityParseError, match="decimal places"):
        parse_number("1." + "1" * 5000)
    with pytest.raises(QuantityParseError, match="cannot read '1111"):
        parse_number("1" * 5000)


# --- names ---------------------------------------------------------------------------------

ODD = (
    "\u0301\u0308\u0651\u064b"  # combining marks (Latin, Arabic)
    "\u200e\u200f\u202b\u202e\u2066\u2069"  # direction marks and embeddings
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters, soft hyphen
    "aeiouxghwy ,-'.مصطفیپورمحمدي\u0640۱٢3ـ"
)
odd_names = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.text(alphabet=ODD, max_size=40),
    st.tuples(st.text(alphabet=ODD, min_size=1, max_size=20), st.integers(1, 500)).map(
        lambda t: t[0] * t[1]
    ),
)
names = st.one_of(odd_names, st.none(), st.integers(), st.binary(max_size=5))
thresholds = st.one_of(
    st.floats(),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=-2, max_value=2),
    st.fractions(max_denominator=10),
    st.decimals(allow_nan=True),
    st.booleans(),
    st.text(max_size=4),
    st.none(),
    st.just(10**400),
)
limits = st.one_of(
    st.none(),
    st.integers(min_value=-5, max_value=5),
    st.just(10**100),
    st.booleans(),
    st.floats(),
    st.text(max_size=3),
)


def threshold_ok(t: object) -> bool:
    return not isinstance(t, bool) and isinstance(t, Real) and 0 <= t <= 1


def limit_ok(n: object) -> bool:
    return n is None or (isinstance(n, int) and not isinstance(n, bool) and n >= 0)


ACTORS = (
    Actor(id="m1", kind=ActorKind.PERSON, name="Mostafa Pourmohammadi"),
    Actor(id="m2", kind=ActorKind.PERSON, name="Mostafa Pour Mohammadi"),
    Actor(id="court", kind=ActorKind.ORGANIZATION, name="Revolutionary Court"),
    Actor(id="branch", kind=ActorKind.ORGANIZATION, name="Revolutionary Courts", parent="court"),
    Actor(id="r1", kind=ActorKind.PERSON, name="مصطفی پورمحمدی"),
)
FACILITIES = (
    Facility(id="evin", kind=FacilityKind.PRISON, name="Evin Prison"),
    Facility(id="ward", kind=FacilityKind.WARD, name="Evin Prisons", parent="evin"),
)
DATASET = Dataset((*ACTORS, *FACILITIES))


@given(names)
def test_match_key_gives_a_key_or_refuses_a_non_string(name):
    if not isinstance(name, str):
        with pytest.raises(ValidationError, match="expected a name"):
            match_key(name)
        return
    key = match_key(name)
    assert key == match_key(key)
    assert key == " ".join(key.split())


@given(names, names)
def test_similarity_gives_a_score_or_refuses_a_non_string(a, b):
    if not (isinstance(a, str) and isinstance(b, str)):
        with pytest.raises(ValidationError, match="expected a name"):
            similarity(a, b)
        return
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == similarity(b, a)


@given(names, thresholds, limits, st.booleans())
def test_lookups_give_matches_or_the_documented_error(name, threshold, limit, facilities):
    match = match_facilities if facilities else match_actors
    if not isinstance(name, str) or not match_key(name):
        expected = "name"
    elif not threshold_ok(threshold):
        expected = "threshold"
    elif not limit_ok(limit):
        expected = "limit"
    else:
        expected = ""
    if expected:
        with pytest.raises(ValidationError) as info:
            match(DATASET, name, threshold=threshold, limit=limit)
        assert problem_paths(info.value) == {expected}
        return
    found = match(DATASET, name, threshold=threshold, limit=limit)
    assert limit is None or len(found) <= limit
    assert all(float(threshold) <= m.score <= 1.0 for m in found)


@given(thresholds)
def test_find_duplicates_gives_pairs_or_refuses_the_threshold(threshold):
    if not threshold_ok(threshold):
        with pytest.raises(ValidationError) as info:
            find_duplicates(DATASET, threshold=threshold)
        assert problem_paths(info.value) == {"threshold"}
        return
    found = find_duplicates(DATASET, threshold=threshold)
    pairs = {d.ids for d in found}
    # An entity and its own parent are never paired, however alike their names.
    assert ("court", "branch") not in pairs
    assert ("evin", "ward") not in pairs
    if float(threshold) <= 0.85:
        assert ("m1", "m2") in pairs
    assert all(not math.isnan(d.score) for d in found)


@pytest.mark.parametrize(
    ("threshold", "message"),
    [
        (math.nan, "between 0 and 1"),
        (math.inf, "between 0 and 1"),
        (-0.1, "between 0 and 1"),
        (10**400, "between 0 and 1"),
        ("0.9", "expected a number"),
        (True, "expected a number"),
        (None, "expected a number"),
    ],
)
def test_bad_thresholds_are_refused(threshold, message):
    with pytest.raises(ValidationError, match=message):
        match_actors(DATASET, "Mostafa", threshold=threshold)
    with pytest.raises(ValidationError, match=message):
        find_duplicates(DATASET, threshold=threshold)


@pytest.mark.parametrize(("limit", "message"), [(-1, "0 or more"), (True, "whole"), (2.5, "whole")])
def test_bad_limits_are_refused(limit, message):
    with pytest.raises(ValidationError, match=message):
        match_actors(DATASET, "Mostafa", limit=limit)


def test_a_huge_limit_is_no_limit():
    assert match_actors(DATASET, "Mostafa", limit=10**100) == match_actors(DATASET, "Mostafa")


# --- the ancestor check of find_duplicates ---------------------------------------------------


def chain_ids(prefix: str, n: int) -> list[tuple[str, str | None]]:
    """``n`` ids, each the parent of the next: ``(id, parent)``."""
    return [(f"{prefix}{i}", f"{prefix}{i - 1}" if i else None) for i in range(n)]


def test_a_parent_chain_of_100000_actors_is_checked_iteratively():
    n = 100_000
    actors = [
        Actor(id=i, kind=ActorKind.ORGANIZATION, name=f"Unit {i}", parent=p)
        for i, p in chain_ids("a", n)
    ]
    ancestry = _Ancestry({a.id: a.parent for a in actors})
    last = f"a{n - 1}"
    assert ancestry.above("a0", last)
    assert ancestry.above(f"a{n - 2}", last)
    assert not ancestry.above(last, "a0")
    assert not ancestry.above(last, last)
    # The same chain closed into a ring: everyone is up everyone else's chain.
    ring = {a.id: a.parent for a in actors} | {"a0": last}
    ancestry = _Ancestry(ring)
    assert ancestry.above(last, "a0")
    assert ancestry.above("a0", last)
    assert not ancestry.above("a0", "a0")


def test_find_duplicates_skips_ancestors_down_a_long_chain():
    # Alike names all the way down: only the unrelated look-alike pairs with the chain.
    chain = [
        Facility(id=i, kind=FacilityKind.WARD, name=f"Evin Ward {'I' * (len(i) % 3 + 1)}", parent=p)
        for i, p in chain_ids("f", 300)
    ]
    other = Facility(id="other", kind=FacilityKind.WARD, name="Evin Ward I")
    found = find_duplicates(Dataset((*chain, other)))
    assert found
    assert all("other" in d.ids for d in found)


@given(
    st.lists(
        st.one_of(st.none(), st.integers(min_value=0, max_value=9), st.just(-1)),
        min_size=1,
        max_size=10,
    )
)
def test_the_ancestor_check_agrees_with_the_naive_definition(parents):
    """On small random graphs (cycles, self-parents, missing parents): ``u`` is above ``v``
    exactly when ``u`` is in ``v``'s chain of parents, as :func:`_parent_chain` walks it."""
    ids = [f"e{i}" for i in range(len(parents))]
    parent = {
        ids[i]: None if p is None else ("missing" if p == -1 or p >= len(ids) else ids[p])
        for i, p in enumerate(parents)
    }
    ancestry = _Ancestry(parent)
    for v in ids:
        naive = set(_parent_chain(v, parent.get)[1:])
        for u in ids:
            assert ancestry.above(u, v) == (u in naive), (u, v, parent)
