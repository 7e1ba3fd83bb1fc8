"""Guards on where things live: public names kept, layers respected, modules kept small.

CONTRIBUTING.md ("Where things live") explains the layers these tests enforce.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "rightsdata"
SNAPSHOT = Path(__file__).parent / "data" / "public_api.json"

# Each part of the package (a top-level module or subpackage) and its layer: a part may
# import parts of its own layer or lower ones, never higher, and the import graph between
# parts has no cycle. Imports inside functions count as much as those at the top.
LAYERS: dict[str, int] = {
    "errors": 0,
    "_codegen": 1,
    "_typed": 1,
    "_rules": 2,
    "numbers": 1,
    "vocab": 1,
    "dates": 2,
    "quantity": 2,
    "text": 2,
    "records": 3,
    "vocabulary": 4,
    "serialize": 4,
    "dataset": 5,
    "citations": 5,
    "names": 6,
    "disagree": 6,
    "lint": 6,
    "validation": 6,
    "strategies": 6,
    "examples": 6,
    "_hypothesis_plugin": 7,
    "cli": 8,
    "__main__": 9,
    "__init__": 9,
}

# Private top-level modules that are part of a public one.
PART_OF = {"_quantity_parse": "quantity", "_quantity_terms": "quantity", "_scan": "validation"}

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
LONG_REASON = "Long because"  # how a longer function's docstring says why


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def _part(module: str) -> str:
    """The top-level part of ``rightsdata`` a module belongs to."""
    rest = module.split(".")[1:]
    part = rest[0] if rest else "__init__"
    return PART_OF.get(part, part)


def _imports(module: str, path: Path) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """Each (line, imported rightsdata module, names taken from it) in a module."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("rightsdata"):
                    yield node.lineno, alias.name, ()
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if not target.startswith("rightsdata"):
                continue
            names = tuple(a.name for a in node.names)
            where = SRC.parent.joinpath(*target.split("."))
            submodules = [n for n in names if (where / n).is_dir() or (where / f"{n}.py").exists()]
            for n in submodules:  # from rightsdata import examples
                yield node.lineno, f"{target}.{n}", ()
            if len(submodules) < len(names):
                yield node.lineno, target, tuple(n for n in names if n not in submodules)


def test_public_names_and_import_paths_are_kept() -> None:
    # tests/data/public_api.json is every public module's __all__ before the modules
    # were split; each old path still imports and still offers each old name
    snapshot: dict[str, list[str]] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    for module, names in snapshot.items():
        mod = importlib.import_module(module)
        missing = [n for n in names if not hasattr(mod, n)]
        assert not missing, f"{module} no longer offers {missing}"
        assert set(names) <= set(mod.__all__), f"{module}.__all__ lost names"


def test_every_public_module_lists_existing_names() -> None:
    for module, path in _modules():
        if any(p.startswith("_") for p in module.split(".")[1:]) or path.name == "__main__.py":
            continue
        mod = importlib.import_module(module)
        assert hasattr(mod, "__all__"), f"{module} has no __all__"
        assert all(hasattr(mod, n) for n in mod.__all__), module


def test_every_part_has_a_layer() -> None:
    assert {_part(m) for m, _ in _modules()} <= set(LAYERS)


def test_layers_are_respected_and_parts_do_not_import_each_other_both_ways() -> None:
    edges: dict[str, set[str]] = {}
    wrong = []
    for module, path in _modules():
        for line, target, _ in _imports(module, path):
            a, b = _part(module), _part(target)
            if a == b:
                continue
            edges.setdefault(a, set()).add(b)
            if LAYERS[b] > LAYERS[a]:
                wrong.append(f"{path.name}:{line} {module} imports {target} (a higher layer)")
    assert not wrong, "\n".join(wrong)
    # no cycle between parts (within a layer, peers may import each other one way)
    done: set[str] = set()

    def visit(node: str, stack: tuple[str, ...]) -> None:
        if node in stack:
            pytest.fail("import cycle: " + " -> ".join((*stack, node)))
        if node in done:
            return
        for nxt in sorted(edges.get(node, ())):
            visit(nxt, (*stack, node))
        done.add(node)

    for part in sorted(edges):
        visit(part, ())


def test_no_module_takes_another_modules_private_names() -> None:
    # except a package's own private submodules (rightsdata.dates._units) from inside it
    wrong = []
    for module, path in _modules():
        for line, target, names in _imports(module, path):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            home = target.rsplit(".", 1)[-1]
            own = _part(module) == _part(target) and (home.startswith("_") or home in PART_OF)
            if private and not own:
                wrong.append(f"{module}:{line} takes {private} from {target}")
    assert not wrong, "\n".join(wrong)


def test_modules_are_small() -> None:
    big = {
        str(path.relative_to(SRC)): n
        for _, path in _modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not big, f"over {MAX_MODULE_LINES} lines: {big}"


def test_long_functions_say_why() -> None:
    long = []
    for _, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    size -= (first.end_lineno or first.lineno) - first.lineno + 1  # docstring
                if size > MAX_FUNCTION_LINES and LONG_REASON not in (ast.get_docstring(node) or ""):
                    long.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} ({size})")
    assert not long, "\n".join(long)


def test_light_imports_stay_light() -> None:
    # the package imports a name when first asked for it, so the date parser and the
    # records do not pull in cattrs (serialization) or rapidfuzz (names)
    code = (
        "import sys, rightsdata.dates, rightsdata.records, rightsdata.quantity\n"
        "heavy = {'cattrs', 'rapidfuzz', 'rightsdata.disagree', 'rightsdata.dataset'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_version_is_the_package_metadatas() -> None:
    import rightsdata

    assert rightsdata.__version__ == importlib.metadata.version("rightsdata")
    assert "__version__" in dir(rightsdata)


def test_every_public_class_names_a_public_module_as_its_home() -> None:
    # pickles and docs name a class by its __module__: a private one would make the
    # private module a path users depend on without knowing it
    private = []
    for module, path in _modules():
        if any(p.startswith("_") for p in module.split(".")[1:]) or path.name == "__main__.py":
            continue
        mod = importlib.import_module(module)
        for name in mod.__all__:
            value = getattr(mod, name)
            if isinstance(value, type) and value.__module__.startswith("rightsdata"):
                home = value.__module__.split(".")
                if any(p.startswith("_") for p in home[1:]):
                    private.append(f"{module}.{name} ({value.__module__})")
    assert private == []


def test_results_and_enums_from_private_modules_pickle_by_their_public_path() -> None:
    import pickle

    from rightsdata import (
        DisagreementKind,
        Qualifier,
        date_disagreements,
        disagreements,
        near_misses,
    )
    from rightsdata.disagree import source_families
    from rightsdata.examples import iran_prisons

    ds = iran_prisons()
    found = disagreements(ds)
    results = (
        found,
        date_disagreements(ds),
        near_misses(ds),
        source_families(ds, [s.id for s in ds.sources()]),
    )
    assert found
    assert results[-1]
    for value in (DisagreementKind.CONFLICT, Qualifier.AT_LEAST, found[0].estimate(ds), *results):
        data = pickle.dumps(value)
        assert b"rightsdata.disagree._" not in data
        assert b"_quantity_terms" not in data
        assert pickle.loads(data) == value
