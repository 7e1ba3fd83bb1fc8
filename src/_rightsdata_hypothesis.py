"""rightsdata's hypothesis plugin hook, kept outside the rightsdata package.

Hypothesis imports the module of every ``hypothesis`` entry point when it is itself imported.
A module inside ``rightsdata`` would import the whole package (``rightsdata/__init__`` imports
the dataset, the serializers and cattrs) whenever hypothesis is imported, used or not; this
module imports nothing, as hypothesis' own pytest plugin (``_hypothesis_pytestplugin``) does.

If rightsdata is already imported, the hook registers its strategies with hypothesis now;
otherwise rightsdata registers them itself when it is imported after hypothesis.
"""

from __future__ import annotations

import sys

__all__ = ["_hypothesis_setup_hook"]


def _hypothesis_setup_hook() -> None:
    """Register rightsdata's strategies if rightsdata is imported; else leave it to rightsdata."""
    rightsdata = sys.modules.get("rightsdata")
    # ``__all__`` is set at the end of rightsdata/__init__: a package still being imported
    # registers the strategies itself when it gets there, hypothesis being in sys.modules.
    if rightsdata is not None and hasattr(rightsdata, "__all__"):
        from rightsdata._hypothesis_plugin import register_strategies

        register_strategies()
