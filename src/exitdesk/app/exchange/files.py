"""Bundle files on disk: the neutral name of every outgoing file, reading an incoming bundle
under its size cap, and writing outgoing files atomically. The CLI and the window ask here;
they never name, cap or write exchange files themselves."""

from __future__ import annotations

import secrets
from pathlib import Path

from exitdesk.app.errors import InputError
from exitdesk.app.input_files import read_capped
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, Limits
from exitdesk.vault.fsutil import atomic_write, fsync_dir

BUNDLE_SUFFIX = ".exitbundle"
CARD_FILE_NAME = "contact-card.txt"


def outgoing_file_name(kind: BundleKind) -> str:
    """A default name that says nothing about whom or what a file is for, for every kind:
    ``bundle-1a2b3c4d.exitbundle`` (a withdrawal and a termination notice too), and
    ``ack-1a2b3c4d.exitbundle`` for an acknowledgement (of a withdrawal or a hand-over) a worker
    sends back."""
    prefix = "ack" if kind in (BundleKind.WITHDRAWAL_ACK, BundleKind.HANDOVER_ACK) else "bundle"
    return f"{prefix}-{secrets.token_hex(4)}{BUNDLE_SUFFIX}"


def new_outgoing_path(folder: Path, kind: BundleKind) -> Path:
    """A neutral name in ``folder`` that no file there has yet: many files written into one
    folder (a caseload, an outbox) must not replace one another (8 hex digits: a thousand
    files would collide about once in ten thousand caseloads)."""
    while True:
        path = folder / outgoing_file_name(kind)
        if not path.exists():
            return path


def is_bundle_file(path: Path) -> bool:
    return path.suffix.lower() == BUNDLE_SUFFIX


def read_bundle_file(path: Path, limits: Limits | None = None) -> bytes:
    """The bytes of an incoming bundle, refused by size before reading so a huge file never
    lands in memory. Each refusal is one plain line: missing, a folder, not allowed, too
    large."""
    data = read_capped(path, (limits or Limits()).max_file_bytes)
    if data is None:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is too large to be an ExitDesk bundle"),
            name=path.name,
        )
    return data


def write_outgoing_file(path: Path, data: bytes, *, sync_folder: bool = True) -> Path:
    """Write an outgoing file (a bundle, an acknowledgement, a contact card) atomically and
    owner-only; a failure leaves no partial file. ``sync_folder=False``: the caller writes
    many files into one folder and calls ``sync_folder`` once after the last."""
    atomic_write(path, data, sync_folder=sync_folder)
    return path


def sync_folder(folder: Path) -> None:
    """Make the files just written into ``folder`` durable there (one fsync of the folder)."""
    fsync_dir(folder)


def save_acknowledgement(
    acknowledgement: bytes, *, folder: Path | None = None, path: Path | None = None
) -> Path:
    """Write the acknowledgement an imported withdrawal produced, either under a neutral name
    in ``folder`` (the CLI) or to the ``path`` the worker chose (the window); returns where."""
    if path is None:
        if folder is None:
            raise ValueError("give a folder or a path for the acknowledgement")
        path = new_outgoing_path(folder, BundleKind.WITHDRAWAL_ACK)
    return write_outgoing_file(path, acknowledgement)
