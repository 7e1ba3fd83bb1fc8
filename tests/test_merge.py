"""Duplicates, merging two entities, renaming ids, and merging two teams' datasets."""

from __future__ import annotations

from collections import Counter

import attrs
import pytest
from hypothesis import assume, given
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
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Position,
)
from rightsdata import strategies as rst
from rightsdata.dataset import EntityMerge, MergeReport
from rightsdata.examples import iran_prisons

SEEDS = iran_prisons()
MEK = (Citation(source="src-000-mek-2021-08-25"),)


def person(id: str, name: str, **kw: object) -> Actor:
    return Actor(id=id, kind=ActorKind.PERSON, name=name, **kw)  # type: ignore[arg-type]


def pairs(ds: Dataset, **kw: float) -> dict[tuple[str, str], rd.names.Duplicate]:
    return {d.ids: d for d in ds.find_duplicates(**kw)}


# -- find_duplicates -------------------------------------------------------------------


def test_the_seed_dataset_has_no_duplicate_at_the_default_threshold() -> None:
    assert SEEDS.find_duplicates() == []


def test_a_second_record_of_a_seed_person_is_proposed() -> None:
    ds = Dataset(
        [
            *SEEDS,
            person("mostafa-pour-mohammadi", "Mostafa Pour Mohammadi", citations=MEK),
            person("javeid-rehman", "Javeid Rehman"),
            Facility(id="evin-2", name="Evin prison", kind="prison"),
        ]
    )
    found = pairs(ds)
    assert set(found) == {
        ("pourmohammadi", "mostafa-pour-mohammadi"),
        ("rehman", "javeid-rehman"),
        ("evin", "evin-2"),
    }
    pm = found[("pourmohammadi", "mostafa-pour-mohammadi")]
    assert pm.score == 1.0
    assert pm.names == ("Mostafa Pourmohammadi", "Mostafa Pour Mohammadi")
    assert any("fold to the same key" in e for e in pm.evidence)
    assert "same kind: person" in pm.evidence
    # Best first.
    scores = [d.score for d in ds.find_duplicates()]
    assert scores == sorted(scores, reverse=True)
    # Nothing merged.
    assert "mostafa-pour-mohammadi" in ds
    assert len(ds) == len(SEEDS) + 3


def test_a_shared_family_name_is_a_weak_candidate_with_a_warning() -> None:
    assert ("mir-hossein-mousavi", "abbas-mousavi") not in pairs(SEEDS)
    weak = pairs(SEEDS, threshold=0.5)[("mir-hossein-mousavi", "abbas-mousavi")]
    assert weak.score < rd.names.DEFAULT_THRESHOLD
    assert any("may be two people" in e for e in weak.evidence)


def test_pairs_that_cannot_be_one_are_not_proposed() -> None:
    ds = Dataset(
        [
            person("p", "Evin"),
            Actor(id="o", kind=ActorKind.ORGANIZATION, name="Evin"),  # a person is no NGO
            Actor(id="u", kind=ActorKind.UNKNOWN, name="Evin"),  # unknown kind: may be either
            Facility(id="evin", name="Evin", kind="prison"),
            Facility(id="evin-ward", name="Evin", kind="ward", parent="evin"),  # its own ward
            Facility(id="w209", name="Ward 209", kind="ward", parent="evin"),
            Facility(id="w240", name="Ward 240", kind="ward", parent="evin"),
        ]
    )
    assert set(pairs(ds, threshold=0.0)) >= {("p", "u"), ("o", "u")}
    assert ("p", "o") not in pairs(ds, threshold=0.0)
    assert ("evin", "evin-ward") not in pairs(ds, threshold=0.0)
    assert ("w209", "w240") not in pairs(ds)


def test_aliases_count_when_looking_for_duplicates() -> None:
    ds = Dataset(
        [
            person("a", "Diana Eltahawy"),
            person("b", "D. Elthahawy", aliases=(Name(text="Diana Elthahawy"),)),
        ]
    )
    (d,) = ds.find_duplicates()
    assert d.names == ("Diana Eltahawy", "Diana Elthahawy")


# -- merge_entities --------------------------------------------------------------------


def seeds_with_second_pourmohammadi() -> Dataset:
    second = person(
        "pour-mohammadi",
        "Mostafa Pour-Mohammadi",
        aliases=(Name(text="Pour Mohammadi", kind=NameKind.ABBREVIATION),),
        positions=(Position(title="Minister of justice", period=DateRange.parse("2013/2017")),),
        description="Recorded twice by mistake.",
        citations=MEK,
    )
    remarks = Event(
        id="ev-extra-remarks",
        kind="statement",
        title="Remarks",
        date=DateRange.parse("2016"),
        participants=(
            Participant(actor="pour-mohammadi", role=ParticipantRole.SPEAKER, citations=MEK),
            Participant(actor="pourmohammadi", role=ParticipantRole.SPEAKER),
        ),
        citations=MEK,
    )
    return Dataset([*SEEDS, second, remarks])


def test_merging_keeps_every_name_and_rewrites_references() -> None:
    ds = seeds_with_second_pourmohammadi()
    merged = ds.merge_entities("pourmohammadi", "pour-mohammadi")
    assert "pour-mohammadi" not in merged
    assert len(merged) == len(ds) - 1
    kept = merged["pourmohammadi"]
    assert isinstance(kept, Actor)
    assert set(kept.names()) >= {
        "Mostafa Pourmohammadi",
        "Mostafa Pour Mohammadi",
        "مصطفی پورمحمدی",
        "Mostafa Pour-Mohammadi",
        "Pour Mohammadi",
    }
    alias = next(a for a in kept.aliases if a.text == "Mostafa Pour-Mohammadi")
    assert alias.kind is NameKind.SPELLING_VARIANT
    # The dropped record's new post, citation and description (kept had none) came along.
    assert Position(title="Minister of justice", period=DateRange.parse("2013/2017")) in (
        kept.positions
    )
    assert MEK[0] in kept.citations
    assert kept.description == "Recorded twice by mistake."
    # References: the event now names Pourmohammadi once as speaker, citations joined.
    ev = merged["ev-extra-remarks"]
    assert isinstance(ev, Event)
    assert ev.participants == (
        Participant(actor="pourmohammadi", role=ParticipantRole.SPEAKER, citations=MEK),
    )
    # What merged is recorded.
    (m,) = merged.merged
    assert (m.kept, m.dropped) == ("pourmohammadi", "pour-mohammadi")
    assert m.record == ds["pour-mohammadi"]
    assert m.rewritten == ("ev-extra-remarks: participants[0].actor",)
    assert "name" in m.differing
    assert merged.resolve("pour-mohammadi") == "pourmohammadi"
    assert merged.resolve("raisi") == "raisi"
    assert merged.validate() == []
    # The original is untouched.
    assert "pour-mohammadi" in ds
    assert ds.merged == ()


def test_merging_facilities_moves_wards_and_events() -> None:
    ds = Dataset(
        [
            *SEEDS,
            Facility(
                id="evin-dup",
                name="Zendan-e Evin",
                kind="prison",
                period=DateRange.parse("1972/2021"),
                operator="iran-judiciary",
            ),
            Facility(id="ward-4", name="Ward 4", kind="ward", parent="evin-dup"),
            Event(
                id="ev-at-both",
                kind="detention",
                title="Held",
                date=DateRange.parse("2021"),
                facilities=("evin", "evin-dup", "ward-4"),
                citations=MEK,
            ),
        ]
    )
    merged = ds.merge_entities("evin", "evin-dup")
    evin = merged["evin"]
    assert isinstance(evin, Facility)
    assert evin.period == DateRange.parse("1972/2021")  # evin had none: taken
    assert evin.operator == "prisons-org"  # evin had one: kept
    assert "operator" in merged.merged[0].differing
    assert Name(text="Zendan-e Evin", kind=NameKind.OTHER_NAME) in evin.aliases
    assert "ward-4" in merged.facility_tree("evin").ids()
    ev = merged["ev-at-both"]
    assert isinstance(ev, Event)
    assert ev.facilities == ("evin", "ward-4")
    assert "ev-at-both" in {e.id for e in merged.events(facility="evin")}
    assert merged.validate() == []


def test_merges_chain_and_resolve_follows() -> None:
    ds = Dataset([person("a", "Ali"), person("b", "Aly"), person("c", "Alee")])
    merged = ds.merge_entities("b", "c").merge_entities("a", "b")
    assert [m.dropped for m in merged.merged] == ["c", "b"]
    assert merged.resolve("c") == "a"
    kept = merged["a"]
    assert isinstance(kept, Actor)
    assert kept.names() == ("Ali", "Aly", "Alee")


def test_merging_a_record_into_its_own_ancestor_is_refused() -> None:
    ds = Dataset(
        [
            Actor(id="org", kind=ActorKind.ORGANIZATION, name="Org"),
            Actor(id="office", kind=ActorKind.ORGANIZATION, name="Org office", parent="org"),
            Actor(id="desk", kind=ActorKind.ORGANIZATION, name="Org desk", parent="office"),
        ]
    )
    for keep, drop in [("org", "desk"), ("desk", "org"), ("office", "org")]:
        with pytest.raises(rd.ValidationError, match="ancestor"):
            ds.merge_entities(keep, drop)
    with pytest.raises(rd.ValidationError, match="ancestor"):
        SEEDS.merge_entities("evin", "evin-ward-209")


@pytest.mark.parametrize(
    ("keep", "drop", "message"),
    [
        ("raisi", "raisi", "into itself"),
        ("raisi", "nobody", "no record with id 'nobody'"),
        ("nobody", "raisi", "no record with id 'nobody'"),
        ("raisi", "evin", "two actors or two facilities, not an actor and a facility"),
        ("ev-1988-massacre", "ev-1988-fatwa", "not an event and an event"),
    ],
)
def test_merge_entities_refuses(keep: str, drop: str, message: str) -> None:
    with pytest.raises(rd.ValidationError, match=message):
        SEEDS.merge_entities(keep, drop)


def test_merge_entities_refuses_an_ambiguous_id() -> None:
    ds = Dataset([person("a", "A"), person("b", "B"), person("b", "B2")])
    with pytest.raises(rd.ValidationError, match="more than one record"):
        ds.merge_entities("a", "b")


def ancestors(ds: Dataset, id: str) -> list[str]:
    out: list[str] = []
    parent = ds[id].parent  # type: ignore[union-attr]
    while parent is not None:
        out.append(parent)
        parent = ds[parent].parent  # type: ignore[union-attr]
    return out


@given(rst.datasets(min_size=6, max_size=16), st.data())
def test_merging_two_actors_leaves_no_reference_behind(ds: Dataset, data: st.DataObject) -> None:
    actors = [a.id for a in ds.actors()]
    assume(len(actors) >= 2)
    keep, drop = data.draw(st.permutations(actors))[:2]
    if keep in ancestors(ds, drop) or drop in ancestors(ds, keep):
        with pytest.raises(rd.ValidationError, match="ancestor"):
            ds.merge_entities(keep, drop)
        return
    merged = ds.merge_entities(keep, drop)
    assert len(merged) == len(ds) - 1
    assert drop not in merged
    assert merged.validate() == []
    for e in merged.events():
        assert drop not in e.actors
    kept = merged[keep]
    assert isinstance(kept, Actor)
    dropped = ds[drop]
    assert isinstance(dropped, Actor)
    assert set(dropped.names()) <= set(kept.names())
    assert set(dropped.positions) <= set(kept.positions)
    assert set(dropped.citations) <= set(kept.citations)


# -- rename_ids ------------------------------------------------------------------------


def test_rename_ids_rewrites_every_reference() -> None:
    renamed = SEEDS.rename_ids({"evin": "evin-prison", "raisi": "ebrahim-raisi"})
    assert "evin" not in renamed
    assert renamed.validate() == []
    assert renamed.facility_tree("evin-prison").ids()[1:] == (
        "evin-ward-209",
        "evin-ward-240",
        "evin-ward-2a",
    )
    assert len(renamed.events(actor="ebrahim-raisi")) == len(SEEDS.events(actor="raisi"))


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"nobody": "x"}, "no record with id 'nobody'"),
        ({"evin": "raisi"}, "more than one record"),
        ({"evin": "x", "raisi": "x"}, "more than one record"),
        ({"evin": "has space"}, "an id must be non-empty and without spaces"),
    ],
)
def test_rename_ids_refuses(mapping: dict[str, str], message: str) -> None:
    with pytest.raises(rd.ValidationError, match=message):
        SEEDS.rename_ids(mapping)


def test_rename_ids_can_swap() -> None:
    swapped = SEEDS.rename_ids({"evin": "sheiban", "sheiban": "evin"})
    assert swapped["evin"].name == "Sheiban Prison"  # type: ignore[union-attr]
    assert swapped.validate() == []


# -- merge -----------------------------------------------------------------------------


def test_two_teams_merge_and_conflicts_are_reported() -> None:
    ours = Dataset([*SEEDS.records()[:120]])
    changed = attrs.evolve(SEEDS["raisi"], description="President of Iran from 2021.")
    theirs = Dataset([*SEEDS.records()[100:150], changed, person("new-person", "Someone New")])
    merged, report = ours.merge(theirs)
    assert isinstance(report, MergeReport)
    assert not report.ok
    (conflict,) = report.conflicts
    assert conflict.id == "raisi"
    assert conflict.ours == SEEDS["raisi"]
    assert conflict.theirs == changed
    assert conflict.fields == ("description",)
    assert merged["raisi"] == SEEDS["raisi"]  # ours kept; theirs in the report
    assert report.identical == tuple(r.id for r in SEEDS.records()[100:120])
    assert report.added == (*(r.id for r in SEEDS.records()[120:150]), "new-person")
    assert len(merged) == 150 + 1
    assert merged.records()[:120] == ours.records()


def test_conflict_between_two_kinds_of_record() -> None:
    ours = Dataset([person("x", "X")])
    theirs = Dataset([Facility(id="x", name="X", kind="prison")])
    merged, report = ours.merge(theirs)
    assert report.conflicts[0].fields == ("type",)
    assert merged == ours


def test_merge_carries_the_merge_history() -> None:
    a = Dataset([person("a", "Ali"), person("b", "Aly")]).merge_entities("a", "b")
    b = Dataset([person("c", "Reza")])
    merged, report = b.merge(a)
    assert report.ok
    assert [m.dropped for m in merged.merged] == ["b"]
    assert isinstance(merged.merged[0], EntityMerge)


@given(rst.datasets(max_size=25))
def test_merging_a_dataset_with_itself_changes_nothing(ds: Dataset) -> None:
    merged, report = ds.merge(ds)
    assert merged == ds
    assert report.ok
    assert report.added == ()
    assert set(report.identical) == {r.id for r in ds}


def prefixed(ds: Dataset, prefix: str) -> Dataset:
    return ds.rename_ids({r.id: prefix + r.id for r in ds})


@given(rst.datasets(max_size=20), rst.datasets(max_size=20))
def test_merging_disjoint_datasets_is_commutative(a: Dataset, b: Dataset) -> None:
    a, b = prefixed(a, "a:"), prefixed(b, "b:")
    ab, report_ab = a.merge(b)
    ba, report_ba = b.merge(a)
    assert report_ab.ok
    assert report_ba.ok
    assert Counter(ab.records()) == Counter(ba.records())
    assert Counter(ab.records()) == Counter(a.records()) + Counter(b.records())
    assert ab.validate() == []


@given(rst.datasets(max_size=20))
def test_renaming_keeps_a_dataset_sound(ds: Dataset) -> None:
    renamed = prefixed(ds, "x:")
    assert renamed.validate() == []
    assert len(renamed) == len(ds)
    back = renamed.rename_ids({"x:" + r.id: r.id for r in ds})
    assert back == ds


@given(rst.datasets(min_size=8, max_size=20), st.data())
def test_a_changed_record_is_a_conflict_and_is_not_lost(ds: Dataset, data: st.DataObject) -> None:
    actors = ds.actors()
    assume(actors)
    target = data.draw(st.sampled_from(actors))
    changed = attrs.evolve(target, name=target.name + " (other team)")
    theirs = Dataset(changed if r is target else r for r in ds)
    merged, report = ds.merge(theirs)
    assert merged == ds
    assert [(c.id, c.theirs) for c in report.conflicts] == [(target.id, changed)]
    assert report.conflicts[0].fields == ("name",)


def test_merging_keeps_aliases_whole_not_only_their_text() -> None:
    fa = Name(text="پورمحمدی", kind=NameKind.TRANSLITERATION, script="Arab", language="fa")
    ar = Name(text="پورمحمدی", kind=NameKind.TRANSLITERATION, script="Arab", language="ar")
    latin = Name(text="Pourmohammadi", kind=NameKind.ABBREVIATION, script="Latn", language="en")
    keep = person("p1", "Mostafa Pourmohammadi", aliases=(fa, ar))
    drop = person("p2", "Mostafa Pour Mohammadi", aliases=(latin,))
    merged = Dataset([keep, drop]).merge_entities("p1", "p2")
    kept = merged["p1"]
    assert isinstance(kept, Actor)
    assert {fa, ar, latin} <= set(kept.aliases)
    assert [n.text for n in kept.aliases].count("Mostafa Pour Mohammadi") == 1
