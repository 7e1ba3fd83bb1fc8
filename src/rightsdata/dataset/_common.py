"""Small helpers shared by the modules of [`rightsdata.dataset`][rightsdata.Dataset] (private)."""

from __future__ import annotations

__all__ = ["with_article"]


def with_article(noun: str) -> str:
    """``noun`` after "a" or "an" ("an actor", "a facility"), for messages."""
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"
