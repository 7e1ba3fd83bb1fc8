"""``rightsdata parse-date`` and ``rightsdata parse-quantity``: read one phrase."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import click

from rightsdata.cli._app import cli
from rightsdata.cli._errors import _Failure
from rightsdata.cli._render import _echo_json, _print_tables, _Section
from rightsdata.dates.range import Calendar, DateRange
from rightsdata.errors import DateParseError, ValidationError
from rightsdata.quantity import Quantity

__all__ = ["parse_date_command", "parse_quantity_command"]


def _title(text: str) -> str:
    return " ".join(text.splitlines())


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _end(day: date | None, open_: bool) -> str:
    if day is not None:
        return day.isoformat()
    return "open" if open_ else "unknown"


def _date_rows(r: DateRange) -> list[tuple[str, str]]:
    rows = [
        ("reads as", str(r)),
        ("earliest", _end(r.earliest, r.earliest_open)),
        ("latest", _end(r.latest, r.latest_open)),
        ("precision", r.precision.value),
    ]
    if r.is_interval:
        start = r.earliest_precision.value if r.earliest_precision else "open"
        end = r.latest_precision.value if r.latest_precision else "open"
        rows.append(("interval", f"start: {start}, end: {end}"))
    rows += [
        ("approximate", _yes(r.approximate)),
        ("uncertain", _yes(r.uncertain)),
        ("calendar", r.calendar.value),
    ]
    if r.time is not None:
        rows.append(("time", r.time.isoformat()))
    rows.append(("EDTF", r.to_edtf()))
    return rows


def _date_json(r: DateRange) -> dict[str, object]:
    return {
        "text": r.text,
        "reads_as": str(r),
        "earliest": None if r.earliest is None else r.earliest.isoformat(),
        "latest": None if r.latest is None else r.latest.isoformat(),
        "precision": r.precision.value,
        "earliest_precision": None if r.earliest_precision is None else r.earliest_precision.value,
        "latest_precision": None if r.latest_precision is None else r.latest_precision.value,
        "approximate": r.approximate,
        "uncertain": r.uncertain,
        "calendar": r.calendar.value,
        "time": None if r.time is None else r.time.isoformat(),
        "edtf": r.to_edtf(),
    }


def _anchor_problem(anchor: str, exc: DateParseError) -> str:
    """Why ``--anchor`` cannot be read; a relative phrase cannot be what others count from."""
    try:
        DateRange.parse(anchor, anchor=date(2000, 1, 1))
    except DateParseError:
        return f"--anchor: {exc}"
    return (
        f"--anchor: {anchor!r} is relative itself; give the date it stands for "
        "(an ISO date, EDTF or a phrase such as '21 August 2021')"
    )


@cli.command("parse-date")
@click.argument("text")
@click.option(
    "--anchor",
    metavar="DATE",
    help="What relative phrases count from (usually the source's publication date): "
    "an ISO date, EDTF or a phrase.",
)
@click.option(
    "--calendar",
    type=click.Choice([c.value for c in Calendar]),
    default=Calendar.GREGORIAN.value,
    show_default=True,
    help="The calendar TEXT is written in.",
)
@click.option("--tz", metavar="ZONE", help="Time zone of a time of day, e.g. Asia/Tehran.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def parse_date_command(
    text: str, anchor: str | None, calendar: str, tz: str | None, as_json: bool
) -> None:
    """Read TEXT as a date range: "late July 1988", "1367 SH", "1988-07/1988-09"."""
    anchor_range = None
    if anchor is not None:
        try:
            anchor_range = DateRange.parse(anchor)
        except DateParseError as exc:
            raise DateParseError(_anchor_problem(anchor, exc)) from exc
    r = DateRange.parse(text, anchor=anchor_range, calendar=calendar, tz=tz)
    if as_json:
        _echo_json(_date_json(r))
    else:
        _print_tables([_Section(title=_title(text), columns=(), rows=tuple(_date_rows(r)))])


def _margin(value: str) -> Fraction | Decimal:
    """``--margin`` as the exact ratio it writes: ``0.1``, ``1/10`` or ``10%``.

    Nothing is computed with the number before the library has bounded it: a decimal
    stays a `Decimal` (a percentage moves its exponent), so ``1e999999`` is refused at
    once instead of being expanded; the library's own refusals name ``--margin``."""
    text = value.strip()
    body = text.removesuffix("%").strip()
    try:
        margin: Fraction | Decimal = Fraction(body) if "/" in body else Decimal(body)
    except (ValueError, ZeroDivisionError, ArithmeticError):
        margin = Decimal(-1)
    if isinstance(margin, Decimal) and not margin.is_finite():
        margin = Decimal(-1)
    if margin < 0:
        raise _Failure(f"--margin: expected a ratio such as 0.1, 1/10 or 10%, got {value!r}")
    if text.endswith("%"):
        if isinstance(margin, Decimal):
            sign, digits, exponent = margin.as_tuple()
            margin = Decimal((sign, digits, int(exponent) - 2))
        else:
            margin /= 100
    return margin


def _count(n: int | None, none: str) -> str:
    return none if n is None else f"{n:,}"


@cli.command("parse-quantity")
@click.argument("text")
@click.option(
    "--margin",
    metavar="RATIO",
    help='The width of "about N": 0.1, 1/10 or 10% (the default).',
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def parse_quantity_command(text: str, margin: str | None, as_json: bool) -> None:
    """Read TEXT as a hedged count: "at least 5,000", "some 85,000", "hundreds"."""
    if margin is None:
        q, unit = Quantity.parse_with_unit(text)
    else:
        try:
            q, unit = Quantity.parse_with_unit(text, margin=_margin(margin))
        except ValidationError as exc:
            if [p.path for p in exc.problems] != ["margin"]:
                raise
            raise _Failure(f"--margin: {exc.problems[0].message}") from None
    if as_json:
        _echo_json(
            {
                "text": q.text,
                "reads_as": str(attrs.evolve(q, text=None)),
                "low": q.low,
                "high": q.high,
                "best": q.best,
                "qualifier": q.qualifier.value,
                "unit": unit,
            }
        )
        return
    rows = (
        ("reads as", str(attrs.evolve(q, text=None))),
        ("low", _count(q.low, "none (unbounded below)")),
        ("high", _count(q.high, "none (unbounded above)")),
        ("best", _count(q.best, "none given")),
        ("qualifier", q.qualifier.value),
        ("unit", unit or "none"),
    )
    _print_tables([_Section(title=_title(text), columns=(), rows=rows)])
