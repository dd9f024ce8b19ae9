"""The ``Vault``: creating, unlocking, locking, re-keying, checking and backing up one worker's
encrypted vault folder (SQLCipher database + key slots + lock file)."""

from __future__ import annotations

import contextlib
import hashlib
import secrets
import shutil
import struct
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

import pyrage
import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from exitdesk import __version__
from exitdesk.domain.clock import Clock, system_clock
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import Worker
from exitdesk.vault import audit
from exitdesk.vault.db import (
    Connection,
    latest_schema_version,
    migrate,
    open_database,
    schema_version,
    transaction,
)
from exitdesk.vault.errors import (
    BackupTargetError,
    DiskFullError,
    VaultCorruptError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from exitdesk.vault.fsutil import (
    atomic_write,
    atomic_write_with,
    create_private_file,
    is_disk_full,
    make_private_dir,
    private_umask,
)
from exitdesk.vault.keyslots import (
    KEYSLOTS_FILE_NAME,
    PREVIOUS_SUFFIX,
    BindingResult,
    BindingStatus,
    KdfParams,
    KeySlotFile,
    bind_to_keyring,
    binding_secret,
    build_keyslots,
    forget_binding,
    format_recovery_code,
    load_keyslots,
    new_passphrase_slot,
    new_recovery_secret,
    new_recovery_slot,
    parse_keyslots,
    parse_recovery_code,
    passphrase_kek,
    recovery_kek,
    rewrap_passphrase_slot,
    save_keyslots,
    unwrap,
)
from exitdesk.vault.lockfile import LOCK_FILE_NAME, VaultLock
from exitdesk.vault.throttle import ThrottleSettings

DB_FILE_NAME = "vault.db"
_DB_SIDE_FILES = ("-wal", "-shm", "-journal")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("Errors", "the passphrase is wrong")
WRONG_RECOVERY_CODE = QT_TRANSLATE_NOOP("Errors", "the recovery code is wrong")

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
_DAMAGED_DB = QT_TRANSLATE_NOOP("Errors", "the vault database is damaged; restore it from a backup")


@dataclass(frozen=True)
class IntegrityReport:
    """``ok`` only when page HMACs, SQLite's own check and the audit chain all pass."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_code: str
    binding: BindingStatus
    binding_detail: str


def _db_path(directory: Path) -> Path:
    return directory / DB_FILE_NAME


def _slots_path(directory: Path) -> Path:
    return directory / KEYSLOTS_FILE_NAME


def _sql_key(key: bytes) -> str:
    return f"x'{key.hex()}'"


class Vault:
    """An unlocked vault. Every database access goes through :meth:`transaction` or
    :meth:`reading`, serialised by one re-entrant lock so a GUI worker thread can use it."""

    def __init__(
        self,
        *,
        directory: Path,
        conn: Connection,
        file_lock: VaultLock,
        slots: KeySlotFile,
        kek: bytes,
        binding_secret: bytes | None,
        clock: Clock,
    ) -> None:
        self._directory = directory
        self._conn: Connection | None = conn
        self._file_lock = file_lock
        self._slots = slots
        # The passphrase slot's KEK stays in memory while unlocked (the data key does anyway, in
        # SQLCipher) so rekey() can rewrap without asking for the passphrase again.
        self._kek: bytes | None = kek
        self._binding_secret = binding_secret
        self._clock = clock
        self._guard = threading.RLock()
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        identity = conn.execute(
            "SELECT signing_key, age_identity FROM identity WHERE id = 1"
        ).fetchone()
        if identity is None or meta.get("vault_id") != slots.vault_id:
            raise VaultCorruptError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the vault database does not belong to its key-slot file"
                )
            )
        self._worker: Worker | None = Worker(
            name=meta["worker_name"], party_id=meta["worker_party"]
        )
        self._signing_key: Ed25519PrivateKey | None = Ed25519PrivateKey.from_private_bytes(
            bytes(identity[0])
        )
        self._age_identity: pyrage.x25519.Identity | None = pyrage.x25519.Identity.from_str(
            str(identity[1])
        )

    # -- creating and opening ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        directory: Path,
        passphrase: str,
        worker: Worker,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = system_clock,
        use_keyring: bool = True,
    ) -> CreatedVault:
        """Create a new vault in ``directory`` (new or empty). The recovery code is returned
        once and never stored in clear."""
        if not passphrase.strip():
            raise WeakPassphraseError(
                QT_TRANSLATE_NOOP("Errors", "the passphrase must not be empty")
            )
        if directory.exists():
            if _slots_path(directory).exists() or _db_path(directory).exists():
                raise VaultExistsError(
                    QT_TRANSLATE_NOOP("Errors", "this folder already holds an ExitDesk vault")
                )
            if not directory.is_dir() or any(directory.iterdir()):
                raise VaultExistsError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the folder is not empty; choose an empty or new folder for the vault",
                    )
                )
        params = kdf if kdf is not None else KdfParams.calibrate()
        params.require_allowed()

        created_dir = make_private_dir(directory)
        vault_id = secrets.token_hex(16)
        binding: BindingResult | None = None
        file_lock = VaultLock(directory / LOCK_FILE_NAME)
        conn: Connection | None = None
        try:
            file_lock.acquire()
            data_key = secrets.token_bytes(32)
            recovery_secret = new_recovery_secret()
            if use_keyring:
                binding = bind_to_keyring(vault_id)
            else:
                binding = BindingResult(
                    BindingStatus.DISABLED,
                    "device binding is turned off; the vault is protected by the passphrase alone",
                    None,
                )
            pslot, kek = new_passphrase_slot(
                vault_id, data_key, passphrase, params, binding.status, binding.secret
            )
            slots = build_keyslots(
                vault_id, pslot, new_recovery_slot(vault_id, data_key, recovery_secret)
            )
            with private_umask():
                # SQLite gives -wal and -shm the database file's mode, so 0o600 here covers them.
                conn = open_database(_db_path(directory), data_key)
            migrate(conn)
            now = clock()
            signing = Ed25519PrivateKey.generate()
            age_identity = pyrage.x25519.Identity.generate()
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("worker_name", worker.name),
                        ("worker_party", worker.party_id),
                        ("created_at", now.isoformat()),
                        ("created_schema", str(schema_version(conn))),
                        ("created_by", f"ExitDesk {__version__}"),
                    ],
                )
                conn.execute(
                    "INSERT INTO identity(id, signing_key, age_identity, created_at) "
                    "VALUES (1, ?, ?, ?)",
                    (signing.private_bytes_raw(), str(age_identity), now.isoformat()),
                )
                audit.append(
                    conn,
                    "vault.created",
                    detail={
                        "binding": binding.status.value,
                        "kdf_memory_kib": params.memory_kib,
                        "kdf_iterations": params.iterations,
                        "kdf_lanes": params.lanes,
                    },
                    clock=clock,
                )
            # The key-slot file is written last: its presence is what makes this a vault.
            save_keyslots(_slots_path(directory), slots)
            vault = cls(
                directory=directory,
                conn=conn,
                file_lock=file_lock,
                slots=slots,
                kek=kek,
                binding_secret=binding.secret,
                clock=clock,
            )
        except BaseException:
            if conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.close()
            file_lock.release()
            _remove_vault_files(directory, remove_dir=created_dir)
            if binding is not None and binding.status is BindingStatus.BOUND:
                forget_binding(vault_id)
            raise
        return CreatedVault(vault, format_recovery_code(recovery_secret), *_binding_of(binding))

    @classmethod
    def unlock(
        cls,
        directory: Path,
        passphrase: str,
        *,
        clock: Clock = system_clock,
        throttle: ThrottleSettings | None = None,
    ) -> Vault:
        """Open the vault with its passphrase. A wrong passphrase changes no file in the vault
        folder and raises ``WrongPassphraseError`` after a pause that grows with each failure."""
        slots = _load_slots(directory)
        file_lock = VaultLock(directory / LOCK_FILE_NAME)
        file_lock.acquire()
        try:
            gate = (throttle or ThrottleSettings()).for_vault(slots.vault_id)
            gate.wait_before_attempt()
            pslot = slots.passphrase_slot
            secret = (
                binding_secret(slots.vault_id) if pslot.binding is BindingStatus.BOUND else None
            )
            kek = passphrase_kek(passphrase, pslot.kdf, pslot.binding, secret)
            data_key = unwrap(slots.vault_id, pslot, kek)
            if data_key is None:
                gate.record_failure()
                raise WrongPassphraseError(WRONG_PASSPHRASE)
            conn, slots = _open_matching(directory, slots, data_key, kek)
            vault = cls._adopt(directory, conn, file_lock, slots, kek, secret, clock)
            gate.reset()
            return vault
        except BaseException:
            file_lock.release()
            raise

    @classmethod
    def recover(
        cls,
        directory: Path,
        recovery_code: str,
        new_passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = system_clock,
        use_keyring: bool = True,
        throttle: ThrottleSettings | None = None,
    ) -> Vault:
        """Open the vault with its recovery code (on any machine), set ``new_passphrase`` and
        bind the passphrase slot to this machine's keyring where one exists. The recovery code
        stays valid."""
        recovery_secret = parse_recovery_code(recovery_code)
        if not new_passphrase.strip():
            raise WeakPassphraseError(
                QT_TRANSLATE_NOOP("Errors", "the passphrase must not be empty")
            )
        slots = _load_slots(directory)
        file_lock = VaultLock(directory / LOCK_FILE_NAME)
        if kdf is not None:
            kdf.require_allowed()
        vault: Vault | None = None
        conn: Connection | None = None
        file_lock.acquire()
        try:
            gate = (throttle or ThrottleSettings()).for_vault(slots.vault_id)
            gate.wait_before_attempt()
            rslot = slots.recovery_slot
            data_key = unwrap(slots.vault_id, rslot, recovery_kek(recovery_secret, rslot.kdf))
            if data_key is None:
                gate.record_failure()
                raise WrongRecoveryCodeError(WRONG_RECOVERY_CODE)
            conn = open_database(_db_path(directory), data_key)
            try:
                migrate(conn)
            except sqlcipher3.DatabaseError as exc:
                raise VaultCorruptError(_DAMAGED_DB) from exc
            params = kdf if kdf is not None else slots.passphrase_slot.kdf.params
            binding = (
                bind_to_keyring(slots.vault_id)
                if use_keyring
                else BindingResult(BindingStatus.DISABLED, "device binding is turned off", None)
            )
            pslot, kek = new_passphrase_slot(
                slots.vault_id, data_key, new_passphrase, params, binding.status, binding.secret
            )
            new_slots = build_keyslots(slots.vault_id, pslot, rslot)
            vault = cls._adopt(directory, conn, file_lock, new_slots, kek, binding.secret, clock)
            save_keyslots(_slots_path(directory), new_slots, retire_previous=True)
            with vault.transaction() as tx:
                audit.append(
                    tx, "vault.recovered", detail={"binding": binding.status.value}, clock=clock
                )
            gate.reset()
            return vault
        except BaseException:
            if vault is not None:
                vault.lock()  # closes the database too, and releases the folder lock
            elif conn is not None:
                conn.close()
            file_lock.release()
            raise

    @classmethod
    def _adopt(
        cls,
        directory: Path,
        conn: Connection,
        file_lock: VaultLock,
        slots: KeySlotFile,
        kek: bytes,
        secret: bytes | None,
        clock: Clock,
    ) -> Vault:
        try:
            return cls(
                directory=directory,
                conn=conn,
                file_lock=file_lock,
                slots=slots,
                kek=kek,
                binding_secret=secret,
                clock=clock,
            )
        except (sqlcipher3.DatabaseError, KeyError, ValueError) as exc:
            # A readable database whose meta or identity rows are missing or invalid.
            conn.close()
            raise VaultCorruptError(_DAMAGED_DB) from exc
        except BaseException:
            conn.close()
            raise

    # -- state ---------------------------------------------------------------------------------

    @property
    def directory(self) -> Path:
        return self._directory

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def binding(self) -> BindingStatus:
        return self._slots.passphrase_slot.binding

    def cipher_version(self) -> str:
        """SQLCipher's own version string, e.g. "4.19.0 community"."""
        with self.reading() as conn:
            return str(conn.execute("PRAGMA cipher_version").fetchone()[0])

    @property
    def kdf(self) -> KdfParams:
        return self._slots.passphrase_slot.kdf.params

    @property
    def worker(self) -> Worker:
        self._require_open()
        assert self._worker is not None
        return self._worker

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        self._require_open()
        assert self._signing_key is not None
        return self._signing_key

    @property
    def age_identity(self) -> pyrage.x25519.Identity:
        self._require_open()
        assert self._age_identity is not None
        return self._age_identity

    def _require_open(self) -> Connection:
        if self._conn is None:
            raise VaultLockedError(
                QT_TRANSLATE_NOOP("Errors", "the vault is locked; unlock it first")
            )
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """The connection inside ``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on error)."""
        with self._guard:
            conn = self._require_open()
            with transaction(conn):
                yield conn

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """The connection for reads, outside any transaction."""
        with self._guard:
            yield self._require_open()

    def lock(self) -> None:
        """Close the database (checkpointing so -wal/-shm disappear) and release the folder
        lock. Safe to call twice."""
        with self._guard:
            conn, self._conn = self._conn, None
            # Locked means nothing from inside the vault stays reachable from this object.
            self._kek = None
            self._binding_secret = None
            self._worker = self._signing_key = self._age_identity = None
            if conn is not None:
                try:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    conn.close()
                finally:
                    self._file_lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()

    # -- key management ------------------------------------------------------------------------

    def change_passphrase(
        self,
        current: str,
        new: str,
        *,
        kdf: KdfParams | None = None,
        throttle: ThrottleSettings | None = None,
    ) -> None:
        """Rewrap the data key under ``new``; the database itself is not rewritten."""
        with self._guard:
            self._require_open()
            old = self._slots.passphrase_slot
            gate = (throttle or ThrottleSettings()).for_vault(self.vault_id)
            gate.wait_before_attempt()
            kek = passphrase_kek(current, old.kdf, old.binding, self._binding_secret)
            data_key = unwrap(self.vault_id, old, kek)
            if data_key is None:
                gate.record_failure()
                raise WrongPassphraseError(
                    QT_TRANSLATE_NOOP("Errors", "the current passphrase is wrong")
                )
            gate.reset()
            params = kdf if kdf is not None else old.kdf.params
            pslot, new_kek = new_passphrase_slot(
                self.vault_id, data_key, new, params, old.binding, self._binding_secret
            )
            slots = build_keyslots(self.vault_id, pslot, self._slots.recovery_slot)
            save_keyslots(_slots_path(self._directory), slots, retire_previous=True)
            self._slots, self._kek = slots, new_kek
            with self.transaction() as tx:
                audit.append(tx, "vault.passphrase_changed", clock=self._clock)

    def rekey(self) -> str:
        """Re-encrypt the database under a fresh data key (``PRAGMA rekey``), rewrap the
        passphrase slot and issue a new recovery code, which is returned. For a suspected key
        leak: the old recovery code and old key-slot copies stop working."""
        with self._guard:
            conn = self._require_open()
            assert self._kek is not None
            old = self._slots.passphrase_slot
            new_key = secrets.token_bytes(32)
            recovery_secret = new_recovery_secret()
            pslot = rewrap_passphrase_slot(self.vault_id, new_key, self._kek, old.kdf, old.binding)
            slots = build_keyslots(
                self.vault_id, pslot, new_recovery_slot(self.vault_id, new_key, recovery_secret)
            )
            path = _slots_path(self._directory)
            # Slots first, keeping the old generation: if we crash before the rekey lands,
            # unlock finds that the new key does not fit and falls back to *.prev.
            save_keyslots(path, slots)
            conn.execute(f'PRAGMA rekey = "{_sql_key(new_key)}"')
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # The old key must not linger in the previous generation once it is no longer needed.
            atomic_write(path.with_name(path.name + PREVIOUS_SUFFIX), slots.to_bytes())
            self._slots = slots
            with self.transaction() as tx:
                audit.append(tx, "vault.rekeyed", clock=self._clock)
            return format_recovery_code(recovery_secret)

    # -- integrity and backup ------------------------------------------------------------------

    def check(self) -> IntegrityReport:
        """Verify SQLCipher's page HMACs, SQLite's structure and the signed audit chain."""
        with self._guard:
            conn = self._require_open()
            problems: list[str] = []
            # Checkpoint first so the pages on disk, which the HMAC check reads, are current.
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try:
                bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            except sqlcipher3.DatabaseError:
                bad_pages = [("unreadable",)]
            if bad_pages:
                problems.append(
                    f"{len(bad_pages)} database page(s) fail their authentication check; "
                    "the file was damaged or altered"
                )
            try:
                structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            except sqlcipher3.DatabaseError:
                structure = ["unreadable"]
            if structure != ["ok"]:
                problems.append("the database structure is damaged (SQLite integrity check)")
            try:
                chain = audit.verify(conn, self.signing_key.public_key())
            except sqlcipher3.DatabaseError:
                problems.append("the audit log cannot be read; the database is damaged")
                return IntegrityReport(False, problems, 0)
            problems.extend(chain.problems)
            return IntegrityReport(not problems, problems, chain.entries)

    def backup(self, target: Path) -> None:
        """Write one backup file holding the key slots and an encrypted copy of the database
        (same data key: it opens with the same passphrase or recovery code)."""
        with self._guard:
            conn = self._require_open()
            target = target.absolute()
            if target.parent.resolve() == self._directory.resolve():
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
            key = self._data_key_for_export()
            work = Path(tempfile.mkdtemp(prefix=".exitdesk-backup-", dir=target.parent))
            try:
                export = work / "export.db"
                _export_database(conn, export, key)
                problems = _check_database_file(export, key)
                if problems:
                    raise VaultCorruptError(
                        QT_TRANSLATE_NOOP("Errors", "the backup copy failed its integrity check")
                    )
                size = _write_backup(target, self._slots.to_bytes(), export)
            except OSError as exc:
                if is_disk_full(exc):
                    raise DiskFullError(
                        QT_TRANSLATE_NOOP("Errors", "the disk is full; the backup was not written")
                    ) from exc
                raise
            finally:
                shutil.rmtree(work, ignore_errors=True)
            with self.transaction() as tx:
                audit.append(tx, "vault.backup_written", detail={"bytes": size}, clock=self._clock)

    def _data_key_for_export(self) -> bytes:
        assert self._kek is not None
        key = unwrap(self.vault_id, self._slots.passphrase_slot, self._kek)
        if key is None:  # pragma: no cover - the slot was written by us with this KEK
            raise VaultCorruptError(
                QT_TRANSLATE_NOOP("Errors", "the key slots in memory do not match the vault")
            )
        return key

    @classmethod
    def restore(cls, backup_file: Path, directory: Path) -> None:
        """Recreate a vault from a backup in ``directory`` (new or empty). The result unlocks
        with the passphrase or recovery code the vault had when the backup was written. A
        damaged backup raises ``VaultCorruptError`` and leaves nothing behind."""
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
            create_private_file(directory / LOCK_FILE_NAME)
        except BaseException as exc:
            _remove_vault_files(directory, remove_dir=created_dir)
            if is_disk_full(exc):
                raise DiskFullError(
                    QT_TRANSLATE_NOOP("Errors", "the disk is full; nothing was restored")
                ) from exc
            raise


# -- helpers ---------------------------------------------------------------------------------


def _binding_of(binding: BindingResult) -> tuple[BindingStatus, str]:
    return binding.status, binding.detail


def _load_slots(directory: Path) -> KeySlotFile:
    path = _slots_path(directory)
    if not path.is_file():
        raise VaultNotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no ExitDesk vault in this folder")
        )
    if not _db_path(directory).is_file():
        raise VaultCorruptError(QT_TRANSLATE_NOOP("Errors", "the vault database file is missing"))
    try:
        return load_keyslots(path)
    except FileNotFoundError as exc:
        raise VaultNotFoundError(
            QT_TRANSLATE_NOOP("Errors", "there is no ExitDesk vault in this folder")
        ) from exc


def _open_matching(
    directory: Path, slots: KeySlotFile, data_key: bytes, kek: bytes
) -> tuple[Connection, KeySlotFile]:
    """Open the database; if the key does not fit, look for an interrupted rekey (the previous
    slot generation still holds the key, wrapped under the same KEK) and repair the slot file."""
    db = _db_path(directory)
    try:
        conn = open_database(db, data_key)
    except VaultCorruptError:
        prev_path = directory / (KEYSLOTS_FILE_NAME + PREVIOUS_SUFFIX)
        try:
            prev = parse_keyslots(prev_path.read_bytes())
        except (OSError, VaultCorruptError):
            raise VaultCorruptError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the vault database could not be opened; it is damaged or not an ExitDesk vault",  # noqa: E501
                )
            ) from None
        old_key = (
            unwrap(prev.vault_id, prev.passphrase_slot, kek)
            if prev.vault_id == slots.vault_id
            else None
        )
        if old_key is None:
            raise
        conn = open_database(db, old_key)
        atomic_write(_slots_path(directory), prev.to_bytes())
        slots = prev
    try:
        migrate(conn)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultCorruptError(_DAMAGED_DB) from exc
    except BaseException:
        conn.close()
        raise
    return conn, slots


def _export_database(conn: Connection, export: Path, key: bytes) -> None:
    # The attachment is keyed: attaching with an empty key would make sqlcipher_export write
    # plaintext (DESIGN §5).
    conn.execute("ATTACH DATABASE ? AS backup_copy KEY ?", (str(export), _sql_key(key)))
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
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f'PRAGMA key = "{_sql_key(key)}"')
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        if structure != ["ok"]:
            problems.extend(structure)
        if schema_version(conn) > latest_schema_version():
            problems.append("the copy has an unexpected schema version")
    except sqlcipher3.DatabaseError:
        problems = ["the database copy does not open"]
    finally:
        conn.close()
    return problems


def _write_backup(target: Path, slot_bytes: bytes, export: Path) -> int:
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

    def take(n: int) -> bytes:
        data = source.read(n)
        if len(data) != n:
            raise VaultCorruptError(_BACKUP_DAMAGED)
        digest.update(data)
        return data

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

    atomic_write_with(_db_path(directory), produce)
    # Written last: the key-slot file is what makes the folder a vault.
    atomic_write(_slots_path(directory), slot_bytes)


def _remove_vault_files(directory: Path, *, remove_dir: bool) -> None:
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
    for leftover in directory.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    if remove_dir:
        with contextlib.suppress(OSError):
            directory.rmdir()


__all__ = ["CreatedVault", "IntegrityReport", "Vault"]
