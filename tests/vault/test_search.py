"""Search over names and notes: prefixes, Finnish and Swedish letters, hostile input."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from exitdesk.domain import FixedClock, LifecycleState, Note, Participant
from exitdesk.domain.views import ParticipantQuery
from exitdesk.vault.db import migrate, open_database
from exitdesk.vault.repositories import (
    NoteRepository,
    ParticipantRepository,
    fts_match_expression,
    search_terms,
)

START = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Any]:
    connection = open_database(tmp_path / "vault.db", os.urandom(32))
    migrate(connection)
    yield connection
    connection.close()


@pytest.fixture
def people(conn: Any) -> dict[str, int]:
    clock = FixedClock(START)
    repo = ParticipantRepository(conn, clock)
    notes = NoteRepository(conn, clock)
    ids: dict[str, int] = {}
    for alias, legal_name, note in [
        ("Karhu", "Mikko Mäkinen", "Asunto löytyi Tampereelta, muutto toukokuussa."),
        ("Sisu", "Matti Makkonen", "Wants to finish vocational school."),
        ("Åsa", "Åsa Öberg", "Ny lägenhet i Malmö, flyttar i juni."),
        ("Vinter", None, None),
    ]:
        stored = repo.add(Participant(alias=alias, legal_name=legal_name))
        assert stored.id is not None
        ids[alias] = stored.id
        if note:
            notes.add(Note(participant_id=stored.id, text=note, created_at=START))
    return ids


def _found(conn: Any, text: str) -> set[str]:
    repo = ParticipantRepository(conn)
    query = ParticipantQuery(text=text, limit=1000)
    rows = repo.summaries(query)
    assert repo.count(query) == len(rows)
    return {r.alias for r in rows}


def test_prefix_of_a_name_finds_the_participant(conn: Any, people: dict[str, int]) -> None:
    assert _found(conn, "Mak") == {"Karhu", "Sisu"}  # Mäkinen (folded) and Makkonen
    assert _found(conn, "makko") == {"Sisu"}
    assert _found(conn, "kar") == {"Karhu"}
    assert _found(conn, "mikko mäk") == {"Karhu"}


def test_finnish_and_swedish_letters_match_with_or_without_dots(
    conn: Any, people: dict[str, int]
) -> None:
    assert _found(conn, "Mäkinen") == {"Karhu"}
    assert _found(conn, "makinen") == {"Karhu"}
    assert _found(conn, "MÄKINEN") == {"Karhu"}
    assert _found(conn, "öberg") == {"Åsa"}
    assert _found(conn, "oberg") == {"Åsa"}
    assert _found(conn, "åsa") == {"Åsa"}
    # The same letters typed decomposed (a + combining diaeresis) still match.
    assert _found(conn, "Ma\u0308kinen") == {"Karhu"}


def test_note_text_is_searched_and_words_may_come_from_name_and_note(
    conn: Any, people: dict[str, int]
) -> None:
    assert _found(conn, "asunto") == {"Karhu"}
    assert _found(conn, "lägenhet") == {"Åsa"}
    assert _found(conn, "vocational") == {"Sisu"}
    # One word in the legal name, one in a note: still the same participant.
    assert _found(conn, "matti school") == {"Sisu"}
    assert _found(conn, "matti asunto") == set()


def test_search_combines_with_filters(conn: Any, people: dict[str, int]) -> None:
    repo = ParticipantRepository(conn, FixedClock(START))
    repo.record_transition(people["Sisu"], LifecycleState.ASSESSMENT)
    query = ParticipantQuery(text="ma", states=frozenset({LifecycleState.ASSESSMENT}))
    assert [r.alias for r in repo.summaries(query)] == ["Sisu"]
    assert repo.count(query) == 1


def test_index_follows_renames_and_deleted_notes(conn: Any, people: dict[str, int]) -> None:
    clock = FixedClock(START)
    repo = ParticipantRepository(conn, clock)
    karhu = repo.get(people["Karhu"])
    assert karhu is not None
    repo.update(karhu.model_copy(update={"alias": "Ilves"}))
    assert _found(conn, "karhu") == set()
    assert _found(conn, "ilves") == {"Ilves"}
    notes = NoteRepository(conn, clock)
    [note] = notes.list_for_participant(people["Karhu"])
    notes.delete(note.id or 0)
    assert _found(conn, "asunto") == set()


def _vocabulary(conn: Any, table: str) -> set[str]:
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_{table} USING fts5vocab(main, {table}, 'row')"
    )
    return {row[0] for row in conn.execute(f"SELECT term FROM temp.v_{table}")}


def test_deleting_a_participant_removes_their_words_from_the_index(
    conn: Any, people: dict[str, int]
) -> None:
    assert "makinen" in _vocabulary(conn, "participant_fts")
    assert "tampereelta" in _vocabulary(conn, "note_fts")
    ParticipantRepository(conn).delete(people["Karhu"])
    assert "makinen" not in _vocabulary(conn, "participant_fts")
    assert "tampereelta" not in _vocabulary(conn, "note_fts")
    assert "makkonen" in _vocabulary(conn, "participant_fts")
    assert _found(conn, "mäkinen") == set()


HOSTILE = [
    '"',
    '""',
    "*",
    "**",
    "NEAR(",
    "NEAR(a b",
    "a OR",
    "OR",
    "AND",
    "NOT",
    "mak AND",
    "(",
    ")",
    "((mak",
    "mak)",
    "alias:mak",
    "legal_name : x",
    "^mak",
    "mak -sisu",
    "-",
    "'; DROP TABLE participants; --",
    "\x00",
    "{alias legal_name}: mak",
    "a" * 200,
    " ".join(["w"] * 60),
    "\u200b",
    "💥 mak",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_never_raises(conn: Any, people: dict[str, int], text: str) -> None:
    found = _found(conn, text)
    assert found <= set(people)
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 4  # nothing was dropped


def test_words_are_quoted_as_prefixes_and_operators_become_words() -> None:
    assert search_terms('NEAR("mak* OR sisu') == ['"NEAR"*', '"mak"*', '"OR"*', '"sisu"*']
    assert fts_match_expression("mikko mäk") == '"mikko"* AND "mäk"*'
    assert fts_match_expression('*"()') is None


def test_search_with_nothing_searchable_lists_everyone(conn: Any, people: dict[str, int]) -> None:
    assert _found(conn, '"*()') == set(people)
