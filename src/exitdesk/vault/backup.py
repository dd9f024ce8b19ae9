"""The backup file: one file holding the key slots and an encrypted copy of the database, how it
is written from an open vault and how a vault folder is restored from it."""

from __future__ import annotations

import hashlib
import shutil
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import sqlcipher3

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.db import Connection, key_literal, latest_schema_version, schema_version
from exitdesk.vault.errors import (
    BackupTargetError,
    DiskFullError,
    VaultCorruptError,
    VaultExistsError,
    VaultNotFoundError,
)
from exitdesk.vault.fsutil import (
    atomic_write,
    atomic_write_with,
    create_private_file,
    is_disk_full,
    make_private_dir,
)
from exitdesk.vault.integrity import check_database_file
from exitdesk.vault.keyslots import KeySlotFile, parse_keyslots
from exitdesk.vault.layout import db_path, lock_path, remove_vault_files, slots_path

__all__ = [
    "BACKUP_MAGIC",
    "BACKUP_VERSION",
    "backup_slots",
    "restore_backup",
    "usable_target",
    "write_backup",
]

# Backup container (all integers big-endian):
#   magic    16 bytes  b"EXITDESK-BACKUP\n"
#   version   u32      1
#   part      4-byte tag b"KEYS", u64 length, the key-slot file (JSON)
#   part      4-byte tag b"DBSE", u64 length, the SQLCipher database exported with the data key
#   trailer   4-byte tag b"SHA2", 32 bytes SHA-256 of every byte before the trailer
# Nothing may follow. The checksum catches truncation and damage; authenticity comes from the
# AES-GCM key slots and SQLCipher's page HMACs.
BACKUP_MAGIC = b"EXITDESK-BACKUP\n"
BACKUP_VERSION = 1
_PART_HEADER = struct.Struct(">4sQ")
_MAX_KEYS_PART = 64 * 1024
_CHUNK = 1024 * 1024
_BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "the backup file is damaged or not an ExitDesk backup; nothing was restored"
)
_SQLITE_PLAINTEXT_HEADER = b"SQLite format 3\x00"


def usable_target(vault_directory: Path, target: Path) -> Path:
    """``target`` as an absolute path, once it is known to be a file name outside the vault
    folder in a folder that exists."""
    target = target.absolute()
    if target.parent.resolve() == vault_directory.resolve():
        raise BackupTargetError(
            QT_TRANSLATE_NOOP("Errors", "a backup must be written outside the vault folder")
        )
    if not target.parent.is_dir():
        raise BackupTargetError(
            QT_TRANSLATE_NOOP("Errors", "the folder for the backup does not exist")
        )
    if target.is_dir():
        raise BackupTargetError(
            QT_TRANSLATE_NOOP("Errors", "the backup must be a file name, not a folder")
        )
    return target


def write_backup(conn: Connection, target: Path, slot_bytes: bytes, key: bytes) -> int:
    """Write the backup of the open database ``conn`` (exported under its own data ``key``, so
    it opens with the same passphrase or recovery code) to ``target``; returns its size.
    The export is checked before anything is written to ``target``."""
    work = Path(tempfile.mkdtemp(prefix=".exitdesk-backup-", dir=target.parent))
    try:
        export = work / "export.db"
        _export_database(conn, export, key)
        problems = _check_database_file(export, key)
        if problems:
            raise VaultCorruptError(
                QT_TRANSLATE_NOOP("Errors", "the backup copy failed its integrity check")
            )
        return _write_container(target, slot_bytes, export)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(
                QT_TRANSLATE_NOOP("Errors", "the disk is full; the backup was not written")
            ) from exc
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def restore_backup(
    backup_file: Path, directory: Path, *, then: Callable[[Path], None] | None = None
) -> None:
    """Recreate a vault from ``backup_file`` in ``directory`` (new or empty). A damaged backup
    raises ``VaultCorruptError`` and leaves nothing behind; so does a failure of ``then``, the
    step that makes the restored vault usable (its rollback anchor)."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise VaultExistsError(
            QT_TRANSLATE_NOOP(
                "Errors", "the folder is not empty; restore into an empty or new folder"
            )
        )
    try:
        source = backup_file.open("rb")
    except FileNotFoundError as exc:
        raise VaultNotFoundError(
            QT_TRANSLATE_NOOP("Errors", "the backup file does not exist")
        ) from exc
    created_dir = make_private_dir(directory)
    try:
        with source:
            _restore_into(source, directory)
        create_private_file(lock_path(directory))
        if then is not None:
            then(directory)
    except BaseException as exc:
        remove_vault_files(directory, remove_dir=created_dir)
        if is_disk_full(exc):
            raise DiskFullError(
                QT_TRANSLATE_NOOP("Errors", "the disk is full; nothing was restored")
            ) from exc
        raise


def backup_slots(backup_file: Path) -> KeySlotFile:
    """The key slots inside ``backup_file``, read without writing anything (so a passphrase can
    be tried on them before a restore). The rest of the file is checked by the restore."""
    try:
        source = backup_file.open("rb")
    except FileNotFoundError as exc:
        raise VaultNotFoundError(
            QT_TRANSLATE_NOOP("Errors", "the backup file does not exist")
        ) from exc
    with source:
        return parse_keyslots(_read_header(source, hashlib.sha256()))


def _export_database(conn: Connection, export: Path, key: bytes) -> None:
    # The attachment is keyed: attaching with an empty key would make sqlcipher_export write
    # plaintext (DESIGN §5).
    conn.execute("ATTACH DATABASE ? AS backup_copy KEY ?", (str(export), key_literal(key)))
    try:
        conn.execute("SELECT sqlcipher_export('backup_copy')")
        # sqlcipher_export does not carry user_version, which is our schema version.
        conn.execute(f"PRAGMA backup_copy.user_version = {schema_version(conn)}")
    finally:
        conn.execute("DETACH DATABASE backup_copy")


def _check_database_file(path: Path, key: bytes) -> list[str]:
    """Problems found opening ``path`` with ``key``: page HMACs and SQLite's structure."""
    with path.open("rb") as fh:
        if fh.read(len(_SQLITE_PLAINTEXT_HEADER)) == _SQLITE_PLAINTEXT_HEADER:
            return ["the database copy is not encrypted"]
    try:
        found = check_database_file(path, key)
        problems = found.bad_pages + found.structure
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            conn.execute(f'PRAGMA key = "{key_literal(key)}"')
            if schema_version(conn) > latest_schema_version():
                problems.append("the copy has an unexpected schema version")
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        problems = ["the database copy does not open"]
    return problems


def _write_container(target: Path, slot_bytes: bytes, export: Path) -> int:
    size = export.stat().st_size

    def produce(out: BinaryIO) -> None:
        digest = hashlib.sha256()

        def put(data: bytes) -> None:
            digest.update(data)
            out.write(data)

        put(BACKUP_MAGIC + struct.pack(">I", BACKUP_VERSION))
        put(_PART_HEADER.pack(b"KEYS", len(slot_bytes)) + slot_bytes)
        put(_PART_HEADER.pack(b"DBSE", size))
        with export.open("rb") as src:
            while chunk := src.read(_CHUNK):
                put(chunk)
        out.write(b"SHA2" + digest.digest())

    atomic_write_with(target, produce)
    return target.stat().st_size


def _restore_into(source: BinaryIO, directory: Path) -> None:
    digest = hashlib.sha256()
    slot_bytes = _read_header(source, digest)
    take = _taker(source, digest)
    tag, db_len = _PART_HEADER.unpack(take(_PART_HEADER.size))
    if tag != b"DBSE":
        raise VaultCorruptError(_BACKUP_DAMAGED)

    def produce(out: BinaryIO) -> None:
        remaining = db_len
        first = True
        while remaining:
            chunk = take(min(_CHUNK, remaining))
            if first and chunk.startswith(_SQLITE_PLAINTEXT_HEADER):
                raise VaultCorruptError(_BACKUP_DAMAGED)
            first = False
            out.write(chunk)
            remaining -= len(chunk)
        trailer = source.read(4 + 32)
        if trailer != b"SHA2" + digest.digest() or source.read(1):
            raise VaultCorruptError(_BACKUP_DAMAGED)

    atomic_write_with(db_path(directory), produce)
    # Written last: the key-slot file is what makes the folder a vault.
    atomic_write(slots_path(directory), slot_bytes)


def _taker(source: BinaryIO, digest: hashlib._Hash) -> Callable[[int], bytes]:
    def take(n: int) -> bytes:
        data = source.read(n)
        if len(data) != n:
            raise VaultCorruptError(_BACKUP_DAMAGED)
        digest.update(data)
        return data

    return take


def _read_header(source: BinaryIO, digest: hashlib._Hash) -> bytes:
    """Magic, version and the key-slot part (checked to parse); returns the slot file's bytes."""
    take = _taker(source, digest)
    if take(len(BACKUP_MAGIC)) != BACKUP_MAGIC:
        raise VaultCorruptError(_BACKUP_DAMAGED)
    (version,) = struct.unpack(">I", take(4))
    if version != BACKUP_VERSION:
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP(
                "Errors", "this backup was written by a newer ExitDesk; update to restore"
            )
        )
    tag, keys_len = _PART_HEADER.unpack(take(_PART_HEADER.size))
    if tag != b"KEYS" or keys_len > _MAX_KEYS_PART:
        raise VaultCorruptError(_BACKUP_DAMAGED)
    slot_bytes = take(keys_len)
    try:
        parse_keyslots(slot_bytes)
    except VaultCorruptError:
        raise VaultCorruptError(_BACKUP_DAMAGED) from None
    return slot_bytes
