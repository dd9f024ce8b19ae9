"""The demo generator fills a real vault with plausible, valid, reproducible case data."""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from exitdesk.demo import generate_demo
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

# Every column the demo fills, as the schema stood when the digests below were taken from the
# generator that still carried its word lists as code (app/demo.py): columns added later do not
# change the digest, a changed value does.
DEMO_COLUMNS = {
    "participants": "id, uid, alias, alias_sort, legal_name, legal_name_sort, birth_year, "
    "contact, institution, release_date, state, safety_level, urgent, next_review, created_at, "
    "updated_at",
    "participant_parties": "participant_id, party_id",
    "participant_events": "id, participant_id, state, at, ended_by_participant, ended_by_party",
    "notes": "id, uid, participant_id, text, created_at, expires_at, updated_at",
    "goals": "id, uid, participant_id, domain, description, owner_party_id, status, updated_at",
    "goal_actions": "id, uid, goal_id, position, description, owner_party_id, status, due",
    "goal_ratings": "goal_id, on_date, score",
    "meetings": "id, uid, participant_id, on_date, mode, method, summary, next_steps, updated_at",
    "safety_assessments": "id, uid, participant_id, assessed_on, level, review_on, urgent, "
    "summary, updated_at",
    "safety_persons_at_risk": "assessment_id, position, relation, note",
    "safety_arrangements": "id, uid, assessment_id, position, description, owner_party_id, due, "
    "done",
    "consents": "id, uid, participant_id, purpose, valid_from, valid_until, method, witness, "
    "guardian, recorded_by, recorded_at, withdrawn_at, signature, signed_payload, updated_at, "
    "signer",
    "consent_recipients": "consent_id, position, party_id, contact_fingerprint, label",
    "consent_categories": "consent_id, category",
}


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


def test_the_collector_rests_while_a_demo_writes_and_is_back_after_even_a_ctrl_c(
    conn: Any,
) -> None:
    # Walking a chunk's many fresh models over and over was a large part of a big demo's time.
    collections: list[str] = []
    during: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(phase)

    def ctrl_c(done: int, total: int) -> None:
        during.append(len(collections))
        if done == 200:
            raise KeyboardInterrupt

    gc.callbacks.append(seen)
    try:
        with pytest.raises(KeyboardInterrupt):
            _demo(conn, 300, chunk_size=100, progress=ctrl_c)
    finally:
        gc.callbacks.remove(seen)
    assert during == [0, 0]  # not one collection while the chunks were written
    assert gc.isenabled()
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 200


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


def _digest(conn: Any) -> str:
    digest = hashlib.sha256()
    for table, columns in DEMO_COLUMNS.items():
        rows = sorted(repr(tuple(r)) for r in conn.execute(f"SELECT {columns} FROM {table}"))
        digest.update(f"{table}:{len(rows)}\n".encode())
        for row in rows:
            digest.update(row.encode() + b"\n")
    return digest.hexdigest()


@pytest.mark.parametrize(
    ("seed", "count", "party", "chunk", "expected"),
    [
        (0, 20, "fi-rise", 500, "37df1e70ff19ba01bf900b34844888db946b7fe0e62b41cc0d37be030e48d17f"),
        (5, 60, "se-sis", 500, "924d2b8064ff644064122b0a54aaf1ac2ef12242eb9e256373e611d16856af78"),
        (
            2,
            30,
            "fi-aggredi",
            7,
            "9ea51cfd1f8cd8059c64dae5a5c22821cbb875067ba879bb71c4a0919d68c07f",
        ),
    ],
)
def test_a_seed_gives_the_same_data_as_before_the_word_lists_became_files(
    conn: Any, seed: int, count: int, party: str, chunk: int, expected: str
) -> None:
    _demo(conn, count, seed=seed, party=party, chunk_size=chunk)
    assert _digest(conn) == expected


def test_the_same_seed_twice_on_one_vault_adds_a_second_fresh_set(conn: Any) -> None:
    assert _demo(conn, 30, seed=4) == 30
    assert _demo(conn, 30, seed=4) == 30
    rows = conn.execute("SELECT uid, alias, legal_name, birth_year FROM participants ORDER BY id")
    people = rows.fetchall()
    assert len(people) == 60 and len({p[0] for p in people}) == 60
    # A new set, not the first one again under new ids.
    assert [p[1:] for p in people[:30]] != [p[1:] for p in people[30:]]
    # And a third run, with another party of the same country, still finds fresh uids.
    assert _demo(conn, 30, seed=4, party="fi-aggredi") == 30
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 90


def test_a_run_after_participants_were_removed_does_not_reuse_a_stream(conn: Any) -> None:
    _demo(conn, 10, seed=6)
    _demo(conn, 10, seed=6)
    # Back to ten participants: the count alone would choose the second run's stream again.
    ids = [r[0] for r in conn.execute("SELECT id FROM participants ORDER BY id LIMIT 10")]
    with transaction(conn):
        for pid in ids:
            assert ParticipantRepository(conn).delete(pid)
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 10
    assert _demo(conn, 10, seed=6) == 10
    assert ParticipantRepository(conn).count(ParticipantQuery()) == 20
