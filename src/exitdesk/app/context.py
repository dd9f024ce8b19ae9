"""The one composition root: the options a run is started with, and the context every service
of an unlocked vault shares (options, vault, clock, identity). Made here and nowhere else."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exitdesk.app.options import KDF_ENV as KDF_ENV
from exitdesk.app.options import Options as Options
from exitdesk.domain import Clock, Worker
from exitdesk.vault import CreatedVault, Vault, told_plainly
from exitdesk.vault import audit as audit_log

if TYPE_CHECKING:
    from exitdesk.exchange import Identity


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
