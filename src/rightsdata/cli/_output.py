"""What goes to standard output, and what the ``rightsdata`` group needs to start: the
output formats, and a standard output that loses no write.

Kept apart from ``_render`` (tables, JSON, progress bars) so that ``rightsdata --help``
does not import what the commands use to print their results.
"""

from __future__ import annotations

import codecs
import enum
import errno
import io
import os
import sys

import click


class OutputFormat(enum.Enum):
    """How ``report``, ``disagreements`` and ``timeline`` print their results."""

    TABLE = "table"
    """Tables: coloured on a terminal, plain text otherwise."""
    MARKDOWN = "markdown"
    """Markdown headings and pipe tables, to paste into a document."""
    JSON = "json"
    """One JSON document; records as the converter writes them."""


_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=OutputFormat.TABLE.value,
    show_default=True,
    help="Tables (plain text when not on a terminal), Markdown, or JSON.",
)
"""The ``--format`` option of ``report``, ``disagreements`` and ``timeline``."""


# -- standard output ------------------------------------------------------------------


class _OutputError(OSError):
    """Standard output did not take all the output: a size limit, a full disk, closed."""


_SHOWN = "rightsdata.shown"


def _show_undecodable(exc: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a byte of a name that was not UTF-8 (held as a lone
    surrogate, as Python reads such names) as ``\\xNN``, another lone surrogate as
    ``\\uNNNN``; the text stays readable and is valid UTF-8."""
    if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover (encoding only)
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        cp = ord(ch)
        out.append(f"\\x{cp - 0xDC00:02x}" if 0xDC80 <= cp <= 0xDCFF else f"\\u{cp:04x}")
    return "".join(out), exc.end


codecs.register_error(_SHOWN, _show_undecodable)


def _printable(text: str) -> str:
    """``text`` as it is shown: undecodable bytes of a file name as ``\\xNN``."""
    return text.encode("utf-8", _SHOWN).decode("utf-8")


class _Stdout(io.RawIOBase):
    """Standard output that never loses a write silently: a short write is retried, and
    one that fails raises ``_OutputError`` (a broken pipe stays a
    ``BrokenPipeError``: the reader went away)."""

    def __init__(self, fd: int, *, closed: bool) -> None:
        super().__init__()
        self._fd = fd
        self._was_closed = closed
        self.failed = False
        """Whether a write failed: later writes are dropped, and the command fails."""

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return not self._was_closed and os.isatty(self._fd)

    def write(self, data: object) -> int:
        view = memoryview(data).cast("B")  # type: ignore[arg-type]
        if self.failed:  # reported once already
            return len(view)
        if self._was_closed:
            self.failed = True
            raise _OutputError(errno.EBADF, "it is closed")
        done = 0
        while done < len(view):
            try:
                done += os.write(self._fd, view[done:])
            except BrokenPipeError:
                raise
            except InterruptedError:  # pragma: no cover
                continue
            except OSError as exc:
                self.failed = True
                raise _OutputError(exc.errno, exc.strerror or str(exc)) from None
        return done


def _guard_stdout() -> _Stdout | None:
    """Put ``_Stdout`` under ``sys.stdout``; a closed standard output (``>&-``) gets
    a stand-in that refuses every write, and its descriptor is held on ``/dev/null`` so
    that no file the command opens takes its place."""
    stream = sys.stdout
    closed = stream is None
    if closed:
        fd = os.open(os.devnull, os.O_WRONLY)
        encoding = "utf-8"
    else:
        try:
            stream.flush()
            fd, encoding = stream.fileno(), stream.encoding
        except (OSError, ValueError, AttributeError):  # not a real file: leave it
            return None
    raw = _Stdout(fd, closed=closed)
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(raw),
        encoding=encoding,
        errors=_SHOWN,
        line_buffering=raw.isatty(),
    )
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors=_SHOWN)
    return raw


def _quiet_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
