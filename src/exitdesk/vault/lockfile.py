"""An OS-level exclusive lock on ``vault.lock``, held while a vault is unlocked, so a second
window or process gets a clear "in use" message instead of two writers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import VaultInUseError
from exitdesk.vault.faults import plain_fault
from exitdesk.vault.fsutil import create_private_file

LOCK_FILE_NAME = "vault.lock"
IN_USE_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "this vault is open in another ExitDesk window or process"
)


class VaultLock:
    """Held from :meth:`acquire` until :meth:`release`. The OS drops the lock when the process
    dies, so a crash never leaves a vault stuck "in use"."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            create_private_file(self._path)
            fd = os.open(self._path, os.O_RDWR)
        except OSError as exc:
            plain = plain_fault(exc)
            if plain is None:
                raise
            raise plain from None
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultInUseError(IN_USE_MESSAGE) from exc
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        # A one-byte region lock; locking past the end of an empty file is allowed on Windows.
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock locks belong to the open file description, so two Vault objects in one process
        # exclude each other too, not only two processes.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
