"""Owner-only, crash-safe file writing for the vault directory: atomic replace with fsync, and
a full disk reported plainly with nothing half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import DiskFullError

DIR_MODE = 0o700
FILE_MODE = 0o600
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DISK_FULL_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "the disk is full; nothing was changed — free some space and try again"
)


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS


def make_private_dir(path: Path) -> bool:
    """Create ``path`` (and missing parents) owner-only; tighten it if it exists. Returns whether
    the folder was created. Modes are set on each folder made, not through the umask: the umask
    is process-wide and would race with the GUI thread."""
    created = not path.exists()
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=DIR_MODE)
        if sys.platform != "win32":
            os.chmod(folder, DIR_MODE)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder")
    if sys.platform != "win32":
        os.chmod(path, DIR_MODE)
    return created


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file if it does not exist; an existing file is left as is."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    try:
        if sys.platform != "win32":
            os.fchmod(fd, FILE_MODE)  # the umask may have taken bits away
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable. Windows cannot open folders for fsync; NTFS journals
    the rename itself. A full disk raises ``DiskFullError``."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(_DISK_FULL_MESSAGE) from None
        raise
    finally:
        os.close(fd)


def atomic_write(
    path: Path, data: bytes, *, keep_previous: Path | None = None, sync_folder: bool = True
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file,
    never a mix. With ``keep_previous`` the old content is first saved there the same way.
    A full disk raises ``DiskFullError`` and leaves both files as they were. With
    ``sync_folder=False`` the caller fsyncs the folder itself (once for many files) before it
    relies on the rename."""
    if keep_previous is not None and path.exists():
        atomic_write(keep_previous, path.read_bytes())
    atomic_write_with(path, lambda out: out.write(data), sync_folder=sync_folder)


def atomic_write_with(
    path: Path, produce: Callable[[BinaryIO], object], *, sync_folder: bool = True
) -> None:
    """Like :func:`atomic_write`, for content written in pieces by ``produce`` (large files)."""
    directory = path.parent
    try:
        # mkstemp creates the file 0o600 whatever the umask.
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(_DISK_FULL_MESSAGE) from None
        raise
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            produce(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if is_disk_full(exc):
            raise DiskFullError(_DISK_FULL_MESSAGE) from None
        raise
    if not sync_folder:
        return
    # The new file is in place and visible: calling the write failed now would be untrue (a new
    # passphrase in force, told as failed, locks the worker out).
    with contextlib.suppress(OSError, DiskFullError):
        fsync_dir(directory)
