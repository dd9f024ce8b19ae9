"""The offence reminder as the window and the CLI use it: word lists read once from the package.

The lists are data shipped inside the package (``resources/hints/<language>.toml``). They are
read from there and nowhere else, and nothing about the text checked is stored or sent: the
reminder is a local, read-only check that never blocks a save.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from exitdesk.domain.free_text import FreeTextRecord, free_texts
from exitdesk.domain.hint_patterns import HintListError, Lexicon
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.notes import NoteHint
from exitdesk.domain.reminder import find_hints

HINT_LANGUAGES = ("en", "fi", "sv")

# One line each for the CLI (English, like every CLI message); the window shows its own,
# longer wording from ui/participant/labels.py.
REMINDER_LINES = {
    NoteHint.OFFENCE_WORDS: QT_TRANSLATE_NOOP(
        "Errors",
        "reminder: this text may describe offences; the programme gathers no intelligence "
        "(saved anyway)",
    ),
    NoteHint.THIRD_PARTY_NAMES: QT_TRANSLATE_NOOP(
        "Errors",
        "reminder: this text may name other people; describe them by relation instead "
        "(saved anyway)",
    ),
}
REMINDER_BOTH = QT_TRANSLATE_NOOP(
    "Errors",
    "reminder: this text may describe offences and name other people; the programme gathers "
    "no intelligence (saved anyway)",
)


def read_lexicon(language: str) -> Lexicon:
    """One language's word list from the package; ``HintListError`` if it is damaged."""
    source = resources.files("exitdesk").joinpath("resources", "hints", f"{language}.toml")
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise HintListError(
            QT_TRANSLATE_NOOP("Errors", "a reminder word list is damaged; reinstall ExitDesk")
        ) from exc
    return Lexicon.from_mapping(language, data)


@cache
def lexicons() -> tuple[Lexicon, ...]:
    """All languages' lists: a worker in Finland may write a note in Swedish or English."""
    return tuple(read_lexicon(language) for language in HINT_LANGUAGES)


def note_hints(*texts: str) -> frozenset[NoteHint]:
    """The reminders the texts deserve together; empty for ordinary casework."""
    found: set[NoteHint] = set()
    for text in texts:
        if text.strip():
            found |= find_hints(text, lexicons())
    return frozenset(found)


def reminder_line(*texts: str) -> str | None:
    """The one line the CLI prints on stderr after saving these texts, or None when the texts
    read like ordinary casework. Both reminders share one line when both apply."""
    hints = note_hints(*texts)
    if len(hints) > 1:
        return REMINDER_BOTH
    return next((REMINDER_LINES[h] for h in hints), None)


def reminder_line_for(record: FreeTextRecord) -> str | None:
    """``reminder_line`` over every free-text field of a record about to be saved."""
    return reminder_line(*free_texts(record))
