"""Dataset queries: positions over time, facility trees, event and figure filters,
retracting a source, and the integrity checks validate() adds for them."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rightsdata as rd
from rightsdata import (
    Actor,
    ActorKind,
    Citation,
    Dataset,
    DateRange,
    Event,
    Facility,
    Figure,
    Location,
    Participant,
    ParticipantRole,
    Position,
    ProblemKind,
    Quantity,
    Source,
    SourceKind,
)
from rightsdata import strategies as rst
from rightsdata.examples import iran_prisons

SEEDS = iran_prisons()
CITE = (Citation(source="s1"),)


def ids(records: tuple[rd.Record, ...] | list[rd.Record]) -> list[str]:
    return [r.id for r in records]


def titles(positions: tuple[Position, ...]) -> list[str]:
    return [p.title for p in positions]


def src(id: str, *, cites: tuple[str, ...] = ()) -> Source:
    return Source(id=id, kind=SourceKind.NGO_REPORT, title=id, cites=cites)


def event(id: str, when: str = "1988", **kw: object) -> Event:
    kw.setdefault("citations", CITE)
    return Event(id=id, kind="execution", title=id, date=DateRange.parse(when), **kw)  # type: ignore[arg-type]


# -- positions over time --------------------------------------------------------------


def test_raisi_in_1988_possibly_not_certainly() -> None:
    raisi = SEEDS["raisi"]
    assert isinstance(raisi, Actor)
    held = titles(raisi.positions_at(date(1988, 8, 1)))
    assert "Deputy prosecutor general of Tehran" in held
    assert "President" not in held
    # "in 1988" is some days of 1988, not necessarily 1 August.
    assert raisi.positions_at(date(1988, 8, 1), certainly=True) == ()
    assert "Deputy prosecutor general of Tehran" not in titles(
        raisi.positions_at(DateRange.parse("1990"))
    )
    assert titles(raisi.positions_at(DateRange.parse("2022"))) == ["President"]


def test_a_post_known_only_for_1988() -> None:
    p = Position(title="Deputy prosecutor general", period=DateRange.parse("in 1988"))
    assert p.possibly_held(date(1988, 8, 1))
    assert not p.certainly_held(date(1988, 8, 1))
    assert not p.possibly_held(date(1990, 1, 1))
    assert not p.possibly_held(DateRange.parse("1990"))
    # Asked about the whole year: it was certainly held at some time in it.
    assert p.certainly_held(DateRange.parse("1988"))


def test_a_post_from_one_year_to_another_is_certain_in_between() -> None:
    p = Position(title="Prosecutor general", period=DateRange.parse("from 1989 to 2016"))
    assert p.certainly_held(date(2010, 6, 1))
    assert p.possibly_held(date(1989, 1, 1))
    assert not p.certainly_held(date(1989, 1, 1))  # may have begun later in 1989
    assert not p.possibly_held(date(2017, 1, 1))


def test_a_post_with_no_period_is_possible_never_certain() -> None:
    p = Position(title="Supreme Leader")
    assert p.possibly_held(date(1900, 1, 1))
    assert not p.certainly_held(date(2020, 1, 1))


def test_a_datetime_is_not_a_day() -> None:
    from datetime import datetime

    with pytest.raises(rd.ValidationError, match="datetime"):
        Position(title="t").possibly_held(datetime(2020, 1, 1, 12))


def test_holders_by_organization_and_by_title() -> None:
    now = [h.actor.id for h in SEEDS.holders("iran-state", date(2021, 9, 1))]
    assert now == ["raisi", "khamenei", "rafsanjani"]  # dated first, then unknown periods
    in_1988 = SEEDS.holders("iran-state", DateRange.parse("1988"))
    assert {h.actor.id for h in in_1988} >= {"khomeini", "montazeri", "mir-hossein-mousavi"}
    assert "raisi" not in {h.actor.id for h in in_1988}
    certain = SEEDS.holders("iran-state", DateRange.parse("1988"), certainly=True)
    assert {h.actor.id for h in certain} == {"khomeini", "montazeri", "mir-hossein-mousavi"}
    assert all(h.certain for h in certain)
    # A title, folded: case and spelling do not matter; other posts do not match.
    pg = SEEDS.holders("prosecutor general")
    assert [(h.actor.id, h.position.title) for h in pg] == [("raisi", "Prosecutor general")]
    assert SEEDS.holders("PROSECUTOR GENERAL", date(2020, 1, 1)) == ()
    leaders = [h.actor.id for h in SEEDS.holders("Supreme Leader", date(1988, 8, 1))]
    assert leaders == ["khomeini", "khamenei"]


def test_holders_refuses_certainly_without_a_time() -> None:
    with pytest.raises(rd.ValidationError, match="certainly"):
        SEEDS.holders("iran-state", certainly=True)
    with pytest.raises(rd.ValidationError, match="title"):
        SEEDS.holders("  ")


# -- facilities -----------------------------------------------------------------------


def test_evin_and_its_wards() -> None:
    tree = SEEDS.facility_tree("evin")
    assert tree.facility.name == "Evin Prison"
    assert tree.parent is None
    assert [c.facility.id for c in tree.children] == [
        "evin-ward-209",
        "evin-ward-240",
        "evin-ward-2a",
    ]
    assert tree.ids() == ("evin", "evin-ward-209", "evin-ward-240", "evin-ward-2a")
    assert tree.operator is not None
    assert (tree.operator.id, tree.operator_from) == ("prisons-org", "evin")
    ward = SEEDS.facility_tree("evin-ward-209")
    assert ward.parent is not None
    assert ward.parent.id == "evin"
    assert ward.children == ()
    # A ward with no operator of its own is run by its prison's.
    assert ward.operator is tree.operator
    assert ward.operator_from == "evin"
    assert SEEDS.facility_tree("sheiban").operator is None


def test_nested_facilities_period_and_cycle() -> None:
    ds = Dataset(
        [
            Facility(id="complex", name="C", kind="prison", period=DateRange.parse("1972/2021")),
            Facility(id="block", name="B", kind="ward", parent="complex", operator="op"),
            Facility(id="cell", name="D", kind="ward", parent="block"),
            Actor(id="op", kind=ActorKind.STATE_BODY, name="Operator"),
            Facility(id="x", name="X", kind="ward", parent="y"),
            Facility(id="y", name="Y", kind="ward", parent="x"),
        ]
    )
    tree = ds.facility_tree("complex")
    assert [t.facility.id for t in tree.walk()] == ["complex", "block", "cell"]
    assert tree.period == DateRange.parse("1972/2021")
    assert tree.operator is None
    cell = ds.facility_tree("cell")
    assert [a.id for a in cell.ancestors] == ["block", "complex"]
    assert cell.operator_from == "block"
    cycle = ds.facility_tree("x")
    assert cycle.ids() == ("x", "y")  # the cycle is cut, not followed
    assert [a.id for a in cycle.ancestors] == ["y"]
    assert [a.id for a in cycle.children[0].ancestors] == ["x"]


def test_facility_tree_refuses_other_ids() -> None:
    with pytest.raises(rd.ValidationError, match="no facility with id 'nowhere'"):
        SEEDS.facility_tree("nowhere")
    with pytest.raises(rd.ValidationError, match="no facility with id 'raisi'"):
        SEEDS.facility_tree("raisi")


def test_facility_operating_period() -> None:
    f = Facility(id="f", name="F", kind="prison", period=DateRange.parse("from 1972 to 2021"))
    assert f.certainly_operating(date(1988, 8, 1))
    assert not f.possibly_operating(date(1960, 1, 1))
    assert Facility(id="g", name="G", kind="prison").possibly_operating(date(1960, 1, 1))


# -- event and figure filters ---------------------------------------------------------

WARD_EVENT = Event(
    id="ev-ward-209-torture",
    kind="torture",
    title="Torture in ward 209",
    date=DateRange.parse("2021"),
    facilities=("evin-ward-209",),
    participants=(Participant(actor="evin-guards", role=ParticipantRole.PERPETRATOR),),
    citations=(Citation(source="src-000-mek-2021-08-25"),),
)
WITH_WARD = Dataset([*SEEDS, WARD_EVENT])


def test_no_filter_gives_every_event_and_figure() -> None:
    assert WITH_WARD.events() == tuple(r for r in WITH_WARD if isinstance(r, Event))
    assert SEEDS.figures() == tuple(r for r in SEEDS if isinstance(r, Figure))


def test_events_in_a_ward_are_events_at_its_prison() -> None:
    at_evin = ids(WITH_WARD.events(facility="evin"))
    assert "ev-ward-209-torture" in at_evin
    assert "ev-2021-evin-footage-leak" in at_evin
    assert ids(WITH_WARD.events(facility="evin-ward-209")) == ["ev-ward-209-torture"]
    assert ids(WITH_WARD.events(facility="evin-ward-240")) == []
    assert "ev-ward-209-torture" not in ids(WITH_WARD.events(facility="sheiban"))
    # Order is dataset order.
    everything = ids(WITH_WARD.events())
    assert at_evin == [e for e in everything if e in set(at_evin)]


def test_events_by_kind_actor_and_role() -> None:
    assert {e.kind for e in SEEDS.events(kind="leak")} == {"leak"}
    both = SEEDS.events(kind={"leak", "hack"})
    assert {e.kind for e in both} == {"leak", "hack"}
    raisi = ids(SEEDS.events(actor="raisi"))
    assert "ev-1988-tehran-death-commission" in raisi
    assert "ev-2021-raisi-inauguration" in raisi
    assert all("raisi" in SEEDS[e].actors for e in raisi)  # type: ignore[union-attr]
    perpetrators = SEEDS.events(actor="raisi", role=ParticipantRole.PERPETRATOR)
    assert set(ids(perpetrators)) < set(raisi)
    speakers = SEEDS.events(role=ParticipantRole.SPEAKER)
    assert speakers
    assert all(any(p.role is ParticipantRole.SPEAKER for p in e.participants) for e in speakers)


def test_events_by_place() -> None:
    tehran = ids(WITH_WARD.events(place="tehran"))
    assert "ev-1988-tehran-death-commission" in tehran  # its own location
    assert "ev-2021-evin-footage-leak" in tehran  # through Evin's location
    assert "ev-ward-209-torture" in tehran  # through the ward
    assert "ev-2021-pirzadeh-covid" not in tehran
    assert "ev-2021-pirzadeh-covid" in ids(SEEDS.events(place="Ahvaz"))  # Sheiban's city
    assert "ev-2021-pirzadeh-covid" in ids(SEEDS.events(place="city of ahvaz"))  # its text
    assert "ev-2018-amnesty-briefing" in ids(SEEDS.events(place="GB"))
    assert SEEDS.events(place="Atlantis") == ()


def test_events_certainly_or_possibly_within() -> None:
    possibly = ids(SEEDS.events(within="1988"))
    certainly = ids(SEEDS.events(within="1988", certainly=True))
    assert "ev-1988-massacre" in certainly
    assert set(certainly) < set(possibly)
    # Open-ended dates ("continuing today") can fall in 1988, but not surely.
    assert "ev-1988-enforced-disappearances" in possibly
    assert "ev-1988-enforced-disappearances" not in certainly
    assert "ev-2017-presidential-election" not in possibly
    day = ids(SEEDS.events(within=date(1988, 8, 15)))
    assert "ev-1988-massacre" in day
    assert ids(SEEDS.events(within=DateRange.parse("1988"), certainly=True)) == certainly


def test_role_must_be_a_participant_role() -> None:
    with pytest.raises(rd.ValidationError, match="expected a ParticipantRole, got 'victim'"):
        SEEDS.events(role="victim")  # type: ignore[arg-type]


def test_within_needs_a_readable_range() -> None:
    with pytest.raises(rd.DateParseError):
        SEEDS.events(within="the other day or so")
    with pytest.raises(rd.ValidationError, match="certainly"):
        SEEDS.events(certainly=True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"actor": "nobody"}, "no actor with id 'nobody'"),
        ({"actor": "evin"}, "no actor with id 'evin'"),
        ({"facility": "raisi"}, "no facility with id 'raisi'"),
        ({"source": "raisi"}, "no source with id 'raisi'"),
        ({"rests_on": "nowhere"}, "no source with id 'nowhere'"),
    ],
)
def test_event_filters_refuse_unknown_ids(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(rd.ValidationError, match=message):
        SEEDS.events(**kwargs)  # type: ignore[arg-type]


def test_figures_by_subject_and_measure() -> None:
    massacre = SEEDS.figures(subject="ev-1988-massacre")
    assert massacre
    assert {f.subject for f in massacre} == {"ev-1988-massacre"}
    executed = SEEDS.figures(subject="ev-1988-massacre", measure="executed")
    assert ids(executed) == ["fig-1988-killed-mek", "fig-1988-executed-amnesty"]
    assert set(ids(SEEDS.figures(measure={"executed", "killed"}))) >= set(ids(executed))
    with pytest.raises(rd.ValidationError, match="no event or facility or actor"):
        SEEDS.figures(subject="src-000-mek-2021-08-25")


def test_figures_about_a_ward_count_for_its_prison() -> None:
    ward_figure = Figure(
        id="fig-ward-209",
        measure="detained",
        quantity=Quantity.at_least(100),
        subject="evin-ward-209",
        citations=(Citation(source="src-000-mek-2021-08-25"),),
    )
    ds = Dataset([*SEEDS, ward_figure])
    assert "fig-ward-209" in ids(ds.figures(subject="evin"))
    assert ids(ds.figures(subject="evin-ward-240")) == []


# -- retracting a source --------------------------------------------------------------


def retraction_dataset() -> Dataset:
    return Dataset(
        [
            src("s1"),
            src("s2", cites=("s1",)),  # only repeats s1
            src("s3"),
            src("s4", cites=("s1", "s3")),  # has another leg to stand on
            event("only-s1", citations=(Citation(source="s1"),)),
            event("only-s2", citations=(Citation(source="s2"),)),
            event("s1-and-s3", citations=(Citation(source="s1"), Citation(source="s3"))),
            event("s4", citations=(Citation(source="s4"),)),
            event(
                "s3-with-s1-participant",
                citations=(Citation(source="s3"),),
                participants=(
                    Participant(
                        actor="a", role=ParticipantRole.VICTIM, citations=(Citation(source="s1"),)
                    ),
                ),
            ),
            Actor(id="a", kind=ActorKind.PERSON, name="A", citations=(Citation(source="s1"),)),
            Actor(id="b", kind=ActorKind.PERSON, name="B"),  # cites nothing: never falls
            Figure(
                id="f",
                measure="killed",
                quantity=Quantity.at_least(1),
                citations=(Citation(source="s2"),),
            ),
        ]
    )


def test_what_falls_with_a_source() -> None:
    ds = retraction_dataset()
    assert ids(ds.resting_on("s1")) == ["s2", "only-s1", "only-s2", "a", "f"]
    assert ids(ds.events(rests_on="s1")) == ["only-s1", "only-s2"]
    assert ids(ds.figures(rests_on="s1")) == ["f"]
    assert ids(ds.figures(rests_on="s3")) == []
    assert ids(ds.events(source="s1")) == ["only-s1", "s1-and-s3", "s3-with-s1-participant"]
    assert ids(ds.figures(source="s2")) == ["f"]
    assert ids(ds.resting_on("s3")) == ["s3-with-s1-participant"]  # s4 still has s1


def test_seed_events_resting_on_one_report() -> None:
    fallen = ids(SEEDS.events(rests_on="src-004-news-2020-03"))
    assert "ev-2020-rehman-call" in fallen
    for e in fallen:
        ev = SEEDS[e]
        assert isinstance(ev, Event)
        assert {c.source for c in ev.citations} == {"src-004-news-2020-03"}


# -- validate --------------------------------------------------------------------------


def test_a_position_ending_before_it_starts_is_found() -> None:
    with attrs.validators.disabled():
        period = DateRange(earliest=date(2016, 1, 1), latest=date(1989, 12, 31))
        reversed_post = Position(title="Prosecutor general", period=period)
        closed = Facility(id="f", name="F", kind="prison", period=period)
    ds = Dataset(
        [
            Actor(
                id="a",
                kind=ActorKind.PERSON,
                name="A",
                positions=(Position(title="ok"), reversed_post),
            ),
            closed,
        ]
    )
    found = [(p.record, p.field, p.kind) for p in ds.validate()]
    assert found == [
        ("a", "positions[1].period", ProblemKind.REVERSED_PERIOD),
        ("f", "period", ProblemKind.REVERSED_PERIOD),
    ]
    assert "ends (1989-12-31) before it starts (2016-01-01)" in str(ds.validate()[0])


def test_seed_dataset_is_sound() -> None:
    assert SEEDS.validate() == []


# -- properties on generated datasets --------------------------------------------------


@given(rst.datasets(max_size=30))
def test_actor_and_facility_filters_agree_with_a_scan(ds: Dataset) -> None:
    for a in ds.actors():
        expected = [e for e in ds.events() if a.id in e.actors]
        assert list(ds.events(actor=a.id)) == expected
    for f in ds.facilities():
        nested = set(ds.facility_tree(f.id).ids())
        expected = [e for e in ds.events() if nested & set(e.facilities)]
        assert list(ds.events(facility=f.id)) == expected
        assert f.id in nested


@given(rst.datasets(max_size=30), rst.date_ranges())
def test_certainly_within_is_possibly_within(ds: Dataset, span: DateRange) -> None:
    certainly = ds.events(within=span, certainly=True)
    possibly = ds.events(within=span)
    assert set(ids(certainly)) <= set(ids(possibly))
    for e in certainly:
        assert span.earliest is None or (e.date.earliest or date.min) >= span.earliest
        assert span.latest is None or (e.date.latest or date.max) <= span.latest


@given(rst.actors(), rst.date_ranges())
def test_certain_positions_are_possible(actor: Actor, at: DateRange) -> None:
    certain = actor.positions_at(at, certainly=True)
    possible = actor.positions_at(at)
    assert all(p in possible for p in certain)


@st.composite
def with_dangling(draw: st.DrawFn) -> tuple[Dataset, set[tuple[str, str]]]:
    """A sound dataset with dangling references injected, and where they are."""
    ds = draw(rst.datasets(min_size=1, max_size=20))
    ghost = "ghost-" + draw(st.integers(0, 10**6).map(str))
    records: list[rd.Record] = []
    injected: set[tuple[str, str]] = set()
    for r in ds:
        if draw(st.booleans()):
            records.append(r)
            continue
        if isinstance(r, Source):
            r = attrs.evolve(r, cites=(*r.cites, ghost))
            injected.add((r.id, f"cites[{len(r.cites) - 1}]"))
        elif isinstance(r, Actor):
            r = attrs.evolve(r, positions=(*r.positions, Position(title="t", organization=ghost)))
            injected.add((r.id, f"positions[{len(r.positions) - 1}].organization"))
        elif isinstance(r, Facility):
            r = attrs.evolve(r, operator=ghost)
            injected.add((r.id, "operator"))
        elif isinstance(r, Event):
            role = draw(st.sampled_from(ParticipantRole))
            r = attrs.evolve(r, participants=(*r.participants, Participant(actor=ghost, role=role)))
            injected.add((r.id, f"participants[{len(r.participants) - 1}].actor"))
        else:
            r = attrs.evolve(r, citations=(*r.citations, Citation(source=ghost)))
            injected.add((r.id, f"citations[{len(r.citations) - 1}].source"))
        records.append(r)
    return Dataset(records), injected


@given(with_dangling())
def test_validate_finds_every_injected_dangling_reference(
    case: tuple[Dataset, set[tuple[str, str]]],
) -> None:
    ds, injected = case
    found = {(p.record, p.field) for p in ds.validate()}
    dangling = {
        (p.record, p.field) for p in ds.validate() if p.kind is ProblemKind.DANGLING_REFERENCE
    }
    assert dangling == injected
    assert found == injected  # nothing else was broken


def test_location_place_words_must_be_in_order() -> None:
    ds = Dataset([src("s1"), event("e", location=Location(text="the city of Ahvaz"))])
    assert ids(ds.events(place="city of Ahvaz")) == ["e"]
    assert ids(ds.events(place="Ahvaz city")) == []
