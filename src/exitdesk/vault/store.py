"""The ``Vault``: creating, unlocking, locking and checking one worker's encrypted vault folder
(SQLCipher database + key slots + lock file). Key operations are in ``keys``, the backup file in
``backup``; the ``Vault`` holds the state they change."""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

import pyrage
import sqlcipher3
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from exitdesk import __version__
from exitdesk.domain.clock import Clock, system_clock
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.participant import Worker
from exitdesk.vault import audit, backup, integrity, keys, tombstones
from exitdesk.vault.anchor import Anchors, AnchorState, slots_digest
from exitdesk.vault.db import (
    Connection,
    migrate,
    open_database,
    savepoint,
    schema_version,
    transaction,
)
from exitdesk.vault.errors import (
    DiskFullError,
    VaultCorruptError,
    VaultExistsError,
    VaultLockedError,
    VaultRolledBackError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from exitdesk.vault.faults import told_plainly
from exitdesk.vault.fsutil import make_private_dir
from exitdesk.vault.keyslots import (
    BindingResult,
    BindingStatus,
    KdfParams,
    KeySlotFile,
    bind_to_keyring,
    forget_binding,
    format_recovery_code,
    new_recovery_secret,
    parse_recovery_code,
    save_keyslots,
)
from exitdesk.vault.layout import (
    DB_FILE_NAME,
    db_path,
    load_slots,
    lock_path,
    remove_interrupted_writes,
    remove_vault_files,
    slots_path,
)
from exitdesk.vault.lockfile import VaultLock
from exitdesk.vault.restore import restore_from_backup
from exitdesk.vault.throttle import ThrottleSettings

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("Errors", "the passphrase is wrong")
WRONG_RECOVERY_CODE = QT_TRANSLATE_NOOP("Errors", "the recovery code is wrong")

_DAMAGED_DB = QT_TRANSLATE_NOOP("Errors", "the vault database is damaged; restore it from a backup")


ROLLED_BACK = QT_TRANSLATE_NOOP(
    "Errors",
    "this vault is older than the last time it was opened on this machine; it may have been replaced by an old copy",  # noqa: E501
)
SLOTS_REPLACED = QT_TRANSLATE_NOOP(
    "Errors",
    "this vault's key-slot file is not the one last used on this machine; it may have been replaced by an old copy or edited",  # noqa: E501
)
_GENERATION = "generation"


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
        anchors: Anchors,
    ) -> None:
        self._directory = directory
        self._anchors = anchors
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
        # Advanced by every write transaction; compared with the anchor outside the vault.
        self._generation = int(meta.get(_GENERATION, "0"))
        self._anchor_frozen = False
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
        anchors: Anchors | None = None,
        recovery_code: str | None = None,
    ) -> CreatedVault:
        """Create a new vault in ``directory`` (new or empty). The recovery code is returned
        once and never stored in clear; ``recovery_code`` (from ``new_recovery_code``) lets a
        caller show the code and have it confirmed before the vault exists."""
        _require_passphrase(passphrase)
        chosen_secret = parse_recovery_code(recovery_code) if recovery_code is not None else None
        if directory.exists():
            if slots_path(directory).exists() or db_path(directory).exists():
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
        file_lock = VaultLock(lock_path(directory))
        conn: Connection | None = None
        try:
            file_lock.acquire()
            data_key = secrets.token_bytes(32)
            recovery_secret = chosen_secret if chosen_secret is not None else new_recovery_secret()
            if use_keyring:
                binding = bind_to_keyring(vault_id)
            else:
                binding = BindingResult(
                    BindingStatus.DISABLED,
                    "device binding is turned off; the vault is protected by the passphrase alone",
                    None,
                )
            slots, kek = keys.first_slots(
                vault_id, data_key, passphrase, params, binding, recovery_secret
            )
            conn = open_database(db_path(directory), data_key)
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
                        (_GENERATION, "1"),
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
            save_keyslots(slots_path(directory), slots)
            vault = cls(
                directory=directory,
                conn=conn,
                file_lock=file_lock,
                slots=slots,
                kek=kek,
                binding_secret=binding.secret,
                clock=clock,
                anchors=anchors if anchors is not None else Anchors(),
            )
            vault._advance_anchor(use_keyring=True, settled=True)
        except BaseException:
            if conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.close()
            file_lock.release()
            remove_vault_files(directory, remove_dir=created_dir)
            if binding is not None and binding.status is BindingStatus.BOUND:
                forget_binding(vault_id)
            raise
        return CreatedVault(vault, format_recovery_code(recovery_secret), *_binding_of(binding))

    @staticmethod
    def new_recovery_code() -> str:
        """A fresh recovery code for ``create(recovery_code=...)``."""
        return format_recovery_code(new_recovery_secret())

    @classmethod
    def unlock(
        cls,
        directory: Path,
        passphrase: str,
        *,
        clock: Clock = system_clock,
        throttle: ThrottleSettings | None = None,
        anchors: Anchors | None = None,
    ) -> Vault:
        """Open the vault with its passphrase. A wrong passphrase changes no file in the vault
        folder and raises ``WrongPassphraseError`` after a pause that grows with each failure.
        A vault or key-slot file older than what this machine last saw is refused with
        ``VaultRolledBackError`` (before the passphrase is tried, for the key slots)."""
        slots = load_slots(directory)
        anchors = anchors if anchors is not None else Anchors()
        anchor = anchors.read(slots.vault_id, use_keyring=True)
        file_lock = VaultLock(lock_path(directory))
        file_lock.acquire()
        try:
            if anchor is not None and not anchor.accepts_slots(slots_digest(slots.to_bytes())):
                raise VaultRolledBackError(SLOTS_REPLACED)
            gate = (throttle or ThrottleSettings()).for_vault(slots.vault_id)
            gate.wait_before_attempt()
            data_key, kek, secret = keys.unwrap_with_passphrase(slots, passphrase)
            if data_key is None:
                gate.record_failure()
                raise WrongPassphraseError(WRONG_PASSPHRASE)
            conn, slots = keys.open_with_rekey_fallback(directory, slots, data_key, kek)
            vault = cls._adopt(directory, conn, file_lock, slots, kek, secret, clock, anchors)
            gate.reset()
            vault._refuse_if_older(anchor)
            vault._advance_anchor(use_keyring=True, settled=True)
            remove_interrupted_writes(directory)
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
        anchors: Anchors | None = None,
    ) -> Vault:
        """Open the vault with its recovery code (on any machine), set ``new_passphrase`` and
        bind the passphrase slot to this machine's keyring where one exists. The recovery code
        stays valid."""
        recovery_secret = parse_recovery_code(recovery_code)
        _require_passphrase(new_passphrase)
        slots = load_slots(directory)
        anchors = anchors if anchors is not None else Anchors()
        anchor = anchors.read(slots.vault_id, use_keyring=True)
        file_lock = VaultLock(lock_path(directory))
        if kdf is not None:
            kdf.require_allowed()
        vault: Vault | None = None
        conn: Connection | None = None
        file_lock.acquire()
        try:
            gate = (throttle or ThrottleSettings()).for_vault(slots.vault_id)
            gate.wait_before_attempt()
            data_key = keys.unwrap_with_recovery_code(slots, recovery_secret)
            if data_key is None:
                gate.record_failure()
                raise WrongRecoveryCodeError(WRONG_RECOVERY_CODE)
            conn = open_database(db_path(directory), data_key)
            try:
                migrate(conn)
            except sqlcipher3.DatabaseError as exc:
                raise VaultCorruptError(_DAMAGED_DB) from exc
            new_slots, kek, binding = keys.recovered_slots(
                slots, data_key, new_passphrase, kdf=kdf, use_keyring=use_keyring
            )
            vault = cls._adopt(
                directory, conn, file_lock, new_slots, kek, binding.secret, clock, anchors
            )
            vault._refuse_if_older(anchor)
            anchors.expect_new_slots(slots.vault_id, use_keyring=vault._keyring_bound)
            keys.save_recovered_slots(directory, new_slots)
            with vault.transaction() as tx:
                audit.append(
                    tx, "vault.recovered", detail={"binding": binding.status.value}, clock=clock
                )
            gate.reset()
            vault._advance_anchor(use_keyring=True, settled=True)
            remove_interrupted_writes(directory)
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
        anchors: Anchors,
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
                anchors=anchors,
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

    @property
    def generation(self) -> int:
        """How many write transactions this vault has committed (the rollback anchor's count)."""
        return self._generation

    @property
    def _keyring_bound(self) -> bool:
        return self.binding is BindingStatus.BOUND

    def _advance_anchor(self, *, use_keyring: bool = False, settled: bool = False) -> None:
        """Record this state as the newest seen here; the keyring copy (bound vaults only) is
        written at unlock, lock and key changes, the state file after every commit.
        ``settled``: the key-slot file in use is known good (it just opened the vault, or a key
        operation finished writing it)."""
        self._anchors.advance(
            self.vault_id,
            self._generation,
            slots_digest(self._slots.to_bytes()),
            use_keyring=use_keyring and self._keyring_bound,
            settled=settled,
        )

    def _refuse_if_older(self, anchor: AnchorState | None) -> None:
        if anchor is not None and not anchor.rebase and self._generation < anchor.generation:
            self._anchor_frozen = True  # an old copy must not move the anchor when it closes
            self.lock()
            raise VaultRolledBackError(ROLLED_BACK)

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

    def journal_key(self) -> bytes:
        """The tombstone journal's MAC key, derived from the vault's own Ed25519 key (inside the
        database, never on disk in clear). Not from the data key: a rekey after a suspected leak
        changes that, and a backup from before it has the old one, while this key stays."""
        with self._guard:
            self._require_open()
            assert self._signing_key is not None
            secret = self._signing_key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
            return tombstones.derive_journal_key(secret, self.vault_id)

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
            before = conn.total_changes
            with transaction(conn):
                yield conn
                # A transaction that wrote nothing (the purges run at every unlock usually
                # find nothing to do) leaves the vault as it was: counting it would make
                # merely opening one copy turn every other copy of the same vault "older".
                if conn.total_changes == before:
                    return
                conn.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    (_GENERATION, str(self._generation + 1)),
                )
            self._generation += 1
            self._advance_anchor()

    @contextlib.contextmanager
    def part(self) -> Iterator[None]:
        """Inside ``transaction()``: one part of it, undone alone if it raises (a savepoint);
        the transaction still decides whether anything is stored."""
        with self._guard, savepoint(self._require_open(), "part"):
            yield

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """The connection for reads, outside any transaction."""
        with self._guard:
            yield self._require_open()

    def checkpoint(self) -> None:
        """Move every WAL page into the database and empty the WAL. In WAL mode a deleted row
        stays readable in old WAL frames until this runs (``secure_delete`` only overwrites the
        database's own freed pages), so every delete or purge calls it before reporting."""
        with self._guard:
            conn = self._require_open()
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:  # pragma: no cover - one connection per vault; nothing else holds the WAL
                raise VaultCorruptError(
                    QT_TRANSLATE_NOOP("Errors", "the vault could not write deleted data away")
                )

    def lock(self) -> None:
        """Close the database (checkpointing so -wal/-shm disappear) and release the folder
        lock. Safe to call twice."""
        with self._guard:
            if self._conn is not None and not self._anchor_frozen:
                self._advance_anchor(use_keyring=True)
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
            self._anchors.expect_new_slots(self.vault_id, use_keyring=self._keyring_bound)
            self._slots, self._kek = keys.change_passphrase(
                self._directory,
                self._slots,
                self._binding_secret,
                current,
                new,
                kdf=kdf,
                throttle=throttle,
            )
            with self.transaction() as tx:
                audit.append(tx, "vault.passphrase_changed", clock=self._clock)
            self._advance_anchor(use_keyring=True, settled=True)

    def rekey(self) -> str:
        """Re-encrypt the database under a fresh data key (``PRAGMA rekey``), rewrap the
        passphrase slot and issue a new recovery code, which is returned. For a suspected key
        leak: the old recovery code and old key-slot copies stop working."""
        with self._guard:
            conn = self._require_open()
            assert self._kek is not None
            self._anchors.expect_new_slots(self.vault_id, use_keyring=self._keyring_bound)
            self._slots, recovery_code = keys.rekey(conn, self._directory, self._slots, self._kek)
            with self.transaction() as tx:
                audit.append(tx, "vault.rekeyed", clock=self._clock)
            self._advance_anchor(use_keyring=True, settled=True)
            return recovery_code

    # -- integrity and backup ------------------------------------------------------------------

    def check(self) -> IntegrityReport:
        """Verify SQLCipher's page HMACs, SQLite's structure and the signed audit chain."""
        with self._guard:
            conn = self._require_open()
            problems: list[str] = []
            # Checkpoint first so the pages on disk, which the HMAC check reads, are current.
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            assert self._kek is not None
            found = integrity.check_database_file(
                db_path(self._directory), keys.export_key(self._slots, self._kek)
            )
            if found.bad_pages:
                problems.append(
                    f"{len(found.bad_pages)} database page(s) fail their authentication check; "
                    "the file was damaged or altered"
                )
            if found.structure:
                problems.append("the database structure is damaged (SQLite integrity check)")
            try:
                chain = audit.verify(conn, self.signing_key.public_key())
            except sqlcipher3.DatabaseError:
                problems.append("the audit log cannot be read; the database is damaged")
                return IntegrityReport(False, problems, 0)
            problems.extend(chain.problems)
            anchor = self._anchors.read(self.vault_id, use_keyring=True)
            if anchor is not None and not anchor.rebase:
                if self._generation < anchor.generation:
                    problems.append(ROLLED_BACK)
                if not anchor.accepts_slots(slots_digest(self._slots.to_bytes())):
                    problems.append(SLOTS_REPLACED)
            return IntegrityReport(not problems, problems, chain.entries)

    def backup(self, target: Path) -> bool:
        """Write one backup file holding the key slots and an encrypted copy of the database
        (same data key: it opens with the same passphrase or recovery code). Returns whether
        the audit log recorded it: a backup written completely is not a failure because the
        vault's own disk is too full for the audit entry."""
        with self._guard:
            conn = self._require_open()
            target = backup.usable_target(self._directory, target)
            assert self._kek is not None
            key = keys.export_key(self._slots, self._kek)
            with told_plainly(target.parent):
                size = backup.write_backup(conn, target, self._slots.to_bytes(), key)
            try:
                with self.transaction() as tx:
                    audit.append(
                        tx, "vault.backup_written", detail={"bytes": size}, clock=self._clock
                    )
            except DiskFullError:
                return False
            return True

    # Recreate a vault from a backup in a folder (see ``vault.restore``).
    restore = staticmethod(restore_from_backup)


# -- helpers ---------------------------------------------------------------------------------


def _require_passphrase(passphrase: str) -> None:
    if not passphrase.strip():
        raise WeakPassphraseError(QT_TRANSLATE_NOOP("Errors", "the passphrase must not be empty"))


def _binding_of(binding: BindingResult) -> tuple[BindingStatus, str]:
    return binding.status, binding.detail


__all__ = ["DB_FILE_NAME", "CreatedVault", "IntegrityReport", "Vault"]
