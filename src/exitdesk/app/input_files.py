"""Reading a file a person named (a bundle, a card, a passphrase file) with a size cap, and
saying in words why it cannot be read: missing, a folder, not allowed, or too large."""

from __future__ import annotations

import errno
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

_MISSING = QT_TRANSLATE_NOOP("Errors", "cannot read {name}: there is no such file")
_FOLDER = QT_TRANSLATE_NOOP("Errors", "cannot read {name}: it is a folder, not a file")
_DENIED = QT_TRANSLATE_NOOP("Errors", "cannot read {name}: permission denied")
_OTHER = QT_TRANSLATE_NOOP("Errors", "cannot read {name}: {reason}")


def unreadable(path: Path, exc: OSError | None = None) -> InputError:
    """The plain reason ``path`` cannot be read (only its name is shown, never its folder)."""
    name = path.name or str(path)
    if path.is_dir():
        return InputError(_FOLDER, name=name)
    code = exc.errno if exc is not None else None
    if code == errno.ENOENT or (exc is None and not path.exists()):
        return InputError(_MISSING, name=name)
    if code in (errno.EACCES, errno.EPERM):
        return InputError(_DENIED, name=name)
    if code == errno.EISDIR:
        return InputError(_FOLDER, name=name)
    reason = errno.errorcode.get(code or 0, "error") if exc is not None else "error"
    return InputError(_OTHER, name=name, reason=reason)


def file_size(path: Path) -> int:
    try:
        if path.is_dir():
            raise unreadable(path)
        return path.stat().st_size
    except OSError as exc:
        raise unreadable(path, exc) from None


def read_capped(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path``, or ``None`` when it holds more than ``limit`` bytes (checked
    before reading, so a huge file never lands in memory)."""
    if file_size(path) > limit:
        return None
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise unreadable(path, exc) from None
    return None if len(data) > limit else data
