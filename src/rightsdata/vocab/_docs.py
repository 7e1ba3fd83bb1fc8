"""The docs' tables of accepted words, generated from the vocabulary files.

Each table sits in a page between two marker comments, ``<!-- vocab:NAME:start -->`` and
``<!-- vocab:NAME:end -->``; [`write`][rightsdata.vocab._docs.write] puts the current table
there and [`stale`][rightsdata.vocab._docs.stale] names the tables that differ from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from rightsdata.vocab import bounds, labels, numbers, words

__all__ = ["PAGES", "stale", "tables", "write"]


def _code(items: Iterable[str]) -> str:
    return ", ".join(f"`{w}`" for w in items)


def _date_words() -> str:
    opens = labels("dates_en", "open")
    rows = [
        ("approximate", _code(words("dates_en", "hedges.approximate"))),
        ("uncertain", _code(words("dates_en", "hedges.uncertain")) + ' (and a trailing "?")'),
        *(
            (kind, _code(w for w, k in opens.items() if k == kind))
            for kind in ("before", "until", "after", "since")
        ),
        ("filler (changes nothing)", _code(words("dates_en", "filler.words"))),
        ('period (before "the past *N* ...")', _code(words("dates_en", "relative.period"))),
        ("number", _code(numbers("dates_en", "relative.numbers")) + " (or digits)"),
    ]
    return _table(("kind", "words"), rows)


def _abbreviated(names: Iterable[str], more: dict[str, int], first: int) -> list[tuple[str, str]]:
    """A row per name: the name, its first three letters and its further abbreviations
    (``more``: abbreviation to number, the first name numbered ``first``)."""
    rows = []
    for i, name in enumerate(names, first):
        low = name.lower()
        abbreviations = (low, low[:3], *(a for a, n in more.items() if n == i))
        rows.append((name, _code(dict.fromkeys(abbreviations))))
    return rows


def _calendar_words() -> str:
    months = _abbreviated(
        words("dates_en", "months.names"), numbers("dates_en", "months.abbreviations"), 1
    )
    weekdays = _abbreviated(
        words("dates_en", "weekdays.names"), numbers("dates_en", "weekdays.abbreviations"), 0
    )
    spellings = numbers("jalali", "months.spellings")
    jalali = [
        (name, _code(s for s, n in spellings.items() if n == i and s != name.lower()))
        for i, name in enumerate(words("jalali", "months.names"), 1)
    ]
    seasons = numbers("dates_en", "seasons.starts")
    thirds = numbers("dates_en", "parts.thirds")
    rows = [
        *(
            (f"month: {name}", f"{abbr} (an abbreviation also with a full stop)")
            for name, abbr in months
        ),
        *((f"weekday: {name}", abbr) for name, abbr in weekdays),
        *(
            (f"Solar Hijri month: {name}", f"`{name.lower()}`" + (f", {more}" if more else ""))
            for name, more in jalali
        ),
        *(
            (f"season starting in month {m}", _code(w for w, n in seasons.items() if n == m))
            for m in sorted(set(seasons.values()))
        ),
        *(
            (f"part: third {t + 1}", _code(w for w, n in thirds.items() if n == t))
            for t in sorted(set(thirds.values()))
        ),
        ("era, Gregorian", _code(words("dates_en", "eras.gregorian"))),
        ("era, Solar Hijri", _code(words("dates_en", "eras.jalali"))),
        *(
            (f"zone: {z}", _code(w for w, v in labels("dates_en", "zones").items() if v == z))
            for z in dict.fromkeys(labels("dates_en", "zones").values())
        ),
    ]
    return _table(("meaning", "words"), rows)


def _vague_orders() -> str:
    rows = [(p, f"{lo:,} | {hi:,}") for p, (lo, hi) in bounds("quantity_en", "vague").items()]
    return "| phrase | low | high |\n|---|---:|---:|\n" + "".join(
        f"| {p} | {cells} |\n" for p, cells in rows
    )


def _table(head: tuple[str, str], rows: Iterable[tuple[str, str]]) -> str:
    lines = [f"| {head[0]} | {head[1]} |", "| --- | --- |"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines) + "\n"


PAGES: dict[str, dict[str, Callable[[], str]]] = {
    "dates.md": {"calendar-words": _calendar_words, "date-words": _date_words},
    "quantities.md": {"vague-orders": _vague_orders},
}
"""Each docs page, to the tables it holds by marker name, and what makes each."""


def _marked(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"(<!-- vocab:{re.escape(name)}:start -->\n)(.*?)(<!-- vocab:{re.escape(name)}:end -->)",
        re.S,
    )


def tables() -> dict[str, dict[str, str]]:
    """Every generated table, by page and marker name."""
    return {page: {name: make() for name, make in made.items()} for page, made in PAGES.items()}


def _render(text: str, page: str) -> str:
    for name, table in tables()[page].items():
        match = _marked(name).search(text)
        if match is None:
            raise ValueError(f"{page} has no <!-- vocab:{name}:start/end --> markers")
        start, end = match.span(2)
        text = text[:start] + table + text[end:]
    return text


def stale(docs: Path) -> list[str]:
    """The pages under ``docs`` whose tables differ from the vocabulary files' (by name)."""
    return [
        page
        for page in PAGES
        if _render(text := (docs / page).read_text(encoding="utf-8"), page) != text
    ]


def write(docs: Path) -> list[str]:
    """Rewrite the stale tables of the pages under ``docs``; the pages rewritten."""
    changed = stale(docs)
    for page in changed:
        path = docs / page
        path.write_text(_render(path.read_text(encoding="utf-8"), page), encoding="utf-8")
    return changed
