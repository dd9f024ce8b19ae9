"""Vault errors. Each message is one plain sentence; none carries personal data or key material."""

from __future__ import annotations

from exitdesk.domain.messages import UserMessage


class VaultError(UserMessage):
    """Base class: anything that goes wrong opening, reading or writing a vault."""


class WrongPassphraseError(VaultError):
    pass


class WrongRecoveryCodeError(VaultError):
    pass


class VaultNotFoundError(VaultError):
    pass


class VaultExistsError(VaultError):
    pass


class VaultInUseError(VaultError):
    pass


class NewerVaultError(VaultError):
    pass


class VaultCorruptError(VaultError):
    pass


class VaultLockedError(VaultError):
    """An operation needed an unlocked vault."""


class DeviceBindingError(VaultError):
    """The keyring secret this vault is bound to is missing (another machine or account)."""


class DiskFullError(VaultError):
    pass


class TooManyAttemptsError(VaultError):
    """Unlocking is paused after repeated failures; the message says for how long."""


class InvalidRecoveryCodeError(WrongRecoveryCodeError):
    """The recovery code is malformed or a group fails its check digit; the message names it."""


class WeakPassphraseError(VaultError):
    """The new passphrase is refused (empty)."""


class BackupTargetError(VaultError):
    """The place chosen for a backup cannot be used (missing folder, inside the vault)."""


class RecordNotFoundError(VaultError):
    """The record asked for is not in this vault (the message names only the kind and the id)."""


class VaultRolledBackError(VaultError):
    """The vault (or its key-slot file) is older than what this machine last saw of it."""


class ReadOnlyError(VaultError):
    """The vault (or the file asked for) is on a read-only medium or may not be written."""


class NotAFileError(VaultError):
    """A folder was given where a file is needed."""
