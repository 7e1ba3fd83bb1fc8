"""Records, datasets and values survive pickling (multiprocessing, caches), by public path."""

from __future__ import annotations

import pickle

from hypothesis import given

from rightsdata import strategies as rs


@given(rs.records())
def test_records_pickle_round_trip(record: object) -> None:
    assert pickle.loads(pickle.dumps(record)) == record


@given(rs.datasets(max_size=5))
def test_datasets_pickle_round_trip(ds: object) -> None:
    data = pickle.dumps(ds)
    assert b"rightsdata._" not in data  # every class pickled by its public path
    assert pickle.loads(data) == ds
