"""Any error a CLI user can hit, as one plain line: nothing personal, no traceback."""

from __future__ import annotations

import errno
from pathlib import Path

from pydantic import ValidationError

from exitdesk.app.errors import AppError
from exitdesk.domain.errors import DomainError
from exitdesk.domain.validation import plain_validation_error
from exitdesk.exchange.errors import ExchangeError
from exitdesk.vault.errors import VaultError


def describe_error(exc: BaseException) -> str:
    """One plain line for any error a user can hit; nothing personal, no traceback."""
    if isinstance(exc, AppError | DomainError | VaultError | ExchangeError):
        return str(exc)
    if isinstance(exc, ValidationError):
        return str(plain_validation_error(exc))
    if isinstance(exc, OSError):
        name = Path(str(exc.filename)).name if exc.filename else None
        if exc.errno == errno.ENOSPC:
            return "the disk is full; nothing was written"
        if exc.errno in (errno.EACCES, errno.EPERM):
            if name:
                return f"permission denied for {name}"
            return "permission denied for a file or folder ExitDesk needs"
        if exc.errno == errno.ENOENT:
            if name:
                return f"{name} or the folder it is in does not exist"
            return "a file or folder does not exist"
        code = errno.errorcode.get(exc.errno or 0, "error")
        return f"the operating system refused a file operation ({code})"
    if isinstance(exc, KeyboardInterrupt):
        return "cancelled"
    return f"an unexpected problem stopped ExitDesk ({type(exc).__name__}); nothing was changed"
