"""How strong a new passphrase is, as a score and plain hints; used by the CLI and the meter."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 12


class PassphraseHint(StrEnum):
    TOO_SHORT = "too_short"
    ONE_KIND = "one_kind"
    REPEATS = "repeats"
    COMMON = "common"


_COMMON = frozenset(
    {
        "password", "passw0rd", "salasana", "lösenord", "losenord", "qwerty", "123456",
        "letmein", "exitdesk", "aggredi", "welcome", "sommar", "kesä", "kesa", "summer",
        "iloveyou", "admin", "secret",
    }
)  # fmt: skip


@dataclass(frozen=True)
class PassphraseStrength:
    score: int  # 0 (very weak) … 4 (strong)
    bits: float
    hints: frozenset[PassphraseHint]

    @property
    def acceptable(self) -> bool:
        return PassphraseHint.TOO_SHORT not in self.hints and self.score >= 2


def normalise(passphrase: str) -> str:
    """NFC, so the same passphrase typed on another keyboard layout or OS derives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def assess(passphrase: str) -> PassphraseStrength:
    """A conservative estimate: character-pool entropy, discounted for repeats and common words.
    It is advice for a meter, not a guarantee."""
    text = normalise(passphrase)
    hints: set[PassphraseHint] = set()
    if len(text) < MIN_LENGTH:
        hints.add(PassphraseHint.TOO_SHORT)
    pool = 0
    kinds = 0
    for test, size in (
        (str.islower, 29),  # a-z plus å ä ö
        (str.isupper, 29),
        (str.isdigit, 10),
        (lambda c: not c.isalnum(), 33),
    ):
        if any(test(c) for c in text):
            pool += size
            kinds += 1
    if kinds <= 1:
        hints.add(PassphraseHint.ONE_KIND)
    distinct = len(set(text))
    if text and distinct <= max(2, len(text) // 4):
        hints.add(PassphraseHint.REPEATS)
    lowered = text.lower()
    if any(word in lowered for word in _COMMON):
        hints.add(PassphraseHint.COMMON)
    effective_length = min(len(text), distinct * 2)
    bits = effective_length * math.log2(pool) if pool else 0.0
    if PassphraseHint.COMMON in hints:
        bits /= 2
    score = 0 if bits < 28 else 1 if bits < 45 else 2 if bits < 60 else 3 if bits < 80 else 4
    if PassphraseHint.TOO_SHORT in hints:
        score = min(score, 1)
    return PassphraseStrength(score=score, bits=bits, hints=frozenset(hints))
