"""The offence reminder's rules: does a free text read like it records offences or names people?

Pure matching over word lists handed in as ``Lexicon`` values (English, Finnish, Swedish; a
worker may write in any of them, so every list is consulted). Advice only: nothing here blocks a
save, and nothing leaves the machine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from exitdesk.domain.hint_patterns import Lexicon, WordList
from exitdesk.domain.notes import NoteHint

# A word is letters joined by apostrophes or hyphens ("ampuma-ase", "Mikko's", "TE-toimisto").
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# What ends a sentence or starts a fresh one: the next word is capitalised anyway.
_BOUNDARY = re.compile(r"[.!?:;\n\"“”«»•*()\[\]]|(?:^|\s)[-–]\s")
# A trade word and a group word this many words apart or closer count as one act
# ("collected debts for the gang"); further apart they are usually two topics.
_GROUP_WINDOW = 8
# Capitalised words that may sit inside an institution's name ("Ministry of Justice").
# Relation phrases are short ("his brother", "som heter"); looking further back is wasted work.
_LONGEST_RELATION = 4
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "och", "ja", "i", "in"})


@dataclass(frozen=True)
class _Word:
    text: str
    lower: str
    initial: bool  # first word of a sentence or line

    @property
    def capitalised(self) -> bool:
        parts = self.text.replace("’", "'").split("-")
        head = parts[0]
        if len(head) < 2 or not head[0].isupper():
            return False
        # An acronym (KRP, TE-toimisto, NHS) is an organisation, not a person.
        return not any(len(p) >= 2 and p.isupper() for p in parts)


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    end = 0
    for match in _WORD.finditer(text):
        gap = text[end : match.start()]
        initial = not words or bool(_BOUNDARY.search(gap))
        words.append(_Word(match.group(), match.group().lower(), initial))
        end = match.end()
    return words


def _sentences(words: Sequence[_Word]) -> list[list[_Word]]:
    sentences: list[list[_Word]] = []
    for word in words:
        if word.initial or not sentences:
            sentences.append([])
        sentences[-1].append(word)
    return sentences


def _variants(word: str) -> tuple[str, ...]:
    """The word and, for a hyphenated compound, its parts ("ampuma-ase" is also "ase")."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    parts = tuple(p for p in word.split("-") if p)
    return (word, *parts) if len(parts) > 1 else (word,)


def _hits(concept: WordList, words: Sequence[str], masked: set[int]) -> list[int]:
    """Positions where a word or phrase of the list starts, skipping words an exception covers."""
    return [
        i
        for i, word in enumerate(words)
        if i not in masked and (concept.single.any(_variants(word)) or concept.phrase_at(words, i))
    ]


def _masked(words: Sequence[str], lexicon: Lexicon) -> set[int]:
    """Word positions an exception covers ("dealt with", "varasto", "huumori")."""
    masked: set[int] = set()
    for start, word in enumerate(words):
        if lexicon.not_offence.single.matches(word):
            masked.add(start)
        masked.update(range(start, start + lexicon.not_offence.phrase_at(words, start)))
    return masked


def _sentence_has_offence(sentence: Sequence[_Word], lexicon: Lexicon) -> bool:
    words = [w.lower for w in sentence]
    masked = _masked(words, lexicon)
    if _hits(lexicon.offence, words, masked):
        return True
    trade = _hits(lexicon.trade, words, masked)
    if not trade:
        return False
    if _hits(lexicon.contraband, words, masked):
        return True
    groups = _hits(lexicon.group, words, masked)
    return any(abs(t - g) <= _GROUP_WINDOW for t in trade for g in groups)


def likely_languages(text: str, lexicons: Sequence[Lexicon]) -> tuple[Lexicon, ...]:
    """The lexicons whose everyday words the text uses most, so that a Swedish "stolen" (the
    chair) is not read as English; every lexicon when the text is too short to tell."""
    return _likely(_words(text), lexicons)


def _likely(found: Sequence[_Word], lexicons: Sequence[Lexicon]) -> tuple[Lexicon, ...]:
    words = [w.lower for w in found]
    scores = [sum(w in lex.common for w in words) for lex in lexicons]
    best = max(scores, default=0)
    if best == 0:
        return tuple(lexicons)
    return tuple(lex for lex, score in zip(lexicons, scores, strict=True) if 2 * score >= best)


def _describes_offence(words: Sequence[_Word], lexicons: Sequence[Lexicon]) -> bool:
    chosen = _likely(words, lexicons)
    return any(_sentence_has_offence(s, lex) for s in _sentences(words) for lex in chosen)


def describes_offence(text: str, lexicons: Sequence[Lexicon]) -> bool:
    return _describes_offence(_words(text), lexicons)


# -- names of third persons -----------------------------------------------------------------


def _not_a_name(word: _Word, lexicons: Sequence[Lexicon]) -> bool:
    variants = _variants(word.lower)
    return any(
        lex.not_names.any(variants) or lex.institution_words.any(variants) for lex in lexicons
    )


def _is_first_name(word: _Word, lexicons: Sequence[Lexicon]) -> bool:
    return any(lex.first_names.any(_variants(word.lower)) for lex in lexicons)


def _institution_runs(sentence: Sequence[_Word], lexicons: Sequence[Lexicon]) -> set[int]:
    """Positions inside a run of capitalised words that names an institution ("Citizens Advice
    Bureau"); Finnish and Swedish agencies are mostly written in lower case anyway."""
    covered: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if any(lex.institution_words.matches(sentence[i].lower) for i in run for lex in lexicons):
            covered.update(run)
        run.clear()

    for i, word in enumerate(sentence):
        if word.capitalised:
            run.append(i)
        elif run and word.lower in _NAME_JOINERS:
            continue
        else:
            close()
    close()
    return covered


def _after_relation(sentence: Sequence[_Word], i: int, lexicons: Sequence[Lexicon]) -> bool:
    """The word follows a relation word ("his brother mikko", "veljensä Jussi")."""
    words = [w.lower for w in sentence[max(0, i - _LONGEST_RELATION) : i]]
    i = len(words)
    for lex in lexicons:
        if words and lex.relations.single.matches(words[-1]):
            return True
        nearest = max(0, i - lex.relations.longest)
        if any(lex.relations.phrase_at(words, s) == i - s for s in range(nearest, i)):
            return True
    return False


def names_third_person(text: str, lexicons: Sequence[Lexicon]) -> bool:
    return _names_third_person(_words(text), lexicons)


def _names_third_person(words: Sequence[_Word], lexicons: Sequence[Lexicon]) -> bool:
    for sentence in _sentences(words):
        institutions = _institution_runs(sentence, lexicons)
        for i, word in enumerate(sentence):
            if i in institutions:
                continue
            if _after_relation(sentence, i, lexicons) and (
                word.capitalised or _is_first_name(word, lexicons)
            ):
                if not _not_a_name(word, lexicons):
                    return True
                continue
            if not word.capitalised or _not_a_name(word, lexicons):
                continue
            # A sentence opens with a capital anyway: there only a known first name tells that
            # the word is a person ("Mikko Virtanen soitti" is caught at its second word).
            if i > 0 or _is_first_name(word, lexicons):
                return True
    return False


def find_hints(text: str, lexicons: Sequence[Lexicon]) -> frozenset[NoteHint]:
    """The reminders a text deserves; empty when it reads like ordinary casework."""
    hints: set[NoteHint] = set()
    words = _words(text)
    if _describes_offence(words, lexicons):
        hints.add(NoteHint.OFFENCE_WORDS)
    if _names_third_person(words, lexicons):
        hints.add(NoteHint.THIRD_PARTY_NAMES)
    return frozenset(hints)
