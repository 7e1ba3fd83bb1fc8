"""The garbage collector paused while records are read in bulk."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]

_lock = threading.Lock()
_depth = 0  # how many pauses are open, in every thread
_was_enabled = False  # whether the collector ran when the first of them opened


@contextmanager
def collector_paused(*, freeze: bool = True) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while records are read in bulk.

    Records hold no reference cycles, yet the collector, left on, scans them again and
    again while a big file is read: about half of a 100,000-event load. Inside this
    block it is off; after it, it is on again if it was on before, and with ``freeze``
    (the default, on a block that ends without an error) every object alive is moved to
    the collector's permanent generation with ``gc.freeze()``, so that the records are
    not scanned by the collections that follow either. A full collection runs first, so
    that no garbage of the program's own is frozen with them.

    [`Dataset.load`][rightsdata.Dataset.load] and [`read_json`][rightsdata.read_json] read
    inside this block; a program reading [`read_jsonl`][rightsdata.read_jsonl] into a
    list of its own can too. Objects frozen that later become garbage in a cycle are
    freed only after ``gc.unfreeze()``; a program that loads many files over a long
    life, dropping objects with cycles between loads, can pass ``freeze=False`` (to
    ``Dataset.load`` too) or call ``gc.unfreeze()`` now and then.

    Pauses nest and may be opened from several threads: the collector is switched off
    by the first to open and back on by the last to close (whose ``freeze`` counts), and
    never switched on if the program had switched it off. An error inside the block
    goes through it, with the collector as it was.

    ```pycon
    >>> import gc
    >>> with collector_paused(freeze=False):
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True

    ```
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            if _was_enabled and freeze:
                gc.collect()
            gc.disable()
        _depth += 1
    done = False
    try:
        yield
        done = True
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                if done and freeze:
                    gc.freeze()
                gc.enable()
