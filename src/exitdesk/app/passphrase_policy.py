"""Whether a new passphrase is strong enough: the one rule the CLI, the first-run wizard and
the recovery dialog all ask (the meter shows the same assessment)."""

from __future__ import annotations

from exitdesk.app.errors import InputError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.passphrase import PassphraseStrength
from exitdesk.domain.passphrase import assess as _estimate


def assess(passphrase: str) -> PassphraseStrength:
    """The strength of a new passphrase: a score, plain hints, and whether it is acceptable."""
    return _estimate(passphrase)


def is_strong_enough(passphrase: str) -> bool:
    return assess(passphrase).acceptable


def require_strong(passphrase: str) -> None:
    """Refuse a new passphrase that is too weak, with one plain line."""
    if not is_strong_enough(passphrase):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the passphrase is too weak: use at least 12 characters, for example four unrelated words",  # noqa: E501
            )
        )
