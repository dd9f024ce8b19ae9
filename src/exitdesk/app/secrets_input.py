"""Getting passphrases and recovery codes from the environment, a file or a no-echo prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

PASSPHRASE_ENV = "EXITDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EXITDESK_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "EXITDESK_RECOVERY_CODE"
MAX_PASSPHRASE_FILE = 4096


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "no {label} given and no terminal to ask in"),
            label=label,
        )
    try:
        return getpass.getpass(f"{label.capitalize()}: ")
    except (EOFError, KeyboardInterrupt):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "cancelled")) from None


def read_passphrase(passphrase_file: Path | None) -> str:
    """The passphrase of an existing vault: env var, then ``--passphrase-file``, then a prompt."""
    if passphrase_file is not None:
        try:
            raw = passphrase_file.read_bytes()[: MAX_PASSPHRASE_FILE + 1]
        except OSError:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "the passphrase file cannot be read")
            ) from None
        if len(raw) > MAX_PASSPHRASE_FILE:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the passphrase file is too large to be a passphrase file"
                )
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "the passphrase file is not UTF-8 text")
            ) from None
        # One trailing newline is what editors add; anything else is part of the passphrase.
        return text.removesuffix("\n").removesuffix("\r")
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    return _prompt("passphrase")


def read_new_passphrase(env: str = NEW_PASSPHRASE_ENV) -> str:
    """A passphrase being set: from ``env`` or typed twice at a prompt."""
    value = os.environ.get(env)
    if value is not None:
        return value
    first = _prompt("new passphrase")
    second = _prompt("new passphrase again")
    if first != second:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "the two passphrases differ"))
    return first


def read_recovery_code() -> str:
    value = os.environ.get(RECOVERY_CODE_ENV)
    if value is not None:
        return value
    return _prompt("recovery code")
