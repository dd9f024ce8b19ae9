"""The files that make up a vault folder, and undoing a half-made one."""

from __future__ import annotations

import contextlib
from pathlib import Path

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.errors import VaultCorruptError, VaultNotFoundError
from exitdesk.vault.keyslots import KEYSLOTS_FILE_NAME, PREVIOUS_SUFFIX, KeySlotFile, load_keyslots
from exitdesk.vault.lockfile import LOCK_FILE_NAME

DB_FILE_NAME = "vault.db"
_DB_SIDE_FILES = ("-wal", "-shm", "-journal")


def db_path(directory: Path) -> Path:
    return directory / DB_FILE_NAME


def slots_path(directory: Path) -> Path:
    return directory / KEYSLOTS_FILE_NAME


def previous_slots_path(directory: Path) -> Path:
    """The key-slot generation before the last write (see ``save_keyslots``)."""
    return directory / (KEYSLOTS_FILE_NAME + PREVIOUS_SUFFIX)


def lock_path(directory: Path) -> Path:
    return directory / LOCK_FILE_NAME


def remove_vault_files(directory: Path, *, remove_dir: bool) -> None:
    """Undo a half-made vault: only our own files, and the folder only if we made it."""
    names = [
        DB_FILE_NAME,
        *(DB_FILE_NAME + s for s in _DB_SIDE_FILES),
        KEYSLOTS_FILE_NAME,
        KEYSLOTS_FILE_NAME + PREVIOUS_SUFFIX,
        LOCK_FILE_NAME,
    ]
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            (directory / name).unlink()
    remove_interrupted_writes(directory)
    if remove_dir:
        with contextlib.suppress(OSError):
            directory.rmdir()


def remove_interrupted_writes(directory: Path) -> None:
    """Delete the temporary files an atomic write killed before its rename left behind. Only
    with the vault's lock held: they may hold key slots under a passphrase no longer (or not
    yet) in force, and nothing else ever names them."""
    for leftover in directory.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def load_slots(directory: Path) -> KeySlotFile:
    """The folder's key-slot file, or a plain refusal: no vault here, or its database gone."""
    path = slots_path(directory)
    if not path.is_file():
        raise VaultNotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no ExitDesk vault in this folder")
        )
    if not db_path(directory).is_file():
        raise VaultCorruptError(QT_TRANSLATE_NOOP("Errors", "the vault database file is missing"))
    try:
        return load_keyslots(path)
    except FileNotFoundError as exc:
        raise VaultNotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no ExitDesk vault in this folder")
        ) from exc
