"""The bundled example dataset: it loads, is sound, holds the key facts, and is generated."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from rightsdata import (
    Actor,
    Citation,
    Dataset,
    Event,
    Facility,
    FacilityKind,
    Figure,
    Qualifier,
    Record,
    Source,
    SourceKind,
    from_json,
    to_json,
    write_jsonl,
)
from rightsdata.examples import IRAN_PRISONS_FILE, iran_prisons
from rightsdata.records import RECORD_TYPES, TYPE_TAGS

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "rightsdata" / "examples" / IRAN_PRISONS_FILE
SCRIPT = ROOT / "scripts" / "build_iran_prisons.py"

S000 = "src-000-mek-2021-08-25"
S001 = "src-001-ncri-2021-08"
S002 = "src-002-iranintl-2021-09"
S003 = "src-003-amnesty-2018-12-04"
S004 = "src-004-news-2020-03"

DS = iran_prisons()
MAX_QUOTE_WORDS = 12


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_iran_prisons", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def get(cls: type, id: str):
    record = DS[id]
    assert isinstance(record, cls), f"{id} is a {type(record).__name__}"
    return record


def figure(id: str) -> Figure:
    return get(Figure, id)


def all_citations(record: Record) -> list[Citation]:
    """Every citation anywhere in a record (positions and participants included)."""
    found = list(record.citations) if hasattr(record, "citations") else []
    if isinstance(record, Actor):
        found += [c for p in record.positions for c in p.citations]
    if isinstance(record, Event):
        found += [c for p in record.participants for c in p.citations]
    return found


def sources_of(f: Figure) -> set[str]:
    return {c.source for c in f.citations}


# -- the file --------------------------------------------------------------------------


def test_the_dataset_loads_with_every_kind_of_record() -> None:
    assert set(DS.counts()) == set(RECORD_TYPES)
    assert len(DS.sources()) >= 5
    assert len(DS.figures()) >= 20


def test_the_dataset_is_sound() -> None:
    assert DS.validate() == []


def test_records_are_in_type_order() -> None:
    order = list(RECORD_TYPES)
    ranks = [order.index(TYPE_TAGS[type(r)]) for r in DS]
    assert ranks == sorted(ranks)


def test_the_shipped_file_round_trips_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "again.jsonl"
    write_jsonl(out, DS)
    assert out.read_bytes() == SHIPPED.read_bytes()


def test_the_shipped_file_is_what_the_script_builds(tmp_path: Path) -> None:
    built = _script().build()
    assert Dataset(built) == DS
    out = tmp_path / "built.jsonl"
    write_jsonl(out, built)
    assert out.read_bytes() == SHIPPED.read_bytes()


def test_the_script_writes_the_shipped_file(tmp_path: Path) -> None:
    out = tmp_path / "main.jsonl"
    assert _script().main(["--output", str(out)]) == 0
    assert out.read_bytes() == SHIPPED.read_bytes()


@pytest.mark.parametrize("record", DS.records(), ids=lambda r: r.id)
def test_every_record_survives_json(record: Record) -> None:
    assert from_json(to_json(record), type(record)) == record


def test_the_quote_checker_finds_a_quote_missing_from_its_report(tmp_path: Path) -> None:
    script = _script()
    records = script.build()
    quotes: dict[str, list[str]] = {s: [] for s in script.SEED_FILES}
    for r in records:
        for c in all_citations(r):
            if c.quote is not None and c.source in quotes:
                quotes[c.source].append(c.quote)
    for source, prefix in script.SEED_FILES.items():
        (tmp_path / f"{prefix}x.txt").write_text("\n".join(quotes[source]), encoding="utf-8")
    assert script.check_quotes(records, tmp_path) == []
    dropped = quotes[S001].pop()
    (tmp_path / "001_x.txt").write_text(" ".join(quotes[S001]), encoding="utf-8")
    missing = script.check_quotes(records, tmp_path)
    assert missing
    assert all(S001 in line for line in missing)
    assert any(repr(dropped) in line for line in missing)


# -- citations -------------------------------------------------------------------------


def test_every_event_and_figure_cites_an_existing_source() -> None:
    for r in (*DS.events(), *DS.figures()):
        assert r.citations, r.id
        for c in r.citations:
            assert isinstance(DS.get(c.source), Source), f"{r.id}: {c.source}"


def test_every_event_has_participants() -> None:
    for e in DS.events():
        assert e.participants, e.id


def test_every_figure_cites_one_of_the_seed_reports_with_a_quote() -> None:
    seeds = {S000, S001, S002, S003, S004}
    for f in DS.figures():
        assert any(c.source in seeds and c.quote for c in f.citations), f.id


@pytest.mark.parametrize("record", DS.records(), ids=lambda r: r.id)
def test_quotes_are_short_phrases(record: Record) -> None:
    for c in all_citations(record):
        if c.quote is not None:
            assert len(c.quote.split()) <= MAX_QUOTE_WORDS, f"{record.id}: {c.quote!r}"


# -- sources ---------------------------------------------------------------------------


def test_the_five_reports_are_dated_as_precisely_as_known() -> None:
    expected = {
        S000: (date(2021, 8, 25), date(2021, 8, 25), SourceKind.NEWS_ARTICLE, "pmoi"),
        S001: (date(2021, 8, 23), date(2021, 8, 31), SourceKind.NEWS_ARTICLE, "ncri"),
        S002: (date(2021, 9, 1), date(2021, 9, 10), SourceKind.NEWS_ARTICLE, "iran-international"),
        S003: (date(2018, 12, 4), date(2018, 12, 4), SourceKind.PRESS_RELEASE, "amnesty"),
        S004: (date(2020, 3, 1), date(2020, 3, 31), SourceKind.NEWS_ARTICLE, None),
    }
    for id, (earliest, latest, kind, publisher) in expected.items():
        s = get(Source, id)
        assert s.published is not None
        assert (s.published.earliest, s.published.latest) == (earliest, latest), id
        assert s.kind is kind
        assert s.publisher == publisher
        assert s.language == "en"
        if publisher is not None:
            assert isinstance(DS.get(publisher), Actor)


def test_no_url_is_invented() -> None:
    assert all(s.url is None and s.archive_url is None for s in DS.sources())


@pytest.mark.parametrize(
    ("source", "cited"),
    [
        (S001, "src-ap-2021-08-23"),
        ("src-ap-2021-08-23", "src-hackers-message-2021-08"),
        ("src-ap-2021-08-23", "src-evin-footage-2021-08"),
        (S000, "src-hajmohammadi-tweet-2021-08-24"),
        (S000, "src-amnesty-tweet-2021-08-25"),
        (S000, "src-hamdeli-2021-08-24"),
        (S000, "src-modara-2021-08"),
        (S002, "src-amnesty-2018-blood-soaked-secrets"),
        (S002, "src-resalat-1988"),
        (S002, "src-zeitoun-2021-08-31"),
        (S003, "src-amnesty-2018-blood-soaked-secrets"),
        (S004, "src-esmaili-statement-2020-03"),
        (S004, "src-un-sr-iran-report-2020-01"),
        (S004, "src-un-sr-iran-report-2020-02"),
    ],
)
def test_who_relies_on_whom(source: str, cited: str) -> None:
    assert cited in get(Source, source).cites
    assert isinstance(DS.get(cited), Source)


def test_the_amnesty_report_and_its_press_releases_are_distinct_sources() -> None:
    report = get(Source, "src-amnesty-2018-blood-soaked-secrets")
    later = get(Source, "src-amnesty-press-release-2018-12-12")
    assert report.kind is SourceKind.NGO_REPORT
    assert later.kind is SourceKind.PRESS_RELEASE
    assert report.published is not None
    assert later.published is not None
    assert report.published.earliest == date(2018, 12, 4)
    assert later.published.earliest == date(2018, 12, 12)


# -- actors ----------------------------------------------------------------------------


def alias_texts(actor: Actor) -> set[str]:
    return {actor.name, *(n.text for n in actor.aliases)}


def test_the_two_mousavis_are_different_actors() -> None:
    mir = get(Actor, "mir-hossein-mousavi")
    abbas = get(Actor, "abbas-mousavi")
    assert alias_texts(mir).isdisjoint(alias_texts(abbas))
    assert "Mir Hossein Moussavi" in alias_texts(mir)
    assert {p.organization for p in abbas.positions} == {"iran-foreign-ministry"}
    assert "Prime Minister" in {p.title for p in mir.positions}
    pm = next(p for p in mir.positions if p.title == "Prime Minister")
    assert pm.period is not None
    assert pm.period.contains(date(1988, 8, 1))


@pytest.mark.parametrize(
    ("id", "variant"),
    [
        ("pourmohammadi", "Mostafa Pour Mohammadi"),
        ("rehman", "Javeid Rehman"),
        ("mir-hossein-mousavi", "Mir Hossein Moussavi"),
        ("eltahawy", "Elthahawy"),
    ],
)
def test_spelling_variants_are_aliases(id: str, variant: str) -> None:
    assert variant in alias_texts(get(Actor, id))


def test_no_two_actors_share_a_name() -> None:
    seen: dict[str, str] = {}
    for a in DS.actors():
        for text in alias_texts(a):
            assert text not in seen, f"{text!r}: {seen.get(text)} and {a.id}"
            seen[text] = a.id


def test_raisi_holds_posts_over_time() -> None:
    raisi = get(Actor, "raisi")
    by_title = {p.title: p for p in raisi.positions}
    president = by_title["President"].period
    judiciary = by_title["Head of the judiciary"].period
    assert president is not None
    assert judiciary is not None
    assert president.earliest == date(2021, 8, 1)
    assert president.latest is None
    assert judiciary.latest is not None
    assert judiciary.latest <= date(2021, 8, 31)
    deputy = by_title["Deputy prosecutor general of Tehran"].period
    assert deputy is not None
    assert deputy.contains(date(1988, 8, 1))


def test_the_head_of_the_prisons_organization() -> None:
    head = get(Actor, "haj-mohammadi")
    assert [p.organization for p in head.positions] == ["prisons-org"]


# -- facilities ------------------------------------------------------------------------


def test_evin_and_its_wards() -> None:
    evin = get(Facility, "evin")
    assert evin.name == "Evin Prison"
    assert evin.kind == FacilityKind.PRISON
    assert evin.location is not None
    assert evin.location.city == "Tehran"
    assert isinstance(DS.get(evin.operator or ""), Actor)
    wards = {f.id: f for f in DS.facilities() if f.parent == "evin"}
    assert set(wards) == {"evin-ward-209", "evin-ward-240", "evin-ward-2a"}
    assert {f.kind for f in wards.values()} == {FacilityKind.WARD}
    assert {f.name for f in wards.values()} == {"Ward 209", "Ward 240", "Ward 2A"}


def test_sheiban_is_in_ahvaz() -> None:
    sheiban = get(Facility, "sheiban")
    assert sheiban.location is not None
    assert sheiban.location.city == "Ahvaz"


# -- events ----------------------------------------------------------------------------


def test_the_1988_massacre() -> None:
    massacre = get(Event, "ev-1988-massacre")
    assert massacre.kind == "execution"
    assert (massacre.date.earliest, massacre.date.latest) == (date(1988, 7, 21), date(1988, 9, 10))
    assert massacre.date.text == "between late July and early September 1988"
    assert "evin" in massacre.facilities
    assert {"khomeini", "death-commissions", "death-team"} <= set(massacre.actors)
    children = {e.id for e in DS.events() if e.parent == massacre.id}
    assert "ev-1988-tehran-death-commission" in children
    tehran = get(Event, "ev-1988-tehran-death-commission")
    assert {"raisi", "pourmohammadi", "nayyeri"} <= set(tehran.actors)


@pytest.mark.parametrize(
    ("id", "earliest", "latest"),
    [
        ("ev-2021-evin-footage-leak", date(2021, 8, 21), date(2021, 8, 21)),
        ("ev-2021-hajmohammadi-apology", date(2021, 8, 24), date(2021, 8, 24)),
        ("ev-2021-amnesty-tweet", date(2021, 8, 25), date(2021, 8, 25)),
        ("ev-2021-ap-report", date(2021, 8, 23), date(2021, 8, 23)),
        ("ev-2021-mahjoubi-killing", date(2021, 1, 1), date(2021, 8, 25)),
        ("ev-2018-amnesty-report", date(2018, 12, 4), date(2018, 12, 4)),
        ("ev-2011-mousavi-house-arrest", date(2011, 1, 1), None),
    ],
)
def test_event_dates(id: str, earliest: date, latest: date | None) -> None:
    e = get(Event, id)
    assert (e.date.earliest, e.date.latest) == (earliest, latest)


def test_the_leak_precedes_the_report_and_the_apology() -> None:
    leak = get(Event, "ev-2021-evin-footage-leak").date
    ap = get(Event, "ev-2021-ap-report").date
    apology = get(Event, "ev-2021-hajmohammadi-apology").date
    assert leak.latest is not None
    assert ap.earliest is not None
    assert leak.latest < ap.earliest
    assert apology.earliest is not None
    assert apology.earliest.toordinal() - leak.latest.toordinal() == 3


# -- figures ---------------------------------------------------------------------------


def test_the_1988_tolls_disagree_side_by_side() -> None:
    mek = figure("fig-1988-killed-mek")
    iranintl = figure("fig-1988-killed-iranintl")
    amnesty = figure("fig-1988-executed-amnesty")
    assert mek.quantity.qualifier is Qualifier.MORE_THAN
    assert (mek.quantity.low, mek.quantity.high) == (30_001, None)
    assert sources_of(mek) == {S000}
    for f, source in ((iranintl, S002), (amnesty, S003)):
        assert f.quantity.qualifier is Qualifier.AT_LEAST
        assert (f.quantity.low, f.quantity.high) == (5_000, None)
        assert f.quantity.best is None
        assert sources_of(f) == {source}
    assert {f.subject for f in (mek, iranintl, amnesty)} == {"ev-1988-massacre"}


def test_the_1988_cities_and_interviews() -> None:
    cities = figure("fig-1988-cities-amnesty")
    assert (cities.unit, cities.measure) == ("cities", "locations")
    assert cities.quantity.qualifier is Qualifier.AT_LEAST
    assert cities.quantity.low == 32
    interviewed = figure("fig-2018-amnesty-interviewed")
    assert interviewed.quantity.qualifier is Qualifier.MORE_THAN
    assert interviewed.quantity.low == 101


def test_hundreds_of_gigabytes_is_vague() -> None:
    data = figure("fig-2021-evin-hack-data")
    assert data.unit == "gigabytes"
    assert data.quantity.qualifier is Qualifier.VAGUE
    assert (data.quantity.low, data.quantity.high, data.quantity.best) == (200, 999, None)
    assert data.quantity.text == "hundreds of gigabytes"


def test_execution_counts() -> None:
    y2019 = figure("fig-2019-executions-ncri")
    assert y2019.quantity.qualifier is Qualifier.EXACT
    assert y2019.quantity.low == y2019.quantity.high == 281
    assert y2019.period is not None
    assert (y2019.period.earliest, y2019.period.latest) == (date(2019, 1, 1), date(2019, 12, 31))
    y2020 = figure("fig-2020-executions-ncri")
    assert (y2020.quantity.qualifier, y2020.quantity.low) == (Qualifier.AT_LEAST, 251)
    assert y2020.period is not None
    assert y2020.period.contains(date(2020, 6, 1))
    assert not y2020.period.contains(date(2021, 1, 1))
    to_date = figure("fig-2021-executions-to-date-ncri")
    assert (to_date.quantity.qualifier, to_date.quantity.low) == (Qualifier.AT_LEAST, 220)
    assert to_date.as_of is not None
    assert to_date.period is not None
    assert to_date.period.earliest == date(2021, 1, 1)
    two_months = figure("fig-2021-executions-two-months-ncri")
    assert (two_months.quantity.qualifier, two_months.quantity.low) == (Qualifier.MORE_THAN, 61)
    assert two_months.period is not None
    assert two_months.period.contains(date(2021, 7, 1))
    assert not two_months.period.contains(date(2021, 5, 31))
    for f in (y2019, y2020, to_date, two_months):
        assert sources_of(f) == {S001}


def test_releases_and_the_share_of_security_prisoners() -> None:
    later = figure("fig-2020-released-85000")
    earlier = figure("fig-2020-released-70000")
    assert later.quantity.qualifier is Qualifier.APPROXIMATELY
    assert later.quantity.best == 85_000
    assert later.as_of is not None
    assert later.as_of.contains(date(2020, 3, 15))
    assert earlier.quantity.best == 70_000
    assert earlier.as_of is not None
    half = figure("fig-2020-released-security-half")
    assert half.share is not None
    assert half.share.of == later.id
    assert half.share.ratio == Decimal("0.5")
    assert half.quantity.qualifier is Qualifier.VAGUE
    assert (half.quantity.low, half.quantity.high, half.quantity.text) == (0, None, "half")
    for f in (later, earlier, half):
        assert sources_of(f) == {S004}


@pytest.mark.parametrize(
    ("id", "number", "measure"),
    [
        ("fig-2020-covid-deaths", 853, "died"),
        ("fig-2020-covid-infections", 14_991, "infected"),
        ("fig-prison-population-iran", 189_500, "detained"),
    ],
)
def test_exact_national_figures(id: str, number: int, measure: str) -> None:
    f = figure(id)
    assert f.quantity.qualifier is Qualifier.EXACT
    assert f.quantity.best == number
    assert f.measure == measure
    assert f.place == "Iran"


def test_several_dozen_iranians_in_us_prisons() -> None:
    f = figure("fig-iranians-in-us-prisons")
    assert f.quantity.qualifier is Qualifier.VAGUE
    assert f.quantity.text == "several dozen"
    assert f.quantity.low is not None
    assert f.quantity.high is not None
    assert 12 < f.quantity.low < f.quantity.high < 144


def test_every_figure_subject_and_share_resolve() -> None:
    for f in DS.figures():
        if f.subject is not None:
            assert isinstance(DS.get(f.subject), Event | Facility | Actor), f.id
        if f.share is not None:
            assert isinstance(DS.get(f.share.of), Figure), f.id
