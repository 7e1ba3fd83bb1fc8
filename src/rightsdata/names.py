"""Names: folding spellings and scripts to a key, scoring how alike two names are.

Reports spell one person several ways ("Mostafa Pourmohammadi", "Mostafa Pour Mohammadi",
"مصطفی پورمحمدی"). [`match_key`][rightsdata.match_key] folds a name to a key in which the usual
variants coincide; [`similarity`][rightsdata.similarity] scores two names from 0 to 1 with
`rapidfuzz <https://github.com/rapidfuzz/RapidFuzz>`_ on those keys;
[`match_actors`][rightsdata.match_actors] and [`match_facilities`][rightsdata.match_facilities] look
a name up in a dataset. Nothing here merges anything: matches are candidates, and
[`Dataset.merge_entities`][rightsdata.Dataset.merge_entities] is the explicit call that merges.

```pycon
>>> match_key("Mostafa Pour-Mohammadi") == match_key("MOSTAFA POURMOHAMMADI")
True
>>> match_key("مصطفي پورمحمدي") == match_key("مصطفی پور محمدی")  # Arabic yeh, a space
True
>>> round(similarity("Javaid Rehman", "Javeid Rehman"), 2)
0.92
>>> similarity("Ebrahim Raisi", "Ali Khamenei") < DEFAULT_THRESHOLD
True

```
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from numbers import Real
from typing import TYPE_CHECKING, Final

import attrs
from rapidfuzz import fuzz, process

from rightsdata.errors import ValidationError
from rightsdata.numbers import _shown
from rightsdata.records import Actor, ActorKind, Facility

if TYPE_CHECKING:
    from rightsdata.dataset import Dataset

__all__ = [
    "DEFAULT_THRESHOLD",
    "HONORIFICS",
    "OTHER_GIVEN_NAME_SCORE",
    "PARTIAL_SCORE",
    "ActorMatch",
    "Duplicate",
    "FacilityMatch",
    "find_duplicates",
    "match_actors",
    "match_facilities",
    "match_key",
    "similarity",
]

DEFAULT_THRESHOLD: Final = 0.85
"""The score from which two names are taken to be one (``similarity >= 0.85``).

"Javaid Rehman" and "Javeid Rehman" score 0.92, "Hassan Rouhani" and "Hasan Rowhani" 1;
"Hossein Ali Montazeri" and "Hossein Ali Nayyeri", two people, score 0.67, the brothers
"Ali Larijani" and "Sadegh Larijani" 0.62."""

OTHER_GIVEN_NAME_SCORE: Final = 0.75
"""The most two names score when they share a family name but their given names are
other names, not one respelled: their consonants differ ("Mojtaba Khamenei", "Mostafa
Khamenei"; "Mohammad Khatami", "Mohammad Reza Khatami"). Below the default threshold,
so brothers and sisters stay apart; a lower threshold brings them in as weak candidates."""

PARTIAL_SCORE: Final = 0.9
"""The score [`match_actors`][rightsdata.match_actors] gives a name that contains every word of the
query ("Mousavi" in "Mir Hossein Mousavi") without being equal to it: above the default
threshold, below an exact match."""

# -- folding ---------------------------------------------------------------------------

# Arabic letters and forms folded to the Persian letter they are written for. The
# hamza and madda carried by alef, waw and yeh are combining marks after NFKD, and go
# with the other diacritics.
_LETTERS: Final = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي Arabic yeh -> ی Farsi yeh
        "\u0649": "\u06cc",  # ى alef maksura -> ی
        "\u0643": "\u06a9",  # ك Arabic kaf -> ک keheh
        "\u0629": "\u0647",  # ة teh marbuta -> ه
        "\u06d5": "\u0647",  # ە ae (from ۀ) -> ه
        "\u06be": "\u0647",  # ھ heh doachashmee -> ه
        "\u06c1": "\u0647",  # ہ heh goal -> ه
        "\u0640": None,  # tatweel (kashida): a stretch, not a letter
    }
)

# Marks that sit inside a word and are dropped, joining its parts: apostrophes and
# ʿayn/hamza signs of transliteration ("Shari'a"), periods ("U.N."). Hyphens and dashes
# (category Pd) are dropped too, so "Haj-Mohammadi" is "hajmohammadi".
_JOINERS: Final = frozenset("'\u2019\u2018`\u00b4\u02bc\u02bb\u02bf\u02be.")

# Latin transliteration variants, applied to each word until nothing changes (so the key
# is a fixed point: ``match_key(match_key(x)) == match_key(x)``). "x" becomes "kh" (خ);
# "gh" becomes "q" (غ and ق are one sound in Persian); long vowels spelled twice become
# one letter; "ow" before a consonant or at the end is the vowel "ou" ("Rowhani",
# "Rouhani"); "w" becomes "v"; a final "-eh" is "-e" ("Zadeh", "Zade"). Doubled letters
# then collapse ("Moussavi", "Mousavi").
_OW: Final = re.compile(r"ow(?![aeiou])")
_LATIN_RULES: Final = (
    ("x", "kh"),
    ("gh", "q"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("w", "v"),
)
_AFTER_DOUBLES: Final = (("ey", "ei"),)  # "Seyyed" is "seyed" first, then "seied"
_DOUBLED: Final = re.compile(r"([a-z])\1+")
_FINAL_EH: Final = re.compile(r"(?<=[a-z])eh$")
_LATIN_WORD: Final = re.compile(r"^[a-z0-9]+$")

# Name parts that are written both apart and joined ("Pour Mohammadi", "Pourmohammadi";
# "Ahmadi Nejad", "Ahmadinejad"), as they read after the rules above. A prefix joins the
# word after it; a suffix the word before it.
_PREFIXES: Final = frozenset({"pur", "mir", "abdol", "abdul", "abol", "abul", "پور", "میر", "عبد"})
_SUFFIXES: Final = frozenset(
    {"zade", "nejad", "nezhad", "pur", "olah", "alah", "ulah", "زاده", "نژاد", "پور", "الله"}
    | {"ها", "ای"}  # Persian suffixes written after a space or a ZWNJ ("زندان‌ها")
)


HONORIFICS: Final[tuple[str, ...]] = (
    *("Seyyed", "Seyed", "Sayyid", "Sayyed", "Sayed", "Syed", "Seyyedeh", "Seyedeh"),
    *("Ayatollah", "Ayatullah", "Grand Ayatollah", "Ayatollah al-Ozma"),
    *("Hojatoleslam", "Hojjatoleslam", "Hojatolislam", "Hojjat al-Islam", "Hojjat ol-Eslam"),
    *("Hojatoleslam val-Moslemin", "Hojjatoleslam val-Moslemin"),
    *("Sheikh", "Shaikh", "Mullah", "Mohandes", "Dr", "Prof", "Mr", "Mrs", "Ms"),
    *("سید", "سیده", "آیت‌الله", "آیت‌الله العظمی", "حجت‌الاسلام", "حجت‌الاسلام والمسلمین"),
    *("شیخ", "ملا", "مهندس", "دکتر"),
)
"""Honorifics and titles of address that a report may put before a name ("Seyyed Ebrahim
Raisi", "Ayatollah Hossein Ali Montazeri", "Dr. ..."), in Latin and Persian script.
[`match_key`][rightsdata.match_key] drops them from the start of a name (in any spelling that folds
to one of these), as long as a word remains: "Seyyed" alone is a name."""


def _fold_char(c: str) -> str:
    """One character of an NFKD, casefolded name: dropped, joined, a digit or a space."""
    cat = unicodedata.category(c)
    if cat in ("Mn", "Me", "Cf") or c in _JOINERS or cat == "Pd":
        return ""  # diacritics, ZWNJ and other format characters, in-word punctuation
    if cat == "Nd":
        return str(unicodedata.decimal(c))  # Persian and Arabic-Indic digits
    if cat[0] in "LN":
        return c
    return " "


def _fold_latin(word: str) -> str:
    while True:
        before = word
        if "ow" in word:
            word = _OW.sub("u", word)
        for old, new in _LATIN_RULES:
            word = word.replace(old, new)
        word = _DOUBLED.sub(r"\1", word)
        for old, new in _AFTER_DOUBLES:
            word = word.replace(old, new)
        word = _FINAL_EH.sub("e", word)
        if word == before:
            return word


def _join_particles(words: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _PREFIXES and i + 1 < len(words):
            words[i + 1] = w + words[i + 1]
        elif w in _SUFFIXES and out:
            out[-1] += w
        else:
            out.append(w)
        i += 1
    return out


def _reorder_comma(name: str) -> str:
    """ "Rehman, Javaid" -> "Javaid Rehman" (one comma, a few words on each side)."""
    parts = re.split(r"[,،]", name)
    if len(parts) == 2:
        family, given = parts[0].split(), parts[1].split()
        if 0 < len(family) <= 3 and 0 < len(given) <= 3:
            return " ".join([*given, *family])
    return name


def match_key(name: str) -> str:
    """Fold a name to the key under which its usual spellings coincide.

    In order: Unicode NFKC; "Family, Given" turned to "Given Family" (one comma, at most
    three words each side); case folded; diacritics, the zero-width non-joiner and other
    format characters dropped; Arabic letter forms folded to Persian (ي and ى to ی, ك to
    ک, ة and ۀ to ه, tatweel dropped); digits of any script to ASCII; apostrophes,
    periods, hyphens and dashes dropped inside a word ("Haj-Mohammadi",
    "U.N."), other punctuation a space. Each Latin word then folds the common Persian
    transliteration variants: x and kh, gh and q, ou/oo and u, ee and i, ey and ei, w and
    v, ow before a consonant and u ("Rowhani", "Rouhani"), final -eh and -e, doubled
    letters ("Moussavi", "Mousavi"). Then name particles written apart or joined are
    joined: the prefixes pour/pur, mir, abdol (and پور, میر, عبد), the suffixes zadeh,
    nejad, pour, ollah (and زاده, نژاد, پور, الله, ها, ای). Last,
    [`HONORIFICS`][rightsdata.names.HONORIFICS] at the start of the name are dropped ("Seyyed
    Ebrahim Raisi" is "ebrahim raisi"), as long as a word remains.

    The key is for comparing, not for showing; words are separated by one space. Anything
    but a string raises [`ValidationError`][rightsdata.ValidationError].

    ```pycon
    >>> match_key("Mostafa Pour Mohammadi")
    'mostafa purmohamadi'
    >>> match_key("Mir-Hossein MOUSSAVI") == match_key("Mir Hossein Mousavi")
    True
    >>> match_key("Rehman, Javaid")
    'javaid rehman'
    >>> match_key("Ayatollah Seyyed Ali Khamenei")
    'ali khamenei'
    >>> match_key("روح\u200cالله") == match_key("روح الله") == match_key("روحالله")
    True

    ```
    """
    if not isinstance(name, str):
        raise ValidationError.single(
            "name", f"expected a name (a string), got {type(name).__name__} {_shown(name)}"
        )
    return " ".join(_drop_honorifics(_fold_words(name)))


def _fold_words(name: str) -> list[str]:
    """The words of [`match_key`][rightsdata.match_key], before honorifics are dropped."""
    text = unicodedata.normalize("NFKC", name)
    text = _reorder_comma(text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(_fold_char(c) for c in text).translate(_LETTERS)
    words = [
        _fold_latin(w) if _LATIN_WORD.match(w) else w
        for w in unicodedata.normalize("NFC", text).split()
    ]
    # Joining can put two letters side by side that fold ("mir" + "rahim"): fold again.
    joined = _join_particles(words)
    return [_fold_latin(w) if _LATIN_WORD.match(w) else w for w in joined]


_HONORIFIC_WORDS: Final[dict[str, list[tuple[str, ...]]]] = {}
"""[`HONORIFICS`][rightsdata.names.HONORIFICS] as folded words, by their first word, longest first
("grand ayatolah")."""
for _h in sorted({tuple(_fold_words(h)) for h in HONORIFICS}, key=len, reverse=True):
    _HONORIFIC_WORDS.setdefault(_h[0], []).append(_h)


def _drop_honorifics(words: list[str]) -> list[str]:
    """``words`` without the honorifics at their start, keeping at least one word."""
    start = 0
    while start < len(words) - 1:
        for h in _HONORIFIC_WORDS.get(words[start], ()):
            if len(words) - start > len(h) and tuple(words[start : start + len(h)]) == h:
                start += len(h)
                break
        else:
            break
    return words[start:]


# -- scoring ---------------------------------------------------------------------------

_NUMBER: Final = re.compile(r"\d+")
_NO_VOWELS: Final = str.maketrans("", "", "aeiouy")


def _sorted_words(key: str) -> str:
    """The key with its words in order: ``fuzz.ratio`` on these is rapidfuzz's
    ``token_sort_ratio``, with the sorting done once per name instead of per pair."""
    return " ".join(sorted(key.split()))


def _key_similarity(ka: str, kb: str) -> float:
    """[`similarity`][rightsdata.similarity] of two keys (see there)."""
    if not ka or not kb:
        return 0.0
    ca, cb = ka.replace(" ", ""), kb.replace(" ", "")
    if ca == cb:
        score = 1.0
    else:
        score = max(fuzz.ratio(ca, cb), fuzz.ratio(_sorted_words(ka), _sorted_words(kb))) / 100
        wa, wb = ka.split(), kb.split()
        if len(wa) > 1 and len(wb) > 1:
            score = min(score, fuzz.ratio(wa[-1], wb[-1]) / 100)
            # Brothers share a family name too: the given names' likeness counts half,
            # and in a person's name (two or three words) given names whose consonants
            # differ are other names ("Mojtaba", "Mostafa"; "Mohammad", "Mohammad
            # Reza"), not one respelled ("Javaid", "Javeid").
            ga, gb = "".join(wa[:-1]), "".join(wb[:-1])
            score = min(score, (1 + fuzz.ratio(ga, gb) / 100) / 2)
            person = len(wa) <= 3 and len(wb) <= 3
            if person and ga.translate(_NO_VOWELS) != gb.translate(_NO_VOWELS):
                score = min(score, OTHER_GIVEN_NAME_SCORE)
    if Counter(_NUMBER.findall(ka)) != Counter(_NUMBER.findall(kb)):
        score = min(score, 0.5)
    return score


def similarity(a: str, b: str) -> float:
    """How alike two names are, from 0 (nothing alike) to 1 (the same key).

    Both are folded with [`match_key`][rightsdata.match_key]. Names whose keys are equal, or equal
    once the spaces are taken out ("Ali Reza", "Alireza"), score 1. Otherwise the score is
    rapidfuzz's normalized Indel similarity of the keys (the better of the keys without
    spaces and the keys with their words sorted), capped by the similarity of the last
    words when both names have two words or more: "Mir Hossein Mousavi" and "Abbas
    Mousavi" share a family name, not a person, and score 0.58; and by the mean of 1 and
    the likeness of the given names, so that brothers ("Ali Larijani", "Sadegh Larijani",
    0.62) stay below the default threshold while a respelled given name ("Javaid
    Rehman", "Javeid Rehman") does not. In a name of two or three words, given names
    whose consonants differ are other names, even when they look alike ("Mojtaba
    Khamenei", "Mostafa Khamenei"; "Mohammad Khatami", "Mohammad Reza Khatami"): they
    score at most [`OTHER_GIVEN_NAME_SCORE`][rightsdata.names.OTHER_GIVEN_NAME_SCORE]. Names that
    carry different numbers ("Ward 209", "Ward 240") score at most 0.5. Empty names score 0.
    Anything but two strings raises [`ValidationError`][rightsdata.ValidationError].

    ```pycon
    >>> similarity("Mousavi", "Moussavi")
    1.0
    >>> round(similarity("Mir Hossein Mousavi", "Abbas Mousavi"), 2)
    0.58
    >>> similarity("Seyyed Ebrahim Raisi", "Ebrahim Raisi")  # an honorific
    1.0
    >>> similarity("Hassan Rouhani", "Hasan Rowhani")
    1.0
    >>> similarity("Mojtaba Khamenei", "Mostafa Khamenei")
    0.75

    ```
    """
    return _key_similarity(match_key(a), match_key(b))


def _query_score(kq: str, kn: str) -> float:
    """The score of a name for a query: [`similarity`][rightsdata.similarity], or
    [`PARTIAL_SCORE`][rightsdata.names.PARTIAL_SCORE] when every word of the query is a word of the
    name."""
    score = _key_similarity(kq, kn)
    if score < PARTIAL_SCORE:
        wq, wn = Counter(kq.split()), Counter(kn.split())
        if wq and wq <= wn:
            score = PARTIAL_SCORE
    return score


# -- looking names up ------------------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class ActorMatch:
    """An actor that may be the one a name means, with how well it matched."""

    actor: Actor
    """The actor."""
    score: float
    """How well its best name matched, from 0 to 1 (see
    [`match_actors`][rightsdata.match_actors])."""
    matched_name: str
    """Which of its names (main name or alias) matched best, as written."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class FacilityMatch:
    """A facility that may be the one a name means, with how well it matched."""

    facility: Facility
    """The facility."""
    score: float
    """How well its best name matched, from 0 to 1 (see
    [`match_facilities`][rightsdata.match_facilities])."""
    matched_name: str
    """Which of its names (main name or alias) matched best, as written."""


def _check_query(name: str) -> str:
    key = match_key(name)
    if not key:
        raise ValidationError.single("name", f"there is nothing to match in {_shown(name)}")
    return key


def _check_threshold(threshold: object) -> float:
    """A threshold as a float, or [`ValidationError`][rightsdata.ValidationError] if it is not a
    number from 0 to 1 (NaN, a string and ``True`` are not)."""
    if isinstance(threshold, bool) or not isinstance(threshold, Real):
        raise ValidationError.single(
            "threshold",
            f"expected a number from 0 to 1, got {type(threshold).__name__} {_shown(threshold)}",
        )
    try:
        value = float(threshold)
    except OverflowError:  # an int or Fraction too large for a float
        value = math.inf
    if not (0.0 <= value <= 1.0):
        raise ValidationError.single(
            "threshold", f"must be between 0 and 1, got {_shown(threshold)}"
        )
    return value


def _check_limit(limit: object) -> None:
    if limit is None:
        return
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise ValidationError.single(
            "limit", f"expected a whole number or None, got {type(limit).__name__} {_shown(limit)}"
        )
    if limit < 0:
        raise ValidationError.single("limit", f"must be 0 or more, got {_shown(limit)}")


class NameIndex:
    """The names of a dataset's actors (or facilities), folded once, for fast lookups.

    Private to the library: [`Dataset`][rightsdata.Dataset] builds one per record type on
    first use and keeps it.
    """

    __slots__ = ("keys", "owners", "sorted", "spaceless", "texts", "words")

    def __init__(self, entities: Sequence[Actor | Facility]) -> None:
        self.owners: list[int] = []
        """For each name, the position of its entity in ``entities``."""
        self.texts: list[str] = []
        """Each name as written."""
        self.keys: list[str] = []
        """Each name's [`match_key`][rightsdata.match_key]."""
        for i, e in enumerate(entities):
            for text in e.names():
                self.owners.append(i)
                self.texts.append(text)
                self.keys.append(match_key(text))
        self.spaceless = [k.replace(" ", "") for k in self.keys]
        """Each key without its spaces."""
        self.sorted = [_sorted_words(k) for k in self.keys]
        """Each key with its words sorted."""
        self.words: dict[str, set[int]] = {}
        """Each word of a key -> the names that have it."""
        for n, k in enumerate(self.keys):
            for w in k.split():
                self.words.setdefault(w, set()).add(n)

    def near(self, key: str, threshold: float, *, after: int = -1) -> set[int]:
        """Names (after name ``after``) whose similarity to ``key`` can reach ``threshold``.

        The exact score is never above the better of the two rapidfuzz ratios scanned
        here (in C), so this finds every name that can reach the threshold, and a few more.
        """
        cutoff = threshold * 100
        start = after + 1
        found: set[int] = set()
        for query, choices in (
            (key.replace(" ", ""), self.spaceless),
            (_sorted_words(key), self.sorted),
        ):
            for _, _, n in process.extract(
                query, choices[start:], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                found.add(n + start)
        return found

    def containing(self, key: str) -> set[int]:
        """Names that have every word of ``key``."""
        sets = [self.words.get(w, set()) for w in key.split()]
        return set.intersection(*sets) if sets else set()


def _best_names(
    query: str, key: str, index: NameIndex, threshold: float
) -> dict[int, tuple[float, str]]:
    """Each entity's best-scoring name; among equal scores, the one written as the query."""
    candidates = index.near(key, threshold)
    if threshold <= PARTIAL_SCORE:
        candidates |= index.containing(key)
    best: dict[int, tuple[float, bool, str]] = {}
    written = unicodedata.normalize("NFKC", query).casefold().strip()
    for n in sorted(candidates):
        score = _query_score(key, index.keys[n])
        if score >= threshold:
            text = index.texts[n]
            rank = (score, unicodedata.normalize("NFKC", text).casefold() == written, text)
            i = index.owners[n]
            if i not in best or rank[:2] > best[i][:2]:
                best[i] = rank
    return {i: (score, text) for i, (score, _, text) in best.items()}


def _matches(
    dataset: Dataset,
    cls: type[Actor] | type[Facility],
    name: str,
    threshold: float,
    limit: int | None,
) -> list[tuple[int, float, str]]:
    """The actors or facilities ``name`` may mean, best first (ties in dataset order), as
    ``(position among them, score, matched name)``; see
    [`match_actors`][rightsdata.match_actors]."""
    key = _check_query(name)
    threshold = _check_threshold(threshold)
    _check_limit(limit)
    best = _best_names(name, key, dataset._name_index(cls), threshold)
    order = sorted(best, key=lambda i: (-best[i][0], i))[:limit]
    return [(i, *best[i]) for i in order]


def match_actors(
    dataset: Dataset, name: str, *, threshold: float = DEFAULT_THRESHOLD, limit: int | None = None
) -> tuple[ActorMatch, ...]:
    """The actors of ``dataset`` that ``name`` may mean, best first.

    Each actor is scored by its best name (main name or alias):
    [`similarity`][rightsdata.similarity], or [`PARTIAL_SCORE`][rightsdata.names.PARTIAL_SCORE] when
    the actor's name contains every word of ``name`` (a family name alone, "Pour Mohammadi", matches
    "Mostafa Pourmohammadi"). Actors scoring at least ``threshold`` are returned, best first (ties
    in dataset order), at most ``limit`` of them. Names in another script match only through an
    alias in that script. A family name shared by two people returns both: choosing is the caller's.

    Raises [`ValidationError`][rightsdata.ValidationError] for a name that is not a string or has
    nothing to match, a threshold that is not a number from 0 to 1 (NaN, ``"0.9"``), and a
    limit that is not ``None`` or a whole number from 0 (-1, ``True``, 2.5).

    ```pycon
    >>> from rightsdata.examples import iran_prisons
    >>> tuple((m.actor.id, m.score) for m in match_actors(iran_prisons(), "Pour Mohammadi"))
    (('pourmohammadi', 0.9),)
    >>> tuple(m.actor.id for m in match_actors(iran_prisons(), "Mousavi"))
    ('mir-hossein-mousavi', 'abbas-mousavi')

    ```
    """
    actors = dataset.actors()
    return tuple(
        ActorMatch(actor=actors[i], score=score, matched_name=text)
        for i, score, text in _matches(dataset, Actor, name, threshold, limit)
    )


def match_facilities(
    dataset: Dataset, name: str, *, threshold: float = DEFAULT_THRESHOLD, limit: int | None = None
) -> tuple[FacilityMatch, ...]:
    """The facilities of ``dataset`` that ``name`` may mean, best first.

    Scored as [`match_actors`][rightsdata.match_actors] scores actors.

    ```pycon
    >>> from rightsdata.examples import iran_prisons
    >>> match_facilities(iran_prisons(), "Qezel Hesar")
    ()
    >>> tuple(m.facility.id for m in match_facilities(iran_prisons(), "Evin"))
    ('evin',)

    ```
    """
    facilities = dataset.facilities()
    return tuple(
        FacilityMatch(facility=facilities[i], score=score, matched_name=text)
        for i, score, text in _matches(dataset, Facility, name, threshold, limit)
    )


# -- duplicates ------------------------------------------------------------------------


@attrs.frozen(kw_only=True, weakref_slot=False)
class Duplicate:
    """Two actors, or two facilities, that look like one entity: a proposal, never a merge.

    Merge them, if a person agrees, with
    [`Dataset.merge_entities`][rightsdata.Dataset.merge_entities].
    """

    ids: tuple[str, str]
    """The two ids, in dataset order."""
    score: float
    """The similarity of their most alike names, from 0 to 1."""
    names: tuple[str, str]
    """Those two names, as written."""
    evidence: tuple[str, ...]
    """What speaks for (and against) their being one, in words."""


class _Ancestry:
    """Whether one entity is up another's chain of parents, in constant time per question.

    The naive answer, each entity's set of ancestors, is quadratic for a long chain
    (100,000 nested facilities would need five billion entries). Parents form a
    *functional graph* (each id has at most one parent), so: the cycles are found once,
    the rest is a forest hanging from them (and from the ids without a parent), and the
    forest is numbered in preorder. ``u`` is up ``v``'s chain when ``u`` is ``v``'s
    ancestor in its tree, or ``u`` is on the cycle ``v``'s tree hangs from. Every step is
    iterative and linear in the number of ids.
    """

    __slots__ = ("cycle", "end", "ring", "start")

    def __init__(self, parent: Mapping[str, str | None]) -> None:
        up = {i: p for i, p in parent.items() if p is not None and p in parent}
        self.cycle: dict[str, int] = {}
        """Each id on a cycle of parents -> the number of its cycle."""
        walk: dict[str, int] = {}  # each id -> the walk up the parents that first met it
        for k, first in enumerate(up):
            path: list[str] = []
            x: str | None = first
            while x is not None and x not in walk:
                walk[x] = k
                path.append(x)
                x = up.get(x)
            if x is not None and walk[x] == k:  # this walk closed a cycle at x
                number = len(self.cycle)
                for y in path[path.index(x) :]:
                    self.cycle[y] = number
        tree_up = {x: p for x, p in up.items() if x not in self.cycle}
        children: dict[str, list[str]] = {}
        for x, p in tree_up.items():
            children.setdefault(p, []).append(x)
        self.ring: dict[str, int] = {}
        """Each id whose chain of parents runs into a cycle -> the number of that cycle."""
        order: list[str] = []  # the forest in preorder, one tree after another
        for r in parent:
            if r in tree_up:
                continue
            first_of_tree = len(order)
            order.append(r)
            todo = list(children.get(r, ()))
            while todo:
                x = todo.pop()
                order.append(x)
                todo.extend(children.get(x, ()))
            c = self.cycle.get(r)
            if c is not None:
                self.ring.update(dict.fromkeys(order[first_of_tree:], c))
        self.start: dict[str, int] = {x: k for k, x in enumerate(order)}
        """Each id -> its place in preorder."""
        size = dict.fromkeys(order, 1)
        for x in reversed(order):
            above = tree_up.get(x)
            if above is not None:
                size[above] += size[x]
        self.end: dict[str, int] = {x: self.start[x] + size[x] for x in order}
        """Each id -> the place after the last id of its subtree."""

    def above(self, u: str, v: str) -> bool:
        """Whether ``u`` is up ``v``'s chain of parents (``v`` itself is not)."""
        if u == v or u not in self.start or v not in self.start:
            return False
        if self.start[u] < self.start[v] < self.end[u]:
            return True
        c = self.cycle.get(u)
        return c is not None and self.ring.get(v) == c


def _candidate_pairs(
    index: NameIndex, threshold: float
) -> dict[tuple[int, int], tuple[float, str, str]]:
    """Best-scoring name pair of each entity pair scoring at least ``threshold``."""
    pairs: dict[tuple[int, int], tuple[float, str, str]] = {}
    for a, ka in enumerate(index.keys):
        ia = index.owners[a]
        for b in index.near(ka, threshold, after=a):
            ib = index.owners[b]
            if ib == ia:
                continue
            score = _key_similarity(ka, index.keys[b])
            pair = (min(ia, ib), max(ia, ib))
            if score >= threshold and score > pairs.get(pair, (-1.0, "", ""))[0]:
                names = (index.texts[a], index.texts[b])
                pairs[pair] = (score, *(names if ia < ib else names[::-1]))
    return pairs


def _evidence(a: Actor | Facility, b: Actor | Facility, na: str, nb: str) -> list[str]:
    ka, kb = match_key(na), match_key(nb)
    said = [
        f"names {na!r} and {nb!r} fold to the same key {ka!r}"
        if ka.replace(" ", "") == kb.replace(" ", "")
        else f"names {na!r} and {nb!r} are alike ({_key_similarity(ka, kb):.2f})"
    ]
    if isinstance(a, Actor) and isinstance(b, Actor):
        said.append(
            f"same kind: {a.kind.value}"
            if a.kind is b.kind
            else f"kinds differ: {a.kind.value}, {b.kind.value}"
        )
        wa, wb = ka.split(), kb.split()
        persons = a.kind is ActorKind.PERSON and b.kind is ActorKind.PERSON
        if persons and len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[:-1] != wb[:-1]:
            said.append(
                f"same family name ({wa[-1]!r}) but other names differ "
                f"({' '.join(wa[:-1])!r}, {' '.join(wb[:-1])!r}): may be two people"
            )
        titles_b = {match_key(p.title) for p in b.positions}
        shared = [p.title for p in a.positions if match_key(p.title) in titles_b]
        if shared:
            said.append("both held " + ", ".join(repr(t) for t in dict.fromkeys(shared)))
    elif isinstance(a, Facility) and isinstance(b, Facility):
        said.append(
            f"same kind: {a.kind}" if a.kind == b.kind else f"kinds differ: {a.kind}, {b.kind}"
        )
        if a.parent != b.parent:
            said.append(f"parents differ: {a.parent}, {b.parent}")
        la, lb = a.location, b.location
        if la is not None and lb is not None and la.city and lb.city:
            said.append(
                f"both in {la.city}"
                if match_key(la.city) == match_key(lb.city)
                else f"cities differ: {la.city}, {lb.city}"
            )
    common = {c.source for c in a.citations} & {c.source for c in b.citations}
    if common:
        said.append("named by the same source: " + ", ".join(sorted(common)))
    return said


def find_duplicates(dataset: Dataset, *, threshold: float = DEFAULT_THRESHOLD) -> list[Duplicate]:
    """Actor pairs and facility pairs that look like one entity, best first.

    Two entities pair when some name of one and some name of the other (main names and
    aliases) score at least ``threshold`` under [`similarity`][rightsdata.similarity]. Pairs that
    cannot be one are left out: an entity and its own parent or ancestor, and two actors whose
    kinds are both known and differ (a person and an organization). Lowering the
    threshold brings in weaker candidates, such as two people who share a family name;
    their evidence says so. Nothing is merged.
    """
    threshold = _check_threshold(threshold)
    found: list[Duplicate] = []
    groups: tuple[
        tuple[type[Actor] | type[Facility], tuple[Actor, ...] | tuple[Facility, ...]], ...
    ]
    groups = ((Actor, dataset.actors()), (Facility, dataset.facilities()))
    for cls, entities in groups:
        index = dataset._name_index(cls)
        ancestry = _Ancestry({e.id: e.parent for e in entities})
        for (ia, ib), (score, na, nb) in _candidate_pairs(index, threshold).items():
            a, b = entities[ia], entities[ib]
            if a.id == b.id or ancestry.above(a.id, b.id) or ancestry.above(b.id, a.id):
                continue
            if (
                isinstance(a, Actor)
                and isinstance(b, Actor)
                and a.kind is not b.kind
                and ActorKind.UNKNOWN not in (a.kind, b.kind)
            ):
                continue
            found.append(
                Duplicate(
                    ids=(a.id, b.id),
                    score=score,
                    names=(na, nb),
                    evidence=tuple(_evidence(a, b, na, nb)),
                )
            )
    found.sort(key=lambda d: (-d.score, d.ids))
    return found
