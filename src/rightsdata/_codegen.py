"""Compiling the functions rightsdata writes at run time (private).

The constructors' field checks (``_typed``), the loader's scalar hooks and fast path
(``serialize``) and the reference walkers (``records.references``) are generated Python.
Each goes through [`compile_function`][rightsdata._codegen.compile_function], which
registers its source with ``linecache``, as attrs and cattrs do, so that tracebacks,
debuggers and profilers show the generated lines.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from typing import Any

__all__ = ["compile_function"]


def compile_function(source: str, label: str, env: dict[str, Any]) -> Callable[..., Any]:
    """The function that ``source`` (one ``def``) defines, with ``env`` as its globals.

    Its file name is ``<rightsdata LABEL>``, or ``<rightsdata LABEL-2>`` and so on when
    that name already holds other source.

    ```pycon
    >>> import linecache
    >>> f = compile_function("def double(x):\\n    return 2 * x\\n", "doctest double", {})
    >>> f(21), linecache.getline(f.__code__.co_filename, 2).strip()
    (42, 'return 2 * x')

    ```
    """
    base, count = f"<rightsdata {label}", 1
    filename = f"{base}>"
    while True:
        entry = (len(source), None, source.splitlines(True), filename)
        if linecache.cache.setdefault(filename, entry) == entry:
            break
        count += 1
        filename = f"{base}-{count}>"
    namespace: dict[str, Any] = {}
    exec(compile(source, filename, "exec"), env, namespace)
    function: Callable[..., Any]
    (function,) = namespace.values()  # the one function the source defines
    return function
