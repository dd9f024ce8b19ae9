"""Word patterns and per-language word lists for the offence reminder, built from plain data.

The lists themselves live as data files under ``resources/hints/`` (see the README there); the
services read them and hand the parsed mapping to ``Lexicon.from_mapping``, so the domain never
touches a file. A pattern matches one lower-cased word (a token of letters, apostrophes and
hyphens); a phrase is several patterns separated by spaces and matches consecutive words.

    word      the word itself
    stem*     a word that starts with ``stem``
    *tail     a word that ends with ``tail`` (the head of a compound: ``*brott``)
    *part*    a word that contains ``part``
    stem~     ``stem`` followed by one of the language's inflection endings (or none)
    *stem~    a word ending in ``stem`` plus an ending: compounds that also inflect
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from exitdesk.domain.errors import DomainError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP

# The lists ship with the program, so a list that cannot be read means a damaged installation.
_DAMAGED = QT_TRANSLATE_NOOP("Errors", "a reminder word list is damaged; reinstall ExitDesk")


class HintListError(DomainError):
    """A word list that cannot be read as the documented format."""


class _Kind(Enum):
    EXACT = "exact"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    CONTAINS = "contains"
    INFLECTED = "inflected"
    SUFFIX_INFLECTED = "suffix_inflected"


@dataclass(frozen=True)
class WordPattern:
    kind: _Kind
    stem: str

    @classmethod
    def parse(cls, text: str) -> WordPattern:
        raw = text.strip().lower()
        leading, trailing = raw.startswith("*"), raw.endswith(("*", "~"))
        stem = raw.strip("*~")
        if not stem or any(c in stem for c in "*~ "):
            raise HintListError(_DAMAGED)
        if raw.endswith("~"):
            kind = _Kind.SUFFIX_INFLECTED if leading else _Kind.INFLECTED
        elif leading and trailing:
            kind = _Kind.CONTAINS
        elif leading:
            kind = _Kind.SUFFIX
        elif trailing:
            kind = _Kind.PREFIX
        else:
            kind = _Kind.EXACT
        return cls(kind, stem)

    def regex(self, endings: frozenset[str]) -> str:
        """The pattern as a regular expression for a whole word."""
        stem = re.escape(self.stem)
        inflected = "(?:" + "|".join(re.escape(e) for e in sorted(endings, key=len)[::-1]) + ")"
        return {
            _Kind.EXACT: stem,
            _Kind.PREFIX: f"{stem}.*",
            _Kind.SUFFIX: f".*{stem}",
            _Kind.CONTAINS: f".*{stem}.*",
            _Kind.INFLECTED: f"{stem}{inflected}",
            _Kind.SUFFIX_INFLECTED: f".*{stem}{inflected}",
        }[self.kind]

    def matches(self, word: str, endings: frozenset[str]) -> bool:
        return WordSet((self,), endings).matches(word)


class WordSet:
    """Single-word patterns compiled into one expression: the reminder runs on every keystroke
    of texts up to 20,000 characters, so a word is tested once, not once per pattern."""

    def __init__(self, patterns: Iterable[WordPattern], endings: frozenset[str]) -> None:
        branches = sorted({p.regex(endings) for p in patterns})
        self._regex = re.compile("|".join(branches), re.DOTALL) if branches else None

    def matches(self, word: str) -> bool:
        return self._regex is not None and self._regex.fullmatch(word) is not None

    def any(self, words: Iterable[str]) -> bool:
        return any(self.matches(w) for w in words)


@dataclass(frozen=True)
class Phrase:
    """One or more word patterns that must match consecutive words."""

    words: tuple[WordPattern, ...]

    @classmethod
    def parse(cls, text: str) -> Phrase:
        parts = text.split()
        if not parts:
            raise HintListError(_DAMAGED)
        return cls(tuple(WordPattern.parse(p) for p in parts))


class WordList:
    """One list of a lexicon: its single words compiled together, its phrases word by word."""

    def __init__(self, phrases: Iterable[Phrase], endings: frozenset[str]) -> None:
        chosen = tuple(phrases)
        self.single = WordSet((p.words[0] for p in chosen if len(p.words) == 1), endings)
        multi = [p for p in chosen if len(p.words) > 1]
        # Most words start no phrase at all: one test of all first words rules them out.
        self._first_words = WordSet((p.words[0] for p in multi), endings)
        self._phrases = tuple(tuple(WordSet((w,), endings) for w in p.words) for p in multi)
        self.longest = max((len(p.words) for p in chosen), default=0)
        self.size = len(chosen)

    def __bool__(self) -> bool:
        return self.size > 0

    def phrase_at(self, words: Sequence[str], start: int) -> int:
        """The length of the longest phrase that starts at ``start``; 0 when none does."""
        longest = 0
        if start >= len(words) or not self._first_words.matches(words[start]):
            return 0
        for phrase in self._phrases:
            end = start + len(phrase)
            if end <= len(words) and all(
                part.matches(words[start + i]) for i, part in enumerate(phrase)
            ):
                longest = max(longest, len(phrase))
        return longest


@dataclass(frozen=True)
class Lexicon:
    """One language's lists. Offence words alone are enough for the reminder; contraband
    (drugs, knives), trade (dealt, sold, carried) and group (the gang) words only count in
    combination, because each alone is everyday casework ("stays off drugs", "left the gang")."""

    language: str
    endings: frozenset[str]
    common: frozenset[str]
    offence: WordList
    contraband: WordList
    trade: WordList
    group: WordList
    not_offence: WordList
    relations: WordList
    first_names: WordSet
    not_names: WordSet
    institution_words: WordSet

    @classmethod
    def from_mapping(cls, language: str, data: Mapping[str, object]) -> Lexicon:
        def strings(section: str, key: str) -> list[str]:
            table = data.get(section, {})
            if not isinstance(table, Mapping):
                raise HintListError(_DAMAGED)
            values = table.get(key, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise HintListError(_DAMAGED)
            return values

        endings = frozenset({"", *(e.lower() for e in strings("language", "endings"))})

        def phrases(section: str, key: str) -> WordList:
            return WordList((Phrase.parse(p) for p in strings(section, key)), endings)

        def words(section: str, key: str) -> WordSet:
            return WordSet((WordPattern.parse(p) for p in strings(section, key)), endings)

        # A first name takes the language's endings too ("Johans", "Jussille").
        first_names = [f"{n.strip()}~" for n in strings("names", "first_names")]
        return cls(
            language=language,
            endings=endings,
            common=frozenset(w.lower() for w in strings("language", "common")),
            offence=phrases("offence", "words"),
            contraband=phrases("offence", "contraband"),
            trade=phrases("offence", "trade"),
            group=phrases("offence", "group"),
            not_offence=phrases("offence", "not_offence"),
            relations=phrases("names", "relations"),
            first_names=WordSet((WordPattern.parse(n) for n in first_names), endings),
            not_names=words("names", "not_names"),
            institution_words=words("names", "institution_words"),
        )
