"""Key operations on a vault's key slots: the first slots of a new vault, unwrapping the data key
with the passphrase or the recovery code, changing the passphrase, re-keying the database and
finishing a re-key that was interrupted. Each takes the current slots and returns the new ones;
the ``Vault`` keeps them and writes the audit entry."""

from __future__ import annotations

import secrets
from pathlib import Path

import sqlcipher3

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault.db import Connection, key_literal, migrate, open_database
from exitdesk.vault.errors import VaultCorruptError, WrongPassphraseError
from exitdesk.vault.fsutil import atomic_write
from exitdesk.vault.keyslots import (
    BindingResult,
    BindingStatus,
    KdfParams,
    KeySlotFile,
    bind_to_keyring,
    binding_secret,
    build_keyslots,
    format_recovery_code,
    new_passphrase_slot,
    new_recovery_secret,
    new_recovery_slot,
    parse_keyslots,
    passphrase_kek,
    recovery_kek,
    rewrap_passphrase_slot,
    save_keyslots,
    unwrap,
)
from exitdesk.vault.layout import db_path, previous_slots_path, slots_path
from exitdesk.vault.throttle import ThrottleSettings

__all__ = [
    "change_passphrase",
    "export_key",
    "first_slots",
    "open_with_rekey_fallback",
    "recovered_slots",
    "rekey",
    "save_recovered_slots",
    "unwrap_with_passphrase",
    "unwrap_with_recovery_code",
]

_DAMAGED_DB = QT_TRANSLATE_NOOP("Errors", "the vault database is damaged; restore it from a backup")


def first_slots(
    vault_id: str,
    data_key: bytes,
    passphrase: str,
    params: KdfParams,
    binding: BindingResult,
    recovery_secret: bytes,
) -> tuple[KeySlotFile, bytes]:
    """The slots of a new vault (not yet saved) and the passphrase slot's KEK."""
    pslot, kek = new_passphrase_slot(
        vault_id, data_key, passphrase, params, binding.status, binding.secret
    )
    slots = build_keyslots(vault_id, pslot, new_recovery_slot(vault_id, data_key, recovery_secret))
    return slots, kek


def unwrap_with_passphrase(
    slots: KeySlotFile, passphrase: str
) -> tuple[bytes | None, bytes, bytes | None]:
    """The data key from the passphrase slot (``None`` when the passphrase does not fit), the
    slot's KEK, and the keyring secret a bound slot needed."""
    pslot = slots.passphrase_slot
    secret = binding_secret(slots.vault_id) if pslot.binding is BindingStatus.BOUND else None
    kek = passphrase_kek(passphrase, pslot.kdf, pslot.binding, secret)
    return unwrap(slots.vault_id, pslot, kek), kek, secret


def change_passphrase(
    directory: Path,
    slots: KeySlotFile,
    keyring_secret: bytes | None,
    current: str,
    new: str,
    *,
    kdf: KdfParams | None,
    throttle: ThrottleSettings | None,
) -> tuple[KeySlotFile, bytes]:
    """Rewrap the data key under ``new`` (the database is not rewritten) and save the slots.
    Returns the new slots and the new passphrase slot's KEK."""
    old = slots.passphrase_slot
    gate = (throttle or ThrottleSettings()).for_vault(slots.vault_id)
    gate.wait_before_attempt()
    kek = passphrase_kek(current, old.kdf, old.binding, keyring_secret)
    data_key = unwrap(slots.vault_id, old, kek)
    if data_key is None:
        gate.record_failure()
        raise WrongPassphraseError(QT_TRANSLATE_NOOP("Errors", "the current passphrase is wrong"))
    gate.reset()
    params = kdf if kdf is not None else old.kdf.params
    pslot, new_kek = new_passphrase_slot(
        slots.vault_id, data_key, new, params, old.binding, keyring_secret
    )
    changed = build_keyslots(slots.vault_id, pslot, slots.recovery_slot)
    save_keyslots(slots_path(directory), changed, retire_previous=True)
    return changed, new_kek


def rekey(
    conn: Connection, directory: Path, slots: KeySlotFile, kek: bytes
) -> tuple[KeySlotFile, str]:
    """Re-encrypt the database under a fresh data key, rewrap the passphrase slot under the same
    KEK and issue a new recovery code. Returns the new slots and the recovery code."""
    old = slots.passphrase_slot
    new_key = secrets.token_bytes(32)
    recovery_secret = new_recovery_secret()
    pslot = rewrap_passphrase_slot(slots.vault_id, new_key, kek, old.kdf, old.binding)
    rekeyed = build_keyslots(
        slots.vault_id, pslot, new_recovery_slot(slots.vault_id, new_key, recovery_secret)
    )
    # Slots first, keeping the old generation: if we crash before the rekey lands,
    # unlock finds that the new key does not fit and falls back to *.prev.
    save_keyslots(slots_path(directory), rekeyed)
    conn.execute(f'PRAGMA rekey = "{key_literal(new_key)}"')
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The old key must not linger in the previous generation once it is no longer needed.
    atomic_write(previous_slots_path(directory), rekeyed.to_bytes())
    return rekeyed, format_recovery_code(recovery_secret)


def open_with_rekey_fallback(
    directory: Path, slots: KeySlotFile, data_key: bytes, kek: bytes
) -> tuple[Connection, KeySlotFile]:
    """Open and migrate the database; if the key does not fit, look for an interrupted rekey
    (the previous slot generation still holds the key, wrapped under the same KEK) and repair
    the slot file."""
    db = db_path(directory)
    try:
        conn = open_database(db, data_key)
    except VaultCorruptError:
        try:
            prev = parse_keyslots(previous_slots_path(directory).read_bytes())
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
        atomic_write(slots_path(directory), prev.to_bytes())
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


def unwrap_with_recovery_code(slots: KeySlotFile, recovery_secret: bytes) -> bytes | None:
    """The data key from the recovery slot, or ``None`` when the code does not fit."""
    rslot = slots.recovery_slot
    return unwrap(slots.vault_id, rslot, recovery_kek(recovery_secret, rslot.kdf))


def recovered_slots(
    slots: KeySlotFile,
    data_key: bytes,
    new_passphrase: str,
    *,
    kdf: KdfParams | None,
    use_keyring: bool,
) -> tuple[KeySlotFile, bytes, BindingResult]:
    """A new passphrase slot for a recovered vault, bound to this machine's keyring where one
    exists; the recovery slot stays. Returns the slots (not yet saved), the KEK and the
    binding. Called only once the database has opened, so a damaged vault never rebinds."""
    params = kdf if kdf is not None else slots.passphrase_slot.kdf.params
    binding = (
        bind_to_keyring(slots.vault_id)
        if use_keyring
        else BindingResult(BindingStatus.DISABLED, "device binding is turned off", None)
    )
    pslot, kek = new_passphrase_slot(
        slots.vault_id, data_key, new_passphrase, params, binding.status, binding.secret
    )
    return build_keyslots(slots.vault_id, pslot, slots.recovery_slot), kek, binding


def save_recovered_slots(directory: Path, slots: KeySlotFile) -> None:
    # The previous generation goes too: the old passphrase must not open the vault from *.prev.
    save_keyslots(slots_path(directory), slots, retire_previous=True)


def export_key(slots: KeySlotFile, kek: bytes) -> bytes:
    """The data key again, for writing a keyed copy of the database."""
    key = unwrap(slots.vault_id, slots.passphrase_slot, kek)
    if key is None:  # pragma: no cover - the slot was written by us with this KEK
        raise VaultCorruptError(
            QT_TRANSLATE_NOOP("Errors", "the key slots in memory do not match the vault")
        )
    return key
