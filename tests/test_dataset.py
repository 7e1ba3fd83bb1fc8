"""Dataset: access by id and type, files, and every integrity rule of validate()."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

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
    Participant,
    ParticipantRole,
    Position,
    ProblemKind,
    Quantity,
    Share,
    Source,
    SourceKind,
)

CITE = (Citation(source="s1"),)


def src(id: str, *, cites: tuple[str, ...] = (), publisher: str | None = None) -> Source:
    return Source(id=id, kind=SourceKind.NGO_REPORT, title=id, cites=cites, publisher=publisher)


def event(id: str, **kw: object) -> Event:
    kw.setdefault("citations", CITE)
    return Event(id=id, kind="execution", title=id, date=DateRange.parse("1988"), **kw)  # type: ignore[arg-type]


def figure(id: str, **kw: object) -> Figure:
    kw.setdefault("citations", CITE)
    return Figure(id=id, measure="killed", quantity=Quantity.at_least(5000), **kw)  # type: ignore[arg-type]


def sound() -> Dataset:
    return Dataset.from_records(
        [
            src("s1"),
            src("s2", cites=("s1",), publisher="amnesty"),
            Actor(id="amnesty", kind=ActorKind.ORGANIZATION, name="Amnesty International"),
            Actor(
                id="raisi",
                kind=ActorKind.PERSON,
                name="Ebrahim Raisi",
                positions=(Position(title="president", organization="gov", citations=CITE),),
            ),
            Actor(id="gov", kind=ActorKind.STATE_BODY, name="Government"),
            Facility(id="evin", name="Evin Prison", kind="prison", operator="gov"),
            Facility(id="w209", name="Ward 209", kind="ward", parent="evin"),
            event("massacre", facilities=("evin", "w209")),
            event(
                "commission",
                parent="massacre",
                participants=(Participant(actor="raisi", role=ParticipantRole.PERPETRATOR),),
            ),
            figure("f1", subject="massacre"),
            figure("f2", subject="massacre", share=Share(ratio=Decimal("0.5"), of="f1")),
        ]
    )


def test_access_by_id_and_type() -> None:
    ds = sound()
    assert len(ds) == 11
    assert ds.get("evin") == ds["evin"]
    assert ds.get("nope") is None
    with pytest.raises(KeyError, match="nope"):
        ds["nope"]
    assert "raisi" in ds
    assert [s.id for s in ds.sources()] == ["s1", "s2"]
    assert [a.id for a in ds.actors()] == ["amnesty", "raisi", "gov"]
    assert [f.id for f in ds.facilities()] == ["evin", "w209"]
    assert [e.id for e in ds.events()] == ["massacre", "commission"]
    assert [f.id for f in ds.figures()] == ["f1", "f2"]
    assert ds.counts() == {"source": 2, "actor": 3, "facility": 2, "event": 2, "figure": 2}
    assert list(ds) == list(ds.records())


def test_sound_dataset_has_no_problems() -> None:
    assert sound().validate() == []


def problems(records: list[rd.Record]) -> list[tuple[str, str, ProblemKind]]:
    return [(p.record, p.field, p.kind) for p in Dataset(records).validate()]


def test_duplicate_id_is_reported_and_first_wins() -> None:
    ds = Dataset([src("s1"), src("s1", cites=())])
    assert problems(list(ds)) == [("s1", "id", ProblemKind.DUPLICATE_ID)]
    assert ds.get("s1") is ds.records()[0]


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (src("s2", cites=("ghost",)), "cites[0]"),
        (src("s2", publisher="ghost"), "publisher"),
        (Actor(id="a", kind=ActorKind.PERSON, name="A", parent="ghost"), "parent"),
        (
            Actor(
                id="a",
                kind=ActorKind.PERSON,
                name="A",
                positions=(Position(title="t", organization="ghost"),),
            ),
            "positions[0].organization",
        ),
        (
            Actor(
                id="a",
                kind=ActorKind.PERSON,
                name="A",
                positions=(Position(title="t", citations=(Citation(source="ghost"),)),),
            ),
            "positions[0].citations[0].source",
        ),
        (Facility(id="f", name="F", kind="ward", parent="ghost"), "parent"),
        (Facility(id="f", name="F", kind="ward", operator="ghost"), "operator"),
        (event("e", facilities=("ghost",)), "facilities[0]"),
        (
            event("e", participants=(Participant(actor="ghost", role=ParticipantRole.VICTIM),)),
            "participants[0].actor",
        ),
        (event("e", parent="ghost"), "parent"),
        (
            event("e", citations=(Citation(source="s1"), Citation(source="ghost"))),
            "citations[1].source",
        ),
        (figure("g", subject="ghost"), "subject"),
        (figure("g", share=Share(ratio=Decimal("0.5"), of="ghost")), "share.of"),
    ],
)
def test_every_dangling_reference_is_found(record: rd.Record, field: str) -> None:
    found = problems([src("s1"), record])
    assert found == [(record.id, field, ProblemKind.DANGLING_REFERENCE)]
    message = Dataset([src("s1"), record]).validate()[0].message
    assert "'ghost'" in message


def test_reference_to_the_wrong_kind_of_record() -> None:
    recs: list[rd.Record] = [src("s1"), event("e", facilities=("s1",)), figure("g", subject="s1")]
    assert problems(recs) == [
        ("e", "facilities[0]", ProblemKind.WRONG_REFERENCE_TYPE),
        ("g", "subject", ProblemKind.WRONG_REFERENCE_TYPE),
    ]
    assert "a source; expected facility" in Dataset(recs).validate()[0].message


def test_cycles_in_citations_and_parents() -> None:
    recs: list[rd.Record] = [
        src("s1", cites=("s3",)),
        src("s2", cites=("s1",)),
        src("s3", cites=("s2",)),
        event("a", parent="b"),
        event("b", parent="a"),
        Facility(id="f", name="F", kind="ward", parent="f"),
    ]
    found = [p for p in Dataset(recs).validate() if p.kind is ProblemKind.CYCLE]
    assert {(p.record, p.field) for p in found} == {
        ("s2", "cites"),
        ("b", "parent"),
        ("f", "parent"),
    }
    assert "s1 -> s3 -> s2 -> s1" in str(found[0])


def test_problem_str_names_record_and_field() -> None:
    p = Dataset([src("s1", cites=("x",))]).validate()[0]
    assert str(p) == "s1: cites[0]: refers to 'x', which is not in the dataset (expected source)"


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_save_and_load_round_trip(tmp_path, suffix: str) -> None:
    ds = sound()
    path = tmp_path / f"data{suffix}"
    ds.save(path)
    assert Dataset.load(path) == ds


def test_unknown_extension_is_refused(tmp_path) -> None:
    with pytest.raises(rd.ValidationError, match=r"data\.csv: unknown file type"):
        sound().save(tmp_path / "data.csv")
    with pytest.raises(rd.ValidationError, match="unknown file type"):
        Dataset.load(tmp_path / "data.txt")


def test_repr_counts_records() -> None:
    assert repr(Dataset()) == "<Dataset: empty>"
    assert repr(Dataset([src("s1")])) == "<Dataset: 1 source>"


def test_record_rules_at_construction() -> None:
    with pytest.raises(rd.ValidationError, match="citations: needs at least one item"):
        Event(id="e", kind="k", title="t", date=DateRange.day(date(2021, 8, 24)), citations=())
    with pytest.raises(rd.ValidationError, match="id: an id must be non-empty"):
        src("has space")
    with pytest.raises(rd.ValidationError, match="cites itself"):
        src("s", cites=("s",))
    with pytest.raises(rd.ValidationError, match="sha256"):
        Source(id="s", kind=SourceKind.OTHER, title="t", sha256="ABC")
    with pytest.raises(rd.ValidationError, match="time zone"):
        Source(id="s", kind=SourceKind.OTHER, title="t", captured=datetime(2021, 8, 25, 10))
    with pytest.raises(rd.ValidationError, match="share must be between 0 and 1"):
        Share(ratio=Decimal("1.5"), of="f")
    with pytest.raises(rd.ValidationError, match="title: must not be empty"):
        Event(id="e", kind="k", title="  ", date=DateRange.parse("2021"), citations=CITE)


def test_figures_that_are_shares_of_themselves_or_each_other_are_cycles() -> None:
    half = Decimal("0.5")
    recs: list[rd.Record] = [
        src("s1"),
        figure("f1", share=Share(ratio=half, of="f1")),
        figure("f2", share=Share(ratio=half, of="f3")),
        figure("f3", share=Share(ratio=half, of="f2")),
    ]
    found = [(p.record, p.field) for p in Dataset(recs).validate() if p.kind is ProblemKind.CYCLE]
    assert sorted(found) == [("f1", "share.of"), ("f3", "share.of")]
