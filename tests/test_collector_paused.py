"""Bulk loads pause the garbage collector safely: restored on error, nested, in threads."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rightsdata import Dataset, ValidationError
from rightsdata.examples import iran_prisons
from rightsdata.serialize import collector_paused, read_json


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    gc.enable()
    gc.unfreeze()
    yield
    gc.enable()
    gc.unfreeze()


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "example.jsonl"
    iran_prisons().save(path)
    return path


def test_a_load_pauses_the_collector_and_freezes_what_it_read(example_file: Path) -> None:
    seen: list[bool] = []
    original = Dataset.__init__

    def spy(self: Dataset, *args: object, **kwargs: object) -> None:
        seen.append(gc.isenabled())
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    mp = pytest.MonkeyPatch()
    mp.setattr(Dataset, "__init__", spy)
    try:
        dataset = Dataset.load(example_file)
    finally:
        mp.undo()
    assert seen == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() > len(dataset)
    assert dataset == iran_prisons()


def test_without_freeze_nothing_is_frozen(tmp_path: Path, example_file: Path) -> None:
    Dataset.load(example_file, freeze=False)
    iran_prisons().save(tmp_path / "example.json")
    read_json(tmp_path / "example.json", freeze=False)
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_a_failed_load_restores_the_collector_and_freezes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "source", "id": 7}\n')
    with pytest.raises(ValidationError, match=r"bad\.jsonl:1"):
        Dataset.load(bad)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_pauses_nest_and_the_outermost_switches_it_back_on() -> None:
    with collector_paused():
        with collector_paused(freeze=False):
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # the outermost froze


def test_a_collector_the_program_switched_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_an_error_goes_through_with_the_collector_as_it_was() -> None:
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("x")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_threads_share_one_pause_and_the_last_to_leave_ends_it() -> None:
    inside = threading.Barrier(2)
    first_left = threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            inside.wait()
        first_left.set()

    def second() -> None:
        with collector_paused():
            inside.wait()
            first_left.wait(timeout=10)
            states["after the first left"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert states == {"after the first left": False}
    assert gc.isenabled()
