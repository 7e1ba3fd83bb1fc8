"""Bundled example data, built from public reports about Iran's prisons."""

from __future__ import annotations

from importlib import resources

from rightsdata.dataset import Dataset
from rightsdata.serialize.jsonio import read_jsonl

__all__ = ["IRAN_PRISONS_FILE", "iran_prisons"]

IRAN_PRISONS_FILE = "iran_prisons.jsonl"
"""The file name of the Iran prisons example inside this package."""


def iran_prisons() -> Dataset:
    """The example dataset: five public reports on Iran's prisons (2018-2021), recorded.

    Sources and who cites whom, the people and bodies named with their spellings and
    posts, Evin prison and its wards, the 1988 massacre, the 2020 releases, the 2021
    footage leak, and every figure the reports give, each with its citation.
    """
    with resources.as_file(resources.files(__name__) / IRAN_PRISONS_FILE) as path:
        return Dataset(read_jsonl(path))
