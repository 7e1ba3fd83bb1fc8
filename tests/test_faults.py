"""Issue #17: every write path killed at a random moment (SIGKILL, SIGTERM) leaves the
old file or the new one, never a torn one, and no temporary file that the next write
does not remove."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rightsdata import Citation, Figure, Quantity, Source, SourceKind, write_jsonl
from rightsdata.serialize._files import atomic_write, lock, remove_stale_temporaries
from rightsdata.serialize.schema import render

SRC = Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="Iran releases prisoners")
KILLS = 2

# A child that writes the target again and again through one write path.
LOOP = """
import sys
from rightsdata.cli import main
args = sys.argv[1:]
print("ready", flush=True)
while True:
    sys.argv = ["rightsdata", *args]
    try:
        main()
    except SystemExit as exc:
        if exc.code in (130, 143):  # stopped by a signal, as a command is
            raise
"""


def _records(n: int) -> list:
    return [SRC] + [
        Figure(
            id=f"f{i}",
            measure="detained",
            quantity=Quantity.exact(i),
            citations=(Citation(source="s1", quote="x" * 200),),
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("path", ["convert jsonl", "convert json", "schema --write"])
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["kill", "term"])
def test_a_killed_write_leaves_old_or_new(tmp_path: Path, path: str, how: int) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, _records(3000))
    if path == "schema --write":
        target = tmp_path / "schema.json"
        old, args = b'{"$schema": "old"}', ["schema", "--write", str(target)]
    else:
        target = tmp_path / ("out.jsonl" if path == "convert jsonl" else "out.json")
        old, args = b"", ["convert", str(source), str(target)]
    rng = random.Random(f"{path} {how}")
    for _ in range(KILLS):
        target.write_bytes(old)
        child = subprocess.Popen(
            [sys.executable, "-c", LOOP, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.02, 0.3))
        child.send_signal(how)
        try:
            child.wait(timeout=30)
        finally:
            child.kill()
        child.stdout.close()
        data = target.read_bytes()
        if data != old:  # the new content, whole
            if path == "schema --write":
                assert data == render().encode()
            elif path == "convert jsonl":
                assert data == source.read_bytes()
            else:
                assert data.endswith(b"}\n")
                assert data.count(b'"type"') == 3001
        stale = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        if how == signal.SIGTERM:
            assert child.returncode in (0, 143)
            assert stale == []  # cleaned up on the way out
        assert len(stale) <= 1
        # the next write removes what a killed one left
        atomic_write(target, [old])
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_temporary_file_being_written_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    busy = tmp_path / ".out.jsonl.abcd1234.tmp"
    dead = tmp_path / ".out.jsonl.efgh5678.tmp"
    other = tmp_path / ".other.jsonl.abcd1234.tmp"
    for p in (busy, dead, other):
        p.write_bytes(b"partial")
    fd = os.open(busy, os.O_RDONLY)
    try:
        assert lock(fd, wait=False)
        assert remove_stale_temporaries(target) == [dead]
    finally:
        os.close(fd)
    assert busy.exists()
    assert other.exists()
    assert not dead.exists()


def test_the_folder_is_synced_after_the_rename(tmp_path: Path, monkeypatch) -> None:
    synced: list[int] = []
    real = os.fsync
    folders: set[int] = set()
    real_open = os.open

    def tracking_open(path, flags, *a, **kw):
        fd = real_open(path, flags, *a, **kw)
        if os.path.isdir(path):
            folders.add(fd)
        return fd

    def tracking_fsync(fd: int) -> None:
        synced.append(fd)
        real(fd)

    monkeypatch.setattr(os, "open", tracking_open)
    monkeypatch.setattr(os, "fsync", tracking_fsync)
    atomic_write(tmp_path / "out.jsonl", [b"x\n"])
    assert len(synced) == 2
    assert synced[-1] in folders
