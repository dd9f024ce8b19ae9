"""The one composition root: the options a run is started with, and the context every service
of an unlocked vault shares (options, vault, clock, identity). Made here and nowhere else."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exitdesk.domain import Clock, Worker, system_clock
from exitdesk.vault import Anchors, CreatedVault, KdfParams, ThrottleSettings, Vault, told_plainly
from exitdesk.vault import audit as audit_log

if TYPE_CHECKING:
    from exitdesk.exchange import Identity

# Tests and very slow machines may ask for the design floor (64 MiB, t=3, p=4) instead of a
# calibrated ~0.6 s; nothing can go below the floor.
KDF_ENV = "EXITDESK_KDF"


@dataclass(frozen=True)
class Options:
    """How this run treats vaults. ``kdf`` is the cost of a new vault's passphrase slot (None:
    calibrate on this machine); a recovery keeps the vault's own cost. ``state_dir`` None means
    the platform's state folder (where failed-unlock counts live)."""

    kdf: KdfParams | None = None
    clock: Clock = system_clock
    use_keyring: bool = True
    state_dir: Path | None = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ, **given: Any) -> Options:
        """The options of a normal run; ``EXITDESK_KDF=minimum`` asks for the design floor."""
        if environ.get(KDF_ENV) == "minimum" and "kdf" not in given:
            given["kdf"] = KdfParams.FLOOR
        return cls(**given)

    def kdf_for_new_vault(self) -> KdfParams:
        """The Argon2id cost a new vault gets: the chosen one, or calibrated here (slow: call
        it off the GUI thread)."""
        return self.kdf if self.kdf is not None else KdfParams.calibrate()

    def throttle(self) -> ThrottleSettings | None:
        return None if self.state_dir is None else ThrottleSettings(state_dir=self.state_dir)

    def anchors(self) -> Anchors:
        """Where this machine remembers the newest state of each vault (rollback detection)."""
        return Anchors(None if self.state_dir is None else self.state_dir / "anchors")


@dataclass(frozen=True)
class Context:
    """What the services of one unlocked vault share. The exchange identity (private keys) is
    read from the vault on first use and forgotten when the session locks."""

    options: Options
    vault: Vault
    _identity: list[Identity] = field(default_factory=list, repr=False, compare=False)

    @property
    def clock(self) -> Clock:
        return self.options.clock

    @property
    def worker(self) -> Worker:
        return self.vault.worker

    @property
    def identity(self) -> Identity:
        if not self._identity:
            # Imported here: the first screen needs ``Options`` but no exchange code.
            from exitdesk.exchange import Identity

            vault = self.vault
            worker = vault.worker
            self._identity.append(
                Identity.from_secrets(
                    worker.name,
                    worker.party_id,
                    vault.signing_key.private_bytes_raw(),
                    str(vault.age_identity),
                )
            )
        return self._identity[0]

    def forget_secrets(self) -> None:
        """Drop the key material held here (on lock); the vault drops its own."""
        self._identity.clear()

    def audit(self, conn: Any, action: str, subject: str | None = None, **detail: Any) -> None:
        """Append to the signed audit chain inside the caller's transaction. A trailing
        underscore lets a detail be named like a keyword (``from_``)."""
        cleaned = {k.rstrip("_"): v for k, v in detail.items()}
        audit_log.append(
            conn,
            action,
            subject=subject,
            detail=cleaned or None,
            clock=self.clock,
            signing_key=self.vault.signing_key,
        )


def build_context(options: Options, vault: Vault) -> Context:
    """The context over an unlocked vault: the only place one is made."""
    return Context(options=options, vault=vault)


def create_context(
    options: Options,
    directory: Path,
    passphrase: str,
    worker: Worker,
    recovery_code: str | None = None,
) -> tuple[Context, CreatedVault]:
    """Create a vault as the options say and open its context."""
    kdf = options.kdf_for_new_vault()
    with told_plainly(directory):  # a full disk or a read-only medium in plain words
        created = Vault.create(
            directory,
            passphrase,
            worker,
            kdf=kdf,
            clock=options.clock,
            use_keyring=options.use_keyring,
            anchors=options.anchors(),
            recovery_code=recovery_code,
        )
    return build_context(options, created.vault), created


def unlock_context(options: Options, directory: Path, passphrase: str) -> Context:
    with told_plainly(directory):
        vault = Vault.unlock(
            directory,
            passphrase,
            clock=options.clock,
            throttle=options.throttle(),
            anchors=options.anchors(),
        )
    return build_context(options, vault)


def recover_context(
    options: Options, directory: Path, recovery_code: str, new_passphrase: str
) -> Context:
    with told_plainly(directory):
        vault = Vault.recover(
            directory,
            recovery_code,
            new_passphrase,
            clock=options.clock,
            use_keyring=options.use_keyring,
            throttle=options.throttle(),
            anchors=options.anchors(),
        )
    return build_context(options, vault)
