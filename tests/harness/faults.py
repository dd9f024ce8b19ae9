"""A failing device for the Python-side writers (KeePassXC's FailDevice): every ``write``,
``fsync`` and ``replace`` made through ``vault/fsutil`` is counted, and the one at a chosen index
fails with an ``OSError`` (ENOSPC by default), so a test can fail each of them in turn."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from exitdesk.vault import fsutil


class FailDevice:
    def __init__(self, fail_at: int | None, error: int = errno.ENOSPC) -> None:
        self.fail_at = fail_at
        self.error = error
        self.calls = 0
        self.failed: str | None = None
        self.failed_path: Path | None = None  # the file written when the fault came, if known

    def _tick(self, what: str, path: Path | None) -> None:
        index = self.calls
        self.calls += 1
        if index == self.fail_at:
            self.failed = what
            self.failed_path = path
            raise OSError(self.error, os.strerror(self.error))

    def failed_under(self, folder: Path) -> bool:
        return self.failed_path is not None and folder.resolve() in self.failed_path.parents


def _fd_path(fd: int) -> Path | None:
    # Linux names an open descriptor's file under /proc; elsewhere the path stays unknown.
    try:
        return Path(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return None


class _CountingFile:
    def __init__(self, inner: Any, device: FailDevice, path: Path | None) -> None:
        self._inner = inner
        self._device = device
        self._path = path

    def write(self, data: bytes) -> int:
        self._device._tick("write", self._path)
        return int(self._inner.write(data))

    def __enter__(self) -> _CountingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextmanager
def failing_device(monkeypatch: pytest.MonkeyPatch, fail_at: int | None) -> Iterator[FailDevice]:
    device = FailDevice(fail_at)
    real_fsync, real_replace, real_fdopen = os.fsync, os.replace, os.fdopen

    def fsync(fd: int) -> None:
        device._tick("fsync", _fd_path(fd))
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        device._tick("replace", Path(dst).resolve())
        real_replace(src, dst)

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _CountingFile(real_fdopen(fd, *args, **kwargs), device, _fd_path(fd))

    with monkeypatch.context() as patch:
        patch.setattr(fsutil.os, "fsync", fsync)
        patch.setattr(fsutil.os, "replace", replace)
        patch.setattr(fsutil.os, "fdopen", fdopen)
        yield device
