"""Build the bundled example dataset ``rightsdata.examples.iran_prisons()``.

Every record is written out here with the typed API, from five public reports on Iran's
prisons (the seed reports 000 to 004), and saved as JSON Lines to
``src/rightsdata/examples/iran_prisons.jsonl``. The file is generated: edit this script,
never the file, then run::

    python scripts/build_iran_prisons.py

``python scripts/build_iran_prisons.py --check-quotes DIR`` also checks that every
citation quote of a seed report occurs verbatim in that report's text (``DIR`` holds
the seed ``.txt`` files, named ``000_...txt`` to ``004_...txt``).

Conventions used throughout (the reports' own words are kept in ``text`` fields):

- *Parts of a month*: early = days 1-10, mid = 11-20, late = 21 to the month's end.
  *Parts of a decade*: early = years 0-3 ("the early 1980s" = 1980-1983).
- *Relative dates* are anchored to the publication date of the report that uses them.
  When that date is itself a range, the anchored range is the union over every possible
  publication day ("the past two months" in a report of 23-31 August 2021 covers
  2021-06-23 to 2021-08-31). For lower-bound counts ("over 60") a wider period keeps the
  statement true.
- *Figure periods* are the span a count covers ("in 2020", "the past two months"). A
  figure that counts its whole subject event (the 1988 massacre's dead) has no period of
  its own: the event's date says when.
- *Vague magnitudes* are read by :meth:`Quantity.parse`, so the dataset follows the
  library's documented table (docs/quantities.md): "hundreds" = [200, 999], "thousands" =
  [2,000, 9,999], "several dozen" = [36, 119], never with a best estimate. "Some N" is
  :meth:`Quantity.about` with its default 10 % margin. "half" of a figure is a
  :class:`Share` of that figure, its own quantity unbounded (``[0, open]``, vague).
- *Position periods* are the span the reports place the post in: "then Prime Minister"
  (of 1988) is the year 1988, not the whole tenure; an open end means the reports give no
  bound there; a post the reports only call current has no period (the citing report's
  date says when it was current).
- *Citations* name only the five seed reports, the texts this dataset was built from;
  what those reports rely on is recorded as further sources linked by ``cites``.
- Nothing is invented: no URL the reports do not give, no post or date the reports do
  not support. Persian-script names are given only for well-known figures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from rightsdata import (
    Actor,
    ActorKind,
    Citation,
    DateRange,
    Event,
    EventKind,
    Facility,
    FacilityKind,
    Figure,
    Location,
    Measure,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
    Precision,
    Qualifier,
    Quantity,
    Record,
    Share,
    Source,
    SourceKind,
    write_jsonl,
)

ROOT = Path(__file__).resolve().parent.parent
"""The repository root."""
OUTPUT = ROOT / "src" / "rightsdata" / "examples" / "iran_prisons.jsonl"
"""Where :func:`main` writes the dataset."""

# The five seed reports.
S000 = "src-000-mek-2021-08-25"
"""PMOI/MEK outlet on the Evin footage and the Prisons Organization head's apology."""
S001 = "src-001-ncri-2021-08"
"""NCRI summary of the AP report on the Evin hack; execution counts 2019-2021."""
S002 = "src-002-iranintl-2021-09"
"""Iran International on Amnesty and what Mousavi knew of the 1988 massacre."""
S003 = "src-003-amnesty-2018-12-04"
"""Amnesty International press release on the "Blood-soaked secrets" report."""
S004 = "src-004-news-2020-03"
"""News report on Iran's temporary release of prisoners during COVID-19."""

SEED_FILES = {S000: "000_", S001: "001_", S002: "002_", S003: "003_", S004: "004_"}
"""The file-name prefix of each seed report, for :func:`check_quotes`."""

IR = "IR"
PERSIANS = ("Arab", "fa")

# -- small builders --------------------------------------------------------------------


def cite(source: str, quote: str | None = None) -> Citation:
    """A citation of ``source`` with a short quote (the words around a fact)."""
    return Citation(source=source, quote=quote)


def day(y: int, m: int, d: int, text: str | None = None, *, approx: bool = False) -> DateRange:
    """A single day."""
    when = date(y, m, d)
    return DateRange(
        earliest=when, latest=when, precision=Precision.DAY, approximate=approx, text=text
    )


def _month_end(y: int, m: int) -> date:
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def month(y: int, m: int, text: str | None = None) -> DateRange:
    """A whole month."""
    return DateRange(
        earliest=date(y, m, 1), latest=_month_end(y, m), precision=Precision.MONTH, text=text
    )


def year(y: int, text: str | None = None, *, approx: bool = False) -> DateRange:
    """A whole year."""
    return DateRange(
        earliest=date(y, 1, 1),
        latest=date(y, 12, 31),
        precision=Precision.YEAR,
        approximate=approx,
        text=text,
    )


def span(
    earliest: date | None,
    latest: date | None,
    precision: Precision = Precision.DAY,
    text: str | None = None,
    *,
    approx: bool = False,
) -> DateRange:
    """Any day from ``earliest`` to ``latest`` (either may be open)."""
    return DateRange(
        earliest=earliest, latest=latest, precision=precision, approximate=approx, text=text
    )


def vague(text: str) -> Quantity:
    """A vague magnitude ("hundreds"), read by :meth:`Quantity.parse`."""
    q = Quantity.parse(text)
    assert q.qualifier is Qualifier.VAGUE, text
    return q


def role(actor: str, kind: ParticipantRole, *citations: Citation) -> Participant:
    """An actor in a role, with the citations for that part when they differ."""
    return Participant(actor=actor, role=kind, citations=tuple(citations))


P = ParticipantRole
TEHRAN = Location(country=IR, city="Tehran")
IRAN = Location(country=IR)

# Dates used more than once.
MASSACRE_1988 = span(
    date(1988, 7, 21),
    date(1988, 9, 10),
    Precision.PART_OF_MONTH,
    "between late July and early September 1988",
)
LEAK_2021 = day(2021, 8, 21, "three days after the videos were leaked", approx=True)
APOLOGY_2021 = day(2021, 8, 24, "On Tuesday")
AMNESTY_TWEET_2021 = day(2021, 8, 25, "on Wednesday")
AP_REPORT_2021 = day(2021, 8, 23, "Monday, August 23")
SRC_001_PUBLISHED = span(date(2021, 8, 23), date(2021, 8, 31), Precision.PART_OF_MONTH)
MARCH_2020 = month(2020, 3)
# The 2020 releases answer the 2020 outbreak and were reported in March 2020.
RELEASES_2020 = span(date(2020, 1, 1), date(2020, 3, 31), Precision.MONTH)


# -- sources ---------------------------------------------------------------------------


def sources() -> list[Source]:
    """The five reports, then the sources they rely on."""
    en = "en"
    fa = "fa"
    return [
        Source(
            id=S000,
            kind=SourceKind.NEWS_ARTICLE,
            title="Iran: Head of Prisons Organization confirms leaked video of Evin prison",
            publisher="pmoi",
            published=day(2021, 8, 25, "August 25, 2021"),
            cites=(
                "src-evin-footage-2021-08",
                "src-hajmohammadi-tweet-2021-08-24",
                "src-amnesty-tweet-2021-08-25",
                "src-hamdeli-2021-08-24",
                "src-modara-2021-08",
                "src-rajavi-statement-2021-08",
            ),
            authors=("PMOI/MEK",),
            language=en,
            notes="Published by an opposition outlet (the PMOI/MEK site).",
        ),
        Source(
            id=S001,
            kind=SourceKind.NEWS_ARTICLE,
            title="NCRI summary of the AP report on the Evin prison hack",
            publisher="ncri",
            published=SRC_001_PUBLISHED,
            cites=(
                "src-ap-2021-08-23",
                "src-official-execution-figures-2021",
                "src-iran-hrm-2021-08",
            ),
            language=en,
            notes=(
                "Undated page. It refers to the AP report of Monday 23 August and to "
                "Raisi's swearing-in 'earlier this month', so it is dated 2021-08-23 to "
                "2021-08-31. It attributes its statements to the NCRI in the third person."
            ),
        ),
        Source(
            id=S002,
            kind=SourceKind.NEWS_ARTICLE,
            title="Amnesty International Reiterates: Iran Leaders Knew Of 1988 Prison Massacre",
            publisher="iran-international",
            published=span(date(2021, 9, 1), date(2021, 9, 10), Precision.PART_OF_MONTH),
            cites=(
                "src-eltahawy-comments-2021",
                "src-amnesty-2018-blood-soaked-secrets",
                "src-amnesty-press-release-2018-12-12",
                "src-zeitoun-2021-08-31",
                "src-amnesty-staff-remarks-2021",
                "src-mousavi-austrian-tv-video",
                "src-resalat-1988",
                "src-survivors-reports",
            ),
            language=en,
            notes=(
                "Undated page from the old Iran International site. It refers to Zeitoun's "
                "extract of 31 August 2021, so it is dated early September 2021."
            ),
        ),
        Source(
            id=S003,
            kind=SourceKind.PRESS_RELEASE,
            title=(
                "Iran committing crimes against humanity by concealing fate of thousands "
                "of slaughtered political dissidents"
            ),
            publisher="amnesty",
            published=day(2018, 12, 4, "Tuesday 4 December"),
            cites=("src-amnesty-2018-blood-soaked-secrets",),
            language=en,
            notes="Embargoed until 10:00 GMT on 4 December 2018; launches the report.",
        ),
        Source(
            id=S004,
            kind=SourceKind.NEWS_ARTICLE,
            title="COVID-19: Iran Releases 85,000 Prisoners From Jails",
            published=MARCH_2020,
            cites=(
                "src-esmaili-statement-2020-03",
                "src-iran-70000-announcement-2020",
                "src-un-warning-2020",
                "src-rehman-remarks-2020-03",
                "src-un-sr-iran-report-2020-01",
                "src-un-sr-iran-report-2020-02",
                "src-pompeo-statement-2020-03",
                "src-iran-mfa-statement-2020-03",
                "src-ratcliffe-statement-2020",
            ),
            language=en,
            notes="Undated page; the outlet is not named. Dated March 2020 from its content.",
        ),
        # -- what 000 relies on
        Source(
            id="src-evin-footage-2021-08",
            kind=SourceKind.LEAKED_MATERIAL,
            title="CCTV footage from inside Evin prison, released by hackers",
            publisher="justice-of-ali",
            published=LEAK_2021,
        ),
        Source(
            id="src-hajmohammadi-tweet-2021-08-24",
            kind=SourceKind.SOCIAL_MEDIA_POST,
            title="Haj-Mohammadi's Twitter post apologizing for the Evin footage",
            publisher="haj-mohammadi",
            published=APOLOGY_2021,
        ),
        Source(
            id="src-amnesty-tweet-2021-08-25",
            kind=SourceKind.SOCIAL_MEDIA_POST,
            title="Amnesty International tweet calling for inspections of Evin and other prisons",
            publisher="amnesty",
            published=AMNESTY_TWEET_2021,
            cites=("src-hajmohammadi-tweet-2021-08-24",),
        ),
        Source(
            id="src-hamdeli-2021-08-24",
            kind=SourceKind.NEWS_ARTICLE,
            title="Hamdeli report on the hacking of Evin prison cameras",
            publisher="hamdeli",
            published=APOLOGY_2021,
            cites=("src-social-media-wards-2021-08",),
            language=fa,
        ),
        Source(
            id="src-social-media-wards-2021-08",
            kind=SourceKind.SOCIAL_MEDIA_POST,
            title="Social media discussion: were the cameras of wards 209, 240 and 2A hacked?",
            published=span(date(2021, 8, 21), date(2021, 8, 24)),
        ),
        Source(
            id="src-modara-2021-08",
            kind=SourceKind.NEWS_ARTICLE,
            title="Modara article on the consequences of the Evin camera hack",
            publisher="modara",
            published=span(date(2021, 8, 21), date(2021, 8, 25)),
            language=fa,
        ),
        Source(
            id="src-rajavi-statement-2021-08",
            kind=SourceKind.OTHER,
            title="Maryam Rajavi's call for UN visits to Iran's prisons",
            publisher="ncri",
            published=span(None, date(2021, 8, 25)),
            authors=("Maryam Rajavi",),
        ),
        # -- what 001 relies on
        Source(
            id="src-ap-2021-08-23",
            kind=SourceKind.NEWS_ARTICLE,
            title="Associated Press report on surveillance footage from Evin prison",
            publisher="ap",
            published=AP_REPORT_2021,
            cites=("src-evin-footage-2021-08", "src-hackers-message-2021-08"),
            language=en,
        ),
        Source(
            id="src-hackers-message-2021-08",
            kind=SourceKind.OTHER,
            title="The hackers' message to the AP explaining the leak",
            published=span(None, date(2021, 8, 23)),
            notes="Sent with the footage by hackers the AP calls anonymous.",
        ),
        Source(
            id="src-official-execution-figures-2021",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Official figures on executions in Iran in 2021",
            published=span(date(2021, 1, 1), date(2021, 8, 31), Precision.PART_OF_MONTH),
            notes="The issuing body is not named.",
        ),
        Source(
            id="src-iran-hrm-2021-08",
            kind=SourceKind.NGO_REPORT,
            title="Iran Human Rights Monitor report on Khaled Pirzadeh's COVID-19 infection",
            publisher="iran-hrm",
            published=span(date(2021, 8, 16), date(2021, 8, 29), Precision.WEEK, "last week"),
        ),
        # -- what 002 and 003 rely on
        Source(
            id="src-amnesty-2018-blood-soaked-secrets",
            kind=SourceKind.NGO_REPORT,
            title=(
                "Iran: Blood-soaked secrets: Why Iran's 1988 prison massacres are ongoing "
                "crimes against humanity"
            ),
            publisher="amnesty",
            published=day(2018, 12, 4, "4 December 2018"),
            cites=(
                "src-amnesty-testimonies-2018",
                "src-audio-recording-1988-meeting",
                "src-pourmohammadi-remarks-2016-08",
            ),
            language=en,
        ),
        Source(
            id="src-amnesty-press-release-2018-12-12",
            kind=SourceKind.PRESS_RELEASE,
            title="Iran: Top government officials distorted the truth about 1988 prison massacres",
            publisher="amnesty",
            published=day(2018, 12, 12, "12 December 2018"),
            language=en,
        ),
        Source(
            id="src-amnesty-testimonies-2018",
            kind=SourceKind.TESTIMONY,
            title="Testimonies of family members and survivors gathered by Amnesty International",
            published=span(None, date(2018, 12, 4)),
        ),
        Source(
            id="src-audio-recording-1988-meeting",
            kind=SourceKind.LEAKED_MATERIAL,
            title="Audio recording of a meeting of Tehran 'death commission' officials",
            published=month(2016, 8, "In August 2016"),
            notes="Recorded in August 1988; leaked in August 2016.",
        ),
        Source(
            id="src-pourmohammadi-remarks-2016-08",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Mostafa Pourmohammadi's remarks on his role in the 1988 killings",
            publisher="pourmohammadi",
            published=month(2016, 8, "In August 2016"),
        ),
        Source(
            id="src-eltahawy-comments-2021",
            kind=SourceKind.OTHER,
            title="Diana Eltahawy's emailed comments to Iran International",
            publisher="amnesty",
            published=span(date(2021, 8, 31), date(2021, 9, 10)),
            cites=(
                "src-zeitoun-2021-08-31",
                "src-amnesty-2018-blood-soaked-secrets",
                "src-amnesty-press-release-2018-12-12",
            ),
            authors=("Diana Eltahawy",),
            notes="An email interview by Shahid Alavi of Iran International.",
        ),
        Source(
            id="src-zeitoun-2021-08-31",
            kind=SourceKind.NEWS_ARTICLE,
            title="Zeitoun item carrying an extract of an Amnesty staff member's private email",
            publisher="zeitoun",
            published=day(2021, 8, 31, "August 31"),
            cites=("src-harrison-email-2019-03", "src-mousavi-austrian-tv-video"),
            language=fa,
        ),
        Source(
            id="src-harrison-email-2019-03",
            kind=SourceKind.OTHER,
            title="Ann Harrison's private email on the Mousavi video clip",
            published=month(2019, 3, "March 2019"),
            authors=("Ann Harrison",),
            notes="Written in a personal capacity and not meant for publication (Amnesty).",
        ),
        Source(
            id="src-mousavi-austrian-tv-video",
            kind=SourceKind.OTHER,
            title="Video clip of Mir Hossein Mousavi questioned by Austrian television",
            notes="Surfaced on social media in a short and later a more complete version.",
        ),
        Source(
            id="src-amnesty-staff-remarks-2021",
            kind=SourceKind.SOCIAL_MEDIA_POST,
            title="A MENARO staff member's remarks that Mousavi knew of the prison killings",
            published=span(None, date(2021, 8, 31)),
            notes="Made on social media and in a TV programme; the staff member is not named.",
        ),
        Source(
            id="src-resalat-1988",
            kind=SourceKind.NEWS_ARTICLE,
            title="Resalat interview with Ali Khamenei",
            publisher="resalat",
            published=year(1988, "in 1988"),
            language=fa,
        ),
        Source(
            id="src-survivors-reports",
            kind=SourceKind.TESTIMONY,
            title="Survivors' reports and documents on the 1988 massacre",
            published=span(None, date(2021, 9, 10)),
            notes="Published 'in recent years' (002).",
        ),
        # -- what 004 relies on
        Source(
            id="src-esmaili-statement-2020-03",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Judiciary spokesman's statement on the temporary release of prisoners",
            publisher="iran-judiciary",
            published=MARCH_2020,
            authors=("Gholamhossein Esmaili",),
        ),
        Source(
            id="src-iran-70000-announcement-2020",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Iran's earlier announcement of the release of 70,000 prisoners",
            publisher="iran-state",
            published=RELEASES_2020,
        ),
        Source(
            id="src-un-warning-2020",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="UN warning that prisoners in Iran were already infected",
            publisher="un",
            published=span(None, date(2020, 3, 31)),
        ),
        Source(
            id="src-rehman-remarks-2020-03",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Javaid Rehman's remarks on political prisoners and the releases",
            publisher="un",
            published=MARCH_2020,
            authors=("Javaid Rehman",),
        ),
        Source(
            id="src-un-sr-iran-report-2020-01",
            kind=SourceKind.OTHER,
            title="UN special rapporteur's report to the Human Rights Council (January)",
            publisher="un",
            published=month(2020, 1, "in January"),
            cites=("src-iran-prison-population-statement",),
            authors=("Javaid Rehman",),
        ),
        Source(
            id="src-iran-prison-population-statement",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Iran's statement of its prison population",
            publisher="iran-state",
            published=span(None, date(2020, 1, 31)),
        ),
        Source(
            id="src-un-sr-iran-report-2020-02",
            kind=SourceKind.OTHER,
            title="UN special rapporteur's February report on prison conditions in Iran",
            publisher="un",
            published=month(2020, 2, "a February report"),
            authors=("Javaid Rehman",),
        ),
        Source(
            id="src-pompeo-statement-2020-03",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Mike Pompeo's statement on Americans held in Iran",
            publisher="us-government",
            published=span(date(2020, 3, 1), date(2020, 3, 10), Precision.PART_OF_MONTH),
            authors=("Mike Pompeo",),
        ),
        Source(
            id="src-iran-mfa-statement-2020-03",
            kind=SourceKind.OFFICIAL_STATEMENT,
            title="Iran's Foreign Ministry statement on Iranians held in U.S. prisons",
            publisher="iran-foreign-ministry",
            published=MARCH_2020,
            cites=("src-pompeo-statement-2020-03",),
            authors=("Abbas Mousavi",),
        ),
        Source(
            id="src-ratcliffe-statement-2020",
            kind=SourceKind.TESTIMONY,
            title="Richard Ratcliffe on his wife's health in prison",
            published=span(None, date(2020, 3, 31)),
            authors=("Richard Ratcliffe",),
        ),
    ]


# -- actors ----------------------------------------------------------------------------


def _persian(text: str) -> Name:
    script, language = PERSIANS
    return Name(text=text, kind=NameKind.TRANSLITERATION, script=script, language=language)


def _variant(text: str) -> Name:
    return Name(text=text, kind=NameKind.SPELLING_VARIANT, script="Latn")


def _abbr(text: str) -> Name:
    return Name(text=text, kind=NameKind.ABBREVIATION, script="Latn")


def _other(text: str) -> Name:
    return Name(text=text, kind=NameKind.OTHER_NAME, script="Latn")


def people() -> list[Actor]:
    """The people named in the reports."""
    return [
        Actor(
            id="raisi",
            kind=ActorKind.PERSON,
            name="Ebrahim Raisi",
            aliases=(_persian("ابراهیم رئیسی"),),
            positions=(
                Position(
                    title="Deputy prosecutor general of Tehran",
                    period=year(1988, "in 1988"),
                    citations=(cite(S003, "the deputy prosecutor general of Tehran in 1988"),),
                ),
                Position(
                    title="Member of the Tehran 'death commission'",
                    organization="tehran-death-commission",
                    period=year(1988),
                    citations=(cite(S003, "another member of the Tehran “death commission”"),),
                ),
                Position(
                    title="Prosecutor general",
                    period=span(None, date(2016, 12, 31), Precision.YEAR, "until 2016"),
                    citations=(cite(S003, "the country’s prosecutor general until 2016"),),
                ),
                Position(
                    title="Head of the judiciary",
                    organization="iran-judiciary",
                    period=span(None, date(2021, 8, 31), Precision.MONTH),
                    citations=(cite(S001, "during the period in which he was judiciary chief"),),
                ),
                Position(
                    title="President",
                    organization="iran-state",
                    period=span(date(2021, 8, 1), None, Precision.MONTH, "earlier this month"),
                    citations=(cite(S001, "swearing-in as the regime’s new president"),),
                ),
            ),
            description=(
                "Accused by Amnesty of sitting on the Tehran 'death commission' in 1988; "
                "president of Iran from August 2021."
            ),
            citations=(cite(S001), cite(S003)),
        ),
        Actor(
            id="haj-mohammadi",
            kind=ActorKind.PERSON,
            name="Mohammad Mehdi Haj-Mohammadi",
            positions=(
                Position(
                    title="Head of the Prisons Organization",
                    organization="prisons-org",
                    citations=(cite(S000, "head of Iran’s Prisons Organization"),),
                ),
            ),
            description=(
                "Apologized for the Evin footage in 2021; his Twitter banner showed "
                "Assadollah Lajevardi (000)."
            ),
            citations=(cite(S000),),
        ),
        Actor(
            id="khamenei",
            kind=ActorKind.PERSON,
            name="Ali Khamenei",
            aliases=(_persian("علی خامنه‌ای"),),
            positions=(
                Position(
                    title="Supreme Leader",
                    organization="iran-state",
                    citations=(
                        cite(S000, "regime supreme leader Ali Khamenei"),
                        cite(S002, "Iran's current leader Ali Khamenei"),
                    ),
                ),
            ),
            citations=(cite(S000), cite(S002)),
        ),
        Actor(
            id="khomeini",
            kind=ActorKind.PERSON,
            name="Rouhollah Khomeini",
            aliases=(_persian("روح‌الله خمینی"),),
            positions=(
                Position(
                    title="Supreme Leader",
                    organization="iran-state",
                    period=year(1988, "then"),
                    citations=(
                        cite(S003, "the then Supreme Leader of Iran, Rouhollah Khomeini"),
                        cite(S002, "Iranian Supreme Leader Ayatollah Rouhollah Khomeini died"),
                    ),
                ),
            ),
            description="Ordered the 1988 killings (003: by secret fatwa); died in 1989.",
            citations=(cite(S002), cite(S003)),
        ),
        Actor(
            id="montazeri",
            kind=ActorKind.PERSON,
            name="Hossein Ali Montazeri",
            aliases=(_persian("حسینعلی منتظری"),),
            positions=(
                Position(
                    title="Deputy Supreme Leader",
                    organization="iran-state",
                    period=year(1988),
                    citations=(
                        cite(S002, "Former Deputy Supreme Leader Ayatollah Hossein Ali Montazeri"),
                    ),
                ),
            ),
            description="Warned against the 1988 killings and was removed from his post.",
            citations=(cite(S002),),
        ),
        Actor(
            id="mir-hossein-mousavi",
            kind=ActorKind.PERSON,
            name="Mir Hossein Mousavi",
            aliases=(_variant("Mir Hossein Moussavi"), _persian("میرحسین موسوی")),
            positions=(
                Position(
                    title="Prime Minister",
                    organization="iran-state",
                    period=year(1988, "then"),
                    citations=(cite(S002, "then Prime Minister Mir Hossein Mousavi"),),
                ),
                Position(
                    title="Opposition leader",
                    period=span(date(2009, 1, 1), None, Precision.YEAR, "in 2009"),
                    citations=(cite(S002, "became an opposition leader in 2009"),),
                ),
            ),
            description=(
                "Prime minister in 1988; opposition leader from 2009; under house arrest "
                "since 2011. Not the same person as Abbas Mousavi."
            ),
            citations=(cite(S002),),
        ),
        Actor(
            id="abbas-mousavi",
            kind=ActorKind.PERSON,
            name="Abbas Mousavi",
            positions=(
                Position(
                    title="Spokesman",
                    organization="iran-foreign-ministry",
                    citations=(cite(S004, "said spokesman Abbas Mousavi"),),
                ),
            ),
            description="Foreign Ministry spokesman; not the same person as Mir Hossein Mousavi.",
            citations=(cite(S004),),
        ),
        Actor(
            id="pourmohammadi",
            kind=ActorKind.PERSON,
            name="Mostafa Pourmohammadi",
            aliases=(_variant("Mostafa Pour Mohammadi"), _persian("مصطفی پورمحمدی")),
            positions=(
                Position(
                    title="Representative of the ministry of intelligence on the Tehran "
                    "'death commission'",
                    organization="tehran-death-commission",
                    period=year(1988),
                    citations=(cite(S003, "represented the ministry of intelligence"),),
                ),
                Position(
                    title="Minister of intelligence",
                    organization="iran-ministry-of-intelligence",
                    citations=(cite(S002, "former Intelligence Minister Mostafa Pourmohammadi"),),
                ),
                Position(
                    title="Minister of justice",
                    organization="iran-ministry-of-justice",
                    period=span(date(2013, 1, 1), date(2017, 12, 31), Precision.YEAR),
                    citations=(cite(S003, "justice minister between 2013 and 2017"),),
                ),
            ),
            citations=(cite(S002), cite(S003)),
        ),
        Actor(
            id="avaei",
            kind=ActorKind.PERSON,
            name="Alireza Avaei",
            positions=(
                Position(
                    title="Prosecutor general of Dezful",
                    period=year(1988),
                    citations=(cite(S003, "the prosecutor general of Dezful"),),
                ),
                Position(
                    title="Minister of justice",
                    organization="iran-ministry-of-justice",
                    citations=(cite(S003, "Iran’s current minister of justice"),),
                ),
            ),
            citations=(cite(S003),),
        ),
        Actor(
            id="nayyeri",
            kind=ActorKind.PERSON,
            name="Hossein Ali Nayyeri",
            positions=(
                Position(
                    title="Shari'a judge of the Tehran 'death commission'",
                    organization="tehran-death-commission",
                    period=year(1988),
                    citations=(cite(S003, "acted as Shari’a judge in the Tehran"),),
                ),
                Position(
                    title="Head of the Supreme Disciplinary Court for Judges",
                    organization="supreme-disciplinary-court",
                    citations=(cite(S003, "head of the Supreme Disciplinary Court for Judges"),),
                ),
            ),
            citations=(cite(S003),),
        ),
        Actor(
            id="mohammad-hossein-ahmadi",
            kind=ActorKind.PERSON,
            name="Mohammad Hossein Ahmadi",
            positions=(
                Position(
                    title="Member of the Khuzestan 'death commission'",
                    organization="khuzestan-death-commission",
                    period=year(1988),
                    citations=(cite(S003, "participated in the Khuzestan “death commission”"),),
                ),
                Position(
                    title="Member of the Assembly of Experts",
                    organization="assembly-of-experts",
                    citations=(cite(S003, "currently a member of the Assembly of Experts"),),
                ),
            ),
            citations=(cite(S003),),
        ),
        Actor(
            id="rafsanjani",
            kind=ActorKind.PERSON,
            name="Akbar Hashemi Rafsanjani",
            aliases=(Name(text="Rafsanjani", kind=NameKind.ABBREVIATION, script="Latn"),),
            positions=(
                Position(
                    title="President",
                    organization="iran-state",
                    citations=(cite(S002, "former President Rafsanjani"),),
                ),
            ),
            description="Named by surname only in 002.",
            citations=(cite(S002),),
        ),
        Actor(
            id="ahmadinejad",
            kind=ActorKind.PERSON,
            name="Mahmoud Ahmadinejad",
            positions=(
                Position(
                    title="President",
                    organization="iran-state",
                    period=year(2009, "the incumbent"),
                    citations=(cite(S002, "the incumbent Mahmoud Ahmadinejad the winner"),),
                ),
            ),
            citations=(cite(S002),),
        ),
        Actor(
            id="lajevardi",
            kind=ActorKind.PERSON,
            name="Assadollah Lajevardi",
            positions=(
                Position(
                    title="Official of Evin prison",
                    period=span(
                        date(1980, 1, 1), date(1983, 12, 31), Precision.DECADE, "the early 1980s"
                    ),
                    citations=(cite(S000, "one of the key authorities of Evin prison"),),
                ),
            ),
            description="Said in numerous accounts to have killed prisoners under torture.",
            citations=(cite(S000),),
        ),
        Actor(
            id="mahjoubi",
            kind=ActorKind.PERSON,
            name="Behnam Mahjoubi",
            description="Political prisoner, killed under torture in Evin prison in 2021 (000).",
            citations=(cite(S000, "political prisoner Behnam Mahjoubi"),),
        ),
        Actor(
            id="pirzadeh",
            kind=ActorKind.PERSON,
            name="Khaled Pirzadeh",
            description="Political prisoner in Sheiban prison, Ahvaz.",
            citations=(cite(S001, "Khaled Pirzadeh, a political prisoner in Sheiban Prison"),),
        ),
        Actor(
            id="rehman",
            kind=ActorKind.PERSON,
            name="Javaid Rehman",
            aliases=(_variant("Javeid Rehman"),),
            positions=(
                Position(
                    title="UN Special Rapporteur on the situation of human rights in Iran",
                    organization="un",
                    citations=(
                        cite(S004, "the U.N. special rapporteur on human rights in Iran"),
                        cite(S000, "Javeid Rehman"),
                    ),
                ),
            ),
            citations=(cite(S000), cite(S004)),
        ),
        Actor(
            id="esmaili",
            kind=ActorKind.PERSON,
            name="Gholamhossein Esmaili",
            positions=(
                Position(
                    title="Judiciary spokesman",
                    organization="iran-judiciary",
                    citations=(cite(S004, "Judiciary spokesman Gholamhossein Esmaili"),),
                ),
            ),
            citations=(cite(S004),),
        ),
        Actor(
            id="eltahawy",
            kind=ActorKind.PERSON,
            name="Diana Eltahawy",
            aliases=(_variant("Elthahawy"),),
            positions=(
                Position(
                    title="Deputy Regional Director for the Middle East",
                    organization="amnesty",
                    citations=(cite(S002, "Deputy Regional Director for the Middle East"),),
                ),
            ),
            citations=(cite(S002),),
        ),
        Actor(
            id="luther",
            kind=ActorKind.PERSON,
            name="Philip Luther",
            positions=(
                Position(
                    title="Research and Advocacy Director for the Middle East and North Africa",
                    organization="amnesty",
                    citations=(cite(S003, "Research and Advocacy Director for the Middle East"),),
                ),
            ),
            citations=(cite(S003),),
        ),
        Actor(
            id="harrison",
            kind=ActorKind.PERSON,
            name="Ann Harrison",
            positions=(
                Position(
                    title="Senior Advocate in the International Advocacy Programme",
                    organization="amnesty",
                    period=month(2019, 3, "then"),
                    citations=(cite(S002, "then Senior Advocate in the International Advocacy"),),
                ),
            ),
            citations=(cite(S002),),
        ),
        Actor(
            id="naidoo",
            kind=ActorKind.PERSON,
            name="Kumi Naidoo",
            positions=(
                Position(
                    title="Secretary General",
                    organization="amnesty",
                    citations=(cite(S003, "Secretary General Kumi Naidoo"),),
                ),
            ),
            citations=(cite(S003),),
        ),
        Actor(
            id="hashash",
            kind=ActorKind.PERSON,
            name="Sara Hashash",
            positions=(
                Position(
                    title="MENA Media Manager",
                    organization="amnesty",
                    citations=(cite(S003, "Sara Hashash, MENA Media Manager"),),
                ),
            ),
            description="Press contact for the 2018 report.",
            citations=(cite(S003),),
        ),
        Actor(
            id="shahid-alavi",
            kind=ActorKind.PERSON,
            name="Shahid Alavi",
            description="Of Iran International; interviewed Diana Eltahawy by email.",
            citations=(cite(S002, "Iran International’s Shahid Alavi"),),
        ),
        Actor(
            id="rajavi",
            kind=ActorKind.PERSON,
            name="Maryam Rajavi",
            positions=(
                Position(
                    title="President-elect",
                    organization="ncri",
                    citations=(cite(S000, "the president-elect of the National Council"),),
                ),
            ),
            citations=(cite(S000),),
        ),
        Actor(
            id="pompeo",
            kind=ActorKind.PERSON,
            name="Mike Pompeo",
            positions=(
                Position(
                    title="Secretary of State",
                    organization="us-government",
                    citations=(cite(S004, "U.S. Secretary of State Mike Pompeo"),),
                ),
            ),
            citations=(cite(S004),),
        ),
        Actor(
            id="soleimani",
            kind=ActorKind.PERSON,
            name="Qassem Soleimani",
            positions=(
                Position(title="General", citations=(cite(S004, "General Qassem Soleimani"),)),
            ),
            citations=(cite(S004),),
        ),
        Actor(
            id="baquer-namazi",
            kind=ActorKind.PERSON,
            name="Baquer Namazi",
            description="U.S. citizen held in Iran; father of Siamak Namazi.",
            citations=(cite(S004, "father and son Baquer and Siamak Namazi"),),
        ),
        Actor(
            id="siamak-namazi",
            kind=ActorKind.PERSON,
            name="Siamak Namazi",
            description="U.S. citizen held in Iran; son of Baquer Namazi.",
            citations=(cite(S004, "father and son Baquer and Siamak Namazi"),),
        ),
        Actor(
            id="michael-white",
            kind=ActorKind.PERSON,
            name="Michael White",
            description="U.S. citizen held in Iran; a navy veteran.",
            citations=(cite(S004, "navy veteran Michael White"),),
        ),
        Actor(
            id="levinson",
            kind=ActorKind.PERSON,
            name="Robert Levinson",
            description="U.S. citizen whose release Washington demanded from Iran.",
            positions=(
                Position(
                    title="Agent",
                    organization="fbi",
                    citations=(cite(S004, "former FBI agent Robert Levinson"),),
                ),
            ),
            citations=(cite(S004),),
        ),
        Actor(
            id="zaghari-ratcliffe",
            kind=ActorKind.PERSON,
            name="Nazanin Zaghari-Ratcliffe",
            description="British Iranian prisoner in Tehran.",
            citations=(cite(S004, "British Iranian prisoner Nazanin Zaghari-Ratcliffe"),),
        ),
        Actor(
            id="richard-ratcliffe",
            kind=ActorKind.PERSON,
            name="Richard Ratcliffe",
            description="Husband of Nazanin Zaghari-Ratcliffe.",
            citations=(cite(S004, "her husband, Richard Ratcliffe"),),
        ),
    ]


def bodies() -> list[Actor]:
    """The organizations, state bodies, outlets and groups named in the reports."""
    return [
        # -- Iranian state
        Actor(
            id="iran-state",
            kind=ActorKind.STATE_BODY,
            name="Islamic Republic of Iran",
            aliases=(_other("Iranian authorities"), _other("Tehran")),
            description="The Iranian state and its authorities, where no body is named.",
            citations=(cite(S003, "Iranian authorities"), cite(S004)),
        ),
        Actor(
            id="prisons-org",
            kind=ActorKind.STATE_BODY,
            name="Prisons Organization",
            aliases=(
                _variant("Prisons Organizations"),
                Name(
                    text="سازمان زندان‌ها", kind=NameKind.TRANSLATION, script="Arab", language="fa"
                ),
            ),
            parent="iran-state",
            citations=(cite(S000, "Iran’s Prisons Organization"),),
        ),
        Actor(
            id="iran-judiciary",
            kind=ActorKind.STATE_BODY,
            name="Judiciary of Iran",
            parent="iran-state",
            citations=(cite(S001, "the leadership of the judiciary"), cite(S004)),
        ),
        Actor(
            id="revolutionary-courts",
            kind=ActorKind.STATE_BODY,
            name="Revolutionary courts",
            parent="iran-judiciary",
            citations=(cite(S002, "revolutionary courts"),),
        ),
        Actor(
            id="supreme-disciplinary-court",
            kind=ActorKind.STATE_BODY,
            name="Supreme Disciplinary Court for Judges",
            parent="iran-judiciary",
            citations=(cite(S003, "Supreme Disciplinary Court for Judges"),),
        ),
        Actor(
            id="iran-ministry-of-intelligence",
            kind=ActorKind.STATE_BODY,
            name="Ministry of Intelligence",
            parent="iran-state",
            citations=(cite(S003, "the ministry of intelligence"),),
        ),
        Actor(
            id="iran-ministry-of-justice",
            kind=ActorKind.STATE_BODY,
            name="Ministry of Justice",
            parent="iran-state",
            citations=(cite(S003, "minister of justice"),),
        ),
        Actor(
            id="iran-foreign-ministry",
            kind=ActorKind.STATE_BODY,
            name="Ministry of Foreign Affairs",
            aliases=(_other("Foreign Ministry"),),
            parent="iran-state",
            citations=(cite(S004, "Iran’s Foreign Ministry"),),
        ),
        Actor(
            id="assembly-of-experts",
            kind=ActorKind.STATE_BODY,
            name="Assembly of Experts",
            parent="iran-state",
            description="Constitutional body that can appoint or dismiss the Supreme Leader.",
            citations=(cite(S003, "the Assembly of Experts"),),
        ),
        Actor(
            id="evin-guards",
            kind=ActorKind.GROUP,
            name="Evin prison guards",
            parent="prisons-org",
            citations=(cite(S000, "guards beating and dragging prisoners"),),
        ),
        # -- 1988
        Actor(
            id="death-commissions",
            kind=ActorKind.GROUP,
            name="Death commissions",
            description=(
                "Committees of judicial, prosecution, intelligence and prison officials "
                "that sent prisoners to execution across Iran in 1988."
            ),
            citations=(cite(S003, "These “death commissions” bore no resemblance"),),
        ),
        Actor(
            id="tehran-death-commission",
            kind=ActorKind.GROUP,
            name="Tehran death commission",
            parent="death-commissions",
            citations=(cite(S003, "the Tehran “death commission”"),),
        ),
        Actor(
            id="dezful-death-commission",
            kind=ActorKind.GROUP,
            name="Dezful death commission",
            parent="death-commissions",
            description="May be the Khuzestan commission; the report names both.",
            citations=(cite(S003, "the “death commission” in that city"),),
        ),
        Actor(
            id="khuzestan-death-commission",
            kind=ActorKind.GROUP,
            name="Khuzestan death commission",
            parent="death-commissions",
            citations=(cite(S003, "the Khuzestan “death commission”"),),
        ),
        Actor(
            id="death-team",
            kind=ActorKind.GROUP,
            name="Death team",
            description=(
                "A committee of four set up by Khomeini in the summer of 1988 (002). "
                "The reports do not say whether it is the Tehran death commission of 003."
            ),
            citations=(cite(S002, 'became known as the "death team,"'),),
        ),
        Actor(
            id="leftist-organizations",
            kind=ActorKind.GROUP,
            name="Leftist political organizations",
            description="Unnamed leftist groups whose imprisoned members were killed in 1988.",
            citations=(cite(S003, "leftist political organizations"),),
        ),
        Actor(
            id="kurdish-opposition-groups",
            kind=ActorKind.GROUP,
            name="Kurdish opposition groups",
            citations=(cite(S003, "Kurdish opposition groups"),),
        ),
        Actor(
            id="families-1988-victims",
            kind=ActorKind.GROUP,
            name="Families of the 1988 victims",
            citations=(cite(S003, "families of victims"),),
        ),
        Actor(
            id="pmoi",
            kind=ActorKind.ORGANIZATION,
            name="People's Mojahedin Organization of Iran",
            aliases=(
                _abbr("PMOI"),
                _abbr("MEK"),
                _variant("MeK"),
                Name(text="Mojahedin-e Khalq", kind=NameKind.TRANSLITERATION, script="Latn"),
                _persian("سازمان مجاهدین خلق ایران"),
            ),
            description=(
                "Outlawed opposition group, based in Iraq in 1988 (003); called a militia in "
                "002. Most 1988 victims were affiliated with it. Publishes 000."
            ),
            citations=(
                cite(S003, "People’s Mojahedin Organization of Iran (PMOI)"),
                cite(S002, "Mojahedin-e Khalq (MeK) militia"),
                cite(S000, "Reporting by PMOI/MEK"),
            ),
        ),
        # -- others
        Actor(
            id="ncri",
            kind=ActorKind.ORGANIZATION,
            name="National Council of Resistance of Iran",
            aliases=(_abbr("NCRI"),),
            citations=(cite(S000), cite(S001, "National Council of Resistance of Iran (NCRI)")),
        ),
        Actor(
            id="justice-of-ali",
            kind=ActorKind.HACKER_GROUP,
            name="Justice of Ali",
            description=(
                "Hacker group that released the Evin CCTV footage (000). 001 speaks of "
                "anonymous hackers."
            ),
            citations=(cite(S000, "the hacker group, codenamed “Justice of Ali,”"),),
        ),
        Actor(
            id="amnesty",
            kind=ActorKind.ORGANIZATION,
            name="Amnesty International",
            aliases=(_abbr("AI"),),
            citations=(cite(S000), cite(S002), cite(S003)),
        ),
        Actor(
            id="amnesty-menaro",
            kind=ActorKind.ORGANIZATION,
            name="Amnesty International Middle East and North Africa Regional Office",
            aliases=(_abbr("MENARO"),),
            parent="amnesty",
            description="Amnesty's Iran team is part of it (002).",
            citations=(cite(S002, "Middle East and North Africa Regional Office (MENARO)"),),
        ),
        Actor(
            id="iran-hrm",
            kind=ActorKind.ORGANIZATION,
            name="Iran Human Rights Monitor",
            citations=(cite(S001, "Iran Human Rights Monitor reported last week"),),
        ),
        Actor(
            id="ap",
            kind=ActorKind.MEDIA_OUTLET,
            name="Associated Press",
            aliases=(_abbr("AP"),),
            citations=(cite(S001, "the Associated Press reported"),),
        ),
        Actor(
            id="iran-international",
            kind=ActorKind.MEDIA_OUTLET,
            name="Iran International",
            citations=(cite(S002),),
        ),
        Actor(
            id="hamdeli",
            kind=ActorKind.MEDIA_OUTLET,
            name="Hamdeli",
            description="State-run newspaper (000).",
            citations=(cite(S000, "the state-run Hamdeli newspaper"),),
        ),
        Actor(
            id="modara",
            kind=ActorKind.MEDIA_OUTLET,
            name="Modara",
            description="State-run news outlet (000).",
            citations=(cite(S000, "Modara, another state-run news outlet"),),
        ),
        Actor(
            id="resalat",
            kind=ActorKind.MEDIA_OUTLET,
            name="Resalat",
            citations=(cite(S002, "Resalat newspaper in 1988"),),
        ),
        Actor(
            id="zeitoun",
            kind=ActorKind.MEDIA_OUTLET,
            name="Zeitoun",
            description="Pro-Mousavi website (002).",
            citations=(cite(S002, "A Pro-Mousavi website, Zeitoun"),),
        ),
        # -- international
        Actor(
            id="un",
            kind=ActorKind.INTERGOVERNMENTAL,
            name="United Nations",
            aliases=(_abbr("UN"), _abbr("U.N.")),
            citations=(cite(S000), cite(S003), cite(S004)),
        ),
        Actor(
            id="un-hrc",
            kind=ActorKind.INTERGOVERNMENTAL,
            name="UN Human Rights Council",
            aliases=(_other("Human Rights Council"),),
            parent="un",
            citations=(cite(S000, "the UN Human Rights Council"), cite(S004)),
        ),
        Actor(
            id="un-security-council",
            kind=ActorKind.INTERGOVERNMENTAL,
            name="UN Security Council",
            parent="un",
            citations=(cite(S000, "the UN Security Council"), cite(S003)),
        ),
        Actor(
            id="un-general-assembly",
            kind=ActorKind.INTERGOVERNMENTAL,
            name="UN General Assembly",
            parent="un",
            citations=(cite(S003, "the UN General Assembly"),),
        ),
        Actor(
            id="un-commission-on-human-rights",
            kind=ActorKind.INTERGOVERNMENTAL,
            name="UN Commission on Human Rights",
            aliases=(_variant("UN Commission of Human Rights"),),
            parent="un",
            citations=(cite(S003, "the UN Commission of Human Rights"),),
        ),
        Actor(
            id="us-government",
            kind=ActorKind.STATE_BODY,
            name="Government of the United States",
            aliases=(_other("United States"), _other("Washington")),
            citations=(cite(S004, "The United States also urged Iran"),),
        ),
        Actor(
            id="fbi",
            kind=ActorKind.STATE_BODY,
            name="Federal Bureau of Investigation",
            aliases=(_abbr("FBI"),),
            parent="us-government",
            citations=(cite(S004, "former FBI agent"),),
        ),
        Actor(
            id="iranians-in-us-prisons",
            kind=ActorKind.GROUP,
            name="Iranians held in U.S. prisons",
            description="Held mainly for violating sanctions (004).",
            citations=(cite(S004, "Iranians held in U.S. prisons"),),
        ),
        Actor(
            id="italian-prisoners",
            kind=ActorKind.GROUP,
            name="Inmates of Italian prisons",
            citations=(cite(S004, "after they told inmates"),),
        ),
    ]


# -- facilities ------------------------------------------------------------------------


def facilities() -> list[Facility]:
    """Evin prison and its wards, Sheiban prison, and the 1988 mass graves."""
    wards = [
        Facility(
            id=f"evin-ward-{ward.lower()}",
            name=f"Ward {ward}",
            kind=FacilityKind.WARD,
            parent="evin",
            location=TEHRAN,
            description="A section of Evin for political prisoners (000).",
            citations=(cite(S000, "Ward 209, 240, and 2A"),),
        )
        for ward in ("209", "240", "2A")
    ]
    return [
        Facility(
            id="evin",
            name="Evin Prison",
            kind=FacilityKind.PRISON,
            operator="prisons-org",
            location=Location(country=IR, city="Tehran", text="Tehran"),
            aliases=(_other("Evin"), _persian("زندان اوین")),
            description=(
                "High-security prison complex holding many political prisoners; one of the "
                "main venues of the 1988 massacre (000)."
            ),
            citations=(
                cite(S000, "Tehran’s notorious Evin prison"),
                cite(S001, "Evin Prison"),
            ),
        ),
        *wards,
        Facility(
            id="sheiban",
            name="Sheiban Prison",
            kind=FacilityKind.PRISON,
            location=Location(
                country=IR, province="Khuzestan", city="Ahvaz", text="the city of Ahvaz"
            ),
            citations=(cite(S001, "Sheiban Prison in the city of Ahvaz"),),
        ),
        Facility(
            id="mass-graves-1988",
            name="Mass grave sites of the 1988 victims",
            kind=FacilityKind.CEMETERY,
            location=IRAN,
            description="Unnamed sites; desecrated and destroyed (003).",
            citations=(cite(S003, "mass grave sites"),),
        ),
    ]


# -- events ----------------------------------------------------------------------------

MASSACRE = "ev-1988-massacre"


def events_1988() -> list[Event]:
    """The 1988 massacre, its parts, and what led to and followed it."""
    return [
        Event(
            id="ev-1988-pmoi-incursion",
            kind=EventKind.OTHER,
            title="PMOI armed incursion into Iran",
            date=year(1988, "in 1988"),
            location=IRAN,
            participants=(role("pmoi", P.PERPETRATOR),),
            description="Armed incursion from Iraq that preceded the killings (003).",
            citations=(
                cite(S003, "an armed incursion into Iran by the People’s"),
                cite(S002, "an attack on the Iranian borders"),
            ),
        ),
        Event(
            id=MASSACRE,
            kind=EventKind.EXECUTION,
            title="1988 prison massacre",
            date=MASSACRE_1988,
            facilities=("evin",),
            location=IRAN,
            participants=(
                role("khomeini", P.RESPONSIBLE_AUTHORITY),
                role("iran-state", P.PERPETRATOR),
                role("death-commissions", P.PERPETRATOR, cite(S003)),
                role("death-team", P.PERPETRATOR, cite(S002)),
                role(
                    "mir-hossein-mousavi",
                    P.RESPONSIBLE_AUTHORITY,
                    cite(S002, "Mousavi was aware of the prison killings"),
                ),
                role("pmoi", P.VICTIM),
                role("leftist-organizations", P.VICTIM),
                role("kurdish-opposition-groups", P.VICTIM, cite(S003)),
                role("families-1988-victims", P.VICTIM, cite(S003)),
            ),
            description=(
                "Mass extrajudicial execution of political prisoners across Iran. 000 dates "
                "it to 1988 ('a few months'), 002 to the summer of 1988."
            ),
            citations=(
                cite(S000, "one of the main venues of the 1988 massacre"),
                cite(S002, "the massacre in Iranian prisons in 1988"),
                cite(S003, "between late July and early September 1988"),
            ),
        ),
        Event(
            id="ev-1988-fatwa",
            kind=EventKind.OTHER,
            title="Khomeini's secret fatwa ordering the killings",
            date=year(1988),
            parent=MASSACRE,
            participants=(role("khomeini", P.RESPONSIBLE_AUTHORITY),),
            citations=(cite(S003, "at least one secret fatwa"),),
        ),
        Event(
            id="ev-1988-death-team-formed",
            kind=EventKind.OTHER,
            title="Khomeini sets up the 'death team'",
            date=span(date(1988, 6, 21), date(1988, 9, 22), Precision.SEASON, "the Summer of 1988"),
            parent=MASSACRE,
            participants=(
                role("khomeini", P.RESPONSIBLE_AUTHORITY),
                role("death-team", P.OTHER),
            ),
            description="A committee of four ordered to kill prisoners who held to their views.",
            citations=(cite(S002, "he set up a committee of four"),),
        ),
        Event(
            id="ev-1988-prison-lockdown",
            kind=EventKind.OTHER,
            title="Prisons locked down and family visits suspended",
            date=span(
                date(1988, 7, 21), date(1988, 7, 31), Precision.PART_OF_MONTH, "late July 1988"
            ),
            parent=MASSACRE,
            location=IRAN,
            participants=(
                role("iran-state", P.PERPETRATOR),
                role("families-1988-victims", P.VICTIM),
            ),
            citations=(cite(S003, "put prisons on lockdown across the country"),),
        ),
        Event(
            id="ev-1988-tehran-death-commission",
            kind=EventKind.EXECUTION,
            title="Killings ordered by the Tehran 'death commission'",
            date=MASSACRE_1988,
            parent=MASSACRE,
            location=TEHRAN,
            participants=(
                role("tehran-death-commission", P.PERPETRATOR),
                role("raisi", P.PERPETRATOR),
                role("nayyeri", P.PERPETRATOR),
                role("pourmohammadi", P.PERPETRATOR),
            ),
            citations=(cite(S003, "the Tehran “death commission”"),),
        ),
        Event(
            id="ev-1988-dezful-death-commission",
            kind=EventKind.EXECUTION,
            title="Killings ordered by the Dezful 'death commission'",
            date=MASSACRE_1988,
            parent=MASSACRE,
            location=Location(country=IR, province="Khuzestan", city="Dezful"),
            participants=(
                role("dezful-death-commission", P.PERPETRATOR),
                role("avaei", P.PERPETRATOR),
            ),
            citations=(cite(S003, "the prosecutor general of Dezful in Khuzestan province"),),
        ),
        Event(
            id="ev-1988-khuzestan-death-commission",
            kind=EventKind.EXECUTION,
            title="Killings ordered by the Khuzestan 'death commission'",
            date=MASSACRE_1988,
            parent=MASSACRE,
            location=Location(country=IR, province="Khuzestan"),
            participants=(
                role("khuzestan-death-commission", P.PERPETRATOR),
                role("mohammad-hossein-ahmadi", P.PERPETRATOR),
            ),
            citations=(cite(S003, "the Khuzestan “death commission”"),),
        ),
        Event(
            id="ev-1988-leftist-kurdish-executions",
            kind=EventKind.EXECUTION,
            title="Execution of leftist and Kurdish prisoners in 1988",
            date=MASSACRE_1988,
            parent=MASSACRE,
            location=IRAN,
            participants=(
                role("leftist-organizations", P.VICTIM),
                role("kurdish-opposition-groups", P.VICTIM),
            ),
            citations=(cite(S003, "hundreds of prisoners affiliated with leftist"),),
        ),
        Event(
            id="ev-1988-08-commission-meeting",
            kind=EventKind.OTHER,
            title="Recorded meeting of Tehran 'death commission' officials",
            date=month(1988, 8, "an August 1988 meeting"),
            parent=MASSACRE,
            location=TEHRAN,
            participants=(role("tehran-death-commission", P.OTHER),),
            citations=(cite(S003, "an August 1988 meeting"),),
        ),
        Event(
            id="ev-1988-montazeri-warning",
            kind=EventKind.STATEMENT,
            title="Montazeri warns Khomeini and the 'death team'",
            date=year(1988),
            parent=MASSACRE,
            participants=(
                role("montazeri", P.SPEAKER),
                role("khomeini", P.ADDRESSEE),
                role("death-team", P.ADDRESSEE),
            ),
            citations=(cite(S002, "would be remembered as criminals"),),
        ),
        Event(
            id="ev-1988-amnesty-letters",
            kind=EventKind.STATEMENT,
            title="Amnesty's letters to Iranian officials about the massacre",
            date=year(1988),
            participants=(
                role("amnesty", P.SPEAKER),
                role("iran-state", P.ADDRESSEE),
                role("mir-hossein-mousavi", P.ADDRESSEE),
            ),
            description="Amnesty said in 2018 that it had written to all Iranian officials.",
            citations=(cite(S002, "sent letters to all Iranian officials including Mousavi"),),
        ),
        Event(
            id="ev-1988-khamenei-resalat-interview",
            kind=EventKind.STATEMENT,
            title="Khamenei tells Resalat that political prisoners deserved execution",
            date=year(1988, "in 1988"),
            participants=(role("khamenei", P.SPEAKER), role("resalat", P.OTHER)),
            citations=(cite(S002, "an interview with Resalat newspaper in 1988"),),
        ),
        Event(
            id="ev-1988-enforced-disappearances",
            kind=EventKind.ENFORCED_DISAPPEARANCE,
            title="Continuing enforced disappearance of the 1988 victims",
            date=span(date(1988, 7, 21), None, Precision.PART_OF_MONTH, "continuing today"),
            location=IRAN,
            participants=(
                role("iran-state", P.PERPETRATOR),
                role("families-1988-victims", P.VICTIM),
            ),
            description="The fate and burial places of the victims are still concealed (003).",
            citations=(cite(S003, "the enforced disappearances are continuing today"),),
        ),
        Event(
            id="ev-families-harassment",
            kind=EventKind.HARASSMENT,
            title="Harassment of families seeking truth about the 1988 killings",
            date=span(date(1988, 7, 21), date(2018, 12, 4), Precision.PART_OF_MONTH),
            location=IRAN,
            participants=(
                role("iran-state", P.PERPETRATOR),
                role("families-1988-victims", P.VICTIM),
            ),
            citations=(cite(S003, "relentless harassment, intimidation, arbitrary arrest"),),
        ),
        Event(
            id="ev-mass-graves-destruction",
            kind=EventKind.OTHER,
            title="Desecration and destruction of 1988 mass grave sites",
            date=span(date(1988, 7, 21), date(2018, 12, 4), Precision.PART_OF_MONTH),
            facilities=("mass-graves-1988",),
            participants=(role("families-1988-victims", P.VICTIM),),
            citations=(cite(S003, "desecration and destruction"),),
        ),
        Event(
            id="ev-montazeri-removal",
            kind=EventKind.OTHER,
            title="Khomeini removes Montazeri from his post",
            date=span(date(1988, 7, 21), date(1989, 12, 31), Precision.YEAR),
            participants=(
                role("khomeini", P.RESPONSIBLE_AUTHORITY),
                role("montazeri", P.OTHER),
            ),
            description="After the 1988 warning and before Khomeini's death in 1989.",
            citations=(cite(S002, "Khomeini removed Montazeri from his post"),),
        ),
        Event(
            id="ev-1989-khomeini-death",
            kind=EventKind.OTHER,
            title="Death of Rouhollah Khomeini",
            date=year(1989, "a year before"),
            participants=(role("khomeini", P.OTHER),),
            citations=(cite(S002, "a year before Iranian Supreme Leader"),),
        ),
    ]


def events_later() -> list[Event]:
    """Events from 2009 to 2020."""
    return [
        Event(
            id="ev-2009-presidential-election",
            kind=EventKind.ELECTION,
            title="2009 presidential election",
            date=year(2009, "in 2009"),
            location=IRAN,
            participants=(
                role("mir-hossein-mousavi", P.OTHER),
                role("ahmadinejad", P.OTHER),
            ),
            description="Ahmadinejad declared the winner after a vote count 002 calls dubious.",
            citations=(cite(S002, "his bid for presidency was scuffled"),),
        ),
        Event(
            id="ev-2009-protests",
            kind=EventKind.PROTEST,
            title="Protests against the 2009 election results",
            date=year(2009),
            location=IRAN,
            participants=(role("mir-hossein-mousavi", P.ORGANIZER),),
            citations=(cite(S002, "Mousavi led protests against the results"),),
        ),
        Event(
            id="ev-2010-mousavi-statement",
            kind=EventKind.STATEMENT,
            title="Mousavi calls the 1988 massacre a criminal act",
            date=year(2010, "in 2010"),
            participants=(role("mir-hossein-mousavi", P.SPEAKER),),
            citations=(cite(S002, 'an "ugly criminal act."'),),
        ),
        Event(
            id="ev-2011-mousavi-house-arrest",
            kind=EventKind.DETENTION,
            title="Mir Hossein Mousavi under house arrest",
            date=span(date(2011, 1, 1), None, Precision.YEAR, "in 2011"),
            location=IRAN,
            participants=(role("mir-hossein-mousavi", P.VICTIM),),
            citations=(cite(S002, "in 2011 he was eventually put under house arrest"),),
        ),
        Event(
            id="ev-2016-audio-leak",
            kind=EventKind.LEAK,
            title="Leak of the audio recording of the August 1988 meeting",
            date=month(2016, 8, "In August 2016"),
            participants=(role("tehran-death-commission", P.OTHER),),
            citations=(cite(S003, "In August 2016, an audio recording was leaked"),),
        ),
        Event(
            id="ev-2016-pourmohammadi-remarks",
            kind=EventKind.STATEMENT,
            title="Pourmohammadi boasts of his role in the 1988 killings",
            date=month(2016, 8, "In August 2016"),
            participants=(role("pourmohammadi", P.SPEAKER),),
            citations=(
                cite(S003, "he was quoted boasting about his role"),
                cite(S002, "take pride in having been involved"),
            ),
        ),
        Event(
            id="ev-2017-presidential-election",
            kind=EventKind.ELECTION,
            title="2017 presidential election",
            date=year(2017, "in 2017"),
            location=IRAN,
            participants=(role("raisi", P.OTHER),),
            description="Raisi ran for president.",
            citations=(cite(S003, "ran for the presidency in 2017"),),
        ),
        Event(
            id="ev-2018-amnesty-report",
            kind=EventKind.PUBLICATION,
            title="Amnesty publishes 'Blood-soaked secrets'",
            date=day(2018, 12, 4, "4 December 2018"),
            participants=(role("amnesty", P.SPEAKER), role("luther", P.SPEAKER)),
            citations=(cite(S003, "a damning report published today"), cite(S002)),
        ),
        Event(
            id="ev-2018-amnesty-briefing",
            kind=EventKind.OTHER,
            title="Media briefing launching the Amnesty report in London",
            date=day(2018, 12, 4, "on 4 December 2018"),
            location=Location(country="GB", city="London"),
            participants=(role("amnesty", P.ORGANIZER), role("naidoo", P.ORGANIZER)),
            citations=(cite(S003, "launched with a media briefing"),),
        ),
        Event(
            id="ev-2018-amnesty-press-release-12-12",
            kind=EventKind.PUBLICATION,
            title="Amnesty press release on officials distorting the truth about 1988",
            date=day(2018, 12, 12, "12 December 2018"),
            participants=(role("amnesty", P.SPEAKER),),
            citations=(cite(S002, "issued on 12 December 2018"),),
        ),
        Event(
            id="ev-2019-03-harrison-email",
            kind=EventKind.STATEMENT,
            title="Ann Harrison's private email on the Mousavi video",
            date=month(2019, 3, "March 2019"),
            participants=(role("harrison", P.SPEAKER),),
            citations=(cite(S002, "dating back to March 2019"),),
        ),
        Event(
            id="ev-2019-11-protests",
            kind=EventKind.PROTEST,
            title="November protests against the government",
            date=month(2019, 11, "in November"),
            location=IRAN,
            participants=(role("iran-state", P.PERPETRATOR, cite(S004, "hundreds of prisoners")),),
            description="Hundreds were detained during or after them (004, anchored to 2019).",
            citations=(cite(S004, "protests against the government in November"),),
        ),
        Event(
            id="ev-executions-2019-2021",
            kind=EventKind.EXECUTION,
            title="Executions in Iran, 2019 to 2021",
            date=span(date(2019, 1, 1), date(2021, 8, 31), Precision.YEAR),
            location=IRAN,
            participants=(
                role("iran-state", P.PERPETRATOR),
                role(
                    "raisi",
                    P.RESPONSIBLE_AUTHORITY,
                    cite(S001, "he oversaw an increased implementation of death sentences"),
                ),
            ),
            citations=(cite(S001, "the largest rate of executions per capita"),),
        ),
        Event(
            id="ev-2020-01-soleimani-killing",
            kind=EventKind.KILLING,
            title="U.S. drone attack kills Qassem Soleimani",
            date=month(2020, 1, "in January 2020"),
            participants=(
                role("us-government", P.PERPETRATOR),
                role("soleimani", P.VICTIM),
            ),
            citations=(cite(S004, "the U.S. drone attack that killed General"),),
        ),
        Event(
            id="ev-2020-covid-outbreak",
            kind=EventKind.OTHER,
            title="COVID-19 outbreak in Iran",
            date=span(date(2020, 1, 1), date(2020, 3, 31), Precision.MONTH),
            location=IRAN,
            participants=(role("iran-state", P.RESPONSIBLE_AUTHORITY),),
            description="Criticized handling, including refusing to close pilgrimage sites.",
            citations=(cite(S004, "one of the worst outbreaks outside China"),),
        ),
        Event(
            id="ev-2020-iran-70000-announcement",
            kind=EventKind.STATEMENT,
            title="Iran announces the release of 70,000 prisoners",
            date=RELEASES_2020,
            participants=(role("iran-state", P.SPEAKER),),
            citations=(cite(S004, "Iran has already announced the release"),),
        ),
        Event(
            id="ev-2020-covid-releases",
            kind=EventKind.RELEASE,
            title="Temporary release of prisoners during COVID-19",
            date=RELEASES_2020,
            location=IRAN,
            participants=(role("iran-judiciary", P.RESPONSIBLE_AUTHORITY),),
            description=(
                "Temporary releases to stop the spread of the coronavirus; the return date "
                "was not given. Rehman said only those serving under five years were freed."
            ),
            citations=(cite(S004, "Iran has temporarily released some 85,000 prisoners"),),
        ),
        Event(
            id="ev-2020-esmaili-statement",
            kind=EventKind.STATEMENT,
            title="Judiciary spokesman announces 85,000 temporary releases",
            date=MARCH_2020,
            participants=(role("esmaili", P.SPEAKER),),
            citations=(cite(S004, "Judiciary spokesman Gholamhossein Esmaili said"),),
        ),
        Event(
            id="ev-2020-rehman-call",
            kind=EventKind.STATEMENT,
            title="UN special rapporteur asks Iran to release all political prisoners",
            date=month(2020, 3, "earlier this month"),
            participants=(role("rehman", P.SPEAKER), role("iran-state", P.ADDRESSEE)),
            citations=(cite(S004, "asked Tehran earlier this month"),),
        ),
        Event(
            id="ev-2020-pompeo-statement",
            kind=EventKind.STATEMENT,
            title="Pompeo says the U.S. will blame Iran for any American deaths",
            date=span(
                date(2020, 3, 1), date(2020, 3, 10), Precision.PART_OF_MONTH, "in early March"
            ),
            participants=(role("pompeo", P.SPEAKER), role("iran-state", P.ADDRESSEE)),
            citations=(cite(S004, "said U.S. Secretary of State Mike Pompeo in early March"),),
        ),
        Event(
            id="ev-2020-iran-mfa-response",
            kind=EventKind.STATEMENT,
            title="Iran's Foreign Ministry on Iranians held in U.S. prisons",
            date=MARCH_2020,
            participants=(
                role("abbas-mousavi", P.SPEAKER),
                role("iran-foreign-ministry", P.SPEAKER),
                role("us-government", P.ADDRESSEE),
            ),
            citations=(cite(S004, "said spokesman Abbas Mousavi"),),
        ),
        Event(
            id="ev-iranians-held-in-us",
            kind=EventKind.DETENTION,
            title="Iranians held in U.S. prisons",
            date=span(None, date(2020, 3, 31)),
            location=Location(country="US"),
            participants=(
                role("iranians-in-us-prisons", P.VICTIM),
                role("us-government", P.PERPETRATOR),
            ),
            citations=(cite(S004, "several dozen Iranians held in U.S. prisons"),),
        ),
        Event(
            id="ev-us-citizens-held-in-iran",
            kind=EventKind.DETENTION,
            title="U.S. citizens held in Iran",
            date=span(None, date(2020, 3, 31)),
            location=IRAN,
            participants=(
                role("iran-state", P.PERPETRATOR),
                role("baquer-namazi", P.VICTIM),
                role("siamak-namazi", P.VICTIM),
                role("michael-white", P.VICTIM),
                role("levinson", P.VICTIM),
            ),
            citations=(cite(S004, "Washington has long demanded that Iran release"),),
        ),
        Event(
            id="ev-2020-zaghari-ratcliffe-illness",
            kind=EventKind.OTHER,
            title="Nazanin Zaghari-Ratcliffe falls ill in prison",
            date=span(None, date(2020, 3, 31)),
            location=TEHRAN,
            participants=(
                role("zaghari-ratcliffe", P.VICTIM),
                role("richard-ratcliffe", P.WITNESS),
            ),
            citations=(cite(S004, "she was suffering from a ‘strange cold.’"),),
        ),
        Event(
            id="ev-2020-italy-prison-riots",
            kind=EventKind.PROTEST,
            title="Riots in Italian prisons over suspended family visits",
            date=span(None, date(2020, 3, 31)),
            location=Location(country="IT"),
            participants=(role("italian-prisoners", P.OTHER),),
            citations=(cite(S004, "Italian prisons also saw riots"),),
        ),
    ]


def events_2021() -> list[Event]:
    """The Evin footage leak and what surrounds it, 2021."""
    return [
        Event(
            id="ev-lajevardi-killings",
            kind=EventKind.KILLING,
            title="Killing of political prisoners under torture in Evin",
            date=span(date(1980, 1, 1), date(1983, 12, 31), Precision.DECADE, "the early 1980s"),
            facilities=("evin",),
            participants=(role("lajevardi", P.PERPETRATOR),),
            description="Reported in numerous accounts (000).",
            citations=(cite(S000, "Lajevardi killing political prisoners under torture"),),
        ),
        Event(
            id="ev-2021-mahjoubi-killing",
            kind=EventKind.KILLING,
            title="Behnam Mahjoubi killed under torture in Evin",
            date=span(date(2021, 1, 1), date(2021, 8, 25), Precision.YEAR, "Earlier this year"),
            facilities=("evin",),
            participants=(role("mahjoubi", P.VICTIM),),
            citations=(cite(S000, "was killed under torture in Evin prison"),),
        ),
        Event(
            id="ev-2021-presidential-election",
            kind=EventKind.ELECTION,
            title="2021 presidential election",
            date=month(2021, 6, "in June"),
            location=IRAN,
            participants=(role("raisi", P.OTHER),),
            citations=(cite(S001, "the presidential election in June"),),
        ),
        Event(
            id="ev-2021-raisi-inauguration",
            kind=EventKind.ELECTION,
            title="Ebrahim Raisi sworn in as president",
            date=span(date(2021, 8, 1), date(2021, 8, 23), Precision.MONTH, "earlier this month"),
            location=IRAN,
            participants=(role("raisi", P.OTHER),),
            citations=(cite(S001, "Raisi’s swearing-in as the regime’s new president"),),
        ),
        Event(
            id="ev-2021-evin-hack",
            kind=EventKind.HACK,
            title="Hack of Evin prison's CCTV cameras",
            date=span(None, date(2021, 8, 21), text="sat on much of it for months"),
            facilities=("evin",),
            participants=(
                role("justice-of-ali", P.PERPETRATOR, cite(S000, "the hacker group")),
                role("prisons-org", P.OTHER),
            ),
            description="The data were copied months before part of it was released.",
            citations=(
                cite(S000, "hackers who had obtained access to recordings"),
                cite(S001, "the hackers copied data"),
            ),
        ),
        Event(
            id="ev-2021-evin-abuse",
            kind=EventKind.TORTURE,
            title="Guards beat and drag prisoners in Evin (CCTV footage)",
            date=span(None, date(2021, 8, 21)),
            facilities=("evin",),
            participants=(
                role("evin-guards", P.PERPETRATOR),
                role("prisons-org", P.RESPONSIBLE_AUTHORITY),
            ),
            citations=(cite(S000, "shows guards beating and dragging prisoners"),),
        ),
        Event(
            id="ev-2021-evin-suicide",
            kind=EventKind.OTHER,
            title="Suicide among Evin inmates (CCTV footage)",
            date=span(None, date(2021, 8, 21)),
            facilities=("evin",),
            participants=(role("prisons-org", P.RESPONSIBLE_AUTHORITY),),
            citations=(cite(S000, "The videos also show suicide among inmates"),),
        ),
        Event(
            id="ev-2021-evin-conditions",
            kind=EventKind.DETENTION,
            title="Crowded, cold and unhygienic conditions in Evin (CCTV footage)",
            date=span(None, date(2021, 8, 21)),
            facilities=("evin",),
            participants=(role("prisons-org", P.RESPONSIBLE_AUTHORITY),),
            description="Prisoners crammed into cells without masks during the pandemic.",
            citations=(cite(S001, "prisoners crammed into individual cells with no masks"),),
        ),
        Event(
            id="ev-2021-evin-footage-leak",
            kind=EventKind.LEAK,
            title="Evin prison CCTV footage leaked",
            date=LEAK_2021,
            facilities=("evin",),
            participants=(
                role("justice-of-ali", P.PERPETRATOR, cite(S000, "the hacker group")),
                role("ap", P.OTHER, cite(S001)),
            ),
            description=(
                "Dated three days before Tuesday 2021-08-24 (000). The hackers released it "
                "after Raisi's swearing-in (001)."
            ),
            citations=(
                cite(S000, "three days after the videos were leaked"),
                cite(S001, "releasing large quantities to the media"),
            ),
        ),
        Event(
            id="ev-2021-ap-report",
            kind=EventKind.PUBLICATION,
            title="AP reports on the Evin surveillance footage",
            date=AP_REPORT_2021,
            participants=(role("ap", P.SPEAKER),),
            citations=(cite(S001, "reported on Monday, August 23"),),
        ),
        Event(
            id="ev-2021-hajmohammadi-apology",
            kind=EventKind.STATEMENT,
            title="Prisons Organization head apologizes for the Evin footage",
            date=APOLOGY_2021,
            facilities=("evin",),
            participants=(
                role("haj-mohammadi", P.SPEAKER),
                role("khamenei", P.ADDRESSEE),
                role("prisons-org", P.RESPONSIBLE_AUTHORITY),
            ),
            description="A Twitter post confirming the footage and claiming responsibility.",
            citations=(cite(S000, "I claim responsibility for this unacceptable behavior"),),
        ),
        Event(
            id="ev-2021-amnesty-tweet",
            kind=EventKind.STATEMENT,
            title="Amnesty calls for independent inspections of Evin",
            date=AMNESTY_TWEET_2021,
            participants=(
                role("amnesty", P.SPEAKER),
                role("iran-state", P.ADDRESSEE),
                role("rehman", P.OTHER),
            ),
            citations=(cite(S000, "Amnesty tweeted on Wednesday"),),
        ),
        Event(
            id="ev-2021-rajavi-appeal",
            kind=EventKind.STATEMENT,
            title="Maryam Rajavi urges UN action on Iran's prisons",
            date=span(None, date(2021, 8, 25)),
            participants=(
                role("rajavi", P.SPEAKER),
                role("un", P.ADDRESSEE),
                role("un-hrc", P.ADDRESSEE),
            ),
            citations=(cite(S000, "must be referred to the UN Security Council"),),
        ),
        Event(
            id="ev-2021-pirzadeh-covid",
            kind=EventKind.OTHER,
            title="Khaled Pirzadeh tests positive for COVID-19 in Sheiban prison",
            date=span(None, date(2021, 8, 29), Precision.WEEK, "last week"),
            facilities=("sheiban",),
            participants=(role("pirzadeh", P.VICTIM), role("iran-hrm", P.WITNESS)),
            description="Kept among other prisoners for days before quarantine (001).",
            citations=(cite(S001, "tested positive for Covid-19 after showing symptoms"),),
        ),
    ]


def events() -> list[Event]:
    """Every event, in rough time order."""
    return [*events_1988(), *events_later(), *events_2021()]


# -- figures ---------------------------------------------------------------------------


def figures() -> list[Figure]:
    """Every number the reports give."""
    iran = "Iran"
    as_of_001 = SRC_001_PUBLISHED
    return [
        # 1988: the tolls the reports disagree on
        Figure(
            id="fig-1988-killed-mek",
            measure=Measure.EXECUTED,
            quantity=Quantity.more_than(30_000, text="more than 30,000"),
            subject=MASSACRE,
            place=iran,
            citations=(cite(S000, "executed more than 30,000 political prisoners"),),
        ),
        Figure(
            id="fig-1988-killed-iranintl",
            measure=Measure.KILLED,
            quantity=Quantity.at_least(5_000, text="at least 5,000"),
            subject=MASSACRE,
            place=iran,
            description="Members and sympathizers of the MEK, leftists and others.",
            citations=(cite(S002, "at least 5,000 members and sympathizers"),),
        ),
        Figure(
            id="fig-1988-killed-iranintl-thousands",
            measure=Measure.KILLED,
            quantity=vague("thousands"),
            subject=MASSACRE,
            place=iran,
            citations=(cite(S002, "the massacre of thousands of Iranian political prisoners"),),
        ),
        Figure(
            id="fig-1988-executed-amnesty",
            measure=Measure.EXECUTED,
            quantity=Quantity.at_least(5_000, text="at least 5,000"),
            subject=MASSACRE,
            place=iran,
            citations=(cite(S003, "at least 5,000 political dissidents were extrajudicially"),),
        ),
        Figure(
            id="fig-1988-disappeared-amnesty",
            measure=Measure.DISAPPEARED,
            quantity=vague("Thousands"),
            subject=MASSACRE,
            place=iran,
            citations=(cite(S003, "Thousands forcibly disappeared and extrajudicially executed"),),
        ),
        Figure(
            id="fig-1988-victims-named-amnesty",
            measure=Measure.OTHER,
            quantity=vague("thousands"),
            subject=MASSACRE,
            description="Victims named on the lists Amnesty cross-checked.",
            citations=(cite(S003, "the names of thousands of victims"),),
        ),
        Figure(
            id="fig-1988-leftist-kurdish-executed-amnesty",
            measure=Measure.EXECUTED,
            quantity=vague("hundreds"),
            subject="ev-1988-leftist-kurdish-executions",
            period=MASSACRE_1988,
            place=iran,
            description="Prisoners affiliated with leftist and Kurdish opposition groups.",
            citations=(cite(S003, "hundreds of prisoners affiliated with leftist"),),
        ),
        Figure(
            id="fig-1988-cities-amnesty",
            measure=Measure.LOCATIONS,
            unit="cities",
            quantity=Quantity.at_least(32, text="at least 32 cities"),
            subject=MASSACRE,
            place=iran,
            citations=(cite(S003, "at least 32 cities across Iran"),),
        ),
        Figure(
            id="fig-1988-fatwas-amnesty",
            measure=Measure.DOCUMENTS,
            unit="fatwas",
            quantity=Quantity.at_least(1, text="at least one"),
            subject="ev-1988-fatwa",
            citations=(cite(S003, "at least one secret fatwa"),),
        ),
        Figure(
            id="fig-1988-death-team-members-iranintl",
            measure=Measure.OTHER,
            quantity=Quantity.exact(4, text="four"),
            subject="death-team",
            description="Members of the 'death team'.",
            citations=(cite(S002, "a committee of four"),),
        ),
        # Amnesty's research for the 2018 report
        Figure(
            id="fig-2018-amnesty-interviewed",
            measure=Measure.INTERVIEWED,
            quantity=Quantity.more_than(100, text="more than 100"),
            subject="ev-2018-amnesty-report",
            description="Family members and survivors whose testimonies Amnesty gathered.",
            citations=(cite(S003, "testimonies of more than 100 family members and survivors"),),
        ),
        Figure(
            id="fig-2018-amnesty-documents",
            measure=Measure.DOCUMENTS,
            unit="documents",
            quantity=vague("hundreds of documents"),
            subject="ev-2018-amnesty-report",
            description="Documents from Amnesty's own historical archives.",
            citations=(cite(S003, "examined hundreds of documents"),),
        ),
        # 2021: the Evin hack and executions
        Figure(
            id="fig-2021-evin-hack-data",
            measure=Measure.DATA_VOLUME,
            unit="gigabytes",
            quantity=vague("hundreds of gigabytes"),
            subject="ev-2021-evin-hack",
            citations=(cite(S001, "data that amounts to hundreds of gigabytes"),),
        ),
        Figure(
            id="fig-2019-executions-ncri",
            measure=Measure.EXECUTED,
            quantity=Quantity.exact(281, text="281"),
            subject="ev-executions-2019-2021",
            period=year(2019, "2019"),
            place=iran,
            citations=(cite(S001, "2019 saw 281 prisoners hanged"),),
        ),
        Figure(
            id="fig-2020-executions-ncri",
            measure=Measure.EXECUTED,
            quantity=Quantity.at_least(251, text="at least 251"),
            subject="ev-executions-2019-2021",
            period=year(2020, "in 2020"),
            place=iran,
            citations=(cite(S001, "at least 251 in 2020"),),
        ),
        Figure(
            id="fig-2021-executions-to-date-ncri",
            measure=Measure.EXECUTED,
            quantity=Quantity.at_least(220, text="at least 220"),
            subject="ev-executions-2019-2021",
            period=span(date(2021, 1, 1), date(2021, 8, 31), Precision.YEAR, "to date this year"),
            as_of=as_of_001,
            place=iran,
            description="According to official figures (001).",
            citations=(cite(S001, "at least 220 prisoners in Iranian prisons"),),
        ),
        Figure(
            id="fig-2021-executions-two-months-ncri",
            measure=Measure.EXECUTED,
            quantity=Quantity.more_than(60, text="Over 60"),
            subject="ev-executions-2019-2021",
            # "the past two months" anchored to 001's publication range, 2021-08-23 to
            # 2021-08-31: the union of the two-month spans ending on those days.
            period=span(
                date(2021, 6, 23),
                date(2021, 8, 31),
                Precision.MONTH,
                "the past two months",
                approx=True,
            ),
            as_of=as_of_001,
            place=iran,
            description="Since the presidential election in June 2021.",
            citations=(cite(S001, "Over 60 of those executions"),),
        ),
        # 2020: releases, COVID-19, prison population
        Figure(
            id="fig-2020-released-85000",
            measure=Measure.RELEASED,
            quantity=Quantity.about(85_000, text="some 85,000"),
            subject="ev-2020-covid-releases",
            as_of=month(2020, 3, "today"),
            place=iran,
            description="Temporarily released, political detainees included.",
            citations=(cite(S004, "temporarily released some 85,000 prisoners"),),
        ),
        Figure(
            id="fig-2020-released-70000",
            measure=Measure.RELEASED,
            quantity=Quantity.exact(70_000, text="70,000"),
            subject="ev-2020-covid-releases",
            as_of=span(date(2020, 1, 1), date(2020, 3, 31), Precision.MONTH, "already announced"),
            place=iran,
            description="An earlier announced total, before the 85,000.",
            citations=(cite(S004, "announced the release of 70,000 prisoners"),),
        ),
        Figure(
            id="fig-2020-released-security-half",
            measure=Measure.RELEASED,
            quantity=Quantity(low=0, high=None, qualifier=Qualifier.VAGUE, text="half"),
            share=Share(ratio=Decimal("0.5"), of="fig-2020-released-85000", text="half"),
            subject="ev-2020-covid-releases",
            as_of=MARCH_2020,
            place=iran,
            description="Security-related prisoners among those released.",
            citations=(cite(S004, "half of those released were “security-related prisoners.”"),),
        ),
        Figure(
            id="fig-2020-covid-deaths",
            measure=Measure.DIED,
            quantity=Quantity.exact(853, text="853"),
            subject="ev-2020-covid-outbreak",
            as_of=MARCH_2020,
            place=iran,
            description="Deaths from the coronavirus nationally.",
            citations=(cite(S004, "deaths from the coronavirus in Iran reached 853"),),
        ),
        Figure(
            id="fig-2020-covid-infections",
            measure=Measure.INFECTED,
            quantity=Quantity.exact(14_991, text="14,991"),
            subject="ev-2020-covid-outbreak",
            as_of=MARCH_2020,
            place=iran,
            description="Confirmed infections nationally.",
            citations=(cite(S004, "a total of 14,991 people were confirmed infected"),),
        ),
        Figure(
            id="fig-prison-population-iran",
            measure=Measure.DETAINED,
            quantity=Quantity.exact(189_500, text="189,500"),
            as_of=span(None, date(2020, 1, 31), Precision.MONTH, "previously said"),
            place=iran,
            description="Iran's own figure, as given in the special rapporteur's January report.",
            citations=(cite(S004, "Iran previously said it had 189,500 prisoners"),),
        ),
        Figure(
            id="fig-2019-protest-prisoners",
            measure=Measure.DETAINED,
            quantity=vague("hundreds"),
            subject="ev-2019-11-protests",
            place=iran,
            description="Believed to be among the prison population (004).",
            citations=(cite(S004, "hundreds of prisoners during or after protests"),),
        ),
        Figure(
            id="fig-iranians-in-us-prisons",
            measure=Measure.DETAINED,
            quantity=vague("several dozen"),
            subject="ev-iranians-held-in-us",
            as_of=MARCH_2020,
            place="United States",
            citations=(cite(S004, "several dozen Iranians held in U.S. prisons"),),
        ),
    ]


# -- the dataset -----------------------------------------------------------------------


def build() -> list[Record]:
    """Every record of the example, in file order: sources, actors, facilities, events,
    figures."""
    return [*sources(), *people(), *bodies(), *facilities(), *events(), *figures()]


def _citations(record: Record) -> list[Citation]:
    found: list[Citation] = list(getattr(record, "citations", ()))
    if isinstance(record, Actor):
        for p in record.positions:
            found.extend(p.citations)
    if isinstance(record, Event):
        for part in record.participants:
            found.extend(part.citations)
    return found


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_quotes(records: Sequence[Record], seeds: Path) -> list[str]:
    """Quotes of seed reports that do not occur verbatim in the report's text."""
    texts: dict[str, str] = {}
    for source, prefix in SEED_FILES.items():
        (path,) = sorted(seeds.glob(f"{prefix}*.txt"))
        texts[source] = _normal(path.read_text(encoding="utf-8"))
    missing = []
    for r in records:
        for c in _citations(r):
            if (
                c.quote is not None
                and c.source in texts
                and _normal(c.quote) not in texts[c.source]
            ):
                missing.append(f"{r.id}: {c.source}: {c.quote!r}")
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    """Write the example dataset; with ``--check-quotes DIR``, check quotes first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check-quotes", type=Path, metavar="DIR", default=None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    records = build()
    if args.check_quotes is not None:
        missing = check_quotes(records, args.check_quotes)
        for line in missing:
            print(f"quote not found: {line}", file=sys.stderr)
        if missing:
            return 1
    n = write_jsonl(args.output, records)
    print(f"wrote {n} records to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
