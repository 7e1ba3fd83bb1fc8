"""Speed of :meth:`rightsdata.Quantity.parse` on the seed reports' phrases, in µs per phrase.

Run from the repository root::

    python benchmarks/bench_quantity.py            # best of 7 runs
    python benchmarks/bench_quantity.py --quick    # a smoke run

Each phrase is parsed ``--number`` times per run with :mod:`timeit`; the best run is
reported per phrase, then the mean over all phrases, and the same for a few refused
phrases (the error path), for Persian digits and number words, and for the forms added
later (hedges after the number, decimal ranges, abbreviations), and for hostile input
(issue #17): numbers above the largest count, and margins with huge exponents. A bad
margin is timed with only ``--bad-margin-number`` calls (3), since before issue #17 each
call took over a second. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import timeit
from decimal import Decimal
from fractions import Fraction

from rightsdata import Quantity, QuantityParseError, RightsdataError

SEED_PHRASES = [
    "at least 5,000",
    "more than 30,000",
    "some 85,000",
    "70,000",
    "281",
    "at least 251",
    "at least 220",
    "over 60",
    "more than 100",
    "at least 32 cities",
    "hundreds of gigabytes",
    "189,500",
    "853",
    "14,991",
    "several dozen",
    "thousands",
]
OTHER_PHRASES = [
    "۸۵٬۰۰۰",
    "thirty thousand",
    "two hundred and fifty",
    "between 2,800 and 30,000",
    "2,800–30,000",
    "281 prisoners hanged",
]
LATER_FORMS = [
    "5,000 people or more",
    "about 300 people or more",
    "1.5-2 million",
    "around 2,800 to 3,800",
    "a few hundred",
    "c. 300",
]
REFUSED = ["half", "many", "5 prisoners, 3 guards"]
HOSTILE = [
    "0 to 18446744073709551616",
    "1" * 200,
    "a trillion trillion",
    "2-20000000 trillion",
    "about 5 (0–18446744073709551616)",
]
BAD_MARGINS = {
    "Decimal('1E+999999')": Decimal("1E+999999"),
    "Decimal('1E-999999')": Decimal("1E-999999"),
    "Fraction(1, 10**4000)": Fraction(1, 10**4000),
}


def parse_or_error(text: str) -> None:
    with contextlib.suppress(QuantityParseError):
        Quantity.parse(text)


def time_margins(number: int) -> dict[str, float]:
    out = {}
    for shown, margin in BAD_MARGINS.items():

        def call(m: object = margin) -> None:
            with contextlib.suppress(RightsdataError, ValueError):  # ValueError: before #17
                Quantity.parse("about 5", margin=m)  # type: ignore[arg-type]

        out[f"about 5, margin={shown}"] = timeit.timeit(call, number=number) / number * 1e6
    return out


def time_phrases(phrases: list[str], number: int, repeat: int) -> dict[str, float]:
    out = {}
    for text in phrases:
        runs = timeit.repeat(lambda t=text: parse_or_error(t), number=number, repeat=repeat)
        out[text] = min(runs) / number * 1e6
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="few iterations, for a smoke run")
    ap.add_argument("--number", type=int, default=2000, help="parses per run")
    ap.add_argument("--repeat", type=int, default=7, help="runs; the best is kept")
    ap.add_argument("--bad-margin-number", type=int, default=3, help="calls per bad margin")
    args = ap.parse_args()
    number, repeat = (100, 2) if args.quick else (args.number, args.repeat)
    for title, phrases in (
        ("seed phrases", SEED_PHRASES),
        ("other forms", OTHER_PHRASES),
        ("hedges after the number, decimal ranges, abbreviations", LATER_FORMS),
        ("refused (error path)", REFUSED),
        ("hostile input: numbers above the largest count", HOSTILE),
        ("hostile input: bad margins", None),
    ):
        if phrases is None:
            times = time_margins(args.bad_margin_number)
        else:
            times = time_phrases(phrases, number, repeat)
        print(f"{title}:")
        for text, us in times.items():
            print(f"  {us:10.2f} µs  {text[:60]}")
        print(f"  {statistics.mean(times.values()):10.2f} µs  mean\n")


if __name__ == "__main__":
    main()
