"""Key use cases beside ``Session``: re-encrypting the vault under a fresh key, and writing this
vault's age identity as a passphrase-protected age identity file for the standard ``age`` tool."""

from __future__ import annotations

from pathlib import Path

import pyrage

from exitdesk.app.errors import InputError
from exitdesk.app.session import Session
from exitdesk.app.transactions import audit, writing
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.passphrase import assess
from exitdesk.vault.fsutil import atomic_write


def rekey(session: Session) -> str:
    """Re-encrypt the database under a new data key (for a suspected key leak) and return the
    new recovery code; the old recovery code and old key-slot copies stop working."""
    return session.vault.rekey()


def identity_file_text(session: Session) -> str:
    """The identity in the text form ``age -i`` reads: comments, then the secret key line."""
    identity = session.vault.age_identity
    return (
        "# ExitDesk vault identity: opens every bundle sent to this vault; keep it secret\n"
        f"# public key: {identity.to_public()}\n"
        f"{identity}\n"
    )


def export_age_identity(session: Session, target: Path, passphrase: str) -> None:
    """Write the vault's age identity to ``target`` encrypted with ``passphrase`` (age's scrypt
    recipient), which ``age -d -i target`` asks for. A plain-text identity is refused: anyone
    holding that file could open every bundle sent to this vault."""
    if not passphrase:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "an identity file needs a passphrase: a plain-text identity would open every "
                "bundle sent to you",
            )
        )
    if not assess(passphrase).acceptable:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the passphrase is too weak: use at least 12 characters, "
                "for example four unrelated words",
            )
        )
    if target.is_dir():
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "{name} is a folder; give a file name to write"),
            name=target.name,
        )
    sealed = pyrage.passphrase.encrypt(identity_file_text(session).encode("ascii"), passphrase)
    atomic_write(target, sealed)
    with writing(session) as repos:
        audit(session, repos, "identity.export")
