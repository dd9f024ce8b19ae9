"""What the offence reminder can say about a free text: it may record offences, or name people.

The programme does not gather intelligence. The reminder is advice shown to the worker, never a
block; its rules are in ``exitdesk.domain.reminder`` and its word lists in ``resources/hints/``.
"""

from __future__ import annotations

from enum import StrEnum


class NoteHint(StrEnum):
    OFFENCE_WORDS = "offence_words"
    THIRD_PARTY_NAMES = "third_party_names"
