"""A gentle reminder when a note looks like it records offences or names third parties.

The programme does not gather intelligence. This is advice shown to the worker, never a block,
and it is deliberately simple: a word list in English, Finnish and Swedish.
"""

from __future__ import annotations

import re
from enum import StrEnum


class NoteHint(StrEnum):
    OFFENCE_WORDS = "offence_words"
    THIRD_PARTY_NAMES = "third_party_names"


_OFFENCE_STEMS = (
    # English
    "murder",
    "robbery",
    "robbed",
    "stole",
    "theft",
    "drug deal",
    "smuggl",
    "assault",
    "shot ",
    "stabbed",
    "extort",
    "launder",
    "burglar",
    "weapon",
    # Finnish
    "murha",
    "ryöst",
    "varast",
    "huumekaup",
    "salakulj",
    "pahoinpitel",
    "kiristy",
    "ampui",
    "puukott",
    "rahanpes",
    "murto",
    "ase",
    # Swedish
    "mord",
    "rån",
    "stöld",
    "stal ",
    "narkotikaförs",
    "smuggl",
    "misshandel",
    "utpress",
    "penningtvätt",
    "inbrott",
    "vapen",
    "sköt ",
)

# Two capitalised words in a row, not at a sentence start: looks like a full name.
_NAME_PATTERN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][a-zåäöé]+\s[A-ZÅÄÖ][a-zåäöé]+\b")


def note_hints(text: str) -> frozenset[NoteHint]:
    lowered = f" {text.lower()} "
    hints: set[NoteHint] = set()
    if any(stem in lowered for stem in _OFFENCE_STEMS):
        hints.add(NoteHint.OFFENCE_WORDS)
    if _NAME_PATTERN.search(text):
        hints.add(NoteHint.THIRD_PARTY_NAMES)
    return frozenset(hints)
