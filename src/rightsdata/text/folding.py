"""Name folding: [`match_key`][rightsdata.match_key] and its rules.

The rules (Arabic letter forms, in-word marks, Latin transliteration variants, name
particles, honorifics) are package data, ``rightsdata/text/folding.toml``, read once on
import; the code here applies them.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from importlib import resources
from typing import Final

from rightsdata.errors import ValidationError
from rightsdata.numbers import shown

__all__ = ["HONORIFICS", "match_key"]


def _load_rules() -> dict[str, dict[str, object]]:
    """The tables of ``folding.toml``, each a mapping of its keys."""
    with resources.files("rightsdata.text").joinpath("folding.toml").open("rb") as f:
        data = tomllib.load(f)
    return {name: dict(table) for name, table in data.items()}


def _strings(table: dict[str, object], key: str) -> tuple[str, ...]:
    """The array of strings ``table[key]``, in order."""
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"folding.toml: {key} must be an array of strings")
    return tuple(value)


def _pairs(table: dict[str, object], key: str) -> tuple[tuple[str, str], ...]:
    """The array of ``[old, new]`` string pairs ``table[key]``, in order."""
    value = table[key]
    if not isinstance(value, list):
        raise TypeError(f"folding.toml: {key} must be an array of [old, new] pairs")
    out: list[tuple[str, str]] = []
    for pair in value:
        if not (isinstance(pair, list) and len(pair) == 2):
            raise TypeError(f"folding.toml: {key} must be an array of [old, new] pairs")
        if not (isinstance(pair[0], str) and isinstance(pair[1], str)):
            raise TypeError(f"folding.toml: {key} must be an array of [old, new] pairs")
        out.append((pair[0], pair[1]))
    return tuple(out)


def _letters(table: dict[str, object]) -> dict[str, str | None]:
    """The ``[letters]`` table as a ``str.maketrans`` mapping (``""`` drops the letter)."""
    out: dict[str, str | None] = {}
    for old, new in table.items():
        if len(old) != 1 or not isinstance(new, str):
            raise TypeError(f"folding.toml: letters: {old!r} must be one letter, to a string")
        out[old] = new or None
    return out


_RULES: Final = _load_rules()

# Arabic letters and forms folded to the Persian letter they are written for ("" drops).
_LETTERS: Final = str.maketrans(_letters(_RULES["letters"]))

# Marks inside a word that are dropped, joining its parts (see folding.toml).
_JOINERS: Final = frozenset(_strings(_RULES["words"], "joiners"))

# Latin transliteration variants, applied to each word until nothing changes (so the key
# is a fixed point: ``match_key(match_key(x)) == match_key(x)``): the rules of
# folding.toml, then "ow" before a consonant or at the end is the vowel "ou" ("Rowhani",
# "Rouhani"), doubled letters collapse ("Moussavi", "Mousavi") and a final "-eh" is "-e"
# ("Zadeh", "Zade").
_OW: Final = re.compile(r"ow(?![aeiou])")
_LATIN_RULES: Final = _pairs(_RULES["words"], "latin_rules")
_AFTER_DOUBLES: Final = _pairs(_RULES["words"], "after_doubles")
_DOUBLED: Final = re.compile(r"([a-z])\1+")
_FINAL_EH: Final = re.compile(r"(?<=[a-z])eh$")
_LATIN_WORD: Final = re.compile(r"^[a-z0-9]+$")

# Name parts written both apart and joined: a prefix joins the word after it; a suffix the
# word before it.
_PREFIXES: Final = frozenset(_strings(_RULES["particles"], "prefixes"))
_SUFFIXES: Final = frozenset(_strings(_RULES["particles"], "suffixes"))


HONORIFICS: Final[tuple[str, ...]] = _strings(_RULES["honorifics"], "titles")
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
            "name", f"expected a name (a string), got {type(name).__name__} {shown(name)}"
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
