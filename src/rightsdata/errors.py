"""The exceptions rightsdata raises.

Every error the library raises on purpose derives from
[`RightsdataError`][rightsdata.RightsdataError], so a caller can catch the library's complaints
without catching its own bugs. The parsers and loaders promise to raise nothing else on bad input.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "DateParseError",
    "FieldProblem",
    "QuantityParseError",
    "RightsdataError",
    "ValidationError",
]


class RightsdataError(Exception):
    """The base class of every error rightsdata raises on purpose."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class FieldProblem:
    """One thing wrong with one field of one value.

    ``path`` is the field path inside the value (``quantity.low``,
    ``citations[0].source``; empty for the value as a whole) and ``message`` says what
    is wrong and, where it helps, what was found.
    """

    path: str
    """Dotted field path, with ``[i]`` for list items; ``""`` for the whole value."""
    message: str
    """What is wrong, in words."""

    def under(self, prefix: str) -> FieldProblem:
        """Return this problem with ``prefix`` put in front of its path."""
        if not prefix:
            return self
        if not self.path:
            return FieldProblem(path=prefix, message=self.message)
        sep = "" if self.path.startswith("[") else "."
        return FieldProblem(path=f"{prefix}{sep}{self.path}", message=self.message)


class ValidationError(RightsdataError, ValueError):
    """A value, record or file does not meet the rules.

    Carries every problem found (not only the first) as ``problems``, and where the
    value came from as ``file`` and ``line`` (1-based, JSON Lines) when known.
    ``str(error)`` gives one line per problem in the form
    ``events.jsonl:3: quantity.low: expected an integer, got "many"``.
    """

    problems: tuple[FieldProblem, ...]
    file: str | None
    line: int | None

    def __init__(
        self,
        problems: Iterable[FieldProblem],
        *,
        file: str | None = None,
        line: int | None = None,
    ) -> None:
        self.problems = tuple(problems)
        self.file = file
        self.line = line
        super().__init__(self._render())

    @classmethod
    def single(cls, path: str, message: str) -> ValidationError:
        """Build an error with one problem at ``path``."""
        return cls([FieldProblem(path=path, message=message)])

    def located(self, *, file: str | None = None, line: int | None = None) -> ValidationError:
        """Return a copy that names the file and line the value came from."""
        return ValidationError(
            self.problems,
            file=file if file is not None else self.file,
            line=line if line is not None else self.line,
        )

    def under(self, prefix: str) -> ValidationError:
        """Return a copy whose problem paths all start with ``prefix``."""
        return ValidationError(
            (p.under(prefix) for p in self.problems), file=self.file, line=self.line
        )

    def _render(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file + (f":{self.line}" if self.line is not None else "") + ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        lines = []
        for p in self.problems:
            lines.append(f"{where}{p.path}: {p.message}" if p.path else f"{where}{p.message}")
        return "\n".join(lines) if lines else f"{where}invalid value"


class DateParseError(RightsdataError, ValueError):
    """A date phrase or EDTF string could not be read.

    The message quotes the text and says what was expected.
    """


class QuantityParseError(RightsdataError, ValueError):
    """A number phrase could not be read as a [`Quantity`][rightsdata.Quantity]."""
