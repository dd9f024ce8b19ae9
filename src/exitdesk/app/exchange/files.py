"""Bundle files on disk: the neutral name of every outgoing file, reading an incoming bundle
under its size cap, and writing outgoing files atomically. The CLI and the window ask here;
they never name, cap or write exchange files themselves."""

from __future__ import annotations

import secrets
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, Limits
from exitdesk.vault.fsutil import atomic_write

BUNDLE_SUFFIX = ".exitbundle"
CARD_FILE_NAME = "contact-card.txt"


def outgoing_file_name(kind: BundleKind) -> str:
    """A default name that says nothing about whom or what a file is for, for every kind:
    ``bundle-1a2b3c4d.exitbundle`` (a withdrawal and a termination notice too), and
    ``ack-1a2b3c4d.exitbundle`` for the acknowledgement a worker sends back."""
    prefix = "ack" if kind is BundleKind.WITHDRAWAL_ACK else "bundle"
    return f"{prefix}-{secrets.token_hex(4)}{BUNDLE_SUFFIX}"


def is_bundle_file(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX


def read_bundle_file(path: Path, limits: Limits | None = None) -> bytes:
    """The bytes of an incoming bundle, refused by size before reading so a huge file never
    lands in memory. Each refusal is one plain line: missing, a folder, too large, unreadable."""
    cap = (limits or Limits()).max_file_bytes
    try:
        if not path.exists():
            raise InputError(QT_TRANSLATE_NOOP("Errors", "there is no file {name}"), name=path.name)
        if path.is_dir():
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not an ExitDesk bundle"),
                name=path.name,
            )
        if path.stat().st_size > cap:
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "{name} is too large to be an ExitDesk bundle"),
                name=path.name,
            )
        with path.open("rb") as handle:
            # One byte over the cap at most, in case the file grew since stat().
            data = handle.read(cap + 1)
    except OSError:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "cannot read {name}"), name=path.name
        ) from None
    if len(data) > cap:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is too large to be an ExitDesk bundle"),
            name=path.name,
        )
    return data


def write_outgoing_file(path: Path, data: bytes) -> Path:
    """Write an outgoing file (a bundle, an acknowledgement, a contact card) atomically and
    owner-only; a failure leaves no partial file."""
    atomic_write(path, data)
    return path


def save_acknowledgement(
    acknowledgement: bytes, *, folder: Path | None = None, path: Path | None = None
) -> Path:
    """Write the acknowledgement an imported withdrawal produced, either under a neutral name
    in ``folder`` (the CLI) or to the ``path`` the worker chose (the window); returns where."""
    if path is None:
        if folder is None:
            raise ValueError("give a folder or a path for the acknowledgement")
        path = folder / outgoing_file_name(BundleKind.WITHDRAWAL_ACK)
    return write_outgoing_file(path, acknowledgement)
