"""Names: folding spellings and scripts, scoring, and looking people and places up."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rightsdata as rd
from rightsdata import Actor, ActorKind, Dataset, Name, NameKind
from rightsdata.examples import iran_prisons
from rightsdata.names import (
    DEFAULT_THRESHOLD,
    HONORIFICS,
    OTHER_GIVEN_NAME_SCORE,
    PARTIAL_SCORE,
    ActorMatch,
    match_actors,
    match_facilities,
    match_key,
    similarity,
)

ZWNJ = "\u200c"
SEEDS = iran_prisons()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pourmohammadi", "Pour Mohammadi"),  # a space inside the family name
        ("Mostafa Pourmohammadi", "Mostafa Pour-Mohammadi"),  # a hyphen
        ("Mostafa Pourmohammadi", "MOSTAFA POORMOHAMMADI"),  # case, oo/ou
        ("Mousavi", "Moussavi"),  # doubled letters
        ("Mousavi", "Musavi"),  # ou/u
        ("Mohammad Mehdi Haj-Mohammadi", "Mohammad Mehdi Hajmohammadi"),
        ("Javid", "Javeed"),  # ee/i
        ("Khamenei", "Xamenei"),  # kh/x
        ("Gholamhossein Esmaili", "Qolamhossein Esmaili"),  # gh/q
        ("Hosseyni", "Hosseini"),  # ey/ei
        ("Seyyed", "Seyed"),
        ("Ahmadinejad", "Ahmadi Nejad"),  # a suffix written apart
        ("Mir Hossein Mousavi", "Mirhossein Mousavi"),  # a prefix written joined
        ("Zadeh", "Zade"),  # final -eh
        ("Rūḥollāh Khomeinī", "Ruhollah Khomeini"),  # diacritics
        ("Ｅｖｉｎ", "Evin"),  # NFKC: full-width letters
        ("Rehman, Javaid", "Javaid Rehman"),  # "Family, Given"
        ("U.N.", "UN"),
        ("Shari'a judge", "Sharia judge"),
        ("ابراهیم رئیسی", "ابراهيم رييسي"),  # Arabic yeh, hamza seat
        ("سازمان زندان‌ها", "سازمان زندانها"),  # the zero-width non-joiner
        ("سازمان زندان‌ها", "سازمان زندان ها"),
        ("علی خامنه‌ای", "علي خامنه اي"),
        ("مصطفی پورمحمدی", "مصطفي پور محمدي"),  # a particle written apart
        ("روح" + ZWNJ + "الله", "روح الله"),
        ("کرمان", "كرمان"),  # Persian keheh, Arabic kaf
        ("بند ۲۰۹", "بند 209"),  # Persian digits
        ("Evin\u0640", "Evin"),  # tatweel
    ],
)
def test_variants_fold_to_one_key(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)
    assert similarity(a, b) == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammadi", "Pourmohammadi"),  # a different family
        ("Ward 209", "Ward 240"),
        ("Abbas Mousavi", "Mir Hossein Mousavi"),
        ("Ebrahim Raisi", "ابراهیم رئیسی"),  # scripts are not transliterated
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert match_key(a) != match_key(b)


def test_key_is_spaced_words() -> None:
    assert match_key("  Mostafa   Pour  Mohammadi ") == "mostafa purmohamadi"
    assert match_key("") == ""
    assert match_key("«»—") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Javaid Rehman", "Javeid Rehman"),
        ("Diana Eltahawy", "Diana Elthahawy"),
        ("Prisons Organization", "Prisons Organisation"),
        ("UN Commission on Human Rights", "UN Commission of Human Rights"),
    ],
)
def test_spelling_variants_match_above_the_threshold(a: str, b: str) -> None:
    assert DEFAULT_THRESHOLD <= similarity(a, b) < 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ebrahim Raisi", "Ali Khamenei"),
        ("Mir Hossein Mousavi", "Abbas Mousavi"),  # a family name is not a person
        ("Hossein Ali Montazeri", "Hossein Ali Nayyeri"),  # nor are given names
        ("Baquer Namazi", "Siamak Namazi"),
        ("Ward 209", "Ward 208"),  # numbers must agree
        ("Ward 2A", "Ward 2B"),
        ("Evin Prison", "Sheiban Prison"),
    ],
)
def test_different_people_and_places_do_not_match(a: str, b: str) -> None:
    assert similarity(a, b) < DEFAULT_THRESHOLD


def test_empty_names_score_zero() -> None:
    assert similarity("", "Evin") == 0.0
    assert similarity("...", "...") == 0.0


@given(st.text(max_size=40))
def test_match_key_is_a_fixed_point_and_never_fails(name: str) -> None:
    key = match_key(name)
    assert match_key(key) == key
    assert key == key.strip()
    assert "  " not in key


@given(st.text(max_size=30), st.text(max_size=30))
def test_similarity_is_a_symmetric_score(a: str, b: str) -> None:
    s = similarity(a, b)
    assert 0.0 <= s <= 1.0
    assert s == similarity(b, a)
    if match_key(a) and match_key(a) == match_key(b):
        assert s == 1.0


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30))
def test_a_name_matches_itself_in_other_case(name: str) -> None:
    if match_key(name):
        assert similarity(name, name.upper()) == 1.0


# -- looking up the seed people and places ----------------------------------------------


@pytest.fixture
def ds() -> Dataset:
    return SEEDS


def ids(matches: tuple[ActorMatch, ...]) -> list[str]:
    return [m.actor.id for m in matches]


def test_a_family_name_written_apart_finds_the_person(ds: Dataset) -> None:
    (m,) = match_actors(ds, "Pour Mohammadi")
    assert m.actor.id == "pourmohammadi"
    assert m.score == PARTIAL_SCORE
    assert m.matched_name == "Mostafa Pourmohammadi"
    (m,) = match_actors(ds, "Mostafa Pour Mohammadi")
    assert (m.score, m.matched_name) == (1.0, "Mostafa Pour Mohammadi")


def test_spelling_variant_finds_the_rapporteur(ds: Dataset) -> None:
    assert ids(match_actors(ds, "Javeid Rehman")) == ["rehman"]
    assert ids(match_actors(ds, "Javied Rehman")) == ["rehman"]  # not an alias: fuzzy


def test_persian_script_with_arabic_letters_finds_the_person(ds: Dataset) -> None:
    (m,) = match_actors(ds, "مصطفي پورمحمدي")
    assert m.actor.id == "pourmohammadi"
    assert m.matched_name == "مصطفی پورمحمدی"
    assert m.score == 1.0


def test_a_shared_family_name_gives_two_candidates_and_merges_nothing(ds: Dataset) -> None:
    found = match_actors(ds, "Moussavi")
    assert ids(found) == ["mir-hossein-mousavi", "abbas-mousavi"]
    assert {m.score for m in found} == {PARTIAL_SCORE}
    assert len(iran_prisons()) == len(ds)
    # The full name picks the right one out.
    best = match_actors(ds, "Mir Hossein Moussavi")
    assert ids(best) == ["mir-hossein-mousavi"]
    assert best[0].score == 1.0


def test_no_match_for_another_person(ds: Dataset) -> None:
    assert "khamenei" not in ids(match_actors(ds, "Ebrahim Raisi"))
    assert ids(match_actors(ds, "Ebrahim Raisi")) == ["raisi"]
    assert match_actors(ds, "Someone Else Entirely") == ()


def test_best_first_and_limit(ds: Dataset) -> None:
    found = match_actors(ds, "Mohammad", threshold=0.3)
    scores = [m.score for m in found]
    assert scores == sorted(scores, reverse=True)
    assert len(found) > 2
    assert match_actors(ds, "Mohammad", threshold=0.3, limit=2) == found[:2]
    assert all(m.score >= 0.3 for m in found)


def test_facilities_are_looked_up_the_same_way(ds: Dataset) -> None:
    assert [m.facility.id for m in match_facilities(ds, "evin prison")] == ["evin"]
    (m,) = match_facilities(ds, "زندان اوين")  # Arabic yeh
    assert (m.facility.id, m.matched_name) == ("evin", "زندان اوین")
    assert [m.facility.id for m in match_facilities(ds, "ward 209")] == ["evin-ward-209"]


@pytest.mark.parametrize("query", ["", "   ", "--", "\u200c"])
def test_nothing_to_match_is_refused(ds: Dataset, query: str) -> None:
    with pytest.raises(rd.ValidationError, match="nothing to match"):
        match_actors(ds, query)


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan")])
def test_threshold_outside_zero_one_is_refused(ds: Dataset, threshold: float) -> None:
    with pytest.raises(rd.ValidationError, match="threshold"):
        match_actors(ds, "Raisi", threshold=threshold)
    with pytest.raises(rd.ValidationError, match="threshold"):
        ds.find_duplicates(threshold=threshold)


def test_aliases_are_searched() -> None:
    ds = Dataset(
        [
            Actor(
                id="a",
                kind=ActorKind.ORGANIZATION,
                name="People's Mojahedin Organization of Iran",
                aliases=(Name(text="Mojahedin-e Khalq", kind=NameKind.TRANSLITERATION),),
            )
        ]
    )
    (m,) = match_actors(ds, "Mojahedin e Khalgh")
    assert m.matched_name == "Mojahedin-e Khalq"
    assert m.score == 1.0


@given(st.text(max_size=20))
def test_lookup_returns_scored_candidates_or_refuses(query: str) -> None:
    ds = SEEDS
    try:
        found = match_actors(ds, query, threshold=0.5)
    except rd.ValidationError:
        assert not match_key(query)
        return
    assert all(0.5 <= m.score <= 1.0 for m in found)
    assert all(m.matched_name in m.actor.names() for m in found)
    assert len({m.actor.id for m in found}) == len(found)


def test_brothers_sharing_a_family_name_are_not_matched() -> None:
    assert similarity("Hadi Khamenei", "Ali Khamenei") < DEFAULT_THRESHOLD
    assert match_actors(iran_prisons(), "Hadi Khamenei") == ()
    assert similarity("Javaid Rehman", "Javeid Rehman") >= DEFAULT_THRESHOLD


def test_a_negative_limit_is_refused() -> None:
    with pytest.raises(rd.ValidationError, match="limit: must be 0 or more"):
        match_actors(iran_prisons(), "Mousavi", limit=-1)
    assert len(match_actors(iran_prisons(), "Mousavi", limit=1)) == 1


# -- honorifics, the "ow" vowel, people who share a family name (issue #10) --------------

NAMES = ["Ebrahim Raisi", "Hossein Ali Montazeri", "Mostafa Pourmohammadi", "Ali Khamenei"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Seyyed Ebrahim Raisi", "Ebrahim Raisi"),
        ("Sayyid Ebrahim Raisi", "Ebrahim Raisi"),
        ("Raisi, Seyyed Ebrahim", "Ebrahim Raisi"),
        ("Ayatollah Hossein Ali Montazeri", "Hossein Ali Montazeri"),
        ("Grand Ayatollah Hossein Ali Montazeri", "Hossein Ali Montazeri"),
        ("Ayatollah Seyyed Ali Khamenei", "Ali Khamenei"),  # two of them
        ("Hojjat ol-Eslam Mostafa Pourmohammadi", "Mostafa Pourmohammadi"),
        ("Hojatoleslam val-Moslemin Mostafa Pourmohammadi", "Mostafa Pour Mohammadi"),
        ("Dr. Javaid Rehman", "Javaid Rehman"),
        ("سید ابراهیم رئیسی", "ابراهیم رئیسی"),
        ("آیت‌الله علی خامنه‌ای", "علی خامنه‌ای"),
        ("آیت الله علی خامنه ای", "علی خامنه‌ای"),
        ("Hassan Rouhani", "Hasan Rowhani"),  # "ow" before a consonant is "ou"
        ("Mowlavi", "Moulavi"),
        ("Khosrow", "Khosrou"),
    ],
)
def test_honorifics_and_ow_fold_away(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)
    assert similarity(a, b) == 1.0


@given(st.sampled_from(HONORIFICS), st.sampled_from(NAMES), st.sampled_from([" ", ". "]))
def test_any_honorific_before_a_name_is_dropped(honorific: str, name: str, sep: str) -> None:
    assert match_key(f"{honorific}{sep}{name}") == match_key(name)


@pytest.mark.parametrize("honorific", HONORIFICS)
def test_an_honorific_alone_is_a_name(honorific: str) -> None:
    assert match_key(honorific)
    assert similarity(honorific, honorific) == 1.0


def test_honorifics_are_dropped_only_at_the_start() -> None:
    assert match_key("Ali Sheikh") == "ali sheikh"
    assert match_key("Seyyed") == "seied"
    assert match_key("Dr") != match_key("Seyyed")


# Different people who share a family name: siblings, and namesakes.
FAMILIES = {
    "Larijani": ["Ali", "Sadegh", "Mohammad-Javad", "Bagher", "Fazel"],
    "Khamenei": ["Ali", "Hadi", "Mojtaba", "Mostafa", "Masoud", "Meysam"],
    "Hashemi": ["Faezeh", "Fatemeh", "Mohsen", "Mehdi"],
    "Khatami": ["Mohammad", "Mohammad Reza", "Mohammad-Reza Ali"],
    "Namazi": ["Baquer", "Siamak"],
    "Mousavi": ["Mir Hossein", "Abbas"],
    "Mohammadi": ["Narges", "Ali", "Mohammad"],
}
SAME_FAMILY = [
    (f"{a} {family}", f"{b} {family}")
    for family, given in FAMILIES.items()
    for a, b in itertools.combinations(given, 2)
]


@pytest.mark.parametrize(("a", "b"), SAME_FAMILY)
def test_people_sharing_a_family_name_stay_apart(a: str, b: str) -> None:
    assert similarity(a, b) < DEFAULT_THRESHOLD
    assert similarity(f"Seyyed {a}", b) < DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hassan Rouhani", "Hasan Rowhani"),
        ("Hassan Rouhani", "Hasan Rouhani"),
        ("Mostafa Pourmohammadi", "Mostafa Pour-Mohammadi"),
        ("Sadegh Larijani", "Sadeq Larijani"),
        ("Mohammad Khatami", "Muhammad Khatami"),
        ("Hossein Ali Montazeri", "Hussein Ali Montazeri"),
        ("Ebrahim Raisi", "Ibrahim Raisi"),
        ("Seyyed Ebrahim Raisi", "Ebrahim Raisi"),
        ("Ali Akbar Hashemi Rafsanjani", "Akbar Hashemi Rafsanjani"),
    ],
)
def test_one_person_spelled_two_ways_matches(a: str, b: str) -> None:
    assert similarity(a, b) >= DEFAULT_THRESHOLD


GIVEN = ["Ali", "Hadi", "Mojtaba", "Mostafa", "Faezeh", "Fatemeh", "Mohammad", "Reza", "Nasrin"]
FAMILY = ["Khamenei", "Hashemi", "Larijani", "Rouhani", "Sotoudeh", "Mohammadi"]


@given(
    st.sampled_from(GIVEN),
    st.sampled_from(GIVEN),
    st.sampled_from(FAMILY),
    st.sampled_from(["", "Reza"]),
)
def test_given_names_with_other_consonants_are_other_people(
    a: str, b: str, family: str, second: str
) -> None:
    fa, fb = f"{a} {family}", f"{b} {second} {family}".replace("  ", " ")
    if match_key(fa) == match_key(fb):
        return
    assert similarity(fa, fb) <= OTHER_GIVEN_NAME_SCORE < DEFAULT_THRESHOLD


@given(st.sampled_from(GIVEN), st.sampled_from(FAMILY), st.data())
def test_respelled_vowels_of_a_given_name_still_match(given: str, family: str, data) -> None:
    # (not the "e" of a final "-eh", which folds to "-e" only as "eh")
    vowels = [k for k, c in enumerate(given) if c in "aeiou" and given[k:] != "eh"]
    i = data.draw(st.sampled_from(vowels))
    vowel = data.draw(st.sampled_from([v for v in "aeiou" if v != given[i]]))
    respelled = given[:i] + vowel + given[i + 1 :]
    assert similarity(f"{given} {family}", f"{respelled} {family}") > OTHER_GIVEN_NAME_SCORE


def test_the_docs_list_every_honorific() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "people-and-places.md").read_text("utf-8")
    listed = " ".join(docs.split("- honorifics at the start of a name")[1].split("\n\n")[0].split())
    for honorific in HONORIFICS:
        assert re.search(rf"[:,،;] {re.escape(honorific)}[,،;.]", listed), honorific
