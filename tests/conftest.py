"""Shared test setup: the hypothesis settings profiles.

``dev`` (the default) is quick; ``ci`` is thorough and prints the blob to reproduce a
failure. Pick one with the ``HYPOTHESIS_PROFILE`` environment variable.
"""

import os

from hypothesis import settings

settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile("ci", max_examples=150, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
