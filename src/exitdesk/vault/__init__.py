"""The encrypted vault: the only package that runs SQL."""

from exitdesk.vault.anchor import Anchors
from exitdesk.vault.errors import (
    BackupTargetError,
    DeviceBindingError,
    DiskFullError,
    InvalidRecoveryCodeError,
    NewerVaultError,
    NotAFileError,
    ReadOnlyError,
    TooManyAttemptsError,
    VaultCorruptError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    VaultRolledBackError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)
from exitdesk.vault.faults import told_plainly
from exitdesk.vault.keyslots import BindingStatus, KdfParams
from exitdesk.vault.store import CreatedVault, IntegrityReport, Vault
from exitdesk.vault.throttle import ThrottleSettings

__all__ = [
    "Anchors",
    "BackupTargetError",
    "BindingStatus",
    "CreatedVault",
    "DeviceBindingError",
    "DiskFullError",
    "IntegrityReport",
    "InvalidRecoveryCodeError",
    "KdfParams",
    "NewerVaultError",
    "NotAFileError",
    "ReadOnlyError",
    "ThrottleSettings",
    "TooManyAttemptsError",
    "Vault",
    "VaultCorruptError",
    "VaultError",
    "VaultExistsError",
    "VaultInUseError",
    "VaultLockedError",
    "VaultNotFoundError",
    "VaultRolledBackError",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "WrongRecoveryCodeError",
    "told_plainly",
]
