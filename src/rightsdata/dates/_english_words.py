"""The English date parser's vocabulary as patterns: built from ``rightsdata/vocab/dates_en.toml``
(internal to [`rightsdata.dates.english`][rightsdata.dates.english]).

The regexes, dicts and first-word indexes below are generated from the data; no word is
written here that the data file does not hold, except the structure of the patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rightsdata.dates import jalali
from rightsdata.dates._units import (
    _GREGORIAN,
    _JALALI,
    MONTH_NAMES,
    SEASON_STARTS,
)
from rightsdata.dates.range import Calendar, Precision
from rightsdata.dates.relative import WEEKDAYS
from rightsdata.vocab import labels, numbers, words


def _alternatives(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` (longest first, so none shadows another)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _named(name: str, words: Iterable[str]) -> str:
    """A regex group named ``name`` matching any of ``words`` (longest first)."""
    return f"(?P<{name}>{_alternatives(words)})"


_G = _GREGORIAN
_J = _JALALI
# Enum members as module constants (``_units`` says why); the century is the parser's own.
_P_CENTURY = Precision.CENTURY

_MONTHS: dict[str, tuple[Calendar, int]] = {}
for _i, _name in enumerate(MONTH_NAMES, 1):
    _low = _name.lower()
    _MONTHS[_low] = (_G, _i)
    _MONTHS[_low[:3]] = (_G, _i)
    _MONTHS[_low[:3] + "."] = (_G, _i)
for _abbr, _i in numbers("dates_en", "months.abbreviations").items():
    _MONTHS.update({_abbr: (_G, _i), _abbr + ".": (_G, _i)})
# the Persian names as normalise() leaves them ("آبان" is "ابان" there)
_MONTHS.update({jalali.normalise_script(name): (_J, i) for name, i in jalali.MONTHS.items()})

_JALALI_ERAS = frozenset(words("dates_en", "eras.jalali"))
_PARTS = numbers("dates_en", "parts.thirds")
_WRITTEN_PARTS = words("dates_en", "parts.written")
"""The words for the thirds of a unit, written back, and read before a season."""
_ORDINALS = numbers("dates_en", "ordinals.numbers")
_HALVES = numbers("dates_en", "halves.numbers")

_MONTH = _named("m", _MONTHS)
_ERA = r"(?:\s?" + _named("era", (*words("dates_en", "eras.gregorian"), *_JALALI_ERAS)) + ")"
_YEAR = r"(?P<y>\d{3,4})" + _ERA + "?"
_WD = r"(?:" + _named("wd", WEEKDAYS) + r"\.?,? )?"
_PART = r"(?:the )?" + _named("part", _PARTS) + "(?: of)? "
_ORD = r"(?:st|nd|rd|th)?"

_DMY = re.compile(
    _WD + r"(?:the )?(?P<d>\d{1,2})" + _ORD + r" (?:of )?" + _MONTH + r"\.?(?:,? " + _YEAR + ")?"
)
_MDY = re.compile(_WD + _MONTH + r" (?:the )?(?P<d>\d{1,2})" + _ORD + r"(?:,? " + _YEAR + ")?")
_PART_MONTH = re.compile(_PART + _MONTH + r"(?:,? (?:of )?" + _YEAR + ")?")
_MY = re.compile(_MONTH + r"(?:,? (?:of )?" + _YEAR + ")?")
_PART_YEAR = re.compile(_PART + _YEAR)
_YEAR_ONLY = re.compile(r"(?:the year )?" + _YEAR)
_DECADE = re.compile(r"(?:the )?(?:" + _PART + r")?(?P<dec>\d{2,3}0)'?s")
_CENTURY = re.compile(r"(?:the )?(?:" + _PART + r")?(?P<c>\d{1,2})(?:st|nd|rd|th) century")
_SEASON = re.compile(
    r"(?:the )?(?:" + _named("part", _WRITTEN_PARTS) + " )?" + _named("season", SEASON_STARTS) + ""
    r"(?: of)?(?:,? (?P<y>\d{3,4})(?:[-/](?P<y2>\d{2,4}))?" + _ERA + "?)?"
)
_QUARTER = re.compile(
    r"(?:the )?"
    + _named("n", _ORDINALS)
    + " quarter (?:of )?"
    + _YEAR
    + r"|q(?P<q>[1-4]),? "
    + _YEAR.replace("?P<y>", "?P<y2>").replace("?P<era>", "?P<era2>")
)
_HALF = re.compile(r"(?:the )?" + _named("n", _HALVES) + " half (?:of )?" + _YEAR)
_NUMERIC = re.compile(
    r"(?P<y>\d{4})(?P<sep>[-/.])(?P<mo>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?" + _ERA + "?"
)
_WEEK_OF_MONTH = re.compile(
    r"(?:the )?"
    + _named("n", _ORDINALS)
    + " week (?:of|in) "
    + _MONTH
    + r"(?:,? (?:of )?"
    + _YEAR
    + ")?"
)
_WEEK_OF_DAY = re.compile(r"(?:the )?week (?P<kind>of|beginning|starting|commencing) (?P<rest>.+)")
_NIGHT = re.compile(r"(?:the )?night (?P<how>of|between) (?P<rest>.+)")
_NIGHT_SPLIT = re.compile(r"(?P<a>.+?)(?: to | into | and |\s?[-/]\s?)(?P<b>.+)")
_PART_WORD = _alternatives(_PARTS)
_PART_RANGE = re.compile(
    r"(?P<the>the )?(?P<p1>" + _PART_WORD + r")(?:\s?(?:to|or|and|into|/|-)\s?-?|\s)"
    r"(?P<p2>" + _PART_WORD + r")[ -](?P<rest>.+)"
)
NUMERIC_DAY_MONTH = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
)
"""A numeric date with the day and month first ("15/11/2019", "11.03.2019"): refused,
with an error saying that its day/month order is ambiguous."""
_DAY_ONLY = re.compile(r"(?:the )?(?P<d>\d{1,2})" + _ORD)
_SHORT_YEAR = re.compile(r"\d{2}")

_ZONES = labels("dates_en", "zones")
"""Time-zone words to the IANA zones they name."""
_ZONE = _named("z", _ZONES)
_AMPM = r"(?P<ap>am|pm|a\.m\.|p\.m\.)"
_TIME_END = re.compile(
    r"(?P<rest>.+?),? (?:at )?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s?"
    + _AMPM
    + r"?(?: "
    + _ZONE
    + ")?"
)
_TIME_START = re.compile(
    r"(?:at )?(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s?"
    + _AMPM
    + r"?(?: "
    + _ZONE
    + r")?,? (?:on )?(?P<rest>.+)"
)
# What every time of day has, minutes or am/pm after the hour: without it, a quick no.
_CLOCK = re.compile(r"\d(?::\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.))")

APPROXIMATE_WORDS = words("dates_en", "hedges.approximate")
"""The words that hedge a date ("circa 1990", "on or about 3 May"): ``approximate``.

A hedge does not widen the bounds: "on or about 3 May 1988" is 3 May 1988 with
``approximate=True`` (see "circa" in ``docs/dates.md``)."""
UNCERTAIN_WORDS = words("dates_en", "hedges.uncertain")
"""The words that doubt a date ("probably 1988"): ``uncertain``."""
OPEN_WORDS: dict[str, str] = labels("dates_en", "open")
"""The words that leave one end open, to what they do: end the day before the date
starts ("before"), end when it ends ("until"), start the day after it ends ("after"),
start when it starts ("since")."""
FILLER_WORDS = words("dates_en", "filler.words")
"""Words before a date that do not change it ("on 20 July 1988", "in August 2016")."""


_APPROX = re.compile(_alternatives(APPROXIMATE_WORDS) + " (?P<rest>.+)")
_DOUBT = re.compile(_alternatives(UNCERTAIN_WORDS) + " (?P<rest>.+)")
_OPEN = re.compile("(?P<op>" + _alternatives(OPEN_WORDS) + ") (?P<rest>.+)")
_BETWEEN = re.compile(r"between (?P<a>.+?) and (?P<b>.+)")
_FROM_TO = re.compile(r"from (?P<a>.+?) (?:to|until|till|through|thru|-) (?P<b>.+)")
_TO = re.compile(r"(?P<a>.+?)(?: to | until | till | through | thru |\s?-\s?)(?P<b>.+)")
_TO_WORD = re.compile(r"(?P<a>.+?) (?:to|until|till|through|thru) (?P<b>.+)")
"""The split to try when the first dash is inside an end ("winter 1988-89 to March 1989")."""
_FILLER = re.compile(_alternatives(FILLER_WORDS) + " ")
_MIDDASH = re.compile(r"\b(" + _alternatives(_WRITTEN_PARTS) + ")-")

# One bit for each of the patterns a phrase's first word can call for. (Bits, not a set
# of the patterns: a compiled pattern's hash is recomputed from its code on every lookup.)
_IS_APPROX, _IS_DOUBT, _IS_BETWEEN, _IS_FROM_TO, _IS_OPEN, _IS_FILLER = 1, 2, 4, 8, 16, 32


def _first_words(words: Iterable[str]) -> tuple[str, ...]:
    return tuple({w.partition(" ")[0]: None for w in words})


_STARTS: dict[int, tuple[str, ...]] = {
    # The first words (up to the first space) a phrase each of these matches can have.
    _IS_APPROX: _first_words(APPROXIMATE_WORDS),
    _IS_DOUBT: _first_words(UNCERTAIN_WORDS),
    _IS_BETWEEN: ("between",),
    _IS_FROM_TO: ("from",),
    _IS_OPEN: _first_words(OPEN_WORDS),
    _IS_FILLER: _first_words(FILLER_WORDS),
}
_KEYWORDS: dict[str, int] = {
    # The patterns worth trying on a phrase (their bits), by its first word; a phrase
    # whose first word is not here is plain.
    word: sum(bit for bit, words in _STARTS.items() if word in words)
    for words in _STARTS.values()
    for word in words
}
_SEASONS = SEASON_STARTS

_EXPECTED = (
    "expected a date such as '20 July 1988', 'July 20, 1988', 'late July 1988', "
    "'the Summer of 1988', 'the 1980s', 'between July and September 1988', 'before 1990', "
    "'circa 1990', '29 Tir 1367', an EDTF string, or (given an anchor date) a relative "
    "phrase such as 'last week' or 'three days after'"
)


_DIGIT = "0"  # stands for every word that starts with a digit


def _words(*groups: str | Iterable[str]) -> frozenset[str]:
    return frozenset(w for g in groups for w in ((g,) if isinstance(g, str) else g))


def _heads(words: Iterable[str]) -> frozenset[str]:
    """The words themselves, with every one that starts with a digit as ``_DIGIT``."""
    return frozenset(_DIGIT if w[:1].isdigit() else w for w in words)


_WEEKDAY_WORDS = _words(w + p for w in WEEKDAYS for p in ("", ".", ",", ".,"))
_MONTH_WORDS = _words(k + p for k in _MONTHS for p in ("", ","))
_SEASON_WORDS_IN = _words(_WRITTEN_PARTS, (k + p for k in _SEASONS for p in ("", ",")))
_ORDINAL_WORDS = _heads(_ORDINALS)
_HALF_WORDS = _heads(_HALVES)
_PART_RANGE_WORDS = _words(_PARTS, (f"{a}/{b}" for a in _PARTS for b in _PARTS))
_FIRST_WORDS: dict[re.Pattern[str], tuple[frozenset[str], frozenset[str]]] = {
    # The words (up to the first space) a text of each form can start with, and those
    # that can follow a leading "the".
    _DMY: (_words(_WEEKDAY_WORDS, _DIGIT), _words(_DIGIT)),
    _MY: (_MONTH_WORDS, frozenset()),
    _MDY: (_words(_WEEKDAY_WORDS, _MONTH_WORDS), frozenset()),
    _PART_MONTH: (_words(_PARTS), _words(_PARTS)),
    _YEAR_ONLY: (_words(_DIGIT), _words("year")),
    _PART_YEAR: (_words(_PARTS), _words(_PARTS)),
    _SEASON: (_SEASON_WORDS_IN, _SEASON_WORDS_IN),
    _DECADE: (_words(_PARTS, _DIGIT), _words(_PARTS, _DIGIT, "the")),  # "the the early 1990s"
    _CENTURY: (_words(_PARTS, _DIGIT), _words(_PARTS, _DIGIT, "the")),
    _QUARTER: (
        _words(_ORDINAL_WORDS, (f"q{n}{p}" for n in "1234" for p in ("", ","))),
        _ORDINAL_WORDS,
    ),
    _HALF: (_HALF_WORDS, _HALF_WORDS),
    _NUMERIC: (_words(_DIGIT), frozenset()),
    _WEEK_OF_MONTH: (_ORDINAL_WORDS, _ORDINAL_WORDS),
    _WEEK_OF_DAY: (_words("week"), _words("week")),
    _NIGHT: (_words("night"), _words("night")),
    _PART_RANGE: (_PART_RANGE_WORDS, _PART_RANGE_WORDS),
    NUMERIC_DAY_MONTH: (_words(_DIGIT), frozenset()),
}


_DAY_YEAR = re.compile(r"(?P<d>\d{1,2})" + _ORD + r",? (?P<y>\d{3,4})")

_HAS_YEAR = re.compile(r"\d{3,4}")
