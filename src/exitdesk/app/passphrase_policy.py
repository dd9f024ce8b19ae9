"""Whether a new passphrase is strong enough: the one rule the CLI, the first-run wizard and
the recovery dialog all ask (the meter shows the same assessment)."""

from __future__ import annotations

import secrets

from exitdesk.app.errors import InputError
from exitdesk.app.passphrase_words import WORDS
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


GENERATED_WORDS = 6  # 6 words of 8 bits: 48 bits, before Argon2id's cost per guess


def generate_passphrase(words: int = GENERATED_WORDS) -> str:
    """A fresh passphrase of ``words`` random words (the OS's secure random source), which
    the strength rule above always accepts."""
    while True:
        candidate = " ".join(secrets.choice(WORDS) for _ in range(words))
        if is_strong_enough(candidate):
            return candidate
