"""Any error a CLI user can hit, as one plain line: nothing personal, no traceback."""

from __future__ import annotations

import errno
from pathlib import Path

from pydantic import ValidationError

from exitdesk.cli.text import message, tr_error
from exitdesk.domain.messages import QT_TRANSLATE_NOOP, UserMessage
from exitdesk.domain.validation import plain_validation_error


def describe_error(exc: BaseException) -> str:
    """One plain line for any error a user can hit, in the reader's language; nothing
    personal, no traceback."""
    if isinstance(exc, UserMessage):  # the core's own errors: app, domain, vault, exchange
        return message(exc)
    if isinstance(exc, ValidationError):
        return message(plain_validation_error(exc))
    if isinstance(exc, OSError):
        name = Path(str(exc.filename)).name if exc.filename else None
        if exc.errno == errno.ENOSPC:
            return tr_error(QT_TRANSLATE_NOOP("Errors", "the disk is full; nothing was written"))
        if exc.errno in (errno.EACCES, errno.EPERM):
            if name:
                return tr_error(
                    QT_TRANSLATE_NOOP("Errors", "permission denied for {name}"), name=name
                )
            return tr_error(
                QT_TRANSLATE_NOOP("Errors", "permission denied for a file or folder ExitDesk needs")
            )
        if exc.errno == errno.ENOENT:
            if name:
                return tr_error(
                    QT_TRANSLATE_NOOP("Errors", "{name} or the folder it is in does not exist"),
                    name=name,
                )
            return tr_error(QT_TRANSLATE_NOOP("Errors", "a file or folder does not exist"))
        if exc.errno == errno.EROFS:
            return tr_error(
                QT_TRANSLATE_NOOP("Errors", "the disk or medium is read-only; nothing was written")
            )
        if exc.errno == errno.EISDIR:
            return tr_error(
                QT_TRANSLATE_NOOP("Errors", "a folder was given where a file is needed")
            )
        if exc.errno == errno.ENOTDIR:
            return tr_error(
                QT_TRANSLATE_NOOP("Errors", "a file was given where a folder is needed")
            )
        return tr_error(
            QT_TRANSLATE_NOOP("Errors", "the operating system refused a file operation ({code})"),
            code=errno.errorcode.get(exc.errno or 0, "error"),
        )
    if isinstance(exc, KeyboardInterrupt):
        return tr_error(QT_TRANSLATE_NOOP("Errors", "cancelled"))
    return tr_error(
        QT_TRANSLATE_NOOP(
            "Errors",
            "an unexpected problem stopped ExitDesk ({kind}); nothing was changed",
        ),
        kind=type(exc).__name__,
    )
