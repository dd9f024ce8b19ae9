"""Getting passphrases and recovery codes from a file, the environment or a no-echo prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.input_files import read_capped
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

PASSPHRASE_ENV = "EXITDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EXITDESK_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "EXITDESK_RECOVERY_CODE"
IDENTITY_PASSPHRASE_ENV = "EXITDESK_IDENTITY_PASSPHRASE"
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
        # getpass ends its line only after a typed Enter: without this, whatever is printed
        # next would land on the prompt's line.
        sys.stderr.write("\n")
        sys.stderr.flush()
        raise InputError(QT_TRANSLATE_NOOP("Errors", "cancelled")) from None


def read_secret_file(path: Path) -> str:
    """A passphrase or recovery code from a file: UTF-8, at most 4 KiB, one trailing newline
    (what editors add) dropped; anything else is part of the secret."""
    raw = read_capped(path, MAX_PASSPHRASE_FILE)
    if raw is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is too large to hold a passphrase or code"),
            name=path.name,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not UTF-8 text"), name=path.name
        ) from None
    return text.removesuffix("\n").removesuffix("\r")


def read_passphrase(passphrase_file: Path | None) -> str:
    """The passphrase of an existing vault: ``--passphrase-file``, then the env var, then a
    prompt."""
    if passphrase_file is not None:
        return read_secret_file(passphrase_file)
    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    return _prompt("passphrase")


def read_new_passphrase(
    env: str = NEW_PASSPHRASE_ENV,
    passphrase_file: Path | None = None,
    label: str = "new passphrase",
) -> str:
    """A passphrase being set: from ``passphrase_file``, from ``env`` or typed twice."""
    if passphrase_file is not None:
        return read_secret_file(passphrase_file)
    value = os.environ.get(env)
    if value is not None:
        return value
    first = _prompt(label)
    second = _prompt(f"{label} again")
    if first != second:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "the two passphrases differ"))
    return first


def read_recovery_code(code_file: Path | None = None) -> str:
    if code_file is not None:
        return read_secret_file(code_file)
    value = os.environ.get(RECOVERY_CODE_ENV)
    if value is not None:
        return value
    return _prompt("recovery code")
