"""The command starts light: ``rightsdata --help`` and ``import rightsdata.cli`` import no
command's module and none of the analyses; a command imports its own module only. The
group's stored names and short help (``_app._COMMANDS``) are held to the real commands.

Timing is benchmarks/bench_startup.py's business; these tests check what is imported.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys

import click
import pytest

import rightsdata.cli
from rightsdata.cli import _app, cli

COMMAND_MODULES = sorted({f"rightsdata.cli.{module}" for module, _ in _app._COMMANDS.values()})
HEAVY = [
    *COMMAND_MODULES,
    "rightsdata.cli._files",
    "rightsdata.cli._render",
    "rightsdata.cli._sections",
    "rightsdata.disagree",
    "rightsdata.dataset",
    "rightsdata.records",
    "pendulum",
    "cattrs",
]
"""What start-up must not import."""

# Run the console script's entry point, then print what it imported (stderr, as JSON).
ENTRY = """
import json, sys
from rightsdata.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
sys.stderr.write(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def run_entry(*args: str, columns: int = 80) -> tuple[int, str, set[str], str]:
    """``rightsdata ARGS`` in a fresh interpreter: (exit status, stdout, modules imported,
    stderr)."""
    env = {**os.environ, "COLUMNS": str(columns)}
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, *args], capture_output=True, text=True, env=env, check=False
    )
    err, _, report = done.stderr.rpartition('{"code"')
    found = json.loads('{"code"' + report)
    return found["code"], done.stdout, set(found["modules"]), err


def real_commands() -> dict[str, click.Command]:
    """Every command the modules of ``rightsdata.cli`` define, each module imported."""
    for module in pkgutil.iter_modules(rightsdata.cli.__path__):
        importlib.import_module(f"rightsdata.cli.{module.name}")
    return dict(cli.commands)


def test_the_stored_names_modules_and_short_help_are_the_commands() -> None:
    real = real_commands()
    assert sorted(_app._COMMANDS) == sorted(real)
    for name, (module, summary) in _app._COMMANDS.items():
        command = real[name]
        assert command.callback is not None
        assert command.callback.__module__ == f"rightsdata.cli.{module}", name
        assert summary == command.get_short_help_str(limit=sys.maxsize), name
        # shown at any width as the real command's would be
        stand_in = _app._stand_in(name)
        for limit in range(1, len(summary) + 5):
            assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), (
                name,
                limit,
            )


@pytest.mark.parametrize("columns", [40, 60, 200])
def test_help_imports_no_command_and_lists_them_as_the_commands_say(
    columns: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, modules, _ = run_entry("--help", columns=columns)
    assert code == 0
    assert sorted(modules & set(HEAVY)) == []
    # the same text as with every command imported (the real short help, shortened)
    real_commands()
    monkeypatch.setenv("COLUMNS", str(columns))
    with click.Context(cli, info_name="rightsdata") as ctx:
        assert out == cli.get_help(ctx) + "\n"
    assert all(f"\n  {name} " in out for name in _app._COMMANDS)


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (("parse-date", "1988"), "rightsdata.cli.parse"),
        (("schema",), "rightsdata.cli.schema"),
        (("timeline", "--help"), "rightsdata.cli.timeline"),
    ],
)
def test_a_command_imports_its_own_module_only(args: tuple[str, ...], module: str) -> None:
    code, out, modules, _ = run_entry(*args)
    assert code == 0
    assert out
    assert sorted(modules & set(COMMAND_MODULES)) == [module]


@pytest.mark.parametrize(
    "args", [("parse-date", "late July 1988"), ("parse-quantity", "at least 5,000")], ids=" ".join
)
def test_the_parsers_start_without_the_records_or_the_analysis(args: tuple[str, ...]) -> None:
    code, out, modules, _ = run_entry(*args)
    assert code == 0
    assert out
    assert not modules & {"rightsdata.disagree", "rightsdata.records", "rightsdata.dataset"}


def test_the_table_colours_name_every_disagreement_kind() -> None:
    from rightsdata.cli._render import _KIND_STYLES
    from rightsdata.disagree import DisagreementKind

    assert set(_KIND_STYLES) == {k.value for k in DisagreementKind}


def test_a_mistyped_command_is_still_matched_to_the_closest() -> None:
    # in a fresh interpreter: no command is imported yet
    code, _, _, err = run_entry("reprt")
    assert code == 2
    assert err.endswith("Error: No such command 'reprt'. Did you mean 'report'?\n")


def test_importing_the_package_is_light_and_its_names_come_when_asked_for() -> None:
    names = [*rightsdata.cli._LAZY, "report", "_render"]
    code = (
        "import json, sys, rightsdata.cli as c\n"
        f"before = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        f"found = [n for n in {names!r} if getattr(c, n, None) is not None]\n"
        "print(json.dumps([before, found]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [[], names]


def test_the_lazy_names_are_the_modules_own() -> None:
    for name, home in rightsdata.cli._LAZY.items():
        module = importlib.import_module(f"rightsdata.cli.{home}")
        assert getattr(rightsdata.cli, name) is getattr(module, name)
        assert name in dir(rightsdata.cli)
    submodules = {m.name for m in pkgutil.iter_modules(rightsdata.cli.__path__)}
    assert submodules == rightsdata.cli._SUBMODULES
    for name in submodules:
        assert getattr(rightsdata.cli, name) is importlib.import_module(f"rightsdata.cli.{name}")
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = rightsdata.cli.nothing


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "rightsdata", "parse-date", "1367 SH"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "1988-03-21" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "rightsdata", "nosuch"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert "No such command 'nosuch'" in bad.stderr
