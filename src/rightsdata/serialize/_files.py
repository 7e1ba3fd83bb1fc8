"""Atomic file writing for [`rightsdata.serialize.jsonio`][rightsdata.serialize.jsonio]:
a temporary file beside the target, renamed over it, with stale temporaries of killed
writes cleaned up and every ``OSError`` worded to name the file as given (internal).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover (not POSIX)
    fcntl = None  # type: ignore[assignment]


def _new_file_mode(target: Path) -> int:
    """The mode the file would get from a plain ``open()``: the old file's, or 0666 less
    the umask (``mkstemp`` alone would make it private)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _folder(path: Path) -> str:
    return "the current folder" if os.fspath(path) in ("", ".") else f"folder {path}"


def _real(path: str | os.PathLike[str]) -> Path:
    """Where a write to ``path`` goes: through a symbolic link to the file it names (the
    link stays a link), else ``path`` itself."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def unwritable(path: str | os.PathLike[str]) -> OSError | None:
    """Why no file can be written at ``path``, as an error naming it as given, or ``None``
    when nothing is known to stop it (a folder in the way, a missing or read-only folder).

    A symbolic link is followed: what counts is the folder of the file it names."""
    name, target = os.fspath(path), _real(path)
    if target.is_dir():
        return IsADirectoryError(errno.EISDIR, "it is a folder", name)
    parent = target.parent
    if parent.is_dir():
        if not os.access(parent, os.W_OK | os.X_OK):
            return PermissionError(errno.EACCES, f"{_folder(parent)} is read-only", name)
        return None
    ancestor = parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if ancestor.exists() and not ancestor.is_dir():
        return NotADirectoryError(errno.ENOTDIR, f"{ancestor} is a file, not a folder", name)
    return FileNotFoundError(errno.ENOENT, f"{_folder(parent)} does not exist", name)


def _cannot_write(path: str | os.PathLike[str], exc: OSError) -> OSError:
    """``exc``, raised writing ``path``, as an error naming ``path`` as given (never the
    temporary file) and saying why in words."""
    found = unwritable(path)
    if found is not None:
        return found
    why = exc.strerror or str(exc)
    if exc.errno == errno.EFBIG:
        why = f"{why} (the limit on the size of a file, ulimit -f)"
    return type(exc)(exc.errno, why, os.fspath(path))


@contextlib.contextmanager
def _writing(path: str | os.PathLike[str]) -> Iterator[None]:
    """Raise the ``OSError`` of the block as ``_cannot_write`` words it."""
    try:
        yield
    except OSError as exc:
        raise _cannot_write(path, exc) from exc


def _temporary_names(target: Path) -> re.Pattern[str]:
    """The names ``atomic_write`` gives its temporary files for ``target``."""
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp")


def lock(fd: int, *, wait: bool) -> bool:
    """Lock an open temporary file for as long as it is open (or as its writer lives):
    ``False`` when another process holds it (only when not ``wait``)."""
    if fcntl is None:  # pragma: no cover (not POSIX: no locks, no clean-up)
        return not wait
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files an interrupted write of ``path`` left (a ``kill -9``,
    a power cut): the ``.NAME.XXXXXXXX.tmp`` files beside it that no living writer holds
    open. Returns the paths removed.

    Every atomic write of ``path`` does this first, so stale files never pile up; a write
    in progress in another process is left alone (its file is locked while it writes).
    Without POSIX file locks (on Windows) nothing is removed.
    """
    target = _real(path)
    folder = target.parent
    names = _temporary_names(target)
    removed: list[Path] = []
    if fcntl is None:  # pragma: no cover
        return removed
    try:
        entries = os.listdir(folder)
    except OSError:
        return removed
    for entry in entries:
        if not names.fullmatch(entry):
            continue
        stale = folder / entry
        try:
            fd = os.open(stale, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if lock(fd, wait=False):
                os.unlink(stale)
                removed.append(stale)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _create_temporary(target: Path) -> tuple[int, str]:
    """Create and lock a temporary file beside ``target``: its descriptor and path."""
    while True:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            lock(fd, wait=True)
            if os.path.samestat(os.fstat(fd), os.stat(tmp)):
                return fd, tmp
        except FileNotFoundError:
            pass
        except BaseException:  # stopped (Ctrl-C, SIGTERM) while waiting for the lock
            os.close(fd)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        # a clean-up in another process took the file for a stale one before it was locked
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so that a rename in it survives a power cut
    (best effort: some systems cannot open or sync a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def atomic_write(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> None:
    """Write to a temporary file beside ``path`` and rename it over, so a crash or a bad
    record leaves any old file whole.

    An ``OSError`` of writing names ``path``, not the temporary file, and says why
    in words ("folder nope does not exist", "it is a folder", "no space left on device");
    errors raised while producing ``chunks`` (reading another file, a bad record) pass
    unchanged. A symbolic link ``path`` is written through: the file it names is
    replaced and the link stays. Stale temporary files of ``path`` (of a killed write)
    are removed first; the folder is synced after the rename.
    """
    problem = unwritable(path)  # (a folder: found before writing it all, not at the rename)
    if problem is not None:
        raise problem
    target = _real(path)
    remove_stale_temporaries(path)
    tmp = None  # made inside the try: a signal once the file exists still removes it
    try:
        with _writing(path):
            fd, tmp = _create_temporary(target)
        try:
            with _writing(path):
                os.chmod(tmp, _new_file_mode(target))
            pending = bytearray()
            for chunk in chunks:
                pending += chunk
                if len(pending) >= _WRITE_SIZE:
                    _write_all(fd, pending, path)
                    pending.clear()
            _write_all(fd, pending, path)
            with _writing(path):
                os.fsync(fd)
                os.replace(tmp, target)  # (while locked: no clean-up takes it)
        finally:
            os.close(fd)
        _sync_folder(target.parent)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


_WRITE_SIZE = 1 << 20
"""Bytes gathered before one write to the temporary file."""


def _write_all(fd: int, data: bytearray, path: str | os.PathLike[str]) -> None:
    """Write all of ``data`` (a short write, at a size limit, is retried and then fails)."""
    view = memoryview(data)
    done = 0
    with _writing(path):
        while done < len(view):
            done += os.write(fd, view[done:])
