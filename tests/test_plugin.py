"""The hypothesis plugin: importing hypothesis stays cheap, and ``st.from_type`` knows the
rightsdata types whichever of the two is imported first."""

import importlib.metadata
import os
import subprocess
import sys

import pytest

HEAVY = ("rightsdata", "rightsdata.strategies", "rightsdata.dataset", "cattrs")

FROM_TYPE = (
    "from hypothesis import Phase, find, settings\n"
    "quiet = settings(database=None, max_examples=20, phases=[Phase.generate])\n"
    "figure = find(st.from_type(rightsdata.Figure), lambda f: True, settings=quiet)\n"
    "dataset = find(st.from_type(rightsdata.Dataset), lambda d: True, settings=quiet)\n"
    "assert type(figure) is rightsdata.Figure and figure.citations, figure\n"
    "assert dataset.validate() == []\n"
    "print('ok')\n"
)


def _run(code: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**environ, **env},
    ).stdout


def test_the_entry_point_is_outside_the_package():
    (entry,) = [
        e
        for e in importlib.metadata.entry_points(group="hypothesis")
        if e.value.startswith(("rightsdata", "_rightsdata"))
    ]
    assert entry.module == "_rightsdata_hypothesis"
    assert callable(entry.load())


def test_importing_hypothesis_does_not_import_rightsdata():
    out = _run(
        "import sys\n"
        "import hypothesis\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
        "print('_rightsdata_hypothesis' in sys.modules)\n"
    )
    assert out.splitlines() == ["[]", "True"]  # the hook ran, and imported nothing heavy


IMPORTS = {
    "hypothesis first": "from hypothesis import strategies as st\nimport rightsdata\n",
    "rightsdata first": (
        "import sys\n"
        "import rightsdata\n"
        "assert 'hypothesis' not in sys.modules\n"
        "from hypothesis import strategies as st\n"
    ),
    # rightsdata is imported, and then hypothesis while the strategies module is imported
    "through the strategies": (
        "import rightsdata.strategies\nfrom hypothesis import strategies as st\nimport rightsdata\n"
    ),
}


@pytest.mark.parametrize("order", sorted(IMPORTS))
def test_from_type_in_either_import_order(order):
    assert _run(IMPORTS[order] + FROM_TYPE).splitlines()[-1] == "ok"


@pytest.mark.parametrize("first", ["hypothesis", "rightsdata"])
def test_no_plugins_is_honoured(first):
    second = "rightsdata" if first == "hypothesis" else "hypothesis"
    out = _run(
        f"import {first}\nimport {second}\n"
        "from hypothesis import Phase, find, settings, strategies as st\n"
        "quiet = settings(database=None, max_examples=20, phases=[Phase.generate])\n"
        "try:\n"
        "    find(st.from_type(rightsdata.Figure), lambda f: True, settings=quiet)\n"
        "except rightsdata.ValidationError:\n"
        "    print('inferred')\n",
        HYPOTHESIS_NO_PLUGINS="1",
    )
    # hypothesis' own inference from the annotations, which the constructor refuses
    assert out.splitlines()[-1] == "inferred"
