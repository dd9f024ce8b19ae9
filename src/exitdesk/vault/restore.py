"""Restoring a vault folder from a backup file, and the one deliberate way back to an older
state: this machine's rollback anchor for the vault starts again from what the backup holds."""

from __future__ import annotations

from pathlib import Path

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.vault import backup, keys
from exitdesk.vault.anchor import Anchors, slots_digest
from exitdesk.vault.errors import WrongPassphraseError
from exitdesk.vault.faults import told_plainly
from exitdesk.vault.keyslots import BindingStatus, load_keyslots
from exitdesk.vault.layout import slots_path
from exitdesk.vault.throttle import ThrottleSettings

__all__ = ["restore_from_backup"]


def restore_from_backup(
    backup_file: Path,
    directory: Path,
    *,
    anchors: Anchors | None = None,
    passphrase: str | None = None,
    throttle: ThrottleSettings | None = None,
) -> None:
    """Recreate a vault from a backup in ``directory`` (new or empty). The result unlocks
    with the passphrase or recovery code the vault had when the backup was written. A
    damaged backup raises ``VaultCorruptError`` and leaves nothing behind. Given a
    ``passphrase``, the backup's passphrase slot must open with it first: a wrong one
    raises ``WrongPassphraseError`` (after the same growing pause as an unlock) before
    anything is written."""
    chosen = anchors if anchors is not None else Anchors()
    if passphrase is not None:
        _require_passphrase_fits(backup_file, passphrase, throttle)

    def rebase(restored: Path) -> None:
        # Restoring is the one way to go back to an older state on purpose: its next
        # unlock sets this machine's anchor instead of being refused as a rollback. If
        # the mark cannot be written the restore fails whole: a restored vault refused
        # as an old copy would be of no use.
        slots = load_keyslots(slots_path(restored))
        chosen.rebase_after_restore(
            slots.vault_id,
            slots_digest(slots.to_bytes()),
            use_keyring=slots.passphrase_slot.binding is BindingStatus.BOUND,
        )

    with told_plainly(directory):
        backup.restore_backup(backup_file, directory, then=rebase)


def _require_passphrase_fits(
    backup_file: Path, passphrase: str, throttle: ThrottleSettings | None
) -> None:
    with told_plainly(backup_file.parent):
        slots = backup.backup_slots(backup_file)
    gate = (throttle or ThrottleSettings()).for_vault(slots.vault_id)
    gate.wait_before_attempt()
    data_key, _kek, _secret = keys.unwrap_with_passphrase(slots, passphrase)
    if data_key is None:
        gate.record_failure()
        raise WrongPassphraseError(QT_TRANSLATE_NOOP("Errors", "the passphrase is wrong"))
    gate.reset()
