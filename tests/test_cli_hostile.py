"""Issue #17, sections 4 to 6, for the command: output that could not be written in full
fails, write errors name the user's path, ordinary input is never an internal error,
a file is read once, and what is printed stays bounded."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from rightsdata import Citation, Dataset, Event, Figure, Quantity, Source, SourceKind
from rightsdata.cli import _CELL_ITEMS, _Items, _json_chunks, cli
from rightsdata.serialize import jsonio, write_jsonl
from rightsdata.serialize.schema import render

SRC = Source(id="s1", kind=SourceKind.NEWS_ARTICLE, title="Iran releases prisoners")
CITE = (Citation(source="s1"),)
# The installed command's own entry point (which ends with os._exit once all is written).
COMMAND = [sys.executable, "-c", "from rightsdata.cli import console; console()"]


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def run(*args: str, limit: int | None = None, **kw):
    """Run the command in a child process, under a file-size limit if given (SIGXFSZ
    ignored, so that a write past it fails with EFBIG)."""

    def setup() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    if "stdout" not in kw:
        kw["capture_output"] = True
    return subprocess.run([*COMMAND, *args], preexec_fn=setup, timeout=60, **kw)


# -- a command that could not write all its output fails ------------------------------


@pytest.mark.parametrize(
    "args", [("schema",), ("report",), ("report", "--format", "json")], ids=" ".join
)
def test_output_cut_by_a_size_limit_fails(tmp_path: Path, args) -> None:
    out = tmp_path / "out.txt"
    with open(out, "wb") as fh:
        done = run(*args, limit=1024, stdout=fh, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "rightsdata: error: cannot write standard output: file too large\n"
    )
    assert out.stat().st_size <= 1024


def test_closed_standard_output_is_named(tmp_path: Path) -> None:
    done = subprocess.run(
        [*COMMAND, "report"],
        preexec_fn=lambda: os.close(1),
        stderr=subprocess.PIPE,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.decode() == "rightsdata: error: cannot write standard output: it is closed\n"


# -- write errors name the user's path, and the old file survives ---------------------


def test_a_size_limit_is_named_and_the_old_file_survives(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    figures = [
        Figure(id=f"f{i}", measure="detained", quantity=Quantity.exact(i), citations=CITE)
        for i in range(200)
    ]
    write_jsonl(source, [SRC, *figures])
    target = tmp_path / "out.jsonl"
    write_jsonl(target, [SRC])
    old = target.read_bytes()
    done = run("convert", str(source), str(target), limit=4096, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"rightsdata: error: cannot write {target}: file too large "
        "(the limit on the size of a file, ulimit -f)\n"
    )
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


@pytest.mark.parametrize("command", ["convert", "schema"])
def test_a_full_disk_is_named_and_the_old_file_survives(tmp_path, monkeypatch, command) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [SRC])
    target = tmp_path / ("out.jsonl" if command == "convert" else "schema.json")
    target.write_text('{"$schema": "old"}' if command == "schema" else "")
    old = target.read_bytes()
    real = os.write

    def full(fd: int, data) -> int:  # the disk fills up after 10 bytes
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).endswith(".tmp"):
            real(fd, bytes(data[:10]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd, data)

    monkeypatch.setattr(jsonio.os, "write", full)
    args = ("convert", str(source), str(target)) if command == "convert" else ("schema",)
    if command == "schema":
        args += ("--write", str(target))
    code, _, err = invoke(*args)
    assert code == 1
    assert err == f"rightsdata: error: cannot write {target}: no space left on device\n"
    assert target.read_bytes() == old
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_a_read_only_folder_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    """Root writes into a read-only folder anyway: the refusal is mocked."""
    target = tmp_path / "schema.json"
    target.write_text('{"$schema": "old"}')

    def refused(*args: object, **kw: object):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path / ".x.tmp"))

    monkeypatch.setattr(jsonio.tempfile, "mkstemp", refused)
    code, _, err = invoke("schema", "--write", str(target))
    assert code == 1
    assert err == f"rightsdata: error: cannot write {target}: permission denied\n"
    assert target.read_text() == '{"$schema": "old"}'


def test_a_symbolic_link_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "data" / "v3.jsonl"
    real.parent.mkdir()
    write_jsonl(real, [SRC])
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [SRC, Source(id="s2", kind=SourceKind.NEWS_ARTICLE, title="Two")])
    code, out, _ = invoke("convert", str(source), str(link))
    assert (code, out) == (0, f"wrote 2 records to {link}\n")
    assert link.is_symlink()
    assert real.read_bytes() == source.read_bytes()
    assert sorted(p.name for p in real.parent.iterdir()) == ["v3.jsonl"]


# -- ordinary input is never an internal error -----------------------------------------


BAD_NAME = os.fsdecode(b"bad\xe9.jsonl")


@pytest.mark.parametrize("args", [("validate", "--json"), ("report", "--format", "json")])
def test_a_name_that_is_not_utf8(tmp_path: Path, monkeypatch, args) -> None:
    monkeypatch.chdir(tmp_path)
    with open(os.fsencode(BAD_NAME), "w") as fh:
        fh.write('{"type": "source"}\n' if args[0] == "validate" else "")
        if args[0] == "report":
            fh.write(orjson.dumps({"type": "source", **json.loads(jsonio.to_json(SRC))}).decode())
    code, out, err = invoke(*args, BAD_NAME)
    assert "unexpected" not in err
    doc = json.loads(out)
    if args[0] == "validate":
        assert code == 1
        assert {i["file"] for i in doc} == {"bad\\xe9.jsonl"}
        assert {i["path"] for i in doc} >= {"id", "kind", "title"}
    else:
        assert code == 0
        assert doc["dataset"]["file"] == "bad\\xe9.jsonl"


def test_a_name_that_is_not_utf8_in_text_output(tmp_path: Path) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"bad\xe9.jsonl")
    with open(path, "w") as fh:
        fh.write('{"type": "source"}\n')
    done = run("validate", os.fsdecode(path))
    assert done.returncode == 1
    assert done.stdout.decode("utf-8").startswith(f"{tmp_path}/bad\\xe9.jsonl:1: id: ")


@given(st.binary(min_size=1, max_size=64))
def test_schema_check_of_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bin.json")
        Path(path).write_bytes(data)
        code, _, err = invoke("schema", "--check", path)
        assert code == 1
        assert err.startswith(f"rightsdata: error: {path} is not a JSON Schema (") or (
            "is out of date" in err
        )
        assert "unexpected" not in err


@given(st.binary(min_size=1, max_size=64))
def test_convert_over_any_bytes_refuses_or_replaces(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write_jsonl(os.path.join(tmp, "in.jsonl"), [SRC])
        Path(tmp, "out.jsonl").write_bytes(data)
        code, _, err = invoke(
            "convert", os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        )
        assert "unexpected" not in err
        assert code in (0, 1)


def test_validate_reads_a_fifo_once(tmp_path: Path) -> None:
    """A FIFO can be read once: validate must not open it again for line numbers."""
    fifo = tmp_path / "p.json"
    os.mkfifo(fifo)
    doc = (
        '{"format": "rightsdata", "version": 1, "records": [\n'
        '  {"type": "source", "id": "s1", "kind": "news_article", "title": "T"},\n'
        '  {"type": "source", "id": "s2", "kind": "news_article"}\n]}\n'
    )

    def feed() -> None:
        with open(fifo, "w") as fh:
            fh.write(doc)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    done = run("validate", str(fifo))
    writer.join(timeout=5)
    assert done.returncode == 1
    assert done.stdout.decode() == f"{fifo}:3: records[1].title: required field is missing\n"


def test_validate_without_holding_records_checks_every_reference(tmp_path: Path) -> None:
    """A reference read before its target, a duplicate id, a reference to a record on a
    malformed line (reported on that line only), and a cycle of parents."""
    from rightsdata import DateRange
    from rightsdata.serialize import record_to_dict

    def event(id: str, parent: str | None = None) -> Event:
        return Event(
            id=id,
            kind="arrest",
            title=id,
            date=DateRange.parse("2019"),
            citations=CITE,
            parent=parent,
        )

    def fig(id: str, subject: str) -> Figure:
        return Figure(
            id=id, measure="killed", subject=subject, quantity=Quantity.exact(3), citations=CITE
        )

    lines = [
        record_to_dict(fig("f1", "e1")),  # 1: e1 comes later: fine
        {"type": "event", "id": "e2"},  # 2: malformed
        record_to_dict(fig("f2", "e2")),  # 3: e2 is malformed: not reported again
        record_to_dict(SRC),  # 4
        record_to_dict(event("e1", parent="e3")),  # 5
        record_to_dict(event("e3", parent="e1")),  # 6: closes the cycle
        record_to_dict(SRC),  # 7: duplicate
        record_to_dict(fig("f3", "nobody")),  # 8: dangling
    ]
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    code, out, _ = invoke("validate", str(path))
    assert code == 1
    where = [line.split(": ")[0].rsplit(":", 1)[1] for line in out.splitlines()]
    assert set(where) == {"2", "6", "7", "8"}
    assert f"{path}:7: id: id 's1' is used by more than one record" in out
    assert f"{path}:8: subject: refers to 'nobody', which is not in the dataset" in out
    assert f"{path}:6: parent: cycle: e1 -> e3 -> e1" in out


# -- what is printed stays bounded ------------------------------------------------------


def test_a_large_group_of_figures_is_cut_with_a_count(tmp_path: Path) -> None:
    figures = [
        Figure(
            id=f"f{i:03d}", measure="detained", quantity=Quantity.at_least(100 + i), citations=CITE
        )
        for i in range(300)
    ]
    path = tmp_path / "big.jsonl"
    Dataset([SRC, *figures]).save(path)
    code, out, _ = invoke("disagreements", str(path))
    assert code == 0
    assert f"and {300 - _CELL_ITEMS:,} more" in out
    assert "more characters)" in out
    assert max(map(len, out.splitlines())) < 1_500
    code, out, _ = invoke("report", str(path))
    assert max(map(len, out.splitlines())) < 1_500
    code, out, _ = invoke("disagreements", "--format", "json", str(path))
    assert len(json.loads(out)["disagreements"][0]["figures"]) == 300


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 10) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(st.lists(_JSON, max_size=4), _JSON, st.lists(_JSON, max_size=3))
def test_streamed_json_is_what_orjson_writes(items: list, value: object, other: list) -> None:
    """As ``report --format json`` streams its lists: in a dict, and alone."""
    streamed = {"a": _Items(iter(items)), "v": value, "b": _Items(iter(other))}
    expected = orjson.dumps({"a": items, "v": value, "b": other}, option=orjson.OPT_INDENT_2)
    assert b"".join(_json_chunks(streamed)) == expected
    alone = orjson.dumps(items, option=orjson.OPT_INDENT_2)
    assert b"".join(_json_chunks(_Items(iter(items)))) == alone


def test_schema_to_stdout_is_whole() -> None:
    done = run("schema")
    assert done.returncode == 0
    assert done.stdout.decode() == render()


# -- the installed command exits as main() does, without tearing the interpreter down --


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--format", "json"),  # long output through a pipe
        ("nosuch",),  # a usage error: status 2
        ("validate", "/nonexistent.jsonl"),  # an error: status 1
        ("--version",),
    ],
    ids=" ".join,
)
def test_console_exits_and_writes_as_main_does(args: tuple[str, ...]) -> None:
    by_main = subprocess.run(
        [sys.executable, "-c", "from rightsdata.cli import main; main()", *args],
        capture_output=True,
        timeout=60,
    )
    by_console = run(*args)
    assert by_console.returncode == by_main.returncode
    assert by_console.stdout == by_main.stdout
    assert by_console.stderr == by_main.stderr
    assert by_console.stdout or by_console.stderr
