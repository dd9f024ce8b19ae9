"""Operating-system and SQLite faults (full disk, read-only medium or folder, a folder given as a
file) turned into one plain ``VaultError``, so no caller shows an error code or "damaged"."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import DiskFullError, NotAFileError, ReadOnlyError, VaultError

DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "the disk is full; nothing was changed — free some space and try again"
)
READ_ONLY_MEDIUM = QT_TRANSLATE_NOOP(
    "Errors", "the disk or medium is read-only; nothing was changed"
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "Errors",
    "ExitDesk may not write to the vault folder or its files (read-only); nothing was changed",
)
NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "a folder was given where a file is needed")

_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _read_only_medium(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False


def _no_space(path: Path) -> bool:
    try:
        return os.statvfs(path).f_bavail == 0
    except (OSError, AttributeError):
        return False


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def plain_fault(exc: BaseException, where: Path | None = None) -> VaultError | None:
    """The plain error for ``exc`` when it is a file-system fault, else ``None``. ``where`` is
    the folder written to: SQLite reports some faults without an errno, and the folder tells."""
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL_ERRNOS:
            return DiskFullError(DISK_FULL)
        if exc.errno == errno.EROFS:
            return ReadOnlyError(READ_ONLY_MEDIUM)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return ReadOnlyError(READ_ONLY_FOLDER)
        if exc.errno == errno.EISDIR:
            return NotAFileError(NOT_A_FILE)
        return None
    if not isinstance(exc, sqlcipher3.Error):
        return None
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == _SQLITE_FULL:
        return DiskFullError(DISK_FULL)
    if code not in (_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN) or where is None:
        return None
    folder = _nearest_existing(where)
    if _read_only_medium(folder):
        return ReadOnlyError(READ_ONLY_MEDIUM)
    if _no_space(folder):
        return DiskFullError(DISK_FULL)
    if code == _SQLITE_READONLY or not os.access(folder, os.W_OK):
        return ReadOnlyError(READ_ONLY_FOLDER)
    return None


@contextlib.contextmanager
def told_plainly(where: Path | None = None) -> Iterator[None]:
    """Re-raise file-system faults inside the block as their plain ``VaultError``."""
    try:
        yield
    except (OSError, sqlcipher3.Error) as exc:
        plain = plain_fault(exc, where)
        if plain is None or plain is exc:
            raise
        raise plain from None


def require_writable(directory: Path, files: tuple[Path, ...]) -> None:
    """Refuse before SQLite opens anything: on a read-only file it would open read-only and
    leave its -wal/-shm side files read-only too, breaking every later write."""
    if _read_only_medium(directory):
        raise ReadOnlyError(READ_ONLY_MEDIUM)
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ReadOnlyError(READ_ONLY_FOLDER)
    for path in files:
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            raise ReadOnlyError(READ_ONLY_FOLDER)
