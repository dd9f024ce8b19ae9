"""The demo generator fills a real vault with plausible, valid, reproducible case data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from exitdesk.app.demo import generate_demo
from exitdesk.domain import FixedClock, LifecycleState
from exitdesk.domain.views import ParticipantQuery
from exitdesk.vault.db import migrate, open_database, transaction
from exitdesk.vault.repositories import (
    ConsentRepository,
    GoalRepository,
    MeetingRepository,
    NoteRepository,
    ParticipantRepository,
    SafetyRepository,
)

NOW = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)


def _vault(path: Path) -> Any:
    conn = open_database(path, os.urandom(32))
    migrate(conn)
    return conn


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Any]:
    connection = _vault(tmp_path / "vault.db")
    yield connection
    connection.close()


def _demo(conn: Any, count: int, seed: int = 0, party: str = "fi-rise", **kw: Any) -> int:
    return generate_demo(
        conn,
        count,
        seed=seed,
        clock=FixedClock(NOW),
        worker_party_id=party,
        chunk_transaction=lambda: transaction(conn),
        **kw,
    )


def test_demo_writes_participants_with_their_records(conn: Any) -> None:
    seen: list[tuple[int, int]] = []
    assert _demo(conn, 300, chunk_size=120, progress=lambda d, t: seen.append((d, t))) == 300
    assert seen == [(120, 300), (240, 300), (300, 300)]

    repo = ParticipantRepository(conn)
    assert repo.count(ParticipantQuery()) == 300
    meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert 15 * 300 <= meetings <= 25 * 300  # about twenty each
    states = dict(conn.execute("SELECT state, count(*) FROM participants GROUP BY state"))
    assert set(states) == set(LifecycleState)
    assert states[LifecycleState.ACTIVE] > states[LifecycleState.ENQUIRY]

    clock = FixedClock(NOW)
    rows = repo.summaries(ParticipantQuery(limit=1000))
    assert any(r.is_minor(clock) and r.birth_year == NOW.year - 16 for r in rows)
    urgent = [r for r in rows if r.urgent]
    assert 0 < len(urgent) < 0.1 * len(rows)
    assert all(r.safety_level is not None for r in urgent)


def test_every_demo_record_loads_back_as_a_valid_model(conn: Any) -> None:
    _demo(conn, 40, seed=3)
    participants = ParticipantRepository(conn)
    for summary in participants.summaries(ParticipantQuery(limit=1000)):
        person = participants.get(summary.id)
        assert person is not None
        # The stored history is a valid path ending in the current state.
        assert (person.history[-1].state if person.history else LifecycleState.ENQUIRY) is (
            person.state
        )
        assert "fi-rise" in person.parties
        for goal in GoalRepository(conn).list_for_participant(summary.id):
            assert 3 <= len(goal.ratings) <= 8 and 1 <= len(goal.actions) <= 3
        for consent in ConsentRepository(conn).list_for_participant(summary.id):
            assert consent.participant_uid == person.uid
            if person.is_minor(FixedClock(NOW)):
                assert consent.guardian
        MeetingRepository(conn).list_for_participant(summary.id)
        NoteRepository(conn).list_for_participant(summary.id)
        SafetyRepository(conn).list_for_participant(summary.id)


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    def snapshot(conn: Any) -> list[tuple[Any, ...]]:
        return conn.execute(
            "SELECT p.uid, p.alias, p.legal_name, p.state, p.urgent, "
            "(SELECT group_concat(m.uid || m.on_date || m.summary) FROM meetings m "
            " WHERE m.participant_id = p.id) FROM participants p ORDER BY p.id"
        ).fetchall()

    first, second, other = (_vault(tmp_path / f"{n}.db") for n in ("a", "b", "c"))
    _demo(first, 50, seed=7)
    _demo(second, 50, seed=7)
    _demo(other, 50, seed=8)
    assert snapshot(first) == snapshot(second)
    assert snapshot(first) != snapshot(other)


def test_swedish_worker_gets_swedish_parties_and_names(conn: Any) -> None:
    _demo(conn, 60, party="se-socialtjanst")
    parties = {r[0] for r in conn.execute("SELECT DISTINCT party_id FROM participant_parties")}
    assert parties <= {
        "se-socialstyrelsen",
        "se-polisen",
        "se-kriminalvarden",
        "se-sis",
        "se-socialtjanst",
    }
    names = [r[0] for r in conn.execute("SELECT legal_name FROM participants") if r[0]]
    assert sum(n.endswith("sson") for n in names) > len(names) / 4


def test_minimal_record_party_gets_no_notes(conn: Any) -> None:
    _demo(conn, 40, party="fi-aggredi")
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] > 0


def test_demo_adds_to_an_existing_vault_and_in_the_callers_transaction(conn: Any) -> None:
    _demo(conn, 10, seed=1)
    with transaction(conn):
        generate_demo(conn, 10, seed=2, clock=FixedClock(NOW), worker_party_id="fi-rise")
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 20
    with pytest.raises(RuntimeError), transaction(conn):
        generate_demo(conn, 10, seed=3, clock=FixedClock(NOW), worker_party_id="fi-rise")
        raise RuntimeError("interrupted")
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 20
