"""The words the phrase strategies write, kept here apart from the parsers' own lists."""

from __future__ import annotations

MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SOLAR_MONTHS = (
    *("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban"),
    *("Azar", "Dey", "Bahman", "Esfand"),
)
SOLAR_MONTHS_PERSIAN = (
    *("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی"),
    *("بهمن", "اسفند"),
)
PERSIAN_DIGITS = str.maketrans("0123456789,", "۰۱۲۳۴۵۶۷۸۹٬")
ARABIC_INDIC_DIGITS = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
TENS_WORDS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


PART_OF_MONTH_WORDS = (
    ("early", "the beginning of"),
    ("mid", "the middle of"),
    ("late", "the end of"),
)


SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
CIRCA = ("circa", "about", "around", "approximately")
OPEN_ENDS = {
    "before": "before",
    "until": "until",
    "by": "until",
    "through": "until",
    "after": "after",
    "since": "since",
    "from": "since",
}


SCALE_WORDS = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


QUANTITY_HEDGES = {
    "at_least": ("at least", "no fewer than", "no less than"),
    "more_than": ("more than", "over", "upwards of", "in excess of"),
    "at_most": ("at most", "up to", "no more than"),
    "fewer_than": ("fewer than", "less than", "under"),
    "about": (
        *("some", "about", "around", "approximately", "roughly", "an estimated", "circa"),
        "~",
    ),
    "nearly": ("nearly", "almost"),
}
VAGUE_RULES = (
    ("tens", 10, 2),
    ("dozens", 12, 2),
    ("several dozen", 12, 3),
    ("scores", 20, 2),
    ("hundreds", 100, 2),
    ("several hundred", 100, 3),
    ("thousands", 1000, 2),
    ("several thousand", 1000, 3),
    ("tens of thousands", 10**4, 2),
    ("hundreds of thousands", 10**5, 2),
    ("several hundred thousand", 10**5, 3),
    ("millions", 10**6, 2),
    ("several million", 10**6, 3),
    ("tens of millions", 10**7, 2),
    ("hundreds of millions", 10**8, 2),
    ("billions", 10**9, 2),
    ("several billion", 10**9, 3),
)
"""The documented rule: "Xs" is 2 X to 10 X - 1, "several X" 3 X to 10 X - 1."""
