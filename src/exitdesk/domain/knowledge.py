"""The knowledge library's entries and rules: what an entry must say (its source, date and a
reminder to check the current text, in English, Finnish and Swedish), offline search, and what a
new version of the library changes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

LIBRARY_LANGUAGES = ("en", "fi", "sv")
# Short enough for a sheet, long enough for a real summary.
MAX_SUMMARY = 4000
ENTRY_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_TOKEN = re.compile(r"[^\W_]+")
# Finnish and Swedish inflect: "suostumuksen" should find "suostumus". A query word matches a
# text word that starts with the query's stem, at least this many characters long.
_STEM = 5


class Topic(StrEnum):
    METHOD = "method"
    GUIDELINE = "guideline"
    LAW = "law"


class EntryText(BaseModel):
    """One language's text of an entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=3, max_length=200)
    summary: str = Field(min_length=20, max_length=MAX_SUMMARY)
    check: str = Field(min_length=10, max_length=400)


class KnowledgeEntry(BaseModel):
    """A sourced summary: ``source`` names the statute and section or the publication,
    ``source_date`` its date as written there (a year, or YYYY-MM-DD)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=ENTRY_ID, max_length=80)
    topic: Topic
    source: str = Field(min_length=5, max_length=400)
    source_date: str = Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
    en: EntryText
    fi: EntryText
    sv: EntryText

    def text(self, language: str) -> EntryText:
        """The entry in ``language``; English for a language the library does not carry."""
        chosen: EntryText = getattr(self, language if language in LIBRARY_LANGUAGES else "en")
        return chosen

    def texts(self) -> tuple[EntryText, ...]:
        return (self.en, self.fi, self.sv)


class ChangeKind(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    entry_id: str
    kind: ChangeKind
    title: str  # English title, from the new entry (the old one when removed)


def parse_entry(data: Mapping[str, Any]) -> KnowledgeEntry:
    """An entry from its stored form; pydantic's ``ValidationError`` when it is not one."""
    return KnowledgeEntry.model_validate(dict(data))


def _fold(text: str) -> str:
    """Case and accent folding, so that a query typed without å, ä or ö still matches."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold(text))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _matches(query_word: str, words: Sequence[str]) -> bool:
    if len(query_word) <= _STEM:
        return any(w.startswith(query_word) for w in words)
    # Finnish case endings run to four letters and may change the stem's last consonant
    # ("salassapito", "salassapidosta", "suostumus", "suostumuksella"): up to six letters may
    # differ, five must agree.
    need = max(_STEM, len(query_word) - 6)
    return any(_common_prefix(query_word, w) >= need for w in words)


def search(entries: Iterable[KnowledgeEntry], query: str) -> list[KnowledgeEntry]:
    """Entries whose text in any language, or source, holds every word of ``query`` (inflected
    forms too); titles that match rank first. An empty query lists everything."""
    wanted = _tokens(query)
    ranked: list[tuple[int, str, KnowledgeEntry]] = []
    for entry in entries:
        titles = [w for t in entry.texts() for w in _tokens(t.title)]
        body = titles + [w for t in entry.texts() for w in _tokens(t.summary)]
        body += _tokens(entry.source) + _tokens(entry.id)
        if all(_matches(q, body) for q in wanted):
            in_title = sum(1 for q in wanted if _matches(q, titles))
            ranked.append((-in_title, entry.id, entry))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in ranked]


def changes(old: Iterable[KnowledgeEntry], new: Iterable[KnowledgeEntry]) -> list[Change]:
    """What replacing library ``old`` with ``new`` adds, changes and removes, by entry id."""
    before = {e.id: e for e in old}
    after = {e.id: e for e in new}
    found: list[Change] = []
    for entry_id in sorted(before.keys() | after.keys()):
        if entry_id not in before:
            found.append(Change(entry_id, ChangeKind.ADDED, after[entry_id].en.title))
        elif entry_id not in after:
            found.append(Change(entry_id, ChangeKind.REMOVED, before[entry_id].en.title))
        elif before[entry_id] != after[entry_id]:
            found.append(Change(entry_id, ChangeKind.CHANGED, after[entry_id].en.title))
    return found
